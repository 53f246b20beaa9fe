"""One normalised view of a text, shared by the three heads (label, spam, spans).

Uses ``vimod.text.normalize`` (the foundation normaliser) and only the parts of its
contract every stage relies on: ``.text``, ``.folded`` (aligned with ``.text``) and
``.to_original(start, end)``. Political target terms are masked here, once, so that no
head can use them as evidence (see ``_civic.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from vimod.detect._civic import find_targets, mask_spans

# A token is a run of word characters, or a single emoji / symbol that is not punctuation.
_TOKEN = re.compile(r"\w+|[^\w\s.,;:!?\"'()\[\]{}<>/\\|@#&*+=~`^%$-]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Prepared:
    text: str  # normalised, lower-case, political targets blanked out
    folded: str  # accent-folded, aligned with ``text``
    tokens: tuple[tuple[int, int], ...]  # token spans in ``text`` coordinates
    norm: object  # the ``Normalized`` object, for ``to_original``
    original: str  # the input as given
    targets: bool = False  # mentions a political / civic target (before masking)
    raw: str = ""  # the input as given, NFC, political targets blanked out (view ``r``)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.to_original(start, end)  # type: ignore[attr-defined]


def _normalize():  # resolved lazily: importing vimod.detect must not import heavy parts
    from vimod.text import normalize

    return normalize


_NORMALIZE = None


def prepare(text: str) -> Prepared:
    global _NORMALIZE
    if _NORMALIZE is None:
        _NORMALIZE = _normalize()
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
    return Prepared(t, f, toks, n, text, bool(spans), unicodedata.normalize("NFC", raw))
