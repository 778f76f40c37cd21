"""Checks on the stored notebooks: one clean run, deterministic text, the standard first cell.

nbval (run by the same `pytest`) re-executes every notebook and compares outputs; these
checks catch what nbval cannot see: a notebook left out of the table of contents, outputs
from an out-of-order run, warnings or machine paths frozen into the stored outputs.
"""

import re
from pathlib import Path

import nbformat
import pytest
from book_layout import CONFIG, ROOT, toc_files

NOTEBOOKS = sorted(
    p for p in (ROOT / "book").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
)
VOLATILE = [
    (re.compile(r"Glyph \d+ .*missing from font"), "a missing-glyph warning"),
    (re.compile(r"\b\w*Warning\b"), "a warning"),
    (re.compile(r"/(?:tmp|home|root|Users|work)/"), "a machine path"),
    (re.compile(r" at 0x[0-9a-f]{6,}"), "an object address"),
    (re.compile(r"np\.float64\(|np\.int64\("), "a bare NumPy scalar repr"),
    (re.compile(r"\d+(?:\.\d+)?\s*(?:ms|s)/step|ETA:"), "a progress bar or timing"),
]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).with_suffix("").as_posix()


def _text_outputs(cell):
    for out in cell.get("outputs", []):
        if out["output_type"] == "stream":
            yield out["name"], out["text"]
        elif out["output_type"] in ("execute_result", "display_data"):
            for mime in ("text/plain", "text/html", "text/markdown"):
                if mime in out.get("data", {}):
                    yield mime, out["data"][mime]
        elif out["output_type"] == "error":
            yield "error", "\n".join(out.get("traceback", []))


def test_every_notebook_is_in_the_table_of_contents():
    listed = set(toc_files())
    assert listed.issuperset(_rel(p) for p in NOTEBOOKS)
    for name in listed:
        matches = list(ROOT.glob(name + ".*"))
        assert matches, f"{name} is in _toc.yml but no page exists"


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_rel)
def test_stored_as_one_clean_top_to_bottom_run(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    counts = [c.get("execution_count") for c in code]
    assert counts == list(range(1, len(code) + 1)), "re-run: python tools/run_notebooks.py"
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_rel)
def test_no_stderr_warnings_or_volatile_text_in_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for kind, text in _text_outputs(cell):
            assert kind not in ("stderr", "error"), f"cell {index} stores {kind}: {text[:200]}"
            if kind == "text/html" and "animation" in text:
                continue  # base64 frames of a precomputed animation
            for pattern, what in VOLATILE:
                assert not pattern.search(text), f"cell {index} output has {what}: {text[:200]}"


# Colab: install the package without touching Colab's preinstalled packages (--no-deps; the
# declared floors hold there, tools/compat/colab.txt) and print nothing on success (-qq hides
# pip's root-user and upgrade notices; a subprocess, unlike %pip, adds no "restart the kernel").
COLAB_INSTALL = """\
if "google.colab" in sys.modules:
    import subprocess

    # Colab에 이미 있는 패키지(NumPy, matplotlib, ipywidgets 등)는 바꾸지 않는다(--no-deps).
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-qq", "--no-deps",
         "mlcc-ko-utils @ git+{url}@{branch}"],
        check=True,
    )
"""


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_rel)
def test_first_code_cell_sets_up_colab_and_the_book(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    first = next(c for c in nb.cells if c.cell_type == "code")
    url = CONFIG["repository"]["url"]
    branch = CONFIG["repository"]["branch"]
    assert COLAB_INSTALL.format(url=url, branch=branch) in first.source, (
        "the Colab install must be the standard block (tests/test_notebooks.py COLAB_INSTALL), "
        "with repository.url and branch from _config.yml"
    )
    assert "%pip" not in first.source, "%pip tells the reader to restart the kernel"
    assert "setup_book()" in first.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_rel)
def test_only_widget_cells_skip_output_comparison(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "nbval-ignore-output" in tags or "nbval-skip" in tags:
            assert "nbval-skip" not in tags, "never skip a cell; normalise it instead"
            assert re.search(r"\binteract(ive)?\(|display\(", cell.source), (
                "only cells that show a live widget may ignore their output"
            )
            assert "remove-output" in tags, (
                "a live widget has no kernel on the site: hide its output there (remove-output)"
            )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_rel)
def test_no_saved_widget_state(path):
    """Saved widget state renders as a dead slider on the site and loads scripts from a CDN."""
    nb = nbformat.read(path, as_version=4)
    assert "widgets" not in nb.metadata
