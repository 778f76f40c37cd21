"""그림 함수들이 함께 쓰는 작은 조각: 축 고르기, 로그 눈금, 색과 선 설정의 검사, 그림 크기.

그림 크기는 책의 본문 폭(데스크톱에서 약 700 CSS px, 휴대폰에서 약 342 px)에 맞춘다.
그림은 모두 6.4인치 × 100 dpi = 640 px 폭이어서 본문에서 줄어들지 않고, 가장 작은 글자
(범례, 8.3 pt)도 11 CSS px 이상으로 보인다. 두 축이 필요한 그림은 위아래로 쌓는다.
"""

from __future__ import annotations

import difflib
import math

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import colors as mcolors
from matplotlib.axes._base import _process_plot_format
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter, NullLocator

from utils._validation import _shown, check_ax, check_text

__all__: list[str] = []

#: 축 하나짜리 그림의 크기(인치).
FIGSIZE = (6.4, 4.0)
#: 축 두 개를 위아래로 쌓은 탐색기 그림의 크기(인치).
STACKED_FIGSIZE = (6.4, 6.6)
#: 탐색기 그림의 해상도: 640 px 폭(본문 폭 700 px보다 좁아 줄어들지 않는다).
EXPLORER_DPI = 100

#: 그릴 수 있는 값의 최대 절댓값. 이보다 크면 matplotlib의 축 계산이 넘친다.
PLOT_LIMIT = 1e100

#: ``**line_kw`` 로 넘기면 그림이 몰래 틀어지는 선 설정(데이터나 축을 바꾼다).
_LINE_KW_DENIED = ("data", "xdata", "ydata", "axes", "figure")

#: ``**line_kw`` 의 오타를 고쳐 줄 때 후보로 쓰는 흔한 선 설정 이름.
_LINE_KW_COMMON = ("lw", "linewidth", "ls", "linestyle", "color", "marker", "ms", "markersize",
                   "alpha", "zorder", "label")


def check_plottable(values, name: str) -> None:
    """그릴 값들의 절댓값이 :data:`PLOT_LIMIT` 이하인지 확인한다(넘으면 축 계산이 넘친다)."""
    if np.any(np.abs(values) > PLOT_LIMIT):
        raise ValueError(
            f"{name}에 절댓값이 {PLOT_LIMIT:g}보다 큰 값이 있어 그릴 수 없다. 단위를 바꾸거나 "
            "그 값을 빼고 넣어야 한다."
        )


def current_axes(ax):
    """주어진 축, 없으면 pyplot의 현재 축(모든 검사를 마친 뒤에 부른다)."""
    return plt.gca() if ax is None else ax


def check_plot_ax(ax):
    """그림 함수의 ``ax`` 인자를 검사한다(None이면 나중에 현재 축을 쓴다)."""
    return check_ax(ax, "ax")


def check_color(color, name: str = "color"):
    """matplotlib이 아는 색인지 검사한다."""
    if not mcolors.is_color_like(color) or isinstance(color, bool):
        raise ValueError(
            f"{name}에는 matplotlib 색을 넣어야 한다(받은 값: {_shown(color)}). 예: 'C1', 'red'"
        )
    return color


def check_fmt(fmt, name: str = "marker"):
    """``'.-'`` 같은 matplotlib 선 형식 문자열인지 검사한다."""
    if not isinstance(fmt, str):
        raise TypeError(f"{name}에는 선 형식 문자열을 넣어야 한다(받은 값: {_shown(fmt)}).")
    try:
        _process_plot_format(fmt)
    except ValueError:
        raise ValueError(
            f"{name}은(는) matplotlib 선 형식이어야 한다(받은 값: {fmt!r}). 예: '.-', 'o-', '-'"
        ) from None
    return fmt


def check_line_kw(line_kw: dict, params=()) -> dict:
    """``ax.plot`` 에 넘길 선 설정이 Line2D가 받는 이름과 값인지 미리 검사한다.

    ``params`` 는 그림 함수 자신의 인자 이름들이다. 모르는 이름이 그 가운데 하나나 흔한 선
    설정의 오타로 보이면(``log=`` → ``logy=``) 고칠 이름을 알려 준다.
    """
    for key in line_kw:
        if key in _LINE_KW_DENIED:
            raise TypeError(
                f"선 설정 {key}=...는 그리는 데이터나 축을 바꾸므로 받지 않는다. {key}=...를 "
                "빼야 한다(데이터는 앞의 인자로 넣는다)."
            )
        if not hasattr(Line2D, f"set_{key}"):
            match = difflib.get_close_matches(key, [*params, *_LINE_KW_COMMON], n=1, cutoff=0.6)
            fix = f"이름을 고쳐 {match[0]}=...처럼 써야 한다" if match else (
                "이름을 고쳐야 한다(예: lw=1, marker='.', color='C1')"
            )
            raise TypeError(
                f"'{key}'은(는) 이 함수의 인자도, matplotlib 선 설정도 아니다. {fix}."
            )
    try:
        Line2D([], [], **line_kw)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ValueError(
            f"선 설정 {_shown(line_kw)}을(를) matplotlib이 받지 않는다({type(exc).__name__}). "
            "값을 고쳐야 한다. 예: lw=1, marker='.', color='C1'"
        ) from None
    return line_kw


def check_labels(**labels) -> None:
    """축 이름(``xlabel``, ``ylabel``)은 문자열, 범례 이름(``*_label``)은 문자열이나 None."""
    for name, value in labels.items():
        check_text(value, name, allow_none=name.endswith("_label") or name == "label")


def add_legend(ax, **kwargs) -> None:
    """범례 이름이 있는 아티스트가 하나라도 있을 때만 범례를 그린다.

    범례 이름을 모두 None으로 주면(범례에서 빼라는 뜻) 범례를 그리지 않는다. 그냥
    ``ax.legend()`` 를 부르면 matplotlib이 "No artists with labels" 경고를 낸다.
    """
    if ax.get_legend_handles_labels()[0]:
        ax.legend(**kwargs)


def log_yaxis(ax) -> None:
    r"""세로축을 로그 눈금으로 바꾸고 눈금을 :math:`10^k` 로 적는다.

    기본 로그 눈금 글자(``\mathdefault``)는 한글 글꼴에 없는 마이너스 기호를 찾다가
    경고를 내므로, 수식 글꼴로 직접 적는다.
    """
    ax.set_yscale("log")
    ax.yaxis.set_major_locator(LogLocator(numticks=6))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"$10^{{{round(math.log10(v))}}}$"))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_minor_formatter(NullFormatter())


def plain_log_yaxis(ax) -> None:
    """세로축을 로그 눈금으로 바꾸고 눈금을 "0.1", "1e+04" 처럼 적는다(수식 글꼴 없이)."""
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    ax.yaxis.set_minor_formatter(NullFormatter())
