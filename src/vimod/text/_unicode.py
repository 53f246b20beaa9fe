"""Stage 1 — character clean-up, with an exact map back to the input.

One pass over the characters does four named jobs, because each of them is a rewrite of
single characters and sharing the pass keeps the offset map cheap:

* ``unicode``    lone surrogates become U+FFFD; NFD sequences are composed (NFC), so a
                 decomposed ``a`` + U+0302 + U+0301 reads as ``ấ``; stray combining marks
                 that compose with nothing (zalgo, variation selectors) are dropped;
* ``confusables`` full-width forms, mathematical alphanumerics, circled/super/sub-script
                 letters (NFKC compatibility mappings) and Cyrillic/Greek look-alikes
                 become the Latin letter they imitate;
* ``invisible``  zero-width and other format characters, control characters and Hangul
                 fillers are removed; control *whitespace* becomes a space;
* ``case``       everything is lower-cased.

Most real comments contain none of the characters the slow path exists for, so a single
regex search decides: on plain text the stage is ``str.lower`` and the offset map is the
identity (stored as ``None``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

# Characters on which ``str.lower`` is one-to-one and which need no other treatment:
# printable ASCII, tab/newline/CR, Latin-1 letters, the Vietnamese precomposed letters,
# typographic punctuation and the common emoji blocks.
_PLAIN = (
    "\t\n\r\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u0102\u0103\u0110\u0111\u0128\u0129"
    "\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u2010-\u2027\u2030-\u205e"
    "\u20ac\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff"
)
_NEEDS_SLOW_PATH = re.compile(f"[^{_PLAIN}]")
_NEEDS_SLOW_RUN = re.compile(f"[^{_PLAIN}]+")
_MARKS = frozenset(("Mn", "Me", "Mc"))

# Look-alikes that NFKC does not fold. Keys in both cases; values are lower-case Latin.
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "А": "a", "в": "b", "В": "b", "с": "c", "С": "c", "ԁ": "d", "е": "e",
    "Е": "e", "ё": "e", "Ё": "e", "һ": "h", "Н": "h", "н": "h", "і": "i", "І": "i",
    "ї": "i", "ј": "j", "Ј": "j", "к": "k", "К": "k", "ӏ": "l", "Ӏ": "l", "м": "m",
    "М": "m", "о": "o", "О": "o", "р": "p", "Р": "p", "ԛ": "q", "ѕ": "s", "Ѕ": "s",
    "т": "t", "Т": "t", "у": "y", "У": "y", "ү": "y", "ԝ": "w", "Ԝ": "w", "х": "x",
    "Х": "x", "п": "n", "и": "u", "г": "r", "ь": "b", "Ь": "b", "З": "3", "з": "3",
    # Greek
    "α": "a", "Α": "a", "β": "b", "Β": "b", "ε": "e", "Ε": "e", "Ζ": "z", "η": "n",
    "Η": "h", "ι": "i", "Ι": "i", "κ": "k", "Κ": "k", "Μ": "m", "ν": "v", "Ν": "n",
    "ο": "o", "Ο": "o", "ρ": "p", "Ρ": "p", "τ": "t", "Τ": "t", "υ": "u", "Υ": "y",
    "χ": "x", "Χ": "x", "γ": "y", "ω": "w", "ς": "s", "σ": "o",
    # Latin odds and ends
    "ı": "i", "ɡ": "g", "ɑ": "a", "ʀ": "r", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d",
    "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m",
    "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ꞯ": "q", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w",
    "ʏ": "y", "ᴢ": "z", "ø": "o", "Ø": "o",
}  # fmt: skip

# Letters that render as nothing (used to smuggle words past filters).
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


@lru_cache(maxsize=8192)
def map_char(c: str) -> str:
    """What one input character becomes (possibly ``""`` or several characters).

    >>> map_char("Ａ"), map_char("\\u200b"), map_char("о")  # full-width A, ZWSP, Cyrillic o
    ('a', '', 'o')
    """
    cat = unicodedata.category(c)
    if cat == "Cs":  # lone surrogate: cannot be encoded, keep a visible placeholder
        return "\ufffd"
    if cat == "Cc":
        return " " if c.isspace() else ""
    if cat == "Cf" or c in _INVISIBLE_LETTERS:
        return ""
    if cat in ("Zs", "Zl", "Zp"):
        return " "
    decomposition = unicodedata.decomposition(c)
    if decomposition and not decomposition.startswith("<"):
        # A precomposed character is read exactly as its NFD sequence would be, so NFC and
        # NFD input always agree (Greek Ὴ and Η + grave both give ``h``).
        nfd = unicodedata.normalize("NFD", c)
        base, marks = nfd[0], nfd[1:]
        out = map_char(base)
        for mark in marks:
            out = compose(out, mark)
        return out
    if c in _HOMOGLYPHS:
        return _HOMOGLYPHS[c]
    if decomposition.startswith("<") and not decomposition.startswith("<noBreak>"):
        compat = unicodedata.normalize("NFKC", c)
        if compat and not any(unicodedata.combining(x) for x in compat):
            return "".join(_HOMOGLYPHS.get(x) or _lower1(x) for x in compat)
    return _lower1(c)


def compose(out: str, mark: str) -> str:
    """``out`` with ``mark`` composed onto its last character, or without the mark when
    nothing precomposed exists (stray marks are dropped)."""
    if out and out[-1] != " ":
        composed = unicodedata.normalize("NFC", out[-1] + mark)
        if len(composed) == 1:
            return out[:-1] + composed
    return out


def _lower1(c: str) -> str:
    low = c.lower()
    # Only U+0130 (İ) lower-cases to two characters; keep one so the map stays simple.
    return low if len(low) == 1 else low[0]


def clean_chars(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """Run stage 1. Returns ``(clean, starts, ends)``: character ``i`` of ``clean`` came
    from ``text[starts[i]:ends[i]]``. ``starts``/``ends`` are ``None`` when the map is the
    identity (the common case).

    Only the characters the fast path cannot take are visited one by one; the plain
    stretches between them are lower-cased and mapped whole.
    """
    specials = _NEEDS_SLOW_RUN.finditer(text)
    first = next(specials, None)
    if first is None:
        return text.lower(), None, None
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in itertools.chain((first,), specials):
        i, j = m.span()
        if i > pos:  # a plain stretch: one character in, one out
            out.extend(text[pos:i].lower())
            starts.extend(range(pos, i))
            ends.extend(range(pos + 1, i + 1))
        for k in range(i, j):
            c = text[k]
            # Hangul vowel/final jamo compose like marks (NFD 가 is ᄀ + ᅡ)
            if (
                unicodedata.combining(c)
                or unicodedata.category(c) in _MARKS
                or "\u1161" <= c <= "\u11c2"
            ):
                # NFC, one mark at a time: compose with the previous output character
                if out and out[-1] != " ":
                    composed = unicodedata.normalize("NFC", out[-1] + c)
                    if len(composed) == 1:
                        out[-1] = composed
                        ends[-1] = k + 1
                continue  # a mark that composes with nothing is dropped
            for mapped in map_char(c):
                out.append(mapped)
                starts.append(k)
                ends.append(k + 1)
        pos = j
    if pos < len(text):
        out.extend(text[pos:].lower())
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends
