"""Time a full-batch gradient-descent step and a mini-batch SGD epoch on n = 10^6.

Prints medians and ratios (measured, never asserted):

- one full-batch step of ``utils.optim.gradient_descent`` against the NumPy floor of two
  matrix-vector products (``X @ w`` and ``X.T @ r``) on the same data, both on the bare
  feature matrix (n, 1) and on the matrix with a bias column (n, 2);
- one epoch of ``utils.optim.minibatch_sgd`` (batch 100) against scikit-learn's
  ``SGDRegressor`` (batch 1, constant learning rate, same data, same number of epochs).

Run: ``python benchmarks/bench_gd_step.py`` (``benchmarks/run.py`` calls :func:`measure`).
"""

from __future__ import annotations

import functools
import time
import warnings

import numpy as np
from sklearn.linear_model import SGDRegressor

from utils.datasets import make_linear_data
from utils.optim import gradient_descent, minibatch_sgd

N = 1_000_000
REPEATS = 7


def median_seconds(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return float(np.median(times))


def main() -> None:
    X, y = make_linear_data(n=N, w=2.0, b=1.0, noise=1.0, seed=0)

    # --- full-batch step -------------------------------------------------------------
    # The machine may be shared: measurements of ours and of the floors are interleaved
    # so that a change of load hits all of them alike.
    steps = 40
    X1 = X[:, None].copy()
    Xa = np.column_stack([X, np.ones(N)])
    XaT = np.ascontiguousarray(Xa.T)
    w1, wa, r = np.ones(1), np.ones(2), np.empty(N)

    def floor(A, w):
        def run():
            for _ in range(10):
                np.matmul(A, w, out=r)
                _ = A.T @ r
        return run

    cases = {
        "short": lambda: gradient_descent(X, y, 0.1, num_steps=1),
        "long": lambda: gradient_descent(X, y, 0.1, num_steps=1 + steps),
        "floor (n, 1)": floor(X1, w1),
        "floor (n, 2)": floor(Xa, wa),
        "floor (2, n)": lambda: [(wa @ XaT, XaT @ r) for _ in range(10)],
    }
    runs = {name: [] for name in cases}
    for _ in range(REPEATS):
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            runs[name].append(time.perf_counter() - start)
    med = {name: float(np.median(v)) for name, v in runs.items()}
    step = (med["long"] - med["short"]) / steps
    print(f"full-batch GD step, n = {N:,} (median of {REPEATS}, interleaved)")
    print(f"  utils.optim.gradient_descent, per step : {step * 1e3:7.2f} ms "
          f"(set-up once per call: {med['short'] * 1e3:.1f} ms)")
    for name, label in [
        ("floor (n, 1)", "floor X @ w, X.T @ r; X (n, 1)       "),
        ("floor (n, 2)", "same with a bias column, (n, 2)    "),
        ("floor (2, n)", "same, bias column, stored as (2, n)"),
    ]:
        t = med[name] / 10
        print(f"  {label}: {t * 1e3:7.2f} ms  ratio {step / t:.2f}")

    # --- mini-batch epoch vs scikit-learn ----------------------------------------------
    def ours(epochs):
        return lambda: minibatch_sgd(X, y, 0.01, batch_size=100, num_epochs=epochs, seed=0)

    def sklearn(epochs):
        def run():
            model = SGDRegressor(
                loss="squared_error", penalty=None, learning_rate="constant", eta0=0.01,
                max_iter=epochs, tol=None, shuffle=True, random_state=0,
            )
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model.fit(X1, y)
        return run

    print(f"\nmini-batch SGD vs scikit-learn SGDRegressor, n = {N:,} (median of {REPEATS})")
    for epochs in (1, 3):
        t_ours = median_seconds(ours(epochs))
        t_sk = median_seconds(sklearn(epochs))
        print(f"  {epochs} epoch(s): utils.optim.minibatch_sgd (batch 100) {t_ours * 1e3:7.1f} ms, "
              f"SGDRegressor (batch 1) {t_sk * 1e3:7.1f} ms, ratio {t_ours / t_sk:.2f}")
    t1 = median_seconds(lambda: minibatch_sgd(X, y, 0.01, batch_size=1, num_epochs=1, seed=0), 3)
    print(f"  1 epoch with batch 1 (10^6 steps, no per-example Python loop): {t1 * 1e3:.0f} ms")


def measure(repeats: int = 5) -> dict[str, tuple[list[float], str, float | None]]:
    """Samples for ``benchmarks/run.py``: name -> (samples, unit, target).

    The floor of a step is the fastest of the three layouts of the same two
    matrix-vector products, measured interleaved with the step in each repeat.
    """
    X, y = make_linear_data(n=N, w=2.0, b=1.0, noise=1.0, seed=0)
    steps = 20
    X1 = X[:, None].copy()
    Xa = np.column_stack([X, np.ones(N)])
    XaT = np.ascontiguousarray(Xa.T)
    w1, wa, r = np.ones(1), np.ones(2), np.empty(N)

    def timed(fn) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    def floor_once() -> float:
        def bare():
            np.matmul(X1, w1, out=r)
            _ = X1.T @ r

        def bias():
            np.matmul(Xa, wa, out=r)
            _ = Xa.T @ r

        def transposed():
            _ = (wa @ XaT, XaT @ r)

        return min(min(timed(f) for _ in range(3)) for f in (bare, bias, transposed))

    gradient_descent(X, y, 0.1, num_steps=2)  # warm-up: first-call costs are not a step
    minibatch_sgd(X, y, 0.01, batch_size=100, num_epochs=1, seed=0)
    step_ms, ratios = [], []
    for _ in range(repeats):
        short = timed(lambda: gradient_descent(X, y, 0.1, num_steps=1))
        long = timed(lambda: gradient_descent(X, y, 0.1, num_steps=1 + steps))
        step = (long - short) / steps
        step_ms.append(step * 1e3)
        ratios.append(step / floor_once())

    epoch_ms, sk_ratios = [], []
    for _ in range(repeats):
        ours = timed(lambda: minibatch_sgd(X, y, 0.01, batch_size=100, num_epochs=1, seed=0))
        model = SGDRegressor(loss="squared_error", penalty=None, learning_rate="constant",
                             eta0=0.01, max_iter=1, tol=None, shuffle=True, random_state=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = timed(functools.partial(model.fit, X1, y))
        epoch_ms.append(ours * 1e3)
        sk_ratios.append(ours / theirs)
    return {
        "full-batch GD step, n = 10^6": (step_ms, "ms", None),
        "GD step / NumPy floor (2 mat-vec products)": (ratios, "×", 1.5),
        "mini-batch SGD epoch, n = 10^6, batch 100": (epoch_ms, "ms", None),
        "SGD epoch / scikit-learn SGDRegressor epoch": (sk_ratios, "×", 1.0),
    }


if __name__ == "__main__":
    main()
