"""Shared pytest set-up.

- a non-interactive matplotlib backend for the unit tests;
- ``built_site``: the book built once per test session with warnings as errors, into a
  temporary folder, shared by the build checks and the browser tests.
"""

import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build the book (``-W -n --keep-going``) and return its ``_build/html`` folder.

    Set ``BOOK_HTML`` to an already built ``_build/html`` folder to reuse it while working
    on the browser tests; ``pytest`` without it always builds afresh.
    """
    if os.environ.get("BOOK_HTML"):
        return Path(os.environ["BOOK_HTML"])
    out = tmp_path_factory.mktemp("book")
    jupyter_book = Path(sys.executable).with_name("jupyter-book")
    proc = subprocess.run(
        [str(jupyter_book), "build", str(ROOT), "--path-output", str(out),
         "-W", "-n", "--keep-going"],
        cwd=ROOT, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-4000:]
    assert "WARNING" not in log, log[-4000:]
    return out / "_build" / "html"
