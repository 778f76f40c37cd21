"""Time one update (compute + render) of each chapter-3 explorer.

Same measurement as ``bench_explorers_ch1.py`` (the shared view API of :mod:`utils.widgets`:
``view.update(value)`` then ``view.render()``), on the data of the chapter-3 notebooks. For
comparison ``main()`` also times drawing the figure from scratch
(:func:`utils.widgets.plot_complexity` + a full draw), which is what an ``interact`` over the
pure function would do. Measured, never asserted; the target is <= 100 ms per update.

Run: ``python benchmarks/bench_explorers_ch3.py`` (``benchmarks/run.py`` calls :func:`measure`).
"""

from __future__ import annotations

import statistics
import time

from bench_explorers_ch1 import measure_explorers, report
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from utils import setup_book
from utils.datasets import make_smooth_data, smooth_function
from utils.evaluation import PolynomialRegression
from utils.widgets import TEST_SIZES, ComplexityView, TestSizeView, plot_complexity


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


def explorers() -> dict[str, tuple[object, list]]:
    """The two explorers as explore_complexity / explore_test_size build them."""
    setup_book()
    d = data()
    return {
        "ch3 model complexity": (
            ComplexityView(*d["complexity"], true_function=smooth_function, dpi=100),
            list(range(16)),
        ),
        "ch3 test-set size": (TestSizeView(*d["squared_errors"], dpi=100), list(TEST_SIZES)),
    }


def measure(png: bool = False) -> dict[str, list[float]]:
    """Per-update samples in ms (compute + render; with ``png`` also the PNG) per explorer."""
    return measure_explorers(explorers, png)


def main() -> None:
    report(explorers)
    X_train, y_train, X_new, y_new = data()["complexity"]
    samples = []
    for degree in [3, *range(16)]:  # the first one warms up and is dropped
        start = time.perf_counter()
        fig = Figure(figsize=(9.0, 3.6), dpi=100)
        FigureCanvasAgg(fig)
        plot_complexity(degree, X_train, y_train, X_new, y_new,
                        true_function=smooth_function, axes=fig.subplots(1, 2))
        fig.canvas.draw()
        samples.append((time.perf_counter() - start) * 1e3)
    samples = samples[1:]
    print(f"{'(ch3 complexity from scratch)':<30} plot + full draw: median "
          f"{statistics.median(samples):5.1f} ms ({min(samples):.1f}–{max(samples):.1f})")


if __name__ == "__main__":
    main()
