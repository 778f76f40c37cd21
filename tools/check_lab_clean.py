"""Open notebooks in a real JupyterLab and check that opening and closing one asks nothing.

JupyterLab marks a notebook modified as soon as its kernel answers when the metadata the kernel
reports (``language_info``, ``kernelspec``) differs from the stored one, and then asks to save
on close. This script starts ``jupyter lab`` from the running Python's environment on a free
port of 127.0.0.1 (no token, a temporary workspace folder), opens each notebook in Debian's
Chromium through Playwright, waits for its kernel to be idle, looks for the "modified" mark on
its tab, closes the tab and looks for a dialog::

    python tools/check_lab_clean.py book/reducing_loss/sgd.ipynb   # some notebooks
    python tools/check_lab_clean.py                                # every notebook of _toc.yml

It prints one line per notebook and exits with 1 if any notebook was marked modified or asked
to be saved. The notebook files must be unchanged afterwards (checked too).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-quic",
]

__all__ = ["check_notebooks", "jupyter_lab"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def jupyter_lab(port: int | None = None, timeout: float = 60):
    """Run ``jupyter lab`` on the repository and yield its base URL; stop it afterwards."""
    port = port or _free_port()
    jupyter = Path(sys.executable).with_name("jupyter")
    with tempfile.TemporaryDirectory(prefix="lab-") as tmp:
        env = dict(os.environ, JUPYTER_CONFIG_DIR=str(Path(tmp) / "config"),
                   JUPYTER_RUNTIME_DIR=str(Path(tmp) / "runtime"))
        cmd = [
            str(jupyter), "lab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
            "--IdentityProvider.token=", "--ServerApp.password=", "--allow-root",
            f"--ServerApp.root_dir={ROOT}", f"--LabApp.workspaces_dir={Path(tmp) / 'ws'}",
            # no news or update checks from this machine
            "--LabApp.news_url=", "--LabApp.check_for_updates_class="
            "jupyterlab.NeverCheckForUpdate",
        ]
        log = open(Path(tmp) / "lab.log", "w+", encoding="utf-8")  # noqa: SIM115
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                        break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(
                            "jupyter lab가 시작하지 않았다:\n" + log.read()[-3000:]
                        ) from None
                    time.sleep(0.5)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
            log.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_notebooks(url: str, notebooks: list[Path], settle: float = 2.0) -> list[str]:
    """Open each notebook, wait for its kernel, close it; return one problem per failure."""
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    problems = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{url}/lab", wait_until="domcontentloaded")
        page.wait_for_selector("#jp-main-dock-panel", timeout=60_000)
        for path in notebooks:
            rel = path.resolve().relative_to(ROOT).as_posix()
            before = _digest(path)
            start = time.perf_counter()
            page.goto(f"{url}/lab/tree/{rel}", wait_until="domcontentloaded")
            tab = page.locator(f'.lm-DockPanel-tabBar .lm-TabBar-tab[title*="{path.name}"]')
            tab.first.wait_for(timeout=60_000)
            # the kernel has started and answered kernel_info once its status reads idle
            page.wait_for_selector(
                '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator'
                '[data-status="idle"]', timeout=120_000,
            )
            page.wait_for_timeout(settle * 1000)
            dirty = "jp-mod-dirty" in (tab.first.get_attribute("class") or "")
            tab.first.locator(".lm-TabBar-tabCloseIcon").click()
            page.wait_for_timeout(1000)
            dialog = page.locator(".jp-Dialog")
            asked = dialog.count() > 0
            if asked:
                text = dialog.first.inner_text().replace("\n", " ")[:200]
                page.keyboard.press("Escape")
            changed = _digest(path) != before
            seconds = time.perf_counter() - start
            verdict = "깨끗하다" if not (dirty or asked or changed) else "문제"
            print(f"{rel}: {seconds:.1f} s, 수정 표시 {'있음' if dirty else '없음'}, "
                  f"닫을 때 질문 {'있음' if asked else '없음'} — {verdict}", flush=True)
            if dirty:
                problems.append(f"{rel}: 열자마자 수정됨으로 표시된다")
            if asked:
                problems.append(f"{rel}: 닫을 때 묻는다: {text}")
            if changed:
                problems.append(f"{rel}: 파일이 바뀌었다")
        browser.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    if args.notebooks:
        notebooks = [p.resolve() for p in args.notebooks]
    else:
        sys.path.insert(0, str(ROOT / "tools"))
        from run_compat import toc_notebooks

        notebooks = toc_notebooks()
    with jupyter_lab(args.port) as url:
        problems = check_notebooks(url, notebooks)
    for problem in problems:
        print("실패: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
