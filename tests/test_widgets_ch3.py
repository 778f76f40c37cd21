"""Chapter-3 explorers. The shared machinery (blitting, explorer box, animation) is tested
in test_engine.py; here: what each view draws, and that the explorers use it."""

import re

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest

from utils.datasets import make_smooth_data, smooth_function
from utils.engine import BlitView
from utils.evaluation import PolynomialRegression, polynomial_losses
from utils.plotting import ComplexityView, TestSizeView, plot_complexity, plot_test_size
from utils.widgets import (
    animate_complexity,
    animate_test_size,
    explore_complexity,
    explore_test_size,
)

pytestmark = pytest.mark.usefixtures("book_style")


@pytest.fixture
def data():
    X, y = make_smooth_data(20, seed=0)
    X_new, y_new = make_smooth_data(200, seed=100)
    return X, y, X_new, y_new


@pytest.fixture
def errors(data):
    X, y, _, _ = data
    model = PolynomialRegression(3, domain=(0, 1)).fit(X, y)
    X_pool, y_pool = make_smooth_data(5000, seed=1)
    return (model.predict(X_pool) - y_pool) ** 2


def test_plot_complexity_shows_the_chosen_degree_and_all_losses(data):
    X, y, X_new, y_new = data
    axes = plot_complexity(X, y, X_new, y_new, 4, max_degree=8, true_function=smooth_function)
    assert isinstance(axes, np.ndarray) and axes.shape == (2,)
    train, test = polynomial_losses(X, y, X_new, y_new, range(9), domain=(0, 1))
    fit_line = axes[0].lines[-1]
    expected = PolynomialRegression(4, domain=(0, 1)).fit(X, y).predict(fit_line.get_xdata())
    np.testing.assert_allclose(fit_line.get_ydata(), expected)
    np.testing.assert_allclose(axes[1].lines[1].get_ydata(), test)
    assert list(axes[1].lines[2].get_xdata()) == [4, 4]
    assert axes[0].get_title().startswith("4차 다항식")
    with pytest.raises(ValueError, match="degree"):
        plot_complexity(X, y, X_new, y_new, 9, max_degree=8)
    with pytest.raises(TypeError, match="degree"):
        plot_complexity(X, y, X_new, y_new, 2.5)


def test_complexity_view_update_matches_the_pure_function(data):
    X, y, X_new, y_new = data
    view = ComplexityView(X, y, X_new, y_new, max_degree=10, degree=1)
    assert isinstance(view, BlitView) and plt.get_fignums() == []
    view.update(7)
    view.render()
    reference = plot_complexity(X, y, X_new, y_new, 7, max_degree=10)
    np.testing.assert_allclose(
        view.axes[0].lines[-1].get_ydata(), reference[0].lines[-1].get_ydata()
    )
    assert view.axes[0].get_title() == reference[0].get_title()
    assert view.to_png().startswith(b"\x89PNG")
    with pytest.raises(ValueError, match="degree"):
        view.update(11)


def test_plot_test_size_histogram_and_band(errors):
    axes = plot_test_size(errors, 50, num_tests=(10, 50, 200), num_repeats=300, seed=0)
    assert sum(p.get_height() for p in axes[0].patches) <= 300
    assert axes[0].get_title().startswith("테스트 세트 50개")
    median_line = axes[1].lines[0]
    assert list(median_line.get_xdata()) == [10, 50, 200]
    with pytest.raises(ValueError, match="가운데 하나"):
        plot_test_size(errors, 30, num_tests=(10, 50))
    with pytest.raises(ValueError, match="NaN"):
        plot_test_size([1.0, np.nan], 10, num_tests=(10,))


def test_test_size_view_update_changes_bars_and_marker(errors):
    view = TestSizeView(errors, num_tests=(10, 1000), num_repeats=300)
    assert isinstance(view, BlitView)
    before = [p.get_height() for p in view.axes[0].patches]
    view.update(1000)
    after = [p.get_height() for p in view.axes[0].patches]
    assert before != after and sum(after) <= 300 and max(after) > max(before)
    assert list(view.axes[1].lines[-1].get_xdata()) == [1000, 1000]
    with pytest.raises(ValueError, match="가운데 하나"):
        view.update(20)


def test_animations_are_small_and_show_the_views(data, errors):
    X, y, X_new, y_new = data
    anim = animate_complexity(X, y, X_new, y_new, degrees=[0, 3, 9])
    assert len(re.findall(r"data:image/png;base64", anim.html)) == 4  # 3 frames + the still
    assert len(anim.html) < 300_000
    assert anim.html == animate_complexity(X, y, X_new, y_new, degrees=[0, 3, 9]).html
    other = animate_test_size(errors, num_tests=(10, 100), num_repeats=100)
    assert other.num_frames == 2 and "예 개수를 10개부터 100개까지" in other.alt
    assert plt.get_fignums() == []  # no pyplot figure, so no stray static image
    with pytest.raises(ValueError, match="16개 이하"):
        animate_complexity(X, y, X_new, y_new, degrees=range(17))
    with pytest.raises(ValueError, match="16개 이하"):
        animate_test_size(errors, num_tests=range(1, 18))


def test_explorers_are_shared_slider_plus_image_boxes(data, errors):
    X, y, X_new, y_new = data
    box = explore_complexity(X, y, X_new, y_new, max_degree=6)
    assert plt.get_fignums() == []
    assert repr(box) == "모델 복잡도 탐색기(슬라이더와 그림)"
    slider, image = box.children
    assert isinstance(slider, widgets.IntSlider) and isinstance(image, widgets.Image)
    assert (slider.value, slider.max) == (3, 6)
    first = image.value
    slider.value = 6
    assert image.value != first
    box = explore_test_size(errors, num_tests=(10, 100), num_repeats=100)
    assert repr(box) == "테스트 세트 크기 탐색기(슬라이더와 그림)"
    slider, image = box.children
    first = image.value
    slider.value = 100
    assert image.value != first
