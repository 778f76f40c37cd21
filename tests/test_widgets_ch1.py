import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pytest

from utils import setup_book
from utils.datasets import make_cricket_data, make_linear_data
from utils.widgets import (
    BatchSizeView,
    FitView,
    LearningRateView,
    animate_batch_size,
    animate_fit,
    animate_learning_rate,
    explore_batch_size,
    explore_fit,
    explore_learning_rate,
    plot_batch_size,
    plot_learning_rate,
)


@pytest.fixture(autouse=True)
def _book_style():
    setup_book()
    yield
    plt.close("all")


def test_learning_rate_view_updates_path_and_titles():
    view = LearningRateView(curvature=4.0, num_steps=20)
    view.update(0.25)
    assert len(view.path.get_xdata()) == 2  # start + one step (Goldilocks)
    assert view.axes[0].get_title() == "학습률 0.25: 1단계 만에 수렴"
    view.update(0.03)
    assert len(view.loss_line.get_xdata()) == 21  # 20 steps, not yet converged
    view.update(0.55)
    assert "발산" in view.axes[0].get_title()
    view.fig.canvas.draw()


def test_plot_learning_rate_returns_two_axes():
    axes = plot_learning_rate(0.1)
    assert len(axes) == 2 and axes[1].get_yscale() == "log"


def test_batch_size_view_full_batch_takes_one_step_per_epoch():
    X, y = make_linear_data(n=500, seed=0)
    view = BatchSizeView(X, y, learning_rate=0.05, num_epochs=2)
    view.update(500)
    assert len(view.path.get_xdata()) == 3
    view.update(1)
    assert view.axes[0].get_title() == "배치 크기 1: 1,000단계"
    assert np.all(np.diff(view.loss_line.get_xdata()) > 0)
    view.fig.canvas.draw()


def test_plot_batch_size_title():
    X, y = make_linear_data(n=300, seed=1)
    axes = plot_batch_size(X, y, batch_size=30, learning_rate=0.1)
    assert axes[0].get_title() == "배치 크기 30: 10단계"


def test_fit_view_shows_mse():
    X, y = make_cricket_data(n=20, seed=0)
    view = FitView(X, y)
    view.update((0.0, 0.0))
    assert view.ax.get_title().startswith("w = 0, b = 0 → MSE = ")
    assert view.line.get_ydata().tolist() == [0.0, 0.0]


def test_explorers_build_widgets():
    box = explore_learning_rate()
    assert isinstance(box, widgets.VBox)
    slider, image = box.children
    assert isinstance(slider, widgets.SelectionSlider) and isinstance(image, widgets.Image)
    before = image.value
    slider.value = 0.45
    assert image.value != before  # moving the slider redraws the picture
    X, y = make_linear_data(n=300, seed=0)
    box = explore_batch_size(X, y)
    assert max(box.children[0].options) <= 300
    X, y = make_cricket_data(n=20, seed=0)
    box = explore_fit(X, y)
    assert [type(c) for c in box.children[:2]] == [widgets.FloatSlider, widgets.FloatSlider]


def test_kernel_free_forms_are_html_animations_with_frames():
    html = animate_learning_rate([0.03, 0.25, 0.55])
    assert "<script" in html and html.count("data:image/png;base64") == 3
    X, y = make_linear_data(n=200, seed=0)
    html = animate_batch_size(X, y, batch_sizes=[1, 200])
    assert html.count("data:image/png;base64") == 2
    X, y = make_cricket_data(n=20, seed=0)
    html = animate_fit(X, y, [(0.0, 0.0), (0.1, 5.0)])
    assert html.count("data:image/png;base64") == 2
    assert plt.get_fignums() == []  # figures are closed


def test_animation_frame_limit():
    with pytest.raises(ValueError, match="16개 이하"):
        animate_learning_rate([0.1] * 17)
