"""Stages ``deobfuscate`` and ``leet`` — words written to slip past a filter.

* separators inside a word: ``n.g.u``, ``đ-m``, ``c.ặ.c``, ``đ_i_t``;
* masks standing for letters: ``l*n``, ``c**c``, ``đ#t``;
* leetspeak: ``đ!t``, ``đ1t``, ``l0n``, ``ngu``→``n9u`` is *not* a Vietnamese habit and is
  not read; digits are only read as letters inside a word that also has letters;
* spaced-out letters: ``n g u``, ``đ ị t``, ``c ặ c``.

Every rewrite here must land on a known word (the learned vocabulary, the learned teencode
forms, or the short hand list of obscene words below), otherwise the input is kept as
written: ``covid19``, ``4g``, ``a.b`` and e-mail addresses stay what they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from vimod.text._tone import FOLD_TABLE

# Hand list: words that people disguise. Folded spelling -> the word. Kept short and
# explicit; the teencode dictionary is learned, this is not (the issue allows it).
OBSCENE = (
    "địt", "đụ", "đéo", "lồn", "cặc", "buồi", "đĩ", "cứt", "đái", "ỉa", "dái", "đít",
    "ngu", "óc", "chó", "đần", "khốn", "súc", "vãi", "đm", "đmm", "đcm", "đkm", "vl",
    "vcl", "vkl", "cc", "clm", "cmm", "cl", "đb", "lìn", "loz", "lol",
)  # fmt: skip
OBSCENE_SET = frozenset(OBSCENE)
_OBSCENE_BY_FOLD: dict[str, str] = {}
for _w in OBSCENE:
    _OBSCENE_BY_FOLD.setdefault(_w.translate(FOLD_TABLE), _w)

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "!": "i", "$": "s"}
_LEET_TABLE = str.maketrans(LEET)
_MASKS = "*#?%"
# A core that has letters on both sides of something that is not a letter.
_OBFUSCATED = re.compile(r"^[^\W_]+(?:[\W_]{1,3}[^\W_]+)+$|^[^\W_]*[*#?%][*#?%^\w]*$")
_NOT_WORD = re.compile(r"[\W_]+")
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def obscene_for(folded: str) -> str | None:
    """The hand-listed obscene word whose folded spelling is ``folded``, if any."""
    return _OBSCENE_BY_FOLD.get(folded)


def undo_leet(word: str, known: Callable[[str], bool]) -> str | None:
    """Read digits/symbols as letters when the word also has letters and the result is a
    known word (or, folded, an obscene one).

    >>> undo_leet("đ1t", lambda w: False), undo_leet("covid19", lambda w: False)
    ('địt', None)
    """
    # ``4g``, ``3t``, ``2k``: a leading digit is a number with a unit, not leet
    if word[:1].isdigit() or not _HAS_LETTER.search(word):
        return None
    if not (_HAS_DIGIT.search(word) or "@" in word or "!" in word or "$" in word):
        return None
    cand = word.translate(_LEET_TABLE)
    if cand == word or not cand.isalpha():
        return None
    # a word disguised with digits is read as the obscene word it spells, if any
    return _disguised(cand) or (cand if known(cand) else None)


def _mask_match(core: str) -> str | None:
    folded = core.translate(FOLD_TABLE)
    parts: list[str] = []
    for ch in folded:
        if ch in _MASKS:
            if parts and parts[-1] == "[a-z]{1,3}":
                continue
            parts.append("[a-z]{1,3}")
        elif ch.isalnum():
            parts.append(re.escape(LEET.get(ch, ch)))
        else:
            return None
    if sum(p != "[a-z]{1,3}" for p in parts) < 1:
        return None
    pattern = re.compile("".join(parts))
    # the hand list is ordered by how common the word is: the first fit wins
    return next((w for f, w in _OBSCENE_BY_FOLD.items() if pattern.fullmatch(f)), None)


def deobfuscate(core: str, known: Callable[[str], bool]) -> str | None:
    """Read a word with separators, masks or leet inside; ``None`` if it is not one.

    ``core`` has no leading or trailing punctuation.

    >>> k = {"ngu", "cặc", "đm"}.__contains__
    >>> [deobfuscate(w, k) for w in ("n.g.u", "c.ặ.c", "đ-m", "l*n", "đ!t", "a.b")]
    ['ngu', 'cặc', 'đm', 'lồn', 'địt', None]
    """
    if not _OBFUSCATED.match(core):
        return None
    # 1. masks stand for letters: ``l*n`` is ``lồn``, never ``ln``
    if any(m in core for m in _MASKS):
        return _mask_match(core)
    # 2. leet before plain separators: ``đ!t`` is ``đit``, not ``đt``
    for joined in (_NOT_WORD.sub("", core.translate(_LEET_TABLE)), _NOT_WORD.sub("", core)):
        if not joined or not joined.isalpha():
            continue
        hit = _disguised(joined)
        if hit is not None:
            return hit
        if known(joined):
            return joined
    return None


def _disguised(joined: str) -> str | None:
    """The obscene word a disguised spelling stands for. A word written with tone marks
    must match exactly (``c.á.c`` is ``các``, not ``cặc``); one written without them
    matches by its folded spelling (``d.i.t`` → ``địt``)."""
    if joined in OBSCENE_SET:
        return joined
    folded = joined.translate(FOLD_TABLE)
    if folded == joined.replace("đ", "d"):
        return obscene_for(folded)
    return None


def join_spaced(letters: Sequence[str], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spaced-out letters (``n g u``) to words: the ``(i, j)`` index ranges of ``letters``
    that form a word, found greedily from the left, longest first.

    Only hand-listed obscene words and known words of three letters or more are formed,
    so ``a e`` (anh em), ``m k`` or ``v ở`` stay apart. Once such a word was found in a
    run, the run is clearly spelled out, and two-letter words with a diacritic may be
    formed too (``đ ị t m ẹ`` → ``địt mẹ``).

    >>> join_spaced(["n", "g", "u"], {"ngu"}.__contains__)
    [(0, 3)]
    """

    def strict(cand: str) -> bool:
        return cand in OBSCENE_SET or (len(cand) >= 3 and known(cand))

    def loose(cand: str) -> bool:
        return strict(cand) or (
            len(cand) == 2 and cand.translate(FOLD_TABLE) != cand and known(cand)
        )

    found = _greedy(letters, strict)
    return _greedy(letters, loose) if found else found


def _greedy(letters: Sequence[str], ok: Callable[[str], bool]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i, n = 0, len(letters)
    while i < n:
        for j in range(min(n, i + 7), i + 1, -1):
            if ok("".join(letters[i:j])):
                out.append((i, j))
                i = j
                break
        else:
            i += 1
    return out
