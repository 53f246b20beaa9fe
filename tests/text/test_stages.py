"""Each stage alone, as a plain function."""

from __future__ import annotations

import pytest

from vimod.text import (
    canonical_tone,
    collapse_elongation,
    deobfuscate,
    fold,
    join_spaced,
    load_lexicon,
    undo_leet,
)
from vimod.text._spelling import is_syllable, repair_spelling

VOCAB = {"ngu": 50, "xong": 90, "xoong": 3, "quá": 70, "vãi": 20, "đi": 80, "cooc": 1}


def freq(w: str) -> int:
    return VOCAB.get(w, 0)


def known(w: str) -> bool:
    return w in VOCAB or w in {"cặc", "đm", "ko"}


def test_canonical_tone_moves_mark_to_second_vowel() -> None:
    assert canonical_tone("hòa") == "hoà"
    assert canonical_tone("khỏe") == "khoẻ"
    assert canonical_tone("thúy") == "thuý"
    assert canonical_tone("qúy") == "quý"


def test_canonical_tone_keeps_length_and_other_words() -> None:
    for w in ("hòa", "nguyễn", "chuyện", "người", "ngoài", "khuỷu"):
        assert len(canonical_tone(w)) == len(w)
    assert canonical_tone("nguyễn") == "nguyễn"
    assert canonical_tone("chuyện") == "chuyện"


def test_fold_removes_diacritics_one_for_one() -> None:
    assert fold("Đà Lạt đẹp") == "Da Lat dep"
    assert fold("địt mẹ mày") == "dit me may"
    text = "Nguyễn Thị Thuý Hằng ơi ư ữ"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("nguuuuu", "ngu"), ("quáaaa", "quá"), ("vãiiiii", "vãi"), ("đii", "đi"),
     ("xooooong", "xong")],
)  # fmt: skip
def test_elongation_collapses_to_known_word(word: str, expected: str) -> None:
    assert collapse_elongation(word, freq) == expected


def test_elongation_keeps_real_double_letters() -> None:
    assert collapse_elongation("xoong", freq) is None
    assert collapse_elongation("cooc", freq) is None


def test_elongation_leaves_laughter_alone() -> None:
    assert collapse_elongation("kkkkk", freq) is None
    assert collapse_elongation("hhhh", freq) is None


def test_elongation_of_unknown_word_collapses_long_runs_only() -> None:
    assert collapse_elongation("zzaaaaab", freq) == "zzab"
    assert collapse_elongation("zzab", freq) is None


@pytest.mark.parametrize(
    ("core", "expected"),
    [("n.g.u", "ngu"), ("c.ặ.c", "cặc"), ("đ-m", "đm"), ("l*n", "lồn"), ("đ!t", "địt"),
     ("c**c", "cặc"), ("d_i_t", "địt"), ("n-g-u", "ngu")],
)  # fmt: skip
def test_deobfuscate_reads_disguised_words(core: str, expected: str) -> None:
    assert deobfuscate(core, known) == expected


@pytest.mark.parametrize("core", ["a.b", "v.v", "covid-19", "www.facebook.com", "c.á.c"])
def test_deobfuscate_leaves_ordinary_tokens(core: str) -> None:
    assert deobfuscate(core, known) in (None, "các")


def test_deobfuscate_marked_word_must_match_exactly() -> None:
    # ``các`` (plural marker) written with dots is not the obscene ``cặc``
    assert deobfuscate("c.á.c", known) != "cặc"


def test_undo_leet_reads_digits_inside_words() -> None:
    assert undo_leet("đ1t", known) == "địt"
    assert undo_leet("l0n", known) == "lồn"
    assert undo_leet("k0", known) == "ko"


def test_undo_leet_leaves_numbers_and_units() -> None:
    for w in ("4g", "2k", "3t", "covid19", "2024", "h5n1"):
        assert undo_leet(w, known) is None


def test_join_spaced_forms_words_from_letters() -> None:
    k = {"ngu", "địt", "mẹ"}.__contains__
    assert join_spaced(list("ngu"), k) == [(0, 3)]
    assert join_spaced(["đ", "ị", "t", "m", "ẹ"], k) == [(0, 3), (3, 5)]


def test_join_spaced_keeps_single_letter_teencode_apart() -> None:
    k = {"ae", "mk", "vở"}.__contains__
    assert join_spaced(["a", "e"], k) == []
    assert join_spaced(["m", "k"], k) == []
    assert join_spaced(["v", "ở"], k) == []


def test_is_syllable_knows_vietnamese_spelling() -> None:
    for w in ("nghiêng", "xoong", "khuỷu", "gì", "quý", "kẻ", "ghét"):
        assert is_syllable(w), w
    for w in ("ngke", "kác", "gét", "nguuu", "ck", "dc"):
        assert not is_syllable(w), w


def test_repair_spelling_fixes_unseen_teencode() -> None:
    clean = {"của": 90, "nghe": 40, "chắc": 30, "các": 50, "ghét": 9}
    by_fold = {"cua": ["của"], "nghe": ["nghe"], "chac": ["chắc"], "cac": ["các"]}
    assert repair_spelling("kủa", clean, by_fold) == "của"
    assert repair_spelling("ngke", clean, by_fold) == "nghe"
    assert repair_spelling("ckac", clean, by_fold) == "chắc"
    assert repair_spelling("gét", clean, by_fold) == "ghét"


def test_repair_spelling_never_touches_real_syllables() -> None:
    clean = {"sôi": 9, "chồng": 9}
    assert repair_spelling("xôi", clean, {}) is None
    assert repair_spelling("trồng", clean, {}) is None


def test_shipped_lexicon_is_learned_and_complete() -> None:
    lex = load_lexicon()
    assert lex.version.startswith("vilexnorm-train")
    assert len(lex.teencode) > 500 and len(lex.vocab) > 3000 and lex.context
    for form, target in [("ko", "không"), ("dc", "được"), ("đc", "được"), ("j", "gì"),
                         ("bik", "biết"), ("vs", "với"), ("hok", None)]:  # fmt: skip
        if target is None:
            assert form in lex.teencode or form in lex.context
        else:
            assert lex.teencode.get(form) == target, form
