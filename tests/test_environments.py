"""The environments readers meet: Binder's image, Colab's preinstalled packages, the floors.

``tools/run_compat.py`` (run by ``.ci/run``) executes every notebook at the declared floors and
at Colab's versions; these tests check the files it and Binder read, its output comparison,
and that a notebook opened in JupyterLab stays unmodified.
"""

import ast
import importlib.util
import re
import shutil
import sys
import tomllib
from importlib import metadata

import nbformat
import pytest
from book_layout import ROOT
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version


def _load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compat = _load("run_compat")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NOTEBOOKS = compat.toc_notebooks()


def _nb_id(path):
    return path.relative_to(ROOT / "book").with_suffix("").as_posix()


def _requirements(path):
    return [
        Requirement(line.split("#", 1)[0].strip())
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.split("#", 1)[0].strip() and not line.lstrip().startswith("-")
    ]


BINDER = _requirements(ROOT / "binder" / "requirements.txt")
FULL = _requirements(ROOT / "requirements.txt")


def _key(req):
    return canonicalize_name(req.name), str(req.marker or "")


# --- Binder ----------------------------------------------------------------------------------

def test_binder_pins_every_package_like_requirements_txt():
    full = {_key(r): r for r in FULL}
    for req in BINDER:
        assert len(req.specifier) == 1 and next(iter(req.specifier)).operator == "==", (
            f"binder/requirements.txt must pin {req.name} with =="
        )
        assert _key(req) in full, f"{req} is in binder/requirements.txt but not in requirements.txt"
        assert req.specifier == full[_key(req)].specifier, (
            f"{req.name}: binder/requirements.txt has {req.specifier}, "
            f"requirements.txt has {full[_key(req)].specifier}"
        )


def test_binder_requirements_have_no_local_paths_so_repo2docker_caches_them():
    """repo2docker installs requirements.txt before copying the repository only without them."""
    text = (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        assert not re.match(r"(-e|-r|-c|\.|/|file:|git\+)", line), line


def _closure(names):
    """The distributions ``names`` pull in, as installed in this environment."""
    env = default_environment()
    seen, todo = set(), [canonicalize_name(n) for n in names]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for line in metadata.requires(name) or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({**env, "extra": ""}):
                todo.append(canonicalize_name(req.name))
    return seen


def _imports(path):
    from IPython.core.inputtransformer2 import TransformerManager

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        code = TransformerManager().transform_cell(cell.source)  # magics become plain Python
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.Import):
                yield from (alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                yield node.module.split(".")[0]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_nb_id)
def test_binder_installs_everything_a_notebook_imports(path):
    reader = {r.name for r in BINDER if r.marker is None or r.marker.evaluate()}
    owners = metadata.packages_distributions()
    for module in set(_imports(path)):
        if module in sys.stdlib_module_names or module == "utils":  # this repository's package
            continue
        dists = {canonicalize_name(d) for d in owners.get(module, [])}
        assert dists & _closure(reader), (
            f"{path.name} imports {module} ({sorted(dists) or 'no installed package'}), "
            "which binder/requirements.txt does not install: add its pin there and to "
            "requirements.txt"
        )


def test_binder_postbuild_installs_utils_non_editably():
    script = (ROOT / "binder" / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-cache-dir --no-deps ." in script
    assert " -e " not in script and "--editable" not in script


def test_binder_runtime_is_the_declared_python_floor():
    runtime = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip()
    floor = PYPROJECT["project"]["requires-python"]
    assert runtime == "python-" + floor.removeprefix(">="), (runtime, floor)
    # repo2docker reads binder/ alone once it exists: a root runtime.txt would be ignored
    assert not (ROOT / "runtime.txt").exists()


def test_readme_install_leaves_no_egg_info_in_the_repository():
    """`pip install -e .` (README, .ci/run) and Binder's `pip install .` build out of tree."""
    assert PYPROJECT["build-system"]["build-backend"] == "hatchling.build"
    left = sorted(p.name for p in ROOT.glob("*.egg-info")) + sorted(
        p.name for p in ROOT.glob("build") if p.is_dir()
    )
    assert not left, f"remove {left}: the build backend must not write into the repository"


# --- floors and Colab ------------------------------------------------------------------------

def _declared():
    return {
        canonicalize_name(Requirement(d).name): Requirement(d).specifier
        for d in PYPROJECT["project"]["dependencies"]
    }


def test_floors_file_pins_exactly_the_declared_floors():
    python, pins = compat.read_versions(compat.ENVIRONMENTS["floors"])
    assert ">=" + python == PYPROJECT["project"]["requires-python"]
    pinned = {canonicalize_name(Requirement(p).name): Requirement(p).specifier for p in pins}
    for name, spec in _declared().items():
        (floor,) = [s.version for s in spec if s.operator == ">="]
        assert name in pinned, f"tools/compat/floors.txt must pin {name}=={floor}"
        (pin,) = [s.version for s in pinned[name]]
        assert Version(pin) == Version(floor), (name, pin, floor)


def test_colab_versions_satisfy_the_declared_floors():
    """Colab installs utils with --no-deps: what it has must already satisfy every floor."""
    python, pins = compat.read_versions(compat.ENVIRONMENTS["colab"])
    assert python and re.fullmatch(r"3\.\d+", python)
    colab = {canonicalize_name(Requirement(p).name): Requirement(p) for p in pins}
    for name, spec in _declared().items():
        assert name in colab, f"tools/compat/colab.txt has no {name}"
        (version,) = [s.version for s in colab[name].specifier]
        assert spec.contains(version), f"Colab's {name} {version} is outside {spec}"
    assert SpecifierSet("<8").contains(next(iter(colab["ipywidgets"].specifier)).version), (
        "Colab's widget support stops at ipywidgets 7 (colabtools #3020, #4525)"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_nb_id)
def test_colab_install_in_first_cell_leaves_preinstalled_packages_alone(path):
    first = next(c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
    args = compat.colab_install_args(first.source)
    assert args[0] == "install" and "--no-deps" in args, args
    assert "-qq" in args, "pip's root-user and upgrade notices are warnings: -qq keeps them out"
    assert not any(a in ("-U", "--upgrade", "--force-reinstall") for a in args), args


def test_refresh_colab_takes_every_version_from_a_new_pip_freeze(tmp_path, monkeypatch):
    colab = tmp_path / "colab.txt"
    colab.write_text(compat.ENVIRONMENTS["colab"].read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setitem(compat.ENVIRONMENTS, "colab", colab)
    freeze = tmp_path / "pip-freeze.txt"
    freeze.write_text("numpy==2.3.9\ntensorflow==2.99.0\nKeras==3.99.1\n", encoding="utf-8")
    os_info = tmp_path / "os-info.txt"
    os_info.write_text("Ubuntu 24.04 LTS\nPython 3.14.2\n", encoding="utf-8")
    compat.refresh_colab(freeze, os_info, "backend-info abc123 (2027-01-01)")
    python, pins = compat.read_versions(colab)
    assert python == "3.14"
    assert {"numpy==2.3.9", "keras==3.99.1"} <= set(pins)
    assert any(p.startswith("tensorflow-cpu==2.99.0 ;") for p in pins)
    assert "# source: backend-info abc123 (2027-01-01)" in colab.read_text(encoding="utf-8")


def test_colab_install_args_reject_a_cell_without_the_pip_call():
    with pytest.raises(ValueError, match="subprocess.run"):
        compat.colab_install_args("%pip install -q mlcc-ko-utils")


def test_merge_requirements_replaces_pinned_packages_and_drops_the_server():
    reader = ["numpy==2.4.6", "jupyterlab==4.6.6", 'tensorflow-cpu==2.21.0 ; sys_platform != "x"',
              "pandas==2.3.3"]
    merged = compat.merge_requirements(reader, ["numpy==1.26.0", "tensorflow_cpu==2.20.0"])
    assert merged == ["pandas==2.3.3", "numpy==1.26.0", "tensorflow_cpu==2.20.0"]


# --- comparing outputs -----------------------------------------------------------------------

@pytest.mark.parametrize(("stored", "new", "same"), [
    ("손실 0.1235, 기울기 -2.5e-03", "손실 0.1234, 기울기 -2.6e-03", True),
    ("손실 0.1235", "손실 0.1233", False),
    ("12단계 만에 수렴", "13단계 만에 수렴", False),
    ("w = 1.50", "b = 1.50", False),
    ("-0.0", "0.0", True),
])
def test_same_text_allows_only_last_digit_float_differences(stored, new, same):
    assert compat.same_text(stored, new) is same


def _stream(text, name="stdout"):
    return nbformat.v4.new_output("stream", name=name, text=text)


def _figure(with_png=True):
    data = {"text/plain": "<Figure size 640x480 with 1 Axes>"}
    if with_png:
        data["image/png"] = "iVBORw0KGgo="
    return nbformat.v4.new_output("display_data", data=data)


def _notebook(*outputs, tags=()):
    cell = nbformat.v4.new_code_cell("pass", outputs=list(outputs))
    cell.metadata["tags"] = list(tags)
    return nbformat.v4.new_notebook(cells=[cell])


def test_compare_notebooks_accepts_the_same_outputs_with_other_pngs():
    stored = _notebook(_stream("손실 0.125\n"), _figure())
    new = _notebook(_stream("손실 0.126\n"), _figure())
    new.cells[0].outputs[1].data["image/png"] = "AAAA"
    assert compat.compare_notebooks(stored, new) == []


def test_compare_notebooks_reports_a_figure_that_lost_its_image():
    """matplotlib 3.8.0 showed the first figure of a notebook as `<Figure size …>` only."""
    problems = compat.compare_notebooks(_notebook(_figure()), _notebook(_figure(with_png=False)))
    assert len(problems) == 1 and "MIME" in problems[0]


def test_compare_notebooks_reports_new_stderr_even_in_widget_cells():
    stored = _notebook(tags=["nbval-ignore-output"])
    new = _notebook(_stream("DeprecationWarning: …\n", name="stderr"), tags=["nbval-ignore-output"])
    problems = compat.compare_notebooks(stored, new)
    assert len(problems) == 1 and "stderr" in problems[0]


def test_compare_notebooks_ignores_widget_views():
    widget = nbformat.v4.new_output("display_data", data={
        "text/plain": "VBox(children=(…))",
        "application/vnd.jupyter.widget-view+json": {"model_id": "abc"},
    })
    other = nbformat.v4.new_output("display_data", data={"text/plain": "Explorer(…)"})
    tags = ["nbval-ignore-output"]
    assert compat.compare_notebooks(_notebook(widget, tags=tags), _notebook(other, tags=tags)) == []


def test_compare_notebooks_reads_this_environments_versions_as_the_pinned_ones():
    stored = _notebook(_stream("텐서플로 2.21.0, 케라스 3.15.1, 손실 2.20\n"))
    new = _notebook(_stream("텐서플로 2.20.0, 케라스 3.13.2, 손실 2.20\n"))
    versions = {"2.20.0": "2.21.0", "3.13.2": "3.15.1"}
    assert compat.compare_notebooks(stored, new, versions) == []
    assert len(compat.compare_notebooks(stored, new)) == 1
    # only whole X.Y.Z words: a number that merely starts the same is compared as it is
    assert compat.compare_notebooks(_notebook(_stream("v3.15.1\n")),
                                    _notebook(_stream("v3.13.2\n")), versions)


# --- JupyterLab ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", NOTEBOOKS, ids=_nb_id)
def test_notebook_stores_the_metadata_the_kernel_writes(path):
    """JupyterLab writes the kernel's language_info on open; an equal one leaves it unmodified."""
    from ipykernel.ipkernel import IPythonKernel

    nb = nbformat.read(path, as_version=4)
    assert nb.metadata["kernelspec"] == {
        "display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3",
    }
    stored = dict(nb.metadata["language_info"])
    kernel = dict(IPythonKernel.language_info)
    # the patch version is the one the notebooks ran with (Binder's postBuild sets its own)
    assert re.fullmatch(r"3\.\d+\.\d+", stored.pop("version", "")), "re-run tools/run_notebooks.py"
    kernel.pop("version")
    assert stored == kernel, "re-run: python tools/run_notebooks.py"


LAB_NOTEBOOK = ROOT / "book" / "reducing_loss" / "iterative_approach.ipynb"


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian's chromium")
def test_jupyterlab_opens_and_closes_a_notebook_without_asking():
    stored = nbformat.read(LAB_NOTEBOOK, as_version=4).metadata["language_info"]["version"]
    running = sys.version.split()[0]
    if stored != running:
        pytest.skip(f"the notebooks ran on Python {stored}; this is {running}, which Lab would "
                    "write into language_info")
    lab = _load("check_lab_clean")
    with lab.jupyter_lab() as url:
        assert lab.check_notebooks(url, [LAB_NOTEBOOK]) == []
