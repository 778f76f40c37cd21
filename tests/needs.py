"""Programs outside Python that some tests need (TeX for the PDF, node for the search engine).

:func:`require` skips the calling test with a Korean message that says how to install what
is missing; when ``CI`` is set it fails instead, so a CI machine that lacks them cannot pass
by skipping. The browser tests without a browser go the same way (:func:`unavailable`).
"""

import os
import shutil

import pytest

#: How to get each group of programs on Debian/Ubuntu (``.ci/run`` does the same).
PDF_INSTALL = ("데비안·우분투에서는 `sudo apt-get install --no-install-recommends "
               "$(sed 's/#.*//' .ci/pdf-packages.txt)`로 설치한다(README의 〈PDF판 만들기〉).")
NODE_INSTALL = "데비안·우분투에서는 `sudo apt-get install nodejs`로 설치한다."


def require(tools: tuple[str, ...], install: str) -> None:
    """Skip (or, under ``CI``, fail) unless every program in ``tools`` is on ``PATH``."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not missing:
        return
    unavailable(f"이 테스트에 필요한 프로그램이 없다: {', '.join(missing)}. {install}")


def unavailable(message: str) -> None:
    """Skip the calling test with ``message``, or fail with it when ``CI`` is set."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
