"""One normalised view of a text, shared by every head (label, categories, spam, spans).

Uses ``vimod.text.normalize`` and only the parts of its contract every stage relies on:
``.text``, ``.folded`` (aligned with ``.text``) and ``.to_original(start, end)``. Political
target terms are masked here, once, so that no head can use them as evidence (see
``_civic.py``); the structured evidence (``_evidence.py``) is found here too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from vimod.detect._civic import find_targets, mask_spans
from vimod.detect._evidence import NONE, Evidence, find_evidence

# A token is a run of word characters, or a single emoji / symbol that is not punctuation.
_TOKEN = re.compile(r"\w+|[^\w\s.,;:!?\"'()\[\]{}<>/\\|@#&*+=~`^%$-]", re.UNICODE)


class _Normalized(Protocol):  # the part of vimod.text.Normalized used here
    @property
    def text(self) -> str: ...

    @property
    def folded(self) -> str: ...

    def to_original(self, start: int, end: int) -> tuple[int, int]: ...


@dataclass(frozen=True, slots=True)
class Prepared:
    text: str  # normalised, lower-case, political targets blanked out
    folded: str  # accent-folded, aligned with ``text``
    tokens: tuple[tuple[int, int], ...]  # token spans in ``text`` coordinates
    norm: _Normalized  # the ``Normalized`` object, for ``to_original``
    original: str  # the input as given
    targets: bool = False  # mentions a political / civic target (before masking)
    raw: str = ""  # the input as given, NFC, political targets blanked out (view ``r``)
    asis: str = ""  # view ``f``'s string: words folded only where typed without diacritics
    evidence: Evidence = NONE

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.to_original(start, end)


_NORMALIZE: Callable[[str], _Normalized] | None = None


def as_typed_folded(text: str, folded: str, original_lower: str) -> str:
    """``folded`` where the author typed a word without diacritics, ``text`` where they
    typed it with them: "ngư dân" stays "ngư dân" (it is not "ngu dân"), "may ngu" stays
    "may ngu". A normalised word that does not occur in the input as typed (restored or
    rewritten by the normaliser) counts as typed without diacritics."""
    out = []
    for w, f in zip(text.split(), folded.split(), strict=True):
        out.append(w if w == f or w in original_lower else f)
    return " ".join(out)


def prepare(text: str) -> Prepared:
    global _NORMALIZE
    if _NORMALIZE is None:  # resolved lazily: importing vimod.detect stays light
        from vimod.text import normalize as _normalize

        _NORMALIZE = _normalize
    n = _NORMALIZE(text)
    spans = find_targets(n.text, n.folded)
    t, f = mask_spans(n.text, n.folded, spans)
    toks = tuple([m.span() for m in _TOKEN.finditer(t)])
    raw = text
    if spans:  # blank the same mentions in the input as typed
        chars = list(text)
        for a, b in spans:
            oa, ob = n.to_original(a, b)
            chars[oa:ob] = " " * (ob - oa)
        raw = "".join(chars)
    raw = unicodedata.normalize("NFC", raw)
    asis = as_typed_folded(t, f, raw.lower())
    return Prepared(t, f, toks, n, text, bool(spans), raw, asis, find_evidence(t, asis, text))
