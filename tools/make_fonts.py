"""Rebuild the bundled Korean fonts from Debian's ``fonts-nanum`` package.

The book ships two files derived from NanumGothic (OFL 1.1): TrueType fonts in
``utils/fonts/`` for matplotlib and WOFF2 web fonts in ``book/_static/fonts/``
for the site. This script documents and reproduces how they were made::

    apt-get download fonts-nanum
    dpkg-deb -x fonts-nanum_*.deb nanum
    python tools/make_fonts.py nanum/usr/share/fonts/truetype/nanum

Subsetting keeps Latin, Hangul and the punctuation and math symbols the book
uses, adds a minus sign (NanumGothic has none), drops the hinting (including
the TSI* tables that Chromium rejects in a web font) and renames the family,
because "NanumGothic" is a Reserved Font Name under the OFL.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FAMILY = "BookGothicKR"
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2199,"
    "U+2200-22FF,U+2460-2473,U+3000-303F,U+3131-318E,U+AC00-D7A3,U+FF01-FF5E"
)
SOURCES = {"Regular": "NanumGothic.ttf", "Bold": "NanumGothicBold.ttf"}


def _rename(font: TTFont, style: str) -> None:
    name = font["name"]
    for nid in (1, 2, 3, 4, 6, 16, 17, 21, 22):
        name.removeNames(nameID=nid)
    postscript = f"{FAMILY}-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    values = {1: FAMILY, 2: style, 3: f"{postscript};subset of NanumGothic", 4: full, 6: postscript}
    for nid, value in values.items():
        name.setName(value, nid, 3, 1, 0x409)
        name.setName(value, nid, 1, 0, 0)


def _add_minus(font: TTFont) -> None:
    """Add U+2212 MINUS SIGN: the plus sign's width with one bar of the equals sign.

    NanumGothic has no minus sign; matplotlib draws negative tick labels with it
    (``axes.unicode_minus``), including in mathtext (log axes: 10⁻¹), where no font
    fallback applies. The bar sits at the height of the plus sign's centre.
    """
    glyf, hmtx = font["glyf"], font["hmtx"]
    plus = glyf["plus"]
    coords, ends, _ = glyf["equal"].getCoordinates(glyf)
    bar = [y for _, y in coords[: ends[0] + 1]]
    half = (max(bar) - min(bar)) / 2
    middle = (plus.yMin + plus.yMax) / 2
    pen = TTGlyphPen(None)
    bottom, top = round(middle - half), round(middle + half)
    pen.moveTo((plus.xMin, bottom))
    pen.lineTo((plus.xMin, top))
    pen.lineTo((plus.xMax, top))
    pen.lineTo((plus.xMax, bottom))
    pen.closePath()
    name = "minus"
    glyph = pen.glyph()
    glyph.recalcBounds(glyf)
    glyf[name] = glyph
    hmtx[name] = (hmtx["plus"][0], plus.xMin)
    if name not in font.getGlyphOrder():
        font.setGlyphOrder([*font.getGlyphOrder(), name])
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0x2212] = name


def build(source_dir: Path) -> list[Path]:
    """Write the subset fonts and return their paths."""
    written = []
    for style, filename in SOURCES.items():
        for flavor, folder, ext in ((None, ROOT / "utils" / "fonts", "ttf"),
                                    ("woff2", ROOT / "book" / "_static" / "fonts", "woff2")):
            options = subset.Options()
            options.unicodes = subset.parse_unicodes(UNICODES)
            options.hinting = False
            options.layout_features = ["*"]
            options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]
            options.flavor = flavor
            font = subset.load_font(str(source_dir / filename), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=options.unicodes)
            subsetter.subset(font)
            _add_minus(font)
            _rename(font, style)
            # NanumGothicBold says weight 600; matplotlib's weight="bold" looks for 700.
            font["OS/2"].usWeightClass = 700 if style == "Bold" else 400
            out = folder / f"{FAMILY}-{style}.{ext}"
            subset.save_font(font, str(out), options)
            written.append(out)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_dir", type=Path, help="folder holding NanumGothic*.ttf")
    args = parser.parse_args()
    for path in build(args.source_dir):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
