"""객체의 검사: matplotlib 축(``ax``, ``axes``)과 학습 여부(``check_is_fitted``).

:class:`NotFittedError` 와 :func:`check_is_fitted` 는 ``sklearn.utils.validation`` 처럼 다른
검사와 함께 둔다.
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes

from utils._validation.scalars import _shown
from utils._validation.signatures import korean_signature_errors

__all__ = [
    "NotFittedError",
    "check_ax",
    "check_axes",
    "check_is_fitted",
]


class NotFittedError(ValueError, AttributeError):
    """학습(``fit``) 전에 예측하려 할 때 내는 오류.

    scikit-learn의 ``sklearn.exceptions.NotFittedError`` 처럼 ``ValueError`` 와
    ``AttributeError`` 를 함께 상속하므로 둘 중 어느 것으로도 잡을 수 있다.

    Examples
    --------
    >>> issubclass(NotFittedError, ValueError) and issubclass(NotFittedError, AttributeError)
    True
    """


def check_ax(ax, name: str = "ax") -> Axes | None:
    """``None`` 이거나 matplotlib 축(``Axes``) 하나인지 검사한다.

    Parameters
    ----------
    ax : matplotlib.axes.Axes or None
        검사할 축.
    name : str, optional
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    matplotlib.axes.Axes or None
        검사한 축.

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

    Parameters
    ----------
    axes : sequence of Axes or None
        검사할 축들(한 그림의 서로 다른 축).
    count : int
        있어야 할 축의 개수.
    name : str, optional
        오류 메시지에 쓸 인자 이름(호출자가 넘긴 인자의 이름).

    Returns
    -------
    numpy.ndarray of Axes or None
        축들의 1차원 배열.

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

    Parameters
    ----------
    estimator : object
        추정기.
    attributes : str, optional
        학습으로 생기는 속성의 이름.

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
    utils._validation.objects.NotFittedError: 이 Model 추정기는 아직 학습되지 않았다. ...
    """
    if not isinstance(attributes, str):
        raise TypeError(
            f"attributes에는 학습으로 생기는 속성 이름(예: 'coef_')을 넣어야 한다"
            f"(받은 값: {_shown(attributes)})."
        )
    if not hasattr(estimator, attributes):
        raise NotFittedError(
            f"이 {type(estimator).__name__} 추정기는 아직 학습되지 않았다. "
            "predict를 부르기 전에 fit을 먼저 호출해야 한다."
        )


korean_signature_errors(globals())
