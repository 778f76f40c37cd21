"""선형 모델의 예측, 손실과 평가 지표(MSE, RMSE, 결정 계수), MSE의 기울기.

모델은 1장의 선형 모델 :math:`y' = b + w x` (특성이 여러 개면 :math:`y' = b + X w`)
이다. 모든 함수는 벡터화되어 있어 예마다 도는 파이썬 반복문이 없다.

특성 ``X`` 는 1차원 ``(n,)`` (특성 하나) 또는 2차원 ``(n, d)`` 배열이고, 가중치 ``w`` 는
특성이 하나일 때 스칼라, 여러 개일 때 ``(d,)`` 배열이다. 평가 지표(:func:`mse`,
:func:`rmse`, :func:`r2_score`)는 모두 이 모듈에 있다.
"""

from __future__ import annotations

import numpy as np

from utils._validation import (
    _is_bool,
    _is_scalar,
    as_features,
    as_labels,
    as_vector,
    check_finite_result,
    check_real,
    check_size,
    check_xy,
    korean_signature_errors,
)

__all__ = ["predict", "squared_loss", "mse", "rmse", "r2_score", "mse_gradient", "mse_grid"]


def _as_weights(w, d: int) -> tuple[np.ndarray, bool]:
    """가중치를 ``(d,)`` 배열로 바꾸고, 스칼라였는지 함께 돌려준다."""
    scalar = _is_scalar(w) or _is_bool(w)
    if scalar:
        arr = np.array([check_real(w.item() if isinstance(w, np.ndarray) else w, "w")])
    else:
        arr = as_vector(w, "w")
    if arr.shape[0] != d:
        _wrong_count(arr.shape[0], d)
    return arr, scalar


def _wrong_count(got: int, d: int):
    raise ValueError(
        f"X의 특성은 {d}개인데 가중치 w는 {got}개다. 특성마다 가중치를 하나씩 주어야 한다"
        f"(특성 {d}개면 w는 길이 {d}의 배열, 하나면 수 하나)."
    )


def _as_bias(b) -> float:
    return check_real(b, "b")


def predict(X, w, b) -> np.ndarray:
    """선형 모델의 예측 :math:`y' = b + X w` 를 계산한다.

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    w : float or array_like, shape (d,)
        가중치. 특성이 하나면 스칼라로 준다.
    b : float
        편향.

    Returns
    -------
    numpy.ndarray, shape (n,)
        예마다의 예측 ``y_pred``.

    Examples
    --------
    >>> predict([10.0], w=0.0, b=0.0)  # 블로그 글의 예: b = 0, w = 0, 특성 10
    array([0.])
    >>> predict([1.0, 2.0], w=3.0, b=1.0)
    array([4., 7.])
    """
    X = as_features(X)
    w, _ = _as_weights(w, X.shape[1])
    b = _as_bias(b)
    with np.errstate(over="ignore", invalid="ignore"):
        y_pred = X @ w + b
    check_finite_result(y_pred, "X나 w, b")
    return y_pred


def squared_loss(y, y_pred) -> np.ndarray:
    """예마다의 제곱 손실 :math:`(y - y')^2` 을 돌려준다.

    Parameters
    ----------
    y : array_like, shape (n,)
        라벨(정답).
    y_pred : array_like, shape (n,)
        모델의 예측.

    Returns
    -------
    numpy.ndarray, shape (n,)
        예마다의 제곱 손실.

    Examples
    --------
    >>> squared_loss([3.0, 5.0], [1.0, 5.0])
    array([4., 0.])
    """
    y, y_pred = _check_pair(y, y_pred)
    with np.errstate(over="ignore", invalid="ignore"):
        losses = (y - y_pred) ** 2
    check_finite_result(losses, "y나 y_pred")
    return losses


def mse(y, y_pred) -> float:
    r"""평균 제곱 오차 :math:`\frac{1}{n}\sum_i (y_i - y'_i)^2` 를 돌려준다.

    Parameters
    ----------
    y : array_like, shape (n,)
        라벨(정답).
    y_pred : array_like, shape (n,)
        모델의 예측.

    Returns
    -------
    float
        평균 제곱 오차.

    Examples
    --------
    >>> mse([3.0, 5.0], [1.0, 5.0])
    2.0
    """
    y, y_pred = _check_pair(y, y_pred)
    r = y - y_pred
    with np.errstate(over="ignore", invalid="ignore"):
        value = float(r @ r / r.shape[0])
    check_finite_result(value, "y나 y_pred")
    return value


def rmse(y, y_pred) -> float:
    r"""평균 제곱근 오차 :math:`\sqrt{\mathrm{MSE}}` 를 돌려준다(라벨과 같은 단위).

    Parameters
    ----------
    y : array_like, shape (n,)
        라벨(정답).
    y_pred : array_like, shape (n,)
        모델의 예측.

    Returns
    -------
    float
        평균 제곱근 오차.

    Examples
    --------
    >>> rmse([3.0, 5.0], [1.0, 5.0]) == 2.0 ** 0.5
    True
    """
    return float(np.sqrt(mse(y, y_pred)))


def r2_score(y, y_pred) -> float:
    r"""결정 계수 :math:`R^2 = 1 - \sum (y - \hat y)^2 / \sum (y - \bar y)^2`.

    완벽한 예측이면 1, 평균으로만 예측하는 모델과 같으면 0이다. 라벨이 모두 같으면
    (분모가 0) scikit-learn처럼 완벽한 예측은 1, 그 밖에는 0을 돌려준다.

    Parameters
    ----------
    y : array_like, shape (n,)
        라벨(정답).
    y_pred : array_like, shape (n,)
        모델의 예측.

    Returns
    -------
    float
        결정 계수(1 이하).

    Examples
    --------
    >>> r2_score([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
    1.0
    >>> r2_score([1.0, 2.0, 3.0], [2.0, 2.0, 2.0])
    0.0
    """
    y, y_pred = _check_pair(y, y_pred)
    with np.errstate(over="ignore", invalid="ignore"):
        ss_res = float(np.sum((y - y_pred) ** 2))
        ss_tot = float(np.sum((y - y.mean()) ** 2))
    check_finite_result([ss_res, ss_tot], "y나 y_pred")
    if ss_tot == 0.0:
        return 1.0 if ss_res == 0.0 else 0.0
    return 1.0 - ss_res / ss_tot


def mse_gradient(X, y, w, b) -> tuple[float | np.ndarray, float]:
    r"""MSE의 가중치와 편향에 대한 편미분(기울기)을 돌려준다.

    :math:`L(w, b) = \frac{1}{n}\sum_i (b + x_i^\top w - y_i)^2` 이면

    .. math::

        \frac{\partial L}{\partial w} = \frac{2}{n} X^\top (y' - y), \qquad
        \frac{\partial L}{\partial b} = \frac{2}{n} \sum_i (y'_i - y_i).

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,)
        라벨.
    w : float or array_like, shape (d,)
        가중치(특성이 하나면 스칼라).
    b : float
        편향.

    Returns
    -------
    grad_w : float or numpy.ndarray
        ``w`` 가 스칼라면 float, 아니면 ``(d,)`` 배열.
    grad_b : float
        편향에 대한 편미분.

    Examples
    --------
    >>> grad_w, grad_b = mse_gradient([1.0, 2.0], [2.0, 4.0], w=0.0, b=0.0)
    >>> round(grad_w, 6), round(grad_b, 6)
    (-10.0, -6.0)
    """
    X, y = check_xy(X, y)
    w_arr, scalar = _as_weights(w, X.shape[1])
    b = _as_bias(b)
    n = X.shape[0]
    with np.errstate(over="ignore", invalid="ignore"):
        r = X @ w_arr + b - y
        grad_w = (2.0 / n) * (X.T @ r)
        grad_b = 2.0 * float(r.sum()) / n
    check_finite_result(np.append(grad_w, grad_b), "X나 y, w, b")
    return (float(grad_w[0]) if scalar else grad_w), grad_b


def mse_grid(X, y, w_values, b_values) -> np.ndarray:
    r"""특성이 하나인 모델의 MSE를 (w, b) 격자의 모든 점에서 한꺼번에 계산한다.

    등고선 그림과 그릇 그림에 쓴다. 격자가 커도 데이터를 한 번만 훑도록, 평균
    :math:`\overline{x^2}, \overline{x}, \overline{xy}, \overline{y}, \overline{y^2}` 로
    전개한 식 :math:`L = w^2\overline{x^2} + 2wb\,\overline{x} + b^2 - 2w\overline{xy}
    - 2b\overline{y} + \overline{y^2}` 을 쓴다.

    Parameters
    ----------
    X : array_like, shape (n,)
        특성(하나).
    y : array_like, shape (n,)
        라벨.
    w_values, b_values : array_like
        격자의 w 값들과 b 값들(1차원).

    Returns
    -------
    numpy.ndarray, shape (len(b_values), len(w_values))
        ``[i, j]`` 가 ``b_values[i]``, ``w_values[j]`` 에서의 MSE(등고선 함수의 순서).

    Examples
    --------
    >>> grid = mse_grid([1.0, 2.0], [2.0, 4.0], w_values=[0.0, 2.0], b_values=[0.0])
    >>> grid.round(6)
    array([[10.,  0.]])
    """
    X, y = check_xy(X, y)
    if X.shape[1] != 1:
        raise ValueError(
            f"mse_grid는 특성이 하나인 모델용이다(X의 특성 개수: {X.shape[1]}). "
            "X에 특성 하나를 (n,) 배열로 넣어야 한다."
        )
    w = as_vector(w_values, "w_values")
    b = as_vector(b_values, "b_values")
    check_size(w.shape[0] * b.shape[0], "w_values와 b_values의 길이")
    with np.errstate(over="ignore", invalid="ignore"):
        grid = _mse_grid(X[:, 0], y, w, b)
    check_finite_result(grid, "X나 y, w_values, b_values")
    return grid


def _mse_grid(x: np.ndarray, y: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """:func:`mse_grid` 의 계산(입력은 이미 검사한 1차원 배열)."""
    w, b = w[None, :], b[:, None]
    sxx, sx, sxy, sy, syy = (float(np.mean(v)) for v in (x * x, x, x * y, y, y * y))
    grid = w * w * sxx + 2 * w * b * sx + b * b - 2 * w * sxy - 2 * b * sy + syy
    return np.maximum(grid, 0.0)


def _check_pair(y, y_pred) -> tuple[np.ndarray, np.ndarray]:
    """라벨과 예측을 ``(n,)`` 배열로 검사하고 길이가 같은지 확인한다."""
    y = as_labels(y, "y")
    y_pred = as_labels(y_pred, "y_pred")
    if y.shape[0] != y_pred.shape[0]:
        raise ValueError(
            f"y에는 예가 {y.shape[0]}개, y_pred에는 {y_pred.shape[0]}개 있다. "
            "두 배열의 길이(예 개수)를 같게 맞춰야 한다."
        )
    return y, y_pred


korean_signature_errors(globals())
