"""The report's charts: inline, self-contained, accessible SVG."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session, sessionmaker

from tests.report.factories import History
from vimod.report import build_report
from vimod.report.charts import all_charts

URL = re.compile(r"https?://(?!www\.w3\.org/)")


def test_charts_are_inline_svg_with_names_and_unique_ids(
    factory: sessionmaker[Session], history: History
) -> None:
    from datetime import date

    with factory() as s:
        report = build_report(s, since=date(2026, 3, 2), until=date(2026, 3, 8),
                              platform="forum")
    charts = all_charts(report)
    assert set(charts) == {"over_time", "by_category", "outcomes"}
    ids: list[str] = []
    for name, svg in charts.items():
        assert svg.startswith("<svg ") and 'role="img"' in svg and "aria-label=" in svg, name
        assert not URL.search(svg), name  # nothing fetched from elsewhere
        ids += re.findall(r'\bid="([^"]+)"', svg)
    assert len(ids) == len(set(ids))  # several charts share one page
