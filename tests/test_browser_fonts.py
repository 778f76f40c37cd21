"""Fonts as a reader's machine draws them, with and without a Korean system font.

The ``browser`` fixture sees only DejaVu, as on a machine with no Korean font: the page
must bring its own (BookGothicKR). ``browser_korean_font`` also sees a Korean system font
("Noto Sans KR"), which the page must use instead of downloading its own. Which font drew
the text is read from Chromium itself (DevTools ``CSS.getPlatformFontsForNode``), glyph by
glyph, so these tests do not depend on the fonts installed on this machine.
"""

import io
import time
import unicodedata

import pytest
from PIL import Image
from site_checks import open_at, own_text, platform_fonts, settle

#: Elements whose Hangul must be drawn with a Korean font (intro page).
SELECTORS = ("article p", "nav.bd-docs-nav li a", "article table td p", "article h1",
             ".bd-footer-content p")


def _hangul(page, selector: str) -> int:
    """How many Hangul characters the elements' own text nodes hold."""
    return sum("가" <= ch <= "힣" for ch in own_text(page, selector))


def test_without_a_korean_font_the_page_brings_its_own(browser, site):
    """Hangul is drawn with BookGothicKR, from the one slice that holds the book's
    characters (not the slices for text the book does not have)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url.split("?")[0]))
    page.goto(f"{site}/book/intro.html")
    page.wait_for_load_state("networkidle")
    settle(page)
    try:
        for selector in SELECTORS:
            fonts = platform_fonts(page, selector)
            assert fonts.get("BookGothicKR", 0) >= _hangul(page, selector), (selector, fonts)
        korean = [u.rsplit("/", 1)[1] for u in requested if "/fonts/BookGothicKR" in u]
        assert korean and all(name.endswith(".book.woff2") for name in korean), korean
    finally:
        context.close()


def test_with_a_korean_system_font_the_page_uses_it(browser_korean_font, site):
    context = browser_korean_font.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(f"{site}/book/intro.html")
    page.wait_for_load_state("networkidle")
    settle(page)
    try:
        for selector in SELECTORS:
            fonts = platform_fonts(page, selector)
            assert fonts.get("Noto Sans KR", 0) >= _hangul(page, selector), (selector, fonts)
            assert "BookGothicKR" not in fonts, (selector, fonts)
        assert not [u for u in requested if "/fonts/BookGothicKR" in u], "no web font download"
    finally:
        context.close()


@pytest.mark.parametrize("fonts", ["none", "korean"])
def test_index_letter_bar_draws_its_jamo(browser, browser_korean_font, site, fonts):
    """The index's letter bar (ᄀ ᄂ ᄃ …, conjoining jamo) is drawn, not left blank."""
    chosen = browser if fonts == "none" else browser_korean_font
    ctx, page = open_at(chosen, site, "genindex", 1280)
    try:
        selector = ".genindex-jumpbox a, article h2"
        jamo = [ch for ch in own_text(page, selector) if 0x1100 <= ord(ch) <= 0x11FF]
        assert len(jamo) >= 10, jamo
        drawn = platform_fonts(page, selector)
        # every conjoining jamo is drawn by a Korean font (not as .notdef by DejaVu) ...
        korean = sum(n for family, n in drawn.items() if not family.startswith("DejaVu"))
        assert korean >= len(jamo), drawn
        # ... and has ink: a font that maps a letter to an empty glyph draws nothing
        page.add_style_tag(content=".genindex-jumpbox a { text-decoration: none !important;"
                                   " color: #000 !important; }")
        blank = []
        links = page.locator(".genindex-jumpbox a")
        for i in range(links.count()):
            link = links.nth(i)
            letter = link.inner_text().strip()
            if len(letter) == 1 and 0x1100 <= ord(letter) <= 0x11FF:
                image = Image.open(io.BytesIO(link.screenshot())).convert("L")
                if image.point(lambda v: 255 if v < 128 else 0).getbbox() is None:
                    blank.append(letter)
        assert blank == [], f"letters drawn blank: {blank}"
    finally:
        ctx.close()


def _misaligned_columns(page) -> list[str]:
    """Characters of code output that are not where their column says they should be.

    Python pads printed tables by ``unicodedata.east_asian_width``: a Hangul syllable is two
    columns, everything else one. In a correct monospace face every character starts at
    ``left + column × width of one column``.
    """
    lines = page.evaluate(
        """() => {
        const out = [];
        for (const pre of document.querySelectorAll('.cell_output pre')) {
            if (!/[\\uac00-\\ud7a3]/.test(pre.textContent)) continue;
            const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
            const left = pre.getBoundingClientRect().left
                + parseFloat(getComputedStyle(pre).paddingLeft) - pre.scrollLeft;
            let line = [], top = null;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (let i = 0; i < n.textContent.length; i++) {
                    const ch = n.textContent[i];
                    if (ch === '\\n') { out.push(line); line = []; continue; }
                    const r = document.createRange();
                    r.setStart(n, i); r.setEnd(n, i + 1);
                    line.push([ch, r.getBoundingClientRect().left - left]);
                }
            }
            out.push(line);
        }
        return out;
    }"""
    )
    probe = page.evaluate(
        """() => { const s = document.createElement('span');
        s.textContent = '0'.repeat(100);
        document.querySelector('.cell_output pre').append(s);
        const w = s.getBoundingClientRect().width / 100; s.remove(); return w; }"""
    )
    bad = []
    for line in lines:
        column = 0
        for ch, x in line:
            if abs(x - column * probe) > 0.5 and not ch.isspace():
                bad.append(f"{ch!r} at {x:.1f}px, column {column} ({column * probe:.1f}px): "
                           + "".join(c for c, _ in line)[:60])
                break
            column += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return bad


@pytest.mark.parametrize("fonts", ["none", "korean"])
@pytest.mark.parametrize("name", ["book/reducing_loss/learning_rate", "book/reducing_loss/sgd"])
def test_tables_printed_by_code_line_up(browser, browser_korean_font, site, name, fonts):
    chosen = browser if fonts == "none" else browser_korean_font
    ctx, page = open_at(chosen, site, name, 1280)
    try:
        assert _misaligned_columns(page) == []
    finally:
        ctx.close()


def _slow_fonts(page, seconds: float = 1.5):
    """Hold every Korean web-font response back, as a slow connection would."""
    def delay(route):
        time.sleep(seconds)
        route.continue_()

    page.route("**/fonts/BookGothicKR*", delay)


def test_math_text_is_remeasured_when_the_web_font_arrives_late(browser, site):
    """``\\text{한글}`` in a formula is as wide as its glyphs, after a 1.5 s font delay."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _slow_fonts(page)
    try:
        page.goto(f"{site}/book/generalization/overfitting.html")
        page.wait_for_load_state("networkidle")
        settle(page)
        page.wait_for_timeout(300)
        texts = page.evaluate(
            """() => [...document.querySelectorAll('mjx-utext')]
                .filter(u => /[\\uac00-\\ud7a3]/.test(u.textContent)).map(u => {
                    const r = document.createRange(); r.selectNodeContents(u);
                    return [u.textContent, u.getBoundingClientRect().width,
                            r.getBoundingClientRect().width];
                })"""
        )
        assert len(texts) >= 3
        overlapping = [(t, box, ink) for t, box, ink in texts if abs(box - ink) > 1]
        assert overlapping == []
        fonts = platform_fonts(page, "mjx-utext")
        assert "BookGothicKR" in fonts, fonts
    finally:
        context.close()


CLS_OBSERVER = """window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({type: 'layout-shift', buffered: true});"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["book/intro", "book/reducing_loss/learning_rate",
                                  "book/generalization/overfitting"])
def test_late_fonts_do_not_move_the_page(browser, site, name, width):
    """Cumulative layout shift ≤ 0.05 while the Korean web fonts arrive 1.5 s late."""
    context = browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.add_init_script(CLS_OBSERVER)
    _slow_fonts(page)
    try:
        page.goto(f"{site}/{name}.html")
        page.wait_for_load_state("networkidle")
        settle(page)
        page.wait_for_timeout(500)
        assert page.evaluate("window.__cls") <= 0.05
    finally:
        context.close()
