"""The explorer engine (utils.engine), tested once through its public names.

A small test view exercises the blitting base view, the explorer builder and the animation
writer; the last test runs every chapter's view through the same contract.
"""

import base64
import hashlib
import io
import re

import ipywidgets as widgets
import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pytest
from PIL import Image

from utils.datasets import smooth_function
from utils.engine import MAX_FRAMES, Animation, BlitView, animate_view, check_frames, image_explorer
from utils.plotting import BatchSizeView, ComplexityView, FitView, LearningRateView, TestSizeView

pytestmark = pytest.mark.usefixtures("book_style")


class SlopeView(BlitView):
    """y = value * x between a reference line (below) and a star and a legend (above)."""

    def __init__(self, ax=None, dpi=50, follow=False):
        super().__init__(ax, figsize=(4.0, 3.0), dpi=dpi)
        ax = self.axes[0]
        self.ax, self.follow = ax, follow
        self.x = np.linspace(0.0, 1.0, 50)
        (self.reference,) = ax.plot(self.x, 0.5 * self.x, color="C0", label="기준")
        (self.line,) = ax.plot([], [], color="C1", lw=3, label="움직이는 선")
        (self.star,) = ax.plot([0.5], [0.4], "*", color="k", ms=12)  # drawn after the line
        ax.set_xlim(0.0, 1.0)
        ax.set_ylim(-1.0, 1.0)
        ax.legend(loc="upper left", frameon=True, framealpha=0.5)
        ax.set_title(" ")
        self.freeze([self.line, ax.title])

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
    animated = [a for a in view.fig.findobj() if a.get_animated()]
    for artist in animated:
        artist.set_animated(False)
    view.fig.canvas.draw()
    result = pixels(view)
    for artist in animated:
        artist.set_animated(True)
    view.invalidate()
    return result


def test_a_new_view_is_not_a_pyplot_figure_and_pyplot_true_is():
    view = SlopeView()
    assert plt.get_fignums() == [] and view.blitting and len(view.axes) == 1
    assert view.fig.get_size_inches().tolist() == [4.0, 3.0] and view.fig.dpi == 50
    view = BlitView(None, nrows=2, figsize=(4.0, 5.0), dpi=60, pyplot=True)
    assert plt.get_fignums() == [view.fig.number] and view.axes.shape == (2,)


def test_check_frames():
    assert check_frames(x for x in range(3)) == [0, 1, 2]
    assert len(check_frames(range(MAX_FRAMES))) == MAX_FRAMES == 16
    for bad in ([], range(17)):
        with pytest.raises(ValueError, match="16개 이하"):
            check_frames(bad)
    with pytest.raises(TypeError, match="frames"):
        check_frames(5)


def test_drawing_order_puts_covers_above_the_changing_line():
    view = SlopeView()
    animated = [a for a in view.fig.findobj() if a.get_animated()]
    assert view.line in animated and view.ax.title in animated
    assert view.star in animated  # same zorder but added later: drawn over the line
    assert not view.reference.get_animated()  # drawn before the line: stays in the background
    names = {type(a).__name__ for a in animated}
    assert "Legend" in names and "Spine" in names
    assert "XAxis" not in names and "YAxis" not in names
    assert view.dynamic == (view.line, view.ax.title)


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
    view.invalidate()  # a subclass may also say so explicitly
    view.render()
    assert len(draws) == 2
    np.testing.assert_array_equal(pixels(view), full_draw_pixels(view))


def test_view_on_given_axes_draws_normally():
    fig, ax = plt.subplots()
    view = SlopeView(ax=ax)
    view.update(0.5)
    draws = count_full_draws(view)
    view.render()
    assert len(draws) == 1 and not view.blitting  # the caller owns the figure
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
    box = image_explorer(view, slider, "기울기 탐색기")
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
    box = image_explorer(view, [a, b], "합", lambda: a.value + b.value)
    assert view.ax.get_title() == "기울기 0.5"
    b.value = 0.5
    assert view.ax.get_title() == "기울기 0.7" and len(box.children) == 3
    with pytest.raises(TypeError, match="value 함수"):
        image_explorer(SlopeView(), [a, b], "합")


def test_animation_is_deterministic_with_a_still_and_korean_text():
    anim = animate_view(SlopeView(), [0.0, 0.5, 1.0], interval=500, alt="기울기가 커지는 직선",
                        name="기울기 탐색기")
    assert isinstance(anim, Animation)
    again = animate_view(SlopeView(), [0.0, 0.5, 1.0], interval=500, alt="기울기가 커지는 직선",
                         name="기울기 탐색기")
    html = anim.html
    assert html == again.html
    bundle = anim._repr_mimebundle_()
    assert set(bundle) == {"text/html", "image/png", "text/plain"}
    assert bundle["text/html"] == html
    assert bundle["text/plain"] == "기울기 탐색기 애니메이션(프레임 3개)" == repr(anim)
    png = base64.b64decode(bundle["image/png"])
    assert png == anim.png and png.startswith(b"\x89PNG")
    # the <img> shows the first frame without any script (untrusted notebooks, no JS)
    first = base64.b64encode(png).decode("ascii")
    assert f'src="data:image/png;base64,{first}" alt="기울기가 커지는 직선"' in html
    assert 'aria-label="기울기 탐색기 프레임 선택"' in html
    assert "font-awesome" not in html and "https://" not in html  # nothing from a CDN
    assert 'title="다음 프레임"' in html and 'class="fa-solid fa-forward-step"' in html
    assert "Next frame" not in html and 'class="fa fa-' not in html
    frames = re.findall(r"frames\[\d+\] = \"data:image/png;base64,([^\"]+)\"", html)
    assert len(frames) == 3 and len(set(frames)) == 3
    anim_id = re.search(r"_anim_img([0-9a-f]{32})", html).group(1)
    assert len(set(re.findall(r"_anim_img([0-9a-f]{32})", html))) == 1  # no random id left
    other = animate_view(SlopeView(), [0.0, 0.5], interval=500, alt="직선")
    assert re.search(r"_anim_img([0-9a-f]{32})", other.html).group(1) != anim_id
    assert "loop" in html and plt.get_fignums() == []
    assert hashlib.md5(b"").hexdigest() != anim_id


def test_animation_refuses_views_it_cannot_blit():
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="axes=None"):
        animate_view(SlopeView(ax=ax), [0.0], alt="직선")
    with pytest.raises(ValueError, match="16개 이하"):
        animate_view(SlopeView(), range(17), alt="직선")


CHAPTER_VIEWS = ["learning rate", "batch size", "line", "complexity", "test size"]


def chapter_view(name, data):
    """A small instance of each chapter's view and a few slider values for it."""
    X, y = data["linear"]
    X_cricket, y_cricket = data["cricket"]
    X_train, y_train, X_new, y_new = data["complexity"]
    errors = data["squared_errors"]
    views = {
        "learning rate": (lambda: LearningRateView(dpi=50), [0.1, 0.45, 0.55]),
        "batch size": (lambda: BatchSizeView(X, y, dpi=50), [1, 20, 500]),
        "line": (lambda: FitView(X_cricket, y_cricket, dpi=50), [(0.0, 0.0), (0.15, 4.0)]),
        "complexity": (
            lambda: ComplexityView(X_train, y_train, X_new, y_new, max_degree=12,
                                   true_function=smooth_function, dpi=50),
            [0, 4, 12],
        ),
        "test size": (
            lambda: TestSizeView(errors, num_tests=(5, 50, 500), num_repeats=200, dpi=50),
            [5, 500],
        ),
    }
    return views[name]


@pytest.mark.parametrize("name", CHAPTER_VIEWS)
def test_every_chapter_view_blits_exactly_what_a_full_draw_shows(name, explorer_data):
    make_view, values = chapter_view(name, explorer_data)
    # Grid lines (part of the axis, kept in the background) would lie over the histogram bars
    # of the test-size view in a full draw; without a grid every view must match exactly.
    with matplotlib.rc_context({"axes.grid": False}):
        view = make_view()
    assert isinstance(view, BlitView) and plt.get_fignums() == []
    view.update(values[0])
    view.render()
    draws = count_full_draws(view)
    for value in values:
        changed = view.update(value)
        assert changed and all(artist in view.dynamic for artist in changed)
        view.render()
        assert draws == [], "an update must only blit"
        np.testing.assert_array_equal(pixels(view), full_draw_pixels(view), err_msg=f"{value}")
        view.render()  # full_draw_pixels invalidated the background: save it again
        draws.clear()
