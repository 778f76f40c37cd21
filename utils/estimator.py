"""scikit-learn의 약속을 따르는 작은 선형 회귀 추정기.

학습 노트는 "tf.estimator는 scikit-learn API와 호환된다"고 적었다. 그 API의 약속이
무엇인지 직접 보도록, 경사하강법으로 학습하는 선형 회귀 모델을 NumPy만으로 만든다.

scikit-learn의 약속(``doc/developers/develop.rst``)은 다음과 같다.

- ``__init__`` 은 매개변수를 그대로 저장하기만 한다(검사와 계산은 :meth:`fit` 에서).
- 학습으로 얻은 속성은 이름이 ``_`` 로 끝나고 :meth:`fit` 이 정하며, ``fit`` 은 ``self`` 를
  돌려준다.
- :meth:`get_params` / :meth:`set_params` 로 매개변수를 읽고 바꾸며,
  ``type(est)(**est.get_params())`` 로 같은 설정의 새 추정기를 만들 수 있다.
- 학습 전에 :meth:`predict` 를 부르면 "fit을 먼저 호출해야 한다"는 오류를 낸다.

이 모듈은 scikit-learn을 가져오지 않는다.
"""

from __future__ import annotations

import inspect
import numbers

import numpy as np

from utils._validation import (
    NotFittedError,
    as_features,
    check_bool,
    check_finite_result,
    check_int,
    check_is_fitted,
    check_positive,
    check_seed,
    check_xy,
    korean_signature_errors,
)
from utils.losses import r2_score

# NotFittedError는 utils._validation에 있고(scikit-learn의 sklearn.utils.validation처럼),
# 추정기를 쓰는 쪽이 찾기 쉽게 여기서도 내보낸다.
__all__ = ["BaseEstimator", "NotFittedError", "LinearRegressionGD"]

_METHODS = ("gd", "lstsq")

#: 학습 데이터 전체의 손실이 처음 손실의 이 배수를 넘으면 발산으로 본다(gradient_descent와 같다).
_DIVERGENCE_FACTOR = 1e6


def _mse(y: np.ndarray, y_pred: np.ndarray) -> float:
    """학습 중의 평균 제곱 오차(이미 검사한 배열; 발산하면 inf를 그대로 돌려준다)."""
    return float(np.mean((y - y_pred) ** 2))


class BaseEstimator:
    """scikit-learn의 약속 가운데 모든 추정기에 같은 부분: 매개변수 읽기·바꾸기, 표시, 학습 확인.

    생성자의 인자 이름이 곧 매개변수 이름이다. :class:`LinearRegressionGD` 와
    :class:`utils.evaluation.PolynomialRegression` 이 이 클래스를 물려받는다.

    Examples
    --------
    >>> BaseEstimator().get_params()
    {}
    """

    def __init__(self):
        """매개변수가 없다(물려받는 클래스가 자기 매개변수를 받는 생성자를 정한다)."""

    @classmethod
    def _get_param_names(cls) -> list[str]:
        signature = inspect.signature(cls.__init__)
        return sorted(
            name
            for name, param in signature.parameters.items()
            if name != "self" and param.kind not in (param.VAR_POSITIONAL, param.VAR_KEYWORD)
        )

    def get_params(self, deep: bool = True) -> dict:
        """생성자 매개변수의 이름과 값을 사전으로 돌려준다.

        Parameters
        ----------
        deep : bool, optional
            scikit-learn과 같은 시그니처를 위한 인자. 하위 추정기가 없어 결과가 같다.

        Returns
        -------
        dict
            매개변수 이름 → 값.

        Examples
        --------
        >>> LinearRegressionGD(learning_rate=0.5).get_params()["learning_rate"]
        0.5
        """
        check_bool(deep, "deep")
        return {name: getattr(self, name) for name in self._get_param_names()}

    def set_params(self, **params):
        """매개변수를 바꾸고 ``self`` 를 돌려준다. 값의 검사는 ``fit`` 에서 한다.

        이름 하나라도 틀리면 아무 매개변수도 바꾸지 않는다.

        Parameters
        ----------
        **params
            바꿀 매개변수(이름=값).

        Returns
        -------
        BaseEstimator
            ``self``.

        Raises
        ------
        ValueError
            생성자에 없는 이름일 때.

        Examples
        --------
        >>> LinearRegressionGD().set_params(num_epochs=10).num_epochs
        10
        """
        valid = self._get_param_names()
        for name in params:
            if name not in valid:
                raise ValueError(
                    f"{type(self).__name__}에는 '{name}' 매개변수가 없다. "
                    f"다음 중 하나를 써야 한다: {', '.join(valid)}."
                )
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        """기본값과 다른 매개변수만 보여 준다(scikit-learn과 같은 방식)."""
        defaults = {
            name: p.default
            for name, p in inspect.signature(type(self).__init__).parameters.items()
            if name != "self"
        }
        changed = [
            f"{name}={value!r}"
            for name, value in self.get_params().items()
            if not (type(value) is type(defaults[name]) and value == defaults[name])
        ]
        return f"{type(self).__name__}({', '.join(changed)})"

    def fit(self, X, y):
        """학습 데이터로 모델을 학습시키고 ``self`` 를 돌려준다(하위 클래스가 정한다).

        Parameters
        ----------
        X : array_like, shape (n,) or (n, d)
            특성.
        y : array_like, shape (n,)
            라벨.

        Returns
        -------
        BaseEstimator
            학습된 ``self``.
        """
        raise NotImplementedError(
            f"{type(self).__name__}에는 fit이 없다. BaseEstimator를 물려받는 클래스가 fit을 "
            "정해야 한다."
        )

    def predict(self, X):
        """특성 ``X`` 에 대한 예측을 돌려준다(하위 클래스가 정한다).

        Parameters
        ----------
        X : array_like, shape (n,) or (n, d)
            특성.

        Returns
        -------
        numpy.ndarray, shape (n,)
            예측 ``y_pred``.
        """
        raise NotImplementedError(
            f"{type(self).__name__}에는 predict가 없다. BaseEstimator를 물려받는 클래스가 "
            "predict를 정해야 한다."
        )

    def score(self, X, y) -> float:
        """결정 계수 :math:`R^2` 를 돌려준다(:func:`utils.losses.r2_score`, 1이면 완벽한 예측).

        scikit-learn의 모든 회귀 모델처럼 클수록 좋다. 이 책의 손실(MSE)은
        :func:`utils.losses.mse` 로 잰다.

        Parameters
        ----------
        X : array_like, shape (n,) or (n, d)
            특성.
        y : array_like, shape (n,)
            라벨.

        Returns
        -------
        float
            결정 계수.

        Raises
        ------
        NotFittedError
            :meth:`fit` 을 부르기 전일 때.

        Examples
        --------
        >>> X = np.array([0.0, 1.0, 2.0])
        >>> round(LinearRegressionGD(method="lstsq").fit(X, 3 * X).score(X, 3 * X), 6)
        1.0
        """
        check_is_fitted(self)
        X, y = check_xy(X, y)
        return r2_score(y, self.predict(X))


class LinearRegressionGD(BaseEstimator):
    r"""(미니 배치) 경사하강법으로 학습하는 선형 회귀 모델 :math:`\hat y = Xw + b`.

    손실 함수는 평균 제곱 오차(MSE)이고, 가중치와 편향은 0에서 시작한다.
    ``standardize=True`` (기본값)이면 학습하는 동안만 각 특성을 평균 0, 표준편차 1로
    바꾸어 경사하강법이 빨리 수렴하게 하고, 끝나면 가중치와 편향을 원래 단위로 되돌린다.
    따라서 ``coef_`` 와 ``intercept_`` 는 언제나 원래 특성의 단위로 읽는다.

    Parameters
    ----------
    learning_rate : float, optional
        학습률(0보다 큰 유한한 수). 표준화한 특성에서는 1보다 작아야 수렴한다.
    num_epochs : int, optional
        에포크 수(1 이상). 한 에포크는 학습 데이터 전체를 한 번 훑는 것이다.
    batch_size : int or None, optional
        미니 배치 크기(1 이상, 예 개수 이하). ``None`` 이면 전체 배치 경사하강법이다.
    standardize : bool, optional
        학습 중에 특성을 표준화할지 여부.
    method : {"gd", "lstsq"}, optional
        ``"gd"`` 는 경사하강법, ``"lstsq"`` 는 :func:`numpy.linalg.lstsq` 로 닫힌 형식의
        최소 제곱 해를 바로 구한다(이때 학습률, 에포크, 배치 크기는 쓰지 않는다).
    seed : int, optional
        미니 배치를 섞는 난수 시드(0 이상의 정수).

    Attributes
    ----------
    coef_ : numpy.ndarray, shape (n_features,)
        원래 단위의 가중치 ``w``.
    intercept_ : float
        원래 단위의 편향 ``b``.
    n_features_in_ : int
        학습에 쓴 특성 개수.
    loss_history_ : numpy.ndarray
        ``"gd"`` 에서는 길이 ``num_epochs + 1``: 0번은 학습 전(w=0, b=0)의 MSE, k번은
        k번째 에포크를 마친 뒤 학습 데이터 전체의 MSE. ``"lstsq"`` 에서는 최종 MSE 하나.

    Examples
    --------
    >>> X = np.array([0.0, 1.0, 2.0, 3.0])
    >>> model = LinearRegressionGD(learning_rate=0.1, num_epochs=200).fit(X, 1 + 2 * X)
    >>> round(float(model.coef_[0]), 4), round(model.intercept_, 4)
    (2.0, 1.0)
    >>> model.predict([4.0]).round(4)
    array([9.])
    >>> try:
    ...     LinearRegressionGD().predict([1.0])
    ... except NotFittedError as err:
    ...     print(err)  # doctest: +ELLIPSIS
    이 LinearRegressionGD 추정기는 아직 학습되지 않았다. predict를 부르기 전에 fit을 ...
    """

    def __init__(
        self,
        learning_rate: float = 0.1,
        num_epochs: int = 100,
        batch_size: int | None = None,
        standardize: bool = True,
        method: str = "gd",
        seed: int = 0,
    ):
        self.learning_rate = learning_rate
        self.num_epochs = num_epochs
        self.batch_size = batch_size
        self.standardize = standardize
        self.method = method
        self.seed = seed

    # -- scikit-learn의 매개변수 약속 --------------------------------------------------

    # -- 학습과 예측 ---------------------------------------------------------------

    def _check_params(self, n_samples: int) -> dict:
        if not isinstance(self.method, str):
            raise TypeError(
                f"method에는 문자열 'gd' 또는 'lstsq'를 넣어야 한다(받은 값: {self.method!r})."
            )
        if self.method not in _METHODS:
            raise ValueError(
                f"method는 'gd' 또는 'lstsq' 중 하나여야 한다(받은 값: {self.method!r})."
            )
        check_bool(self.standardize, "standardize")
        params = {"seed": check_seed(self.seed)}
        if self.method == "gd":
            params["learning_rate"] = check_positive(self.learning_rate, "learning_rate")
            params["num_epochs"] = check_int(self.num_epochs, "num_epochs", 1, 1_000_000)
            if self.batch_size is None:
                params["batch_size"] = n_samples
            elif isinstance(self.batch_size, numbers.Integral) and not isinstance(
                self.batch_size, bool
            ):
                params["batch_size"] = check_int(self.batch_size, "batch_size", 1, n_samples)
            else:
                raise TypeError(
                    "batch_size에는 1 이상의 정수나 None(전체 배치)을 넣어야 한다"
                    f"(받은 값: {self.batch_size!r})."
                )
        return params

    def fit(self, X, y) -> LinearRegressionGD:
        """학습 데이터로 ``coef_``, ``intercept_`` 를 구하고 ``self`` 를 돌려준다.

        Parameters
        ----------
        X : array_like, shape (n,) or (n, d)
            특성. 1차원 배열은 특성이 하나인 것으로 본다.
        y : array_like, shape (n,)
            라벨.

        Returns
        -------
        LinearRegressionGD
            학습된 ``self``.

        Raises
        ------
        ValueError
            입력이 비었거나 NaN이 있거나 길이가 다를 때, 매개변수가 범위를 벗어날 때,
            경사하강법이 발산할 때(학습률을 줄여야 한다). 오류가 나면 모델은 바뀌지 않는다:
            이미 학습된 모델이면 이전 ``coef_``, ``intercept_`` 가 그대로 남는다.
        """
        X, y = check_xy(X, y)
        n, d = X.shape
        params = self._check_params(n)

        with np.errstate(over="ignore", invalid="ignore"):
            if self.standardize:
                mean = X.mean(axis=0)
                scale = X.std(axis=0)
                scale[scale == 0.0] = 1.0  # 값이 하나뿐인 특성은 나누지 않는다
            else:
                mean = np.zeros(d)
                scale = np.ones(d)
            Z = (X - mean) / scale
            start_loss = _mse(y, np.zeros(n))
        check_finite_result(np.concatenate([mean, scale, [start_loss]]), "X나 y")

        if self.method == "lstsq":
            A = np.column_stack([Z, np.ones(n)])
            with np.errstate(over="ignore", invalid="ignore"):
                solution, *_ = np.linalg.lstsq(A, y, rcond=None)
                w_z, b_z = solution[:d], float(solution[d])
                history = [_mse(y, Z @ w_z + b_z)]
        else:
            w_z, b_z, history = self._gradient_descent(Z, y, **params)
        with np.errstate(over="ignore", invalid="ignore"):
            coef = w_z / scale
            intercept = float(b_z - np.dot(coef, mean))
        check_finite_result(np.append(coef, [intercept, history[-1]]), "X나 y")

        self.coef_ = coef
        self.intercept_ = intercept
        self.n_features_in_ = d
        self.loss_history_ = np.asarray(history)
        return self

    def _gradient_descent(self, Z, y, learning_rate, num_epochs, batch_size, seed):
        n, d = Z.shape
        rng = np.random.default_rng(seed)
        w = np.zeros(d)
        b = 0.0
        history = [_mse(y, Z @ w + b)]
        bound = _DIVERGENCE_FACTOR * history[0] if history[0] > 0 else np.inf
        with np.errstate(over="ignore", invalid="ignore"):
            for epoch in range(1, num_epochs + 1):
                order = rng.permutation(n) if batch_size < n else np.arange(n)
                for start in range(0, n, batch_size):
                    idx = order[start : start + batch_size]
                    error = Z[idx] @ w + b - y[idx]
                    # MSE의 기울기: dL/dw = 2/m * Z^T (y_pred - y), dL/db = 2/m * sum(y_pred - y)
                    w = w - learning_rate * 2.0 * (Z[idx].T @ error) / len(idx)
                    b = b - learning_rate * 2.0 * float(np.mean(error))
                loss = _mse(y, Z @ w + b)
                if not loss <= bound:  # NaN도 여기서 걸린다
                    raise ValueError(
                        f"경사하강법이 발산했다({epoch}번째 에포크에서 손실이 처음의 "
                        f"{_DIVERGENCE_FACTOR:g}배를 넘었다). learning_rate를 줄이거나"
                        f"(지금: {learning_rate:g}) standardize=True로 특성을 표준화해야 한다."
                    )
                history.append(loss)
        return w, b, history

    def predict(self, X) -> np.ndarray:
        """특성 ``X`` 에 대한 예측 ``y_pred`` 를 돌려준다.

        Parameters
        ----------
        X : array_like, shape (n,) or (n, d)
            학습 때와 같은 개수의 특성.

        Returns
        -------
        numpy.ndarray, shape (n,)
            예측값.

        Raises
        ------
        NotFittedError
            :meth:`fit` 을 부르기 전일 때.
        ValueError
            특성 개수가 학습 때와 다르거나 입력이 잘못되었을 때.
        """
        check_is_fitted(self)
        raw = X
        X = as_features(X)
        one_dimensional = np.ndim(raw) == 1
        d = self.n_features_in_
        if X.shape[1] != d:
            hint = (
                " 예 하나의 특성들을 1차원 배열로 넣었다면 X.reshape(1, -1)을 넣어야 한다."
                if one_dimensional and X.shape[0] == d else ""
            )
            raise ValueError(
                f"X의 특성이 {X.shape[1]}개인데 이 모델은 특성 {d}개로 "
                f"학습되었다. 학습 때와 같은 특성 {d}개를 넣어야 한다.{hint}"
            )
        with np.errstate(over="ignore", invalid="ignore"):
            y_pred = X @ self.coef_ + self.intercept_
        check_finite_result(y_pred, "X")
        return y_pred


korean_signature_errors(globals())
