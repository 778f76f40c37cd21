import warnings

import numpy as np
import pytest

from utils.datasets import make_cricket_data, make_linear_data
from utils.optim import (
    gradient_descent,
    least_squares,
    minibatch_sgd,
    minimize_quadratic,
    quadratic_steps_to_converge,
    sgd,
)


@pytest.fixture
def cricket():
    X, y = make_cricket_data(n=50, seed=0)
    return (X - X.mean()) / X.std(), y


def _reference_sgd(X, y, learning_rate, batch_size, num_epochs, seed):
    """Plain per-batch loop, the definition minibatch_sgd must reproduce."""
    rng = np.random.default_rng(seed)
    w = b = 0.0
    path = [(w, b)]
    for _ in range(num_epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            idx = order[start : start + batch_size]
            r = w * X[idx] + b - y[idx]
            w, b = w - learning_rate * 2 * np.mean(r * X[idx]), b - learning_rate * 2 * np.mean(r)
            path.append((w, b))
    return np.array(path)


def test_least_squares_matches_polyfit():
    X, y = make_cricket_data(n=50, seed=0)
    w, b = least_squares(X, y)
    slope, intercept = np.polyfit(X, y, 1)
    assert isinstance(w, float) and isinstance(b, float)  # 1-D X: floats, like np.polyfit
    assert w == pytest.approx(slope) and b == pytest.approx(intercept)
    w2, b2 = least_squares(X[:, None], y)  # 2-D X: one weight per feature
    assert w2.shape == (1,) and w2[0] == pytest.approx(slope) and b2 == pytest.approx(b)


def test_gradient_descent_reaches_closed_form_to_three_decimals(cricket):
    X, y = cricket
    w_star, b_star = least_squares(X, y)
    h = gradient_descent(X, y, learning_rate=0.1, num_steps=200, tol=1e-10)
    assert h.converged and not h.diverged and h.num_steps < 200
    assert isinstance(h.w_final, float)
    assert round(h.w_final, 3) == round(w_star, 3)
    assert round(h.b_final, 3) == round(b_star, 3)
    assert np.all(np.diff(h.loss) <= 1e-12)  # convex + small rate: loss never rises


def test_history_shapes_and_post_start(cricket):
    X, y = cricket
    h = gradient_descent(X, y, learning_rate=0.1, num_steps=10)
    assert h.w.shape == (11,) and h.b.shape == (11,) and h.loss.shape == (11,)
    assert h.w[0] == 0.0 and h.b[0] == 0.0
    h2 = gradient_descent(X[:, None], y, learning_rate=0.1, num_steps=10)  # 2-D X
    assert h2.w.shape == (11, 1) and h2.w_final.shape == (1,)
    np.testing.assert_allclose(h2.w[:, 0], h.w)
    assert h.loss[0] == pytest.approx(np.mean(y**2))
    assert h.examples_seen[-1] == 10 * 50
    assert not h.converged and h.steps_to_converge is None


def test_gradient_descent_detects_divergence_without_warnings(cricket):
    X, y = cricket
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        h = gradient_descent(X, y, learning_rate=1.5, num_steps=10_000)
        h_raw = gradient_descent(make_cricket_data(seed=0)[0], y, 0.01, num_steps=10_000)
    assert h.diverged and h.diverged_at is not None and h.num_steps == h.diverged_at - 1
    assert np.all(np.isfinite(h.loss))
    assert h_raw.diverged  # raw chirps: a rate that is fine after scaling blows up


def test_quadratic_diverges_above_two_over_curvature_and_converges_below():
    curvature = 4.0
    for rate in (0.49, 0.3, 0.25, 0.1, 0.03):
        h = minimize_quadratic(curvature, rate, num_steps=2000, tol=1e-6)
        assert h.converged and not h.diverged
    for rate in (0.51, 1.0):
        h = minimize_quadratic(curvature, rate, num_steps=2000, tol=1e-6)
        assert h.diverged and not h.converged
    h = minimize_quadratic(curvature, 0.5, num_steps=50, tol=1e-6)  # exactly 2/f'': oscillates
    assert not h.converged and not h.diverged and np.allclose(np.abs(h.w), 1.0)


@pytest.mark.parametrize("rate", [0.03, 0.1, 0.2, 0.25, 0.3, 0.45])
def test_quadratic_steps_match_formula(rate):
    h = minimize_quadratic(4.0, rate, num_steps=1000, tol=0.005)
    assert h.steps_to_converge == quadratic_steps_to_converge(4.0, rate, tol=0.005)


def test_quadratic_playground_numbers():
    steps = [quadratic_steps_to_converge(4.0, r, tol=0.005) for r in (0.03, 0.1, 0.25, 1.0)]
    assert steps == [42, 11, 1, None]


@pytest.mark.parametrize("batch_size", [1, 7, 50])
def test_minibatch_sgd_equals_plain_loop(cricket, batch_size):
    X, y = cricket
    h = minibatch_sgd(X, y, 0.05, batch_size=batch_size, num_epochs=3, seed=4)
    ref = _reference_sgd(X, y, 0.05, batch_size, 3, seed=4)
    assert np.allclose(np.c_[h.w, h.b], ref, atol=1e-12)
    assert h.batch_loss.shape == (h.num_steps,)
    assert h.examples_seen[-1] == 150 and h.epoch_loss.shape == (4,)


def test_minibatch_with_full_batch_equals_gradient_descent(cricket):
    X, y = cricket
    full = gradient_descent(X, y, learning_rate=0.1, num_steps=5)
    mini = minibatch_sgd(X, y, learning_rate=0.1, batch_size=50, num_epochs=5, seed=1)
    assert np.allclose(full.w, mini.w) and np.allclose(full.b, mini.b)
    assert np.allclose(full.loss, mini.loss)


def test_sgd_loss_is_the_full_data_mse(cricket):
    X, y = cricket
    h = sgd(X, y, 0.01, num_epochs=1, seed=0)
    k = 17
    assert h.loss[k] == pytest.approx(np.mean((h.w[k] * X + h.b[k] - y) ** 2), rel=1e-10)
    assert h.batch_size == 1 and h.num_steps == 50


def test_same_seed_same_result_other_seed_differs():
    X, y = make_linear_data(n=500, seed=0)
    a = minibatch_sgd(X, y, 0.05, batch_size=10, num_epochs=2, seed=3)
    b = minibatch_sgd(X, y, 0.05, batch_size=10, num_epochs=2, seed=3)
    c = minibatch_sgd(X, y, 0.05, batch_size=10, num_epochs=2, seed=4)
    assert np.array_equal(a.w, b.w) and np.array_equal(a.loss, b.loss)
    assert not np.array_equal(a.w, c.w)


def test_minibatch_sgd_detects_divergence_without_warnings():
    X, y = make_linear_data(n=1000, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        h = minibatch_sgd(X, y, learning_rate=3.0, batch_size=10, num_epochs=5)
    assert h.diverged and h.diverged_at == h.num_steps + 1
    assert np.all(np.isfinite(h.loss)) and h.batch_loss.shape == (h.num_steps,)


def test_sgd_gets_close_on_large_data():
    X, y = make_linear_data(n=20_000, w=2.0, b=1.0, noise=0.5, seed=0)
    h = minibatch_sgd(X, y, 0.01, batch_size=100, num_epochs=2, seed=0)
    assert h.final_loss == pytest.approx(0.25, rel=0.05)


@pytest.mark.parametrize("rate", [0.0, -0.1, np.nan, np.inf])
def test_bad_learning_rate(cricket, rate):
    X, y = cricket
    for call in (
        lambda: gradient_descent(X, y, rate),
        lambda: minibatch_sgd(X, y, rate),
        lambda: minimize_quadratic(4.0, rate),
    ):
        with pytest.raises(ValueError, match="learning_rate은"):
            call()


def test_bad_batch_size(cricket):
    X, y = cricket
    with pytest.raises(ValueError, match="batch_size은"):
        minibatch_sgd(X, y, 0.1, batch_size=0)
    with pytest.raises(ValueError, match="1 이상 50 이하"):
        minibatch_sgd(X, y, 0.1, batch_size=51)
    with pytest.raises(TypeError, match="정수"):
        minibatch_sgd(X, y, 0.1, batch_size=2.5)


def test_bad_data():
    with pytest.raises(ValueError, match="길이"):
        gradient_descent([1.0, 2.0, 3.0], [1.0, 2.0], 0.1)
    with pytest.raises(ValueError, match="비어"):
        minibatch_sgd([], [], 0.1)
    with pytest.raises(ValueError, match="NaN"):
        gradient_descent([1.0, np.inf], [1.0, 2.0], 0.1)
    with pytest.raises(ValueError, match="NaN"):
        sgd([1.0, 2.0], [np.nan, 2.0], 0.1)


def test_bad_step_and_epoch_counts(cricket):
    X, y = cricket
    with pytest.raises(ValueError, match="num_steps은"):
        gradient_descent(X, y, 0.1, num_steps=0)
    with pytest.raises(ValueError, match="num_epochs은"):
        minibatch_sgd(X, y, 0.1, num_epochs=0)
    with pytest.raises(ValueError, match="num_steps은"):
        minimize_quadratic(4.0, 0.1, num_steps=-1)
    with pytest.raises(ValueError, match="tol은"):
        gradient_descent(X, y, 0.1, tol=0.0)
    with pytest.raises(ValueError, match="w0"):
        gradient_descent(X, y, 0.1, w0=[1.0, 2.0])
