"""Small pieces that need no model: metrics, readers, features."""

from __future__ import annotations

import io

import pytest

from vimod.detect._eval import classification_report, span_f1
from vimod.detect._io import iter_rows, read_labelled
from vimod.errors import InvalidInput


def test_span_f1_follows_the_vihos_semeval_convention_for_empty_gold() -> None:
    assert span_f1(set(), set()) == 1.0
    assert span_f1({1}, set()) == 0.0
    assert span_f1(set(), {1}) == 0.0
    assert span_f1({0, 1, 4, 5}, {0, 1, 6}) == pytest.approx(0.5714285714285714)


def test_classification_report_counts_and_macro_f1() -> None:
    r = classification_report([0, 0, 1, 2], ["CLEAN", "OFFENSIVE", "OFFENSIVE", "HATE"])
    assert r["confusion_matrix"] == [[1, 1, 0], [0, 1, 0], [0, 0, 1]]
    assert r["accuracy"] == 0.75
    assert r["per_class"]["OFFENSIVE"]["precision"] == 0.5
    assert r["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)


def test_jsonl_rows_report_bad_lines_without_dropping_them() -> None:
    f = io.StringIO('{"id": 7, "text": "a"}\n[1]\n{"text": null}\n{oops\n')
    rows = list(iter_rows(f, "jsonl"))
    assert [r[0] for r in rows] == [7, 2, 3, 4]
    assert rows[0][1] == "a" and all(r[2] for r in rows[1:])


def test_txt_rows_keep_empty_lines_as_rows() -> None:
    rows = list(iter_rows(io.StringIO("a\n\nb\n"), "txt"))
    assert [(r[0], r[1]) for r in rows] == [(1, "a"), (2, ""), (3, "b")]


def test_read_labelled_accepts_vihsd_csv(tmp_path) -> None:
    p = tmp_path / "x.csv"
    p.write_text('free_text,label_id\n"a, b",0\nc,2\n', encoding="utf-8")
    assert read_labelled(str(p)) == (["a, b", "c"], [0, 2])


def test_read_labelled_refuses_missing_columns(tmp_path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(InvalidInput):
        read_labelled(str(p))


def test_doc_grams_are_deterministic_and_mark_lexicon_hits() -> None:
    from vimod.detect._features import LEX_GRAM, doc_grams
    from vimod.detect._prep import prepare

    p = prepare("Mày ngu vãi")
    c1, f1, w1 = doc_grams(p, {"ngu": 1})
    assert doc_grams(prepare("Mày ngu vãi"), {"ngu": 1}) == (c1, f1, w1)
    assert LEX_GRAM in w1 and "ngu" in w1


@pytest.mark.parametrize("lo,hi", [(2, 5), (3, 5), (1, 4)])
def test_cached_char_gram_ids_equal_plain_lookup(lo: int, hi: int) -> None:
    from vimod.detect._features import CharGramIds, _char_grams, lookup

    texts = ["", "a", "a b", "ab  cd\n e", "xin chào các bạn", "đm thằng ngu vcl",
             "a b c d e f", "hay quá hay quá", "😂 ok 😂😂", "x" * 40 + " y"]
    grams = {g for t in texts for g in _char_grams(" " + " ".join(t.split()) + " ", lo, hi)}
    vocab = {g: i for i, g in enumerate(sorted(grams)[::2], start=1)}  # half are unknown
    ids = CharGramIds(vocab, lo, hi, cache_size=4)
    for _ in range(2):  # second pass hits the caches
        for t in texts:
            s = " " + " ".join(t.split()) + " "
            plain = lookup([_char_grams(s, lo, hi) if len(s) > 2 else []], vocab)[0]
            assert sorted(ids(t.split())) == sorted(plain), t
