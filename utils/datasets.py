"""책의 실습에 쓰는 합성 데이터. 모든 함수는 ``seed`` 를 받아 같은 데이터를 다시 만든다.

외부에서 데이터를 내려받지 않는다. 각 데이터는 ``numpy.random.default_rng(seed)`` 로
만든다.
"""

from __future__ import annotations

import numpy as np

from utils._validation import (
    _as_float_array,
    _check_finite,
    _is_bool,
    _is_scalar,
    check_bool,
    check_finite_result,
    check_int,
    check_positive,
    check_real,
    check_seed,
    korean_signature_errors,
)

__all__ = ["make_cricket_data"]

#: 한 번에 만들 수 있는 예의 최대 개수(메모리를 넘지 않게 한다).
MAX_EXAMPLES = 10_000_000


def _labels(make, names: str) -> np.ndarray:
    """라벨을 만들고(오버플로 경고 없이) 모두 유한한지 확인한다: 잡음이나 계수가 너무 크면 오류."""
    with np.errstate(over="ignore", invalid="ignore"):
        y = make()
    check_finite_result(y, names, f"{names}을(를) 줄여야 한다")
    return y


# ---------------------------------------------------------------------------
# 1장: 손실 줄이기 (2장도 같은 데이터를 쓴다)
# ---------------------------------------------------------------------------


def make_cricket_data(
    n: int = 50, noise: float = 1.0, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """귀뚜라미 울음 횟수와 기온 데이터(MLCC의 선형 회귀 예)를 만든다.

    돌베어의 법칙(섭씨로 ``기온 = 10 + (분당 울음 횟수 - 40) / 7``)에 정규 잡음을
    더한다. 울음 횟수는 분당 60~200회 사이에서 고르게 뽑는다.

    Parameters
    ----------
    n : int, optional
        예의 개수(1 이상).
    noise : float, optional
        기온에 더하는 정규 잡음의 표준편차(섭씨, 0보다 커야 한다).
    seed : int, optional
        난수 시드.

    Returns
    -------
    X : numpy.ndarray, shape (n,)
        분당 울음 횟수(특성).
    y : numpy.ndarray, shape (n,)
        기온, 섭씨(라벨).

    Examples
    --------
    >>> X, y = make_cricket_data(n=5, seed=1)
    >>> X.shape, y.shape
    ((5,), (5,))
    >>> bool(np.all((60 <= X) & (X <= 200)))
    True
    """
    n = check_int(n, "n", 1, MAX_EXAMPLES)
    noise = check_positive(noise, "noise")
    rng = np.random.default_rng(check_seed(seed))
    X = rng.uniform(60.0, 200.0, size=n)
    y = _labels(lambda: 10.0 + (X - 40.0) / 7.0 + rng.normal(0.0, noise, size=n), "noise")
    return X, y


__all__ += ["make_linear_data"]


def make_linear_data(
    n: int = 1000, w: float = 2.0, b: float = 1.0, noise: float = 1.0, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    r"""특성 하나짜리 선형 데이터 :math:`y = b + w x + \varepsilon` 을 만든다.

    특성 :math:`x` 는 표준 정규 분포에서, 잡음 :math:`\varepsilon` 은 평균 0, 표준편차
    ``noise`` 인 정규 분포에서 뽑는다. 확률적 경사하강법처럼 예가 많이 필요한 실험에 쓴다.

    Parameters
    ----------
    n : int, optional
        예의 개수(1 이상).
    w : float, optional
        참 가중치.
    b : float, optional
        참 편향.
    noise : float, optional
        잡음의 표준편차(0보다 커야 한다).
    seed : int, optional
        난수 시드.

    Returns
    -------
    X : numpy.ndarray, shape (n,)
        특성.
    y : numpy.ndarray, shape (n,)
        라벨.

    Examples
    --------
    >>> X, y = make_linear_data(n=100_000, w=2.0, b=1.0, noise=0.5, seed=0)
    >>> X.shape, round(float(np.polyfit(X, y, 1)[0]), 2)
    ((100000,), 2.0)
    """
    n = check_int(n, "n", 1, MAX_EXAMPLES)
    w = check_real(w, "w", example="w=2.0")
    b = check_real(b, "b", example="b=1.0")
    noise = check_positive(noise, "noise")
    rng = np.random.default_rng(check_seed(seed))
    X = rng.standard_normal(n)
    y = _labels(lambda: b + w * X + rng.normal(0.0, noise, size=n), "w나 b, noise")
    return X, y

# ---------------------------------------------------------------------------
# 3장: 일반화 (이 아래에 3장의 데이터 생성 함수를 둔다)
# ---------------------------------------------------------------------------

__all__ += ["smooth_function", "make_smooth_data", "make_grouped_data", "make_drifting_data"]


def smooth_function(X) -> np.ndarray:
    """3장 실험의 숨겨진 참 함수 ``f(x) = sin(2πx)`` 를 계산한다.

    :func:`numpy.sin` 처럼 값마다 계산하므로 결과의 모양은 ``X`` 와 같다(``(n,)``,
    ``(n, 1)``, 수 하나).

    Parameters
    ----------
    X : float or array_like
        입력(유한한 실수들, 절댓값 1e15 이하).

    Returns
    -------
    numpy.ndarray
        ``X`` 와 같은 모양의 함숫값.

    Examples
    --------
    >>> smooth_function([0.0, 0.25]).round(6)
    array([0., 1.])
    >>> float(smooth_function(0.25))
    1.0
    >>> smooth_function([[0.25], [0.75]]).shape
    (2, 1)
    """
    if _is_scalar(X) or _is_bool(X):
        x = np.asarray(check_real(X, "X"))
    else:
        x = _as_float_array(X, "X")
        _check_finite(x, "X")
    if np.any(np.abs(x) > 1e15):
        raise ValueError(
            "X의 절댓값이 1e15보다 크면 sin(2πx)의 값이 의미가 없다(부동소수점으로 한 주기를 "
            "나타낼 수 없다). 0과 1 근처의 값을 넣어야 한다."
        )
    return np.sin(2.0 * np.pi * x)


def make_smooth_data(
    n: int = 30, noise: float = 0.3, seed: int = 0, sort: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """매끄러운 함수에 잡음을 더한 표본을 만든다(과적합 실험용).

    ``X`` 는 ``[0, 1]`` 에서 고르게 뽑고, ``y = sin(2πX) + 잡음`` 이다. 잡음은 평균 0,
    표준편차 ``noise`` 인 정규 분포다. 같은 함수를 다른 ``seed`` 로 부르면 같은 숨겨진
    분포에서 뽑은 새 데이터가 된다.

    Parameters
    ----------
    n : int, optional
        예의 개수(1 이상).
    noise : float, optional
        잡음의 표준편차(0보다 커야 한다). 어떤 모델도 새 데이터에서 MSE를
        ``noise**2`` 아래로 낮출 수 없다.
    seed : int, optional
        난수 시드.
    sort : bool, optional
        ``True`` 이면 ``X`` 의 크기 순서로 정렬해서 돌려준다(정렬된 파일을 흉내 낸다).

    Returns
    -------
    X : numpy.ndarray, shape (n,)
        특성.
    y : numpy.ndarray, shape (n,)
        라벨.

    Examples
    --------
    >>> X, y = make_smooth_data(n=4, seed=0, sort=True)
    >>> X.shape, bool(np.all(np.diff(X) >= 0))
    ((4,), True)
    """
    n = check_int(n, "n", 1, MAX_EXAMPLES)
    noise = check_positive(noise, "noise")
    rng = np.random.default_rng(check_seed(seed))
    sort = check_bool(sort, "sort")
    X = rng.uniform(0.0, 1.0, size=n)
    y = _labels(lambda: smooth_function(X) + rng.normal(0.0, noise, size=n), "noise")
    if sort:
        order = np.argsort(X, kind="stable")
        X, y = X[order], y[order]
    return X, y


def make_grouped_data(
    num_groups: int = 50,
    group_size: int = 4,
    noise: float = 0.3,
    jitter: float = 0.005,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """서로 독립이 아닌 예를 만든다: 한 출처가 거의 같은 예를 여러 번 남긴다.

    출처(예: 한 사용자, 한 기기)마다 ``x`` 와 잡음 하나를 뽑고, 그 출처의 예
    ``group_size`` 개는 모두 그 잡음을 함께 가진다. 예마다 다른 것은 표준편차
    ``jitter`` 인 작은 흔들림뿐이다. 같은 출처의 예끼리는 서로 영향을 주고받는 셈이어서
    독립 동일 분포(i.i.d.) 가정이 깨진다.

    Parameters
    ----------
    num_groups : int, optional
        출처의 개수(1 이상).
    group_size : int, optional
        출처마다 남기는 예의 개수(1 이상).
    noise : float, optional
        출처마다 하나씩 뽑는 잡음의 표준편차(0보다 커야 한다).
    jitter : float, optional
        예마다 더하는 작은 흔들림의 표준편차(0보다 커야 한다). ``x`` 와 ``y`` 에 모두 더한다.
    seed : int, optional
        난수 시드.

    Returns
    -------
    X : numpy.ndarray, shape (num_groups * group_size,)
        특성.
    y : numpy.ndarray, shape (num_groups * group_size,)
        라벨.
    groups : numpy.ndarray of int, shape (num_groups * group_size,)
        예마다 출처 번호(0부터).

    Examples
    --------
    >>> X, y, groups = make_grouped_data(num_groups=3, group_size=2, seed=0)
    >>> groups
    array([0, 0, 1, 1, 2, 2])
    """
    num_groups = check_int(num_groups, "num_groups", 1, MAX_EXAMPLES)
    group_size = check_int(group_size, "group_size", 1, MAX_EXAMPLES // num_groups)
    noise = check_positive(noise, "noise")
    jitter = check_positive(jitter, "jitter")
    rng = np.random.default_rng(check_seed(seed))
    centers = rng.uniform(0.0, 1.0, size=num_groups)
    shared_noise = rng.normal(0.0, noise, size=num_groups)
    groups = np.repeat(np.arange(num_groups), group_size)
    size = groups.shape[0]
    with np.errstate(over="ignore", invalid="ignore"):
        X = np.clip(centers[groups] + rng.normal(0.0, jitter, size=size), 0.0, 1.0)
    check_finite_result(X, "jitter", "jitter를 줄여야 한다")
    y = _labels(
        lambda: smooth_function(X) + shared_noise[groups] + rng.normal(0.0, jitter, size=size),
        "noise나 jitter",
    )
    return X, y, groups


def make_drifting_data(
    n: int = 300, drift: float = 1.0, noise: float = 0.3, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """시간이 흐르며 분포가 움직이는 데이터를 만든다(정상성 실험용).

    ``n`` 개의 예가 시간 ``t`` (0에서 1까지 고른 간격) 순서로 기록된다. 라벨은
    ``y = sin(2πX) + drift * t + 잡음`` 이어서, ``drift`` 가 0이 아니면 같은 ``X`` 에
    대한 라벨이 시간에 따라 달라진다(정상성이 깨진다). ``drift=0`` 이면 정상 분포다.

    Parameters
    ----------
    n : int, optional
        예의 개수(2 이상).
    drift : float, optional
        기록 기간 전체에 걸친 라벨 평균의 변화량. 0이면 분포가 변하지 않는다.
    noise : float, optional
        잡음의 표준편차(0보다 커야 한다).
    seed : int, optional
        난수 시드.

    Returns
    -------
    t : numpy.ndarray, shape (n,)
        기록 시각(0에서 1, 오름차순).
    X : numpy.ndarray, shape (n,)
        특성.
    y : numpy.ndarray, shape (n,)
        라벨.

    Examples
    --------
    >>> t, X, y = make_drifting_data(n=5, drift=0.0, seed=0)
    >>> t
    array([0.  , 0.25, 0.5 , 0.75, 1.  ])
    """
    n = check_int(n, "n", 2, MAX_EXAMPLES)
    noise = check_positive(noise, "noise")
    drift = check_real(drift, "drift", example="drift=1.0")
    rng = np.random.default_rng(check_seed(seed))
    t = np.linspace(0.0, 1.0, n)
    X = rng.uniform(0.0, 1.0, size=n)
    y = _labels(lambda: smooth_function(X) + drift * t + rng.normal(0.0, noise, size=n),
                "drift나 noise")
    return t, X, y


korean_signature_errors(globals())
