"""vimod.jobs: work over the stored record or large files, beyond one request.

- ``backfill``: re-score and re-decide stored items with the current model and policy
  (dry run report, or ``apply``: new automated decisions, tasks, webhooks), in chunks of
  item ids, on all local cores or as a Ray Data job (``ray_jobs``), resumable by chunk.
- ``ray_jobs``: the Ray paths of ``vimod backfill --ray`` and ``vimod batch-ray``.
"""

from __future__ import annotations

from vimod.jobs.backfill import BackfillReport, Chunk, backfill, run_chunk

__all__ = ["BackfillReport", "Chunk", "backfill", "run_chunk"]
