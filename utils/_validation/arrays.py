"""배열의 검사: 특성 ``X``, 라벨 ``y``, 1차원 값들, 그리고 계산 결과가 유한한지와 크기.

숫자가 아닌 값(문자열, True/False, 복소수, 날짜)은 ``TypeError``, 모양·길이가 틀리거나
비었거나 NaN·무한대가 있으면 ``ValueError`` 다. ``None`` 과 pandas의 ``pd.NA`` 는 빠진 값(NaN)
으로 본다.
"""

from __future__ import annotations

import numpy as np

from utils._validation.scalars import _shown
from utils._validation.signatures import korean_signature_errors

__all__ = [
    "MAX_CELLS",
    "as_features",
    "as_labels",
    "as_vector",
    "check_xy",
    "check_finite_result",
    "check_size",
]


#: 한 번에 만드는 배열의 최대 원소 수(격자, 다항식 특성, 다시 뽑기). 8바이트 실수로 400 MB.
MAX_CELLS = 50_000_000


def _is_missing(value) -> bool:
    """빠진 값 표시(None, pandas의 ``pd.NA``, ``NaT``)인지."""
    return value is None or type(value).__name__ in ("NAType", "NaTType")


def _too_large(name: str) -> ValueError:
    return ValueError(
        f"{name}에 실수로 나타낼 수 없을 만큼 큰 정수가 있다. 값의 단위를 바꿔 작은 수로 "
        "넣어야 한다."
    )


def _as_float_array(values, name: str) -> np.ndarray:
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{name}에는 숫자 배열을 넣어야 한다(받은 값: 문자열 {_shown(values)}).")
    if hasattr(values, "loss") and hasattr(values, "examples_seen"):
        raise TypeError(
            f"{name}에 최적화 기록(History)을 넣었다. 배열을 넣어야 한다: h = gradient_descent(...)"
            "이면 h.loss를 넣어야 한다(가중치는 h.w, 편향은 h.b)."
        )
    if values is None or isinstance(values, (dict, set)):
        raise TypeError(f"{name}에는 숫자 배열을 넣어야 한다(받은 값: {_shown(values)}).")
    try:
        raw = np.asarray(values)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            f"{name}에는 길이가 고른 숫자 배열을 넣어야 한다(받은 값: {_shown(values)})."
        ) from exc
    except OverflowError:
        raise _too_large(name) from None
    kind = raw.dtype.kind
    if kind == "c":
        raise TypeError(f"{name}에 복소수가 있다. 실수 배열을 넣어야 한다(예: 실수부 .real).")
    if kind == "b":
        raise TypeError(f"{name}에 True/False가 있다. 숫자 배열을 넣어야 한다(예: 0.0과 1.0).")
    if kind in "fiu":
        return raw.astype(float, copy=False)
    if kind in "mM":
        raise TypeError(f"{name}에는 날짜·시간이 아니라 숫자 배열을 넣어야 한다.")
    if kind in "US" or (kind == "O" and any(isinstance(v, (str, bytes)) for v in raw.flat)):
        raise TypeError(
            f"{name}에 문자열이 있다. 숫자 배열을 넣어야 한다(숫자를 적은 문자열이면 "
            "np.asarray(값, dtype=float)로 바꿔서)."
        )
    if kind == "O":
        if any(isinstance(v, (bool, np.bool_, complex, np.complexfloating)) for v in raw.flat):
            raise TypeError(f"{name}에는 실수만 넣어야 한다(True/False나 복소수가 섞여 있다).")
        raw = np.array([np.nan if _is_missing(v) else v for v in raw.flat],
                       dtype=object).reshape(raw.shape)
    try:
        arr = raw.astype(float)
    except OverflowError:
        raise _too_large(name) from None
    except (TypeError, ValueError):
        raise TypeError(
            f"{name}에는 숫자 배열을 넣어야 한다(받은 값: {_shown(values)})."
        ) from None
    return arr


def _check_finite(arr: np.ndarray, name: str) -> None:
    if arr.size == 0:
        raise ValueError(f"{name}이(가) 비어 있다. 값이 하나 이상 있는 배열을 넣어야 한다.")
    finite = np.isfinite(arr)
    if not finite.all():
        bad = int(arr.size - np.count_nonzero(finite))
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
        숫자가 아닐 때(복소수, True/False 포함).
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
    """라벨을 ``(n,)`` 모양의 유한한 float 배열로 바꾼다(``(n, 1)`` 도 받는다).

    Parameters
    ----------
    y : array_like
        1차원 ``(n,)`` 또는 열 하나인 ``(n, 1)`` 배열.
    name : str, optional
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    numpy.ndarray
        ``(n,)`` float 배열.

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


def as_vector(values, name: str, min_size: int = 1) -> np.ndarray:
    """값들을 1차원 유한 float 배열로 바꾼다(격자, 손실 곡선, 경로 등).

    Parameters
    ----------
    values : array_like
        1차원 배열.
    name : str
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).
    min_size : int, optional
        있어야 할 값의 최소 개수.

    Returns
    -------
    numpy.ndarray
        1차원 float 배열.

    Examples
    --------
    >>> as_vector((1, 2.5), "w_values")
    array([1. , 2.5])
    >>> as_vector([1.0], "w_values", min_size=2)
    Traceback (most recent call last):
    ...
    ValueError: w_values에는 값이 2개 이상 있어야 한다(받은 개수: 1).
    """
    arr = _as_float_array(values, name)
    if arr.ndim != 1:
        raise ValueError(f"{name}은(는) 1차원 배열이어야 한다(받은 모양: {arr.shape}).")
    _check_finite(arr, name)
    if arr.shape[0] < min_size:
        raise ValueError(
            f"{name}에는 값이 {min_size}개 이상 있어야 한다(받은 개수: {arr.shape[0]})."
        )
    return arr


def check_xy(X, y, x_name: str = "X", y_name: str = "y") -> tuple[np.ndarray, np.ndarray]:
    """특성과 라벨을 검사하고 ``(n, d)``, ``(n,)`` 배열로 돌려준다.

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,) or (n, 1)
        라벨.
    x_name, y_name : str, optional
        오류 메시지에 쓸 두 인자의 이름(예: ``"X_test"``, ``"y_test"``).

    Returns
    -------
    X : numpy.ndarray, shape (n, d)
        특성.
    y : numpy.ndarray, shape (n,)
        라벨.

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
    X = as_features(X, x_name)
    y = as_labels(y, y_name)
    if X.shape[0] != y.shape[0]:
        flipped = X.shape[1] == y.shape[0] and X.shape[0] != 1
        hint = (
            f" {x_name}의 모양이 (특성, 예)로 뒤바뀌었다면 {x_name}.T를 넣어야 한다."
            if flipped else ""
        )
        raise ValueError(
            f"{x_name}에는 예가 {X.shape[0]}개, {y_name}에는 {y.shape[0]}개 있다. "
            f"두 배열의 길이(예 개수)를 같게 맞춰야 한다.{hint}"
        )
    return X, y


def check_finite_result(values, names: str, advice: str = "") -> None:
    """계산 결과(예측, 손실, 기울기)가 유한한지 확인한다: 입력이 너무 크면 무한대가 된다.

    부르는 쪽은 계산을 ``np.errstate(over="ignore", invalid="ignore")`` 안에서 하고, 그
    결과를 여기에 넘긴다. 그래서 NumPy 오버플로 경고 대신 입력의 이름을 적은 오류가 난다.
    ``advice`` 는 무엇을 바꿔야 하는지(기본값: 단위를 바꾸거나 표준화하라는 말)다.

    Parameters
    ----------
    values : array_like or float
        계산 결과.
    names : str
        결과를 무한대로 만들 수 있는 입력들의 이름(예: ``"X나 w"``).
    advice : str, optional
        무엇을 바꿔야 하는지 말하는 문장(마침표 없이).

    Examples
    --------
    >>> check_finite_result(np.array([1.0, np.inf]), "X나 w")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: X나 w의 값이 너무 커서 계산 결과가 무한대(또는 NaN)가 된다. ...
    """
    if not np.all(np.isfinite(values)):
        advice = advice or (
            "단위를 바꾸거나 표준화한 값을 넣어야 한다(예: (X - X.mean()) / X.std())"
        )
        raise ValueError(
            f"{names}의 값이 너무 커서 계산 결과가 무한대(또는 NaN)가 된다. {advice}."
        )


def check_size(count: int, names: str, limit: int = MAX_CELLS) -> None:
    """만들 배열의 원소 수가 ``limit`` 이하인지 확인한다(메모리를 넘기 전에 멈춘다).

    Parameters
    ----------
    count : int
        만들 배열의 원소 수.
    names : str
        원소 수를 정하는 인자들의 이름.
    limit : int, optional
        최대 원소 수(기본값 :data:`MAX_CELLS`).

    Examples
    --------
    >>> check_size(10**9, "w_values와 b_values의 길이")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: w_values와 b_values의 길이로 만들 배열의 원소가 1,000,000,000개라 메모리에 ...
    """
    if count > limit:
        raise ValueError(
            f"{names}로 만들 배열의 원소가 {count:,}개라 메모리에 너무 많다. {limit:,}개 이하가 "
            "되게 줄여야 한다."
        )


korean_signature_errors(globals())
