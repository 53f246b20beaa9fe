"""vimod: content moderation for Vietnamese-language online communities.

>>> from vimod import normalize
>>> normalize("ko đc đâu").text
'không được đâu'

Public surface (kept small on purpose; ``tests/test_public_api.py`` guards it):
``normalize`` and ``Normalized`` (text), ``Detector`` and ``Detection`` (detect),
``Policy`` and ``Decision`` (policy), and the error tree in ``vimod.errors``.
Heavy parts are imported lazily so ``import vimod`` and the CLI start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vimod.errors import VimodError

__version__ = "0.1.0"

# name -> module that defines it; resolved on first attribute access (PEP 562).
_LAZY = {
    "normalize": "vimod.text",
    "Normalized": "vimod.text",
    "Detector": "vimod.detect",
    "Detection": "vimod.detect",
    "Policy": "vimod.policy",
    "Decision": "vimod.policy",
}

__all__ = [
    "Decision",
    "Detection",
    "Detector",
    "Normalized",
    "Policy",
    "VimodError",
    "__version__",
    "normalize",
]

if TYPE_CHECKING:  # pragma: no cover
    from vimod.detect import Detection, Detector
    from vimod.policy import Decision, Policy
    from vimod.text import Normalized, normalize


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vimod' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
