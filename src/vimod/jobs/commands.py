"""CLI of the jobs: ``vimod backfill`` and ``vimod batch-ray`` (``vimod batch`` on a Ray
cluster; a separate command because ``vimod.detect`` may not import ``vimod.jobs``, which
imports it)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer


def register(app: typer.Typer) -> None:
    app.command("backfill")(backfill_cmd)
    app.command("batch-ray")(batch_ray_cmd)


def _when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date/time") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def backfill_cmd(
    db: Annotated[str | None, typer.Option(help="Database URL (default $VIMOD_DB).")] = None,
    apply: Annotated[bool, typer.Option(
        "--apply", help="Append the new decisions (default: a dry run that writes nothing).")]
    = False,
    platform: Annotated[str | None, typer.Option(help="Only this platform's items.")] = None,
    since: Annotated[str | None, typer.Option(help="Only items received at/after (ISO).")] = None,
    until: Annotated[str | None, typer.Option(help="Only items received before (ISO).")] = None,
    from_id: Annotated[int | None, typer.Option(help="Smallest item id (internal id).")] = None,
    to_id: Annotated[int | None, typer.Option(help="Largest item id (inclusive).")] = None,
    run: Annotated[str, typer.Option(
        help="Name of the run: --apply checkpoints each chunk under it; the same name "
             "resumes after a crash.")] = "backfill",
    restart: Annotated[bool, typer.Option(
        "--restart", help="Forget the run's checkpoints first.")] = False,
    policy: Annotated[Path | None, typer.Option(
        help="Policy TOML (default: the active policy).", exists=True, dir_okay=False)] = None,
    model: Annotated[Path | None, typer.Option(
        help="Model directory (default: $VIMOD_MODEL, else the shipped model).")] = None,
    workers: Annotated[int | None, typer.Option(
        help="Local processes (default: every core).", min=1)] = None,
    chunk: Annotated[int, typer.Option(help="Item ids per chunk.", min=1)] = 2000,
    ray: Annotated[str | None, typer.Option(
        "--ray", help="Run as a Ray Data job on this cluster (e.g. 10.0.0.5:6379, or "
                      "'auto'), instead of local processes.")] = None,
    ray_workers: Annotated[int | None, typer.Option(
        help="With --ray: concurrent scoring actors (default: the cluster's CPUs).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Re-score and re-decide stored items with the current model and policy.

    Dry run by default: a report of what would change, per rule and category. With
    --apply: new automated decisions (old ones are never edited), review tasks and
    decision.changed webhooks, as live traffic would; items a person decided are left
    alone. Resumable: run the same command again after a crash."""
    from tqdm import tqdm

    from vimod.jobs.backfill import backfill
    from vimod.store import shared
    from vimod.store.backfill import Filters
    from vimod.store.db import make_sessionmaker, redact, transaction
    from vimod.store.migrate import init_db
    from vimod.store.platforms import get_platform_by_name

    engine = init_db(db)
    db_url = engine.url.render_as_string(hide_password=False)
    factory = make_sessionmaker(engine)
    platform_id = None
    with transaction(factory) as s:
        if platform is not None:
            platform_id = get_platform_by_name(s, platform).id
        if restart:
            shared.drop_checkpoints(s, f"{run}:")
    engine.dispose()
    filters = Filters(platform_id=platform_id, received_since=_when(since),
                      received_until=_when(until), from_id=from_id, to_id=to_id)
    typer.echo(f"vimod backfill on {redact(db_url)}: "
               f"{'APPLY' if apply else 'dry run'}, run {run!r}", err=True)

    def progress(it: Any, total: int) -> Any:
        return tqdm(it, total=total, desc="backfill", unit=" chunks", file=sys.stderr)

    if ray is not None:
        from vimod.jobs.ray_jobs import backfill_on_ray

        report = backfill_on_ray(ray, db_url, filters=filters, apply=apply, run=run,
                                 model=str(model) if model else None,
                                 policy_path=str(policy) if policy else None,
                                 chunk_size=chunk, concurrency=ray_workers)
    else:
        report = backfill(db_url, filters=filters, apply=apply, run=run,
                          model=str(model) if model else None,
                          policy_path=str(policy) if policy else None, workers=workers,
                          chunk_size=chunk, progress=progress)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        typer.echo(report.format_text())


def batch_ray_cmd(
    input: Annotated[str, typer.Argument(help=".jsonl / .csv / .parquet with id and text.")],
    output: Annotated[str, typer.Option("-o", "--output", help=".jsonl or .parquet.")],
    ray: Annotated[str, typer.Option("--ray", help="Ray cluster (HOST:PORT or auto).")],
    fmt: Annotated[str | None, typer.Option("--format", help="jsonl, csv or parquet "
                                            "(default: from the extension).")] = None,
    model: Annotated[Path | None, typer.Option(help="Model directory.")] = None,
    chunk: Annotated[int, typer.Option(help="Texts scored per call.", min=1)] = 512,
    surface: Annotated[str | None, typer.Option(help="Surface of every row.")] = None,
) -> None:
    """``vimod batch`` on a Ray cluster: the same result lines, in input order."""
    batch_ray(ray, input, output, fmt, model, chunk, surface)


def batch_ray(address: str, input: str, output: str, fmt: str | None, model: Path | None,
              chunk: int, surface: str | None) -> None:
    """Score ``input`` on the cluster at ``address`` into ``output``."""
    from vimod.jobs.ray_jobs import batch_on_ray

    if input == "-" or output == "-":
        raise typer.BadParameter("--ray reads and writes files (not stdin/stdout)")
    suffix = Path(input).suffix.lower().lstrip(".")
    in_fmt = fmt or {"parquet": "parquet", "csv": "csv"}.get(suffix, "jsonl")
    out_fmt = "parquet" if output.lower().endswith(".parquet") else "jsonl"
    n = batch_on_ray(address, input, output, fmt=in_fmt, out_fmt=out_fmt,
                     model=str(model) if model else None, surface=surface, chunk=chunk)
    typer.echo(f"{n} rows scored on the cluster -> {output}", err=True)
