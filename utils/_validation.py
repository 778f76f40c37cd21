"""입력 검사: 잘못된 입력에는 무엇을 바꿔야 하는지 말하는 한국어 오류를 낸다.

모든 공개 함수가 이 모듈을 거쳐 입력을 검사하므로, 같은 실수에는 책 어디에서나
같은 문장이 나온다.
"""

from __future__ import annotations

import math
import numbers

import numpy as np

__all__ = ["as_features", "as_labels", "check_xy", "check_positive", "check_int", "check_fraction"]


def _as_float_array(values, name: str) -> np.ndarray:
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name}에는 숫자 배열을 넣어야 한다(받은 값: 문자열).")
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name}에는 숫자 배열을 넣어야 한다: {exc}") from None
    return arr


def _check_finite(arr: np.ndarray, name: str) -> None:
    if arr.size == 0:
        raise ValueError(f"{name}이(가) 비어 있다. 예가 하나 이상 있는 데이터를 넣어야 한다.")
    if not np.all(np.isfinite(arr)):
        bad = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
        raise ValueError(
            f"{name}에 NaN이나 무한대 값이 {bad}개 있다. "
            "빠진 값을 지우거나 채운 뒤 다시 넣어야 한다."
        )


def as_features(X, name: str = "X") -> np.ndarray:
    """특성을 ``(n, d)`` 모양의 유한한 float 배열로 바꾼다.

    1차원 배열은 특성이 하나인 ``(n, 1)`` 배열로 본다.

    Parameters
    ----------
    X : array_like
        1차원 ``(n,)`` 또는 2차원 ``(n, d)`` 배열.
    name : str, optional
        오류 메시지에 쓸 이름.

    Returns
    -------
    numpy.ndarray
        ``(n, d)`` float 배열.

    Raises
    ------
    TypeError
        숫자가 아닐 때.
    ValueError
        비어 있거나, NaN·무한대가 있거나, 3차원 이상일 때.

    Examples
    --------
    >>> as_features([1, 2, 3]).shape
    (3, 1)
    """
    arr = _as_float_array(X, name)
    if arr.ndim == 0:
        raise ValueError(f"{name}은(는) 스칼라가 아니라 예마다 값이 있는 배열이어야 한다.")
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2:
        raise ValueError(
            f"{name}은(는) 1차원 (n,) 또는 2차원 (n, d) 배열이어야 한다(받은 모양: {arr.shape})."
        )
    _check_finite(arr, name)
    return arr


def as_labels(y, name: str = "y") -> np.ndarray:
    """라벨을 ``(n,)`` 모양의 유한한 float 배열로 바꾼다.

    Examples
    --------
    >>> as_labels([[1.0], [2.0]]).shape
    (2,)
    """
    arr = _as_float_array(y, name)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1:
        raise ValueError(f"{name}은(는) 1차원 (n,) 배열이어야 한다(받은 모양: {arr.shape}).")
    _check_finite(arr, name)
    return arr


def check_xy(X, y) -> tuple[np.ndarray, np.ndarray]:
    """특성과 라벨을 검사하고 ``(n, d)``, ``(n,)`` 배열로 돌려준다.

    Raises
    ------
    ValueError
        X와 y의 예 개수가 다를 때(그 밖의 경우는 :func:`as_features` 참고).

    Examples
    --------
    >>> X, y = check_xy([1, 2], [3, 4])
    >>> X.shape, y.shape
    ((2, 1), (2,))
    >>> check_xy([1, 2, 3], [1, 2])
    Traceback (most recent call last):
    ...
    ValueError: X에는 예가 3개, y에는 2개 있다. 두 배열의 길이(예 개수)를 같게 맞춰야 한다.
    """
    X = as_features(X)
    y = as_labels(y)
    if X.shape[0] != y.shape[0]:
        raise ValueError(
            f"X에는 예가 {X.shape[0]}개, y에는 {y.shape[0]}개 있다. "
            "두 배열의 길이(예 개수)를 같게 맞춰야 한다."
        )
    return X, y


def check_positive(value, name: str) -> float:
    """양의 유한한 실수인지 검사한다(학습률 등).

    Examples
    --------
    >>> check_positive(0.1, "learning_rate")
    0.1
    >>> check_positive(0, "learning_rate")
    Traceback (most recent call last):
    ...
    ValueError: learning_rate은(는) 0보다 큰 유한한 수여야 한다(받은 값: 0). 예: 0.01
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}에는 실수를 넣어야 한다(받은 값: {value!r}).")
    value = float(value)
    if not math.isfinite(value) or value <= 0:
        shown = repr(value) if not math.isfinite(value) else f"{value:g}"
        raise ValueError(f"{name}은(는) 0보다 큰 유한한 수여야 한다(받은 값: {shown}). 예: 0.01")
    return value


def check_int(value, name: str, low: int = 1, high: int | None = None) -> int:
    """``low`` 이상 ``high`` 이하의 정수인지 검사한다(배치 크기, 단계 수, 차수 등).

    Examples
    --------
    >>> check_int(10, "batch_size", 1, 100)
    10
    >>> check_int(2.5, "batch_size")
    Traceback (most recent call last):
    ...
    TypeError: batch_size에는 정수를 넣어야 한다(받은 값: 2.5).
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name}에는 정수를 넣어야 한다(받은 값: {value!r}).")
    value = int(value)
    if value < low or (high is not None and value > high):
        allowed = f"{low} 이상" if high is None else f"{low} 이상 {high} 이하"
        raise ValueError(f"{name}은(는) {allowed}의 정수여야 한다(받은 값: {value}).")
    return value


def check_fraction(value, name: str) -> float:
    """0과 1 사이(양 끝 제외)의 비율인지 검사한다.

    Examples
    --------
    >>> check_fraction(0.2, "test_size")
    0.2
    >>> check_fraction(1.0, "test_size")
    Traceback (most recent call last):
    ...
    ValueError: test_size은(는) 0과 1 사이(0과 1 제외)의 비율이어야 한다(받은 값: 1). 예: 0.2
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name}에는 0과 1 사이의 실수를 넣어야 한다(받은 값: {value!r}).")
    value = float(value)
    if not (0.0 < value < 1.0):
        raise ValueError(
            f"{name}은(는) 0과 1 사이(0과 1 제외)의 비율이어야 한다(받은 값: {value:g}). 예: 0.2"
        )
    return value
