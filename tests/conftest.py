"""Shared pytest set-up.

- a non-interactive matplotlib backend for the unit tests;
- ``built_site``: the book built once per test session with warnings as errors, into a
  temporary folder, shared by the build checks and the browser tests.
"""

import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """Build the book (``-W -n --keep-going``) and return its ``_build/html`` folder."""
    out = tmp_path_factory.mktemp("book")
    proc = subprocess.run(
        [sys.executable, "-m", "jupyter_book", "build", str(ROOT), "--path-output", str(out),
         "-W", "-n", "--keep-going"],
        cwd=ROOT, capture_output=True, text=True,
    )
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-4000:]
    assert "WARNING" not in log, log[-4000:]
    return out / "_build" / "html"
