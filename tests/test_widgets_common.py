"""The shared explorer machinery of utils/widgets.py ("공통" section), tested once.

A small test view exercises the blitting base view, the explorer builder and the animation
writer; the last test runs every chapter's view through the same contract.
"""

import hashlib
import io
import re

import ipywidgets as widgets
import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

from utils import setup_book
from utils.datasets import make_cricket_data, make_linear_data, make_smooth_data, smooth_function
from utils.evaluation import PolynomialRegression
from utils.widgets import (
    BatchSizeView,
    ComplexityView,
    FitView,
    LearningRateView,
    TestSizeView,
    _BlitView,
    _check_frames,
    _detached_figure,
    _drawing_order,
    _image_explorer,
    _to_jshtml,
)


@pytest.fixture(autouse=True)
def _book_style():
    setup_book()
    yield
    plt.close("all")


class SlopeView(_BlitView):
    """y = value * x between a reference line (below) and a star and a legend (above)."""

    def __init__(self, ax=None, dpi=50, follow=False):
        blit = ax is None
        if blit:
            self.fig, ax = _detached_figure(dpi, ncols=1, figsize=(4.0, 3.0))
        else:
            self.fig = ax.figure
        self.ax, self.follow = ax, follow
        self.x = np.linspace(0.0, 1.0, 50)
        (self.reference,) = ax.plot(self.x, 0.5 * self.x, color="C0", label="기준")
        (self.line,) = ax.plot([], [], color="C1", lw=3, label="움직이는 선")
        (self.star,) = ax.plot([0.5], [0.4], "*", color="k", ms=12)  # drawn after the line
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(-1.0, 1.0)
        ax.legend(loc="upper left", frameon=True, framealpha=0.5)
        ax.set_title(" ")
        self._finish([self.line, ax.title], blit)

    def update(self, value):
        self.line.set_data(self.x, value * self.x)
        self.ax.set_title(f"기울기 {value:g}")
        top = self.ax.get_ylim()[1]
        if self.follow and value > top:  # a background change: the y-axis grows with the line
            self.ax.set_ylim(-1.0, value)
        return [self.line, self.ax.title]


def count_full_draws(view):
    calls = []
    draw = view.fig.canvas.draw

    def counting_draw(*args, **kwargs):
        calls.append(1)
        return draw(*args, **kwargs)

    view.fig.canvas.draw = counting_draw
    return calls


def pixels(view):
    return np.asarray(view.fig.canvas.buffer_rgba()).copy()


def full_draw_pixels(view):
    """What the figure looks like drawn from scratch (nothing left out of the background)."""
    for artist in view._drawn:
        artist.set_animated(False)
    view.fig.canvas.draw()
    result = pixels(view)
    for artist in view._drawn:
        artist.set_animated(True)
    view._invalidate()
    return result


def test_detached_figure_is_not_a_pyplot_figure():
    fig, axes = _detached_figure(72)
    assert plt.get_fignums() == [] and len(axes) == 2
    assert fig.get_size_inches().tolist() == [9.0, 3.6] and fig.dpi == 72
    fig, ax = _detached_figure(50, ncols=1, figsize=(4.0, 3.0))
    assert isinstance(ax, matplotlib.axes.Axes) and fig.get_size_inches().tolist() == [4.0, 3.0]


def test_check_frames():
    assert _check_frames(x for x in range(3)) == [0, 1, 2]
    assert len(_check_frames(range(16))) == 16
    for bad in ([], range(17)):
        with pytest.raises(ValueError, match="16개 이하"):
            _check_frames(bad)


def test_drawing_order_puts_covers_above_the_changing_line():
    view = SlopeView()
    drawn = list(view._drawn)
    assert drawn[0] is view.line and view.ax.title in drawn
    assert view.star in drawn  # same zorder but added later: drawn over the line
    assert view.reference not in drawn  # drawn before the line: stays in the background
    names = [type(a).__name__ for a in drawn]
    assert names[-1] == "Legend" and "Spine" in names
    assert "XAxis" not in names and "YAxis" not in names
    assert all(a.get_animated() for a in drawn) and not view.reference.get_animated()
    assert _drawing_order([view.reference])[:2] == (view.reference, view.line)


@pytest.mark.parametrize("value", [-0.4, 0.2, 0.8, 1.8])  # 0.8 hits the star, 1.8 the legend
def test_render_blits_and_matches_a_full_draw(value):
    view = SlopeView()
    view.update(0.0)
    view.render()
    draws = count_full_draws(view)
    view.update(value)
    view.render()
    assert draws == []  # the common path only blits
    assert view.ax.get_title() == f"기울기 {value:g}"
    np.testing.assert_array_equal(pixels(view), full_draw_pixels(view))


def test_only_a_background_change_costs_a_full_draw():
    view = SlopeView(follow=True)
    view.update(0.5)
    view.render()
    draws = count_full_draws(view)
    view.update(0.9)
    view.render()
    assert len(draws) == 0
    view.update(3.0)  # the y-limits grow: the saved background is stale
    view.render()
    assert len(draws) == 1 and view.ax.get_ylim() == (-1.0, 3.0)
    view.update(2.0)  # limits stay: blit again
    view.render()
    assert len(draws) == 1
    view._invalidate()  # a subclass may also say so explicitly
    view.render()
    assert len(draws) == 2
    np.testing.assert_array_equal(pixels(view), full_draw_pixels(view))


def test_view_on_given_axes_draws_normally():
    fig, ax = plt.subplots()
    view = SlopeView(ax=ax)
    view.update(0.5)
    draws = count_full_draws(view)
    view.render()
    assert len(draws) == 1  # the caller owns the figure: no blitting, nothing left out
    assert not view.line.get_animated() and not ax.title.get_animated()
    assert fig.get_layout_engine() is not None  # the caller's layout is left alone


def test_to_png_full_and_quantized():
    view = SlopeView()
    view.update(0.5)
    view.render()
    png, small = view.to_png(), view.to_png(quantize=True)
    assert png.startswith(b"\x89PNG") and small.startswith(b"\x89PNG")
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (200, 150) and image.mode == "RGBA"
    with Image.open(io.BytesIO(small)) as image:
        assert image.size == (200, 150) and image.mode == "P"
    assert len(small) < len(png)


def test_image_explorer_updates_the_image_from_one_or_more_controls():
    view = SlopeView()
    slider = widgets.FloatSlider(value=0.1, min=-1.0, max=1.0)
    box = _image_explorer(view, slider, "기울기 탐색기")
    assert repr(box) == "기울기 탐색기(슬라이더와 그림)"
    assert isinstance(box, widgets.VBox) and box.children[0] is slider
    image = box.children[1]
    before = image.value
    slider.value = 0.9
    assert image.value != before and view.ax.get_title() == "기울기 0.9"
    assert image.value == view.to_png()

    a = widgets.FloatSlider(value=0.2)
    b = widgets.FloatSlider(value=0.3)
    view = SlopeView()
    box = _image_explorer(view, [a, b], "합", lambda: a.value + b.value)
    assert view.ax.get_title() == "기울기 0.5"
    b.value = 0.5
    assert view.ax.get_title() == "기울기 0.7" and len(box.children) == 3
    with pytest.raises(TypeError, match="value 함수"):
        _image_explorer(SlopeView(), [a, b], "합")


def test_to_jshtml_is_deterministic_and_names_the_animation_by_its_frames():
    html = _to_jshtml(SlopeView(), [0.0, 0.5, 1.0], interval=500, name="기울기 탐색기")
    assert html == _to_jshtml(SlopeView(), [0.0, 0.5, 1.0], interval=500, name="기울기 탐색기")
    assert 'alt="기울기 탐색기: 슬라이더 값을 차례로 바꾼 3개 프레임의 애니메이션"' in html
    assert 'aria-label="기울기 탐색기 프레임 선택"' in html
    assert "font-awesome" not in html and "https://" not in html  # nothing from a CDN
    assert 'title="다음 프레임"' in html and 'class="fa-solid fa-forward-step"' in html
    assert "Next frame" not in html and 'class="fa fa-' not in html
    frames = re.findall(r"data:image/png;base64,([^\"]+)\"", html)
    assert len(frames) == 3 and len(set(frames)) == 3
    anim_id = re.search(r"_anim_img([0-9a-f]{32})", html).group(1)
    assert len(set(re.findall(r"_anim_img([0-9a-f]{32})", html))) == 1  # no random id left
    other = _to_jshtml(SlopeView(), [0.0, 0.5], interval=500, name="기울기 탐색기")
    assert re.search(r"_anim_img([0-9a-f]{32})", other).group(1) != anim_id
    assert "loop" in html and plt.get_fignums() == []
    with pytest.raises(ValueError, match="16개 이하"):
        _to_jshtml(SlopeView(), range(17), interval=500, name="기울기 탐색기")
    assert hashlib.md5(b"").hexdigest() != anim_id


CHAPTER_VIEWS = ["learning rate", "batch size", "line", "complexity", "test size"]


def chapter_view(name):
    """A small instance of each chapter's view and a few slider values for it."""
    X, y = make_linear_data(n=500, seed=0)
    X_cricket, y_cricket = make_cricket_data(n=30, seed=0)
    X_train, y_train = make_smooth_data(20, seed=0)
    X_new, y_new = make_smooth_data(200, seed=100)
    model = PolynomialRegression(3, domain=(0, 1)).fit(X_train, y_train)
    X_pool, y_pool = make_smooth_data(5000, seed=1)
    errors = (model.predict(X_pool) - y_pool) ** 2
    views = {
        "learning rate": (lambda: LearningRateView(dpi=50), [0.1, 0.45, 0.55]),
        "batch size": (lambda: BatchSizeView(X, y, dpi=50), [1, 20, 500]),
        "line": (lambda: FitView(X_cricket, y_cricket, dpi=50), [(0.0, 0.0), (0.15, 4.0)]),
        "complexity": (
            lambda: ComplexityView(X_train, y_train, X_new, y_new, max_degree=12,
                                   true_function=smooth_function, dpi=50),
            [0, 4, 12],
        ),
        "test size": (lambda: TestSizeView(errors, sizes=(5, 50, 500), num_repeats=200, dpi=50),
                      [5, 500]),
    }
    return views[name]


@pytest.mark.parametrize("name", CHAPTER_VIEWS)
def test_every_chapter_view_blits_exactly_what_a_full_draw_shows(name):
    make_view, values = chapter_view(name)
    # Grid lines (part of the axis, kept in the background) would lie over the histogram bars
    # of the test-size view in a full draw; without a grid every view must match exactly.
    with matplotlib.rc_context({"axes.grid": False}):
        view = make_view()
    assert isinstance(view, _BlitView) and plt.get_fignums() == []
    view.update(values[0])
    view.render()
    draws = count_full_draws(view)
    for value in values:
        changed = view.update(value)
        assert changed and all(artist in view._dynamic for artist in changed)
        view.render()
        assert draws == [], "an update must only blit"
        np.testing.assert_array_equal(pixels(view), full_draw_pixels(view), err_msg=f"{value}")
        view.render()  # full_draw_pixels invalidated the background: save it again
        draws.clear()
