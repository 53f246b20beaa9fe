"""JSON, CSV, HTML and statements of reasons over the known history; the CLI end to end."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from tests.report.factories import BTTTT, CONG_AN, History
from vimod.cli import app as cli_app
from vimod.report import build_report
from vimod.report.render import CSV_HEADER, render_csv, render_html, render_json, to_dict
from vimod.report.statements import PERSONAL_FIELDS, iter_statements

SINCE, UNTIL = date(2026, 3, 2), date(2026, 3, 8)
URL = re.compile(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", re.I)


@pytest.fixture
def report(factory: sessionmaker[Session], history: History):  # type: ignore[no-untyped-def]
    with factory() as s:
        return build_report(s, since=SINCE, until=UNTIL, platform="forum")


def _numbers(value, path=()):  # type: ignore[no-untyped-def]
    """Every numeric leaf of the JSON report (bools and None excluded)."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _numbers(v, (*path, k))
    elif isinstance(value, list):
        for v in value:
            yield from _numbers(v, path)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield float(value)


def test_json_and_csv_carry_the_same_numbers(report) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(render_json(report))
    rows = list(csv.reader(io.StringIO(render_csv(report))))
    assert tuple(rows[0]) == CSV_HEADER
    csv_numbers = Counter(float(r[3]) for r in rows[1:] if r[0] != "meta" and r[3] != "")
    assert Counter(_numbers(data)) == csv_numbers
    assert data["schema"] == "vimod.transparency-report/1"
    assert data["decisions"]["by_action"] == {"allow": 8, "label": 4, "review": 2, "remove": 9}


def test_csv_long_format_rows_are_addressable(report) -> None:  # type: ignore[no-untyped-def]
    rows = {(r[0], r[1], r[2]): r[3] for r in csv.reader(io.StringIO(render_csv(report)))}
    assert rows[("decisions.by_action", "remove", "")] == "9"
    assert rows[("decisions.by_source", "authority_request", "remove")] == "1"
    assert rows[("authority_requests.by_authority", BTTTT, "pending")] == "1"
    assert rows[("authority_requests.by_authority", CONG_AN, "declined")] == "1"
    assert rows[("review.overturn_by_rule", "spam_review", "overturn_rate")] == "1.0"
    assert rows[("series.decisions", "2026-03-06", "remove")] == "3"
    assert rows[("appeals", "median_seconds_to_outcome", "")] == "64800.0"
    assert rows[("meta", "platform", "")] == "forum"


def test_json_period_is_explicit(report) -> None:  # type: ignore[no-untyped-def]
    period = to_dict(report)["period"]
    assert period == {
        "since": "2026-03-02T00:00:00+00:00",
        "until_exclusive": "2026-03-09T00:00:00+00:00",
        "last_day": "2026-03-08",
        "granularity": "day",
    }


def test_html_is_self_contained_without_urls(report, history: History) -> None:  # type: ignore[no-untyped-def]
    html = render_html(report)
    assert not URL.search(html), URL.search(html)
    assert "<svg" in html and html.count("<svg") == 3
    for needle in ("<script", "<link", "<img", "@import", "url(http", "xmlns"):
        assert needle not in html
    assert "Báo cáo minh bạch" in html and "Transparency report" in html
    assert BTTTT in html and CONG_AN in html
    for private in [*history.texts, *history.authors, *history.reviewers]:
        assert private not in html


def test_statements_have_no_personal_data(factory: sessionmaker[Session], history: History) -> None:
    with factory() as s:
        rows = list(iter_statements(s, since=SINCE, until=UNTIL, platform="forum"))
    # 23 decisions in the period, 8 of them "allow" (no restriction, not exported by default).
    assert len(rows) == 15
    blob = json.dumps(rows, ensure_ascii=False)
    for private in [*history.texts, *history.authors, *history.reviewers, "ext-1"]:
        assert private not in blob
    for row in rows:
        assert not set(row) & set(PERSONAL_FIELDS)
    assert Counter(r["action"] for r in rows) == {"remove": 9, "label": 4, "review": 2}


def test_statements_flags_and_grounds(factory: sessionmaker[Session], history: History) -> None:
    with factory() as s:
        rows = list(
            iter_statements(s, since=SINCE, until=UNTIL, platform="forum", include_allow=True)
        )
    assert len(rows) == 23
    by_id = {r["decision_id"]: r for r in rows}
    first = by_id[history.decisions["d1"].public_id]
    assert first == {
        **first,
        "content_type": "comment",
        "action": "remove",
        "decision_visibility": "DECISION_VISIBILITY_CONTENT_REMOVED",
        "terms_of_service_rule": "hate_remove",
        "category": "hate",
        "facts_en": "Reason of rule hate_remove",
        "source": "automated",
        "automated_detection": True,
        "automated_decision": "AUTOMATED_DECISION_FULLY",
        "application_date": "2026-03-02T08:00:00Z",
    }
    # The removal after the BTTTT request: human decision, source authority request.
    authority = [r for r in rows if r["source"] == "authority_request"]
    assert {r["action"] for r in authority} == {"remove", "allow"}
    for r in authority:
        assert r["automated_detection"] is False
        assert r["automated_decision"] == "AUTOMATED_DECISION_NOT_AUTOMATED"
        assert r["source_type"] == "SOURCE_ORDER"
        assert r["supersedes_decision_id"] is not None
    assert Counter(r["source"] for r in rows) == {
        "automated": 16,
        "user_report": 3,
        "authority_request": 2,
        "appeal": 2,
    }


def _db_url(factory: sessionmaker[Session]) -> str:
    return factory.kw["bind"].url.render_as_string(hide_password=False)


@pytest.mark.parametrize("fmt", ["html", "json", "csv"])
def test_cli_report_writes_each_format(
    fmt: str, factory: sessionmaker[Session], history: History, tmp_path: Path
) -> None:
    if factory.kw["bind"].dialect.name != "sqlite":
        pytest.skip("the CLI is exercised once, on SQLite")
    out = tmp_path / f"r.{fmt}"
    result = CliRunner().invoke(
        cli_app,
        [
            "report",
            "--since",
            "2026-03-02",
            "--until",
            "2026-03-08",
            "--platform",
            "forum",
            "--format",
            fmt,
            "-o",
            str(out),
            "--db",
            _db_url(factory),
        ],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)["items"]["received"] == 14
    elif fmt == "csv":
        assert "items,received,,14" in text.splitlines()
    else:
        assert text.startswith("<!DOCTYPE html>") and not URL.search(text)


def test_cli_statements_writes_jsonl(
    factory: sessionmaker[Session], history: History, tmp_path: Path
) -> None:
    if factory.kw["bind"].dialect.name != "sqlite":
        pytest.skip("the CLI is exercised once, on SQLite")
    out = tmp_path / "s.jsonl"
    result = CliRunner().invoke(
        cli_app,
        [
            "statements",
            "--since",
            "2026-03-02",
            "--until",
            "2026-03-08",
            "-o",
            str(out),
            "--db",
            _db_url(factory),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 16  # all platforms: forum's 15 and the market's removal on Mar 3
    assert all(json.loads(line)["decision_id"].startswith("dec_") for line in lines)


def test_cli_rejects_bad_dates_and_missing_db(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(cli_app, ["report", "--since", "yesterday", "--until", "2026-03-08"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output
    missing = runner.invoke(
        cli_app,
        [
            "report",
            "--since",
            "2026-03-01",
            "--until",
            "2026-03-08",
            "--db",
            f"sqlite:///{tmp_path / 'none.sqlite'}",
        ],
    )
    assert missing.exit_code != 0 and "no database" in missing.output


def test_cli_publish_report_toggles_flag_and_audits(
    factory: sessionmaker[Session], history: History
) -> None:
    if factory.kw["bind"].dialect.name != "sqlite":
        pytest.skip("the CLI is exercised once, on SQLite")
    from sqlalchemy import select

    from vimod.store.models import AuditLog, Platform

    runner = CliRunner()
    url = _db_url(factory)
    assert runner.invoke(cli_app, ["publish-report", "market", "--db", url]).exit_code == 0
    with factory() as s:
        assert s.scalar(select(Platform.public_reports).where(Platform.name == "market"))
    off = runner.invoke(cli_app, ["publish-report", "market", "--off", "--db", url])
    assert off.exit_code == 0, off.output
    with factory() as s:
        assert not s.scalar(select(Platform.public_reports).where(Platform.name == "market"))
        actions = s.scalars(select(AuditLog.action)).all()
    assert actions.count("platform.public_reports") == 2
    assert runner.invoke(cli_app, ["publish-report", "nope", "--db", url]).exit_code == 2
