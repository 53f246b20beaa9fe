"""Stage ``elongation`` — ``nguuuuu`` → ``ngu``, ``vãiiiii`` → ``vãi``, ``quáaaa`` → ``quá``.

A run is a stretch of letters that fold to the same base letter (``áaaa`` is one run of
``a``). Each run may shrink to one or two letters; a candidate is accepted only if it is a
known word, so real double letters survive (``xoong``, ``cooc`` are in the vocabulary and
are never touched: a known word is never collapsed). Among several known candidates the
most frequent wins (``xooongg`` → ``xong``). A word that only repeats one letter
(``kkkk``, ``hhhh``: laughter) is left alone. Unknown words with a run of three or more
letters lose the run down to one letter; a doubled letter in an unknown word is kept.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from vimod.text._tone import FOLD_TABLE

_RUN = re.compile(r"([^\W\d_])\1+")
_MAX_CANDIDATES = 64
_MAX_RUNS = 6


def _collapse_long_runs(word: str, runs: list[tuple[int, int]]) -> str | None:
    out = []
    cut = 0
    for start, end in runs:
        out.append(word[cut:start])
        run = word[start:end]
        out.append(_best_char(run) if end - start >= 3 else run)
        cut = end
    out.append(word[cut:])
    cand = "".join(out)
    return cand if cand != word else None


def _best_char(run: str) -> str:
    # The marked letter carries the information (``áaaa`` → ``á``); else the first.
    for c in run:
        if c.translate(FOLD_TABLE) != c:
            return c
    return run[0]


def collapse_elongation(
    word: str, frequency: Callable[[str], int]
) -> str | None:
    """The de-elongated word, or ``None`` when ``word`` has nothing to collapse.

    ``frequency(w)`` says how common ``w`` is (0 = unknown word).

    >>> vocab = {"ngu": 50, "xong": 90, "xoong": 3}
    >>> f = lambda w: vocab.get(w, 0)
    >>> collapse_elongation("nguuuuu", f), collapse_elongation("xoong", f)
    ('ngu', None)
    """
    folded = word.translate(FOLD_TABLE)
    runs = [m.span() for m in _RUN.finditer(folded)]
    if not runs or frequency(word) or len(set(folded)) == 1:
        return None
    if len(runs) > _MAX_RUNS:  # not a word (a long string of junk): no dictionary search
        return _collapse_long_runs(word, runs)
    options: list[tuple[str, ...]] = []
    for start, end in runs:
        run = word[start:end]
        best = _best_char(run)
        # two letters: keep a marked one if any, so ``xoòng`` can give ``xoòng``
        options.append((best, run[0] + best if best != run[0] else run[:2]))
    pieces: list[str] = []
    cut = 0
    for start, end in runs:
        pieces.append(word[cut:start])
        cut = end
    tail = word[cut:]
    best_word, best_freq = None, 0
    for combo in itertools.islice(itertools.product(*options), _MAX_CANDIDATES):
        cand = "".join(p + c for p, c in zip(pieces, combo, strict=True)) + tail
        f = frequency(cand)
        if f > best_freq:
            best_word, best_freq = cand, f
    if best_word is not None:
        return best_word
    # unknown: collapse runs of three or more, keep doubles
    return _collapse_long_runs(word, runs)
