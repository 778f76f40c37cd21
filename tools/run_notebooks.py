"""Execute notebooks top to bottom in a fresh kernel and store their outputs.

Every notebook in the book is committed with the outputs of one clean run;
nbval then checks that the code still produces them. Run this after editing a
notebook::

    python tools/run_notebooks.py book/reducing_loss/gradient_descent.ipynb
    python tools/run_notebooks.py            # every notebook under book/

Each notebook runs in its own folder with a new ``python3`` kernel. Volatile
metadata (execution timings) is dropped, so re-running an unchanged notebook
leaves its text outputs the same (widget views keep a random model id, which
nbval does not compare). The notebook metadata a kernel writes when JupyterLab
opens the notebook (``kernelspec``, and ``language_info`` exactly as the kernel
reports it) is stored, so opening a notebook leaves it unmodified; the Python
version in ``language_info`` is the one the notebooks ran with (Binder's
``postBuild`` sets its own interpreter's).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _clean(nb: nbformat.NotebookNode) -> None:
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    # nbclient stored the kernel's language_info (from its kernel_info reply): JupyterLab writes
    # the same object when it opens the notebook, and an equal one marks nothing modified
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type == "code":
            cell.outputs = _merge_streams(cell.outputs)


def _merge_streams(outputs: list) -> list:
    """Join consecutive stream outputs of the same name.

    ipykernel flushes prints in pieces whose boundaries depend on timing; nbval
    compares the joined text, and joining here keeps the stored file stable too.
    """
    merged: list = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if (out.get("output_type") == "stream" and prev is not None
                and prev.get("output_type") == "stream" and prev.get("name") == out.get("name")):
            prev["text"] += out["text"]
        else:
            merged.append(out)
    return merged


def execute(path: Path, timeout: int = 600) -> float:
    """Run one notebook in place and return the seconds it took."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
        # Widget state is not stored: a saved slider on the static site would look live but
        # recompute nothing, and rendering it pulls scripts from a CDN. Widget cells carry
        # the `remove-output` tag; the kernel-free animation stands in for them on the site.
        store_widget_state=False,
    )
    start = time.perf_counter()
    client.execute()
    elapsed = time.perf_counter() - start
    _clean(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = args.notebooks or sorted((ROOT / "book").rglob("*.ipynb"))
    paths = [p for p in paths if ".ipynb_checkpoints" not in p.parts and "_build" not in p.parts]
    for path in paths:
        seconds = execute(path.resolve())
        print(f"{path}: {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
