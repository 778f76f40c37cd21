"""utils.estimator: the scikit-learn contract, agreement with lstsq, Korean errors."""

import numpy as np
import pytest

from utils.datasets import make_cricket_data
from utils.estimator import LinearRegressionGD, NotFittedError


def _reference(X, y):
    X = np.asarray(X, dtype=float)
    X = X[:, None] if X.ndim == 1 else X
    A = np.column_stack([X, np.ones(len(X))])
    solution, *_ = np.linalg.lstsq(A, y, rcond=None)
    return solution[:-1], solution[-1]


def _multi(seed=0, n=80):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3)) * [1.0, 10.0, 0.1] + [5.0, -20.0, 0.0]
    y = X @ np.array([1.5, -0.2, 4.0]) + 3.0 + rng.normal(0.0, 0.1, size=n)
    return X, y


# -- the contract ------------------------------------------------------------------


def test_init_only_stores_parameters():
    est = LinearRegressionGD(learning_rate=-5, num_epochs="many", batch_size=0.5, method="x")
    assert est.learning_rate == -5 and est.num_epochs == "many"
    assert est.batch_size == 0.5 and est.method == "x"
    assert not [name for name in vars(est) if name.endswith("_")]


def test_fit_returns_self_and_sets_learned_attributes():
    X, y = make_cricket_data(n=30, seed=1)
    est = LinearRegressionGD()
    assert est.fit(X, y) is est
    assert est.coef_.shape == (1,)
    assert isinstance(est.intercept_, float)
    assert est.n_features_in_ == 1
    assert est.loss_history_.shape == (est.num_epochs + 1,)
    assert est.loss_history_[-1] < est.loss_history_[0]


def test_get_params_lists_every_constructor_argument():
    params = LinearRegressionGD(learning_rate=0.3, batch_size=8).get_params(deep=True)
    assert params == {
        "batch_size": 8,
        "learning_rate": 0.3,
        "method": "gd",
        "num_epochs": 100,
        "seed": 0,
        "standardize": True,
    }
    assert LinearRegressionGD().get_params(deep=False) == LinearRegressionGD().get_params()


def test_set_params_round_trip_and_returns_self():
    est = LinearRegressionGD()
    params = {"learning_rate": 0.05, "num_epochs": 7, "batch_size": 4, "seed": 3}
    assert est.set_params(**params) is est
    assert {k: est.get_params()[k] for k in params} == params
    other = LinearRegressionGD().set_params(**est.get_params())
    assert other.get_params() == est.get_params()


def test_set_params_with_unknown_name_raises_korean_error():
    with pytest.raises(ValueError, match="'lr' 매개변수가 없다.*learning_rate"):
        LinearRegressionGD().set_params(lr=0.1)


def test_clone_by_constructor_gives_an_unfitted_copy_with_same_params():
    X, y = make_cricket_data(n=20, seed=2)
    est = LinearRegressionGD(learning_rate=0.2, num_epochs=30, batch_size=5, seed=4).fit(X, y)
    copy = type(est)(**est.get_params())
    assert copy.get_params() == est.get_params()
    assert not hasattr(copy, "coef_")
    copy.fit(X, y)
    np.testing.assert_array_equal(copy.coef_, est.coef_)
    assert copy.intercept_ == est.intercept_


def test_sklearn_clone_accepts_the_estimator():
    base = pytest.importorskip("sklearn.base")
    est = LinearRegressionGD(learning_rate=0.2, num_epochs=5)
    cloned = base.clone(est)
    assert cloned is not est and cloned.get_params() == est.get_params()


def test_repr_shows_only_changed_parameters():
    assert repr(LinearRegressionGD()) == "LinearRegressionGD()"
    assert repr(LinearRegressionGD(learning_rate=0.5)) == "LinearRegressionGD(learning_rate=0.5)"


def test_predict_before_fit_says_call_fit_first():
    with pytest.raises(NotFittedError, match="fit을 먼저 호출해야 한다"):
        LinearRegressionGD().predict([1.0, 2.0])
    with pytest.raises(ValueError, match="fit을 먼저"):
        LinearRegressionGD().score([1.0], [1.0])
    with pytest.raises(AttributeError):
        LinearRegressionGD().predict([1.0])


# -- agreement with the closed form ---------------------------------------------


@pytest.mark.parametrize("batch_size", [None, 10])
def test_gradient_descent_matches_lstsq_on_cricket_data(batch_size):
    X, y = make_cricket_data(n=50, seed=0)
    w_ref, b_ref = _reference(X, y)
    lr = 0.1 if batch_size is None else 0.02
    est = LinearRegressionGD(learning_rate=lr, num_epochs=300, batch_size=batch_size).fit(X, y)
    if batch_size is None:
        np.testing.assert_allclose(est.coef_, w_ref, atol=1e-8)
        assert est.intercept_ == pytest.approx(b_ref, abs=1e-6)
    else:  # a constant learning rate leaves mini-batch noise around the minimum
        np.testing.assert_allclose(est.coef_, w_ref, atol=1e-4)
        assert est.intercept_ == pytest.approx(b_ref, abs=0.02)


def test_lstsq_method_matches_numpy_with_several_features():
    X, y = _multi()
    w_ref, b_ref = _reference(X, y)
    est = LinearRegressionGD(method="lstsq").fit(X, y)
    np.testing.assert_allclose(est.coef_, w_ref, rtol=1e-10, atol=1e-10)
    assert est.intercept_ == pytest.approx(b_ref, rel=1e-10)
    assert est.loss_history_.shape == (1,)


def test_gradient_descent_with_several_badly_scaled_features():
    X, y = _multi(seed=1)
    w_ref, b_ref = _reference(X, y)
    est = LinearRegressionGD(learning_rate=0.1, num_epochs=2000).fit(X, y)
    np.testing.assert_allclose(est.coef_, w_ref, rtol=1e-6)
    assert est.intercept_ == pytest.approx(b_ref, rel=1e-6)


def test_mini_batch_is_reproducible_and_seed_matters():
    X, y = make_cricket_data(n=40, seed=3)
    a = LinearRegressionGD(batch_size=4, num_epochs=3, seed=1).fit(X, y)
    b = LinearRegressionGD(batch_size=4, num_epochs=3, seed=1).fit(X, y)
    c = LinearRegressionGD(batch_size=4, num_epochs=3, seed=2).fit(X, y)
    np.testing.assert_array_equal(a.loss_history_, b.loss_history_)
    assert not np.array_equal(a.loss_history_, c.loss_history_)


def test_without_standardizing_raw_chirps_converge_slowly():
    X, y = make_cricket_data(n=50, seed=0)
    _, b_ref = _reference(X, y)
    raw = LinearRegressionGD(learning_rate=5e-5, num_epochs=100, standardize=False).fit(X, y)
    assert abs(raw.intercept_ - b_ref) > 1.0  # the bias has barely moved from 0


def test_divergence_raises_korean_error():
    X, y = make_cricket_data(n=50, seed=0)
    with pytest.raises(ValueError, match="발산했다.*learning_rate를 줄이"):
        LinearRegressionGD(learning_rate=0.1, standardize=False).fit(X, y)


def test_one_d_and_column_inputs_agree():
    X, y = make_cricket_data(n=25, seed=5)
    a = LinearRegressionGD().fit(X, y)
    b = LinearRegressionGD().fit(X[:, None], y)
    np.testing.assert_array_equal(a.coef_, b.coef_)
    np.testing.assert_array_equal(a.predict(X), b.predict(X[:, None]))
    assert a.predict(X).shape == (25,)


def test_constant_feature_does_not_divide_by_zero():
    X = np.column_stack([np.arange(6.0), np.full(6, 2.0)])
    y = 1.0 + 3.0 * X[:, 0]
    est = LinearRegressionGD(num_epochs=300).fit(X, y)
    np.testing.assert_allclose(est.predict(X), y, atol=1e-6)


def test_score_is_r_squared():
    X, y = _multi(seed=2)
    est = LinearRegressionGD(method="lstsq").fit(X, y)
    y_pred = est.predict(X)
    expected = 1 - np.sum((y - y_pred) ** 2) / np.sum((y - y.mean()) ** 2)
    assert est.score(X, y) == pytest.approx(expected)
    assert est.score(X, np.full(len(y), 1.0)) == 0.0
    flat = LinearRegressionGD(method="lstsq").fit([1.0, 2.0, 3.0], [0.0, 0.0, 0.0])
    assert flat.score([1.0, 2.0], [0.0, 0.0]) == 1.0


def test_score_matches_sklearn():
    metrics = pytest.importorskip("sklearn.metrics")
    X, y = make_cricket_data(n=30, seed=6)
    est = LinearRegressionGD(method="lstsq").fit(X, y)
    assert est.score(X, y) == pytest.approx(metrics.r2_score(y, est.predict(X)))


# -- bad input -----------------------------------------------------------------


def test_mismatched_lengths_raise_korean_error():
    with pytest.raises(ValueError, match="길이\\(예 개수\\)를 같게"):
        LinearRegressionGD().fit([1.0, 2.0, 3.0], [1.0, 2.0])


def test_nan_and_empty_raise_korean_errors():
    with pytest.raises(ValueError, match="NaN"):
        LinearRegressionGD().fit([1.0, np.nan], [1.0, 2.0])
    with pytest.raises(ValueError, match="비어 있다"):
        LinearRegressionGD().fit([], [])
    est = LinearRegressionGD().fit([1.0, 2.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="NaN"):
        est.predict([np.nan])


def test_wrong_shapes_raise_korean_errors():
    with pytest.raises(ValueError, match="2차원 \\(n, d\\) 배열이어야"):
        LinearRegressionGD().fit(np.ones((2, 2, 2)), [1.0, 2.0])
    with pytest.raises(ValueError, match="1차원 \\(n,\\) 배열이어야"):
        LinearRegressionGD().fit([1.0, 2.0], np.ones((2, 2)))
    with pytest.raises(TypeError, match="숫자 배열"):
        LinearRegressionGD().fit(["a", "b"], [1.0, 2.0])


def test_predicting_with_a_different_number_of_features():
    X, y = _multi()
    est = LinearRegressionGD(method="lstsq").fit(X, y)
    with pytest.raises(ValueError, match="특성 3개로 학습되었다"):
        est.predict(X[:, :2])
    with pytest.raises(ValueError, match="특성 3개로"):
        est.predict(X[0])  # a 1-D row is read as 3 examples of one feature


@pytest.mark.parametrize(
    ("params", "error", "message"),
    [
        ({"learning_rate": 0}, ValueError, "learning_rate은\\(는\\) 0보다 큰"),
        ({"learning_rate": float("nan")}, ValueError, "learning_rate"),
        ({"num_epochs": 0}, ValueError, "num_epochs은\\(는\\) 1 이상"),
        ({"num_epochs": 2.5}, TypeError, "num_epochs에는 정수"),
        ({"batch_size": 0}, ValueError, "batch_size은\\(는\\) 1 이상 4 이하"),
        ({"batch_size": 5}, ValueError, "1 이상 4 이하"),
        ({"batch_size": 2.0}, TypeError, "batch_size에는 1 이상의 정수나 None"),
        ({"method": "normal"}, ValueError, "method는 'gd' 또는 'lstsq'"),
        ({"standardize": "yes"}, TypeError, "standardize에는 True나 False"),
        ({"seed": -1}, ValueError, "seed은\\(는\\) 0 이상"),
    ],
)
def test_bad_parameters_raise_korean_errors_at_fit(params, error, message):
    est = LinearRegressionGD(**params)  # constructing never fails
    with pytest.raises(error, match=message):
        est.fit([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0])
    assert not hasattr(est, "coef_")
