"""값 하나의 검사: 실수, 정수, 시드, 참/거짓, 비율, 구간, 정수 목록, 글, 함수.

파이썬 수와 함께 NumPy 스칼라(``np.float32``, ``np.int64``, ``np.True_``)와 0차원 배열도 받고,
``bool`` 을 수로, 복소수와 숫자처럼 보이는 문자열(``"0.1"``)을 실수로 받지 않는다.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable

import numpy as np

from utils._validation.signatures import korean_signature_errors

__all__ = [
    "check_real",
    "check_positive",
    "check_int",
    "check_seed",
    "check_bool",
    "check_fraction",
    "check_range",
    "check_int_list",
    "check_text",
    "check_callable",
]


def _shown(value) -> str:
    """오류 메시지에 넣을 짧은 값 표시."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_bool(value) -> bool:
    return isinstance(value, (bool, np.bool_))


def _is_scalar(value) -> bool:
    """수 하나(파이썬 수, NumPy 스칼라, 0차원 배열)인지: 목록이면 False."""
    return isinstance(value, (numbers.Number, np.generic)) or (
        isinstance(value, np.ndarray) and value.ndim == 0
    )


def _unwrap(value):
    """0차원 배열(``np.array(0.1)``)을 그 안의 NumPy 스칼라로 꺼낸다. 나머지는 그대로."""
    return value[()] if isinstance(value, np.ndarray) and value.ndim == 0 else value


def check_real(
    value, name: str, low: float | None = None, high: float | None = None, example: str = ""
) -> float:
    """유한한 실수(``low`` 이상 ``high`` 이하)인지 검사하고 float로 돌려준다.

    Parameters
    ----------
    value : float
        검사할 값(파이썬 수, NumPy 스칼라, 0차원 배열).
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).
    low, high : float or None, optional
        허용하는 범위(None이면 그쪽 끝이 없다).
    example : str, optional
        오류 메시지에 붙일 올바른 예(예: ``"w0=1.0"``).

    Returns
    -------
    float
        검사한 값.

    Examples
    --------
    >>> check_real(np.float32(0.5), "w0")
    0.5
    >>> check_real(1 + 2j, "w0")
    Traceback (most recent call last):
    ...
    TypeError: w0에는 실수를 넣어야 한다(받은 값: (1+2j)).
    """
    value = _unwrap(value)
    if _is_bool(value) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}에는 실수를 넣어야 한다(받은 값: {_shown(value)}).")
    value = float(value)
    hint = f" 예: {example}" if example else ""
    if not math.isfinite(value):
        raise ValueError(f"{name}은(는) 유한한 실수여야 한다(받은 값: {value!r}).{hint}")
    if (low is not None and value < low) or (high is not None and value > high):
        if high is None:
            allowed = f"{low:g} 이상"
        elif low is None:
            allowed = f"{high:g} 이하"
        else:
            allowed = f"{low:g} 이상 {high:g} 이하"
        raise ValueError(f"{name}은(는) {allowed}의 실수여야 한다(받은 값: {value:g}).{hint}")
    return value


def check_positive(value, name: str) -> float:
    """양의 유한한 실수인지 검사한다(학습률 등).

    Parameters
    ----------
    value : float
        검사할 값.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    float
        검사한 값.

    Examples
    --------
    >>> check_positive(0.1, "learning_rate")
    0.1
    >>> check_positive(0, "learning_rate")
    Traceback (most recent call last):
    ...
    ValueError: learning_rate은(는) 0보다 큰 유한한 수여야 한다(받은 값: 0). 예: 0.01
    """
    value = _unwrap(value)
    if _is_bool(value) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}에는 실수를 넣어야 한다(받은 값: {_shown(value)}).")
    value = float(value)
    if not math.isfinite(value) or value <= 0:
        shown = repr(value) if not math.isfinite(value) else f"{value:g}"
        raise ValueError(f"{name}은(는) 0보다 큰 유한한 수여야 한다(받은 값: {shown}). 예: 0.01")
    return value


def check_int(value, name: str, low: int = 1, high: int | None = None) -> int:
    """``low`` 이상 ``high`` 이하의 정수인지 검사한다(배치 크기, 단계 수, 차수 등).

    Parameters
    ----------
    value : int
        검사할 값(파이썬 정수, NumPy 정수, 0차원 정수 배열).
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).
    low : int, optional
        최솟값.
    high : int or None, optional
        최댓값(None이면 없다).

    Returns
    -------
    int
        검사한 값.

    Examples
    --------
    >>> check_int(np.int64(10), "batch_size", 1, 100)
    10
    >>> check_int(2.5, "batch_size")
    Traceback (most recent call last):
    ...
    TypeError: batch_size에는 정수를 넣어야 한다(받은 값: 2.5).
    """
    value = _unwrap(value)
    if _is_bool(value) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name}에는 정수를 넣어야 한다(받은 값: {_shown(value)}).")
    value = int(value)
    if value < low or (high is not None and value > high):
        allowed = f"{low} 이상" if high is None else f"{low} 이상 {high} 이하"
        raise ValueError(f"{name}은(는) {allowed}의 정수여야 한다(받은 값: {value}).")
    return value


def check_seed(seed, name: str = "seed") -> int:
    """난수 시드가 0 이상의 정수인지 검사한다(NumPy 정수도 받는다).

    Parameters
    ----------
    seed : int
        난수 시드.
    name : str, optional
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    int
        검사한 시드.

    Examples
    --------
    >>> check_seed(np.uint8(3))
    3
    >>> check_seed(-1)
    Traceback (most recent call last):
    ...
    ValueError: seed은(는) 0 이상의 정수여야 한다(받은 값: -1).
    """
    return check_int(seed, name, 0)


def check_bool(value, name: str) -> bool:
    """True나 False(``np.True_`` 포함)인지 검사한다.

    Parameters
    ----------
    value : bool
        검사할 값.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    bool
        파이썬 ``bool``.

    Examples
    --------
    >>> check_bool(np.True_, "shuffle")
    True
    """
    value = _unwrap(value)
    if not _is_bool(value):
        raise TypeError(f"{name}에는 True나 False를 넣어야 한다(받은 값: {_shown(value)}).")
    return bool(value)


def check_fraction(value, name: str) -> float:
    """0과 1 사이(양 끝 제외)의 비율인지 검사한다.

    Parameters
    ----------
    value : float
        검사할 비율.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    float
        검사한 비율.

    Examples
    --------
    >>> check_fraction(0.2, "test_size")
    0.2
    >>> check_fraction(1.0, "test_size")
    Traceback (most recent call last):
    ...
    ValueError: test_size은(는) 0과 1 사이(0과 1 제외)의 비율이어야 한다(받은 값: 1). 예: 0.2
    """
    value = _unwrap(value)
    if _is_bool(value) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}에는 0과 1 사이의 실수를 넣어야 한다(받은 값: {_shown(value)}).")
    value = float(value)
    if not (0.0 < value < 1.0):
        raise ValueError(
            f"{name}은(는) 0과 1 사이(0과 1 제외)의 비율이어야 한다(받은 값: {value:g}). 예: 0.2"
        )
    return value


def check_range(value, name: str) -> tuple[float, float]:
    """``(최솟값, 최댓값)`` 두 유한한 실수이고 최솟값 < 최댓값인지 검사한다.

    Parameters
    ----------
    value : sequence of two float
        ``(최솟값, 최댓값)``.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    tuple of float
        ``(최솟값, 최댓값)``.

    Examples
    --------
    >>> check_range((0, np.float32(1.5)), "x_range")
    (0.0, 1.5)
    >>> check_range((2.0, 1.0), "x_range")
    Traceback (most recent call last):
    ...
    ValueError: x_range은(는) (최솟값, 최댓값) 순서로 최솟값 < 최댓값이어야 한다(받은 값: (2, 1)).
    """
    if isinstance(value, (str, bytes, dict, set)) or not hasattr(value, "__len__"):
        raise TypeError(
            f"{name}에는 (최솟값, 최댓값) 두 수를 넣어야 한다(받은 값: {_shown(value)})."
        )
    if len(value) != 2:
        raise ValueError(
            f"{name}에는 (최솟값, 최댓값) 두 수를 넣어야 한다(받은 개수: {len(value)})."
        )
    low, high = (check_real(v, f"{name}의 값") for v in value)
    if not low < high:
        raise ValueError(
            f"{name}은(는) (최솟값, 최댓값) 순서로 최솟값 < 최댓값이어야 한다"
            f"(받은 값: ({low:g}, {high:g}))."
        )
    return low, high


def check_int_list(
    values,
    name: str,
    low: int = 1,
    high: int | None = None,
    max_len: int | None = None,
    increasing: bool = False,
) -> list[int]:
    """정수들의 목록(리스트, 튜플, range, 1차원 배열)인지 검사한다. 정수 하나는 받지 않는다.

    ``increasing=True`` 이면 그림의 가로축처럼 작은 값부터 커지는 순서(같은 값 없이)여야 한다.

    Parameters
    ----------
    values : sequence of int
        검사할 목록.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).
    low : int, optional
        값의 최솟값.
    high : int or None, optional
        값의 최댓값.
    max_len : int or None, optional
        목록의 최대 길이.
    increasing : bool, optional
        작은 값부터 커지는 순서(같은 값 없이)여야 하는지.

    Returns
    -------
    list of int
        검사한 값들.

    Examples
    --------
    >>> check_int_list(range(3), "degrees", 0)
    [0, 1, 2]
    >>> check_int_list(5, "degrees", 0)
    Traceback (most recent call last):
    ...
    TypeError: degrees에는 정수 하나가 아니라 정수의 목록을 넣어야 한다(받은 값: 5). 예: [0, 1, 3]
    >>> check_int_list([3, 1], "degrees", 0, increasing=True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: degrees은(는) 같은 값 없이 작은 값부터 커지는 순서여야 한다...
    """
    if isinstance(values, numbers.Number) or _is_bool(values):
        raise TypeError(
            f"{name}에는 정수 하나가 아니라 정수의 목록을 넣어야 한다(받은 값: {_shown(values)})."
            " 예: [0, 1, 3]"
        )
    if isinstance(values, (str, bytes, dict, set)) or not hasattr(values, "__iter__"):
        raise TypeError(f"{name}에는 정수의 목록을 넣어야 한다(받은 값: {_shown(values)}).")
    if isinstance(values, np.ndarray) and values.ndim != 1:
        raise ValueError(f"{name}은(는) 1차원 목록이어야 한다(받은 모양: {values.shape}).")
    items = list(values)
    if not items:
        raise ValueError(f"{name}이(가) 비어 있다. 값을 하나 이상 넣어야 한다.")
    if max_len is not None and len(items) > max_len:
        raise ValueError(
            f"{name}에는 값이 {max_len}개 이하여야 한다(받은 개수: {len(items)}). 값을 줄여야 한다."
        )
    checked = [check_int(v, f"{name}의 값", low, high) for v in items]
    if increasing and any(a >= b for a, b in zip(checked, checked[1:], strict=False)):
        raise ValueError(
            f"{name}은(는) 같은 값 없이 작은 값부터 커지는 순서여야 한다(받은 값: "
            f"{_shown(tuple(checked))}). 예: sorted(set({name}))를 넣어야 한다."
        )
    return checked


def check_text(value, name: str, allow_none: bool = False) -> str | None:
    """그림의 글자(축 이름, 범례 이름)가 문자열인지 검사한다.

    Parameters
    ----------
    value : str
        검사할 글.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).
    allow_none : bool, optional
        None도 받을지(범례에서 빼는 이름).

    Returns
    -------
    str or None
        검사한 글.

    Examples
    --------
    >>> check_text("단계", "xlabel")
    '단계'
    """
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        extra = " 또는 None" if allow_none else ""
        raise TypeError(f"{name}에는 문자열{extra}을 넣어야 한다(받은 값: {_shown(value)}).")
    return value


def check_callable(value, name: str, allow_none: bool = True) -> Callable | None:
    """함수(호출할 수 있는 객체)인지 검사한다.

    Parameters
    ----------
    value : callable or None
        검사할 함수.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).
    allow_none : bool, optional
        None도 받을지.

    Returns
    -------
    callable or None
        검사한 함수.

    Examples
    --------
    >>> check_callable(abs, "true_function") is abs
    True
    """
    if value is None and allow_none:
        return None
    if not callable(value):
        raise TypeError(
            f"{name}에는 함수를 넣어야 한다(받은 값: {_shown(value)}). 예: smooth_function"
        )
    return value


korean_signature_errors(globals())
