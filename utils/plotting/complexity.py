"""3장(일반화)의 그림: 다항식 적합, 차수별 손실, 학습·테스트 세트, 모델 복잡도 탐색기.

:class:`ComplexityView` 는 차수마다 모델을 ``__init__`` 에서 한 번씩만 학습시켜 예측 곡선과
학습·테스트 손실을 함께 얻고, 그 데이터로 그림을 한 번 그린다. ``update(degree)`` 는
예측 곡선, 점선, 제목만 바꾼다. :func:`plot_complexity` 는 같은 뷰를 한 번 그린 것이다.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from utils._validation import (
    NotFittedError,
    _shown,
    as_vector,
    check_bool,
    check_callable,
    check_int,
    check_int_list,
    check_range,
    check_xy,
    korean_signature_errors,
)
from utils.engine import BlitView, _check_view_args
from utils.evaluation import _legendre_design
from utils.plotting._base import (
    EXPLORER_DPI,
    STACKED_FIGSIZE,
    add_legend,
    check_labels,
    check_plot_ax,
    check_plottable,
    current_axes,
    plain_log_yaxis,
)

__all__ = [
    "plot_polynomial_fit",
    "plot_loss_vs_degree",
    "plot_split",
    "ComplexityView",
    "plot_complexity",
]

#: 예측 곡선을 그리는 점의 개수.
_GRID_POINTS = 300

#: 테스트 세트 점의 색(C1 주황을 흰 바탕에 35%로 섞은 색).
_TEST_COLOR = "#ffd2ab"


def _one_feature(X, y, x_name: str, y_name: str) -> tuple[np.ndarray, np.ndarray]:
    """특성 하나짜리 데이터를 검사해 ``(n,)``, ``(n,)`` 로 돌려준다."""
    X, y = check_xy(X, y, x_name, y_name)
    if X.shape[1] != 1:
        raise ValueError(
            f"{x_name}의 특성이 {X.shape[1]}개다. 이 그림은 특성 하나(1차원 {x_name})만 그린다: "
            f"{x_name}[:, 0]처럼 특성 하나를 골라 넣어야 한다."
        )
    check_plottable(X, x_name)
    check_plottable(y, y_name)
    return X[:, 0], y


def _optional_pair(X, y, x_name: str, y_name: str):
    if X is None and y is None:
        return None, None
    if X is None or y is None:
        given, missing = (x_name, y_name) if y is None else (y_name, x_name)
        raise ValueError(f"{given}을(를) 주었으면 {missing}도 함께 넣어야 한다.")
    return _one_feature(X, y, x_name, y_name)


def _curve(function, grid: np.ndarray, name: str) -> np.ndarray:
    """함수를 격자에서 계산하고 결과가 격자와 같은 길이의 유한한 값인지 확인한다."""
    values = as_vector(function(grid), f"{name}의 결과")
    if values.shape != grid.shape:
        raise ValueError(
            f"{name}은(는) 입력 {grid.shape[0]}개에 값 {grid.shape[0]}개를 돌려주어야 한다"
            f"(받은 개수: {values.shape[0]})."
        )
    check_plottable(values, f"{name}의 결과")
    return values


def _check_ylim(ylim):
    return None if ylim is None else check_range(ylim, "ylim")


def _draw_scene(ax, grid, curve, train, test, true_curve, x_range, ylim, labels):
    """학습·테스트 점, 참 함수, 예측 곡선을 그리고 예측 곡선(선)을 돌려준다."""
    if test[0] is not None:
        # 옅은 주황의 불투명한 네모: 반투명 점 수백 개보다 PNG(애니메이션 프레임)가 가볍다.
        ax.scatter(*test, s=12, marker="s", color=_TEST_COLOR, edgecolors="none",
                   label=labels["test"])
    ax.scatter(*train, s=28, color="C0", zorder=3, label=labels["train"])
    if true_curve is not None:
        ax.plot(grid, true_curve, "k--", lw=1.2, label=labels["true"])
    (fit_line,) = ax.plot(grid, curve, color="C3", label=labels["fit"])
    if ylim is not None:
        ax.set_ylim(*ylim)
    ax.set_xlim(*x_range)
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    add_legend(ax, loc="upper right", fontsize="small")
    return fit_line


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
    train_label: str | None = "학습 세트",
    test_label: str | None = "테스트 세트",
    fit_label: str | None = "모델의 예측",
    true_label: str | None = "참 함수",
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
) -> Axes:
    """학습된 모델의 예측 곡선을 학습 세트(와 테스트 세트) 점과 함께 그린다.

    Parameters
    ----------
    model : object
        ``predict(X)`` 가 있는 학습된 모델(예: :class:`utils.evaluation.PolynomialRegression`).
    X_train, y_train : array_like, shape (n,)
        학습 세트(진한 점).
    X_test, y_test : array_like or None, optional
        테스트 세트(옅은 네모). 둘을 함께 주거나 함께 뺀다.
    true_function : callable or None, optional
        데이터를 만든 참 함수. 주면 점선으로 그린다.
    x_range : tuple of float, optional
        곡선을 그릴 x 구간 ``(최솟값, 최댓값)``.
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
    >>> from utils.evaluation import PolynomialRegression
    >>> X = np.linspace(0, 1, 10)
    >>> fig, ax = plt.subplots()
    >>> ax = plot_polynomial_fit(PolynomialRegression(1).fit(X, X), X, X, ax=ax)
    >>> len(ax.lines)
    1
    >>> plt.close(fig)
    """
    predict = getattr(model, "predict", None)
    if isinstance(model, type) or not callable(predict):
        raise TypeError(
            f"model에는 predict(X)가 있는 학습된 모델을 넣어야 한다(받은 값: {_shown(model)}). "
            "예: PolynomialRegression(3).fit(X_train, y_train)"
        )
    train = _one_feature(X_train, y_train, "X_train", "y_train")
    test = _optional_pair(X_test, y_test, "X_test", "y_test")
    check_callable(true_function, "true_function")
    x_range = check_range(x_range, "x_range")
    ylim = _check_ylim(ylim)
    check_plot_ax(ax)
    labels = {"train": train_label, "test": test_label, "fit": fit_label, "true": true_label,
              "x": xlabel, "y": ylabel}
    check_labels(train_label=train_label, test_label=test_label, fit_label=fit_label,
                 true_label=true_label, xlabel=xlabel, ylabel=ylabel)
    grid = np.linspace(*x_range, _GRID_POINTS)
    try:
        curve = _curve(predict, grid, "model.predict")
    except NotFittedError:
        raise NotFittedError(
            f"model({type(model).__name__})이 아직 학습되지 않았다. 그리기 전에 "
            "model.fit(X_train, y_train)을 먼저 호출해야 한다."
        ) from None
    true_curve = None if true_function is None else _curve(true_function, grid, "true_function")
    ax = current_axes(ax)
    _draw_scene(ax, grid, curve, train, test, true_curve, x_range, ylim, labels)
    return ax


def _check_losses(values, name: str, count: int, logy: bool) -> np.ndarray:
    values = as_vector(values, name)
    check_plottable(values, name)
    if values.shape[0] != count:
        raise ValueError(
            f"{name}에는 degrees와 같은 {count}개의 값이 있어야 한다(받은 개수: {values.shape[0]})."
        )
    if logy and np.any(values <= 0):
        raise ValueError(
            f"logy=True이면 {name}이(가) 모두 0보다 커야 한다. logy=False로 그려야 한다."
        )
    return values


def _draw_degree_losses(ax, degrees, train, test, highlight, logy, labels):
    """차수별 학습·테스트 손실과 지금 차수의 점선을 그리고 세 선을 돌려준다."""
    (train_line,) = ax.plot(degrees, train, "o-", color="C0", ms=4, label=labels["train"])
    (test_line,) = ax.plot(degrees, test, "s-", color="C1", ms=4, label=labels["test"])
    marker = None
    if highlight is not None:
        marker = ax.axvline(highlight, color="gray", ls=":", lw=1.5)
    if logy:
        plain_log_yaxis(ax)
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    add_legend(ax, loc="upper left", fontsize="small")
    return train_line, test_line, marker


def plot_loss_vs_degree(
    degrees,
    train_losses,
    test_losses,
    highlight: int | None = None,
    logy: bool = True,
    ax=None,
    train_label: str | None = "학습 손실",
    test_label: str | None = "테스트 손실",
    xlabel: str = "다항식 차수(모델 복잡도)",
    ylabel: str = "평균 제곱 오차(MSE)",
) -> Axes:
    """차수(모델 복잡도)에 따른 학습 손실과 테스트 손실을 그린다.

    Parameters
    ----------
    degrees : sequence of int
        차수들(0 이상의 정수, 같은 값 없이 작은 값부터 커지는 순서).
    train_losses, test_losses : array_like, shape (len(degrees),)
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
    degrees = check_int_list(degrees, "degrees", 0, increasing=True)
    logy = check_bool(logy, "logy")
    train = _check_losses(train_losses, "train_losses", len(degrees), logy)
    test = _check_losses(test_losses, "test_losses", len(degrees), logy)
    if highlight is not None:
        highlight = check_int(highlight, "highlight", 0)
    check_plot_ax(ax)
    check_labels(train_label=train_label, test_label=test_label, xlabel=xlabel, ylabel=ylabel)
    labels = {"train": train_label, "test": test_label, "x": xlabel, "y": ylabel}
    ax = current_axes(ax)
    _draw_degree_losses(ax, degrees, train, test, highlight, logy, labels)
    return ax


def plot_split(
    X_train,
    y_train,
    X_test,
    y_test,
    ax=None,
    train_label: str | None = "학습 세트",
    test_label: str | None = "테스트 세트",
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
) -> Axes:
    """학습 세트와 테스트 세트의 예를 다른 색과 모양으로 흩어 그린다.

    Parameters
    ----------
    X_train, y_train : array_like, shape (n,)
        학습 세트(특성 하나와 라벨).
    X_test, y_test : array_like, shape (m,)
        테스트 세트.
    ax : matplotlib.axes.Axes or None, optional
        그릴 축. ``None`` 이면 현재 축.
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
    >>> len(plot_split([0, 1], [0, 1], [2], [2], ax=ax).collections)
    2
    >>> plt.close(fig)
    """
    train = _one_feature(X_train, y_train, "X_train", "y_train")
    test = _one_feature(X_test, y_test, "X_test", "y_test")
    check_plot_ax(ax)
    check_labels(train_label=train_label, test_label=test_label, xlabel=xlabel, ylabel=ylabel)
    ax = current_axes(ax)
    ax.scatter(*train, s=20, color="C0", label=train_label)
    ax.scatter(*test, s=24, marker="s", color="C1", label=test_label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    add_legend(ax, loc="upper right", fontsize="small")
    return ax


def _complexity_title(degree: int, train_loss: float, test_loss: float) -> str:
    return f"{degree}차 다항식: 학습 MSE {train_loss:.3f}, 테스트 MSE {test_loss:.3g}"


class ComplexityView(BlitView):
    """모델 복잡도 탐색기의 그림: 차수 ``degree`` 의 적합(위)과 차수별 손실(아래).

    차수 0부터 ``max_degree`` 까지 모델을 ``__init__`` 에서 한 번씩만 학습시켜 예측 곡선과
    학습·테스트 손실을 얻는다. :meth:`update` 는 예측 곡선, 점선 위치, 제목만 바꾼다.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like, shape (n,)
        학습 세트와 테스트 세트(특성 하나).
    max_degree : int, optional
        고를 수 있는 최고 차수(0 이상 30 이하).
    domain : tuple of float, optional
        입력 구간(그림의 x 범위이자 다항식 기저의 구간).
    true_function : callable or None, optional
        참 함수. 주면 위 축에 점선으로 그린다.
    degree : int, optional
        처음 보여 줄 차수.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 새 그림을 만든다.
    dpi : float, optional
        새 그림의 해상도.
    pyplot : bool, optional
        새 그림을 pyplot에 만들지(:func:`plot_complexity` 가 쓴다).

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> X = np.linspace(0, 1, 12)
    >>> view = ComplexityView(X, X**2, X, X**2, max_degree=3, degree=0)
    >>> _ = view.update(2)
    >>> view.axes[0].get_title().split(":")[0]
    '2차 다항식'
    """

    def __init__(
        self,
        X_train,
        y_train,
        X_test,
        y_test,
        max_degree: int = 15,
        domain: tuple[float, float] = (0.0, 1.0),
        true_function=None,
        degree: int = 3,
        axes=None,
        dpi: float = EXPLORER_DPI,
        pyplot: bool = False,
    ):
        _check_view_args(axes, 2, 1, dpi, pyplot)  # 그림 인자부터: 틀리면 계산하지 않는다
        train = _one_feature(X_train, y_train, "X_train", "y_train")
        test = _one_feature(X_test, y_test, "X_test", "y_test")
        self.max_degree = check_int(max_degree, "max_degree", 0, 30)
        self.domain = check_range(domain, "domain")
        check_callable(true_function, "true_function")
        degree = check_int(degree, "degree", 0, self.max_degree)
        grid = np.linspace(*self.domain, _GRID_POINTS)
        true_curve = None if true_function is None else _curve(true_function, grid, "true_function")
        # 차수마다 한 번씩 학습시켜(PolynomialRegression과 같은 르장드르 기저의 최소 제곱)
        # 예측 곡선과 두 손실을 함께 얻는다. 특성은 최고 차수로 한 번만 만든다.
        self.degrees = np.arange(self.max_degree + 1)
        A_train, A_test, A_grid = (_legendre_design(x, self.max_degree, self.domain)
                                   for x in (train[0], test[0], grid))
        self.curves = np.empty((self.degrees.shape[0], _GRID_POINTS))
        self.train_losses = np.empty(self.degrees.shape[0])
        self.test_losses = np.empty(self.degrees.shape[0])
        for d in self.degrees:
            coef = np.linalg.lstsq(A_train[:, : d + 1], train[1], rcond=None)[0]
            self.curves[d] = A_grid[:, : d + 1] @ coef
            self.train_losses[d] = np.mean((A_train[:, : d + 1] @ coef - train[1]) ** 2)
            self.test_losses[d] = np.mean((A_test[:, : d + 1] @ coef - test[1]) ** 2)
        super().__init__(axes, nrows=2, figsize=STACKED_FIGSIZE, dpi=dpi, pyplot=pyplot)
        fit_ax, loss_ax = self.axes
        scene = {"train": "학습 세트", "test": "테스트 세트", "fit": "모델의 예측",
                 "true": "참 함수", "x": "특성 x", "y": "라벨 y"}
        self.fit_line = _draw_scene(fit_ax, grid, self.curves[degree], train, test, true_curve,
                                    self.domain, (-2.0, 2.0), scene)
        losses = {"train": "학습 손실", "test": "테스트 손실", "x": "다항식 차수(모델 복잡도)",
                  "y": "평균 제곱 오차(MSE)"}
        logy = bool(np.all(self.train_losses > 0) and np.all(self.test_losses > 0))
        *_, self.marker = _draw_degree_losses(loss_ax, self.degrees, self.train_losses,
                                              self.test_losses, degree, logy, losses)
        fit_ax.set_title(" ", fontsize="medium")
        self.title = fit_ax.title
        self.update(degree)
        self.freeze([self.fit_line, self.marker, self.title])

    def check_value(self, degree: int) -> int:
        """:meth:`update` 에 넘길 차수를 검사한다(그림은 건드리지 않는다).

        Parameters
        ----------
        degree : int
            차수(0 이상 ``max_degree`` 이하의 정수).

        Returns
        -------
        int
            검사한 차수.
        """
        return check_int(degree, "degree", 0, self.max_degree)

    def update(self, degree: int) -> list:
        """차수 ``degree`` 로 그림을 고치고 바뀐 아티스트 목록을 돌려준다.

        Parameters
        ----------
        degree : int
            다항식의 차수(0 이상 ``max_degree`` 이하).

        Returns
        -------
        list of matplotlib.artist.Artist
            바뀐 아티스트(예측 곡선, 점선, 제목).
        """
        degree = self.check_value(degree)
        self.fit_line.set_ydata(self.curves[degree])
        self.marker.set_xdata([degree, degree])
        self.title.set_text(
            _complexity_title(degree, self.train_losses[degree], self.test_losses[degree])
        )
        return [self.fit_line, self.marker, self.title]


def plot_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    degree: int,
    max_degree: int = 15,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    axes=None,
) -> np.ndarray:
    """모델 복잡도 탐색기의 한 화면(:class:`ComplexityView` 한 장)을 그린다.

    위 축에는 차수 ``degree`` 다항식의 예측 곡선과 학습·테스트 점을, 아래 축에는 차수
    0부터 ``max_degree`` 까지의 학습 손실과 테스트 손실(로그 눈금)을 그리고 지금 차수를
    점선으로 표시한다.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like, shape (n,)
        학습 세트와 테스트 세트(특성 하나).
    degree : int
        보여 줄 차수(0 이상 ``max_degree`` 이하).
    max_degree, domain, true_function : optional
        :class:`ComplexityView` 와 같다.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 pyplot에 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes, shape (2,)
        위와 아래 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> X = np.linspace(0, 1, 12)
    >>> axes = plot_complexity(X, X**2, X[::2], X[::2] ** 2, 2, max_degree=4)
    >>> len(axes[1].lines[0].get_xdata())
    5
    >>> plt.close("all")
    """
    check_int(degree, "degree", 0)
    view = ComplexityView(X_train, y_train, X_test, y_test, max_degree, domain, true_function,
                          degree, axes=axes, pyplot=True)
    return view.axes


korean_signature_errors(globals())
