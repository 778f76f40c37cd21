"""Figure text a reader can read: at least 11 CSS px in the book's ~700 px article column.

Rendered size in CSS px = font size (pt) x dpi / 72 x (displayed width / pixel width), where
a figure wider than the column is scaled down to it. Checked over every visible Text artist
of each explorer view (the widget image and every animation frame) and of a default
``setup_book()`` figure with a title, labels, ticks and a legend.
"""

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

from utils.datasets import smooth_function
from utils.plotting import (
    BatchSizeView,
    ComplexityView,
    FitView,
    LearningRateView,
    TestSizeView,
    plot_loss_curve,
    plot_loss_vs_degree,
)

pytestmark = pytest.mark.usefixtures("book_style")

COLUMN_PX = 700
MIN_CSS_PX = 11.0


def smallest_text_px(fig) -> tuple[float, str]:
    """The smallest rendered text (CSS px) in the figure's 700 px column, and that text."""
    fig.canvas.draw()
    width_px = fig.get_size_inches()[0] * fig.dpi
    scale = min(1.0, COLUMN_PX / width_px)
    sizes = [
        (t.get_fontsize() * fig.dpi / 72 * scale, t.get_text())
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and t.get_figure() is not None
    ]
    return min(sizes)


def views(data):
    X, y = data["linear"]
    X_c, y_c = data["cricket"]
    X_train, y_train, X_new, y_new = data["complexity"]
    errors = data["squared_errors"]
    return {
        "learning rate": (LearningRateView(), 0.1),
        "batch size": (BatchSizeView(X, y), 20),
        "line": (FitView(X_c, y_c), (0.1, 2.0)),
        "complexity": (ComplexityView(X_train, y_train, X_new, y_new,
                                      true_function=smooth_function), 3),
        "test size": (TestSizeView(errors, num_repeats=100), 50),
    }


def test_every_explorer_view_is_legible_and_fits_the_column(explorer_data):
    for name, (view, value) in views(explorer_data).items():
        view.update(value)
        width_px = view.fig.get_size_inches()[0] * view.fig.dpi
        assert width_px <= COLUMN_PX, f"{name}: {width_px:.0f} px would be scaled down"
        assert len(view.axes) <= 2
        size, text = smallest_text_px(view.fig)
        assert size >= MIN_CSS_PX, f"{name}: {text!r} is {size:.1f} CSS px"


def test_a_default_book_figure_is_legible():
    fig, ax = plt.subplots()
    plot_loss_curve([4.0, 1.0, 0.25], ax=ax, label="학습률 0.1", logy=True)
    ax.set_title("제목")
    size, text = smallest_text_px(fig)
    assert size >= MIN_CSS_PX, f"{text!r} is {size:.1f} CSS px"
    fig, ax = plt.subplots()
    plot_loss_vs_degree([0, 1, 2], [1.0, 0.5, 0.2], [1.0, 0.6, 0.9], highlight=1, ax=ax)
    size, text = smallest_text_px(fig)
    assert size >= MIN_CSS_PX, f"{text!r} is {size:.1f} CSS px"


def test_the_check_can_fail():
    """A 9-inch, 72-dpi, two-panel figure (the old animation frames) is too small."""
    fig, axes = plt.subplots(1, 2, figsize=(9.0, 3.6), dpi=72)
    axes[0].set_title("작은 글자")
    size, _ = smallest_text_px(fig)
    assert size < MIN_CSS_PX
