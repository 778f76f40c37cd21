import warnings

import numpy as np
import pytest

from utils.datasets import make_smooth_data
from utils.estimator import NotFittedError
from utils.evaluation import (
    PolynomialRegression,
    polynomial_features,
    polynomial_losses,
    resample_test_loss,
    train_test_split,
    train_val_test_split,
)


def _data(n=50):
    X = np.arange(n, dtype=float)
    return X, 10 * X + 1


# --- train_test_split -------------------------------------------------------


def test_split_is_disjoint_complete_and_keeps_pairs():
    X, y = _data(50)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, seed=3)
    assert (len(X_train), len(X_test)) == (40, 10)
    assert set(X_train).isdisjoint(X_test)
    assert sorted(np.concatenate([X_train, X_test])) == list(X)
    np.testing.assert_array_equal(y_train, 10 * X_train + 1)
    np.testing.assert_array_equal(y_test, 10 * X_test + 1)


def test_split_is_reproducible_for_a_seed_and_changes_with_it():
    X, y = _data(50)
    a = train_test_split(X, y, seed=1)
    b = train_test_split(X, y, seed=1)
    c = train_test_split(X, y, seed=2)
    for u, v in zip(a, b, strict=True):
        np.testing.assert_array_equal(u, v)
    assert not np.array_equal(a[1], c[1])


def test_split_shuffles_unless_told_not_to():
    X, y = _data(50)
    _, X_test, _, _ = train_test_split(X, y, test_size=0.2, shuffle=False)
    np.testing.assert_array_equal(X_test, X[40:])
    _, X_test, _, _ = train_test_split(X, y, test_size=0.2, shuffle=True, seed=0)
    assert not np.array_equal(np.sort(X_test), X[40:])


def test_split_keeps_2d_features_2d():
    X = np.arange(20.0).reshape(10, 2)
    X_train, X_test, _, _ = train_test_split(X, np.arange(10.0), test_size=0.3)
    assert X_train.shape == (7, 2) and X_test.shape == (3, 2)


@pytest.mark.parametrize("test_size", [0.0, 1.0, -0.1, 1.5])
def test_split_rejects_fractions_outside_0_1(test_size):
    X, y = _data(10)
    with pytest.raises(ValueError, match="0과 1 사이"):
        train_test_split(X, y, test_size=test_size)


def test_split_rejects_an_empty_side():
    X, y = _data(4)
    with pytest.raises(ValueError, match="0개"):
        train_test_split(X, y, test_size=0.1)
    with pytest.raises(ValueError, match="학습 세트가 비어"):
        train_test_split(X, y, test_size=0.9)


def test_split_rejects_mismatched_lengths_nan_and_bad_shuffle():
    with pytest.raises(ValueError, match="길이"):
        train_test_split(np.arange(5.0), np.arange(4.0))
    with pytest.raises(ValueError, match="NaN"):
        train_test_split([1.0, np.nan, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0], test_size=0.5)
    with pytest.raises(TypeError, match="True나 False"):
        train_test_split(*_data(10), shuffle="yes")


def test_three_way_split_is_disjoint_and_complete():
    X, y = _data(100)
    X_train, X_val, X_test, y_train, y_val, y_test = train_val_test_split(
        X, y, val_size=0.2, test_size=0.1, seed=0
    )
    assert (len(X_train), len(X_val), len(X_test)) == (70, 20, 10)
    assert sorted(np.concatenate([X_train, X_val, X_test])) == list(X)
    assert set(X_val).isdisjoint(X_test) and set(X_train).isdisjoint(X_val)
    np.testing.assert_array_equal(y_val, 10 * X_val + 1)
    with pytest.raises(ValueError, match="학습 세트가 비어"):
        train_val_test_split(X, y, val_size=0.5, test_size=0.5)


# --- polynomial features and fitting ------------------------------------------


def test_polynomial_features_are_legendre_on_the_scaled_input():
    A = polynomial_features([0.0, 1.0, 2.0], degree=3, domain=(0.0, 2.0))
    u = np.array([-1.0, 0.0, 1.0])
    expected = np.stack([np.ones(3), u, (3 * u**2 - 1) / 2, (5 * u**3 - 3 * u) / 2], axis=1)
    np.testing.assert_allclose(A, expected)


@pytest.mark.parametrize("degree", [-1, 2.5, True, "3"])
def test_bad_degree_is_rejected(degree):
    with pytest.raises((ValueError, TypeError), match="degree"):
        polynomial_features([0.0, 1.0], degree=degree)
    with pytest.raises((ValueError, TypeError), match="degree"):
        PolynomialRegression(degree).fit([0.0, 1.0], [0.0, 1.0])


def test_bad_domain_and_2d_input_are_rejected():
    with pytest.raises(ValueError, match="최솟값 < 최댓값"):
        polynomial_features([0.0], 2, domain=(1.0, 1.0))
    with pytest.raises(ValueError, match="특성이 하나"):
        PolynomialRegression(2).fit(np.zeros((4, 2)), np.zeros(4))


def test_fit_recovers_an_exact_polynomial():
    X = np.linspace(-3, 5, 30)
    y = 2 - X + 0.5 * X**3
    model = PolynomialRegression(degree=3).fit(X, y)
    np.testing.assert_allclose(model.predict([0.0, 1.0, 7.0]), [2.0, 1.5, 2 - 7 + 171.5])
    assert model.score(X, y) == pytest.approx(1.0, abs=1e-12)  # R²


def test_high_degree_fit_is_stable_and_silent():
    X, y = make_smooth_data(20, seed=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        model = PolynomialRegression(15, domain=(0.0, 1.0)).fit(X, y)
        y_pred = model.predict(X)
        # more parameters than examples: minimum-norm solution, still no warning
        PolynomialRegression(25, domain=(0.0, 1.0)).fit(X, y)
    assert np.all(np.isfinite(y_pred))
    # the monomial basis would lose accuracy here; Legendre keeps the training fit tight
    assert np.mean((y_pred - y) ** 2) < 0.05


def test_predict_before_fit_says_call_fit():
    with pytest.raises(NotFittedError, match="fit을 먼저"):
        PolynomialRegression(2).predict([1.0])


def test_params_follow_the_scikit_learn_contract():
    model = PolynomialRegression(degree=2)
    assert model.get_params() == {"degree": 2, "domain": None}
    assert not hasattr(model, "coef_")
    assert model.set_params(degree=4) is model and model.degree == 4
    with pytest.raises(ValueError, match="'alpha' 매개변수가 없다"):
        model.set_params(alpha=1.0)
    assert repr(model) == "PolynomialRegression(degree=4)"


def test_polynomial_losses_training_loss_never_rises_with_degree():
    X, y = make_smooth_data(30, seed=1)
    X_new, y_new = make_smooth_data(500, seed=2)
    train, test = polynomial_losses(X, y, X_new, y_new, range(10), domain=(0.0, 1.0))
    assert np.all(np.diff(train) <= 1e-12)
    assert test.shape == (10,) and test[3] < test[0]
    with pytest.raises(ValueError, match="비어"):
        polynomial_losses(X, y, X_new, y_new, [])


# --- resampled test-loss estimates ---------------------------------------------


def test_resampled_estimates_center_on_the_mean_and_shrink_like_one_over_sqrt_n():
    errors = np.random.default_rng(0).exponential(size=5000)
    small = resample_test_loss(errors, 10, num_repeats=2000, seed=1)
    large = resample_test_loss(errors, 1000, num_repeats=2000, seed=1)
    assert abs(large.mean() - errors.mean()) < 0.01
    ratio = small.std() / large.std()
    assert 8 < ratio < 12  # sqrt(1000 / 10) = 10
    np.testing.assert_array_equal(small, resample_test_loss(errors, 10, 2000, seed=1))


def test_resampled_estimates_reject_bad_input():
    with pytest.raises(ValueError, match="음수"):
        resample_test_loss([1.0, -1.0], 5)
    with pytest.raises(ValueError, match="num_test"):
        resample_test_loss([1.0, 2.0], 0)
    with pytest.raises(ValueError, match="NaN"):
        resample_test_loss([1.0, np.nan], 3)
