"""Charts of the report, drawn by matplotlib and inlined as SVG.

matplotlib is imported lazily (it costs ~0.5 s) and used through ``Figure`` objects only, never
pyplot's global state, so rendering is safe inside a web worker. The SVG keeps its text as text
(``svg.fonttype = 'none'``: smaller, selectable, and Vietnamese diacritics come out in the
page's font), and is stripped of everything that would make the page reach outside itself: the
XML prolog, the DOCTYPE, the RDF metadata and the ``xmlns`` declarations (an inline ``<svg>`` in
HTML5 needs none of them).
"""

from __future__ import annotations

import io
import re
from typing import Any

from vimod.report.model import Report, label_en, label_vi

# Calm, colour-blind-safe colours (Okabe-Ito), one per action and outcome.
COLORS = {
    "allow": "#8a9a8c",
    "label": "#e69f00",
    "review": "#56b4e9",
    "remove": "#c0392b",
    "upheld": "#0072b2",
    "reversed": "#e69f00",
    "pending": "#b8b8b8",
    "actioned": "#009e73",
    "declined": "#cc79a7",
}
_OTHER = "#999999"
_TEXT = "#2b2b2b"
_GRID = "#e4e4e4"


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    fig.patch.set_alpha(0)
    return fig


def _style(ax: Any, *, grid_axis: str) -> None:
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(_GRID)
    ax.tick_params(colors=_TEXT, length=0, labelsize=9)
    ax.grid(axis=grid_axis, color=_GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.patch.set_alpha(0)


def _both(key: str) -> str:
    vi, en = label_vi(key), label_en(key)
    return vi if vi == en else f"{vi} / {en}"


_STRIP = [
    (re.compile(r"<\?xml[^>]*\?>\s*"), ""),
    (re.compile(r"<!DOCTYPE[^>]*>\s*", re.S), ""),
    (re.compile(r"<metadata>.*?</metadata>\s*", re.S), ""),
    (re.compile(r'\s+xmlns(:\w+)?="[^"]*"'), ""),
]


def to_svg(fig: Any, prefix: str, title: str) -> str:
    """The figure as an inline ``<svg>`` element with ids prefixed (several charts share a
    page) and an accessible name."""
    from matplotlib import rc_context

    buf = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": prefix}):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight")
    svg = buf.getvalue()
    for pattern, repl in _STRIP:
        svg = pattern.sub(repl, svg)
    svg = (
        svg.replace('id="', f'id="{prefix}-')
        .replace("url(#", f"url(#{prefix}-")
        .replace('href="#', f'href="#{prefix}-')
    )
    title = title.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    return svg.replace("<svg ", f'<svg role="img" aria-label="{title}" ', 1).strip()


def _tick_label(bucket: str, granularity: str) -> str:
    # "2026-03-02" -> "02/03" (Vietnamese day/month order).
    year, month, day = bucket.split("-")
    return f"{day}/{month}"


def actions_over_time(report: Report) -> str:
    """Stacked bars: decisions per day or week, by action."""
    s = report.series
    fig = _figure(9.5, 3.2)
    ax = fig.add_subplot()
    _style(ax, grid_axis="y")
    x = list(range(len(s.buckets)))
    bottom = [0] * len(x)
    for action, values in s.decisions.items():
        ax.bar(
            x,
            values,
            bottom=bottom,
            width=0.78,
            color=COLORS.get(action, _OTHER),
            label=_both(action),
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(x) // 14)
    ax.set_xticks(x[::step], [_tick_label(b, s.granularity) for b in s.buckets[::step]])
    ax.set_xlim(-0.6, len(x) - 0.4)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(
        f"Quyết định mỗi {label_vi(s.granularity)} / per {label_en(s.granularity)}",
        color=_TEXT,
        fontsize=9,
    )
    if s.decisions:
        ax.legend(frameon=False, fontsize=9, ncols=4, loc="upper left", bbox_to_anchor=(0, 1.16))
    return to_svg(fig, "c-time", "Quyết định theo thời gian / Decisions over time")


def _hbars(rows: list[tuple[str, dict[str, int]]], keys: list[str], prefix: str, title: str) -> str:
    fig = _figure(5.2, 0.5 + 0.42 * max(len(rows), 1))
    ax = fig.add_subplot()
    _style(ax, grid_axis="x")
    y = list(range(len(rows)))[::-1]
    left = [0] * len(rows)
    for key in keys:
        values = [counts.get(key, 0) for _, counts in rows]
        if not any(values):
            continue
        bars = ax.barh(
            y, values, left=left, height=0.62, color=COLORS.get(key, _OTHER), label=_both(key)
        )
        labels = [str(v) if v else "" for v in values]
        ax.bar_label(bars, labels=labels, label_type="center", fontsize=8, color="white")
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(y, [name for name, _ in rows])
    ax.xaxis.get_major_locator().set_params(integer=True)
    if rows:
        ax.legend(frameon=False, fontsize=8.5, loc="lower left", bbox_to_anchor=(0, 1), ncols=2)
    return to_svg(fig, prefix, title)


def actions_by_category(report: Report) -> str:
    """Horizontal stacked bars: decisions per category, by action."""
    rows = sorted(report.decisions.by_category.items(), key=lambda kv: -sum(kv[1].values()))
    keys = list(dict.fromkeys([*report.decisions.by_action]))
    return _hbars(rows, keys, "c-cat", "Quyết định theo danh mục / Decisions by category")


def appeal_outcomes(report: Report) -> str:
    """Appeals filed in the period by outcome, next to authority requests by outcome."""
    ap, ar = report.appeals, report.authority_requests
    rows = [
        (
            "Khiếu nại / Appeals",
            {"upheld": ap.upheld, "reversed": ap.reversed, "pending": ap.pending},
        ),
        ("Yêu cầu CQNN / Authority", dict(ar.by_outcome)),
    ]
    keys = ["upheld", "reversed", "actioned", "declined", "pending"]
    return _hbars(rows, keys, "c-out", "Kết quả khiếu nại và yêu cầu / Appeal and request outcomes")


def all_charts(report: Report) -> dict[str, str]:
    return {
        "over_time": actions_over_time(report),
        "by_category": actions_by_category(report),
        "outcomes": appeal_outcomes(report),
    }
