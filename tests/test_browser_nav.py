"""Navigation and interface of the built site, as a reader uses it with a mouse, a finger
or a keyboard: the sidebar toggles on every kind of page at phone, tablet and desktop
widths, one search field, visible focus, Korean interface text, and keyboard stops only on
things that do something.
"""

import pytest
from site_checks import ALL_PAGES, PAGE_TYPES, non_interactive_tab_stops, open_at, platform_fonts

WIDTHS = [390, 900, 1280]


def _visible(page, selector):
    return page.locator(selector).filter(visible=True)


def _dialog_open(page, which):
    return page.evaluate(f"document.getElementById('pst-{which}-sidebar-modal').open")


def _check_dialog_toggle(page, which):
    """The toggle opens its sidebar as a dialog; Escape closes it; the keyboard reopens it."""
    toggle = _visible(page, f".{which}-toggle").first
    toggle.click()
    page.wait_for_timeout(200)
    assert _dialog_open(page, which), f"{which}: click did not open the panel"
    links = page.locator(f"#pst-{which}-sidebar-modal a").filter(visible=True)
    assert links.count() > 0, f"{which}: the open panel shows no links"
    page.keyboard.press("Escape")
    page.wait_for_timeout(200)
    assert not _dialog_open(page, which), f"{which}: Escape did not close the panel"
    toggle.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    assert _dialog_open(page, which), f"{which}: Enter on the focused toggle did not open it"
    page.keyboard.press("Escape")
    page.wait_for_timeout(200)
    assert not _dialog_open(page, which)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_visible_sidebar_toggles_open_and_close_their_panels(browser, site, kind, width):
    ctx, page = open_at(browser, site, PAGE_TYPES[kind], width)
    try:
        assert page.locator(".primary-toggle").count() == 1, "one table-of-contents toggle"
        assert _visible(page, ".primary-toggle").count() == 1, "the toggle is visible"
        if width < 992:
            _check_dialog_toggle(page, "primary")
        else:
            sidebar = page.locator("#pst-primary-sidebar")
            assert sidebar.is_visible()
            _visible(page, ".primary-toggle").first.click()
            page.wait_for_timeout(400)
            assert not sidebar.is_visible(), "the toggle hides the desktop sidebar"
            _visible(page, ".primary-toggle").first.focus()
            page.keyboard.press("Enter")
            page.wait_for_timeout(400)
            assert sidebar.is_visible(), "Enter on the toggle shows the sidebar again"
        if _visible(page, ".secondary-toggle").count():
            _check_dialog_toggle(page, "secondary")
        elif page.locator("#pst-secondary-sidebar nav a").count():
            assert width >= 1200, "a page with contents has a visible contents toggle"
            assert page.locator("#pst-secondary-sidebar").is_visible(), "page contents shown"
    finally:
        ctx.close()


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["book/intro", "book/reducing_loss/learning_rate"])
def test_one_search_field(browser, site, name, width):
    ctx, page = open_at(browser, site, name, width)
    try:
        fields = _visible(page, ".search-button-field, .search-button__button, "
                                "form.bd-search input[type='search']")
        assert fields.count() == 1, [fields.nth(i).evaluate("e => e.outerHTML.slice(0, 80)")
                                     for i in range(fields.count())]
    finally:
        ctx.close()


def test_header_buttons_show_a_focus_ring(browser, site):
    ctx, page = open_at(browser, site, "book/reducing_loss/learning_rate", 1280)
    try:
        buttons = _visible(page, ".bd-header-article button")
        assert buttons.count() >= 6, "toggle, launch, repository, download, full screen, theme"
        for i in range(buttons.count()):
            button = buttons.nth(i)
            button.focus()
            style = button.evaluate("b => { const s = getComputedStyle(b); return "
                                    "[s.outlineStyle, parseFloat(s.outlineWidth), b.matches("
                                    "':focus-visible'), b.getAttribute('aria-label')]; }")
            assert style[2], style
            assert style[0] != "none" and style[1] >= 2, style
    finally:
        ctx.close()


def test_tooltips_are_drawn_in_a_korean_font(browser, site):
    """With no Korean system font, tooltip text uses the web font, not boxes."""
    ctx, page = open_at(browser, site, "book/reducing_loss/learning_rate", 1280)
    try:
        page.locator(".primary-toggle").hover()
        page.wait_for_selector(".tooltip .tooltip-inner", state="visible")
        text = page.locator(".tooltip-inner").inner_text()
        assert text == "목차 열고 닫기"
        fonts = platform_fonts(page, ".tooltip .tooltip-inner")
        hangul = sum("가" <= ch <= "힣" for ch in text)
        assert fonts.get("BookGothicKR") == hangul, fonts
    finally:
        ctx.close()


def test_copy_button_speaks_korean(page, site):
    page.goto(f"{site}/book/reducing_loss/learning_rate.html")
    page.wait_for_selector("button.copybtn", state="attached")
    button = page.locator("button.copybtn").first
    assert button.get_attribute("data-tooltip") == "복사"
    assert button.locator("svg title").text_content() == "클립보드에 복사"


@pytest.mark.parametrize("name", ALL_PAGES)
def test_only_interactive_things_are_keyboard_stops(browser, site, name):
    """Formulas and code blocks that fit are not Tab stops; links, buttons, inputs and
    regions that really scroll are."""
    ctx, page = open_at(browser, site, name, 1280)
    try:
        assert non_interactive_tab_stops(page) == []
    finally:
        ctx.close()
