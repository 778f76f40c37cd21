"""Sphinx extension: Korean interface strings, glossary links and page metadata for this book.

Search is its own extension, ``korean_search.py`` (index, ranking, search page).

Interface strings
    pydata-sphinx-theme has no Korean catalogue and sphinx-book-theme's Korean
    strings are partly odd ("Launch" → "시작하다"). The catalogues in
    ``_ext/locale/ko/`` are merged over the installed ones when the builder
    starts, so nothing in site-packages is edited.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from babel.messages.pofile import read_po
from docutils import nodes
from korean_search import KOREAN_ENDINGS
from sphinx import locale
from sphinx.application import Sphinx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GLOSSARY = ROOT / "book" / "appendix" / "glossary.md"

_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def glossary_entries(path: Path = GLOSSARY) -> list[list[str]]:
    """Return the glossary's entries, each a list of its term lines (Korean term first)."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    body = text.split(":::{glossary}", 1)[-1].split("\n:::", 1)[0]
    entries = []
    for block in re.split(r"\n\s*\n", body):
        terms = [line.strip() for line in block.splitlines() if line and not line[0].isspace()]
        if terms:
            entries.append(terms)
    return entries


def _merge_catalogues(app: Sphinx) -> None:
    language = app.config.language
    folder = HERE / "locale" / language
    if not folder.is_dir():
        return
    for po in sorted(folder.glob("*.po")):
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        ours = {m.id: m.string for m in catalog if m.id and m.string}
        translator = locale.translators.get(("general", po.stem))
        if translator is None or not hasattr(translator, "_catalog"):
            continue
        translator._catalog.update(ours)


def _dedupe_scripts(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Drop scripts added twice (sphinx-thebe's inline config is, under Sphinx 7).

    A second ``const THEBE_JS_URL = …`` is a JavaScript error on every page.
    """
    seen = set()
    unique = []
    for script in context.get("script_files", []):
        filename = getattr(script, "filename", script) or ""
        key = (str(filename), tuple(sorted(getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def _page_metadata(app: Sphinx, pagename, templatename, context, doctree) -> None:
    """Korean description and Open Graph tags for every page (no trackers, no scripts)."""
    description = app.config.html_context.get("book_description", "")
    if doctree is not None:
        for paragraph in doctree.findall(nodes.paragraph):
            text = " ".join(paragraph.astext().split())
            if _HANGUL.search(text) and len(text) > 40:
                description = text if len(text) <= 160 else text[:157].rstrip() + "…"
                break
    title = html.escape(context.get("title") or "", quote=True)
    site = html.escape(app.config.html_title or app.config.project, quote=True)
    description = html.escape(description, quote=True)
    tags = [
        f'<meta name="description" content="{description}" />',
        '<meta property="og:type" content="website" />',
        '<meta property="og:locale" content="ko_KR" />',
        f'<meta property="og:site_name" content="{site}" />',
        f'<meta property="og:title" content="{title}" />',
        f'<meta property="og:description" content="{description}" />',
    ]
    context["metatags"] = context.get("metatags", "") + "\n".join(tags)


_NO_LINK = (nodes.reference, nodes.literal, nodes.literal_block, nodes.title, nodes.raw,
            nodes.math, nodes.math_block, nodes.term, nodes.caption)


def _inside_no_link(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, _NO_LINK):
            return True
        classes = parent.get("classes", []) if isinstance(parent, nodes.Element) else []
        if "cell_output" in classes or "cell_input" in classes or "solution" in classes:
            return True
        parent = parent.parent
    return False


def _is_whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole word, allowing a particle after it.

    "텐서" inside "텐서플로" is not the term 텐서; "손실" in "손실을" is the term 손실.
    """
    if start > 0 and _HANGUL.match(text[start - 1]):
        return False
    rest = re.match(r"[\uac00-\ud7a3]*", text[end:]).group(0)
    return rest == "" or rest in KOREAN_ENDINGS


def _link_glossary_terms(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Link the first use of each glossary term on a page to its glossary entry."""
    std = app.env.get_domain("std")
    targets = {}
    for terms in glossary_entries():
        entry = std.objects.get(("term", terms[0].lower())) or std.objects.get(("term", terms[0]))
        if entry and entry[0] != docname and _HANGUL.search(terms[0]):
            targets[terms[0]] = entry
    if not targets or not hasattr(app.builder, "get_relative_uri"):
        return
    pattern = re.compile("|".join(re.escape(t) for t in sorted(targets, key=len, reverse=True)))
    linked: set[str] = set()
    for text in list(doctree.findall(nodes.Text)):
        if len(linked) == len(targets) or _inside_no_link(text):
            continue
        value = str(text)
        pieces, last = [], 0
        for match in pattern.finditer(value):
            term = match.group(0)
            if term in linked or not _is_whole_word(value, match.start(), match.end()):
                continue
            linked.add(term)
            target_doc, label = targets[term]
            uri = app.builder.get_relative_uri(docname, target_doc) + "#" + label
            pieces.append(nodes.Text(value[last:match.start()]))
            ref = nodes.reference("", "", internal=True, refuri=uri, reftitle=f"용어집: {term}")
            ref["classes"].append("glossary-term")
            ref += nodes.Text(term)
            pieces.append(ref)
            last = match.end()
        if pieces:
            pieces.append(nodes.Text(value[last:]))
            keep = [p for p in pieces if not (isinstance(p, nodes.Text) and not str(p))]
            text.parent.replace(text, keep)


def setup(app: Sphinx) -> dict:
    """Register the interface catalogues, the glossary links and the page metadata."""
    app.connect("builder-inited", _merge_catalogues)
    # late: other extensions add their scripts to the page context first
    app.connect("html-page-context", _dedupe_scripts, priority=900)
    app.connect("html-page-context", _page_metadata)
    app.connect("doctree-resolved", _link_glossary_terms)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
