"""One build per test run, shared by every pytest-xdist worker (the book, the PDF)."""

import json
import os
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock


def build_once(tmp_path_factory, name: str, build: Callable[[Path], dict]) -> tuple[Path, dict]:
    """Run ``build(out)`` once per test run and return ``(out, its result)``.

    With pytest-xdist the workers share one folder: the first to arrive builds into
    ``<run temp>/<name>`` under a file lock and stores the result (plain JSON data) beside
    it; the others wait for the lock and read that result.
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # one folder for all workers of this run
    out = shared / name
    result_file = shared / f"{name}-build.json"
    with FileLock(str(shared / f"{name}-build.lock")):
        if not result_file.exists():
            result_file.write_text(json.dumps(build(out)), encoding="utf-8")
    return out, json.loads(result_file.read_text(encoding="utf-8"))
