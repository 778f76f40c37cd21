"""What the tests need to know about the book's layout, read from its own config files."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
TOC = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))


def toc_files(node=TOC):
    """Every ``file:`` entry of the table of contents, in order."""
    if isinstance(node, dict):
        if "file" in node:
            yield node["file"]
        for value in node.values():
            yield from toc_files(value)
    elif isinstance(node, list):
        for item in node:
            yield from toc_files(item)


#: The pages of the book (root first), as docnames like ``book/reducing_loss/sgd``.
PAGES = [TOC["root"], *toc_files(TOC["parts"])]
