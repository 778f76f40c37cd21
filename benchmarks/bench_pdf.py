"""Time the PDF edition's clean build and report its size and page count.

``jupyter-book build . --builder pdflatex`` is two steps, timed apart here on a fresh
output folder each run: Sphinx writes ``book.tex`` (``--builder latex``), then the
Makefile Sphinx writes runs latexmk, which runs XeLaTeX until the cross-references settle.

Run: ``python benchmarks/bench_pdf.py`` (``benchmarks/run.py --only pdf`` calls
:func:`measure`). Needs the packages in ``.ci/pdf-packages.txt``.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 3
#: Targets printed beside the figures (never asserted).
TARGET_SECONDS = 60.0
TARGET_MB = 10.0


def available() -> bool:
    """Whether XeLaTeX, latexmk and poppler's pdfinfo are installed."""
    return all(shutil.which(tool) for tool in ("xelatex", "latexmk", "pdfinfo"))


def build_once(out: Path) -> dict:
    """Build the PDF into ``out``; return the seconds of both steps, passes, size and pages."""
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    start = time.perf_counter()
    subprocess.run([str(jupyter_book), "build", str(ROOT), "--builder", "latex",
                    "--path-output", str(out)], cwd=ROOT, check=True, capture_output=True)
    written = time.perf_counter()
    latex = out / "_build" / "latex"
    make = subprocess.run(["make", "all-pdf"], cwd=latex, check=True, capture_output=True,
                          text=True)
    done = time.perf_counter()
    pdf = latex / "book.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return {
        "sphinx": written - start,
        "latex": done - written,
        "passes": len(re.findall(r"Run number \d+ of rule '(?:xe|pdf)?latex", make.stdout
                                 + make.stderr)),
        "mb": pdf.stat().st_size / 1e6,
        "pages": int(re.search(r"^Pages:\s+(\d+)", info, re.M)[1]),
    }


def measure(repeat: int = REPEATS) -> dict[str, tuple[list[float], str, float | None]]:
    """Return ``{name: (samples, unit, target)}`` for ``benchmarks/run.py``'s table."""
    runs = []
    for _ in range(repeat):
        out = Path(tempfile.mkdtemp(prefix="bench-pdf-"))
        try:
            runs.append(build_once(out))
        finally:
            shutil.rmtree(out, ignore_errors=True)
    return {
        "clean PDF build (pdflatex builder, xelatex)":
            ([r["sphinx"] + r["latex"] for r in runs], "s", TARGET_SECONDS),
        "  of which Sphinx writes book.tex": ([r["sphinx"] for r in runs], "s", None),
        "  of which latexmk/XeLaTeX": ([r["latex"] for r in runs], "s", None),
        "  XeLaTeX passes": ([r["passes"] for r in runs], "", None),
        "PDF size": ([r["mb"] for r in runs], "MB", TARGET_MB),
        "PDF pages": ([r["pages"] for r in runs], "", None),
    }


def main() -> None:
    if not available():
        sys.exit("XeLaTeX, latexmk or pdfinfo is missing: install .ci/pdf-packages.txt")
    for name, (samples, unit, target) in measure().items():
        spread = f"({min(samples):.3g}–{max(samples):.3g})" if len(samples) > 1 else ""
        goal = f"target ≤ {target:g} {unit}" if target is not None else ""
        print(f"{name:<46} median {statistics.median(samples):8.3g} {unit:<3} {spread} {goal}")


if __name__ == "__main__":
    main()
