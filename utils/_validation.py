"""입력 검사: 잘못된 입력에는 무엇을 바꿔야 하는지 말하는 한국어 오류를 낸다.

모든 공개 함수가 계산하거나 그리기 전에 이 모듈을 거쳐 입력을 검사하므로, 같은 실수에는
책 어디에서나 같은 문장이 나온다. 오류 메시지는 호출자가 넘긴 인자의 이름(``name``)을
적는다. 파이썬 수와 함께 NumPy 스칼라(``np.float32``, ``np.int64``, ``np.True_``)와 0차원
배열도 받고, 복소수와 숫자처럼 보이는 문자열(``"0.1"``)은 경고 없이 거절한다. 학습 여부
확인(:func:`check_is_fitted`)도 ``sklearn.utils.validation`` 처럼 여기에 둔다.

인자 이름을 잘못 쓰거나(``lable=``) 꼭 필요한 인자를 빠뜨린 호출도 파이썬의 영어 오류 대신
한국어 ``TypeError`` 가 된다: 각 모듈이 끝에서 :func:`korean_signature_errors` 를 불러 공개
함수와 공개 클래스의 메서드를 감싼다.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import math
import numbers

import numpy as np
from matplotlib.axes import Axes

__all__ = [
    "NotFittedError",
    "as_features",
    "as_labels",
    "as_vector",
    "check_xy",
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
    "check_ax",
    "check_axes",
    "check_is_fitted",
    "check_finite_result",
    "check_size",
    "korean_signature_errors",
]

#: 한 번에 만드는 배열의 최대 원소 수(격자, 다항식 특성, 다시 뽑기). 8바이트 실수로 400 MB.
MAX_CELLS = 50_000_000


class NotFittedError(ValueError, AttributeError):
    """학습(``fit``) 전에 예측하려 할 때 내는 오류.

    scikit-learn의 ``sklearn.exceptions.NotFittedError`` 처럼 ``ValueError`` 와
    ``AttributeError`` 를 함께 상속하므로 둘 중 어느 것으로도 잡을 수 있다.

    Examples
    --------
    >>> issubclass(NotFittedError, ValueError) and issubclass(NotFittedError, AttributeError)
    True
    """


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


def check_real(
    value, name: str, low: float | None = None, high: float | None = None, example: str = ""
) -> float:
    """유한한 실수(``low`` 이상 ``high`` 이하)인지 검사하고 float로 돌려준다.

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


def check_callable(value, name: str, allow_none: bool = True):
    """함수(호출할 수 있는 객체)인지 검사한다.

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


def check_ax(ax, name: str = "ax") -> Axes | None:
    """``None`` 이거나 matplotlib 축(``Axes``) 하나인지 검사한다.

    Examples
    --------
    >>> check_ax(None) is None
    True
    >>> check_ax("ax")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: ax에는 matplotlib 축(Axes) 하나나 None을 넣어야 한다(받은 값: 'ax'). ...
    """
    if ax is None or isinstance(ax, Axes):
        return ax
    raise TypeError(
        f"{name}에는 matplotlib 축(Axes) 하나나 None을 넣어야 한다(받은 값: {_shown(ax)}). "
        "예: fig, ax = plt.subplots()"
    )


def check_axes(axes, count: int, name: str = "axes") -> np.ndarray | None:
    """``None`` 이거나 matplotlib 축 ``count`` 개인지 검사하고 1차원 객체 배열로 돌려준다.

    Examples
    --------
    >>> check_axes(None, 2) is None
    True
    >>> check_axes([1, 2], 2)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: axes에는 matplotlib 축(Axes) 2개나 None을 넣어야 한다(받은 값: [1, 2]). ...
    """
    if axes is None:
        return None
    hint = f"예: fig, axes = plt.subplots({count}, 1)"
    if isinstance(axes, Axes):
        raise TypeError(f"{name}에는 축 하나가 아니라 축 {count}개를 넣어야 한다. {hint}")
    try:
        items = list(np.asarray(axes, dtype=object).reshape(-1))
    except (TypeError, ValueError):
        items = None
    if items is None or isinstance(axes, (str, bytes)) or not all(
        isinstance(a, Axes) for a in items
    ):
        raise TypeError(
            f"{name}에는 matplotlib 축(Axes) {count}개나 None을 넣어야 한다"
            f"(받은 값: {_shown(axes)}). {hint}"
        )
    if len(items) != count:
        raise ValueError(f"{name}에는 축이 {count}개 있어야 한다(받은 개수: {len(items)}). {hint}")
    if len({id(a) for a in items}) != count:
        raise ValueError(
            f"{name}에 같은 축이 두 번 들어 있다. 서로 다른 축 {count}개를 넣어야 한다. {hint}"
        )
    if any(a.figure is not items[0].figure for a in items):
        raise ValueError(
            f"{name}의 축들이 서로 다른 그림에 있다. 한 그림의 축 {count}개를 넣어야 한다. {hint}"
        )
    out = np.empty(count, dtype=object)
    out[:] = items
    return out


def check_is_fitted(estimator, attributes: str = "coef_") -> None:
    """추정기가 학습되었는지(``attributes`` 속성이 있는지) 확인한다.

    Raises
    ------
    NotFittedError
        아직 ``fit`` 을 부르지 않았을 때.

    Examples
    --------
    >>> class Model:
    ...     pass
    >>> check_is_fitted(Model())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    utils._validation.NotFittedError: 이 Model는 아직 학습되지 않았다. ...
    """
    if not isinstance(attributes, str):
        raise TypeError(
            f"attributes에는 학습으로 생기는 속성 이름(예: 'coef_')을 넣어야 한다"
            f"(받은 값: {_shown(attributes)})."
        )
    if not hasattr(estimator, attributes):
        raise NotFittedError(
            f"이 {type(estimator).__name__}는 아직 학습되지 않았다. "
            "predict를 부르기 전에 fit을 먼저 호출해야 한다."
        )


# ---------------------------------------------------------------------------
# 호출 형태의 실수(인자 이름 오타, 빠진 인자, 너무 많은 위치 인자)를 한국어로
# ---------------------------------------------------------------------------

_VARIADIC = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


def _call_name(func) -> str:
    """오류 메시지에 쓸 이름: 함수는 ``f``, 메서드는 ``Class.method``, 생성자는 ``Class``."""
    qualname = func.__qualname__
    return qualname[: -len(".__init__")] if qualname.endswith(".__init__") else qualname


def _signature_message(func, args: tuple, kwargs: dict) -> str | None:
    """``func(*args, **kwargs)`` 가 인자를 묶지 못한 까닭을 한국어로(알 수 없으면 None)."""
    params = list(inspect.signature(func).parameters.values())
    where = _call_name(func)
    skip = 1 if func.__name__ != func.__qualname__ and params and params[0].name == "self" else 0
    shown = [p for p in params[skip:] if p.kind not in _VARIADIC]
    positional = [p for p in params if p.kind in _POSITIONAL]
    by_name = {p.name for p in params if p.kind is not inspect.Parameter.POSITIONAL_ONLY}
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        for key in kwargs:
            if key in by_name:
                continue
            if not shown:
                return f"{where}에는 인자가 없다. {key}=...을 빼고 불러야 한다."
            match = difflib.get_close_matches(key, [p.name for p in shown], n=1, cutoff=0.6)
            fix = (
                f"이름을 고쳐 {match[0]}=...처럼 써야 한다" if match
                else f"받는 인자({', '.join(p.name for p in shown)}) 가운데 하나를 써야 한다"
            )
            return f"{where}에는 '{key}' 인자가 없다. {fix}."
    if not any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params) and len(args) > len(
        positional
    ):
        allowed, given = len(positional) - skip, len(args) - skip
        if allowed == 0:
            example = f"{where}({shown[0].name}=...)" if shown else f"{where}()"
            return (
                f"{where}에는 위치 인자를 넣을 수 없다(받은 개수: {given}). 이름=값 꼴로 넣어야 "
                f"한다(예: {example})."
            )
        return (
            f"{where}에는 위치 인자를 {allowed}개까지만 넣을 수 있다(받은 개수: {given}). "
            "나머지는 이름=값 꼴로 넣어야 한다."
        )
    for param in positional[: len(args)]:
        if param.name in kwargs:
            return (
                f"{where}에 같은 인자를 위치 인자와 이름=값으로 두 번 넣었다: {param.name}. "
                "한 번만 넣어야 한다."
            )
    given = {p.name for p in positional[: len(args)]} | set(kwargs)
    missing = [p.name for p in shown if p.default is p.empty and p.name not in given]
    if missing:
        return (
            f"{where}에 꼭 필요한 인자가 빠졌다: {', '.join(missing)}. "
            f"{missing[0]}=...처럼 넣어야 한다."
        )
    return None


def _with_korean_signature_errors(func):
    """``func`` 를 감싸, 인자를 묶지 못한 ``TypeError`` 를 한국어 ``TypeError`` 로 바꾼다.

    함수 안에서 난 ``TypeError`` 는 그대로 둔다(트레이스백에 함수의 프레임이 있다).
    """
    if getattr(func, "_korean_signature", False):
        return func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except TypeError as exc:
            if exc.__traceback__ is None or exc.__traceback__.tb_next is not None:
                raise
            message = _signature_message(func, args, kwargs)
            if message is None:
                raise
            raise TypeError(message) from None

    wrapper._korean_signature = True
    return wrapper


def korean_signature_errors(namespace: dict) -> None:
    """모듈의 공개 이름(``__all__``)을 감싸 호출 형태의 실수에 한국어 오류를 내게 한다.

    함수는 그 자체를, 클래스는 생성자와 공개 메서드(그 클래스에 정의된 것)를 감싼다.
    감싼 함수의 시그니처, 독스트링, 이름은 그대로다. 각 모듈이 맨 끝에서
    ``korean_signature_errors(globals())`` 로 부른다.

    Examples
    --------
    >>> def area(width, height=1.0):
    ...     return width * height
    >>> namespace = {"__all__": ["area"], "area": area}
    >>> korean_signature_errors(namespace)
    >>> namespace["area"](2.0, heigth=3.0)
    Traceback (most recent call last):
    ...
    TypeError: area에는 'heigth' 인자가 없다. 이름을 고쳐 height=...처럼 써야 한다.
    >>> namespace["area"]()
    Traceback (most recent call last):
    ...
    TypeError: area에 꼭 필요한 인자가 빠졌다: width. width=...처럼 넣어야 한다.
    """
    if not isinstance(namespace, dict) or not isinstance(namespace.get("__all__"), list):
        raise TypeError(
            "namespace에는 __all__이 있는 모듈의 이름 공간, 곧 globals()를 넣어야 한다"
            f"(받은 값: {_shown(namespace)})."
        )
    for public in namespace["__all__"]:
        value = namespace[public]
        if inspect.isfunction(value):
            namespace[public] = _with_korean_signature_errors(value)
        elif inspect.isclass(value) and not issubclass(value, BaseException):
            for attr, member in list(vars(value).items()):
                if inspect.isfunction(member) and (attr == "__init__" or not attr.startswith("_")):
                    setattr(value, attr, _with_korean_signature_errors(member))


korean_signature_errors(globals())
