"""The one bilingual catalogue: lookups, formatting, and that the report's labels and the
wording of human decisions come from it."""

from __future__ import annotations

import pytest

from vimod.messages import DEFAULT_LANG, LANGS, MESSAGES, bilingual, message


def test_every_message_has_both_languages() -> None:
    assert LANGS == ("vi", "en") and DEFAULT_LANG == "vi"
    for key, entry in MESSAGES.items():
        assert set(entry) == set(LANGS), key
        assert all(entry[lang].strip() for lang in LANGS), key


def test_message_formats_and_falls_back_to_vietnamese() -> None:
    assert message("decision.reason", "en", reason="spam") == "Reason: spam"
    assert message("decision.reason", "xx", reason="spam") == "Lý do: spam"
    assert bilingual("decision.reason", reason="x") == {"vi": "Lý do: x", "en": "Reason: x"}
    with pytest.raises(KeyError):
        message("no.such.key")


def test_report_labels_come_from_the_catalogue() -> None:
    from vimod.report.model import LABELS, label_en, label_vi

    assert LABELS["remove"] == (MESSAGES["report.remove"]["vi"], MESSAGES["report.remove"]["en"])
    assert label_vi("appeal") == "Khiếu nại" and label_en("appeal") == "Appeal"
    assert label_en("unknown_key") == "unknown_key"


def test_the_right_to_appeal_is_worded_once() -> None:
    from vimod.api._present import REDRESS

    assert REDRESS.model_dump() == bilingual("redress")
