"""``normalize`` end to end: what it reads, what it leaves alone, offsets, bad input."""

from __future__ import annotations

import time

import pytest

from vimod.errors import InvalidInput
from vimod.text import Normalized, Token, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ko biết", "không biết"),
        ("k đi đc đâu", "không đi được đâu"),
        ("hok thích", "không thích"),
        ("làm j thế", "làm gì thế"),
        ("bik rồi", "biết rồi"),
        ("đi vs tao", "đi với tao"),
        ("dc k", "được không"),
        ("đc r", "được rồi"),
        ("kủa ai", "của ai"),
    ],
)
def test_teencode_is_expanded(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_ambiguous_short_forms_read_from_context() -> None:
    assert normalize("t bảo m rồi").text == "tao bảo mày rồi"
    assert normalize("a ơi e nhớ a").text == "anh ơi em nhớ anh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("nguuuuu", "ngu"), ("vãiiiii", "vãi"), ("quáaaa", "quá"), ("điiii đâuuu", "đi đâu"),
     ("Nguuuu vãiiii", "ngu vãi")],
)  # fmt: skip
def test_elongation_reads_as_the_word(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("n.g.u", "ngu"), ("đ-m", "đm"), ("c.ặ.c", "cặc"), ("l*n", "lồn"), ("đ!t", "địt"),
     ("n g u", "ngu"), ("đ ị t", "địt"), ("đ1t", "địt"), ("l0n", "lồn"), ("N.G.U vãi", "ngu vãi"),
     ("đ ị t m ẹ", "địt mẹ"), ("thằng n g u", "thằng ngu")],
)  # fmt: skip
def test_obfuscation_is_read(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["Đà Lạt", "Nguyễn", "xoong", "cặp sách", "con chó nhà tôi", "cooc", "Hà Nội",
     "Thành phố Hồ Chí Minh", "mẹ tôi nấu cơm", "các bạn", "4g", "covid-19",
     "nồi xoong", "ăn cơm chưa", "kkkkk", "hahaha"],
)  # fmt: skip
def test_ordinary_words_and_names_survive(text: str) -> None:
    assert normalize(text).text == text.lower()


def test_ordinary_sentence_is_left_alone_but_obfuscated_one_is_read() -> None:
    # both sides: the same words, once plain and once disguised
    plain = "con chó nhà tôi ngu lắm"
    assert normalize(plain).text == plain
    assert normalize("con chó nhà tôi n.g.u lắmmmm").text == plain


def test_folded_has_no_diacritics_and_same_length() -> None:
    n = normalize("Đ.m mày ngu vãi, đồ chó")
    assert n.folded == "dm may ngu vai, do cho"
    assert len(n.folded) == len(n.text)


def test_typed_without_diacritics_is_matchable_by_folded() -> None:
    assert "may ngu" in normalize("Mày ngu").folded
    assert "may ngu" in normalize("may ngu").folded
    assert "dit me" in normalize("địt mẹ").folded
    assert "dit me" in normalize("dit me").folded


def test_to_original_maps_rewritten_word_to_what_author_wrote() -> None:
    text = "Mày nguuuu vl, k ai chơi vs m"
    n = normalize(text)
    s = n.text.index("ngu")
    a, b = n.to_original(s, s + 3)
    assert text[a:b] == "nguuuu"
    s = n.text.index("không")
    a, b = n.to_original(s, s + 5)
    assert text[a:b] == "k"
    # part of a rewritten word maps to the whole word
    assert n.to_original(s + 1, s + 2) == (a, b)


def test_to_original_unchanged_text_maps_char_by_char() -> None:
    text = "Đà Lạt đẹp"
    n = normalize(text)
    for i in range(len(n.text)):
        assert n.to_original(i, i + 1) == (i, i + 1)


def test_to_original_through_invisible_and_decomposed_chars() -> None:
    text = "ng\u200bu qua\u0301"
    n = normalize(text)
    assert n.text == "ngu quá"
    assert text[slice(*n.to_original(0, 3))] == "ng\u200bu"
    assert text[slice(*n.to_original(4, 7))] == "qua\u0301"


def test_to_original_rejects_bad_spans() -> None:
    n = normalize("ngu quá")
    for bad in ((-1, 2), (3, 2), (0, 99), (0.5, 2), ("0", 1), (True, 2)):
        with pytest.raises(InvalidInput):
            n.to_original(*bad)  # type: ignore[arg-type]


def test_tokens_give_both_offsets() -> None:
    text = "Đ.m  mày\tnguuuu!!"
    n = normalize(text)
    assert [t.text for t in n.tokens] == ["đm", "mày", "ngu"]
    for t in n.tokens:
        assert isinstance(t, Token)
        assert n.text[t.start : t.end] == t.text
        assert text[t.original_start : t.original_end] == t.original
    assert [t.original for t in n.tokens] == ["Đ.m", "mày", "nguuuu"]


def test_spans_are_plain_dicts() -> None:
    spans = normalize("k biết").spans
    assert spans[0] == {
        "text": "không", "start": 0, "end": 5, "original_start": 0, "original_end": 1,
        "original": "k",
    }  # fmt: skip


def test_links_and_addresses_are_kept_exactly() -> None:
    text = "ib lienhe@gmail.com hoặc https://facebook.com/abc nhé"
    assert normalize(text).text == "ib lienhe@gmail.com hoặc https://facebook.com/abc nhé"


def test_whitespace_is_collapsed() -> None:
    assert normalize("  ngu \n\n  quá\t ").text == "ngu quá"


def test_empty_string_gives_empty_result() -> None:
    n = normalize("")
    assert isinstance(n, Normalized)
    assert n.text == "" and n.folded == "" and n.tokens == ()
    assert n.to_original(0, 0) == (0, 0)


def test_only_invisible_input_gives_empty_result() -> None:
    n = normalize("\u200b\u200b \x00")
    assert n.text == ""
    assert n.to_original(0, 0) == (0, 0)


@pytest.mark.parametrize("bad", [None, 42, b"ngu", ["ngu"], 3.5])
def test_non_string_input_raises_invalid_input(bad: object) -> None:
    with pytest.raises(InvalidInput, match="needs a str"):
        normalize(bad)  # type: ignore[arg-type]


def test_one_megabyte_string_is_fine() -> None:
    text = ("Mày nguuuu vl, k ai chơi vs m đâu. Đà Lạt đẹp quá! " * 20000)[:1_000_000]
    start = time.perf_counter()
    n = normalize(text)
    took = time.perf_counter() - start
    assert n.text.startswith("mày ngu vl, không ai chơi với")
    assert n.to_original(0, len(n.text)) == (0, len(text.rstrip()))
    assert took < 20  # generous: shared CI cores; the bench measures the real speed


def test_time_is_linear_in_length() -> None:
    unit = "Mày nguuuu vl, k ai chơi vs m đâu. n.g.u đ ị t \u200b Ｎgu "
    small, big = unit * 300, unit * 3000

    def best_of(text: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            normalize(text)
            times.append(time.perf_counter() - start)
        return min(times)

    best_of(small)  # warm the caches
    # 10x the text must not take anywhere near 100x the time (quadratic); the margin is
    # wide because CI cores are shared
    assert best_of(big) < 40 * best_of(small)


@pytest.mark.parametrize(
    "text",
    ["a" * 200_000, "a.b!" * 50_000, "a" + "\u0301" * 200_000, "\ud800" * 100_000,
     "!?" * 100_000, "l*n" * 50_000, "ngu" + "u" * 200_000, "aabbccdd" * 25_000,
     "k " * 100_000, "n g u " * 30_000, ".a" * 100_000, "*" * 100_000,
     "a@" + "b" * 200_000, "a@" + ".b" * 100_000, "http://" + "a" * 200_000],
)  # fmt: skip
def test_pathological_input_does_not_hang(text: str) -> None:
    start = time.perf_counter()
    n = normalize(text)
    assert time.perf_counter() - start < 20
    s, e = n.to_original(0, len(n.text))
    assert 0 <= s <= e <= len(text)


def test_normalized_equality_and_repr() -> None:
    assert normalize("ko") == normalize("ko")
    assert normalize("ko") != normalize("k")
    assert "không" in repr(normalize("ko"))
    assert len({normalize("ko"), normalize("ko")}) == 1
