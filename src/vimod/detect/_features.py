"""Feature extraction shared by training and inference (pure Python + numpy, no sklearn).

Document features (label and spam heads), three views of one ``Prepared`` text:

* ``c``  character 2-5-grams of the normalised text (whitespace collapsed, padded);
* ``f``  character 3-5-grams of the accent-folded text (catches missing diacritics);
* ``w``  word 1-3-grams of the normalised text, plus one pooled ``§lex`` gram per
  abusive-lexicon hit (lexicon mined from ViHOS training spans).

Each view is TF-IDF weighted (sublinear tf, idf learned at training) and L2-normalised on
its own, like a scikit-learn ``FeatureUnion`` of three ``TfidfVectorizer``. Vocabularies
are plain dicts built from JSON lists; ids start at 1 so ``filter(None, map(get, grams))``
drops unknown grams at C speed.

Token features (span head): the token, its folded form, neighbours, folded char 3-grams,
and lexicon flags.
"""

from __future__ import annotations

import math
import re
from itertools import chain

import numpy as np
import scipy.sparse as sp

from vimod.detect._prep import Prepared

VIEWS = ("c", "f", "w")
LEX_GRAM = "§lex"
_ELONGATED = re.compile(r"(.)\1{3,}")


def shape_grams(original: str) -> list[str]:
    """A few pseudo-words describing the raw input's shape (length, lines, case, repeated
    characters, digits) that normalisation erases but spam reviews betray."""
    n = len(original)
    out = [f"§len{min(int(math.log2(n + 1)), 12)}", f"§nl{min(original.count(chr(10)), 4)}"]
    letters = sum(map(str.isalpha, original))  # map over a builtin: C speed
    if letters:
        up = sum(map(str.isupper, original)) / letters
        out.append(f"§up{min(int(up * 5), 4)}")
    if _ELONGATED.search(original):
        out.append("§elong")
    digits = sum(map(str.isdigit, original))
    if digits:
        out.append(f"§dig{min(digits, 3)}")
    return out


def _char_grams(s: str, lo: int, hi: int) -> list[str]:
    out: list[str] = []
    n_chars = len(s)
    for n in range(lo, hi + 1):
        out += [s[i : i + n] for i in range(n_chars - n + 1)]
    return out


def words_of(p: Prepared) -> list[str]:
    t = p.text
    return [t[a:b] for a, b in p.tokens]


def lexicon_hits(words: list[str], lexicon: dict[str, int]) -> list[tuple[int, int]]:
    """(first_word, n_words) of every lexicon phrase (1-3 words) found in ``words``."""
    hits = []
    n = len(words)
    for i in range(n):
        w = words[i]
        if w in lexicon:
            hits.append((i, 1))
        if i + 1 < n:
            b = w + " " + words[i + 1]
            if b in lexicon:
                hits.append((i, 2))
            if i + 2 < n and b + " " + words[i + 2] in lexicon:
                hits.append((i, 3))
    return hits


CHAR_RANGES = ((2, 5), (3, 5))  # n-gram ranges of views c and f


def word_grams(p: Prepared, lexicon: dict[str, int]) -> list[str]:
    """View ``w``: word 1-3-grams, lexicon-hit grams and shape grams."""
    words = words_of(p)
    w = list(words)
    if len(words) > 1:
        bi = [words[i] + " " + words[i + 1] for i in range(len(words) - 1)]
        w += bi
        w += [bi[i] + " " + words[i + 2] for i in range(len(words) - 2)]
    w += [LEX_GRAM] * len(lexicon_hits(words, lexicon))
    w += shape_grams(p.original)
    return w


def doc_grams(
    p: Prepared, lexicon: dict[str, int], ranges: tuple[tuple[int, int], ...] = CHAR_RANGES
) -> tuple[list[str], list[str], list[str]]:
    """The three gram lists (views c, f, w) of one prepared text (training path; inference
    gets the same ids faster through ``CharGramIds``)."""
    s = " " + " ".join(p.text.split()) + " "
    fs = " " + " ".join(p.folded.split()) + " "
    c = _char_grams(s, *ranges[0]) if len(s) > 2 else []
    f = _char_grams(fs, *ranges[1]) if len(fs) > 2 else []
    return c, f, word_grams(p, lexicon)


def tfidf_matrix(
    gram_lists: list[list[str]], vocab: dict[str, int], idf: np.ndarray
) -> sp.csr_matrix:
    """Sublinear TF-IDF, L2-normalised rows; ``vocab`` ids start at 1 (column id - 1)."""
    get = vocab.get
    ids_per_doc = [list(filter(None, map(get, g))) for g in gram_lists]
    lengths = np.fromiter((len(x) for x in ids_per_doc), dtype=np.int64, count=len(ids_per_doc))
    indptr = np.zeros(len(ids_per_doc) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    flat = [i for ids in ids_per_doc for i in ids]
    indices = np.asarray(flat, dtype=np.int64) - 1 if flat else np.zeros(0, dtype=np.int64)
    data = np.ones(len(indices), dtype=np.float64)
    m = sp.csr_matrix((data, indices, indptr), shape=(len(ids_per_doc), len(idf)))
    m.sum_duplicates()
    m.data = (1.0 + np.log(m.data)) * idf[m.indices]
    row_norm = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    row_norm[row_norm == 0] = 1.0
    m = sp.csr_matrix(sp.diags(1.0 / row_norm) @ m)
    return m


def lookup(gram_lists: list[list[str]], vocab: dict[str, int]) -> list[list[int]]:
    get = vocab.get
    return [list(filter(None, map(get, g))) for g in gram_lists]


class CharGramIds:
    """Vocabulary ids of the character n-grams of a whitespace-collapsed, space-padded
    string, computed as (cached ids of the grams inside each " word " window) + (lookups of
    the few grams that straddle a space). Gives exactly the ids that looking up
    ``_char_grams(s, lo, hi)`` would, at a fraction of the cost, because words repeat."""

    def __init__(self, vocab: dict[str, int], lo: int, hi: int, cache_size: int = 100_000):
        self.vocab, self.lo, self.hi, self.cache_size = vocab, lo, hi, cache_size
        self.cache: dict[str, list[int]] = {}
        self.cross_cache: dict[str, list[int]] = {}

    def _window(self, word: str) -> list[int]:
        ids = self.cache.get(word)
        if ids is None:
            get = self.vocab.get
            padded = " " + word + " "
            if self.lo == 1:  # the trailing space belongs to the next window (added once below)
                grams = [" ", *word, *_char_grams(padded, 2, self.hi)]
            else:
                grams = _char_grams(padded, self.lo, self.hi)
            ids = list(filter(None, map(get, grams)))
            if len(self.cache) < self.cache_size:  # full: keep the (frequent) early entries
                self.cache[word] = ids
        return ids

    def _cross(self, key: str) -> list[int]:
        """Ids of the grams of ``key`` (left context, a space, right context) that contain
        its first space after position 0 strictly inside and no space before it."""
        j = key.find(" ", 1)
        grams = []
        for n in range(max(self.lo, 3), self.hi + 1):
            grams += [key[i : i + n] for i in range(max(0, j - n + 2), j) if i + n <= len(key)]
        ids = list(filter(None, map(self.vocab.get, grams)))
        if len(self.cross_cache) < self.cache_size:
            self.cross_cache[key] = ids
        return ids

    def __call__(self, words: list[str]) -> list[int]:
        if not words:
            return []
        out: list[int] = []
        if self.lo == 1 and " " in self.vocab:
            out.append(self.vocab[" "])  # the final padding space
        window = self.cache.get
        for w in words:
            ids = window(w)
            out += ids if ids is not None else self._window(w)
        # grams with a space strictly inside depend only on the hi - 2 characters on each
        # side of their first inner space j (cut at the previous space): cache by that
        s = " " + " ".join(words) + " "
        last, reach = len(s) - 1, self.hi - 1
        cross = self.cross_cache.get
        prev, j = 0, s.find(" ", 1)
        while 0 < j < last:
            key = s[max(prev, j - reach + 1) : j + reach]
            ids = cross(key)
            out += ids if ids is not None else self._cross(key)
            prev, j = j, s.find(" ", j + 1)
        return out


def tfidf_scores(
    ids_per_doc: list[list[int]], idf: np.ndarray, W: np.ndarray
) -> np.ndarray:
    """``tfidf_matrix(gram_lists, vocab, idf) @ W`` from looked-up ids, without building a
    scipy matrix: a handful of vectorised numpy calls per view, whatever the batch size, so
    a single text costs tens of microseconds instead of scipy's per-call overhead."""
    n = len(ids_per_doc)
    lens = np.fromiter(map(len, ids_per_doc), dtype=np.int64, count=n)
    total = int(lens.sum())
    out = np.zeros((n, W.shape[1]), dtype=np.float64)
    if total == 0:
        return out
    size = len(idf)
    # int32 keys sort faster; fall back to int64 for very large batches
    kt = np.int32 if n * size < 2**31 - 1 else np.int64
    flat = np.fromiter(chain.from_iterable(ids_per_doc), dtype=kt, count=total) - 1
    keys, counts = np.unique(np.repeat(np.arange(n, dtype=kt), lens) * kt(size) + flat,
                             return_counts=True)
    doc, feat = np.divmod(keys, size)
    val = (1.0 + np.log(counts)) * idf[feat]
    norm = np.sqrt(np.bincount(doc, weights=val * val, minlength=n))
    val /= norm[doc]
    contrib = W[feat].astype(np.float64) * val[:, None]
    starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    out[doc[starts]] = np.add.reduceat(contrib, starts, axis=0)
    return out


def token_features(p: Prepared, lexicon: dict[str, int]) -> list[list[str]]:
    """One feature-name list per token of ``p`` (span head)."""
    t, fo = p.text, p.folded
    words = [t[a:b] for a, b in p.tokens]
    folds = [fo[a:b] for a, b in p.tokens]
    n = len(words)
    in_lex = [0] * n
    for i, k in lexicon_hits(words, lexicon):
        for j in range(i, i + k):
            in_lex[j] = max(in_lex[j], k)
    pad_f = ["<s>", "<s>", *folds, "</s>", "</s>"]
    out = []
    for i in range(n):
        w, f = words[i], folds[i]
        p1, p2, n1, n2 = pad_f[i + 1], pad_f[i], pad_f[i + 3], pad_f[i + 4]
        feats = [
            "b",
            "w=" + w,
            "f=" + f,
            "p=" + p1,
            "n=" + n1,
            "pp=" + p2,
            "nn=" + n2,
            "pf=" + p1 + "_" + f,
            "fn=" + f + "_" + n1,
            "pwn=" + p1 + "_" + f + "_" + n1,
            "L" + str(in_lex[i]),
            "Lp" + str(in_lex[i - 1] if i else 0),
            "Ln" + str(in_lex[i + 1] if i + 1 < n else 0),
            "len" + str(min(len(w), 8)),
        ]
        if not w[:1].isalnum():
            feats.append("sym")
        g = "<" + f + ">"
        feats += ["c=" + g[j : j + 3] for j in range(len(g) - 2)]
        out.append(feats)
    return out
