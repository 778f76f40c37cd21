"""Every exercise has a hidden solution, and every Python block in a solution runs."""

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
EXERCISE_PAGES = sorted((ROOT / "book").glob("*/exercises.ipynb"))
SOLUTION = re.compile(
    r'<details class="solution">\s*<summary>풀이 보기</summary>\n\n(.*?)\n\n</details>', re.S
)
CODE = re.compile(r"```python\n(.*?)```", re.S)


def _markdown(path):
    return [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown"]


def _solution_blocks():
    for path in EXERCISE_PAGES:
        for cell in _markdown(path):
            for solution in SOLUTION.findall(cell):
                for k, block in enumerate(CODE.findall(solution)):
                    yield pytest.param(block, id=f"{path.parent.name}-{len(block)}-{k}")


def test_each_chapter_has_an_exercise_page():
    chapters = [p.parent.name for p in EXERCISE_PAGES]
    assert chapters == ["first_steps_tf", "generalization", "reducing_loss"]


@pytest.mark.parametrize("path", EXERCISE_PAGES, ids=lambda p: p.parent.name)
def test_every_exercise_is_followed_by_a_hidden_solution(path):
    cells = _markdown(path)
    questions = [i for i, c in enumerate(cells) if re.match(r"##\s+연습\s+\d+\.\d+", c)]
    minimum = {"reducing_loss": 6}.get(path.parent.name, 5)
    assert len(questions) >= minimum
    for i in questions:
        nxt = cells[i + 1] if i + 1 < len(cells) else ""
        assert SOLUTION.search(nxt), f"exercise in cell {i} has no hidden solution after it"
        assert "<summary>풀이 보기</summary>" not in cells[i], "the question shows its answer"


@pytest.mark.parametrize("code", list(_solution_blocks()))
def test_solution_code_runs(code, tmp_path):
    env = dict(os.environ, MPLBACKEND="Agg", TF_CPP_MIN_LOG_LEVEL="3")
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
