"""Political and civic speech is never abuse; abuse stays abuse whoever it targets."""

from __future__ import annotations

import json
from pathlib import Path

from vimod.detect._civic import find_targets, fold_simple, mask_targets

DATA = Path(__file__).with_name("data")


def read_jsonl(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


MAX_FLIP_RATE = 0.02
MAX_CIVIC_FLAGGED_RATE = 0.02


def test_counterfactual_set_has_at_least_200_pairs_with_and_without_diacritics() -> None:
    pairs = read_jsonl("civic_counterfactual.jsonl")
    assert len(pairs) >= 200
    assert any(not p["diacritics"] for p in pairs) and any(p["diacritics"] for p in pairs)


def test_label_does_not_change_when_political_target_is_swapped(detector) -> None:
    pairs = read_jsonl("civic_counterfactual.jsonl")
    civic = detector.predict([p["civic"] for p in pairs])
    neutral = detector.predict([p["neutral"] for p in pairs])
    flips = [p["id"] for p, a, b in zip(pairs, civic, neutral, strict=True) if a.label != b.label]
    assert len(flips) / len(pairs) <= MAX_FLIP_RATE, flips


def test_civic_criticism_is_not_flagged(detector) -> None:
    pairs = read_jsonl("civic_counterfactual.jsonl")
    out = detector.predict([p["civic"] for p in pairs])
    flagged = [(p["civic"], d.label) for p, d in zip(pairs, out, strict=True)
               if d.label != "CLEAN"]
    assert len(flagged) / len(pairs) <= MAX_CIVIC_FLAGGED_RATE, flagged


def test_the_issue_example_is_clean(detector) -> None:
    for text in ("Đảng nên lắng nghe ý kiến phản biện của trí thức và nhân dân",
                 "Dang nen lang nghe y kien phan bien cua tri thuc va nhan dan"):
        assert detector.predict([text])[0].label == "CLEAN", text


def test_insults_aimed_at_officials_stay_abusive(detector) -> None:
    rows = read_jsonl("officials_insults.jsonl")
    out = detector.predict([r["text"] for r in rows])
    missed = [r["text"] for r, d in zip(rows, out, strict=True) if d.label == "CLEAN"]
    assert len(missed) <= 1, missed
    # the insult words, not the office, carry the spans
    for d in out:
        for s in d.spans:
            assert not find_targets(s["text"].lower(), fold_simple(s["text"].lower()))


def test_insults_aimed_at_officials_are_mostly_offensive_not_hate(detector) -> None:
    rows = read_jsonl("officials_insults.jsonl")
    out = detector.predict([r["text"] for r in rows])
    offensive = sum(d.label == "OFFENSIVE" for d in out)
    assert offensive / len(rows) >= 0.6, [(r["text"], d.label) for r, d in zip(rows, out,
                                                                                 strict=True)]


def test_counter_speech_quoting_a_slur_is_not_hate(detector) -> None:
    rows = read_jsonl("counter_speech.jsonl")
    out = detector.predict([r["text"] for r in rows])
    hate = [r["text"] for r, d in zip(rows, out, strict=True) if d.label == "HATE"]
    assert hate == []


def test_a_quoted_slur_without_condemnation_is_still_hate(detector) -> None:
    for text in ("Mày là thằng \"bắc kỳ chó\"", "bọn bắc kỳ chó"):
        assert detector.predict([text])[0].label == "HATE", text


def test_slur_plus_political_target_is_still_hate(detector) -> None:
    # the "HATE needs an identity" rule only spares texts that name no identity group
    d = detector.predict(["bọn công an bắc kỳ chó"])[0]
    assert d.label == "HATE"


def test_mask_targets_keeps_length_and_blanks_both_views() -> None:
    t = "công an phường xử lý chậm, đảng viên cũng vậy"
    f = fold_simple(t)
    mt, mf = mask_targets(t, f)
    assert len(mt) == len(t) and len(mf) == len(f)
    assert "công an" not in mt and "cong an" not in mf and "đảng viên" not in mt


def test_mask_targets_leaves_everyday_homographs_alone() -> None:
    t = "tôi đang đi học"
    assert mask_targets(t, fold_simple(t)) == (t, fold_simple(t))
