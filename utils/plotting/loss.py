"""손실을 그리는 순수 함수: 손실 곡선, 그릇 모양의 손실, (w, b) 평면의 등고선(1장).

모든 함수는 입력을 다 검사한 뒤에 그린다(잘못된 입력이면 아무것도 그리지 않는다).
``ax=None`` 이면 pyplot의 현재 축에 그리고, 그린 축을 돌려준다. ``plt.show()`` 도
``print`` 도 하지 않는다. ``_draw_*`` 조각은 만든 아티스트를 돌려주어 탐색기 뷰가
그 데이터만 바꿀 수 있게 한다.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from utils._validation import (
    _as_float_array,
    _check_finite,
    as_vector,
    check_bool,
    check_int,
    korean_signature_errors,
)
from utils.plotting._base import (
    add_legend,
    check_color,
    check_fmt,
    check_labels,
    check_line_kw,
    check_plot_ax,
    check_plottable,
    current_axes,
    log_yaxis,
)

__all__ = ["plot_loss_curve", "plot_loss_bowl", "plot_loss_contour", "check_loss_grid"]


def _plot_values(values, name: str, min_size: int = 1) -> np.ndarray:
    """그릴 1차원 값들: 유한하고 절댓값이 그릴 수 있는 범위 안이다."""
    values = as_vector(values, name, min_size=min_size)
    check_plottable(values, name)
    return values


def _check_increasing(values: np.ndarray, name: str) -> None:
    if np.any(np.diff(values) <= 0):
        raise ValueError(
            f"{name}은(는) 작은 값부터 커지는 순서여야 한다(예: np.linspace(-1, 3, 50))."
        )


def _check_same_length(a: np.ndarray, b: np.ndarray, a_name: str, b_name: str) -> None:
    if a.shape[0] != b.shape[0]:
        raise ValueError(
            f"{a_name}에는 값이 {a.shape[0]}개, {b_name}에는 {b.shape[0]}개 있다. "
            "두 배열의 길이를 같게 맞춰야 한다."
        )


def _check_path(xs, ys, x_name: str, y_name: str):
    """경로 한 쌍: 둘 다 없거나 둘 다 같은 길이의 배열이어야 한다."""
    if xs is None and ys is None:
        return None, None
    if xs is None or ys is None:
        given, missing = (x_name, y_name) if ys is None else (y_name, x_name)
        raise ValueError(
            f"{given}을(를) 주었으면 {missing}도 함께 넣어야 한다(경로는 두 좌표로 그린다)."
        )
    xs, ys = _plot_values(xs, x_name), _plot_values(ys, y_name)
    _check_same_length(xs, ys, x_name, y_name)
    return xs, ys


def _draw_path(ax, xs, ys, fmt: str = "o-", color="C1", label=None):
    """경사하강법의 걸음(선과 점)을 그리고 그 선을 돌려준다."""
    (line,) = ax.plot(xs, ys, fmt, color=color, lw=1.2, ms=4, label=label)
    return line


def _draw_bowl(ax, w_values, loss_values, label=None):
    """손실 곡선(그릇)을 그리고 그 선을 돌려준다."""
    (line,) = ax.plot(w_values, loss_values, color="C0", label=label)
    return line


def _check_contour_grid(grid: np.ndarray) -> None:
    """등고선을 그릴 수 있는 격자인지(값이 모두 같지 않은지) 확인한다."""
    if not grid.max() > grid.min():
        raise ValueError(
            "loss_grid의 값이 모두 같아 등고선을 그릴 수 없다. 손실이 달라지는 범위의 "
            "w_values와 b_values로 만든 격자를 넣어야 한다(예: mse_grid(X, y, w_values, b_values))."
        )


def _contour_levels(grid: np.ndarray, levels: int) -> np.ndarray:
    """등고선 높이: 값의 범위가 여러 자릿수면 로그 간격, 좁으면 고른 간격."""
    low, high = float(grid.min()), float(grid.max())
    floor = max(low, high * 1e-6, 1e-12)
    if floor * 1.05 < high:
        return np.geomspace(floor * 1.05, high, levels)
    return np.linspace(low, high, levels + 2)[1:-1]


def _draw_contour(ax, w_values, b_values, grid, levels: int):
    """로그 간격 높이의 등고선을 그리고 축 범위를 격자에 맞춘 뒤 등고선 집합을 돌려준다."""
    contours = ax.contour(
        w_values, b_values, grid, levels=_contour_levels(grid, levels), cmap="viridis",
        linewidths=1,
    )
    ax.set_xlim(float(w_values[0]), float(w_values[-1]))
    ax.set_ylim(float(b_values[0]), float(b_values[-1]))
    return contours


def _label_axes(ax, xlabel: str, ylabel: str) -> None:
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)


def plot_loss_curve(
    loss,
    x=None,
    ax=None,
    label: str | None = None,
    xlabel: str = "단계",
    ylabel: str = "손실(MSE)",
    logy: bool = False,
    **line_kw,
) -> Axes:
    """단계(또는 처리한 예의 개수)에 따른 손실 곡선을 그린다.

    Parameters
    ----------
    loss : array_like, shape (k,)
        손실 값들(예: 최적화 기록 ``h`` 의 ``h.loss``).
    x : array_like, shape (k,), optional
        가로축 값(기본값: 0, 1, 2, ...; 예: ``h.examples_seen``).
    ax : matplotlib.axes.Axes, optional
        그릴 축(기본값: 현재 축).
    label, xlabel, ylabel : str, optional
        범례 이름과 축 이름.
    logy : bool, optional
        세로축을 로그 눈금으로 그릴지(손실이 모두 0보다 커야 한다).
    **line_kw
        ``ax.plot`` 에 넘길 선 설정(예: ``lw=1``, ``marker="."``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> fig, ax = plt.subplots()
    >>> ax = plot_loss_curve([4.0, 1.0, 0.25], ax=ax, logy=True)
    >>> len(ax.lines), ax.get_yscale()
    (1, 'log')
    >>> plt.close("all")
    """
    loss = _plot_values(loss, "loss")
    x = np.arange(loss.shape[0]) if x is None else _plot_values(x, "x")
    _check_same_length(x, loss, "x", "loss")
    check_plot_ax(ax)
    check_labels(label=label, xlabel=xlabel, ylabel=ylabel)
    logy = check_bool(logy, "logy")
    if logy and np.any(loss <= 0):
        raise ValueError(
            "logy=True이면 loss가 모두 0보다 커야 한다(로그 눈금에는 0 이하를 그릴 수 없다). "
            "logy=False로 그리거나 0을 작은 수로 바꿔야 한다(예: np.maximum(loss, 1e-12))."
        )
    check_line_kw(line_kw, ("loss", "x", "ax", "label", "xlabel", "ylabel", "logy"))
    ax = current_axes(ax)
    ax.plot(x, loss, label=label, **line_kw)
    if logy:
        log_yaxis(ax)
    _label_axes(ax, xlabel, ylabel)
    if label is not None:
        add_legend(ax)
    return ax


def plot_loss_bowl(
    w_values,
    loss_values,
    w_path=None,
    loss_path=None,
    ax=None,
    xlabel: str = "가중치 w",
    ylabel: str = "손실",
    curve_label: str | None = "손실 곡선",
    path_label: str | None = "경사하강법의 걸음",
    color="C1",
) -> Axes:
    """가중치에 따른 손실 곡선(그릇 모양)과, 주어지면 경사하강법의 걸음을 그린다.

    Parameters
    ----------
    w_values, loss_values : array_like, shape (k,)
        곡선을 이루는 w 값들(작은 값부터 커지는 순서)과 그 손실.
    w_path, loss_path : array_like, shape (m,), optional
        경사하강법이 지나간 w 값들과 그 손실(점과 선으로 잇는다). 둘을 함께 준다.
    ax : matplotlib.axes.Axes, optional
        그릴 축.
    xlabel, ylabel, curve_label, path_label : str, optional
        축 이름과 범례 이름(범례 이름은 None이면 범례에서 뺀다).
    color : color, optional
        걸음의 색.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> fig, ax = plt.subplots()
    >>> ax = plot_loss_bowl([-1, 0, 1], [1, 0, 1], w_path=[1, 0.5], loss_path=[1, 0.25], ax=ax)
    >>> len(ax.lines)
    2
    >>> plt.close("all")
    """
    w_values, loss_values = _plot_values(w_values, "w_values"), _plot_values(loss_values,
                                                                             "loss_values")
    _check_increasing(w_values, "w_values")
    _check_same_length(w_values, loss_values, "w_values", "loss_values")
    w_path, loss_path = _check_path(w_path, loss_path, "w_path", "loss_path")
    check_plot_ax(ax)
    check_labels(xlabel=xlabel, ylabel=ylabel, curve_label=curve_label, path_label=path_label)
    check_color(color)
    ax = current_axes(ax)
    _draw_bowl(ax, w_values, loss_values, curve_label)
    if w_path is not None:
        _draw_path(ax, w_path, loss_path, "o-", color, path_label)
    _label_axes(ax, xlabel, ylabel)
    if curve_label is not None or (w_path is not None and path_label is not None):
        add_legend(ax)
    return ax


def check_loss_grid(w_values, b_values, loss_grid) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """등고선 격자를 검사한다: 늘어나는 w·b 값과 ``(len(b_values), len(w_values))`` 손실.

    Parameters
    ----------
    w_values, b_values : array_like
        격자의 w 값들과 b 값들(1차원, 커지는 순서, 2개 이상).
    loss_grid : array_like, shape (len(b_values), len(w_values))
        격자의 손실(0 이상).

    Returns
    -------
    tuple of numpy.ndarray
        검사한 ``(w_values, b_values, loss_grid)``.

    Examples
    --------
    >>> w, b, grid = check_loss_grid([0, 1, 2], [0, 1], np.zeros((2, 3)))
    >>> grid.shape
    (2, 3)
    >>> check_loss_grid([0, 1, 2], [0, 1], np.zeros((3, 2)))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: loss_grid의 모양은 (len(b_values), len(w_values)) = (2, 3)이어야 한다...
    """
    w_values = _plot_values(w_values, "w_values", min_size=2)
    b_values = _plot_values(b_values, "b_values", min_size=2)
    for name, values in (("w_values", w_values), ("b_values", b_values)):
        _check_increasing(values, name)
    grid = _as_float_array(loss_grid, "loss_grid")
    expected = (b_values.shape[0], w_values.shape[0])
    if grid.shape != expected:
        flipped = grid.shape == expected[::-1]
        hint = " 행이 b, 열이 w다: 뒤바뀌었다면 loss_grid.T를 넣어야 한다." if flipped else ""
        raise ValueError(
            f"loss_grid의 모양은 (len(b_values), len(w_values)) = {expected}이어야 한다"
            f"(받은 모양: {grid.shape}).{hint}"
        )
    _check_finite(grid, "loss_grid")
    check_plottable(grid, "loss_grid")
    if np.any(grid < 0):
        raise ValueError(
            "loss_grid에 음수가 있다. 손실(0 이상)의 격자, 예: mse_grid(...)를 넣어야 한다."
        )
    return w_values, b_values, grid


def plot_loss_contour(
    w_values,
    b_values,
    loss_grid,
    w_path=None,
    b_path=None,
    ax=None,
    levels: int = 15,
    xlabel: str = "가중치 w",
    ylabel: str = "편향 b",
    path_label: str | None = "경사하강법의 경로",
    color="C3",
    marker: str = ".-",
) -> Axes:
    """(w, b) 평면 위의 손실 등고선과, 주어지면 최적화 경로를 그린다.

    등고선 높이는 로그 간격으로 잡아 그릇 바닥 근처도 보이게 한다.

    Parameters
    ----------
    w_values, b_values : array_like
        격자의 w 값들과 b 값들(1차원, 커지는 순서, 2개 이상).
    loss_grid : array_like, shape (len(b_values), len(w_values))
        격자의 손실(:func:`utils.losses.mse_grid` 의 결과).
    w_path, b_path : array_like, optional
        최적화가 지나간 (w, b)(예: ``h.w``, ``h.b``). 둘을 함께 준다.
    ax : matplotlib.axes.Axes, optional
        그릴 축.
    levels : int, optional
        등고선 개수(1 이상 100 이하의 정수).
    xlabel, ylabel, path_label : str, optional
        축 이름과 범례 이름.
    color : color, optional
        경로의 색.
    marker : str, optional
        경로의 선 형식(예: ``".-"``, ``"-"``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> w = b = np.linspace(-1, 1, 5)
    >>> fig, ax = plt.subplots()
    >>> ax = plot_loss_contour(w, b, 1 + w[None, :] ** 2 + b[:, None] ** 2,
    ...                        w_path=[1, 0], b_path=[1, 0], ax=ax)
    >>> len(ax.lines)  # 경로와 시작점
    2
    >>> plt.close("all")
    """
    w_values, b_values, grid = check_loss_grid(w_values, b_values, loss_grid)
    _check_contour_grid(grid)
    w_path, b_path = _check_path(w_path, b_path, "w_path", "b_path")
    check_plot_ax(ax)
    levels = check_int(levels, "levels", 1, 100)
    check_labels(xlabel=xlabel, ylabel=ylabel, path_label=path_label)
    check_color(color)
    check_fmt(marker, "marker")
    ax = current_axes(ax)
    _draw_contour(ax, w_values, b_values, grid, levels)
    if w_path is not None:
        _draw_path(ax, w_path, b_path, marker, color, path_label)
        ax.plot(w_path[:1], b_path[:1], "s", color=color, ms=6)
        if path_label is not None:
            add_legend(ax, loc="upper right")
    _label_axes(ax, xlabel, ylabel)
    return ax


korean_signature_errors(globals())
