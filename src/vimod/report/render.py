"""The report as JSON, CSV and a self-contained HTML page. All three carry the same numbers:
``to_dict`` is the JSON, ``to_rows`` flattens exactly that dict's figures into the CSV's long
format (``section,key,subkey,value``), and the HTML shows them with charts.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from vimod.report.model import LABELS, Report, label_en, label_vi

CSV_HEADER = ("section", "key", "subkey", "value")
FORMATS = ("html", "json", "csv")
MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
}
SCHEMA = "vimod.transparency-report/1"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (the JSON format, before ``json.dumps``)."""
    data = _plain(dataclasses.asdict(report))
    data["period"] = {
        "since": report.period.since.isoformat(),
        "until_exclusive": report.period.until.isoformat(),
        "last_day": report.period.last_day.isoformat(),
        "granularity": report.period.granularity,
    }
    return {"schema": SCHEMA, **data}


def render_json(report: Report) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def to_rows(report: Report) -> list[tuple[str, str, str, Any]]:
    """Long format: one row per figure. ``meta`` rows carry the period; every other row's value
    is a number (or empty where a median has no data)."""
    r = report
    rows: list[tuple[str, str, str, Any]] = [
        ("meta", "schema", "", SCHEMA),
        ("meta", "platform", "", r.platform or ""),
        ("meta", "since", "", r.period.since.isoformat()),
        ("meta", "until_exclusive", "", r.period.until.isoformat()),
        ("meta", "granularity", "", r.period.granularity),
        ("meta", "generated_at", "", r.generated_at.isoformat()),
    ]

    def flat(section: str, counts: dict[str, Any], subkey: str = "") -> None:
        rows.extend((section, k, subkey, v) for k, v in counts.items())

    def nested(section: str, counts: dict[str, dict[str, int]]) -> None:
        for key, inner in counts.items():
            rows.extend((section, key, sub, v) for sub, v in inner.items())

    rows.append(("items", "received", "", r.items.received))
    flat("items.by_surface", r.items.by_surface)
    d = r.decisions
    rows += [("decisions", "total", "", d.total), ("decisions", "automated", "", d.automated)]
    flat("decisions.by_action", d.by_action)
    flat("decisions.by_origin", d.by_origin)
    nested("decisions.by_source", d.by_source)
    nested("decisions.by_surface", d.by_surface)
    nested("decisions.by_category", d.by_category)
    for rule in d.by_rule:
        rows.append(("decisions.by_rule", rule.rule, rule.category, rule.total))
        rows.extend(
            (f"decisions.by_rule.{a}", rule.rule, rule.category, n)
            for a, n in rule.by_action.items()
        )
    flat("decisions.current_state", d.current_state)
    rows.append(("user_reports", "received", "", r.user_reports.received))
    flat("user_reports.by_reason", r.user_reports.by_reason)
    a = r.authority_requests
    rows.append(("authority_requests", "received", "", a.received))
    rows.append(
        ("authority_requests", "median_seconds_to_outcome", "", a.median_seconds_to_outcome)
    )
    flat("authority_requests.by_outcome", a.by_outcome)
    for row in a.by_authority:
        for k in ("total", "actioned", "declined", "pending"):
            rows.append(("authority_requests.by_authority", row.authority, k, getattr(row, k)))
    for basis in a.by_legal_basis:
        for k in ("total", "actioned", "declined", "pending"):
            rows.append(
                ("authority_requests.by_legal_basis", basis.legal_basis, k, getattr(basis, k))
            )
    v = r.review
    for k in (
        "reviews",
        "items_reviewed",
        "tasks_decided",
        "open_at_end",
        "median_seconds_to_decision",
        "p90_seconds_to_decision",
    ):
        rows.append(("review", k, "", getattr(v, k)))
    flat("review.by_verdict", v.by_verdict)
    flat("review.tasks_by_source", v.tasks_by_source)
    for o in v.overturn_by_rule:
        for k in ("reviewed", "upheld", "overturned", "overturn_rate"):
            rows.append(("review.overturn_by_rule", o.rule, k, getattr(o, k)))
    ap = r.appeals
    for k in ("filed", "decided", "upheld", "reversed", "pending", "median_seconds_to_outcome"):
        rows.append(("appeals", k, "", getattr(ap, k)))
    for ar in ap.by_rule:
        for k in ("filed", "upheld", "reversed", "pending"):
            rows.append(("appeals.by_rule", ar.rule, k, getattr(ar, k)))
    s = r.series
    for name in (
        "items_received",
        "user_reports",
        "authority_requests",
        "reviews",
        "appeals_filed",
        "appeals_decided",
    ):
        rows.extend(
            (f"series.{name}", b, "", n) for b, n in zip(s.buckets, getattr(s, name), strict=True)
        )
    for action, values in s.decisions.items():
        rows.extend(
            ("series.decisions", b, action, n) for b, n in zip(s.buckets, values, strict=True)
        )
    return rows


def render_csv(report: Report) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in to_rows(report):
        writer.writerow(["" if x is None else x for x in row])
    return buf.getvalue()


# -- HTML ------------------------------------------------------------------------------------


def _number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", "\u202f")
    # Narrow no-break space as the thousands separator: neither the Vietnamese "." nor the
    # English "," misleads the other half of the readers.
    return f"{int(value):,}".replace(",", "\u202f")


def _percent(part: float | None, whole: float | None = 1) -> str:
    if part is None or not whole:
        return "—"
    return f"{100 * part / whole:.1f} %"


def _duration(seconds: float | None, lang: str | None = None) -> str:
    """``6,0 giờ`` (vi), ``6.0 h`` (en), or both joined by a dot."""
    if seconds is None:
        return "—"
    if seconds < 3600:
        m = str(round(seconds / 60))
        vi, en = f"{m} phút", f"{m} min"
    elif seconds < 2 * 86400:
        h = f"{seconds / 3600:.1f}"
        vi, en = f"{h.replace('.', ',')} giờ", f"{h} h"
    else:
        d = f"{seconds / 86400:.1f}"
        vi, en = f"{d.replace('.', ',')} ngày", f"{d} days"
    return vi if lang == "vi" else en if lang == "en" else f"{vi} · {en}"


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("vimod.report", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(number=_number, percent=_percent, duration=_duration)
    env.globals.update(vi=label_vi, en=label_en, labels=LABELS)
    return env


def render_html(
    report: Report,
    *,
    controls: dict[str, Any] | None = None,
    public: bool = False,
) -> str:
    """The self-contained page: inline CSS, inline SVG charts, no external requests.

    ``controls`` (admin console) adds a period form and download links; ``public`` marks the
    page as the platform's published report.
    """
    from vimod.report.charts import all_charts

    template = _environment().get_template("report.html")
    return template.render(r=report, charts=all_charts(report), controls=controls, public=public)


def render_fragment(
    report: Report,
    *,
    controls: dict[str, Any] | None = None,
    public: bool = False,
) -> str:
    """The report's ``<style>`` and body, to embed in another page (the console's layout).
    Every style rule is scoped under ``.vr`` so it cannot restyle the host page."""
    from vimod.report.charts import all_charts

    env = _environment()
    ctx = {"r": report, "charts": all_charts(report), "controls": controls, "public": public}
    style = env.get_template("_report_style.html").render(ctx)
    return style + env.get_template("_report_body.html").render(ctx)
