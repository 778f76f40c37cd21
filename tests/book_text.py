"""The book's prose as the tests read it: every page's markdown, split into blocks.

A *block* is one markdown cell of a notebook, or one ``.md`` page. For each block the
tests get the raw markdown (to check markup such as a particle after ``$w$``) and its
*prose*: the same text with code blocks, inline code, math, URLs and HTML tags replaced by
placeholders, so that words and numbers in prose can be found without matching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import nbformat
from book_layout import ROOT, TOC, toc_files

#: Placeholders that stand for removed markup in :attr:`Block.prose`.
CODE, MATH = "\uE000", "\uE001"

_FENCE = re.compile(r"^(```+|~~~+)([^\n]*)\n(.*?)^\1[ \t]*$", re.S | re.M)
_DISPLAY_MATH = re.compile(r"\$\$.+?\$\$", re.S)
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\s)(?:[^$\\\n]|\\.)+?(?<!\s)\$(?!\d)")
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_ROLE = re.compile(r"\{[a-z:]+\}`([^`]*)`")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Block:
    """One markdown cell (or page) of the book."""

    page: str  # docname, e.g. "book/reducing_loss/sgd"
    index: int  # cell index as stored (0 for a .md page)
    markdown: str

    @property
    def where(self) -> str:
        return f"{self.page} [{self.index}]"

    @property
    def prose(self) -> str:
        return to_prose(self.markdown)

    def lines(self) -> list[tuple[bool, str]]:
        """The prose line by line, each with whether it is a heading."""
        return [(line.lstrip().startswith("#"), line) for line in self.prose.splitlines()]


def to_prose(markdown: str) -> str:
    """Replace code, math, link targets, roles and HTML tags by placeholders or text."""
    text = _FENCE.sub(_fence_body, markdown)
    text = _DISPLAY_MATH.sub(MATH, text)
    text = _INLINE_CODE.sub(CODE, text)
    text = _INLINE_MATH.sub(MATH, text)
    text = _ROLE.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub("", text)
    return text


def _fence_body(match: re.Match) -> str:
    info = match.group(2).strip()
    if info.startswith("{") and not info.startswith(("{code", "{math", "{tableofcontents")):
        # a MyST directive such as {note}: its body is prose (options lines dropped)
        body = "\n".join(line for line in match.group(3).splitlines() if not line.startswith(":"))
        return to_prose(body)
    return CODE


def pages() -> list[str]:
    """Docnames of the book in reading order (the root page first)."""
    return [TOC["root"], *toc_files(TOC["parts"])]


def chapters() -> dict[str, list[str]]:
    """Each numbered chapter's pages in reading order, keyed by the chapter's index page."""
    result = {}
    for part in TOC["parts"]:
        if not part.get("numbered"):
            continue
        for chapter in part["chapters"]:
            result[chapter["file"]] = [chapter["file"], *toc_files(chapter.get("sections", []))]
    return result


def blocks(page: str) -> list[Block]:
    """The markdown blocks of one page."""
    notebook = ROOT / f"{page}.ipynb"
    if notebook.exists():
        nb = nbformat.read(notebook, as_version=4)
        return [Block(page, i, c.source) for i, c in enumerate(nb.cells)
                if c.cell_type == "markdown"]
    return [Block(page, 0, (ROOT / f"{page}.md").read_text(encoding="utf-8"))]


def all_blocks() -> list[Block]:
    return [b for page in pages() for b in blocks(page)]


def notebook_path(page: str) -> Path:
    return ROOT / f"{page}.ipynb"
