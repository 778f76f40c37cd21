"""Rebuild the bundled Korean fonts from Debian's ``fonts-nanum`` packages.

The book ships fonts derived from NanumGothic and NanumGothicCoding (OFL 1.1): TrueType
fonts in ``utils/fonts/`` for matplotlib, and web fonts in ``book/_static/fonts/`` with
their ``@font-face`` rules in ``book/_static/fonts.css`` for the site. This script
documents and reproduces how they were made::

    apt-get download fonts-nanum fonts-nanum-coding
    for deb in fonts-nanum*.deb; do dpkg-deb -x "$deb" nanum; done
    jupyter-book build .      # optional: the built site's characters go in the first slice
    python tools/make_fonts.py nanum/usr/share/fonts/truetype/nanum

Subsetting keeps Latin, Hangul and the punctuation and math symbols the book uses, adds a
minus sign (NanumGothic has none), drops the hinting (including the TSI* tables that
Chromium rejects in a web font) and renames the families, because "Nanum" is a Reserved
Font Name under the OFL.

The web fonts are cut into slices by ``unicode-range``, the way large CJK web fonts are
served: a browser downloads a slice only when the page shows one of its characters. The
``book`` slice holds every character the book uses (read from its sources, and from the
built site if there is one), so a page normally needs one file per face (40–60 KB);
the other slices cover all 11,172 syllables for text added later. Rerun this script
after large text changes to keep the ``book`` slice complete.

Two web families:

- **BookGothicKR** (regular and bold): Hangul for body text, after the reader's own
  Korean system fonts in the font stack.
- **BookCodingKR** (regular): Nanum Gothic Coding's Latin *and* Hangul for code, whose
  Hangul is exactly twice as wide as its Latin, so tables printed by code cells line up.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import re
from pathlib import Path

from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "book" / "_static" / "fonts"
CSS = ROOT / "book" / "_static" / "fonts.css"
FAMILY = "BookGothicKR"
CODING = "BookCodingKR"
#: Characters of the matplotlib TrueType fonts (utils/fonts/).
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030-203A,U+2190-2199,"
    "U+2200-22FF,U+2460-2473,U+3000-303F,U+3131-318E,U+AC00-D7A3,U+FF01-FF5E"
)
SOURCES = {"Regular": "NanumGothic.ttf", "Bold": "NanumGothicBold.ttf"}
CODING_SOURCE = "NanumGothicCoding.ttf"

#: What the Korean web face covers: conjoining and compatibility jamo (the index's
#: letter bar uses U+1100…), CJK punctuation, Hangul syllables, full-width forms.
KOREAN_RANGES = [(0x1100, 0x11FF), (0x3000, 0x303F), (0x3130, 0x318F), (0xAC00, 0xD7A3),
                 (0xFF01, 0xFF5E)]
#: The coding face's narrow slice: ASCII, Latin-1, Greek, punctuation, arrows, math, box
#: drawing. Everything in it is one column wide (see :func:`_one_column`).
CODING_LATIN = [(0x0020, 0x007E), (0x00A0, 0x00FF), (0x0370, 0x03FF), (0x2010, 0x2027),
                (0x2030, 0x203A), (0x2190, 0x2199), (0x2200, 0x22FF), (0x2500, 0x257F)]
#: The 11,172 syllables are also served in this many contiguous slices, for text the
#: book does not have yet.
REST_SLICES = 8


def _rename(font: TTFont, family: str, style: str, source: str) -> None:
    name = font["name"]
    for nid in (1, 2, 3, 4, 6, 16, 17, 21, 22):
        name.removeNames(nameID=nid)
    postscript = f"{family}-{style}"
    full = family if style == "Regular" else f"{family} {style}"
    values = {1: family, 2: style, 3: f"{postscript};subset of {source}", 4: full,
              6: postscript}
    for nid, value in values.items():
        name.setName(value, nid, 3, 1, 0x409)
        name.setName(value, nid, 1, 0, 0)


def _add_minus(font: TTFont) -> None:
    """Add U+2212 MINUS SIGN: the plus sign's width with one bar of the equals sign.

    NanumGothic has no minus sign; matplotlib draws negative tick labels with it
    (``axes.unicode_minus``), including in mathtext (log axes: 10⁻¹), where no font
    fallback applies. The bar sits at the height of the plus sign's centre.
    """
    cmap = font.getBestCmap()
    if 0x2212 in cmap or "plus" not in font.getGlyphOrder():
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


def _subset(source: Path, unicodes, out: Path, family: str, style: str,
            flavor: str | None, add_minus: bool = True, original: str = "NanumGothic",
            one_column: bool = False) -> Path:
    options = subset.Options()
    options.unicodes = unicodes
    options.hinting = False
    options.layout_features = ["*"]
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]
    options.flavor = flavor
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=options.unicodes)
    subsetter.subset(font)
    if add_minus:
        _add_minus(font)
    if one_column:
        _one_column(font)
    _rename(font, family, style, original)
    # NanumGothicBold says weight 600; matplotlib's weight="bold" looks for 700.
    font["OS/2"].usWeightClass = 700 if style == "Bold" else 400
    subset.save_font(font, str(out), options)
    return out


def _one_column(font: TTFont) -> None:
    """Make every character that is not East Asian Wide exactly one column (half an em).

    Nanum Gothic Coding draws East Asian "ambiguous" characters (× α → ≤ · “ ” …) two
    columns wide, but Python pads text by ``unicodedata.east_asian_width``, which counts
    them as one; a table printed with them would not line up. Their outlines are
    squeezed horizontally into one column.
    """
    import unicodedata

    from fontTools.pens.transformPen import TransformPen

    glyf, hmtx = font["glyf"], font["hmtx"]
    column = hmtx["a"][0] if "a" in hmtx.metrics else font["head"].unitsPerEm // 2
    glyphs = font.getGlyphSet()
    done = set()
    for cp, name in font.getBestCmap().items():
        width = hmtx[name][0]
        if name in done or width == column or unicodedata.east_asian_width(chr(cp)) in "WF":
            continue
        done.add(name)
        factor = column / width
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(TransformPen(pen, (factor, 0, 0, 1, 0, 0)))
        glyph = pen.glyph()
        glyph.recalcBounds(glyf)
        glyf[name] = glyph
        hmtx[name] = (column, getattr(glyph, "xMin", 0))


# --------------------------------------------------------------------------- web slices


def book_characters(html: Path | None = None) -> set[int]:
    """Return the code points the book's sources (and built site, if given) use.

    Examples
    --------
    >>> chars = book_characters()
    >>> ord("학") in chars and ord("습") in chars
    True
    """
    files = [*ROOT.glob("book/**/*.md"), *ROOT.glob("book/**/*.bib"),
             *ROOT.glob("_ext/**/*.*"), ROOT / "_config.yml", ROOT / "_toc.yml"]
    texts = []
    for path in ROOT.glob("book/**/*.ipynb"):
        if ".ipynb_checkpoints" not in path.parts:
            texts.append(json.dumps(json.loads(path.read_text(encoding="utf-8")),
                                    ensure_ascii=False))
    for path in files:
        if path.is_file() and path.suffix not in (".pyc", ".mo"):
            texts.append(path.read_text(encoding="utf-8", errors="ignore"))
    if html is not None and html.is_dir():
        for path in [*html.rglob("*.html"), html / "searchindex.js"]:
            if path.is_file():
                texts.append(path.read_text(encoding="utf-8", errors="ignore"))
    return {ord(ch) for text in texts for ch in text}


def code_characters(html: Path | None = None) -> set[int]:
    """Return the code points the book shows as code: code cells, their outputs, code spans.

    Examples
    --------
    >>> ord("=") in code_characters()
    True
    """
    texts = []
    for path in ROOT.glob("book/**/*.ipynb"):
        if ".ipynb_checkpoints" in path.parts:
            continue
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "code":
                texts.append(json.dumps([cell["source"], cell.get("outputs", [])],
                                        ensure_ascii=False))
            else:
                texts.extend(re.findall(r"`[^`]+`|```.*?```", "".join(cell["source"]), re.S))
    for path in ROOT.glob("book/**/*.md"):
        texts.extend(re.findall(r"`[^`]+`|```.*?```", path.read_text(encoding="utf-8"), re.S))
    if html is not None and html.is_dir():
        for path in html.rglob("*.html"):
            text = path.read_text(encoding="utf-8", errors="ignore")
            texts.extend(m.group(0) for m in re.finditer(r"<(pre|code|kbd)\b.*?</\1>", text,
                                                          re.S))
    return {ord(ch) for text in texts for ch in text}


def korean_slices(used: set[int]) -> list[tuple[str, list[int]]]:
    """Cut the Korean code points into named slices, in the order ``fonts.css`` declares them.

    ``symbols`` (jamo, CJK punctuation, full-width forms) and ``syllables-0`` …
    ``syllables-N`` (:data:`REST_SLICES` contiguous blocks of the 11,172 syllables)
    cover everything with short ``unicode-range`` values. ``book`` holds every Korean
    character the book uses and comes last: where ranges overlap, a browser tries the
    face declared last first, so a page of the book needs only that one file.

    Examples
    --------
    >>> slices = dict(korean_slices({ord("가"), ord("A")}))
    >>> slices["book"] == [ord("가")] and ord("가") in slices["syllables-0"]
    True
    >>> list(slices)[-1], len(slices)
    ('book', 10)
    """
    everything = [cp for lo, hi in KOREAN_RANGES for cp in range(lo, hi + 1)]
    syllables = [cp for cp in everything if 0xAC00 <= cp <= 0xD7A3]
    size = -(-len(syllables) // REST_SLICES)
    slices = [("symbols", [cp for cp in everything if not 0xAC00 <= cp <= 0xD7A3])]
    slices += [(f"syllables-{i // size}", syllables[i:i + size])
               for i in range(0, len(syllables), size)]
    slices.append(("book", [cp for cp in everything if cp in used]))
    return slices


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


def _face(family: str, url: str, weight: str, codepoints) -> str:
    return (f'@font-face {{\n  font-family: "{family}";\n  src: url("{url}") format("woff2");\n'
            f"  font-weight: {weight};\n  font-style: normal;\n  font-display: swap;\n"
            f"  unicode-range: {unicode_range(codepoints)};\n}}\n")


def metrics_font(font: TTFont, codepoints) -> bytes:
    """A tiny WOFF2 font with ``font``'s advance widths and line metrics but blank glyphs.

    The page lists it right after the real web font. While the real font is still on its
    way the browser lays the text out with this one, so when the real font arrives every
    character keeps its width and nothing on the page moves (no layout shift), and MathJax
    measures ``\\text{한글}`` at its final width. One glyph per distinct width, mapped by
    a format-13 ``cmap`` (one entry per run of code points), keeps it under 1 KB.

    Examples
    --------
    >>> from fontTools.ttLib import TTFont
    >>> data = metrics_font(TTFont(ROOT / "utils" / "fonts" / "BookGothicKR-Regular.ttf"),
    ...                     range(0xAC00, 0xD7A4))
    >>> len(data) < 1024
    True
    """
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    widths = {cp: hmtx[cmap[cp]][0] for cp in codepoints if cp in cmap}
    names = {w: f"w{w}" for w in sorted(set(widths.values()))}
    order = [".notdef", *names.values()]
    upm = font["head"].unitsPerEm
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
    hhea, os2 = font["hhea"], font["OS/2"]
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent,
                                  lineGap=hhea.lineGap)
    builder.setupNameTable({"familyName": "Metrics", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                     sTypoLineGap=os2.sTypoLineGap, usWinAscent=os2.usWinAscent,
                     usWinDescent=os2.usWinDescent)
    builder.setupPost()
    table = CmapSubtable.newSubtable(13)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = {cp: names[w] for cp, w in widths.items()}
    builder.font["cmap"].tables = [table]
    builder.font.flavor = "woff2"
    out = io.BytesIO()
    builder.font.save(out)
    return out.getvalue()


def _metrics_face(family: str, data: bytes, ranges) -> str:
    url = "data:font/woff2;base64," + base64.b64encode(data).decode("ascii")
    covered = unicode_range(cp for lo, hi in ranges for cp in range(lo, hi + 1))
    return (f'@font-face {{\n  font-family: "{family}";\n  src: url("{url}") format("woff2");\n'
            f"  font-weight: 100 900;\n  font-style: normal;\n  font-display: block;\n"
            f"  unicode-range: {covered};\n}}\n")


def build_web(source_dir: Path, html: Path | None = None) -> list[Path]:
    """Write the sliced web fonts and ``fonts.css``; return the font paths."""
    WEB.mkdir(parents=True, exist_ok=True)
    for old in WEB.glob("*.woff2"):
        old.unlink()
    used = book_characters(html)
    slices = korean_slices(used)
    written, rules = [], []
    regular = TTFont(source_dir / SOURCES["Regular"])
    korean = [cp for lo, hi in KOREAN_RANGES for cp in range(lo, hi + 1)]
    rules.append(_metrics_face(f"{FAMILY} Metrics", metrics_font(regular, korean),
                               KOREAN_RANGES))
    for style, filename in SOURCES.items():
        source = source_dir / filename
        cmap = TTFont(source).getBestCmap()
        weight = "400" if style == "Regular" else "600 900"
        for name, cps in slices:
            cps = [cp for cp in cps if cp in cmap]
            out = WEB / f"{FAMILY}-{style}.{name}.woff2"
            written.append(_subset(source, cps, out, FAMILY, style, "woff2", add_minus=False))
            rules.append(_face(FAMILY, f"fonts/{out.name}", weight, cps))
    source = source_dir / CODING_SOURCE
    cmap = TTFont(source).getBestCmap()
    latin = [cp for lo, hi in CODING_LATIN for cp in range(lo, hi + 1)
             if cp in cmap or cp == 0x2212]
    narrow = TTFont(source)
    _add_minus(narrow)
    _one_column(narrow)
    rules.append(_metrics_face(f"{CODING} Metrics", metrics_font(narrow, latin + korean),
                               CODING_LATIN + KOREAN_RANGES))
    coding = [("latin", latin)] + [(name, [cp for cp in cps if cp in cmap])
                                   for name, cps in korean_slices(code_characters(html))]
    for name, cps in coding:
        if not cps:
            continue
        out = WEB / f"{CODING}-Regular.{name}.woff2"
        written.append(_subset(source, cps, out, CODING, "Regular", "woff2",
                               add_minus=name == "latin", original="NanumGothicCoding",
                               one_column=True))
        rules.append(_face(CODING, f"fonts/{out.name}", "400", cps))
    header = (
        "/* Generated by tools/make_fonts.py: do not edit by hand.\n"
        "   BookGothicKR and BookCodingKR are subsets of NanumGothic and NanumGothicCoding\n"
        "   (SIL OFL 1.1, fonts/OFL.txt), cut into unicode-range slices: a page downloads\n"
        "   only the slices holding characters it shows. */\n"
    )
    CSS.write_text(header + "".join(rules), encoding="utf-8")
    return written


def build_ttf(source_dir: Path) -> list[Path]:
    """Write the matplotlib TrueType fonts into ``utils/fonts``; return their paths."""
    written = []
    for style, filename in SOURCES.items():
        out = ROOT / "utils" / "fonts" / f"{FAMILY}-{style}.ttf"
        written.append(_subset(source_dir / filename, subset.parse_unicodes(UNICODES), out,
                               FAMILY, style, None))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_dir", type=Path,
                        help="folder holding NanumGothic*.ttf and NanumGothicCoding.ttf")
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html",
                        help="built site whose characters join the first slice")
    parser.add_argument("--web-only", action="store_true",
                        help="only the web fonts (leave utils/fonts/ alone)")
    args = parser.parse_args()
    paths = [] if args.web_only else build_ttf(args.source_dir)
    paths += build_web(args.source_dir, args.html)
    for path in paths:
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KiB")
    print(f"{CSS.relative_to(ROOT)}: {CSS.stat().st_size / 1024:.0f} KiB")
    if re.search(r"[^\x00-\x7f]", CSS.read_text(encoding="utf-8")):
        raise SystemExit("fonts.css에 ASCII가 아닌 글자가 들어갔다")


if __name__ == "__main__":
    main()
