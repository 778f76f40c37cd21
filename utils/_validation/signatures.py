"""호출 형태의 실수(인자 이름 오타, 빠진 인자, 위치 인자가 너무 많음)를 한국어 오류로 바꾼다.

파이썬은 ``f(lable=1)`` 에 영어 오류를 낸다. 각 모듈이 맨 끝에서
``korean_signature_errors(globals())`` 를 불러 공개 함수와 공개 클래스의 메서드를 감싸면, 같은
실수에 틀린 이름과 고칠 이름을 말하는 한국어 오류가 난다. 함수 안에서 난 ``TypeError`` 는
그대로 둔다.
"""

from __future__ import annotations

import difflib
import functools
import inspect

__all__ = [
    "korean_signature_errors",
]


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

    Parameters
    ----------
    namespace : dict
        모듈의 ``globals()`` (``__all__`` 이 있어야 한다).

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
            f"(받은 값: {type(namespace).__name__})."
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
