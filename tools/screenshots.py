"""Full-page screenshots of the built site at phone and desktop widths, for reviewers.

    jupyter-book build .
    python tools/screenshots.py                   # the committed set, into screenshots/
    python tools/screenshots.py --all --out /tmp/shots   # every page, every variant

Every page of the table of contents (plus the index and the search page) at 390 px and
1280 px wide, in light and dark mode, on a machine without a Korean font (the page must
bring its own) and with one. The committed set in ``screenshots/`` is a few representative
pages (the first 5,000 px of each; chapter 1.3 in dark mode, the home page also with a
Korean system font), quantised to 64 colours so the folder stays small. The site is served with gzip
and opened in the same Chromium the browser tests use (``tools/sitekit.py``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sitekit import ROOT, find_browser, font_env, serve  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
from book_layout import PAGES  # noqa: E402

#: Pages whose screenshots are committed, by short name.
SELECTED = {
    "home": "book/intro",
    "ch1-index": "book/reducing_loss/index",
    "ch1-iterative-approach": "book/reducing_loss/iterative_approach",
    "ch1-learning-rate": "book/reducing_loss/learning_rate",
    "ch2-high-level-api": "book/first_steps_tf/high_level_api",
    "ch3-overfitting": "book/generalization/overfitting",
    "glossary": "book/appendix/glossary",
    "search": "search",
}
WIDTHS = {"phone": 390, "desktop": 1280}
HEIGHTS = {"phone": 844, "desktop": 900}
#: Full-page screenshots taller than this are cut (CSS px) to keep files reviewable.
MAX_HEIGHT = 9000
#: ... and in the committed set, to keep screenshots/ under 3 MB.
COMMITTED_HEIGHT = 5000


def _name(path: str) -> str:
    return path.removeprefix("book/").replace("/", "-").replace("_", "-")


def shoot(html: Path, out: Path, pages: dict[str, str], variants: list[tuple[str, str, str]],
          colours: int | None, max_height: int = MAX_HEIGHT) -> list[Path]:
    """Screenshot ``pages`` in each ``(view, mode, fonts)`` variant; return the files."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp, serve(html) as base, \
            sync_playwright() as p:
        envs = {"nokrfont": font_env(Path(tmp) / "none"),
                "krfont": font_env(Path(tmp) / "korean", korean=True)}
        for fonts in sorted({v[2] for v in variants}):
            browser = find_browser(p, env=envs[fonts])
            for view, mode, fonts_ in variants:
                if fonts_ != fonts:
                    continue
                context = browser.new_context(
                    viewport={"width": WIDTHS[view], "height": HEIGHTS[view]},
                    device_scale_factor=1, color_scheme=mode)
                page = context.new_page()
                page.add_init_script(f"localStorage.setItem('mode', '{mode}');"
                                     f"localStorage.setItem('theme', '{mode}');")
                for short, path in pages.items():
                    page.goto(f"{base}/{path}.html" + ("?q=학습률" if path == "search" else ""))
                    page.wait_for_load_state("networkidle")
                    # what a reader who scrolls sees: lazy images loaded, animations started
                    page.evaluate("document.querySelectorAll('img[loading=lazy]')"
                                  ".forEach(i => { i.loading = 'eager'; })")
                    animations = page.locator("div.animation")
                    for i in range(animations.count()):
                        animations.nth(i).scroll_into_view_if_needed()
                    page.wait_for_function("[...document.querySelectorAll('div.animation img')]"
                                           ".every(i => i.currentSrc && i.complete)")
                    page.evaluate("window.scrollTo(0, 0)")
                    page.wait_for_load_state("networkidle")
                    page.evaluate("document.fonts.ready")
                    page.wait_for_timeout(300)
                    suffix = "" if fonts == "nokrfont" else "-krfont"
                    target = out / f"{short}-{view}-{mode}{suffix}.png"
                    height = page.evaluate("document.documentElement.scrollHeight")
                    clip = None
                    if height > max_height:
                        clip = {"x": 0, "y": 0, "width": WIDTHS[view], "height": max_height}
                    page.screenshot(path=str(target), full_page=True, clip=clip)
                    if colours:
                        image = Image.open(target).convert("RGB")
                        image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT,
                                       dither=Image.Dither.NONE).save(target, optimize=True)
                    written.append(target)
                    print(target)
                context.close()
            browser.close()
    return written


def shoot_zoom(html: Path, out: Path, short: str, path: str, colours: int | None) -> Path:
    """A phone with the first shrunk figure of ``path`` opened at its own size (book.js)."""
    from PIL import Image

    target = out / f"{short}-phone-figure-zoom.png"
    with tempfile.TemporaryDirectory() as tmp, serve(html) as base, \
            sync_playwright() as p:
        browser = find_browser(p, env=font_env(Path(tmp) / "none"))
        context = browser.new_context(viewport={"width": WIDTHS["phone"],
                                                "height": HEIGHTS["phone"]},
                                      device_scale_factor=1)
        page = context.new_page()
        page.goto(f"{base}/{path}.html")
        page.wait_for_load_state("networkidle")
        figure = page.locator("img.figure-zoomable").first
        figure.scroll_into_view_if_needed()
        figure.click()
        page.wait_for_function("document.querySelector('dialog.figure-zoom img').complete")
        page.evaluate("document.fonts.ready")
        page.screenshot(path=str(target))
        browser.close()
    if colours:
        image = Image.open(target).convert("RGB")
        image.quantize(colors=colours, method=Image.Quantize.MEDIANCUT,
                       dither=Image.Dither.NONE).save(target, optimize=True)
    print(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--all", action="store_true",
                        help="every page in every variant (light/dark, with/without a Korean "
                             "system font), unquantised; for looking, not for committing")
    parser.add_argument("--pages", nargs="*", help="only these docnames (e.g. book/intro)")
    args = parser.parse_args()
    if not (args.html / "book" / "intro.html").is_file():
        raise SystemExit(
            f"{args.html}에 빌드된 책이 없다. 먼저 `jupyter-book build .`을 실행해야 한다."
        )
    if args.all or args.pages:
        names = args.pages or [*PAGES, "genindex", "search"]
        pages = {_name(p): p for p in names}
        variants = [(view, mode, fonts) for view in WIDTHS for mode in ("light", "dark")
                    for fonts in ("nokrfont", "krfont")]
        shoot(args.html, args.out, pages, variants, colours=None)
    else:
        for old in args.out.glob("*.png"):
            old.unlink()
        variants = [(view, "light", "nokrfont") for view in WIDTHS]
        light = {k: v for k, v in SELECTED.items() if k != "ch1-learning-rate"}
        shoot(args.html, args.out, light, variants, 64, COMMITTED_HEIGHT)
        dark = {k: SELECTED[k] for k in ("ch1-learning-rate",)}
        shoot(args.html, args.out, dark, [(v, "dark", "nokrfont") for v in WIDTHS], 64,
              COMMITTED_HEIGHT)
        home = {"home": SELECTED["home"]}
        shoot(args.html, args.out, home, [("phone", "light", "krfont")], 64, COMMITTED_HEIGHT)
        shoot_zoom(args.html, args.out, "ch3-overfitting", SELECTED["ch3-overfitting"], 64)
        total = sum(p.stat().st_size for p in args.out.glob("*.png"))
        print(f"{args.out}: {total / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
