"""커널 없는 탐색기: 뷰를 프레임마다 고쳐 그린 자바스크립트 애니메이션 :class:`Animation`.

정적 사이트에서도 재생되고, 스크립트가 돌지 않는 곳과 PDF에서는 첫 프레임 PNG가 보인다.
재생기는 matplotlib의 것을 한국어 단추와 책 테마의 아이콘으로 바꿔 쓴다.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import numbers
import re
import tempfile
from pathlib import Path

from matplotlib.animation import HTMLWriter

from utils._validation import _shown, check_int, check_real, korean_signature_errors
from utils.engine.view import _check_label, _check_view

__all__ = [
    "MAX_FRAMES",
    "Animation",
    "animate_view",
    "check_frames",
    "check_animation",
]


#: 애니메이션 한 편의 최대 프레임 수(쪽이 무거워지지 않게 한다).
MAX_FRAMES = 16


def check_frames(frames, name: str = "frames") -> list:
    """애니메이션 프레임 값들을 목록으로 만들고 개수(1~16개)를 확인한다.

    Parameters
    ----------
    frames : iterable
        프레임마다 ``view.update`` 에 넘길 값.
    name : str, optional
        오류 메시지에 쓸 인자 이름.

    Returns
    -------
    list
        프레임 값의 목록.

    Examples
    --------
    >>> check_frames(x for x in range(3))
    [0, 1, 2]
    >>> check_frames(range(17), "learning_rates")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: learning_rates의 값(애니메이션 프레임)은 1개 이상 16개 이하여야 한다...
    """
    if isinstance(frames, (str, bytes, dict, set, numbers.Number)) or not hasattr(
        frames, "__iter__"
    ):
        raise TypeError(
            f"{name}에는 프레임마다 보여 줄 값의 목록을 넣어야 한다(받은 값: {_shown(frames)})."
        )
    items = list(frames)
    if not 1 <= len(items) <= MAX_FRAMES:
        raise ValueError(
            f"{name}의 값(애니메이션 프레임)은 1개 이상 {MAX_FRAMES}개 이하여야 한다"
            f"(받은 개수: {len(items)}). 보여 줄 값을 줄여야 한다."
        )
    return items


#: matplotlib 재생기의 단추 이름(영어 → 한국어)과 아이콘(Font Awesome 4 → 6).
_PLAYER_WORDS = {
    "Decrease speed": "느리게", "First frame": "첫 프레임", "Previous frame": "이전 프레임",
    "Play backwards": "거꾸로 재생", "Pause": "멈춤", "Play": "재생", "Next frame": "다음 프레임",
    "Last frame": "마지막 프레임", "Increase speed": "빠르게", "Repetition mode": "반복 방식",
}


_PLAYER_LABELS = {">Once<": ">한 번<", ">Loop<": ">반복<", ">Reflect<": ">왕복<"}


_PLAYER_ICONS = {
    "fa fa-minus": "fa-solid fa-minus", "fa fa-fast-backward": "fa-solid fa-backward-fast",
    "fa fa-step-backward": "fa-solid fa-backward-step", "fa fa-play fa-flip-horizontal":
    "fa-solid fa-play fa-flip-horizontal", "fa fa-pause": "fa-solid fa-pause",
    "fa fa-play": "fa-solid fa-play", "fa fa-step-forward": "fa-solid fa-forward-step",
    "fa fa-fast-forward": "fa-solid fa-forward-fast", "fa fa-plus": "fa-solid fa-plus",
}


def _localise_player(html: str) -> str:
    """재생기를 책에 맞춘다: 한국어 단추 이름, 책 테마의 아이콘, 외부 CDN 없음.

    matplotlib의 HTML은 Font Awesome 4를 CDN에서 불러온다. 책의 테마에는 Font Awesome 6이
    들어 있으므로 그 링크를 지우고 아이콘 이름을 6의 이름으로 바꾼다.
    """
    html = re.sub(r'<link rel="stylesheet"\s+href="[^"]*font-awesome[^"]*">', "", html)
    for english, korean in _PLAYER_WORDS.items():
        html = html.replace(f'title="{english}" aria-label="{english}"',
                            f'title="{korean}" aria-label="{korean}"')
    for old, new in (*_PLAYER_LABELS.items(), *_PLAYER_ICONS.items()):
        html = html.replace(f'class="{old}"' if old.startswith("fa") else old,
                            f'class="{new}"' if new.startswith("fa") else new)
    return html


class Animation:
    r"""노트북에 보여 줄 애니메이션 한 편(:func:`animate_view` 가 만든다).

    셀의 마지막 값으로 두면 Jupyter가 :meth:`_repr_mimebundle_` 의 세 형태 가운데 보여 줄
    수 있는 것을 고른다.

    - ``text/html``: 재생기(한국어 단추, Font Awesome 6 아이콘). ``<img>`` 의 ``src`` 에 첫
      프레임이 들어 있어, 스크립트가 돌지 않는 곳(신뢰하지 않은 노트북)에서도 그림이 보인다.
    - ``image/png``: 첫 프레임(PDF 빌드처럼 HTML을 쓰지 않는 곳).
    - ``text/plain``: 짧은 한국어 설명.

    같은 프레임이면 같은 HTML이 나온다(id는 프레임 내용의 해시다).

    Parameters
    ----------
    html : str
        재생기 HTML(``<img>`` 가 있어야 한다).
    png : bytes
        첫 프레임 PNG.
    alt : str
        그림의 대체 텍스트(한국어, 비어 있지 않은 글).
    num_frames : int
        프레임 수(1 이상 16 이하).
    name : str, optional
        탐색기의 짧은 이름(글 설명에 쓴다).

    Attributes
    ----------
    html, png, alt, num_frames, name
        받은 값 그대로.

    Examples
    --------
    >>> anim = Animation('<img id="a">', b"\x89PNG...", "직선이 움직인다", 2, name="직선 탐색기")
    >>> anim
    직선 탐색기 애니메이션(프레임 2개)
    >>> sorted(anim._repr_mimebundle_())
    ['image/png', 'text/html', 'text/plain']
    """

    def __init__(self, html: str, png: bytes, alt: str, num_frames: int, name: str = "탐색기"):
        if not isinstance(html, str):
            raise TypeError(f"html에는 재생기 HTML 문자열을 넣어야 한다(받은 값: {_shown(html)}).")
        if "<img" not in html:
            raise ValueError(
                f"html에 그림(<img>)이 없다. animate_view가 만든 재생기 HTML을 넣어야 한다"
                f"(받은 값: {_shown(html)})."
            )
        if not isinstance(png, bytes):
            raise TypeError(f"png에는 PNG 바이트를 넣어야 한다(받은 값: {_shown(png)}).")
        if not png.startswith(b"\x89PNG"):
            raise ValueError(
                f"png가 PNG 파일이 아니다. PNG 바이트를 넣어야 한다(받은 값: {_shown(png)})."
            )
        self.html, self.png = html, png
        self.alt, self.name = _check_label(alt, "alt"), _check_label(name, "name")
        self.num_frames = check_int(num_frames, "num_frames", 1, MAX_FRAMES)

    def __repr__(self) -> str:
        return f"{self.name} 애니메이션(프레임 {self.num_frames}개)"

    def _repr_html_(self) -> str:
        return self.html

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        return {
            "text/html": self.html,
            "image/png": base64.b64encode(self.png).decode("ascii"),
            "text/plain": repr(self),
        }


def check_animation(interval, alt: str, name: str) -> tuple[float, str, str]:
    """애니메이션의 간격(50~10000 밀리초), 대체 텍스트, 이름을 검사한다.

    Parameters
    ----------
    interval : float
        프레임 사이 간격(밀리초).
    alt : str
        그림의 한국어 대체 텍스트(비어 있지 않은 글).
    name : str
        탐색기의 짧은 이름(비어 있지 않은 글).

    Returns
    -------
    tuple
        검사한 ``(interval, alt, name)``.

    Examples
    --------
    >>> check_animation(500, "직선이 움직인다", "직선 탐색기")
    (500.0, '직선이 움직인다', '직선 탐색기')
    """
    interval = check_real(interval, "interval", low=50.0, high=10_000.0, example="interval=1000")
    return interval, _check_label(alt, "alt"), _check_label(name, "name")


def animate_view(
    view, frames, interval: float = 1000, alt: str = "탐색기의 애니메이션", name: str = "탐색기"
) -> Animation:
    """뷰를 프레임마다 고쳐 그려 자바스크립트 애니메이션(:class:`Animation`)을 만든다.

    :meth:`matplotlib.animation.Animation.to_jshtml` 과 같은 재생기를 만들지만, 프레임마다
    그림 전체를 다시 그리지 않고 뷰의 블리팅과 색 수를 줄인 PNG를 써서 훨씬 빠르고 가볍다.

    Parameters
    ----------
    view : BlitView
        그릴 뷰(pyplot 밖의 그림).
    frames : iterable
        프레임마다 ``view.update`` 에 넘길 값(1~16개).
    interval : float, optional
        프레임 사이 간격(밀리초, 50 이상 10000 이하).
    alt : str, optional
        그림이 무엇을 보여 주는지 말하는 한국어 대체 텍스트. 화면 낭독기와 스크립트가
        돌지 않는 곳에서 쓰인다.
    name : str, optional
        탐색기의 짧은 이름(프레임 슬라이더의 이름과 글 설명에 쓴다).

    Returns
    -------
    Animation
        노트북 셀의 마지막 값으로 두면 재생기가 나타난다.

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
    >>> anim = animate_view(Slope(), [0.0, 0.5], interval=500, alt="기울기가 커지는 직선",
    ...                     name="기울기 탐색기")
    >>> anim
    기울기 탐색기 애니메이션(프레임 2개)
    >>> 'alt="기울기가 커지는 직선"' in anim.html and 'src="data:image/png' in anim.html
    True
    """
    view = _check_view(view)
    frames = check_frames(frames)
    interval, alt, name = check_animation(interval, alt, name)
    frames = [view.check_value(frame) for frame in frames]  # 그리기 전에 모든 프레임을 검사
    if not view.blitting:
        raise ValueError(
            "animate_view의 view에는 axes=None으로 만든 뷰(pyplot 밖의 그림)를 넣어야 한다. "
            "축을 주거나 pyplot=True로 만든 뷰는 애니메이션으로 만들 수 없다."
        )
    pngs = []

    class _ViewWriter(HTMLWriter):
        def grab_frame(self, **savefig_kwargs) -> None:
            view.render()
            png = view.to_png(quantize=True)
            pngs.append(png)
            self._saved_frames.append(base64.encodebytes(png).decode("ascii"))

    writer = _ViewWriter(fps=1000 / interval, embed_frames=True, default_mode="loop")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "animation.html"
        with writer.saving(view.fig, path, dpi=view.fig.dpi):
            for frame in frames:
                view.update(frame)
                writer.grab_frame()
        html = path.read_text(encoding="utf-8")
    # HTMLWriter는 실행마다 무작위 id를 붙인다. 프레임 내용의 해시로 바꿔 같은 그림이면
    # 같은 HTML이 나오게 한다(한 쪽에 다른 애니메이션이 여럿 있어도 id가 겹치지 않는다).
    random_id = re.search(r"_anim_img([0-9a-f]{32})", html).group(1)
    content_id = hashlib.md5(b"".join(pngs)).hexdigest()
    html = html.replace(random_id, content_id)
    first = base64.b64encode(pngs[0]).decode("ascii")
    alt_attr = html_lib.escape(alt, quote=True)
    html = html.replace(
        f'<img id="_anim_img{content_id}"',
        f'<img id="_anim_img{content_id}" src="data:image/png;base64,{first}" alt="{alt_attr}"', 1
    )
    html = html.replace(
        f'<input id="_anim_slider{content_id}"',
        f'<input id="_anim_slider{content_id}" aria-label="{html_lib.escape(name)} 프레임 선택"', 1
    )
    return Animation(_localise_player(html), pngs[0], alt, len(frames), name)


korean_signature_errors(globals())
