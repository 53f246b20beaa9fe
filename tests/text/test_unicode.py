"""Stage 1 (characters) and the Unicode guarantees of ``normalize``."""

from __future__ import annotations

import unicodedata

import pytest

from vimod.text import clean_chars, normalize

SENTENCES = [
    "Đà Lạt mùa này đẹp quá",
    "Nguyễn Thị Thuý Hằng học giỏi lắm",
    "Mấy đứa khỏe không, hòa bình nhé",
    "Tiếng Việt có dấu hỏi, ngã, nặng: ả ã ạ ẩ ẫ ậ ở ỡ ợ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_nfc_and_nfd_give_same_output(text: str) -> None:
    nfc, nfd = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    assert nfc != nfd
    assert normalize(nfd).text == normalize(nfc).text
    assert normalize(nfd).folded == normalize(nfc).folded


@pytest.mark.parametrize(
    ("old", "new"),
    [("hòa", "hoà"), ("thúy", "thuý"), ("khỏe", "khoẻ"), ("tòa", "toà"), ("hủy", "huỷ"),
     ("xóa", "xoá"), ("Hòa Bình", "Hoà Bình"), ("sức khỏe", "sức khoẻ")],
)  # fmt: skip
def test_old_and_new_tone_placement_give_same_output(old: str, new: str) -> None:
    assert normalize(old).text == normalize(new).text


def test_tone_placement_keeps_coda_words() -> None:
    # with a final consonant the mark belongs on the second vowel in both conventions
    assert normalize("hoàn toàn").text == "hoàn toàn"
    assert normalize("hòan").text == "hoàn"
    assert normalize("chuyện").text == "chuyện"


def test_case_is_lowered() -> None:
    assert normalize("ĐÀ LẠT").text == "đà lạt"
    assert normalize("NGUYỄN Văn A").text.startswith("nguyễn văn")


def test_fullwidth_letters_become_ascii() -> None:
    assert normalize("ｎｇｕ ｖｌ").text == "ngu vl"
    assert normalize("Ｍày").text == "mày"


def test_mathematical_alphanumerics_become_ascii() -> None:
    assert normalize("𝐧𝐠𝐮").text == "ngu"
    assert normalize("𝓷𝓰𝓾").text == "ngu"
    assert normalize("𝔫𝔤𝔲 𝟙𝟚").text == "ngu 12"


def test_cyrillic_and_greek_lookalikes_become_latin() -> None:
    assert normalize("ngu сhó").text == "ngu chó"  # Cyrillic с
    assert normalize("đồ nguоc").folded.endswith("nguoc")  # Cyrillic о
    assert normalize("ΝGU").text == "ngu"  # Greek capital nu


def test_zero_width_and_invisible_characters_are_removed() -> None:
    for sep in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u3164"):
        n = normalize(f"ng{sep}u")
        assert n.text == "ngu", repr(sep)
        assert n.to_original(0, 3) == (0, 4)


def test_control_characters_are_removed_or_become_spaces() -> None:
    assert normalize("ngu\x00\x07").text == "ngu"
    assert normalize("ngu\x0bquá").text == "ngu quá"  # vertical tab is whitespace
    assert normalize("n\x1bgu").text == "ngu"


def test_lone_surrogate_is_replaced() -> None:
    n = normalize("ngu\ud800 quá")
    assert "\ud800" not in n.text
    assert n.text == "ngu\ufffd quá"
    n.text.encode("utf-8")  # always encodable


def test_stray_combining_marks_are_dropped() -> None:
    assert normalize("\u0301ngu").text == "ngu"
    assert normalize("ngu\u0301\u0301\u0301\u0301").text == "ngú"
    zalgo = "n\u0336\u0337g\u0338u\u0489"
    assert normalize(zalgo).text == "ngu"


def test_clean_chars_plain_text_is_identity_map() -> None:
    clean, starts, ends = clean_chars("Mày ngu quá")
    assert clean == "mày ngu quá"
    assert starts is None and ends is None


def test_clean_chars_maps_every_output_char_to_its_source() -> None:
    text = "Ａ\u200bb" + unicodedata.normalize("NFD", "ấ")
    clean, starts, ends = clean_chars(text)
    assert clean == "abấ"
    assert starts == [0, 2, 3] and ends == [1, 3, 6]
