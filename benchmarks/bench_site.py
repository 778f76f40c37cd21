"""What a reader's browser downloads, and what Lighthouse makes of it.

    python benchmarks/run.py --only transfer     # bytes of every page's first visit
    python benchmarks/run.py --only lighthouse   # Lighthouse 12, mobile preset

The built site is served the way GitHub Pages serves it (gzip, ``tools/sitekit.py``) and
opened in Chromium on a machine without a Korean font (the worst case: the page brings its
own web fonts; a reader with a Korean system font downloads less).

Transfer: bytes over the network (headers included, gzip as sent) on a first visit with an
empty cache, at a phone's size (412 × 823, Lighthouse's mobile screen). "first view" is
what the page fetches on opening (images below the fold load lazily); "whole page" also
fetches every image, as a reader who scrolls to the end does. Target: ≤ 1.0 MB.

Lighthouse: ``npm install --prefix benchmarks`` once (``benchmarks/package.json`` pins
Lighthouse 12), or set ``LIGHTHOUSE`` to a ``lighthouse`` executable. Mobile preset
(simulated slow 4G and a 4× slower CPU), the system Chromium (``CHROME_PATH``). Targets:
Performance ≥ 90, Accessibility, Best practices and SEO 100, CLS ≤ 0.05.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sitekit", ROOT / "tools" / "sitekit.py")
sitekit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sitekit)
sys.path.insert(0, str(ROOT / "tests"))
from book_layout import PAGES  # noqa: E402

#: Pages Lighthouse scores: the home page, a chapter index, notebook pages with math,
#: animations and figures, the glossary and the search page.
LIGHTHOUSE_PAGES = {
    "intro": "book/intro",
    "1 index": "book/reducing_loss/index",
    "1.1": "book/reducing_loss/iterative_approach",
    "1.3": "book/reducing_loss/learning_rate",
    "3.1": "book/generalization/overfitting",
    "glossary": "book/appendix/glossary",
    "search": "search",
}
TRANSFER_TARGET_MB = 1.0
CATEGORIES = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 100}


def transfer_sizes(html: Path) -> dict[str, tuple[int, int]]:
    """Bytes transferred by each page's first visit: ``{page: (first view, whole page)}``."""
    from playwright.sync_api import sync_playwright

    sizes = {}
    with tempfile.TemporaryDirectory() as tmp, sitekit.serve(html) as base, \
            sync_playwright() as p:
        browser = sitekit.find_browser(p, env=sitekit.font_env(Path(tmp)))
        for name in [*PAGES, "genindex", "search"]:
            context = browser.new_context(viewport={"width": 412, "height": 823},
                                          device_scale_factor=1.75, is_mobile=True)
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            received = []
            cdp.on("Network.loadingFinished",
                   lambda e, r=received: r.append(e["encodedDataLength"]))
            page.goto(f"{base}/{name}.html" + ("?q=학습률" if name == "search" else ""))
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            first = sum(received)
            page.evaluate("document.querySelectorAll('img[loading=lazy]')"
                          ".forEach(i => { i.loading = 'eager'; })")
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            sizes[name] = (first, sum(received))
            context.close()
        browser.close()
    return sizes


def lighthouse_executable() -> str | None:
    """``$LIGHTHOUSE``, ``benchmarks/node_modules/.bin/lighthouse`` or one on ``PATH``."""
    for candidate in (os.environ.get("LIGHTHOUSE"),
                      ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse",
                      shutil.which("lighthouse")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return None


def lighthouse(html: Path, runs: int = 1) -> dict[str, list[dict]]:
    """Run Lighthouse ``runs`` times on each of :data:`LIGHTHOUSE_PAGES`.

    Returns ``{page: [{"performance": 97, ..., "cls": 0.01, "lcp_s": 1.9, ...}, ...]}``.
    """
    executable = lighthouse_executable()
    if executable is None:
        raise FileNotFoundError(
            "Lighthouse가 없다. `npm install --prefix benchmarks`로 설치하거나 "
            "환경 변수 LIGHTHOUSE에 lighthouse 실행 파일의 경로를 넣어야 한다.")
    browsers = sitekit.browser_candidates()
    if not browsers:
        raise sitekit.BrowserNotFound(sitekit.INSTALL_HINT)
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp, sitekit.serve(html) as base:
        env = {**os.environ, "CHROME_PATH": browsers[0][1], **sitekit.font_env(Path(tmp))}
        flags = " ".join(["--headless=new", *sitekit.LAUNCH_ARGS])
        for label, name in LIGHTHOUSE_PAGES.items():
            url = f"{base}/{name}.html" + ("?q=학습률" if name == "search" else "")
            for _ in range(runs):
                proc = subprocess.run(
                    # no full-page screenshot: it stretches the window over the whole page,
                    # which loads every lazy image and animation frame into the byte count
                    [executable, url, "--output=json", "--output-path=stdout", "--quiet",
                     "--disable-full-page-screenshot",
                     f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}"],
                    env=env, capture_output=True, text=True, timeout=600, check=False)
                if proc.returncode != 0:
                    raise RuntimeError(f"Lighthouse가 {url}에서 실패했다: {proc.stderr[-2000:]}")
                report = json.loads(proc.stdout)
                audits = report["audits"]
                row = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
                row.update({
                    "cls": audits["cumulative-layout-shift"]["numericValue"],
                    "fcp_s": audits["first-contentful-paint"]["numericValue"] / 1000,
                    "lcp_s": audits["largest-contentful-paint"]["numericValue"] / 1000,
                    "tbt_ms": audits["total-blocking-time"]["numericValue"],
                    "bytes": audits["total-byte-weight"]["numericValue"],
                    "failed": sorted(a for c in CATEGORIES
                                     for a in _failed_audits(report, c)),
                })
                results.setdefault(label, []).append(row)
    return results


def _failed_audits(report: dict, category: str) -> list[str]:
    refs = report["categories"][category]["auditRefs"]
    return [f"{category}:{r['id']}" for r in refs
            if r.get("weight", 0) > 0 and (report["audits"][r["id"]].get("score") or 0) < 0.9
            and report["audits"][r["id"]].get("scoreDisplayMode") not in ("notApplicable",
                                                                         "informative",
                                                                         "manual")]
