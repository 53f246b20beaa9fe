"""vimod.report: transparency reports (Santa Clara Principles 2.0 "Numbers") and DSA-style
statements of reasons, computed by SQL aggregates over the event tables.

>>> # from vimod.report import build_report, render_html
>>> # with factory() as s:
>>> #     html = render_html(build_report(s, since=date(2026, 1, 1), until=date(2026, 3, 31)))
"""

from __future__ import annotations

from vimod.report.model import Period, Report
from vimod.report.queries import build_report

__all__ = ["Period", "Report", "build_report"]
