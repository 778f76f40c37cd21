"""The two real-data pages: the data they read, the claims their prose makes, their exercises.

`실제 데이터로 첫 모델` (chapter 2) and `검증 세트와 손실 곡선` (chapter 3) read the Palmer
penguins with pandas from the installed `palmerpenguins` package. These tests check what nbval
cannot: that no code cell downloads anything, that every page says where the data comes from
and under which licence, that every number the prose quotes is an output shown on the page
(no rounding drift), and that every exercise has a hidden solution whose code prints exactly
the output the solution shows.
"""

import os
import re
import subprocess
import sys

import nbformat
import pytest
from book_layout import ROOT

PAGES = {
    "real_data": ROOT / "book" / "first_steps_tf" / "real_data.ipynb",
    "validation": ROOT / "book" / "generalization" / "validation.ipynb",
}
SOLUTION = re.compile(
    r'<details class="solution">\s*<summary>풀이 보기</summary>\n\n(.*?)\n\n</details>', re.S
)
CODE_AND_OUTPUT = re.compile(r"```python\n(.*?)```\s*```text\n(.*?)```", re.S)
EXERCISE = re.compile(r"##\s+연습\s+(\d+)\s")
URL = re.compile(r"https?://|ftp://|urlretrieve|requests\.get|wget|curl|download", re.I)
#: Numbers in prose that are not computed on the page (years, versions, sizes of other data).
GIVEN = {
    "real_data": {"2018", "0.1.6"},
    "validation": {"2018"},
}
NUMBER = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)*(?:e[+-]\d+)?")


def _nb(name):
    return nbformat.read(PAGES[name], as_version=4)


def _cells(name, kind):
    return [c for c in _nb(name).cells if c.cell_type == kind]


def _outputs(name) -> str:
    """Every text the page shows from running code: stored outputs and solution outputs."""
    texts = []
    for cell in _nb(name).cells:
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                if out["output_type"] == "stream":
                    texts.append(out["text"])
                elif "data" in out:
                    texts += [out["data"].get(m, "") for m in ("text/plain", "text/html")]
        else:
            for solution in SOLUTION.findall(cell.source):
                texts += [output for _, output in CODE_AND_OUTPUT.findall(solution)]
    return "\n".join(texts)


def _code(name) -> str:
    """The page's code cells and the code of its solutions (the settings a sentence may repeat)."""
    solutions = [code for c in _cells(name, "markdown") for solution in SOLUTION.findall(c.source)
                 for code, _ in CODE_AND_OUTPUT.findall(solution)]
    return "\n".join([c.source for c in _cells(name, "code")] + solutions)


def _prose(text: str) -> str:
    """Markdown without code, link targets, citations and HTML tags: what a reader reads."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"\{cite:p\}`[^`]*`", " ", text)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\\(?:lambda|max|mathrm|sqrt|frac|approx|times|top|bar|sum|cdot)", " ", text)
    return text.replace("\u2212", "-")


def prose_numbers(name):
    """(number, markdown cell index) for every number a reader meets in the prose of a page."""
    found = []
    for index, cell in enumerate(_nb(name).cells):
        if cell.cell_type != "markdown" or EXERCISE.match(cell.source):
            continue  # an exercise's question states settings; its solution shows results
        for number in NUMBER.findall(_prose(cell.source)):
            number = number.rstrip(",")
            if "." in number or len(number.replace(",", "")) >= 3:
                found.append((number, index))
    return found


def _shown(number: str, haystack: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(number)}(?!\d|\.\d)", haystack) is not None


def _solutions():
    for name in PAGES:
        for cell in _cells(name, "markdown"):
            for solution in SOLUTION.findall(cell.source):
                for k, (code, output) in enumerate(CODE_AND_OUTPUT.findall(solution)):
                    yield pytest.param(code, output, id=f"{name}-{len(code)}-{k}")


# --------------------------------------------------------------------------- the data


@pytest.mark.parametrize("name", PAGES)
def test_reads_the_packaged_csv_with_pandas_and_downloads_nothing(name):
    code = _code(name)
    assert "load_penguins()" in code
    assert "import pandas as pd" in code
    for cell in _cells(name, "code"):
        # the first cell's Colab block installs the packages (only on Colab); it reads no data
        source = re.sub(r'if "google\.colab" in sys\.modules:\n(?:(?:[ \t]+.*)?\n)*', "",
                        cell.source)
        for line in source.splitlines():
            assert not URL.search(line), f"a code cell reaches the network: {line}"


@pytest.mark.parametrize("name", PAGES)
def test_page_says_where_the_data_comes_from_and_its_licence(name):
    prose = "\n".join(c.source for c in _cells(name, "markdown"))
    assert "CC0" in prose
    assert "{cite:p}`gorman2014`" in prose and "{cite:p}`horst2020`" in prose
    assert "palmerpenguins" in prose


def test_missing_values_are_counted_shown_and_dropped_in_view():
    cells = _cells("real_data", "code")
    sources = [c.source for c in cells]
    assert any(".isna().sum()" in s for s in sources)
    assert any(re.search(r"penguins\[penguins\[.*\]\.isna\(\)\]", s) for s in sources)
    assert any("dropna(subset=" in s for s in sources)
    shown = _outputs("real_data")
    assert "남은 행 342개 (뺀 행 2개)" in shown


def test_validation_page_watches_validation_data_and_stops_early():
    code = _code("validation")
    assert "validation_data=" in code
    assert re.search(r"EarlyStopping\(monitor=\"val_loss\".*restore_best_weights=True", code, re.S)
    shown = _outputs("validation")
    assert "기록된 항목: ['loss', 'val_loss']" in shown


def test_validation_page_gallery_shows_each_curve_from_a_run():
    """Each curve of the gallery is drawn from the history of a fit on the page, not sketched."""
    lines = [line for c in _cells("validation", "markdown") for line in c.source.splitlines()]
    for curve in ("### 진동", "### 폭주", "### 정체", "### 섞지 않은 데이터"):
        assert any(line.startswith(curve) for line in lines), curve
    code = _code("validation")
    for run in ("oscillating = linear_model(", "exploding = linear_model(",
                "plateau = plateau_model.fit(", "overfit = network.fit(", "recorder = StepLoss("):
        assert run in code, run


# --------------------------------------------------------------------------- prose numbers


@pytest.mark.parametrize("name", PAGES)
def test_every_number_in_the_prose_is_shown_by_an_output(name):
    """A number a sentence quotes appears, exactly as written, in an output of the same page
    (or in the code, for the settings a sentence repeats). Rounding drift fails here."""
    haystack = _outputs(name) + "\n" + _code(name)
    missing = [(number, index) for number, index in prose_numbers(name)
               if number not in GIVEN[name] and not _shown(number, haystack)]
    assert missing == []


def test_number_check_can_fail():
    assert _shown("393.1", "RMSE 393.1 g")
    assert not _shown("393", "RMSE 393.1 g")
    assert not _shown("0.14", "w = 0.1466")
    assert [n for n, _ in prose_numbers("real_data")], "the prose quotes numbers"


# --------------------------------------------------------------------------- exercises


@pytest.mark.parametrize("name", PAGES)
def test_at_least_four_exercises_each_followed_by_a_hidden_solution(name):
    cells = _cells(name, "markdown")
    questions = [i for i, c in enumerate(cells) if EXERCISE.match(c.source)]
    assert len(questions) >= 4
    numbers = [int(EXERCISE.match(cells[i].source).group(1)) for i in questions]
    assert numbers == list(range(1, len(numbers) + 1))
    for i in questions:
        assert "<summary>풀이 보기</summary>" not in cells[i].source, "a question shows its answer"
        following = cells[i + 1].source if i + 1 < len(cells) else ""
        solution = SOLUTION.search(following)
        assert solution, f"exercise in markdown cell {i} has no hidden solution after it"
        assert CODE_AND_OUTPUT.search(solution.group(1)), "a solution shows its code and its output"


@pytest.mark.parametrize(("code", "output"), list(_solutions()))
def test_solution_prints_what_it_shows(code, output, tmp_path):
    env = dict(os.environ, MPLBACKEND="Agg", TF_CPP_MIN_LOG_LEVEL="3")
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr == "", proc.stderr[-3000:]
    assert proc.stdout.rstrip("\n") == output.rstrip("\n")


@pytest.mark.parametrize("name", PAGES)
def test_colab_installs_the_pinned_data_package(name):
    """Colab has pandas but not palmerpenguins: the first cell installs the pinned version."""
    pin = re.search(r"^palmerpenguins==(\S+)$", (ROOT / "requirements.txt").read_text(), re.M)
    first = next(c for c in _cells(name, "code"))
    colab = re.search(r'if "google\.colab" in sys\.modules:\n(?:(?:[ \t]+.*)?\n)*', first.source)
    assert pin and colab and f'"palmerpenguins=={pin.group(1)}"' in colab.group(0)
