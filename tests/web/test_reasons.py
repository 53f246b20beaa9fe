"""The console's canned reasons: the shipped file is valid, and bad files are refused."""

from __future__ import annotations

import pytest

from vimod.errors import InvalidInput, PolicyError
from vimod.vocab import CATEGORIES
from vimod.web.reasons import REASONS_FILE, canned_reasons, get_reason, ordered_for, parse_reasons

GOOD = """
[[reason]]
code = "threat"
category = "threat"
action = "remove"
vi = "Đe dọa."
en = "Threat."
"""


def test_shipped_reasons_cover_every_category_in_both_languages() -> None:
    reasons = parse_reasons(REASONS_FILE.read_text(encoding="utf-8"))
    assert {r.category for r in reasons} == set(CATEGORIES) | {"none"}
    assert all(r.vi and r.en and r.vi != r.en for r in reasons)
    assert canned_reasons() == reasons


@pytest.mark.parametrize("bad, words", [
    (GOOD.replace('category = "threat"', 'category = "politics"'), "unknown category"),
    (GOOD.replace('action = "remove"', 'action = "review"'), "action must be"),
    (GOOD.replace('action = "remove"', 'action = "allow"'), "'allow' goes with"),
    (GOOD.replace('en = "Threat."', ""), "exactly"),
    (GOOD + GOOD, "used twice"),
    ("", "no reasons"),
    ("[[reason]\n", "reasons"),
])
def test_bad_reason_files_are_refused(bad: str, words: str) -> None:
    with pytest.raises(PolicyError, match=words):
        parse_reasons(bad)


def test_likeliest_category_first_and_allow_last() -> None:
    ordered = ordered_for({"scam": 0.9, "spam": 0.5, "threat": 0.01})
    assert [r.category for r in ordered[:2]] == ["scam", "spam"]
    assert ordered[-1].action == "allow"
    assert get_reason("scam").category == "scam"
    with pytest.raises(InvalidInput):
        get_reason("nope")
