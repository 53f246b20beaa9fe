"""Abuse detection: a ViHSD-style label, moderation categories and their targets, spam,
and the spans that carry the abuse or the personal data.

>>> from vimod import Detector
>>> det = Detector.load()                      # the model shipped with the package
>>> det.predict(["Đảng nên lắng nghe ý kiến phản biện của nhân dân"])[0].label
'CLEAN'

Plain data in, plain data out (like a scikit-learn estimator): no I/O beyond loading.
"""

from __future__ import annotations

from vimod.detect._detector import Detector
from vimod.detect._types import CATEGORIES, LABELS, TARGETS, Detection

__all__ = ["CATEGORIES", "LABELS", "TARGETS", "Detection", "Detector"]
