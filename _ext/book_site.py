"""Sphinx extension: what a reader's browser downloads and sees, page by page.

Assets
    MathJax (~260 KB gzipped) is loaded only by pages that have math. Sphinx counts a
    page's toctree children, so the home page and the chapter index pages loaded it too.
    The theme's Font Awesome script (1.45 MB; it turns ``<i class="fa-…">`` into SVG)
    is not loaded at all (``_ext/templates/static/webpack-macros.html``): the theme's
    stylesheet already draws the same icons from Font Awesome's web fonts, and after the
    build those fonts are cut down to the few dozen icons the site uses.

Images
    Every content image gets its pixel size as ``width``/``height`` (the browser keeps
    its place before it arrives, so nothing jumps), ``decoding="async"``, and all but the
    first on a page ``loading="lazy"``.

Line breaks
    A particle stays on the line of the closing bracket before it (:func:`glue_particles`).

Fonts
    The web fonts' ``book`` slices, with exactly the characters the built pages show, are
    made after every build (``_ext/book_fonts.py``).

Korean interface
    sphinx-copybutton has no Korean strings ("Copy to clipboard"), and
    sphinx-book-theme's "open an issue" link fills the new issue with English text.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path
from urllib.parse import quote

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

__all__ = ["glue_particles", "image_size", "setup", "used_icon_codepoints"]

logger = logging.getLogger(__name__)

#: The issue form's text for a page (GitHub's ``title`` and ``body`` parameters).
ISSUE_TITLE = "{page} 페이지에 관한 문제"
ISSUE_BODY = (
    "페이지: {page}\n\n"
    "어느 부분(절 제목, 그림, 코드 셀)에서 무엇이 잘못되었는지 적는다.\n\n"
    "기대한 것:\n\n"
    "실제로 본 것:\n"
)

#: sphinx-copybutton's strings in Korean (its ``messages`` table has no ``ko``).
COPYBUTTON_KO = {
    "copy": "복사",
    "copy_to_clipboard": "클립보드에 복사",
    "copy_success": "복사했다",
    "copy_failure": "복사하지 못했다",
}


def _has_math(doctree: nodes.document | None) -> bool:
    if doctree is None:
        return False
    return any(True for _ in doctree.findall(lambda n: isinstance(n, (nodes.math,
                                                                      nodes.math_block))))


def _page_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Drop MathJax from pages without math; Korean text for the issue link."""
    if not _has_math(doctree):
        mathjax = app.config.mathjax_path
        kept = []
        for script in context.get("script_files", []):
            filename = str(getattr(script, "filename", script) or "")
            body = getattr(script, "attributes", {}).get("body", "")
            if (mathjax and filename.endswith(mathjax)) or body.startswith("window.MathJax"):
                continue
            kept.append(script)
        context["script_files"] = kept

    page = f"{pagename}.html"
    title = quote(ISSUE_TITLE.format(page=page))
    body = quote(ISSUE_BODY.format(page=page))

    def korean_issue(buttons):
        for button in buttons:
            url = button.get("url", "")
            if "/issues/new?" in url:
                base = url.split("/issues/new?", 1)[0]
                button["url"] = f"{base}/issues/new?title={title}&body={body}"
            korean_issue(button.get("buttons", []))

    korean_issue(context.get("header_buttons", []))


# --------------------------------------------------------------------------- images


def image_size(path: Path) -> tuple[int, int] | None:
    """Return the pixel size ``(width, height)`` of a PNG, GIF or JPEG file, else None.

    Examples
    --------
    >>> import base64, tempfile
    >>> png = base64.b64decode(
    ...     "iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEUlEQVR4nGNgYGD4z4AGAAIBAQD"
    ...     "/I2hNAAAAAElFTkSuQmCC")
    >>> with tempfile.NamedTemporaryFile(suffix=".png") as f:
    ...     _ = f.write(png); f.flush()
    ...     image_size(Path(f.name))
    (2, 3)
    """
    try:
        head = path.read_bytes()[:64 * 1024]
    except OSError:
        return None
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return struct.unpack("<HH", head[6:10])
    if head[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(head):
            if head[i] != 0xFF:
                return None
            marker, length = head[i + 1], struct.unpack(">H", head[i + 2:i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", head[i + 5:i + 9])
                return width, height
            i += 2 + length
    return None


_IMG = re.compile(r"<img\b[^>]*>")
_TAG = re.compile(r"(<[^>]+>)")
_RAW = re.compile(r"<(/?)(pre|code|script|style|textarea|kbd|samp)\b", re.I)
#: A closing bracket or quote followed by a Hangul particle or ending ("(gradient)는").
_GLUE = re.compile(r"([)\]”’」』])(?=[\uac00-\ud7a3])")
WORD_JOINER = "\u2060"


def glue_particles(html: str) -> str:
    """Keep a particle on the line of the bracket or quote before it.

    Browsers may break a line between ")" and a Hangul syllable even with
    ``word-break: keep-all``, leaving "는" or "이다" alone at the start of a line. A
    WORD JOINER (U+2060, invisible) after the bracket forbids that break. Code, scripts
    and tag attributes are left alone.

    Examples
    --------
    >>> glue_particles('<p>경사하강법(gradient descent)은</p><code>f(x)가</code>')
    '<p>경사하강법(gradient descent)\u2060은</p><code>f(x)가</code>'
    """
    out, depth = [], 0
    for piece in _TAG.split(html):
        if piece.startswith("<"):
            raw = _RAW.match(piece)
            if raw and not piece.endswith("/>"):
                depth = max(0, depth + (-1 if raw.group(1) else 1))
            out.append(piece)
        else:
            out.append(piece if depth else _GLUE.sub(r"\1" + WORD_JOINER, piece))
    return "".join(out)


def _polish_page(html_file: Path) -> None:
    text = html_file.read_text(encoding="utf-8")
    first = True

    def fix(match: re.Match) -> str:
        nonlocal first
        tag = match.group(0)
        src = re.search(r'\bsrc="([^"]+)"', tag)
        if src is None or "_images/" not in src.group(1):
            return tag
        size = image_size((html_file.parent / src.group(1).split("?")[0]).resolve())
        extra = []
        if size and " width=" not in tag and " height=" not in tag:
            extra.append(f'width="{size[0]}" height="{size[1]}"')
        if "decoding=" not in tag:
            extra.append('decoding="async"')
        if not first and "loading=" not in tag:
            extra.append('loading="lazy"')
        first = False
        if not extra:
            return tag
        end = -2 if tag.endswith("/>") else -1
        return tag[:end].rstrip() + " " + " ".join(extra) + tag[end:]

    new = glue_particles(_IMG.sub(fix, text))
    if new != text:
        html_file.write_text(new, encoding="utf-8")


# --------------------------------------------------------------------------- icons

_ICON_RULE = re.compile(r"((?:\.fa-[a-z0-9-]+:{1,2}before,?)+)\{content:\"\\(f[0-9a-f]{3})\"\}")
_ICON_CLASS = re.compile(r"\bfa-[a-z0-9]+(?:-[a-z0-9]+)*")
_ANY_CODEPOINT = re.compile(r"\\(f[0-9a-f]{3})\b")


def used_icon_codepoints(css: str, used_classes: set[str]) -> set[int]:
    r"""Return the Font Awesome code points a site needs, given its CSS and used classes.

    The icon classes (``.fa-bars:before{content:"\f0c9"}``) count only if a page or a
    script uses the class; every other code point in the CSS (icons drawn by the theme's
    own rules, such as the admonition and breadcrumb icons) always counts.

    Examples
    --------
    >>> css = '.fa-bars:before{content:"\\f0c9"}.fa-cat:before{content:"\\f6be"}'
    >>> css += '.admonition-title:after{content:"\\f05a"}'
    >>> sorted(hex(c) for c in used_icon_codepoints(css, {"fa-bars"}))
    ['0xf05a', '0xf0c9']
    """
    needed: set[int] = set()
    icon_rules = set()
    for match in _ICON_RULE.finditer(css):
        icon_rules.add(match.span())
        names = {n.split(":")[0].lstrip(".") for n in match.group(1).split(",") if n}
        if names & used_classes:
            needed.add(int(match.group(2), 16))
    for match in _ANY_CODEPOINT.finditer(css):
        if not any(start <= match.start() < end for start, end in icon_rules):
            needed.add(int(match.group(1), 16))
    return needed


def _subset_icon_fonts(outdir: Path) -> None:
    from fontTools import subset

    css_file = outdir / "_static" / "styles" / "pydata-sphinx-theme.css"
    fonts = sorted((outdir / "_static" / "vendor" / "fontawesome" / "webfonts").glob("fa-*"))
    if not css_file.is_file() or not fonts:
        return
    used: set[str] = set()
    for path in [*outdir.rglob("*.html"), *(outdir / "_static").rglob("*.js")]:
        used.update(_ICON_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
    codepoints = used_icon_codepoints(css_file.read_text(encoding="utf-8"), used)
    for font_file in fonts:
        if font_file.suffix not in (".woff2", ".ttf"):
            continue
        options = subset.Options()
        options.flavor = "woff2" if font_file.suffix == ".woff2" else None
        options.layout_features = ["*"]
        options.notdef_outline = True
        font = subset.load_font(str(font_file), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        subset.save_font(font, str(font_file), options)


# --------------------------------------------------------------------------- copy button


def _korean_copybutton(outdir: Path) -> None:
    js = outdir / "_static" / "copybutton.js"
    if not js.is_file():
        return
    text = js.read_text(encoding="utf-8")
    if "'ko':" in text:
        return
    entry = "  'ko': {\n" + "".join(
        f"    '{key}': '{value}',\n" for key, value in COPYBUTTON_KO.items()) + "  },\n"
    new = text.replace("const messages = {\n", "const messages = {\n" + entry, 1)
    if new == text:
        logger.warning("copybutton.js의 messages 표를 찾지 못해 한국어 문구를 넣지 못했다",
                       type="book_site")
        return
    js.write_text(new, encoding="utf-8")


def _finish(app: Sphinx, exception) -> None:
    if exception is not None or app.builder.format != "html":
        return
    import book_fonts

    outdir = Path(app.outdir)
    for html_file in outdir.rglob("*.html"):
        _polish_page(html_file)
    _subset_icon_fonts(outdir)
    _korean_copybutton(outdir)
    book_fonts.write_book_faces(outdir, Path(app.doctreedir).parent / "book-fonts")


def setup(app: Sphinx) -> dict:
    """Register the page-asset and build-finished hooks."""
    # after sphinx-book-theme's header buttons (501) and every script-adding extension
    app.connect("html-page-context", _page_assets, priority=950)
    app.connect("build-finished", _finish)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
