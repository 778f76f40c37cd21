import numpy as np
import pytest

from utils.datasets import make_drifting_data, make_grouped_data, make_smooth_data, smooth_function


def test_smooth_data_is_seeded_and_noisy_around_the_true_function():
    X, y = make_smooth_data(2000, noise=0.3, seed=5)
    X2, y2 = make_smooth_data(2000, noise=0.3, seed=5)
    np.testing.assert_array_equal(y, y2)
    assert 0 <= X.min() and X.max() <= 1
    assert abs(np.std(y - smooth_function(X)) - 0.3) < 0.02
    Xs, _ = make_smooth_data(50, seed=1, sort=True)
    assert np.all(np.diff(Xs) >= 0)


def test_grouped_data_shares_noise_within_a_group():
    X, y, groups = make_grouped_data(num_groups=200, group_size=3, noise=0.5, jitter=0.01, seed=0)
    assert X.shape == y.shape == groups.shape == (600,)
    residual = (y - smooth_function(X)).reshape(200, 3)
    within = residual.std(axis=1).mean()
    between = residual.mean(axis=1).std()
    assert within < 0.1 < between


def test_drifting_data_moves_its_mean_over_time():
    t, X, y = make_drifting_data(4000, drift=2.0, seed=0)
    residual = y - smooth_function(X)
    assert np.all(np.diff(t) > 0)
    assert residual[-500:].mean() - residual[:500].mean() > 1.5
    _, X0, y0 = make_drifting_data(4000, drift=0.0, seed=0)
    r0 = y0 - smooth_function(X0)
    assert abs(r0[-500:].mean() - r0[:500].mean()) < 0.1


@pytest.mark.parametrize(
    "call",
    [
        lambda: make_smooth_data(0),
        lambda: make_smooth_data(5, noise=0.0),
        lambda: make_grouped_data(group_size=0),
        lambda: make_drifting_data(1),
        lambda: make_drifting_data(10, drift=float("nan")),
    ],
)
def test_bad_arguments_raise_korean_errors(call):
    with pytest.raises(ValueError, match="이어야|여야"):
        call()
