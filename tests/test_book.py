"""The book builds with warnings as errors, and the pages a reader meets are there."""

import re
from pathlib import Path
from urllib.parse import unquote

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
TOC = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))


def _toc_files(node):
    if isinstance(node, dict):
        if "file" in node:
            yield node["file"]
        for value in node.values():
            yield from _toc_files(value)
    elif isinstance(node, list):
        for item in node:
            yield from _toc_files(item)


PAGES = [TOC["root"], *_toc_files(TOC["parts"])]
NOTEBOOK_PAGES = [p for p in PAGES if (ROOT / f"{p}.ipynb").exists()]


@pytest.fixture(scope="module")
def html(built_site):
    return built_site


def test_every_page_of_the_toc_is_built(html):
    for page in PAGES:
        assert (html / f"{page}.html").is_file(), page


def test_pages_are_korean(html):
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        assert '<html lang="ko"' in text, page
        assert "TODO" not in text, page


def test_font_and_css_are_shipped(html):
    css = (html / "_static" / "custom.css").read_text(encoding="utf-8")
    assert "word-break: keep-all" in css
    assert (html / "_static" / "fonts" / "BookGothicKR-Regular.woff2").stat().st_size > 100_000
    intro = (html / "book" / "intro.html").read_text(encoding="utf-8")
    assert "custom.css" in intro


@pytest.mark.parametrize("page", NOTEBOOK_PAGES)
def test_notebook_pages_have_binder_and_colab_buttons_for_this_repo(html, page):
    text = (html / f"{page}.html").read_text(encoding="utf-8")
    repo = CONFIG["repository"]["url"].removeprefix("https://github.com/")
    branch = CONFIG["repository"]["branch"]
    binder = re.search(r'href="(https://mybinder\.org/v2/gh/[^"]+)"', text)
    colab = re.search(r'href="(https://colab\.research\.google\.com/github/[^"]+)"', text)
    assert binder and colab, page
    assert binder.group(1).startswith(f"https://mybinder.org/v2/gh/{repo}/{branch}?")
    assert f"urlpath=lab/tree/{page}.ipynb" in unquote(binder.group(1))
    assert colab.group(1) == f"https://colab.research.google.com/github/{repo}/blob/{branch}/{page}.ipynb"
