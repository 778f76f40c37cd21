"""The book's search (_ext/korean_search.py and _ext/search/search.js) without a browser.

- words are stemmed alike at index time (Python) and query time (JavaScript, run in node);
- the index built with the book holds prose only, every page once, and a teaching page for
  the glossary's terms, which the glossary links to;
- every name of every glossary entry (the book's term, English names, other spellings)
  finds the page that teaches the entry first, or the glossary when no page teaches it.

The reader's queries in a real browser are in test_browser_search.py.
"""

import doctest
import json
import re
import shutil
import subprocess
from pathlib import Path

import korean_search  # the Sphinx extension in _ext/ (pytest's pythonpath)
import pytest
from book_layout import PAGES, ROOT
from needs import NODE_INSTALL, require
from sphinx.search.en import js_porter_stemmer

ENGINE = ROOT / "_ext" / "search" / "search.js"
TERMS_MD = ROOT / "TERMS.md"

WORDS = [
    "경사하강법은", "경사하강법을", "경사하강법", "손실을", "손실이", "학습률이", "학습률의",
    "과적합한다", "과적합의", "차이", "모델은", "테스트", "세트에서", "수렴한다", "기울기를",
    "볼록한", "텐서플로", "텐서플로를", "넘파이가", "구현하기", "데이터로", "에서",
    "learning", "rates", "overfitting", "GradientTape", "Keras", "lstsq", "i", "R²",
]


def test_doctests_of_the_extension_pass():
    result = doctest.testmod(korean_search)
    assert result.attempted > 5 and result.failed == 0


@pytest.mark.parametrize(
    ("word", "stem"),
    [("경사하강법은", "경사하강법"), ("손실을", "손실"), ("학습률이", "학습률"),
     ("과적합한다", "과적합"), ("세트에서", "세트"), ("차이", "차이"), ("손실", "손실"),
     ("볼록한", "볼록"), ("텐서플로를", "텐서플"), ("텐서플로", "텐서플")],
)
def test_strip_korean(word, stem):
    assert korean_search.strip_korean(word) == stem


def test_a_word_and_the_word_with_a_particle_meet():
    for word in ["텐서플로", "넘파이", "경사하강법", "데이터", "카메라", "손실 함수"]:
        for particle in ["를", "는", "로", "의", "에서", "이다"]:
            assert korean_search.strip_korean(word + particle) == korean_search.strip_korean(word)


def _node(script: str) -> str:
    require(("node",), NODE_INSTALL)
    out = subprocess.run([shutil.which("node")], input=script, capture_output=True, text=True,
                         check=True)
    return out.stdout


def _engine_with(index: dict) -> str:
    return (js_porter_stemmer + "\nvar PorterStemmer = Stemmer;\n"
            + ENGINE.read_text(encoding="utf-8")
            + f"\nKoreanSearch.setIndex({json.dumps(index, ensure_ascii=False)});\n")


def _glossary_names() -> list[str]:
    text = (ROOT / "book" / "appendix" / "glossary.md").read_text(encoding="utf-8")
    body = text.split(":::{glossary}", 1)[1].split("\n:::", 1)[0]
    return [line.strip() for line in body.splitlines() if line.strip() and not line[0].isspace()]


def test_python_and_javascript_stem_and_join_words_alike():
    """The same stems and the same glossary-name keys at index time and at query time."""
    names = _glossary_names()
    words = WORDS + [w for name in names for w in re.findall(r"[가-힣]+|[A-Za-z0-9_²]+", name)]
    index = korean_search.build_index([], [])
    script = _engine_with(index) + (
        f"const words = {json.dumps(words, ensure_ascii=False)};\n"
        f"const names = {json.dumps(names, ensure_ascii=False)};\n"
        "console.log(JSON.stringify([words.map((w) => KoreanSearch.stem(w)),\n"
        "  names.map((n) => KoreanSearch.spanKey(KoreanSearch.words(n)))]));"
    )
    stems, keys = json.loads(_node(script))
    assert stems == [korean_search.stem(w) for w in words]
    assert keys == [korean_search.span_key(n, korean_search.words(n)) for n in names]


# --------------------------------------------------------------------------- the built index


@pytest.fixture(scope="module")
def index(built_site) -> dict:
    text = (built_site / "_static" / "korean-search-index.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1:text.rindex(")")])


def test_index_has_every_page_once_in_reading_order(index):
    assert [p[0] for p in index["pages"]] == PAGES


def test_index_holds_prose_not_furniture_latex_or_output(index):
    furniture = re.compile(r"\\[A-Za-z]+|\\\(|\$|\.pdf|(?<![가-힣])차례(?![가-힣])|In \[\d+\]")
    for page, _, heading, text in index["sections"]:
        assert not furniture.search(text), (index["pages"][page][0], heading,
                                            furniture.search(text).group(0))
    learning_rate = [s for s in index["sections"] if s[2] == "기울기 × 학습률 = 한 걸음"][0]
    assert "2.5 × 0.01 = 0.025" in learning_rate[3]  # inline math, as text
    assert "print(" not in learning_rate[3] and "0.975" not in learning_rate[3]  # no code


def test_glossary_terms_are_taught_by_their_chapter(index):
    pages = [p[0] for p in index["pages"]]
    entries = {names[0]: i for i, names in enumerate(index["entries"])}
    expected = {
        "학습률": "book/reducing_loss/learning_rate",
        "경사하강법": "book/reducing_loss/gradient_descent",
        "과적합": "book/generalization/overfitting",
        "테스트 세트": "book/generalization/train_test_split",
        "손실 함수": "book/reducing_loss/iterative_approach",
        "볼록 함수": "book/reducing_loss/gradient_descent",
        "케라스": "book/first_steps_tf/high_level_api",
        "정상성": "book/generalization/assumptions",
    }
    for term, page in expected.items():
        assert pages[index["entry_teachers"][entries[term]][0]] == page, term


def test_glossary_links_each_taught_term_to_its_page(built_site, index):
    html = (built_site / "book" / "appendix" / "glossary.html").read_text(encoding="utf-8")
    links = re.findall(r'"glossary-teacher">→ <a [^>]*href="([^"]+)"[^>]*>([^<]+)</a>', html)
    taught = [t for t in index["entry_teachers"] if t]
    assert len(links) == len(taught) > 50
    assert ("../reducing_loss/learning_rate.html", "1.3 학습률") in links
    for href, _ in links:
        target = href.split("#")[0].removeprefix("../")
        assert (built_site / "book" / target).is_file(), href


def test_every_glossary_name_finds_the_page_that_teaches_it(built_site, index):
    """Each name of each entry, as a query, ranks the entry's teaching page first."""
    engine = (built_site / "_static" / "korean-search.js").read_text(encoding="utf-8")
    data = (built_site / "_static" / "korean-search-index.js").read_text(encoding="utf-8")
    script = engine + "\n" + data + (
        "const out = [];\n"
        "KoreanSearch.ready(() => {\n"
        "  const entries = KoreanSearch.index().entries;\n"
        "  entries.forEach((names, e) => names.forEach((name) => {\n"
        "    const results = KoreanSearch.search(name);\n"
        "    out.push([e, name, results.concepts.map((c) => c.alts.flat()),\n"
        "      results.length ? KoreanSearch.describe(results[0]).docname : null]);\n"
        "  }));\n"
        "  console.log(JSON.stringify(out));\n"
        "});"
    )
    pages = [p[0] for p in index["pages"]]
    wrong = []
    for entry, name, concepts, first in json.loads(_node(script)):
        teach = index["entry_teachers"][entry]
        want = pages[teach[0]] if teach else "book/appendix/glossary"
        if concepts[:1] != [[f"@{entry}"]] or first != want:
            wrong.append((name, concepts, first, want))
    assert wrong == []


#: TERMS.md cells whose last word belongs to every part.
_SHARED_LAST_WORD = {
    "training / validation / test set": ["training set", "validation set", "test set"],
    "high-level / low-level API": ["high-level API", "low-level API"],
    "높은 수준 / 낮은 수준 API": ["높은 수준 API", "낮은 수준 API"],
}


def _terms_md_names() -> list[str]:
    """Every name in TERMS.md: the book's terms, the English names, the alternatives."""
    names = []
    for line in TERMS_MD.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("이 책의 용어", "") or set(cells[0]) <= {"-"}:
            continue
        for cell in filter(None, cells):
            if cell in _SHARED_LAST_WORD:
                names += _SHARED_LAST_WORD[cell]
                continue
            for part in re.split(r"\s*[/,]\s*", cell):
                inner = re.fullmatch(r"(.*?)\s*\((.*)\)", part)
                if inner:
                    part, note = inner.groups()
                    if not re.search(r"[가-힣] | [가-힣]", note):  # a name, not a remark
                        names.append(note.strip("` "))
                names.append(part.strip("` "))
    return [n for n in names if n]


def test_every_name_in_terms_md_is_in_the_glossary():
    glossary = {re.sub(r"\s+", "", n) for n in _glossary_names()}
    names = _terms_md_names()
    assert len(names) > 100
    assert [n for n in names if re.sub(r"\s+", "", n) not in glossary] == []


def test_only_the_search_page_loads_the_search(built_site):
    search = (built_site / "search.html").read_text(encoding="utf-8")
    assert "korean-search.js" in search and "korean-search-index.js" in search
    assert not (built_site / "searchindex.js").exists()
    for page in PAGES:
        text = (built_site / f"{page}.html").read_text(encoding="utf-8")
        assert "searchindex.js" not in text and "searchtools.js" not in text, page
        assert "korean-search" not in text, page


def test_engine_has_no_server_dependency():
    engine = ENGINE.read_text(encoding="utf-8")
    assert "fetch(" not in engine and "XMLHttpRequest" not in engine
    assert Path(korean_search.__file__).name == "korean_search.py"


@pytest.mark.parametrize(
    ("text", "start", "end", "whole"),
    [("텐서플로를", 0, 2, False), ("손실을 줄인다", 0, 2, True), ("학습률", 0, 3, True),
     ("과적합이다", 0, 3, True), ("미니배치", 2, 4, False), ("(손실)", 1, 3, True)],
)
def test_glossary_links_only_whole_words(text, start, end, whole):
    """korean_book links a term's first use; the particles it allows after it are these."""
    import korean_book

    assert korean_book._is_whole_word(text, start, end) is whole
