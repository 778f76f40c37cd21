"""The built site in a real browser (Playwright driving Debian's Chromium).

The site is served on 127.0.0.1 and opened the way a reader opens it: pages load without
console errors or broken images, Hangul is drawn with a Korean font even though this machine
has none installed, solutions stay hidden until clicked, the kernel-free explorers move,
Korean search finds the right chapter, and axe finds no serious accessibility problem.
"""

import functools
import http.server
import shutil
import threading

import pytest
from book_layout import PAGES, ROOT
from playwright.sync_api import sync_playwright

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
KOREAN_FONTS = {"BookGothicKR", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR",
                "Noto Sans CJK KR", "NanumGothic"}


SEARCHES = {
    "경사하강법": "book/reducing_loss/gradient_descent",
    "학습률": "book/reducing_loss/learning_rate",
    "과적합": "book/generalization/overfitting",
    "learning rate": "book/reducing_loss/learning_rate",
    "overfitting": "book/generalization/overfitting",
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "install Debian's chromium package (.ci/run does)"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("requestfailed", lambda r: page.errors.append(f"failed: {r.url}"))
    yield page
    context.close()


def _open(page, site, name):
    page.goto(f"{site}/{name}.html")
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_cleanly(page, site, name):
    _open(page, site, name)
    broken = page.eval_on_selector_all(
        "img", "imgs => imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)"
    )
    assert broken == []
    assert page.errors == []


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(page, site, name):
    from axe_playwright_python.sync_playwright import Axe

    _open(page, site, name)
    results = Axe().run(page)
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_hangul_is_drawn_with_a_korean_font(page, site):
    _open(page, site, "book/intro")
    page.evaluate("document.fonts.ready")
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    for selector in ("article p", "nav.bd-docs-nav li a", "article table td"):
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        families = {f["familyName"] for f in fonts}
        assert families & KOREAN_FONTS, (selector, fonts)
    assert page.evaluate("document.fonts.check('16px BookGothicKR', '경사하강법')")


def test_solution_is_hidden_until_clicked(page, site):
    _open(page, site, "book/reducing_loss/exercises")
    solution = page.locator("details.solution").first
    body = solution.locator("p").first
    assert not body.is_visible()
    solution.locator("summary").click()
    assert body.is_visible()


def test_kernel_free_explorer_moves_when_operated(page, site):
    pages = [p for p in PAGES if (ROOT / f"{p}.ipynb").exists()]
    found = 0
    for name in pages:
        _open(page, site, name)
        animations = page.locator("div.animation")
        for i in range(animations.count()):
            animation = animations.nth(i)
            image = animation.locator("img").first
            before = image.get_attribute("src")
            animation.locator("button[title='다음 프레임']").click()
            assert image.get_attribute("src") != before, name
            found += 1
    assert found >= 4, "each chapter-1 and chapter-3 explorer has a kernel-free form"


@pytest.mark.parametrize(("query", "expected"), SEARCHES.items())
def test_search_finds_the_right_chapter_first(page, site, query, expected):
    page.goto(f"{site}/search.html?q={query}")
    page.wait_for_selector("#search-results ul.search li a", timeout=20_000)
    first = page.locator("#search-results ul.search li a").first.get_attribute("href")
    assert first.split("#")[0].split("?")[0].endswith(f"{expected}.html"), first
