import matplotlib.pyplot as plt
import numpy as np
import pytest

from utils.plotting import plot_fit, plot_loss_bowl, plot_loss_contour, plot_loss_curve

pytestmark = pytest.mark.usefixtures("book_style")


def test_loss_curve_draws_the_values_and_labels():
    fig, ax = plt.subplots()
    out = plot_loss_curve([4.0, 1.0, 0.25], x=[0, 10, 20], ax=ax, label="학습률 0.1")
    assert out is ax
    (line,) = ax.lines
    assert line.get_xdata().tolist() == [0, 10, 20]
    assert line.get_ydata().tolist() == [4.0, 1.0, 0.25]
    assert ax.get_xlabel() == "단계" and ax.get_ylabel() == "손실(MSE)"
    assert ax.get_legend().get_texts()[0].get_text() == "학습률 0.1"


def test_log_loss_curve_has_log_axis_and_no_glyph_warning():
    fig, ax = plt.subplots()
    plot_loss_curve([10.0, 1e-3, 1e-6], ax=ax, logy=True)
    assert ax.get_yscale() == "log"
    fig.canvas.draw()  # filterwarnings=error: a missing glyph would raise here


def test_loss_bowl_draws_curve_and_path():
    fig, ax = plt.subplots()
    w = np.linspace(-1, 1, 21)
    plot_loss_bowl(w, w**2, w_path=[1.0, 0.5, 0.25], loss_path=[1.0, 0.25, 0.0625], ax=ax)
    curve, path = ax.lines
    assert np.allclose(curve.get_ydata(), w**2)
    assert path.get_xdata().tolist() == [1.0, 0.5, 0.25]
    assert path.get_marker() == "o"


def test_loss_contour_draws_contours_and_path():
    fig, ax = plt.subplots()
    w = b = np.linspace(-2, 2, 30)
    grid = 1 + w[None, :] ** 2 + 3 * b[:, None] ** 2
    plot_loss_contour(w, b, grid, w_path=[2.0, 1.0, 0.0], b_path=[2.0, 0.5, 0.0], ax=ax)
    assert len(ax.collections) >= 1  # the contour set
    path, start = ax.lines
    assert path.get_ydata().tolist() == [2.0, 0.5, 0.0]
    assert start.get_xdata().tolist() == [2.0]
    assert ax.get_xlabel() == "가중치 w" and ax.get_ylabel() == "편향 b"


def test_fit_draws_data_and_line():
    fig, ax = plt.subplots()
    plot_fit([0.0, 1.0, 4.0], [1.0, 3.0, 9.0], w=2.0, b=1.0, ax=ax, xlabel="울음", ylabel="기온")
    (line,) = ax.lines
    assert line.get_xdata().tolist() == [0.0, 4.0] and ax.get_title().endswith("MSE = 0")
    assert line.get_ydata().tolist() == [1.0, 9.0]
    assert ax.collections[0].get_offsets().shape == (3, 2)
    assert ax.get_xlabel() == "울음"


def test_helpers_use_current_axes_when_none():
    fig, ax = plt.subplots()
    assert plot_loss_curve([1.0, 0.5]) is ax
