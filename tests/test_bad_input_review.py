"""A reader's mistakes at every public edge of `utils`, one table.

Every case is one call a notebook reader could type. A case either

- ``bad(...)``: must raise exactly the given ``TypeError`` / ``ValueError`` whose Korean
  message names the caller's argument(s) and says what to change ("...야 한다"), with no
  warning before it, nothing printed, no figure opened, every given ``Axes`` untouched and
  no estimator half-updated; or
- ``ok(...)``: must work (and, where given, give the right answer) with no warning, nothing
  printed and no new pyplot figure unless the call draws on the current axes.

Wrong type → ``TypeError``; right type, wrong value (shape, range, length, NaN) →
``ValueError``. Where both readings are fair (a number where a list is expected), the case
accepts either.

All module-level data arrays are read-only, so every case also checks that `utils` never
writes into a reader's array.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from dataclasses import dataclass
from functools import cached_property

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from utils import font_paths, setup_book
from utils._validation import NotFittedError
from utils.datasets import (
    make_cricket_data,
    make_drifting_data,
    make_grouped_data,
    make_linear_data,
    make_smooth_data,
    smooth_function,
)
from utils.engine import (
    Animation,
    BlitView,
    animate_view,
    check_animation,
    check_dpi,
    check_frames,
    image_explorer,
)
from utils.estimator import BaseEstimator, LinearRegressionGD
from utils.evaluation import (
    PolynomialRegression,
    check_squared_errors,
    polynomial_features,
    polynomial_losses,
    resample_test_loss,
    train_test_split,
    train_val_test_split,
)
from utils.history import History
from utils.losses import mse, mse_gradient, mse_grid, predict, r2_score, rmse, squared_loss
from utils.optim import (
    gradient_descent,
    least_squares,
    minibatch_sgd,
    minimize_quadratic,
    quadratic_steps_to_converge,
    sgd,
)
from utils.plotting import (
    BatchSizeView,
    ComplexityView,
    FitView,
    LearningRateView,
    TestSizeView,
    check_loss_grid,
    plot_batch_size,
    plot_complexity,
    plot_estimate_histogram,
    plot_estimate_spread,
    plot_fit,
    plot_learning_rate,
    plot_loss_bowl,
    plot_loss_contour,
    plot_loss_curve,
    plot_loss_vs_degree,
    plot_polynomial_fit,
    plot_split,
    plot_test_size,
)
from utils.widgets import (
    animate_batch_size,
    animate_complexity,
    animate_fit,
    animate_learning_rate,
    animate_test_size,
    explore_batch_size,
    explore_complexity,
    explore_fit,
    explore_learning_rate,
    explore_test_size,
)

# ---------------------------------------------------------------------------
# Data (read-only) and the context each case gets
# ---------------------------------------------------------------------------


def _ro(array) -> np.ndarray:
    array = np.array(array, dtype=float)
    array.setflags(write=False)
    return array


N = 20
X1 = _ro(np.linspace(0.0, 1.0, N))
Y1 = _ro(1.0 + 2.0 * X1 + 0.1 * np.sin(7.0 * X1))
X2 = _ro(np.column_stack([X1, X1**2]))
XT, YT = (_ro(a) for a in make_smooth_data(12, seed=0))
XN, YN = (_ro(a) for a in make_smooth_data(40, seed=1))
SQ = _ro(np.random.default_rng(0).exponential(size=400))
WS = _ro(np.linspace(-1.0, 3.0, 7))
BS = _ro(np.linspace(-1.0, 3.0, 5))
GRID = _ro(mse_grid(X1, Y1, WS, BS))
H = gradient_descent(X1, Y1, learning_rate=0.5, num_steps=30)
EST = _ro(np.random.default_rng(1).normal(1.0, 0.1, size=(3, 50)))
HTML = '<div><img id="x"></div>'
PNG = b"\x89PNG\r\n\x1a\n"
BOTH = (TypeError, ValueError)


def _ax_state(ax) -> tuple:
    return (
        len(ax.get_children()), len(ax.lines), len(ax.collections), len(ax.patches),
        len(ax.texts), ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), ax.get_xlim(),
        ax.get_ylim(), ax.get_xscale(), ax.get_yscale(), ax.get_legend() is None,
    )


def _obj_state(obj) -> dict:
    """What an estimator learned (attributes ending in ``_``): a failed call keeps it."""
    return {
        k: (v.shape, v.tobytes()) if isinstance(v, np.ndarray) else repr(v)
        for k, v in vars(obj).items()
        if k.endswith("_")
    }


class Ctx:
    """What a case may use; everything is made on first use and its state recorded then."""

    def __init__(self):
        self.axes_seen = {}  # id -> (Axes, state when made or last drawn by a view)
        self.objects = []  # (object, state when made)
        self.fignums = set()

    def _figure(self, nrows=1):
        fig, axes = plt.subplots(nrows, 1)
        self.fignums.add(fig.number)
        for ax in np.atleast_1d(axes):
            self.axes_seen[id(ax)] = (ax, _ax_state(ax))
        return axes

    def _keep(self, obj):
        self.objects.append((obj, _obj_state(obj)))
        return obj

    @cached_property
    def ax(self):
        return self._figure()

    @cached_property
    def ax_b(self):
        return self._figure()

    @cached_property
    def axes(self):
        return self._figure(2)

    @cached_property
    def axes3(self):
        return self._figure(3)

    @cached_property
    def closed_ax(self):
        fig, ax = plt.subplots()
        plt.close(fig)
        return ax

    @cached_property
    def fitted(self):
        return self._keep(LinearRegressionGD(method="lstsq").fit(X2, Y1))

    @cached_property
    def fitted_gd(self):
        return self._keep(LinearRegressionGD(learning_rate=0.1, num_epochs=20).fit(X1, Y1))

    @cached_property
    def unfitted(self):
        return self._keep(LinearRegressionGD())

    @cached_property
    def poly(self):
        return self._keep(PolynomialRegression(3, domain=(0.0, 1.0)).fit(XT, YT))

    @cached_property
    def poly_unfitted(self):
        return self._keep(PolynomialRegression(3))

    def _view(self, view):
        for ax in view.axes:
            self.axes_seen[id(ax)] = (ax, _ax_state(ax))
        return view

    @cached_property
    def lr_view(self):
        return self._view(LearningRateView(dpi=30))

    @cached_property
    def lr_view_on_axes(self):
        return self._view(LearningRateView(axes=self.axes))

    @cached_property
    def bs_view(self):
        return self._view(BatchSizeView(X1, Y1, dpi=30))

    @cached_property
    def fit_view(self):
        return self._view(FitView(X1, Y1, dpi=30))

    @cached_property
    def cx_view(self):
        return self._view(ComplexityView(XT, YT, XN, YN, max_degree=5, degree=1, dpi=30))

    @cached_property
    def ts_view(self):
        return self._view(TestSizeView(SQ, num_tests=(5, 50), num_repeats=20, dpi=30))

    @cached_property
    def slider(self):
        return widgets.FloatSlider(value=0.1, min=0.01, max=0.5)


# ---------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    call: object
    exc: type | tuple
    names: tuple


@dataclass(frozen=True)
class Ok:
    call: object
    check: object = None
    figures: bool = False  # the call may open a pyplot figure (ax=None)


CASES: list = []


def bad(case_id: str, call, exc, *names: str) -> None:
    CASES.append(pytest.param(Bad(call, exc, names), id=case_id))


def ok(case_id: str, call, check=None, figures: bool = False) -> None:
    CASES.append(pytest.param(Ok(call, check, figures), id=case_id))


class _Raise:  # a marker: "replace this argument with the value under test"
    pass


def _close(a, b, tol=1e-6) -> bool:
    return bool(np.allclose(np.asarray(a, dtype=float), np.asarray(b, dtype=float), atol=tol))


# --- families of values ----------------------------------------------------------------

def positive_cases(fid: str, arg: str, call, good=(np.float32(0.5), np.int64(1), np.array(0.5)),
                   none_ok: bool = False):
    """A positive float argument (learning_rate, noise, curvature, tol...)."""
    for tag, value, exc in [
        ("str", "0.1", TypeError), ("none", None, TypeError), ("true", True, TypeError),
        ("np-true", np.True_, TypeError), ("complex", 1 + 2j, TypeError),
        ("np-complex", np.complex64(1), TypeError), ("list", [0.1], TypeError),
        ("zero", 0, ValueError), ("neg-zero", -0.0, ValueError), ("negative", -1.0, ValueError),
        ("nan", np.nan, ValueError), ("inf", np.inf, ValueError), ("-inf", -np.inf, ValueError),
    ]:
        if not (none_ok and value is None):
            bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), exc, arg)
    for value in good:
        ok(f"{fid}-{arg}-{type(value).__name__}", lambda c, v=value: call(c, v))


def real_cases(fid: str, arg: str, call, good=(np.float32(0.5), np.int64(2), -0.0),
               array_ok: bool = False):
    """A real argument that may be negative or zero (w, b, w0, b0, drift)."""
    for tag, value, exc in [
        ("str", "1.0", TypeError), ("true", True, TypeError), ("complex", 1j, TypeError),
        ("list", [1.0, 2.0], ValueError if array_ok else TypeError), ("nan", np.nan, ValueError),
        ("inf", np.inf, ValueError),
    ]:
        bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), exc, arg)
    for value in good:
        ok(f"{fid}-{arg}-{type(value).__name__}-{value}", lambda c, v=value: call(c, v))


def int_cases(fid: str, arg: str, call, low: int = 1, high: int | None = None, good=None,
              none_ok: bool = False):
    """An integer count (n, num_steps, num_epochs, degree, batch_size...)."""
    rows = [
        ("float", low + 0.5, TypeError), ("float-whole", float(low + 1), TypeError),
        ("np-float", np.float64(low + 1), TypeError), ("str", str(low + 1), TypeError),
        ("none", None, TypeError), ("true", True, TypeError), ("np-true", np.True_, TypeError),
        ("list", [low + 1], TypeError), ("below", low - 1, ValueError),
    ]
    if high is not None:
        rows.append(("above", high + 1, ValueError))
    if none_ok:
        rows = [row for row in rows if row[0] != "none"]
    for tag, value, exc in rows:
        bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), exc, arg)
    for value in good if good is not None else (np.int64(low + 1), np.uint8(low + 1)):
        ok(f"{fid}-{arg}-{type(value).__name__}", lambda c, v=value: call(c, v))


def seed_cases(fid: str, call):
    for tag, value, exc in [
        ("negative", -1, ValueError), ("float", 1.5, TypeError), ("none", None, TypeError),
        ("str", "0", TypeError), ("true", True, TypeError),
        ("generator", np.random.default_rng(0), TypeError),
    ]:
        bad(f"{fid}-seed-{tag}", lambda c, v=value: call(c, v), exc, "seed")
    for value in (np.int64(3), np.uint32(7), 2**40):
        ok(f"{fid}-seed-{type(value).__name__}", lambda c, v=value: call(c, v))


def bool_cases(fid: str, arg: str, call, figures: bool = False):
    for tag, value in [("str", "True"), ("int", 1), ("zero", 0), ("none", None)]:
        bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), TypeError, arg)
    ok(f"{fid}-{arg}-np-bool", lambda c: call(c, np.True_), figures=figures)


def range_cases(fid: str, arg: str, call, allow_none: bool = False):
    rows = [
        ("reversed", (1.0, 0.0), ValueError), ("equal", (0.5, 0.5), ValueError),
        ("nan", (np.nan, 1.0), ValueError), ("inf", (0.0, np.inf), ValueError),
        ("three", (0.0, 0.5, 1.0), ValueError), ("scalar", 1.0, TypeError),
        ("str", "01", TypeError), ("str-values", ("0", "1"), TypeError),
        ("complex", (0.0, 1j), TypeError),
    ]
    if not allow_none:
        rows.append(("none", None, TypeError))
    for tag, value, exc in rows:
        bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), exc, arg)
    for tag, value in [("array", np.array([0.0, 1.0])), ("np-scalars", (np.float32(0), np.int64(1)))]:
        ok(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v))


def label_cases(fid: str, arg: str, call, allow_none: bool = False):
    rows = [("int", 5), ("bytes", b"x")]
    if not allow_none:
        rows.append(("none", None))
    for tag, value in rows:
        bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), TypeError, arg)


def ax_cases(fid: str, call):
    """``ax=``: an Axes or None."""
    bad(f"{fid}-ax-str", lambda c: call(c, "ax"), TypeError, "ax")
    bad(f"{fid}-ax-list", lambda c: call(c, [c.ax]), TypeError, "ax")
    bad(f"{fid}-ax-array-of-two", lambda c: call(c, c.axes), TypeError, "ax")
    bad(f"{fid}-ax-figure", lambda c: call(c, c.ax.figure), TypeError, "ax")
    ok(f"{fid}-ax-closed-figure", lambda c: call(c, c.closed_ax),
       check=lambda r, c: len(c.closed_ax.get_children()) > 0)


def axes_cases(fid: str, call):
    """``axes=``: two Axes or None."""
    bad(f"{fid}-axes-single", lambda c: call(c, c.ax), TypeError, "axes")
    bad(f"{fid}-axes-one-in-list", lambda c: call(c, [c.ax]), ValueError, "axes")
    bad(f"{fid}-axes-three", lambda c: call(c, c.axes3), ValueError, "axes")
    bad(f"{fid}-axes-str", lambda c: call(c, "axes"), TypeError, "axes")
    bad(f"{fid}-axes-not-axes", lambda c: call(c, [c.ax, "x"]), TypeError, "axes")
    bad(f"{fid}-axes-same-twice", lambda c: call(c, [c.ax, c.ax]), ValueError, "axes")
    bad(f"{fid}-axes-two-figures", lambda c: call(c, [c.ax, c.ax_b]), ValueError, "axes")
    ok(f"{fid}-axes-tuple", lambda c: call(c, tuple(c.axes)))


def dpi_cases(fid: str, call):
    for tag, value, exc in [
        ("zero", 0, ValueError), ("negative", -100, ValueError), ("tiny", 5, ValueError),
        ("huge", 1e5, ValueError), ("nan", np.nan, ValueError), ("str", "100", TypeError),
        ("none", None, TypeError),
    ]:
        bad(f"{fid}-dpi-{tag}", lambda c, v=value: call(c, v), exc, "dpi")
    ok(f"{fid}-dpi-np-int", lambda c: call(c, np.int64(30)))


def array_cases(fid: str, arg: str, call, good, two_d_ok: bool = False, scalar_exc=ValueError,
                optional: bool = False):
    """An array argument; ``good`` is a valid value of the right length."""
    good = np.asarray(good, dtype=float)
    n = good.shape[0]
    with_nan, with_inf = good.copy(), good.copy()
    with_nan[0], with_inf[-1] = np.nan, -np.inf
    rows = [
        ("none", None, TypeError), ("str", "1 2 3", TypeError),
        ("numeric-strs", [str(v) for v in good], TypeError), ("dict", {0: 1.0}, TypeError),
        ("set", set(good.tolist()), TypeError), ("complex", good + 0j, TypeError),
        ("bools", good > good.mean(), TypeError), ("ragged", [[1.0, 2.0], [3.0]], TypeError),
        ("history", H, TypeError), ("datetime", np.arange(n).astype("datetime64[D]"), TypeError),
        ("empty", [], ValueError), ("nan", with_nan, ValueError), ("inf", with_inf, ValueError),
        ("none-inside", [None] + good.tolist()[1:], ValueError),
        ("3d", good[:, None, None], ValueError), ("scalar", 1.5, scalar_exc),
        ("huge-int", [10**400] + good.tolist()[1:], ValueError),
    ]
    if not two_d_ok:
        rows.append(("2d", np.column_stack([good, good]), ValueError))
    if optional:
        rows = [row for row in rows if row[0] != "none"]
    for tag, value, exc in rows:
        bad(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v), exc, arg)
    for tag, value in [
        ("ints", np.arange(n) + 1), ("list", good.tolist()), ("float32", good.astype(np.float32)),
        ("series", pd.Series(good, index=np.arange(n)[::-1])), ("strided", np.repeat(good, 2)[::2]),
    ]:
        ok(f"{fid}-{arg}-{tag}", lambda c, v=value: call(c, v))


# ---------------------------------------------------------------------------
# utils (package) and utils.style
# ---------------------------------------------------------------------------

ok("setup_book-twice", lambda c: (setup_book(), setup_book()))
bad("setup_book-positional", lambda c: setup_book(True), TypeError, "setup_book")
bad("font_paths-keyword", lambda c: font_paths(family="x"), TypeError, "family")
ok("font_paths", lambda c: font_paths(), check=lambda r, c: len(r) == 2)

# ---------------------------------------------------------------------------
# utils.datasets
# ---------------------------------------------------------------------------

for _name, _fn in [("make_cricket_data", make_cricket_data), ("make_smooth_data", make_smooth_data),
                   ("make_linear_data", make_linear_data)]:
    int_cases(_name, "n", lambda c, v, f=_fn: f(n=v), high=10_000_000)
    positive_cases(_name, "noise", lambda c, v, f=_fn: f(n=5, noise=v))
    seed_cases(_name, lambda c, v, f=_fn: f(n=5, seed=v))
    bad(f"{_name}-typo", lambda c, f=_fn: f(n=5, nosie=1.0), TypeError, "nosie")
    bad(f"{_name}-huge-noise", lambda c, f=_fn: f(n=200, noise=1e308), ValueError, "noise")
    ok(f"{_name}-one-example", lambda c, f=_fn: f(n=1), check=lambda r, c: r[0].shape == (1,))

real_cases("make_linear_data", "w", lambda c, v: make_linear_data(n=5, w=v))
real_cases("make_linear_data", "b", lambda c, v: make_linear_data(n=5, b=v))
bad("make_linear_data-huge-w", lambda c: make_linear_data(n=50, w=1e308, b=1e308), ValueError, "w")
bool_cases("make_smooth_data", "sort", lambda c, v: make_smooth_data(n=5, sort=v))
ok("make_smooth_data-sorted", lambda c: make_smooth_data(n=30, sort=True),
   check=lambda r, c: bool(np.all(np.diff(r[0]) >= 0)))

int_cases("make_grouped_data", "num_groups", lambda c, v: make_grouped_data(num_groups=v))
int_cases("make_grouped_data", "group_size", lambda c, v: make_grouped_data(group_size=v))
positive_cases("make_grouped_data", "jitter", lambda c, v: make_grouped_data(jitter=v))
positive_cases("make_grouped_data", "noise", lambda c, v: make_grouped_data(noise=v))
seed_cases("make_grouped_data", lambda c, v: make_grouped_data(seed=v))
bad("make_grouped_data-too-many", lambda c: make_grouped_data(num_groups=10**6, group_size=10**6),
    ValueError, "group_size")

int_cases("make_drifting_data", "n", lambda c, v: make_drifting_data(n=v), low=2)
real_cases("make_drifting_data", "drift", lambda c, v: make_drifting_data(n=5, drift=v))
positive_cases("make_drifting_data", "noise", lambda c, v: make_drifting_data(n=5, noise=v))
seed_cases("make_drifting_data", lambda c, v: make_drifting_data(n=5, seed=v))
bad("make_drifting_data-huge-drift", lambda c: make_drifting_data(n=200, drift=1e308, noise=1e308),
    ValueError, "drift")

for _tag, _value, _exc in [("str", "0.5", TypeError), ("none", None, TypeError),
                           ("complex", 0.5j, TypeError), ("bool", True, TypeError),
                           ("nan", np.nan, ValueError), ("list-nan", [0.0, np.nan], ValueError),
                           ("empty", [], ValueError), ("history", H, TypeError),
                           ("huge", [1e308], ValueError)]:
    bad(f"smooth_function-X-{_tag}", lambda c, v=_value: smooth_function(v), _exc, "X")
ok("smooth_function-np-float32", lambda c: smooth_function(np.float32(0.25)),
   check=lambda r, c: _close(r, 1.0))
ok("smooth_function-column", lambda c: smooth_function(X1[:, None]),
   check=lambda r, c: r.shape == (N, 1) and _close(r[:, 0], np.sin(2 * np.pi * X1)))
ok("smooth_function-series", lambda c: smooth_function(pd.Series([0.0, 0.25])),
   check=lambda r, c: _close(r, [0.0, 1.0]))

# ---------------------------------------------------------------------------
# utils.losses
# ---------------------------------------------------------------------------

array_cases("predict", "X", lambda c, v: predict(v, w=1.0, b=0.0), X1)
real_cases("predict", "b", lambda c, v: predict(X1, w=1.0, b=v))
real_cases("predict", "w", lambda c, v: predict(X1, w=v, b=0.0), array_ok=True)
bad("predict-w-count", lambda c: predict(X2, w=[1.0], b=0.0), ValueError, "w")
bad("predict-w-count-3", lambda c: predict(X2, w=[1.0, 2.0, 3.0], b=0.0), ValueError, "w")
bad("predict-w-2d", lambda c: predict(X2, w=[[1.0, 2.0]], b=0.0), ValueError, "w")
bad("predict-w-history", lambda c: predict(X1, w=H, b=0.0), TypeError, "w")
bad("predict-overflow", lambda c: predict([1e308], w=10.0, b=0.0), ValueError, "X", "w")
bad("predict-swapped-w-X", lambda c: predict(1.0, X1, 0.0), BOTH, "X")
bad("predict-missing-b", lambda c: predict(X1, 1.0), TypeError, "b")
bad("predict-typo", lambda c: predict(X1, w=1.0, bias=0.0), TypeError, "bias")
ok("predict-dataframe", lambda c: predict(pd.DataFrame(X2), w=[1.0, 1.0], b=1.0),
   check=lambda r, c: _close(r, X2.sum(axis=1) + 1))
ok("predict-column", lambda c: predict(X1[:, None], w=2.0, b=1.0),
   check=lambda r, c: _close(r, 2 * X1 + 1))
ok("predict-0d-w", lambda c: predict(X1, w=np.array(2.0), b=np.float32(1.0)),
   check=lambda r, c: _close(r, 2 * X1 + 1))
ok("predict-fortran", lambda c: predict(np.asfortranarray(X2), w=np.array([1, 2]), b=0),
   check=lambda r, c: _close(r, X2 @ [1, 2]))

for _name, _fn in [("squared_loss", squared_loss), ("mse", mse), ("rmse", rmse),
                   ("r2_score", r2_score)]:
    array_cases(_name, "y", lambda c, v, f=_fn: f(v, Y1), Y1)
    array_cases(_name, "y_pred", lambda c, v, f=_fn: f(Y1, v), Y1)
    bad(f"{_name}-lengths", lambda c, f=_fn: f(Y1, Y1[:-1]), ValueError, "y", "y_pred")
    bad(f"{_name}-3-vs-1", lambda c, f=_fn: f([1.0, 2.0, 3.0], [1.0]), ValueError, "y_pred")
    bad(f"{_name}-2d-y_pred", lambda c, f=_fn: f(Y1, np.tile(Y1, (2, 1))), ValueError, "y_pred")
    bad(f"{_name}-overflow", lambda c, f=_fn: f([1e200, -1e200], [0.0, 0.0]), ValueError, "y")
    ok(f"{_name}-column", lambda c, f=_fn: f(Y1[:, None], Y1[:, None]))
    ok(f"{_name}-one-example", lambda c, f=_fn: f([2.0], [2.0]))
    ok(f"{_name}-series-misaligned-index",
       lambda c, f=_fn: f(pd.Series(Y1), pd.Series(Y1, index=np.arange(N)[::-1])),
       check=lambda r, c, f=_fn: _close(r, f(Y1, Y1)))
ok("mse-value", lambda c: mse([3.0, 5.0], [1.0, 5.0]), check=lambda r, c: r == 2.0)
ok("r2-constant-perfect", lambda c: r2_score([1.0, 1.0], [1.0, 1.0]), check=lambda r, c: r == 1.0)

array_cases("mse_gradient", "X", lambda c, v: mse_gradient(v, Y1, 0.0, 0.0), X1)
array_cases("mse_gradient", "y", lambda c, v: mse_gradient(X1, v, 0.0, 0.0), Y1)
real_cases("mse_gradient", "b", lambda c, v: mse_gradient(X1, Y1, 0.0, v))
bad("mse_gradient-lengths", lambda c: mse_gradient(X1, Y1[:-1], 0.0, 0.0), ValueError, "X", "y")
bad("mse_gradient-transposed", lambda c: mse_gradient(X2.T, Y1, [0, 0], 0.0), ValueError, "X.T")
bad("mse_gradient-w-count", lambda c: mse_gradient(X2, Y1, 0.0, 0.0), ValueError, "w")
bad("mse_gradient-overflow", lambda c: mse_gradient([1e200, 2e200], [1, 2], 1.0, 0.0),
    ValueError, "X")
ok("mse_gradient-scalar-for-scalar-w", lambda c: mse_gradient(X1, Y1, np.float32(0), 0),
   check=lambda r, c: isinstance(r[0], float))

array_cases("mse_grid", "w_values", lambda c, v: mse_grid(X1, Y1, v, BS), WS)
array_cases("mse_grid", "b_values", lambda c, v: mse_grid(X1, Y1, WS, v), BS)
array_cases("mse_grid", "X", lambda c, v: mse_grid(v, Y1, WS, BS), X1)
bad("mse_grid-two-features", lambda c: mse_grid(X2, Y1, WS, BS), ValueError, "X")
bad("mse_grid-too-big", lambda c: mse_grid(X1, Y1, np.zeros(100_000), np.zeros(100_000)),
    ValueError, "w_values", "b_values")
bad("mse_grid-overflow", lambda c: mse_grid([1e200, 2e200], [1, 2], [0, 1], [0, 1]),
    ValueError, "X")
ok("mse_grid-shape", lambda c: mse_grid(X1[:, None], Y1[:, None], WS, BS),
   check=lambda r, c: r.shape == (5, 7) and _close(r, GRID))

# ---------------------------------------------------------------------------
# utils.optim and utils.history
# ---------------------------------------------------------------------------

array_cases("least_squares", "X", lambda c, v: least_squares(v, Y1), X1, two_d_ok=True)
array_cases("least_squares", "y", lambda c, v: least_squares(X1, v), Y1)
bad("least_squares-lengths", lambda c: least_squares(X1[:-1], Y1), ValueError, "X", "y")
bad("least_squares-transposed", lambda c: least_squares(X2.T, Y1), ValueError, "X.T")
ok("least_squares-scalar-for-1d", lambda c: least_squares(X1, 3 * X1 + 2),
   check=lambda r, c: isinstance(r[0], float) and _close(r, (3.0, 2.0)))
ok("least_squares-column", lambda c: least_squares(X1[:, None], 3 * X1 + 2),
   check=lambda r, c: r[0].shape == (1,) and _close(r[0], [3.0]))
ok("least_squares-one-example", lambda c: least_squares([2.0], [5.0]),
   check=lambda r, c: np.isfinite(r[0]) and _close(2 * r[0] + r[1], 5.0))
ok("least_squares-constant-feature", lambda c: least_squares(np.ones(5), np.arange(5.0)),
   check=lambda r, c: _close(r[0] + r[1], 2.0))
ok("least_squares-float32", lambda c: least_squares(X1.astype(np.float32), 3 * X1 + 2),
   check=lambda r, c: _close(r, (3.0, 2.0), 1e-4))
ok("least_squares-pandas", lambda c: least_squares(pd.DataFrame(X2), pd.Series(Y1)),
   check=lambda r, c: r[0].shape == (2,))

_gd = gradient_descent
array_cases("gradient_descent", "X", lambda c, v: _gd(v, Y1, 0.1, num_steps=3), X1, two_d_ok=True)
array_cases("gradient_descent", "y", lambda c, v: _gd(X1, v, 0.1, num_steps=3), Y1)
positive_cases("gradient_descent", "learning_rate", lambda c, v: _gd(X1, Y1, v, num_steps=3))
int_cases("gradient_descent", "num_steps", lambda c, v: _gd(X1, Y1, 0.1, num_steps=v),
          high=10_000_000)
positive_cases("gradient_descent", "tol", lambda c, v: _gd(X1, Y1, 0.1, num_steps=3, tol=v),
               none_ok=True)
real_cases("gradient_descent", "w0", lambda c, v: _gd(X1, Y1, 0.1, num_steps=3, w0=v), array_ok=True)
real_cases("gradient_descent", "b0", lambda c, v: _gd(X1, Y1, 0.1, num_steps=3, b0=v))
bad("gradient_descent-divergence_factor-below-1",
    lambda c: _gd(X1, Y1, 0.1, divergence_factor=0.5), ValueError, "divergence_factor")
bad("gradient_descent-divergence_factor-str",
    lambda c: _gd(X1, Y1, 0.1, divergence_factor="1e6"), TypeError, "divergence_factor")
bad("gradient_descent-w0-count", lambda c: _gd(X2, Y1, 0.1, w0=[0.0]), ValueError, "w0")
bad("gradient_descent-lengths", lambda c: _gd(X1, Y1[:5], 0.1), ValueError, "X", "y")
bad("gradient_descent-transposed", lambda c: _gd(X2.T, Y1, 0.1), ValueError, "X.T")
bad("gradient_descent-no-learning_rate", lambda c: _gd(X1, Y1), TypeError, "learning_rate")
bad("gradient_descent-typo", lambda c: _gd(X1, Y1, 0.1, num_step=3), TypeError, "num_step")
bad("gradient_descent-lr-in-num_steps", lambda c: _gd(X1, Y1, 0.1, 0.01), TypeError, "num_steps")
ok("gradient_descent-huge-X-diverges", lambda c: _gd([1e300, -1e300], [1.0, 2.0], 0.1),
   check=lambda r, c: r.diverged and r.num_steps == 0)
ok("gradient_descent-one-example", lambda c: _gd([1.0], [3.0], 0.1, num_steps=500, tol=1e-12),
   check=lambda r, c: r.converged and _close(r.w_final + r.b_final, 3.0, 1e-4))
ok("gradient_descent-dataframe", lambda c: _gd(pd.DataFrame(X2), pd.Series(Y1), 0.1, num_steps=5),
   check=lambda r, c: r.w.shape == (6, 2))
ok("gradient_descent-column-y", lambda c: _gd(X1, Y1[:, None], 0.1, num_steps=5),
   check=lambda r, c: r.w.shape == (6,) and isinstance(r.w_final, float))
ok("gradient_descent-float32",
   lambda c: _gd(X1.astype(np.float32), Y1.astype(np.float32), np.float32(0.5), num_steps=5),
   check=lambda r, c: _close(r.loss, _gd(X1, Y1, 0.5, num_steps=5).loss, 1e-4))
ok("gradient_descent-diverges", lambda c: _gd(X1, Y1, 50.0, num_steps=100),
   check=lambda r, c: r.diverged and np.all(np.isfinite(r.loss)))
ok("gradient_descent-tiny-rate", lambda c: _gd(X1, Y1, 1e-300, num_steps=3))
ok("gradient_descent-constant-X", lambda c: _gd(np.ones(N), Y1, 0.1, num_steps=5))

_mb = minibatch_sgd


def _mb5(X, y, learning_rate, **kw):
    return _mb(X, y, learning_rate, batch_size=kw.pop("batch_size", 5), **kw)


for _name, _fn in [("minibatch_sgd", _mb5), ("sgd", sgd)]:
    array_cases(_name, "X", lambda c, v, f=_fn: f(v, Y1, 0.1), X1, two_d_ok=True)
    array_cases(_name, "y", lambda c, v, f=_fn: f(X1, v, 0.1), Y1)
    positive_cases(_name, "learning_rate", lambda c, v, f=_fn: f(X1, Y1, v))
    int_cases(_name, "num_epochs", lambda c, v, f=_fn: f(X1, Y1, 0.1, num_epochs=v))
    seed_cases(_name, lambda c, v, f=_fn: f(X1, Y1, 0.1, seed=v))
    real_cases(_name, "w0", lambda c, v, f=_fn: f(X1, Y1, 0.1, w0=v), array_ok=True)
    real_cases(_name, "b0", lambda c, v, f=_fn: f(X1, Y1, 0.1, b0=v))
    bad(f"{_name}-lengths", lambda c, f=_fn: f(X1, Y1[1:], 0.1), ValueError, "X", "y")
    bad(f"{_name}-divergence_factor", lambda c, f=_fn: f(X1, Y1, 0.1, divergence_factor=0.0),
        ValueError, "divergence_factor")
    bad(f"{_name}-typo", lambda c, f=_fn: f(X1, Y1, 0.1, num_epoch=2), TypeError, "num_epoch",
        "num_epochs")
ok("minibatch_sgd-one-example", lambda c: _mb([1.0], [2.0], 0.1, batch_size=1, num_epochs=3),
   check=lambda r, c: r.num_steps == 3)
ok("sgd-one-example", lambda c: sgd([1.0], [2.0], 0.1, num_epochs=3),
   check=lambda r, c: r.num_steps == 3)
int_cases("minibatch_sgd", "batch_size", lambda c, v: minibatch_sgd(X1, Y1, 0.1, batch_size=v),
          high=N)
bad("minibatch_sgd-too-many-steps",
    lambda c: minibatch_sgd(X1, Y1, 0.1, batch_size=1, num_epochs=9_000_000), ValueError,
    "num_epochs")
ok("minibatch_sgd-batch-n-is-gd", lambda c: minibatch_sgd(X1, Y1, 0.1, batch_size=N, num_epochs=4),
   check=lambda r, c: _close(r.w, _gd(X1, Y1, 0.1, num_steps=4).w))

_mq = minimize_quadratic
positive_cases("minimize_quadratic", "curvature", lambda c, v: _mq(v, 0.1, num_steps=3))
positive_cases("minimize_quadratic", "learning_rate", lambda c, v: _mq(4.0, v, num_steps=3))
positive_cases("minimize_quadratic", "tol", lambda c, v: _mq(4.0, 0.1, num_steps=3, tol=v),
               none_ok=True)
int_cases("minimize_quadratic", "num_steps", lambda c, v: _mq(4.0, 0.1, num_steps=v),
          high=10_000_000)
real_cases("minimize_quadratic", "w0", lambda c, v: _mq(4.0, 0.1, w0=v, num_steps=3),
           good=(np.float32(0.5), np.int64(-2)))
bad("minimize_quadratic-w0-zero", lambda c: _mq(4.0, 0.1, w0=0.0), ValueError, "w0")
bad("minimize_quadratic-w0-neg-zero", lambda c: _mq(4.0, 0.1, w0=-0.0), ValueError, "w0")
bad("minimize_quadratic-w0-huge", lambda c: _mq(4.0, 0.1, w0=1e308), ValueError, "w0")
bad("minimize_quadratic-divergence_factor", lambda c: _mq(4.0, 0.1, divergence_factor=0.99),
    ValueError, "divergence_factor")
ok("minimize_quadratic-huge-curvature", lambda c: _mq(1e300, 1.0, num_steps=5),
   check=lambda r, c: r.diverged)

_qs = quadratic_steps_to_converge
positive_cases("quadratic_steps_to_converge", "curvature", lambda c, v: _qs(v, 0.1))
positive_cases("quadratic_steps_to_converge", "learning_rate", lambda c, v: _qs(4.0, v))
positive_cases("quadratic_steps_to_converge", "tol", lambda c, v: _qs(4.0, 0.1, tol=v))
real_cases("quadratic_steps_to_converge", "w0", lambda c, v: _qs(4.0, 0.1, w0=v))
ok("quadratic_steps_to_converge-extreme", lambda c: _qs(4.0, 0.1, w0=1e308, tol=1e-308),
   check=lambda r, c: isinstance(r, int) and r > 0)
ok("quadratic_steps_to_converge-agrees", lambda c: _qs(4.0, 0.03),
   check=lambda r, c: r == _mq(4.0, 0.03, num_steps=1000, tol=0.005).steps_to_converge)


def _history(**changes):
    fields = {"w": [0.0, 1.0], "b": [0.0, 0.5], "loss": [2.0, 1.0], "examples_seen": [0, 4],
              "learning_rate": 0.1, "batch_size": 4}
    fields.update(changes)
    return History(**fields)


for _field in ("b", "loss", "examples_seen"):
    bad(f"History-{_field}-length", lambda c, f=_field: _history(**{f: [0.0]}), ValueError, _field)
    bad(f"History-{_field}-str", lambda c, f=_field: _history(**{f: "ab"}), TypeError, _field)
    bad(f"History-{_field}-nan", lambda c, f=_field: _history(**{f: [0.0, np.nan]}), ValueError,
        _field)
for _tag, _value, _exc in [("str", "ab", TypeError), ("none", None, TypeError),
                           ("3d", np.zeros((2, 1, 1)), ValueError),
                           ("nan", [0.0, np.nan], ValueError), ("empty", [], ValueError),
                           ("complex", [0j, 1j], TypeError)]:
    bad(f"History-w-{_tag}", lambda c, v=_value: _history(w=v), _exc, "w")
bad("History-learning_rate-zero", lambda c: _history(learning_rate=0.0), ValueError,
    "learning_rate")
bad("History-batch_size-float", lambda c: _history(batch_size=4.0), TypeError, "batch_size")
bad("History-converged-str", lambda c: _history(converged="no"), TypeError, "converged")
bad("History-diverged_at-without-diverged", lambda c: _history(diverged_at=1), ValueError,
    "diverged_at")
bad("History-typo", lambda c: _history(losses=[1.0, 2.0]), TypeError, "losses")
ok("History-np-scalars", lambda c: _history(learning_rate=np.float32(0.1), batch_size=np.int64(4),
                                            converged=np.True_),
   check=lambda r, c: r.converged is True and r.w_final == 1.0 and r.num_steps == 1)
ok("History-properties", lambda c: (H.num_steps, H.steps_to_converge, H.w_final, H.b_final,
                                    H.final_loss),
   check=lambda r, c: r[0] == 30 and r[1] is None and isinstance(r[2], float))

# ---------------------------------------------------------------------------
# utils.estimator
# ---------------------------------------------------------------------------


def _fit(c, **params):
    return LinearRegressionGD(**params).fit(X1, Y1)


array_cases("LinearRegressionGD.fit", "X", lambda c, v: c.unfitted.fit(v, Y1), X1, two_d_ok=True)
array_cases("LinearRegressionGD.fit", "y", lambda c, v: c.unfitted.fit(X1, v), Y1)
array_cases("LinearRegressionGD.refit", "X", lambda c, v: c.fitted.fit(v, Y1), X1, two_d_ok=True)
positive_cases("LinearRegressionGD", "learning_rate", lambda c, v: _fit(c, learning_rate=v))
int_cases("LinearRegressionGD", "num_epochs", lambda c, v: _fit(c, num_epochs=v))
seed_cases("LinearRegressionGD", lambda c, v: _fit(c, seed=v, batch_size=5))
bool_cases("LinearRegressionGD", "standardize", lambda c, v: _fit(c, standardize=v))
for _tag, _value, _exc in [("float", 2.5, TypeError), ("str", "5", TypeError),
                           ("true", True, TypeError), ("zero", 0, ValueError),
                           ("above-n", N + 1, ValueError)]:
    bad(f"LinearRegressionGD-batch_size-{_tag}", lambda c, v=_value: _fit(c, batch_size=v), _exc,
        "batch_size")
for _tag, _value, _exc in [("unknown", "sgd", ValueError), ("upper", "GD", ValueError),
                           ("none", None, TypeError), ("int", 1, TypeError)]:
    bad(f"LinearRegressionGD-method-{_tag}", lambda c, v=_value: _fit(c, method=v), _exc, "method")
bad("LinearRegressionGD-init-typo", lambda c: LinearRegressionGD(learnig_rate=0.1), TypeError,
    "learnig_rate")
bad("LinearRegressionGD-init-positional", lambda c: LinearRegressionGD(0.1, 10, None, True, "gd",
                                                                       0, 1), TypeError,
    "LinearRegressionGD")
bad("LinearRegressionGD-fit-missing-y", lambda c: c.unfitted.fit(X1), TypeError, "y")
bad("LinearRegressionGD-fit-lengths", lambda c: c.unfitted.fit(X1, Y1[:-2]), ValueError, "X", "y")
bad("LinearRegressionGD-fit-transposed", lambda c: c.unfitted.fit(X2.T, Y1), ValueError, "X.T")
bad("LinearRegressionGD-diverges-keeps-old-fit",
    lambda c: c.fitted_gd.set_params(learning_rate=5.0, standardize=False).fit(X1 * 100, Y1),
    ValueError, "learning_rate")
bad("LinearRegressionGD-fit-huge", lambda c: LinearRegressionGD().fit([1e300, -1e300, 3.0],
                                                                     [1.0, 2.0, 3.0]),
    ValueError, "X")
bad("LinearRegressionGD-predict-unfitted", lambda c: c.unfitted.predict(X1), ValueError, "fit")
bad("LinearRegressionGD-predict-unfitted-is-NotFittedError",
    lambda c: c.unfitted.predict(X1), NotFittedError, "fit")
bad("LinearRegressionGD-score-unfitted", lambda c: c.unfitted.score(X1, Y1), ValueError, "fit")
array_cases("LinearRegressionGD.predict", "X", lambda c, v: c.fitted_gd.predict(v), X1)
bad("LinearRegressionGD-predict-features", lambda c: c.fitted.predict(X1), ValueError, "X")
bad("LinearRegressionGD-predict-one-example-1d", lambda c: c.fitted.predict([0.5, 0.25]),
    ValueError, "reshape(1, -1)")
bad("LinearRegressionGD-score-lengths", lambda c: c.fitted.score(X2, Y1[:-1]), ValueError, "X",
    "y")
bad("LinearRegressionGD-score-features", lambda c: c.fitted.score(X1, Y1), ValueError, "X")
bad("LinearRegressionGD-score-swapped", lambda c: c.fitted_gd.score(Y1, X2), ValueError, "y")
bad("LinearRegressionGD-get_params-deep", lambda c: c.unfitted.get_params(deep="yes"), TypeError,
    "deep")
bad("LinearRegressionGD-set_params-unknown", lambda c: c.fitted.set_params(learnig_rate=0.1),
    ValueError, "learnig_rate")
bad("LinearRegressionGD-set_params-positional", lambda c: c.fitted.set_params({"seed": 1}),
    TypeError, "set_params")
ok("LinearRegressionGD-pandas", lambda c: LinearRegressionGD(method="lstsq").fit(
    pd.DataFrame(X2), pd.Series(Y1)).predict(pd.DataFrame(X2)),
   check=lambda r, c: _close(r, c.fitted.predict(X2)))
ok("LinearRegressionGD-column-y", lambda c: LinearRegressionGD(method="lstsq").fit(X1, Y1[:, None]),
   check=lambda r, c: r.coef_.shape == (1,))
ok("LinearRegressionGD-constant-feature",
   lambda c: LinearRegressionGD(num_epochs=50).fit(np.ones(N), Y1).predict([1.0]),
   check=lambda r, c: _close(r, [Y1.mean()], 1e-3))
ok("LinearRegressionGD-one-example", lambda c: LinearRegressionGD().fit([2.0], [3.0]).predict([2.0]),
   check=lambda r, c: _close(r, [3.0], 1e-3))
ok("LinearRegressionGD-np-params", lambda c: LinearRegressionGD(
    learning_rate=np.float32(0.1), num_epochs=np.int64(5), batch_size=np.int64(4),
    standardize=np.True_, seed=np.uint8(1)).fit(X1, Y1))
ok("LinearRegressionGD-float32", lambda c: LinearRegressionGD(method="lstsq").fit(
    X1.astype(np.float32), (3 * X1 + 1).astype(np.float32)),
   check=lambda r, c: _close(r.coef_, [3.0], 1e-4))
ok("LinearRegressionGD-get-set-roundtrip", lambda c: LinearRegressionGD(
    **LinearRegressionGD(num_epochs=7).get_params()).set_params(),
   check=lambda r, c: r.num_epochs == 7)
ok("LinearRegressionGD-score-perfect", lambda c: c.fitted.score(X2, c.fitted.predict(X2)),
   check=lambda r, c: _close(r, 1.0))
bad("BaseEstimator-score-unfitted", lambda c: BaseEstimator().score(X1, Y1), ValueError, "fit")
ok("BaseEstimator-get_params", lambda c: BaseEstimator().get_params(), check=lambda r, c: r == {})

# ---------------------------------------------------------------------------
# utils.evaluation
# ---------------------------------------------------------------------------

for _name, _fn in [("train_test_split", train_test_split),
                   ("train_val_test_split", train_val_test_split)]:
    array_cases(_name, "X", lambda c, v, f=_fn: f(v, Y1), X1, two_d_ok=True)
    array_cases(_name, "y", lambda c, v, f=_fn: f(X1, v), Y1)
    seed_cases(_name, lambda c, v, f=_fn: f(X1, Y1, seed=v))
    bool_cases(_name, "shuffle", lambda c, v, f=_fn: f(X1, Y1, shuffle=v))
    bad(f"{_name}-lengths", lambda c, f=_fn: f(X1, Y1[:-1]), ValueError, "X", "y")
    bad(f"{_name}-one-example", lambda c, f=_fn: f([1.0], [1.0]), ValueError, "_size")
    for _tag, _value, _exc in [("count", 20, ValueError), ("zero", 0.0, ValueError),
                               ("one", 1.0, ValueError), ("negative", -0.2, ValueError),
                               ("nan", np.nan, ValueError), ("str", "0.2", TypeError),
                               ("none", None, TypeError), ("true", True, TypeError)]:
        bad(f"{_name}-test_size-{_tag}", lambda c, v=_value, f=_fn: f(X1, Y1, test_size=v), _exc,
            "test_size")
    ok(f"{_name}-test_size-np-float32", lambda c, f=_fn: f(X1, Y1, test_size=np.float32(0.25)))
    ok(f"{_name}-dataframe", lambda c, f=_fn: f(pd.DataFrame(X2), pd.Series(Y1)),
       check=lambda r, c: r[0].ndim == 2 and r[-1].ndim == 1)
    ok(f"{_name}-1d-stays-1d", lambda c, f=_fn: f(list(X1), Y1[:, None]),
       check=lambda r, c: r[0].ndim == 1 and r[-1].ndim == 1)
for _tag, _value, _exc in [("count", 5, ValueError), ("zero", 0.0, ValueError),
                           ("str", "0.2", TypeError)]:
    bad(f"train_val_test_split-val_size-{_tag}",
        lambda c, v=_value: train_val_test_split(X1, Y1, val_size=v), _exc, "val_size")
bad("train_val_test_split-sum", lambda c: train_val_test_split(X1, Y1, val_size=0.5, test_size=0.5),
    ValueError, "학습 세트")
ok("train_test_split-pairs-kept", lambda c: train_test_split(X1, 2 * X1, seed=3),
   check=lambda r, c: _close(r[2], 2 * r[0]) and _close(r[3], 2 * r[1]))

array_cases("polynomial_features", "X", lambda c, v: polynomial_features(v, 2), X1)
int_cases("polynomial_features", "degree", lambda c, v: polynomial_features(X1, v), low=0, high=100)
range_cases("polynomial_features", "domain", lambda c, v: polynomial_features(X1, 2, domain=v))
bad("polynomial_features-two-features", lambda c: polynomial_features(X2, 2), ValueError, "X")
bad("polynomial_features-degree-list", lambda c: polynomial_features(X1, [1, 2]), TypeError,
    "degree")
bad("polynomial_features-too-big", lambda c: polynomial_features(np.zeros(1_000_000), 100),
    ValueError, "degree")
ok("polynomial_features-column", lambda c: polynomial_features(X1[:, None], 2, domain=(0, 1)),
   check=lambda r, c: r.shape == (N, 3))

array_cases("PolynomialRegression.fit", "X", lambda c, v: c.poly_unfitted.fit(v, Y1), X1)
array_cases("PolynomialRegression.fit", "y", lambda c, v: c.poly_unfitted.fit(X1, v), Y1)
array_cases("PolynomialRegression.refit", "y", lambda c, v: c.poly.fit(X1, v), Y1)
int_cases("PolynomialRegression", "degree", lambda c, v: PolynomialRegression(v).fit(X1, Y1),
          low=0, high=100)
range_cases("PolynomialRegression", "domain",
            lambda c, v: PolynomialRegression(2, domain=v).fit(X1, Y1), allow_none=True)
bad("PolynomialRegression-refit-bad-degree", lambda c: c.poly.set_params(degree=-1).fit(XT, YT),
    ValueError, "degree")
bad("PolynomialRegression-two-features", lambda c: PolynomialRegression(2).fit(X2, Y1),
    ValueError, "X")
bad("PolynomialRegression-lengths", lambda c: PolynomialRegression(2).fit(X1, Y1[:3]), ValueError,
    "X", "y")
bad("PolynomialRegression-predict-unfitted", lambda c: c.poly_unfitted.predict(X1), ValueError,
    "fit")
array_cases("PolynomialRegression.predict", "X", lambda c, v: c.poly.predict(v), X1)
bad("PolynomialRegression-predict-two-features", lambda c: c.poly.predict(X2), ValueError, "X")
bad("PolynomialRegression-score-lengths", lambda c: c.poly.score(X1, Y1[:3]), ValueError, "X", "y")
bad("PolynomialRegression-init-typo", lambda c: PolynomialRegression(degre=3), TypeError, "degre")
bad("PolynomialRegression-set_params-unknown", lambda c: c.poly.set_params(degre=3), ValueError,
    "degre")
ok("PolynomialRegression-one-example", lambda c: PolynomialRegression(3).fit([0.5], [2.0]).predict(
    [0.5]), check=lambda r, c: _close(r, [2.0]))
ok("PolynomialRegression-constant-X", lambda c: PolynomialRegression(2).fit(np.ones(5), np.ones(5)))
ok("PolynomialRegression-pandas-float32", lambda c: PolynomialRegression(2).fit(
    pd.Series(X1.astype(np.float32)), pd.Series(1 + X1**2)).predict([0.5]),
   check=lambda r, c: _close(r, [1.25], 1e-5))
ok("PolynomialRegression-np-degree", lambda c: PolynomialRegression(np.int64(2)).fit(X1, Y1))

_pl = polynomial_losses
array_cases("polynomial_losses", "X_train", lambda c, v: _pl(v, Y1, XN, YN, [1]), X1)
array_cases("polynomial_losses", "y_test", lambda c, v: _pl(X1, Y1, XN, v, [1]), YN)
bad("polynomial_losses-train-lengths", lambda c: _pl(X1, Y1[:-1], XN, YN, [1]), ValueError,
    "X_train", "y_train")
bad("polynomial_losses-test-lengths", lambda c: _pl(X1, Y1, XN, YN[:-1], [1]), ValueError,
    "X_test", "y_test")
bad("polynomial_losses-X_test-2-features", lambda c: _pl(X1, Y1, np.column_stack([XN, XN]), YN,
                                                         [1]), ValueError, "X_test")
bad("polynomial_losses-degrees-int", lambda c: _pl(X1, Y1, XN, YN, 5), BOTH, "degrees")
bad("polynomial_losses-degrees-empty", lambda c: _pl(X1, Y1, XN, YN, []), ValueError, "degrees")
bad("polynomial_losses-degrees-float", lambda c: _pl(X1, Y1, XN, YN, [1, 2.5]), TypeError,
    "degrees")
bad("polynomial_losses-degrees-negative", lambda c: _pl(X1, Y1, XN, YN, [-1]), ValueError,
    "degrees")
bad("polynomial_losses-degrees-str", lambda c: _pl(X1, Y1, XN, YN, "123"), TypeError, "degrees")
range_cases("polynomial_losses", "domain", lambda c, v: _pl(X1, Y1, XN, YN, [1], domain=v),
            allow_none=True)
ok("polynomial_losses-np-degrees", lambda c: _pl(X1, Y1, XN, YN, np.arange(3)),
   check=lambda r, c: r[0].shape == (3,))

array_cases("check_squared_errors", "squared_errors", lambda c, v: check_squared_errors(v), SQ)
bad("check_squared_errors-negative", lambda c: check_squared_errors([1.0, -1.0]), ValueError,
    "squared_errors")

_rs = resample_test_loss
array_cases("resample_test_loss", "squared_errors", lambda c, v: _rs(v, 5, num_repeats=3), SQ)
bad("resample_test_loss-negative", lambda c: _rs(-SQ, 5), ValueError, "squared_errors")
int_cases("resample_test_loss", "num_test", lambda c, v: _rs(SQ, v, num_repeats=3))
int_cases("resample_test_loss", "num_repeats", lambda c, v: _rs(SQ, 5, num_repeats=v))
seed_cases("resample_test_loss", lambda c, v: _rs(SQ, 5, num_repeats=3, seed=v))
bad("resample_test_loss-fraction", lambda c: _rs(SQ, 0.2), TypeError, "num_test")
bad("resample_test_loss-swapped", lambda c: _rs(5, SQ), TypeError, "num_test")
bad("resample_test_loss-too-big", lambda c: _rs(SQ, 10**6, num_repeats=10**4), ValueError,
    "num_repeats")
bad("resample_test_loss-overflow", lambda c: _rs([1e308, 1e308], 5), ValueError, "squared_errors")
bad("resample_test_loss-test_size-name", lambda c: _rs(SQ, test_size=5), TypeError, "test_size")

# ---------------------------------------------------------------------------
# utils.plotting: loss
# ---------------------------------------------------------------------------

_curve = plot_loss_curve
array_cases("plot_loss_curve", "loss", lambda c, v: _curve(v, ax=c.ax), Y1)
array_cases("plot_loss_curve", "x", lambda c, v: _curve(Y1, x=v, ax=c.ax), X1, optional=True)
ax_cases("plot_loss_curve", lambda c, v: _curve(Y1, ax=v))
bool_cases("plot_loss_curve", "logy", lambda c, v: _curve(Y1, logy=v, ax=c.ax))
label_cases("plot_loss_curve", "xlabel", lambda c, v: _curve(Y1, xlabel=v, ax=c.ax))
label_cases("plot_loss_curve", "label", lambda c, v: _curve(Y1, label=v, ax=c.ax), allow_none=True)
bad("plot_loss_curve-history", lambda c: _curve(H, ax=c.ax), TypeError, "loss", "h.loss")
bad("plot_loss_curve-lengths", lambda c: _curve(Y1, x=X1[:-1], ax=c.ax), ValueError, "x", "loss")
bad("plot_loss_curve-logy-zero", lambda c: _curve([1.0, 0.0], logy=True, ax=c.ax), ValueError,
    "logy", "loss")
bad("plot_loss_curve-log-typo", lambda c: _curve(Y1, log=True, ax=c.ax), TypeError, "log", "logy")
bad("plot_loss_curve-line-typo", lambda c: _curve(Y1, lable="a", ax=c.ax), TypeError, "lable")
bad("plot_loss_curve-line-value", lambda c: _curve(Y1, lw="thick", ax=c.ax), ValueError, "lw")
bad("plot_loss_curve-line-ydata", lambda c: _curve(Y1, ydata=X1, ax=c.ax), TypeError, "ydata")
bad("plot_loss_curve-huge", lambda c: _curve([-1e308, 1e308], ax=c.ax), ValueError, "loss")
bad("plot_loss_curve-huge-x", lambda c: _curve([1.0, 2.0], x=[0, 1e308], ax=c.ax), ValueError, "x")
ok("plot_loss_curve-current-axes", lambda c: _curve(Y1), figures=True,
   check=lambda r, c: r is plt.gca() and len(r.lines) == 1)
ok("plot_loss_curve-keras-list", lambda c: _curve([0.5, 0.25, 0.125], ax=c.ax, logy=np.True_),
   check=lambda r, c: r is c.ax and r.get_yscale() == "log")
ok("plot_loss_curve-examples-seen", lambda c: _curve(H.loss, x=H.examples_seen, ax=c.ax),
   check=lambda r, c: _close(r.lines[0].get_xdata(), H.examples_seen))

_bowl = plot_loss_bowl
array_cases("plot_loss_bowl", "w_values", lambda c, v: _bowl(v, Y1, ax=c.ax), X1)
array_cases("plot_loss_bowl", "loss_values", lambda c, v: _bowl(X1, v, ax=c.ax), Y1)
array_cases("plot_loss_bowl", "w_path", lambda c, v: _bowl(X1, Y1, v, Y1, ax=c.ax), X1,
            optional=True)
ax_cases("plot_loss_bowl", lambda c, v: _bowl(X1, Y1, ax=v))
label_cases("plot_loss_bowl", "ylabel", lambda c, v: _bowl(X1, Y1, ylabel=v, ax=c.ax))
label_cases("plot_loss_bowl", "path_label", lambda c, v: _bowl(X1, Y1, X1, Y1, path_label=v,
                                                              ax=c.ax), allow_none=True)
bad("plot_loss_bowl-lengths", lambda c: _bowl(X1, Y1[1:], ax=c.ax), ValueError, "w_values",
    "loss_values")
bad("plot_loss_bowl-path-lengths", lambda c: _bowl(X1, Y1, X1, Y1[1:], ax=c.ax), ValueError,
    "w_path", "loss_path")
bad("plot_loss_bowl-w_path-alone", lambda c: _bowl(X1, Y1, w_path=X1, ax=c.ax), ValueError,
    "w_path", "loss_path")
bad("plot_loss_bowl-loss_path-alone", lambda c: _bowl(X1, Y1, loss_path=Y1, ax=c.ax), ValueError,
    "w_path", "loss_path")
bad("plot_loss_bowl-history-path", lambda c: _bowl(X1, Y1, H, H.loss, ax=c.ax), TypeError,
    "w_path")
bad("plot_loss_bowl-unsorted", lambda c: _bowl(X1[::-1].copy()[np.r_[1, 0, 2:N]], Y1, ax=c.ax),
    ValueError, "w_values")
bad("plot_loss_bowl-color", lambda c: _bowl(X1, Y1, X1, Y1, color="notacolor", ax=c.ax), ValueError,
    "color")
ok("plot_loss_bowl-np-color", lambda c: _bowl(X1, Y1, X1, Y1, color=(0.1, 0.2, 0.3), ax=c.ax),
   check=lambda r, c: len(r.lines) == 2)

_contour = plot_loss_contour
array_cases("plot_loss_contour", "w_path", lambda c, v: _contour(WS, BS, GRID, v, X1, ax=c.ax), X1,
            optional=True)
array_cases("plot_loss_contour", "b_path", lambda c, v: _contour(WS, BS, GRID, X1, v, ax=c.ax), X1,
            optional=True)
ax_cases("plot_loss_contour", lambda c, v: _contour(WS, BS, GRID, ax=v))
for _tag, _value, _exc in [("zero", 0, ValueError), ("negative", -3, ValueError),
                           ("float", 2.5, TypeError), ("str", "10", TypeError),
                           ("none", None, TypeError), ("true", True, TypeError),
                           ("huge", 1000, ValueError)]:
    bad(f"plot_loss_contour-levels-{_tag}", lambda c, v=_value: _contour(WS, BS, GRID, levels=v,
                                                                        ax=c.ax), _exc, "levels")
ok("plot_loss_contour-levels-np", lambda c: _contour(WS, BS, GRID, levels=np.int64(5), ax=c.ax))
bad("plot_loss_contour-transposed", lambda c: _contour(WS, BS, GRID.T, ax=c.ax), ValueError,
    "loss_grid", "loss_grid.T")
bad("plot_loss_contour-grid-1d", lambda c: _contour(WS, BS, GRID.ravel(), ax=c.ax), ValueError,
    "loss_grid")
bad("plot_loss_contour-grid-nan", lambda c: _contour(WS, BS, np.where(GRID > 5, np.nan, GRID),
                                                     ax=c.ax), ValueError, "loss_grid")
bad("plot_loss_contour-grid-negative", lambda c: _contour(WS, BS, GRID - 100, ax=c.ax), ValueError,
    "loss_grid")
bad("plot_loss_contour-grid-str", lambda c: _contour(WS, BS, "grid", ax=c.ax), TypeError,
    "loss_grid")
bad("plot_loss_contour-grid-history", lambda c: _contour(WS, BS, H, ax=c.ax), TypeError,
    "loss_grid")
bad("plot_loss_contour-grid-constant", lambda c: _contour(WS, BS, np.ones((5, 7)), ax=c.ax),
    ValueError, "loss_grid")
bad("plot_loss_contour-w-unsorted", lambda c: _contour(WS[::-1], BS, GRID, ax=c.ax), ValueError,
    "w_values")
bad("plot_loss_contour-w-one", lambda c: _contour([1.0], BS, GRID[:, :1], ax=c.ax), ValueError,
    "w_values")
bad("plot_loss_contour-w_path-alone", lambda c: _contour(WS, BS, GRID, w_path=X1, ax=c.ax),
    ValueError, "b_path")
bad("plot_loss_contour-history-as-path", lambda c: _contour(WS, BS, GRID, H, H.b, ax=c.ax),
    TypeError, "w_path")
bad("plot_loss_contour-marker", lambda c: _contour(WS, BS, GRID, marker="zz", ax=c.ax), ValueError,
    "marker")
bad("plot_loss_contour-marker-int", lambda c: _contour(WS, BS, GRID, marker=1, ax=c.ax), TypeError,
    "marker")
ok("plot_loss_contour-path", lambda c: _contour(WS, BS, GRID, H.w, H.b, ax=c.ax),
   check=lambda r, c: len(r.lines) == 2)
ok("plot_loss_contour-int-grid", lambda c: _contour([0, 1, 2], [0, 1], [[1, 2, 3], [2, 3, 4]],
                                                    ax=c.ax))

bad("check_loss_grid-transposed", lambda c: check_loss_grid(WS, BS, GRID.T), ValueError,
    "loss_grid.T")
ok("check_loss_grid-ok", lambda c: check_loss_grid(WS, BS, GRID),
   check=lambda r, c: r[2].shape == (5, 7))

# ---------------------------------------------------------------------------
# utils.plotting: chapter 1 views and plot_*
# ---------------------------------------------------------------------------

_plr = plot_learning_rate
positive_cases("plot_learning_rate", "learning_rate", lambda c, v: _plr(v, axes=c.axes))
positive_cases("plot_learning_rate", "curvature", lambda c, v: _plr(0.1, curvature=v, axes=c.axes))
positive_cases("plot_learning_rate", "tol", lambda c, v: _plr(0.1, tol=v, axes=c.axes))
int_cases("plot_learning_rate", "num_steps", lambda c, v: _plr(0.1, num_steps=v, axes=c.axes),
          high=1000)
axes_cases("plot_learning_rate", lambda c, v: _plr(0.1, axes=v))
bad("plot_learning_rate-w0-zero", lambda c: _plr(0.1, w0=0.0, axes=c.axes), ValueError, "w0")
bad("plot_learning_rate-w0-huge", lambda c: _plr(0.1, w0=1e200, axes=c.axes), ValueError, "w0")
bad("plot_learning_rate-curvature-huge", lambda c: _plr(0.1, curvature=1e300, axes=c.axes),
    ValueError, "curvature")
bad("plot_learning_rate-ax-keyword", lambda c: _plr(0.1, ax=c.ax), TypeError, "ax", "axes")
ok("plot_learning_rate-returns-axes", lambda c: _plr(np.float32(0.1)), figures=True,
   check=lambda r, c: isinstance(r, np.ndarray) and r.shape == (2,))
ok("plot_learning_rate-closed", lambda c: _plr(0.1, axes=[c.closed_ax, c.closed_ax.figure.add_subplot(
    2, 1, 2)]))

_LRV = LearningRateView
positive_cases("LearningRateView", "curvature", lambda c, v: _LRV(curvature=v, dpi=20))
dpi_cases("LearningRateView", lambda c, v: _LRV(dpi=v))
axes_cases("LearningRateView", lambda c, v: _LRV(axes=v))
bool_cases("LearningRateView", "pyplot", lambda c, v: _LRV(pyplot=v, dpi=20), figures=True)
positive_cases("LearningRateView.update", "learning_rate", lambda c, v: c.lr_view.update(v))
ok("LearningRateView-learning_rate-initial", lambda c: _LRV(learning_rate=0.1, dpi=20),
   check=lambda r, c: r.axes[0].get_title().startswith("학습률 0.1"))
bad("LearningRateView-update-missing", lambda c: c.lr_view.update(), TypeError, "learning_rate")
bad("LearningRateView-render-arg", lambda c: c.lr_view.render(1), TypeError, "render")
bad("LearningRateView-to_png-quantize", lambda c: c.lr_view.to_png(quantize="yes"), TypeError,
    "quantize")
ok("LearningRateView-render-to_png", lambda c: (c.lr_view.update(0.3), c.lr_view.render(),
                                                c.lr_view.to_png(quantize=np.True_))[-1],
   check=lambda r, c: r.startswith(b"\x89PNG"))

_pbs = plot_batch_size
array_cases("plot_batch_size", "X", lambda c, v: _pbs(v, Y1, 5, axes=c.axes), X1)
array_cases("plot_batch_size", "y", lambda c, v: _pbs(X1, v, 5, axes=c.axes), Y1)
int_cases("plot_batch_size", "batch_size", lambda c, v: _pbs(X1, Y1, v, axes=c.axes), high=N)
positive_cases("plot_batch_size", "learning_rate",
               lambda c, v: _pbs(X1, Y1, 5, learning_rate=v, axes=c.axes))
int_cases("plot_batch_size", "num_epochs", lambda c, v: _pbs(X1, Y1, 5, num_epochs=v, axes=c.axes),
          high=1000)
seed_cases("plot_batch_size", lambda c, v: _pbs(X1, Y1, 5, seed=v, axes=c.axes))
axes_cases("plot_batch_size", lambda c, v: _pbs(X1, Y1, 5, axes=v))
bad("plot_batch_size-two-features", lambda c: _pbs(X2, Y1, 5, axes=c.axes), ValueError, "X")
bad("plot_batch_size-lengths", lambda c: _pbs(X1, Y1[:-1], 5, axes=c.axes), ValueError, "X", "y")
bad("plot_batch_size-missing-batch", lambda c: _pbs(X1, Y1, axes=c.axes), TypeError, "batch_size")
bad("plot_batch_size-huge", lambda c: _pbs([1e300, -1e300], [1e300, 0.0], 1, axes=c.axes),
    ValueError, "X")
bad("plot_batch_size-too-much", lambda c: _pbs(np.zeros(20_000), np.zeros(20_000), 5,
                                               num_epochs=100, axes=c.axes), ValueError,
    "num_epochs")
ok("plot_batch_size-returns-axes", lambda c: _pbs(X1, Y1, np.int64(5)), figures=True,
   check=lambda r, c: isinstance(r, np.ndarray) and r.shape == (2,))
ok("plot_batch_size-one-example", lambda c: _pbs([1.0], [2.0], 1, axes=c.axes))
ok("plot_batch_size-column-pandas", lambda c: _pbs(pd.DataFrame(X1), pd.Series(Y1), 4, axes=c.axes))

_BSV = BatchSizeView
int_cases("BatchSizeView", "max_points", lambda c, v: _BSV(X1, Y1, max_points=v, dpi=20), low=2,
          high=100_000)
dpi_cases("BatchSizeView", lambda c, v: _BSV(X1, Y1, dpi=v))
int_cases("BatchSizeView.update", "batch_size", lambda c, v: c.bs_view.update(v), high=N)
int_cases("BatchSizeView", "batch_size", lambda c, v: _BSV(X1, Y1, batch_size=v, dpi=20), high=N,
          none_ok=True)

_pfit = plot_fit
array_cases("plot_fit", "X", lambda c, v: _pfit(v, Y1, 1.0, 0.0, ax=c.ax), X1)
array_cases("plot_fit", "y", lambda c, v: _pfit(X1, v, 1.0, 0.0, ax=c.ax), Y1)
real_cases("plot_fit", "w", lambda c, v: _pfit(X1, Y1, v, 0.0, ax=c.ax))
real_cases("plot_fit", "b", lambda c, v: _pfit(X1, Y1, 1.0, v, ax=c.ax))
ax_cases("plot_fit", lambda c, v: _pfit(X1, Y1, 1.0, 0.0, ax=v))
label_cases("plot_fit", "xlabel", lambda c, v: _pfit(X1, Y1, 1.0, 0.0, xlabel=v, ax=c.ax))
label_cases("plot_fit", "line_label", lambda c, v: _pfit(X1, Y1, 1.0, 0.0, line_label=v, ax=c.ax),
            allow_none=True)
bad("plot_fit-two-features", lambda c: _pfit(X2, Y1, 1.0, 0.0, ax=c.ax), ValueError, "X")
bad("plot_fit-lengths", lambda c: _pfit(X1, Y1[:3], 1.0, 0.0, ax=c.ax), ValueError, "X", "y")
bad("plot_fit-w-as-tuple", lambda c: _pfit(X1, Y1, (1.0, 0.0), ax=c.ax), TypeError, "b")
bad("plot_fit-w-as-tuple-with-b", lambda c: _pfit(X1, Y1, (1.0, 0.0), 0.0, ax=c.ax), TypeError,
    "w")
bad("plot_fit-huge-w", lambda c: _pfit(X1, Y1, 1e308, 0.0, ax=c.ax), ValueError, "w")
bad("plot_fit-huge-X", lambda c: _pfit([0.0, 1e308], [0.0, 1.0], 1.0, 0.0, ax=c.ax), ValueError,
    "X")
bad("plot_fit-color", lambda c: _pfit(X1, Y1, 1.0, 0.0, color="nocolor", ax=c.ax), ValueError,
    "color")
ok("plot_fit-one-example", lambda c: _pfit([1.0], [2.0], 1.0, 1.0, ax=c.ax),
   check=lambda r, c: "MSE = 0" in r.get_title())
ok("plot_fit-constant", lambda c: _pfit(np.ones(5), np.ones(5), 0.0, 1.0, ax=c.ax))
ok("plot_fit-series", lambda c: _pfit(pd.Series(X1), pd.Series(Y1), np.float32(2.0), np.int64(1),
                                      ax=c.ax), check=lambda r, c: r is c.ax)
ok("plot_fit-current-axes", lambda c: _pfit(X1, Y1, 1.0, 0.0), figures=True,
   check=lambda r, c: r is plt.gca())

dpi_cases("FitView", lambda c, v: FitView(X1, Y1, dpi=v))
ax_cases("FitView", lambda c, v: FitView(X1, Y1, ax=v))
for _tag, _value, _exc in [("scalar", 1.0, TypeError), ("three", (1.0, 2.0, 3.0), TypeError),
                           ("str", "ab", TypeError), ("nan", (np.nan, 0.0), ValueError),
                           ("w-str", ("1", 0.0), TypeError), ("huge", (1e308, 0.0), ValueError),
                           ("dict", {"w": 1, "b": 0}, TypeError)]:
    bad(f"FitView.update-params-{_tag}", lambda c, v=_value: c.fit_view.update(v), _exc, "params")
ok("FitView.update-np", lambda c: c.fit_view.update(np.array([np.float32(2.0), 1.0])))
ok("FitView-params-initial", lambda c: FitView(X1, Y1, params=(2.0, 1.0), dpi=20),
   check=lambda r, c: r.axes[0].get_title().startswith("w = 2"))

# ---------------------------------------------------------------------------
# utils.plotting: chapter 3
# ---------------------------------------------------------------------------

_ppf = plot_polynomial_fit
array_cases("plot_polynomial_fit", "X_train", lambda c, v: _ppf(c.poly, v, Y1, ax=c.ax), X1)
array_cases("plot_polynomial_fit", "y_train", lambda c, v: _ppf(c.poly, X1, v, ax=c.ax), Y1)
array_cases("plot_polynomial_fit", "X_test", lambda c, v: _ppf(c.poly, X1, Y1, v, Y1, ax=c.ax), X1,
            optional=True)
ax_cases("plot_polynomial_fit", lambda c, v: _ppf(c.poly, XT, YT, ax=v))
range_cases("plot_polynomial_fit", "x_range", lambda c, v: _ppf(c.poly, XT, YT, x_range=v, ax=c.ax))
range_cases("plot_polynomial_fit", "ylim", lambda c, v: _ppf(c.poly, XT, YT, ylim=v, ax=c.ax),
            allow_none=True)
label_cases("plot_polynomial_fit", "fit_label", lambda c, v: _ppf(c.poly, XT, YT, fit_label=v,
                                                                  ax=c.ax), allow_none=True)
label_cases("plot_polynomial_fit", "xlabel", lambda c, v: _ppf(c.poly, XT, YT, xlabel=v, ax=c.ax))
bad("plot_polynomial_fit-model-none", lambda c: _ppf(None, XT, YT, ax=c.ax), TypeError, "model")
bad("plot_polynomial_fit-model-class", lambda c: _ppf(PolynomialRegression, XT, YT, ax=c.ax),
    TypeError, "model")
bad("plot_polynomial_fit-model-unfitted", lambda c: _ppf(c.poly_unfitted, XT, YT, ax=c.ax),
    ValueError, "model", "fit")
bad("plot_polynomial_fit-model-array", lambda c: _ppf(XT, XT, YT, ax=c.ax), TypeError, "model")
bad("plot_polynomial_fit-swapped-model", lambda c: _ppf(XT, c.poly, YT, ax=c.ax), TypeError,
    "model")
bad("plot_polynomial_fit-test-alone", lambda c: _ppf(c.poly, XT, YT, X_test=XN, ax=c.ax),
    ValueError, "y_test")
bad("plot_polynomial_fit-test-lengths", lambda c: _ppf(c.poly, XT, YT, XN, YN[:-1], ax=c.ax),
    ValueError, "X_test", "y_test")
bad("plot_polynomial_fit-true-not-callable", lambda c: _ppf(c.poly, XT, YT, true_function=YT,
                                                            ax=c.ax), TypeError, "true_function")
bad("plot_polynomial_fit-true-scalar", lambda c: _ppf(c.poly, XT, YT, true_function=lambda x: 0.0,
                                                      ax=c.ax), ValueError, "true_function")
bad("plot_polynomial_fit-predict-wrong-length",
    lambda c: _ppf(type("M", (), {"predict": lambda self, x: x[:3]})(), XT, YT, ax=c.ax),
    ValueError, "model.predict")
ok("plot_polynomial_fit-true", lambda c: _ppf(c.poly, XT, YT, XN, YN, true_function=smooth_function,
                                              ax=c.ax), check=lambda r, c: len(r.lines) == 2)
ok("plot_polynomial_fit-current-axes", lambda c: _ppf(c.poly, XT, YT), figures=True)

_pld = plot_loss_vs_degree
for _tag, _value, _exc in [("int", 3, BOTH), ("empty", [], ValueError),
                           ("float", [0, 1.5, 2], TypeError), ("negative", [-1, 0, 1], ValueError),
                           ("str", "012", TypeError), ("unsorted", [2, 0, 1], ValueError),
                           ("duplicate", [0, 1, 1], ValueError), ("2d", np.zeros((3, 1), int),
                                                                  ValueError)]:
    bad(f"plot_loss_vs_degree-degrees-{_tag}",
        lambda c, v=_value: _pld(v, [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], ax=c.ax), _exc, "degrees")
array_cases("plot_loss_vs_degree", "train_losses",
            lambda c, v: _pld(range(N), v, Y1, ax=c.ax, logy=False), Y1)
array_cases("plot_loss_vs_degree", "test_losses",
            lambda c, v: _pld(range(N), Y1, v, ax=c.ax, logy=False), Y1)
bad("plot_loss_vs_degree-lengths", lambda c: _pld([0, 1, 2], [1.0, 2.0], [1.0, 2.0, 3.0], ax=c.ax),
    ValueError, "train_losses", "degrees")
bad("plot_loss_vs_degree-logy-zero", lambda c: _pld([0, 1], [0.0, 1.0], [1.0, 1.0], ax=c.ax),
    ValueError, "logy", "train_losses")
int_cases("plot_loss_vs_degree", "highlight", lambda c, v: _pld([0, 1, 2], [1.0, 2.0, 3.0],
                                                                [1.0, 2.0, 3.0], highlight=v,
                                                                ax=c.ax), low=0, none_ok=True)
bool_cases("plot_loss_vs_degree", "logy", lambda c, v: _pld([0, 1], [1.0, 2.0], [1.0, 2.0], logy=v,
                                                           ax=c.ax))
ax_cases("plot_loss_vs_degree", lambda c, v: _pld([0, 1], [1.0, 2.0], [1.0, 2.0], ax=v))
ok("plot_loss_vs_degree-arrays", lambda c: _pld(np.arange(3), np.array([3, 2, 1]), [3.0, 2.5, 4.0],
                                                highlight=np.int64(1), ax=c.ax),
   check=lambda r, c: len(r.lines) == 3)

_psp = plot_split
array_cases("plot_split", "X_train", lambda c, v: _psp(v, Y1, XN, YN, ax=c.ax), X1)
array_cases("plot_split", "y_test", lambda c, v: _psp(X1, Y1, XN, v, ax=c.ax), YN)
bad("plot_split-train-lengths", lambda c: _psp(X1, Y1[:4], XN, YN, ax=c.ax), ValueError, "X_train",
    "y_train")
bad("plot_split-test-lengths", lambda c: _psp(X1, Y1, XN[:4], YN, ax=c.ax), ValueError, "X_test",
    "y_test")
bad("plot_split-2-features", lambda c: _psp(X2, Y1, XN, YN, ax=c.ax), ValueError, "X_train")
bad("plot_split-missing-test", lambda c: _psp(X1, Y1, ax=c.ax), TypeError, "X_test")
ax_cases("plot_split", lambda c, v: _psp(X1, Y1, XN, YN, ax=v))
ok("plot_split-pandas", lambda c: _psp(pd.Series(X1), pd.DataFrame(Y1), XN[:, None], YN, ax=c.ax),
   check=lambda r, c: len(r.collections) == 2)

_pcx = plot_complexity
array_cases("plot_complexity", "X_train", lambda c, v: _pcx(v, Y1, XN, YN, 2, max_degree=3,
                                                           axes=c.axes), X1)
array_cases("plot_complexity", "y_test", lambda c, v: _pcx(XT, YT, XN, v, 2, max_degree=3,
                                                          axes=c.axes), YN)
int_cases("plot_complexity", "degree", lambda c, v: _pcx(XT, YT, XN, YN, v, max_degree=3,
                                                        axes=c.axes), low=0, high=3)
int_cases("plot_complexity", "max_degree", lambda c, v: _pcx(XT, YT, XN, YN, 0, max_degree=v,
                                                            axes=c.axes), low=0, high=30)
range_cases("plot_complexity", "domain", lambda c, v: _pcx(XT, YT, XN, YN, 1, max_degree=2,
                                                          domain=v, axes=c.axes))
axes_cases("plot_complexity", lambda c, v: _pcx(XT, YT, XN, YN, 1, max_degree=2, axes=v))
bad("plot_complexity-true-function", lambda c: _pcx(XT, YT, XN, YN, 1, true_function="sin",
                                                    axes=c.axes), TypeError, "true_function")
bad("plot_complexity-2-features", lambda c: _pcx(X2, Y1, XN, YN, 1, axes=c.axes), ValueError,
    "X_train")
bad("plot_complexity-test-lengths", lambda c: _pcx(XT, YT, XN, YN[:-1], 1, axes=c.axes),
    ValueError, "X_test", "y_test")
bad("plot_complexity-degrees-list", lambda c: _pcx(XT, YT, XN, YN, [1, 2], axes=c.axes), TypeError,
    "degree")
ok("plot_complexity-returns-axes", lambda c: _pcx(XT, YT, XN, YN, np.int64(2), max_degree=4),
   figures=True, check=lambda r, c: isinstance(r, np.ndarray) and r.shape == (2,))
ok("plot_complexity-one-train-example", lambda c: _pcx([0.5], [0.0], XN, YN, 1, max_degree=2,
                                                       axes=c.axes))

_CXV = ComplexityView
int_cases("ComplexityView.update", "degree", lambda c, v: c.cx_view.update(v), low=0, high=5)
dpi_cases("ComplexityView", lambda c, v: _CXV(XT, YT, XN, YN, max_degree=2, degree=1, dpi=v))
bad("ComplexityView-degree-above-max", lambda c: _CXV(XT, YT, XN, YN, max_degree=2, degree=3),
    ValueError, "degree")

_pes = plot_estimate_spread
for _tag, _value, _exc in [("int", 10, BOTH), ("empty", [], ValueError), ("zero", [0, 10, 100],
                                                                          ValueError),
                           ("float", [5, 50.5, 500], TypeError), ("unsorted", [50, 5, 500],
                                                                  ValueError),
                           ("duplicate", [5, 5, 500], ValueError)]:
    bad(f"plot_estimate_spread-num_tests-{_tag}", lambda c, v=_value: _pes(v, EST, ax=c.ax), _exc,
        "num_tests")
bad("plot_estimate_spread-transposed", lambda c: _pes([5, 50, 500], EST.T, ax=c.ax), ValueError,
    "estimates", "estimates.T")
bad("plot_estimate_spread-1d", lambda c: _pes([5, 50, 500], EST[0], ax=c.ax), ValueError,
    "estimates")
bad("plot_estimate_spread-nan", lambda c: _pes([5, 50, 500], np.where(EST > 1.2, np.nan, EST),
                                               ax=c.ax), ValueError, "estimates")
bad("plot_estimate_spread-str", lambda c: _pes([5, 50, 500], "EST", ax=c.ax), TypeError,
    "estimates")
bad("plot_estimate_spread-history", lambda c: _pes([5, 50, 500], H, ax=c.ax), TypeError,
    "estimates")
real_cases("plot_estimate_spread", "true_loss", lambda c, v: _pes([5, 50, 500], EST, true_loss=v,
                                                                  ax=c.ax))
ax_cases("plot_estimate_spread", lambda c, v: _pes([5, 50, 500], EST, ax=v))
label_cases("plot_estimate_spread", "label", lambda c, v: _pes([5, 50, 500], EST, label=v, ax=c.ax),
            allow_none=True)
ok("plot_estimate_spread-lists", lambda c: _pes((5, 50, 500), EST.tolist(), ax=c.ax),
   check=lambda r, c: r.get_xscale() == "log")

_peh = plot_estimate_histogram
array_cases("plot_estimate_histogram", "estimates", lambda c, v: _peh(v, ax=c.ax), EST[0])
for _tag, _value, _exc in [("zero", 0, ValueError), ("negative", -1, ValueError),
                           ("float", 2.5, TypeError), ("edges", [0.0, 1.0, 2.0], TypeError),
                           ("huge", 10**6, ValueError), ("str", "10", TypeError)]:
    bad(f"plot_estimate_histogram-bins-{_tag}", lambda c, v=_value: _peh(EST[0], bins=v, ax=c.ax),
        _exc, "bins")
range_cases("plot_estimate_histogram", "value_range",
            lambda c, v: _peh(EST[0], value_range=v, ax=c.ax), allow_none=True)
real_cases("plot_estimate_histogram", "true_loss", lambda c, v: _peh(EST[0], true_loss=v, ax=c.ax))
ax_cases("plot_estimate_histogram", lambda c, v: _peh(EST[0], ax=v))
bad("plot_estimate_histogram-huge", lambda c: _peh([1e308, -1e308], ax=c.ax), ValueError,
    "estimates")
ok("plot_estimate_histogram-constant", lambda c: _peh(np.ones(10), bins=np.int64(3), ax=c.ax),
   check=lambda r, c: len(r.patches) == 3)
ok("plot_estimate_histogram-one", lambda c: _peh([1.0], ax=c.ax))

_pts = plot_test_size
array_cases("plot_test_size", "squared_errors", lambda c, v: _pts(v, 5, num_tests=(5, 10),
                                                                 num_repeats=5, axes=c.axes), SQ)
bad("plot_test_size-negative", lambda c: _pts(-SQ, 5, axes=c.axes), ValueError, "squared_errors")
bad("plot_test_size-num_test-not-listed", lambda c: _pts(SQ, 7, axes=c.axes), ValueError,
    "num_test", "num_tests")
bad("plot_test_size-num_test-fraction", lambda c: _pts(SQ, 0.2, axes=c.axes), TypeError, "num_test")
int_cases("plot_test_size", "num_repeats", lambda c, v: _pts(SQ, 5, num_tests=(5, 10),
                                                            num_repeats=v, axes=c.axes),
          high=10_000)
seed_cases("plot_test_size", lambda c, v: _pts(SQ, 5, num_tests=(5, 10), num_repeats=5, seed=v,
                                               axes=c.axes))
axes_cases("plot_test_size", lambda c, v: _pts(SQ, 5, num_tests=(5, 10), num_repeats=5, axes=v))
for _tag, _value, _exc in [("int", 10, BOTH), ("empty", [], ValueError),
                           ("duplicate", [5, 5], ValueError), ("unsorted", [10, 5], ValueError),
                           ("zero", [0, 5], ValueError), ("huge", [5, 10**6], ValueError),
                           ("float", [5, 7.5], TypeError)]:
    bad(f"plot_test_size-num_tests-{_tag}", lambda c, v=_value: _pts(SQ, 5, num_tests=v,
                                                                    axes=c.axes), _exc, "num_tests")
ok("plot_test_size-returns-axes", lambda c: _pts(SQ, np.int64(5), num_tests=[5, 10], num_repeats=5),
   figures=True, check=lambda r, c: isinstance(r, np.ndarray) and r.shape == (2,))
ok("plot_test_size-zero-errors", lambda c: _pts(np.zeros(10), 5, num_tests=[5], num_repeats=5,
                                                axes=c.axes))

int_cases("TestSizeView.update", "num_test", lambda c, v: c.ts_view.update(v), good=[np.int64(50)])
bad("TestSizeView.update-not-listed", lambda c: c.ts_view.update(7), ValueError, "num_test")
dpi_cases("TestSizeView", lambda c, v: TestSizeView(SQ, num_tests=(5,), num_repeats=5, dpi=v))

# ---------------------------------------------------------------------------
# utils.engine
# ---------------------------------------------------------------------------

for _tag, _value, _exc in [("none", None, TypeError), ("int", 5, TypeError), ("str", "abc", TypeError),
                           ("empty", [], ValueError), ("seventeen", range(17), ValueError),
                           ("dict", {1: 2}, TypeError)]:
    bad(f"check_frames-{_tag}", lambda c, v=_value: check_frames(v), _exc, "frames")
ok("check_frames-generator", lambda c: check_frames(x for x in range(16)),
   check=lambda r, c: len(r) == 16)
dpi_cases("check_dpi", lambda c, v: check_dpi(v))
for _tag, _args, _exc, _name in [
    ("interval-zero", (0, "a", "b"), ValueError, "interval"),
    ("interval-str", ("500", "a", "b"), TypeError, "interval"),
    ("interval-nan", (np.nan, "a", "b"), ValueError, "interval"),
    ("alt-none", (500, None, "b"), TypeError, "alt"),
    ("alt-empty", (500, "  ", "b"), ValueError, "alt"),
    ("name-int", (500, "a", 5), TypeError, "name"),
]:
    bad(f"check_animation-{_tag}", lambda c, a=_args: check_animation(*a), _exc, _name)
ok("check_animation-np", lambda c: check_animation(np.int64(500), "a", "b"))

bad("BlitView-nrows-zero", lambda c: BlitView(nrows=0), ValueError, "nrows")
bad("BlitView-nrows-float", lambda c: BlitView(nrows=1.5), TypeError, "nrows")
bad("BlitView-figsize-str", lambda c: BlitView(figsize="big"), TypeError, "figsize")
bad("BlitView-figsize-zero", lambda c: BlitView(figsize=(0, 4)), ValueError, "figsize")
bad("BlitView-figsize-nan", lambda c: BlitView(figsize=(np.nan, 4)), ValueError, "figsize")
dpi_cases("BlitView", lambda c, v: BlitView(dpi=v))
ax_cases("BlitView", lambda c, v: BlitView(axes=v))
bad("BlitView-freeze-int", lambda c: BlitView().freeze(5), TypeError, "dynamic")
bad("BlitView-freeze-not-artists", lambda c: BlitView().freeze(["line"]), TypeError, "dynamic")
bad("BlitView-update-abstract", lambda c: BlitView().update(1), NotImplementedError, "update")
ok("BlitView-render-before-freeze", lambda c: BlitView(figsize=(2, 2), dpi=20).render())
ok("BlitView-np-figsize", lambda c: BlitView(figsize=np.array([2, 2]), dpi=np.float32(20)))

for _tag, _value, _exc in [("str", "view", TypeError), ("none", None, TypeError),
                           ("class", LearningRateView, TypeError)]:
    bad(f"animate_view-view-{_tag}", lambda c, v=_value: animate_view(v, [0.1]), _exc, "view")
bad("animate_view-given-axes", lambda c: animate_view(c.lr_view_on_axes, [0.1]), ValueError,
    "view")
bad("animate_view-frames-17", lambda c: animate_view(c.lr_view, [0.1] * 17), ValueError, "frames")
bad("animate_view-frames-scalar", lambda c: animate_view(c.lr_view, 0.1), TypeError, "frames")
bad("animate_view-interval", lambda c: animate_view(c.lr_view, [0.1], interval=-1), ValueError,
    "interval")
bad("animate_view-alt", lambda c: animate_view(c.lr_view, [0.1], alt=None), TypeError, "alt")
bad("animate_view-bad-frame", lambda c: animate_view(c.lr_view, [0.1, "x"]), TypeError,
    "learning_rate")
ok("animate_view-np-frames", lambda c: animate_view(c.lr_view, np.array([0.1, 0.2]),
                                                    interval=np.int64(100)),
   check=lambda r, c: isinstance(r, Animation) and r.num_frames == 2)

bad("image_explorer-view", lambda c: image_explorer("view", c.slider), TypeError, "view")
bad("image_explorer-controls-none", lambda c: image_explorer(c.lr_view, None), TypeError,
    "controls")
bad("image_explorer-controls-empty", lambda c: image_explorer(c.lr_view, []), BOTH, "controls")
bad("image_explorer-controls-number", lambda c: image_explorer(c.lr_view, 0.1), TypeError,
    "controls")
bad("image_explorer-two-without-value", lambda c: image_explorer(
    c.lr_view, [c.slider, widgets.FloatSlider()]), TypeError, "value")
bad("image_explorer-value-not-callable", lambda c: image_explorer(c.lr_view, c.slider, value=0.1),
    TypeError, "value")
bad("image_explorer-name", lambda c: image_explorer(c.lr_view, c.slider, name=""), ValueError,
    "name")
bad("image_explorer-wrong-control", lambda c: image_explorer(c.cx_view, c.slider), TypeError,
    "degree")
ok("image_explorer-ok", lambda c: image_explorer(c.lr_view, c.slider, "학습률"),
   check=lambda r, c: repr(r) == "학습률(슬라이더와 그림)")

for _tag, _args, _exc, _name in [
    ("html-int", (5, PNG, "a", 1), TypeError, "html"),
    ("html-no-img", ("<div></div>", PNG, "a", 1), ValueError, "html"),
    ("png-str", (HTML, "png", "a", 1), TypeError, "png"),
    ("png-not-png", (HTML, b"GIF89a", "a", 1), ValueError, "png"),
    ("alt-empty", (HTML, PNG, "", 1), ValueError, "alt"),
    ("frames-zero", (HTML, PNG, "a", 0), ValueError, "num_frames"),
    ("frames-17", (HTML, PNG, "a", 17), ValueError, "num_frames"),
    ("frames-float", (HTML, PNG, "a", 1.0), TypeError, "num_frames"),
]:
    bad(f"Animation-{_tag}", lambda c, a=_args: Animation(*a), _exc, _name)
ok("Animation-ok", lambda c: Animation(HTML, PNG, "그림", np.int64(1), name="탐색기"),
   check=lambda r, c: set(r._repr_mimebundle_()) == {"text/html", "image/png", "text/plain"})

# ---------------------------------------------------------------------------
# utils.widgets
# ---------------------------------------------------------------------------

positive_cases("explore_learning_rate", "curvature", lambda c, v: explore_learning_rate(curvature=v))
int_cases("explore_learning_rate", "num_steps", lambda c, v: explore_learning_rate(num_steps=v),
          high=1000, good=[np.int64(5)])
bad("explore_learning_rate-w0", lambda c: explore_learning_rate(w0=0), ValueError, "w0")
bad("explore_learning_rate-typo", lambda c: explore_learning_rate(learning_rate=0.1), TypeError,
    "learning_rate")

_alr = animate_learning_rate
for _tag, _value, _exc in [("scalar", 0.1, TypeError), ("empty", [], ValueError),
                           ("seventeen", [0.1] * 17, ValueError), ("negative", [0.1, -0.1],
                                                                   ValueError),
                           ("str", ["0.1"], TypeError), ("nan", [np.nan], ValueError)]:
    bad(f"animate_learning_rate-learning_rates-{_tag}", lambda c, v=_value: _alr(v, dpi=20), _exc,
        "learning_rates")
dpi_cases("animate_learning_rate", lambda c, v: _alr([0.1], dpi=v))
for _tag, _value, _exc in [("zero", 0, ValueError), ("str", "1s", TypeError),
                           ("huge", 1e9, ValueError)]:
    bad(f"animate_learning_rate-interval-{_tag}", lambda c, v=_value: _alr([0.1], interval=v),
        _exc, "interval")
label_cases("animate_learning_rate", "alt", lambda c, v: _alr([0.1], alt=v, dpi=20),
            allow_none=True)
bad("animate_learning_rate-alt-empty", lambda c: _alr([0.1], alt="", dpi=20), ValueError, "alt")
bad("animate_learning_rate-curvature", lambda c: _alr([0.1], curvature=-4, dpi=20), ValueError,
    "curvature")
ok("animate_learning_rate-np", lambda c: _alr(np.array([0.1, 0.5]), dpi=np.int64(20)),
   check=lambda r, c: r.num_frames == 2 and "0.1" in r.alt)

_ebs = explore_batch_size
array_cases("explore_batch_size", "X", lambda c, v: _ebs(v, Y1), X1)
bad("explore_batch_size-lengths", lambda c: _ebs(X1, Y1[:-1]), ValueError, "X", "y")
positive_cases("explore_batch_size", "learning_rate", lambda c, v: _ebs(X1, Y1, learning_rate=v))
int_cases("explore_batch_size", "num_epochs", lambda c, v: _ebs(X1, Y1, num_epochs=v), high=1000)
seed_cases("explore_batch_size", lambda c, v: _ebs(X1, Y1, seed=v))
ok("explore_batch_size-one-example", lambda c: _ebs([1.0], [2.0]),
   check=lambda r, c: list(r.children[0].options) == [1])

_abs = animate_batch_size
for _tag, _value, _exc in [("int", 5, TypeError), ("empty", [], ValueError),
                           ("zero", [0, 5], ValueError), ("above-n", [5, N + 1], ValueError),
                           ("float", [2.5], TypeError), ("seventeen", [1] * 17, ValueError)]:
    bad(f"animate_batch_size-batch_sizes-{_tag}", lambda c, v=_value: _abs(X1, Y1, v, dpi=20),
        _exc, "batch_sizes")
bad("animate_batch_size-2-features", lambda c: _abs(X2, Y1, [1, 5]), ValueError, "X")
bad("animate_batch_size-lengths", lambda c: _abs(X1, Y1[:-1], [1, 5]), ValueError, "X", "y")
dpi_cases("animate_batch_size", lambda c, v: _abs(X1, Y1, [1, 5], dpi=v))
ok("animate_batch_size-np", lambda c: _abs(X1, Y1, np.array([1, 20]), dpi=20),
   check=lambda r, c: r.num_frames == 2)

_efit = explore_fit
array_cases("explore_fit", "X", lambda c, v: _efit(v, Y1), X1)
range_cases("explore_fit", "w_range", lambda c, v: _efit(X1, Y1, w_range=v))
range_cases("explore_fit", "b_range", lambda c, v: _efit(X1, Y1, b_range=v))
label_cases("explore_fit", "xlabel", lambda c, v: _efit(X1, Y1, xlabel=v))
bad("explore_fit-2-features", lambda c: _efit(X2, Y1), ValueError, "X")

_afit = animate_fit
for _tag, _value, _exc in [("one-pair", (1.0, 2.0), TypeError), ("empty", [], ValueError),
                           ("three-values", [(1.0, 2.0, 3.0)], TypeError),
                           ("str", [("a", 1.0)], TypeError), ("nan", [(np.nan, 1.0)], ValueError),
                           ("seventeen", [(0.0, 0.0)] * 17, ValueError),
                           ("huge", [(1e308, 0.0)], ValueError)]:
    bad(f"animate_fit-params-{_tag}", lambda c, v=_value: _afit(X1, Y1, v, dpi=20), _exc, "params")
bad("animate_fit-missing-params", lambda c: _afit(X1, Y1), TypeError, "params")
dpi_cases("animate_fit", lambda c, v: _afit(X1, Y1, [(0.0, 1.0)], dpi=v))
ok("animate_fit-array", lambda c: _afit(X1, Y1, np.array([[0.0, 1.0], [2.0, 1.0]]), dpi=20),
   check=lambda r, c: r.num_frames == 2)
ok("animate_fit-history", lambda c: _afit(X1, Y1, list(zip(H.w[::10], H.b[::10], strict=True)),
                                          dpi=20), check=lambda r, c: r.num_frames == 4)

_ecx = explore_complexity
array_cases("explore_complexity", "X_test", lambda c, v: _ecx(XT, YT, v, YN), XN)
int_cases("explore_complexity", "max_degree", lambda c, v: _ecx(XT, YT, XN, YN, max_degree=v,
                                                               degree=0), low=0, high=30)
int_cases("explore_complexity", "degree", lambda c, v: _ecx(XT, YT, XN, YN, max_degree=4, degree=v),
          low=0, high=4)
range_cases("explore_complexity", "domain", lambda c, v: _ecx(XT, YT, XN, YN, max_degree=2,
                                                             degree=1, domain=v))
bad("explore_complexity-true_function", lambda c: _ecx(XT, YT, XN, YN, true_function=5), TypeError,
    "true_function")

_acx = animate_complexity
for _tag, _value, _exc in [("int", 5, BOTH), ("empty", [], ValueError), ("above", [1, 31],
                                                                         ValueError),
                           ("negative", [-1], ValueError), ("float", [1.5], TypeError),
                           ("seventeen", list(range(17)), ValueError),
                           ("str", "123", TypeError)]:
    bad(f"animate_complexity-degrees-{_tag}", lambda c, v=_value: _acx(XT, YT, XN, YN, v, dpi=20),
        _exc, "degrees")
dpi_cases("animate_complexity", lambda c, v: _acx(XT, YT, XN, YN, [1], dpi=v))
bad("animate_complexity-2-features", lambda c: _acx(np.column_stack([XT, XT]), YT, XN, YN, [1]),
    ValueError, "X_train")
ok("animate_complexity-np", lambda c: _acx(XT, YT, XN, YN, np.array([0, 2]), dpi=20),
   check=lambda r, c: r.num_frames == 2)

_ets = explore_test_size
array_cases("explore_test_size", "squared_errors", lambda c, v: _ets(v, num_tests=[5],
                                                                    num_repeats=5), SQ)
for _tag, _value, _exc in [("int", 10, BOTH), ("empty", [], ValueError),
                           ("duplicate", [5, 5], ValueError), ("unsorted", [10, 5], ValueError)]:
    bad(f"explore_test_size-num_tests-{_tag}", lambda c, v=_value: _ets(SQ, num_tests=v), _exc,
        "num_tests")
int_cases("explore_test_size", "num_repeats", lambda c, v: _ets(SQ, num_tests=[5], num_repeats=v),
          high=10_000)
seed_cases("explore_test_size", lambda c, v: _ets(SQ, num_tests=[5], num_repeats=5, seed=v))

_ats = animate_test_size
for _tag, _value, _exc in [("int", 10, BOTH), ("empty", [], ValueError),
                           ("seventeen", list(range(1, 18)), ValueError),
                           ("unsorted", [10, 5], ValueError)]:
    bad(f"animate_test_size-num_tests-{_tag}", lambda c, v=_value: _ats(SQ, v, dpi=20), _exc,
        "num_tests")
dpi_cases("animate_test_size", lambda c, v: _ats(SQ, [5], num_repeats=5, dpi=v))
ok("animate_test_size-np", lambda c: _ats(SQ, np.array([5, 10]), num_repeats=np.int64(5), dpi=20),
   check=lambda r, c: r.num_frames == 2)


# ---------------------------------------------------------------------------
# The harness
# ---------------------------------------------------------------------------

HANGUL = re.compile("[가-힣]")


@pytest.fixture
def ctx(book_style):
    return Ctx()


@pytest.mark.parametrize("case", CASES)
def test_reader_mistake(case, ctx):
    before = set(plt.get_fignums())
    out, err = io.StringIO(), io.StringIO()
    raised = result = None
    with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stdout(out), \
            contextlib.redirect_stderr(err):
        warnings.simplefilter("always")
        try:
            result = case.call(ctx)
        except Exception as exc:  # noqa: BLE001 - every exception is judged below
            raised = exc
    assert not caught, [f"{w.category.__name__}: {w.message}" for w in caught]
    assert out.getvalue() == err.getvalue() == "", "printed something"
    new_figures = set(plt.get_fignums()) - before - ctx.fignums
    if isinstance(case, Bad):
        assert raised is not None, f"accepted: returned {result!r:.80}"
        assert isinstance(raised, case.exc), f"{type(raised).__name__}: {raised}"
        message = str(raised)
        assert HANGUL.search(message), message
        for name in case.names:
            assert name in message, f"{name!r} not in: {message}"
        assert "야 한다" in message, f"does not say what to change: {message}"
        assert not new_figures, "opened a figure before failing"
        for ax, state in ctx.axes_seen.values():
            assert _ax_state(ax) == state, "drew on a given Axes before failing"
        for obj, state in ctx.objects:
            assert _obj_state(obj) == state, f"{type(obj).__name__} changed by a failed call"
    else:
        assert raised is None, f"{type(raised).__name__}: {raised}"
        if not case.figures:
            assert not new_figures, "opened a pyplot figure"
        if case.check is not None:
            assert case.check(result, ctx), f"wrong result: {result!r:.200}"


def test_the_table_is_broad():
    assert len(CASES) > 1000


def test_failed_set_params_changes_nothing():
    model = LinearRegressionGD(num_epochs=5)
    with pytest.raises(ValueError, match="bogus"):
        model.set_params(num_epochs=3, bogus=1)
    assert model.num_epochs == 5


def test_failed_refit_keeps_the_previous_fit():
    model = LinearRegressionGD(learning_rate=0.1, num_epochs=20).fit(X1, Y1)
    coef, intercept = model.coef_.copy(), model.intercept_
    with pytest.raises(ValueError, match="learning_rate"):
        model.set_params(learning_rate=5.0, standardize=False).fit(X1 * 100, Y1)
    assert np.array_equal(model.coef_, coef) and model.intercept_ == intercept
