"""Abuse detection: hate / offensive / clean label, spam probability and abusive spans.

>>> from vimod import Detector
>>> det = Detector.load()                      # the model shipped with the package
>>> det.predict(["Đảng nên lắng nghe ý kiến phản biện của nhân dân"])[0].label
'CLEAN'

Plain data in, plain data out (like a scikit-learn estimator): no I/O beyond loading.
"""

from __future__ import annotations

from vimod.detect._detector import LABELS, Detection, Detector

__all__ = ["LABELS", "Detection", "Detector"]
