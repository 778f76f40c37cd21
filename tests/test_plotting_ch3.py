import matplotlib.pyplot as plt
import numpy as np
import pytest

from utils.datasets import smooth_function
from utils.evaluation import PolynomialRegression
from utils.plotting import (
    plot_estimate_histogram,
    plot_estimate_spread,
    plot_loss_vs_degree,
    plot_polynomial_fit,
    plot_split,
)


@pytest.fixture
def ax(book_style):
    fig, ax = plt.subplots()
    return ax


def test_polynomial_fit_draws_points_true_function_and_the_model(ax):
    X = np.linspace(0, 1, 10)
    model = PolynomialRegression(2, domain=(0, 1)).fit(X, X**2)
    out = plot_polynomial_fit(
        model, X, X**2, X[:3], X[:3] ** 2, true_function=smooth_function, ax=ax
    )
    assert out is ax
    assert len(ax.collections) == 2  # test points and training points
    np.testing.assert_allclose(ax.collections[1].get_offsets(), np.c_[X, X**2])
    true_line, fit_line = ax.lines
    np.testing.assert_allclose(fit_line.get_ydata(), fit_line.get_xdata() ** 2, atol=1e-12)
    np.testing.assert_allclose(true_line.get_ydata(), smooth_function(true_line.get_xdata()))
    assert ax.get_ylim() == (-2.0, 2.0)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "테스트 세트", "학습 세트", "참 함수", "모델의 예측"
    ]


def test_loss_vs_degree_uses_plain_log_tick_labels(ax):
    plot_loss_vs_degree([0, 1, 2], [1.0, 0.1, 0.01], [1.0, 0.5, 100.0], highlight=1, ax=ax)
    train, test, marker = ax.lines
    np.testing.assert_allclose(test.get_ydata(), [1.0, 0.5, 100.0])
    assert list(marker.get_xdata()) == [1, 1]
    assert ax.get_yscale() == "log"
    ax.figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    assert labels and not any("$" in s for s in labels)  # no mathtext (its minus glyph fails)


def test_estimate_spread_draws_median_and_band(ax):
    estimates = np.array([[1.0, 2.0, 3.0, 4.0], [2.0, 2.5, 2.5, 3.0]])
    plot_estimate_spread([10, 100], estimates, true_loss=2.5, ax=ax)
    median_line, true_line = ax.lines
    np.testing.assert_allclose(median_line.get_ydata(), [2.5, 2.5])
    assert true_line.get_ydata()[0] == 2.5
    assert len(ax.collections) == 1 and ax.get_xscale() == "log"


def test_estimate_histogram_counts_every_estimate(ax):
    plot_estimate_histogram([0.1, 0.2, 0.2, 0.9], true_loss=0.3, bins=4, value_range=(0, 1), ax=ax)
    assert sum(p.get_height() for p in ax.patches) == 4
    assert ax.lines[0].get_xdata()[0] == 0.3
    assert ax.get_xlim() == (0.0, 1.0)


def test_split_draws_two_labelled_groups(ax):
    plot_split([0, 1, 2], [0, 1, 2], [3], [4], ax=ax)
    train, test = ax.collections
    assert len(train.get_offsets()) == 3 and list(test.get_offsets()[0]) == [3, 4]


def test_helpers_draw_on_the_current_axes_when_none_given(book_style):
    fig, ax = plt.subplots()
    assert plot_split([0], [0], [1], [1]) is ax
