"""블리팅 뷰 :class:`BlitView`: 탐색기 그림의 공통 부분(바뀌는 아티스트만 다시 그린다).

뷰의 그림 인자(축, 배치, 해상도, pyplot 여부) 검사도 여기에 있다. 모든 뷰는 데이터를
계산하기 전에 이 검사부터 해서, 잘못된 축이나 해상도면 아무것도 계산하지 않는다.
"""

from __future__ import annotations

import io
import math

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.artist import Artist
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.transforms import Bbox
from PIL import Image

from utils._validation import (
    _shown,
    check_ax,
    check_axes,
    check_bool,
    check_int,
    check_real,
    korean_signature_errors,
)

__all__ = [
    "BlitView",
    "check_dpi",
]


def check_dpi(dpi, name: str = "dpi") -> float:
    """그림 해상도(10 이상 400 이하)를 검사한다.

    Parameters
    ----------
    dpi : float
        해상도(인치당 점 수).
    name : str, optional
        오류 메시지에 쓸 인자 이름.

    Returns
    -------
    float
        검사한 해상도.

    Examples
    --------
    >>> check_dpi(100)
    100.0
    >>> check_dpi(0)
    Traceback (most recent call last):
    ...
    ValueError: dpi은(는) 10 이상 400 이하의 실수여야 한다(받은 값: 0). 예: dpi=100
    """
    return check_real(dpi, name, low=10.0, high=400.0, example="dpi=100")


def _drawing_order(dynamic) -> tuple:
    """블리팅 때 다시 그릴 수 있는 아티스트를 전체 그리기와 같은 순서로 돌려준다.

    바뀌는 아티스트(``dynamic``)만 배경 위에 그리면, 같은 축에서 원래 그보다 뒤에(위에)
    그려지던 정적 아티스트(범례, 테두리, 나중에 그린 점과 선)가 그 밑에 깔린다. 그래서
    바뀌는 아티스트가 있는 축마다 축이 그리는 순서(zorder, 같으면 추가한 순서)로 늘어놓고,
    처음 나오는 바뀌는 아티스트부터 끝까지를 고른다. 그 가운데 정적인 것을 "덮개"라 한다.
    눈금과 격자(:class:`~matplotlib.axis.Axis`)는 다시 그리면 느리므로 빼고 배경에 둔다.
    """
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
    box = artist.get_window_extent(renderer)
    x0, y0, x1, y1 = box.extents
    if not (np.isfinite(box.extents).all() and x0 <= x1 and y0 <= y1):
        return artist.figure.bbox
    return box


def _pixel_slices(box, height: int, width: int) -> tuple[slice, slice]:
    """화면 좌표(왼쪽 아래가 원점)의 상자를 RGBA 버퍼의 (행, 열) 조각으로 바꾼다."""
    x0, y0, x1, y1 = box.extents
    rows = slice(max(0, height - math.ceil(y1)), min(height, height - math.floor(y0)))
    cols = slice(max(0, math.floor(x0)), min(width, math.ceil(x1)))
    return rows, cols


class BlitView:
    r"""탐색기 그림의 공통 부분: 바뀌는 아티스트만 다시 그린다(블리팅).

    하위 클래스는 ``__init__`` 에서 입력을 검사하고 데이터를 계산한 뒤
    ``super().__init__(axes, ...)`` 로 그림과 축을 얻고, 다 그린 다음 :meth:`freeze` 에
    바뀌는 아티스트 목록을 넘긴다. :meth:`update` 는 그 아티스트들의 데이터(선의 좌표,
    제목 글자, 막대 높이)만 바꿔 목록으로 돌려준다. :meth:`check_value` 는 ``update`` 에
    넘길 값을 그림을 건드리지 않고 검사한다(:func:`animate_view` 가 그리기 전에 모든 프레임
    값을 검사할 때 쓴다). 그러면 :meth:`render` 는

    - 저장해 둔 배경(축, 눈금, 등고선처럼 바뀌지 않는 부분) 위에 바뀌는 아티스트만 그리고,
    - 그 위에 있어야 할 정적 아티스트(범례 같은 "덮개")는 바뀌는 아티스트와 겹칠 때만 다시
      그리고, 나머지는 저장해 둔 픽셀을 도로 붙인다. 그래서 결과는 그림 전체를 그린 것과
      픽셀까지 같다(격자가 바뀌는 아티스트보다 위에 있는 경우만 빼고).
    - 배경이 바뀐 경우(축의 범위나 그림 크기가 바뀌었거나 :meth:`invalidate` 를 불렀을
      때)에만 그림 전체를 한 번 다시 그려 배경을 새로 저장한다.

    호출자가 준 축에 그린 뷰와 ``pyplot=True`` 로 만든 뷰는 그림의 주인이 아니거나 보통
    그림이므로 배치를 고정하지 않고, :meth:`render` 가 그림 전체를 그린다.

    Parameters
    ----------
    axes : Axes, sequence of Axes or None
        그릴 축(``nrows * ncols`` 개). ``None`` 이면 새 그림을 만든다.
    nrows, ncols : int, optional
        새 그림의 축 배치.
    figsize : tuple of float, optional
        새 그림의 크기(인치).
    dpi : float, optional
        새 그림의 해상도.
    pyplot : bool, optional
        ``True`` 이면 새 그림을 pyplot에 만든다(``plot_*`` 함수가 쓴다: 노트북이 셀 끝에
        보여 준다). ``False`` 이면 pyplot 밖에 만들어 위젯과 애니메이션이 쓴다(정적 그림이
        따로 찍히지 않는다).

    Attributes
    ----------
    fig : matplotlib.figure.Figure
        뷰의 그림.
    axes : numpy.ndarray of Axes
        뷰의 축들(1차원).

    Examples
    --------
    >>> class Slope(BlitView):
    ...     def __init__(self):
    ...         super().__init__(None, figsize=(3.0, 2.0), dpi=50)
    ...         (self.line,) = self.axes[0].plot([0, 1], [0, 0])
    ...         self.freeze([self.line])
    ...     def update(self, value):
    ...         self.line.set_ydata([0, value])
    ...         return [self.line]
    >>> view = Slope()
    >>> _ = view.update(0.5)
    >>> view.render()
    >>> view.to_png()[:4]
    b'\x89PNG'
    """

    _dynamic: tuple = ()
    _drawn: tuple = ()
    _blit = False
    _under = None  # 바뀌는 아티스트와 덮개를 뺀 배경(RGBA 배열)
    _full = None  # 바뀌는 아티스트만 뺀 배경(RGBA 배열)
    _covers = None  # 덮개 id -> 화면 상자(dict)
    _background_key = None

    def __init__(
        self,
        axes=None,
        nrows: int = 1,
        ncols: int = 1,
        figsize: tuple[float, float] = (6.4, 4.0),
        dpi: float = 100,
        pyplot: bool = False,
    ):
        given, dpi, pyplot = _check_view_args(axes, nrows, ncols, dpi, pyplot)
        if given is None:
            size = _check_figsize(figsize)
            if pyplot:
                self.fig, grid = plt.subplots(nrows, ncols, figsize=size, dpi=dpi, squeeze=False)
            else:
                self.fig = Figure(figsize=size, dpi=dpi)
                FigureCanvasAgg(self.fig)
                grid = self.fig.subplots(nrows, ncols, squeeze=False)
            self.axes = np.asarray(grid, dtype=object).reshape(-1)
            self._owner = not pyplot
        else:
            self.axes = np.asarray(given, dtype=object).reshape(-1)
            self.fig = self.axes[0].figure
            self._owner = False

    def check_value(self, value):
        """:meth:`update` 에 넘길 값 하나를 검사해 돌려준다(하위 클래스가 정한다).

        그림은 건드리지 않는다. 기본은 값을 그대로 돌려준다.

        Parameters
        ----------
        value : object
            슬라이더나 프레임의 값.

        Returns
        -------
        object
            검사한 값.
        """
        return value

    def update(self, value) -> list:
        """값 하나로 그림을 고치고 바뀐 아티스트 목록을 돌려준다(하위 클래스가 정한다).

        Parameters
        ----------
        value : object
            슬라이더나 프레임의 값.

        Returns
        -------
        list of matplotlib.artist.Artist
            바뀐 아티스트.
        """
        raise NotImplementedError(
            f"{type(self).__name__}에는 update가 없다. BlitView를 물려받는 뷰가 update(value)를 "
            "정해야 한다."
        )

    def freeze(self, dynamic) -> None:
        """그리기를 마친다: 바뀌는 아티스트를 정하고, 그림의 주인이면 배치를 고정한다.

        Parameters
        ----------
        dynamic : sequence of matplotlib.artist.Artist
            :meth:`update` 가 바꿀 아티스트(이 뷰의 그림에 있는 것).
        """
        if isinstance(dynamic, (str, bytes)) or not hasattr(dynamic, "__iter__"):
            raise TypeError(
                "dynamic에는 update가 바꿀 아티스트(선, 제목 등)의 목록을 넣어야 한다"
                f"(받은 값: {_shown(dynamic)})."
            )
        dynamic = list(dynamic)
        if not all(isinstance(a, Artist) and a.figure is self.fig for a in dynamic):
            raise TypeError(
                "dynamic에는 이 뷰의 그림에 그린 matplotlib 아티스트만 넣어야 한다"
                f"(받은 값: {_shown(dynamic)})."
            )
        self._dynamic = tuple(dynamic)
        self._blit = self._owner
        self.invalidate()
        if self._blit:
            # 한 번 배치(constrained layout)한 뒤 배치를 고정하고, 다시 그릴 아티스트는
            # 배경에서 뺀다(animated). 배경은 첫 render 때 그려 저장한다.
            self.fig.canvas.draw()
            self.fig.set_layout_engine("none")
            self._drawn = _drawing_order(self._dynamic)
            for artist in self._drawn:
                artist.set_animated(True)

    @property
    def dynamic(self) -> tuple:
        """:meth:`update` 가 바꿀 수 있는 아티스트들."""
        return self._dynamic

    @property
    def blitting(self) -> bool:
        """:meth:`render` 가 블리팅하는지(뷰가 그림의 주인일 때)."""
        return self._blit

    def invalidate(self) -> None:
        """다음 :meth:`render` 가 배경까지 그림 전체를 다시 그리게 한다."""
        self._under = None

    def _current_key(self) -> tuple:
        # 배경을 바꾸는 흔한 경우(축 범위, 그림 크기)를 알아채기 위한 값.
        limits = tuple((*ax.get_xlim(), *ax.get_ylim()) for ax in self.fig.axes)
        return (tuple(self.fig.bbox.bounds), limits)

    def _save_background(self) -> None:
        """그림 전체를 그려 배경 두 장(덮개 없는 것, 있는 것)과 덮개의 상자를 저장한다."""
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

        Parameters
        ----------
        quantize : bool, optional
            ``True`` 이면 색을 128개로 줄여 파일을 서너 배 작게 만든다(애니메이션용).

        Returns
        -------
        bytes
            PNG 파일의 바이트.
        """
        quantize = check_bool(quantize, "quantize")
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


def _check_view_args(axes, nrows=1, ncols=1, dpi=100, pyplot=False):
    """뷰의 그림 인자(축, 배치, 해상도, pyplot 여부)를 검사한다.

    뷰는 데이터를 계산하기 전에 이것부터 불러, 잘못된 축이나 해상도면 아무것도 계산하지
    않고 멈춘다. 축을 받았으면 축들의 1차원 배열을, 아니면 None을 돌려준다.
    """
    nrows, ncols = check_int(nrows, "nrows", 1, 4), check_int(ncols, "ncols", 1, 4)
    count = nrows * ncols
    given = None
    if axes is not None:
        if count == 1:
            given = [check_ax(axes, "ax")]
        else:
            given = list(check_axes(axes, count, "axes"))
    return given, check_dpi(dpi), check_bool(pyplot, "pyplot")


def _is_sequence(value) -> bool:
    return isinstance(value, (list, tuple, np.ndarray))


def _check_figsize(figsize) -> tuple[float, float]:
    if not _is_sequence(figsize) or len(figsize) != 2:
        raise TypeError(
            f"figsize에는 (너비, 높이) 두 수를 인치로 넣어야 한다(받은 값: {_shown(figsize)})."
        )
    return tuple(check_real(v, "figsize의 값", low=1.0, high=20.0) for v in figsize)


def _check_view(view, name: str = "view") -> BlitView:
    if not isinstance(view, BlitView):
        raise TypeError(
            f"{name}에는 BlitView(예: LearningRateView())를 넣어야 한다(받은 값: {_shown(view)})."
        )
    return view


def _check_label(value, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(
            f"{name}에는 비어 있지 않은 문자열을 넣어야 한다(받은 값: {_shown(value)})."
        )
    if not value.strip():
        raise ValueError(f"{name}이(가) 비어 있다. 공백만이 아닌 글을 넣어야 한다.")
    return value


korean_signature_errors(globals())
