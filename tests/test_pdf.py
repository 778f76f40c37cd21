"""The PDF edition: ``jupyter-book build . --builder pdflatex`` gives an A4 Korean book.

The PDF is built once per test run (``built_pdf``), like the site in ``conftest.py``: with
pytest-xdist the first worker to arrive builds, under a file lock, and the others read its
result. It needs the TeX packages and fonts that ``.ci/run`` installs (XeLaTeX, latexmk,
the Nanum and DejaVu fonts) and poppler-utils for reading the PDF back.

Bound on overfull boxes: none wider than 5 pt, and at most 2 overfull ``\\hbox`` (text
past the margin) and 6 overfull ``\\vbox`` (a page a point or two too full) in all.
"""

import doctest
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import korean_latex
import nbformat
import pytest
from book_layout import CONFIG, PAGES, ROOT
from build_once import build_once
from needs import PDF_INSTALL, require

MAX_SIZE = 10_000_000  # bytes
MAX_OVERFULL_HBOXES = 2
MAX_OVERFULL_VBOXES = 6
MAX_OVERFULL_PT = 5.0
A4 = (595.28, 841.89)  # points
TOOLS = ("xelatex", "latexmk", "pdfinfo", "pdffonts", "pdftotext", "pdfimages")


def _build(out: Path) -> dict:
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    start = time.perf_counter()
    proc = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--builder", "pdflatex", "--path-output",
         str(out)],
        cwd=ROOT, capture_output=True, text=True,
    )
    return {"returncode": proc.returncode, "log": proc.stdout + proc.stderr,
            "seconds": time.perf_counter() - start}


@pytest.fixture(scope="session")
def built_pdf(tmp_path_factory) -> dict:
    """Build the PDF once per run and return ``{"pdf", "log", "sphinx_log", "seconds"}``.

    Set ``BOOK_PDF`` to an already built ``_build/latex`` folder to reuse it while working
    on these tests; ``pytest`` without it always builds afresh.
    """
    require(TOOLS, PDF_INSTALL)
    if os.environ.get("BOOK_PDF"):
        latex = Path(os.environ["BOOK_PDF"])
        return {"pdf": latex / "book.pdf", "log": (latex / "book.log").read_text(
            encoding="utf-8", errors="replace"), "sphinx_log": "", "seconds": None}
    out, result = build_once(tmp_path_factory, "pdf", _build)
    latex = out / "_build" / "latex"
    assert result["returncode"] == 0, result["log"][-4000:]
    return {"pdf": latex / "book.pdf",
            "log": (latex / "book.log").read_text(encoding="utf-8", errors="replace"),
            "sphinx_log": result["log"], "seconds": result["seconds"]}


def _run(*args) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def pdf_text(built_pdf) -> str:
    return _run("pdftotext", "-layout", str(built_pdf["pdf"]), "-")


@pytest.fixture(scope="module")
def page_count(built_pdf) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _run("pdfinfo", str(built_pdf["pdf"])), re.M)[1])


def test_extension_examples():
    result = doctest.testmod(korean_latex, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 5 and result.failed == 0


def test_bad_input_is_refused_in_korean():
    with pytest.raises(TypeError, match="repository_url은 문자열"):
        korean_latex.site_base_url("", None)
    with pytest.raises(TypeError, match="html은 문자열"):
        korean_latex.html_table_rows(b"<table></table>")


def test_pdf_build_has_no_warnings(built_pdf):
    """Sphinx and the extension warn about nothing, except an animation without its still.

    Animations store a PNG still beside their HTML (``utils``); until one does, the
    extension leaves it out of the PDF and says so, and this test lets that through.
    """
    if not built_pdf["sphinx_log"]:
        pytest.skip("BOOK_PDF reuses a build whose log is not kept")
    warnings = [line for line in built_pdf["sphinx_log"].splitlines()
                if "WARNING" in line and "정지 그림(image/png)이 없어" not in line]
    assert not warnings, "\n".join(warnings)


def test_pdf_is_a4_on_every_page_and_not_too_big(built_pdf, page_count):
    pdf = built_pdf["pdf"]
    assert pdf.stat().st_size <= MAX_SIZE, f"{pdf.stat().st_size / 1e6:.1f} MB"
    info = _run("pdfinfo", "-f", "1", "-l", str(page_count), str(pdf))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert len(sizes) == page_count
    assert all(abs(float(w) - A4[0]) < 1 and abs(float(h) - A4[1]) < 1 for w, h in sizes)


def test_every_page_of_the_toc_is_in_the_pdf(built_pdf, pdf_text, page_count):
    # at least a page per document, and each document's web page is linked from the PDF
    assert page_count >= len(PAGES)
    urls = set(re.findall(r"(https?://\S+)", _run("pdfinfo", "-url", str(built_pdf["pdf"]))))
    base = korean_latex.site_base_url(
        CONFIG["sphinx"]["config"].get("html_baseurl", ""), CONFIG["repository"]["url"])
    assert base, "_config.yml gives no address for the site"
    assert base in urls, "the title page links to the site"
    for page in PAGES:
        assert f"{base}{page}.html" in urls, page


def test_fonts_are_embedded_and_nanum(built_pdf):
    rows = _run("pdffonts", str(built_pdf["pdf"])).splitlines()[2:]
    assert rows
    names = [row.split()[0] for row in rows]
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column
    for family in korean_latex.FONTS.values():
        assert any(family in name for name in names), (family, names)


def test_no_missing_characters(built_pdf):
    missing = sorted(set(re.findall(r"Missing character: There is no (.)", built_pdf["log"])))
    assert not missing, missing


def test_overfull_boxes_are_few_and_small(built_pdf):
    log = built_pdf["log"]
    hboxes = [float(pt) for pt in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]
    vboxes = [float(pt) for pt in re.findall(r"Overfull \\vbox \(([\d.]+)pt too high\)", log)]
    assert len(hboxes) <= MAX_OVERFULL_HBOXES, hboxes
    assert len(vboxes) <= MAX_OVERFULL_VBOXES, vboxes
    assert max(hboxes + vboxes, default=0) < MAX_OVERFULL_PT, hboxes + vboxes


def test_text_is_korean_throughout(pdf_text):
    for word in ("경사하강법", "과적합", "차례", "제1장", "제2장", "제3장", "부록 A", "그림 1.1",
                 "서문"):
        assert word in pdf_text, word
    for english in ("Chapter ", "CHAPTER", "Contents", "Part I", "Bibliography"):
        assert english not in pdf_text, english
    # an output that only HTML can show must not leave its repr on paper
    assert "IPython.core.display" not in pdf_text
    assert not re.search(r" object at 0x[0-9a-f]+", pdf_text)


def _solution_count() -> int:
    count = 0
    for page in PAGES:
        path = ROOT / f"{page}.ipynb"
        if path.exists():
            cells = nbformat.read(path, as_version=4).cells
            sources = [c.source for c in cells if c.cell_type == "markdown"]
        else:
            sources = [(ROOT / f"{page}.md").read_text(encoding="utf-8")]
        count += sum(len(re.findall(r'<details\b[^>]*class="[^"]*\bsolution\b', s))
                     for s in sources)
    return count


def test_every_solution_is_printed_and_linked_both_ways(pdf_text):
    expected = _solution_count()
    assert expected > 0
    text = re.sub(r"\s+", " ", pdf_text)
    assert len(re.findall(r"풀이는 \d+쪽에 있다", text)) == expected
    assert len(re.findall(r"문제는 \d+쪽에 있다", text)) == expected


def _stored_images() -> int:
    """PNG/JPEG outputs the site shows: every one must be in the PDF (animations' stills too)."""
    count = 0
    for page in PAGES:
        path = ROOT / f"{page}.ipynb"
        if not path.exists():
            continue
        for cell in nbformat.read(path, as_version=4).cells:
            tags = cell.metadata.get("tags", [])
            if cell.cell_type != "code" or {"remove-output", "remove-cell"} & set(tags):
                continue
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                count += "image/png" in data or "image/jpeg" in data
    return count


def test_every_stored_figure_is_in_the_pdf(built_pdf):
    listed = _run("pdfimages", "-list", str(built_pdf["pdf"])).splitlines()[2:]
    images = [row for row in listed if row.split()[2] == "image"]
    assert len(images) >= _stored_images()


def test_the_site_offers_the_pdf_that_the_workflow_publishes():
    intro = (ROOT / f"{PAGES[0]}.md").read_text(encoding="utf-8")
    link = re.search(r'<a href="([^"]+\.pdf)">', intro)
    assert link, "the intro page links to the PDF"
    # the link is relative to the intro page; the workflow copies the PDF to that place
    published = (Path("_build/html") / PAGES[0]).parent / link[1]
    target = os.path.normpath(published.as_posix())
    workflow = (ROOT / ".github" / "workflows" / "book.yml").read_text(encoding="utf-8")
    assert "--builder pdflatex" in workflow
    assert f"cp _build/latex/book.pdf {target}" in workflow, target
