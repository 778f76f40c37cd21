# ruff: noqa: E501  (a table of cases reads best one case per line)
"""Bad input to every public callable of utils: a table of cases, one test per case.

Each case calls one public callable with one bad argument and expects

- the exception type (``TypeError`` for the wrong kind of value, ``ValueError`` for a value
  out of range, ``NotFittedError`` before ``fit``);
- a Korean message (Hangul) that names the argument the caller passed;
- nothing drawn: no new matplotlib figure, and a given ``ax`` left as it was;
- no warning on the way.

``test_every_public_callable_has_cases`` fails when a name in any module's ``__all__`` has no
case here, so a new public function cannot slip through without them.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import warnings

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
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
# small valid data
# ---------------------------------------------------------------------------

X1 = np.linspace(0.0, 1.0, 40)
Y1 = 2.0 * X1 + 1.0
X2 = np.c_[X1, X1**2]  # two features: explorers and 1-D plots refuse it
ERR = np.linspace(0.0, 2.0, 200)
H = optim.gradient_descent(X1, Y1, 0.1, num_steps=5)
W_GRID = np.linspace(-1.0, 3.0, 5)
B_GRID = np.linspace(-1.0, 3.0, 4)
GRID = losses.mse_grid(X1, Y1, W_GRID, B_GRID)  # shape (4, 5)
FITTED = evaluation.PolynomialRegression(2, domain=(0, 1)).fit(X1, Y1)

# ---------------------------------------------------------------------------
# bad values by kind: (value, expected exception)
# ---------------------------------------------------------------------------

NOT_REAL = ["1.0", None, True, np.True_, 1 + 2j, np.complex128(1), [1.0]]
NOT_FINITE = [np.nan, np.inf, -np.inf, np.float32("nan")]
NOT_INT = [1.5, "3", None, True, np.True_, np.float64(2.0), 1 + 0j]
NOT_BOOL = ["yes", 1, 0, None, 1.0, np.int64(1)]
NOT_ARRAY = ["abc", None, {"a": 1}, [[1.0, 2.0], [3.0]], [True, False, True],
             np.array([1 + 1j, 2.0, 3.0]), H]
BAD_ARRAY_VALUES = [[], np.array([]), [1.0, np.nan, 2.0], [np.inf, 1.0, 2.0]]
NOT_RANGE = [5, "ab", None, {0: 1}]
BAD_RANGE_VALUES = [(1.0, 0.0), (0.0, 0.0), (np.nan, 1.0), (0.0, np.inf), (0.0, 1.0, 2.0), ()]
NOT_LIST = [5, np.int64(3), "abc", None, 2.5]
BAD_LIST_VALUES = [[], [-1], np.array([[1, 2], [3, 4]])]
NOT_LABEL = [1, b"x", ["a"], 2.0]
NOT_AX = ["ax", 1, [1, 2], np.zeros(2)]


def real():
    """Cases for a real-number argument: wrong kinds and non-finite values."""
    return [(v, TypeError) for v in NOT_REAL] + [(v, ValueError) for v in NOT_FINITE]


def weight():
    """A weight: one real number, or (for one feature) a list of one is fine too."""
    return [(v, exc) for v, exc in real() if not isinstance(v, list)]


def positive():
    return real() + [(v, ValueError) for v in (0, -1.0, np.float32(-2.0), -1e-300)]


def integer(too_small=(-1,), too_big=()):
    return [(v, TypeError) for v in NOT_INT] + [(v, ValueError) for v in (*too_small, *too_big)]


def without_none(cases):
    """For optional arguments, where None means "not given"."""
    return [(v, exc) for v, exc in cases if v is not None]


def seed():
    return integer(too_small=(-1, np.int64(-5)))


def boolean():
    return [(v, TypeError) for v in NOT_BOOL]


def array():
    return [(v, TypeError) for v in NOT_ARRAY] + [(v, ValueError) for v in BAD_ARRAY_VALUES]


def vrange():
    return [(v, TypeError) for v in NOT_RANGE] + [(v, ValueError) for v in BAD_RANGE_VALUES]


def int_list(extra=()):
    return ([(v, TypeError) for v in NOT_LIST] + [(v, ValueError) for v in BAD_LIST_VALUES]
            + [([1.5], TypeError), (["a"], TypeError), *extra])


def label(optional=True):
    return [(v, TypeError) for v in NOT_LABEL] + ([] if optional else [(None, TypeError)])


def ax_cases():
    return [(v, TypeError) for v in NOT_AX]


def axes_cases():
    """Two-panel views: axes must be two Axes; the harness's single ax is the wrong count."""
    return [(v, TypeError) for v in NOT_AX] + [("AX", TypeError), ("[AX]", ValueError)]


# ---------------------------------------------------------------------------
# the table: target -> list of (argument name in message, call, bad-values)
# ---------------------------------------------------------------------------

CASES: list[tuple[str, str, object, type, object]] = []  # (target, arg, value, exc, call)


def add(target, arg, bad, call):
    """``call(value, ax)`` calls ``target`` with ``value`` in place of argument ``arg``."""
    for value, exc in bad:
        CASES.append((target, arg, value, exc, call))


def swap(value, ax):
    """The placeholders "AX" and "[AX]" stand for the harness's Axes (wrong count or kind)."""
    if isinstance(value, str) and value == "AX":
        return ax
    if isinstance(value, str) and value == "[AX]":
        return [ax]
    return value


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
add("datasets.smooth_function", "X", array() + [("x", TypeError), (np.nan, ValueError)],
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
add("history.History", "w", [("abc", ValueError), (np.zeros((2, 2, 2)), ValueError)],
    lambda v, ax: history.History(**{**HIST, "w": v}))
add("history.History", "learning_rate", positive(),
    lambda v, ax: history.History(**{**HIST, "learning_rate": v}))
add("history.History", "batch_size", integer(too_small=(0,)),
    lambda v, ax: history.History(**{**HIST, "batch_size": v}))
add("history.History", "diverged", boolean(), lambda v, ax: history.History(**{**HIST, "diverged": v}))
add("history.History", "diverged_at", [(3, ValueError)],
    lambda v, ax: history.History(**{**HIST, "diverged_at": v}))

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
add("estimator.LinearRegressionGD", "method", [("sgd", ValueError), (1, ValueError)],
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
add("plotting.plot_loss_curve", "colour", [(1, TypeError)],
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
add("plotting.plot_loss_vs_degree", "degrees", int_list(),
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
add("plotting.plot_estimate_spread", "num_tests", int_list(extra=[([0, 1], ValueError)]),
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
add("plotting.LearningRateView", "w0", real() + [(0.0, ValueError), (1e200, ValueError)],
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
add("plotting.TestSizeView", "num_tests", int_list(extra=[([5, 5], ValueError), ([0], ValueError)]),
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
add("plotting.plot_test_size", "num_tests", int_list(),
    lambda v, ax: P.plot_test_size(ERR, 5, num_tests=v))
add("plotting.plot_test_size", "axes", axes_cases(),
    lambda v, ax: P.plot_test_size(ERR, 5, num_tests=(5, 10), axes=swap(v, ax)))


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
add("engine.check_animation", "alt", [("", TypeError), ("   ", TypeError), (None, TypeError),
                                      (3, TypeError)],
    lambda v, ax: engine.check_animation(1000, v, "이름"))
add("engine.check_animation", "name", [("", TypeError), (b"x", TypeError)],
    lambda v, ax: engine.check_animation(1000, "설명", v))
add("engine.animate_view", "view", [(None, TypeError), ("view", TypeError), (plt, TypeError)],
    lambda v, ax: engine.animate_view(v, [1]))
add("engine.animate_view", "frames", [(5, TypeError), ([], ValueError), (range(20), ValueError)],
    lambda v, ax: engine.animate_view(Dot(), v))
add("engine.animate_view", "interval", real() + [(0, ValueError)],
    lambda v, ax: engine.animate_view(Dot(), [1], interval=v))
add("engine.animate_view", "alt", [("", TypeError), (None, TypeError)],
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
add("engine.image_explorer", "name", [("", TypeError), (1, TypeError)],
    lambda v, ax: engine.image_explorer(Dot(), widgets.FloatSlider(), name=v))
add("engine.Animation", "html", [(None, TypeError), ("<p>", TypeError)],
    lambda v, ax: engine.Animation(v, b"\x89PNG", "설명", 1))
add("engine.Animation", "png", [(None, TypeError), (b"GIF8", TypeError), ("png", TypeError)],
    lambda v, ax: engine.Animation("<img>", v, "설명", 1))
add("engine.Animation", "alt", [("", TypeError)],
    lambda v, ax: engine.Animation("<img>", b"\x89PNG", v, 1))
add("engine.Animation", "num_frames", integer(too_small=(0,), too_big=(17,)),
    lambda v, ax: engine.Animation("<img>", b"\x89PNG", "설명", v))

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
add("widgets.animate_learning_rate", "alt", [("", TypeError), (1, TypeError)],
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
add("widgets.animate_complexity", "alt", [("", TypeError)],
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


# ---------------------------------------------------------------------------
# the harness
# ---------------------------------------------------------------------------


def ax_state(ax):
    return (len(ax.get_children()), ax.get_xlim(), ax.get_ylim(), ax.get_title(),
            ax.get_xlabel(), ax.get_ylabel(), ax.get_yscale(), ax.get_legend() is None)


def case_id(number, case):
    """Stable across xdist workers: no object addresses."""
    target, arg, value, exc, _ = case
    shown = repr(value) if isinstance(value, (int, float, str, complex, tuple, list)) else ""
    shown = "" if " at 0x" in shown else shown[:25]
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
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with pytest.raises(Exception) as info:
                call(value, ax)
        assert isinstance(info.value, exc), (
            f"{target}: expected {exc.__name__}, got {type(info.value).__name__}: {info.value}"
        )
        message = str(info.value)
        assert HANGUL.search(message), f"{target}: message is not Korean: {message}"
        assert arg in message, f"{target}: message does not name {arg!r}: {message}"
        assert plt.get_fignums() == before, f"{target}: a figure was opened before the error"
        assert ax_state(ax) == before_ax, f"{target}: the given (or current) ax was drawn on"
        assert not caught, f"{target}: warned before the error: {[str(w.message) for w in caught]}"
    finally:
        for number in set(plt.get_fignums()) - set(before):
            plt.close(number)


# ---------------------------------------------------------------------------
# every public callable has cases
# ---------------------------------------------------------------------------

#: Public names that take no argument or are not called with data.
EXEMPT = {"setup_book", "font_paths", "NotFittedError"}


def public_callables() -> dict[str, object]:
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
            if callable(obj) and name not in EXEMPT:
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
