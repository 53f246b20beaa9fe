"""The word lists the normaliser consults, loaded once from ``vimod/text/data``.

``lexicon.json`` is *learned* by ``python -m vimod.text.learn`` from the ViLexNorm train
split (and the vocabulary of the other corpora); it holds no sentences, only words:

* ``vocab``     normalised Vietnamese words with their frequency — what a real word
                looks like (elongation and de-obfuscation only produce words found here);
* ``teencode``  context-free rewrites (``ko`` → ``không``) that were chosen often enough,
                and by a large enough majority, in the training pairs;
* ``clean``     the words of the gold side with their frequency: the only targets the
                ``spelling`` stage may produce;
* ``tone_style`` second-vowel spellings (``khoẻ``) whose first-vowel twin (``khỏe``) is
                the more common one in the corpora, and is therefore written instead;
* ``accents``   the two thresholds of the ``restore_accents`` stage (chosen on dev);
* ``context``   for ambiguous short forms (``k``, ``a``, ``e``, ``m``, ``t`` …): the
                candidate rewrites with counts, and counts of neighbouring words.

The small hand-written list of obscene words in ``_obfuscation`` complements it: those
words are spelled with digits and masks on purpose, so no corpus shows them often enough.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

LEXICON_FILE = "lexicon.json"


WINDOW = 12  # words either side that vote on an ambiguous form


def context_features(forms: list[str], i: int) -> list[str]:
    """Features of position ``i`` in a sentence of words as written: the left and right
    neighbours, and the words within ``WINDOW`` (pronouns agree across a sentence:
    ``t`` is ``tao`` next to ``m``/``mày``, ``tôi`` elsewhere)."""
    left = forms[i - 1] if i else "<s>"
    right = forms[i + 1] if i + 1 < len(forms) else "</s>"
    feats = ["L=" + left, "R=" + right, "LR=" + left + "|" + right]
    lo = max(0, i - WINDOW)
    for w in forms[lo:i] + forms[i + 1 : i + 1 + WINDOW]:
        feats.append("W=" + w)
    return feats


class Ambiguous:
    """A short form whose rewrite depends on its neighbours: a linear model per form.

    Stored as ``classes``, ``intercept`` (one per class) and ``weights`` (feature name ->
    one weight per class), the names being those of :func:`context_features`. At load
    time the weights are split by feature family so scoring needs no string building;
    for two classes only the difference of the two rows is kept.
    """

    __slots__ = ("classes", "intercept", "weights", "_binary", "_families")

    def __init__(
        self, classes: list[str], intercept: list[float], weights: dict[str, list[float]]
    ) -> None:
        self.classes = classes
        self.intercept = intercept
        self.weights = weights
        self._binary = len(classes) == 2
        families: dict[str, dict[str, Any]] = {"L": {}, "R": {}, "LR": {}, "W": {}}
        for name, w in weights.items():
            family, _, value = name.partition("=")
            families[family][value] = (w[1] - w[0]) if self._binary else w
        self._families = families

    def choose_at(self, forms: list[str], i: int) -> str:
        """The rewrite of ``forms[i]`` (same features as :func:`context_features`)."""
        left = forms[i - 1] if i else "<s>"
        right = forms[i + 1] if i + 1 < len(forms) else "</s>"
        fam = self._families
        window = forms[max(0, i - WINDOW) : i] + forms[i + 1 : i + 1 + WINDOW]
        if self._binary:
            get_w = fam["W"].get
            score = (
                self.intercept[1]
                - self.intercept[0]
                + fam["L"].get(left, 0.0)
                + fam["R"].get(right, 0.0)
                + fam["LR"].get(left + "|" + right, 0.0)
                + sum([get_w(w, 0.0) for w in window])
            )
            return self.classes[1] if score > 0 else self.classes[0]
        scores = list(self.intercept)
        found = [fam["L"].get(left), fam["R"].get(right), fam["LR"].get(left + "|" + right)]
        get_w = fam["W"].get
        found += [get_w(w) for w in window]
        for vec in found:
            if vec is not None:
                for k, x in enumerate(vec):
                    scores[k] += x
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]


@dataclass(frozen=True)
class Lexicon:
    vocab: dict[str, int] = field(default_factory=dict)
    teencode: dict[str, str] = field(default_factory=dict)
    context: dict[str, Ambiguous] = field(default_factory=dict)
    clean: dict[str, int] = field(default_factory=dict)
    tone_style: dict[str, str] = field(default_factory=dict)
    accent_max_count: int = 0  # 0: the accents stage is off
    accent_ratio: float = 1e9
    version: str = "empty"

    def is_word(self, word: str) -> bool:
        return word in self.vocab


def _parse(raw: dict) -> Lexicon:
    context = {
        form: Ambiguous(
            classes=entry["classes"], intercept=entry["intercept"], weights=entry["weights"]
        )
        for form, entry in raw.get("context", {}).items()
    }
    return Lexicon(
        vocab=raw.get("vocab", {}),
        teencode=raw.get("teencode", {}),
        context=context,
        clean=raw.get("clean", {}),
        tone_style=raw.get("tone_style", {}),
        accent_max_count=int(raw.get("accents", {}).get("max_count", 0)),
        accent_ratio=float(raw.get("accents", {}).get("ratio", 1e9)),
        version=str(raw.get("version", "unknown")),
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon (an empty one if the data file is absent)."""
    try:
        data = resources.files("vimod.text").joinpath("data", LEXICON_FILE).read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return Lexicon()
    return _parse(json.loads(data))
