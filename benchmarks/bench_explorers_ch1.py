"""Time one update (compute + render) of each chapter-1 explorer, count the work, size the HTML.

An update is what happens when a slider moves: ``view.update(value)`` (re-running what the
value changes and changing the artists' data) followed by ``view.render()`` (blitting the
changed artists over the saved background), the shared view API of :mod:`utils.engine`. The
widget then also encodes a PNG (``view.to_png()``), printed separately. Measured, never
asserted; the target is <= 100 ms per update.

Besides the times it prints how many times each computation ran while building a view and
per slider move (the functions are wrapped and counted: input checks of X, least-squares
solves, model fits, resamplings, optimiser runs), and the size of each explorer's animation
HTML as the notebooks make it (raw and gzip), since an animation is embedded in its page.

Run: ``python benchmarks/bench_explorers_ch1.py`` (``benchmarks/run.py --only micro`` calls
:func:`measure`, which prints the counts and sizes too).
"""

from __future__ import annotations

import contextlib
import gzip
import statistics
import time
from collections import Counter

import numpy as np

import utils._validation
import utils.optim
import utils.plotting.descent
import utils.plotting.estimates
from utils import setup_book
from utils.datasets import make_cricket_data, make_linear_data
from utils.plotting import BatchSizeView, FitView, LearningRateView
from utils.widgets import (
    BATCH_SIZES,
    LEARNING_RATES,
    animate_batch_size,
    animate_fit,
    animate_learning_rate,
)

RUNS = 3  # passes over the slider's values after one warm-up pass

#: What is counted: label -> (object, attribute). Each is wrapped while counting.
COUNTED = {
    "input arrays checked": (utils._validation, "_as_float_array"),  # X, X_train, X_test
    "least squares": (np.linalg, "lstsq"),
    "loss grid": (utils.plotting.descent, "_mse_grid"),
    "SGD run": (utils.optim._LinearProblem, "_run"),
    "quadratic GD run": (utils.plotting.descent, "minimize_quadratic"),
    "resampling": (utils.plotting.estimates, "resample_test_loss"),
}
_FEATURE_NAMES = {"X", "X_train", "X_test"}


@contextlib.contextmanager
def counting():
    """Count calls of the COUNTED functions inside the block; yields the Counter."""
    counts: Counter = Counter()
    saved = []
    for label, (owner, attr) in COUNTED.items():
        original = getattr(owner, attr)
        saved.append((owner, attr, original))

        def wrapper(*args, _label=label, _original=original, **kwargs):
            if _label != "input arrays checked" or (len(args) > 1 and args[1] in _FEATURE_NAMES):
                counts[_label] += 1
            return _original(*args, **kwargs)

        setattr(owner, attr, wrapper)
    try:
        yield counts
    finally:
        for owner, attr, original in saved:
            setattr(owner, attr, original)


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


def data() -> dict[str, tuple]:
    """The data of the chapter-1 notebooks."""
    X, y = make_linear_data(n=10_000, seed=0)  # as in book/reducing_loss/sgd.ipynb
    X_cricket, y_cricket = make_cricket_data(n=50, seed=0)
    return {"linear": (X, y), "cricket": (X_cricket, y_cricket)}


def explorers() -> dict[str, tuple]:
    """name -> (make the view as the widget does, slider values, make the notebook's animation)."""
    setup_book()
    d = data()
    X, y = d["linear"]
    X_c, y_c = d["cricket"]
    # explore_fit moves one slider at a time: w across its range, then b across its range.
    fit_values = [(w, 0.0) for w in np.linspace(-0.1, 0.4, 11)]
    fit_values += [(0.15, b) for b in np.linspace(-10.0, 20.0, 11)]
    fit_frames = [(0.01 * k, 2.0 * k) for k in range(8)]
    return {
        "ch1 learning rate": (
            LearningRateView, list(LEARNING_RATES),
            lambda: animate_learning_rate([0.01, 0.03, 0.1, 0.2, 0.25, 0.3, 0.45, 0.5, 0.55]),
        ),
        "ch1 batch size (n = 10,000)": (
            lambda: BatchSizeView(X, y, learning_rate=0.02),
            [b for b in BATCH_SIZES if b <= len(X)],
            lambda: animate_batch_size(X, y, [1, 10, 100, 1_000, 10_000], learning_rate=0.02),
        ),
        "ch1 line (w, b)": (
            lambda: FitView(X_c, y_c), fit_values,
            lambda: animate_fit(X_c, y_c, fit_frames, xlabel="분당 울음 횟수", ylabel="기온 °C"),
        ),
    }


def measure_explorers(make_explorers, png: bool = False) -> dict[str, list[float]]:
    """Per-update samples in ms for each explorer that ``make_explorers()`` builds afresh."""
    return {name: time_updates(make_view(), values, png=png)
            for name, (make_view, values, _) in make_explorers().items()}


def _shown(counts: Counter, per: int = 1) -> str:
    if not counts:
        return "nothing counted"
    return ", ".join(f"{label} {n / per:g}×" for label, n in sorted(counts.items()))


def report_work(make_explorers) -> dict[str, dict]:
    """Print, per explorer: the computations while building and per update, and HTML size."""
    results = {}
    for name, (make_view, values, make_animation) in make_explorers().items():
        with counting() as built:
            view = make_view()
        with counting() as updated:
            for value in values:
                view.update(value)
        html = make_animation().html.encode("utf-8")
        zipped = len(gzip.compress(html, 9))
        results[name] = {"build": dict(built), "per_update": dict(updated), "html": len(html),
                         "html_gzip": zipped}
        print(f"{name:<30} build: {_shown(built)}")
        print(f"{'':<30} per update ({len(values)} values): {_shown(updated, len(values))}")
        print(f"{'':<30} animation HTML: {len(html) / 1024:.0f} KiB, "
              f"gzip {zipped / 1024:.0f} KiB", flush=True)
    return results


def report(make_explorers) -> None:
    """Print median and min–max per explorer, the median with PNG encoding, and the work."""
    with_png = measure_explorers(make_explorers, png=True)
    for name, samples in measure_explorers(make_explorers).items():
        print(f"{name:<30} update + render: median {statistics.median(samples):5.1f} ms "
              f"({min(samples):.1f}–{max(samples):.1f}, {len(samples)} samples, target ≤ 100); "
              f"with PNG: median {statistics.median(with_png[name]):5.1f} ms")
    report_work(make_explorers)


def measure(png: bool = False) -> dict[str, list[float]]:
    """Per-update samples in ms per explorer; prints the computation counts and HTML sizes."""
    report_work(explorers)
    return measure_explorers(explorers, png)


def main() -> None:
    report(explorers)


if __name__ == "__main__":
    main()
