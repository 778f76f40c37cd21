"""Korean search in a real browser, on the built site (the queries: tests/search_queries.yml).

Each reader query is typed into the search page's field, as a reader does. The expected page
must come first for at least 95 % of the queries (the test prints the misses), no page may be
listed twice, and each first result's snippet must show the words found, in prose, with none
of the page furniture or raw LaTeX the old search showed. The search also works when the
site is opened from its files, with no server at all.
"""

import re
from pathlib import Path

import pytest
import yaml
from site_helpers import open_page

QUERIES = yaml.safe_load(
    (Path(__file__).with_name("search_queries.yml")).read_text(encoding="utf-8"))
HIT_RATE = 0.95
FURNITURE = re.compile(r"\\\(|\\\[|\$|\.pdf|(?<![가-힣])차례(?![가-힣])|\\[A-Za-z]+")

RESULTS_JS = """items => items.map(li => ({
  href: li.querySelector('a').getAttribute('href'),
  snippet: li.querySelector('p.context').textContent,
  marks: [...li.querySelectorAll('p.context mark')].map(m => m.textContent),
}))"""


def _results(page, query: str) -> list[dict]:
    """Results for a query typed into the search page's field (the page is already open)."""
    page.locator("#korean-search-input").fill(query)
    page.wait_for_function(
        "q => document.getElementById('search-results').dataset.query === q", arg=query.strip())
    return page.eval_on_selector_all("#search-results ul.search li", RESULTS_JS)


def _page_of(href: str) -> str:
    return href.split("#")[0].removeprefix("./")


def test_the_query_list_is_large_and_varied():
    assert len(QUERIES) >= 40
    assert len({q["query"] for q in QUERIES}) == len(QUERIES)
    assert sum(bool(re.search("[A-Za-z]", q["query"])) for q in QUERIES) >= 10
    assert sum(" " in q["query"] for q in QUERIES) >= 10


def test_reader_queries_find_their_page_first(page, site):
    page.goto(f"{site}/search.html")
    page.wait_for_function("window.KoreanSearch && KoreanSearch.index() !== null")
    misses, twice, bad_snippets = [], [], []
    for item in QUERIES:
        query, expected = item["query"], f"book/{item['page']}.html"
        results = _results(page, query)
        pages = [_page_of(r["href"]) for r in results]
        if len(pages) != len(set(pages)):
            twice.append((query, pages))
        if not pages or pages[0] != expected:
            misses.append((query, item["page"], pages[0] if pages else None))
        if results and (not results[0]["marks"] or FURNITURE.search(results[0]["snippet"])):
            bad_snippets.append((query, results[0]["snippet"]))
    rate = 1 - len(misses) / len(QUERIES)
    print(f"\nsearch: expected page first for {rate:.1%} of {len(QUERIES)} queries; "
          f"misses: {misses}")
    assert twice == []
    assert bad_snippets == []
    assert rate >= HIT_RATE, misses
    assert page.errors == []


def test_typing_updates_the_results_and_the_address(page, site):
    page.goto(f"{site}/search.html")
    field = page.locator("#korean-search-input")
    field.click()
    page.keyboard.type("과대적합")
    page.wait_for_function(
        "document.getElementById('search-results').dataset.query === '과대적합'")
    first = page.locator("#search-results ul.search li a").first
    assert _page_of(first.get_attribute("href")) == "book/generalization/overfitting.html"
    assert "q=%EA%B3%BC%EB%8C%80%EC%A0%81%ED%95%A9" in page.url  # 과대적합
    field.fill("")
    page.wait_for_function("document.querySelectorAll('#search-results li').length === 0")


def test_search_from_any_page_and_open_the_teaching_section(page, site):
    """Ctrl+K on a chapter page, type, Enter: the search page lists the teaching page first,
    and its link opens the section that defines the term."""
    open_page(page, site, "book/intro")
    page.keyboard.press("Control+k")
    page.keyboard.type("하이퍼파라미터")
    page.keyboard.press("Enter")
    page.wait_for_selector("#search-results ul.search li a")
    link = page.locator("#search-results ul.search li a").first
    href = link.get_attribute("href")
    assert _page_of(href) == "book/reducing_loss/learning_rate.html"
    link.click()
    page.wait_for_load_state("domcontentloaded")
    anchor = href.split("#")[1]
    section = page.locator(f"section[id='{anchor}']")
    assert "초매개변수" in section.inner_text()


def test_search_page_with_results_passes_axe(page, site):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{site}/search.html?q=학습률")
    page.wait_for_selector("#search-results ul.search li mark")
    assert page.errors == []  # before axe, which fetches the stylesheets' imports itself
    results = Axe().run(page)
    serious = [(v["id"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


@pytest.mark.parametrize("query", ["학습률", "GradientTape"])
def test_search_works_from_the_files_alone(page, built_site, query):
    """No server: the index is a script beside the page, so file:// works too."""
    page.goto((built_site / "search.html").as_uri() + f"?q={query}")
    page.wait_for_selector("#search-results ul.search li a")
    assert page.locator("#search-results ul.search li").count() >= 2
    assert [e for e in page.errors if "korean-search" in e] == []
