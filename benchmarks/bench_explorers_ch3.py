"""Time one update of each chapter-3 explorer, count the work, size the HTML.

Same measurement as ``bench_explorers_ch1.py`` (the shared view API of :mod:`utils.engine`:
``view.update(value)`` then ``view.render()``), on the data of the chapter-3 notebooks. For
comparison ``main()`` also times drawing the figure from scratch
(:func:`utils.plotting.plot_complexity` + a full draw), which is what an ``interact`` over
the plot function would do. Measured, never asserted; the target is <= 100 ms per update,
and building each explorer does each computation once (one fit per degree, one resampling
per test-set size).

Run: ``python benchmarks/bench_explorers_ch3.py`` (``benchmarks/run.py`` calls :func:`measure`).
"""

from __future__ import annotations

import statistics
import time

import matplotlib.pyplot as plt
from bench_explorers_ch1 import measure_explorers, report, report_work

from utils import setup_book
from utils.datasets import make_smooth_data, smooth_function
from utils.evaluation import PolynomialRegression
from utils.plotting import TEST_COUNTS, ComplexityView, TestSizeView, plot_complexity
from utils.widgets import animate_complexity, animate_test_size


def data() -> dict[str, tuple]:
    """The data of book/generalization/overfitting.ipynb and train_test_split.ipynb."""
    X_train, y_train = make_smooth_data(n=20, noise=0.3, seed=0)
    X_new, y_new = make_smooth_data(n=500, noise=0.3, seed=100)
    X_small, y_small = make_smooth_data(n=20, seed=0)
    model = PolynomialRegression(degree=3, domain=(0, 1)).fit(X_small, y_small)
    X_pool, y_pool = make_smooth_data(n=20_000, seed=1)
    return {
        "complexity": (X_train, y_train, X_new, y_new),
        "squared_errors": ((y_pool - model.predict(X_pool)) ** 2,),
    }


def explorers() -> dict[str, tuple]:
    """The two explorers as explore_complexity / explore_test_size build them."""
    setup_book()
    d = data()
    complexity = d["complexity"]
    (errors,) = d["squared_errors"]
    return {
        "ch3 model complexity": (
            lambda: ComplexityView(*complexity, true_function=smooth_function),
            list(range(16)),
            lambda: animate_complexity(*complexity, true_function=smooth_function),
        ),
        "ch3 test-set size": (
            lambda: TestSizeView(errors), list(TEST_COUNTS), lambda: animate_test_size(errors),
        ),
    }


def measure(png: bool = False) -> dict[str, list[float]]:
    """Per-update samples in ms per explorer; prints the computation counts and HTML sizes."""
    report_work(explorers)
    return measure_explorers(explorers, png)


def main() -> None:
    report(explorers)
    X_train, y_train, X_new, y_new = data()["complexity"]
    samples = []
    for degree in [3, *range(16)]:  # the first one warms up and is dropped
        start = time.perf_counter()
        axes = plot_complexity(X_train, y_train, X_new, y_new, degree,
                               true_function=smooth_function)
        axes[0].figure.canvas.draw()
        plt.close(axes[0].figure)
        samples.append((time.perf_counter() - start) * 1e3)
    samples = samples[1:]
    print(f"{'(ch3 complexity from scratch)':<30} plot + full draw: median "
          f"{statistics.median(samples):5.1f} ms ({min(samples):.1f}–{max(samples):.1f})")


if __name__ == "__main__":
    main()
