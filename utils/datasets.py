"""책의 실습에 쓰는 합성 데이터. 모든 함수는 ``seed`` 를 받아 같은 데이터를 다시 만든다.

외부에서 데이터를 내려받지 않는다. 각 데이터는 ``numpy.random.default_rng(seed)`` 로
만든다.
"""

from __future__ import annotations

import numpy as np

from utils._validation import check_int, check_positive

__all__ = ["make_cricket_data"]


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
    n = check_int(n, "n", 1)
    noise = check_positive(noise, "noise")
    rng = np.random.default_rng(seed)
    X = rng.uniform(60.0, 200.0, size=n)
    y = 10.0 + (X - 40.0) / 7.0 + rng.normal(0.0, noise, size=n)
    return X, y


# ---------------------------------------------------------------------------
# 3장: 일반화 (이 아래에 3장의 데이터 생성 함수를 둔다)
# ---------------------------------------------------------------------------
