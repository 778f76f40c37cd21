"""Measure the book's search: index size and the time from typing to results.

On a built site (``_build/html``), served on 127.0.0.1 and opened in Debian's Chromium:

- the index and engine the search page loads, raw and gzip-compressed (GitHub Pages serves
  them gzipped);
- a cold search: from opening ``search.html?q=…`` to the results on screen (most of it is
  the theme's scripts and styles), and the part that is ours: evaluating the index script
  and the first search;
- typing to results: the search field gets a query of ``tests/search_queries.yml`` and the
  time until the results are drawn and the next frame is painted, over every query.

Measured, never asserted. Run: ``python benchmarks/bench_search.py _build/html``
(``benchmarks/run.py --only search`` builds the book and calls :func:`measure`).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import shutil
import sys
import threading
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "search_queries.yml"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-quic"]
COLD_RUNS = 5

TYPE_AND_PAINT = """async (query) => {
  const field = document.getElementById('korean-search-input');
  const start = performance.now();
  field.value = query;
  field.dispatchEvent(new Event('input'));
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - start;
}"""


LOAD_AND_SEARCH = """async () => {
  const url = [...document.scripts].find((s) => s.src.includes('korean-search-index.js')).src;
  const text = await (await fetch(url)).text();
  const start = performance.now();
  (0, eval)(text);
  KoreanSearch.search('학습률');
  return performance.now() - start;
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def _sizes(html: Path) -> dict[str, tuple[list[float], str, float | None]]:
    rows = {}
    for name, target in (("korean-search-index.js", 100.0), ("korean-search.js", 15.0)):
        data = (html / "_static" / name).read_bytes()
        rows[f"search: {name} (raw)"] = ([len(data) / 1e3], "KB", None)
        rows[f"search: {name} (gzip)"] = ([len(gzip.compress(data, 9)) / 1e3], "KB", target)
    return rows


def measure(html: Path) -> dict[str, tuple[list[float], str, float | None]]:
    """Samples for ``benchmarks/run.py``: name -> (samples, unit, target)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium이 없다: 데비안의 chromium 패키지를 설치해야 한다")
    queries = [q["query"] for q in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))]
    rows = _sizes(html)
    handler = functools.partial(_Quiet, directory=str(html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            cold, ours = [], []
            for _ in range(COLD_RUNS):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.goto(f"{site}/search.html?q=학습률")
                page.wait_for_selector("#search-results ul.search li")
                cold.append(float(page.eval_on_selector("#search-results",
                                                        "e => e.dataset.shownAt")))
                ours.append(page.evaluate(LOAD_AND_SEARCH))
                page.close()
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{site}/search.html")
            page.wait_for_function("window.KoreanSearch && KoreanSearch.index() !== null")
            for query in queries[:5]:  # warm-up, not counted
                page.evaluate(TYPE_AND_PAINT, query)
            typing = [page.evaluate(TYPE_AND_PAINT, query) for query in queries]
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    rows["search: open search.html?q= to results (cold)"] = (cold, "ms", 1000.0)
    rows["search: of which evaluating the index + a search"] = (ours, "ms", 100.0)
    rows[f"search: typing to results painted ({len(queries)} queries)"] = (typing, "ms", 50.0)
    return rows


def main() -> None:
    html = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "_build" / "html"
    for name, (samples, unit, target) in measure(html).items():
        samples = sorted(samples)
        print(f"{name:<52} {samples[len(samples) // 2]:>9.3g} {unit:<3} "
              f"{samples[0]:.3g}–{samples[-1]:.3g}  target {target}")


if __name__ == "__main__":
    main()
