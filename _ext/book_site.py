"""Sphinx extension: what a reader's browser downloads and sees, page by page.

Assets
    MathJax (~260 KB gzipped) is loaded only by pages that have math. Sphinx counts a
    page's toctree children, so the home page and the chapter index pages loaded it too.
    The theme's Font Awesome script (1.45 MB; it turns ``<i class="fa-…">`` into SVG)
    is not loaded at all (``_ext/templates/static/webpack-macros.html``): the theme's
    stylesheet already draws the same icons from Font Awesome's web fonts, and after the
    build those fonts are cut down to the few dozen icons the site uses.

Images
    Base64 images in a page (every frame of a precomputed animation) become files in
    ``_images/`` (:func:`externalize_images`): the page shrinks by up to 300 KB gzipped
    and an animation starts (fetching its frames) only when it comes near the screen or
    the reader touches it (:func:`start_animations_when_near`). Every content image gets
    its pixel size as ``width``/``height`` (the browser keeps
    its place before it arrives, so nothing jumps), ``decoding="async"``, and all but the
    first on a page ``loading="lazy"``.

Line breaks
    A particle stays on the line of the closing bracket or the formula before it
    (:func:`glue_particles`, :func:`glue_math`).

Fonts
    The web fonts' ``book`` slices, with exactly the characters the built pages show, are
    made after every build (``_ext/book_fonts.py``).

Unused CSS
    The theme's stylesheet (400 KB: Bootstrap, all of Font Awesome's classes) blocks the
    first paint of every page. After the build, its rules for classes that no page and no
    script uses are dropped (:func:`purge_css`): 65 KB gzipped become about 20 KB.

Korean interface
    sphinx-copybutton has no Korean strings ("Copy to clipboard"), and
    sphinx-book-theme's "open an issue" link fills the new issue with English text.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path
from urllib.parse import quote

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

__all__ = ["externalize_images", "glue_math", "glue_particles", "image_size", "purge_css", "setup",
           "start_animations_when_near", "used_icon_codepoints"]

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


#: Scripts that need nothing from the page while it is parsed: deferred, they stop
#: holding up the first paint (documentation_options.js stays: inline lines use it; and
#: nothing is deferred on the search page, whose searchtools.js needs doctools.js).
DEFERRABLE = {"doctools.js", "sphinx_highlight.js", "clipboard.min.js", "copybutton.js",
              "sphinx-book-theme.js", "togglebutton.js", "translations.js", "design-tabs.js"}
#: The inline script that loads the metrics-only fallback faces before the first paint.
FONT_LOADER = (
    "/* 글자 폭만 가진 대역 글꼴(fonts.css의 '… Metrics')을 첫 화면 전에 읽어 둔다: 한글 웹 글꼴이"
    " 오기 전부터 글자 자리가 맞아, 글꼴이 도착해도 페이지가 움직이지 않는다. */"
    "if (document.fonts) { document.fonts.load('16px \"BookGothicKR Metrics\"', '가');"
    " document.fonts.load('16px \"BookCodingKR Metrics\"', 'a가'); }"
)


def _basename(asset) -> str:
    return str(getattr(asset, "filename", asset) or "").rsplit("/", 1)[-1]


def _page_uses(body: str) -> dict[str, bool]:
    return {
        "design": bool(re.search(r'class="[^"]*\bsd-', body)),
        "toggle": bool(re.search(r'class="[^"]*\b(toggle|dropdown)\b', body)),
        "code": 'class="highlight' in body,
    }


def _page_assets(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Load only what a page uses; defer what can wait; Korean text for the issue link.

    MathJax only with math; sphinx-design, togglebutton and the copy button only on pages
    that have tabs, toggles or code; sphinx-thebe nowhere (the book has no Thebe button).
    """
    uses = _page_uses(context.get("body", ""))
    drop = {"sphinx-thebe.js", "sphinx-thebe.css"}
    if not uses["design"]:
        drop |= {"design-tabs.js", "sphinx-design.min.css"}
    if not uses["toggle"]:
        drop |= {"togglebutton.js", "togglebutton.css"}
    if not uses["code"]:
        drop |= {"clipboard.min.js", "copybutton.js", "copybutton.css", "pygments.css"}
    context["css_files"] = [css for css in context.get("css_files", [])
                            if _basename(css) not in drop]
    scripts = []
    for script in context.get("script_files", []):
        name = _basename(script)
        if name in drop:
            continue
        attributes = getattr(script, "attributes", None)
        # the search page's own scripts (searchtools.js) need doctools.js as it parses
        if (name in DEFERRABLE and pagename != "search" and attributes is not None
                and "async" not in attributes):
            # a copy: the builder shares one script object between all pages
            script = type(script)(script.filename, priority=script.priority,
                                  **{**attributes, "defer": "defer"})
        scripts.append(script)
    context["script_files"] = scripts
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


_MATH_WORD = re.compile(
    r'([^\s<>]*)(<span class="math notranslate nohighlight">[^<]*</span>)([^\s<>]*)')


def glue_math(html: str) -> str:
    r"""Keep an inline formula on one line with the characters touching it.

    A formula is a box to the line breaker, which may break on either side of it even
    inside a word: "$w$와" could leave "와" alone at the start of a line, and "0.5($x$)는"
    could break after "(". The formula and the text that touches it (no space between)
    go into one ``<span class="math-word">``, which CSS keeps on one line.

    Examples
    --------
    >>> math = r'<span class="math notranslate nohighlight">\(w\)</span>'
    >>> glue_math(f"값 {math}와 b") == f'값 <span class="math-word">{math}와</span> b'
    True
    """
    def wrap(match: re.Match) -> str:
        if not match.group(1) and not match.group(3):
            return match.group(0)
        return f'<span class="math-word">{match.group(0)}</span>'

    return _MATH_WORD.sub(wrap, html)


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
    return glue_math("".join(out))


#: matplotlib's to_jshtml starts each animation at once, loading all its frames.
_START = re.compile(r"setTimeout\(function\(\) \{\s*(anim\w+ = new Animation\([^;]*\);)\s*\}, 0\);")
#: Start it instead when it comes within 600 px of the screen, or when the reader touches,
#: clicks or tabs into it, whichever comes first.
_WHEN_NEAR = (  # the leading ";": to_jshtml leaves the last frame's line without one
    ";(function (img, start) {{ var done = false; var go = function () {{ if (!done) "
    "{{ done = true; start(); }} }}; var box = img && img.closest('.animation'); "
    "if (!box || !('IntersectionObserver' in window)) {{ setTimeout(go, 0); return; }} "
    "['pointerdown', 'focusin'].forEach(function (e) {{ box.addEventListener(e, go, "
    "{{capture: true, once: true}}); }}); var io = new IntersectionObserver(function "
    "(entries) {{ if (entries.some(function (x) {{ return x.isIntersecting; }})) "
    "{{ io.disconnect(); go(); }} }}, {{rootMargin: '600px'}}); io.observe(box); }})"
    "(document.getElementById(img_id), function () {{ {start} }});"
)


def start_animations_when_near(html: str) -> str:
    """Start each precomputed animation (and load its frames) only when it is near.

    Examples
    --------
    >>> page = "setTimeout(function() { anim1 = new Animation(frames, img_id); }, 0);"
    >>> "IntersectionObserver" in start_animations_when_near(page)
    True
    """
    return _START.sub(lambda m: _WHEN_NEAR.format(start=m.group(1)), html)


_FRAME = re.compile(r'"data:image/(png|jpeg|gif);base64,((?:[A-Za-z0-9+/=]|\\\n)+)"')


def externalize_images(html: str, images: Path, prefix: str) -> str:
    r"""Move base64 images out of a page into ``images``; point the page at the files.

    Animations drawn by matplotlib's ``to_jshtml`` carry every frame as a base64 string in
    the page's script (a third of a megabyte for some pages). As files, a frame costs
    nothing until the animation shows it, and a frame the reader has seen stays cached.
    ``prefix`` is the path from the page to ``images``.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> page = 'frames[0] = "data:image/png;base64,iVBO' + "\\\n" + 'Rw==";'
    >>> new = externalize_images(page, folder, "../_images")
    >>> new.startswith('frames[0] = "../_images/anim-'), len(list(folder.iterdir()))
    (True, 1)
    """
    def move(match: re.Match) -> str:
        import base64
        import hashlib

        data = base64.b64decode(match.group(2).replace("\\\n", ""))
        name = f"anim-{hashlib.sha256(data).hexdigest()[:16]}.{match.group(1)}"
        target = images / name
        if not target.exists():
            images.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return f'"{prefix}/{name}"'

    return _FRAME.sub(move, html)


def _polish_page(html_file: Path, images: Path) -> None:
    text = original = html_file.read_text(encoding="utf-8")
    if "data:image/" in text:
        prefix = Path(os.path.relpath(images, html_file.parent)).as_posix()
        text = externalize_images(text, images, prefix)
    if "new Animation(" in text:
        text = start_animations_when_near(text)
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
    # the launch menu's logos stand beside their names ("Binder", "Colab"): Korean alt text
    new = re.sub(r'alt="(Binder|Colab|JupyterHub|Deepnote) logo"', r'alt="\1 로고"', new)
    if new != original:
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


# --------------------------------------------------------------------------- unused CSS

#: Classes that scripts build from pieces (``bs-${name}-auto``) or add later: always kept.
CSS_SAFELIST = re.compile(r"^(bs-|tooltip|popover|show|fade|collaps|modal|dropdown|active|"
                          r"disabled|pst-|theme-|mjx|MathJax|highlight|search|copybtn|o-tooltip)")
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_GROUPS = ("@media", "@supports", "@layer", "@container", "@document")


def _css_blocks(css: str, i: int = 0) -> tuple[list, int]:
    """Split CSS into rule, group (``@media`` …) and statement items.

    Enough for a minified stylesheet; strings and comments are respected.
    """
    items, n = [], len(css)

    def skip_string(j: int) -> int:
        quote = css[j]
        j += 1
        while css[j] != quote:
            j += 2 if css[j] == "\\" else 1
        return j + 1

    while i < n:
        while i < n and css[i].isspace():
            i += 1
        if i >= n:
            break
        if css[i] == "}":
            return items, i + 1
        if css.startswith("/*", i):
            i = css.index("*/", i) + 2
            continue
        j = i
        while j < n and css[j] not in "{;}":
            j = skip_string(j) if css[j] in "\"'" else j + 1
        prelude = css[i:j].strip()
        if j >= n or css[j] == "}":
            if prelude:
                items.append(("stmt", prelude))
            i = j
            continue
        if css[j] == ";":
            items.append(("stmt", prelude))
            i = j + 1
            continue
        if prelude.startswith(_GROUPS):
            children, i = _css_blocks(css, j + 1)
            items.append(("group", prelude, children))
            continue
        k, depth = j + 1, 1
        while depth:
            if css[k] in "\"'":
                k = skip_string(k)
                continue
            depth += {"{": 1, "}": -1}.get(css[k], 0)
            k += 1
        items.append(("rule", prelude, css[j + 1:k - 1]))
        i = k
    return items, i


def _selectors(prelude: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in prelude:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


_FUNCTIONAL = re.compile(
    r":(not|is|where|has|nth-[a-z-]+|host|dir|lang)\([^()]*(\([^()]*\))?[^()]*\)")


def _may_match(selector: str, tokens: set[str]) -> bool:
    bare = re.sub(r"\[[^\]]*\]", "", selector)  # attribute selectors are kept
    # the arguments of :not(), :is(), :where(), :has() are not required to exist
    bare = _FUNCTIONAL.sub("", bare)
    bare = re.sub(r"::?[a-zA-Z-]+", "", bare)  # other pseudo-classes and elements
    names = re.findall(r"[.#]([A-Za-z_][A-Za-z0-9_-]*)", bare)
    return all(name in tokens or CSS_SAFELIST.match(name) for name in names)


def purge_css(css: str, tokens: set[str]) -> str:
    """Drop the style rules whose classes or ids appear in no page and no script.

    A selector is kept if every class and id it names occurs somewhere in ``tokens``
    (words of the built pages and of every script, which is how PurgeCSS decides) or
    matches :data:`CSS_SAFELIST`; at-rules other than groups are kept whole.

    Examples
    --------
    >>> purge_css(".a{color:red}.b,.c{margin:0}@media (min-width:9px){.d{x:y}}", {"c"})
    '.c{margin:0}'
    """
    def emit(items) -> str:
        out = []
        for item in items:
            if item[0] == "stmt":
                out.append(item[1] + ";")
            elif item[0] == "group":
                inner = emit(item[2])
                if inner:
                    out.append(item[1] + "{" + inner + "}")
            elif item[1].startswith("@"):
                out.append(item[1] + "{" + item[2] + "}")
            else:
                kept = [s for s in _selectors(item[1]) if _may_match(s, tokens)]
                if kept:
                    out.append(",".join(kept) + "{" + item[2] + "}")
        return "".join(out)

    return emit(_css_blocks(css)[0])


def _purge_theme_css(outdir: Path) -> None:
    css_file = outdir / "_static" / "styles" / "pydata-sphinx-theme.css"
    if not css_file.is_file():
        return
    tokens: set[str] = set()
    for path in [*outdir.rglob("*.html"), *(outdir / "_static").rglob("*.js")]:
        tokens.update(_TOKEN.findall(path.read_text(encoding="utf-8", errors="ignore")))
    css = css_file.read_text(encoding="utf-8")
    css_file.write_text(purge_css(css, tokens), encoding="utf-8")


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
        _polish_page(html_file, outdir / "_images")
    _subset_icon_fonts(outdir)  # reads the full theme CSS: before the purge
    _purge_theme_css(outdir)
    _korean_copybutton(outdir)
    book_fonts.write_book_faces(outdir, Path(app.doctreedir).parent / "book-fonts")


def setup(app: Sphinx) -> dict:
    """Register the page-asset and build-finished hooks."""
    # after sphinx-book-theme's header buttons (501) and every script-adding extension
    app.connect("html-page-context", _page_assets, priority=950)
    app.add_js_file(None, body=FONT_LOADER, priority=100)
    # before MathJax (500), whose start-up book.js configures; deferred, so in page order
    app.add_js_file("book.js", priority=450, defer="defer")
    app.connect("build-finished", _finish)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
