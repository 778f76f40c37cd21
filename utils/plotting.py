"""책의 표준 그림을 그리는 순수 함수들.

모든 함수는 ``ax=None`` 을 받아 그 축에 그리고 그 축을 돌려준다. ``plt.show()`` 도
``print`` 도 하지 않는다. 한국어 축 이름과 제목은 인자로 받는다.
"""

from __future__ import annotations

__all__: list[str] = []


# ---------------------------------------------------------------------------
# 1장: 손실 줄이기
# ---------------------------------------------------------------------------

__all__ += ["plot_loss_curve", "plot_loss_bowl", "plot_loss_contour", "plot_fit"]


def _ch1_axes(ax):
    import matplotlib.pyplot as plt

    return plt.gca() if ax is None else ax


def _ch1_log_yaxis(ax) -> None:
    r"""세로축을 로그 눈금으로 바꾸고 눈금을 :math:`10^k` 로 적는다.

    기본 로그 눈금 글자(``\mathdefault``)는 한글 글꼴에 없는 마이너스 기호를 찾다가
    경고를 내므로, 수식 글꼴로 직접 적는다.
    """
    import math

    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, NullLocator

    ax.set_yscale("log")
    ax.yaxis.set_major_locator(LogLocator(numticks=6))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"$10^{{{round(math.log10(v))}}}$"))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_minor_formatter(NullFormatter())


def plot_loss_curve(
    loss,
    x=None,
    ax=None,
    label: str | None = None,
    xlabel: str = "단계",
    ylabel: str = "손실(MSE)",
    log: bool = False,
    **line_kw,
):
    """단계(또는 처리한 예의 개수)에 따른 손실 곡선을 그린다.

    Parameters
    ----------
    loss : array_like, shape (k,)
        손실 값들.
    x : array_like, optional
        가로축 값(기본값: 0, 1, 2, ...).
    ax : matplotlib.axes.Axes, optional
        그릴 축(기본값: 현재 축).
    label, xlabel, ylabel : str, optional
        범례 이름과 축 이름.
    log : bool, optional
        세로축을 로그 눈금으로 그릴지.
    **line_kw
        ``ax.plot`` 에 넘길 선 설정.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> fig, ax = plt.subplots()
    >>> ax = plot_loss_curve([4.0, 1.0, 0.25], ax=ax)
    >>> len(ax.lines)
    1
    >>> plt.close("all")
    """
    import numpy as np

    ax = _ch1_axes(ax)
    loss = np.asarray(loss, dtype=float)
    x = np.arange(loss.shape[0]) if x is None else np.asarray(x)
    ax.plot(x, loss, label=label, **line_kw)
    if log:
        _ch1_log_yaxis(ax)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if label is not None:
        ax.legend()
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
    color: str = "C1",
):
    """가중치에 따른 손실 곡선(그릇 모양)과, 주어지면 경사하강법의 걸음을 그린다.

    Parameters
    ----------
    w_values, loss_values : array_like
        곡선을 이루는 w 값들과 그 손실.
    w_path, loss_path : array_like, optional
        경사하강법이 지나간 w 값들과 그 손실(점과 선으로 잇는다).
    ax : matplotlib.axes.Axes, optional
        그릴 축.
    xlabel, ylabel, curve_label, path_label : str, optional
        축 이름과 범례 이름.
    color : str, optional
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
    ax = _ch1_axes(ax)
    ax.plot(w_values, loss_values, color="C0", label=curve_label)
    if w_path is not None:
        ax.plot(w_path, loss_path, "o-", color=color, lw=1.2, ms=4, label=path_label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if curve_label is not None or (w_path is not None and path_label is not None):
        ax.legend()
    return ax


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
    color: str = "C3",
    marker: str = ".-",
):
    """(w, b) 평면 위의 손실 등고선과, 주어지면 최적화 경로를 그린다.

    등고선 높이는 로그 간격으로 잡아 그릇 바닥 근처도 보이게 한다.

    Parameters
    ----------
    w_values, b_values : array_like
        격자의 w 값들과 b 값들(1차원).
    loss_grid : array_like, shape (len(b_values), len(w_values))
        격자의 손실(:func:`utils.losses.mse_grid` 의 결과).
    w_path, b_path : array_like, optional
        최적화가 지나간 (w, b).
    ax : matplotlib.axes.Axes, optional
        그릴 축.
    levels : int, optional
        등고선 개수.
    xlabel, ylabel, path_label : str, optional
        축 이름과 범례 이름.
    color, marker : str, optional
        경로의 색과 모양.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> import numpy as np
    >>> w = b = np.linspace(-1, 1, 5)
    >>> fig, ax = plt.subplots()
    >>> ax = plot_loss_contour(w, b, 1 + w[None, :] ** 2 + b[:, None] ** 2,
    ...                        w_path=[1, 0], b_path=[1, 0], ax=ax)
    >>> len(ax.lines)  # 경로와 시작점
    2
    >>> plt.close("all")
    """
    import numpy as np

    ax = _ch1_axes(ax)
    grid = np.asarray(loss_grid, dtype=float)
    low, high = float(grid.min()), float(grid.max())
    low = max(low, high * 1e-6, 1e-12)
    ticks = np.geomspace(low * 1.05, high, levels) if high > low else levels
    ax.contour(w_values, b_values, grid, levels=ticks, cmap="viridis", linewidths=1)
    if w_path is not None:
        ax.plot(w_path, b_path, marker, color=color, lw=1.2, ms=4, label=path_label)
        ax.plot([w_path[0]], [b_path[0]], "s", color=color, ms=6)
        if path_label is not None:
            ax.legend(loc="upper right")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_xlim(float(np.min(w_values)), float(np.max(w_values)))
    ax.set_ylim(float(np.min(b_values)), float(np.max(b_values)))
    return ax


def plot_fit(
    X,
    y,
    w: float,
    b: float,
    ax=None,
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
    data_label: str | None = "데이터",
    line_label: str | None = "모델 y' = b + wx",
    color: str = "C1",
):
    """데이터(산점도)와 선형 모델 :math:`y' = b + wx` 의 직선을 그린다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    w, b : float
        모델의 가중치와 편향.
    ax : matplotlib.axes.Axes, optional
        그릴 축.
    xlabel, ylabel, data_label, line_label : str, optional
        축 이름과 범례 이름.
    color : str, optional
        직선의 색.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> fig, ax = plt.subplots()
    >>> ax = plot_fit([0.0, 1.0, 2.0], [1.0, 3.0, 5.0], w=2.0, b=1.0, ax=ax)
    >>> ax.lines[0].get_ydata().tolist()
    [1.0, 5.0]
    >>> plt.close("all")
    """
    import numpy as np

    ax = _ch1_axes(ax)
    x = np.asarray(X, dtype=float).reshape(-1)
    ax.scatter(x, y, s=14, alpha=0.7, label=data_label)
    ends = np.array([x.min(), x.max()])
    ax.plot(ends, b + w * ends, color=color, label=line_label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if data_label is not None or line_label is not None:
        ax.legend()
    return ax


# ---------------------------------------------------------------------------
# 3장: 일반화
# ---------------------------------------------------------------------------

__all__ += [
    "plot_polynomial_fit",
    "plot_loss_vs_degree",
    "plot_estimate_spread",
    "plot_estimate_histogram",
    "plot_split",
]


def _axes(ax):
    import matplotlib.pyplot as plt

    return plt.gca() if ax is None else ax


def plot_polynomial_fit(
    model,
    X_train,
    y_train,
    X_test=None,
    y_test=None,
    true_function=None,
    x_range: tuple[float, float] = (0.0, 1.0),
    ylim: tuple[float, float] | None = (-2.0, 2.0),
    ax=None,
    train_label: str = "학습 세트",
    test_label: str = "테스트 세트",
    fit_label: str = "모델의 예측",
    true_label: str = "참 함수",
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
):
    """학습된 모델의 예측 곡선을 학습 세트(와 테스트 세트) 점과 함께 그린다.

    Parameters
    ----------
    model : object
        ``predict(X)`` 가 있는 학습된 모델(예: :class:`utils.evaluation.PolynomialRegression`).
    X_train, y_train : array_like
        학습 세트(진한 점).
    X_test, y_test : array_like or None, optional
        테스트 세트(옅은 네모). ``None`` 이면 그리지 않는다.
    true_function : callable or None, optional
        데이터를 만든 참 함수. 주면 점선으로 그린다.
    x_range : tuple of float, optional
        곡선을 그릴 x 구간.
    ylim : tuple of float or None, optional
        y축 범위. 고차 다항식이 구간 끝에서 튀어도 그림이 무너지지 않게 고정한다.
    ax : matplotlib.axes.Axes or None, optional
        그릴 축. ``None`` 이면 현재 축.
    train_label, test_label, fit_label, true_label, xlabel, ylabel : str, optional
        범례와 축 이름.

    Returns
    -------
    matplotlib.axes.Axes
        그린 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> from utils.evaluation import PolynomialRegression
    >>> X = np.linspace(0, 1, 10)
    >>> fig, ax = plt.subplots()
    >>> ax = plot_polynomial_fit(PolynomialRegression(1).fit(X, X), X, X, ax=ax)
    >>> len(ax.lines)
    1
    >>> plt.close(fig)
    """
    import numpy as np

    ax = _axes(ax)
    grid = np.linspace(x_range[0], x_range[1], 300)
    if X_test is not None and y_test is not None:
        ax.scatter(X_test, y_test, s=14, marker="s", color="C1", alpha=0.35, label=test_label)
    ax.scatter(X_train, y_train, s=28, color="C0", zorder=3, label=train_label)
    if true_function is not None:
        ax.plot(grid, true_function(grid), "k--", lw=1.2, label=true_label)
    ax.plot(grid, model.predict(grid), color="C3", label=fit_label)
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.set_xlim(*x_range)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper right", fontsize="small")
    return ax


def plot_loss_vs_degree(
    degrees,
    train_losses,
    test_losses,
    highlight: int | None = None,
    logy: bool = True,
    ax=None,
    train_label: str = "학습 손실",
    test_label: str = "테스트 손실",
    xlabel: str = "다항식 차수(모델 복잡도)",
    ylabel: str = "평균 제곱 오차(MSE)",
):
    """차수(모델 복잡도)에 따른 학습 손실과 테스트 손실을 그린다.

    Parameters
    ----------
    degrees : array_like of int
        차수들.
    train_losses, test_losses : array_like
        차수별 학습 MSE와 테스트 MSE.
    highlight : int or None, optional
        세로 점선으로 표시할 차수.
    logy : bool, optional
        y축을 로그 눈금으로 그릴지 여부(테스트 손실이 폭발할 때 필요하다).
    ax : matplotlib.axes.Axes or None, optional
        그릴 축.
    train_label, test_label, xlabel, ylabel : str, optional
        범례와 축 이름.

    Returns
    -------
    matplotlib.axes.Axes
        그린 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> _ = plot_loss_vs_degree([0, 1, 2], [3.0, 2.0, 1.0], [3.0, 2.5, 4.0], ax=ax)
    >>> [line.get_label() for line in ax.lines]
    ['학습 손실', '테스트 손실']
    >>> plt.close(fig)
    """
    ax = _axes(ax)
    ax.plot(degrees, train_losses, "o-", color="C0", ms=4, label=train_label)
    ax.plot(degrees, test_losses, "s-", color="C1", ms=4, label=test_label)
    if highlight is not None:
        ax.axvline(highlight, color="gray", ls=":", lw=1.5)
    if logy:
        from matplotlib.ticker import FuncFormatter, NullFormatter

        ax.set_yscale("log")
        # 수식 글꼴 없이 "0.1", "1e+04"처럼 적어 한글 글꼴과 섞여도 깨지지 않게 한다.
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
        ax.yaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper left", fontsize="small")
    return ax


def plot_estimate_spread(
    sizes,
    estimates,
    true_loss: float | None = None,
    ax=None,
    label: str = "테스트 손실 추정값(5~95% 구간)",
    median_label: str = "추정값의 중앙값",
    true_label: str = "새 데이터에서의 실제 손실",
    xlabel: str = "테스트 세트 크기(예 개수)",
    ylabel: str = "평균 제곱 오차(MSE)",
):
    """테스트 세트 크기에 따라 테스트 손실 추정값이 흩어지는 폭을 그린다.

    Parameters
    ----------
    sizes : array_like of int, shape (k,)
        테스트 세트 크기들(로그 눈금 x축).
    estimates : array_like, shape (k, num_repeats)
        크기마다 여러 번 다시 뽑아 잰 테스트 손실.
    true_loss : float or None, optional
        숨겨진 분포에서의 실제 손실. 주면 가로 점선으로 그린다.
    ax : matplotlib.axes.Axes or None, optional
        그릴 축.
    label, median_label, true_label, xlabel, ylabel : str, optional
        범례와 축 이름.

    Returns
    -------
    matplotlib.axes.Axes
        그린 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> est = [[1.0, 2.0, 3.0], [1.8, 2.0, 2.2]]
    >>> plot_estimate_spread([10, 100], est, true_loss=2.0, ax=ax).get_xscale()
    'log'
    >>> plt.close(fig)
    """
    import numpy as np

    ax = _axes(ax)
    sizes = np.asarray(sizes)
    estimates = np.asarray(estimates, dtype=float)
    low, mid, high = np.percentile(estimates, [5, 50, 95], axis=1)
    ax.fill_between(sizes, low, high, color="C0", alpha=0.25, label=label)
    ax.plot(sizes, mid, "o-", color="C0", ms=4, label=median_label)
    if true_loss is not None:
        ax.axhline(true_loss, color="k", ls="--", lw=1.2, label=true_label)
    ax.set_xscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper right", fontsize="small")
    return ax


def plot_estimate_histogram(
    estimates,
    true_loss: float | None = None,
    bins: int = 30,
    value_range: tuple[float, float] | None = None,
    ax=None,
    true_label: str = "실제 손실",
    xlabel: str = "테스트 손실 추정값(MSE)",
    ylabel: str = "횟수",
):
    """테스트 손실 추정값들의 히스토그램을 그린다.

    Parameters
    ----------
    estimates : array_like, shape (num_repeats,)
        같은 크기의 테스트 세트를 여러 번 뽑아 잰 손실.
    true_loss : float or None, optional
        실제 손실. 주면 세로 점선으로 그린다.
    bins : int, optional
        막대 개수.
    value_range : tuple of float or None, optional
        히스토그램의 x 범위. 여러 그림을 비교할 때 고정한다.
    ax : matplotlib.axes.Axes or None, optional
        그릴 축.
    true_label, xlabel, ylabel : str, optional
        범례와 축 이름.

    Returns
    -------
    matplotlib.axes.Axes
        그린 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> len(plot_estimate_histogram([1.0, 2.0, 2.5], true_loss=2.0, bins=3, ax=ax).patches)
    3
    >>> plt.close(fig)
    """
    ax = _axes(ax)
    ax.hist(estimates, bins=bins, range=value_range, color="C0", alpha=0.7)
    if true_loss is not None:
        ax.axvline(true_loss, color="k", ls="--", lw=1.5, label=true_label)
        ax.legend(loc="upper right", fontsize="small")
    if value_range is not None:
        ax.set_xlim(*value_range)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return ax


def plot_split(
    X_train,
    y_train,
    X_test,
    y_test,
    ax=None,
    train_label: str = "학습 세트",
    test_label: str = "테스트 세트",
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
):
    """학습 세트와 테스트 세트의 예를 다른 색과 모양으로 흩어 그린다.

    Returns
    -------
    matplotlib.axes.Axes
        그린 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> len(plot_split([0, 1], [0, 1], [2], [2], ax=ax).collections)
    2
    >>> plt.close(fig)
    """
    ax = _axes(ax)
    ax.scatter(X_train, y_train, s=20, color="C0", label=train_label)
    ax.scatter(X_test, y_test, s=24, marker="s", color="C1", label=test_label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend(loc="upper right", fontsize="small")
    return ax
