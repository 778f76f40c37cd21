"""Shared pytest set-up.

- a non-interactive matplotlib backend for the unit tests;
- ``book_style``: the book's figure defaults (``setup_book()``) for a test, with every pyplot
  figure closed afterwards (unit tests of figures use it);
- ``built_site``: the book built once per test run with warnings as errors, into a
  temporary folder, shared by the build checks and the browser tests. With pytest-xdist
  the workers share one build: the first to arrive builds, under a file lock, and the
  others read its result;
- ``site``, ``browser``, ``page``: the built site served on 127.0.0.1 and opened in Debian's
  Chromium through Playwright (no browser download), for the browser tests.
"""

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import matplotlib
import pytest
from filelock import FileLock
from playwright.sync_api import sync_playwright

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]


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
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # one folder for all workers of this run
    out = shared / "book"
    result_file = shared / "book-build.json"
    with FileLock(str(shared / "book-build.lock")):
        if not result_file.exists():
            result_file.write_text(json.dumps(_build(out)), encoding="utf-8")
    result = json.loads(result_file.read_text(encoding="utf-8"))
    assert result["returncode"] == 0, result["log"][-4000:]
    assert "WARNING" not in result["log"], result["log"][-4000:]
    return out / "_build" / "html"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "install Debian's chromium package (.ci/run does)"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("requestfailed", lambda r: page.errors.append(f"failed: {r.url}"))
    yield page
    context.close()
