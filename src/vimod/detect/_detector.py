"""The public ``Detector`` / ``Detection`` contract.

The model behind it lives in a directory of JSON + ``.npy`` files (never pickle), see
``vimod.detect._model``. ``Detector`` only validates input, normalises each text once and
hands the three heads (label, spam, spans) the same normalised view.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vimod.errors import InvalidInput, ModelError

LABELS = ("CLEAN", "OFFENSIVE", "HATE")

#: Longer texts are cut to this many characters before scoring (spans still refer to the
#: original offsets, which are all inside the kept prefix). Keeps latency bounded.
MAX_CHARS = 5000

_SURROGATE = re.compile("[\ud800-\udfff]")

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "default"


@dataclass(frozen=True)
class Detection:
    """The verdict on one text.

    ``scores`` maps every label to a probability (they sum to 1; calibrated); ``label`` is
    the macro-F1 decision, which may differ from ``argmax(scores)`` near a boundary.
    ``spam`` is the probability that the text is review spam in the ViSpamReviews sense (not
    a genuine product review), multiplied down for texts that do not look like reviews.
    ``spans`` are ``{"start", "end", "text"}`` dicts on the ORIGINAL input
    (``text == input[start:end]``), empty when ``label == "CLEAN"``.
    """

    label: str
    scores: dict[str, float]
    spam: float
    spans: list[dict[str, Any]] = field(default_factory=list)
    model: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "scores": dict(self.scores),
            "spam": self.spam,
            "spans": [dict(s) for s in self.spans],
            "model": self.model,
        }


def _clean_input(text: object, i: int) -> str:
    if not isinstance(text, str):
        raise InvalidInput(f"texts[{i}] is {type(text).__name__}, expected str")
    # Lone surrogates cannot be encoded (JSON, DB): each becomes one U+FFFD, so lengths and
    # therefore span offsets stay those of the caller's string.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    return text


class Detector:
    """Scores Vietnamese comments. Build with ``Detector.load()``, then ``predict(texts)``."""

    def __init__(self, model: Any) -> None:
        self._model = model

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Detector:
        """Load a model directory (default: the model shipped inside the package)."""
        from vimod.detect._model import Model

        directory = Path(path) if path is not None else DEFAULT_MODEL_DIR
        if not (directory / "meta.json").is_file():
            raise ModelError(f"no model in {directory} (meta.json missing)")
        return cls(Model.load(directory))

    @property
    def version(self) -> str:
        return str(self._model.version)

    def predict(self, texts: list[str]) -> list[Detection]:
        """One ``Detection`` per text, in order.

        Raises ``InvalidInput`` when ``texts`` is not a list/tuple of ``str``. Empty or
        whitespace-only strings are CLEAN with no spans; texts longer than ``MAX_CHARS`` are
        scored on their first ``MAX_CHARS`` characters.
        """
        if isinstance(texts, str) or not isinstance(texts, (list, tuple)):
            raise InvalidInput("predict() takes a list of str (wrap a single text in a list)")
        cleaned = [_clean_input(t, i) for i, t in enumerate(texts)]
        return self._model.predict(cleaned)

    def predict_one(self, text: str) -> Detection:
        return self.predict([text])[0]

    def __repr__(self) -> str:
        return f"Detector(model={self.version!r})"
