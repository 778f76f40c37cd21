"""The built site in a real browser (Playwright driving Chromium; see tests/conftest.py).

The site is served on 127.0.0.1 and opened the way a reader opens it: solutions stay hidden
until clicked and the kernel-free explorers move. Every page's clean load and axe scan are
in test_browser_pages.py; the search in test_browser_search.py; fonts, layout and navigation
in test_browser_fonts.py, test_browser_layout.py and test_browser_nav.py.
"""

from book_layout import PAGES
from site_helpers import open_page as _open


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

