"""Helpers for the browser tests (the fixtures are in conftest.py)."""


def open_page(page, site: str, name: str) -> None:
    """Open a page of the served site and wait until it is quiet."""
    page.goto(f"{site}/{name}.html")
    page.wait_for_load_state("networkidle")
