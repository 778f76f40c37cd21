"""Numbers in the book's prose, and where each one comes from.

Every number a page states must be traceable: to a stored output of the same notebook
(what the code printed), to the code itself (an input the reader can see, such as a
learning rate), or to ``tests/claims.yml``, which lists the numbers that come from outside
the notebook (MLCC's playground, a year, a version) with the reason. ``test_claims.py``
uses this module; ``python tests/claims.py`` prints the unexplained numbers of every page.

A prose number matches an output number when the output, rounded to the digits the prose
shows, gives the prose number: "0.147" matches 0.1466, "약 23만" matches 229,720 and
"0.6%" matches 0.006. A number the prose rounds differently from its output ("약 0.14"
for 0.1466) does not match.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from pathlib import Path

import nbformat
import yaml
from book_layout import ROOT
from book_text import _FENCE, _INLINE_CODE, _LINK, blocks, pages

ALLOWLIST = Path(__file__).with_name("claims.yml")

_UNITS = {"만": 10**4, "억": 10**8, "천": 10**3, "백만": 10**6}
_NUMBER = re.compile(
    r"(?<![\w.^_{\\/-])(?P<sign>[-−])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:[eE](?P<exp>[-−+]?\d+))?"
    r"(?P<unit>백만|만|억|천)?(?P<pct>%)?(?![\w.]*[A-Za-z_])"
)
#: Numbers that name things rather than state results: chapters, exercises, versions, dates,
#: licences. Matched against the text around the number.
NOT_CLAIMS = [
    re.compile(r"\d+(?:\.\d+)?\s*(?:장|층|년|월|일|차원)"),
    re.compile(r"연습\s*\d+\.\d+"),
    re.compile(r"(?:텐서플로|파이썬|Python|TensorFlow|TF|CC BY|License|버전)\s*\d+(?:\.\d+)*"),
]
_OUTPUT_NUMBER = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?(?:[eE][-+]?\d+)?")


@dataclass(frozen=True)
class ProseNumber:
    page: str
    index: int
    text: str  # as written, e.g. "0.147", "23만", "0.6%"
    value: Decimal
    decimals: int  # digits after the point as written (negative for 만/억 units)
    context: str

    @property
    def where(self) -> str:
        return f"{self.page} [{self.index}]"


def _markdown_for_numbers(markdown: str) -> str:
    """Markdown with code, links' targets, headings' numbers and LaTeX commands removed."""
    text = _FENCE.sub(" ", markdown)
    text = _INLINE_CODE.sub(" ", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("{,}", ",")
    text = re.sub(r"\\[a-zA-Z]+", " ", text)  # \frac, \approx, \times …
    text = re.sub(r"[\^_]\{[^}]*\}|[\^_]-?\w", " ", text)  # exponents and subscripts
    return text


def prose_numbers(page: str) -> list[ProseNumber]:
    found = []
    for block in blocks(page):
        text = _markdown_for_numbers(block.markdown)
        for line in text.splitlines():
            if line.lstrip().startswith("#"):
                continue  # "## 연습 2.3", "### 1.2 …": section numbers, not claims
            named = [span for pattern in NOT_CLAIMS for span in
                     (n.span() for n in pattern.finditer(line))]
            for m in _NUMBER.finditer(line):
                if any(a <= m.start() < b for a, b in named):
                    continue
                raw = m.group("num").replace(",", "")
                value = Decimal(raw)
                decimals = len(raw.split(".")[1]) if "." in raw else 0
                if m.group("exp"):
                    value = value.scaleb(int(m.group("exp").replace("−", "-")))
                    decimals -= int(m.group("exp").replace("−", "-"))
                if m.group("unit"):
                    scale = _UNITS[m.group("unit")]
                    value *= scale
                    decimals -= int(math.log10(scale))
                if m.group("pct"):
                    value /= 100
                    decimals += 2
                if m.group("sign"):
                    value = -value
                context = line[max(0, m.start() - 25):m.end() + 15].strip()
                found.append(ProseNumber(page, block.index, m.group(0), value, decimals, context))
    return found


def _numbers_in(text: str) -> set[Decimal]:
    """Every number in printed text; a percentage counts as itself and as its fraction."""
    values = set()
    for m in _OUTPUT_NUMBER.finditer(text):
        token = m.group(0).replace(",", "").replace("−", "-")
        try:
            value = Decimal(token)
        except ArithmeticError:
            continue
        values.add(value)
        if text[m.end():m.end() + 1] == "%":
            values.add(value / 100)
    return values


def source_numbers(page: str) -> tuple[set[Decimal], set[Decimal]]:
    """Numbers in the page's outputs (what code printed) and in its code (inputs)."""
    outputs, code = set(), set()
    path = ROOT / f"{page}.ipynb"
    if path.exists():
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                code |= _numbers_in(cell.source)
                for out in cell.get("outputs", []):
                    if out.get("output_type") == "stream":
                        outputs |= _numbers_in(out["text"])
                    elif "text/plain" in out.get("data", {}):
                        outputs |= _numbers_in(out["data"]["text/plain"])
            else:
                # code shown in markdown (exercise solutions) and the output printed under it
                for fence in _FENCE.finditer(cell.source):
                    kind = fence.group(2).strip()
                    if kind in ("text", "output"):
                        outputs |= _numbers_in(fence.group(3))
                    elif kind.startswith("python"):
                        code |= _numbers_in(fence.group(3))
    return outputs, code


def _matches(number: ProseNumber, candidate: Decimal) -> bool:
    exponent = Decimal(1).scaleb(-number.decimals)
    for rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN):
        if abs(candidate).quantize(exponent, rounding=rounding) == abs(number.value):
            return True
    return False


def notebook_pages() -> list[str]:
    """The pages whose numbers can come from outputs: the notebooks, in reading order."""
    return [page for page in pages() if (ROOT / f"{page}.ipynb").exists()]


def allowlist() -> dict[str, list[dict]]:
    if not ALLOWLIST.exists():
        return {}
    return yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8")) or {}


def check_page(page: str) -> tuple[list[ProseNumber], list[ProseNumber], list[ProseNumber]]:
    """Split the page's prose numbers: (tied to outputs, to code or allowlist, unexplained)."""
    outputs, code = source_numbers(page)
    allowed = allowlist().get(page, [])
    tied, explained, unexplained = [], [], []
    for number in prose_numbers(page):
        if any(_matches(number, o) for o in outputs):
            tied.append(number)
        elif any(number.value == c for c in code) or any(
            entry["number"] == number.text and entry["context"] in number.context
            for entry in allowed
        ):
            explained.append(number)
        else:
            unexplained.append(number)
    return tied, explained, unexplained


if __name__ == "__main__":
    total = [0, 0, 0]
    for page in notebook_pages():
        tied, explained, unexplained = check_page(page)
        for k, group in enumerate((tied, explained, unexplained)):
            total[k] += len(group)
        for number in unexplained:
            print(f"{number.where}: {number.text!r} in {number.context!r}")
    print(f"tied to outputs {total[0]}, to code or allowlist {total[1]}, unexplained {total[2]}")
