"""The book builds with warnings as errors, and the pages a reader meets are there."""

import re
from urllib.parse import unquote

import pytest
from book_layout import CONFIG, PAGES, ROOT

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


def test_first_use_of_terms_links_to_the_glossary(html):
    page = (html / "book" / "reducing_loss" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="glossary-term[^"]*" href="([^"]+)"[^>]*>([^<]+)</a>', page)
    terms = [term for _, term in links]
    assert "경사하강법" in terms and "학습률" in terms
    assert len(terms) == len(set(terms)), "only the first use of a term is linked"
    assert all(href.startswith("../appendix/glossary.html#term-") for href, _ in links)


def test_index_lists_alternative_spellings(html):
    index = (html / "genindex.html").read_text(encoding="utf-8")
    for name in ("경사하강법", "경사 하강법", "gradient descent", "과대적합", "overfitting",
                 "하이퍼파라미터", "learning rate"):
        assert f">{name}<" in index or f">{name} " in index, name


def test_pages_have_korean_description_metadata(html):
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        match = re.search(r'<meta name="description" content="([^"]+)"', text)
        assert match and re.search(r"[가-힣]", match.group(1)), page
        assert '<meta property="og:locale" content="ko_KR"' in text


def test_no_unrendered_markdown_emphasis_or_math(html):
    """Markup that did not render shows its markers to the reader.

    `**용어(term)**이다` is not bold in CommonMark (a closing `**` after `)` needs a space):
    write `**용어**(term)이다`. A `$$` display line glued to the paragraph above is not
    display math: leave a blank line before it.
    """
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        text = re.sub(r"<(pre|code|script|style)\b.*?</\1>", "", text, flags=re.S)
        text = re.sub(r'<div class="cell_output.*?</div>\s*</div>', "", text, flags=re.S)
        text = re.sub(r"<[^>]+>", "", text)
        for marker in ("**", "$"):
            at = text.find(marker)
            assert at < 0, (page, marker, text[max(0, at - 60):at + 60])


def test_every_figure_has_a_korean_caption_or_alt_text(html):
    hangul = re.compile(r"[가-힣]")
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        in_figures = {m.group(1) for fig in re.findall(r"<figure\b.*?</figure>", text, flags=re.S)
                      for m in re.finditer(r'<img[^>]*src="([^"]+)"', fig)
                      if hangul.search(re.sub(r"<[^>]+>", "", fig))}
        for img in re.finditer(r'<img\b[^>]*>', text):
            tag = img.group(0)
            src = re.search(r'src="([^"]+)"', tag)
            if src is None:
                continue  # an animation's frame holder; its script sets the frames
            src = src.group(1)
            if "_images/" not in src and "data:image" not in src:
                continue  # theme icons and logos
            alt = re.search(r'alt="([^"]*)"', tag)
            assert src in in_figures or (alt and hangul.search(alt.group(1))), (page, src)
