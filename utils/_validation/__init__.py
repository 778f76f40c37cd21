"""입력 검사: 잘못된 입력에는 무엇을 바꿔야 하는지 말하는 한국어 오류를 낸다.

모든 공개 함수가 계산하거나 그리기 전에 이 패키지를 거쳐 입력을 검사하므로, 같은 실수에는
책 어디에서나 같은 문장이 나온다. 오류 메시지는 호출자가 넘긴 인자의 이름(``name``)을
적고 무엇을 바꿔야 하는지 말한다. 주제별 모듈의 이름을 여기서 다시 내보내므로
``from utils._validation import check_real`` 처럼 가져온다.

- :mod:`utils._validation.scalars`: 값 하나(실수, 정수, 시드, 참/거짓, 비율, 구간, 정수 목록,
  글, 함수). NumPy 스칼라와 0차원 배열도 받고, 복소수와 숫자처럼 보이는 문자열은 거절한다.
- :mod:`utils._validation.arrays`: 특성·라벨·값들의 배열, 계산 결과가 유한한지, 배열의 크기.
- :mod:`utils._validation.objects`: matplotlib 축, 학습 여부(``sklearn.utils.validation``
  처럼 :func:`check_is_fitted` 와 :class:`NotFittedError` 를 여기에 둔다).
- :mod:`utils._validation.signatures`: 인자 이름 오타, 빠진 인자, 너무 많은 위치 인자를
  파이썬의 영어 오류 대신 한국어 ``TypeError`` 로 바꾼다. 각 모듈이 맨 끝에서
  :func:`korean_signature_errors` 를 불러 공개 함수와 공개 클래스의 메서드를 감싼다.
"""

from utils._validation.arrays import (
    MAX_CELLS,
    as_features,
    as_labels,
    as_vector,
    check_finite_result,
    check_size,
    check_xy,
)
from utils._validation.arrays import _as_float_array as _as_float_array
from utils._validation.arrays import _check_finite as _check_finite
from utils._validation.objects import NotFittedError, check_ax, check_axes, check_is_fitted
from utils._validation.scalars import _is_bool as _is_bool
from utils._validation.scalars import _is_scalar as _is_scalar
from utils._validation.scalars import _shown as _shown
from utils._validation.scalars import (
    check_bool,
    check_callable,
    check_fraction,
    check_int,
    check_int_list,
    check_positive,
    check_range,
    check_real,
    check_seed,
    check_text,
)
from utils._validation.signatures import korean_signature_errors

__all__ = [
    "NotFittedError",
    "MAX_CELLS",
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
