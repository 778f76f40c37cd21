"""Shared pytest set-up.

- a non-interactive matplotlib backend for the unit tests;
- ``book_style``: the book's figure defaults (``setup_book()``) for a test, with every pyplot
  figure closed afterwards (unit tests of figures use it);
- ``built_site``: the book built once per test run with warnings as errors, into a
  temporary folder, shared by the build checks and the browser tests. With pytest-xdist
  the workers share one build: the first to arrive builds, under a file lock, and the
  others read its result;
- ``site``: the built site served on 127.0.0.1 with gzip, as GitHub Pages serves it;
- ``browser``: Chromium (or Chrome) driven by Playwright, found by ``tools/sitekit.py``:
  ``$BOOK_CHROMIUM`` or ``$CHROME_PATH``, a system Chromium/Chrome, or Playwright's own.
  With none the browser tests are skipped with a message saying how to install one, and
  fail instead when ``CI`` is set. The browser sees only DejaVu fonts (as on a machine
  without a Korean font), so what the tests measure does not depend on the fonts this
  machine has; ``browser_korean_font`` also sees a Korean system font;
- ``page``: a fresh 1280×900 page of ``browser`` that records console errors, uncaught
  exceptions and failed requests in ``page.errors``.
"""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest
from build_once import build_once
from needs import unavailable
from playwright.sync_api import sync_playwright

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]

_spec = importlib.util.spec_from_file_location("sitekit", ROOT / "tools" / "sitekit.py")
sitekit = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sitekit)


@pytest.fixture
def book_style():
    """The book's figure defaults for one test; every pyplot figure is closed afterwards."""
    import matplotlib.pyplot as plt

    from utils import setup_book

    setup_book()
    yield
    plt.close("all")


@pytest.fixture(scope="session")
def explorer_data() -> dict:
    """Small data for the five explorers, shaped like the notebooks' data.

    ``linear`` (n = 500) for the batch-size view, ``cricket`` (n = 30) for the line view,
    ``complexity`` (20 training and 200 test examples of the smooth function) and
    ``squared_errors`` (a cubic model's errors on 5,000 fresh examples) for chapter 3.
    """
    from utils.datasets import make_cricket_data, make_linear_data, make_smooth_data
    from utils.evaluation import PolynomialRegression

    X_train, y_train = make_smooth_data(20, seed=0)
    X_new, y_new = make_smooth_data(200, seed=100)
    model = PolynomialRegression(3, domain=(0, 1)).fit(X_train, y_train)
    X_pool, y_pool = make_smooth_data(5000, seed=1)
    return {
        "linear": make_linear_data(n=500, seed=0),
        "cricket": make_cricket_data(n=30, seed=0),
        "complexity": (X_train, y_train, X_new, y_new),
        "squared_errors": (model.predict(X_pool) - y_pool) ** 2,
    }


def _build(out: Path) -> dict:
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    proc = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(out),
         "-W", "-n", "--keep-going"],
        cwd=ROOT, capture_output=True, text=True,
    )
    return {"returncode": proc.returncode, "log": proc.stdout + proc.stderr}


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build the book (``-W -n --keep-going``) and return its ``_build/html`` folder.

    Set ``BOOK_HTML`` to an already built ``_build/html`` folder to reuse it while working
    on the browser tests; ``pytest`` without it always builds afresh.
    """
    if os.environ.get("BOOK_HTML"):
        return Path(os.environ["BOOK_HTML"])
    out, result = build_once(tmp_path_factory, "book", _build)
    assert result["returncode"] == 0, result["log"][-4000:]
    assert "WARNING" not in result["log"], result["log"][-4000:]
    return out / "_build" / "html"


@pytest.fixture(scope="module")
def site(built_site):
    with sitekit.serve(built_site) as base:
        yield base


def _launch(playwright, env):
    try:
        return sitekit.find_browser(playwright, env=env)
    except sitekit.BrowserNotFound as exc:
        unavailable(str(exc))


@pytest.fixture(scope="session")
def font_envs(tmp_path_factory) -> dict:
    """Fontconfig set-ups: ``none`` (DejaVu only) and ``korean`` (plus a Korean font)."""
    return {"none": sitekit.font_env(tmp_path_factory.mktemp("fonts-none")),
            "korean": sitekit.font_env(tmp_path_factory.mktemp("fonts-korean"), korean=True)}


@pytest.fixture(scope="module")
def playwright_driver():
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright_driver, font_envs):
    browser = _launch(playwright_driver, font_envs["none"])
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def browser_korean_font(playwright_driver, font_envs):
    browser = _launch(playwright_driver, font_envs["korean"])
    yield browser
    browser.close()


def watch_errors(page):
    """Collect console errors, uncaught exceptions and failed requests in ``page.errors``."""
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("requestfailed", lambda r: page.errors.append(f"failed: {r.url}"))
    return page


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = watch_errors(context.new_page())
    yield page
    context.close()
