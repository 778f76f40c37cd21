"""그림 스타일과 한글 글꼴 설정.

책에 함께 들어 있는 OFL 글꼴(BookGothicKR, 나눔고딕의 부분 집합)을 matplotlib에
등록하고, 책 전체의 그림 기본값을 한곳에서 정한다. 시스템에 한글 글꼴이 없어도
(빈 리눅스, Binder, Colab) apt 설치나 커널 재시작 없이 한글이 그려진다.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager

from utils._validation import korean_signature_errors

__all__ = ["FONT_FAMILY", "font_paths", "setup_book"]

#: 책에 포함된 한글 글꼴의 패밀리 이름.
FONT_FAMILY = "BookGothicKR"

_FONT_DIR = Path(__file__).resolve().parent / "fonts"

#: 책 전체의 그림 기본값(QuantEcon 규칙처럼 한곳에서만 정한다).
_RC = {
    # 한글·라틴 문자·마이너스 기호는 BookGothicKR, 그 글꼴에 없는 기호는 DejaVu Sans가 그린다.
    "font.family": [FONT_FAMILY, "DejaVu Sans"],
    "axes.unicode_minus": True,
    "mathtext.fontset": "dejavusans",
    "figure.figsize": (6.4, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.constrained_layout.use": True,
    "lines.linewidth": 2,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "image.cmap": "viridis",
}


def font_paths() -> list[Path]:
    """책에 포함된 한글 글꼴 파일의 경로를 돌려준다.

    Returns
    -------
    list of pathlib.Path
        보통체와 굵은체 TrueType 파일.

    Examples
    --------
    >>> sorted(p.name for p in font_paths())
    ['BookGothicKR-Bold.ttf', 'BookGothicKR-Regular.ttf']
    """
    return sorted(_FONT_DIR.glob(f"{FONT_FAMILY}-*.ttf"))


def _register_fonts() -> None:
    known = {Path(f.fname).resolve() for f in font_manager.fontManager.ttflist}
    for path in font_paths():
        if path not in known:
            font_manager.fontManager.addfont(str(path))


def setup_book() -> None:
    """노트북 첫 셀에서 부르는 설정: 한글 글꼴을 등록하고 그림 기본값을 정한다.

    몇 번을 불러도 결과가 같다. 시스템 글꼴은 바꾸지 않으며, 이 파이썬
    프로세스의 matplotlib 설정(``rcParams``)만 바꾼다.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> setup_book()
    >>> mpl.rcParams["font.family"][0]
    'BookGothicKR'
    """
    # pyplot을 먼저 가져와 백엔드(노트북에서는 inline)가 자기 기본값을 적용한 뒤에
    # 책의 기본값을 덮어쓴다.
    import matplotlib.pyplot  # noqa: F401

    _register_fonts()
    mpl.rcParams.update(_RC)


korean_signature_errors(globals())
