"""ipywidgets 탐색기와 그 애니메이션: 뷰(:mod:`utils.plotting`)를 감싸는 얇은 껍질.

``explore_*`` 는 커널이 있을 때 움직이는 슬라이더와 그림(:func:`utils.engine.image_explorer`),
``animate_*`` 는 커널 없는 정적 사이트에서 재생되는 애니메이션
(:func:`utils.engine.animate_view`, :class:`utils.engine.Animation` 을 돌려준다)이다. 그림은
모두 :mod:`utils.plotting` 의 뷰가 그린다. 이 모듈은 입력을 검사하고, 슬라이더를 만들고,
장마다의 기본값(상수)을 둔다. ipywidgets 7.7(Colab)과 8에서 똑같이 동작한다.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

from utils._validation import (
    _is_scalar,
    _shown,
    check_int_list,
    check_positive,
    check_range,
    check_xy,
    korean_signature_errors,
)
from utils.engine import Animation, check_animation, check_dpi, check_frames
from utils.engine import animate_view as _animate
from utils.engine import image_explorer as _explorer
from utils.plotting import (
    TEST_COUNTS,
    BatchSizeView,
    ComplexityView,
    FitView,
    LearningRateView,
    TestSizeView,
)
from utils.plotting.descent import _check_params

__all__ = [
    "LEARNING_RATES",
    "BATCH_SIZES",
    "TEST_COUNTS",
    "explore_learning_rate",
    "animate_learning_rate",
    "explore_batch_size",
    "animate_batch_size",
    "explore_fit",
    "animate_fit",
    "explore_complexity",
    "animate_complexity",
    "explore_test_size",
    "animate_test_size",
]

#: 학습률 탐색기의 기본 학습률들(곡률 4인 그릇: 1/f'' = 0.25, 2/f'' = 0.5).
LEARNING_RATES = (0.01, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.52, 0.55)

#: 배치 크기 탐색기의 기본 배치 크기들.
BATCH_SIZES = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)

#: 애니메이션의 해상도: 6.4인치 × 100 dpi = 640 px 폭(본문 700 px 안에서 줄어들지 않는다).
ANIMATION_DPI = 100


def _check_real_options(values, name: str) -> list[float]:
    """슬라이더 값 목록(실수, 서로 다름)을 검사한다."""
    if isinstance(values, (str, bytes, dict, set)) or _is_scalar(values):
        raise TypeError(
            f"{name}에는 값의 목록을 넣어야 한다(받은 값: {_shown(values)}). 예: [0.1, 0.5]"
        )
    items = [check_positive(v, f"{name}의 값") for v in values]
    if not items:
        raise ValueError(f"{name}이(가) 비어 있다. 값을 하나 이상 넣어야 한다.")
    return items


def _span(values, unit: str = "") -> str:
    if len(values) == 1:
        return f"{values[0]:g}{unit}"
    return f"{values[0]:g}{unit}부터 {values[-1]:g}{unit}까지"


# ---------------------------------------------------------------------------
# 1장: 손실 줄이기
# ---------------------------------------------------------------------------


def explore_learning_rate(
    curvature: float = 4.0, w0: float = 1.0, num_steps: int = 20
) -> widgets.VBox:
    """학습률 슬라이더로 :class:`~utils.plotting.LearningRateView` 를 다시 그리는 위젯.

    커널이 있어야 움직인다. 슬라이더 값은 :data:`LEARNING_RATES` 다.

    Parameters
    ----------
    curvature, w0, num_steps : optional
        :class:`~utils.plotting.LearningRateView` 와 같다.

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> box = explore_learning_rate()
    >>> box
    학습률 탐색기(슬라이더와 그림)
    >>> box.children[0].value
    0.1
    """
    view = LearningRateView(curvature, w0, num_steps)
    slider = widgets.SelectionSlider(options=list(LEARNING_RATES), value=0.1, description="학습률")
    return _explorer(view, slider, "학습률 탐색기")


def animate_learning_rate(
    learning_rates=LEARNING_RATES,
    curvature: float = 4.0,
    w0: float = 1.0,
    num_steps: int = 20,
    dpi: float = ANIMATION_DPI,
    interval: float = 1200,
    alt: str | None = None,
) -> Animation:
    """학습률 탐색기의 커널 없는 형태: 학습률을 바꿔 가는 애니메이션.

    Parameters
    ----------
    learning_rates : sequence of float, optional
        프레임마다의 학습률(16개 이하).
    curvature, w0, num_steps : optional
        :class:`~utils.plotting.LearningRateView` 와 같다.
    dpi : float, optional
        프레임 해상도.
    interval : float, optional
        프레임 사이 간격(밀리초).
    alt : str or None, optional
        그림의 한국어 대체 텍스트. ``None`` 이면 학습률 범위로 만든다.

    Returns
    -------
    utils.engine.Animation
        셀의 마지막 값으로 두면 재생기가 나타난다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> animate_learning_rate([0.1, 0.5], dpi=30)
    학습률 탐색기 애니메이션(프레임 2개)
    """
    rates = _check_real_options(check_frames(learning_rates, "learning_rates"), "learning_rates")
    alt = alt if alt is not None else (
        f"학습률을 {_span(rates)} 바꿀 때 경사하강법의 걸음(위: 손실 곡선 위의 걸음, "
        "아래: 단계별 손실)이 어떻게 달라지는지 보여 주는 애니메이션"
    )
    interval, alt, name = check_animation(interval, alt, "학습률 탐색기")
    view = LearningRateView(curvature, w0, num_steps, dpi=check_dpi(dpi))
    return _animate(view, rates, interval, alt, name)


def explore_batch_size(
    X, y, learning_rate: float = 0.02, num_epochs: int = 1, seed: int = 0
) -> widgets.VBox:
    """배치 크기 슬라이더로 :class:`~utils.plotting.BatchSizeView` 를 다시 그리는 위젯.

    커널이 있어야 움직인다. 슬라이더 값은 :data:`BATCH_SIZES` 가운데 예 개수 이하인 것이다.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    learning_rate, num_epochs, seed : optional
        :class:`~utils.plotting.BatchSizeView` 와 같다.

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
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed)
    options = [b for b in BATCH_SIZES if b <= view.n]
    slider = widgets.SelectionSlider(
        options=options, value=options[min(3, len(options) - 1)], description="배치 크기"
    )
    return _explorer(view, slider, "배치 크기 탐색기")


def animate_batch_size(
    X,
    y,
    batch_sizes=(1, 10, 100, 1000, 10000),
    learning_rate: float = 0.02,
    num_epochs: int = 1,
    seed: int = 0,
    dpi: float = ANIMATION_DPI,
    interval: float = 1500,
    alt: str | None = None,
) -> Animation:
    """배치 크기 탐색기의 커널 없는 형태: 배치 크기를 바꿔 가는 애니메이션.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    batch_sizes : sequence of int, optional
        프레임마다의 배치 크기(16개 이하, 각각 n 이하).
    learning_rate, num_epochs, seed : optional
        :class:`~utils.plotting.BatchSizeView` 와 같다.
    dpi : float, optional
        프레임 해상도.
    interval : float, optional
        프레임 사이 간격(밀리초).
    alt : str or None, optional
        그림의 한국어 대체 텍스트. ``None`` 이면 배치 크기 범위로 만든다.

    Returns
    -------
    utils.engine.Animation
        셀의 마지막 값으로 두면 재생기가 나타난다.

    Examples
    --------
    >>> from utils import setup_book
    >>> from utils.datasets import make_linear_data
    >>> setup_book()
    >>> X, y = make_linear_data(n=100, seed=0)
    >>> animate_batch_size(X, y, batch_sizes=[1, 100], dpi=30)
    배치 크기 탐색기 애니메이션(프레임 2개)
    """
    n = check_xy(X, y)[1].shape[0]  # 배치 크기가 예 개수 이하인지 보려고 먼저 검사한다
    sizes = check_int_list(check_frames(batch_sizes, "batch_sizes"), "batch_sizes", 1, n)
    alt = alt if alt is not None else (
        f"배치 크기를 {_span(sizes)} 바꿀 때 미니 배치 SGD의 경로(위: 손실 등고선 위)와 "
        "손실(아래)이 어떻게 달라지는지 보여 주는 애니메이션"
    )
    interval, alt, name = check_animation(interval, alt, "배치 크기 탐색기")
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed, dpi=check_dpi(dpi))
    return _animate(view, sizes, interval, alt, name)


def explore_fit(
    X,
    y,
    w_range: tuple[float, float] = (-0.1, 0.4),
    b_range: tuple[float, float] = (-10.0, 20.0),
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
) -> widgets.VBox:
    """w와 b 슬라이더로 직선과 MSE를 바꿔 보는 위젯(커널이 있어야 움직인다).

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    w_range, b_range : tuple of float, optional
        두 슬라이더의 ``(최솟값, 최댓값)``.
    xlabel, ylabel : str, optional
        축 이름.

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
    w_low, w_high = check_range(w_range, "w_range")
    b_low, b_high = check_range(b_range, "b_range")
    view = FitView(X, y, xlabel, ylabel)
    w_slider = widgets.FloatSlider(
        value=min(max(0.0, w_low), w_high), min=w_low, max=w_high, step=(w_high - w_low) / 100,
        description="가중치 w", readout_format=".3f",
    )
    b_slider = widgets.FloatSlider(
        value=min(max(0.0, b_low), b_high), min=b_low, max=b_high, step=(b_high - b_low) / 100,
        description="편향 b",
    )

    def params() -> tuple[float, float]:
        return (w_slider.value, b_slider.value)

    return _explorer(view, [w_slider, b_slider], "직선 탐색기", params)


def animate_fit(
    X,
    y,
    params,
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
    dpi: float = ANIMATION_DPI,
    interval: float = 700,
    alt: str | None = None,
) -> Animation:
    """직선 탐색기의 커널 없는 형태: (w, b) 를 차례로 바꿔 가는 애니메이션.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    params : sequence of (float, float)
        프레임마다의 ``(w, b)`` (16개 이하). 예: 경사하강법의 몇몇 단계.
    xlabel, ylabel : str, optional
        축 이름.
    dpi : float, optional
        프레임 해상도.
    interval : float, optional
        프레임 사이 간격(밀리초).
    alt : str or None, optional
        그림의 한국어 대체 텍스트.

    Returns
    -------
    utils.engine.Animation
        셀의 마지막 값으로 두면 재생기가 나타난다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> animate_fit([0.0, 1.0, 2.0], [1.0, 3.0, 5.0], [(0.0, 0.0), (2.0, 1.0)], dpi=30)
    직선 탐색기 애니메이션(프레임 2개)
    """
    frames = [_check_params(p, "params의 값") for p in check_frames(params, "params")]
    alt = alt if alt is not None else (
        f"직선 y' = b + wx의 (w, b)를 {len(frames)}번 바꾸며 데이터에 맞춰 가는 모습과 "
        "그 직선의 MSE를 보여 주는 애니메이션"
    )
    interval, alt, name = check_animation(interval, alt, "직선 탐색기")
    view = FitView(X, y, xlabel, ylabel, dpi=check_dpi(dpi))
    return _animate(view, frames, interval, alt, name)


# ---------------------------------------------------------------------------
# 3장: 일반화
# ---------------------------------------------------------------------------


def explore_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    max_degree: int = 15,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    degree: int = 3,
) -> widgets.VBox:
    """차수 슬라이더로 모델 복잡도를 바꿔 보는 위젯(커널이 있어야 움직인다).

    :class:`~utils.plotting.ComplexityView` 를 슬라이더에 이은 얇은 껍질이다.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like, shape (n,)
        학습 세트와 테스트 세트(특성 하나).
    max_degree, domain, true_function, degree : optional
        :class:`~utils.plotting.ComplexityView` 와 같다(``degree`` 는 슬라이더의 처음 값).

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. 노트북 셀의 마지막 값으로 두면 나타난다.

    Examples
    --------
    >>> from utils import setup_book
    >>> from utils.datasets import make_smooth_data
    >>> setup_book()
    >>> X, y = make_smooth_data(20, seed=0)
    >>> X_new, y_new = make_smooth_data(100, seed=1)
    >>> box = explore_complexity(X, y, X_new, y_new, max_degree=5, degree=2)
    >>> box, box.children[0].value
    (모델 복잡도 탐색기(슬라이더와 그림), 2)
    """
    view = ComplexityView(X_train, y_train, X_test, y_test, max_degree, domain, true_function,
                          degree)
    slider = widgets.IntSlider(
        value=degree, min=0, max=view.max_degree, step=1, description="차수"
    )
    return _explorer(view, slider, "모델 복잡도 탐색기")


def animate_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    degrees=None,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    dpi: float = ANIMATION_DPI,
    interval: float = 800,
    alt: str | None = None,
) -> Animation:
    """모델 복잡도 탐색기의 커널 없는 형태: 차수를 바꿔 가는 애니메이션.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트.
    degrees : sequence of int or None, optional
        프레임마다 보여 줄 차수(16개 이하의 목록). ``None`` 이면 0부터 15까지.
    domain, true_function : optional
        :class:`~utils.plotting.ComplexityView` 와 같다.
    dpi : float, optional
        프레임 해상도.
    interval : float, optional
        프레임 사이 간격(밀리초).
    alt : str or None, optional
        그림의 한국어 대체 텍스트.

    Returns
    -------
    utils.engine.Animation
        셀의 마지막 값으로 두면 재생기가 나타난다.

    Examples
    --------
    >>> from utils import setup_book
    >>> from utils.datasets import make_smooth_data
    >>> setup_book()
    >>> X, y = make_smooth_data(20, seed=0)
    >>> X_new, y_new = make_smooth_data(100, seed=1)
    >>> animate_complexity(X, y, X_new, y_new, degrees=[1, 3], dpi=30)
    모델 복잡도 탐색기 애니메이션(프레임 2개)
    """
    degrees = list(range(16)) if degrees is None else degrees
    if isinstance(degrees, (int, np.integer)):
        check_int_list(degrees, "degrees", 0)  # 목록이 아니라는 오류를 낸다
    degrees = check_int_list(check_frames(degrees, "degrees"), "degrees", 0, 30)
    alt = alt if alt is not None else (
        f"다항식 차수를 {_span(degrees)} 바꿀 때 예측 곡선(위)과 학습·테스트 손실(아래)이 "
        "어떻게 달라지는지 보여 주는 애니메이션"
    )
    interval, alt, name = check_animation(interval, alt, "모델 복잡도 탐색기")
    view = ComplexityView(X_train, y_train, X_test, y_test, max(degrees), domain, true_function,
                          degrees[0], dpi=check_dpi(dpi))
    return _animate(view, degrees, interval, alt, name)


def explore_test_size(
    squared_errors, num_tests=TEST_COUNTS, num_repeats: int = 500, seed: int = 0
) -> widgets.VBox:
    """예 개수 슬라이더로 테스트 세트 크기를 바꿔 보는 위젯(커널이 있어야 움직인다).

    :class:`~utils.plotting.TestSizeView` 를 슬라이더에 이은 얇은 껍질이다.

    Parameters
    ----------
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차(0 이상).
    num_tests, num_repeats, seed : optional
        :class:`~utils.plotting.TestSizeView` 와 같다(``num_tests`` 가 슬라이더의 값들).

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> box = explore_test_size(errors, num_tests=(10, 100), num_repeats=50)
    >>> box.children[0].options
    (10, 100)
    """
    view = TestSizeView(squared_errors, num_tests, num_repeats, seed)
    slider = widgets.SelectionSlider(
        options=view.num_tests, value=view.num_tests[0], description="테스트 크기"
    )
    return _explorer(view, slider, "테스트 세트 크기 탐색기")


def animate_test_size(
    squared_errors,
    num_tests=TEST_COUNTS,
    num_repeats: int = 500,
    seed: int = 0,
    dpi: float = ANIMATION_DPI,
    interval: float = 1000,
    alt: str | None = None,
) -> Animation:
    """테스트 세트 크기 탐색기의 커널 없는 형태: 예 개수를 늘려 가는 애니메이션.

    Parameters
    ----------
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차.
    num_tests : sequence of int, optional
        프레임마다의 테스트 세트 예 개수(16개 이하).
    num_repeats, seed : optional
        :class:`~utils.plotting.TestSizeView` 와 같다.
    dpi : float, optional
        프레임 해상도.
    interval : float, optional
        프레임 사이 간격(밀리초).
    alt : str or None, optional
        그림의 한국어 대체 텍스트.

    Returns
    -------
    utils.engine.Animation
        셀의 마지막 값으로 두면 재생기가 나타난다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> animate_test_size(errors, num_tests=(10, 100), num_repeats=50, dpi=30)
    테스트 세트 크기 탐색기 애니메이션(프레임 2개)
    """
    counts = check_int_list(check_frames(num_tests, "num_tests"), "num_tests", 1, 100_000,
                            increasing=True)
    alt = alt if alt is not None else (
        f"테스트 세트의 예 개수를 {_span(counts, '개')} 늘릴 때 테스트 손실 추정값의 흩어짐"
        "(위: 히스토그램, 아래: 5~95% 구간)이 좁아지는 모습을 보여 주는 애니메이션"
    )
    interval, alt, name = check_animation(interval, alt, "테스트 세트 크기 탐색기")
    view = TestSizeView(squared_errors, counts, num_repeats, seed, dpi=check_dpi(dpi))
    return _animate(view, counts, interval, alt, name)


korean_signature_errors(globals())
