"""Issue 10: moderation categories, targets, one consistent verdict, personal data, surfaces.

Run on the shipped model. The example sentences are the issue's own reports.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from vimod.vocab import CATEGORIES, TARGETS

DATA = Path(__file__).parent / "data"
ABUSE = ("identity_attack", "insult", "profanity", "threat", "sexual")

BENIGN = [
    "Các loài này ăn tạp, thức ăn gồm côn trùng, quả và hạt.",
    "Cuba là hòn đảo chính của quần đảo cùng tên ở vùng biển Caribe.",
    "Ô nhiễm ở Formosa đã làm hại ngư dân miền Trung",
    "Con chó cắn rách giày của tôi rồi",
    "Ông bà mình nuôi hai con bò",
    "Con lợn đất của bé đầy tiền rồi",
    "mai minh di ngu som",
]

STEREOTYPES = [
    ("Dân miền Tây lười biếng, chỉ biết nhậu", "region"),
    ("Người Việt gốc Hoa đều không đáng tin", "ethnicity"),
    ("Đàn bà không nên được đi bầu cử", "gender"),
]


def fires(d, category: str) -> bool:
    return d.categories[category] >= 0.5


@pytest.mark.parametrize("text", BENIGN)
def test_the_issues_benign_sentences_are_clean_with_no_category(detector, text: str) -> None:
    d = detector.predict([text])[0]
    assert d.label == "CLEAN", d
    assert max(d.categories.values()) < 0.5, d.categories
    assert d.targets == [] and d.spans == []


@pytest.mark.parametrize(("text", "target"), STEREOTYPES)
def test_stereotypes_without_an_insult_word_are_identity_attacks(detector, text: str,
                                                                 target: str) -> None:
    d = detector.predict([text])[0]
    assert fires(d, "identity_attack"), d.categories
    assert target in d.targets, d.targets
    assert d.label == "HATE", d


def test_the_issues_threat_is_a_threat(detector) -> None:
    d = detector.predict(["Tao sẽ tìm đến nhà mày và giết cả nhà mày"])[0]
    assert fires(d, "threat"), d.categories
    assert d.label != "CLEAN"


def test_an_unaccented_threat_is_a_threat_too(detector) -> None:
    d = detector.predict(["tao se tim den nha may va giet ca nha may"])[0]
    assert fires(d, "threat"), d.categories


@pytest.mark.parametrize(
    "text",
    ["Đm thằng ngu", "bọn bắc kỳ chó", "Chúc mọi người buổi tối vui vẻ", "", "   ", "😂😂😂",
     "Sản phẩm dùng tốt, giao hàng nhanh", "Liên hệ zalo 0912345678 để được tư vấn",
     "thằng này ngu vãi, đi chết đi"],
)
def test_categories_and_targets_follow_the_vocabulary(detector, text: str) -> None:
    d = detector.predict([text])[0]
    assert tuple(d.categories) == CATEGORIES
    assert all(0.0 <= v <= 1.0 for v in d.categories.values())
    assert set(d.targets) <= set(TARGETS)
    assert d.targets == [t for t in TARGETS if t in d.targets]  # in TARGETS order
    if d.targets:
        assert fires(d, "identity_attack")
    for s in d.spans:
        assert s["category"] in CATEGORIES
        assert text[s["start"] : s["end"]] == s["text"]
    obj = json.loads(json.dumps(d.to_dict(), ensure_ascii=False))
    assert obj["categories"] == d.categories and obj["targets"] == d.targets


def test_label_is_always_the_argmax_of_the_scores_shown(detector, data_dir) -> None:
    from vimod.corpora import read_vihsd

    texts = [r.text for r in read_vihsd("dev", data_dir)[:1500]]
    texts += BENIGN + [t for t, _ in STEREOTYPES]
    for d in detector.predict(texts):
        assert math.isclose(sum(d.scores.values()), 1.0, abs_tol=1e-6)
        assert d.label == max(d.scores, key=d.scores.__getitem__), d


def test_personal_data_is_found_with_spans_on_the_original_text(detector) -> None:
    text = "Số điện thoại của thằng Nam là 0912.345.678, nhà nó ở số 12 ngõ 34 Láng Hạ"
    d = detector.predict([text])[0]
    assert fires(d, "personal_data"), d.categories
    pd = [s for s in d.spans if s["category"] == "personal_data"]
    assert any(s["text"] == "0912.345.678" for s in pd), pd
    assert any("ngõ 34" in s["text"] for s in pd), pd
    for s in pd:
        assert text[s["start"] : s["end"]] == s["text"]


def test_a_national_id_number_is_personal_data(detector) -> None:
    text = "CCCD của con bé đó là 001203004567, ai cần thì lấy"
    d = detector.predict([text])[0]
    assert fires(d, "personal_data"), d.categories
    assert [s["text"] for s in d.spans if s["category"] == "personal_data"] == ["001203004567"]


def test_a_business_hotline_in_an_ad_is_spam_not_personal_data(detector) -> None:
    text = "Khuyến mãi lớn, giảm giá 50% toàn bộ sản phẩm, liên hệ hotline 0912 345 678 để đặt hàng"
    d = detector.predict([text])[0]
    assert fires(d, "spam") and d.spam >= 0.5, d.categories
    assert not fires(d, "personal_data"), d.categories


def test_only_the_review_surface_switches_spam_to_the_review_sense(detector) -> None:
    texts = ["Shop giao hàng nhanh, đóng gói cẩn thận, sẽ ủng hộ tiếp",
             "Hàng đẹp lắm mọi người ơi, 5 sao", "Đm thằng ngu"]
    plain = detector.predict(texts)
    as_user = detector.predict(texts, surface="username")
    as_review = detector.predict(texts, surface="review")
    mixed = detector.predict(texts, surface=["review", None, "comment"])
    assert [d.spam for d in plain] == [d.spam for d in as_user]
    assert [d.spam for d in plain] == [d.categories["spam"] for d in plain]
    assert mixed[0].spam == as_review[0].spam and mixed[1].spam == plain[1].spam
    assert any(a.spam != b.spam for a, b in zip(plain, as_review, strict=True))
    # the categories (forum sense) do not depend on the surface
    assert [d.categories for d in plain] == [d.categories for d in as_review]


def test_surface_list_must_match_the_texts(detector) -> None:
    from vimod.errors import InvalidInput

    with pytest.raises(InvalidInput):
        detector.predict(["a", "b"], surface=["review"])


def test_political_criticism_never_gets_a_category_or_a_target(detector) -> None:
    with (DATA / "civic_counterfactual.jsonl").open(encoding="utf-8") as f:
        pairs = [json.loads(line) for line in f if line.strip()]
    out = detector.predict([p["civic"] for p in pairs])
    assert all(d.targets == [] for d in out), [d.targets for d in out if d.targets]
    flagged = [p["civic"] for p, d in zip(pairs, out, strict=True)
               if max(d.categories.values()) >= 0.5]
    assert len(flagged) / len(pairs) <= 0.01, flagged


def test_insults_at_officials_are_insults_not_identity_attacks(detector) -> None:
    with (DATA / "officials_insults.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    out = detector.predict([r["text"] for r in rows])
    assert all(d.categories["identity_attack"] < 0.5 and d.targets == [] for d in out)
    flagged = sum(max(d.categories[c] for c in ABUSE) >= 0.5 or d.label != "CLEAN"
                  for d in out)
    assert flagged / len(rows) >= 0.95


# ---------------------------------------------------------------- pieces without the model
def test_scores_agree_with_the_categories_that_fire() -> None:
    from vimod.detect._model import agree_with_categories

    cats = dict.fromkeys(CATEGORIES, 0.0)
    none = list(cats.values())
    assert agree_with_categories([0.7, 0.2, 0.1], none) == [0.7, 0.2, 0.1]
    ia = [0.9 if c == "identity_attack" else 0.0 for c in CATEGORIES]
    out = agree_with_categories([0.7, 0.2, 0.1], ia)
    assert math.isclose(sum(out), 1.0) and out[2] == 0.9 and max(out) == out[2]
    assert math.isclose(out[0] / out[1], 0.7 / 0.2)  # the rest keeps its proportions
    insult = [0.6 if c == "insult" else 0.0 for c in CATEGORIES]
    out = agree_with_categories([0.8, 0.15, 0.05], insult)
    assert math.isclose(sum(out), 1.0) and out[0] < 0.5 and out[2] == 0.05
    weak = [0.4 if c == "threat" else 0.0 for c in CATEGORIES]
    assert agree_with_categories([0.8, 0.15, 0.05], weak) == [0.8, 0.15, 0.05]


def test_as_typed_folding_keeps_accented_words_apart_from_insults() -> None:
    from vimod.detect._prep import prepare

    assert "ngu" not in prepare("Ô nhiễm đã làm hại ngư dân miền Trung").asis.split()
    assert "ngu" in prepare("may ngu vcl").asis.split()


def test_evidence_finds_targets_cues_and_personal_data_on_the_original() -> None:
    from vimod.detect._prep import prepare

    p = prepare("Dân miền Tây lười biếng, chỉ biết nhậu")
    assert p.evidence.targets == {"region"} and "§gen+id" in p.evidence.grams
    p = prepare("tao se giet may")
    assert "§thr" in p.evidence.grams
    text = "gọi cho nó đi 0912 345 678, nhà nó ở số 5 hẻm 12 Lê Lợi"
    p = prepare(text)
    kinds = {k for _, _, k in p.evidence.pd}
    assert kinds == {"phone", "address"}
    assert [text[a:b] for a, b, k in p.evidence.pd if k == "phone"] == ["0912 345 678"]
    # political / civic words are never identity groups
    p = prepare("Chính phủ và công an phải minh bạch hơn, đảng viên cũng vậy")
    assert p.evidence.targets == frozenset()
