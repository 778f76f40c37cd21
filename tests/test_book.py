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


def test_fonts_and_css_are_shipped(html):
    css = (html / "_static" / "custom.css").read_text(encoding="utf-8")
    assert "word-break: keep-all" in css
    faces = (html / "_static" / "fonts.css").read_text(encoding="utf-8")
    for url in re.findall(r'url\("(fonts/[^"]+)"\)', faces):
        assert (html / "_static" / url).stat().st_size > 1000, url
    # every Hangul syllable, the conjoining jamo of the index and the coding face are covered
    for family in ("BookGothicKR", "BookCodingKR"):
        assert f'font-family: "{family}"' in faces and f'font-family: "{family} Metrics"' in faces
    assert "U+AC00-" in faces and "U+1100-" in faces
    intro = (html / "book" / "intro.html").read_text(encoding="utf-8")
    assert "fonts.css" in intro and "custom.css" in intro


def test_the_book_slice_holds_every_korean_character_a_page_shows(html):
    """The build adds a "book" slice per face, declared last, with exactly the site's
    characters, so a page needs one file per face whatever the text is by then."""
    faces = (html / "_static" / "fonts.css").read_text(encoding="utf-8")
    book = faces.split("book slices", 1)[1]
    covered = set()
    for lo, hi in re.findall(r"U\+([0-9A-F]+)(?:-([0-9A-F]+))?", book.split("BookCodingKR")[0]):
        covered.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    shown = {ord(ch) for page in [*PAGES, "genindex", "search"]
             for ch in re.sub(r"<[^>]+>", "", (html / f"{page}.html").read_text("utf-8"))
             if "가" <= ch <= "힣"}
    assert shown and shown <= covered, sorted(chr(c) for c in shown - covered)[:20]
    for name in ("BookGothicKR-Regular", "BookGothicKR-Bold", "BookCodingKR-Regular"):
        assert (html / "_static" / "fonts" / f"{name}.book.woff2").stat().st_size > 10_000


def _scripts(page: str, html) -> list[str]:
    text = (html / f"{page}.html").read_text(encoding="utf-8")
    return re.findall(r'<script[^>]*src="([^"]+)"', text)


def test_pages_load_only_the_scripts_they_use(html):
    """No Font Awesome script (1.45 MB) anywhere; MathJax only where there is math; the
    search index on no page but the search page."""
    for page in [*PAGES, "genindex", "search"]:
        scripts = _scripts(page, html)
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        has_math = 'class="math' in text
        assert not any("fontawesome" in s for s in scripts), page
        assert any("tex-chtml" in s for s in scripts) == has_math, page
        if page != "search":
            assert not any("searchindex" in s for s in scripts), page


def test_icon_fonts_hold_only_the_icons_the_site_uses(html):
    webfonts = html / "_static" / "vendor" / "fontawesome" / "webfonts"
    sizes = {f.name: f.stat().st_size for f in webfonts.glob("*.woff2")}
    assert sizes and all(size < 20_000 for size in sizes.values()), sizes


def test_interface_text_is_korean(html):
    page = (html / "book" / "reducing_loss" / "learning_rate.html").read_text(encoding="utf-8")
    issue = re.search(r'href="(https://github\.com/[^"]+/issues/new\?[^"]+)"', page).group(1)
    assert "Your%20issue" not in issue and "%ED%8E%98%EC%9D%B4%EC%A7%80" in issue  # "페이지"
    copy = (html / "_static" / "copybutton.js").read_text(encoding="utf-8")
    assert "'copy_to_clipboard': '클립보드에 복사'" in copy


def test_images_keep_their_place_and_load_lazily(html):
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        images = [t for t in re.findall(r"<img\b[^>]*>", text) if "_images/" in t]
        for i, tag in enumerate(images):
            assert re.search(r' width="\d+" height="\d+"', tag), (page, tag)
            assert ('loading="lazy"' in tag) == (i > 0), (page, tag)


def test_estimator_and_keras_code_are_code_blocks(html):
    """2.3 shows the 2018 tf.estimator program and today's Keras as real code blocks."""
    page = (html / "book" / "first_steps_tf" / "high_level_api.html").read_text("utf-8")
    blocks = [re.sub(r"<[^>]+>", "", b) for b in
              re.findall(r'<div class="highlight-python notranslate">.*?</pre>', page, re.S)]
    estimator = next(b for b in blocks if "LinearClassifier(feature_columns" in b)
    assert "\n    ds = tf.data.Dataset" in estimator  # the body of train_input_fn is indented
    assert '{&quot;chirps&quot;: X}' in estimator or '{"chirps": X}' in estimator
    assert any("tf.keras.Sequential" in b and "classifier.fit" in b for b in blocks)


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


def _is_path(alt: str) -> bool:
    return bool(re.search(r"(^|/)_images/|\.(png|jpe?g|gif|svg)$|^\.\./", alt))


def test_every_image_has_korean_alt_text_that_is_not_a_path(html):
    """Every figure and animation frame says in Korean what it shows.

    A notebook gives a figure its alt text in the metadata of the cell that draws it,
    next to the caption: ``"mystnb": {"figure": {...}, "image": {"alt": "…"}}``.
    """
    hangul = re.compile(r"[가-힣]")
    missing = []
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        body = text.split('<article class="bd-article">', 1)[-1].split("</article>", 1)[0]
        for match in re.finditer(r"<img\b[^>]*>", body):
            tag = match.group(0)
            alt = re.search(r'\balt="([^"]*)"', tag)
            alt = alt.group(1) if alt else ""
            if not hangul.search(alt) or _is_path(alt):
                before = body[:match.start()]
                figure = re.findall(r'<figure\b[^>]*\bid="([^"]+)"', before)
                inside = before.rfind("<figure") > before.rfind("</figure>")
                where = figure[-1] if figure and inside else re.sub(r"\s+", " ", tag)[:70]
                missing.append(f"{page}.ipynb: {where} (alt={alt[:30]!r})")
    assert not missing, f"{len(missing)} images without Korean alt text:\n" + "\n".join(missing)


def test_images_around_the_article_have_korean_alt_text_too(html):
    """The header, sidebars and launch menu: logos and icons say in Korean what they are."""
    hangul = re.compile(r"[가-힣]")
    missing = set()
    for page in PAGES:
        text = (html / f"{page}.html").read_text(encoding="utf-8")
        for tag in re.findall(r"<img\b[^>]*>", text):
            alt = re.search(r'\balt="([^"]*)"', tag)
            if not alt or not hangul.search(alt.group(1)) or _is_path(alt.group(1)):
                missing.add(re.sub(r"\s+", " ", tag)[:80])
    assert not missing, "images without Korean alt text:\n" + "\n".join(sorted(missing))


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
