"""Hangul in figures: the setup call makes matplotlib draw real glyphs, never tofu."""

import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager

import utils
from utils import FONT_FAMILY, font_paths, setup_book

HANGUL_TEXT = "경사하강법 학습률 과적합 손실 줄이기"


def _render(text: str, size: int = 40) -> np.ndarray:
    fig = plt.figure(figsize=(2, 1), dpi=50)
    fig.text(0.05, 0.3, text, fontsize=size)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., 0].copy()
    plt.close(fig)
    return pixels


def test_bundled_fonts_ship_with_the_package_and_licence():
    paths = font_paths()
    assert [p.name for p in paths] == ["BookGothicKR-Bold.ttf", "BookGothicKR-Regular.ttf"]
    licence = paths[0].parent / "OFL.txt"
    assert "SIL OPEN FONT LICENSE" in licence.read_text(encoding="utf-8")


def test_bundled_font_covers_every_hangul_syllable():
    cmap = TTFont(font_paths()[-1]).getBestCmap()
    syllables = range(0xAC00, 0xD7A4)
    assert all(code in cmap for code in syllables)
    assert all(ord(ch) in cmap for ch in HANGUL_TEXT if not ch.isspace())


def test_setup_book_resolves_hangul_to_the_bundled_font():
    setup_book()
    assert mpl.rcParams["font.family"][0] == FONT_FAMILY
    found = font_manager.findfont(
        font_manager.FontProperties(family=FONT_FAMILY), fallback_to_default=False
    )
    assert Path(found).resolve() in {p.resolve() for p in font_paths()}


def test_hangul_figure_renders_without_missing_glyph_warnings():
    setup_book()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig, ax = plt.subplots()
        ax.set_title(HANGUL_TEXT)
        ax.set_xlabel("가중치 w")
        ax.plot([-1, 1], [-2, 2])  # negative tick labels use the Unicode minus
        fig.canvas.draw()
        plt.close(fig)


def test_log_axis_mathtext_minus_renders_without_warnings():
    """Log axes label ticks in mathtext (10^{-1}), where matplotlib has no font fallback."""
    setup_book()
    assert 0x2212 in TTFont(font_paths()[-1]).getBestCmap()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig, ax = plt.subplots()
        ax.semilogy([1, 2, 3], [0.01, 0.1, 1.0])
        ax.set_xlabel("단계")
        fig.canvas.draw()
        plt.close(fig)


def test_bold_hangul_finds_the_bold_face(caplog):
    setup_book()
    with caplog.at_level("INFO", logger="matplotlib.font_manager"):
        fig, ax = plt.subplots()
        ax.set_title("굵은 제목", fontweight="bold")
        fig.canvas.draw()
        plt.close(fig)
    assert "Failed to find font weight" not in caplog.text
    found = font_manager.findfont(
        font_manager.FontProperties(family=FONT_FAMILY, weight="bold"), fallback_to_default=False
    )
    assert Path(found).name == "BookGothicKR-Bold.ttf"


def test_distinct_hangul_syllables_render_as_distinct_glyphs():
    """Tofu draws every missing character as the same box; real glyphs differ."""
    setup_book()
    images = [_render(ch) for ch in "경사하강법"]
    for img in images:
        assert (img < 128).any(), "a syllable rendered as blank"
    for i in range(len(images)):
        for j in range(i + 1, len(images)):
            assert not np.array_equal(images[i], images[j])


def test_without_setup_the_default_font_would_show_tofu():
    """The check above can fail: DejaVu Sans alone has no Hangul."""
    with mpl.rc_context({"font.family": ["DejaVu Sans"]}):
        with pytest.warns(UserWarning, match="missing from font"):
            _render("경사")


def test_setup_book_is_idempotent():
    setup_book()
    before = len(font_manager.fontManager.ttflist)
    setup_book()
    assert len(font_manager.fontManager.ttflist) == before


def test_import_has_no_side_effects():
    code = (
        "import matplotlib as mpl; before = dict(mpl.rcParams); import utils; "
        "assert dict(mpl.rcParams) == before; "
        "from matplotlib import font_manager as fm; "
        "assert not any('BookGothicKR' in f.name for f in fm.fontManager.ttflist)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert utils.__version__
