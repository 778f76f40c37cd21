"""Sphinx extension: the book's own Korean search (index, ranking, search page).

Sphinx's search has no Korean and ranks by rules we cannot explain to a reader: a page
shows up twice (once by title, once by text), snippets are cut from the rendered page with
its buttons and raw LaTeX, and a spelling variant finds only the glossary. This extension
replaces it with a small index built here and a small engine in ``_ext/search/search.js``.

What is indexed
    For every page in reading order and every section of it: the page title, the section
    heading, and the section's prose as plain text (paragraphs, lists, tables, admonitions,
    captions; inline code kept; inline math as plain text; no code cells, no outputs, no
    display math, no page furniture). Code cells are indexed too, for identifiers, but they
    never appear in a snippet. Each glossary entry is its own section whose heading is all
    its names.

Words
    Hangul words lose their particles and endings (:func:`strip_korean`), Latin words are
    Porter-stemmed, dotted names (``tf.Variable``) are also kept whole; the engine does
    exactly the same to the query (``test_search.py`` runs both on the same words). Every
    name of a glossary entry (the book's term, English names, other spellings, with or
    without spaces) is one *concept*: "하이퍼파라미터", "hyperparameter" and "초매개변수를"
    all find the sections that use 초매개변수.

Where a word stands
    Each occurrence has a *field*: page title > section heading > bold > English gloss
    ("학습률(learning rate)") > body > code. A glossary term line counts as a heading.

Which page teaches a word
    Among the chapter pages (not the intro or a chapter's opening page, not exercises, the
    glossary or the references): the first in reading order whose title is about the word,
    else the first with it in a heading, else in bold, else glossed; else the chapter page
    that uses it most (:func:`_teacher`). The index stores this page for every word and
    concept; each glossary definition links to it ("→ 1.3 학습률"). Nothing names pages by
    hand: a page added to ``_toc.yml`` takes part on the next build.

The ranking itself (one result per page, its best section as the link) is described in
``search.js``. Sphinx's own index is switched off (``builder.search = False``), so its
scripts are not loaded on every page either (``_ext/templates/layout.html``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer
from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.search.en import english_stopwords, js_porter_stemmer

__all__ = [
    "KOREAN_ENDINGS", "KOREAN_STOPWORDS", "STOPWORDS", "MIN_STEM", "FIELDS", "DEFINES", "GLOSSES",
    "USES",
    "Page", "Section",
    "strip_korean", "stem", "words", "span_key", "dotted_names", "indexable", "math_to_text",
    "read_page", "reading_order", "glossary_entries", "build_index", "setup",
]

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "search"

# --------------------------------------------------------------------------- words

#: Particles and endings stripped from the end of a Hangul word, longest first.
KOREAN_ENDINGS = tuple(
    sorted(
        set(
            """
            에서는 에서도 으로는 으로도 으로써 으로서 에게서 이라는 이라고 이라면 이지만
            까지는 부터는 이므로 이어야 이라서 이었다 이면서 보다는
            하는 한다 하고 하면 하여 해서 했다 하지 하게 해야 하며 하려면 하기 하므로
            하면서 하지만 하도록 할까 한다면 했고 해도 된다 되는 되어 되고 되면 되기 되지
            이다 이며 이고 이면 이나 이란 이라 에서 에게 으로 라는 라고 처럼 보다 까지 부터
            마다 조차 만큼 와는 과는 에는 에도 에만 와의 과의 로는 로도 로서 로써
            의 은 는 이 가 을 를 에 와 과 도 만 로 나 란 한 할 된 될 라 다
            """.split()
        ),
        key=lambda ending: (-len(ending), ending),  # ties in a fixed order: builds repeat
    )
)
#: A stripped word keeps at least this many syllables ("차이" stays "차이").
MIN_STEM = 2

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: A word: a run of Hangul syllables, or a run of Latin letters, digits, ``_`` and ``²``.
_WORD = re.compile(r"[\uac00-\ud7a3]+|[A-Za-z0-9_\u00b2\u00b3]+")
#: What may stand between the words of one name ("경사 하강법", "tf.estimator", "Ockham's").
_JOINER = re.compile(r"^[\s.\-'’]*$")
_PORTER = snowballstemmer.stemmer("porter")
#: Question words a reader types and a page never answers by ("경사하강법이란 무엇인가").
KOREAN_STOPWORDS = ("무엇", "무엇인가", "무엇인지", "뭐", "뭔가", "무슨", "어떻게", "어떤", "왜",
                    "언제", "어디", "얼마나", "방법")
_ENDING_SET = frozenset(KOREAN_ENDINGS)
_ENDING_SIZES = sorted({len(e) for e in KOREAN_ENDINGS}, reverse=True)


@functools.cache
def strip_korean(word: str) -> str:
    """Strip particles and endings from a Hangul word until none is left.

    Stripping again is what makes a word and the word with a particle meet: "텐서플로" ends
    in the particle-like 로, so both it and "텐서플로를" become "텐서플" (a word that only
    looks like it has a particle loses it in every form, so all its forms still meet).

    Examples
    --------
    >>> strip_korean("경사하강법은"), strip_korean("손실을"), strip_korean("차이")
    ('경사하강법', '손실', '차이')
    >>> strip_korean("볼록한"), strip_korean("텐서플로"), strip_korean("텐서플로를")
    ('볼록', '텐서플', '텐서플')
    """
    stripped = True
    while stripped:  # "텐서플로를" → "텐서플로" → "텐서플", the same stem as "텐서플로"
        stripped = False
        for size in _ENDING_SIZES:  # the longest ending first
            if len(word) - size >= MIN_STEM and word[-size:] in _ENDING_SET:
                word, stripped = word[:-size], True
                break
    return word


#: Words neither indexed nor looked up: English stopwords and Korean question words.
STOPWORDS = frozenset(english_stopwords) | {strip_korean(w) for w in KOREAN_STOPWORDS}


@functools.cache
def stem(word: str) -> str:
    """Return the form a word is indexed and looked up under.

    Examples
    --------
    >>> stem("학습률이"), stem("Learning"), stem("GradientTape")
    ('학습률', 'learn', 'gradienttap')
    """
    if _HANGUL.match(word):
        return strip_korean(word)
    return _PORTER.stemWord(word.lower()) if len(word) > 2 else word.lower()


def words(text: str) -> list[tuple[int, int, str]]:
    """Every word of ``text`` as ``(start, end, stem)``; mixed words are split ("MSE를").

    Examples
    --------
    >>> [w for _, _, w in words("tf.GradientTape로 기울기를 구한다")]
    ['tf', 'gradienttap', '로', '기울기', '구한']
    """
    return [(m.start(), m.end(), stem(m.group(0))) for m in _WORD.finditer(text)]


#: A dotted name in code or prose: ``tf.Variable``, ``np.linalg.lstsq``.
_DOTTED = re.compile(r"(?<![\w.])[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+")


def dotted_names(text: str) -> list[tuple[int, int, str]]:
    """Dotted names as ``(start, end, key)``, the key lower-cased (indexed besides their parts).

    >>> [k for _, _, k in dotted_names("tf.Variable과 np.linalg.lstsq, 0.5")]
    ['tf.variable', 'np.linalg.lstsq']
    """
    return [(m.start(), m.end(), m.group(0).lower()) for m in _DOTTED.finditer(text)]


def indexable(word: str) -> bool:
    """Whether a stemmed word goes into the index on its own.

    Not one letter or syllable, not an English stopword, not a bare number, not a particle
    written apart ("`x` 에서").

    >>> indexable("손실"), indexable("층"), indexable("the"), indexable("42"), indexable("에서")
    (True, False, False, False, False)
    """
    return (len(word) >= 2 and word not in STOPWORDS and not word.isdigit()
            and word not in _ENDING_SET)


# --------------------------------------------------------------------------- math

_MATH_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "eta": "η",
    "theta": "θ", "lambda": "λ", "mu": "μ", "sigma": "σ", "Sigma": "Σ", "sum": "Σ",
    "times": "×", "cdot": "·", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠",
    "neq": "≠", "approx": "≈", "infty": "∞", "partial": "∂", "nabla": "∇", "top": "ᵀ",
    "to": "→", "rightarrow": "→", "pm": "±", "ldots": "…", "dots": "…", "cdots": "⋯",
    "in": "∈", "sqrt": "√", "prime": "′", "mid": "|", "lVert": "‖", "rVert": "‖",
}


def _math_command(match: re.Match) -> str:
    name = match.group(1)
    if name in ("top", "prime"):
        return _MATH_SYMBOLS[name]
    return f" {_MATH_SYMBOLS[name]} " if name in _MATH_SYMBOLS else name  # \max → max


def math_to_text(latex: str) -> str:
    r"""Inline LaTeX as plain text for a snippet (no backslashes, no braces, no dollars).

    Examples
    --------
    >>> math_to_text(r"w_{k+1} = w_k - \alpha f'(w_k)")
    "w_k+1 = w_k - α f'(w_k)"
    >>> math_to_text(r"\frac{1}{n}\sum_i (y_i - y'_i)^2")
    "1/n Σ_i (y_i - y'_i)^2"
    >>> math_to_text(r"\text{학습률} \times 2"), math_to_text(r"2/\lambda_{\max}")
    ('학습률 × 2', '2/λ_max')
    """
    text = latex
    for _ in range(4):  # innermost fractions first
        text = re.sub(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}", r"\1/\2", text)
    text = re.sub(r"\\(?:text|mathrm|mathbf|mathit|operatorname|boldsymbol|hat|bar|tilde)"
                  r"\s*\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\(left|right|big|Big|bigg|Bigg|displaystyle|limits)\b", "", text)
    text = re.sub(r"\\([A-Za-z]+)\s?", _math_command, text)
    text = re.sub(r"\\[,;:! ]", " ", text)
    text = text.replace("\\", "").replace("{", "").replace("}", "").replace("$", "")
    text = re.sub(r"\s+([_^)])", r"\1", re.sub(r"([/(])\s+", r"\1", text))
    return re.sub(r"\s+", " ", text).strip()


# --------------------------------------------------------------------------- reading pages

#: Field ranks, weakest first (the engine weights them; a higher rank wins in a section).
FIELDS = {"code": 1, "body": 2, "gloss": 3, "bold": 4, "heading": 5, "title": 6}


@dataclass
class Section:
    """One section of a page: anchor (``""`` for the page top), heading, prose and code."""

    anchor: str
    heading: str
    text: str = ""
    bold: list[tuple[int, int]] = field(default_factory=list)
    code: str = ""
    is_title: bool = False


@dataclass
class Page:
    """One page of the book, in reading order, with its sections."""

    docname: str
    title: str
    number: str
    kind: str
    sections: list[Section]


class _Collector:
    """Flattens a section's own content (not its subsections) into prose and code."""

    SKIP = (nodes.literal_block, nodes.math_block, nodes.raw, nodes.comment, nodes.image,
            nodes.target, nodes.substitution_definition, nodes.footnote_reference,
            nodes.system_message, addnodes.toctree, addnodes.index, nodes.title)

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.bold: list[tuple[int, int]] = []
        self.code: list[str] = []
        self.length = 0

    def add(self, text: str) -> None:
        if text.startswith(" ") and (not self.parts or self.parts[-1].endswith(" ")):
            text = text.lstrip(" ")  # one space between words, whatever the markup
        if text:
            self.parts.append(text)
            self.length += len(text)

    def space(self) -> None:
        if self.parts and not self.parts[-1].endswith(" "):
            self.add(" ")

    def walk(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.Text):
            self.add(re.sub(r"\s+", " ", str(node)))
            return
        if isinstance(node, nodes.section) or isinstance(node, self.SKIP):
            return
        classes = node.get("classes", []) if isinstance(node, nodes.Element) else []
        if "cell_output" in classes or "glossary-teacher" in classes:
            return
        if "cell_input" in classes:
            self.code.extend(n.astext() for n in node.findall(nodes.literal_block))
            return
        if isinstance(node, nodes.math):
            self.add(math_to_text(node.astext()))
            return
        if isinstance(node, addnodes.glossary):
            return  # each glossary entry is a section of its own
        block = (isinstance(node, nodes.Body | nodes.list_item | nodes.entry | nodes.definition
                            | nodes.caption | nodes.legend)
                 and not isinstance(node, nodes.Inline))
        if block:
            self.space()
        start = self.length
        for child in node.children:
            self.walk(child)
        if isinstance(node, nodes.strong):
            self.bold.append((start, self.length))
        if block:
            self.space()

    def section(self, anchor: str, heading: str, is_title: bool) -> Section:
        raw = "".join(self.parts)
        # the collapsed text must keep the bold offsets: trim only the ends
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        bold = [(a - lead, b - lead) for a, b in self.bold if b > a]
        return Section(anchor, heading, text, bold, "\n".join(self.code), is_title)


def _parent_section(node: nodes.Node) -> nodes.Node | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.section):
        parent = parent.parent
    return parent


def _top_sections(doctree: nodes.document) -> list[nodes.section]:
    return [s for s in doctree.findall(nodes.section) if _parent_section(s) is None]


def _glossary_items(glossary: addnodes.glossary):
    for item in glossary.findall(nodes.definition_list_item):
        terms = [t for t in item.children if isinstance(t, nodes.term)]
        definition = next((c for c in item.children if isinstance(c, nodes.definition)), None)
        if terms and definition is not None:
            yield item, terms, definition


def _term_name(term: nodes.term) -> str:
    return "".join(t.astext() for t in term.children if not isinstance(t, addnodes.index)).strip()


def _glossary_sections(glossary: addnodes.glossary) -> list[Section]:
    sections = []
    for _, terms, definition in _glossary_items(glossary):
        collector = _Collector()
        collector.walk(definition)
        names = " · ".join(_term_name(t) for t in terms)
        anchor = terms[0]["ids"][0] if terms[0]["ids"] else ""
        sections.append(collector.section(anchor, names, False))
    return sections


def glossary_entries(doctree: nodes.document) -> list[list[str]]:
    """Return a page's glossary entries, each the list of its names (the book's term first)."""
    return [[_term_name(t) for t in terms]
            for glossary in doctree.findall(addnodes.glossary)
            for _, terms, _ in _glossary_items(glossary)]


def _page_kind(env, docname: str, doctree: nodes.document) -> str:
    if any(True for _ in doctree.findall(addnodes.glossary)):
        return "glossary"
    if docname == env.config.root_doc or env.toctree_includes.get(docname):
        return "overview"
    if any(isinstance(n, nodes.citation) or type(n).__name__ == "bibliography"
           for n in doctree.findall(nodes.Element)):
        return "references"
    if any('class="solution' in n.astext() for n in doctree.findall(nodes.raw)) or any(
            "solution" in n.get("classes", []) for n in doctree.findall(nodes.Element)):
        return "exercises"
    return "chapter"


def reading_order(env) -> list[str]:
    """Return the book's pages in reading order: the root, then its toctrees depth first."""
    order: list[str] = []

    def visit(docname: str) -> None:
        if docname in order or docname not in env.all_docs:
            return
        order.append(docname)
        for child in env.toctree_includes.get(docname, []):
            visit(child)

    visit(env.config.root_doc)
    order.extend(sorted(d for d in env.all_docs if d not in order))
    return order


def read_page(env, docname: str, doctree: nodes.document) -> Page:
    """Read a page's title, number, kind and sections from its doctree."""
    sections: list[Section] = []
    for i, top in enumerate(_top_sections(doctree)):
        _sections_of(top, i == 0, sections)  # the first heading is the page title
    title = env.titles[docname].astext() if docname in env.titles else docname
    number = ".".join(map(str, env.toc_secnumbers.get(docname, {}).get("", ())))
    return Page(docname, title, number, _page_kind(env, docname, doctree), sections)


def _sections_of(section: nodes.section, is_title: bool, out: list[Section]) -> None:
    title = section.next_node(nodes.title)
    heading = title.astext() if title is not None else ""
    anchor = "" if is_title or not section["ids"] else section["ids"][0]
    collector = _Collector()
    for child in section.children:
        collector.walk(child)
    out.append(collector.section(anchor, heading, is_title))
    for child in section.children:
        _nested(child, out)


def _nested(node: nodes.Node, out: list[Section]) -> None:
    if isinstance(node, nodes.section):
        _sections_of(node, False, out)
    elif isinstance(node, addnodes.glossary):
        out.extend(_glossary_sections(node))
    elif isinstance(node, nodes.Element) and not isinstance(node, nodes.TextElement):
        for child in node.children:
            _nested(child, out)


# --------------------------------------------------------------------------- the index


def span_key(text: str, found: list[tuple[int, int, str]]) -> str:
    """Return the key of consecutive words: Hangul runs joined, then stripped; Latin stemmed.

    Spaces between Hangul words do not matter ("경사 하강법" and "경사하강법을" have one
    key), and a particle counts only at the end of the run.

    >>> a, b = "경사 하강법을", "경사하강법"
    >>> span_key(a, words(a)) == span_key(b, words(b)) == "경사하강법"
    True
    >>> text = "Learning rates"; span_key(text, words(text))
    'learnrate'
    """
    key, run = "", ""
    for start, end, word in found:
        if _HANGUL.match(text[start]):
            run += text[start:end]
        else:
            key += strip_korean(run) if run else ""
            run = ""
            key += word
    return key + (strip_korean(run) if run else "")


def _name_key(name: str) -> str:
    return span_key(name, words(name))


def _occurrences(text: str, entry_keys: dict[str, int], max_len: int):
    """Yield ``(start, end, key, inner)`` for every indexable word and glossary name.

    ``inner`` is true for a glossary name inside a longer one (경사하강법 in 확률적
    경사하강법): it is a use of the word, not a title or heading about it.
    """
    found = words(text)
    names = []
    for i, (start, _, _) in enumerate(found):
        for j in range(i, min(i + max_len, len(found))):
            if j > i and not _JOINER.match(text[found[j - 1][1]:found[j][0]]):
                break
            joined = span_key(text, found[i:j + 1])
            if joined in entry_keys:
                names.append((start, found[j][1], f"@{entry_keys[joined]}"))
    for start, end, word in found:
        if indexable(word):
            yield start, end, word, False
    for start, end, key in dotted_names(text):
        yield start, end, key, False
    for start, end, key in names:
        inner = any(a <= start and end <= b and b - a > end - start for a, b, _ in names)
        yield start, end, key, inner


#: An English gloss right after a Korean word: "학습률(learning rate)", "**보폭**(step size)".
_GLOSS = re.compile(r"(?<=[\uac00-\ud7a3])\((?=[^()]*[A-Za-z])[^()]*\)")


def _glosses(text: str) -> list[tuple[int, int]]:
    """Where the glosses of a text are, parentheses included."""
    return [m.span() for m in _GLOSS.finditer(text)]


def _postings(section: Section, entry_keys: dict[str, int], max_len: int
              ) -> dict[str, tuple[int, int]]:
    """Each key of a section with its best field and how often it occurs in the prose."""
    best: dict[str, tuple[int, int]] = {}

    def note(key: str, rank: int, count: int = 0) -> None:
        old_rank, old_count = best.get(key, (0, 0))
        best[key] = (max(old_rank, rank), old_count + count)

    heading_words = words(section.heading)
    for start, end, key, inner in _occurrences(section.heading, entry_keys, max_len):
        covered = sum(1 for a, _, _ in heading_words if start <= a < end)
        # the page is about the word when it is at least half of the title's words
        title = section.is_title and 2 * covered >= len(heading_words)
        note(key, FIELDS["body"] if inner else FIELDS["title"] if title else FIELDS["heading"])
    glosses = _glosses(section.text)
    for start, end, key, inner in _occurrences(section.text, entry_keys, max_len):
        if inner:
            rank = FIELDS["body"]
        elif any(a <= start < b for a, b in section.bold):
            rank = FIELDS["bold"]
        elif any(a == end or a <= start < b for a, b in glosses):
            rank = FIELDS["gloss"]  # the glossed word, or a word of the gloss
        else:
            rank = FIELDS["body"]
        note(key, rank, 1)
    for _, _, key, _ in _occurrences(section.code, entry_keys, max_len):
        if not _HANGUL.match(key):  # identifiers, not the Korean of comments and strings
            note(key, FIELDS["code"])
    return best


#: How a page teaches a word, stored with it: it defines the word (title, heading, bold),
#: glosses it, or — when no chapter page does either — it is the one that uses it most.
DEFINES, GLOSSES, USES = 2, 1, 0


def _teacher(postings: list[int], sections: list, pages: list[Page]) -> list[int] | None:
    """Find ``[page, section, how]`` of the page that teaches a word, or ``None``.

    The first page in reading order whose title is about the word (a chapter page, or a
    hands-on page with exercises at its end); else, among the chapter pages, the first with
    the word in a heading; else in bold (``how`` = :data:`DEFINES`); else glossed
    (:data:`GLOSSES`). Else the chapter page that uses the word most: its prose
    uses, plus one for each section that has it only in code (:data:`USES`). Only if no
    chapter page has it: the first exercise page, then overview page, that defines or
    glosses it. The glossary and the references never teach.
    """
    best: dict[tuple[str, int], list[int]] = {}  # (kind, field) → first [page, section]
    uses: dict[int, list[int]] = {}  # chapter page → [count, first section]
    for i in range(0, len(postings), 2):
        s, code = postings[i], postings[i + 1]
        rank, count = code // 64, code % 64
        p = sections[s][0]
        kind = pages[p].kind
        if kind not in ("chapter", "exercises", "overview"):
            continue
        old = best.get((kind, rank))
        if old is None or p < old[0]:
            best[(kind, rank)] = [p, s]
        if kind == "chapter":  # prose uses, and a section using it only in code counts once
            uses.setdefault(p, [0, s])[0] += max(count, 1)
    # a page titled with the word teaches it, also a hands-on page that ends with exercises
    # (2.4, 3.3: "검증 세트와 손실 곡선"); an exercises page's title is 연습 문제
    titled = [best[(kind, FIELDS["title"])] for kind in ("chapter", "exercises")
              if (kind, FIELDS["title"]) in best]
    if titled:
        return [*min(titled), DEFINES]
    defining = [FIELDS[f] for f in ("heading", "bold", "gloss")]
    for rank in defining:
        if ("chapter", rank) in best:
            return [*best[("chapter", rank)], GLOSSES if rank == FIELDS["gloss"] else DEFINES]
    if uses:
        p = max(uses, key=lambda q: (uses[q][0], -q))
        return [p, uses[p][1], USES]
    for kind in ("exercises", "overview"):  # an overview page's title counts only here
        for rank in [FIELDS["title"], *defining]:
            if (kind, rank) in best:
                return [*best[(kind, rank)], GLOSSES if rank == FIELDS["gloss"] else DEFINES]
    return None


def build_index(pages: list[Page], entries: list[list[str]]) -> dict:
    """Build the search index as plain data (JSON in ``korean-search-index.js``).

    ``pages``: ``[docname, number, title, kind]`` in reading order; ``sections``:
    ``[page, anchor, heading, text]``; ``terms``: key → ``[teacher, section, field * 64 +
    count, section, …]`` where ``teacher`` is ``page * 4 + how`` of the page that teaches
    the key (-1: none); ``entries``: the glossary's names; ``entry_keys``: each name's key
    → entry; ``name_starts``: the first word of a longer name → entries;
    ``entry_teachers``: ``[page, section]`` that teaches each entry, or ``None``.
    """
    entry_keys: dict[str, int] = {}
    for i, names in enumerate(entries):
        for name in names:
            key = _name_key(name)
            if key:
                entry_keys.setdefault(key, i)
    max_len = max((len(words(n)) for names in entries for n in names), default=1)
    name_starts: dict[str, list[int]] = {}  # first word of a longer name → its entries
    for i, names in enumerate(entries):
        for name in names:
            found = words(name)
            if len(found) > 1 and indexable(found[0][2]) and found[0][2] not in entry_keys:
                if i not in name_starts.setdefault(found[0][2], []):
                    name_starts[found[0][2]].append(i)

    sections, terms = [], {}
    for p, page in enumerate(pages):
        for section in page.sections:
            s = len(sections)
            sections.append([p, section.anchor, section.heading, section.text])
            for key, (rank, count) in _postings(section, entry_keys, max_len).items():
                terms.setdefault(key, []).extend([s, rank * 64 + min(count, 63)])
    teach = {key: _teacher(postings, sections, pages) for key, postings in terms.items()}
    entry_teachers = [teach.get(f"@{i}") for i in range(len(entries))]
    # the teaching page leads each key's postings: page * 4 + how, or -1
    terms = {key: [t[0] * 4 + t[2] if t else -1, *postings]
             for key, postings in terms.items() for t in [teach[key]]}
    return {
        "pages": [[pg.docname, pg.number, pg.title, pg.kind] for pg in pages],
        "sections": sections,
        "terms": terms,
        "entries": entries,
        "entry_keys": entry_keys,
        "name_starts": name_starts,
        "entry_teachers": [t[:2] if t else None for t in entry_teachers],
        "endings": list(KOREAN_ENDINGS),
        "min_stem": MIN_STEM,
        "stopwords": sorted(STOPWORDS),
        "max_name_words": max_len,
    }


def teacher_of_entries(index: dict) -> dict[int, tuple[str, str]]:
    """Map each glossary entry to (docname, anchor) of the page section that teaches it."""
    return {i: (index["pages"][t[0]][0], index["sections"][t[1]][1])
            for i, t in enumerate(index["entry_teachers"]) if t}


# --------------------------------------------------------------------------- Sphinx wiring


def _read_doctree(env, docname: str, doctree: nodes.document) -> tuple[Page, list[list[str]]]:
    return read_page(env, docname, doctree), glossary_entries(doctree)


def _read_book(env, read) -> tuple[list[Page], list[list[str]]]:
    """Every page in reading order and the glossary's entries; ``read(docname)`` reads one."""
    pages, entries = [], []
    for docname in reading_order(env):
        page, found = read(docname)
        pages.append(page)
        entries.extend(found)
    return pages, entries


def _compute_teachers(app: Sphinx, env) -> list[str]:
    """After reading: which page teaches each glossary entry (for the glossary's links)."""
    if app.builder.format != "html":
        return []
    pages, entries = _read_book(env, lambda d: _read_doctree(env, d, env.get_doctree(d)))
    index = build_index(pages, entries)
    app._korean_search_teachers = {  # noqa: SLF001 - one build's state
        tuple(entries[i]): target for i, target in teacher_of_entries(index).items()
    }
    # the glossary's links depend on every other page: write it again on every build
    return [pg.docname for pg in pages if pg.kind == "glossary"]


def _link_teachers(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Append "→ 1.3 학습률" to each glossary definition whose term a page teaches."""
    teachers = getattr(app, "_korean_search_teachers", {})
    if app.builder.format != "html":
        return
    for glossary in doctree.findall(addnodes.glossary):
        for _, terms, definition in _glossary_items(glossary):
            target = teachers.get(tuple(_term_name(t) for t in terms))
            if not target or any("glossary-teacher" in n.get("classes", [])
                                 for n in definition.findall(nodes.paragraph)):
                continue
            target_doc, anchor = target
            number = ".".join(map(str, app.env.toc_secnumbers.get(target_doc, {}).get("", ())))
            title = app.env.titles[target_doc].astext()
            uri = app.builder.get_relative_uri(docname, target_doc) + (f"#{anchor}" if anchor
                                                                       else "")
            ref = nodes.reference("", f"{number} {title}".strip(), internal=True, refuri=uri,
                                  reftitle="이 용어를 설명하는 절")
            para = nodes.paragraph("", "→ ", ref, classes=["glossary-teacher"])
            definition += para


def _capture(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Read each page as it is written (its links resolved) for the index."""
    if app.builder.format == "html":
        app._korean_search_read = getattr(app, "_korean_search_read", {})  # noqa: SLF001
        app._korean_search_read[docname] = _read_doctree(app.env, docname, doctree)


def _write_index(app: Sphinx):
    """Write the index and the engine into ``_static`` and render the search page."""
    if app.builder.format != "html":
        return
    env, captured = app.env, getattr(app, "_korean_search_read", {})

    def read(docname: str) -> tuple[Page, list[list[str]]]:
        if docname in captured:
            return captured[docname]
        # a page not written in this (incremental) build: resolve its doctree now
        return _read_doctree(env, docname, env.get_and_resolve_doctree(docname, app.builder))

    index = build_index(*_read_book(env, read))
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    index_js = f"KoreanSearch.setIndex({data});\n"
    engine_js = (
        "/* Porter stemmer: Sphinx (BSD), the same algorithm as snowballstemmer's porter. */\n"
        + js_porter_stemmer + "\nvar PorterStemmer = Stemmer;\n"
        + (ASSETS / "search.js").read_text(encoding="utf-8")
    )
    versions = {}
    for name, text in (("korean-search-index.js", index_js), ("korean-search.js", engine_js)):
        (static / name).write_text(text, encoding="utf-8")
        versions[name] = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    css = (ASSETS / "search.css").read_text(encoding="utf-8")
    (static / "korean-search.css").write_text(css, encoding="utf-8")
    versions["korean-search.css"] = hashlib.sha1(css.encode("utf-8")).hexdigest()[:8]
    yield "search", {"title": "검색", "korean_search": versions}, "search.html"


def _no_sphinx_index(app: Sphinx) -> None:
    if app.builder.format == "html":
        app.builder.search = False


def setup(app: Sphinx) -> dict:
    """Register the index builder, the glossary's teaching links and the search page."""
    app.connect("builder-inited", _no_sphinx_index)
    app.connect("env-updated", _compute_teachers)
    # late: after the other extensions have changed the doctree (links, glossary terms)
    app.connect("doctree-resolved", _link_teachers, priority=800)
    app.connect("doctree-resolved", _capture, priority=900)
    app.connect("html-collect-pages", _write_index)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}

