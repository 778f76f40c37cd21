r"""Sphinx extension: the Korean PDF edition (``jupyter-book build . --builder pdflatex``).

Nothing here touches the HTML site: every transform runs for the LaTeX builder only.

Language
    docutils knows no LaTeX language for ``ko``, so Sphinx warns and falls back to
    English ("Chapter 1", "Contents"). :func:`setup` registers ``ko`` as polyglossia's
    ``korean`` (Korean captions such as 차례·그림·부록, the date in 년/월/일 and line
    breaking between Hangul syllables through XeTeX's ICU line breaker), so no
    ``kotex`` and none of the 140 MB of fonts that Debian's texlive-lang-korean pulls in
    are needed.

Fonts
    Body text in NanumMyeongjo, headings in NanumGothic (the site's and the figures'
    typeface), code and outputs in NanumGothicCoding, all from Debian's ``fonts-nanum``
    and ``fonts-nanum-coding``. A character none of them has (the minus sign U+2212, for
    one) is typeset from DejaVu instead, so XeTeX never logs "Missing character": the
    characters of the whole book are checked against the fonts' character maps when the
    LaTeX document is assembled (:func:`missing_characters`).

Support files (``_ext/latex/``)
    ``koreanbook.sty`` (page, headings "제1장", running heads, title page, the footer link
    to the web page, code and figure sizes) is loaded last in the preamble; ``bbm.sty``
    is a stub for sphinx-jupyterbook-latex's class (the book never uses ``\mathbbm``);
    ``python.ist`` replaces Sphinx's makeindex style, whose letter headings cut Hangul
    UTF-8 sequences in half.

Transforms
    - exercises' solutions (raw HTML ``<details class="solution">`` blocks in markdown
      cells) are moved to a "풀이" section at the end of their page, with page
      references both ways (:class:`CollectSolutions`);
    - outputs that only have HTML: a ``<table>`` becomes a table, anything else (an
      animation without its still, an object's repr, a widget view) is left out
      (:class:`HtmlOnlyOutputs`); HTML tables written into markdown are typeset too
      (:class:`RawHtmlTables`), a table of code listings as one listing after another;
    - the bibliography stays on the page that holds it (:class:`MarkBibliography`);
    - the root page becomes an unnumbered "서문", the chapters of an unnumbered part of
      ``_toc.yml`` after the numbered ones become appendices (부록 A, B, …), and every
      page sets the web address printed in its footer (:class:`BookStructure`).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from docutils import nodes
from docutils.writers.latex2e import Babel
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.builders.latex import LaTeXBuilder
from sphinx.builders.latex.nodes import thebibliography
from sphinx.config import Config
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.texescape import escape as tex_escape

__all__ = [
    "FALLBACK_FONTS",
    "FONTS",
    "BookStructure",
    "CollectSolutions",
    "HtmlOnlyOutputs",
    "InlineCodeBreaks",
    "MarkBibliography",
    "RawHtmlTables",
    "html_table_rows",
    "missing_characters",
    "setup",
    "site_base_url",
]

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
LATEX_DIR = HERE / "latex"

#: fontspec family for each TeX family: body (rm), headings (sf), code and outputs (tt).
FONTS = {"rm": "NanumMyeongjo", "sf": "NanumGothic", "tt": "NanumGothicCoding"}
#: Fonts for characters the Nanum fonts lack (Debian's fonts-dejavu-core).
FALLBACK_FONTS = {"rm": "DejaVu Serif", "sf": "DejaVu Sans", "tt": "DejaVu Sans Mono"}
#: Characters Sphinx's LaTeX code prints by itself (the visible space of wrapped code).
_SPHINX_CHARACTERS = "\u2423"

_GITHUB = re.compile(r"https?://github\.com/([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?/?")
_REPR = re.compile(r"<[\w.]+ object( at 0x[0-9a-fA-F]+)?>")
_SOLUTION_OPEN = re.compile(r"<details\b[^>]*\bclass=\"[^\"]*\bsolution\b[^\"]*\"[^>]*>", re.I)
_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.I | re.S)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.I)
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
#: mime types myst-nb's LaTeX renderer can show (myst_nb.core.render, "latex").
_LATEX_MIME_TYPES = {"application/pdf", "image/png", "image/jpeg", "text/latex", "text/markdown"}
_WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_BIBLIOGRAPHY_MARK = "book-bibliography-here"
#: Inline code this long or longer gets break points; a break may follow these characters.
_BREAK_MIN = 12
_BREAK_AFTER = re.compile(r"(?<=[._/=(])(?=[\w\"'])")


# --------------------------------------------------------------------------- pure helpers


def site_base_url(html_baseurl: str, repository_url: str) -> str | None:
    """Return the address of the published site, ending in ``/``.

    ``html_baseurl`` wins when it is set; otherwise the GitHub Pages address of
    ``repository_url`` (the repository that the book's workflow publishes).

    Parameters
    ----------
    html_baseurl : str
        Sphinx's ``html_baseurl`` (may be empty).
    repository_url : str
        The ``repository.url`` of ``_config.yml`` (may be empty).

    Returns
    -------
    str or None
        The base address, or ``None`` when neither gives one.

    Examples
    --------
    >>> site_base_url("", "https://github.com/mlcc-ko/mlcc-ko-book")
    'https://mlcc-ko.github.io/mlcc-ko-book/'
    >>> site_base_url("https://example.org/book", "https://github.com/mlcc-ko/mlcc-ko-book")
    'https://example.org/book/'
    >>> site_base_url("", "https://github.com/Someone/someone.github.io")
    'https://someone.github.io/'
    >>> site_base_url("", "") is None
    True
    """
    for name, value in (("html_baseurl", html_baseurl), ("repository_url", repository_url)):
        if not isinstance(value, str):
            raise TypeError(f"{name}은 문자열이어야 한다: {type(value).__name__}을 받았다.")
    if html_baseurl.strip():
        return html_baseurl.strip().rstrip("/") + "/"
    match = _GITHUB.fullmatch(repository_url.strip())
    if not match:
        return None
    owner, repo = match.group(1).lower(), match.group(2)
    if repo.lower() == f"{owner}.github.io":
        return f"https://{owner}.github.io/"
    return f"https://{owner}.github.io/{repo}/"


def missing_characters(text: str, *coverages: set[int]) -> list[str]:
    """Return the non-ASCII characters of ``text`` that one of the fonts lacks, sorted.

    Parameters
    ----------
    text : str
        Everything the document will typeset.
    *coverages : set of int
        The code points each font has (its character map).

    Returns
    -------
    list of str
        Characters missing from at least one of the fonts, in code point order.
        Control, format and combining characters are not reported.

    Examples
    --------
    >>> missing_characters("a − b = 가", {ord("가")}, {ord("가"), 0x2212})
    ['−']
    """
    if not isinstance(text, str):
        raise TypeError(f"text는 문자열이어야 한다: {type(text).__name__}을 받았다.")
    found = []
    for char in sorted(set(text)):
        if ord(char) < 0x80 or unicodedata.category(char)[0] in "CMZ":
            continue
        if any(ord(char) not in coverage for coverage in coverages):
            found.append(char)
    return found


class _TableParser(HTMLParser):
    """Collect the rows of the outermost table of an HTML fragment.

    Each cell is ``(text, language)``: ``language`` is ``None`` for a text cell, whose
    white space is collapsed, and the highlighting language (``""`` if none is named by a
    ``language-…`` class) for a cell holding ``<pre>``, whose text is kept line by line.
    """

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[bool, list[tuple[str, str | None]]]] = []
        self._depth = 0
        self._in_head = False
        self._row: list[tuple[str, str | None]] | None = None
        self._row_all_th = True
        self._cell: list[str] | None = None
        self._pre = 0
        self._language: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._depth += 1
        elif self._depth != 1:
            return
        elif tag in ("thead", "tbody", "tfoot"):
            self._in_head = tag == "thead"
        elif tag == "tr":
            self._row, self._row_all_th = [], True
        elif tag in ("td", "th") and self._row is not None:
            self._cell, self._language = [], None
            self._row_all_th &= tag == "th"
        elif self._cell is None:
            return
        elif tag == "br":
            self._cell.append("\n" if self._pre else " ")
        elif tag == "pre":
            self._pre += 1
            self._language = self._language or ""
        elif tag == "code" and self._pre:
            classes = (dict(attrs).get("class") or "").split()
            named = [c.removeprefix("language-") for c in classes if c.startswith("language-")]
            self._language = named[0] if named else self._language

    def handle_endtag(self, tag):
        if tag == "table":
            self._depth -= 1
        elif self._depth != 1:
            return
        elif tag == "pre" and self._pre:
            self._pre -= 1
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = "".join(self._cell)
            if self._language is None:
                text = " ".join(text.split())
            else:
                text = "\n".join(line.rstrip() for line in text.strip("\n").splitlines())
            self._row.append((text, self._language))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append((self._in_head or (self._row_all_th and not self.rows), self._row))
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _parse_table(html: str) -> list[tuple[bool, list[tuple[str, str | None]]]]:
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    return [(head, cells) for head, cells in parser.rows if cells]


def html_table_rows(html: str) -> list[tuple[bool, list[str]]]:
    r"""Read the first HTML table of ``html`` as ``(is_header, cells)`` rows of text.

    Parameters
    ----------
    html : str
        An HTML fragment, such as a notebook's ``text/html`` output.

    Returns
    -------
    list of tuple
        One ``(is_header, cells)`` pair per row; empty when there is no table. A cell's
        white space is collapsed, except in ``<pre>``, whose lines are kept.

    Examples
    --------
    >>> html_table_rows("<table><thead><tr><th>방법</th><th>w</th></tr></thead>"
    ...                 "<tbody><tr><td>NumPy</td><td>0.15</td></tr></tbody></table>")
    [(True, ['방법', 'w']), (False, ['NumPy', '0.15'])]
    >>> html_table_rows("<table><tr><td><pre><code>if x:\n    y()</code></pre></td></tr></table>")
    [(False, ['if x:\n    y()'])]
    >>> html_table_rows("<p>표가 아니다</p>")
    []
    """
    if not isinstance(html, str):
        raise TypeError(f"html은 문자열이어야 한다: {type(html).__name__}을 받았다.")
    return [(head, [text for text, _ in cells]) for head, cells in _parse_table(html)]


#: Tables with at least this many columns are set in a smaller face.
_WIDE_TABLE = 6


def _cell_paragraph(text: str) -> nodes.paragraph:
    """Make a table cell's paragraph; identifiers may break after their underscores."""
    if "_" not in text:
        return nodes.paragraph(text=text)
    latex = tex_escape(text).replace(r"\_", r"\_\allowbreak{}")
    return nodes.paragraph("", "", nodes.raw("", latex, format="latex"))


def _table_nodes(rows: list[tuple[bool, list[tuple[str, str | None]]]]) -> list[nodes.Node]:
    """Docutils nodes for a parsed HTML table.

    A table of text becomes a table. A table with code in its cells (code side by side
    on the site) would squeeze each listing into a narrow column on paper, so its code
    cells follow one another instead, each under its column's heading.
    """
    if any(language is not None for _, cells in rows for _, language in cells):
        header = rows[0][1] if rows[0][0] else []
        out: list[nodes.Node] = []
        for is_head, cells in rows:
            if is_head and cells is header:
                continue
            for column, (text, language) in enumerate(cells):
                if column < len(header) and header[column][0]:
                    out.append(nodes.paragraph("", "", nodes.strong(text=header[column][0])))
                if language is None:
                    out.append(nodes.paragraph(text=text))
                else:
                    block = nodes.literal_block(text, text)
                    block["language"] = language or "default"
                    out.append(block)
        return out
    width = max(len(cells) for _, cells in rows)
    table = nodes.table(classes=["output-table"])

    group = nodes.tgroup(cols=width)
    table += group
    group.extend(nodes.colspec(colwidth=1) for _ in range(width))
    head, body = nodes.thead(), nodes.tbody()
    for is_head, cells in rows:
        row = nodes.row()
        for text, _ in cells + [("", None)] * (width - len(cells)):
            row += nodes.entry("", _cell_paragraph(text))
        (head if is_head and not len(body) else body).append(row)
    if len(head):
        group += head
    group += body
    if width < _WIDE_TABLE:
        return [table]
    # a data frame's many columns: a smaller face, so that headers such as
    # flipper_length_mm fit their column (they may also break after an underscore)
    return [nodes.raw("", r"\begingroup\footnotesize", format="latex"), table,
            nodes.raw("", r"\endgroup", format="latex")]


# --------------------------------------------------------------------------- fonts


@cache
def _font_coverage(family: str) -> frozenset[int] | None:
    """Code points of the font fontconfig picks for ``family``; ``None`` if it is not there."""
    if not shutil.which("fc-match"):
        return None
    found = subprocess.run(["fc-match", "-f", "%{family}\n%{file}", family],
                           capture_output=True, text=True, check=False).stdout.splitlines()
    if len(found) < 2 or family.lower() not in found[0].lower():
        return None
    from fontTools.ttLib import TTFont

    return frozenset(TTFont(found[1], lazy=True, fontNumber=0).getBestCmap())


def _font_setup() -> str:
    """Return the fontspec commands for the book's fonts (the ``fontpkg`` element)."""
    return (
        "% 본문은 나눔명조, 제목은 나눔고딕, 코드와 출력은 나눔고딕코딩(koreanbook.sty 참고)\n"
        f"\\setmainfont{{{FONTS['rm']}}}[ItalicFont={{{FONTS['sf']}}},"
        f" BoldItalicFont={{{FONTS['sf']}:style=Bold}}]\n"
        f"\\setsansfont{{{FONTS['sf']}}}[AutoFakeSlant=0.15]\n"
        f"\\setmonofont{{{FONTS['tt']}}}[AutoFakeSlant=0.15]\n"
        "% polyglossia's korean would look for a Hangul OpenType script in these fonts,\n"
        "% which TrueType Nanum fonts do not declare: use the fonts above as they are.\n"
        "\\newcommand\\koreanfont{\\rmfamilylatin}\n"
        "\\newcommand\\koreanfontsf{\\sffamilylatin}\n"
        "\\newcommand\\koreanfonttt{\\ttfamilylatin}\n"
        f"\\newfontfamily\\bookfallbackrm{{{FALLBACK_FONTS['rm']}}}\n"
        f"\\newfontfamily\\bookfallbacksf{{{FALLBACK_FONTS['sf']}}}\n"
        f"\\newfontfamily\\bookfallbacktt{{{FALLBACK_FONTS['tt']}}}\n"
    )


def _fallback_definitions(chars: list[str]) -> str:
    r"""Make each character active and typeset it with ``\bookfallbackchar`` (koreanbook.sty)."""
    lines = ["% 나눔 글꼴에 없는 문자는 DejaVu 글꼴로 찍는다(korean_latex.py가 만든다)."]
    for char in chars:
        code = str(ord(char))  # decimal: \lowercase would turn hex digits A-F into a-f
        lines.append(
            f"\\begingroup\\lccode`\\~={code}\\lowercase{{\\endgroup"
            f"\\protected\\def~{{\\bookfallbackchar{{{code}}}}}"
            f"\\pdfstringdefDisableCommands{{\\def~{{\\string~}}}}}}"
            f"\\catcode{code}=\\active % {unicodedata.name(char, '?')}"
        )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- transforms


def _is_latex(builder) -> bool:
    return isinstance(builder, LaTeXBuilder)


class HtmlOnlyOutputs(SphinxPostTransform):
    """Give LaTeX something readable for notebook outputs that only HTML can show.

    Runs before myst-nb picks a mime type (``SelectMimeType``, priority 4). A bundle with
    a PNG/JPEG/PDF/LaTeX/Markdown form is left to myst-nb (an animation with its still
    shows the still). Otherwise an HTML ``<table>`` becomes a docutils table, and the
    rest — a widget view, or HTML whose text form is only an object's repr such as
    ``<IPython.core.display.HTML object>`` — is removed.
    """

    default_priority = 3

    def run(self, **kwargs) -> None:  # noqa: D102
        if not _is_latex(self.app.builder):
            return
        bundles = [(node, container) for node, container, _, _ in _walk(self.document)
                   if isinstance(node, nodes.container)
                   and node.get("nb_element") == "mime_bundle"]
        for bundle, container in bundles:
            forms = {child.get("mime_type"): child for child in bundle.children}
            if _LATEX_MIME_TYPES & forms.keys():
                continue
            html = forms.get("text/html")
            rows = _parse_table(html.astext()) if html is not None else []
            plain = forms["text/plain"].astext().strip() if "text/plain" in forms else ""
            only_repr = html is not None and (not plain or _REPR.fullmatch(plain))
            if rows:
                container.replace(bundle, _table_nodes(rows))
            elif _WIDGET_VIEW in forms or only_repr:
                if html is not None and "Animation" in html.astext():
                    logger.warning("애니메이션 출력에 정지 그림(image/png)이 없어 PDF에서 빠졌다: "
                                   "애니메이션이 첫 프레임을 PNG로 함께 내야 한다.",
                                   location=bundle, type="korean_latex", subtype="no_still")
                container.remove(bundle)


def _walk(node: nodes.Element, page=None, sections: tuple = ()):
    """Yield ``(child, container, page, sections)`` for every node below ``node``, top down.

    The assembled LaTeX document cannot be walked upwards: sphinx-jupyterbook-latex
    moves children between nodes without updating their ``parent``. ``container`` is the
    node whose ``children`` really hold ``child``; ``page`` the innermost
    ``start_of_file``; ``sections`` the enclosing sections, outermost first.
    """
    for child in list(node.children):
        yield child, node, page, sections
        if isinstance(child, nodes.Element):
            inner_page = child if isinstance(child, addnodes.start_of_file) else page
            inner = (*sections, child) if isinstance(child, nodes.section) else sections
            yield from _walk(child, inner_page, inner)


class CollectSolutions(SphinxPostTransform):
    """Move exercise solutions to a "풀이" section at the end of their page.

    A solution is the run of nodes between a raw HTML ``<details class="solution">``
    (with its ``<summary>``) and the next raw ``</details>`` among the same siblings.
    In its place the exercise gets a line with the page of its solution; the solution
    is titled with the exercise's heading and links back to the exercise's page.
    """

    default_priority = 750  # after sphinx-jupyterbook-latex arranged the documents (700)

    def run(self, **kwargs) -> None:  # noqa: D102
        if not _is_latex(self.app.builder):
            return
        found = [(raw, container, page, sections)
                 for raw, container, page, sections in _walk(self.document)
                 if isinstance(raw, nodes.raw) and _is_html(raw)
                 and _SOLUTION_OPEN.search(raw.astext()) and page is not None and sections]
        by_page: dict[int, tuple] = {}
        for number, (opening, container, page, sections) in enumerate(found, start=1):
            body = _take_until_close(opening, container)
            if body is None:
                logger.warning("<details class=\"solution\">의 짝인 </details>를 같은 "
                               "단락 수준에서 찾지 못했다: 풀이를 PDF로 옮기지 않았다.",
                               location=opening, type="korean_latex", subtype="solution")
                continue
            key = f"booksolution{number}"
            container.replace(opening, nodes.raw("", f"\\bookexercise{{{key}}}\n",
                                                 format="latex"))
            top = _page_section(page)
            title = sections[-1].next_node(nodes.title)
            entry = by_page.setdefault(id(page), (page, top, []))
            entry[2].append((key, title, body))
        for page, top, solutions in by_page.values():
            depth = next(len(sections) + 1 for node, _, _, sections in _walk(self.document)
                         if node is top)
            top.append(self._solutions_section(page["docname"], solutions, depth + 2))

    @staticmethod
    def _solutions_section(docname: str, solutions, level: int) -> nodes.section:
        section = nodes.section(ids=[nodes.make_id(f"{docname}-solutions")], names=[])
        section += nodes.title(text="풀이")
        for key, title, body in solutions:
            heading = nodes.rubric("", "", classes=["solution-title"])
            heading["heading-level"] = level  # one below the "풀이" section
            if title is not None:
                heading.extend(_plain_copy(title))
            else:
                heading += nodes.Text("풀이")
            section += heading
            section += nodes.raw("", f"\\booksolution{{{key}}}\n", format="latex")
            section.extend(body)
        return section


class RawHtmlTables(SphinxPostTransform):
    """Typeset the HTML tables written into markdown, which LaTeX would drop.

    MyST passes an HTML block on as raw HTML up to its first blank line; what follows (the
    rest of a ``<pre>`` listing with blank lines) is parsed as markdown. So the table is
    read again from the page's source, from the first raw node's text up to
    ``</table>``, and the run of nodes between that raw node and the one closing the
    table is replaced by the table's LaTeX form (see :func:`_table_nodes`).
    """

    default_priority = 755

    def run(self, **kwargs) -> None:  # noqa: D102
        if not _is_latex(self.app.builder):
            return
        found = [(raw, container, page) for raw, container, page, _ in _walk(self.document)
                 if isinstance(raw, nodes.raw) and _is_html(raw) and page is not None
                 and _TABLE_OPEN.match(raw.astext().lstrip())]
        for opening, container, page in found:
            text = opening.astext().strip()
            if _TABLE_CLOSE.search(text):
                html, run = text, [opening]
            else:
                html = next((table for table in _source_tables(self.env.doc2path(page["docname"]))
                             if table.startswith(text)), None)
                run = _run_until(opening, container, _TABLE_CLOSE)
            rows = _parse_table(html) if html and run else []
            if not rows:
                logger.warning("마크다운에 쓴 HTML 표를 PDF로 옮기지 못했다: 표를 원본에서 찾을 수 "
                               "없다.", location=opening, type="korean_latex", subtype="table")
                continue
            at = container.index(run[0])
            for node in run:
                container.remove(node)
            for offset, node in enumerate(_table_nodes(rows)):
                container.insert(at + offset, node)


@cache
def _source_tables(path) -> tuple[str, ...]:
    """Return the HTML tables in the markdown of a page's source (a notebook or a .md)."""
    path = Path(path)
    if path.suffix == ".ipynb":
        import nbformat

        notebook = nbformat.read(path, as_version=4)
        text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    else:
        text = path.read_text(encoding="utf-8")
    return tuple(m.group(0) for m in re.finditer(r"<table\b.*?</table\s*>", text, re.S | re.I))


def _run_until(opening: nodes.Node, container: nodes.Element, closing: re.Pattern):
    """Return ``opening`` and its following siblings up to a raw HTML node matching ``closing``."""
    start = container.index(opening)
    for end in range(start + 1, len(container)):
        sibling = container[end]
        if isinstance(sibling, nodes.raw) and _is_html(sibling) and closing.search(
                sibling.astext()):
            return list(container.children[start:end + 1])
    return None


class MarkBibliography(SphinxPostTransform):
    """Mark where the first citation stands, before Sphinx gathers them all at the end.

    Sphinx's LaTeX builder moves every citation into one ``thebibliography`` at the end of
    the document (priority 750), which would leave the page that holds the bibliography
    (the references appendix) with an empty heading. :class:`BookStructure` moves the
    bibliography back to this mark.
    """

    default_priority = 745

    def run(self, **kwargs) -> None:  # noqa: D102
        if not _is_latex(self.app.builder):
            return
        for node, container, _, _ in _walk(self.document):
            if isinstance(node, nodes.citation):
                container.insert(container.index(node), nodes.comment(
                    "", "", classes=[_BIBLIOGRAPHY_MARK]))
                return


class InlineCodeBreaks(SphinxPostTransform):
    r"""Let inline code break after ``.``, ``_``, ``/``, ``=``, ``(``, and a slash between code.

    A Korean line stretches only at its spaces; an unbreakable identifier such as
    ``Dense(1, activation="sigmoid")`` near the end of a line would otherwise stick out
    into the margin. The breaks are ``llowbreak`` (no hyphen), only in code outside
    headings and only where a letter, digit or quote follows.
    """

    default_priority = 770

    def run(self, **kwargs) -> None:  # noqa: D102
        if not _is_latex(self.app.builder):
            return
        for literal, _, _, _ in list(_walk(self.document)):
            if not isinstance(literal, nodes.literal) or len(literal.astext()) < _BREAK_MIN:
                continue
            if _inside_heading(literal):
                continue
            for text in [c for c in literal.children if isinstance(c, nodes.Text)]:
                pieces = _BREAK_AFTER.split(str(text))
                if len(pieces) == 1:
                    continue
                replacement: list[nodes.Node] = [nodes.Text(pieces[0])]
                for piece in pieces[1:]:
                    replacement += [nodes.raw("", "\\allowbreak{}", format="latex"),
                                    nodes.Text(piece)]
                literal.replace(text, replacement)
        # "`fit`/`predict`/`score`": the slashes between code are places to break as well
        for text, _, _, _ in list(_walk(self.document)):
            if (isinstance(text, nodes.Text) and str(text) == "/"
                    and isinstance(text.parent, nodes.paragraph)
                    and isinstance(text.next_node(descend=False, siblings=True), nodes.literal)):
                # by position: Text nodes are strings, so equal slashes compare equal
                parent = text.parent
                at = next(k for k, child in enumerate(parent.children) if child is text)
                parent.insert(at + 1, nodes.raw("", "\\allowbreak{}", format="latex"))


def _inside_heading(node: nodes.Node) -> bool:
    # parents are reliable inside a paragraph or heading (nothing moves these children)
    while node is not None:
        if isinstance(node, (nodes.title, nodes.rubric, addnodes.toctree)):
            return True
        if isinstance(node, (nodes.paragraph, nodes.entry, nodes.list_item)):
            return False
        node = node.parent
    return False


class BookStructure(SphinxPostTransform):
    """Front matter, appendices and web addresses of the assembled LaTeX document."""

    default_priority = 760

    def run(self, **kwargs) -> None:  # noqa: D102
        if not _is_latex(self.app.builder):
            return
        from sphinx_jupyterbook_latex.nodes import RootHeader

        root = self.config.root_doc
        base = _base_url(self.config)
        # the root page's sub-headings: real unnumbered headings instead of large bold lines
        for header, container, _, _ in list(_walk(self.document)):
            if isinstance(header, RootHeader):
                rubric = nodes.rubric("", "", *header.children)
                rubric["heading-level"] = header["level"]
                container.replace(header, rubric)
        # the root page: an unnumbered "서문"
        for node, _, _, _ in _walk(self.document):
            if isinstance(node, nodes.section) and node.get("docname") == root:
                _insert_after_title(node, _web_mark(root, base) + "\\bookpreface\n")
                break
        # the bibliography back where the page put it (see MarkBibliography)
        marks = [(n, c) for n, c, _, _ in _walk(self.document)
                 if isinstance(n, nodes.comment) and _BIBLIOGRAPHY_MARK in n["classes"]]
        gathered = [n for n in self.document.children if isinstance(n, thebibliography)]
        if marks and len(gathered) == 1:
            mark, container = marks[0]
            self.document.remove(gathered[0])
            container.replace(mark, gathered[0])
        # every other page: its web address for the footer, right after its heading
        first_appendix = _first_appendix(self.config)
        for page, container, _, _ in list(_walk(self.document)):
            if not isinstance(page, addnodes.start_of_file):
                continue
            docname = page["docname"]
            if docname == root or docname not in self.app.env.all_docs:
                continue
            if base:
                _insert_after_title(_page_section(page), _web_mark(docname, base))
            # chapters of an unnumbered part after the numbered ones: appendices
            if docname == first_appendix:
                container.insert(container.index(page),
                                 nodes.raw("", "\\bookappendix\n", format="latex"))


def _page_section(page: addnodes.start_of_file) -> nodes.section | None:
    return next((child for child in page.children if isinstance(child, nodes.section)), None)


def _insert_after_title(section: nodes.section | None, latex: str) -> None:
    if section is None or not latex:
        return
    at = next((i for i, child in enumerate(section.children) if isinstance(child, nodes.title)),
              -1)
    section.insert(at + 1, nodes.raw("", latex, format="latex"))


def _base_url(config: Config) -> str | None:
    theme = config.html_theme_options or {}
    return site_base_url(config.html_baseurl or "", theme.get("repository_url", "") or "")


def _web_mark(docname: str, base: str | None) -> str:
    if not base:
        return ""
    return f"\\bookwebpage{{{docname}.html}}\n"


def _first_appendix(config: Config) -> str | None:
    """Return the first page of the first unnumbered part of ``_toc.yml`` after a numbered one."""
    sitemap = getattr(config, "external_site_map", None)
    if sitemap is None:
        return None
    numbered_seen = False
    for tree in sitemap.root.subtrees:
        if tree.numbered:
            numbered_seen = True
        elif numbered_seen and tree.items:
            first = tree.items[0]
            return first if isinstance(first, str) else None
    return None


def _is_html(node: nodes.raw) -> bool:
    return "html" in node.get("format", "").split()


def _take_until_close(opening: nodes.raw, container: nodes.Element) -> list[nodes.Node] | None:
    """Detach and return the siblings after ``opening`` up to the closing ``</details>``."""
    text = opening.astext()
    if _DETAILS_CLOSE.search(text):  # the whole block is one raw node: keep its text
        return [nodes.paragraph(text=" ".join(re.sub(r"<[^>]+>", " ", _SUMMARY.sub("", text))
                                               .split()))]
    start = container.index(opening)
    for end in range(start + 1, len(container)):
        sibling = container[end]
        if isinstance(sibling, nodes.raw) and _is_html(sibling) and _DETAILS_CLOSE.search(
                sibling.astext()):
            body = list(container.children[start + 1:end])
            for child in [*body, sibling]:
                container.remove(child)
            return body
    return None


def _plain_copy(title: nodes.title) -> list[nodes.Node]:
    """Copy the title's children without references and targets (a plain heading)."""
    copied = title.deepcopy()
    for ref in list(copied.findall(nodes.reference)):
        ref.replace_self(ref.children)
    for target in list(copied.findall(nodes.target)):
        target.parent.remove(target)
    return list(copied.children)


# --------------------------------------------------------------------------- events


def _configure(app: Sphinx, config: Config) -> None:
    """Point LaTeX at the support files and load ``koreanbook.sty`` after everything else."""
    base = _base_url(config)
    extra = [str(LATEX_DIR / name) for name in ("koreanbook.sty", "bbm.sty", "python.ist")]
    config.latex_additional_files = [*config.latex_additional_files,
                                     *(f for f in extra if f not in config.latex_additional_files)]
    elements = config.latex_elements
    elements["fontpkg"] = _font_setup()
    if base:  # the index pages' footer links to the site's index
        elements["printindex"] = "\\bookwebpage{genindex.html}\\printindex"
    host = (base or "").removeprefix("https://").removeprefix("http://").rstrip("/")
    elements["preamble"] = elements.get("preamble", "") + (
        "\n% 한국어 PDF판(_ext/korean_latex.py, _ext/latex/koreanbook.sty)\n"
        f"\\newcommand\\bookbaseurl{{{base or ''}}}\n"
        f"\\newcommand\\bookbasedisplay{{{tex_escape(host)}}}\n"
        f"\\newcommand\\bookcopyright{{{tex_escape(config.copyright or '')}}}\n"
        "\\usepackage{koreanbook}\n"
    )


def _check_characters(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Find characters the Nanum fonts lack and give them a fallback font."""
    if not _is_latex(app.builder):
        return
    text = "".join(node.astext() for node in doctree.findall(nodes.Text))
    text += "".join(str(app.config[name] or "") for name in ("project", "author", "copyright"))
    text += _SPHINX_CHARACTERS
    coverages = [_font_coverage(name) for name in FONTS.values()]
    if any(c is None for c in coverages):
        logger.warning("나눔 글꼴(%s)을 찾지 못했다: fonts-nanum과 fonts-nanum-coding을 설치해야 "
                       "한다.", ", ".join(FONTS.values()), type="korean_latex", subtype="fonts")
        return
    missing = missing_characters(text, *coverages)
    fallbacks = [_font_coverage(name) for name in FALLBACK_FONTS.values()]
    if any(c is None for c in fallbacks):
        logger.warning("대신 쓸 글꼴(%s)을 찾지 못했다: fonts-dejavu-core를 설치해야 한다.",
                       ", ".join(FALLBACK_FONTS.values()), type="korean_latex", subtype="fonts")
        return
    unprintable = missing_characters("".join(missing), *fallbacks)
    for char in unprintable:
        logger.warning("PDF의 어느 글꼴에도 없는 문자 %s(U+%04X %s)가 있다: 글을 바꾸거나 "
                       "FALLBACK_FONTS에 그 문자가 있는 글꼴을 넣어야 한다.", char, ord(char),
                       unicodedata.name(char, "?"), type="korean_latex", subtype="fonts")
    active = [c for c in missing if c not in unprintable and c not in _SPHINX_CHARACTERS]
    app.builder.context["preamble"] += _fallback_definitions(active)


def setup(app: Sphinx) -> dict:
    """Register Korean for LaTeX, the support files, the fonts and the transforms."""
    # docutils' table of LaTeX languages has no Korean; polyglossia's name for it is korean
    Babel.language_codes.setdefault("ko", "korean")
    # after sphinx-jupyterbook-latex has written its preamble (config-inited, priority 500)
    app.connect("config-inited", _configure, priority=600)
    app.connect("doctree-resolved", _check_characters, priority=900)
    app.add_post_transform(HtmlOnlyOutputs)
    app.add_post_transform(CollectSolutions)
    app.add_post_transform(RawHtmlTables)
    app.add_post_transform(MarkBibliography)
    app.add_post_transform(BookStructure)
    app.add_post_transform(InlineCodeBreaks)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
