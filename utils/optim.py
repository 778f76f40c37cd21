r"""경사하강법, (미니 배치) 확률적 경사하강법, 그리고 1차원 이차 함수의 경사하강법.

모든 최적화 함수는 :class:`History` 를 돌려준다. 단계마다의 가중치·편향·손실, 처리한
예의 개수, 수렴 여부, 발산 여부와 발산한 단계가 들어 있다. 손실이 NaN·무한대가 되거나
처음 손실의 ``divergence_factor`` 배를 넘으면 **발산** 으로 보고 그 자리에서 멈춘다.
이때 NumPy 오버플로 경고는 밖으로 새어 나가지 않는다.

계산은 모두 벡터화되어 있다.

- :func:`gradient_descent` 는 한 단계에 행렬-벡터 곱 두 번만 한다. 특성 ``X``, 상수 열,
  라벨 ``y`` 를 한 행렬 :math:`Z = [X, 1, y]` 로 묶으면 잔차가
  :math:`r = Z\,[w, b, -1]^\top` 한 번의 곱으로, 기울기가 :math:`Z^\top r` 한 번의 곱으로
  나온다(:math:`Z^\top r` 의 마지막 성분 덕분에 손실 :math:`r^\top r` 도 공짜로 나온다).
- :func:`minibatch_sgd` 는 에포크마다 예를 섞은 뒤, 배치마다의 업데이트
  :math:`\theta_{k+1} = (I - c_k A_k)\theta_k + c_k v_k` (선형 회귀에서는 업데이트가 이런
  아핀 변환이다)를 병렬 누적(prefix scan)으로 한꺼번에 계산한다. 배치 크기가 1이어도
  예마다 도는 파이썬 반복문이 없다.
"""

from __future__ import annotations

import math

import numpy as np

from utils._validation import (
    _is_bool,
    _is_scalar,
    as_vector,
    check_finite_result,
    check_int,
    check_positive,
    check_real,
    check_seed,
    check_xy,
    korean_signature_errors,
)
from utils.history import History

__all__ = [
    "History",
    "least_squares",
    "gradient_descent",
    "minibatch_sgd",
    "sgd",
    "minimize_quadratic",
    "quadratic_steps_to_converge",
]

#: 한 번의 최적화가 진행할 수 있는 최대 단계 수(기록이 메모리를 넘지 않게 한다).
MAX_STEPS = 10_000_000

#: 미니 배치 SGD가 한 번에 누적 계산하는 단계 수(메모리 사용량을 묶어 둔다).
_SCAN_CHUNK = 2**14


# ---------------------------------------------------------------------------
# 입력 정리
# ---------------------------------------------------------------------------


def _one_feature(X) -> bool:
    """``X`` 가 1차원(특성 하나)으로 주어졌는지: 그러면 가중치를 스칼라로 돌려준다."""
    return (X.ndim if isinstance(X, np.ndarray) else np.ndim(X)) == 1


def _design(X, y) -> tuple[np.ndarray, int]:
    """``Z = [X, 1, y]`` 를 만들고 특성 개수 d를 돌려준다."""
    X, y = check_xy(X, y)
    n, d = X.shape
    Z = np.empty((n, d + 2))
    Z[:, :d] = X
    Z[:, d] = 1.0
    Z[:, d + 1] = y
    return Z, d


def _start(w0, b0, d: int) -> np.ndarray:
    """시작점 ``[w0, b0, -1]`` (마지막 -1은 Z의 y 열과 곱해져 잔차를 만든다)."""
    theta = np.zeros(d + 2)
    if w0 is not None:
        if _is_scalar(w0) or _is_bool(w0):
            w = np.array([check_real(w0, "w0", example="w0=0.0")])
        else:
            w = as_vector(w0, "w0")
        if w.shape[0] != d:
            raise ValueError(
                f"w0에는 특성마다 하나씩 {d}개의 값을 넣어야 한다(받은 개수: {w.shape[0]})."
            )
        theta[:d] = w
    theta[d] = check_real(b0, "b0", example="b0=0.0")
    theta[d + 1] = -1.0
    return theta


def _check_divergence(value) -> float:
    return check_real(value, "divergence_factor", low=1.0, example="divergence_factor=1e6")


def _weights(W: np.ndarray, one: bool) -> np.ndarray:
    """특성이 하나면 (k + 1,) 으로, 아니면 (k + 1, d) 그대로."""
    return W[:, 0].copy() if one else W.copy()


def _check_tol(tol) -> float | None:
    return None if tol is None else check_positive(tol, "tol")


def least_squares(X, y) -> tuple[float | np.ndarray, float]:
    """MSE를 최소로 하는 가중치와 편향(닫힌 형식의 최소 제곱 해)을 돌려준다.

    경사하강법이 도달해야 할 답을 확인할 때 쓴다.

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,)
        라벨.

    Returns
    -------
    w : float or numpy.ndarray, shape (d,)
        가중치. ``X`` 가 1차원(특성 하나)이면 float.
    b : float
        편향.

    Examples
    --------
    >>> w, b = least_squares([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    >>> round(w, 6), round(b, 6)
    (2.0, 1.0)
    >>> least_squares([[0.0], [1.0], [2.0]], [1.0, 3.0, 5.0])[0].shape
    (1,)
    """
    Z, d = _design(X, y)
    with np.errstate(over="ignore", invalid="ignore"):
        sol = np.linalg.lstsq(Z[:, : d + 1], Z[:, d + 1], rcond=None)[0]
    check_finite_result(sol, "X나 y")
    return (float(sol[0]) if _one_feature(X) else sol[:d]), float(sol[d])


# ---------------------------------------------------------------------------
# 전체 배치 경사하강법
# ---------------------------------------------------------------------------


def gradient_descent(
    X,
    y,
    learning_rate: float,
    num_steps: int = 100,
    w0=None,
    b0: float = 0.0,
    tol: float | None = None,
    divergence_factor: float = 1e6,
) -> History:
    r"""전체 배치 경사하강법으로 선형 모델의 MSE를 줄인다.

    한 단계는 :math:`w \leftarrow w - \alpha\,\partial L/\partial w`,
    :math:`b \leftarrow b - \alpha\,\partial L/\partial b` 이다(:math:`\alpha` 는 학습률).

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,)
        라벨.
    learning_rate : float
        학습률(0보다 큰 유한한 수).
    num_steps : int, optional
        최대 단계 수(1 이상).
    w0 : float or array_like, optional
        가중치의 시작점. 기본값은 0.
    b0 : float, optional
        편향의 시작점.
    tol : float, optional
        수렴 기준. 한 단계 사이의 손실 변화 :math:`|L_k - L_{k-1}|` 와, 다음 한 걸음이 줄일
        손실의 1차 근사 :math:`\alpha \lVert \nabla L \rVert^2` 가 모두 ``tol`` 이하가 되면
        수렴한 것으로 보고 멈춘다(뒤의 조건은 학습률이 정확히 :math:`2/f''` 라서 손실이 같은
        값 사이를 오가기만 하는 경우를 수렴으로 잘못 보지 않게 한다). None이면
        ``num_steps`` 단계를 모두 진행한다.
    divergence_factor : float, optional
        손실이 시작 손실의 이 배수를 넘으면(또는 NaN·무한대가 되면) 발산으로 보고 멈춘다.

    Returns
    -------
    History
        단계마다의 기록.

    Examples
    --------
    >>> h = gradient_descent([0.0, 1.0, 2.0], [1.0, 3.0, 5.0], learning_rate=0.2,
    ...                      num_steps=500, tol=1e-12)
    >>> h.converged, round(h.w_final, 4), round(h.b_final, 4)
    (True, 2.0, 1.0)
    >>> gradient_descent([0.0, 1.0, 2.0], [1.0, 3.0, 5.0], learning_rate=5.0).diverged
    True
    """
    learning_rate = check_positive(learning_rate, "learning_rate")
    num_steps = check_int(num_steps, "num_steps", 1, MAX_STEPS)
    tol = _check_tol(tol)
    divergence_factor = _check_divergence(divergence_factor)
    Z, d = _design(X, y)
    n = Z.shape[0]
    theta = _start(w0, b0, d)
    D = d + 1
    thetas = np.empty((num_steps + 1, D))
    losses = np.empty(num_steps + 1)
    r = np.empty(n)
    scale = 2.0 * learning_rate / n
    converged = False
    diverged_at = None
    bound = math.inf
    last = num_steps
    with np.errstate(all="ignore"):
        for k in range(num_steps + 1):
            np.matmul(Z, theta, out=r)  # 잔차 r = y' - y
            g = Z.T @ r  # [X^T r, sum(r), y^T r]
            loss = float(theta @ g) / n  # r^T r = theta^T Z^T r
            if k == 0:
                bound = divergence_factor * loss if loss > 0 else math.inf
            if not math.isfinite(loss) or loss > bound or not np.all(np.isfinite(theta)):
                diverged_at = k
                last = k - 1
                break
            thetas[k] = theta[:D]
            losses[k] = loss
            step_gain = learning_rate * float(g[:D] @ g[:D]) * (2.0 / n) ** 2
            if tol is not None and k > 0 and abs(losses[k - 1] - loss) <= tol and step_gain <= tol:
                converged = True
                last = k
                break
            if k == num_steps:
                break
            theta[:D] -= scale * g[:D]
    m = last + 1
    if m == 0:
        raise ValueError(
            "X나 y의 값이 너무 커서 시작점(w0, b0)의 손실부터 무한대다. 단위를 바꾸거나 "
            "표준화한 X와 y를 넣어야 한다(예: (X - X.mean()) / X.std())."
        )
    return History(
        w=_weights(thetas[:m, :d], _one_feature(X)),
        b=thetas[:m, d].copy(),
        loss=losses[:m].copy(),
        examples_seen=np.arange(m, dtype=np.int64) * n,
        learning_rate=learning_rate,
        batch_size=n,
        converged=converged,
        diverged=diverged_at is not None,
        diverged_at=diverged_at,
    )


# ---------------------------------------------------------------------------
# 미니 배치 확률적 경사하강법
# ---------------------------------------------------------------------------


def _affine_scan(P: np.ndarray, q: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """아핀 변환 ``t -> P[k] t + q[k]`` 들의 누적 합성을 돌려준다.

    결과의 ``k`` 번째는 0번부터 ``k`` 번까지 차례로 적용한 합성이다(Hillis-Steele 누적,
    log2(m) 번의 벡터화된 패스).
    """
    P = P.copy()
    q = q.copy()
    m = P.shape[0]
    s = 1
    while s < m:
        P_new = np.matmul(P[s:], P[:-s])
        q_new = np.matmul(P[s:], q[:-s, :, None])[..., 0] + q[s:]
        P[s:] = P_new
        q[s:] = q_new
        s *= 2
    return P, q


def minibatch_sgd(
    X,
    y,
    learning_rate: float,
    batch_size: int = 32,
    num_epochs: int = 1,
    w0=None,
    b0: float = 0.0,
    seed: int = 0,
    divergence_factor: float = 1e6,
) -> History:
    """미니 배치 확률적 경사하강법으로 선형 모델의 MSE를 줄인다.

    에포크마다 예의 순서를 무작위로 섞고, 앞에서부터 ``batch_size`` 개씩 잘라 배치마다
    기울기를 계산해 한 단계씩 움직인다(예의 개수가 배치 크기로 나누어떨어지지 않으면
    마지막 배치는 작다). ``batch_size=1`` 이면 SGD, ``batch_size=n`` 이면 전체 배치
    경사하강법과 같다.

    Parameters
    ----------
    X : array_like, shape (n,) or (n, d)
        특성.
    y : array_like, shape (n,)
        라벨.
    learning_rate : float
        학습률(0보다 큰 유한한 수).
    batch_size : int, optional
        한 단계에 쓰는 예의 개수(1 이상 n 이하의 정수).
    num_epochs : int, optional
        데이터 전체를 몇 번 훑을지(1 이상).
    w0, b0 : optional
        시작점(기본값 0).
    seed : int, optional
        예를 섞는 난수의 시드(0 이상의 정수).
    divergence_factor : float, optional
        전체 손실이 시작 손실의 이 배수를 넘거나 NaN·무한대가 되면 발산으로 보고 멈춘다.

    Returns
    -------
    History
        단계마다의 기록. ``loss`` 는 전체 데이터 손실, ``batch_loss`` 는 각 단계가 본 배치의
        손실, ``epoch_loss`` 는 에포크 끝마다의 전체 손실이다.

    Examples
    --------
    >>> X = np.linspace(-1.0, 1.0, 200)
    >>> y = 2.0 * X + 1.0
    >>> h = minibatch_sgd(X, y, learning_rate=0.1, batch_size=10, num_epochs=20, seed=0)
    >>> h.num_steps, round(h.w_final, 3), round(h.b_final, 3)
    (400, 2.0, 1.0)
    """
    # 데이터를 준비(최소 제곱 풀이)하기 전에 값 인자부터 검사한다.
    check_positive(learning_rate, "learning_rate")
    check_int(batch_size, "batch_size", 1)
    check_int(num_epochs, "num_epochs", 1, MAX_STEPS)
    check_seed(seed)
    _check_divergence(divergence_factor)
    return _LinearProblem(X, y).minibatch_sgd(
        learning_rate, batch_size, num_epochs, w0, b0, seed, divergence_factor
    )


class _LinearProblem:
    """검사를 마친 선형 회귀 문제: ``Z = [X, 1, y]`` 와 최소 제곱 해를 한 번만 만든다.

    배치 크기 탐색기처럼 같은 데이터로 미니 배치 SGD를 여러 번 돌릴 때, 입력 검사와 최소
    제곱 풀이를 슬라이더가 움직일 때마다 되풀이하지 않게 한다.
    """

    def __init__(self, X, y, one_feature_only: bool = False):
        self.Z, self.d = _design(X, y)
        if one_feature_only and self.d != 1:
            raise ValueError(
                f"X의 특성이 {self.d}개다. 이 그림은 특성 하나(1차원 X)만 그린다: "
                "X[:, 0]처럼 특성 하나를 골라 넣어야 한다."
            )
        self.one_feature = _one_feature(X)
        n, D = self.Z.shape[0], self.d + 1
        # 전체 손실은 최소 제곱 해를 중심으로 한 이차 형식으로 정확하게 계산한다:
        # L(t) = L* + (t - t*)^T H (t - t*),  H = Xa^T Xa / n.
        with np.errstate(over="ignore", invalid="ignore"):
            G = self.Z.T @ self.Z
        if not np.all(np.isfinite(G)):
            raise ValueError(
                "X나 y의 값이 너무 커서 제곱합이 무한대가 된다. 단위를 바꾸거나 표준화한 "
                "X와 y를 넣어야 한다(예: (X - X.mean()) / X.std())."
            )
        self.H = G[:D, :D] / n
        self.t_star = np.linalg.lstsq(G[:D, :D], G[:D, D], rcond=None)[0]
        r_star = self.Z @ np.append(self.t_star, -1.0)
        self.loss_star = float(r_star @ r_star) / n

    @property
    def n(self) -> int:
        return self.Z.shape[0]

    def full_loss(self, T: np.ndarray) -> np.ndarray:
        E = T - self.t_star
        return self.loss_star + np.einsum("ki,ij,kj->k", E, self.H, E)

    def minibatch_sgd(
        self, learning_rate, batch_size, num_epochs, w0, b0, seed, divergence_factor
    ) -> History:
        """:func:`minibatch_sgd` 의 본체(데이터는 이미 검사했다)."""
        learning_rate = check_positive(learning_rate, "learning_rate")
        batch_size = check_int(batch_size, "batch_size", 1, self.n)
        num_epochs = check_int(num_epochs, "num_epochs", 1, MAX_STEPS)
        seed = check_seed(seed)
        steps = -(-self.n // batch_size) * num_epochs
        if steps > MAX_STEPS:
            raise ValueError(
                f"batch_size={batch_size}, num_epochs={num_epochs}이면 {steps:,}단계다. "
                f"{MAX_STEPS:,}단계 이하가 되게 num_epochs를 줄이거나 batch_size를 키워야 한다."
            )
        divergence_factor = _check_divergence(divergence_factor)
        theta0 = _start(w0, b0, self.d)
        return self._run(learning_rate, batch_size, num_epochs, theta0, seed, divergence_factor)

    def _run(self, learning_rate, batch_size, num_epochs, theta0, seed, divergence_factor):
        Z, d, n = self.Z, self.d, self.n
        full_loss = self.full_loss
        D = d + 1
        rng = np.random.default_rng(seed)

        num_batches = -(-n // batch_size)
        counts = np.full(num_batches, batch_size, dtype=np.int64)
        counts[-1] = n - batch_size * (num_batches - 1)
        starts = np.arange(num_batches + 1, dtype=np.int64) * batch_size
        starts[-1] = n

        theta = theta0[:D].copy()
        loss0 = float(full_loss(theta[None, :])[0])
        bound = divergence_factor * loss0 if loss0 > 0 else math.inf
        thetas = [theta[None, :]]
        losses = [np.array([loss0])]
        batch_losses = []
        epoch_loss = [loss0]
        diverged_at = None
        step = 0
        eye = np.eye(D)
        with np.errstate(all="ignore"):
            for _ in range(num_epochs):
                Zp = np.take(Z, rng.permutation(n), axis=0)
                for c0 in range(0, num_batches, _SCAN_CHUNK):
                    c1 = min(c0 + _SCAN_CHUNK, num_batches)
                    m = c1 - c0
                    rows = Zp[starts[c0] : starts[c1]]
                    cnt = counts[c0:c1]
                    M = np.empty((m, D + 1, D + 1))
                    full = m if cnt[-1] == batch_size else m - 1
                    if full:
                        Zb = rows[: full * batch_size].reshape(full, batch_size, D + 1)
                        M[:full] = np.matmul(Zb.transpose(0, 2, 1), Zb)
                    if full < m:
                        tail = rows[full * batch_size :]
                        M[full] = tail.T @ tail
                    rate = 2.0 * learning_rate / cnt
                    P = eye - rate[:, None, None] * M[:, :D, :D]
                    q = rate[:, None] * M[:, :D, D]
                    P_cum, q_cum = _affine_scan(P, q)
                    T = np.matmul(P_cum, theta) + q_cum  # 각 단계 뒤의 매개변수, (m, D)
                    L = full_loss(T)
                    # 각 단계가 본 배치의 손실(단계 전 매개변수에서): 잔차를 직접 계산한다.
                    T_ext = np.empty((m, D + 1))
                    T_ext[0, :D] = theta
                    T_ext[1:, :D] = T[:-1]
                    T_ext[:, D] = -1.0
                    B = np.empty(m)
                    if full:
                        R = np.matmul(Zb, T_ext[:full, :, None])[..., 0]
                        B[:full] = np.einsum("kb,kb->k", R, R)
                    if full < m:
                        r = tail @ T_ext[full]
                        B[full] = r @ r
                    B /= cnt
                    bad = ~np.isfinite(L) | (L > bound) | ~np.all(np.isfinite(T), axis=1)
                    if bad.any():
                        j = int(np.argmax(bad))
                        thetas.append(T[:j])
                        losses.append(L[:j])
                        batch_losses.append(B[:j])
                        diverged_at = step + j + 1
                        break
                    thetas.append(T)
                    losses.append(L)
                    batch_losses.append(B)
                    theta = T[-1].copy()
                    step += m
                if diverged_at is not None:
                    break
                epoch_loss.append(float(losses[-1][-1]))
        W = np.vstack(thetas)
        k = W.shape[0] - 1
        seen = np.concatenate([[0], np.cumsum(np.tile(counts, num_epochs)[:k])])
        batch_loss = np.concatenate(batch_losses)[:k]
        return History(
            w=_weights(W[:, :d], self.one_feature),
            b=W[:, d].copy(),
            loss=np.concatenate(losses),
            examples_seen=seen.astype(np.int64),
            learning_rate=learning_rate,
            batch_size=batch_size,
            converged=False,
            diverged=diverged_at is not None,
            diverged_at=diverged_at,
            batch_loss=batch_loss,
            epoch_loss=np.array(epoch_loss),
        )


def sgd(
    X,
    y,
    learning_rate: float,
    num_epochs: int = 1,
    w0=None,
    b0: float = 0.0,
    seed: int = 0,
    divergence_factor: float = 1e6,
) -> History:
    """확률적 경사하강법(SGD): 배치 크기 1의 :func:`minibatch_sgd`.

    Parameters
    ----------
    X, y, learning_rate, num_epochs, w0, b0, seed, divergence_factor
        :func:`minibatch_sgd` 와 같다.

    Returns
    -------
    History
        단계마다의 기록(``batch_size`` 는 1).

    Examples
    --------
    >>> X = np.linspace(-1.0, 1.0, 100)
    >>> h = sgd(X, 3.0 * X, learning_rate=0.05, num_epochs=30, seed=1)
    >>> h.batch_size, h.num_steps, round(h.w_final, 3)
    (1, 3000, 3.0)
    """
    return minibatch_sgd(
        X, y, learning_rate, batch_size=1, num_epochs=num_epochs, w0=w0, b0=b0, seed=seed,
        divergence_factor=divergence_factor,
    )


# ---------------------------------------------------------------------------
# 1차원 이차 함수(학습률 실험)
# ---------------------------------------------------------------------------


def minimize_quadratic(
    curvature: float,
    learning_rate: float,
    w0: float = 1.0,
    num_steps: int = 100,
    tol: float | None = None,
    divergence_factor: float = 1e6,
) -> History:
    r"""이차 함수 :math:`f(w) = \tfrac{c}{2} w^2` 을 경사하강법으로 최소화한다.

    :math:`f''(w) = c` (곡률)이고 최솟값은 :math:`w = 0` 이다. 한 단계는
    :math:`w \leftarrow w - \alpha f'(w) = (1 - \alpha c)\,w` 이다.

    Parameters
    ----------
    curvature : float
        곡률 :math:`c = f''` (0보다 큰 수).
    learning_rate : float
        학습률 :math:`\alpha`.
    w0 : float, optional
        시작점(0이 아닌 유한한 수).
    num_steps : int, optional
        최대 단계 수.
    tol : float, optional
        수렴 기준. 최솟값까지의 거리 :math:`|w_k|` 가 ``tol`` 이하가 되면 멈춘다.
    divergence_factor : float, optional
        함숫값이 시작값의 이 배수를 넘으면 발산으로 보고 멈춘다.

    Returns
    -------
    History
        ``w`` 는 shape (k + 1,), ``loss`` 는 각 지점의 함숫값.

    Examples
    --------
    >>> h = minimize_quadratic(curvature=4.0, learning_rate=0.1, tol=0.005)
    >>> h.steps_to_converge
    11
    >>> h = minimize_quadratic(curvature=4.0, learning_rate=1.0, num_steps=100)
    >>> h.diverged, h.diverged_at
    (True, 7)
    """
    curvature = check_positive(curvature, "curvature")
    learning_rate = check_positive(learning_rate, "learning_rate")
    num_steps = check_int(num_steps, "num_steps", 1, MAX_STEPS)
    tol = _check_tol(tol)
    divergence_factor = _check_divergence(divergence_factor)
    w0 = check_real(w0, "w0", example="w0=1.0")
    if w0 == 0:
        raise ValueError("w0=0은 이미 최솟값이다. 0이 아닌 시작점(예: w0=1.0)을 넣어야 한다.")
    factor = 1.0 - learning_rate * curvature
    f0 = 0.5 * curvature * w0 * w0
    if not math.isfinite(f0) or not math.isfinite(factor):
        raise ValueError(
            f"w0={w0:g}, curvature={curvature:g}, learning_rate={learning_rate:g}이면 "
            "시작 손실이나 한 걸음이 무한대가 된다. w0이나 curvature를 줄여야 한다(예: w0=1.0)."
        )
    ws = [float(w0)]
    converged = False
    diverged_at = None
    with np.errstate(all="ignore"):
        w = float(w0)
        for k in range(1, num_steps + 1):
            if tol is not None and abs(w) <= tol:
                converged = True
                break
            w = factor * w
            f = 0.5 * curvature * w * w
            if not math.isfinite(f) or f > divergence_factor * f0:
                diverged_at = k
                break
            ws.append(w)
        else:
            converged = tol is not None and abs(w) <= tol
    W = np.array(ws)
    return History(
        w=W,
        b=np.zeros_like(W),
        loss=0.5 * curvature * W**2,
        examples_seen=np.arange(W.shape[0], dtype=np.int64),
        learning_rate=learning_rate,
        batch_size=1,
        converged=converged,
        diverged=diverged_at is not None,
        diverged_at=diverged_at,
    )


def quadratic_steps_to_converge(
    curvature: float, learning_rate: float, w0: float = 1.0, tol: float = 0.005
) -> int | None:
    r""":func:`minimize_quadratic` 이 수렴하기까지의 단계 수를 식으로 계산한다.

    :math:`w_k = (1 - \alpha c)^k w_0` 이므로 :math:`|1 - \alpha c|^k |w_0| \le` ``tol``
    을 만족하는 가장 작은 :math:`k` 가 답이다. :math:`|1 - \alpha c| \ge 1`
    (즉 :math:`\alpha \ge 2/c`)이면 영영 수렴하지 않으므로 None을 돌려준다.

    Parameters
    ----------
    curvature : float
        곡률 :math:`c = f''` (0보다 큰 수).
    learning_rate : float
        학습률 :math:`\alpha` (0보다 큰 수).
    w0 : float, optional
        시작점.
    tol : float, optional
        수렴 기준(최솟값까지의 거리, 0보다 큰 수).

    Returns
    -------
    int or None
        수렴까지의 단계 수. 수렴하지 않으면 None.

    Examples
    --------
    >>> quadratic_steps_to_converge(4.0, 0.03), quadratic_steps_to_converge(4.0, 0.25)
    (42, 1)
    >>> quadratic_steps_to_converge(4.0, 1.0) is None
    True
    """
    curvature = check_positive(curvature, "curvature")
    learning_rate = check_positive(learning_rate, "learning_rate")
    start = abs(check_real(w0, "w0", example="w0=1.0"))
    tol = check_positive(tol, "tol")
    if start <= tol:
        return 0
    factor = abs(1.0 - learning_rate * curvature)
    if factor == 0.0:
        return 1
    if factor >= 1.0:
        return None
    # log(tol / start)는 tol / start가 0으로 내려앉을 수 있으므로 두 로그의 차로 계산한다.
    k = math.ceil((math.log(tol) - math.log(start)) / math.log(factor))
    # 부동소수점 반올림으로 경계에서 하나 어긋나지 않도록 확인한다.
    while k > 1 and factor ** (k - 1) * start <= tol:
        k -= 1
    while factor**k * start > tol:
        k += 1
    return k


korean_signature_errors(globals())
