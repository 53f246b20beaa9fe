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
    c1, f1, w1, r1 = doc_grams(p, {"ngu": 1})
    assert doc_grams(prepare("Mày ngu vãi"), {"ngu": 1}) == (c1, f1, w1, r1)
    assert LEX_GRAM in w1 and "ngu" in w1
    # view r keeps the input as typed (case, diacritics as given), c does not
    assert "Mà" in r1 and "Mà" not in c1 and " mà" in c1


def test_raw_view_keeps_the_input_as_typed_but_blanks_political_targets() -> None:
    from vimod.detect._features import raw_string
    from vimod.detect._prep import prepare

    assert raw_string(prepare("Shop  giao\nhàng NHANH!!")) == " Shop giao hàng NHANH!! "
    # decomposed input (NFD) gives the same view as composed input
    assert raw_string(prepare("Hàng đẹp")) == raw_string(prepare("Ha\u0300ng đe\u0323p"))
    # the political targets masked in the normalised views are masked here too, spelt
    # with or without diacritics
    for text in ("Đảng  nên lắng nghe!!", "DANG CONG SAN nen lang nghe",
                 "Bọn cộng sản và chính phủ ăn hại"):
        r = raw_string(prepare(text)).lower()
        assert not any(t in r for t in ("đảng", "dang", "cộng sản", "cong san", "chính phủ"))
    assert raw_string(prepare("Đảng nên lắng nghe!!")) == " nên lắng nghe!! "


_TEXTS = ["", "a", "a b", "ab  cd\n e", "xin chào các bạn", "đm thằng ngu vcl", "a b c d e f",
          "hay quá hay quá", "😂 ok 😂😂", "x" * 40 + " y", "\x00 a\x00b", "§lex §len3 §"]


def _pairs(ids: list[list[int]]) -> list[tuple[int, int]]:
    """(doc, col) pairs of per-text vocab id lists, sorted."""
    return sorted((d, i - 1) for d, x in enumerate(ids) for i in x)


@pytest.mark.parametrize("lo,hi", [(2, 5), (3, 5), (1, 4)])
@pytest.mark.parametrize("huge_alphabet", [False, True])
def test_char_gram_codes_equal_plain_lookup(lo: int, hi: int, huge_alphabet: bool) -> None:
    from vimod.detect._features import CharGramCodes, _char_grams, lookup, padded_words

    grams = {g for t in _TEXTS for g in _char_grams(padded_words(t), lo, hi)}
    vocab_list = sorted(grams)[::2]  # half are unknown
    if huge_alphabet:  # codes would overflow int64: the plain-lookup fallback must agree
        vocab_list += [chr(0x10000 + i) * lo for i in range(40_000)]
    vocab = {g: i for i, g in enumerate(vocab_list, start=1)}
    codes = CharGramCodes(vocab, lo, hi)
    assert codes.exact is not huge_alphabet
    for batch in (_TEXTS, _TEXTS[::-1], _TEXTS[5:6], []):
        padded = [padded_words(t) for t in batch]
        plain = lookup([_char_grams(s, lo, hi) for s in padded], vocab)
        doc, col = codes(padded)
        assert sorted(zip(doc.tolist(), col.tolist(), strict=True)) == _pairs(plain)


def test_word_gram_codes_equal_plain_lookup() -> None:
    from vimod.detect._features import LEX_GRAM, WordGramCodes, lookup, word_grams
    from vimod.detect._prep import prepare

    texts = [*_TEXTS, "mày ngu vãi mày ngu", "đồ ngu như chó, ngu như chó", "Haizz!!! 123"]
    prepared = [prepare(t) for t in texts]
    lexicon = {"ngu": 1, "ngu như chó": 1, "đồ ngu": 1, "a b c d": 1}
    grams = {g for p in prepared for g in word_grams(p, lexicon)}
    vocab = {g: i for i, g in enumerate([LEX_GRAM, *sorted(grams - {LEX_GRAM})[::2]], start=1)}
    codes, fallback = WordGramCodes(vocab, lexicon), WordGramCodes(vocab, lexicon)
    fallback.exact = False  # the plain-lookup path (for vocabularies too large to encode)
    for batch in (prepared, prepared[::-1], prepared[:1], []):
        plain = lookup([word_grams(p, lexicon) for p in batch], vocab)
        for c in (codes, fallback):
            doc, col = c(batch)
            assert sorted(zip(doc.tolist(), col.tolist(), strict=True)) == _pairs(plain)


def test_token_feature_ids_equal_plain_lookup_in_order() -> None:
    from vimod.detect._features import TokenFeatureIds, token_features
    from vimod.detect._prep import prepare

    texts = ["mày ngu vãi mày ngu", "đồ ngu như chó!!", "😂 ok", "", "Haizz. Nthe này"]
    lexicon = {"ngu": 1, "ngu như chó": 1}
    feats = [f for t in texts for fs in token_features(prepare(t), lexicon) for f in fs]
    vocab = {g: i for i, g in enumerate(sorted(set(feats))[::2], start=1)}
    ids = TokenFeatureIds(vocab, lexicon, cache_size=3)
    for _ in range(2):  # second pass hits the cache
        for t in texts:
            p = prepare(t)
            plain = [list(filter(None, map(vocab.get, f))) for f in token_features(p, lexicon)]
            assert ids(p) == plain, t  # same order: the weighted sums stay bit-identical


def test_code_table_finds_exactly_its_keys() -> None:
    import numpy as np

    from vimod.detect._features import _CodeTable

    rng = np.random.default_rng(0)
    keys = np.unique(rng.integers(1, 2**62, size=5000))
    table = _CodeTable(keys, np.arange(len(keys)) * 7)
    queries = np.concatenate([keys[::3], rng.integers(1, 2**62, size=5000), [0, 1]])
    hit, col = table.find(queries)
    expected = {i for i, q in enumerate(queries.tolist()) if q in set(keys.tolist())}
    assert set(hit.tolist()) == expected and len(hit) == len(expected)
    assert (col == np.searchsorted(keys, queries[hit]) * 7).all()
