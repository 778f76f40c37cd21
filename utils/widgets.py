"""ipywidgets 탐색기. 각 탐색기는 테스트된 순수 그림 함수를 얇게 감싼다.

모든 탐색기는 맨 앞 "공통" 절의 한 가지 틀을 쓴다. 뷰(:class:`_BlitView` 의 하위
클래스)는 pyplot 밖의 그림을 한 번 만들어 배치를 고정하고, 슬라이더가 움직이면
``update(value)`` 로 바뀌는 아티스트의 데이터만 고친 뒤 ``render()`` 로 저장해 둔
배경 위에 그 아티스트만 다시 그린다(블리팅). 위젯은 ``to_png()`` 의 PNG를 그림 위젯에
바꿔 끼운다(:func:`_image_explorer`). 커널이 없는 정적 사이트에서는 위젯이 다시
계산하지 못하므로, 같은 뷰로 미리 그린 프레임을 matplotlib의 자바스크립트 애니메이션
HTML(:meth:`matplotlib.animation.Animation.to_jshtml` 과 같은 재생 단추)로 만든다
(:func:`_to_jshtml`).
"""

from __future__ import annotations

__all__: list[str] = []


# ---------------------------------------------------------------------------
# 공통: 탐색기의 틀(뷰, 위젯, 애니메이션)
# ---------------------------------------------------------------------------

#: 두 축짜리 탐색기 그림의 크기(인치).
_FIGSIZE = (9.0, 3.6)

#: 애니메이션 한 편의 최대 프레임 수(쪽이 무거워지지 않게 한다).
_MAX_FRAMES = 16


def _check_frames(frames) -> list:
    """애니메이션 프레임 값들을 목록으로 만들고 개수(1~16개)를 확인한다."""
    frames = list(frames)
    if not 1 <= len(frames) <= _MAX_FRAMES:
        raise ValueError(
            f"애니메이션 프레임은 1개 이상 {_MAX_FRAMES}개 이하여야 한다"
            f"(받은 개수: {len(frames)}). 보여 줄 값을 줄여야 한다."
        )
    return frames


def _detached_figure(dpi: int, ncols: int = 2, figsize: tuple[float, float] = _FIGSIZE):
    """pyplot에 등록하지 않은 그림과 축(``ncols`` 개)을 만든다.

    노트북의 인라인 백엔드는 셀이 끝날 때 pyplot의 그림을 모두 내보내므로, 위젯과
    애니메이션이 쓰는 그림은 pyplot 밖에서 만들어 정적 그림이 따로 찍히지 않게 한다.
    ``ncols=1`` 이면 축 하나를, 아니면 축 배열을 돌려준다.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig, fig.subplots(1, ncols)


def _view_figure(axes, dpi: int, ncols: int = 2, figsize: tuple[float, float] = _FIGSIZE):
    """뷰가 그릴 그림과 축, 블리팅 여부를 정한다.

    축을 받지 않으면 pyplot 밖의 새 그림(:func:`_detached_figure`)에 블리팅으로 그리고,
    받으면 그 축의 그림에 보통 그림으로 그린다(그림의 주인은 호출자다).
    """
    if axes is None:
        fig, axes = _detached_figure(dpi, ncols, figsize)
        return fig, axes, True
    first = axes if ncols == 1 else axes[0]
    return first.figure, axes, False


def _drawing_order(dynamic) -> tuple:
    """블리팅 때 다시 그릴 수 있는 아티스트를 전체 그리기와 같은 순서로 돌려준다.

    바뀌는 아티스트(``dynamic``)만 배경 위에 그리면, 같은 축에서 원래 그보다 뒤에(위에)
    그려지던 정적 아티스트(범례, 테두리, 나중에 그린 점과 선)가 그 밑에 깔린다. 그래서
    바뀌는 아티스트가 있는 축마다 축이 그리는 순서(zorder, 같으면 추가한 순서)로 늘어놓고,
    처음 나오는 바뀌는 아티스트부터 끝까지를 고른다. 그 가운데 정적인 것을 "덮개"라 한다.
    눈금과 격자(:class:`~matplotlib.axis.Axis`)는 다시 그리면 느리므로 빼고 배경에 둔다.
    """
    from matplotlib.axis import Axis

    dynamic = list(dynamic)
    chosen = {id(artist) for artist in dynamic}
    ordered, seen = [], []
    for artist in dynamic:
        ax = artist.axes
        if ax is None or any(ax is other for other in seen):
            continue
        seen.append(ax)
        children = [child for child in ax.get_children() if child is not ax.patch]
        children.sort(key=lambda child: child.get_zorder())  # Axes.draw와 같은 순서
        first = min(k for k, child in enumerate(children) if id(child) in chosen)
        ordered += [
            child
            for child in children[first:]
            if id(child) in chosen or (child.get_visible() and not isinstance(child, Axis))
        ]
    ordered += [artist for artist in dynamic if artist.axes is None]
    return tuple(ordered)


def _extent_or_figure(artist, renderer):
    """아티스트의 화면 상자. 알 수 없으면(일부 컬렉션은 빈 상자를 준다) 그림 전체."""
    import numpy as np

    box = artist.get_window_extent(renderer)
    x0, y0, x1, y1 = box.extents
    if not (np.isfinite(box.extents).all() and x0 <= x1 and y0 <= y1):
        return artist.figure.bbox
    return box


def _pixel_slices(box, height: int, width: int) -> tuple[slice, slice]:
    """화면 좌표(왼쪽 아래가 원점)의 상자를 RGBA 버퍼의 (행, 열) 조각으로 바꾼다."""
    import math

    x0, y0, x1, y1 = box.extents
    rows = slice(max(0, height - math.ceil(y1)), min(height, height - math.floor(y0)))
    cols = slice(max(0, math.floor(x0)), min(width, math.ceil(x1)))
    return rows, cols


class _BlitView:
    """탐색기 그림의 공통 부분: 바뀌는 아티스트만 다시 그린다(블리팅).

    하위 클래스는 ``self.fig`` 에 그림을 다 그린 뒤 :meth:`_finish` 에 바뀌는 아티스트
    목록을 넘기고, :meth:`update` 에서 그 아티스트들의 데이터(선의 좌표, 제목 글자,
    막대 높이)만 바꿔 목록으로 돌려준다. 그러면 :meth:`render` 는

    - 저장해 둔 배경(축, 눈금, 등고선처럼 바뀌지 않는 부분) 위에 바뀌는 아티스트만 그리고,
    - 그 위에 있어야 할 정적 아티스트(범례 같은 "덮개", :func:`_drawing_order`)는 바뀌는
      아티스트와 겹칠 때만 다시 그리고, 나머지는 저장해 둔 픽셀을 도로 붙인다. 그래서
      결과는 그림 전체를 그린 것과 픽셀까지 같다(격자가 바뀌는 아티스트보다 위에 있는
      경우만 빼고. 히스토그램 막대처럼 zorder가 격자보다 낮은 아티스트가 그렇다).
    - 배경이 바뀐 경우(어떤 축의 범위나 그림 크기가 바뀌었거나 하위 클래스가
      :meth:`_invalidate` 를 불렀을 때)에만 그림 전체를 한 번 다시 그려 배경을 새로 저장한다.

    호출자가 준 축에 그린 뷰(``_finish(..., blit=False)``)는 그림의 주인이 아니므로 배치를
    고정하거나 아티스트를 배경에서 빼지 않고, :meth:`render` 가 그림 전체를 그린다.
    그래서 순수 그림 함수(``plot_*``)가 뷰를 써도 보통 그림이 나온다.
    """

    fig = None
    _dynamic: tuple = ()
    _drawn: tuple = ()
    _blit = False
    _under = None  # 바뀌는 아티스트와 덮개를 뺀 배경(RGBA 배열)
    _full = None  # 바뀌는 아티스트만 뺀 배경(RGBA 배열)
    _covers = None  # 덮개 id -> 화면 상자(dict)
    _background_key = None

    def update(self, value) -> list:
        """값 하나로 그림을 고치고 바뀐 아티스트 목록을 돌려준다(하위 클래스가 정한다)."""
        raise NotImplementedError

    def _finish(self, dynamic, blit: bool = True) -> None:
        """그리기를 마친다: 바뀌는 아티스트를 정하고, ``blit`` 이면 배치를 고정한다."""
        self._dynamic = tuple(dynamic)
        self._blit = blit
        self._invalidate()
        if blit:
            # 한 번 배치(constrained layout)한 뒤 배치를 고정하고, 다시 그릴 아티스트는
            # 배경에서 뺀다(animated). 배경은 첫 render 때 그려 저장한다.
            self.fig.canvas.draw()
            self.fig.set_layout_engine("none")
            self._drawn = _drawing_order(self._dynamic)
            for artist in self._drawn:
                artist.set_animated(True)

    def _invalidate(self) -> None:
        """다음 :meth:`render` 가 배경까지 그림 전체를 다시 그리게 한다."""
        self._under = None

    def _current_key(self) -> tuple:
        # 배경을 바꾸는 흔한 경우(축 범위, 그림 크기)를 알아채기 위한 값.
        limits = tuple((*ax.get_xlim(), *ax.get_ylim()) for ax in self.fig.axes)
        return (tuple(self.fig.bbox.bounds), limits)

    def _save_background(self) -> None:
        """그림 전체를 그려 배경 두 장(덮개 없는 것, 있는 것)과 덮개의 상자를 저장한다."""
        import numpy as np

        canvas = self.fig.canvas
        canvas.draw()  # animated 아티스트(바뀌는 것과 덮개)는 빠진다.
        self._under = np.array(canvas.buffer_rgba())
        renderer = canvas.get_renderer()
        dynamic = {id(artist) for artist in self._dynamic}
        covers = [artist for artist in self._drawn if id(artist) not in dynamic]
        for artist in covers:
            self.fig.draw_artist(artist)
        self._full = np.array(canvas.buffer_rgba())
        pad = 2.0  # 안티에일리어싱 픽셀까지 덮는다.
        self._covers = {id(a): _extent_or_figure(a, renderer).padded(pad) for a in covers}

    def _footprints(self, renderer) -> tuple:
        """바뀌는 아티스트가 차지하는 화면 상자((n, 4) 배열)와 선의 (행, 화면 경로, 여유)."""
        import numpy as np
        from matplotlib.lines import Line2D
        from matplotlib.patches import Rectangle
        from matplotlib.transforms import Bbox

        boxes, lines, bars = [], [], {}
        for artist in self._dynamic:
            if not artist.get_visible():
                continue
            if isinstance(artist, Rectangle) and artist.get_angle() == 0:
                # 막대는 모아서 네 귀퉁이만 한 번에 바꾼다(get_window_extent보다 훨씬 빠르다).
                transform = artist.get_data_transform()
                corners = bars.setdefault(id(transform), (transform, []))[1]
                corners.append(artist.get_bbox().get_points())
                continue
            box = _extent_or_figure(artist, renderer)
            clip = artist.get_clip_box() if artist.get_clip_on() else None
            if clip is not None:
                box = Bbox.intersection(box, clip)
            if box is None:
                continue
            pad = 2.0  # 안티에일리어싱 픽셀까지
            if isinstance(artist, Line2D):
                # 선은 상자 대신 실제 경로로 겹침을 본다(선 굵기와 표식 크기만큼 여유).
                size = max(artist.get_linewidth(), artist.get_markersize())
                pad += size * self.fig.dpi / 72
                path = artist.get_transform().transform_path(artist.get_path())
                lines.append((len(boxes), path, pad))
            boxes.append(box.padded(pad).extents)
        for transform, corners in bars.values():
            points = transform.transform(np.concatenate(corners)).reshape(-1, 2, 2)
            low, high = points.min(axis=1) - 2.0, points.max(axis=1) + 2.0
            boxes += list(np.hstack([low, high]))
        return np.array(boxes).reshape(-1, 4), lines

    @staticmethod
    def _overlaps(cover, footprints) -> bool:
        """덮개의 상자가 바뀌는 아티스트 가운데 하나라도 닿는지 본다."""
        boxes, lines = footprints
        x0, y0, x1, y1 = cover.extents
        hit = (boxes[:, 0] <= x1) & (x0 <= boxes[:, 2]) & (boxes[:, 1] <= y1) & (y0 <= boxes[:, 3])
        for row, path, pad in lines:
            if hit[row]:
                hit[row] = path.intersects_bbox(cover.padded(pad))
        return bool(hit.any())

    def render(self) -> None:
        """지금 상태를 캔버스 버퍼에 그린다(보통은 바뀐 아티스트만)."""
        import numpy as np

        canvas = self.fig.canvas
        if not self._blit:
            canvas.draw()
            return
        key = self._current_key()
        if self._under is None or key != self._background_key:
            self._save_background()
            self._background_key = key
        buffer = np.asarray(canvas.buffer_rgba())
        np.copyto(buffer, self._under)
        footprints = self._footprints(canvas.get_renderer())
        stamps = []
        for artist in self._drawn:
            cover = self._covers.get(id(artist))
            if cover is None or self._overlaps(cover, footprints):
                self.fig.draw_artist(artist)
            else:
                stamps.append(cover)
        # 바뀐 아티스트와 겹치지 않는 덮개는 다시 그리지 않고 저장한 픽셀을 붙인다.
        height, width = buffer.shape[:2]
        for cover in stamps:
            rows, cols = _pixel_slices(cover, height, width)
            buffer[rows, cols] = self._full[rows, cols]

    def to_png(self, quantize: bool = False) -> bytes:
        """지금 캔버스 버퍼를 PNG 바이트로 돌려준다(:meth:`render` 다음에 부른다).

        ``quantize=True`` 이면 색을 128개로 줄여 파일을 서너 배 작게 만든다(애니메이션용).
        """
        import io

        from PIL import Image

        canvas = self.fig.canvas
        width, height = canvas.get_width_height(physical=True)
        rgba = canvas.buffer_rgba()
        image = Image.frombuffer("RGBA", (width, height), rgba, "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        if quantize:
            image.convert("RGB").quantize(128).save(buffer, format="png", optimize=True)
        else:
            image.save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


def _to_jshtml(view, frames, interval: int, name: str) -> str:
    """뷰를 프레임마다 고쳐 그려 matplotlib의 자바스크립트 애니메이션 HTML을 만든다.

    ``name`` 은 탐색기의 이름이다. 프레임 그림의 대체 텍스트(alt)가 되어, 화면 낭독기
    사용자도 이 그림이 무엇인지 안다.

    :meth:`matplotlib.animation.Animation.to_jshtml` 과 같은 HTML(같은 재생 단추)을
    만들지만, 프레임마다 그림 전체를 다시 그리지 않고 뷰의 블리팅과 색 수를 줄인 PNG를
    써서 훨씬 빠르고 가볍다. 실행마다 바뀌는 무작위 id 대신 프레임 내용의 해시를 써서
    같은 그림이면 같은 HTML이 나온다.
    """
    import base64
    import hashlib
    import re
    import tempfile
    from pathlib import Path

    from matplotlib.animation import HTMLWriter

    frames = _check_frames(frames)

    class _ViewWriter(HTMLWriter):
        def grab_frame(self, **savefig_kwargs) -> None:
            view.render()
            png = view.to_png(quantize=True)
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
    content_id = hashlib.md5("".join(writer._saved_frames).encode("ascii")).hexdigest()
    html = html.replace(random_id, content_id)
    alt = f"{name}: 슬라이더 값을 차례로 바꾼 {len(frames)}개 프레임의 애니메이션"
    html = html.replace(f'<img id="_anim_img{content_id}"',
                        f'<img id="_anim_img{content_id}" alt="{alt}"', 1)
    html = html.replace(f'<input id="_anim_slider{content_id}"',
                        f'<input id="_anim_slider{content_id}" aria-label="{name} 프레임 선택"', 1)
    return _localise_player(html)


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
    import re

    html = re.sub(r'<link rel="stylesheet"\s+href="[^"]*font-awesome[^"]*">', "", html)
    for english, korean in _PLAYER_WORDS.items():
        html = html.replace(f'title="{english}" aria-label="{english}"',
                            f'title="{korean}" aria-label="{korean}"')
    for old, new in (*_PLAYER_LABELS.items(), *_PLAYER_ICONS.items()):
        html = html.replace(f'class="{old}"' if old.startswith("fa") else old,
                            f'class="{new}"' if new.startswith("fa") else new)
    return html


def _image_explorer(view, controls, name: str, value=None):
    """컨트롤이 움직이면 ``view.update`` 와 ``view.render`` 뒤 PNG를 바꿔 끼우는 위젯 상자.

    Parameters
    ----------
    view : _BlitView
        보여 줄 뷰.
    controls : ipywidgets.Widget or sequence of ipywidgets.Widget
        슬라이더(여럿이면 위에서부터 차례로 놓인다).
    name : str
        상자의 짧은 repr에 쓰는 이름(예: ``"학습률 탐색기"``).
    value : callable or None, optional
        컨트롤들의 값으로 ``view.update`` 에 넘길 값을 만드는 함수. ``None`` 이면 컨트롤
        하나의 ``value``.

    Returns
    -------
    ipywidgets.VBox
        컨트롤들과 그림 위젯.
    """
    import ipywidgets as widgets

    controls = [controls] if isinstance(controls, widgets.Widget) else list(controls)
    if value is None:
        if len(controls) != 1:
            raise TypeError(
                f"컨트롤이 {len(controls)}개이면 value 함수로 update에 넘길 값을 정해야 한다."
            )
        (control,) = controls

        def read():
            return control.value
    else:
        read = value

    view.update(read())
    view.render()
    image = widgets.Image(value=view.to_png(), format="png")

    def on_change(_change) -> None:
        view.update(read())
        view.render()
        image.value = view.to_png()

    for control in controls:
        control.observe(on_change, names="value")

    class Explorer(widgets.VBox):
        # 기본 repr은 PNG 바이트를 통째로 적으므로 짧은 이름으로 바꾼다.
        def __repr__(self) -> str:
            return f"{name}(슬라이더와 그림)"

    return Explorer([*controls, image])


# ---------------------------------------------------------------------------
# 1장: 손실 줄이기
# ---------------------------------------------------------------------------

__all__ += [
    "LEARNING_RATES",
    "BATCH_SIZES",
    "LearningRateView",
    "plot_learning_rate",
    "explore_learning_rate",
    "animate_learning_rate",
    "BatchSizeView",
    "plot_batch_size",
    "explore_batch_size",
    "animate_batch_size",
    "FitView",
    "explore_fit",
    "animate_fit",
]

#: 학습률 탐색기의 기본 학습률들(곡률 4인 그릇: 1/f'' = 0.25, 2/f'' = 0.5).
LEARNING_RATES = (0.01, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.52, 0.55)

#: 배치 크기 탐색기의 기본 배치 크기들.
BATCH_SIZES = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)

#: 직선 탐색기 그림의 크기(인치).
_FIT_FIGSIZE = (6.4, 4.0)


class LearningRateView(_BlitView):
    r"""학습률 탐색기의 그림: 1차원 이차 함수 :math:`f(w) = \tfrac{c}{2}w^2` 를 내려가는 걸음.

    왼쪽 축에는 그릇(손실 곡선)과 걸음을, 오른쪽 축에는 단계별 손실을 로그 눈금으로
    그린다. 그림은 한 번만 만들고 :meth:`update` 가 선의 데이터와 제목만 바꾼다(슬라이더를
    움직일 때마다 부르는 순수한 갱신 함수). :meth:`render` 는 바뀐 선과 제목만 다시
    그린다(블리팅). 그림에서는 거리가 처음의 10배(손실이 100배)를 넘으면 발산으로 보고
    멈춘다.

    Parameters
    ----------
    curvature : float, optional
        그릇의 곡률 :math:`f''`.
    w0 : float, optional
        시작점.
    num_steps : int, optional
        최대 단계 수.
    tol : float, optional
        수렴 기준(최솟값까지의 거리).
    axes : sequence of two Axes, optional
        그릴 두 축. 주면 그 그림에 보통 그림으로 그리고(블리팅 없음), 없으면 pyplot 밖의
        새 그림을 만든다.
    dpi : int, optional
        새 그림의 해상도.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = LearningRateView()
    >>> _ = view.update(0.1)
    >>> len(view.path.get_xdata())  # 시작점 + 11걸음
    12
    >>> view.axes[0].get_title()
    '학습률 0.1: 11단계 만에 수렴'
    >>> view.render()
    >>> view.to_png()[:4]
    b'\x89PNG'
    """

    def __init__(
        self,
        curvature: float = 4.0,
        w0: float = 1.0,
        num_steps: int = 20,
        tol: float = 0.005,
        axes=None,
        dpi: int = 100,
    ):
        import numpy as np

        from utils.plotting import _ch1_log_yaxis, plot_loss_bowl

        self.curvature, self.w0, self.num_steps, self.tol = curvature, w0, num_steps, tol
        self.fig, self.axes, blit = _view_figure(axes, dpi)
        self.span = 2.2 * abs(w0)
        grid = np.linspace(-self.span, self.span, 201)
        ax0, ax1 = self.axes
        plot_loss_bowl(grid, 0.5 * curvature * grid**2, ax=ax0, curve_label=None)
        (self.path,) = ax0.plot([], [], "o-", color="C1", lw=1.2, ms=4)
        ax0.set_ylim(-0.05 * curvature * self.span**2, 0.55 * curvature * self.span**2)
        (self.loss_line,) = ax1.plot([], [], ".-", color="C1")
        _ch1_log_yaxis(ax1)
        ax1.set_ylim(1e-8, 1e7)
        ax1.set_xlim(-0.5, num_steps + 0.5)
        ax1.set_xlabel("단계")
        ax1.set_ylabel("손실")
        ax0.set_title(" ")  # 제목 자리를 배치에 넣어 둔다.
        ax1.set_title(" ")
        self._finish([self.path, self.loss_line, ax0.title, ax1.title], blit)

    def update(self, learning_rate: float) -> list:
        """학습률 하나로 경사하강법을 다시 돌리고 선과 제목을 바꾼다."""
        import numpy as np

        from utils.optim import minimize_quadratic

        h = minimize_quadratic(
            self.curvature, learning_rate, w0=self.w0, num_steps=self.num_steps, tol=self.tol,
            divergence_factor=100.0,
        )
        w = np.clip(h.w[:, 0], -self.span, self.span)
        self.path.set_data(w, 0.5 * self.curvature * w**2)
        self.loss_line.set_data(np.arange(h.loss.shape[0]), np.maximum(h.loss, 1e-12))
        factor = abs(1 - learning_rate * self.curvature)
        if h.converged:
            result = f"{h.steps_to_converge}단계 만에 수렴"
        elif h.diverged:
            result = f"{h.diverged_at}단계에서 발산"
        elif factor > 1:
            result = "점점 멀어짐(발산)"
        elif factor == 1:
            result = "두 점 사이를 영원히 오감"
        else:
            result = f"{self.num_steps}단계 안에 수렴하지 못함"
        self.axes[0].set_title(f"학습률 {learning_rate:g}: {result}")
        self.axes[1].set_title(f"한 걸음마다 거리 × {factor:.2f}")
        return [self.path, self.loss_line, self.axes[0].title, self.axes[1].title]


def plot_learning_rate(
    learning_rate: float,
    curvature: float = 4.0,
    w0: float = 1.0,
    num_steps: int = 20,
    tol: float = 0.005,
    axes=None,
):
    """학습률 하나에 대한 :class:`LearningRateView` 그림을 그리고 두 축을 돌려준다.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> axes = plot_learning_rate(1.0)
    >>> axes[0].get_title()
    '학습률 1: 3단계에서 발산'
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt

    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=_FIGSIZE)
    view = LearningRateView(curvature, w0, num_steps, tol, axes=axes)
    view.update(learning_rate)
    return view.axes


def explore_learning_rate(curvature: float = 4.0, w0: float = 1.0, num_steps: int = 20):
    """학습률 슬라이더로 :class:`LearningRateView` 를 다시 그리는 위젯(커널이 있어야 움직인다).

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> box = explore_learning_rate()
    >>> box
    학습률 탐색기(슬라이더와 그림)
    >>> box.children[0].value
    0.1
    """
    import ipywidgets as widgets

    view = LearningRateView(curvature, w0, num_steps)
    slider = widgets.SelectionSlider(options=list(LEARNING_RATES), value=0.1, description="학습률")
    return _image_explorer(view, slider, "학습률 탐색기")


def animate_learning_rate(
    learning_rates=LEARNING_RATES,
    curvature: float = 4.0,
    w0: float = 1.0,
    num_steps: int = 20,
    dpi: int = 72,
    interval: int = 1200,
) -> str:
    """학습률 탐색기의 커널 없는 형태: 학습률을 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    learning_rates : sequence of float, optional
        프레임마다의 학습률(16개 이하).
    curvature, w0, num_steps : optional
        :class:`LearningRateView` 와 같다.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML.
    """
    learning_rates = _check_frames(learning_rates)
    view = LearningRateView(curvature, w0, num_steps, dpi=dpi)
    return _to_jshtml(view, learning_rates, interval, "학습률 탐색기")


class BatchSizeView(_BlitView):
    """배치 크기 탐색기의 그림: 미니 배치 SGD의 경로와 손실 곡선.

    왼쪽 축에는 (w, b) 손실 등고선 위의 경로(별표가 최소 제곱 해)를, 오른쪽 축에는 처리한
    예의 개수에 따른 전체 데이터 손실이 최솟값보다 얼마나 큰지를 로그 눈금으로 그린다.
    에포크 수가 같으면 배치 크기와 상관없이 처리한 예의 개수가 같으므로, 배치 크기가
    잡음과 도달한 손실을 어떻게 바꾸는지 바로 비교된다.
    등고선은 한 번만 그리고 :meth:`update` 는 선의 데이터와 제목만 바꾼다. :meth:`render`
    는 등고선을 다시 그리지 않고 바뀐 선과 제목만 그린다(블리팅).

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    learning_rate : float, optional
        학습률(모든 배치 크기에 같게 쓴다).
    num_epochs : int, optional
        에포크 수.
    seed : int, optional
        예를 섞는 시드.
    axes : sequence of two Axes, optional
        그릴 두 축. 주면 그 그림에 보통 그림으로 그리고(블리팅 없음), 없으면 pyplot 밖의
        새 그림을 만든다.
    dpi : int, optional
        새 그림의 해상도.
    max_points : int, optional
        경로를 그릴 때 쓰는 최대 점 개수(많으면 고르게 솎는다).

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> from utils.datasets import make_linear_data
    >>> X, y = make_linear_data(n=200, seed=0)
    >>> view = BatchSizeView(X, y, learning_rate=0.1)
    >>> _ = view.update(20)
    >>> len(view.loss_line.get_xdata())  # 시작점 + 10단계
    11
    """

    def __init__(
        self,
        X,
        y,
        learning_rate: float = 0.02,
        num_epochs: int = 1,
        seed: int = 0,
        axes=None,
        dpi: int = 100,
        max_points: int = 2000,
    ):
        import numpy as np

        from utils._validation import check_xy
        from utils.losses import mse_grid
        from utils.optim import least_squares
        from utils.plotting import _ch1_log_yaxis, plot_loss_contour

        X, y = check_xy(X, y)
        self.X, self.y = X[:, 0], y
        self.n = X.shape[0]
        self.learning_rate, self.num_epochs, self.seed = learning_rate, num_epochs, seed
        self.max_points = max_points
        self.fig, self.axes, blit = _view_figure(axes, dpi)
        w_star, b_star = least_squares(self.X, y)
        w_star = float(w_star[0])
        pad_w, pad_b = 0.35 * max(abs(w_star), 1.0), 0.35 * max(abs(b_star), 1.0)
        ws = np.linspace(min(0.0, w_star) - pad_w, max(0.0, w_star) + pad_w, 60)
        bs = np.linspace(min(0.0, b_star) - pad_b, max(0.0, b_star) + pad_b, 60)
        ax0, ax1 = self.axes
        plot_loss_contour(ws, bs, mse_grid(self.X, y, ws, bs), ax=ax0)
        (self.path,) = ax0.plot([], [], "-", color="C3", lw=1.2)
        ax0.plot([0.0], [0.0], "s", color="C3", ms=6)
        ax0.plot([w_star], [b_star], "*", color="k", ms=10)
        (self.loss_line,) = ax1.plot([], [], color="C1", lw=1)
        r = y - (w_star * self.X + b_star)
        self.loss_star = float(r @ r) / self.n
        _ch1_log_yaxis(ax1)
        ax1.set_ylim(1e-7, 10 * (float(np.mean(y**2)) - self.loss_star))
        ax1.set_xlim(0, self.n * num_epochs)
        ax1.set_xlabel("처리한 예의 개수")
        ax1.set_ylabel("손실 − 최솟값")
        ax0.set_title(" ")  # 제목 자리를 배치에 넣어 둔다.
        ax1.set_title(" ")
        self._finish([self.path, self.loss_line, ax0.title, ax1.title], blit)

    def update(self, batch_size: int) -> list:
        """배치 크기 하나로 미니 배치 SGD를 다시 돌리고 선과 제목을 바꾼다."""
        import numpy as np

        from utils.optim import minibatch_sgd

        h = minibatch_sgd(
            self.X, self.y, self.learning_rate, batch_size=batch_size,
            num_epochs=self.num_epochs, seed=self.seed,
        )
        count = min(self.max_points, h.num_steps + 1)
        keep = np.unique(np.linspace(0, h.num_steps, count).astype(int))
        self.path.set_data(h.w[keep, 0], h.b[keep])
        self.path.set_marker("." if keep.shape[0] <= 60 else "")
        excess = np.maximum(h.loss[keep] - self.loss_star, 1e-12)
        self.loss_line.set_data(h.examples_seen[keep], excess)
        self.axes[0].set_title(f"배치 크기 {batch_size:,}: {h.num_steps:,}단계")
        gap = h.final_loss - self.loss_star
        self.axes[1].set_title(f"마지막 손실 {h.final_loss:.4f} (최솟값 + {gap:.4f})")
        return [self.path, self.loss_line, self.axes[0].title, self.axes[1].title]


def plot_batch_size(
    X,
    y,
    batch_size: int,
    learning_rate: float = 0.02,
    num_epochs: int = 1,
    seed: int = 0,
    axes=None,
):
    """배치 크기 하나에 대한 :class:`BatchSizeView` 그림을 그리고 두 축을 돌려준다.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> from utils import setup_book
    >>> setup_book()
    >>> from utils.datasets import make_linear_data
    >>> X, y = make_linear_data(n=200, seed=0)
    >>> axes = plot_batch_size(X, y, batch_size=200, learning_rate=0.1)
    >>> axes[0].get_title()
    '배치 크기 200: 1단계'
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt

    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=_FIGSIZE)
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed, axes=axes)
    view.update(batch_size)
    return view.axes


def explore_batch_size(X, y, learning_rate: float = 0.02, num_epochs: int = 1, seed: int = 0):
    """배치 크기 슬라이더로 :class:`BatchSizeView` 를 다시 그리는 위젯(커널이 있어야 움직인다).

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> from utils.datasets import make_linear_data
    >>> setup_book()
    >>> X, y = make_linear_data(n=300, seed=0)
    >>> box = explore_batch_size(X, y)
    >>> box.children[0].options[-1]
    200
    """
    import ipywidgets as widgets

    view = BatchSizeView(X, y, learning_rate, num_epochs, seed)
    options = [b for b in BATCH_SIZES if b <= view.n]
    slider = widgets.SelectionSlider(
        options=options, value=options[min(3, len(options) - 1)], description="배치 크기"
    )
    return _image_explorer(view, slider, "배치 크기 탐색기")


def animate_batch_size(
    X,
    y,
    batch_sizes=(1, 10, 100, 1000, 10000),
    learning_rate: float = 0.02,
    num_epochs: int = 1,
    seed: int = 0,
    dpi: int = 72,
    interval: int = 1500,
) -> str:
    """배치 크기 탐색기의 커널 없는 형태: 배치 크기를 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    batch_sizes : sequence of int, optional
        프레임마다의 배치 크기(16개 이하, 각각 n 이하).
    learning_rate, num_epochs, seed : optional
        :class:`BatchSizeView` 와 같다.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML.
    """
    batch_sizes = _check_frames(batch_sizes)
    view = BatchSizeView(X, y, learning_rate, num_epochs, seed, dpi=dpi)
    return _to_jshtml(view, batch_sizes, interval, "배치 크기 탐색기")


class FitView(_BlitView):
    """직선 탐색기의 그림: 데이터와 직선 :math:`y' = b + wx`, 제목에 그 직선의 MSE.

    점과 축은 한 번만 그리고 :meth:`update` 는 직선과 제목만 바꾼다. :meth:`render` 는
    그 둘만 다시 그린다(블리팅).

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성(하나)과 라벨.
    xlabel, ylabel : str, optional
        축 이름.
    ax : matplotlib.axes.Axes, optional
        그릴 축. 주면 그 그림에 보통 그림으로 그리고(블리팅 없음), 없으면 pyplot 밖의
        새 그림을 만든다.
    dpi : int, optional
        새 그림의 해상도.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = FitView([0.0, 1.0, 2.0], [1.0, 3.0, 5.0])
    >>> _ = view.update((2.0, 1.0))
    >>> view.ax.get_title()
    'w = 2, b = 1 → MSE = 0'
    """

    def __init__(
        self, X, y, xlabel: str = "특성 x", ylabel: str = "라벨 y", ax=None, dpi: int = 100
    ):
        import numpy as np

        from utils._validation import check_xy

        X, y = check_xy(X, y)
        self.X, self.y = X[:, 0], y
        self.fig, self.ax, blit = _view_figure(ax, dpi, ncols=1, figsize=_FIT_FIGSIZE)
        self.axes = [self.ax]
        self.ax.scatter(self.X, y, s=14, alpha=0.7, label="데이터")
        self.ends = np.array([self.X.min(), self.X.max()])
        (self.line,) = self.ax.plot([], [], color="C1", label="모델 y' = b + wx")
        pad = 0.15 * (y.max() - y.min() + 1e-12)
        self.ax.set_ylim(y.min() - 3 * pad, y.max() + 3 * pad)
        self.ax.set_xlabel(xlabel)
        self.ax.set_ylabel(ylabel)
        self.ax.legend(loc="upper left")
        self.ax.set_title(" ")  # 제목 자리를 배치에 넣어 둔다.
        self._finish([self.line, self.ax.title], blit)

    def update(self, params) -> list:
        """``params = (w, b)`` 의 직선을 그리고 제목에 MSE를 적는다."""
        from utils.losses import mse

        w, b = (float(v) for v in params)
        self.line.set_data(self.ends, b + w * self.ends)
        loss = mse(self.y, b + w * self.X)
        self.ax.set_title(f"w = {w:.4g}, b = {b:.4g} → MSE = {loss:.4g}")
        return [self.line, self.ax.title]


def explore_fit(
    X,
    y,
    w_range: tuple[float, float] = (-0.1, 0.4),
    b_range: tuple[float, float] = (-10.0, 20.0),
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
):
    """w와 b 슬라이더로 직선과 MSE를 바꿔 보는 위젯(커널이 있어야 움직인다).

    Returns
    -------
    ipywidgets.VBox
        두 슬라이더와 그림. ``display(...)`` 로 보여 준다.

    Examples
    --------
    >>> from utils import setup_book
    >>> setup_book()
    >>> box = explore_fit([60.0, 200.0], [13.0, 33.0])
    >>> [s.description for s in box.children[:2]]
    ['가중치 w', '편향 b']
    """
    import ipywidgets as widgets

    view = FitView(X, y, xlabel, ylabel)
    w_slider = widgets.FloatSlider(
        value=0.0, min=w_range[0], max=w_range[1], step=(w_range[1] - w_range[0]) / 100,
        description="가중치 w", readout_format=".3f",
    )
    b_slider = widgets.FloatSlider(
        value=0.0, min=b_range[0], max=b_range[1], step=(b_range[1] - b_range[0]) / 100,
        description="편향 b",
    )

    def params() -> tuple[float, float]:
        return (w_slider.value, b_slider.value)

    return _image_explorer(view, [w_slider, b_slider], "직선 탐색기", params)


def animate_fit(
    X,
    y,
    params,
    xlabel: str = "특성 x",
    ylabel: str = "라벨 y",
    dpi: int = 72,
    interval: int = 700,
) -> str:
    """직선 탐색기의 커널 없는 형태: (w, b) 를 차례로 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    X, y : array_like, shape (n,)
        특성과 라벨.
    params : sequence of (float, float)
        프레임마다의 ``(w, b)`` (16개 이하). 예: 경사하강법의 몇몇 단계.
    xlabel, ylabel : str, optional
        축 이름.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML.
    """
    params = _check_frames(tuple(p) for p in params)
    view = FitView(X, y, xlabel, ylabel, dpi=dpi)
    return _to_jshtml(view, params, interval, "직선 탐색기")


# ---------------------------------------------------------------------------
# 3장: 일반화
# ---------------------------------------------------------------------------

__all__ += [
    "TEST_SIZES",
    "plot_complexity",
    "ComplexityView",
    "explore_complexity",
    "animate_complexity",
    "plot_test_size",
    "TestSizeView",
    "explore_test_size",
    "animate_test_size",
]

#: 테스트 세트 크기 탐색기의 기본 크기들.
TEST_SIZES = (5, 10, 20, 50, 100, 200, 500, 1000)


def plot_complexity(
    degree: int,
    X_train,
    y_train,
    X_test,
    y_test,
    max_degree: int = 15,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    axes=None,
):
    """모델 복잡도 탐색기의 한 화면: 차수 ``degree`` 의 적합과 차수별 손실을 그린다.

    왼쪽 축에는 차수 ``degree`` 다항식의 예측 곡선과 학습·테스트 점을, 오른쪽 축에는
    차수 0부터 ``max_degree`` 까지의 학습 손실과 테스트 손실(로그 눈금)을 그리고 지금
    차수를 점선으로 표시한다.

    Parameters
    ----------
    degree : int
        보여 줄 차수(0 이상 ``max_degree`` 이하).
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트(특성 하나).
    max_degree : int, optional
        오른쪽 손실 곡선의 최고 차수.
    domain : tuple of float, optional
        입력 구간(그림의 x 범위이자 다항식 기저의 구간).
    true_function : callable or None, optional
        참 함수. 주면 왼쪽 축에 점선으로 그린다.
    axes : sequence of two Axes or None, optional
        그릴 두 축. ``None`` 이면 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes
        그린 두 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> X = np.linspace(0, 1, 12)
    >>> axes = plot_complexity(2, X, X**2, X[::2], X[::2] ** 2, max_degree=4)
    >>> len(axes[1].lines[0].get_xdata())
    5
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt
    import numpy as np

    from utils._validation import check_int
    from utils.evaluation import PolynomialRegression, polynomial_losses
    from utils.plotting import plot_loss_vs_degree, plot_polynomial_fit

    max_degree = check_int(max_degree, "max_degree", 0)
    degree = check_int(degree, "degree", 0, max_degree)
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=_FIGSIZE)
    degrees = np.arange(max_degree + 1)
    train_losses, test_losses = polynomial_losses(
        X_train, y_train, X_test, y_test, degrees, domain=domain
    )
    model = PolynomialRegression(degree, domain=domain).fit(X_train, y_train)
    plot_polynomial_fit(
        model,
        X_train,
        y_train,
        X_test,
        y_test,
        true_function=true_function,
        x_range=domain,
        ax=axes[0],
    )
    axes[0].set_title(_complexity_title(degree, train_losses, test_losses), fontsize="medium")
    plot_loss_vs_degree(degrees, train_losses, test_losses, highlight=degree, ax=axes[1])
    return np.asarray(axes)


def _complexity_title(degree: int, train_losses, test_losses) -> str:
    return (
        f"{degree}차 다항식: 학습 MSE {train_losses[degree]:.3f}, "
        f"테스트 MSE {test_losses[degree]:.3g}"
    )


class ComplexityView(_BlitView):
    """모델 복잡도 탐색기의 그림을 한 번 만들고, 차수가 바뀌면 바뀐 부분만 고친다.

    처음에 :func:`plot_complexity` 로 그린 뒤 배치를 고정하고, :meth:`update` 는 예측
    곡선, 점선 위치, 제목만 바꾼다. 모든 차수의 모델은 처음에 한 번 학습해 둔다.
    위젯(:func:`explore_complexity`)과 애니메이션(:func:`animate_complexity`)이 함께 쓴다.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트.
    max_degree : int, optional
        고를 수 있는 최고 차수.
    domain, true_function : optional
        :func:`plot_complexity` 와 같다.
    degree : int, optional
        처음 보여 줄 차수.
    dpi : int, optional
        그림 해상도.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> X = np.linspace(0, 1, 12)
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = ComplexityView(X, X**2, X, X**2, max_degree=3, degree=0)
    >>> _ = view.update(2)
    >>> view.axes[0].get_title().split(":")[0]
    '2차 다항식'
    """

    def __init__(
        self,
        X_train,
        y_train,
        X_test,
        y_test,
        max_degree: int = 15,
        domain: tuple[float, float] = (0.0, 1.0),
        true_function=None,
        degree: int = 3,
        dpi: int = 72,
    ):
        import numpy as np

        from utils.evaluation import PolynomialRegression, polynomial_losses

        self.fig, axes = _detached_figure(dpi)
        self.axes = plot_complexity(
            degree, X_train, y_train, X_test, y_test, max_degree, domain, true_function, axes
        )
        self.train_losses, self.test_losses = polynomial_losses(
            X_train, y_train, X_test, y_test, range(max_degree + 1), domain=domain
        )
        fit_line = self.axes[0].lines[-1]
        grid = fit_line.get_xdata()
        self._curves = np.stack(
            [
                PolynomialRegression(d, domain=domain).fit(X_train, y_train).predict(grid)
                for d in range(max_degree + 1)
            ]
        )
        self._fit_line = fit_line
        self._marker = self.axes[1].lines[2]  # plot_loss_vs_degree의 세로 점선
        self.max_degree = max_degree
        self._finish([self._fit_line, self._marker, self.axes[0].title])

    def update(self, degree: int) -> list:
        """차수 ``degree`` 로 그림을 고치고 바뀐 아티스트 목록을 돌려준다."""
        from utils._validation import check_int

        degree = check_int(degree, "degree", 0, self.max_degree)
        self._fit_line.set_ydata(self._curves[degree])
        self._marker.set_xdata([degree, degree])
        title = self.axes[0].title
        title.set_text(_complexity_title(degree, self.train_losses, self.test_losses))
        return [self._fit_line, self._marker, title]


def explore_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    max_degree: int = 15,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    degree: int = 3,
):
    """차수 슬라이더로 모델 복잡도를 바꿔 보는 위젯(커널이 있어야 움직인다).

    :class:`ComplexityView` 를 슬라이더에 이은 얇은 껍질이다.

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림. 노트북 셀의 마지막 값으로 두면 나타난다.
    """
    import ipywidgets as widgets

    view = ComplexityView(
        X_train, y_train, X_test, y_test, max_degree, domain, true_function, degree, dpi=100
    )
    slider = widgets.IntSlider(value=degree, min=0, max=max_degree, step=1, description="차수")
    return _image_explorer(view, slider, "모델 복잡도 탐색기")


def animate_complexity(
    X_train,
    y_train,
    X_test,
    y_test,
    degrees=None,
    domain: tuple[float, float] = (0.0, 1.0),
    true_function=None,
    dpi: int = 72,
    interval: int = 800,
) -> str:
    """모델 복잡도 탐색기의 커널 없는 형태: 차수를 바꿔 가는 자바스크립트 애니메이션.

    Parameters
    ----------
    X_train, y_train, X_test, y_test : array_like
        학습 세트와 테스트 세트.
    degrees : sequence of int or None, optional
        프레임마다 보여 줄 차수(16개 이하). ``None`` 이면 0부터 15까지.
    domain, true_function : optional
        :func:`plot_complexity` 와 같다.
    dpi : int, optional
        프레임 해상도.
    interval : int, optional
        프레임 사이 간격(밀리초).

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    degrees = _check_frames(range(16) if degrees is None else [int(d) for d in degrees])
    view = ComplexityView(
        X_train, y_train, X_test, y_test, max(degrees), domain, true_function, degrees[0], dpi
    )
    return _to_jshtml(view, degrees, interval, "모델 복잡도 탐색기")


def plot_test_size(
    test_size: int,
    squared_errors,
    sizes=TEST_SIZES,
    num_repeats: int = 500,
    seed: int = 0,
    axes=None,
):
    """테스트 세트 크기 탐색기의 한 화면: 크기 ``test_size`` 일 때 추정값이 흩어지는 모양.

    고정된 한 모델의 예별 제곱 오차 ``squared_errors`` (숨겨진 분포를 대신하는 큰
    모집단)에서 크기마다 테스트 세트를 ``num_repeats`` 번 다시 뽑는다
    (:func:`utils.evaluation.resample_test_loss`). 왼쪽 축은 크기 ``test_size`` 일 때의
    추정값 히스토그램, 오른쪽 축은 크기에 따른 5~95% 구간이다.

    Parameters
    ----------
    test_size : int
        보여 줄 테스트 세트 크기(``sizes`` 가운데 하나).
    squared_errors : array_like, shape (N,)
        모집단의 예별 제곱 오차.
    sizes : sequence of int, optional
        오른쪽 그림에 넣을 크기들.
    num_repeats : int, optional
        크기마다 다시 뽑는 횟수.
    seed : int, optional
        난수 시드.
    axes : sequence of two Axes or None, optional
        그릴 두 축. ``None`` 이면 새 그림을 만든다.

    Returns
    -------
    numpy.ndarray of Axes
        그린 두 축.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> axes = plot_test_size(10, errors, sizes=(10, 100), num_repeats=50)
    >>> axes[1].get_xscale()
    'log'
    >>> plt.close("all")
    """
    import matplotlib.pyplot as plt
    import numpy as np

    from utils.plotting import plot_estimate_histogram, plot_estimate_spread

    sizes, test_size, estimates, true_loss = _test_size_data(
        test_size, squared_errors, sizes, num_repeats, seed
    )
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=_FIGSIZE)
    current = estimates[sizes.index(test_size)]
    value_range = _hist_range(estimates)
    plot_estimate_histogram(current, true_loss, bins=30, value_range=value_range, ax=axes[0])
    axes[0].set_title(_test_size_title(test_size, current), fontsize="medium")
    plot_estimate_spread(sizes, estimates, true_loss, ax=axes[1])
    axes[1].axvline(test_size, color="gray", ls=":", lw=1.5)
    axes[1].set_ylim(*value_range)
    return np.asarray(axes)


def _test_size_data(test_size, squared_errors, sizes, num_repeats, seed):
    import numpy as np

    from utils._validation import as_labels, check_int
    from utils.evaluation import resample_test_loss

    sizes = [check_int(s, "sizes의 값", 1) for s in sizes]
    if not sizes:
        raise ValueError("sizes가 비어 있다. 테스트 세트 크기를 하나 이상 넣어야 한다.")
    test_size = check_int(test_size, "test_size", 1)
    if test_size not in sizes:
        raise ValueError(
            f"test_size는 sizes {tuple(sizes)} 가운데 하나여야 한다(받은 값: {test_size})."
        )
    errors = as_labels(squared_errors, "squared_errors")
    estimates = np.stack([resample_test_loss(errors, s, num_repeats, seed) for s in sizes])
    return sizes, test_size, estimates, float(errors.mean())


def _hist_range(estimates) -> tuple[float, float]:
    import numpy as np

    return (0.0, float(np.percentile(estimates[0], 99)))


def _test_size_title(test_size: int, current) -> str:
    import numpy as np

    low, high = np.percentile(current, [5, 95])
    return f"테스트 세트 {test_size}개: 추정값의 90%가 {low:.3f}~{high:.3f}"


class TestSizeView(_BlitView):
    """테스트 세트 크기 탐색기의 그림을 한 번 만들고, 크기가 바뀌면 막대와 표시만 고친다.

    Parameters
    ----------
    squared_errors : array_like
        :func:`plot_test_size` 와 같다.
    sizes, num_repeats, seed : optional
        :func:`plot_test_size` 와 같다.
    test_size : int or None, optional
        처음 보여 줄 크기. ``None`` 이면 ``sizes`` 의 첫 값.
    dpi : int, optional
        그림 해상도.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> import numpy as np
    >>> errors = np.random.default_rng(0).exponential(size=1000)
    >>> from utils import setup_book
    >>> setup_book()
    >>> view = TestSizeView(errors, sizes=(10, 100), num_repeats=50)
    >>> _ = view.update(100)
    >>> view.axes[0].get_title().startswith("테스트 세트 100개")
    True
    """

    __test__ = False  # 이름이 Test로 시작해도 pytest가 테스트로 모으지 않게 한다.

    def __init__(
        self,
        squared_errors,
        sizes=TEST_SIZES,
        num_repeats: int = 500,
        seed: int = 0,
        test_size: int | None = None,
        dpi: int = 72,
    ):
        import numpy as np

        sizes = list(sizes)
        test_size = sizes[0] if sizes and test_size is None else test_size
        self.sizes, test_size, self.estimates, self.true_loss = _test_size_data(
            test_size, squared_errors, sizes, num_repeats, seed
        )
        self.fig, axes = _detached_figure(dpi)
        self.axes = plot_test_size(test_size, squared_errors, sizes, num_repeats, seed, axes)
        self._edges = np.linspace(*_hist_range(self.estimates), 31)
        self._bars = list(self.axes[0].patches)
        self._marker = self.axes[1].lines[-1]
        # 막대 높이가 바뀌어도 눈금(배경)이 그대로이도록 y축을 모든 크기의 최댓값에 고정한다.
        top = max(np.histogram(e, bins=self._edges)[0].max() for e in self.estimates)
        self.axes[0].set_ylim(0, top * 1.08)
        self._finish([*self._bars, self._marker, self.axes[0].title])

    def update(self, test_size: int) -> list:
        """크기 ``test_size`` 로 그림을 고치고 바뀐 아티스트 목록을 돌려준다."""
        import numpy as np

        from utils._validation import check_int

        test_size = check_int(test_size, "test_size", 1)
        if test_size not in self.sizes:
            raise ValueError(
                f"test_size는 sizes {tuple(self.sizes)} 가운데 하나여야 한다"
                f"(받은 값: {test_size})."
            )
        current = self.estimates[self.sizes.index(test_size)]
        counts, _ = np.histogram(current, bins=self._edges)
        for bar, count in zip(self._bars, counts, strict=True):
            bar.set_height(count)
        self._marker.set_xdata([test_size, test_size])
        title = self.axes[0].title
        title.set_text(_test_size_title(test_size, current))
        return [*self._bars, self._marker, title]


def explore_test_size(squared_errors, sizes=TEST_SIZES, num_repeats: int = 500, seed: int = 0):
    """크기 슬라이더로 테스트 세트 크기를 바꿔 보는 위젯(커널이 있어야 움직인다).

    :class:`TestSizeView` 를 슬라이더에 이은 얇은 껍질이다.

    Returns
    -------
    ipywidgets.VBox
        슬라이더와 그림.
    """
    import ipywidgets as widgets

    view = TestSizeView(squared_errors, sizes, num_repeats, seed, dpi=100)
    slider = widgets.SelectionSlider(
        options=list(sizes), value=list(sizes)[0], description="테스트 크기"
    )
    return _image_explorer(view, slider, "테스트 세트 크기 탐색기")


def animate_test_size(
    squared_errors,
    sizes=TEST_SIZES,
    num_repeats: int = 500,
    seed: int = 0,
    dpi: int = 72,
    interval: int = 1000,
) -> str:
    """테스트 세트 크기 탐색기의 커널 없는 형태: 크기를 키워 가는 자바스크립트 애니메이션.

    Returns
    -------
    str
        ``IPython.display.HTML`` 로 보여 줄 HTML(그림은 닫힌다).
    """
    sizes = _check_frames(sizes)
    view = TestSizeView(squared_errors, sizes, num_repeats, seed, dpi=dpi)
    return _to_jshtml(view, sizes, interval, "테스트 세트 크기 탐색기")
