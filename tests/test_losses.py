import numpy as np
import pytest

from utils.datasets import make_cricket_data
from utils.losses import mse, mse_gradient, mse_grid, predict, squared_loss


def test_post_example_prediction_is_zero():
    assert predict([10.0], w=0.0, b=0.0).tolist() == [0.0]


def test_squared_loss_and_mse_values():
    assert squared_loss([3.0, 5.0, 0.0], [1.0, 5.0, 2.0]).tolist() == [4.0, 0.0, 4.0]
    assert mse([3.0, 5.0, 0.0], [1.0, 5.0, 2.0]) == pytest.approx(8.0 / 3.0)


@pytest.mark.parametrize("w, b", [(0.0, 0.0), (0.3, -2.0), (-1.5, 4.0)])
def test_gradient_matches_finite_differences(w, b):
    X, y = make_cricket_data(n=30, seed=3)
    X = (X - X.mean()) / X.std()
    grad_w, grad_b = mse_gradient(X, y, w, b)
    h = 1e-6
    num_w = (mse(y, predict(X, w + h, b)) - mse(y, predict(X, w - h, b))) / (2 * h)
    num_b = (mse(y, predict(X, w, b + h)) - mse(y, predict(X, w, b - h))) / (2 * h)
    assert isinstance(grad_w, float)
    assert grad_w == pytest.approx(num_w, rel=1e-6, abs=1e-6)
    assert grad_b == pytest.approx(num_b, rel=1e-6, abs=1e-6)


def test_gradient_with_several_features():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = rng.normal(size=40)
    w = np.array([0.5, -1.0, 2.0])
    grad_w, grad_b = mse_gradient(X, y, w, 0.7)
    h = 1e-6
    for j in range(3):
        e = np.zeros(3)
        e[j] = h
        num = (mse(y, predict(X, w + e, 0.7)) - mse(y, predict(X, w - e, 0.7))) / (2 * h)
        assert grad_w[j] == pytest.approx(num, rel=1e-6)
    assert grad_w.shape == (3,)


def test_gradient_is_zero_at_least_squares_solution():
    X, y = make_cricket_data(n=50, seed=0)
    slope, intercept = np.polyfit(X, y, 1)
    grad_w, grad_b = mse_gradient(X, y, slope, intercept)
    assert abs(grad_w) < 1e-8 and abs(grad_b) < 1e-8


def test_mse_grid_matches_direct_computation():
    X, y = make_cricket_data(n=20, seed=1)
    ws, bs = np.linspace(-1, 1, 4), np.linspace(0, 10, 3)
    grid = mse_grid(X, y, ws, bs)
    assert grid.shape == (3, 4)
    for i, b in enumerate(bs):
        for j, w in enumerate(ws):
            assert grid[i, j] == pytest.approx(mse(y, predict(X, w, b)), rel=1e-9)


def test_bad_inputs_raise_korean_errors():
    with pytest.raises(ValueError, match="길이"):
        mse([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="길이"):
        mse_gradient([1.0, 2.0, 3.0], [1.0, 2.0], 0.0, 0.0)
    with pytest.raises(ValueError, match="비어"):
        mse([], [])
    with pytest.raises(ValueError, match="NaN"):
        mse_gradient([1.0, np.nan], [1.0, 2.0], 0.0, 0.0)
    with pytest.raises(ValueError, match="가중치"):
        predict(np.ones((3, 2)), w=1.0, b=0.0)
    with pytest.raises(TypeError, match="숫자"):
        predict("abc", w=1.0, b=0.0)
    with pytest.raises(ValueError, match="b은"):
        predict([1.0], w=1.0, b=np.inf)
