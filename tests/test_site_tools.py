"""The site's helpers outside the book: the browser fixture's fallbacks and the examples in
the docstrings of tools/sitekit.py and _ext/book_*.py (pytest collects
doctests only under utils/, tests/ and book/)."""

import doctest
import importlib.util

import conftest
import pytest
from book_layout import ROOT

MODULES = {
    "sitekit": ROOT / "tools" / "sitekit.py",
    "book_fonts": ROOT / "_ext" / "book_fonts.py",
    "book_site": ROOT / "_ext" / "book_site.py",
}


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    spec = importlib.util.spec_from_file_location(f"site_{name}", MODULES[name])
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = doctest.testmod(module, verbose=False)
    assert result.attempted > 0 and result.failed == 0, result


def _no_browser(monkeypatch):
    monkeypatch.setattr(conftest.sitekit, "browser_candidates", lambda: [])


def test_without_a_browser_the_browser_tests_skip_with_a_korean_reason(monkeypatch):
    _no_browser(monkeypatch)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as info:
        conftest._launch(playwright=None, env={})
    assert "playwright install chromium" in str(info.value)
    assert "설치" in str(info.value) and "BOOK_CHROMIUM" in str(info.value)


def test_without_a_browser_the_browser_tests_fail_under_ci(monkeypatch):
    _no_browser(monkeypatch)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Chromium"):
        conftest._launch(playwright=None, env={})


def test_a_browser_that_does_not_start_is_passed_over(monkeypatch, tmp_path):
    """A candidate that fails to launch (a snap wrapper on a CI runner) is not the end."""
    broken, working = tmp_path / "broken", tmp_path / "working"
    monkeypatch.setattr(conftest.sitekit, "browser_candidates",
                        lambda: [("PATH", str(broken)), ("playwright", str(working))])

    class Chromium:
        def launch(self, executable_path, **kwargs):
            if executable_path == str(broken):
                raise RuntimeError("snap: not supported here")
            return executable_path

    class Driver:
        chromium = Chromium()

    assert conftest.sitekit.find_browser(Driver()) == str(working)
