r"""The site's Korean web fonts: slices, metrics-only fallbacks, and the book's own slice.

Two families, both subsets of fonts under the SIL OFL 1.1 (renamed, as the OFL asks):

- **BookGothicKR** (regular and bold, from NanumGothic): Hangul for body text, after the
  reader's own Korean system fonts in the CSS font stack.
- **BookCodingKR** (from NanumGothicCoding, Hangul from NanumGothic): code. Every
  character is exactly one column (half an em) wide, except East Asian wide ones (Hangul,
  CJK punctuation), which are exactly two, so tables printed by code cells line up the
  way Python pads them (``unicodedata.east_asian_width``).

Both are cut into ``unicode-range`` slices, the way large CJK web fonts are served: a
browser downloads a slice only if the page shows one of its characters.
``tools/make_fonts.py`` writes the slices that cover everything (``symbols``,
``syllables-0`` … ``syllables-7``, the coding face's ``latin``) and ``fonts.css``. At the
end of every build :func:`write_book_faces` adds one more slice per face, ``book``, holding
exactly the characters the built pages show, declared last so that browsers try it first:
a page then needs one file per face (40–60 KB), whatever text the book has by then.

Each family also has a "… Metrics" face of under 1 KB, inside ``fonts.css``: the same
advance widths and line metrics, blank glyphs. It follows the real face in the font stack,
so while the real face is on its way the text is laid out at its final width and nothing
moves when it arrives (no layout shift, and MathJax measures ``\text{한글}`` right).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

__all__ = [
    "CODING",
    "CODING_LATIN",
    "FAMILY",
    "KOREAN_RANGES",
    "coding_widths",
    "line_metrics",
    "metrics_font",
    "page_characters",
    "static_slices",
    "subset_face",
    "unicode_range",
    "write_book_faces",
]

ROOT = Path(__file__).resolve().parents[1]
#: The matplotlib fonts (all of NanumGothic's Hangul): the source of the ``book`` slices.
TTF = {style: ROOT / "utils" / "fonts" / f"BookGothicKR-{style}.ttf" for style in ("Regular",
                                                                                    "Bold")}
FAMILY = "BookGothicKR"
CODING = "BookCodingKR"
#: What the Korean faces cover: conjoining and compatibility jamo (the index's letter bar
#: uses U+1100…), CJK punctuation, Hangul syllables, full-width forms.
KOREAN_RANGES = [(0x1100, 0x11FF), (0x3000, 0x303F), (0x3130, 0x318F), (0xAC00, 0xD7A3),
                 (0xFF01, 0xFF5E)]
#: The coding face's one-column characters: ASCII, Latin-1, Greek, punctuation, arrows,
#: math, box drawing.
CODING_LATIN = [(0x0020, 0x007E), (0x00A0, 0x00FF), (0x0370, 0x03FF), (0x2010, 0x2027),
                (0x2030, 0x203A), (0x2190, 0x2199), (0x2200, 0x22FF), (0x2500, 0x257F)]
#: The 11,172 syllables are served in this many contiguous slices.
REST_SLICES = 8
WEIGHTS = {"Regular": "400", "Bold": "600 900"}
#: NanumGothicCoding's line metrics, which every slice of BookCodingKR shares (its Hangul
#: comes from NanumGothic, whose lines are taller), so a line's height does not depend on
#: which slices it uses.
CODING_LINES = {"ascent": 800, "descent": -200, "lineGap": 0, "sTypoAscender": 800,
                "sTypoDescender": -200, "sTypoLineGap": 0, "usWinAscent": 800,
                "usWinDescent": 200}
#: Where the book's faces start in the built ``fonts.css``.
BOOK_MARKER = "/* book slices: written by the build (_ext/book_fonts.py) */"


def _codepoints(ranges) -> list[int]:
    return [cp for lo, hi in ranges for cp in range(lo, hi + 1)]


def unicode_range(codepoints) -> str:
    """Format code points as a CSS ``unicode-range`` value, merging runs.

    Examples
    --------
    >>> unicode_range([0x41, 0x42, 0x43, 0xAC00])
    'U+41-43, U+AC00'
    """
    cps = sorted(set(codepoints))
    parts, start = [], None
    for i, cp in enumerate(cps):
        if start is None:
            start = cp
        if i + 1 == len(cps) or cps[i + 1] != cp + 1:
            parts.append(f"U+{start:X}" if start == cp else f"U+{start:X}-{cp:X}")
            start = None
    return ", ".join(parts)


def static_slices() -> list[tuple[str, list[int]]]:
    """Return the named slices that cover every Korean code point (jamo, symbols, syllables).

    Examples
    --------
    >>> slices = dict(static_slices())
    >>> len(slices), ord("가") in slices["syllables-0"], ord("ᄀ") in slices["symbols"]
    (9, True, True)
    """
    everything = _codepoints(KOREAN_RANGES)
    syllables = [cp for cp in everything if 0xAC00 <= cp <= 0xD7A3]
    size = -(-len(syllables) // REST_SLICES)
    slices = [("symbols", [cp for cp in everything if not 0xAC00 <= cp <= 0xD7A3])]
    slices += [(f"syllables-{i // size}", syllables[i:i + size])
               for i in range(0, len(syllables), size)]
    return slices


# --------------------------------------------------------------------------- glyph edits


def rename(font: TTFont, family: str, style: str, original: str) -> None:
    """Give a subset its own family name ("Nanum" is a Reserved Font Name under the OFL)."""
    name = font["name"]
    for nid in (1, 2, 3, 4, 6, 16, 17, 21, 22):
        name.removeNames(nameID=nid)
    postscript = f"{family}-{style}"
    full = family if style == "Regular" else f"{family} {style}"
    values = {1: family, 2: style, 3: f"{postscript};subset of {original}", 4: full,
              6: postscript}
    for nid, value in values.items():
        name.setName(value, nid, 3, 1, 0x409)
        name.setName(value, nid, 1, 0, 0)


def add_minus(font: TTFont) -> None:
    """Add U+2212 MINUS SIGN: the plus sign's width with one bar of the equals sign.

    NanumGothic has no minus sign; matplotlib draws negative tick labels with it
    (``axes.unicode_minus``), including in mathtext (log axes: 10⁻¹), where no font
    fallback applies. The bar sits at the height of the plus sign's centre.
    """
    if 0x2212 in font.getBestCmap() or "plus" not in font.getGlyphOrder():
        return
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
    glyph = pen.glyph()
    glyph.recalcBounds(glyf)
    glyf["minus"] = glyph
    hmtx["minus"] = (hmtx["plus"][0], plus.xMin)
    if "minus" not in font.getGlyphOrder():
        font.setGlyphOrder([*font.getGlyphOrder(), "minus"])
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[0x2212] = "minus"


def columns(font: TTFont, column: int) -> None:
    """Make every character exactly one ``column`` wide, or two if East Asian wide.

    Narrow glyphs wider than a column (Nanum Gothic Coding draws × α → ≤ · “ ” two
    columns wide, though Python pads them as one) are squeezed horizontally; wide glyphs
    (Hangul, CJK punctuation) are centred in two columns.
    """
    glyf, hmtx = font["glyf"], font["hmtx"]
    glyphs = font.getGlyphSet()
    done = set()
    for cp, name in sorted(font.getBestCmap().items()):
        if name in done:
            continue
        done.add(name)
        width = hmtx[name][0]
        wide = unicodedata.east_asian_width(chr(cp)) in "WF"
        target = 2 * column if wide else column
        if width == target or width == 0:
            continue
        if wide:
            matrix = (1, 0, 0, 1, (target - width) / 2, 0)
        else:
            matrix = (min(1.0, target / width), 0, 0, 1, 0, 0)
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(TransformPen(pen, matrix))
        glyph = pen.glyph()
        glyph.recalcBounds(glyf)
        glyf[name] = glyph
        hmtx[name] = (target, getattr(glyph, "xMin", 0))


def line_metrics(font: TTFont) -> dict[str, int]:
    """Return a font's vertical metrics (``hhea``, ``OS/2``) as :data:`CODING_LINES` has them."""
    hhea, os2 = font["hhea"], font["OS/2"]
    return {"ascent": hhea.ascent, "descent": hhea.descent, "lineGap": hhea.lineGap,
            "sTypoAscender": os2.sTypoAscender, "sTypoDescender": os2.sTypoDescender,
            "sTypoLineGap": os2.sTypoLineGap, "usWinAscent": os2.usWinAscent,
            "usWinDescent": os2.usWinDescent}


def _set_line_metrics(font: TTFont, lines: dict[str, int]) -> None:
    for key in ("ascent", "descent", "lineGap"):
        setattr(font["hhea"], key, lines[key])
    for key in ("sTypoAscender", "sTypoDescender", "sTypoLineGap", "usWinAscent",
                "usWinDescent"):
        setattr(font["OS/2"], key, lines[key])


def coding_widths(font: TTFont, codepoints, column: int = 500) -> dict[int, int]:
    """Return the advance of each code point in BookCodingKR: one column, two if wide.

    Examples
    --------
    >>> widths = coding_widths(TTFont(TTF["Regular"]), [ord("가"), ord("×"), ord("a")])
    >>> widths[ord("가")], widths[ord("×")], widths[ord("a")]
    (1000, 500, 500)
    """
    cmap = font.getBestCmap()
    return {cp: 2 * column if unicodedata.east_asian_width(chr(cp)) in "WF" else column
            for cp in codepoints if cp in cmap or cp == 0x2212}


def subset_face(source: Path, codepoints, out: Path, family: str, style: str, *,
                original: str, flavor: str | None = "woff2", minus: bool = False,
                column: int | None = None, lines: dict[str, int] | None = None) -> Path:
    """Write a renamed, unhinted subset of ``source`` holding ``codepoints``.

    Parameters
    ----------
    source : Path
        A TrueType or WOFF2 font.
    codepoints : iterable of int
        The characters to keep (those the font lacks are skipped).
    out : Path
        Where to write it.
    family, style : str
        The new family name and style ("Regular" or "Bold").
    original : str
        The family the subset comes from, recorded in its name table.
    flavor : {"woff2", None}
        WOFF2 for the web, None for TrueType.
    minus : bool
        Add a minus sign (U+2212) if the font has none.
    column : int, optional
        Fit every glyph to one or two columns of this many font units (:func:`columns`).
    lines : dict, optional
        Vertical metrics to give the subset (:func:`line_metrics`).
    """
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]
    options.flavor = flavor
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=list(codepoints))
    subsetter.subset(font)
    if minus:
        add_minus(font)
    if column:
        columns(font, column)
    if lines:
        _set_line_metrics(font, lines)
    rename(font, family, style, original)
    # NanumGothicBold says weight 600; matplotlib's weight="bold" looks for 700.
    font["OS/2"].usWeightClass = 700 if style == "Bold" else 400
    out.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(out), options)
    return out


# --------------------------------------------------------------------------- CSS


def face_rule(family: str, url: str, weight: str, codepoints) -> str:
    """One ``@font-face`` rule with a ``unicode-range``."""
    return (f'@font-face {{\n  font-family: "{family}";\n  src: url("{url}") format("woff2");\n'
            f"  font-weight: {weight};\n  font-style: normal;\n  font-display: swap;\n"
            f"  unicode-range: {unicode_range(codepoints)};\n}}\n")


def metrics_font(widths: dict[int, int], lines: dict[str, int], upm: int = 1000) -> bytes:
    """Make a tiny WOFF2 font with these advance widths and line metrics, blank glyphs.

    One glyph per distinct width, mapped by a format-13 ``cmap`` (one entry per run of
    code points), keeps it under 1 KB.

    Examples
    --------
    >>> font = TTFont(TTF["Regular"])
    >>> widths = {cp: 940 for cp in range(0xAC00, 0xD7A4)}
    >>> len(metrics_font(widths, line_metrics(font))) < 1024
    True
    """
    names = {w: f"w{w}" for w in sorted(set(widths.values()))}
    order = [".notdef", *names.values()]
    builder = FontBuilder(upm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap({})
    box = TTGlyphPen(None)  # OTS rejects a font whose glyf table is empty
    box.moveTo((upm // 20, 0))
    box.lineTo((upm // 20, upm * 7 // 10))
    box.lineTo((upm * 9 // 20, upm * 7 // 10))
    box.lineTo((upm * 9 // 20, 0))
    box.closePath()
    blank = TTGlyphPen(None).glyph()
    builder.setupGlyf({g: box.glyph() if g == ".notdef" else blank for g in order})
    builder.setupHorizontalMetrics({".notdef": (upm // 2, 0),
                                    **{name: (w, 0) for w, name in names.items()}})
    builder.setupHorizontalHeader(ascent=lines["ascent"], descent=lines["descent"],
                                  lineGap=lines["lineGap"])
    builder.setupNameTable({"familyName": "Metrics", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=lines["sTypoAscender"],
                     sTypoDescender=lines["sTypoDescender"],
                     sTypoLineGap=lines["sTypoLineGap"], usWinAscent=lines["usWinAscent"],
                     usWinDescent=lines["usWinDescent"])
    builder.setupPost()
    table = CmapSubtable.newSubtable(13)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = {cp: names[w] for cp, w in widths.items()}
    builder.font["cmap"].tables = [table]
    builder.font.flavor = "woff2"
    out = io.BytesIO()
    builder.font.save(out)
    return out.getvalue()


def metrics_rule(family: str, data: bytes, ranges) -> str:
    """Return the ``@font-face`` rule of a metrics-only face, the font inline as data."""
    url = "data:font/woff2;base64," + base64.b64encode(data).decode("ascii")
    return (f'@font-face {{\n  font-family: "{family}";\n  src: url("{url}") format("woff2");\n'
            f"  font-weight: 100 900;\n  font-style: normal;\n  font-display: block;\n"
            f"  unicode-range: {unicode_range(_codepoints(ranges))};\n}}\n")


# --------------------------------------------------------------------------- the build

_CODE = re.compile(r"<(pre|code|kbd)\b.*?</\1>", re.S)
_KOREAN = set(_codepoints(KOREAN_RANGES))


def page_characters(html: Path) -> tuple[set[int], set[int]]:
    """Return the Korean code points a built site shows: ``(anywhere, in code)``.

    Pages, the search index (result titles) and the scripts that write text into pages
    (the copy button's, the search page's) are read.
    """
    anywhere: set[int] = set()
    code: set[int] = set()
    files = [*html.rglob("*.html"), html / "searchindex.js", *(html / "_static").glob("*.js")]
    for path in files:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        anywhere.update(cp for cp in map(ord, text) if cp in _KOREAN)
        if path.suffix == ".html":
            for match in _CODE.finditer(text):
                code.update(cp for cp in map(ord, match.group(0)) if cp in _KOREAN)
    return anywhere, code


def write_book_faces(html: Path, cache: Path) -> list[Path]:
    """Write the ``book`` slices for the site in ``html`` and declare them in its fonts.css.

    The subsets are cached in ``cache`` by their characters, so a build whose text did not
    change reuses them (each takes about a second to make).
    """
    fonts_css = html / "_static" / "fonts.css"
    if not fonts_css.is_file():
        return []
    anywhere, code = page_characters(html)
    key = hashlib.sha256(repr((sorted(anywhere), sorted(code))).encode()
                         + b"".join(p.read_bytes()[:4096] for p in TTF.values())).hexdigest()[:16]
    plan = [(FAMILY, style, TTF[style], sorted(anywhere), None, None) for style in TTF]
    plan.append((CODING, "Regular", TTF["Regular"], sorted(code), 500, CODING_LINES))
    written, rules = [], []
    for family, style, source, cps, column, lines in plan:
        if not cps:
            continue
        name = f"{family}-{style}.book.woff2"
        cached = cache / key / name
        if not cached.is_file():
            subset_face(source, cps, cached, family, style, original="NanumGothic",
                        column=column, lines=lines)
        target = html / "_static" / "fonts" / name
        shutil.copyfile(cached, target)
        written.append(target)
        rules.append(face_rule(family, f"fonts/{name}", WEIGHTS[style], cps))
    static = fonts_css.read_text(encoding="utf-8").split(BOOK_MARKER, 1)[0].rstrip("\n")
    fonts_css.write_text(static + "\n" + BOOK_MARKER + "\n" + "".join(rules), encoding="utf-8")
    return written
