"""The public ``Detector``: validates input and hands it to the model.

The model behind it lives in a directory of JSON + ``.npy`` files (never pickle), see
``vimod.detect._model``; the ``Detection`` value type lives in the leaf module
``vimod.detect._types`` (so that this module and ``_model`` do not import each other).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from vimod.detect._model import MAX_CHARS, Model
from vimod.detect._types import LABELS, Detection
from vimod.errors import InvalidInput, ModelError

__all__ = ["DEFAULT_MODEL_DIR", "LABELS", "MAX_CHARS", "Detection", "Detector"]

_SURROGATE = re.compile("[\ud800-\udfff]")

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "default"


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


def _surfaces(surface: str | Sequence[str | None] | None, n: int) -> list[str | None]:
    if surface is None or isinstance(surface, str):
        return [surface] * n
    if not isinstance(surface, (list, tuple)) or len(surface) != n:
        raise InvalidInput("surface must be a str, or a list with one surface per text")
    for i, s in enumerate(surface):
        if s is not None and not isinstance(s, str):
            raise InvalidInput(f"surface[{i}] is {type(s).__name__}, expected str")
    return list(surface)


class Detector:
    """Scores Vietnamese comments. Build with ``Detector.load()``, then ``predict(texts)``."""

    def __init__(self, model: Model) -> None:
        self._model = model

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None) -> Detector:
        """Load a model directory (default: the model shipped inside the package)."""
        directory = Path(path) if path is not None else DEFAULT_MODEL_DIR
        if not (directory / "meta.json").is_file():
            raise ModelError(f"no model in {directory} (meta.json missing)")
        return cls(Model.load(directory))

    @property
    def version(self) -> str:
        return str(self._model.version)

    def predict(self, texts: list[str],
                surface: str | Sequence[str | None] | None = None) -> list[Detection]:
        """One ``Detection`` per text, in order.

        ``surface`` (optional) says where the texts appear ("comment", "review",
        "username", "marketplace_listing", ...): one str for all, or one per text. Only
        ``"review"`` changes the result: ``spam`` then means "not a genuine product review"
        (ViSpamReviews) instead of unsolicited promotion.

        Raises ``InvalidInput`` when ``texts`` is not a list/tuple of ``str``. Empty or
        whitespace-only strings are CLEAN with no spans; texts longer than ``MAX_CHARS`` are
        scored on their first ``MAX_CHARS`` characters.
        """
        if isinstance(texts, str) or not isinstance(texts, (list, tuple)):
            raise InvalidInput("predict() takes a list of str (wrap a single text in a list)")
        cleaned = [_clean_input(t, i) for i, t in enumerate(texts)]
        return self._model.predict(cleaned, _surfaces(surface, len(cleaned)))

    def predict_one(self, text: str, surface: str | None = None) -> Detection:
        return self.predict([text], surface)[0]

    def __repr__(self) -> str:
        return f"Detector(model={self.version!r})"
