"""Shared pytest set-up.

- a non-interactive matplotlib backend for the unit tests;
- ``built_site``: the book built once per test run with warnings as errors, into a
  temporary folder, shared by the build checks and the browser tests. With pytest-xdist
  the workers share one build: the first to arrive builds, under a file lock, and the
  others read its result.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest
from filelock import FileLock

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]


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
