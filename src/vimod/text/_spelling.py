"""Stage ``spelling`` — teencode spellings the dictionary has never seen.

Teencode is productive: beside the learned ``ko``/``dc``, people write ``kủa`` (của),
``ckac`` (chắc), ``ngke`` (nghe), ``dzạ`` (dạ), ``wen`` (quen), ``miếg`` (miếng). A few
systematic letter swaps explain most of them. The stage only runs on a word that is
*not* a well-formed Vietnamese syllable and that the lexicon does not know, tries the
swaps, and accepts the most frequent result that is a known clean word (the gold side of
ViLexNorm train); failing that, the same letters with the diacritics of a known word.
A well-formed syllable is never touched (``xôi``, ``trồng``, ``pin`` stay), with one
exception learned on dev: a marked syllable with ``p`` for ``b`` (``pất`` → ``bất``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from vimod.text._tone import FOLD_TABLE

_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"([aeiouy]{1,3})(?:ch|ng|nh|c|m|n|p|t)?$"
)
_DOUBLE = re.compile(r"([a-z])\1")
_TRIPLE = re.compile(r"([a-z])\1\1")
_VOWELS = "aeiouyàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_BACK = "aàáảãạâầấẩẫậăằắẳẵặoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữự"  # c, not k, before these
_FRONT = "eèéẻẽẹêềếểễệiìíỉĩị"  # gh/ngh, not g/ng, before these

# (pattern, replacement): common teencode letter swaps, each tried on top of the others.
_SWAPS = [
    (re.compile(f"^k(?=[{_BACK}])"), "c"),
    (re.compile(f"^g(?=[{_FRONT}])"), "gh"),
    (re.compile(f"^ng(?=[{_FRONT}])"), "ngh"),
    (re.compile("(?<=.)j"), "i"),
    (re.compile("^ck"), "ch"),
    (re.compile("ck$"), "ch"),
    (re.compile("nk$"), "nh"),
    (re.compile("^dz"), "d"),
    (re.compile("^dz"), "v"),
    (re.compile("^z"), "d"),
    (re.compile("^z"), "v"),
    (re.compile("^z"), "gi"),
    (re.compile("^w"), "qu"),
    (re.compile("^w"), "u"),
    (re.compile("^j"), "gi"),
    (re.compile("^f"), "ph"),
    (re.compile("^ngk"), "ngh"),
    (re.compile("^tk"), "th"),
    (re.compile(f"(?<=[{_VOWELS}])k$"), ""),
    (re.compile("(?<=[^n])g$"), "ng"),
    (re.compile("(?<=[^n])k$"), "c"),
    (re.compile("uj$"), "ui"),
]
_HAS_VOWEL = re.compile(f"[{_VOWELS}]")


def is_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of a Vietnamese syllable (``oo`` is the only
    double letter, as in ``xoong``).

    >>> is_syllable("nghiêng"), is_syllable("ngke"), is_syllable("nguuu")
    (True, False, False)
    """
    folded = word.translate(FOLD_TABLE)
    m = _SYLLABLE.match(folded)
    if not m or _TRIPLE.search(folded):
        return False
    # spelling rules: k, gh, ngh before e/ê/i/y only; c, g, ng never before them
    onset, nucleus = m.group(1) or "", m.group(2)
    front = nucleus[0] in "eiy" and not (onset == "g" and nucleus[0] == "i")  # gi-
    if onset in ("k", "gh", "ngh") and not front:
        return False
    if onset in ("c", "g", "ng") and front:
        return False
    # ``oo`` (xoong) and ``ưu`` (cựu, hưu, bưu) are the only double letters
    doubles = [m for m in _DOUBLE.finditer(folded) if m.group() != "oo"]
    return all(m.group() == "uu" and word[m.start()] in _HORN_U for m in doubles)


_HORN_U = frozenset("ưừứửữự")


def _marks(word: str) -> set[tuple[int, str]]:
    return {(i, c) for i, c in enumerate(word) if c.translate(FOLD_TABLE) != c}


def repair_spelling(
    word: str, clean: Mapping[str, int], by_fold: Mapping[str, list[str]]
) -> str | None:
    """A known clean word for an unknown teencode spelling, or ``None``.

    ``clean`` maps clean words to their frequency; ``by_fold`` maps a folded spelling to
    the clean words with that spelling, most frequent first.

    >>> clean = {"của": 90, "nghe": 40, "chắc": 30}
    >>> by_fold = {"cua": ["của"], "nghe": ["nghe"], "chac": ["chắc"]}
    >>> [repair_spelling(w, clean, by_fold) for w in ("kủa", "ngke", "ckac", "xôi")]
    ['của', 'nghe', 'chắc', None]
    """
    if not word.isalpha() or not _HAS_VOWEL.search(word):
        return None
    if is_syllable(word):
        if word[0] == "p" and not word.startswith("ph") and word.translate(FOLD_TABLE) != word:
            cand = "b" + word[1:]
            return cand if cand in clean else None
        return None
    cands = {word}
    for pattern, repl in _SWAPS:
        for c in list(cands):
            new = pattern.sub(repl, c)
            if new != c:
                cands.add(new)
    exact = [c for c in cands if c != word and c in clean]
    if exact:
        return max(exact, key=lambda c: (clean[c], c))
    best, best_n = None, 0
    # sorted(): ties between equally frequent repairs must not depend on the per-process
    # hash order of a set (PYTHONHASHSEED), or the same text would normalise differently.
    for c in sorted(cands):
        marks = _marks(c)
        for g in by_fold.get(c.translate(FOLD_TABLE), ()):
            if len(g) == len(c) and marks <= _marks(g):
                if clean[g] > best_n:
                    best, best_n = g, clean[g]
                break
    return best


def restore_accents(
    word: str,
    clean: Mapping[str, int],
    by_fold: Mapping[str, list[str]],
    max_count: int,
    ratio: float,
) -> str | None:
    """Stage ``accents``: put the diacritics back on a word typed without them, when the
    clean side of the corpus almost never writes it that way.

    A word with no diacritics at all (``khong``, ``dep``) that was seen fewer than
    ``max_count`` times on the clean side becomes its most frequent accented twin, if
    that twin is at least ``ratio`` times as frequent. Real accentless words (``ban``,
    ``no``, ``ca``) are frequent on the clean side and stay. ``folded`` is unchanged by
    this stage, so matching never depends on it.

    >>> clean = {"không": 900, "đẹp": 80, "ban": 40, "bạn": 500}
    >>> by_fold = {"khong": ["không"], "dep": ["đẹp"], "ban": ["bạn", "ban"]}
    >>> [restore_accents(w, clean, by_fold, 3, 50) for w in ("khong", "dep", "ban", "xyz")]
    ['không', 'đẹp', None, None]
    """
    if not word.isalpha() or word.translate(FOLD_TABLE) != word:
        return None
    seen = clean.get(word, 0)
    if seen >= max_count:
        return None
    twins = by_fold.get(word)
    if not twins or twins[0] == word:
        return None
    return twins[0] if clean[twins[0]] >= ratio * (seen + 1) else None
