"""커널이 있을 때의 탐색기: 뷰를 ipywidgets 컨트롤과 PNG 그림 위젯으로 잇는다."""

from __future__ import annotations

import ipywidgets as widgets

from utils._validation import _shown, korean_signature_errors
from utils.engine.view import _check_label, _check_view

__all__ = [
    "image_explorer",
]


def image_explorer(view, controls, name: str = "탐색기", value=None) -> widgets.VBox:
    """컨트롤이 움직이면 ``view.update`` 와 ``view.render`` 뒤 PNG를 바꿔 끼우는 위젯 상자.

    ipywidgets 7.7(Colab)과 8에서 똑같이 동작한다.

    Parameters
    ----------
    view : BlitView
        보여 줄 뷰.
    controls : ipywidgets.ValueWidget or sequence of ipywidgets.ValueWidget
        슬라이더(여럿이면 위에서부터 차례로 놓인다).
    name : str, optional
        상자의 짧은 repr에 쓰는 이름(예: ``"학습률 탐색기"``).
    value : callable or None, optional
        컨트롤들의 값으로 ``view.update`` 에 넘길 값을 만드는 함수. ``None`` 이면 컨트롤
        하나의 ``value``.

    Returns
    -------
    ipywidgets.VBox
        컨트롤들과 그림 위젯.

    Examples
    --------
    >>> from utils.engine import BlitView
    >>> class Slope(BlitView):
    ...     def __init__(self):
    ...         super().__init__(None, figsize=(3.0, 2.0), dpi=50)
    ...         (self.line,) = self.axes[0].plot([0, 1], [0, 0])
    ...         self.freeze([self.line])
    ...     def update(self, value):
    ...         self.line.set_ydata([0, value])
    ...         return [self.line]
    >>> box = image_explorer(Slope(), widgets.FloatSlider(value=0.5), "기울기 탐색기")
    >>> box
    기울기 탐색기(슬라이더와 그림)
    """
    view = _check_view(view)
    name = _check_label(name, "name")
    items = list(controls) if isinstance(controls, (list, tuple)) else [controls]
    if not items or not all(isinstance(c, widgets.ValueWidget) for c in items):
        raise TypeError(
            "controls에는 ipywidgets 컨트롤(예: widgets.FloatSlider()) 하나나 그 목록을 넣어야 "
            f"한다(받은 값: {_shown(controls)})."
        )
    if value is None:
        if len(items) != 1:
            raise TypeError(
                f"컨트롤이 {len(items)}개이면 value 함수로 update에 넘길 값을 정해야 한다."
            )
        (control,) = items

        def read():
            return control.value
    elif not callable(value):
        raise TypeError(f"value에는 함수나 None을 넣어야 한다(받은 값: {_shown(value)}).")
    else:
        read = value

    view.update(view.check_value(read()))
    view.render()
    image = widgets.Image(value=view.to_png(), format="png")

    def on_change(_change) -> None:
        view.update(read())
        view.render()
        image.value = view.to_png()

    for control in items:
        control.observe(on_change, names="value")

    class Explorer(widgets.VBox):
        # 기본 repr은 PNG 바이트를 통째로 적으므로 짧은 이름으로 바꾼다.
        def __repr__(self) -> str:
            return f"{name}(슬라이더와 그림)"

    return Explorer([*items, image])


korean_signature_errors(globals())
