"""ipywidgets 탐색기. 각 탐색기는 테스트된 순수 그림 함수를 얇게 감싼다.

커널이 없는 정적 사이트에서는 위젯이 다시 계산하지 못하므로, 각 탐색기에는 미리
계산한 자바스크립트 애니메이션(:func:`matplotlib.animation.FuncAnimation.to_jshtml`)
형태도 함께 있다.
"""

from __future__ import annotations

__all__: list[str] = []


# ---------------------------------------------------------------------------
# 1장: 손실 줄이기
# ---------------------------------------------------------------------------

__all__ += [
    "LEARNING_RATES",
    "BATCH_SIZES",
    "LearningRateView",
    "plot_learning_rate",
    "explore_learning_rate",
    "animate_learning_rate",
    "BatchSizeView",
    "plot_batch_size",
    "explore_batch_size",
    "animate_batch_size",
    "FitView",
    "explore_fit",
    "animate_fit",
]

#: 학습률 탐색기의 기본 학습률들(곡률 4인 그릇: 1/f'' = 0.25, 2/f'' = 0.5).
LEARNING_RATES = (0.01, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.52, 0.55)

#: 배치 크기 탐색기의 기본 배치 크기들.
BATCH_SIZES = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)

_CH1_FIGSIZE = (9.0, 3.6)


def _ch1_figure(axes, dpi: int):
    import matplotlib.pyplot as plt

    if axes is None:
        fig, axes = plt.subplots(1, 2, figsize=_CH1_FIGSIZE, dpi=dpi)
    else:
        fig = axes[0].figure
    return fig, axes


def _ch1_log_axis(ax) -> None:
    from utils.plotting import _ch1_log_yaxis

    _ch1_log_yaxis(ax)


def _ch1_freeze(fig) -> None:
    """한 번 배치(constrained layout)한 뒤 배치를 고정해 다시 그리기를 빠르게 한다."""
    fig.canvas.draw()
    fig.set_layout_engine("none")


class LearningRateView:
    r"""학습률 탐색기의 그림: 1차원 이차 함수 :math:`f(w) = \tfrac{c}{2}w^2` 를 내려가는 걸음.

    왼쪽 축에는 그릇(손실 곡선)과 걸음을, 오른쪽 축에는 단계별 손실을 로그 눈금으로
    그린다. 그림은 한 번만 만들고 :meth:`update` 가 선의 데이터만 바꾼다(슬라이더를
    움직일 때마다 부르는 순수한 갱신 함수). 그림에서는 거리가 처음의 10배(손실이 100배)를
    넘으면 발산으로 보고 멈춘다.

    Parameters
    ----------
    curvature : float, optional
        그릇의 곡률 :math:`f''`.
    w0 : float, optional
        시작점.
    num_steps : int, optional
        최대 단계 수.
    tol : float, optional
        수렴 기준(최솟값까지의 거리).
    axes : sequence of two Axes, optional
        그릴 두 축. 없으면 새 그림을 만든다.
    dpi : int, optional
        새 그림의 해상도.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = LearningRateView()
    >>> _ = view.update(0.1)
    >>> len(view.path.get_xdata())  # 시작점 + 11걸음
    12
    >>> view.axes[0].get_title()
    '학습률 0.1: 11단계 만에 수렴'
    >>> plt.close(view.fig)
    """

    def __init__(
        self,
        curvature: float = 4.0,
        w0: float = 1.0,
        num_steps: int = 20,
        tol: float = 0.005,
        axes=None,
        dpi: int = 100,
    ):
        import numpy as np

        from utils.plotting import plot_loss_bowl

        self.curvature, self.w0, self.num_steps, self.tol = curvature, w0, num_steps, tol
        self.fig, self.axes = _ch1_figure(axes, dpi)
        self.span = 2.2 * abs(w0)
        grid = np.linspace(-self.span, self.span, 201)
        ax0, ax1 = self.axes
        plot_loss_bowl(grid, 0.5 * curvature * grid**2, ax=ax0, curve_label=None)
        (self.path,) = ax0.plot([], [], "o-", color="C1", lw=1.2, ms=4)
        ax0.set_ylim(-0.05 * curvature * self.span**2, 0.55 * curvature * self.span**2)
        (self.loss_line,) = ax1.plot([], [], ".-", color="C1")
        _ch1_log_axis(ax1)
        ax1.set_ylim(1e-8, 1e7)
        ax1.set_xlim(-0.5, num_steps + 0.5)
        ax1.set_xlabel("단계")
        ax1.set_ylabel("손실")
        ax0.set_title(" ")
        ax1.set_title(" ")
        _ch1_freeze(self.fig)

    def update(self, learning_rate: float) -> list:
        """학습률 하나로 경사하강법을 다시 돌리고 선과 제목을 바꾼다."""
        import numpy as np

        from utils.optim import minimize_quadratic

        h = minimize_quadratic(
            self.curvature, learning_rate, w0=self.w0, num_steps=self.num_steps, tol=self.tol,
            divergence_factor=100.0,
        )
        w = np.clip(h.w[:, 0], -self.span, self.span)
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
        self.axes[0].set_title(f"학습률 {learning_rate:g}: {result}")
        self.axes[1].set_title(f"한 걸음마다 거리 × {factor:.2f}")
        return [self.path, self.loss_line, self.axes[0].title, self.axes[1].title]


def plot_learning_rate(
    learning_rate: float,
    curvature: float = 4.0,
    w0: float = 1.0,
    num_steps: int = 20,
    tol: float = 0.005,
    axes=None,
):
    """학습률 하나에 대한 :class:`LearningRateView` 그림을 그리고 두 축을 돌려준다.

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
    view = LearningRateView(curvature, w0, num_steps, tol, axes=axes)
    view.update(learning_rate)
    return view.axes


def _ch1_png(fig) -> bytes:
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _ch1_explorer(view, slider):
    """슬라이더가 움직이면 ``view.update`` 후 PNG를 바꿔 끼우는 위젯 상자를 만든다."""
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    view.update(slider.value)
    plt.close(view.fig)  # 인라인 백엔드가 정적 그림을 따로 내보내지 않게 한다.
    image = widgets.Image(value=_ch1_png(view.fig), format="png")

    def on_change(change) -> None:
        view.update(change["new"])
        image.value = _ch1_png(view.fig)

    slider.observe(on_change, names="value")
    return widgets.VBox([slider, image])


def _ch1_animation(view, frames, interval: int) -> str:
    import matplotlib.pyplot as plt
    from matplotlib.animation import FuncAnimation

    frames = list(frames)
    if not 1 <= len(frames) <= 16:
        plt.close(view.fig)
        raise ValueError(
            f"애니메이션 프레임은 1개 이상 16개 이하여야 한다(받은 개수: {len(frames)}). "
            "보여 줄 값을 줄여야 한다."
        )
    anim = FuncAnimation(
        view.fig, view.update, frames=frames, interval=interval, repeat=True, blit=True
    )
    try:
        return anim.to_jshtml(default_mode="loop")
    finally:
        plt.close(view.fig)


def explore_learning_rate(curvature: float = 4.0, w0: float = 1.0, num_steps: int = 20):
    """학습률 슬라이더로 :class:`LearningRateView` 를 다시 그리는 위젯(커널이 있어야 움직인다).

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> box = explore_learning_rate()
    >>> type(box).__name__, box.children[0].value
    ('VBox', 0.1)
    """
    import ipywidgets as widgets

    view = LearningRateView(curvature, w0, num_steps)
    slider = widgets.SelectionSlider(options=list(LEARNING_RATES), value=0.1, description="학습률")
    return _ch1_explorer(view, slider)


def animate_learning_rate(
    learning_rates=LEARNING_RATES,
    curvature: float = 4.0,
    w0: float = 1.0,
    num_steps: int = 20,
    dpi: int = 72,
    interval: int = 1200,
) -> str:
    """학습률 탐색기의 커널 없는 형태: 학습률을 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    learning_rates : sequence of float, optional
        프레임마다의 학습률(16개 이하).
    curvature, w0, num_steps : optional
        :class:`LearningRateView` 와 같다.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    view = LearningRateView(curvature, w0, num_steps, dpi=dpi)
    return _ch1_animation(view, learning_rates, interval)


class BatchSizeView:
    """배치 크기 탐색기의 그림: 미니 배치 SGD의 경로와 손실 곡선.

    왼쪽 축에는 (w, b) 손실 등고선 위의 경로(별표가 최소 제곱 해)를, 오른쪽 축에는 처리한
    예의 개수에 따른 전체 데이터 손실이 최솟값보다 얼마나 큰지를 로그 눈금으로 그린다.
    에포크 수가 같으면 배치 크기와 상관없이 처리한 예의 개수가 같으므로, 배치 크기가
    잡음과 도달한 손실을 어떻게 바꾸는지 바로 비교된다.
    등고선은 한 번만 그리고 :meth:`update` 는 선의 데이터만 바꾼다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    learning_rate : float, optional
        학습률(모든 배치 크기에 같게 쓴다).
    num_epochs : int, optional
        에포크 수.
    seed : int, optional
        예를 섞는 시드.
    axes : sequence of two Axes, optional
        그릴 두 축.
    dpi : int, optional
        새 그림의 해상도.
    max_points : int, optional
        경로를 그릴 때 쓰는 최대 점 개수(많으면 고르게 솎는다).

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> from utils.datasets import make_linear_data
    >>> X, y = make_linear_data(n=200, seed=0)
    >>> view = BatchSizeView(X, y, learning_rate=0.1)
    >>> _ = view.update(20)
    >>> len(view.loss_line.get_xdata())  # 시작점 + 10단계
    11
    >>> plt.close(view.fig)
    """

    def __init__(
        self,
        X,
        y,
        learning_rate: float = 0.02,
        num_epochs: int = 1,
        seed: int = 0,
        axes=None,
        dpi: int = 100,
        max_points: int = 2000,
    ):
        import numpy as np

        from utils._validation import check_xy
        from utils.losses import mse_grid
        from utils.optim import least_squares
        from utils.plotting import plot_loss_contour

        X, y = check_xy(X, y)
        self.X, self.y = X[:, 0], y
        self.n = X.shape[0]
        self.learning_rate, self.num_epochs, self.seed = learning_rate, num_epochs, seed
        self.max_points = max_points
        self.fig, self.axes = _ch1_figure(axes, dpi)
        w_star, b_star = least_squares(self.X, y)
        w_star = float(w_star[0])
        pad_w, pad_b = 0.35 * max(abs(w_star), 1.0), 0.35 * max(abs(b_star), 1.0)
        ws = np.linspace(min(0.0, w_star) - pad_w, max(0.0, w_star) + pad_w, 60)
        bs = np.linspace(min(0.0, b_star) - pad_b, max(0.0, b_star) + pad_b, 60)
        ax0, ax1 = self.axes
        plot_loss_contour(ws, bs, mse_grid(self.X, y, ws, bs), ax=ax0)
        (self.path,) = ax0.plot([], [], "-", color="C3", lw=1.2)
        ax0.plot([0.0], [0.0], "s", color="C3", ms=6)
        ax0.plot([w_star], [b_star], "*", color="k", ms=10)
        (self.loss_line,) = ax1.plot([], [], color="C1", lw=1)
        r = y - (w_star * self.X + b_star)
        self.loss_star = float(r @ r) / self.n
        _ch1_log_axis(ax1)
        ax1.set_ylim(1e-7, 10 * (float(np.mean(y**2)) - self.loss_star))
        ax1.set_xlim(0, self.n * num_epochs)
        ax1.set_xlabel("처리한 예의 개수")
        ax1.set_ylabel("손실 − 최솟값")
        ax0.set_title(" ")
        ax1.set_title(" ")
        _ch1_freeze(self.fig)

    def update(self, batch_size: int) -> list:
        """배치 크기 하나로 미니 배치 SGD를 다시 돌리고 선과 제목을 바꾼다."""
        import numpy as np

        from utils.optim import minibatch_sgd

        h = minibatch_sgd(
            self.X, self.y, self.learning_rate, batch_size=batch_size,
            num_epochs=self.num_epochs, seed=self.seed,
        )
        count = min(self.max_points, h.num_steps + 1)
        keep = np.unique(np.linspace(0, h.num_steps, count).astype(int))
        self.path.set_data(h.w[keep, 0], h.b[keep])
        self.path.set_marker("." if keep.shape[0] <= 60 else "")
        excess = np.maximum(h.loss[keep] - self.loss_star, 1e-12)
        self.loss_line.set_data(h.examples_seen[keep], excess)
        self.axes[0].set_title(f"배치 크기 {batch_size:,}: {h.num_steps:,}단계")
        gap = h.final_loss - self.loss_star
        self.axes[1].set_title(f"마지막 손실 {h.final_loss:.4f} (최솟값 + {gap:.4f})")
        return [self.path, self.loss_line, self.axes[0].title, self.axes[1].title]


def plot_batch_size(
    X,
    y,
    batch_size: int,
    learning_rate: float = 0.02,
    num_epochs: int = 1,
    seed: int = 0,
    axes=None,
):
    """배치 크기 하나에 대한 :class:`BatchSizeView` 그림을 그리고 두 축을 돌려준다.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> from utils.datasets import make_linear_data
    >>> X, y = make_linear_data(n=200, seed=0)
    >>> axes = plot_batch_size(X, y, batch_size=200, learning_rate=0.1)
    >>> axes[0].get_title()
    '배치 크기 200: 1단계'
    >>> plt.close("all")
    """
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed, axes=axes)
    view.update(batch_size)
    return view.axes


def explore_batch_size(X, y, learning_rate: float = 0.02, num_epochs: int = 1, seed: int = 0):
    """배치 크기 슬라이더로 :class:`BatchSizeView` 를 다시 그리는 위젯(커널이 있어야 움직인다).

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> from utils.datasets import make_linear_data
    >>> setup_book()
    >>> X, y = make_linear_data(n=300, seed=0)
    >>> box = explore_batch_size(X, y)
    >>> box.children[0].options[-1]
    200
    """
    import ipywidgets as widgets

    view = BatchSizeView(X, y, learning_rate, num_epochs, seed)
    options = [b for b in BATCH_SIZES if b <= view.n]
    slider = widgets.SelectionSlider(
        options=options, value=options[min(3, len(options) - 1)], description="배치 크기"
    )
    return _ch1_explorer(view, slider)


def animate_batch_size(
    X,
    y,
    batch_sizes=(1, 10, 100, 1000, 10000),
    learning_rate: float = 0.02,
    num_epochs: int = 1,
    seed: int = 0,
    dpi: int = 72,
    interval: int = 1500,
) -> str:
    """배치 크기 탐색기의 커널 없는 형태: 배치 크기를 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    batch_sizes : sequence of int, optional
        프레임마다의 배치 크기(16개 이하, 각각 n 이하).
    learning_rate, num_epochs, seed : optional
        :class:`BatchSizeView` 와 같다.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed, dpi=dpi)
    return _ch1_animation(view, batch_sizes, interval)

class FitView:
    """직선 탐색기의 그림: 데이터와 직선 :math:`y' = b + wx`, 제목에 그 직선의 MSE.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    xlabel, ylabel : str, optional
        축 이름.
    ax : matplotlib.axes.Axes, optional
        그릴 축. 없으면 새 그림을 만든다.
    dpi : int, optional
        새 그림의 해상도.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = FitView([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    >>> _ = view.update((2.0, 1.0))
    >>> view.ax.get_title()
    'w = 2, b = 1 → MSE = 0'
    >>> plt.close(view.fig)
    """

    def __init__(
        self, X, y, xlabel: str = "특성 x", ylabel: str = "라벨 y", ax=None, dpi: int = 100
    ):
        import matplotlib.pyplot as plt
        import numpy as np

        from utils._validation import check_xy

        X, y = check_xy(X, y)
        self.X, self.y = X[:, 0], y
        if ax is None:
            self.fig, self.ax = plt.subplots(figsize=(6.4, 4.0), dpi=dpi)
        else:
            self.fig, self.ax = ax.figure, ax
        self.ax.scatter(self.X, y, s=14, alpha=0.7, label="데이터")
        self.ends = np.array([self.X.min(), self.X.max()])
        (self.line,) = self.ax.plot([], [], color="C1", label="모델 y' = b + wx")
        pad = 0.15 * (y.max() - y.min() + 1e-12)
        self.ax.set_ylim(y.min() - 3 * pad, y.max() + 3 * pad)
        self.ax.set_xlabel(xlabel)
        self.ax.set_ylabel(ylabel)
        self.ax.legend(loc="upper left")
        self.ax.set_title(" ")
        _ch1_freeze(self.fig)

    def update(self, params) -> list:
        """``params = (w, b)`` 의 직선을 그리고 제목에 MSE를 적는다."""
        from utils.losses import mse

        w, b = (float(v) for v in params)
        self.line.set_data(self.ends, b + w * self.ends)
        loss = mse(self.y, b + w * self.X)
        self.ax.set_title(f"w = {w:.4g}, b = {b:.4g} → MSE = {loss:.4g}")
        return [self.line, self.ax.title]


def explore_fit(
    X,
    y,
    w_range: tuple[float, float] = (-0.1, 0.4),
    b_range: tuple[float, float] = (-10.0, 20.0),
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
):
    """w와 b 슬라이더로 직선과 MSE를 바꿔 보는 위젯(커널이 있어야 움직인다).

    Returns
    -------
    ipywidgets.VBox
        두 슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> box = explore_fit([60.0, 200.0], [13.0, 33.0])
    >>> [s.description for s in box.children[:2]]
    ['가중치 w', '편향 b']
    """
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    view = FitView(X, y, xlabel, ylabel)
    w_slider = widgets.FloatSlider(
        value=0.0, min=w_range[0], max=w_range[1], step=(w_range[1] - w_range[0]) / 100,
        description="가중치 w", readout_format=".3f",
    )
    b_slider = widgets.FloatSlider(
        value=0.0, min=b_range[0], max=b_range[1], step=(b_range[1] - b_range[0]) / 100,
        description="편향 b",
    )
    view.update((w_slider.value, b_slider.value))
    plt.close(view.fig)
    image = widgets.Image(value=_ch1_png(view.fig), format="png")

    def on_change(_) -> None:
        view.update((w_slider.value, b_slider.value))
        image.value = _ch1_png(view.fig)

    w_slider.observe(on_change, names="value")
    b_slider.observe(on_change, names="value")
    return widgets.VBox([w_slider, b_slider, image])


def animate_fit(
    X,
    y,
    params,
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
    dpi: int = 72,
    interval: int = 700,
) -> str:
    """직선 탐색기의 커널 없는 형태: (w, b) 를 차례로 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    params : sequence of (float, float)
        프레임마다의 ``(w, b)`` (16개 이하). 예: 경사하강법의 몇몇 단계.
    xlabel, ylabel : str, optional
        축 이름.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    view = FitView(X, y, xlabel, ylabel, dpi=dpi)
    return _ch1_animation(view, [tuple(p) for p in params], interval)

# ---------------------------------------------------------------------------
# 3장: 일반화
# ---------------------------------------------------------------------------

__all__ += [
    "plot_complexity",
    "ComplexityView",
    "explore_complexity",
    "animate_complexity",
    "plot_test_size",
    "TestSizeView",
    "explore_test_size",
    "animate_test_size",
]

#: 테스트 세트 크기 탐색기의 기본 크기들.
TEST_SIZES = (5, 10, 20, 50, 100, 200, 500, 1000)

_FIGSIZE = (9.0, 3.6)


def _check_frames(frames) -> list:
    frames = list(frames)
    if not 1 <= len(frames) <= 16:
        raise ValueError(
            f"애니메이션 프레임은 1개 이상 16개 이하여야 한다(받은 개수: {len(frames)}). "
            "보여 줄 값을 줄여야 한다."
        )
    return frames


def _detached_figure(dpi: int):
    """pyplot에 등록하지 않은 그림을 만든다.

    노트북의 인라인 백엔드는 셀이 끝날 때 pyplot의 그림을 모두 내보내므로, 위젯과
    애니메이션이 쓰는 그림은 pyplot 밖에서 만들어 정적 그림이 따로 찍히지 않게 한다.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=_FIGSIZE, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig, fig.subplots(1, 2)


class _BlitView:
    """배치를 한 번 정한 뒤, 바뀌는 아티스트만 다시 그리는(블리팅) 그림의 공통 부분."""

    def _finish(self, dynamic: list) -> None:
        # 한 번 배치(constrained layout)한 뒤 배치를 고정한다. 바뀌는 아티스트는 배경에서
        # 빼 두고(animated), 배경만 그린 그림을 저장해 둔다.
        self.fig.canvas.draw()
        self.fig.set_layout_engine("none")
        self._dynamic = list(dynamic)
        for artist in self._dynamic:
            artist.set_animated(True)
        self.fig.canvas.draw()
        self._background = self.fig.canvas.copy_from_bbox(self.fig.bbox)

    def render(self) -> None:
        """저장한 배경 위에 바뀌는 아티스트만 다시 그린다(캔버스 버퍼에 그린다)."""
        self.fig.canvas.restore_region(self._background)
        for artist in self._dynamic:
            self.fig.draw_artist(artist)

    def to_png(self, quantize: bool = False) -> bytes:
        """지금 캔버스 버퍼를 PNG 바이트로 돌려준다(:meth:`render` 다음에 부른다).

        ``quantize=True`` 이면 색을 128개로 줄여 파일을 서너 배 작게 만든다(애니메이션용).
        """
        import io

        from PIL import Image

        canvas = self.fig.canvas
        width, height = canvas.get_width_height(physical=True)
        rgba = canvas.buffer_rgba()
        image = Image.frombuffer("RGBA", (width, height), rgba, "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        if quantize:
            image.convert("RGB").quantize(128).save(buffer, format="png", optimize=True)
        else:
            image.save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


def _to_jshtml(view, frames, interval: int) -> str:
    """뷰를 프레임마다 고쳐 그려 matplotlib의 자바스크립트 애니메이션 HTML을 만든다.

    :meth:`matplotlib.animation.Animation.to_jshtml` 과 같은 HTML(같은 재생 단추)을
    만들지만, 프레임마다 그림 전체를 다시 그리지 않고 뷰의 블리팅과 색 수를 줄인 PNG를
    써서 훨씬 빠르고 가볍다.
    """
    import base64
    import hashlib
    import re
    import tempfile
    from pathlib import Path

    from matplotlib.animation import HTMLWriter

    class _ViewWriter(HTMLWriter):
        def grab_frame(self, **savefig_kwargs) -> None:
            view.render()
            png = view.to_png(quantize=True)
            self._saved_frames.append(base64.encodebytes(png).decode("ascii"))

    writer = _ViewWriter(fps=1000 / interval, embed_frames=True, default_mode="loop")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "animation.html"
        with writer.saving(view.fig, path, dpi=view.fig.dpi):
            for frame in frames:
                view.update(frame)
                writer.grab_frame()
        html = path.read_text(encoding="utf-8")
    # HTMLWriter는 실행마다 무작위 id를 붙인다. 프레임 내용의 해시로 바꿔 같은 그림이면
    # 같은 HTML이 나오게 한다(한 쪽에 다른 애니메이션이 여럿 있어도 id가 겹치지 않는다).
    random_id = re.search(r"_anim_img([0-9a-f]{32})", html).group(1)
    content_id = hashlib.md5("".join(writer._saved_frames).encode("ascii")).hexdigest()
    return html.replace(random_id, content_id)


def _image_explorer(view, slider, name: str):
    """슬라이더가 움직이면 ``view.update`` 후 PNG를 바꿔 끼우는 위젯 상자를 만든다."""
    import ipywidgets as widgets

    view.render()
    image = widgets.Image(value=view.to_png(), format="png")

    def on_change(change) -> None:
        view.update(change["new"])
        view.render()
        image.value = view.to_png()

    slider.observe(on_change, names="value")

    class Explorer(widgets.VBox):
        # 기본 repr은 PNG 바이트를 통째로 적으므로 짧은 이름으로 바꾼다.
        def __repr__(self) -> str:
            return f"{name}(슬라이더와 그림)"

    return Explorer([slider, image])


def plot_complexity(
    degree: int,
    X_train,
    y_train,
    X_test,
    y_test,
    max_degree: int = 15,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    axes=None,
):
    """모델 복잡도 탐색기의 한 화면: 차수 ``degree`` 의 적합과 차수별 손실을 그린다.

    왼쪽 축에는 차수 ``degree`` 다항식의 예측 곡선과 학습·테스트 점을, 오른쪽 축에는
    차수 0부터 ``max_degree`` 까지의 학습 손실과 테스트 손실(로그 눈금)을 그리고 지금
    차수를 점선으로 표시한다.

    Parameters
    ----------
    degree : int
        보여 줄 차수(0 이상 ``max_degree`` 이하).
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트(특성 하나).
    max_degree : int, optional
        오른쪽 손실 곡선의 최고 차수.
    domain : tuple of float, optional
        입력 구간(그림의 x 범위이자 다항식 기저의 구간).
    true_function : callable or None, optional
        참 함수. 주면 왼쪽 축에 점선으로 그린다.
    axes : sequence of two Axes or None, optional
        그릴 두 축. ``None`` 이면 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes
        그린 두 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> X = np.linspace(0, 1, 12)
    >>> axes = plot_complexity(2, X, X**2, X[::2], X[::2] ** 2, max_degree=4)
    >>> len(axes[1].lines[0].get_xdata())
    5
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt
    import numpy as np

    from utils._validation import check_int
    from utils.evaluation import PolynomialRegression, polynomial_losses
    from utils.plotting import plot_loss_vs_degree, plot_polynomial_fit

    max_degree = check_int(max_degree, "max_degree", 0)
    degree = check_int(degree, "degree", 0, max_degree)
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=_FIGSIZE)
    degrees = np.arange(max_degree + 1)
    train_losses, test_losses = polynomial_losses(
        X_train, y_train, X_test, y_test, degrees, domain=domain
    )
    model = PolynomialRegression(degree, domain=domain).fit(X_train, y_train)
    plot_polynomial_fit(
        model,
        X_train,
        y_train,
        X_test,
        y_test,
        true_function=true_function,
        x_range=domain,
        ax=axes[0],
    )
    axes[0].set_title(_complexity_title(degree, train_losses, test_losses), fontsize="medium")
    plot_loss_vs_degree(degrees, train_losses, test_losses, highlight=degree, ax=axes[1])
    return np.asarray(axes)


def _complexity_title(degree: int, train_losses, test_losses) -> str:
    return (
        f"{degree}차 다항식: 학습 MSE {train_losses[degree]:.3f}, "
        f"테스트 MSE {test_losses[degree]:.3g}"
    )


class ComplexityView(_BlitView):
    """모델 복잡도 탐색기의 그림을 한 번 만들고, 차수가 바뀌면 바뀐 부분만 고친다.

    처음에 :func:`plot_complexity` 로 그린 뒤 배치를 고정하고, :meth:`update` 는 예측
    곡선, 점선 위치, 제목만 바꾼다. 모든 차수의 모델은 처음에 한 번 학습해 둔다.
    위젯(:func:`explore_complexity`)과 애니메이션(:func:`animate_complexity`)이 함께 쓴다.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트.
    max_degree : int, optional
        고를 수 있는 최고 차수.
    domain, true_function : optional
        :func:`plot_complexity` 와 같다.
    degree : int, optional
        처음 보여 줄 차수.
    dpi : int, optional
        그림 해상도.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> X = np.linspace(0, 1, 12)
    >>> from utils import setup_book
    >>> setup_book()
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
        dpi: int = 72,
    ):
        import numpy as np

        from utils.evaluation import PolynomialRegression, polynomial_losses

        self.fig, axes = _detached_figure(dpi)
        self.axes = plot_complexity(
            degree, X_train, y_train, X_test, y_test, max_degree, domain, true_function, axes
        )
        self.train_losses, self.test_losses = polynomial_losses(
            X_train, y_train, X_test, y_test, range(max_degree + 1), domain=domain
        )
        fit_line = self.axes[0].lines[-1]
        grid = fit_line.get_xdata()
        self._curves = np.stack(
            [
                PolynomialRegression(d, domain=domain).fit(X_train, y_train).predict(grid)
                for d in range(max_degree + 1)
            ]
        )
        self._fit_line = fit_line
        self._marker = self.axes[1].lines[2]  # plot_loss_vs_degree의 세로 점선
        self.max_degree = max_degree
        self._finish([self._fit_line, self._marker, self.axes[0].title])

    def update(self, degree: int) -> list:
        """차수 ``degree`` 로 그림을 고치고 바뀐 아티스트 목록을 돌려준다."""
        from utils._validation import check_int

        degree = check_int(degree, "degree", 0, self.max_degree)
        self._fit_line.set_ydata(self._curves[degree])
        self._marker.set_xdata([degree, degree])
        title = self.axes[0].title
        title.set_text(_complexity_title(degree, self.train_losses, self.test_losses))
        return [self._fit_line, self._marker, title]


def explore_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    max_degree: int = 15,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    degree: int = 3,
):
    """차수 슬라이더로 모델 복잡도를 바꿔 보는 위젯(커널이 있어야 움직인다).

    :class:`ComplexityView` 를 슬라이더에 이은 얇은 껍질이다.

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. 노트북 셀의 마지막 값으로 두면 나타난다.
    """
    import ipywidgets as widgets

    view = ComplexityView(
        X_train, y_train, X_test, y_test, max_degree, domain, true_function, degree, dpi=100
    )
    slider = widgets.IntSlider(value=degree, min=0, max=max_degree, step=1, description="차수")
    return _image_explorer(view, slider, "모델 복잡도 탐색기")


def animate_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    degrees=None,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    dpi: int = 72,
    interval: int = 800,
) -> str:
    """모델 복잡도 탐색기의 커널 없는 형태: 차수를 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트.
    degrees : sequence of int or None, optional
        프레임마다 보여 줄 차수(16개 이하). ``None`` 이면 0부터 15까지.
    domain, true_function : optional
        :func:`plot_complexity` 와 같다.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    degrees = _check_frames(range(16) if degrees is None else [int(d) for d in degrees])
    view = ComplexityView(
        X_train, y_train, X_test, y_test, max(degrees), domain, true_function, degrees[0], dpi
    )
    return _to_jshtml(view, degrees, interval)


def plot_test_size(
    test_size: int,
    squared_errors,
    sizes=TEST_SIZES,
    num_repeats: int = 500,
    seed: int = 0,
    axes=None,
):
    """테스트 세트 크기 탐색기의 한 화면: 크기 ``test_size`` 일 때 추정값이 흩어지는 모양.

    고정된 한 모델의 예별 제곱 오차 ``squared_errors`` (숨겨진 분포를 대신하는 큰
    모집단)에서 크기마다 테스트 세트를 ``num_repeats`` 번 다시 뽑는다
    (:func:`utils.evaluation.resample_test_loss`). 왼쪽 축은 크기 ``test_size`` 일 때의
    추정값 히스토그램, 오른쪽 축은 크기에 따른 5~95% 구간이다.

    Parameters
    ----------
    test_size : int
        보여 줄 테스트 세트 크기(``sizes`` 가운데 하나).
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차.
    sizes : sequence of int, optional
        오른쪽 그림에 넣을 크기들.
    num_repeats : int, optional
        크기마다 다시 뽑는 횟수.
    seed : int, optional
        난수 시드.
    axes : sequence of two Axes or None, optional
        그릴 두 축. ``None`` 이면 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes
        그린 두 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> axes = plot_test_size(10, errors, sizes=(10, 100), num_repeats=50)
    >>> axes[1].get_xscale()
    'log'
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt
    import numpy as np

    from utils.plotting import plot_estimate_histogram, plot_estimate_spread

    sizes, test_size, estimates, true_loss = _test_size_data(
        test_size, squared_errors, sizes, num_repeats, seed
    )
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=_FIGSIZE)
    current = estimates[sizes.index(test_size)]
    value_range = _hist_range(estimates)
    plot_estimate_histogram(current, true_loss, bins=30, value_range=value_range, ax=axes[0])
    axes[0].set_title(_test_size_title(test_size, current), fontsize="medium")
    plot_estimate_spread(sizes, estimates, true_loss, ax=axes[1])
    axes[1].axvline(test_size, color="gray", ls=":", lw=1.5)
    axes[1].set_ylim(*value_range)
    return np.asarray(axes)


def _test_size_data(test_size, squared_errors, sizes, num_repeats, seed):
    import numpy as np

    from utils._validation import as_labels, check_int
    from utils.evaluation import resample_test_loss

    sizes = [check_int(s, "sizes의 값", 1) for s in sizes]
    if not sizes:
        raise ValueError("sizes가 비어 있다. 테스트 세트 크기를 하나 이상 넣어야 한다.")
    test_size = check_int(test_size, "test_size", 1)
    if test_size not in sizes:
        raise ValueError(
            f"test_size는 sizes {tuple(sizes)} 가운데 하나여야 한다(받은 값: {test_size})."
        )
    errors = as_labels(squared_errors, "squared_errors")
    estimates = np.stack([resample_test_loss(errors, s, num_repeats, seed) for s in sizes])
    return sizes, test_size, estimates, float(errors.mean())


def _hist_range(estimates) -> tuple[float, float]:
    import numpy as np

    return (0.0, float(np.percentile(estimates[0], 99)))


def _test_size_title(test_size: int, current) -> str:
    import numpy as np

    low, high = np.percentile(current, [5, 95])
    return f"테스트 세트 {test_size}개: 추정값의 90%가 {low:.3f}~{high:.3f}"


class TestSizeView(_BlitView):
    """테스트 세트 크기 탐색기의 그림을 한 번 만들고, 크기가 바뀌면 막대와 표시만 고친다.

    Parameters
    ----------
    squared_errors : array_like
        :func:`plot_test_size` 와 같다.
    sizes, num_repeats, seed : optional
        :func:`plot_test_size` 와 같다.
    test_size : int or None, optional
        처음 보여 줄 크기. ``None`` 이면 ``sizes`` 의 첫 값.
    dpi : int, optional
        그림 해상도.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = TestSizeView(errors, sizes=(10, 100), num_repeats=50)
    >>> _ = view.update(100)
    >>> view.axes[0].get_title().startswith("테스트 세트 100개")
    True
    """

    __test__ = False  # 이름이 Test로 시작해도 pytest가 테스트로 모으지 않게 한다.

    def __init__(
        self,
        squared_errors,
        sizes=TEST_SIZES,
        num_repeats: int = 500,
        seed: int = 0,
        test_size: int | None = None,
        dpi: int = 72,
    ):
        import numpy as np

        sizes = list(sizes)
        test_size = sizes[0] if sizes and test_size is None else test_size
        self.sizes, test_size, self.estimates, self.true_loss = _test_size_data(
            test_size, squared_errors, sizes, num_repeats, seed
        )
        self.fig, axes = _detached_figure(dpi)
        self.axes = plot_test_size(test_size, squared_errors, sizes, num_repeats, seed, axes)
        self._edges = np.linspace(*_hist_range(self.estimates), 31)
        self._bars = list(self.axes[0].patches)
        self._marker = self.axes[1].lines[-1]
        # 막대 높이가 바뀌어도 눈금(배경)이 그대로이도록 y축을 모든 크기의 최댓값에 고정한다.
        top = max(np.histogram(e, bins=self._edges)[0].max() for e in self.estimates)
        self.axes[0].set_ylim(0, top * 1.08)
        self._finish([*self._bars, self._marker, self.axes[0].title])

    def update(self, test_size: int) -> list:
        """크기 ``test_size`` 로 그림을 고치고 바뀐 아티스트 목록을 돌려준다."""
        import numpy as np

        from utils._validation import check_int

        test_size = check_int(test_size, "test_size", 1)
        if test_size not in self.sizes:
            raise ValueError(
                f"test_size는 sizes {tuple(self.sizes)} 가운데 하나여야 한다"
                f"(받은 값: {test_size})."
            )
        current = self.estimates[self.sizes.index(test_size)]
        counts, _ = np.histogram(current, bins=self._edges)
        for bar, count in zip(self._bars, counts, strict=True):
            bar.set_height(count)
        self._marker.set_xdata([test_size, test_size])
        title = self.axes[0].title
        title.set_text(_test_size_title(test_size, current))
        return [*self._bars, self._marker, title]


def explore_test_size(squared_errors, sizes=TEST_SIZES, num_repeats: int = 500, seed: int = 0):
    """크기 슬라이더로 테스트 세트 크기를 바꿔 보는 위젯(커널이 있어야 움직인다).

    :class:`TestSizeView` 를 슬라이더에 이은 얇은 껍질이다.

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림.
    """
    import ipywidgets as widgets

    view = TestSizeView(squared_errors, sizes, num_repeats, seed, dpi=100)
    slider = widgets.SelectionSlider(
        options=list(sizes), value=list(sizes)[0], description="테스트 크기"
    )
    return _image_explorer(view, slider, "테스트 세트 크기 탐색기")


def animate_test_size(
    squared_errors,
    sizes=TEST_SIZES,
    num_repeats: int = 500,
    seed: int = 0,
    dpi: int = 72,
    interval: int = 1000,
) -> str:
    """테스트 세트 크기 탐색기의 커널 없는 형태: 크기를 키워 가는 자바스크립트 애니메이션.

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    sizes = _check_frames(sizes)
    view = TestSizeView(squared_errors, sizes, num_repeats, seed, dpi=dpi)
    return _to_jshtml(view, sizes, interval)
