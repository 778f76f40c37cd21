"""Exercises: every question has a hidden solution, and every solution shows true output.

A solution is a markdown cell ``<details class="solution"><summary>풀이 보기</summary> …
</details>`` (hidden until clicked on the site, in Jupyter and in Colab). Each ```` ```python ````
block in a solution is followed by a ```` ```text ```` block holding exactly what that code
prints, so a reader can compare without running it; these tests run every block in a fresh
interpreter and compare its output with the one shown.
"""

import os
import re
import subprocess
import sys

import nbformat
import pytest
from book_layout import ROOT

EXERCISE_PAGES = sorted((ROOT / "book").glob("*/exercises.ipynb"))
SOLUTION_PAGES = sorted(
    p for p in (ROOT / "book").rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts and "풀이 보기" in p.read_text(encoding="utf-8")
)
SOLUTION = re.compile(
    r'<details class="solution">\s*<summary>풀이 보기</summary>\n\n(.*?)\n\n</details>', re.S
)
EXERCISE = re.compile(r"##\s+연습\s+\d+(?:\.\d+)?\b")
CODE_AND_OUTPUT = re.compile(
    r"```python\n(?P<code>.*?)```[ \t]*\n(?:[ \t]*\n)*(?:```text\n(?P<output>.*?)```)?", re.S
)


def _markdown(path):
    return [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "markdown"]


def _solution_blocks():
    for path in SOLUTION_PAGES:
        for n, cell in enumerate(_markdown(path)):
            for solution in SOLUTION.findall(cell):
                for k, m in enumerate(CODE_AND_OUTPUT.finditer(solution)):
                    name = f"{path.parent.name}/{path.stem}-md{n}-{k}"
                    yield pytest.param(m.group("code"), m.group("output"), id=name)


def _run(code: str, cwd) -> subprocess.CompletedProcess:
    env = dict(os.environ, MPLBACKEND="Agg", TF_CPP_MIN_LOG_LEVEL="3", PYTHONHASHSEED="0")
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, env=env, timeout=300)


def test_each_chapter_has_an_exercise_page():
    chapters = [p.parent.name for p in EXERCISE_PAGES]
    assert chapters == ["first_steps_tf", "generalization", "reducing_loss"]


@pytest.mark.parametrize("path", SOLUTION_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_exercise_is_followed_by_a_hidden_solution(path):
    cells = _markdown(path)
    questions = [i for i, c in enumerate(cells) if EXERCISE.match(c)]
    minimum = {"exercises": 6}.get(path.stem, 4)
    assert len(questions) >= minimum
    for i in questions:
        nxt = cells[i + 1] if i + 1 < len(cells) else ""
        assert SOLUTION.search(nxt), f"exercise in cell {i} has no hidden solution after it"
        assert "<summary>풀이 보기</summary>" not in cells[i], "the question shows its answer"


@pytest.mark.parametrize(("code", "shown"), list(_solution_blocks()))
def test_solution_shows_what_its_code_prints(code, shown, tmp_path):
    proc = _run(code, tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr.strip() == "", f"the solution prints to stderr: {proc.stderr[-1000:]}"
    printed = proc.stdout.rstrip("\n")
    assert shown is not None, (
        "show what this code prints in a ```text block right after it:\n" + printed
    )
    assert printed == shown.rstrip("\n")


def test_the_output_check_can_fail(tmp_path):
    proc = _run("print(1 + 1)", tmp_path)
    assert proc.stdout.rstrip("\n") != "3"
    blocks = list(CODE_AND_OUTPUT.finditer("```python\nprint(2)\n```\n\n```text\n2\n```"))
    assert blocks[0].group("output") == "2\n"
