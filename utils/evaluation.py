"""일반화 평가 도구: 데이터 나누기, 다항식 모델, 테스트 손실 추정.

3장(일반화)의 실험이 쓰는 함수들이다. 다항식 모델은 입력을 ``[-1, 1]`` 로 옮긴 뒤
르장드르(Legendre) 다항식 기저로 특성을 만들고 :func:`numpy.linalg.lstsq` 로 푼다.
단항식 ``1, x, x², …`` 을 그대로 쓰면 차수가 10을 넘을 때 행렬이 거의 특이해져 계수가
엉망이 되지만, 르장드르 기저는 ``[-1, 1]`` 에서 서로 직교에 가까워 높은 차수에서도
수치적으로 안정하다. 모델이 나타내는 함수(차수 ``degree`` 이하의 다항식 전체)는 기저를
바꿔도 같다.
"""

from __future__ import annotations

import numpy as np

from utils._validation import (
    as_features,
    as_labels,
    check_bool,
    check_finite_result,
    check_fraction,
    check_int,
    check_int_list,
    check_is_fitted,
    check_range,
    check_seed,
    check_size,
    check_xy,
    korean_signature_errors,
)
from utils.estimator import BaseEstimator
from utils.losses import mse

__all__ = [
    "train_test_split",
    "train_val_test_split",
    "polynomial_features",
    "PolynomialRegression",
    "polynomial_losses",
    "check_squared_errors",
    "resample_test_loss",
]

#: 다항식 모델의 최고 차수(그보다 높으면 특성 행렬이 메모리를 넘거나 아무 의미가 없다).
MAX_DEGREE = 100


def _split_counts(n: int, sizes: dict[str, float]) -> dict[str, int]:
    counts = {name: int(round(frac * n)) for name, frac in sizes.items()}
    n_train = n - sum(counts.values())
    for name, count in counts.items():
        if count < 1:
            raise ValueError(
                f"예가 {n}개일 때 {name}={sizes[name]:g}이면 그 세트에 들어갈 예가 0개다. "
                f"{name}를 키우거나 데이터를 더 모아야 한다."
            )
    if n_train < 1:
        total = sum(sizes.values())
        names = " + ".join(sizes)
        raise ValueError(
            f"예가 {n}개일 때 {names} = {total:g}이면 학습 세트가 비어 버린다. "
            f"{names}의 합을 1보다 충분히 작게 줄여야 한다."
        )
    return counts


def _split_inputs(X, y) -> tuple[np.ndarray, np.ndarray]:
    """나눌 특성과 라벨을 검사한다. 1차원 ``X`` 는 1차원 그대로 돌려준다."""
    X_checked, y = check_xy(X, y)
    return (X_checked[:, 0] if np.ndim(X) == 1 else X_checked), y


def _order(n: int, shuffle: bool, seed: int) -> np.ndarray:
    if shuffle:
        return np.random.default_rng(seed).permutation(n)
    return np.arange(n)


def train_test_split(
    X, y, test_size: float = 0.2, seed: int = 0, shuffle: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """데이터 세트를 학습 세트와 테스트 세트로 나눈다.

    ``shuffle=True`` 이면 예의 순서를 ``seed`` 로 섞은 뒤 나누므로, 두 세트는 같은
    분포에서 뽑힌 무작위 표본이 된다. ``shuffle=False`` 이면 앞쪽을 학습 세트, 맨 뒤
    ``test_size`` 비율을 테스트 세트로 자른다(정렬된 데이터에서는 위험하다).

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,)
        라벨.
    test_size : float, optional
        테스트 세트의 비율(0과 1 사이). 예 개수는 ``round(test_size * n)`` 이다.
    seed : int, optional
        섞을 때 쓰는 난수 시드.
    shuffle : bool, optional
        나누기 전에 섞을지 여부.

    Returns
    -------
    X_train, X_test, y_train, y_test : numpy.ndarray
        나뉜 배열. ``X`` 가 1차원이면 ``X_train``, ``X_test`` 도 1차원이다.

    Raises
    ------
    ValueError
        비율이 (0, 1) 밖이거나, 한쪽 세트가 비거나, 길이가 다르거나, NaN이 있을 때.

    Examples
    --------
    >>> X = np.arange(10.0)
    >>> X_train, X_test, y_train, y_test = train_test_split(X, 2 * X, test_size=0.3, seed=0)
    >>> len(X_train), len(X_test)
    (7, 3)
    >>> bool(np.all(y_test == 2 * X_test))
    True
    """
    test_size = check_fraction(test_size, "test_size")
    seed, shuffle = check_seed(seed), check_bool(shuffle, "shuffle")
    X_arr, y = _split_inputs(X, y)
    n = y.shape[0]
    n_test = _split_counts(n, {"test_size": test_size})["test_size"]
    order = _order(n, shuffle, seed)
    train_idx, test_idx = order[: n - n_test], order[n - n_test :]
    return X_arr[train_idx], X_arr[test_idx], y[train_idx], y[test_idx]


def train_val_test_split(
    X, y, val_size: float = 0.2, test_size: float = 0.2, seed: int = 0, shuffle: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """데이터 세트를 학습 세트, 검증 세트, 테스트 세트의 셋으로 나눈다.

    학습 세트로 모델을 학습시키고, 검증 세트로 모델과 초매개변수를 고르고, 마지막에
    한 번만 테스트 세트로 확인하는 작업 흐름에 쓴다.

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,)
        라벨.
    val_size, test_size : float, optional
        검증 세트와 테스트 세트의 비율. 둘의 합은 1보다 작아야 한다.
    seed : int, optional
        섞을 때 쓰는 난수 시드.
    shuffle : bool, optional
        나누기 전에 섞을지 여부.

    Returns
    -------
    X_train, X_val, X_test, y_train, y_val, y_test : numpy.ndarray
        나뉜 배열.

    Examples
    --------
    >>> X = np.arange(10.0)
    >>> parts = train_val_test_split(X, X, val_size=0.2, test_size=0.3, seed=1)
    >>> [len(p) for p in parts[:3]]
    [5, 2, 3]
    """
    val_size = check_fraction(val_size, "val_size")
    test_size = check_fraction(test_size, "test_size")
    seed, shuffle = check_seed(seed), check_bool(shuffle, "shuffle")
    X_arr, y = _split_inputs(X, y)
    n = y.shape[0]
    counts = _split_counts(n, {"val_size": val_size, "test_size": test_size})
    order = _order(n, shuffle, seed)
    n_train = n - counts["val_size"] - counts["test_size"]
    n_val = counts["val_size"]
    idx = (order[:n_train], order[n_train : n_train + n_val], order[n_train + n_val :])
    return (
        X_arr[idx[0]],
        X_arr[idx[1]],
        X_arr[idx[2]],
        y[idx[0]],
        y[idx[1]],
        y[idx[2]],
    )


def _as_1d_input(X, name: str = "X") -> np.ndarray:
    arr = as_features(X, name)
    if arr.shape[1] != 1:
        raise ValueError(
            f"다항식 모델은 특성이 하나인 입력만 받는다({name}의 모양: {arr.shape}). "
            "특성 하나를 (n,) 배열로 넣어야 한다."
        )
    return arr[:, 0]


def _legendre_design(x: np.ndarray, degree: int, domain: tuple[float, float]) -> np.ndarray:
    """검사를 마친 입력 ``x`` 의 르장드르 특성 ``(n, degree + 1)``.

    차수 ``d`` 의 특성은 차수 ``degree`` 특성의 앞 ``d + 1`` 열과 같다(여러 차수를 한 번에
    학습시킬 때 쓴다).
    """
    low, high = domain
    u = (2.0 * x - (low + high)) / (high - low)
    return np.polynomial.legendre.legvander(u, degree)


def polynomial_features(X, degree: int, domain: tuple[float, float] = (-1.0, 1.0)) -> np.ndarray:
    """특성 하나로 차수 ``degree`` 까지의 다항식 특성을 만든다(르장드르 기저).

    ``domain`` 구간을 ``[-1, 1]`` 로 옮긴 ``u`` 에 대해 르장드르 다항식
    ``P_0(u)=1, P_1(u)=u, P_2(u)=(3u²-1)/2, …`` 의 값을 열로 쌓는다.

    Parameters
    ----------
    X : array_like, shape (n,)
        특성 하나.
    degree : int
        최고 차수(0 이상의 정수).
    domain : tuple of float, optional
        ``[-1, 1]`` 로 옮길 입력 구간 ``(low, high)``.

    Returns
    -------
    numpy.ndarray, shape (n, degree + 1)
        다항식 특성. 첫 열은 모두 1(편향 항)이다.

    Examples
    --------
    >>> polynomial_features([0.0, 0.5, 1.0], degree=2, domain=(0.0, 1.0))
    array([[ 1. , -1. ,  1. ],
           [ 1. ,  0. , -0.5],
           [ 1. ,  1. ,  1. ]])
    """
    degree = check_int(degree, "degree", 0, MAX_DEGREE)
    low, high = check_range(domain, "domain")
    x = _as_1d_input(X)
    check_size(x.shape[0] * (degree + 1), "X의 길이와 degree")
    with np.errstate(over="ignore", invalid="ignore"):
        features = _legendre_design(x, degree, (low, high))
    check_finite_result(features, "X나 domain", "X를 domain 안의 값으로 넣어야 한다")
    return features


class PolynomialRegression(BaseEstimator):
    """특성 하나에 대한 다항식 회귀 모델(최소 제곱, 르장드르 기저).

    scikit-learn의 약속을 따른다: ``__init__`` 은 매개변수만 저장하고, 학습된 속성
    (``coef_``, ``domain_``)은 :meth:`fit` 이 정하며 끝에 ``_`` 가 붙는다. 매개변수 읽기·바꾸기와
    학습 전 예측의 오류는 :class:`utils.estimator.BaseEstimator` 에서 온다.

    Parameters
    ----------
    degree : int, optional
        다항식의 차수(0 이상의 정수). 차수가 클수록 모델 복잡도가 높다.
    domain : tuple of float or None, optional
        ``[-1, 1]`` 로 옮길 입력 구간. ``None`` 이면 학습 데이터의 최솟값과 최댓값을 쓴다.

    Attributes
    ----------
    coef_ : numpy.ndarray, shape (degree + 1,)
        르장드르 기저의 계수.
    domain_ : tuple of float
        학습에 쓴 입력 구간.

    Examples
    --------
    >>> X = np.linspace(0.0, 1.0, 20)
    >>> model = PolynomialRegression(degree=2).fit(X, 1 + 2 * X - 3 * X**2)
    >>> round(float(model.predict([0.5])[0]), 6)
    1.25
    """

    def __init__(self, degree: int = 1, domain: tuple[float, float] | None = None):
        self.degree = degree
        self.domain = domain

    def fit(self, X, y) -> PolynomialRegression:
        """최소 제곱으로 계수를 구하고 ``self`` 를 돌려준다.

        예 개수가 ``degree + 1`` 보다 적어도 경고 없이 최소 노름 해를 돌려준다. 오류가 나면
        모델은 바뀌지 않는다(이미 학습된 모델이면 이전 ``coef_`` 가 그대로 남는다).

        Parameters
        ----------
        X : array_like, shape (n,) or (n, 1)
            특성 하나.
        y : array_like, shape (n,)
            라벨.

        Returns
        -------
        PolynomialRegression
            학습된 ``self``.
        """
        degree = check_int(self.degree, "degree", 0, MAX_DEGREE)
        if self.domain is not None:
            check_range(self.domain, "domain")
        X_checked, y = check_xy(X, y)
        x = _as_1d_input(X_checked)
        if self.domain is None:
            low, high = float(x.min()), float(x.max())
            if low == high:
                low, high = low - 1.0, high + 1.0
        else:
            low, high = check_range(self.domain, "domain")
        A = polynomial_features(x, degree, (low, high))
        with np.errstate(over="ignore", invalid="ignore"):
            coef = np.linalg.lstsq(A, y, rcond=None)[0]
        check_finite_result(coef, "X나 y")
        self.coef_, self.domain_ = coef, (low, high)
        return self

    def predict(self, X) -> np.ndarray:
        """입력 ``X`` 에 대한 예측 ``y_pred`` 를 돌려준다.

        Parameters
        ----------
        X : array_like, shape (n,) or (n, 1)
            특성 하나.

        Returns
        -------
        numpy.ndarray, shape (n,)
            예측값.

        Raises
        ------
        NotFittedError
            :meth:`fit` 을 부르기 전일 때.
        """
        check_is_fitted(self)
        x = _as_1d_input(X)
        degree = self.coef_.shape[0] - 1
        check_size(x.shape[0] * (degree + 1), "X의 길이와 degree")
        with np.errstate(over="ignore", invalid="ignore"):
            y_pred = _legendre_design(x, degree, self.domain_) @ self.coef_
        check_finite_result(y_pred, "X", "X를 domain 안의 값으로 넣어야 한다")
        return y_pred


def polynomial_losses(
    X_train, y_train, X_test, y_test, degrees, domain: tuple[float, float] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """차수마다 다항식 모델을 학습시키고 학습 손실과 테스트 손실(MSE)을 잰다.

    Parameters
    ----------
    X_train, y_train : array_like
        학습 세트.
    X_test, y_test : array_like
        테스트 세트(또는 새 데이터).
    degrees : iterable of int
        시험할 차수들.
    domain : tuple of float or None, optional
        :class:`PolynomialRegression` 에 넘길 입력 구간.

    Returns
    -------
    train_losses, test_losses : numpy.ndarray, shape (len(degrees),)
        차수별 학습 MSE와 테스트 MSE.

    Examples
    --------
    >>> X = np.linspace(-1, 1, 30)
    >>> train, test = polynomial_losses(X[::2], X[::2] ** 2, X[1::2], X[1::2] ** 2, [0, 2])
    >>> [round(float(v), 6) for v in test]
    [0.101233, 0.0]
    """
    degrees = check_int_list(degrees, "degrees", 0, MAX_DEGREE)
    if domain is not None:
        check_range(domain, "domain")
    X_train, y_train = check_xy(X_train, y_train, "X_train", "y_train")
    X_test, y_test = check_xy(X_test, y_test, "X_test", "y_test")
    _as_1d_input(X_train, "X_train")
    _as_1d_input(X_test, "X_test")
    train_losses = np.empty(len(degrees))
    test_losses = np.empty(len(degrees))
    for i, degree in enumerate(degrees):
        model = PolynomialRegression(degree, domain).fit(X_train, y_train)
        train_losses[i] = mse(y_train, model.predict(X_train))
        test_losses[i] = mse(y_test, model.predict(X_test))
    return train_losses, test_losses


def check_squared_errors(squared_errors, name: str = "squared_errors") -> np.ndarray:
    """예별 제곱 오차(0 이상의 유한한 1차원 배열)인지 검사한다.

    Parameters
    ----------
    squared_errors : array_like, shape (n,) or (n, 1)
        예별 제곱 오차.
    name : str, optional
        오류 메시지에 쓸 인자 이름.

    Returns
    -------
    numpy.ndarray, shape (n,)
        검사한 제곱 오차.

    Examples
    --------
    >>> check_squared_errors([0.5, -1.0])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: squared_errors에 음수가 1개 있다. ...
    """
    errors = as_labels(squared_errors, name)
    negative = int(np.count_nonzero(errors < 0))
    if negative:
        raise ValueError(
            f"{name}에 음수가 {negative}개 있다. 제곱 오차(0 이상), 예: (y - y_pred) ** 2를 "
            "넣어야 한다."
        )
    return errors


def resample_test_loss(
    squared_errors, num_test: int, num_repeats: int = 500, seed: int = 0
) -> np.ndarray:
    """예 ``num_test`` 개의 테스트 세트로 잰 MSE가 표본마다 얼마나 흩어지는지 만든다.

    ``squared_errors`` 는 고정된 한 모델이 아주 큰 데이터(숨겨진 분포를 대신하는 모집단)
    에서 낸 예별 제곱 오차다. 이 가운데 ``num_test`` 개를 무작위로(복원 추출) 뽑아
    평균하는 일을 ``num_repeats`` 번 되풀이한다. 각 값은 "예가 ``num_test`` 개인
    테스트 세트 하나로 잰 테스트 손실"이다. (``test_size`` 는 이 책에서 언제나 비율이다.)

    Parameters
    ----------
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차(0 이상).
    num_test : int
        테스트 세트의 예 개수(1 이상).
    num_repeats : int, optional
        다시 뽑는 횟수(1 이상).
    seed : int, optional
        난수 시드.

    Returns
    -------
    numpy.ndarray, shape (num_repeats,)
        테스트 손실 추정값들. 평균은 모집단 MSE에 가깝고, 표준편차는
        ``std(squared_errors) / sqrt(num_test)`` 쯤이다.

    Examples
    --------
    >>> errors = np.array([0.0, 2.0])
    >>> estimates = resample_test_loss(errors, num_test=100, num_repeats=2000, seed=0)
    >>> round(float(estimates.mean()), 1), round(float(estimates.std()), 1)
    (1.0, 0.1)
    """
    num_test = check_int(num_test, "num_test", 1)
    num_repeats = check_int(num_repeats, "num_repeats", 1)
    seed = check_seed(seed)
    if num_test * num_repeats > 50_000_000:
        raise ValueError(
            f"num_test × num_repeats = {num_test * num_repeats:,}개는 메모리에 너무 많다. "
            "5천만 개 이하가 되게 num_repeats를 줄여야 한다."
        )
    errors = check_squared_errors(squared_errors)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, errors.shape[0], size=(num_repeats, num_test))
    with np.errstate(over="ignore", invalid="ignore"):
        estimates = errors[idx].mean(axis=1)
    check_finite_result(estimates, "squared_errors")
    return estimates


korean_signature_errors(globals())
