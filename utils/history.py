"""최적화 한 번의 기록 :class:`History` (:mod:`utils.optim` 의 모든 함수가 돌려준다).

:mod:`utils.optim` 도 같은 클래스를 내보내므로 ``from utils.optim import History`` 로 써도 된다.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from utils._validation import (
    _as_float_array,
    _check_finite,
    as_vector,
    check_bool,
    check_int,
    check_positive,
    korean_signature_errors,
)

__all__ = ["History"]


@dataclass(frozen=True)
class History:
    """최적화 한 번의 기록.

    가중치의 모양은 ``numpy.polyfit`` 처럼 특성 ``X`` 를 따른다. ``X`` 가 1차원(특성
    하나)이면 ``w`` 는 ``(k + 1,)``, ``w_final`` 은 float이고, 2차원 ``(n, d)`` 이면
    ``(k + 1, d)`` 와 ``(d,)`` 다.

    Attributes
    ----------
    w : numpy.ndarray, shape (k + 1,) or (k + 1, d)
        단계마다의 가중치. 0번째가 시작점, 마지막이 끝난 지점이다.
    b : numpy.ndarray, shape (k + 1,)
        단계마다의 편향(이차 함수 최소화에서는 편향이 없어 모두 0).
    loss : numpy.ndarray, shape (k + 1,)
        각 ``w[i]``, ``b[i]`` 에서의 전체 데이터 손실(MSE, 이차 함수는 함숫값).
    examples_seen : numpy.ndarray, shape (k + 1,)
        ``i`` 단계까지 기울기 계산에 쓴 예의 누적 개수.
    learning_rate : float
        학습률.
    batch_size : int
        한 단계에 쓴 예의 개수(전체 배치 경사하강법은 n, 이차 함수는 1).
    converged : bool
        수렴 기준(``tol``)을 만족해 멈췄는지.
    diverged : bool
        손실이 발산해 멈췄는지.
    diverged_at : int or None
        발산을 알아챈 단계 번호(그 단계의 값은 기록에서 빠진다). 발산하지 않았으면 None.
    batch_loss : numpy.ndarray or None, shape (k,)
        미니 배치 SGD에서 ``i`` 번째 단계가 기울기를 계산한 배치의 손실(``w[i]`` 에서).
    epoch_loss : numpy.ndarray or None
        미니 배치 SGD에서 시작점과 각 에포크 끝의 전체 데이터 손실.

    Examples
    --------
    >>> from utils.optim import minimize_quadratic
    >>> h = minimize_quadratic(curvature=4.0, learning_rate=0.25, num_steps=5, tol=1e-3)
    >>> h.num_steps, h.converged, h.final_loss, h.w.shape
    (1, True, 0.0, (2,))
    """

    w: np.ndarray
    b: np.ndarray
    loss: np.ndarray
    examples_seen: np.ndarray
    learning_rate: float
    batch_size: int
    converged: bool = False
    diverged: bool = False
    diverged_at: int | None = None
    batch_loss: np.ndarray | None = None
    epoch_loss: np.ndarray | None = None

    def __post_init__(self) -> None:
        """기록의 모양과 값이 서로 맞는지 확인한다(직접 만들 때의 실수를 막는다)."""
        w = _as_float_array(self.w, "w")
        if w.ndim not in (1, 2) or w.shape[0] < 1 or w.size == 0:
            raise ValueError(
                f"w는 (k + 1,) 또는 (k + 1, d) 모양의 실수 배열이어야 한다(받은 모양: {w.shape})."
            )
        _check_finite(w, "w")
        fields = {"w": w}
        k1 = w.shape[0]
        for name in ("b", "loss", "examples_seen"):
            arr = as_vector(getattr(self, name), name)
            if arr.shape[0] != k1:
                raise ValueError(
                    f"{name}의 길이({arr.shape[0]})가 w의 단계 수({k1})와 같아야 한다."
                )
            fields[name] = arr
        fields["examples_seen"] = fields["examples_seen"].astype(np.int64)
        fields["learning_rate"] = check_positive(self.learning_rate, "learning_rate")
        fields["batch_size"] = check_int(self.batch_size, "batch_size", 1)
        fields["converged"] = check_bool(self.converged, "converged")
        fields["diverged"] = check_bool(self.diverged, "diverged")
        if self.diverged_at is not None:
            fields["diverged_at"] = check_int(self.diverged_at, "diverged_at", 1)
        if (self.diverged_at is not None) != fields["diverged"]:
            raise ValueError("diverged가 True일 때만 diverged_at에 단계 번호를 넣어야 한다.")
        for name in ("batch_loss", "epoch_loss"):
            if getattr(self, name) is not None:
                fields[name] = as_vector(getattr(self, name), name)
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    @property
    def num_steps(self) -> int:
        """실제로 진행한 단계 수(수렴·발산으로 일찍 멈추면 그만큼 적다)."""
        return int(self.loss.shape[0] - 1)

    @property
    def steps_to_converge(self) -> int | None:
        """수렴했으면 수렴까지 걸린 단계 수, 아니면 None."""
        return self.num_steps if self.converged else None

    @property
    def w_final(self) -> float | np.ndarray:
        """마지막 가중치: 특성이 하나면 float, 아니면 shape (d,) 배열."""
        return float(self.w[-1]) if self.w.ndim == 1 else self.w[-1].copy()

    @property
    def b_final(self) -> float:
        """마지막 편향."""
        return float(self.b[-1])

    @property
    def final_loss(self) -> float:
        """마지막 지점의 손실."""
        return float(self.loss[-1])


korean_signature_errors(globals())
