"""Execute every notebook in environments other than the pinned one and compare its text outputs.

The book is committed with the outputs of one run in ``requirements.txt``'s environment. Readers
run it elsewhere: at the floors ``pyproject.toml`` declares, and in Colab, which keeps its own
preinstalled versions (the first cell installs ``utils`` with ``--no-deps``). For each
environment this script

1. makes a fresh virtual environment with the Python version the versions file names
   (``# python: X.Y``; from ``python X.Y`` on PATH or pyenv, else the running Python, said
   aloud), installs the reader packages of ``binder/requirements.txt`` with every package the
   versions file names replaced by its pin (the pip cache is reused), and installs ``utils``;
2. for Colab, installs ``utils`` with the very pip command of the notebooks' first cell and
   checks that it changes none of the preinstalled packages (a ``--dry-run --report`` with and
   without ``--no-deps``, then ``pip freeze`` before and after the real install);
3. executes every notebook of ``_toc.yml`` in a fresh kernel of that environment (one kernel
   per notebook, ``--jobs`` at a time) and compares the text outputs with the stored ones:
   the same outputs with the same kinds of data (a figure must still be a figure), the same
   text after ``tests/nbval_sanitize.cfg``, numbers with a decimal point allowed to differ by
   one unit in their last digit. PNG data is not compared; widget cells (tagged
   ``nbval-ignore-output``) must run without errors or stderr but their views are not compared.

Usage::

    python tools/run_compat.py                  # every environment in tools/compat/
    python tools/run_compat.py floors --jobs 2  # one environment
    python tools/run_compat.py refresh-colab pip-freeze.txt os-info.txt --source "…"

Install and run times are printed for every environment. The exit status is 1 when a notebook
fails or differs, or when the Colab install would change a preinstalled package.
"""

from __future__ import annotations

import argparse
import ast
import configparser
import difflib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPAT = ROOT / "tools" / "compat"
ENVIRONMENTS = {"floors": COMPAT / "floors.txt", "colab": COMPAT / "colab.txt"}
READER_REQUIREMENTS = ROOT / "binder" / "requirements.txt"
# Binder's reader environment minus the notebook server: the runner drives the kernels itself.
NOT_NEEDED_TO_RUN = {"jupyterlab"}
PACKAGE = "mlcc-ko-utils"
SKIP_MIMES = {
    "image/png", "image/jpeg", "image/svg+xml", "application/vnd.jupyter.widget-view+json",
}
TEXT_MIMES = ("text/plain", "text/html", "text/markdown", "text/latex")
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
PIP_NOISE = re.compile(r"is ignored: it is neither a file nor a directory")

__all__ = [
    "colab_install_args",
    "compare_notebooks",
    "merge_requirements",
    "read_versions",
    "same_text",
    "toc_notebooks",
]


# --- reading the project's files ---------------------------------------------------------------

def normalize(name: str) -> str:
    """PEP 503 name: ``Jupyter_Client`` -> ``jupyter-client``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(line: str) -> str | None:
    line = line.split("#", 1)[0].strip()
    if not line or line.startswith("-"):
        return None
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", line)
    return normalize(match.group(0)) if match else None


def read_versions(path: Path) -> tuple[str | None, list[str]]:
    """Return the ``# python: X.Y`` version and the requirement lines of a versions file."""
    python = None
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"#\s*python:\s*(\d+\.\d+)", raw)
        if match:
            python = match.group(1)
        if _requirement_name(raw):
            lines.append(raw.split("#", 1)[0].strip())
    return python, lines


def merge_requirements(reader: list[str], pins: list[str]) -> list[str]:
    """Reader requirement lines with every package named in ``pins`` replaced by its pins."""
    pinned = {_requirement_name(line) for line in pins}
    kept = [
        line for line in reader
        if (name := _requirement_name(line))
        and name not in pinned and name not in NOT_NEEDED_TO_RUN
    ]
    return kept + list(pins)


def _reader_lines() -> list[str]:
    return [
        raw.split("#", 1)[0].strip()
        for raw in READER_REQUIREMENTS.read_text(encoding="utf-8").splitlines()
        if _requirement_name(raw)
    ]


def toc_notebooks() -> list[Path]:
    """The notebooks of ``_toc.yml``, in the book's order."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return [ROOT / f"{name}.ipynb" for name in files if (ROOT / f"{name}.ipynb").exists()]


def colab_install_args(source: str) -> list[str]:
    """The pip arguments of the ``subprocess.run([sys.executable, "-m", "pip", …])`` call in a cell.

    Raises ``ValueError`` when the cell has no such call: the Colab check must test exactly
    what the notebooks run.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:  # an IPython magic such as %pip
        tree = ast.parse("")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "run" and node.args and isinstance(node.args[0], ast.List)):
            items = node.args[0].elts
            head = ast.unparse(items[0]) if items else ""
            rest = [ast.literal_eval(item) for item in items[1:]]
            if head == "sys.executable" and rest[:2] == ["-m", "pip"]:
                return rest[2:]
    raise ValueError(
        '첫 코드 셀에 subprocess.run([sys.executable, "-m", "pip", ...]) 호출이 없다'
    )


def _sanitizers() -> list[tuple[re.Pattern, str]]:
    parser = configparser.ConfigParser()
    parser.read(ROOT / "tests" / "nbval_sanitize.cfg", encoding="utf-8")
    return [(re.compile(parser[s]["regex"]), parser[s]["replace"]) for s in parser.sections()]


# --- comparing outputs ---------------------------------------------------------------------------

def _last_digit(token: str) -> float:
    mantissa, _, exponent = token.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 10.0 ** (int(exponent or 0) - decimals)


def same_text(stored: str, new: str) -> bool:
    """Whether two texts agree, numbers with a decimal point up to one unit in the last digit.

    Examples
    --------
    >>> same_text("손실 0.1235", "손실 0.1234"), same_text("손실 0.1235", "손실 0.1233")
    (True, False)
    >>> same_text("12단계", "13단계")
    False
    """
    if stored == new:
        return True
    stored_words, new_words = NUMBER.split(stored), NUMBER.split(new)
    if stored_words != new_words:
        return False
    for a, b in zip(NUMBER.findall(stored), NUMBER.findall(new), strict=True):
        if a == b:
            continue
        if not any(c in a + b for c in ".eE"):
            return False
        tolerance = max(_last_digit(a), _last_digit(b))
        if not math.isclose(float(a), float(b), rel_tol=0, abs_tol=tolerance * (1 + 1e-9)):
            return False
    return True


def _outputs(cell, sanitize) -> list[tuple[str, str]]:
    """(kind, text) for each output; streams joined; every data bundle lists its MIME types."""
    items: list[tuple[str, str]] = []
    for out in cell.get("outputs", []):
        kind = out["output_type"]
        if kind == "stream":
            if items and items[-1][0] == out["name"]:
                items[-1] = (out["name"], items[-1][1] + out["text"])
            else:
                items.append((out["name"], out["text"]))
        elif kind in ("display_data", "execute_result"):
            data = out.get("data", {})
            items.append((kind, "MIME " + " ".join(sorted(data))))
            for mime in TEXT_MIMES:
                if mime in data and mime not in SKIP_MIMES:
                    text = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
                    items.append((mime, text))
        elif kind == "error":
            items.append(("error", f"{out['ename']}: {out['evalue']}"))
    cleaned = []
    for kind, text in items:
        for pattern, replace in sanitize:
            text = pattern.sub(replace, text)
        cleaned.append((kind, text))
    return cleaned


def version_map(installed: dict[str, str]) -> dict[str, str]:
    """``{version here: version in requirements.txt}`` for the pinned packages that differ.

    A cell that prints ``tf.__version__`` shows this environment's version; the comparison
    reads it as the pinned one, and only as a whole ``X.Y.Z`` word.
    """
    from packaging.requirements import Requirement

    mapping = {}
    for raw in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if not _requirement_name(raw):
            continue
        req = Requirement(raw.split("#", 1)[0].strip())
        pins = [s.version for s in req.specifier if s.operator == "=="]
        if (req.marker is None or req.marker.evaluate()) and pins:
            here = installed.get(normalize(req.name))
            if here and here != pins[0] and here.count(".") == 2:
                mapping[here] = pins[0]
    return mapping


def compare_notebooks(stored, new, versions: dict[str, str] | None = None) -> list[str]:
    """Differences between the stored and the new outputs, one message per differing cell.

    ``versions`` maps package versions of the new run to the pinned ones (see `version_map`).
    """
    sanitize = _sanitizers()
    if versions:
        words = "|".join(re.escape(v) for v in sorted(versions, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w.])({words})(?![\w.])")
        new_sanitize = [*sanitize, (pattern, lambda m: versions[m.group(1)])]
    else:
        new_sanitize = sanitize
    problems = []
    code = [(i, c) for i, c in enumerate(stored.cells) if c.cell_type == "code"]
    new_code = [c for c in new.cells if c.cell_type == "code"]
    for (index, old_cell), new_cell in zip(code, new_code, strict=True):
        new_items = _outputs(new_cell, new_sanitize)
        bad = [f"{k}: {t.strip()[:300]}" for k, t in new_items if k in ("stderr", "error")]
        if bad:
            problems.append(f"셀 {index}: 오류나 stderr가 나왔다\n    " + "\n    ".join(bad))
            continue
        if "nbval-ignore-output" in old_cell.get("metadata", {}).get("tags", []):
            continue
        old_items = _outputs(old_cell, sanitize)
        if len(old_items) == len(new_items) and all(
            ko == kn and same_text(to, tn)
            for (ko, to), (kn, tn) in zip(old_items, new_items, strict=True)
        ):
            continue
        old_lines = [f"{k}| {line}" for k, t in old_items for line in t.splitlines()]
        new_lines = [f"{k}| {line}" for k, t in new_items for line in t.splitlines()]
        lines = difflib.unified_diff(old_lines, new_lines, "stored", "new", n=0, lineterm="")
        diff = [line[:200] for line in lines]
        shown = "\n    ".join(diff[:24] + (["…"] if len(diff) > 24 else []))
        problems.append(f"셀 {index}: 출력이 다르다\n    {shown}")
    return problems


# --- environments --------------------------------------------------------------------------------

def find_python(version: str | None) -> tuple[str, str]:
    """An interpreter for ``version`` (``X.Y``) and a note when only another version was found."""
    if version is None:
        return sys.executable, ""
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found = sorted(
        (pyenv_root / "versions").glob(f"{version}.*/bin/python{version}"),
        key=lambda p: [int(x) if x.isdigit() else 0 for x in p.parents[1].name.split(".")],
    )
    candidates = [str(p) for p in reversed(found)]
    on_path = shutil.which(f"python{version}")
    if on_path and "shims" not in Path(on_path).parts:  # a pyenv shim may name no installed one
        candidates.append(on_path)
    for candidate in candidates:
        # a virtual environment's python would only hand its base interpreter on
        if candidate and Path(candidate).exists() and not (
            Path(candidate).parents[1] / "pyvenv.cfg"
        ).exists():
            return candidate, ""
    current = f"{sys.version_info.major}.{sys.version_info.minor}"
    return sys.executable, f"파이썬 {version}을 찾지 못해 {current}으로 대신한다"


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if proc.returncode != 0:
        noise_free = "\n".join(
            line for line in (proc.stdout + proc.stderr).splitlines() if not PIP_NOISE.search(line)
        )
        raise RuntimeError(f"명령이 실패했다: {' '.join(cmd)}\n{noise_free[-4000:]}")
    return proc


def _freeze(python: str) -> dict[str, str]:
    out = _run([python, "-m", "pip", "freeze", "--all"]).stdout
    pins = {}
    for line in out.splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
            pins[normalize(name)] = version
        elif " @ " in line:
            name, url = line.split(" @ ", 1)
            pins[normalize(name)] = url
    return pins


def _dry_run(python: str, args: list[str]) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        _run([python, "-m", "pip", *args, "--dry-run", "--report", str(report)])
        data = json.loads(report.read_text(encoding="utf-8"))
    return sorted(
        f"{normalize(item['metadata']['name'])}=={item['metadata']['version']}"
        for item in data.get("install", [])
    )


def check_colab_install(python: str) -> list[str]:
    """Install utils as the notebooks' first cell does; return what it would change or changed."""
    import nbformat

    commands = set()
    for path in toc_notebooks():
        first = next(c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        commands.add(tuple(colab_install_args(first.source)))
    if len(commands) != 1:
        return [f"노트북마다 Colab 설치 명령이 다르다: {sorted(commands)}"]
    args = list(commands.pop())
    local = [
        f"{PACKAGE} @ {ROOT.as_uri()}" if a.startswith(f"{PACKAGE} @ ") else a for a in args
    ]
    problems = []
    before = _freeze(python)
    expected = [f"{PACKAGE}=="]
    with_deps = [a for a in local if a != "--no-deps"]
    for label, command in (("그대로", local), ("--no-deps 없이", with_deps)):
        would = _dry_run(python, [a for a in command if a not in ("-q", "-qq")])
        others = [w for w in would if not any(w.startswith(e) for e in expected)]
        if others:
            problems.append(f"Colab 설치 명령({label})이 다음을 설치하거나 바꾸려 한다: {others}")
    _run([python, "-m", "pip", *local])
    after = _freeze(python)
    changed = sorted(
        f"{name} {before.get(name, '없음')} -> {after.get(name, '없음')}"
        for name in set(before) | set(after)
        if name != PACKAGE and before.get(name) != after.get(name)
    )
    if changed:
        problems.append(f"Colab 설치가 이미 있던 패키지를 바꿨다: {changed}")
    if PACKAGE not in after:
        problems.append("Colab 설치 뒤에도 mlcc-ko-utils가 없다")
    print(f"  Colab 설치 명령: pip {' '.join(args)}")
    print(f"  설치 전후 pip freeze: {len(before)}개 패키지 중 바뀐 것 {len(changed)}개"
          f"{', 더해진 것 mlcc-ko-utils' if PACKAGE in after else ''}")
    return problems


def check_floors(python: str) -> list[str]:
    """Install utils; check that each declared dependency sits exactly at its floor."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.version import Version

    _run([python, "-m", "pip", "install", "-q", "--no-deps", str(ROOT)])
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    installed = _freeze(python)
    problems = []
    for line in declared["project"]["dependencies"]:
        req = Requirement(line)
        floors = [s.version for s in req.specifier if s.operator == ">="]
        have = installed.get(normalize(req.name))
        if not floors:
            problems.append(f"{req.name}: pyproject.toml에 하한(>=)이 없다")
            continue
        if have is None or Version(have) != Version(floors[0]):
            problems.append(f"{req.name}: 선언한 하한은 {floors[0]}인데 설치된 버전은 {have}이다")
        print(f"  {req.name} {have} (선언한 하한 >={floors[0]})")
    return problems


def build_env(name: str, where: Path) -> tuple[str, list[str]]:
    """Create the environment ``name`` in ``where`` and return its python and any problems."""
    version, pins = read_versions(ENVIRONMENTS[name])
    base, note = find_python(version)
    if note:
        print(f"  주의: {note}")
    _run([base, "-m", "venv", str(where)])
    python = str(where / "bin" / "python")
    pip_pins = [p for p in pins if _requirement_name(p) == "pip"]
    if pip_pins:
        _run([python, "-m", "pip", "install", "-q", *pip_pins])
    requirements = merge_requirements(_reader_lines(), [p for p in pins if p not in pip_pins])
    req_file = where / "compat-requirements.txt"
    req_file.write_text("\n".join(requirements) + "\n", encoding="utf-8")
    start = time.perf_counter()
    _run([python, "-m", "pip", "install", "-q", "-r", str(req_file)])
    used = _run([python, "-c", "import sys; print(sys.version.split()[0])"]).stdout.strip()
    print(f"  파이썬 {used} ({base}), 패키지 설치 {time.perf_counter() - start:.0f} s")
    start = time.perf_counter()
    problems = check_colab_install(python) if name == "colab" else check_floors(python)
    print(f"  utils 설치와 검사 {time.perf_counter() - start:.0f} s")
    kernels = where / "share" / "jupyter" / "kernels" / "compat"
    kernels.mkdir(parents=True, exist_ok=True)
    (kernels / "kernel.json").write_text(json.dumps({
        "argv": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": f"compat {name}", "language": "python",
    }), encoding="utf-8")
    return python, problems


# --- running notebooks ---------------------------------------------------------------------------

def execute_and_compare(
    path: Path, env_dir: Path, timeout: int, versions: dict[str, str],
) -> tuple[str, float, list[str]]:
    """Run one notebook in a fresh kernel of the environment; return (name, seconds, problems)."""
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    stored = nbformat.read(path, as_version=4)
    new = nbformat.read(path, as_version=4)
    specs = KernelSpecManager(kernel_dirs=[str(env_dir / "share" / "jupyter" / "kernels")])
    km = KernelManager(kernel_name="compat", kernel_spec_manager=specs)
    client = NotebookClient(
        new, km=km, timeout=timeout, record_timing=False, store_widget_state=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    env = dict(os.environ, VIRTUAL_ENV=str(env_dir),
               PATH=f"{env_dir / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("PYTHONPATH", None)
    name = path.relative_to(ROOT).as_posix()
    start = time.perf_counter()
    try:
        # the kernel's own log lines (ipykernel's transport notice) are not the notebook's output
        client.execute(env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except CellExecutionError as error:
        last = " / ".join(str(error).strip().splitlines()[-3:])
        return name, time.perf_counter() - start, [f"실행이 오류로 멈췄다: {last}"]
    except Exception as error:  # a dead kernel or a timeout: report it and go on
        what = f"{type(error).__name__}: {error}"
        return name, time.perf_counter() - start, [f"실행하지 못했다: {what}"]
    finally:
        if km.has_kernel:
            km.shutdown_kernel(now=True)
    seconds = time.perf_counter() - start
    version = new.metadata.get("language_info", {}).get("version", "?")
    return f"{name} (파이썬 {version})", seconds, compare_notebooks(stored, new, versions)


def run_environment(name: str, jobs: int, timeout: int, notebooks: list[Path]) -> tuple[int, int]:
    """Build one environment and run every notebook in it; return (passed, failed) checks.

    The checks are one per notebook and one for the environment's install checks.
    """
    print(f"== {name}: {ENVIRONMENTS[name].relative_to(ROOT)}", flush=True)
    with tempfile.TemporaryDirectory(prefix=f"compat-{name}-") as tmp:
        env_dir = Path(tmp) / "env"
        start = time.perf_counter()
        try:
            python, problems = build_env(name, env_dir)
            versions = version_map(_freeze(python))
        except RuntimeError as error:
            print(f"  설치 실패: {error}")
            return 0, len(notebooks) + 1
        install = time.perf_counter() - start
        print(f"  설치 {install:.0f} s", flush=True)
        if versions:
            shown = ", ".join(f"{a} -> {b}" for a, b in versions.items())
            print(f"  출력 속 버전 문자열은 requirements.txt의 것으로 읽는다: {shown}")
        for problem in problems:
            print(f"  실패: {problem}")
        start = time.perf_counter()
        failed = 0
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [
                pool.submit(execute_and_compare, p, env_dir, timeout, versions) for p in notebooks
            ]
            for future in futures:
                nb_name, seconds, nb_problems = future.result()
                status = "같다" if not nb_problems else f"{len(nb_problems)}곳 다르다"
                print(f"  {nb_name}: {seconds:.1f} s, {status}", flush=True)
                for problem in nb_problems:
                    print("    " + problem.replace("\n", "\n    "))
                failed += bool(nb_problems)
        run = time.perf_counter() - start
        print(f"  {name}: 설치 {install:.0f} s, 실행 {run:.0f} s (노트북 {len(notebooks)}개, "
              f"동시에 {jobs}개), 다른 노트북 {failed}개", flush=True)
    return len(notebooks) - failed + (not problems), failed + bool(problems)


# --- refreshing the Colab versions file ----------------------------------------------------------

def refresh_colab(freeze_path: Path, os_info_path: Path, source: str) -> None:
    """Rewrite tools/compat/colab.txt with Colab's versions from backend-info's files."""
    colab = {}
    for line in freeze_path.read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            pkg, version = line.split("==", 1)
            colab[normalize(pkg)] = version.strip()
    python = re.search(r"^Python (\d+\.\d+)", os_info_path.read_text(encoding="utf-8"), re.M)
    path = ENVIRONMENTS["colab"]
    lines, missing = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        name = _requirement_name(raw)
        if raw.startswith("# python:") and python:
            raw = f"# python: {python.group(1)}"
        elif raw.startswith("# source:"):
            raw = f"# source: {source}"
        elif name:
            # Colab has the full `tensorflow`; the CPU build of the same release stands in for it
            colab_name = "tensorflow" if name == "tensorflow-cpu" else name
            if colab_name in colab:
                raw = re.sub(r"==[^\s;]+", f"=={colab[colab_name]}", raw, count=1)
            else:
                missing.append(name)
        lines.append(raw)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    note = f" (Colab에 없는 패키지: {missing})" if missing else ""
    print(f"{path}: 갱신했다{note}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["refresh-colab"]:
        parser = argparse.ArgumentParser(prog="run_compat.py refresh-colab")
        parser.add_argument("freeze", type=Path)
        parser.add_argument("os_info", type=Path)
        parser.add_argument("--source", required=True, help="출처(저장소와 커밋)")
        args = parser.parse_args(argv[1:])
        refresh_colab(args.freeze, args.os_info, args.source)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("environments", nargs="*", help=f"{', '.join(ENVIRONMENTS)} (없으면 모두)")
    parser.add_argument("--jobs", type=int, default=2, help="동시에 실행할 노트북 수")
    parser.add_argument("--timeout", type=int, default=600, help="셀 하나의 제한 시간(초)")
    parser.add_argument("--notebook", action="append", type=Path, default=None,
                        help="이 노트북만 실행한다(여러 번 줄 수 있다)")
    args = parser.parse_args(argv)
    unknown = [e for e in args.environments if e not in ENVIRONMENTS]
    if unknown:
        parser.error(f"환경 이름은 {', '.join(ENVIRONMENTS)} 가운데 하나여야 한다: {unknown}")
    notebooks = [p.resolve() for p in args.notebook] if args.notebook else toc_notebooks()
    passed = failed = 0
    start = time.perf_counter()
    for name in args.environments or list(ENVIRONMENTS):
        ok, bad = run_environment(name, args.jobs, args.timeout, notebooks)
        passed, failed = passed + ok, failed + bad
    print(f"모든 환경: {time.perf_counter() - start:.0f} s")
    # one check per notebook and environment, plus each environment's install checks
    print(f"compat: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
