"""Diacritic restoration and the do-no-harm guards (``_diacritics``, ``_normalize``)."""

from __future__ import annotations

import pytest

from vimod.text import normalize
from vimod.text._diacritics import load_restorer

pytestmark = pytest.mark.skipif(load_restorer() is None, reason="restoration tables absent")


def words(text: str) -> list[str]:
    return normalize(text).text.split()


def test_unaccented_text_gets_its_diacritics_back() -> None:
    assert "ngủ" in words("mai minh di ngu som")
    assert normalize("mai minh di ngu som").text == "mai mình đi ngủ sớm"
    assert normalize("toi khong biet").text == "tôi không biết"


def test_fishermen_are_not_stupid_people() -> None:
    out = normalize("ngu dan mien Trung bi anh huong vi o nhiem bien").text
    assert out.startswith("ngư dân")


def test_insults_stay_insults_when_the_context_says_so() -> None:
    assert normalize("may ngu the").text == "mày ngu thế"
    assert words("may ngu nhu bo")[:3] == ["mày", "ngu", "như"]
    assert normalize("dit me").text == "địt mẹ"


@pytest.mark.parametrize(
    "text",
    ["ngư dân ra khơi đánh cá", "quỹ đạo của trái đất", "Ban Chỉ đạo họp hôm nay",
     "Con bò sữa ở Mộc Châu", "cột cao 5 m", "hàng trăm kg ma tuý", "cựu chiến binh",
     "tỉ số 3:1 ngày 7/5", "bà Đ. N.A sinh năm 1964", "cư trú tại Hà Nội"],
)
def test_correct_accented_text_is_left_alone(text: str) -> None:
    n = normalize(text)
    assert n.text == text.lower()
    assert n.changed == ()
    assert n.restored == ()
    assert n.accented


def test_english_function_words_stay_in_english() -> None:
    assert normalize("the power of love").text == "the power of love"
    assert "của" in words("đây là quà of tôi")  # teencode ``of`` among Vietnamese words


def test_teencode_still_works_in_accented_chat() -> None:
    assert normalize("Đ.m mày nguuuu vl, k ai chơi vs m").text == (
        "đm mày ngu vl, không ai chơi với mày"
    )
    assert normalize("mình khum biết").text == "mình không biết"


def test_restored_and_changed_spans_point_at_the_words() -> None:
    n = normalize("mai minh di ngu som")
    assert not n.accented
    got = [n.text[a:b] for a, b in n.restored]
    assert "ngủ" in got and "mai" not in got
    for a, b in n.changed:
        s, e = n.to_original(a, b)
        assert n.original[s:e].lower() != n.text[a:b]
    assert len(n.text) == len(n.folded)
    # restoration keeps every word's length, so offsets map character by character
    s = n.text.index("ngủ")
    assert n.to_original(s, s + 3) == (s, s + 3)


def test_proper_names_mid_sentence_are_not_restored() -> None:
    n = normalize("hom nay toi di Ha Noi")
    assert n.text.endswith("ha noi")
