"""Chapter-1 explorers. The shared machinery (blitting, explorer box, animation) is tested
in test_engine.py; here: what each view draws, and that the explorers use it."""

import re

import ipywidgets as widgets
import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest

from utils.datasets import make_cricket_data, make_linear_data
from utils.engine import Animation, BlitView
from utils.losses import mse
from utils.plotting import (
    BatchSizeView,
    FitView,
    LearningRateView,
    plot_batch_size,
    plot_fit,
    plot_learning_rate,
)
from utils.widgets import (
    animate_batch_size,
    animate_fit,
    animate_learning_rate,
    explore_batch_size,
    explore_fit,
    explore_learning_rate,
)

pytestmark = pytest.mark.usefixtures("book_style")


def test_learning_rate_view_updates_path_and_titles():
    view = LearningRateView(curvature=4.0, num_steps=20)
    assert isinstance(view, BlitView) and plt.get_fignums() == []
    changed = view.update(0.25)
    assert view.path in changed and view.axes[0].title in changed
    assert len(view.path.get_xdata()) == 2  # start + one step (Goldilocks)
    assert view.axes[0].get_title() == "학습률 0.25: 1단계 만에 수렴"
    assert view.axes[1].get_title() == "한 걸음마다 거리 × 0.00"
    view.update(0.03)
    assert len(view.loss_line.get_xdata()) == 21  # 20 steps, not yet converged
    view.update(0.55)
    assert "발산" in view.axes[0].get_title()
    assert np.all(np.abs(view.path.get_xdata()) <= view.span)  # clipped to the bowl
    view.render()
    assert view.to_png().startswith(b"\x89PNG")


def test_plot_learning_rate_is_a_plain_pyplot_figure():
    axes = plot_learning_rate(0.1)
    assert isinstance(axes, np.ndarray) and axes.shape == (2,) and axes[1].get_yscale() == "log"
    assert plt.get_fignums() == [axes[0].figure.number]
    assert axes[0].figure.get_layout_engine() is not None  # layout not frozen
    drawn = [*axes[0].lines, *axes[1].lines, axes[0].title]
    assert not any(artist.get_animated() for artist in drawn)  # plt.show() draws them all
    assert len(axes[0].lines[-1].get_xdata()) == 12


def test_batch_size_view_full_batch_takes_one_step_per_epoch():
    X, y = make_linear_data(n=500, seed=0)
    view = BatchSizeView(X, y, learning_rate=0.05, num_epochs=2)
    view.update(500)
    assert len(view.path.get_xdata()) == 3
    assert view.path.get_marker() == "."
    view.update(1)
    assert view.axes[0].get_title() == "배치 크기 1: 1,000단계"
    assert np.all(np.diff(view.loss_line.get_xdata()) > 0)
    assert view.loss_line.get_xdata()[-1] == 1000  # examples seen in two epochs
    assert view.path.get_marker() in ("", "None")  # too many points for markers
    assert len(view.path.get_xdata()) <= view.max_points
    view.render()


def test_plot_batch_size_title():
    X, y = make_linear_data(n=300, seed=1)
    axes = plot_batch_size(X, y, 30, learning_rate=0.1)
    assert isinstance(axes, np.ndarray) and axes.shape == (2,)
    assert axes[0].get_title() == "배치 크기 30: 10단계"
    assert not axes[0].lines[0].get_animated()


def test_fit_view_shows_mse():
    X, y = make_cricket_data(n=20, seed=0)
    view = FitView(X, y)
    assert isinstance(view, BlitView)
    view.update((0.0, 0.0))
    assert view.axes[0].get_title().startswith("w = 0, b = 0 → MSE = ")
    assert view.line.get_ydata().tolist() == [0.0, 0.0]
    view.update((0.2, 3.0))
    np.testing.assert_allclose(view.line.get_ydata(), 3.0 + 0.2 * np.array([X.min(), X.max()]))
    assert view.axes[0].get_title().endswith(f"MSE = {mse(y, 3.0 + 0.2 * X):.4g}")


def test_plot_fit_is_the_view_drawn_once_on_one_axes():
    X, y = make_cricket_data(n=20, seed=0)
    fig, ax = plt.subplots()
    out = plot_fit(X, y, 0.2, 3.0, ax=ax)
    assert out is ax and len(ax.lines) == 1 and ax.get_title().startswith("w = 0.2, b = 3")
    assert not ax.lines[0].get_animated()
    assert isinstance(plot_fit(X, y, 0.1, 1.0), matplotlib.axes.Axes)


def test_explorers_are_shared_slider_plus_image_boxes():
    box = explore_learning_rate()
    assert repr(box) == "학습률 탐색기(슬라이더와 그림)" and plt.get_fignums() == []
    slider, image = box.children
    assert isinstance(slider, widgets.SelectionSlider) and isinstance(image, widgets.Image)
    before = image.value
    slider.value = 0.45
    assert image.value != before  # moving the slider redraws the picture
    X, y = make_linear_data(n=300, seed=0)
    box = explore_batch_size(X, y)
    assert repr(box) == "배치 크기 탐색기(슬라이더와 그림)"
    assert max(box.children[0].options) <= 300 and box.children[0].value == 10
    X, y = make_cricket_data(n=20, seed=0)
    box = explore_fit(X, y)
    w_slider, b_slider, image = box.children
    assert [type(c) for c in (w_slider, b_slider)] == [widgets.FloatSlider] * 2
    before = image.value
    b_slider.value = 10.0  # either slider redraws with both values
    after_b = image.value
    w_slider.value = 0.1
    assert len({before, after_b, image.value}) == 3


def test_kernel_free_forms_are_small_animations():
    anim = animate_learning_rate([0.03, 0.25, 0.55])
    assert isinstance(anim, Animation)
    html = anim.html
    assert "<script" in html and html.count("data:image/png;base64") == 4  # 3 frames + still
    assert len(html) < 150_000
    assert html == animate_learning_rate([0.03, 0.25, 0.55]).html
    assert 'alt="학습률을 0.03부터 0.55까지 바꿀 때' in html
    X, y = make_linear_data(n=200, seed=0)
    anim = animate_batch_size(X, y, batch_sizes=[1, 200])
    assert anim.num_frames == 2 and "배치 크기를 1부터 200까지" in anim.alt
    X, y = make_cricket_data(n=20, seed=0)
    anim = animate_fit(X, y, [(0.0, 0.0), (0.1, 5.0)], interval=500, alt="직선이 맞아 간다")
    assert anim.alt == "직선이 맞아 간다" and anim.num_frames == 2
    assert re.search(r"new Animation\(frames, img_id, slider_id, 500\.0,", anim.html)
    assert plt.get_fignums() == []  # no pyplot figure: no stray static image


def test_animation_frame_limit():
    with pytest.raises(ValueError, match="16개 이하"):
        animate_learning_rate([0.1] * 17)
    X, y = make_cricket_data(n=20, seed=0)
    with pytest.raises(ValueError, match="1개 이상"):
        animate_fit(X, y, [])
