"""`utils` is this repository's package and imports from any notebook folder."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = sorted(p for p in (ROOT / "book").iterdir() if p.is_dir() and not p.name.startswith("_"))


@pytest.mark.parametrize("folder", CHAPTERS, ids=lambda p: p.name)
def test_utils_imports_from_notebook_folder(folder):
    code = "import pathlib, utils; print(pathlib.Path(utils.__file__).resolve())"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(out.stdout.strip()) == ROOT / "utils" / "__init__.py"


def test_no_path_hacks_in_notebooks_or_helper_copies():
    for nb in (ROOT / "book").rglob("*.ipynb"):
        text = nb.read_text(encoding="utf-8")
        assert "sys.path.insert" not in text and "sys.path.append" not in text, nb
    assert not list((ROOT / "book").rglob("*.py")), "helper modules belong in utils/"
