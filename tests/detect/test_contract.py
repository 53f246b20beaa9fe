"""The Detector / Detection contract, on the shipped model."""

from __future__ import annotations

import json
import math

import pytest

from vimod.errors import InvalidInput, ModelError

LABELS = {"CLEAN", "OFFENSIVE", "HATE"}


def test_import_from_package_root_is_the_detect_class() -> None:
    from vimod import Detection, Detector
    from vimod.detect import Detection as D2
    from vimod.detect import Detector as D1

    assert Detector is D1 and Detection is D2


def test_predict_returns_one_result_per_text_in_order(detector) -> None:
    texts = ["Chúc mọi người buổi tối vui vẻ", "Đm thằng ngu", "hay quá"]
    out = detector.predict(texts)
    assert len(out) == 3
    assert out[1].label != "CLEAN"
    assert [d.label for d in out] == [detector.predict([t])[0].label for t in texts]


@pytest.mark.parametrize(
    "text",
    ["Đm thằng ngu", "bọn bắc kỳ chó", "Chúc mọi người buổi tối vui vẻ", "", "   ", "😂😂😂"],
    ids=["offensive", "hate", "clean", "empty", "blank", "emoji"],
)
def test_scores_are_probabilities_summing_to_one(detector, text: str) -> None:
    d = detector.predict([text])[0]
    assert set(d.scores) == LABELS
    assert math.isclose(sum(d.scores.values()), 1.0, abs_tol=1e-6)
    assert all(0.0 <= v <= 1.0 for v in d.scores.values())
    assert 0.0 <= d.spam <= 1.0
    assert d.label in LABELS
    assert isinstance(d.model, str) and d.model


@pytest.mark.parametrize(
    "text",
    ["Đ.m thằng ngu", "may ngu vcl", "thằng n g u này", "Mày   NGUUUU như chó",
     "Ｄｍ mày", "đ.m bọn mày", "óc chó thật sự", "Cút mẹ mày đi"],
)
def test_obfuscated_abuse_is_flagged_with_spans_on_the_original(detector, text: str) -> None:
    d = detector.predict([text])[0]
    assert d.label != "CLEAN", d
    assert d.spans, d
    for s in d.spans:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize(
    "text",
    ["Chúc mọi người buổi tối vui vẻ", "Sản phẩm dùng tốt, giao hàng nhanh",
     "Hôm nay trời đẹp quá", "Cảm ơn bạn đã chia sẻ thông tin hữu ích",
     "Đội tuyển chơi hay quá, tự hào Việt Nam", "Mai mình đi học lúc 7 giờ"],
)
def test_clean_text_is_clean_without_spans(detector, text: str) -> None:
    d = detector.predict([text])[0]
    assert d.label == "CLEAN", d
    assert d.spans == []


def test_spans_are_empty_whenever_label_is_clean(detector) -> None:
    texts = ["ngu", "hay", "tuyệt vời", "đồ ngốc", "bình thường thôi", "ok"]
    for d in detector.predict(texts):
        if d.label == "CLEAN":
            assert d.spans == []


def test_to_dict_is_json_serialisable_and_complete(detector) -> None:
    d = detector.predict(["Đm thằng ngu"])[0]
    obj = json.loads(json.dumps(d.to_dict(), ensure_ascii=False))
    assert set(obj) == {"label", "scores", "spam", "spans", "model", "categories", "targets"}
    assert obj["label"] == d.label


@pytest.mark.parametrize("bad", [[1], [None], ["ok", b"bytes"], "a plain string", None])
def test_bad_input_raises_invalid_input(detector, bad) -> None:
    with pytest.raises(InvalidInput):
        detector.predict(bad)


def test_empty_list_gives_empty_result(detector) -> None:
    assert detector.predict([]) == []


def test_odd_text_gives_a_well_defined_result(detector) -> None:
    huge = "ngu " * 100_000
    lone = "abc \ud800 đm mày"
    out = detector.predict(["", huge, lone, "\x00\x01", "a" * 20_000])
    assert [d.label for d in out][0] == "CLEAN"
    assert out[1].label != "CLEAN"
    for text, d in zip(["", huge, lone], out, strict=False):
        for s in d.spans:
            assert 0 <= s["start"] < s["end"] <= len(text)
    json.dumps([d.to_dict() for d in out])  # lone surrogates must not leak into output


def test_load_missing_directory_raises_model_error(tmp_path) -> None:
    from vimod import Detector

    with pytest.raises(ModelError):
        Detector.load(tmp_path / "nope")


def _old_format_copy(tmp_path, fmt: int, drop_raw: bool):
    """The shipped model's arrays rewritten as a format-2/3 directory (nine head columns,
    no categories), to exercise the loading path of older models."""
    import shutil

    import numpy as np

    from vimod.detect._detector import DEFAULT_MODEL_DIR

    old = tmp_path / f"format{fmt}"
    shutil.copytree(DEFAULT_MODEL_DIR, old)
    for v in "cfwr":
        w = np.load(old / f"W_{v}.npy").astype(np.float32)[:, :9]
        np.save(old / f"W_{v}.npy", w)
    np.save(old / "bias.npy", np.load(old / "bias.npy")[:9])
    if drop_raw:
        for name in ("vocab_r.json", "idf_r.npy", "W_r.npy"):
            (old / name).unlink()
    meta = json.loads((old / "meta.json").read_text(encoding="utf-8"))
    meta["format"] = fmt
    meta.pop("categories", None)
    meta["decision_bias"] = meta["calibration"].pop("label_bias")
    meta["calibration"]["review_gate"] = [0.0, 0.0]
    (old / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return old


@pytest.mark.parametrize(("fmt", "drop_raw"), [(2, True), (3, False)])
def test_models_of_older_formats_still_load(tmp_path, fmt: int, drop_raw: bool) -> None:
    # format 2: three views (no vocab_r/idf_r/W_r), read as an empty view r; formats 2-3:
    # no category heads, so categories read as 0 (spam as the old forum spam) and targets []
    from vimod import Detector
    from vimod.vocab import CATEGORIES

    det = Detector.load(_old_format_copy(tmp_path, fmt, drop_raw))
    if drop_raw:
        assert det._model.raw_ids is None and det._model.W["r"].shape[0] == 0
    out = det.predict(["Sản phẩm tốt, giao hàng nhanh", "đm thằng ngu"])
    for d in out:
        assert tuple(d.categories) == CATEGORIES and d.targets == []
        assert d.label == max(d.scores, key=d.scores.__getitem__)
        assert d.categories["spam"] == d.spam
        assert all(v == 0.0 for k, v in d.categories.items() if k != "spam")


def test_load_refuses_pickle_files_in_model_dir() -> None:
    from vimod.detect._detector import DEFAULT_MODEL_DIR

    suffixes = {p.suffix for p in DEFAULT_MODEL_DIR.iterdir()}
    assert suffixes <= {".json", ".npy", ".md"}, suffixes
    size = sum(p.stat().st_size for p in DEFAULT_MODEL_DIR.iterdir())
    assert size < 60 * 1024 * 1024


def test_spam_is_low_for_forum_comments_that_are_not_reviews(detector) -> None:
    texts = ["Đảng nên lắng nghe ý kiến phản biện của trí thức và nhân dân",
             "Đm thằng ngu", "Hôm nay trời đẹp quá"]
    assert all(d.spam < 0.5 for d in detector.predict(texts))
