"""3장(일반화)의 그림: 테스트 손실 추정값의 흩어짐과 테스트 세트 크기 탐색기.

테스트 세트의 **비율** 은 언제나 ``test_size``, 테스트 세트의 **예 개수** 는 ``num_test``
(여럿이면 ``num_tests``)라고 부른다. :class:`TestSizeView` 는 예 개수마다 테스트 세트를
``__init__`` 에서 한 번씩만 다시 뽑아 두고, ``update(num_test)`` 는 막대 높이, 점선,
제목만 바꾼다. :func:`plot_test_size` 는 같은 뷰를 한 번 그린 것이다.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from utils._validation import (
    _as_float_array,
    _check_finite,
    as_vector,
    check_int,
    check_int_list,
    check_range,
    check_real,
    check_seed,
    korean_signature_errors,
)
from utils.engine import BlitView, _check_view_args
from utils.evaluation import check_squared_errors, resample_test_loss
from utils.plotting._base import (
    EXPLORER_DPI,
    STACKED_FIGSIZE,
    add_legend,
    check_labels,
    check_plot_ax,
    check_plottable,
    current_axes,
)

__all__ = [
    "TEST_COUNTS",
    "plot_estimate_spread",
    "plot_estimate_histogram",
    "TestSizeView",
    "plot_test_size",
]

#: 테스트 세트 크기 탐색기의 기본 예 개수들.
TEST_COUNTS = (5, 10, 20, 50, 100, 200, 500, 1000)

#: 히스토그램 막대 개수(탐색기).
_BINS = 30


def _check_estimates(estimates, count: int) -> np.ndarray:
    arr = _as_float_array(estimates, "estimates")
    if arr.ndim != 2 or arr.shape[0] != count:
        flipped = arr.ndim == 2 and arr.shape[1] == count
        hint = " 뒤바뀌었다면 estimates.T를 넣어야 한다." if flipped else ""
        raise ValueError(
            f"estimates의 모양은 (len(num_tests), 반복 횟수) = ({count}, r)이어야 한다"
            f"(받은 모양: {arr.shape}). 예 개수마다 한 행이다.{hint}"
        )
    _check_finite(arr, "estimates")
    check_plottable(arr, "estimates")
    return arr


def _check_optional_real(value, name: str):
    if value is None:
        return None
    value = check_real(value, name)
    check_plottable(value, name)
    return value


def _draw_spread(ax, num_tests, estimates, true_loss, labels):
    low, mid, high = np.percentile(estimates, [5, 50, 95], axis=1)
    ax.fill_between(num_tests, low, high, color="C0", alpha=0.25, label=labels["band"])
    ax.plot(num_tests, mid, "o-", color="C0", ms=4, label=labels["median"])
    if true_loss is not None:
        ax.axhline(true_loss, color="k", ls="--", lw=1.2, label=labels["true"])
    ax.set_xscale("log")
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    add_legend(ax, loc="upper right", fontsize="small")


def plot_estimate_spread(
    num_tests,
    estimates,
    true_loss: float | None = None,
    ax=None,
    label: str | None = "테스트 손실 추정값(5~95% 구간)",
    median_label: str | None = "추정값의 중앙값",
    true_label: str | None = "새 데이터에서의 실제 손실",
    xlabel: str = "테스트 세트 크기(예 개수)",
    ylabel: str = "평균 제곱 오차(MSE)",
) -> Axes:
    """테스트 세트의 예 개수에 따라 테스트 손실 추정값이 흩어지는 폭을 그린다.

    Parameters
    ----------
    num_tests : sequence of int, shape (k,)
        테스트 세트의 예 개수들(로그 눈금 x축, 같은 값 없이 작은 값부터 커지는 순서).
    estimates : array_like, shape (k, num_repeats)
        예 개수마다 여러 번 다시 뽑아 잰 테스트 손실.
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
    num_tests = check_int_list(num_tests, "num_tests", 1, increasing=True)
    estimates = _check_estimates(estimates, len(num_tests))
    true_loss = _check_optional_real(true_loss, "true_loss")
    check_plot_ax(ax)
    check_labels(label=label, median_label=median_label, true_label=true_label, xlabel=xlabel,
                 ylabel=ylabel)
    ax = current_axes(ax)
    labels = {"band": label, "median": median_label, "true": true_label, "x": xlabel, "y": ylabel}
    _draw_spread(ax, num_tests, estimates, true_loss, labels)
    return ax


def _draw_histogram(ax, estimates, true_loss, bins, value_range, labels):
    """히스토그램과 실제 손실의 점선을 그리고 막대(Rectangle)들을 돌려준다."""
    _, _, bars = ax.hist(estimates, bins=bins, range=value_range, color="C0", alpha=0.7)
    if true_loss is not None:
        ax.axvline(true_loss, color="k", ls="--", lw=1.5, label=labels["true"])
        add_legend(ax, loc="upper right", fontsize="small")
    if value_range is not None:
        ax.set_xlim(*value_range)
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    return list(bars)


def plot_estimate_histogram(
    estimates,
    true_loss: float | None = None,
    bins: int = 30,
    value_range: tuple[float, float] | None = None,
    ax=None,
    true_label: str | None = "실제 손실",
    xlabel: str = "테스트 손실 추정값(MSE)",
    ylabel: str = "횟수",
) -> Axes:
    """테스트 손실 추정값들의 히스토그램을 그린다.

    Parameters
    ----------
    estimates : array_like, shape (num_repeats,)
        같은 크기의 테스트 세트를 여러 번 뽑아 잰 손실.
    true_loss : float or None, optional
        실제 손실. 주면 세로 점선으로 그린다.
    bins : int, optional
        막대 개수(1 이상 1000 이하의 정수).
    value_range : tuple of float or None, optional
        히스토그램의 x 범위 ``(최솟값, 최댓값)``. 여러 그림을 비교할 때 고정한다.
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
    estimates = as_vector(estimates, "estimates")
    check_plottable(estimates, "estimates")
    true_loss = _check_optional_real(true_loss, "true_loss")
    bins = check_int(bins, "bins", 1, 1000)
    value_range = None if value_range is None else check_range(value_range, "value_range")
    check_plot_ax(ax)
    check_labels(true_label=true_label, xlabel=xlabel, ylabel=ylabel)
    ax = current_axes(ax)
    labels = {"true": true_label, "x": xlabel, "y": ylabel}
    _draw_histogram(ax, estimates, true_loss, bins, value_range, labels)
    return ax


def _check_num_test(num_test, num_tests) -> int:
    num_test = check_int(num_test, "num_test", 1)
    if num_test not in num_tests:
        raise ValueError(
            f"num_test는 num_tests {tuple(num_tests)} 가운데 하나여야 한다(받은 값: {num_test})."
        )
    return num_test


def _test_size_title(num_test: int, current: np.ndarray) -> str:
    low, high = np.percentile(current, [5, 95])
    return f"테스트 세트 {num_test}개: 추정값의 90%가 {low:.3f}~{high:.3f}"


class TestSizeView(BlitView):
    """테스트 세트 크기 탐색기의 그림: 예 ``num_test`` 개일 때 추정값의 흩어짐(위)과 구간(아래).

    고정된 한 모델의 예별 제곱 오차 ``squared_errors`` (숨겨진 분포를 대신하는 큰
    모집단)에서 예 개수마다 테스트 세트를 ``num_repeats`` 번 다시 뽑는다
    (:func:`utils.evaluation.resample_test_loss`, 예 개수마다 한 번). 위 축은 지금 예
    개수의 추정값 히스토그램, 아래 축은 예 개수에 따른 5~95% 구간이다.

    Parameters
    ----------
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차(0 이상).
    num_tests : sequence of int, optional
        고를 수 있는 테스트 세트의 예 개수들(1 이상 100,000 이하, 같은 값 없이 작은 값부터
        커지는 순서).
    num_repeats : int, optional
        예 개수마다 다시 뽑는 횟수(1 이상 10,000 이하).
    seed : int, optional
        난수 시드.
    num_test : int or None, optional
        처음 보여 줄 예 개수. ``None`` 이면 ``num_tests`` 의 첫 값.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 새 그림을 만든다.
    dpi : float, optional
        새 그림의 해상도.
    pyplot : bool, optional
        새 그림을 pyplot에 만들지(:func:`plot_test_size` 가 쓴다).

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> view = TestSizeView(errors, num_tests=(10, 100), num_repeats=50)
    >>> _ = view.update(100)
    >>> view.axes[0].get_title().startswith("테스트 세트 100개")
    True
    """

    __test__ = False  # 이름이 Test로 시작해도 pytest가 테스트로 모으지 않게 한다.

    def __init__(
        self,
        squared_errors,
        num_tests=TEST_COUNTS,
        num_repeats: int = 500,
        seed: int = 0,
        num_test: int | None = None,
        axes=None,
        dpi: float = EXPLORER_DPI,
        pyplot: bool = False,
    ):
        _check_view_args(axes, 2, 1, dpi, pyplot)  # 그림 인자부터: 틀리면 계산하지 않는다
        self.num_tests = check_int_list(num_tests, "num_tests", 1, 100_000, increasing=True)
        num_repeats = check_int(num_repeats, "num_repeats", 1, 10_000)
        seed = check_seed(seed)
        num_test = self.num_tests[0] if num_test is None else num_test
        num_test = self.check_value(num_test)
        errors = check_squared_errors(squared_errors)
        # 예 개수마다 한 번씩 다시 뽑는다.
        self.estimates = np.stack(
            [resample_test_loss(errors, k, num_repeats, seed) for k in self.num_tests]
        )
        self.true_loss = float(errors.mean())
        super().__init__(axes, nrows=2, figsize=STACKED_FIGSIZE, dpi=dpi, pyplot=pyplot)
        hist_ax, spread_ax = self.axes
        top = float(np.percentile(self.estimates[0], 99))
        value_range = (0.0, top if top > 0 else 1.0)
        self.edges = np.linspace(*value_range, _BINS + 1)
        self.bars = _draw_histogram(
            hist_ax, self.estimates[0], self.true_loss, _BINS, value_range,
            {"true": "실제 손실", "x": "테스트 손실 추정값(MSE)", "y": "횟수"},
        )
        # 막대 높이가 바뀌어도 눈금(배경)이 그대로이도록 y축을 모든 개수의 최댓값에 고정한다.
        highest = max(np.histogram(e, bins=self.edges)[0].max() for e in self.estimates)
        hist_ax.set_ylim(0, max(highest, 1) * 1.08)
        _draw_spread(spread_ax, self.num_tests, self.estimates, self.true_loss, {
            "band": "테스트 손실 추정값(5~95% 구간)", "median": "추정값의 중앙값",
            "true": "새 데이터에서의 실제 손실", "x": "테스트 세트 크기(예 개수)",
            "y": "평균 제곱 오차(MSE)",
        })
        self.marker = spread_ax.axvline(num_test, color="gray", ls=":", lw=1.5)
        spread_ax.set_ylim(*value_range)
        hist_ax.set_title(" ", fontsize="medium")
        self.title = hist_ax.title
        self.update(num_test)
        self.freeze([*self.bars, self.marker, self.title])

    def check_value(self, num_test: int) -> int:
        """:meth:`update` 에 넘길 예 개수를 검사한다(그림은 건드리지 않는다).

        Parameters
        ----------
        num_test : int
            테스트 세트의 예 개수(``num_tests`` 가운데 하나).

        Returns
        -------
        int
            검사한 예 개수.
        """
        return _check_num_test(num_test, self.num_tests)

    def update(self, num_test: int) -> list:
        """예 ``num_test`` 개로 그림을 고치고 바뀐 아티스트 목록을 돌려준다.

        Parameters
        ----------
        num_test : int
            테스트 세트의 예 개수(``num_tests`` 가운데 하나).

        Returns
        -------
        list of matplotlib.artist.Artist
            바뀐 아티스트(막대들, 점선, 제목).
        """
        num_test = self.check_value(num_test)
        current = self.estimates[self.num_tests.index(num_test)]
        counts, _ = np.histogram(current, bins=self.edges)
        for bar, count in zip(self.bars, counts, strict=True):
            bar.set_height(count)
        self.marker.set_xdata([num_test, num_test])
        self.title.set_text(_test_size_title(num_test, current))
        return [*self.bars, self.marker, self.title]


def plot_test_size(
    squared_errors,
    num_test: int,
    num_tests=TEST_COUNTS,
    num_repeats: int = 500,
    seed: int = 0,
    axes=None,
) -> np.ndarray:
    """테스트 세트 크기 탐색기의 한 화면(:class:`TestSizeView` 한 장)을 그린다.

    Parameters
    ----------
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차(0 이상).
    num_test : int
        보여 줄 테스트 세트의 예 개수(``num_tests`` 가운데 하나).
    num_tests, num_repeats, seed : optional
        :class:`TestSizeView` 와 같다.
    axes : sequence of two Axes, optional
        그릴 두 축(위, 아래). 없으면 pyplot에 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes, shape (2,)
        위(히스토그램)와 아래(예 개수에 따른 구간) 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> axes = plot_test_size(errors, 10, num_tests=(10, 100), num_repeats=50)
    >>> axes[1].get_xscale()
    'log'
    >>> plt.close("all")
    """
    check_int(num_test, "num_test", 1)
    view = TestSizeView(squared_errors, num_tests, num_repeats, seed, num_test, axes=axes,
                        pyplot=True)
    return view.axes


korean_signature_errors(globals())
