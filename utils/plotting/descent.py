"""1장(손실 줄이기)의 탐색기 그림: 학습률, 배치 크기, 데이터 위의 직선.

세 탐색기 모두 같은 틀을 따른다(:mod:`utils.engine`). 뷰는 입력을 검사하고 데이터를
``__init__`` 에서 한 번 계산해 그림을 한 번 그리며, 그때 만든 아티스트를 간직한다.
``update(value)`` 는 그 아티스트의 데이터와 제목만 바꾼다. ``plot_*`` 함수는 같은 뷰를
pyplot 그림에 한 번 그린 것이다.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from utils._validation import (
    _shown,
    check_int,
    check_positive,
    check_real,
    check_seed,
    check_xy,
    korean_signature_errors,
)
from utils.engine import BlitView, _check_view_args
from utils.losses import _mse_grid
from utils.optim import _LinearProblem, minimize_quadratic
from utils.plotting._base import (
    EXPLORER_DPI,
    FIGSIZE,
    PLOT_LIMIT,
    STACKED_FIGSIZE,
    add_legend,
    check_color,
    check_labels,
    check_plottable,
    log_yaxis,
)
from utils.plotting.loss import _draw_bowl, _draw_contour, _draw_path

__all__ = [
    "LearningRateView",
    "plot_learning_rate",
    "BatchSizeView",
    "plot_batch_size",
    "FitView",
    "plot_fit",
]


def _reserve_titles(axes) -> list:
    """제목 자리를 배치에 넣어 두고 제목 아티스트들을 돌려준다."""
    for ax in axes:
        ax.set_title(" ")
    return [ax.title for ax in axes]


class LearningRateView(BlitView):
    r"""학습률 탐색기의 그림: 1차원 이차 함수 :math:`f(w) = \tfrac{c}{2}w^2` 를 내려가는 걸음.

    위 축에는 그릇(손실 곡선)과 걸음을, 아래 축에는 단계별 손실을 로그 눈금으로 그린다.
    :meth:`update` 는 학습률 하나로 경사하강법을 다시 돌려(수 마이크로초) 선의 데이터와
    제목만 바꾼다. 거리가 처음의 10배(손실이 100배)를 넘으면 발산으로 보고 멈춘다.

    Parameters
    ----------
    curvature : float, optional
        그릇의 곡률 :math:`f''` (0보다 큰 수).
    w0 : float, optional
        시작점(0이 아닌 유한한 수).
    num_steps : int, optional
        최대 단계 수(1 이상 1000 이하).
    tol : float, optional
        수렴 기준(최솟값까지의 거리).
    learning_rate : float or None, optional
        처음 그릴 학습률. ``None`` 이면 :meth:`update` 를 부를 때까지 걸음을 그리지 않는다.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 주면 그 그림에 보통 그림으로 그리고, 없으면 새 그림을 만든다.
    dpi : float, optional
        새 그림의 해상도.
    pyplot : bool, optional
        새 그림을 pyplot에 만들지(:func:`plot_learning_rate` 가 쓴다).

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = LearningRateView()
    >>> _ = view.update(0.1)
    >>> len(view.path.get_xdata())  # 시작점 + 11걸음
    12
    >>> view.axes[0].get_title()
    '학습률 0.1: 11단계 만에 수렴'
    """

    def __init__(
        self,
        curvature: float = 4.0,
        w0: float = 1.0,
        num_steps: int = 20,
        tol: float = 0.005,
        learning_rate: float | None = None,
        axes=None,
        dpi: float = EXPLORER_DPI,
        pyplot: bool = False,
    ):
        _check_view_args(axes, 2, 1, dpi, pyplot)  # 그림 인자부터: 틀리면 계산하지 않는다
        self.curvature = check_positive(curvature, "curvature")
        self.w0 = check_real(w0, "w0", example="w0=1.0")
        if self.w0 == 0:
            raise ValueError("w0은(는) 0이 아닌 시작점이어야 한다(0은 이미 최솟값이다). 예: w0=1.0")
        if not 1e10 * self.curvature * self.w0 * self.w0 <= PLOT_LIMIT:
            raise ValueError(
                f"curvature={self.curvature:g}, w0={self.w0:g}이면 손실이 너무 커서 그릴 수 없다. "
                "curvature나 w0을 줄여야 한다(예: curvature=4.0, w0=1.0)."
            )
        self.num_steps = check_int(num_steps, "num_steps", 1, 1000)
        self.tol = check_positive(tol, "tol")
        if learning_rate is not None:
            learning_rate = self.check_value(learning_rate)
        super().__init__(axes, nrows=2, figsize=STACKED_FIGSIZE, dpi=dpi, pyplot=pyplot)
        self.span = 2.2 * abs(self.w0)
        grid = np.linspace(-self.span, self.span, 201)
        bowl_ax, loss_ax = self.axes
        top = 0.5 * self.curvature * self.span**2
        _draw_bowl(bowl_ax, grid, 0.5 * self.curvature * grid**2)
        self.path = _draw_path(bowl_ax, [], [], "o-", "C1")
        bowl_ax.set_ylim(-0.1 * top, 1.1 * top)
        bowl_ax.set_xlabel("가중치 w")
        bowl_ax.set_ylabel("손실")
        (self.loss_line,) = loss_ax.plot([], [], ".-", color="C1")
        log_yaxis(loss_ax)
        loss_ax.set_ylim(1e-8 * top, 1e7 * top)
        loss_ax.set_xlim(-0.5, self.num_steps + 0.5)
        loss_ax.set_xlabel("단계")
        loss_ax.set_ylabel("손실")
        self.titles = _reserve_titles(self.axes)
        if learning_rate is not None:
            self.update(learning_rate)
        self.freeze([self.path, self.loss_line, *self.titles])

    def check_value(self, learning_rate: float) -> float:
        """:meth:`update` 에 넘길 학습률을 검사한다(그림은 건드리지 않는다).

        Parameters
        ----------
        learning_rate : float
            학습률(0보다 큰 유한한 수).

        Returns
        -------
        float
            검사한 학습률.
        """
        return check_positive(learning_rate, "learning_rate")

    def update(self, learning_rate: float) -> list:
        """학습률 하나로 경사하강법을 다시 돌리고 선과 제목을 바꾼다.

        Parameters
        ----------
        learning_rate : float
            학습률(0보다 큰 유한한 수).

        Returns
        -------
        list of matplotlib.artist.Artist
            바뀐 아티스트(걸음, 손실 곡선, 두 제목).
        """
        learning_rate = self.check_value(learning_rate)
        h = minimize_quadratic(
            self.curvature, learning_rate, w0=self.w0, num_steps=self.num_steps, tol=self.tol,
            divergence_factor=100.0,
        )
        w = np.clip(h.w, -self.span, self.span)
        self.path.set_data(w, 0.5 * self.curvature * w**2)
        self.loss_line.set_data(np.arange(h.loss.shape[0]), np.maximum(h.loss, 1e-12))
        factor = abs(1 - learning_rate * self.curvature)
        if h.converged:
            result = f"{h.steps_to_converge}단계 만에 수렴"
        elif h.diverged:
            result = f"{h.diverged_at}단계에서 발산"
        elif factor > 1:
            result = "점점 멀어짐(발산)"
        elif factor == 1:
            result = "두 점 사이를 영원히 오감"
        else:
            result = f"{self.num_steps}단계 안에 수렴하지 못함"
        self.titles[0].set_text(f"학습률 {learning_rate:g}: {result}")
        self.titles[1].set_text(f"한 걸음마다 거리 × {factor:.2f}")
        return [self.path, self.loss_line, *self.titles]


def plot_learning_rate(
    learning_rate: float,
    curvature: float = 4.0,
    w0: float = 1.0,
    num_steps: int = 20,
    tol: float = 0.005,
    axes=None,
) -> np.ndarray:
    """학습률 하나에 대한 :class:`LearningRateView` 를 한 번 그리고 두 축을 돌려준다.

    Parameters
    ----------
    learning_rate : float
        학습률(0보다 큰 유한한 수).
    curvature, w0, num_steps, tol : optional
        :class:`LearningRateView` 와 같다.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 pyplot에 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes, shape (2,)
        위(그릇과 걸음)와 아래(단계별 손실) 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> axes = plot_learning_rate(1.0)
    >>> axes[0].get_title()
    '학습률 1: 3단계에서 발산'
    >>> plt.close("all")
    """
    learning_rate = check_positive(learning_rate, "learning_rate")
    view = LearningRateView(curvature, w0, num_steps, tol, learning_rate, axes=axes, pyplot=True)
    return view.axes


#: 배치 크기 탐색기가 한 번에 돌릴 수 있는 최대 단계 수(예 개수 × 에포크 수).
_MAX_SGD_STEPS = 1_000_000


class BatchSizeView(BlitView):
    """배치 크기 탐색기의 그림: 미니 배치 SGD의 경로와 손실 곡선.

    위 축에는 (w, b) 손실 등고선 위의 경로(별표가 최소 제곱 해)를, 아래 축에는 처리한
    예의 개수에 따른 전체 데이터 손실이 최솟값보다 얼마나 큰지를 로그 눈금으로 그린다.
    에포크 수가 같으면 배치 크기와 상관없이 처리한 예의 개수가 같으므로, 배치 크기가
    잡음과 도달한 손실을 어떻게 바꾸는지 바로 비교된다. 데이터 검사, 최소 제곱 풀이,
    등고선은 ``__init__`` 에서 한 번만 하고, :meth:`update` 는 SGD만 다시 돌린다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    learning_rate : float, optional
        학습률(모든 배치 크기에 같게 쓴다).
    num_epochs : int, optional
        에포크 수(예 개수 × 에포크 수는 100만 이하).
    seed : int, optional
        예를 섞는 시드(0 이상의 정수).
    max_points : int, optional
        경로를 그릴 때 쓰는 최대 점 개수(많으면 고르게 솎는다).
    batch_size : int or None, optional
        처음 그릴 배치 크기(1 이상 n 이하). ``None`` 이면 :meth:`update` 를 부를 때까지
        경로를 그리지 않는다.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 새 그림을 만든다.
    dpi : float, optional
        새 그림의 해상도.
    pyplot : bool, optional
        새 그림을 pyplot에 만들지(:func:`plot_batch_size` 가 쓴다).

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> from utils.datasets import make_linear_data
    >>> X, y = make_linear_data(n=200, seed=0)
    >>> view = BatchSizeView(X, y, learning_rate=0.1)
    >>> _ = view.update(20)
    >>> len(view.loss_line.get_xdata())  # 시작점 + 10단계
    11
    """

    def __init__(
        self,
        X,
        y,
        learning_rate: float = 0.02,
        num_epochs: int = 1,
        seed: int = 0,
        max_points: int = 2000,
        batch_size: int | None = None,
        axes=None,
        dpi: float = EXPLORER_DPI,
        pyplot: bool = False,
    ):
        _check_view_args(axes, 2, 1, dpi, pyplot)  # 그림 인자부터: 틀리면 계산하지 않는다
        self.learning_rate = check_positive(learning_rate, "learning_rate")
        self.num_epochs = check_int(num_epochs, "num_epochs", 1, 1000)
        self.seed = check_seed(seed)
        self.max_points = check_int(max_points, "max_points", 2, 100_000)
        problem = _LinearProblem(X, y, one_feature_only=True)  # 검사와 최소 제곱 풀이, 한 번
        if problem.n * self.num_epochs > _MAX_SGD_STEPS:
            raise ValueError(
                f"예 {problem.n:,}개 × 에포크 {self.num_epochs}번은 그리기에 너무 많다. "
                f"곱이 {_MAX_SGD_STEPS:,} 이하가 되게 X를 줄이거나 num_epochs를 줄여야 한다."
            )
        self.problem, self.n = problem, problem.n
        if batch_size is not None:
            batch_size = self.check_value(batch_size)
        x, labels = problem.Z[:, 0], problem.Z[:, 2]
        w_star, b_star = (float(v) for v in problem.t_star)
        self.loss_star = problem.loss_star
        start_gap = float(np.mean(labels**2)) - self.loss_star
        if not (np.isfinite(start_gap) and np.all(np.isfinite(problem.t_star))
                and abs(w_star) < 1e100 and abs(b_star) < 1e100):
            raise ValueError(
                "X나 y의 값이 너무 커서 손실을 그릴 수 없다. 단위를 바꾸거나 표준화한 X, y를 "
                "넣어야 한다(예: (X - X.mean()) / X.std())."
            )
        super().__init__(axes, nrows=2, figsize=STACKED_FIGSIZE, dpi=dpi, pyplot=pyplot)
        pad_w, pad_b = 0.35 * max(abs(w_star), 1.0), 0.35 * max(abs(b_star), 1.0)
        ws = np.linspace(min(0.0, w_star) - pad_w, max(0.0, w_star) + pad_w, 60)
        bs = np.linspace(min(0.0, b_star) - pad_b, max(0.0, b_star) + pad_b, 60)
        path_ax, loss_ax = self.axes
        _draw_contour(path_ax, ws, bs, _mse_grid(x, labels, ws, bs), levels=15)
        self.path = _draw_path(path_ax, [], [], "-", "C3")
        path_ax.plot([0.0], [0.0], "s", color="C3", ms=6)
        path_ax.plot([w_star], [b_star], "*", color="k", ms=10)
        path_ax.set_xlabel("가중치 w")
        path_ax.set_ylabel("편향 b")
        (self.loss_line,) = loss_ax.plot([], [], color="C1", lw=1)
        log_yaxis(loss_ax)
        loss_ax.set_ylim(1e-7, max(10 * start_gap, 1e-5))
        loss_ax.set_xlim(0, self.n * self.num_epochs)
        loss_ax.set_xlabel("처리한 예의 개수")
        loss_ax.set_ylabel("손실 − 최솟값")
        self.titles = _reserve_titles(self.axes)
        if batch_size is not None:
            self.update(batch_size)
        self.freeze([self.path, self.loss_line, *self.titles])

    def check_value(self, batch_size: int) -> int:
        """:meth:`update` 에 넘길 배치 크기를 검사한다(그림은 건드리지 않는다).

        Parameters
        ----------
        batch_size : int
            배치 크기(1 이상 n 이하의 정수).

        Returns
        -------
        int
            검사한 배치 크기.
        """
        return check_int(batch_size, "batch_size", 1, self.n)

    def update(self, batch_size: int) -> list:
        """배치 크기 하나로 미니 배치 SGD를 다시 돌리고 선과 제목을 바꾼다.

        Parameters
        ----------
        batch_size : int
            배치 크기(1 이상 n 이하).

        Returns
        -------
        list of matplotlib.artist.Artist
            바뀐 아티스트(경로, 손실 곡선, 두 제목).
        """
        batch_size = self.check_value(batch_size)
        h = self.problem.minibatch_sgd(
            self.learning_rate, batch_size, self.num_epochs, None, 0.0, self.seed, 1e6
        )
        count = min(self.max_points, h.num_steps + 1)
        keep = np.unique(np.linspace(0, h.num_steps, count).astype(int))
        self.path.set_data(h.w[keep], h.b[keep])
        self.path.set_marker("." if keep.shape[0] <= 60 else "")
        excess = np.maximum(h.loss[keep] - self.loss_star, 1e-12)
        self.loss_line.set_data(h.examples_seen[keep], excess)
        self.titles[0].set_text(f"배치 크기 {batch_size:,}: {h.num_steps:,}단계")
        gap = h.final_loss - self.loss_star
        self.titles[1].set_text(f"마지막 손실 {h.final_loss:.4f} (최솟값 + {gap:.4f})")
        return [self.path, self.loss_line, *self.titles]


def plot_batch_size(
    X,
    y,
    batch_size: int,
    learning_rate: float = 0.02,
    num_epochs: int = 1,
    seed: int = 0,
    axes=None,
) -> np.ndarray:
    """배치 크기 하나에 대한 :class:`BatchSizeView` 를 한 번 그리고 두 축을 돌려준다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    batch_size : int
        배치 크기(1 이상 n 이하).
    learning_rate, num_epochs, seed : optional
        :class:`BatchSizeView` 와 같다.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 pyplot에 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes, shape (2,)
        위(등고선 위의 경로)와 아래(손실 − 최솟값) 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> from utils.datasets import make_linear_data
    >>> X, y = make_linear_data(n=200, seed=0)
    >>> axes = plot_batch_size(X, y, 200, learning_rate=0.1)
    >>> axes[0].get_title()
    '배치 크기 200: 1단계'
    >>> plt.close("all")
    """
    check_int(batch_size, "batch_size", 1)
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed, batch_size=batch_size, axes=axes,
                         pyplot=True)
    return view.axes


def _check_line_param(value, name: str) -> float:
    """직선의 w나 b: 그릴 수 있는 크기(절댓값 1e100 이하)의 실수."""
    return check_real(value, name, low=-PLOT_LIMIT, high=PLOT_LIMIT)


def _check_params(params, name: str = "params") -> tuple[float, float]:
    """직선의 ``(w, b)`` 한 쌍(리스트, 튜플, 길이 2의 배열)을 검사한다."""
    if not isinstance(params, (list, tuple, np.ndarray)) or np.ndim(params) != 1 or len(
        params
    ) != 2:
        raise TypeError(
            f"{name}에는 (w, b) 두 수를 넣어야 한다(받은 값: {_shown(params)}). 예: (0.1, 2.0)"
        )
    return _check_line_param(params[0], f"{name}의 w"), _check_line_param(params[1], f"{name}의 b")


class FitView(BlitView):
    """직선 탐색기의 그림: 데이터와 직선 :math:`y' = b + wx`, 제목에 그 직선의 MSE.

    점과 축은 한 번만 그리고 :meth:`update` 는 직선과 제목만 바꾼다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    xlabel, ylabel : str, optional
        축 이름.
    data_label, line_label : str or None, optional
        범례 이름(None이면 범례에서 뺀다).
    color : color, optional
        직선의 색.
    params : tuple of float or None, optional
        처음 그릴 직선의 ``(w, b)``. ``None`` 이면 :meth:`update` 를 부를 때까지 직선을
        그리지 않는다.
    ax : matplotlib.axes.Axes, optional
        그릴 축. 없으면 새 그림을 만든다.
    dpi : float, optional
        새 그림의 해상도.
    pyplot : bool, optional
        새 그림을 pyplot에 만들지(:func:`plot_fit` 이 쓴다).

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = FitView([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    >>> _ = view.update((2.0, 1.0))
    >>> view.axes[0].get_title()
    'w = 2, b = 1 → MSE = 0'
    """

    def __init__(
        self,
        X,
        y,
        xlabel: str = "특성 x",
        ylabel: str = "라벨 y",
        data_label: str | None = "데이터",
        line_label: str | None = "모델 y' = b + wx",
        color="C1",
        params=None,
        ax=None,
        dpi: float = EXPLORER_DPI,
        pyplot: bool = False,
    ):
        _check_view_args(ax, 1, 1, dpi, pyplot)  # 그림 인자부터: 틀리면 계산하지 않는다
        X, y = check_xy(X, y)
        if X.shape[1] != 1:
            raise ValueError(
                f"X의 특성이 {X.shape[1]}개다. 직선 그림은 특성 하나(1차원 X)만 그린다: "
                "X[:, 0]처럼 특성 하나를 골라 넣어야 한다."
            )
        check_plottable(X, "X")
        check_plottable(y, "y")
        check_labels(xlabel=xlabel, ylabel=ylabel, data_label=data_label, line_label=line_label)
        check_color(color)
        if params is not None:
            params = self.check_value(params)
        super().__init__(ax, figsize=FIGSIZE, dpi=dpi, pyplot=pyplot)
        self.X, self.y = X[:, 0], y
        ax = self.axes[0]
        ax.scatter(self.X, y, s=14, alpha=0.7, label=data_label)
        self.ends = np.array([self.X.min(), self.X.max()])
        (self.line,) = ax.plot([], [], color=color, label=line_label)
        pad = 0.15 * (y.max() - y.min()) or 1.0
        ax.set_ylim(y.min() - 3 * pad, y.max() + 3 * pad)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
        if data_label is not None or line_label is not None:
            add_legend(ax, loc="upper left")
        (self.title,) = _reserve_titles([ax])
        if params is not None:
            self.update(params)
        self.freeze([self.line, self.title])

    def check_value(self, params) -> tuple[float, float]:
        """:meth:`update` 에 넘길 ``(w, b)`` 를 검사한다(그림은 건드리지 않는다).

        Parameters
        ----------
        params : tuple of float
            직선의 ``(w, b)`` (절댓값 1e100 이하의 두 실수).

        Returns
        -------
        tuple of float
            검사한 ``(w, b)``.
        """
        return _check_params(params)

    def update(self, params) -> list:
        """``params = (w, b)`` 의 직선을 그리고 제목에 MSE를 적는다.

        Parameters
        ----------
        params : tuple of float
            직선의 ``(w, b)``.

        Returns
        -------
        list of matplotlib.artist.Artist
            바뀐 아티스트(직선과 제목).
        """
        w, b = self.check_value(params)
        with np.errstate(over="ignore", invalid="ignore"):
            self.line.set_data(self.ends, b + w * self.ends)
            residual = b + w * self.X - self.y
            loss = float(np.mean(residual * residual))
        self.title.set_text(f"w = {w:.4g}, b = {b:.4g} → MSE = {loss:.4g}")
        return [self.line, self.title]


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
    color="C1",
) -> Axes:
    """데이터(산점도)와 선형 모델 :math:`y' = b + wx` 의 직선을 그린다(:class:`FitView` 한 장).

    제목에 그 직선의 MSE를 적는다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    w, b : float
        직선의 가중치와 편향(절댓값 1e100 이하).
    ax : matplotlib.axes.Axes, optional
        그릴 축(기본값: 현재 축).
    xlabel, ylabel : str, optional
        축 이름.
    data_label, line_label : str or None, optional
        범례 이름(None이면 범례에서 뺀다).
    color : color, optional
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
    params = (_check_line_param(w, "w"), _check_line_param(b, "b"))
    view = FitView(X, y, xlabel, ylabel, data_label, line_label, color, params, ax=ax, pyplot=True)
    return view.axes[0]


korean_signature_errors(globals())
