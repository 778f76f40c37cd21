"""Every page of the built site in a real browser: it loads cleanly and passes axe.

The feature checks (fonts, solutions, explorers) are in test_browser.py and the search in
test_browser_search.py; the modules run on different pytest-xdist workers.
"""

import pytest
from book_layout import PAGES
from site_helpers import open_page


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_cleanly_and_passes_axe(page, site, name):
    """One visit per page: no console error or failed request, no broken image, and no
    serious or critical accessibility violation (axe-core)."""
    from axe_playwright_python.sync_playwright import Axe

    open_page(page, site, name)
    # images below the fold load lazily; load them all to check that none is broken
    page.evaluate("document.querySelectorAll('img[loading=lazy]')"
                  ".forEach(i => { i.loading = 'eager'; })")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("[...document.images].every(i => i.complete)")
    broken = page.eval_on_selector_all(
        "img", "imgs => imgs.filter(i => i.getAttribute('src'))"  # not a frame holder without one
        ".filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)"
    )
    assert broken == []
    assert page.errors == []
    results = Axe().run(page)
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
