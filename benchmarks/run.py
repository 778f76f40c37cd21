"""One benchmark command for what readers and maintainers wait for.

    python benchmarks/run.py              # everything, prints one table, writes JSON
    python benchmarks/run.py --only micro # just the in-process figures (explorers, GD, SGD)
    python benchmarks/run.py --only pdf   # the PDF edition: build time, size, pages
    python benchmarks/run.py --only search # search index size, typing to results (builds)
    python benchmarks/run.py --only realdata  # the two real-data notebooks, fresh kernels
    python benchmarks/run.py --only transfer --only lighthouse  # what a reader downloads;
                                          # Lighthouse scores (builds; see bench_site.py)

Each figure is the median of several runs with its min–max, printed beside its target.
Nothing here is asserted: machines are noisy, so the numbers are for people to read and to
compare between commits (``benchmarks/results/<commit>.json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

RESULTS = ROOT / "benchmarks" / "results"
TF_NOTEBOOKS = {"low_level_api", "high_level_api", "exercises_tf"}
#: The notebooks that read the Palmer penguins with pandas and train Keras models on them.
REAL_DATA_NOTEBOOKS = ("first_steps_tf/real_data", "generalization/validation")


class Table:
    """Collects rows of (name, samples, unit, target) and prints them aligned."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, name: str, samples, unit: str, target: float | None = None,
            note: str = "", at_least: bool = False) -> dict:
        """Add a row; the target is a ceiling, or a floor with ``at_least`` (scores)."""
        samples = [float(s) for s in (samples if isinstance(samples, list | tuple) else [samples])]
        median = statistics.median(samples)
        meets = None if target is None else (median >= target if at_least else median <= target)
        row = {
            "name": name, "unit": unit, "median": median, "min": min(samples),
            "max": max(samples), "runs": len(samples), "target": target,
            "target_is": "at least" if at_least else "at most",
            "meets_target": meets, "note": note,
        }
        self.rows.append(row)
        self._print(row)
        return row

    @staticmethod
    def _fmt(value: float) -> str:
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"

    def _print(self, row: dict) -> None:
        spread = f"{self._fmt(row['min'])}–{self._fmt(row['max'])}" if row["runs"] > 1 else ""
        sign = "≥" if row.get("target_is") == "at least" else "≤"
        target = "" if row["target"] is None else f"{sign} {self._fmt(row['target'])}"
        verdict = {None: "", True: "ok", False: "MISSES"}[row["meets_target"]]
        print(f"{row['name']:<52} {self._fmt(row['median']):>9} {row['unit']:<3} "
              f"{spread:>15} {target:>9} {verdict:>6} {row['note']}", flush=True)


def timed(func: Callable[[], object], repeat: int) -> list[float]:
    """Run ``func`` ``repeat`` times and return the wall-clock seconds of each run."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return times


# --------------------------------------------------------------------------- book build


def build_book(out: Path) -> None:
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(out), "-W", "-n",
         "--keep-going", "-q"],
        check=True, capture_output=True,
    )


def bench_build(table: Table, repeat: int) -> Path:
    keep = Path(tempfile.mkdtemp(prefix="bench-book-"))
    samples = []
    for i in range(repeat):
        out = keep if i == repeat - 1 else Path(tempfile.mkdtemp(prefix="bench-book-"))
        samples += timed(lambda out=out: build_book(out), 1)
        if out != keep:
            shutil.rmtree(out, ignore_errors=True)
    table.add("clean book build (-W, stored outputs)", samples, "s", 30)
    return keep / "_build" / "html"


# --------------------------------------------------------------------------- notebooks


def notebooks() -> list[Path]:
    found = (ROOT / "book").rglob("*.ipynb")
    return sorted(p for p in found if ".ipynb_checkpoints" not in p.parts)


def execute_notebook(path: Path) -> tuple[float, float]:
    """Execute a notebook in a fresh kernel; return (kernel start, execution) seconds."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="python3", timeout=600,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel():
        ready = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        done = time.perf_counter()
    return ready - start, done - ready


def uses_tensorflow(path: Path) -> bool:
    """Whether a notebook imports TensorFlow (its kernel pays the import, so its target is 25 s)."""
    return "import tensorflow" in path.read_text(encoding="utf-8")


def bench_real_data(table: Table, repeat: int) -> None:
    """Each real-data notebook in a fresh kernel, execution only, beside its 25 s target."""
    for name in REAL_DATA_NOTEBOOKS:
        path = ROOT / "book" / f"{name}.ipynb"
        runs = [execute_notebook(path) for _ in range(repeat)]
        table.add(f"notebook {name}", [e for _, e in runs], "s", 25)


def bench_notebooks(table: Table, repeat: int) -> float:
    total_exec, total_start = [], []
    per_notebook = {}
    for path in notebooks():
        runs = [execute_notebook(path) for _ in range(repeat)]
        per_notebook[path] = runs
    for r in range(repeat):
        total_start.append(sum(runs[r][0] for runs in per_notebook.values()))
        total_exec.append(sum(runs[r][1] for runs in per_notebook.values()))
    for path, runs in per_notebook.items():
        tf = path.parent.name == "first_steps_tf" or uses_tensorflow(path)
        name = f"notebook {path.parent.name}/{path.stem}"
        table.add(name, [e for _, e in runs], "s", 25 if tf else 10)
    table.add("kernel start (per notebook, mean)",
              [s / len(per_notebook) for s in total_start], "s")
    table.add("all notebooks: execution", total_exec, "s")
    floor = [s + e for s, e in zip(total_start, total_exec, strict=True)]
    table.add("all notebooks: execution + kernel starts", floor, "s")
    return statistics.median(floor)


# --------------------------------------------------------------------------- test command


def bench_test_command(table: Table, floor: float | None) -> None:
    samples = timed(lambda: subprocess.run([sys.executable, "-m", "pytest", "-q", "-x"],
                                           cwd=ROOT, check=True, capture_output=True), 1)
    table.add("README test command (pytest)", samples, "s")
    if floor:
        table.add("test command / notebook floor", [s / floor for s in samples], "×", 1.3)


# --------------------------------------------------------------------------- in-process


def bench_micro(table: Table) -> None:
    import bench_explorers_ch1
    import bench_explorers_ch3
    import bench_gd_step

    for module in (bench_explorers_ch1, bench_explorers_ch3):
        for name, samples_ms in module.measure().items():
            table.add(f"explorer update: {name}", samples_ms, "ms", 100)
    for name, (samples, unit, target) in bench_gd_step.measure().items():
        table.add(name, samples, unit, target)


# --------------------------------------------------------------------------- PDF edition


def bench_pdf(table: Table, repeat: int) -> None:
    import bench_pdf

    if not bench_pdf.available():
        print("PDF edition: skipped (install the packages in .ci/pdf-packages.txt)", flush=True)
        return
    for name, (samples, unit, target) in bench_pdf.measure(repeat).items():
        table.add(name, samples, unit, target)


# --------------------------------------------------------------------------- search


def bench_search(table: Table, html: Path) -> None:
    import bench_search

    for name, (samples, unit, target) in bench_search.measure(html).items():
        table.add(name, samples, unit, target)


# --------------------------------------------------------------------------- page weight


def bench_weight(table: Table, html: Path) -> None:
    heaviest, heaviest_page = 0, ""
    for page in html.rglob("*.html"):
        text = page.read_text(encoding="utf-8", errors="ignore")
        size = page.stat().st_size
        for src in set(re.findall(r'<img[^>]+src="([^"]+)"', text)):
            if not src.startswith(("http:", "https:", "data:")):
                target = (page.parent / src.split("?")[0]).resolve()
                if target.is_file():
                    size += target.stat().st_size
        if size > heaviest:
            heaviest, heaviest_page = size, page.relative_to(html).as_posix()
    site = sum(p.stat().st_size for p in html.rglob("*") if p.is_file())
    table.add("heaviest page with its images", heaviest / 1e6, "MB", 1.5, heaviest_page)
    table.add("whole built site", site / 1e6, "MB", 40)


# --------------------------------------------------------------------------- reader's view


def bench_transfer(table: Table, html: Path) -> None:
    import bench_site

    sizes = bench_site.transfer_sizes(html)
    for page, (first, whole) in sizes.items():
        table.add(f"first visit: {page}", first / 1e6, "MB", bench_site.TRANSFER_TARGET_MB,
                  f"whole page {whole / 1e6:.2f} MB")
    table.add("first visit: heaviest page", max(f for f, _ in sizes.values()) / 1e6, "MB",
              bench_site.TRANSFER_TARGET_MB)


def bench_lighthouse(table: Table, html: Path, runs: int) -> None:
    import bench_site

    if bench_site.lighthouse_executable() is None:
        print("Lighthouse: skipped (`npm install --prefix benchmarks`, or set LIGHTHOUSE)",
              flush=True)
        return
    for page, reports in bench_site.lighthouse(html, runs).items():
        for category, target in bench_site.CATEGORIES.items():
            table.add(f"Lighthouse {page}: {category}", [r[category] for r in reports], "",
                      target, at_least=True)
        table.add(f"Lighthouse {page}: CLS", [r["cls"] for r in reports], "", 0.05)
        table.add(f"Lighthouse {page}: LCP", [r["lcp_s"] for r in reports], "s", 2.5)
        table.add(f"Lighthouse {page}: TBT", [r["tbt_ms"] for r in reports], "ms", 200)
        failed = sorted({a for r in reports for a in r["failed"]})
        if failed:
            print(f"    {page}: below 90 in {', '.join(failed)}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["build", "notebooks", "tests", "micro", "weight",
                                           "pdf", "search", "realdata",
                                           "transfer", "lighthouse"],
                        action="append", help="run only these parts (repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (default 3)")
    parser.add_argument("--notebook-repeat", type=int, default=2,
                        help="fresh-kernel runs per notebook (default 2)")
    parser.add_argument("--lighthouse-runs", type=int, default=3,
                        help="Lighthouse runs per page (default 3; scores vary run to run)")
    args = parser.parse_args(argv)
    parts = set(args.only or ["build", "notebooks", "tests", "micro", "weight", "pdf", "search",
                              "transfer", "lighthouse"])

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    table = Table()
    print(f"{'figure':<52} {'median':>9} {'':<3} {'min–max':>15} {'target':>9}", flush=True)
    html = None
    floor = None
    if "micro" in parts:
        bench_micro(table)
    if parts & {"build", "weight", "search", "transfer", "lighthouse"}:
        html = bench_build(table, args.repeat if "build" in parts else 1)
    if "weight" in parts and html is not None:
        bench_weight(table, html)
    if "pdf" in parts:
        bench_pdf(table, args.repeat)
    if "search" in parts and html is not None:
        bench_search(table, html)
    if "transfer" in parts and html is not None:
        bench_transfer(table, html)
    if "lighthouse" in parts and html is not None:
        bench_lighthouse(table, html, args.lighthouse_runs)
    if "notebooks" in parts:
        floor = bench_notebooks(table, args.notebook_repeat)
    elif "realdata" in parts:  # the full notebook run already times these two
        bench_real_data(table, args.notebook_repeat)
    if "tests" in parts:
        bench_test_command(table, floor)

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip() or "unknown"
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{commit}.json"
    out.write_text(json.dumps({
        "commit": commit, "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "rows": table.rows,
    }, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"\nwritten: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
