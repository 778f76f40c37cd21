"""Screenshots of the built site at desktop and phone widths, for reviewers.

    jupyter-book build .
    python tools/screenshots.py            # writes screenshots/*.png

Uses Playwright with the system Chromium (Debian's ``chromium`` package); no browser is
downloaded. Pages: the home page and the first page of each chapter.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
PAGES = {
    "home": "book/intro",
    "ch1-gradient-descent": "book/reducing_loss/gradient_descent",
    "ch2-high-level-api": "book/first_steps_tf/high_level_api",
    "ch3-overfitting": "book/generalization/overfitting",
}
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    if not (args.html / "book" / "intro.html").is_file():
        raise SystemExit(
            f"{args.html}에 빌드된 책이 없다. 먼저 `jupyter-book build .`을 실행해야 한다."
        )
    args.out.mkdir(parents=True, exist_ok=True)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(args.html))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                      "--disable-component-update", "--no-first-run"],
            )
            for view, (width, height) in VIEWPORTS.items():
                page = browser.new_page(viewport={"width": width, "height": height},
                                        device_scale_factor=1)
                for name, path in PAGES.items():
                    page.goto(f"{base}/{path}.html")
                    page.wait_for_load_state("networkidle")
                    page.evaluate("document.fonts.ready")
                    target = args.out / f"{name}-{view}.png"
                    page.screenshot(path=str(target))
                    print(f"{target.relative_to(ROOT)}")
                page.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
