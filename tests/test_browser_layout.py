"""Layout of every page at a phone's 390 px and a desktop's 1280 px, as a reader sees it:
nothing scrolls sideways, no Korean word or number is cut across two lines in a table or
a heading, a heading's "#" link stays with its last word, a particle stays with the formula
before it, the animation player fits a
phone and stays readable in dark mode, and figure text is large enough to read.
"""

import base64
import io
import re

import matplotlib as mpl
import pytest
from matplotlib.font_manager import FontProperties
from site_checks import (
    ALL_PAGES,
    WIDTHS,
    lonely_header_links,
    open_at,
    sideways_overflow,
    split_words,
    torn_from_formulas,
)

#: Figure text must be at least this many CSS px on a 1280 px desktop.
MIN_FIGURE_TEXT_PX = 11


@pytest.mark.parametrize("view", WIDTHS)
@pytest.mark.parametrize("name", ALL_PAGES)
def test_page_fits_and_words_stay_whole(browser, site, name, view):
    ctx, page = open_at(browser, site, name, WIDTHS[view])
    try:
        if view == "phone":
            assert sideways_overflow(page) == [], "the page scrolls sideways"
        assert split_words(page, "article table :is(td, th)") == [], "a word split in a table"
        assert split_words(page, "article :is(h1, h2, h3, h4, h5, h6)") == [], (
            "a word split in a heading")
        assert lonely_header_links(page) == [], "a heading's # link on a line of its own"
        assert torn_from_formulas(page) == [], "a particle or bracket torn from its formula"
        tables = page.evaluate(
            """() => [...document.querySelectorAll('article table')].filter(t => {
                const article = document.querySelector('article').getBoundingClientRect();
                if (t.getBoundingClientRect().width <= article.width + 1) return false;
                // a wide table is fine inside a box of the page's width that scrolls
                for (let box = t.parentElement; box && box.tagName !== 'ARTICLE';
                     box = box.parentElement) {
                    if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) {
                        return box.getBoundingClientRect().width > article.width + 1;
                    }
                }
                return true;
            }).map(t => t.textContent.trim().slice(0, 40))"""
        )
        assert tables == [], "a table wider than the page must scroll inside its own box"
    finally:
        ctx.close()


def _animation_pages(built_site):
    from book_layout import PAGES

    return [p for p in PAGES if "anim-controls" in (built_site / f"{p}.html").read_text("utf-8")]


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_animation_player_fits_a_phone(browser, site, built_site, mode):
    """Every button, the slider and the loop choices of every animation are inside a
    390 px screen; in dark mode the native controls are drawn dark, not inverted."""
    pages = _animation_pages(built_site)
    assert pages
    for name in pages:
        ctx, page = open_at(browser, site, name, 390, color_scheme=mode)
        try:
            page.evaluate(f"document.documentElement.dataset.theme = '{mode}'")
            outside = page.evaluate(
                """() => {
                const out = [];
                for (const anim of document.querySelectorAll('div.animation')) {
                    const box = anim.closest('.cell_output') || anim.parentElement;
                    const limit = Math.min(box.getBoundingClientRect().right,
                                           document.documentElement.clientWidth);
                    for (const el of anim.querySelectorAll('button, input, label')) {
                        const r = el.getBoundingClientRect();
                        if (r.right > limit + 0.5 || r.left < 0) {
                            out.push(`${el.getAttribute('title') || el.textContent
                                || el.type} right=${r.right} limit=${limit}`);
                        }
                    }
                    const area = anim.closest('.output');
                    if (area && area.scrollWidth > area.clientWidth + 1) {
                        out.push(`output scrolls: ${area.scrollWidth} > ${area.clientWidth}`);
                    }
                }
                return out;
            }"""
            )
            assert outside == [], name
            schemes = page.evaluate(
                "() => [...document.querySelectorAll('div.animation input')]"
                ".map(i => getComputedStyle(i).colorScheme)")
            assert schemes and all(mode in s for s in schemes), (name, schemes)
        finally:
            ctx.close()


def _figure_style() -> tuple[float, float]:
    """The book's figure style (``setup_book``): (smallest text in points, figure dpi)."""
    from utils import setup_book

    with mpl.rc_context():
        setup_book()
        keys = ["font.size", "axes.labelsize", "axes.titlesize", "xtick.labelsize",
                "ytick.labelsize", "legend.fontsize", "figure.titlesize"]
        sizes = [FontProperties(size=mpl.rcParams[k]).get_size_in_points() for k in keys]
        # the book's plotting helpers also write legends in "small" type
        sizes.append(FontProperties(size="small").get_size_in_points())
        return min(sizes), float(mpl.rcParams["figure.dpi"])


def _png_dpi(data: bytes) -> float | None:
    from PIL import Image

    info = Image.open(io.BytesIO(data)).info
    return info["dpi"][0] if "dpi" in info else None


def test_figure_text_is_at_least_11_css_px_on_a_desktop(browser, site, built_site):
    """Text in every figure and animation frame is at least 11 CSS px at 1280 px.

    A figure's text is drawn at the style's point sizes (the smallest of them, from
    ``setup_book``) at the PNG's resolution (its ``pHYs`` dpi, which matplotlib's savefig
    writes; the style's ``figure.dpi`` for a PNG without one), and the page then scales the
    image to the width it shows it at: ``points × dpi / 72 × shown width / pixel width``.
    """
    smallest_pt, style_dpi = _figure_style()
    too_small = []
    for name in _figure_pages(built_site):
        ctx, page = open_at(browser, site, name, 1280, height=900)
        try:
            page.evaluate("() => document.querySelectorAll('img[loading=lazy]')"
                          ".forEach(i => i.loading = 'eager')")
            animations = page.locator("div.animation")
            for i in range(animations.count()):  # an animation starts when it comes near
                animations.nth(i).scroll_into_view_if_needed()
            page.wait_for_function("[...document.querySelectorAll('div.animation img')]"
                                   ".every(i => i.currentSrc && i.complete)")
            page.wait_for_load_state("networkidle")
            images = page.evaluate(
                """() => [...document.querySelectorAll('article img')]
                    .filter(i => i.currentSrc && (i.currentSrc.includes('/_images/')
                                                  || i.currentSrc.startsWith('data:image/png')))
                    .map(i => [i.currentSrc, i.naturalWidth, i.getBoundingClientRect().width,
                               i.id || i.currentSrc.split('/').pop().slice(0, 12)])"""
            )
            for src, natural, shown, label in images:
                if src.startswith("data:"):
                    data = base64.b64decode(src.split(",", 1)[1])
                else:
                    data = (built_site / "_images" / src.split("/_images/", 1)[1]).read_bytes()
                dpi = _png_dpi(data) or style_dpi
                css_px = smallest_pt * dpi / 72 * shown / natural
                if css_px < MIN_FIGURE_TEXT_PX - 0.05:
                    too_small.append(
                        f"{name}: {label} {css_px:.1f}px ({smallest_pt:.1f}pt, {dpi:.0f}dpi, "
                        f"{natural}→{shown:.0f}px)")
        finally:
            ctx.close()
    assert not too_small, "figure text below 11 CSS px:\n" + "\n".join(too_small)


def _figure_pages(built_site):
    from book_layout import PAGES

    return [p for p in PAGES
            if re.search(r'<img[^>]+(_images/|_anim_img)', (built_site / f"{p}.html")
                         .read_text("utf-8"))]


_ZOOMABLE = """() => [...document.querySelectorAll('.bd-article .cell_output img[width]')]
    .filter(i => !i.closest('.animation'))
    .map(i => [i.classList.contains('figure-zoomable'), i.getBoundingClientRect().width,
               Number(i.getAttribute('width'))])"""


@pytest.mark.parametrize("name", ["book/generalization/overfitting",
                                  "book/first_steps_tf/real_data"])
def test_a_shrunk_figure_opens_at_full_size(browser, site, built_site, name):
    """On a 390 px phone a figure shrunk to the column (text ~6–8 px) is a button: a tap or
    Enter opens it at its own size, text then at least 11 CSS px, in a dialog that scrolls
    sideways inside itself; Esc or the close button closes it and focus returns to the figure. On a
    1280 px desktop the figures that are not shrunk are not buttons."""
    smallest_pt, style_dpi = _figure_style()
    ctx, page = open_at(browser, site, name, 390)
    try:
        images = page.evaluate(_ZOOMABLE)
        assert images and all(z == (shown < 0.85 * width) for z, shown, width in images), images
        assert sum(z for z, _, _ in images) >= 1, "no shrunk figure on a phone"
        figure = page.locator("img.figure-zoomable").first
        figure.scroll_into_view_if_needed()
        assert figure.get_attribute("role") == "button" and figure.get_attribute("tabindex") == "0"
        figure.click()
        dialog = page.locator("dialog.figure-zoom")
        assert dialog.evaluate("d => d.open")
        big = dialog.locator("img")
        page.wait_for_function("() => document.querySelector('dialog.figure-zoom img').complete")
        shown, natural, alt = big.evaluate(
            "i => [i.getBoundingClientRect().width, i.naturalWidth, i.alt]")
        assert abs(shown - natural) <= 1, (shown, natural)
        assert alt == figure.get_attribute("alt")
        src = big.evaluate("i => i.currentSrc")
        data = (built_site / "_images" / src.split("/_images/", 1)[1]).read_bytes()
        dpi = _png_dpi(data) or style_dpi
        assert smallest_pt * dpi / 72 * shown / natural >= MIN_FIGURE_TEXT_PX - 0.05
        frame = dialog.locator(".figure-zoom-frame")
        assert frame.evaluate("f => f.scrollWidth > f.clientWidth"), "the figure should pan"
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.keyboard.press("Escape")
        assert not dialog.evaluate("d => d.open")
        assert page.evaluate("document.activeElement.classList.contains('figure-zoomable')")
        page.keyboard.press("Enter")  # the figure has focus: Enter opens it again
        assert dialog.evaluate("d => d.open")
        assert page.evaluate("document.activeElement.closest('dialog') !== null")
        dialog.locator(".figure-zoom-close").click()
        assert not dialog.evaluate("d => d.open")
        page.keyboard.press("Space")  # Space opens on release, and the dialog stays open
        page.wait_for_timeout(100)
        assert dialog.evaluate("d => d.open")
        page.keyboard.press("Escape")
        page.set_viewport_size({"width": 1280, "height": 900})
        page.wait_for_timeout(100)
        images = page.evaluate(_ZOOMABLE)
        assert all(z == (shown < 0.85 * width) for z, shown, width in images), images
        assert page.locator("img:not(.figure-zoomable)[role=button]").count() == 0
    finally:
        ctx.close()
