"""Sphinx extension: Korean search and Korean interface strings for this book.

Search
    Sphinx has no Korean search language. With the English fallback a page that
    says only "경사하강법은" or "경사하강법을" is indexed under those inflected
    forms, so a search for "경사하강법" finds nothing. :class:`SearchKorean`
    strips the particles (조사) and a few copula/verb endings from Hangul words,
    with the same rules in Python (index time) and JavaScript (query time), and
    keeps the Porter stemmer for Latin words. It also indexes the English name
    of every glossary term wherever the Korean term occurs, so "learning rate"
    finds the page about 학습률.

Interface strings
    pydata-sphinx-theme has no Korean catalogue and sphinx-book-theme's Korean
    strings are partly odd ("Launch" → "시작하다"). The catalogues in
    ``_ext/locale/ko/`` are merged over the installed ones when the builder
    starts, so nothing in site-packages is edited.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from babel.messages.pofile import read_po
from docutils import nodes
from sphinx import locale
from sphinx.application import Sphinx
from sphinx.search.en import SearchEnglish

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GLOSSARY = ROOT / "book" / "appendix" / "glossary.md"

#: Endings stripped from the end of a Hangul word, longest first.
KOREAN_ENDINGS = tuple(
    sorted(
        """
        에서는 에서도 으로는 으로도 으로써 으로서 에게서 이라는 이라고 이라면 이지만 까지는 부터는
        하는 한다 하고 하면 하여 해서 했다 하지 된다 되는 되어 이다 이며 이고 이면 이나 이란 이라
        에서 에게 으로 라는 라고 처럼 보다 까지 부터 마다 조차 만큼 와는 과는 에는 에도 와의 과의
        의 은 는 이 가 을 를 에 와 과 도 만 로 나
        """.split(),
        key=len,
        reverse=True,
    )
)
#: A stripped word keeps at least this many syllables ("차이" stays "차이").
MIN_STEM = 2
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def strip_korean(word: str) -> str:
    """Strip one particle or ending from a Hangul word.

    >>> strip_korean("경사하강법은"), strip_korean("손실을"), strip_korean("차이")
    ('경사하강법', '손실', '차이')
    """
    for ending in KOREAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


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


def glossary_synonyms(path: Path = GLOSSARY) -> dict[str, list[str]]:
    """Map each Korean glossary term (stemmed) to the words of its other names.

    A glossary entry is a block of term lines followed by an indented
    definition; its first line is the book's Korean term.
    """
    synonyms: dict[str, list[str]] = {}
    for terms in glossary_entries(path):
        if len(terms) < 2:
            continue
        korean = terms[0]
        if " " in korean or not _HANGUL.search(korean):
            continue  # multi-word Korean terms are matched word by word already
        words = [w for t in terms[1:] for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", t)]
        if words:
            synonyms[strip_korean(korean)] = sorted({w.lower() for w in words})
    return synonyms


_JS_STEMMER = """
%(porter)s
var PorterStemmer = Stemmer;
var KOREAN_ENDINGS = %(endings)s;
Stemmer = function() {
  var porter = new PorterStemmer();
  this.stemWord = function(w) {
    if (/[\\uac00-\\ud7a3]/.test(w)) {
      for (var i = 0; i < KOREAN_ENDINGS.length; i++) {
        var e = KOREAN_ENDINGS[i];
        if (w.length - e.length >= %(min_stem)d && w.slice(-e.length) === e) {
          return w.slice(0, -e.length);
        }
      }
      return w;
    }
    return porter.stemWord(w);
  };
};
"""


class SearchKorean(SearchEnglish):
    """Search language ``ko``: Korean particle stripping plus English stemming."""

    lang = "ko"
    language_name = "Korean"
    js_stemmer_rawcode = ""

    def init(self, options) -> None:  # noqa: D102
        super().init(options)
        self.synonyms = glossary_synonyms()
        self.js_stemmer_code = _JS_STEMMER % {
            "porter": SearchEnglish.js_stemmer_code,
            "endings": json.dumps(list(KOREAN_ENDINGS), ensure_ascii=False),
            "min_stem": MIN_STEM,
        }

    def split(self, input: str) -> list[str]:  # noqa: A002, D102
        words = super().split(input)
        extra = []
        for word in words:
            if _HANGUL.search(word):
                extra.extend(self.synonyms.get(strip_korean(word), ()))
        return words + extra

    def stem(self, word: str) -> str:  # noqa: D102
        if _HANGUL.search(word):
            return strip_korean(word)
        return super().stem(word)

    def word_filter(self, word: str) -> bool:  # noqa: D102
        return bool(word) and (len(word) >= MIN_STEM or bool(_HANGUL.search(word))) and (
            word not in self.stopwords
        )


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
    """Register the Korean search language and the interface catalogues."""
    app.add_search_language(SearchKorean)
    app.connect("builder-inited", _merge_catalogues)
    # late: other extensions add their scripts to the page context first
    app.connect("html-page-context", _dedupe_scripts, priority=900)
    app.connect("html-page-context", _page_metadata)
    app.connect("doctree-resolved", _link_glossary_terms)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
