"""The ``Detection`` value type: a leaf module (imports only ``vimod.vocab``), so that the
detector, the model and the CLI can all use it without an import cycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vimod.vocab import CATEGORIES, LABELS, TARGETS

__all__ = ["CATEGORIES", "LABELS", "TARGETS", "Detection", "empty_categories"]


def empty_categories() -> dict[str, float]:
    return dict.fromkeys(CATEGORIES, 0.0)


@dataclass(frozen=True)
class Detection:
    """The verdict on one text.

    ``scores`` maps every label to a probability (they sum to 1) and ``label`` is always
    ``argmax(scores)``. ``categories`` maps every name of ``vimod.vocab.CATEGORIES`` to an
    independent probability (multi-label; a category "fires" at >= 0.5). ``targets`` are the
    identity types attacked (``vimod.vocab.TARGETS`` order), empty unless ``identity_attack``
    fires. ``spam`` is the probability of unsolicited promotion (forum sense), or, for the
    ``review`` surface only, of "not a genuine product review" (ViSpamReviews sense).
    ``spans`` are ``{"start", "end", "text", "category"}`` dicts on the ORIGINAL input
    (``text == input[start:end]``): abusive words when the text is flagged, and
    ``personal_data`` numbers / addresses.
    """

    label: str
    scores: dict[str, float]
    spam: float
    spans: list[dict[str, Any]] = field(default_factory=list)
    model: str = ""
    categories: dict[str, float] = field(default_factory=empty_categories)
    targets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "scores": dict(self.scores),
            "spam": self.spam,
            "spans": [dict(s) for s in self.spans],
            "model": self.model,
            "categories": dict(self.categories),
            "targets": list(self.targets),
        }


#: label order of ``TARGETS`` for sorting
TARGET_ORDER = {t: i for i, t in enumerate(TARGETS)}
