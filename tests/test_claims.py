"""Every number the prose states is traceable to what the code printed (see claims.py).

A sentence such as "손실은 처음 약 500에서" beside an output that says 585.6, or "약 0.14"
beside 0.1466, fails here: the prose must quote the output at the precision it shows, or
the number must come from the code (an input) or from ``tests/claims.yml`` with a reason.
"""

import claims
import pytest


@pytest.mark.parametrize("page", claims.notebook_pages())
def test_every_number_in_prose_is_traceable(page):
    _, _, unexplained = claims.check_page(page)
    assert not unexplained, "\n".join(
        f"{n.where}: {n.text!r} in {n.context!r} — quote the output this comes from, at the "
        "precision it prints, or list it in tests/claims.yml with the reason"
        for n in unexplained
    )


def test_allowlist_entries_have_reasons_and_are_used():
    numbers = {page: claims.prose_numbers(page) for page in claims.notebook_pages()}
    for page, entries in claims.allowlist().items():
        assert page in numbers, f"tests/claims.yml names {page}, which is not a notebook page"
        for entry in entries:
            assert entry.get("reason"), entry
            assert any(n.text == entry["number"] and entry["context"] in n.context
                       for n in numbers[page]), f"unused entry in tests/claims.yml: {entry}"


def test_the_check_catches_drifted_numbers():
    """The matcher is strict about rounding: 0.14 is not 0.1466, 500 is not 585.6."""
    number = claims.ProseNumber("p", 0, "0.14", claims.Decimal("0.14"), 2, "약 0.14")
    assert not claims._matches(number, claims.Decimal("0.1466"))
    assert claims._matches(number, claims.Decimal("0.1449"))
    assert not claims._matches(
        claims.ProseNumber("p", 0, "500", claims.Decimal(500), 0, "약 500"), claims.Decimal("585.6")
    )
    percent = claims.prose_numbers.__globals__["_NUMBER"].search("기준을 0.6%로")
    assert percent.group("pct") == "%"
    # "70%" in prose is 0.70; an output that prints "70%" supports it
    seventy = claims.ProseNumber("p", 0, "70%", claims.Decimal("0.70"), 2, "70%")
    assert any(claims._matches(seventy, v) for v in claims._numbers_in("정확도 70%"))
