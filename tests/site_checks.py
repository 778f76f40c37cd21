"""What the reader-facing browser tests measure, as small functions over a Playwright page.

Each function returns a list of problems (empty when all is well), so a test can say which
page, which element and by how much.
"""

from book_layout import PAGES

#: One page of each kind the site has.
PAGE_TYPES = {
    "intro": "book/intro",
    "chapter index": "book/reducing_loss/index",
    "notebook": "book/reducing_loss/learning_rate",
    "glossary": "book/appendix/glossary",
    "search": "search",
}
#: Every page a reader can reach: the table of contents, the index and the search page.
ALL_PAGES = [*PAGES, "genindex", "search"]
WIDTHS = {"phone": 390, "desktop": 1280}


def open_at(browser, site: str, name: str, width: int, height: int = 844, **context):
    """A fresh context of ``width`` CSS px with the page ``name`` loaded and settled."""
    ctx = browser.new_context(viewport={"width": width, "height": height}, **context)
    page = ctx.new_page()
    page.goto(f"{site}/{name}.html")
    page.wait_for_load_state("networkidle")
    settle(page)
    return ctx, page


def settle(page) -> None:
    """Wait until the web fonts have arrived and MathJax has typeset the page."""
    page.evaluate("document.fonts.ready")
    page.evaluate("window.MathJax && window.MathJax.startup && window.MathJax.startup.promise"
                  " ? window.MathJax.startup.promise.then(() => document.fonts.ready)"
                  " .then(() => true) : true")


def sideways_overflow(page) -> list[str]:
    """Elements that stick out of the viewport on the right and are not in a scroll box."""
    return page.evaluate(
        """() => {
        const vw = document.documentElement.clientWidth;
        const out = [];
        if (document.documentElement.scrollWidth > vw) {
            out.push(`page is ${document.documentElement.scrollWidth}px wide in ${vw}px`);
        }
        const clipped = (el) => {
            for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
            }
            return false;
        };
        for (const el of document.querySelectorAll('main *')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.right <= vw + 1 || clipped(el)) continue;
            if (getComputedStyle(el).visibility === 'hidden') continue;
            out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} `
                     + `right=${Math.round(r.right)} "${el.textContent.trim().slice(0, 40)}"`);
            if (out.length > 8) break;
        }
        return out;
    }"""
    )


def split_words(page, selector: str) -> list[str]:
    """Words (Korean words, numbers, Latin words) that a line break cuts in two.

    Every text node under ``selector`` is split into words at white space; a word whose
    ``Range.getClientRects()`` lie on more than one line is broken across lines. A word
    may still break where Korean typesetting allows it without cutting a word: before an
    opening bracket ("수렴" | "(convergence)") and after a middle dot, slash or hyphen. Inline
    code and URLs may break anywhere and are skipped, as are hidden elements.
    """
    return page.evaluate(
        """(selector) => {
        const out = [];
        const skip = (node) => node.parentElement.closest('code, pre, mjx-container, .headerlink')
            || /^https?:/.test(node.textContent.trim());
        for (const root of document.querySelectorAll(selector)) {
            if (root.getClientRects().length === 0) continue;
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (skip(node)) continue;
                const text = node.textContent;
                for (const m of text.matchAll(/\\S+/g)) {
                    let offset = m.index;
                    for (const part of m[0].split(/(?=[(\\[])|(?<=[·\\/-])/)) {
                        const start = offset;
                        offset += part.length;
                        if (part.length < 2 || !/[0-9A-Za-z\\uac00-\\ud7a3]/.test(part)) continue;
                        const range = document.createRange();
                        range.setStart(node, start);
                        range.setEnd(node, start + part.length);
                        const lines = new Set();
                        for (const r of range.getClientRects()) {
                            if (r.width > 0) lines.add(Math.round(r.bottom));
                        }
                        if (lines.size > 1) out.push(part);
                    }
                }
            }
        }
        return out;
    }""",
        selector,
    )


def lonely_header_links(page) -> list[str]:
    """Headings whose "#" link sits on a line of its own, below the heading's last word."""
    return page.evaluate(
        """() => {
        const out = [];
        for (const link of document.querySelectorAll(
                'article :is(h1,h2,h3,h4,h5,h6) > a.headerlink')) {
            const heading = link.parentElement;
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            let last = null;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!link.contains(n) && n.textContent.trim()) last = n;
            }
            if (!last) continue;
            const range = document.createRange();
            const end = last.textContent.trimEnd().length;
            range.setStart(last, end - 1);
            range.setEnd(last, end);
            const a = range.getBoundingClientRect(), b = link.getBoundingClientRect();
            const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (overlap < Math.min(a.height, b.height) / 2) {
                out.push(heading.textContent.trim().slice(0, 50));
            }
        }
        return out;
    }"""
    )


def non_interactive_tab_stops(page) -> list[str]:
    """Visible keyboard stops that are neither controls nor regions that scroll."""
    return page.evaluate(
        """() => {
        const interactive = 'a[href], button, input, select, textarea, summary, [contenteditable], '
            + '[role=button]';
        const out = [];
        for (const el of document.querySelectorAll('[tabindex]')) {
            if (el.tabIndex < 0 || el.matches(interactive) || el.closest('[inert]')) continue;
            if (el.getClientRects().length === 0) continue;
            if (getComputedStyle(el).visibility === 'hidden') continue;
            const scrolls = el.scrollWidth > el.clientWidth + 1
                || el.scrollHeight > el.clientHeight + 1;
            if (!scrolls) {
                out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} `
                         + `"${el.textContent.trim().slice(0, 30)}"`);
            }
        }
        return out;
    }"""
    )


def platform_fonts(page, selector: str) -> dict[str, int]:
    """The fonts Chromium actually drew the text of every ``selector`` element with.

    Returns ``{family: glyph count}`` summed over the elements' own text nodes, from the
    DevTools protocol, which reports the real font (system or web font) glyph by glyph,
    not the CSS font stack.
    """
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    nodes = cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": selector})["nodeIds"]
    assert nodes, f"no element matches {selector!r}"
    counts: dict[str, int] = {}
    for node in nodes:
        for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]:
            counts[font["familyName"]] = counts.get(font["familyName"], 0) + font["glyphCount"]
    cdp.detach()
    return counts


def own_text(page, selector: str) -> str:
    """The text of every shown ``selector`` element's own text nodes (not its children's)."""
    return page.eval_on_selector_all(
        selector, "els => els.filter(e => e.checkVisibility({visibilityProperty: true}))"
                  ".map(e => [...e.childNodes].filter(n => n.nodeType === 3)"
                  ".map(n => n.textContent).join('')).join('')")


def torn_from_formulas(page) -> list[str]:
    """Inline formulas cut off by a line break from the text that touches them.

    "$w$와" must not leave "와" at the start of the next line, nor "0.5($x$)" the "(" at
    the end of the previous one, unless formula and text together are wider than a line.
    """
    return page.evaluate(
        """() => {
        const out = [];
        const sameLine = (a, b) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
            > Math.min(a.height, b.height) / 3;
        for (const math of document.querySelectorAll('article span.math')) {
            const box = math.getClientRects();
            if (!box.length) continue;
            const word = math.closest('.math-word') || math;
            const room = word.parentElement.getBoundingClientRect().width;
            if (word.getBoundingClientRect().width >= room - 2) continue;  // cannot fit a line
            const first = box[0], last = box[box.length - 1];
            const next = math.nextSibling, prev = math.previousSibling;  // in the .math-word
            const edge = (node, atStart) => {
                if (!node || node.nodeType !== 3 || !node.textContent) return null;
                const text = node.textContent, i = atStart ? 0 : text.length - 1;
                if (/\\s/.test(text[i])) return null;
                const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                return [text[i], r.getBoundingClientRect()];
            };
            const after = edge(next, true), before = edge(prev, false);
            if (after && !sameLine(last, after[1])) out.push(`${math.textContent}|${after[0]}`);
            if (before && !sameLine(first, before[1])) out.push(`${before[0]}|${math.textContent}`);
        }
        return out;
    }"""
    )
