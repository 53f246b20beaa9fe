"""Scoring a normaliser on ViLexNorm.

``err_score`` implements the issue's word-level protocol: lower-case, replace punctuation
by spaces, split on whitespace; keep the pairs whose original and gold have the same
number of words; normalise the original's words joined by single spaces and tokenise the
output the same way (a different word count counts every word that needed a change as
missed); ERR = (TP − FP) / (TP + FN).

``strict_err_score`` is a stricter variant in the direction of the ViLexNorm paper (which
reports 57.74% ERR, van der Goot's formula against leave-as-is, on its own alignment):
every pair is kept, the raw sentence is normalised, tokens keep their punctuation, and
any pair whose token counts disagree scores all its needed changes as missed. It is
*not* the paper's exact protocol, which we could not reproduce from the data alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vimod.corpora import NormPair

_PUNCT = re.compile(r"[^\w\s]|_")


def protocol_tokens(text: str) -> list[str]:
    """Lower-case, punctuation to spaces, split on whitespace."""
    return _PUNCT.sub(" ", text.lower()).split()


@dataclass(frozen=True)
class ErrResult:
    pairs: int  # pairs scored
    words: int  # words scored
    tp: int
    fn: int
    fp: int

    @property
    def err(self) -> float:
        need = self.tp + self.fn
        return (self.tp - self.fp) / need if need else 0.0

    def __str__(self) -> str:
        return (
            f"ERR={self.err:.4f} (TP={self.tp} FN={self.fn} FP={self.fp}; "
            f"{self.pairs} pairs, {self.words} words)"
        )


def most_frequent_mapping(train: Iterable[NormPair]) -> Callable[[str], str]:
    """The baseline: each word becomes the gold word it was most often aligned to in the
    same-length training pairs (protocol tokens, nothing else)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for p in train:
        o, g = protocol_tokens(p.original), protocol_tokens(p.normalized)
        if len(o) == len(g):
            for a, b in zip(o, g, strict=True):
                counts[a][b] += 1
    table = {a: c.most_common(1)[0][0] for a, c in counts.items()}
    return lambda s: " ".join(table.get(w, w) for w in protocol_tokens(s))


def _tally(orig: list[str], gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """(TP, FN, FP) over aligned words: a word that needed a change counts TP when the
    output has the gold word, else FN; a word that needed none counts FP when changed."""
    tp = fn = fp = 0
    for o, g, p in zip(orig, gold, pred, strict=True):
        if o != g:
            if p == g:
                tp += 1
            else:
                fn += 1
        elif p != o:
            fp += 1
    return tp, fn, fp


def err_score(pairs: Iterable[NormPair], normalise: Callable[[str], str]) -> ErrResult:
    """The issue's protocol. ``normalise`` maps a string to its normalised string."""
    tp = fn = fp = n_pairs = n_words = 0
    for pair in pairs:
        orig = protocol_tokens(pair.original)
        gold = protocol_tokens(pair.normalized)
        if len(orig) != len(gold) or not orig:
            continue
        n_pairs += 1
        n_words += len(orig)
        pred = protocol_tokens(normalise(" ".join(orig)))
        if len(pred) != len(orig):
            fn += sum(o != g for o, g in zip(orig, gold, strict=True))
            continue
        t, n, f = _tally(orig, gold, pred)
        tp, fn, fp = tp + t, fn + n, fp + f
    return ErrResult(n_pairs, n_words, tp, fn, fp)


def strict_err_score(pairs: Iterable[NormPair], normalise: Callable[[str], str]) -> ErrResult:
    """A stricter variant: every pair is kept, the normaliser sees the raw sentence, and
    tokens are split on whitespace only, so punctuation stays attached and must survive
    too. Position ``i`` needs a change when the original and gold tokens there differ (a
    missing token differs). When the original, gold and output do not all have the same
    number of tokens, every position that needed a change counts as missed."""
    tp = fn = fp = n_pairs = n_words = 0
    for pair in pairs:
        orig = pair.original.lower().split()
        gold = pair.normalized.lower().split()
        if not orig and not gold:
            continue
        n_pairs += 1
        n_words += max(len(orig), len(gold))
        pred = normalise(pair.original).split()
        if not (len(orig) == len(gold) == len(pred)):
            width = max(len(orig), len(gold))
            fn += sum(
                (orig[i] if i < len(orig) else None) != (gold[i] if i < len(gold) else None)
                for i in range(width)
            )
            continue
        t, n, f = _tally(orig, gold, pred)
        tp, fn, fp = tp + t, fn + n, fp + f
    return ErrResult(n_pairs, n_words, tp, fn, fp)
