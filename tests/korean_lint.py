"""Rules for the book's Korean prose, used by ``test_korean.py``.

Each rule takes the book's blocks (see :mod:`book_text`) and returns a list of problems,
each a short string naming the page, the cell and the text, so that a failing test prints
every place to fix at once.
"""

from __future__ import annotations

import re
from pathlib import Path

from book_text import _INLINE_CODE, _INLINE_MATH, _LINK, CODE, Block

#: The book's terminology (Korean term, English, alternatives), kept with the book.
TERMS = Path(__file__).resolve().parents[1] / "TERMS.md"
GLOSSARY_PAGE = "book/appendix/glossary"

HANGUL = "가-힣"

#: Particles and endings that must be written right after the word before them.
PARTICLES = frozenset(
    """
    은 는 이 가 을 를 에 와 과 도 만 로 으로 의 에서 에게 처럼 보다 까지 부터 마다 이다 다 이고
    고 이며 며 이면 면 이나 나 이라는 라는 이라고 라고 에는 에도 으로는 로는 와는 과는 와의 과의
    만큼 뿐 이란 란 이지만 지만 에서는 에서도 으로서 로서 으로써 로써 보다는 부터는 까지는 인 일
    이므로 므로 이라 라 이라서 라서 이었다 였다 으로도 로도 에만 이어야 여야 이어서 여서 이든 든
    라도 이라도 과도 와도 같이 이랑 랑 에의 로의 으로의 밖에 조차 처럼 대로 이면서 면서 이자 자
    """.split()
)

#: Runs that look like particles together but are a bound noun, written apart: "한 걸음 만에".
NOT_PARTICLES = frozenset({"만에"})


def is_particle(word: str, parts: int = 3) -> bool:
    """A particle, or particles run together ("까지의", "이라면"): at most ``parts`` of them."""
    if word in NOT_PARTICLES:
        return False
    if word in PARTICLES:
        return True
    return parts > 1 and any(word[:i] in PARTICLES and is_particle(word[i:], parts - 1)
                             for i in range(1, len(word)))


_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_PARTICLE_AFTER = re.compile(rf"^[ \t]+([{HANGUL}]+)(?=[^{HANGUL}]|$)")


def _span_ends(markdown: str) -> list[tuple[int, str]]:
    """End offsets of inline math, inline code, bold and links, with what ended there."""
    ends = []
    code_spans = [m.span() for m in _INLINE_CODE.finditer(markdown)]

    def in_code(pos: int) -> bool:
        return any(a <= pos < b for a, b in code_spans)

    for a, b in code_spans:
        ends.append((b, markdown[a:b]))
    for pattern in (_INLINE_MATH, _BOLD, _LINK):
        for m in pattern.finditer(markdown):
            if not in_code(m.start()):
                ends.append((m.end(), m.group(0)))
    return ends


def _without_code_blocks(markdown: str) -> str:
    # fenced blocks keep their length so offsets stay meaningful; prose lines only
    return re.sub(r"^(```+|~~~+).*?^\1[ \t]*$", lambda m: " " * len(m.group(0)),
                  markdown, flags=re.S | re.M)


def particle_spacing(blocks: list[Block]) -> list[str]:
    """A particle must follow `$w$`, `` `X` ``, ``**굵게**`` or a link with no space."""
    problems = []
    for block in blocks:
        text = _without_code_blocks(block.markdown)
        for end, span in _span_ends(text):
            m = _PARTICLE_AFTER.match(text[end:])
            if m and is_particle(m.group(1)):
                problems.append(f"{block.where}: '{span[-30:]} {m.group(1)}'")
    return problems


def bold_gloss(blocks: list[Block]) -> list[str]:
    """``**용어(term)**`` does not render as bold before a particle: write ``**용어**(term)``."""
    problems = []
    for block in blocks:
        for m in _BOLD.finditer(_without_code_blocks(block.markdown)):
            if re.search(r"\([^)]*[A-Za-z][^)]*\)$", m.group(1)):
                problems.append(f"{block.where}: '{m.group(0)}'")
    return problems


def nested_parentheses(blocks: list[Block], limit: int = 2) -> list[str]:
    """No parentheses nested ``limit + 1`` deep in prose."""
    problems = []
    for block in blocks:
        for line in block.prose.splitlines():
            depth = 0
            for ch in line:
                depth += ch == "("
                depth -= ch == ")"
                if depth > limit:
                    problems.append(f"{block.where}: '{line.strip()[:80]}'")
                    break
    return problems


# --- TERMS.md ----------------------------------------------------------------------------

#: Rows of TERMS.md whose English side pairs with the Korean side in a way the simple
#: "a / b | x / y" split does not see.
_ENGLISH_OVERRIDES = {
    "학습 세트": "training set",
    "검증 세트": "validation set",
    "테스트 세트": "test set",
    "고수준 API": "high-level API",
    "저수준 API": "low-level API",
}


def terms() -> list[tuple[str, str, list[str]]]:
    """TERMS.md rows as ``(korean, english, alternatives)``, one per Korean term."""
    rows = []
    for line in TERMS.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("이 책의 용어", "") or set(cells[0]) <= {"-"}:
            continue
        korean = [k.strip() for k in cells[0].split("/")]
        english = [e.strip() for e in cells[1].split("/")]
        alternatives = [a.strip() for a in re.split(r"[,/]", cells[2]) if a.strip()]
        for i, word in enumerate(korean):
            word = re.sub(r"\(.*?\)", "", word).strip()
            eng = english[i] if len(english) == len(korean) else cells[1]
            rows.append((word, _ENGLISH_OVERRIDES.get(word, eng), alternatives))
    return rows


def _term_pattern(all_terms: list[str]) -> re.Pattern:
    # longest first, so 손실 함수 is one use of 손실 함수 and not a use of 손실
    ordered = sorted(set(all_terms), key=len, reverse=True)
    return re.compile("|".join(re.escape(t) for t in ordered))


#: Alternatives too generic to flag (비용 is also "cost", 경사 is inside 경사하강법).
_GENERIC_ALTERNATIVES = frozenset({"비용", "경사", "세대"})


def alternatives_used(blocks: list[Block]) -> list[str]:
    """Alternatives from TERMS.md's third column appear only in the glossary.

    A page may still name an alternative on purpose, as "과대적합이라고도 한다" or inside
    quotation marks; those are allowed.
    """
    alternatives = {}
    for korean, _, alts in terms():
        for alt in alts:
            if re.search(f"[{HANGUL}]", alt) and alt != korean and alt not in _GENERIC_ALTERNATIVES:
                alternatives.setdefault(re.sub(r"\(.*", "", alt).strip(), korean)
    problems = []
    for block in blocks:
        if block.page == GLOSSARY_PAGE:
            continue
        prose = block.prose
        for alt, korean in alternatives.items():
            for m in re.finditer(re.escape(alt), prose):
                after = prose[m.end():m.end() + 6]
                named = re.match(r"(이라고도|라고도|[’”'\"」)])", after)
                if not _is_use(prose, m.start(), m.end()) or named:
                    continue
                if re.search(r"[‘“'\"「]$", prose[:m.start()]):
                    continue
                context = prose[max(0, m.start() - 20):m.end() + 10]
                problems.append(f"{block.where}: '{alt}' → '{korean}' ({context!r})")
    return problems


#: Words the book does not use, with what to write instead.
BANNED = {
    "얕잡아": "과소평가한다/과대평가한다",
    "갱신": "업데이트",
    "이 페이지": "이 절",
    "이 쪽": "이 절",
    "원문": "학습 노트(블로그 글) 또는 MLCC",
    "데이터셋": "데이터 세트",
    "η": "α (학습률의 기호)",
}


def banned_words(blocks: list[Block]) -> list[str]:
    problems = []
    for block in blocks:
        if block.page == GLOSSARY_PAGE:
            continue
        text = block.markdown
        for word, instead in BANNED.items():
            for m in re.finditer(re.escape(word), text):
                problems.append(f"{block.where}: '{word}' → '{instead}' "
                                f"({text[max(0, m.start()-20):m.end()+10]!r})")
    return problems


# --- English glosses ---------------------------------------------------------------------

_VERB_TAILS = ("하", "한", "할", "함", "해", "했", "되", "된", "될", "됨", "돼", "시키", "적", "입")


def _is_use(plain: str, start: int, end: int) -> bool:
    before = plain[start - 1] if start else " "
    if re.match(f"[{HANGUL}]", before):
        return False
    after = re.match(f"[{HANGUL}]*", plain[end:]).group(0)
    return not after or after in PARTICLES or after.startswith(_VERB_TAILS)


_LEAD_IN = re.compile(r"^(\s*[-*]\s+\*\*[^*]+\*\*)(?=:)")


def uses(block: Block, pattern: re.Pattern) -> list[tuple[str, bool, bool, str]]:
    """Each use of a term in a block: ``(term, glossed, in_heading, context)``, in order."""
    found = []
    for line in block.prose.splitlines():
        heading = line.lstrip().startswith("#")
        # a list item's bold lead-in that names a page ("- **세 가지 가정**: …") is a title,
        # like a heading: the gloss belongs to the term's first use in the sentence after it
        label = _LEAD_IN.match(line)
        title_end = len(label.group(1).replace("**", "")) if label else 0
        plain = line.replace("**", "")
        for m in pattern.finditer(plain):
            if not _is_use(plain, m.start(), m.end()):
                continue
            glossed = bool(re.match(rf"^\(([^()]*[A-Za-z{CODE}][^()]*)\)", plain[m.end():]))
            context = plain[max(0, m.start() - 15):m.end() + 25]
            found.append((m.group(0), glossed, heading or m.end() <= title_end, context))
    return found


def _page_uses(page_blocks: list[Block], pattern: re.Pattern):
    for block in page_blocks:
        for term, glossed, heading, context in uses(block, pattern):
            if not heading:
                yield block, term, glossed, context


def glosses_per_page(pages: dict[str, list[Block]]) -> list[str]:
    """On a page, a term carries its English gloss at most once, and at its first use."""
    pattern = _term_pattern([t for t, _, _ in terms()])
    problems = []
    for page, page_blocks in pages.items():
        if page == GLOSSARY_PAGE:
            continue
        seen: dict[str, bool] = {}
        for block, term, glossed, context in _page_uses(page_blocks, pattern):
            if glossed and term in seen:
                problems.append(f"{block.where}: '{term}' is glossed again (or after its first "
                                f"use on the page): {context!r}")
            seen.setdefault(term, glossed)
    return problems


def repeated_glosses(pages: dict[str, list[Block]]) -> list[str]:
    """The same English gloss in parentheses appears at most once per page (any term)."""
    problems = []
    gloss = re.compile(rf"[{HANGUL}](?:\*\*)?\(([A-Za-z][^()]*)\)")
    for page, page_blocks in pages.items():
        if page == GLOSSARY_PAGE:
            continue
        seen = set()
        for block in page_blocks:
            for line in block.prose.splitlines():
                if line.lstrip().startswith("#"):
                    continue
                for m in gloss.finditer(line):
                    key = m.group(1).strip().lower()
                    if key in seen:
                        problems.append(f"{block.where}: gloss '({m.group(1)})' repeated")
                    seen.add(key)
    return problems


def first_use_in_chapter(chapter_pages: dict[str, list[str]],
                         pages: dict[str, list[Block]]) -> list[str]:
    """The first use of each TERMS.md term in a chapter carries its English gloss."""
    pattern = _term_pattern([t for t, _, _ in terms()])
    english = {t: e for t, e, _ in terms()}
    problems = []
    for names in chapter_pages.values():
        seen = set()
        for name in names:
            for block, term, glossed, context in _page_uses(pages[name], pattern):
                if term in seen:
                    continue
                seen.add(term)
                if not glossed:
                    problems.append(f"{block.where}: the chapter's first '{term}' needs its "
                                    f"English gloss, e.g. '{term}({english[term]})': {context!r}")
    return problems
