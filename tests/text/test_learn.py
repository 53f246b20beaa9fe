"""vimod.text.learn: a lexicon learned from a few made-up normalisation pairs."""

from collections import Counter

from vimod.corpora import NormPair
from vimod.text._lexicon import _parse
from vimod.text._normalize import normalizer_for
from vimod.text.learn import Params, aligned_words, build, prep, score

PAIRS = [
    NormPair("ko biết", "không biết"),
    NormPair("tao ko đi", "tao không đi"),
    NormPair("ko sao đâu", "không sao đâu"),
    NormPair("mình đi học", "mình đi học"),
    NormPair("đi đâu vậy", "đi đâu vậy"),
    NormPair("ko thể nào xảy ra", "không thể xảy ra"),  # not aligned: left out
]


def test_prep_lower_cases_and_places_the_tone_mark() -> None:
    assert prep("Biết") == "biết"


def test_aligned_words_keeps_only_one_to_one_pairs() -> None:
    sents = aligned_words(PAIRS)
    assert len(sents) == 5
    assert sents[0] == [("ko", "không"), ("biết", "biết")]


def test_build_learns_teencode_and_vocab() -> None:
    lex = build(aligned_words(PAIRS), Counter({"nhà": 5, "xa": 1}), Params())
    assert lex["teencode"] == {"ko": "không"}
    assert "không" in lex["vocab"] and "biết" in lex["vocab"]
    assert "nhà" in lex["vocab"]  # corpus vocabulary above min_vocab
    assert "xa" not in lex["vocab"]  # below min_vocab
    assert "ko" not in lex["vocab"]


def test_learned_lexicon_normalises_and_scores() -> None:
    lex = build(aligned_words(PAIRS), Counter(), Params())
    run = normalizer_for(_parse(lex), restorer=False)
    assert run("ko biết").text == "không biết"
    held_out = [NormPair("ko đi", "không đi")]
    assert score(lex, held_out) == 1.0  # ERR: every needed change made, nothing broken
    empty = build([], Counter(), Params())
    assert score(empty, held_out) <= 0.0
