"""``vimod normalize``."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from vimod.cli import app

runner = CliRunner()


def test_normalize_prints_text_and_folded() -> None:
    result = runner.invoke(app, ["normalize", "Mày nguuuu vl, k ai chơi vs m"])
    assert result.exit_code == 0, result.output
    assert "text:   mày ngu vl, không ai chơi với mày" in result.output
    assert "folded: may ngu vl, khong ai choi voi may" in result.output


def test_normalize_json_has_text_folded_and_spans() -> None:
    original = "Đ.m mày nguuuu"
    result = runner.invoke(app, ["normalize", "--json", original])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["text"] == "đm mày ngu"
    assert payload["folded"] == "dm may ngu"
    spans = payload["spans"]
    assert [s["text"] for s in spans] == ["đm", "mày", "ngu"]
    for s in spans:
        assert set(s) == {"start", "end", "original_start", "original_end", "text", "original"}
        assert original[s["original_start"] : s["original_end"]] == s["original"]
        assert payload["text"][s["start"] : s["end"]] == s["text"]


def test_normalize_empty_text_is_a_clear_error() -> None:
    for empty in ("", "   "):
        result = runner.invoke(app, ["normalize", empty])
        assert result.exit_code == 2
        assert "nothing to normalise" in result.output
        assert "Traceback" not in result.output


def test_normalize_without_argument_is_a_usage_error() -> None:
    result = runner.invoke(app, ["normalize"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_normalize_odd_input_does_not_crash() -> None:
    result = runner.invoke(app, ["normalize", "--json", "ngu\x00\u200b \ud800 ｎｇｕ"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["text"].endswith("ngu")


def test_help_lists_normalize() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "normalize" in result.output
