"""Time one update (compute + redraw) of each chapter-1 explorer.

An update is what happens when a slider moves: ``view.update(value)`` (re-running the
optimiser) followed by ``fig.canvas.draw()``. The widget then also encodes a PNG, timed
separately. Prints the median and the maximum over the slider's values, in ms (measured,
never asserted; the target is <= 100 ms).

Run: ``python benchmarks/bench_explorers_ch1.py``
"""

from __future__ import annotations

import io
import time

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from utils import setup_book  # noqa: E402
from utils.datasets import make_cricket_data, make_linear_data  # noqa: E402
from utils.widgets import (  # noqa: E402
    BATCH_SIZES,
    LEARNING_RATES,
    BatchSizeView,
    FitView,
    LearningRateView,
)

REPEATS = 5


def time_updates(view, values) -> tuple[list[float], float]:
    view.update(values[0])
    view.fig.canvas.draw()  # warm up caches (fonts, layout)
    per_value = []
    for value in values:
        runs = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            view.update(value)
            view.fig.canvas.draw()
            runs.append(time.perf_counter() - start)
        per_value.append(float(np.median(runs)) * 1e3)
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        view.fig.savefig(io.BytesIO(), format="png")
        runs.append(time.perf_counter() - start)
    return per_value, float(np.median(runs)) * 1e3


def report(name, view, values) -> None:
    per_value, png = time_updates(view, values)
    worst = int(np.argmax(per_value))
    print(f"{name}: update + draw median {np.median(per_value):6.1f} ms, "
          f"max {per_value[worst]:6.1f} ms (at {values[worst]}); PNG encode {png:5.1f} ms")
    plt.close(view.fig)


def main() -> None:
    setup_book()
    report("learning-rate explorer", LearningRateView(), list(LEARNING_RATES))
    X, y = make_linear_data(n=10_000, seed=0)  # as in book/reducing_loss/sgd.ipynb
    sizes = [b for b in BATCH_SIZES if b <= len(X)]
    report("batch-size explorer (n = 10,000)", BatchSizeView(X, y, learning_rate=0.02), sizes)
    X, y = make_cricket_data(n=50, seed=0)
    params = [(w, b) for w in (0.0, 0.1, 0.15) for b in (0.0, 4.0)]
    report("line explorer (w, b)", FitView(X, y), params)


if __name__ == "__main__":
    main()
