"""Korean prose lint: particles attached, glosses at first use only, TERMS.md spellings.

Each test prints every place to fix at once. The rules are in korean_lint.py.
"""

import book_text
import korean_lint as lint
import pytest

BLOCKS = book_text.all_blocks()
PAGES = {page: book_text.blocks(page) for page in book_text.pages()}


def _report(problems):
    return f"{len(problems)} to fix:\n" + "\n".join(problems)


def test_particles_follow_math_code_bold_and_links_without_a_space():
    problems = lint.particle_spacing(BLOCKS)
    assert not problems, _report(problems)


def test_bold_terms_keep_their_english_gloss_outside_the_markers():
    problems = lint.bold_gloss(BLOCKS)
    assert not problems, _report(problems)


def test_english_gloss_only_at_a_terms_first_use_on_a_page():
    problems = lint.glosses_per_page(PAGES) + lint.repeated_glosses(PAGES)
    assert not problems, _report(problems)


def test_first_use_of_each_term_in_a_chapter_is_glossed():
    problems = lint.first_use_in_chapter(book_text.chapters(), PAGES)
    assert not problems, _report(problems)


def test_terms_are_spelled_as_terms_md_says():
    problems = lint.alternatives_used(BLOCKS)
    assert not problems, _report(problems)


def test_no_banned_words():
    problems = lint.banned_words(BLOCKS)
    assert not problems, _report(problems)


def test_no_triple_nested_parentheses():
    problems = lint.nested_parentheses(BLOCKS)
    assert not problems, _report(problems)


@pytest.mark.parametrize(
    ("markdown", "rule", "found"),
    [
        ("모델은 $w$ 와 $b$를 쓴다.", lint.particle_spacing, 1),
        ("모델은 $w$와 $b$를 쓴다.", lint.particle_spacing, 0),
        ("`X` 는 특성이다.", lint.particle_spacing, 1),
        ("답은 **반복 방식**(iterative approach) 이다.", lint.particle_spacing, 0),
        ("답은 **반복 방식(iterative approach)** 이다.", lint.particle_spacing, 1),
        ("[경사하강법](gd.ipynb) 을 본다.", lint.particle_spacing, 1),
        ("$x$ 값이 크다.", lint.particle_spacing, 0),
        ("최솟값 $w^* = 0$ 까지의 거리", lint.particle_spacing, 1),  # 까지 + 의
        ("$y = 25$ 라면 손실은", lint.particle_spacing, 1),  # (이)라 + 면
        ("$y = 25$라면 손실은", lint.particle_spacing, 0),
        ("**한 걸음** 만에 닿는다.", lint.particle_spacing, 0),  # 만: a bound noun, apart
        ("$w$ 가까이에서", lint.particle_spacing, 0),
        ("**반복 방식(iterative approach)**이다.", lint.bold_gloss, 1),
        ("미래 성능을 얕잡아 본다.", lint.banned_words, 1),
        ("과대적합이라고도 한다.", lint.alternatives_used, 0),
        ("모델이 과대적합한다.", lint.alternatives_used, 1),
        ("a(b(c(d)))", lint.nested_parentheses, 1),
    ],
)
def test_rules_catch_what_they_should(markdown, rule, found):
    """The rules can fail: each catches its example and passes the corrected text."""
    block = book_text.Block("book/example", 0, markdown)
    assert len(rule([block])) == found


def test_gloss_rules_catch_repeats_and_missing_first_glosses():
    page = [book_text.Block("book/x/a", 1, "손실(loss)을 줄인다. 손실(loss)이 크다."),
            book_text.Block("book/x/a", 2, "학습률을 정한다. 학습률(learning rate)은 작다.")]
    assert len(lint.glosses_per_page({"book/x/a": page})) == 2
    lead_in = book_text.Block("book/x/b", 1, "- **학습률**: 학습률(learning rate)을 정한다.")
    assert not lint.first_use_in_chapter({"i": ["book/x/b"]}, {"book/x/b": [lead_in]})
    chapter = {"book/x/index": ["book/x/a"]}
    missing = lint.first_use_in_chapter(chapter, {"book/x/a": page})
    assert any("학습률" in p for p in missing) and not any("'손실'" in p for p in missing)
