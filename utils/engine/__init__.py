"""탐색기 엔진: 블리팅 뷰, 애니메이션, 위젯. 어느 장에도 속하지 않는다.

모든 탐색기는 한 가지 틀을 쓴다. 뷰(:class:`BlitView` 의 하위 클래스)는 ``__init__`` 에서
입력을 검사하고 데이터를 한 번 계산해 그림을 한 번 그리며, 바뀌는 아티스트를
:meth:`BlitView.freeze` 에 넘긴다. 슬라이더가 움직이면 ``update(value)`` 가 그 아티스트의
데이터만 바꾸고, :meth:`BlitView.render` 가 저장해 둔 배경 위에 그 아티스트만 다시
그린다(블리팅). 이 뷰를

- :func:`image_explorer` 는 ipywidgets 컨트롤에 이어 PNG 그림 위젯으로 보여 주고(커널이
  있을 때),
- :func:`animate_view` 는 미리 그린 프레임(16개 이하)의 자바스크립트 애니메이션으로
  만든다(커널이 없는 정적 사이트). 돌려주는 :class:`Animation` 은 노트북에서 재생기
  HTML과 함께 첫 프레임 PNG(스크립트가 돌지 않는 곳과 PDF용)와 짧은 글 설명을 낸다.

주제별 모듈의 공개 이름을 여기서 다시 내보내므로 ``from utils.engine import BlitView`` 처럼
가져온다.

- :mod:`utils.engine.view`: :class:`BlitView` 와 뷰의 그림 인자 검사(:func:`check_dpi`)
- :mod:`utils.engine.animation`: :func:`animate_view`, :class:`Animation`
- :mod:`utils.engine.explorer`: :func:`image_explorer`
"""

from utils.engine.animation import (
    MAX_FRAMES,
    Animation,
    animate_view,
    check_animation,
    check_frames,
)
from utils.engine.explorer import image_explorer
from utils.engine.view import BlitView, check_dpi
from utils.engine.view import _check_view_args as _check_view_args

__all__ = [
    "MAX_FRAMES",
    "BlitView",
    "Animation",
    "animate_view",
    "image_explorer",
    "check_frames",
    "check_dpi",
    "check_animation",
]
