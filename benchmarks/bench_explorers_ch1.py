"""Time one update (compute + render) of each chapter-1 explorer.

An update is what happens when a slider moves: ``view.update(value)`` (re-running the
optimiser and changing the artists' data) followed by ``view.render()`` (blitting the changed
artists over the saved background), the shared view API of :mod:`utils.widgets`. The widget
then also encodes a PNG (``view.to_png()``), printed separately. Measured, never asserted;
the target is <= 100 ms per update.

Run: ``python benchmarks/bench_explorers_ch1.py`` (``benchmarks/run.py`` calls :func:`measure`).
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from utils import setup_book
from utils.datasets import make_cricket_data, make_linear_data
from utils.widgets import BATCH_SIZES, LEARNING_RATES, BatchSizeView, FitView, LearningRateView

RUNS = 3  # passes over the slider's values after one warm-up pass


def time_updates(view, values, runs: int = RUNS, png: bool = False) -> list[float]:
    """Per-update samples (ms) of ``view.update(value); view.render()`` over ``values``.

    One pass over all values first warms up caches (fonts, the saved background) and is
    not counted; then ``runs`` passes give ``runs * len(values)`` samples. With ``png`` the
    PNG encoding the widget sends is included too.
    """
    values = list(values)
    for value in values:
        view.update(value)
        view.render()
    samples = []
    for _ in range(runs):
        for value in values:
            start = time.perf_counter()
            view.update(value)
            view.render()
            if png:
                view.to_png()
            samples.append((time.perf_counter() - start) * 1e3)
    return samples


def explorers() -> dict[str, tuple[object, list]]:
    """The three explorers as the notebooks build them: name -> (view, slider values)."""
    setup_book()
    X, y = make_linear_data(n=10_000, seed=0)  # as in book/reducing_loss/sgd.ipynb
    X_cricket, y_cricket = make_cricket_data(n=50, seed=0)
    # explore_fit moves one slider at a time: w across its range, then b across its range.
    fit_values = [(w, 0.0) for w in np.linspace(-0.1, 0.4, 11)]
    fit_values += [(0.15, b) for b in np.linspace(-10.0, 20.0, 11)]
    return {
        "ch1 learning rate": (LearningRateView(), list(LEARNING_RATES)),
        "ch1 batch size (n = 10,000)": (
            BatchSizeView(X, y, learning_rate=0.02),
            [b for b in BATCH_SIZES if b <= len(X)],
        ),
        "ch1 line (w, b)": (FitView(X_cricket, y_cricket), fit_values),
    }


def measure_explorers(make_explorers, png: bool = False) -> dict[str, list[float]]:
    """Per-update samples in ms for each explorer that ``make_explorers()`` builds afresh."""
    return {name: time_updates(view, values, png=png)
            for name, (view, values) in make_explorers().items()}


def report(make_explorers) -> None:
    """Print median and min–max per explorer, and the median with PNG encoding."""
    with_png = measure_explorers(make_explorers, png=True)
    for name, samples in measure_explorers(make_explorers).items():
        print(f"{name:<30} update + render: median {statistics.median(samples):5.1f} ms "
              f"({min(samples):.1f}–{max(samples):.1f}, {len(samples)} samples); "
              f"with PNG: median {statistics.median(with_png[name]):5.1f} ms")


def measure(png: bool = False) -> dict[str, list[float]]:
    """Per-update samples in ms (compute + render; with ``png`` also the PNG) per explorer."""
    return measure_explorers(explorers, png)


def main() -> None:
    report(explorers)


if __name__ == "__main__":
    main()
