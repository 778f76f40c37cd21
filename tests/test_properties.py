"""Property tests (hypothesis) for utils: the mathematical facts the chapters rely on."""

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from utils import evaluation, losses, optim
from utils.estimator import LinearRegressionGD

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
# values whose squared differences cannot underflow to 0 (that would be a float artefact)
finite = st.floats(-100, 100, allow_nan=False, allow_infinity=False).filter(
    lambda v: v == 0 or abs(v) > 1e-6
)
sizes = st.integers(2, 40)


@st.composite
def regression_data(draw, max_features: int = 3):
    n = draw(sizes)
    d = draw(st.integers(1, max_features))
    X = draw(arrays(np.float64, (n, d), elements=st.floats(-10, 10)))
    y = draw(arrays(np.float64, (n,), elements=st.floats(-10, 10)))
    return X, y


@SETTINGS
@given(st.integers(1, 30).flatmap(
    lambda n: st.tuples(arrays(np.float64, n, elements=finite),
                        arrays(np.float64, n, elements=finite))
))
def test_losses_are_non_negative_and_zero_only_at_a_perfect_fit(pair):
    y, y_pred = pair
    per_example = losses.squared_loss(y, y_pred)
    assert np.all(per_example >= 0)
    value = losses.mse(y, y_pred)
    assert value >= 0
    assert (value == 0) == bool(np.array_equal(y, y_pred))
    assert losses.mse(y, y) == 0


@SETTINGS
@given(regression_data(), st.data())
def test_analytic_gradient_matches_finite_differences(data, draw):
    X, y = data
    d = X.shape[1]
    w = np.array(draw.draw(arrays(np.float64, d, elements=st.floats(-3, 3))))
    b = draw.draw(st.floats(-3, 3))
    grad_w, grad_b = losses.mse_gradient(X, y, w, b)
    grad_w = np.atleast_1d(grad_w)

    def loss(w_, b_):
        return losses.mse(y, losses.predict(X, w_, b_))

    h = 1e-6
    for j in range(d):
        e = np.zeros(d)
        e[j] = h
        numeric = (loss(w + e, b) - loss(w - e, b)) / (2 * h)
        assert numeric == pytest.approx(grad_w[j], rel=1e-4, abs=1e-4)
    numeric_b = (loss(w, b + h) - loss(w, b - h)) / (2 * h)
    assert numeric_b == pytest.approx(grad_b, rel=1e-4, abs=1e-4)


@SETTINGS
@given(st.floats(0.01, 100), st.floats(0.001, 0.999),
       st.floats(-50, 50).filter(lambda w: abs(w) > 1e-3))
def test_descent_below_two_over_curvature_never_increases_the_loss(curvature, fraction, w0):
    learning_rate = fraction * 2 / curvature
    history = optim.minimize_quadratic(curvature, learning_rate, w0=w0, num_steps=50)
    assert not history.diverged
    assert np.all(np.diff(history.loss) <= 1e-12 * max(1.0, history.loss[0]))


@SETTINGS
@given(regression_data(max_features=2), st.floats(0.05, 0.95))
def test_linear_gradient_descent_below_the_stable_rate_never_increases_the_loss(data, fraction):
    X, y = data
    design = np.column_stack([X, np.ones(len(X))])
    curvature = 2 / len(X) * np.linalg.eigvalsh(design.T @ design).max()
    assume(curvature > 1e-6)
    history = optim.gradient_descent(X, y, learning_rate=fraction * 2 / curvature, num_steps=30)
    assert not history.diverged
    assert np.all(np.diff(history.loss) <= 1e-9 * max(1.0, history.loss[0]))


@SETTINGS
@given(st.integers(2, 500), st.floats(0.01, 0.99), st.integers(0, 2**32 - 1))
def test_split_is_a_partition(n, test_size, seed):
    X = np.arange(n, dtype=float)
    expected_test = round(n * test_size)
    if expected_test < 1 or expected_test > n - 1:
        with pytest.raises(ValueError, match="0개|비어"):
            evaluation.train_test_split(X, X, test_size=test_size, seed=seed)
        return
    X_train, X_test, y_train, y_test = evaluation.train_test_split(X, X, test_size=test_size,
                                                                   seed=seed)
    together = np.concatenate([X_train, X_test])
    assert len(X_train) >= 1 and len(X_test) >= 1
    assert sorted(together.tolist()) == list(range(n))
    np.testing.assert_array_equal(X_train, y_train)
    np.testing.assert_array_equal(X_test, y_test)


@SETTINGS
@given(regression_data(max_features=2), st.randoms(use_true_random=False))
def test_estimator_predictions_do_not_depend_on_row_order(data, random):
    X, y = data
    assume(np.linalg.matrix_rank(np.column_stack([X, np.ones(len(X))])) == X.shape[1] + 1)
    order = list(range(len(X)))
    random.shuffle(order)
    for params in ({"method": "lstsq"}, {"learning_rate": 0.1, "num_epochs": 50}):
        first = LinearRegressionGD(**params).fit(X, y).predict(X)
        second = LinearRegressionGD(**params).fit(X[order], y[order]).predict(X)
        np.testing.assert_allclose(first, second, rtol=1e-7, atol=1e-7)


BAD_INPUTS = {
    "NaN": (np.array([1.0, np.nan, 3.0]), np.array([1.0, 2.0, 3.0])),
    "inf": (np.array([1.0, 2.0, 3.0]), np.array([1.0, np.inf, 3.0])),
    "empty": (np.array([]), np.array([])),
    "mismatched": (np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0])),
}
PUBLIC_XY = {
    "losses.mse_gradient": lambda X, y: losses.mse_gradient(X, y, 0.0, 0.0),
    "optim.gradient_descent": lambda X, y: optim.gradient_descent(X, y, 0.1, num_steps=3),
    "optim.minibatch_sgd": lambda X, y: optim.minibatch_sgd(X, y, 0.1, batch_size=1),
    "optim.sgd": lambda X, y: optim.sgd(X, y, 0.1),
    "optim.least_squares": optim.least_squares,
    "evaluation.train_test_split": lambda X, y: evaluation.train_test_split(X, y, 0.5),
    "evaluation.PolynomialRegression.fit":
        lambda X, y: evaluation.PolynomialRegression(1).fit(X, y),
    "LinearRegressionGD.fit": lambda X, y: LinearRegressionGD().fit(X, y),
    "losses.mse": lambda X, y: losses.mse(y, X),
}


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=str)
@pytest.mark.parametrize("name", PUBLIC_XY, ids=str)
def test_bad_input_raises_a_clear_korean_error(name, bad):
    X, y = BAD_INPUTS[bad]
    with pytest.raises((ValueError, TypeError)) as info:
        PUBLIC_XY[name](X, y)
    message = str(info.value)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in message), message
