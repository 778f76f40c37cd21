"""The built site in a browser: a gzip server, a browser finder and font set-ups.

    jupyter-book build .
    python tools/sitekit.py                # serves _build/html at http://127.0.0.1:8000/

The browser tests (``tests/conftest.py``), the screenshots (``tools/screenshots.py``) and
the page-weight and Lighthouse benchmark (``benchmarks/bench_site.py``) share these pieces,
so the bytes they count are the bytes a reader's browser transfers from GitHub Pages
(which gzips text files) and the fonts they see are chosen on purpose, not by whatever the
machine has installed.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import io
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "LAUNCH_ARGS",
    "BrowserNotFound",
    "GzipHandler",
    "browser_candidates",
    "find_browser",
    "font_env",
    "serve",
]

ROOT = Path(__file__).resolve().parents[1]

#: Chromium flags for a quiet, reproducible headless run (no sandbox inside containers).
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-quic"]

#: Environment variables naming a Chromium or Chrome executable, in order of precedence.
BROWSER_ENV = ("BOOK_CHROMIUM", "CHROME_PATH")
#: Executable names of a system Chromium or Chrome.
SYSTEM_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
                   "chrome")
#: How to get a browser, for the skip message of the browser tests.
INSTALL_HINT = (
    "브라우저 테스트에는 Chromium이나 Chrome이 있어야 한다. 데비안·우분투에서는 "
    "`sudo apt-get install chromium`, 어디서나 `python -m playwright install chromium`으로 "
    "설치하거나, 이미 있는 실행 파일의 경로를 환경 변수 BOOK_CHROMIUM에 넣어야 한다."
)

#: Types GitHub Pages compresses (fonts and images are compressed already).
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/xml")


class BrowserNotFound(RuntimeError):
    """No Chromium or Chrome could be started."""


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A quiet static-file handler that gzips text responses when the client accepts it."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "application/javascript", ".woff2": "font/woff2",
                      ".woff": "font/woff", ".svg": "image/svg+xml",
                      ".json": "application/json"}

    def log_message(self, *args) -> None:  # noqa: D102
        pass

    def end_headers(self) -> None:  # noqa: D102
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):  # noqa: D102
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        ctype = self.guess_type(str(path))
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and ctype.startswith(COMPRESSIBLE)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        charset = "; charset=utf-8" if ctype.startswith(("text/", "application/")) else ""
        self.send_header("Content-Type", ctype + charset)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(html: Path, port: int = 0) -> Iterator[str]:
    """Serve the folder ``html`` on 127.0.0.1 in a background thread; yield its base URL.

    Parameters
    ----------
    html : Path
        The folder to serve, usually ``_build/html``.
    port : int, default 0
        The port; 0 picks a free one.

    Examples
    --------
    >>> import urllib.request
    >>> with serve(ROOT / "book" / "_static") as base:
    ...     request = urllib.request.Request(base + "/custom.css",
    ...                                      headers={"Accept-Encoding": "gzip"})
    ...     urllib.request.urlopen(request).headers["Content-Encoding"]
    'gzip'
    """
    handler = functools.partial(GzipHandler, directory=str(html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def browser_candidates() -> list[tuple[str, str]]:
    """Return ``(how it was found, executable)`` pairs, most wanted first.

    An environment variable (``BOOK_CHROMIUM``, then ``CHROME_PATH``), then a system
    Chromium or Chrome on ``PATH``, then the Chromium that ``playwright install`` put in
    its cache, if any.

    Examples
    --------
    >>> all(Path(path).is_file() for _, path in browser_candidates())
    True
    """
    found: list[tuple[str, str]] = []
    for name in BROWSER_ENV:
        value = os.environ.get(name)
        if value and Path(value).is_file():
            found.append((f"${name}", value))
    for name in SYSTEM_BROWSERS:
        path = shutil.which(name)
        if path:
            found.append(("PATH", str(Path(path).resolve())))
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            path = p.chromium.executable_path
        if path and Path(path).is_file():
            found.append(("playwright", path))
    except Exception:  # noqa: BLE001 - Playwright without its own browser is fine
        pass
    unique, seen = [], set()
    for how, path in found:
        if path not in seen:
            seen.add(path)
            unique.append((how, path))
    return unique


def find_browser(playwright, env: dict[str, str] | None = None, **launch):
    """Launch the first candidate browser that starts; return the Playwright browser.

    Parameters
    ----------
    playwright
        The object ``sync_playwright()`` yields.
    env : dict, optional
        Extra environment variables for the browser process (e.g. :func:`font_env`).
    **launch
        More keyword arguments for ``playwright.chromium.launch``.

    Raises
    ------
    BrowserNotFound
        If no candidate exists or none starts; the message says how to install one.
    """
    tried = []
    for how, path in browser_candidates():
        try:
            return playwright.chromium.launch(
                executable_path=path, args=LAUNCH_ARGS,
                env={**os.environ, **(env or {})}, **launch)
        except Exception as exc:  # noqa: BLE001 - e.g. a snap wrapper that cannot run
            tried.append(f"{path} ({how}): {str(exc).splitlines()[0]}")
    detail = (" 시도한 것: " + "; ".join(tried)) if tried else ""
    raise BrowserNotFound(INSTALL_HINT + detail)


_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
{dirs}
  <cachedir>{cache}</cachedir>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
"""

#: The family name under which :func:`font_env` installs a Korean "system" font.
SYSTEM_KOREAN_FAMILY = "Noto Sans KR"


def font_env(folder: Path, korean: bool = False) -> dict[str, str]:
    """Write a fontconfig set-up into ``folder``; return the environment that selects it.

    Without ``korean`` the browser sees only DejaVu (as on a machine with no Korean
    font, where the page must fall back on its web font). With ``korean`` it also sees a
    Korean system font, installed as "Noto Sans KR" (the bundled subset of Nanum Gothic
    under that name, in ``folder`` only), as on a reader's machine that has one. Either
    way the result does not depend on the fonts this machine has installed.

    Parameters
    ----------
    folder : Path
        An empty, writable folder (e.g. pytest's ``tmp_path_factory.mktemp()``).
    korean : bool, default False
        Whether to add the Korean system font.

    Returns
    -------
    dict
        ``{"FONTCONFIG_FILE": ...}`` for the browser process's environment.

    Examples
    --------
    >>> import tempfile
    >>> env = font_env(Path(tempfile.mkdtemp()))
    >>> Path(env["FONTCONFIG_FILE"]).name
    'fonts.conf'
    """
    import matplotlib

    folder = Path(folder)
    fonts = folder / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    bundled = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for ttf in bundled.glob("DejaVu*.ttf"):
        target = fonts / ttf.name
        if not target.exists():
            shutil.copyfile(ttf, target)
    if korean:
        from fontTools.ttLib import TTFont

        font = TTFont(ROOT / "utils" / "fonts" / "BookGothicKR-Regular.ttf")
        for record in font["name"].names:
            if record.nameID in (1, 4, 16):
                record.string = SYSTEM_KOREAN_FAMILY
            elif record.nameID == 6:
                record.string = SYSTEM_KOREAN_FAMILY.replace(" ", "")
        font.save(fonts / "SystemKorean.ttf")
    dirs = f"  <dir>{fonts}</dir>"
    conf = folder / "fonts.conf"
    conf.write_text(_FONTS_CONF.format(dirs=dirs, cache=folder / "cache"), encoding="utf-8")
    return {"FONTCONFIG_FILE": str(conf)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    if not (args.html / "book" / "intro.html").is_file():
        raise SystemExit(f"{args.html}에 빌드된 책이 없다. 먼저 `jupyter-book build .`을 "
                         "실행해야 한다.")
    with serve(args.html, args.port) as base:
        print(f"{base}/book/intro.html (Ctrl+C로 끝낸다)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
