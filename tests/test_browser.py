"""The built site in a real browser (Playwright driving Debian's Chromium).

The site is served on 127.0.0.1 and opened the way a reader opens it: Hangul is drawn with a
Korean font even though this machine has none installed, solutions stay hidden until
clicked, and the kernel-free explorers move. Every page's clean load and axe scan are in
test_browser_pages.py, the search in test_browser_search.py.
"""

from book_layout import PAGES
from site_helpers import open_page as _open

KOREAN_FONTS = {"BookGothicKR", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR",
                "Noto Sans CJK KR", "NanumGothic"}


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


def test_kernel_free_explorer_moves_when_operated(page, site, built_site):
    pages = [p for p in PAGES if "anim-controls" in (built_site / f"{p}.html").read_text("utf-8")]
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

