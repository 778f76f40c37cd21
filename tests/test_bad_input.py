# ruff: noqa: E501  (a table of cases reads best one case per line)
"""A reader's mistakes at every public edge of utils: two tables of cases, one test per case.

**Refused** (``add``): each case calls one public callable with one bad argument (or a
misspelt, missing or extra one) and expects

- the exception type: ``TypeError`` for the wrong kind of value, ``ValueError`` for the right
  kind with a wrong value (out of range, wrong shape or length, NaN, too large to compute),
  ``NotFittedError`` before ``fit``;
- a Korean message (Hangul) that names the argument(s) the caller passed and says what to
  change ("...야 한다");
- nothing drawn: no new matplotlib figure, and a given ``ax`` left as it was;
- no warning on the way, nothing printed, and no fitted model changed by the failed call
  (a failed refit keeps the previous fit).

**Accepted** (``accept``): valid but unusual input a reader also types (NumPy scalars of
every kind, 0-d arrays, pandas ``Series``/``DataFrame``, integer and float32 arrays, column
vectors, one example, a constant feature, read-only and strided arrays, an ``ax`` from a
closed figure) must work, give the right answer where one is known, warn about nothing and
open no pyplot figure unless it draws on the current axes.

All module-level arrays are read-only, so every case also checks that utils never writes
into a reader's array. ``test_every_public_callable_has_cases`` fails when a name in any
module's ``__all__`` has no refused case, and ``test_unknown_keyword_is_refused_in_korean``
calls every public callable with a misspelt keyword.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import pkgutil
import re
import warnings

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from matplotlib.figure import Figure

import utils
from utils import _validation as V
from utils import (
    datasets,
    engine,
    estimator,
    evaluation,
    history,
    losses,
    optim,
    plotting,
    setup_book,
)
from utils import widgets as W
from utils.estimator import NotFittedError

HANGUL = re.compile("[가-힣]")

# ---------------------------------------------------------------------------
# small valid data (read-only: utils must never write into a reader's array)
# ---------------------------------------------------------------------------


def _ro(values) -> np.ndarray:
    values = np.array(values, dtype=float)
    values.setflags(write=False)
    return values


X1 = _ro(np.linspace(0.0, 1.0, 40))
Y1 = _ro(2.0 * X1 + 1.0)
X2 = _ro(np.c_[X1, X1**2])  # two features: explorers and 1-D plots refuse it
ERR = _ro(np.linspace(0.0, 2.0, 200))
H = optim.gradient_descent(X1, Y1, 0.1, num_steps=5)
W_GRID = _ro(np.linspace(-1.0, 3.0, 5))
B_GRID = _ro(np.linspace(-1.0, 3.0, 4))
GRID = _ro(losses.mse_grid(X1, Y1, W_GRID, B_GRID))  # shape (4, 5)
XT, YT = (_ro(a) for a in datasets.make_smooth_data(12, seed=0))
XN, YN = (_ro(a) for a in datasets.make_smooth_data(40, seed=1))
EST = _ro(np.ones((2, 5)))
# Fitted models the cases refit or predict with: a failed call must leave what they learned.
FITTED = evaluation.PolynomialRegression(2, domain=(0, 1)).fit(X1, Y1)
FITTED_LR = estimator.LinearRegressionGD(method="lstsq").fit(X2, Y1)
STATEFUL = (FITTED, FITTED_LR)

# ---------------------------------------------------------------------------
# bad values by kind: (value, expected exception)
# ---------------------------------------------------------------------------

NOT_REAL = ["1.0", None, True, np.True_, 1 + 2j, np.complex128(1), np.complex64(1), [1.0]]
NOT_FINITE = [np.nan, np.inf, -np.inf, np.float32("nan")]
NOT_INT = [1.5, "3", None, True, np.True_, np.float64(2.0), 2.0, 1 + 0j, [2]]
NOT_BOOL = ["yes", 1, 0, None, 1.0, np.int64(1)]
NOT_ARRAY = ["abc", None, {"a": 1}, {1.0, 2.0}, [[1.0, 2.0], [3.0]], [True, False, True],
             np.array([1 + 1j, 2.0, 3.0]), H, ["1.0", "2.0", "3.0"],
             np.arange(3).astype("datetime64[D]")]
BAD_ARRAY_VALUES = [[], np.array([]), [1.0, np.nan, 2.0], [np.inf, 1.0, 2.0], [1.0, None, 2.0],
                    [10**400, 1.0, 2.0]]
BAD_ARRAY_SHAPES = [np.zeros((3, 1, 1)), 3.0]  # 3-D, or one number where an array belongs
NOT_RANGE = [5, "ab", None, {0: 1}, ("0", "1"), (0.0, 1j)]
BAD_RANGE_VALUES = [(1.0, 0.0), (0.0, 0.0), (np.nan, 1.0), (0.0, np.inf), (0.0, 1.0, 2.0), ()]
NOT_LIST = [5, np.int64(3), "abc", None, 2.5]
BAD_LIST_VALUES = [[], [-1], np.array([[1, 2], [3, 4]])]
NOT_LABEL = [1, b"x", ["a"], 2.0]
# "[AX]", "FIG" and "[AX, OTHER]" are placeholders the harness swaps for real Axes/Figures.
NOT_AX = ["ax", 1, [1, 2], np.zeros(2), "[AX]", "FIG", "[AX, OTHER]"]


def real():
    """Cases for a real-number argument: wrong kinds and non-finite values."""
    return [(v, TypeError) for v in NOT_REAL] + [(v, ValueError) for v in NOT_FINITE]


def weight():
    """A weight: one real number, or (for one feature) a list of one is fine too."""
    return [(v, exc) for v, exc in real() if not isinstance(v, list)]


def positive():
    return real() + [(v, ValueError) for v in (0, -0.0, -1.0, np.float32(-2.0), -1e-300)]


def integer(too_small=(-1,), too_big=()):
    return [(v, TypeError) for v in NOT_INT] + [(v, ValueError) for v in (*too_small, *too_big)]


def without_none(cases):
    """For optional arguments, where None means "not given"."""
    return [(v, exc) for v, exc in cases if v is not None]


def seed():
    return integer(too_small=(-1, np.int64(-5))) + [(np.random.default_rng(0), TypeError)]


def boolean():
    return [(v, TypeError) for v in NOT_BOOL]


def array(shapes=True):
    """An array argument. ``shapes=False`` for elementwise functions, which take any shape."""
    return ([(v, TypeError) for v in NOT_ARRAY] + [(v, ValueError) for v in BAD_ARRAY_VALUES]
            + [(v, ValueError) for v in (BAD_ARRAY_SHAPES if shapes else ())])


def vrange():
    return [(v, TypeError) for v in NOT_RANGE] + [(v, ValueError) for v in BAD_RANGE_VALUES]


def int_list(extra=()):
    return ([(v, TypeError) for v in NOT_LIST] + [(v, ValueError) for v in BAD_LIST_VALUES]
            + [([1.5], TypeError), (["a"], TypeError), *extra])


def sorted_int_list(extra=()):
    """An int list drawn along an axis: also sorted and without repeats."""
    return int_list([([2, 1], ValueError), ([1, 1], ValueError), *extra])


def label(optional=True):
    return [(v, TypeError) for v in NOT_LABEL] + ([] if optional else [(None, TypeError)])


def ax_cases():
    return [(v, TypeError) for v in NOT_AX]


def axes_cases():
    """Two-panel views: axes must be two different Axes of one figure."""
    return [(v, TypeError) for v in NOT_AX[:4]] + [
        ("AX", TypeError), ("[AX]", ValueError), ("[AX, AX]", ValueError),
        ("[AX, OTHER]", ValueError), ("[AX, AX, AX]", ValueError),
    ]


# ---------------------------------------------------------------------------
# the table of refused calls: target -> list of (argument name in message, call, bad-values)
# ---------------------------------------------------------------------------

CASES: list[tuple[str, object, object, type, object]] = []  # (target, arg, value, exc, call)


def add(target, arg, bad, call):
    """``call(value, ax)`` calls ``target`` with ``value`` in place of argument ``arg``.

    ``arg`` is the name the message must contain, or a tuple of names it must all contain.
    """
    for value, exc in bad:
        CASES.append((target, arg, value, exc, call))


OTHER_AX = Figure().subplots()  # an Axes of another figure


def swap(value, ax):
    """Placeholders for the harness's Axes: "AX", "[AX]", "[AX, AX]", "[AX, OTHER]", "FIG"."""
    if not isinstance(value, str):
        return value
    return {
        "AX": ax, "[AX]": [ax], "[AX, AX]": [ax, ax], "[AX, AX, AX]": [ax, ax, ax],
        "[AX, OTHER]": [ax, OTHER_AX], "FIG": ax.figure,
    }.get(value, value)


# -- _validation --------------------------------------------------------------------
add("_validation.as_features", "X", array(), lambda v, ax: V.as_features(v))
add("_validation.as_features", "X", [(np.zeros((2, 2, 2)), ValueError), (3.0, ValueError)],
    lambda v, ax: V.as_features(v))
add("_validation.as_labels", "y", array() + [(np.zeros((3, 2)), ValueError)],
    lambda v, ax: V.as_labels(v))
add("_validation.as_vector", "values", array(), lambda v, ax: V.as_vector(v, "values"))
add("_validation.check_xy", "X", array(), lambda v, ax: V.check_xy(v, Y1))
add("_validation.check_xy", "y", array() + [(Y1[:3], ValueError)], lambda v, ax: V.check_xy(X1, v))
add("_validation.check_real", "w0", real(), lambda v, ax: V.check_real(v, "w0"))
add("_validation.check_real", "w0", [(-1.0, ValueError)], lambda v, ax: V.check_real(v, "w0", low=0))
add("_validation.check_positive", "lr", positive(), lambda v, ax: V.check_positive(v, "lr"))
add("_validation.check_int", "k", integer(too_small=(0, -3)), lambda v, ax: V.check_int(v, "k"))
add("_validation.check_seed", "seed", seed(), lambda v, ax: V.check_seed(v))
add("_validation.check_bool", "shuffle", boolean(), lambda v, ax: V.check_bool(v, "shuffle"))
add("_validation.check_fraction", "test_size", real() + [(0.0, ValueError), (1.0, ValueError)],
    lambda v, ax: V.check_fraction(v, "test_size"))
add("_validation.check_range", "x_range", vrange(), lambda v, ax: V.check_range(v, "x_range"))
add("_validation.check_int_list", "degrees", int_list(), lambda v, ax: V.check_int_list(v, "degrees", 0))
add("_validation.check_text", "xlabel", label(optional=False),
    lambda v, ax: V.check_text(v, "xlabel"))
add("_validation.check_callable", "true_function", [(5, TypeError), ("sin", TypeError)],
    lambda v, ax: V.check_callable(v, "true_function"))
add("_validation.check_ax", "ax", ax_cases(), lambda v, ax: V.check_ax(v))
add("_validation.check_axes", "axes", axes_cases(), lambda v, ax: V.check_axes(swap(v, ax), 2))
add("_validation.check_is_fitted", "LinearRegressionGD",
    [(estimator.LinearRegressionGD(), NotFittedError)], lambda v, ax: V.check_is_fitted(v))
add("_validation.check_is_fitted", "attributes", [(5, TypeError)],
    lambda v, ax: V.check_is_fitted(FITTED, v))

add("_validation.check_xy", ("X", "X.T"), [(X2.T, ValueError)], lambda v, ax: V.check_xy(v, Y1))
add("_validation.check_xy", ("X", "NaN"), [(pd.array([1.0, None], dtype="Float64"), ValueError)],
    lambda v, ax: V.check_xy(v, [1.0, 2.0]))
add("_validation.check_int_list", "degrees", [([2, 1], ValueError), ([1, 1], ValueError)],
    lambda v, ax: V.check_int_list(v, "degrees", 0, increasing=True))
add("_validation.check_finite_result", "X", [([1.0, np.inf], ValueError), (np.nan, ValueError)],
    lambda v, ax: V.check_finite_result(v, "X"))
add("_validation.check_size", "w_values", [(10**9, ValueError)],
    lambda v, ax: V.check_size(v, "w_values"))
add("_validation.korean_signature_errors", "namespace",
    [({}, TypeError), (None, TypeError), ("utils", TypeError)],
    lambda v, ax: V.korean_signature_errors(v))

# -- datasets --------------------------------------------------------------------------
for name, fn in [("make_cricket_data", datasets.make_cricket_data),
                 ("make_linear_data", datasets.make_linear_data),
                 ("make_smooth_data", datasets.make_smooth_data)]:
    add(f"datasets.{name}", "n", integer(too_small=(0, -1), too_big=(10**12,)),
        lambda v, ax, fn=fn: fn(n=v))
    add(f"datasets.{name}", "noise", positive(), lambda v, ax, fn=fn: fn(noise=v))
    add(f"datasets.{name}", "seed", seed(), lambda v, ax, fn=fn: fn(seed=v))
add("datasets.make_linear_data", "w", real(), lambda v, ax: datasets.make_linear_data(w=v))
add("datasets.make_linear_data", "b", real(), lambda v, ax: datasets.make_linear_data(b=v))
add("datasets.make_smooth_data", "sort", boolean(), lambda v, ax: datasets.make_smooth_data(sort=v))
add("datasets.smooth_function", "X", array(shapes=False) + [("x", TypeError), (np.nan, ValueError)],
    lambda v, ax: datasets.smooth_function(v))
for arg in ("num_groups", "group_size"):
    add("datasets.make_grouped_data", arg, integer(too_small=(0,)),
        lambda v, ax, arg=arg: datasets.make_grouped_data(**{arg: v}))
for arg in ("noise", "jitter"):
    add("datasets.make_grouped_data", arg, positive(),
        lambda v, ax, arg=arg: datasets.make_grouped_data(**{arg: v}))
add("datasets.make_grouped_data", "seed", seed(), lambda v, ax: datasets.make_grouped_data(seed=v))
add("datasets.make_drifting_data", "n", integer(too_small=(1, 0)),
    lambda v, ax: datasets.make_drifting_data(n=v))
add("datasets.make_drifting_data", "drift", real(),
    lambda v, ax: datasets.make_drifting_data(drift=v))
add("datasets.make_drifting_data", "noise", positive(),
    lambda v, ax: datasets.make_drifting_data(noise=v))
add("datasets.make_drifting_data", "seed", seed(), lambda v, ax: datasets.make_drifting_data(seed=v))

for name, fn in [("make_cricket_data", datasets.make_cricket_data),
                 ("make_linear_data", datasets.make_linear_data),
                 ("make_smooth_data", datasets.make_smooth_data)]:
    add(f"datasets.{name}", "noise", [(1e308, ValueError)], lambda v, ax, fn=fn: fn(n=200, noise=v))
add("datasets.make_linear_data", ("w", "b"), [(1e308, ValueError)],
    lambda v, ax: datasets.make_linear_data(n=50, w=v, b=1e308))
add("datasets.make_drifting_data", "drift", [(1e308, ValueError)],
    lambda v, ax: datasets.make_drifting_data(n=200, drift=v, noise=1e308))
add("datasets.make_grouped_data", "group_size", [(10**6, ValueError)],
    lambda v, ax: datasets.make_grouped_data(num_groups=10**6, group_size=v))
add("datasets.smooth_function", "X", [([1e308], ValueError), (1e16, ValueError)],
    lambda v, ax: datasets.smooth_function(v))

# -- losses ------------------------------------------------------------------------------
add("losses.predict", "X", array(), lambda v, ax: losses.predict(v, 1.0, 0.0))
add("losses.predict", "w", weight() + [([1.0, 2.0], ValueError)],
    lambda v, ax: losses.predict(X1, v, 0.0))
add("losses.predict", "b", real(), lambda v, ax: losses.predict(X1, 1.0, v))
for name in ("squared_loss", "mse", "rmse", "r2_score"):
    fn = getattr(losses, name)
    add(f"losses.{name}", "y", array(), lambda v, ax, fn=fn: fn(v, Y1))
    add(f"losses.{name}", "y_pred", array() + [(Y1[:1], ValueError)], lambda v, ax, fn=fn: fn(Y1, v))
add("losses.r2_score", "y_pred", [([1.0], ValueError)], lambda v, ax: losses.r2_score([1, 2, 3], v))
add("losses.mse_gradient", "X", array(), lambda v, ax: losses.mse_gradient(v, Y1, 1.0, 0.0))
add("losses.mse_gradient", "y", array(), lambda v, ax: losses.mse_gradient(X1, v, 1.0, 0.0))
add("losses.mse_gradient", "w", weight(), lambda v, ax: losses.mse_gradient(X1, Y1, v, 0.0))
add("losses.mse_gradient", "b", real(), lambda v, ax: losses.mse_gradient(X1, Y1, 1.0, v))
add("losses.mse_grid", "X", array() + [(X2, ValueError)],
    lambda v, ax: losses.mse_grid(v, Y1, W_GRID, B_GRID))
add("losses.mse_grid", "w_values", array(), lambda v, ax: losses.mse_grid(X1, Y1, v, B_GRID))
add("losses.mse_grid", "b_values", array(), lambda v, ax: losses.mse_grid(X1, Y1, W_GRID, v))

add("losses.predict", ("X", "w"), [(X2, ValueError)], lambda v, ax: losses.predict(v, 1.0, 0.0))
add("losses.predict", "X", [([1e308], ValueError)], lambda v, ax: losses.predict(v, 10.0, 0.0))
for name in ("squared_loss", "mse", "rmse", "r2_score"):
    fn = getattr(losses, name)
    add(f"losses.{name}", ("y", "y_pred"), [([1e200, -1e200], ValueError)],
        lambda v, ax, fn=fn: fn(v, [0.0, 0.0]))
    add(f"losses.{name}", "y_pred", [(np.tile(Y1, (2, 1)), ValueError)], lambda v, ax, fn=fn: fn(Y1, v))
add("losses.mse_gradient", ("X", "X.T"), [(X2.T, ValueError)],
    lambda v, ax: losses.mse_gradient(v, Y1, [0.0, 0.0], 0.0))
add("losses.mse_gradient", "X", [([1e200, 2e200], ValueError)],
    lambda v, ax: losses.mse_gradient(v, [1.0, 2.0], 1.0, 0.0))
add("losses.mse_grid", ("w_values", "b_values"), [(np.zeros(100_000), ValueError)],
    lambda v, ax: losses.mse_grid(X1, Y1, v, np.zeros(100_000)))
add("losses.mse_grid", "X", [([1e200, 2e200], ValueError)],
    lambda v, ax: losses.mse_grid(v, [1.0, 2.0], [0.0, 1.0], [0.0, 1.0]))

# -- optim and history -------------------------------------------------------------------
add("optim.least_squares", "X", array(), lambda v, ax: optim.least_squares(v, Y1))
add("optim.least_squares", "y", array() + [(Y1[:4], ValueError)],
    lambda v, ax: optim.least_squares(X1, v))
for name in ("gradient_descent", "minibatch_sgd", "sgd"):
    fn = getattr(optim, name)
    add(f"optim.{name}", "X", array(), lambda v, ax, fn=fn: fn(v, Y1, 0.1))
    add(f"optim.{name}", "y", array(), lambda v, ax, fn=fn: fn(X1, v, 0.1))
    add(f"optim.{name}", "learning_rate", positive(), lambda v, ax, fn=fn: fn(X1, Y1, v))
    add(f"optim.{name}", "w0", without_none(weight()) + [([1.0, 2.0], ValueError)],
        lambda v, ax, fn=fn: fn(X1, Y1, 0.1, w0=v))
    add(f"optim.{name}", "b0", real(), lambda v, ax, fn=fn: fn(X1, Y1, 0.1, b0=v))
    add(f"optim.{name}", "divergence_factor", real() + [(0.5, ValueError), (-1, ValueError)],
        lambda v, ax, fn=fn: fn(X1, Y1, 0.1, divergence_factor=v))
add("optim.gradient_descent", "num_steps", integer(too_small=(0,)),
    lambda v, ax: optim.gradient_descent(X1, Y1, 0.1, num_steps=v))
add("optim.gradient_descent", "tol", without_none(positive()),
    lambda v, ax: optim.gradient_descent(X1, Y1, 0.1, tol=v))
add("optim.minibatch_sgd", "batch_size", integer(too_small=(0,), too_big=(41,)),
    lambda v, ax: optim.minibatch_sgd(X1, Y1, 0.1, batch_size=v))
for name in ("minibatch_sgd", "sgd"):
    fn = getattr(optim, name)
    add(f"optim.{name}", "num_epochs", integer(too_small=(0,)),
        lambda v, ax, fn=fn: fn(X1, Y1, 0.1, num_epochs=v))
    add(f"optim.{name}", "seed", seed(), lambda v, ax, fn=fn: fn(X1, Y1, 0.1, seed=v))
add("optim.minimize_quadratic", "curvature", positive(),
    lambda v, ax: optim.minimize_quadratic(v, 0.1))
add("optim.minimize_quadratic", "learning_rate", positive(),
    lambda v, ax: optim.minimize_quadratic(4.0, v))
add("optim.minimize_quadratic", "w0", real() + [(0.0, ValueError), (1e200, ValueError)],
    lambda v, ax: optim.minimize_quadratic(4.0, 0.1, w0=v))
add("optim.minimize_quadratic", "num_steps", integer(too_small=(0,)),
    lambda v, ax: optim.minimize_quadratic(4.0, 0.1, num_steps=v))
add("optim.minimize_quadratic", "tol", without_none(positive()),
    lambda v, ax: optim.minimize_quadratic(4.0, 0.1, tol=v))
add("optim.minimize_quadratic", "divergence_factor", real() + [(0.5, ValueError)],
    lambda v, ax: optim.minimize_quadratic(4.0, 0.1, divergence_factor=v))
add("optim.quadratic_steps_to_converge", "curvature", positive(),
    lambda v, ax: optim.quadratic_steps_to_converge(v, 0.1))
add("optim.quadratic_steps_to_converge", "learning_rate", positive(),
    lambda v, ax: optim.quadratic_steps_to_converge(4.0, v))
add("optim.quadratic_steps_to_converge", "w0", real(),
    lambda v, ax: optim.quadratic_steps_to_converge(4.0, 0.1, w0=v))
add("optim.quadratic_steps_to_converge", "tol", positive(),
    lambda v, ax: optim.quadratic_steps_to_converge(4.0, 0.1, tol=v))
HIST = {"w": [0.0, 1.0], "b": [0.0, 0.0], "loss": [1.0, 0.5], "examples_seen": [0, 2],
        "learning_rate": 0.1, "batch_size": 2}
for arg in ("b", "loss", "examples_seen"):
    add("history.History", arg, array() + [([0.0], ValueError)],
        lambda v, ax, arg=arg: history.History(**{**HIST, arg: v}))
add("history.History", "w", [("abc", TypeError), (np.zeros((2, 2, 2)), ValueError)],
    lambda v, ax: history.History(**{**HIST, "w": v}))
add("history.History", "learning_rate", positive(),
    lambda v, ax: history.History(**{**HIST, "learning_rate": v}))
add("history.History", "batch_size", integer(too_small=(0,)),
    lambda v, ax: history.History(**{**HIST, "batch_size": v}))
add("history.History", "diverged", boolean(), lambda v, ax: history.History(**{**HIST, "diverged": v}))
add("history.History", "diverged_at", [(3, ValueError)],
    lambda v, ax: history.History(**{**HIST, "diverged_at": v}))

for name in ("least_squares", "gradient_descent", "minibatch_sgd", "sgd"):
    fn = getattr(optim, name)
    extra = () if name == "least_squares" else (0.1,)
    add(f"optim.{name}", ("X", "X.T"), [(X2.T, ValueError)], lambda v, ax, fn=fn, e=extra: fn(v, Y1, *e))
add("history.History", "w", [(None, TypeError), ([0.0, np.nan], ValueError), ([0j, 1j], TypeError),
                             ([], ValueError)],
    lambda v, ax: history.History(**{**HIST, "w": v}))
add("history.History", "converged", boolean(), lambda v, ax: history.History(**{**HIST, "converged": v}))

# -- estimator ----------------------------------------------------------------------------
LR = estimator.LinearRegressionGD
add("estimator.LinearRegressionGD", "X", array(), lambda v, ax: LR().fit(v, Y1))
add("estimator.LinearRegressionGD", "y", array(), lambda v, ax: LR().fit(X1, v))
add("estimator.LinearRegressionGD", "learning_rate", positive(),
    lambda v, ax: LR(learning_rate=v).fit(X1, Y1))
add("estimator.LinearRegressionGD", "num_epochs", integer(too_small=(0,)),
    lambda v, ax: LR(num_epochs=v).fit(X1, Y1))
add("estimator.LinearRegressionGD", "batch_size", [(1.5, TypeError), (0, ValueError),
                                                   (41, ValueError), (True, TypeError)],
    lambda v, ax: LR(batch_size=v).fit(X1, Y1))
add("estimator.LinearRegressionGD", "standardize", boolean(),
    lambda v, ax: LR(standardize=v).fit(X1, Y1))
add("estimator.LinearRegressionGD", "method", [("sgd", ValueError), (1, TypeError)],
    lambda v, ax: LR(method=v).fit(X1, Y1))
add("estimator.LinearRegressionGD", "seed", seed(), lambda v, ax: LR(seed=v).fit(X1, Y1))
add("estimator.LinearRegressionGD", "fit", [(X1, NotFittedError)], lambda v, ax: LR().predict(v))
add("estimator.LinearRegressionGD", "X", array() + [(X2, ValueError)],
    lambda v, ax: LR(method="lstsq").fit(X1, Y1).predict(v))
add("estimator.LinearRegressionGD", "y", [(Y1[:3], ValueError)],
    lambda v, ax: LR(method="lstsq").fit(X1, Y1).score(X1, v))
add("estimator.LinearRegressionGD", "fit", [(X1, NotFittedError)], lambda v, ax: LR().score(v, Y1))
add("estimator.LinearRegressionGD", "bogus", [(1, ValueError)],
    lambda v, ax: LR().set_params(bogus=v))
add("estimator.BaseEstimator", "bogus", [(1, ValueError)],
    lambda v, ax: estimator.BaseEstimator().set_params(bogus=v))
add("estimator.BaseEstimator", "deep", boolean(), lambda v, ax: LR().get_params(deep=v))
add("estimator.BaseEstimator", "fit", [(X1, NotFittedError)],
    lambda v, ax: evaluation.PolynomialRegression().score(v, Y1))

add("estimator.LinearRegressionGD", "X", array(), lambda v, ax: FITTED_LR.fit(v, Y1))
add("estimator.LinearRegressionGD", ("X", "X.T"), [(X2.T, ValueError)], lambda v, ax: LR().fit(v, Y1))
add("estimator.LinearRegressionGD", "X", [([1e300, -1e300, 3.0], ValueError)],
    lambda v, ax: LR().fit(v, [1.0, 2.0, 3.0]))
add("estimator.LinearRegressionGD", "learning_rate", [(5.0, ValueError)],  # diverges: keeps the old fit
    lambda v, ax: LR(learning_rate=v, num_epochs=20, standardize=False).fit(X1 * 100, Y1))
add("estimator.LinearRegressionGD", "reshape(1, -1)", [([0.5, 0.25], ValueError)],
    lambda v, ax: FITTED_LR.predict(v))
add("estimator.LinearRegressionGD", "y", [(X2, ValueError)], lambda v, ax: FITTED_LR.score(Y1, v))
add("estimator.LinearRegressionGD", "method", [(None, TypeError), ("GD", ValueError)],
    lambda v, ax: LR(method=v).fit(X1, Y1))
add("estimator.BaseEstimator", "fit", [(X1, NotImplementedError)],
    lambda v, ax: estimator.BaseEstimator().fit(v, Y1))
add("estimator.BaseEstimator", "predict", [(X1, NotImplementedError)],
    lambda v, ax: estimator.BaseEstimator().predict(v))

# -- evaluation -------------------------------------------------------------------------
for name in ("train_test_split", "train_val_test_split"):
    fn = getattr(evaluation, name)
    add(f"evaluation.{name}", "X", array(), lambda v, ax, fn=fn: fn(v, Y1))
    add(f"evaluation.{name}", "y", array(), lambda v, ax, fn=fn: fn(X1, v))
    add(f"evaluation.{name}", "test_size",
        real() + [(0, ValueError), (1, ValueError), (20, ValueError), (0.001, ValueError)],
        lambda v, ax, fn=fn: fn(X1, Y1, test_size=v))
    add(f"evaluation.{name}", "seed", seed(), lambda v, ax, fn=fn: fn(X1, Y1, seed=v))
    add(f"evaluation.{name}", "shuffle", boolean(), lambda v, ax, fn=fn: fn(X1, Y1, shuffle=v))
add("evaluation.train_val_test_split", "val_size", real() + [(1.5, ValueError)],
    lambda v, ax: evaluation.train_val_test_split(X1, Y1, val_size=v))
add("evaluation.polynomial_features", "X", array() + [(X2, ValueError)],
    lambda v, ax: evaluation.polynomial_features(v, 2))
add("evaluation.polynomial_features", "degree", integer(too_small=(-1,)),
    lambda v, ax: evaluation.polynomial_features(X1, v))
add("evaluation.polynomial_features", "domain", vrange(),
    lambda v, ax: evaluation.polynomial_features(X1, 2, domain=v))
PR = evaluation.PolynomialRegression
add("evaluation.PolynomialRegression", "degree", integer(too_small=(-1,)),
    lambda v, ax: PR(degree=v).fit(X1, Y1))
add("evaluation.PolynomialRegression", "domain", without_none(vrange()), lambda v, ax: PR(domain=v).fit(X1, Y1))
add("evaluation.PolynomialRegression", "X", array() + [(X2, ValueError)],
    lambda v, ax: PR().fit(v, Y1))
add("evaluation.PolynomialRegression", "X", array(), lambda v, ax: FITTED.predict(v))
add("evaluation.PolynomialRegression", "fit", [(X1, NotFittedError)], lambda v, ax: PR().predict(v))
PL = evaluation.polynomial_losses
add("evaluation.polynomial_losses", "degrees", int_list(), lambda v, ax: PL(X1, Y1, X1, Y1, v))
add("evaluation.polynomial_losses", "X_test", array() + [(X2, ValueError)],
    lambda v, ax: PL(X1, Y1, v, Y1, [1]))
add("evaluation.polynomial_losses", "y_train", array(), lambda v, ax: PL(X1, v, X1, Y1, [1]))
add("evaluation.polynomial_losses", "domain", without_none(vrange()),
    lambda v, ax: PL(X1, Y1, X1, Y1, [1], domain=v))
add("evaluation.check_squared_errors", "squared_errors", array() + [([1.0, -1.0], ValueError)],
    lambda v, ax: evaluation.check_squared_errors(v))
RT = evaluation.resample_test_loss
add("evaluation.resample_test_loss", "squared_errors", array() + [([-1.0, 1.0], ValueError)],
    lambda v, ax: RT(v, 5))
add("evaluation.resample_test_loss", "num_test", integer(too_small=(0,)), lambda v, ax: RT(ERR, v))
add("evaluation.resample_test_loss", "num_repeats", integer(too_small=(0,)),
    lambda v, ax: RT(ERR, 5, num_repeats=v))
add("evaluation.resample_test_loss", "num_repeats", [(10**9, ValueError)],
    lambda v, ax: RT(ERR, 100, num_repeats=v))
add("evaluation.resample_test_loss", "seed", seed(), lambda v, ax: RT(ERR, 5, seed=v))

add("evaluation.train_val_test_split", ("val_size", "test_size"), [(0.5, ValueError)],
    lambda v, ax: evaluation.train_val_test_split(X1, Y1, val_size=0.5, test_size=v))
add("evaluation.polynomial_features", "degree", [(100, ValueError)],
    lambda v, ax: evaluation.polynomial_features(np.zeros(1_000_000), v))
add("evaluation.PolynomialRegression", "y", array(), lambda v, ax: FITTED.fit(X1, v))
add("evaluation.PolynomialRegression", "degree", [(-1, ValueError)],
    lambda v, ax: evaluation.PolynomialRegression(v, domain=(0, 1)).fit(X1, Y1))
add("evaluation.resample_test_loss", "squared_errors", [([1e308, 1e308], ValueError)],
    lambda v, ax: RT(v, 5))
add("evaluation.resample_test_loss", "num_test", [(0.2, TypeError), (ERR, TypeError)],
    lambda v, ax: RT(ERR, v))

# -- plotting: pure functions -----------------------------------------------------------
P = plotting
add("plotting.plot_loss_curve", "loss", array(), lambda v, ax: P.plot_loss_curve(v, ax=ax))
add("plotting.plot_loss_curve", "h.loss", [(H, TypeError)], lambda v, ax: P.plot_loss_curve(v, ax=ax))
add("plotting.plot_loss_curve", "x", without_none(array()) + [([0, 1], ValueError)],
    lambda v, ax: P.plot_loss_curve([3.0, 2.0, 1.0], x=v, ax=ax))
add("plotting.plot_loss_curve", "ax", ax_cases(), lambda v, ax: P.plot_loss_curve([1.0], ax=v))
add("plotting.plot_loss_curve", "logy", boolean() + [(True, ValueError)],
    lambda v, ax: P.plot_loss_curve([1.0, 0.0], logy=v, ax=ax))
for arg in ("label", "xlabel", "ylabel"):
    add("plotting.plot_loss_curve", arg, label(optional=arg == "label"),
        lambda v, ax, arg=arg: P.plot_loss_curve([1.0], ax=ax, **{arg: v}))
add("plotting.plot_loss_curve", ("colour", "color"), [(1, TypeError)],
    lambda v, ax: P.plot_loss_curve([1.0], ax=ax, colour=v))
add("plotting.plot_loss_curve", "lw", [("thick", ValueError)],
    lambda v, ax: P.plot_loss_curve([1.0], ax=ax, lw=v))
add("plotting.plot_loss_bowl", "w_values", array(), lambda v, ax: P.plot_loss_bowl(v, Y1, ax=ax))
add("plotting.plot_loss_bowl", "loss_values", array() + [(Y1[:3], ValueError)],
    lambda v, ax: P.plot_loss_bowl(X1, v, ax=ax))
add("plotting.plot_loss_bowl", "loss_path", [(None, ValueError), ([1.0], ValueError)],
    lambda v, ax: P.plot_loss_bowl(X1, Y1, w_path=[1.0, 0.5], loss_path=v, ax=ax))
add("plotting.plot_loss_bowl", "w_path", without_none(array()),
    lambda v, ax: P.plot_loss_bowl(X1, Y1, w_path=v, loss_path=[1.0, 0.5], ax=ax))
add("plotting.plot_loss_bowl", "ax", ax_cases(), lambda v, ax: P.plot_loss_bowl(X1, Y1, ax=v))
add("plotting.plot_loss_bowl", "color", [("notacolour", ValueError), (True, ValueError)],
    lambda v, ax: P.plot_loss_bowl(X1, Y1, color=v, ax=ax))
add("plotting.plot_loss_bowl", "curve_label", label(),
    lambda v, ax: P.plot_loss_bowl(X1, Y1, curve_label=v, ax=ax))
PC = P.plot_loss_contour
for fn_name, fn in (("plot_loss_contour", PC), ("check_loss_grid", None)):
    call = (lambda *a, **k: PC(*a, **k)) if fn else (lambda w, b, g, ax=None: P.check_loss_grid(w, b, g))
    add(f"plotting.{fn_name}", "loss_grid",
        [(GRID.T, ValueError), (GRID[0], ValueError), (np.full((4, 5), np.nan), ValueError),
         (-GRID, ValueError), ("grid", TypeError), (np.zeros((4, 5), complex), TypeError)],
        lambda v, ax, call=call: call(W_GRID, B_GRID, v, ax=ax))
    add(f"plotting.{fn_name}", "w_values", array() + [(W_GRID[::-1], ValueError), ([1.0], ValueError)],
        lambda v, ax, call=call: call(v, B_GRID, GRID, ax=ax))
    add(f"plotting.{fn_name}", "b_values", array() + [(B_GRID[::-1], ValueError)],
        lambda v, ax, call=call: call(W_GRID, v, GRID, ax=ax))
add("plotting.plot_loss_contour", "b_path", [(None, ValueError), ([1.0, 2.0, 3.0], ValueError)],
    lambda v, ax: PC(W_GRID, B_GRID, GRID, w_path=[1.0, 2.0], b_path=v, ax=ax))
add("plotting.plot_loss_contour", "w_path", [(None, ValueError)] + without_none(array()),
    lambda v, ax: PC(W_GRID, B_GRID, GRID, w_path=v, b_path=[1.0, 2.0], ax=ax))
add("plotting.plot_loss_contour", "levels", integer(too_small=(0, -5), too_big=(1000,)),
    lambda v, ax: PC(W_GRID, B_GRID, GRID, levels=v, ax=ax))
add("plotting.plot_loss_contour", "ax", ax_cases(), lambda v, ax: PC(W_GRID, B_GRID, GRID, ax=v))
add("plotting.plot_loss_contour", "marker", [("zz", ValueError), (3, TypeError)],
    lambda v, ax: PC(W_GRID, B_GRID, GRID, w_path=[1.0], b_path=[1.0], marker=v, ax=ax))
add("plotting.plot_loss_contour", "color", [("nope", ValueError)],
    lambda v, ax: PC(W_GRID, B_GRID, GRID, color=v, ax=ax))

PF = P.plot_polynomial_fit
add("plotting.plot_polynomial_fit", "model", [(None, TypeError), ("model", TypeError)],
    lambda v, ax: PF(v, X1, Y1, ax=ax))
add("plotting.plot_polynomial_fit", "fit", [(PR(2), NotFittedError)],
    lambda v, ax: PF(v, X1, Y1, ax=ax))
add("plotting.plot_polynomial_fit", "X_train", array() + [(X2, ValueError)],
    lambda v, ax: PF(FITTED, v, Y1, ax=ax))
add("plotting.plot_polynomial_fit", "y_train", array() + [(Y1[:2], ValueError)],
    lambda v, ax: PF(FITTED, X1, v, ax=ax))
add("plotting.plot_polynomial_fit", "y_test", [(None, ValueError)] + without_none(array()),
    lambda v, ax: PF(FITTED, X1, Y1, X1, v, ax=ax))
add("plotting.plot_polynomial_fit", "true_function", [(5, TypeError), (lambda x: x[:2], ValueError),
                                                      (lambda x: x * np.nan, ValueError)],
    lambda v, ax: PF(FITTED, X1, Y1, true_function=v, ax=ax))
add("plotting.plot_polynomial_fit", "x_range", vrange(),
    lambda v, ax: PF(FITTED, X1, Y1, x_range=v, ax=ax))
add("plotting.plot_polynomial_fit", "ylim", without_none(vrange()),
    lambda v, ax: PF(FITTED, X1, Y1, ylim=v, ax=ax))
add("plotting.plot_polynomial_fit", "ax", ax_cases(), lambda v, ax: PF(FITTED, X1, Y1, ax=v))
add("plotting.plot_polynomial_fit", "train_label", label(),
    lambda v, ax: PF(FITTED, X1, Y1, train_label=v, ax=ax))
LD = P.plot_loss_vs_degree
add("plotting.plot_loss_vs_degree", "degrees", sorted_int_list(),
    lambda v, ax: LD(v, [1.0, 2.0], [1.0, 2.0], ax=ax))
add("plotting.plot_loss_vs_degree", "train_losses", array() + [([1.0], ValueError),
                                                               ([1.0, 0.0], ValueError)],
    lambda v, ax: LD([0, 1], v, [1.0, 2.0], ax=ax))
add("plotting.plot_loss_vs_degree", "test_losses", array(),
    lambda v, ax: LD([0, 1], [1.0, 2.0], v, ax=ax))
add("plotting.plot_loss_vs_degree", "highlight", without_none(integer(too_small=(-1,))),
    lambda v, ax: LD([0, 1], [1.0, 2.0], [1.0, 2.0], highlight=v, ax=ax))
add("plotting.plot_loss_vs_degree", "logy", boolean(),
    lambda v, ax: LD([0, 1], [1.0, 2.0], [1.0, 2.0], logy=v, ax=ax))
add("plotting.plot_loss_vs_degree", "ax", ax_cases(),
    lambda v, ax: LD([0, 1], [1.0, 2.0], [1.0, 2.0], ax=v))
add("plotting.plot_split", "X_train", array() + [(X2, ValueError)],
    lambda v, ax: P.plot_split(v, Y1, X1, Y1, ax=ax))
add("plotting.plot_split", "y_test", array() + [(Y1[:2], ValueError)],
    lambda v, ax: P.plot_split(X1, Y1, X1, v, ax=ax))
add("plotting.plot_split", "ax", ax_cases(), lambda v, ax: P.plot_split(X1, Y1, X1, Y1, ax=v))
add("plotting.plot_split", "xlabel", label(optional=False),
    lambda v, ax: P.plot_split(X1, Y1, X1, Y1, xlabel=v, ax=ax))
EST = np.ones((2, 5))
add("plotting.plot_estimate_spread", "num_tests", sorted_int_list(extra=[([0, 1], ValueError)]),
    lambda v, ax: P.plot_estimate_spread(v, EST, ax=ax))
add("plotting.plot_estimate_spread", "estimates", array() + [(EST.T, ValueError),
                                                             (np.ones(2), ValueError)],
    lambda v, ax: P.plot_estimate_spread([10, 100], v, ax=ax))
add("plotting.plot_estimate_spread", "true_loss", without_none(real()),
    lambda v, ax: P.plot_estimate_spread([10, 100], EST, true_loss=v, ax=ax))
add("plotting.plot_estimate_spread", "ax", ax_cases(),
    lambda v, ax: P.plot_estimate_spread([10, 100], EST, ax=v))
HI = P.plot_estimate_histogram
add("plotting.plot_estimate_histogram", "estimates", array(), lambda v, ax: HI(v, ax=ax))
add("plotting.plot_estimate_histogram", "bins", integer(too_small=(0, -3), too_big=(10**6,)),
    lambda v, ax: HI(ERR, bins=v, ax=ax))
add("plotting.plot_estimate_histogram", "value_range", without_none(vrange()),
    lambda v, ax: HI(ERR, value_range=v, ax=ax))
add("plotting.plot_estimate_histogram", "true_loss", without_none(real()),
    lambda v, ax: HI(ERR, true_loss=v, ax=ax))
add("plotting.plot_estimate_histogram", "ax", ax_cases(), lambda v, ax: HI(ERR, ax=v))

add("plotting.plot_loss_curve", "loss", [([-1e308, 1e308], ValueError), ([0.0, 1e101], ValueError)],
    lambda v, ax: P.plot_loss_curve(v, ax=ax))
add("plotting.plot_loss_curve", "x", [([0.0, 1e308], ValueError)],
    lambda v, ax: P.plot_loss_curve([1.0, 2.0], x=v, ax=ax))
add("plotting.plot_loss_curve", ("log", "logy"), [(True, TypeError)],
    lambda v, ax: P.plot_loss_curve([1.0], ax=ax, log=v))
add("plotting.plot_loss_curve", ("lable", "label"), [("a", TypeError)],
    lambda v, ax: P.plot_loss_curve([1.0], ax=ax, lable=v))
add("plotting.plot_loss_curve", "ydata", [(X1, TypeError)],
    lambda v, ax: P.plot_loss_curve(Y1, ax=ax, ydata=v))
add("plotting.plot_loss_bowl", "w_values", [(np.r_[1.0, 0.0, 2.0], ValueError), ([0.0, 1e200, 2e200], ValueError)],
    lambda v, ax: P.plot_loss_bowl(v, [1.0, 0.0, 1.0], ax=ax))
add("plotting.plot_loss_contour", "loss_grid", [(np.ones((4, 5)), ValueError), (GRID * 1e200, ValueError)],
    lambda v, ax: PC(W_GRID, B_GRID, v, ax=ax))
add("plotting.plot_polynomial_fit", "model", [(evaluation.PolynomialRegression, TypeError), (X1, TypeError)],
    lambda v, ax: PF(v, X1, Y1, ax=ax))
add("plotting.plot_polynomial_fit", ("model", "fit"), [(evaluation.PolynomialRegression(2), NotFittedError)],
    lambda v, ax: PF(v, X1, Y1, ax=ax))
add("plotting.plot_polynomial_fit", "model.predict",
    [(type("ShortModel", (), {"predict": lambda self, x: x[:3]})(), ValueError),
     (type("HugeModel", (), {"predict": lambda self, x: x * 1e200})(), ValueError)],
    lambda v, ax: PF(v, X1, Y1, ax=ax))
add("plotting.plot_polynomial_fit", "X_train", [(X1 * 1e200, ValueError)],
    lambda v, ax: PF(FITTED, v, Y1, ax=ax))
add("plotting.plot_polynomial_fit", "fit_label", label(), lambda v, ax: PF(FITTED, X1, Y1, fit_label=v, ax=ax))
add("plotting.plot_estimate_spread", ("estimates", "estimates.T"), [(EST.T, ValueError)],
    lambda v, ax: P.plot_estimate_spread([10, 100], v, ax=ax))
add("plotting.plot_estimate_spread", "true_loss", [(1e200, ValueError)],
    lambda v, ax: P.plot_estimate_spread([10, 100], EST, true_loss=v, ax=ax))
add("plotting.plot_estimate_histogram", "estimates", [([1e308, -1e308], ValueError)],
    lambda v, ax: HI(v, ax=ax))
add("plotting.plot_estimate_histogram", "bins", [([0.0, 1.0, 2.0], TypeError)],
    lambda v, ax: HI(ERR, bins=v, ax=ax))

# -- plotting: views and plot_* --------------------------------------------------------
# Every view refuses the wrong axes and dpi, and its update refuses what it cannot draw.
VIEW_CALLS = {
    "LearningRateView": lambda **k: P.LearningRateView(**k),
    "BatchSizeView": lambda **k: P.BatchSizeView(X1, Y1, **k),
    "ComplexityView": lambda **k: P.ComplexityView(X1, Y1, X1, Y1, max_degree=3, **k),
    "TestSizeView": lambda **k: P.TestSizeView(ERR, num_tests=(5, 10), num_repeats=20, **k),
}
for name, make in VIEW_CALLS.items():
    add(f"plotting.{name}", "axes", axes_cases(), lambda v, ax, make=make: make(axes=swap(v, ax)))
    add(f"plotting.{name}", "dpi", real() + [(0, ValueError), (5000, ValueError)],
        lambda v, ax, make=make: make(dpi=v))
    add(f"plotting.{name}", "pyplot", boolean(), lambda v, ax, make=make: make(pyplot=v))
add("plotting.FitView", "ax", ax_cases(), lambda v, ax: P.FitView(X1, Y1, ax=v))
add("plotting.FitView", "dpi", real(), lambda v, ax: P.FitView(X1, Y1, dpi=v))
add("plotting.FitView", "X", array() + [(X2, ValueError)], lambda v, ax: P.FitView(v, Y1))
add("plotting.FitView", "y", array() + [(Y1[:5], ValueError)], lambda v, ax: P.FitView(X1, v))
add("plotting.FitView", "color", [("blurple", ValueError)], lambda v, ax: P.FitView(X1, Y1, color=v))
add("plotting.FitView", "xlabel", label(optional=False), lambda v, ax: P.FitView(X1, Y1, xlabel=v))
add("plotting.FitView", "params", [(1.0, TypeError), ((1.0,), TypeError), ("ab", TypeError)],
    lambda v, ax: P.FitView(X1, Y1, dpi=20).update(v))
add("plotting.FitView", "w", [((np.nan, 1.0), ValueError), ((1 + 1j, 1.0), TypeError)],
    lambda v, ax: P.FitView(X1, Y1, dpi=20).update(v))
add("plotting.LearningRateView", "curvature", positive(),
    lambda v, ax: P.LearningRateView(curvature=v))
add("plotting.LearningRateView", "w0", real() + [(0.0, ValueError), (-0.0, ValueError), (1e200, ValueError)],
    lambda v, ax: P.LearningRateView(w0=v))
add("plotting.LearningRateView", "num_steps", integer(too_small=(0,), too_big=(10**6,)),
    lambda v, ax: P.LearningRateView(num_steps=v))
add("plotting.LearningRateView", "tol", positive(), lambda v, ax: P.LearningRateView(tol=v))
add("plotting.LearningRateView", "learning_rate", positive(),
    lambda v, ax: P.LearningRateView(dpi=20).update(v))
add("plotting.BatchSizeView", "X", array() + [(X2, ValueError)], lambda v, ax: P.BatchSizeView(v, Y1))
add("plotting.BatchSizeView", "y", array() + [(Y1[:3], ValueError)],
    lambda v, ax: P.BatchSizeView(X1, v))
add("plotting.BatchSizeView", "learning_rate", positive(),
    lambda v, ax: P.BatchSizeView(X1, Y1, learning_rate=v))
add("plotting.BatchSizeView", "num_epochs", integer(too_small=(0,), too_big=(10**6,)),
    lambda v, ax: P.BatchSizeView(X1, Y1, num_epochs=v))
add("plotting.BatchSizeView", "seed", seed(), lambda v, ax: P.BatchSizeView(X1, Y1, seed=v))
add("plotting.BatchSizeView", "max_points", integer(too_small=(0, 1)),
    lambda v, ax: P.BatchSizeView(X1, Y1, max_points=v))
add("plotting.BatchSizeView", "batch_size", integer(too_small=(0,), too_big=(41,)),
    lambda v, ax: P.BatchSizeView(X1, Y1, dpi=20).update(v))
CV = P.ComplexityView
add("plotting.ComplexityView", "X_train", array() + [(X2, ValueError)],
    lambda v, ax: CV(v, Y1, X1, Y1))
add("plotting.ComplexityView", "y_test", array() + [(Y1[:3], ValueError)],
    lambda v, ax: CV(X1, Y1, X1, v))
add("plotting.ComplexityView", "max_degree", integer(too_small=(-1,), too_big=(31,)),
    lambda v, ax: CV(X1, Y1, X1, Y1, max_degree=v))
add("plotting.ComplexityView", "domain", vrange(), lambda v, ax: CV(X1, Y1, X1, Y1, domain=v))
add("plotting.ComplexityView", "true_function", [(1, TypeError), (lambda x: x[:3], ValueError)],
    lambda v, ax: CV(X1, Y1, X1, Y1, true_function=v))
add("plotting.ComplexityView", "degree", integer(too_small=(-1,), too_big=(16,)),
    lambda v, ax: CV(X1, Y1, X1, Y1, degree=v))
add("plotting.ComplexityView", "degree", integer(too_small=(-1,), too_big=(4,)),
    lambda v, ax: CV(X1, Y1, X1, Y1, max_degree=3, dpi=20).update(v))
TV = P.TestSizeView
add("plotting.TestSizeView", "squared_errors", array() + [([-1.0, 2.0], ValueError)],
    lambda v, ax: TV(v))
add("plotting.TestSizeView", "num_tests", sorted_int_list(extra=[([0], ValueError)]),
    lambda v, ax: TV(ERR, num_tests=v))
add("plotting.TestSizeView", "num_repeats", integer(too_small=(0,), too_big=(10**7,)),
    lambda v, ax: TV(ERR, num_repeats=v))
add("plotting.TestSizeView", "seed", seed(), lambda v, ax: TV(ERR, seed=v))
add("plotting.TestSizeView", "num_test", without_none(integer(too_small=(0, 7))),
    lambda v, ax: TV(ERR, num_tests=(5, 10), num_test=v))
add("plotting.TestSizeView", "num_test", integer(too_small=(0, 7)),
    lambda v, ax: TV(ERR, num_tests=(5, 10), num_repeats=20, dpi=20).update(v))

add("plotting.plot_learning_rate", "learning_rate", positive(),
    lambda v, ax: P.plot_learning_rate(v))
add("plotting.plot_learning_rate", "axes", axes_cases(),
    lambda v, ax: P.plot_learning_rate(0.1, axes=swap(v, ax)))
add("plotting.plot_learning_rate", "curvature", positive(),
    lambda v, ax: P.plot_learning_rate(0.1, curvature=v))
add("plotting.plot_batch_size", "batch_size", integer(too_small=(0,), too_big=(41,)),
    lambda v, ax: P.plot_batch_size(X1, Y1, v))
add("plotting.plot_batch_size", "X", [(X2, ValueError)] + array(),
    lambda v, ax: P.plot_batch_size(v, Y1, 5))
add("plotting.plot_batch_size", "axes", axes_cases(),
    lambda v, ax: P.plot_batch_size(X1, Y1, 5, axes=swap(v, ax)))
add("plotting.plot_fit", "X", [(X2, ValueError)] + array(), lambda v, ax: P.plot_fit(v, Y1, 1.0, 0.0))
add("plotting.plot_fit", "w", real(), lambda v, ax: P.plot_fit(X1, Y1, v, 0.0, ax=ax))
add("plotting.plot_fit", "b", real(), lambda v, ax: P.plot_fit(X1, Y1, 1.0, v, ax=ax))
add("plotting.plot_fit", "ax", ax_cases(), lambda v, ax: P.plot_fit(X1, Y1, 1.0, 0.0, ax=v))
add("plotting.plot_fit", "line_label", label(), lambda v, ax: P.plot_fit(X1, Y1, 1.0, 0.0, ax=ax,
                                                                         line_label=v))
add("plotting.plot_complexity", "degree", integer(too_small=(-1,), too_big=(16,)),
    lambda v, ax: P.plot_complexity(X1, Y1, X1, Y1, v))
add("plotting.plot_complexity", "X_test", [(X2, ValueError)] + array(),
    lambda v, ax: P.plot_complexity(X1, Y1, v, Y1, 2))
add("plotting.plot_complexity", "axes", axes_cases(),
    lambda v, ax: P.plot_complexity(X1, Y1, X1, Y1, 2, max_degree=3, axes=swap(v, ax)))
add("plotting.plot_test_size", "num_test", integer(too_small=(0, 3)),
    lambda v, ax: P.plot_test_size(ERR, v, num_tests=(5, 10)))
add("plotting.plot_test_size", "squared_errors", array(),
    lambda v, ax: P.plot_test_size(v, 5, num_tests=(5, 10)))
add("plotting.plot_test_size", "num_tests", sorted_int_list(),
    lambda v, ax: P.plot_test_size(ERR, 5, num_tests=v))
add("plotting.plot_test_size", "axes", axes_cases(),
    lambda v, ax: P.plot_test_size(ERR, 5, num_tests=(5, 10), axes=swap(v, ax)))


add("plotting.plot_fit", "w", [(1e308, ValueError)], lambda v, ax: P.plot_fit(X1, Y1, v, 0.0, ax=ax))
add("plotting.plot_fit", "X", [([0.0, 1e308], ValueError)], lambda v, ax: P.plot_fit(v, [0.0, 1.0], 1.0, 0.0, ax=ax))
add("plotting.plot_fit", "color", [("nocolour", ValueError)], lambda v, ax: P.plot_fit(X1, Y1, 1.0, 0.0, color=v, ax=ax))
add("plotting.FitView", "params", [({"w": 1, "b": 0}, TypeError), ((1.0, 2.0, 3.0), TypeError),
                                   ((1e308, 0.0), ValueError), (("1", 0.0), TypeError),
                                   (np.zeros((2, 2)), TypeError)],
    lambda v, ax: P.FitView(X1, Y1, dpi=20).update(v))
add("plotting.FitView", "params", [((np.nan, 0.0), ValueError)], lambda v, ax: P.FitView(X1, Y1, params=v))
add("plotting.LearningRateView", "learning_rate", [(0.0, ValueError), ("0.1", TypeError)],
    lambda v, ax: P.LearningRateView(learning_rate=v))
add("plotting.LearningRateView", "curvature", [(1e300, ValueError)],
    lambda v, ax: P.LearningRateView(curvature=v))
add("plotting.plot_learning_rate", "curvature", [(1e300, ValueError)],
    lambda v, ax: P.plot_learning_rate(0.1, curvature=v))
add("plotting.plot_loss_vs_degree", "degrees", [([2, 0, 1], ValueError)],
    lambda v, ax: LD(v, [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], ax=ax))
add("plotting.ComplexityView", "degree", [(3, ValueError)],
    lambda v, ax: CV(X1, Y1, X1, Y1, max_degree=2, degree=v))
add("plotting.plot_complexity", "degree", [([1, 2], TypeError)],
    lambda v, ax: P.plot_complexity(X1, Y1, X1, Y1, v))
add("plotting.plot_complexity", ("X_test", "y_test"), [(Y1[:-1], ValueError)],
    lambda v, ax: P.plot_complexity(X1, Y1, X1, v, 1))
add("plotting.TestSizeView", "num_tests", [([10, 5], ValueError)], lambda v, ax: TV(ERR, num_tests=v))
add("plotting.plot_test_size", ("num_test", "num_tests"), [(7, ValueError)],
    lambda v, ax: P.plot_test_size(ERR, v, num_tests=(5, 10)))
add("plotting.plot_batch_size", "num_epochs", [(100, ValueError)],
    lambda v, ax: P.plot_batch_size(np.zeros(20_000), np.zeros(20_000), 5, num_epochs=v))

# -- limits: what would not fit in memory or would never finish -------------------------
add("optim.gradient_descent", "num_steps", [(10**12, ValueError)],
    lambda v, ax: optim.gradient_descent(X1, Y1, 0.1, num_steps=v))
add("optim.minimize_quadratic", "num_steps", [(10**12, ValueError)],
    lambda v, ax: optim.minimize_quadratic(4.0, 0.1, num_steps=v))
add("optim.minibatch_sgd", "num_epochs", [(10**9, ValueError), (10**6, ValueError)],
    lambda v, ax: optim.minibatch_sgd(X1, Y1, 0.1, batch_size=1, num_epochs=v))
add("estimator.LinearRegressionGD", "num_epochs", [(10**9, ValueError)],
    lambda v, ax: LR(num_epochs=v).fit(X1, Y1))
add("evaluation.polynomial_features", "degree", [(10**9, ValueError)],
    lambda v, ax: evaluation.polynomial_features(X1, v))
add("evaluation.PolynomialRegression", "degree", [(10**6, ValueError)],
    lambda v, ax: PR(degree=v).fit(X1, Y1))
add("evaluation.polynomial_losses", "degrees", [([1, 10**6], ValueError)],
    lambda v, ax: PL(X1, Y1, X1, Y1, v))
add("optim.gradient_descent", "X", [(X1 * 1e200, ValueError)],
    lambda v, ax: optim.gradient_descent(v, Y1 * 1e200, 0.1))
add("optim.minibatch_sgd", "X", [(X1 * 1e200, ValueError)],
    lambda v, ax: optim.minibatch_sgd(v, Y1 * 1e200, 0.1))
add("plotting.LearningRateView", "w0", [(1e150, ValueError)], lambda v, ax: P.LearningRateView(w0=v))
add("plotting.BatchSizeView", "X", [(X1 * 1e200, ValueError)], lambda v, ax: P.BatchSizeView(v, Y1 * 1e200))
add("plotting.plot_batch_size", "X", [(X1 * 1e200, ValueError)],
    lambda v, ax: P.plot_batch_size(v, Y1 * 1e200, 5))


# -- engine ------------------------------------------------------------------------------
class Dot(engine.BlitView):
    def __init__(self):
        super().__init__(None, figsize=(2.0, 2.0), dpi=20)
        (self.dot,) = self.axes[0].plot([0], [0], "o")
        self.freeze([self.dot])

    def update(self, value):
        self.dot.set_data([value], [value])
        return [self.dot]


BV = engine.BlitView
add("engine.BlitView", "ax", ax_cases()[:2], lambda v, ax: BV(v))
add("engine.BlitView", "axes", [([ax_ for ax_ in ()], ValueError), ("[AX]", ValueError)],
    lambda v, ax: BV(swap(v, ax), nrows=2))
add("engine.BlitView", "nrows", integer(too_small=(0,), too_big=(5,)), lambda v, ax: BV(nrows=v))
add("engine.BlitView", "ncols", integer(too_small=(0,)), lambda v, ax: BV(ncols=v))
add("engine.BlitView", "figsize", [("big", TypeError), ((1.0,), TypeError), ((0.1, 3.0), ValueError),
                                   ((4.0, np.nan), ValueError), ((100.0, 4.0), ValueError)],
    lambda v, ax: BV(figsize=v))
add("engine.BlitView", "dpi", real() + [(0, ValueError), (10**4, ValueError)],
    lambda v, ax: BV(dpi=v))
add("engine.BlitView", "pyplot", boolean(), lambda v, ax: BV(pyplot=v))
add("engine.BlitView", "quantize", boolean(), lambda v, ax: Dot().to_png(quantize=v))
add("engine.check_frames", "frames", [(5, TypeError), ("ab", TypeError), (None, TypeError),
                                      ([], ValueError), (range(17), ValueError)],
    lambda v, ax: engine.check_frames(v))
add("engine.check_dpi", "dpi", real() + [(1, ValueError)], lambda v, ax: engine.check_dpi(v))
add("engine.check_animation", "interval", real() + [(0, ValueError), (10**6, ValueError)],
    lambda v, ax: engine.check_animation(v, "설명", "이름"))
add("engine.check_animation", "alt", [("", ValueError), ("   ", ValueError), (None, TypeError),
                                      (3, TypeError)],
    lambda v, ax: engine.check_animation(1000, v, "이름"))
add("engine.check_animation", "name", [("", ValueError), (b"x", TypeError)],
    lambda v, ax: engine.check_animation(1000, "설명", v))
add("engine.animate_view", "view", [(None, TypeError), ("view", TypeError), (plt, TypeError)],
    lambda v, ax: engine.animate_view(v, [1]))
add("engine.animate_view", "frames", [(5, TypeError), ([], ValueError), (range(20), ValueError)],
    lambda v, ax: engine.animate_view(Dot(), v))
add("engine.animate_view", "interval", real() + [(0, ValueError)],
    lambda v, ax: engine.animate_view(Dot(), [1], interval=v))
add("engine.animate_view", "alt", [("", ValueError), (None, TypeError)],
    lambda v, ax: engine.animate_view(Dot(), [1], alt=v))
add("engine.animate_view", "axes=None", [(None, ValueError)],
    lambda v, ax: engine.animate_view(P.FitView(X1, Y1, ax=Figure().subplots()), [(1.0, 0.0)]))
add("engine.image_explorer", "view", [(None, TypeError), (3, TypeError)],
    lambda v, ax: engine.image_explorer(v, widgets.FloatSlider()))
add("engine.image_explorer", "controls", [(None, TypeError), ([], TypeError), ("s", TypeError),
                                          ([widgets.Button()], TypeError)],
    lambda v, ax: engine.image_explorer(Dot(), v))
add("engine.image_explorer", "value", [(5, TypeError), (None, TypeError)],
    lambda v, ax: engine.image_explorer(Dot(), [widgets.FloatSlider(), widgets.FloatSlider()],
                                        value=v))
add("engine.image_explorer", "name", [("", ValueError), (1, TypeError)],
    lambda v, ax: engine.image_explorer(Dot(), widgets.FloatSlider(), name=v))
add("engine.Animation", "html", [(None, TypeError), ("<p>", ValueError)],
    lambda v, ax: engine.Animation(v, b"\x89PNG", "설명", 1))
add("engine.Animation", "png", [(None, TypeError), (b"GIF8", ValueError), ("png", TypeError)],
    lambda v, ax: engine.Animation("<img>", v, "설명", 1))
add("engine.Animation", "alt", [("", ValueError)],
    lambda v, ax: engine.Animation("<img>", b"\x89PNG", v, 1))
add("engine.Animation", "num_frames", integer(too_small=(0,), too_big=(17,)),
    lambda v, ax: engine.Animation("<img>", b"\x89PNG", "설명", v))

add("engine.BlitView", "dynamic", [(5, TypeError), ("line", TypeError), (["line"], TypeError)],
    lambda v, ax: Dot().freeze(v))
add("engine.BlitView", "update", [(1.0, NotImplementedError)], lambda v, ax: BV(dpi=20).update(v))
add("engine.animate_view", "learning_rate", [([0.1, "x"], TypeError), ([0.1, -1.0], ValueError)],
    lambda v, ax: engine.animate_view(P.LearningRateView(dpi=20), v))
add("engine.animate_view", "params", [([(0.0, 1.0), (1e308, 0.0)], ValueError)],
    lambda v, ax: engine.animate_view(P.FitView(X1, Y1, dpi=20), v))
add("engine.image_explorer", "degree", [(widgets.FloatSlider(value=0.5), TypeError)],
    lambda v, ax: engine.image_explorer(CV(X1, Y1, X1, Y1, max_degree=3, dpi=20), v))
add("engine.Animation", "html", [("<div></div>", ValueError)],
    lambda v, ax: engine.Animation(v, b"\x89PNG", "설명", 1))

# -- widgets -----------------------------------------------------------------------------
FRAMES_OVER = [(list(range(1, 18)), ValueError), ([], ValueError), (5, TypeError)]
add("widgets.explore_learning_rate", "curvature", positive(),
    lambda v, ax: W.explore_learning_rate(curvature=v))
add("widgets.explore_learning_rate", "w0", real() + [(0, ValueError)],
    lambda v, ax: W.explore_learning_rate(w0=v))
add("widgets.explore_learning_rate", "num_steps", integer(too_small=(0,)),
    lambda v, ax: W.explore_learning_rate(num_steps=v))
add("widgets.animate_learning_rate", "learning_rates",
    FRAMES_OVER + [([0.1, -0.2], ValueError), ([0.1, "a"], TypeError), ([np.nan], ValueError)],
    lambda v, ax: W.animate_learning_rate(v))
add("widgets.animate_learning_rate", "dpi", real() + [(0, ValueError)],
    lambda v, ax: W.animate_learning_rate([0.1], dpi=v))
add("widgets.animate_learning_rate", "interval", real() + [(0, ValueError)],
    lambda v, ax: W.animate_learning_rate([0.1], interval=v))
add("widgets.animate_learning_rate", "alt", [("", ValueError), (1, TypeError)],
    lambda v, ax: W.animate_learning_rate([0.1], alt=v))
add("widgets.animate_learning_rate", "curvature", positive(),
    lambda v, ax: W.animate_learning_rate([0.1], curvature=v))
for name in ("explore_batch_size", "animate_batch_size"):
    fn = getattr(W, name)
    kw = {} if name == "explore_batch_size" else {"batch_sizes": [1, 5]}
    add(f"widgets.{name}", "X", [(X2, ValueError)] + array(), lambda v, ax, fn=fn, kw=kw: fn(v, Y1, **kw))
    add(f"widgets.{name}", "y", [(Y1[:4], ValueError)], lambda v, ax, fn=fn, kw=kw: fn(X1, v, **kw))
    add(f"widgets.{name}", "learning_rate", positive(),
        lambda v, ax, fn=fn, kw=kw: fn(X1, Y1, learning_rate=v, **kw))
    add(f"widgets.{name}", "num_epochs", integer(too_small=(0,)),
        lambda v, ax, fn=fn, kw=kw: fn(X1, Y1, num_epochs=v, **kw))
    add(f"widgets.{name}", "seed", seed(), lambda v, ax, fn=fn, kw=kw: fn(X1, Y1, seed=v, **kw))
add("widgets.animate_batch_size", "batch_sizes",
    FRAMES_OVER + [([1, 100], ValueError), ([0], ValueError), ([1.5], TypeError)],
    lambda v, ax: W.animate_batch_size(X1, Y1, v))
add("widgets.animate_batch_size", "interval", [(0, ValueError), ("1s", TypeError)],
    lambda v, ax: W.animate_batch_size(X1, Y1, [1], interval=v))
for name in ("explore_fit", "animate_fit"):
    fn = getattr(W, name)
    extra = () if name == "explore_fit" else ([(1.0, 0.0)],)
    add(f"widgets.{name}", "X", [(X2, ValueError)] + array(), lambda v, ax, fn=fn, e=extra: fn(v, Y1, *e))
    add(f"widgets.{name}", "y", array(), lambda v, ax, fn=fn, e=extra: fn(X1, v, *e))
    add(f"widgets.{name}", "xlabel", label(optional=False),
        lambda v, ax, fn=fn, e=extra: fn(X1, Y1, *e, xlabel=v))
add("widgets.explore_fit", "w_range", vrange(), lambda v, ax: W.explore_fit(X1, Y1, w_range=v))
add("widgets.explore_fit", "b_range", vrange(), lambda v, ax: W.explore_fit(X1, Y1, b_range=v))
add("widgets.animate_fit", "params",
    FRAMES_OVER[:2] + [(5, TypeError), ([(1.0,)], TypeError), ([1.0, 2.0], TypeError)],
    lambda v, ax: W.animate_fit(X1, Y1, v))
add("widgets.animate_fit", "w", [([(np.nan, 1.0)], ValueError), ([("a", 1.0)], TypeError)],
    lambda v, ax: W.animate_fit(X1, Y1, v))
add("widgets.animate_fit", "dpi", [(0, ValueError), ("high", TypeError)],
    lambda v, ax: W.animate_fit(X1, Y1, [(1.0, 0.0)], dpi=v))
for name in ("explore_complexity", "animate_complexity"):
    fn = getattr(W, name)
    add(f"widgets.{name}", "X_train", [(X2, ValueError)] + array(),
        lambda v, ax, fn=fn: fn(v, Y1, X1, Y1))
    add(f"widgets.{name}", "y_test", [(Y1[:2], ValueError)] + array(),
        lambda v, ax, fn=fn: fn(X1, Y1, X1, v))
    add(f"widgets.{name}", "domain", vrange(), lambda v, ax, fn=fn: fn(X1, Y1, X1, Y1, domain=v))
    add(f"widgets.{name}", "true_function", [(1, TypeError), ("sin", TypeError)],
        lambda v, ax, fn=fn: fn(X1, Y1, X1, Y1, true_function=v))
add("widgets.explore_complexity", "max_degree", integer(too_small=(-1,), too_big=(100,)),
    lambda v, ax: W.explore_complexity(X1, Y1, X1, Y1, max_degree=v))
add("widgets.explore_complexity", "degree", integer(too_small=(-1,), too_big=(16,)),
    lambda v, ax: W.explore_complexity(X1, Y1, X1, Y1, degree=v))
add("widgets.animate_complexity", "degrees",
    FRAMES_OVER + [(np.int64(5), TypeError), ([-1], ValueError), ([1.5], TypeError),
                   ([40], ValueError)],
    lambda v, ax: W.animate_complexity(X1, Y1, X1, Y1, degrees=v))
add("widgets.animate_complexity", "alt", [("", ValueError)],
    lambda v, ax: W.animate_complexity(X1, Y1, X1, Y1, degrees=[1], alt=v))
for name in ("explore_test_size", "animate_test_size"):
    fn = getattr(W, name)
    add(f"widgets.{name}", "squared_errors", [([-1.0, 1.0], ValueError)] + array(),
        lambda v, ax, fn=fn: fn(v))
    add(f"widgets.{name}", "num_tests", [([], ValueError), (5, TypeError), ([0], ValueError),
                                          ([1.5], TypeError), ([5, 5], ValueError)],
        lambda v, ax, fn=fn: fn(ERR, num_tests=v))
    add(f"widgets.{name}", "num_repeats", integer(too_small=(0,)),
        lambda v, ax, fn=fn: fn(ERR, num_repeats=v))
    add(f"widgets.{name}", "seed", seed(), lambda v, ax, fn=fn: fn(ERR, seed=v))
add("widgets.animate_test_size", "num_tests", [(list(range(1, 18)), ValueError)],
    lambda v, ax: W.animate_test_size(ERR, num_tests=v))
add("widgets.animate_test_size", "interval", [(-5, ValueError)],
    lambda v, ax: W.animate_test_size(ERR, num_tests=[5], interval=v))
add("widgets.animate_fit", "params", [([(1e308, 0.0)], ValueError), ([(0.0, 0.0)] * 17, ValueError)],
    lambda v, ax: W.animate_fit(X1, Y1, v, dpi=20))
for name in ("explore_test_size", "animate_test_size"):
    fn = getattr(W, name)
    add(f"widgets.{name}", "num_tests", [([10, 5], ValueError)], lambda v, ax, fn=fn: fn(ERR, num_tests=v))

# -- calls with a misspelt, missing or extra argument -----------------------------------
# (test_unknown_keyword_is_refused_in_korean tries a misspelt keyword on every callable)
add("losses.predict", "bias", [(0.0, TypeError)], lambda v, ax: losses.predict(X1, w=1.0, bias=v))
add("losses.predict", "b", [(1.0, TypeError)], lambda v, ax: losses.predict(X1, v))
add("optim.gradient_descent", ("num_step", "num_steps"), [(3, TypeError)],
    lambda v, ax: optim.gradient_descent(X1, Y1, 0.1, num_step=v))
add("optim.gradient_descent", "learning_rate", [(Y1, TypeError)], lambda v, ax: optim.gradient_descent(X1, v))
add("optim.minibatch_sgd", ("num_epoch", "num_epochs"), [(2, TypeError)],
    lambda v, ax: optim.minibatch_sgd(X1, Y1, 0.1, num_epoch=v))
add("datasets.make_smooth_data", ("nosie", "noise"), [(0.1, TypeError)],
    lambda v, ax: datasets.make_smooth_data(nosie=v))
add("estimator.LinearRegressionGD", ("learnig_rate", "learning_rate"), [(0.1, TypeError)],
    lambda v, ax: LR(learnig_rate=v))
add("estimator.LinearRegressionGD", "LinearRegressionGD", [((0.1, 10, None, True, "gd", 0, 1), TypeError)],
    lambda v, ax: LR(*v))
add("estimator.LinearRegressionGD", "y", [(X1, TypeError)], lambda v, ax: LR().fit(v))
add("estimator.BaseEstimator", "set_params", [({"seed": 1}, TypeError)], lambda v, ax: LR().set_params(v))
add("evaluation.PolynomialRegression", ("degre", "degree"), [(3, TypeError)],
    lambda v, ax: evaluation.PolynomialRegression(degre=v))
add("evaluation.resample_test_loss", "test_size", [(5, TypeError)], lambda v, ax: RT(ERR, test_size=v))
add("plotting.plot_learning_rate", ("ax", "axes"), [("AX", TypeError)],
    lambda v, ax: P.plot_learning_rate(0.1, ax=v))
add("plotting.plot_fit", "b", [((1.0, 0.0), TypeError)], lambda v, ax: P.plot_fit(X1, Y1, v, ax=ax))
add("plotting.plot_split", ("X_test", "y_test"), [(Y1, TypeError)], lambda v, ax: P.plot_split(X1, v, ax=ax))
add("plotting.LearningRateView", "learning_rate", [((), TypeError)],
    lambda v, ax: P.LearningRateView(dpi=20).update(*v))
add("engine.BlitView", "render", [(1, TypeError)], lambda v, ax: Dot().render(v))
add("widgets.explore_learning_rate", "learning_rate", [(0.1, TypeError)],
    lambda v, ax: W.explore_learning_rate(learning_rate=v))


# ---------------------------------------------------------------------------
# the harness
# ---------------------------------------------------------------------------


def ax_state(ax):
    return (len(ax.get_children()), ax.get_xlim(), ax.get_ylim(), ax.get_title(),
            ax.get_xlabel(), ax.get_ylabel(), ax.get_yscale(), ax.get_legend() is None)


def learned(model) -> dict:
    """What a model learned in ``fit`` (attributes ending in ``_``)."""
    return {k: (v.shape, v.tobytes()) if isinstance(v, np.ndarray) else repr(v)
            for k, v in vars(model).items() if k.endswith("_")}


def case_id(number, case):
    """Stable across xdist workers: no object addresses."""
    target, arg, value, exc, _ = case
    shown = repr(value) if isinstance(value, (int, float, str, complex, tuple, list)) else ""
    shown = "" if " at 0x" in shown else shown[:25]
    arg = "+".join(arg) if isinstance(arg, tuple) else arg
    return f"{number}-{target}-{arg}-{type(value).__name__}{shown}"


@pytest.fixture(scope="module")
def current_ax():
    """One pyplot figure for all cases, made current before each: a call that drew on the
    current axes (ax=None) or on the given ax would change it."""
    setup_book()
    fig, ax = plt.subplots()
    yield ax
    plt.close("all")


@pytest.mark.parametrize("case", CASES, ids=[case_id(i, c) for i, c in enumerate(CASES)])
def test_bad_input_is_refused_in_korean_before_anything_is_drawn(case, current_ax):
    target, arg, value, exc, call = case
    ax = current_ax
    plt.figure(ax.figure.number)
    plt.sca(ax)
    before_ax = ax_state(ax)
    before = plt.get_fignums()
    before_models = [learned(model) for model in STATEFUL]
    out = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out), \
                contextlib.redirect_stderr(out):
            warnings.simplefilter("always")
            with pytest.raises(Exception) as info:
                call(swap(value, ax), ax)
        assert isinstance(info.value, exc), (
            f"{target}: expected {exc.__name__}, got {type(info.value).__name__}: {info.value}"
        )
        message = str(info.value)
        assert HANGUL.search(message), f"{target}: message is not Korean: {message}"
        for name in arg if isinstance(arg, tuple) else (arg,):
            assert name in message, f"{target}: message does not name {name!r}: {message}"
        assert "야 한다" in message, f"{target}: message does not say what to change: {message}"
        assert plt.get_fignums() == before, f"{target}: a figure was opened before the error"
        assert ax_state(ax) == before_ax, f"{target}: the given (or current) ax was drawn on"
        assert not caught, f"{target}: warned before the error: {[str(w.message) for w in caught]}"
        assert out.getvalue() == "", f"{target}: printed {out.getvalue()!r}"
        assert [learned(model) for model in STATEFUL] == before_models, (
            f"{target}: a failed call changed what a fitted model learned"
        )
    finally:
        for number in set(plt.get_fignums()) - set(before):
            plt.close(number)


# ---------------------------------------------------------------------------
# every public callable has cases
# ---------------------------------------------------------------------------

#: Public names that take no argument or are not called with data.
EXEMPT = {"setup_book", "font_paths", "NotFittedError"}


def public_callables(exempt=EXEMPT) -> dict[str, object]:
    """``module.name`` -> object for every callable in every utils module's ``__all__``."""
    found = {}
    modules = [utils] + [
        importlib.import_module(m.name)
        for m in pkgutil.walk_packages(utils.__path__, "utils.")
        if not m.name.startswith("utils.fonts")
    ]
    for module in modules:
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name)
            if callable(obj) and name not in exempt:
                found[f"{module.__name__.removeprefix('utils.')}.{name}"] = obj
    return found


def test_every_public_callable_has_cases():
    covered = {target for target, *_ in CASES}
    covered_objects = set()
    for target in covered:
        module, name = target.rsplit(".", 1)
        covered_objects.add(id(getattr(importlib.import_module(f"utils.{module}"), name)))
    missing = sorted(name for name, obj in public_callables().items()
                     if id(obj) not in covered_objects)
    assert not missing, f"public callables without bad-input cases: {missing}"
    assert len(CASES) >= 500


def test_exempt_names_take_no_data():
    for name in ("setup_book", "font_paths"):
        assert not inspect.signature(getattr(utils, name)).parameters


# ---------------------------------------------------------------------------
# numpy scalars are accepted wherever Python numbers are
# ---------------------------------------------------------------------------


def test_numpy_scalars_are_accepted(book_style):
    h = optim.gradient_descent(X1, Y1, np.float32(0.1), num_steps=np.int64(3), w0=np.float32(0),
                               b0=np.int8(0), tol=np.float64(1e-9))
    assert h.num_steps == 3
    evaluation.train_test_split(X1, Y1, test_size=np.float32(0.25), seed=np.uint8(1),
                                shuffle=np.True_)
    datasets.make_smooth_data(n=np.int32(5), noise=np.float16(0.5), seed=np.int64(2),
                              sort=np.False_)
    optim.minimize_quadratic(np.float32(4.0), np.float64(0.1), w0=np.int64(1))
    P.plot_loss_curve(np.float32([1.0, 0.5]), logy=np.True_)
    P.plot_fit(X1, Y1, np.float32(2.0), np.int64(1))
    P.plot_test_size(ERR, np.int64(5), num_tests=np.array([5, 10]), num_repeats=np.int16(20))
    W.animate_complexity(X1, Y1, X1, Y1, degrees=np.arange(3), dpi=np.int64(30))


# ---------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30).flatmap(
    lambda n: st.tuples(arrays(np.float64, n, elements=finite),
                        arrays(np.float64, n, elements=finite))))
def test_any_finite_arrays_of_matching_length_are_accepted(pair):
    y, y_pred = pair
    assert losses.mse(y, y_pred) >= 0
    assert losses.rmse(y, y_pred) >= 0
    assert losses.r2_score(y, y_pred) <= 1
    assert V.as_vector(y, "y").shape == y.shape


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 30).flatmap(
    lambda n: st.tuples(arrays(np.float64, n, elements=finite), st.integers(0, n - 1),
                        st.sampled_from([np.nan, np.inf, -np.inf]))))
def test_any_array_with_nan_or_inf_is_refused_by_name(case):
    values, index, bad = case
    values = values.copy()
    values[index] = bad
    for name, call in [
        ("y_pred", lambda v: losses.mse(np.zeros_like(v), v)),
        ("X", lambda v: optim.least_squares(v, np.zeros_like(v))),
        ("loss", lambda v: P.plot_loss_curve(v)),
        ("squared_errors", lambda v: evaluation.resample_test_loss(np.abs(v), 2)),
    ]:
        with pytest.raises(ValueError, match=name) as info:
            call(values)
        assert "NaN" in str(info.value)
    assert plt.get_fignums() == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(-5, 40), min_size=0, max_size=20))
def test_degree_lists_are_accepted_exactly_when_they_can_be_drawn(degrees):
    ok = 1 <= len(degrees) <= 16 and all(0 <= d <= 30 for d in degrees)
    try:
        V.check_int_list(engine.check_frames(degrees, "degrees"), "degrees", 0, 30)
    except (TypeError, ValueError) as err:
        assert not ok and "degrees" in str(err)
    else:
        assert ok


# ---------------------------------------------------------------------------
# the table of accepted calls: valid but unusual input must work (and be right)
# ---------------------------------------------------------------------------

ACCEPTED: list = []  # (target, what, call, check, figures)


def accept(target, what, call, check=None, figures=False):
    """``call(ax)`` must work without a warning; ``check(result)`` must then hold.

    ``ax`` is a fresh Axes outside pyplot. ``figures=True`` when the call draws on pyplot's
    current axes (``ax=None``) and so may open a figure.
    """
    ACCEPTED.append((target, what, call, check, figures))


def close(a, b, tol=1e-6) -> bool:
    return bool(np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float), atol=tol))


def two_axes():
    return Figure().subplots(2, 1)


def closed_ax():
    fig, ax = plt.subplots()
    plt.close(fig)
    return ax


NP_POSITIVE = [np.float32(0.5), np.float16(0.5), np.longdouble(0.5), np.int64(1), np.uint8(1),
               np.array(0.5)]
NP_REAL = [np.float32(-0.5), np.int64(2), -0.0, np.array(1.5)]
NP_BOOL = [np.True_, np.False_, np.array(True)]
NP_RANGE = [np.array([0.0, 1.0]), (np.float32(0), np.int64(1)), [0, 1]]


def np_int(k):
    return [np.int64(k), np.int32(k), np.uint8(k), np.array(k)]


def accept_each(target, arg, values, call):
    for value in values:
        accept(target, f"{arg}={type(value).__name__}({value!r:.20})", lambda ax, v=value: call(v))


def array_variants(values):
    """The same data as a list, int array, float32, strided view, Series with a shuffled index."""
    values = np.asarray(values, dtype=float)
    n = values.shape[0]
    return {
        "list": values.tolist(), "float32": values.astype(np.float32),
        "strided": np.repeat(values, 2)[::2], "series": pd.Series(values, index=np.arange(n)[::-1]),
        "column": values[:, None], "ints": np.round(values * 10).astype(np.int64),
    }


# -- _validation and style ----------------------------------------------------------------
accept("setup_book", "called twice", lambda ax: (setup_book(), setup_book()))
accept("font_paths", "two faces", lambda ax: utils.font_paths(), lambda r: len(r) == 2)
accept("_validation.check_xy", "pandas nullable floats", lambda ax: V.check_xy(pd.array([1.0, 2.0], dtype="Float64"), [1, 2]),
       lambda r: r[0].shape == (2, 1))

# -- datasets -------------------------------------------------------------------------------
for fn in (datasets.make_cricket_data, datasets.make_linear_data, datasets.make_smooth_data):
    accept_each(f"datasets.{fn.__name__}", "n", np_int(3), lambda v, fn=fn: fn(n=v))
    accept_each(f"datasets.{fn.__name__}", "noise", NP_POSITIVE, lambda v, fn=fn: fn(n=3, noise=v))
    accept_each(f"datasets.{fn.__name__}", "seed", [np.int64(3), np.uint32(7), 2**40, np.array(5)],
                lambda v, fn=fn: fn(n=3, seed=v))
    accept(f"datasets.{fn.__name__}", "one example", lambda ax, fn=fn: fn(n=1), lambda r: r[0].shape == (1,))
accept_each("datasets.make_linear_data", "w", NP_REAL, lambda v: datasets.make_linear_data(n=3, w=v))
accept_each("datasets.make_smooth_data", "sort", NP_BOOL, lambda v: datasets.make_smooth_data(n=3, sort=v))
accept_each("datasets.make_grouped_data", "group_size", np_int(2),
            lambda v: datasets.make_grouped_data(num_groups=3, group_size=v))
accept_each("datasets.make_drifting_data", "drift", NP_REAL, lambda v: datasets.make_drifting_data(n=3, drift=v))
accept("datasets.smooth_function", "np.float32", lambda ax: datasets.smooth_function(np.float32(0.25)),
       lambda r: close(r, 1.0))
accept("datasets.smooth_function", "a column keeps its shape", lambda ax: datasets.smooth_function(X1[:, None]),
       lambda r: r.shape == (40, 1) and close(r[:, 0], np.sin(2 * np.pi * X1)))
accept("datasets.smooth_function", "a Series", lambda ax: datasets.smooth_function(pd.Series([0.0, 0.25])),
       lambda r: close(r, [0.0, 1.0]))

# -- losses ---------------------------------------------------------------------------------
for what, X in array_variants(X1).items():
    accept("losses.predict", f"X as {what}", lambda ax, X=X: losses.predict(X, w=2.0, b=1.0),
           lambda r, what=what: r.shape == (40,) and (what == "ints" or close(r, 2 * X1 + 1, 1e-5)))
accept_each("losses.predict", "w", NP_REAL, lambda v: losses.predict(X1, w=v, b=0.0))
accept("losses.predict", "DataFrame", lambda ax: losses.predict(pd.DataFrame(X2), w=[1.0, 1.0], b=1.0),
       lambda r: close(r, X2.sum(axis=1) + 1))
accept("losses.predict", "Fortran order, int w", lambda ax: losses.predict(np.asfortranarray(X2), np.array([1, 2]), 0),
       lambda r: close(r, X2 @ [1, 2]))
for name in ("squared_loss", "mse", "rmse", "r2_score"):
    fn = getattr(losses, name)
    for what, y in array_variants(Y1).items():
        if what != "ints":
            accept(f"losses.{name}", f"y as {what}", lambda ax, fn=fn, y=y: fn(y, Y1),
                   lambda r, fn=fn: close(r, fn(Y1, Y1), 1e-5))
    accept(f"losses.{name}", "one example", lambda ax, fn=fn: fn([2.0], [2.0]))
    accept(f"losses.{name}", "Series with different indexes",
           lambda ax, fn=fn: fn(pd.Series(Y1), pd.Series(Y1, index=np.arange(40)[::-1])),
           lambda r, fn=fn: close(r, fn(Y1, Y1)))
accept("losses.r2_score", "constant labels, perfect", lambda ax: losses.r2_score([1.0, 1.0], [1.0, 1.0]),
       lambda r: r == 1.0)
accept("losses.mse_gradient", "scalar w gives a float", lambda ax: losses.mse_gradient(X1, Y1, np.float32(0), 0),
       lambda r: isinstance(r[0], float))
accept("losses.mse_grid", "column X and y, int grid", lambda ax: losses.mse_grid(X1[:, None], Y1[:, None], [0, 1, 2], [0, 1]),
       lambda r: r.shape == (2, 3) and close(r, losses.mse_grid(X1, Y1, [0.0, 1.0, 2.0], [0.0, 1.0])))

# -- optim and history ----------------------------------------------------------------------
accept("optim.least_squares", "1-D X gives a float", lambda ax: optim.least_squares(X1, 3 * X1 + 2),
       lambda r: isinstance(r[0], float) and close(r, (3.0, 2.0)))
accept("optim.least_squares", "column X gives shape (1,)", lambda ax: optim.least_squares(X1[:, None], 3 * X1 + 2),
       lambda r: r[0].shape == (1,) and close(r[0], [3.0]))
accept("optim.least_squares", "one example", lambda ax: optim.least_squares([2.0], [5.0]),
       lambda r: close(2 * r[0] + r[1], 5.0))
accept("optim.least_squares", "constant feature", lambda ax: optim.least_squares(np.ones(5), np.arange(5.0)),
       lambda r: close(r[0] + r[1], 2.0))
accept("optim.least_squares", "float32", lambda ax: optim.least_squares(X1.astype(np.float32), 3 * X1 + 2),
       lambda r: close(r, (3.0, 2.0), 1e-4))
accept("optim.least_squares", "pandas", lambda ax: optim.least_squares(pd.DataFrame(X2), pd.Series(Y1)),
       lambda r: r[0].shape == (2,))
GD = optim.gradient_descent
accept_each("optim.gradient_descent", "learning_rate", NP_POSITIVE[:3], lambda v: GD(X1, Y1, v, num_steps=3))
accept_each("optim.gradient_descent", "num_steps", np_int(3), lambda v: GD(X1, Y1, 0.1, num_steps=v))
accept_each("optim.gradient_descent", "w0", NP_REAL, lambda v: GD(X1, Y1, 0.1, num_steps=3, w0=v))
accept("optim.gradient_descent", "one example", lambda ax: GD([1.0], [3.0], 0.1, num_steps=500, tol=1e-12),
       lambda r: r.converged and close(r.w_final + r.b_final, 3.0, 1e-4))
accept("optim.gradient_descent", "DataFrame", lambda ax: GD(pd.DataFrame(X2), pd.Series(Y1), 0.1, num_steps=5),
       lambda r: r.w.shape == (6, 2))
accept("optim.gradient_descent", "column y", lambda ax: GD(X1, Y1[:, None], 0.1, num_steps=5),
       lambda r: r.w.shape == (6,) and isinstance(r.w_final, float))
accept("optim.gradient_descent", "float32 data", lambda ax: GD(X1.astype(np.float32), Y1.astype(np.float32), 0.5, num_steps=5),
       lambda r: close(r.loss, GD(X1, Y1, 0.5, num_steps=5).loss, 1e-4))
accept("optim.gradient_descent", "diverges into a finite record", lambda ax: GD(X1, Y1, 50.0),
       lambda r: r.diverged and np.all(np.isfinite(r.loss)))
accept("optim.gradient_descent", "huge X diverges at once", lambda ax: GD([1e300, -1e300], [1.0, 2.0], 0.1),
       lambda r: r.diverged and r.num_steps == 0)
accept("optim.gradient_descent", "tiny learning rate", lambda ax: GD(X1, Y1, 1e-300, num_steps=3))
accept("optim.gradient_descent", "constant X", lambda ax: GD(np.ones(40), Y1, 0.1, num_steps=5))
accept("optim.minibatch_sgd", "one example", lambda ax: optim.minibatch_sgd([1.0], [2.0], 0.1, batch_size=1, num_epochs=3),
       lambda r: r.num_steps == 3)
accept("optim.minibatch_sgd", "np batch_size and seed", lambda ax: optim.minibatch_sgd(X1, Y1, 0.1, batch_size=np.int64(8), seed=np.uint8(1)),
       lambda r: r.num_steps == 5)
accept("optim.minibatch_sgd", "batch of n is gradient descent",
       lambda ax: optim.minibatch_sgd(X1, Y1, 0.1, batch_size=40, num_epochs=4),
       lambda r: close(r.w, GD(X1, Y1, 0.1, num_steps=4).w))
accept("optim.sgd", "one example", lambda ax: optim.sgd([1.0], [2.0], 0.1, num_epochs=3), lambda r: r.num_steps == 3)
accept_each("optim.minimize_quadratic", "w0", NP_REAL[:2] + [np.array(1.5)],
            lambda v: optim.minimize_quadratic(4.0, 0.1, w0=v, num_steps=3))
accept("optim.minimize_quadratic", "huge curvature diverges", lambda ax: optim.minimize_quadratic(1e300, 1.0, num_steps=5),
       lambda r: r.diverged)
accept("optim.quadratic_steps_to_converge", "tol far below w0", lambda ax: optim.quadratic_steps_to_converge(4.0, 0.1, w0=1e308, tol=1e-308),
       lambda r: isinstance(r, int) and r > 0)
accept("optim.quadratic_steps_to_converge", "agrees with minimize_quadratic", lambda ax: optim.quadratic_steps_to_converge(4.0, 0.03),
       lambda r: r == optim.minimize_quadratic(4.0, 0.03, num_steps=1000, tol=0.005).steps_to_converge)
accept("history.History", "NumPy scalars",
       lambda ax: history.History(**{**HIST, "learning_rate": np.float32(0.1), "batch_size": np.int64(2),
                                     "converged": np.True_}),
       lambda r: r.converged is True and r.w_final == 1.0 and r.num_steps == 1)

# -- estimator --------------------------------------------------------------------------------
accept("estimator.LinearRegressionGD", "pandas in and out",
       lambda ax: LR(method="lstsq").fit(pd.DataFrame(X2), pd.Series(Y1)).predict(pd.DataFrame(X2)),
       lambda r: close(r, FITTED_LR.predict(X2)))
accept("estimator.LinearRegressionGD", "column y", lambda ax: LR(method="lstsq").fit(X1, Y1[:, None]),
       lambda r: r.coef_.shape == (1,))
accept("estimator.LinearRegressionGD", "constant feature", lambda ax: LR(num_epochs=50).fit(np.ones(40), Y1).predict([1.0]),
       lambda r: close(r, [Y1.mean()], 1e-3))
accept("estimator.LinearRegressionGD", "one example", lambda ax: LR().fit([2.0], [3.0]).predict([2.0]),
       lambda r: close(r, [3.0], 1e-3))
accept("estimator.LinearRegressionGD", "NumPy parameters",
       lambda ax: LR(learning_rate=np.float32(0.1), num_epochs=np.int64(5), batch_size=np.int64(4),
                     standardize=np.True_, seed=np.uint8(1)).fit(X1, Y1))
accept("estimator.LinearRegressionGD", "float32", lambda ax: LR(method="lstsq").fit(X1.astype(np.float32), (3 * X1 + 1).astype(np.float32)),
       lambda r: close(r.coef_, [3.0], 1e-4))
accept("estimator.BaseEstimator", "get_params and clone", lambda ax: LR(**LR(num_epochs=7).get_params()).set_params(),
       lambda r: r.num_epochs == 7)
accept("estimator.BaseEstimator", "score of a perfect fit", lambda ax: FITTED_LR.score(X2, FITTED_LR.predict(X2)),
       lambda r: close(r, 1.0))
accept("estimator.BaseEstimator", "no parameters", lambda ax: estimator.BaseEstimator().get_params(), lambda r: r == {})

# -- evaluation -------------------------------------------------------------------------------
for fn in (evaluation.train_test_split, evaluation.train_val_test_split):
    target = f"evaluation.{fn.__name__}"
    accept(target, "np.float32 test_size", lambda ax, fn=fn: fn(X1, Y1, test_size=np.float32(0.25)))
    accept(target, "DataFrame stays 2-D", lambda ax, fn=fn: fn(pd.DataFrame(X2), pd.Series(Y1)),
           lambda r: r[0].ndim == 2 and r[-1].ndim == 1)
    accept(target, "1-D list stays 1-D", lambda ax, fn=fn: fn(list(X1), Y1[:, None]),
           lambda r: r[0].ndim == 1 and r[-1].ndim == 1)
    accept(target, "NumPy seed and shuffle", lambda ax, fn=fn: fn(X1, Y1, seed=np.uint8(1), shuffle=np.False_))
accept("evaluation.train_test_split", "pairs stay together", lambda ax: evaluation.train_test_split(X1, 2 * X1, seed=3),
       lambda r: close(r[2], 2 * r[0]) and close(r[3], 2 * r[1]))
accept("evaluation.polynomial_features", "column X", lambda ax: evaluation.polynomial_features(X1[:, None], 2, domain=(0, 1)),
       lambda r: r.shape == (40, 3))
accept_each("evaluation.polynomial_features", "domain", NP_RANGE, lambda v: evaluation.polynomial_features(X1, 2, domain=v))
accept("evaluation.PolynomialRegression", "one example", lambda ax: evaluation.PolynomialRegression(3).fit([0.5], [2.0]).predict([0.5]),
       lambda r: close(r, [2.0]))
accept("evaluation.PolynomialRegression", "constant X", lambda ax: evaluation.PolynomialRegression(2).fit(np.ones(5), np.ones(5)))
accept("evaluation.PolynomialRegression", "pandas and float32",
       lambda ax: evaluation.PolynomialRegression(2).fit(pd.Series(X1.astype(np.float32)), pd.Series(1 + X1**2)).predict([0.5]),
       lambda r: close(r, [1.25], 1e-5))
accept("evaluation.PolynomialRegression", "np degree", lambda ax: evaluation.PolynomialRegression(np.int64(2)).fit(X1, Y1))
accept("evaluation.polynomial_losses", "np degrees", lambda ax: PL(X1, Y1, XN, YN, np.arange(3)), lambda r: r[0].shape == (3,))
accept("evaluation.check_squared_errors", "a column of zeros", lambda ax: evaluation.check_squared_errors(np.zeros((3, 1))),
       lambda r: r.shape == (3,))
accept("evaluation.resample_test_loss", "NumPy counts", lambda ax: RT(ERR, np.int64(5), num_repeats=np.uint16(3), seed=np.int64(0)),
       lambda r: r.shape == (3,))

# -- plotting -------------------------------------------------------------------------------
for what, loss in array_variants(Y1).items():
    if what != "column":
        accept("plotting.plot_loss_curve", f"loss as {what}", lambda ax, loss=loss: P.plot_loss_curve(loss, ax=ax),
               lambda r: len(r.lines) == 1)
accept("plotting.plot_loss_curve", "current axes", lambda ax: P.plot_loss_curve(Y1), lambda r: r is plt.gca(), figures=True)
accept("plotting.plot_loss_curve", "a Keras history list, np logy", lambda ax: P.plot_loss_curve([0.5, 0.25, 0.125], ax=ax, logy=np.True_),
       lambda r: r.get_yscale() == "log")
accept("plotting.plot_loss_curve", "examples seen", lambda ax: P.plot_loss_curve(H.loss, x=H.examples_seen, ax=ax),
       lambda r: close(r.lines[0].get_xdata(), H.examples_seen))
accept("plotting.plot_loss_curve", "ax of a closed figure", lambda ax: P.plot_loss_curve(Y1, ax=closed_ax()),
       lambda r: len(r.lines) == 1)
accept("plotting.plot_loss_bowl", "colour as RGB", lambda ax: P.plot_loss_bowl(X1, Y1, X1, Y1, color=(0.1, 0.2, 0.3), ax=ax),
       lambda r: len(r.lines) == 2)
accept("plotting.plot_loss_contour", "history path, np levels", lambda ax: PC(W_GRID, B_GRID, GRID, H.w, H.b, levels=np.int64(5), ax=ax),
       lambda r: len(r.lines) == 2)
accept("plotting.plot_loss_contour", "int grid of a narrow range", lambda ax: PC([0, 1, 2], [0, 1], [[10, 10.1, 10.2], [10.1, 10.2, 10.3]], ax=ax))
accept("plotting.check_loss_grid", "int lists", lambda ax: P.check_loss_grid([0, 1, 2], [0, 1], [[1, 2, 3], [2, 3, 4]]),
       lambda r: r[2].shape == (2, 3) and r[2].dtype == float)
accept("plotting.plot_fit", "one example", lambda ax: P.plot_fit([1.0], [2.0], 1.0, 1.0, ax=ax), lambda r: "MSE = 0" in r.get_title())
accept("plotting.plot_fit", "constant data", lambda ax: P.plot_fit(np.ones(5), np.ones(5), 0.0, 1.0, ax=ax))
accept("plotting.plot_fit", "Series and NumPy scalars", lambda ax: P.plot_fit(pd.Series(X1), pd.Series(Y1), np.float32(2.0), np.int64(1), ax=ax),
       lambda r: r.get_title().startswith("w = 2"))
accept("plotting.plot_fit", "current axes", lambda ax: P.plot_fit(X1, Y1, 1.0, 0.0), lambda r: r is plt.gca(), figures=True)
accept("plotting.plot_polynomial_fit", "test set and true function",
       lambda ax: PF(FITTED, XT, YT, XN, YN, true_function=datasets.smooth_function, ax=ax), lambda r: len(r.lines) == 2)
accept("plotting.plot_loss_vs_degree", "arrays and np highlight",
       lambda ax: LD(np.arange(3), np.array([3, 2, 1]), [3.0, 2.5, 4.0], highlight=np.int64(1), ax=ax), lambda r: len(r.lines) == 3)
accept("plotting.plot_split", "pandas and a column", lambda ax: P.plot_split(pd.Series(X1), pd.DataFrame(Y1), XN[:, None], YN, ax=ax),
       lambda r: len(r.collections) == 2)
accept("plotting.plot_estimate_spread", "lists", lambda ax: P.plot_estimate_spread((5, 50), EST.tolist(), ax=ax),
       lambda r: r.get_xscale() == "log")
accept("plotting.plot_estimate_histogram", "constant estimates, np bins", lambda ax: HI(np.ones(10), bins=np.int64(3), ax=ax),
       lambda r: len(r.patches) == 3)
accept("plotting.plot_estimate_histogram", "one estimate", lambda ax: HI([1.0], ax=ax))
accept("plotting.plot_learning_rate", "returns two Axes", lambda ax: P.plot_learning_rate(np.float32(0.1)),
       lambda r: isinstance(r, np.ndarray) and r.shape == (2,), figures=True)
accept("plotting.plot_learning_rate", "given axes", lambda ax: P.plot_learning_rate(0.1, axes=tuple(two_axes())),
       lambda r: r[0].get_title().startswith("학습률 0.1"))
accept("plotting.plot_batch_size", "returns two Axes", lambda ax: P.plot_batch_size(X1, Y1, np.int64(5)),
       lambda r: isinstance(r, np.ndarray) and r.shape == (2,), figures=True)
accept("plotting.plot_batch_size", "one example", lambda ax: P.plot_batch_size([1.0], [2.0], 1, axes=two_axes()))
accept("plotting.plot_batch_size", "pandas column", lambda ax: P.plot_batch_size(pd.DataFrame(X1), pd.Series(Y1), 4, axes=two_axes()))
accept("plotting.plot_complexity", "returns two Axes", lambda ax: P.plot_complexity(XT, YT, XN, YN, np.int64(2), max_degree=4),
       lambda r: isinstance(r, np.ndarray) and r.shape == (2,), figures=True)
accept("plotting.plot_complexity", "one training example", lambda ax: P.plot_complexity([0.5], [0.0], XN, YN, 1, max_degree=2, axes=two_axes()))
accept("plotting.plot_test_size", "returns two Axes", lambda ax: P.plot_test_size(ERR, np.int64(5), num_tests=[5, 10], num_repeats=5),
       lambda r: isinstance(r, np.ndarray) and r.shape == (2,), figures=True)
accept("plotting.plot_test_size", "all errors zero", lambda ax: P.plot_test_size(np.zeros(10), 5, num_tests=[5], num_repeats=5, axes=two_axes()))
accept("plotting.LearningRateView", "initial learning_rate", lambda ax: P.LearningRateView(learning_rate=0.1, dpi=20),
       lambda r: r.axes[0].get_title().startswith("학습률 0.1"))
accept("plotting.LearningRateView", "pyplot=np.True_", lambda ax: P.LearningRateView(pyplot=np.True_, dpi=20), figures=True)
accept("plotting.LearningRateView", "render and PNG", lambda ax: _render(P.LearningRateView(dpi=20), 0.3),
       lambda r: r.startswith(b"\x89PNG"))
accept("plotting.FitView", "initial params", lambda ax: P.FitView(X1, Y1, params=(2.0, 1.0), dpi=20),
       lambda r: r.axes[0].get_title().startswith("w = 2"))
accept("plotting.FitView", "params as an array", lambda ax: _render(P.FitView(X1, Y1, dpi=20), np.array([np.float32(2.0), 1.0])))
accept("plotting.BatchSizeView", "np batch size", lambda ax: _render(P.BatchSizeView(X1, Y1, dpi=20), np.int64(4)))
accept("plotting.ComplexityView", "np degree", lambda ax: _render(CV(XT, YT, XN, YN, max_degree=3, dpi=20), np.uint8(2)))
accept("plotting.TestSizeView", "np count", lambda ax: _render(TV(ERR, num_tests=(5, 50), num_repeats=20, dpi=20), np.int64(50)))

# -- engine and widgets -----------------------------------------------------------------------
accept("engine.check_frames", "a generator", lambda ax: engine.check_frames(x for x in range(16)), lambda r: len(r) == 16)
accept("engine.check_dpi", "NumPy dpi", lambda ax: engine.check_dpi(np.int64(72)), lambda r: r == 72.0)
accept("engine.check_animation", "NumPy interval", lambda ax: engine.check_animation(np.int64(500), "a", "b"))
accept("engine.BlitView", "render before freeze", lambda ax: engine.BlitView(figsize=(2, 2), dpi=20).render())
accept("engine.BlitView", "np figsize and dpi", lambda ax: engine.BlitView(figsize=np.array([2, 2]), dpi=np.float32(20)))
accept("engine.animate_view", "NumPy frames", lambda ax: engine.animate_view(P.LearningRateView(dpi=20), np.array([0.1, 0.2]), interval=np.int64(100)),
       lambda r: isinstance(r, engine.Animation) and r.num_frames == 2)
accept("engine.image_explorer", "a short repr", lambda ax: engine.image_explorer(P.LearningRateView(dpi=20), widgets.FloatSlider(value=0.1), "학습률"),
       lambda r: repr(r) == "학습률(슬라이더와 그림)")
accept("engine.Animation", "three outputs", lambda ax: engine.Animation("<img>", b"\x89PNG", "그림", np.int64(1)),
       lambda r: set(r._repr_mimebundle_()) == {"text/html", "image/png", "text/plain"})
accept("widgets.explore_learning_rate", "NumPy settings", lambda ax: W.explore_learning_rate(np.float32(2.0), np.int64(1), np.uint8(5)),
       lambda r: r.children[0].value == 0.1)
accept("widgets.animate_learning_rate", "NumPy rates and dpi", lambda ax: W.animate_learning_rate(np.array([0.1, 0.5]), dpi=np.int64(20)),
       lambda r: r.num_frames == 2 and "0.1" in r.alt)
accept("widgets.explore_batch_size", "one example", lambda ax: W.explore_batch_size([1.0], [2.0]),
       lambda r: list(r.children[0].options) == [1])
accept("widgets.animate_batch_size", "NumPy sizes", lambda ax: W.animate_batch_size(X1, Y1, np.array([1, 20]), dpi=20),
       lambda r: r.num_frames == 2)
accept("widgets.explore_fit", "NumPy ranges", lambda ax: W.explore_fit(X1, Y1, w_range=np.array([0.0, 1.0]), b_range=(np.int64(0), 2)))
accept("widgets.animate_fit", "params from a History", lambda ax: W.animate_fit(X1, Y1, list(zip(H.w[::2], H.b[::2], strict=True)), dpi=20),
       lambda r: r.num_frames == 3)
accept("widgets.animate_fit", "params as an array", lambda ax: W.animate_fit(X1, Y1, np.array([[0.0, 1.0], [2.0, 1.0]]), dpi=20),
       lambda r: r.num_frames == 2)
accept("widgets.explore_complexity", "NumPy degrees", lambda ax: W.explore_complexity(XT, YT, XN, YN, max_degree=np.int64(4), degree=np.uint8(2)))
accept("widgets.animate_complexity", "NumPy degrees", lambda ax: W.animate_complexity(XT, YT, XN, YN, np.array([0, 2]), dpi=20),
       lambda r: r.num_frames == 2)
accept("widgets.explore_test_size", "NumPy counts", lambda ax: W.explore_test_size(ERR, num_tests=np.array([5, 10]), num_repeats=np.int64(5)))
accept("widgets.animate_test_size", "NumPy counts", lambda ax: W.animate_test_size(ERR, np.array([5, 10]), num_repeats=np.int64(5), dpi=20),
       lambda r: r.num_frames == 2)


def _render(view, value) -> bytes:
    view.update(value)
    view.render()
    return view.to_png(quantize=True)


@pytest.mark.parametrize("case", ACCEPTED, ids=[f"{i}-{c[0]}-{c[1]}" for i, c in enumerate(ACCEPTED)])
def test_valid_but_unusual_input_works(case, book_style):
    target, _, call, check, figures = case
    before = set(plt.get_fignums())
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(out):
        warnings.simplefilter("always")
        result = call(Figure().subplots())
    assert not caught, f"{target}: warned: {[str(w.message) for w in caught]}"
    assert out.getvalue() == "", f"{target}: printed {out.getvalue()!r}"
    if not figures:
        assert set(plt.get_fignums()) == before, f"{target}: opened a pyplot figure"
    if check is not None:
        assert check(result), f"{target}: wrong result {result!r:.200}"


def resolve(target: str):
    """``"module.name"`` (or ``"name"`` for the package) -> the object."""
    module, _, name = target.rpartition(".")
    return getattr(importlib.import_module(f"utils.{module}" if module else "utils"), name)


def test_every_public_callable_has_accepted_cases():
    covered = {id(resolve(target)) for target, *_ in ACCEPTED}
    missing = sorted(name for name, obj in public_callables(exempt={"NotFittedError"}).items()
                     if id(obj) not in covered and not name.startswith("_validation."))
    assert not missing, f"public callables without accepted cases: {missing}"


# ---------------------------------------------------------------------------
# a misspelt keyword, on every public callable
# ---------------------------------------------------------------------------


def each_public_callable_once() -> dict[str, object]:
    """Like :func:`public_callables`, but a re-exported object only under its first name."""
    found, seen = {}, set()
    for name, obj in public_callables(exempt={"NotFittedError"}).items():
        if id(obj) not in seen:
            seen.add(id(obj))
            found[name] = obj
    return found


@pytest.mark.parametrize("name", sorted(each_public_callable_once()))
def test_unknown_keyword_is_refused_in_korean(name, book_style):
    obj = each_public_callable_once()[name]
    before = plt.get_fignums()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(TypeError) as info:
            obj(no_such_argument=1)
    message = str(info.value)
    assert HANGUL.search(message) and "야 한다" in message, message
    target = obj.__init__ if inspect.isclass(obj) else obj
    takes_any_keyword = any(p.kind is p.VAR_KEYWORD for p in inspect.signature(target).parameters.values())
    assert takes_any_keyword or "no_such_argument" in message, message
    assert plt.get_fignums() == before and not caught


# ---------------------------------------------------------------------------
# a failed call leaves an estimator as it was
# ---------------------------------------------------------------------------


def test_failed_set_params_changes_nothing():
    model = estimator.LinearRegressionGD(num_epochs=5)
    with pytest.raises(ValueError, match="bogus"):
        model.set_params(num_epochs=3, bogus=1)
    assert model.num_epochs == 5


def test_failed_refit_keeps_the_previous_fit():
    model = estimator.LinearRegressionGD(learning_rate=0.1, num_epochs=20).fit(X1, Y1)
    coef, intercept, loss = model.coef_.copy(), model.intercept_, model.loss_history_.copy()
    with pytest.raises(ValueError, match="learning_rate"):
        model.set_params(learning_rate=5.0, standardize=False).fit(X1 * 100, Y1)
    assert np.array_equal(model.coef_, coef) and model.intercept_ == intercept
    assert np.array_equal(model.loss_history_, loss)
