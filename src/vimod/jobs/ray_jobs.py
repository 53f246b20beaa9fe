"""The Ray paths: ``vimod backfill --ray ADDRESS`` and ``vimod batch-ray --ray ADDRESS``, as Ray
Data jobs on an existing cluster (``pip install 'vimod[ray]'`` on every node).

- **backfill**: the driver plans the chunks of item ids (``vimod.jobs.backfill``); a Ray
  Dataset of chunks is mapped by scoring actors (each loads the model and the policy once
  and connects to the database itself), which read, score, decide and — with ``apply`` —
  append and checkpoint each chunk in one transaction, exactly as the local path does
  (``run_chunk``); a killed job resumes under the same run name. The driver sums the
  chunk reports (Ray Data shows its progress bar) and prints the summary.
- **batch**: JSONL, CSV or Parquet in (``ray.data.read_*``: local paths or any filesystem
  pyarrow reads), scored in blocks by actors, streamed out in input order to JSONL or
  Parquet, one result per row as ``vimod batch`` writes it. The input needs an ``id`` and
  a ``text`` column (there are no line numbers across blocks).

Nothing here reaches the network beyond the cluster: no dashboard, no usage stats.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from vimod.jobs.backfill import (
    DEFAULT_CHUNK,
    BackfillReport,
    Chunk,
    current_policy,
    load_detector,
    plan_chunks,
    run_chunk,
)
from vimod.policy import Policy
from vimod.store.backfill import Filters
from vimod.store.db import make_engine, make_sessionmaker
from vimod.vocab import CLI_ACTOR

#: Environment passed to the job's workers (the detector factory is how tests and
#: experiments swap the model).
_FORWARDED_ENV = ("VIMOD_DETECTOR_FACTORY", "VIMOD_MODEL")


def connect(address: str) -> Any:
    """Join the cluster at ``address`` (``host:port`` of the head, or ``auto``)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    env = {k: os.environ[k] for k in _FORWARDED_ENV if k in os.environ}
    if not ray.is_initialized():
        # Joining an existing cluster: its dashboard is the cluster's own setting.
        ray.init(address=address, runtime_env={"env_vars": env} if env else None,
                 log_to_driver=False, logging_level=logging.WARNING)
    return ray


def _concurrency(ray: Any, wanted: int | None) -> int:
    if wanted:
        return wanted
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


class _ChunkRunner:
    """A Ray Data actor: one engine, model and policy, many chunks."""

    def __init__(self, db_url: str, model: str | None, policy_text: str,
                 filters: dict[str, Any], apply: bool, run: str, actor: str) -> None:
        self.factory = make_sessionmaker(make_engine(db_url))
        self.detector = load_detector(model)
        self.policy = Policy.from_toml(policy_text, source="backfill")
        self.filters = Filters(**filters)
        self.apply = apply
        self.run = run
        self.actor = actor

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        reports = []
        for lo, hi in zip(batch["lo"].tolist(), batch["hi"].tolist(), strict=True):
            report = run_chunk(self.factory, self.detector, self.policy, Chunk(lo, hi),
                               self.filters, apply=self.apply, run=self.run, actor=self.actor)
            reports.append(json.dumps(report.to_dict()))
        return {"report": reports}


def backfill_on_ray(address: str, db_url: str, *, filters: Filters = Filters(),
                    apply: bool = False, run: str = "backfill", model: str | None = None,
                    policy_path: str | None = None, chunk_size: int = DEFAULT_CHUNK,
                    concurrency: int | None = None, actor: str = CLI_ACTOR) -> BackfillReport:
    ray = connect(address)
    engine = make_engine(db_url)
    try:
        factory = make_sessionmaker(engine)
        policy = current_policy(factory, policy_path)
        chunks = plan_chunks(factory, filters, chunk_size)
    finally:
        engine.dispose()
    total = BackfillReport(policy_version=policy.version)
    if not chunks:
        return total
    ds = ray.data.from_items([{"lo": c.lo, "hi": c.hi} for c in chunks],
                             override_num_blocks=len(chunks))
    ds = ds.map_batches(
        _ChunkRunner, batch_size=1, concurrency=_concurrency(ray, concurrency),
        fn_constructor_kwargs={"db_url": db_url, "model": model, "policy_text": policy.text,
                               "filters": asdict(filters), "apply": apply, "run": run,
                               "actor": actor})
    for row in ds.iter_rows():
        total.merge(BackfillReport.from_dict(json.loads(row["report"])))
    return total


# --------------------------------------------------------------------------- batch


class _Scorer:
    def __init__(self, model: str | None, surface: str | None) -> None:
        self.detector = load_detector(model)
        self.surface = surface

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        ids = batch["id"].tolist()
        texts = batch["text"].tolist()
        lines: list[str] = []
        good = [(i, t) for i, t in zip(ids, texts, strict=True) if isinstance(t, str)]
        results = iter(self.detector.predict([t for _, t in good], surface=self.surface)
                       if good else [])
        for rid, text in zip(ids, texts, strict=True):
            if isinstance(text, str):
                obj = {"id": rid, **next(results).to_dict()}
            else:
                obj = {"id": rid, "error": "field 'text' missing or not a string"}
            lines.append(json.dumps(obj, ensure_ascii=False))
        return {"line": lines}


def _read(ray: Any, path: str, fmt: str) -> Any:
    if fmt == "jsonl":
        return ray.data.read_json(path, lines=True)
    if fmt == "csv":
        import pyarrow as pa
        from pyarrow import csv as pacsv

        # vimod batch reads CSV ids as text: so do we.
        return ray.data.read_csv(path, convert_options=pacsv.ConvertOptions(
            column_types={"id": pa.string(), "text": pa.string()}))
    if fmt == "parquet":
        return ray.data.read_parquet(path, columns=["id", "text"])
    raise ValueError(f"--ray reads jsonl, csv or parquet, not {fmt!r}")


def batch_on_ray(address: str, input_path: str, output: str, *, fmt: str,
                 out_fmt: str, model: str | None = None, surface: str | None = None,
                 chunk: int = 512, concurrency: int | None = None) -> int:
    """Score ``input_path`` on the cluster into ``output`` (JSONL, or Parquet with one
    ``result`` column holding the same JSON text). Returns the rows written."""
    ray = connect(address)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # output rows in input order
    ds = _read(ray, input_path, fmt).select_columns(["id", "text"])
    # Leave a CPU to the read tasks: actors holding every CPU would starve them.
    actors = concurrency or max(1, _concurrency(ray, None) - 1)
    ds = ds.map_batches(_Scorer, batch_size=chunk, concurrency=actors,
                        fn_constructor_kwargs={"model": model, "surface": surface})
    return _write(ds.iter_batches(batch_size=4096, batch_format="numpy"), output, out_fmt)


def _write(batches: Iterator[dict[str, Any]], output: str, out_fmt: str) -> int:
    n = 0
    if out_fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("id", pa.string()), ("result", pa.string())])
        with pq.ParquetWriter(output, schema) as writer:
            for batch in batches:
                lines = batch["line"].tolist()
                ids = [str(json.loads(x)["id"]) for x in lines]
                writer.write_table(pa.table({"id": ids, "result": lines}, schema=schema))
                n += len(lines)
        return n
    with open(output, "w", encoding="utf-8") as out:
        for batch in batches:
            for line in batch["line"].tolist():
                out.write(line + "\n")
                n += 1
    return n
