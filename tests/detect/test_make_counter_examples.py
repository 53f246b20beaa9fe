"""The script that writes the shipped civic counter-examples stays in step with its output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vimod.detect.data import make_counter_examples as mce


def test_rebuilding_gives_the_committed_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    committed = Path(mce.__file__).with_name("counter_examples.jsonl")
    fake = tmp_path / "make_counter_examples.py"
    monkeypatch.setattr(mce, "__file__", str(fake))
    mce.main()
    rebuilt = (tmp_path / "counter_examples.jsonl").read_text(encoding="utf-8")
    assert rebuilt == committed.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in rebuilt.splitlines()]
    assert rows and all(r["label"] == 0 for r in rows)  # all CLEAN: criticism is not abuse


def test_fold_strips_every_diacritic() -> None:
    assert mce.fold("Đảng ủy xã, đường") == "Dang uy xa, duong"  # đ too, as people type it
