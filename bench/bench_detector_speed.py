"""Detector speed and size on one CPU core.

    taskset -c 0 .venv/bin/python bench/bench_detector_speed.py [--model DIR] [--repeat 5]
                                                                [--json OUT.json]

Measures, on ViHSD comments (mean 48-49 characters), including normalisation:
* load: wall time of ``from vimod import Detector; Detector.load()`` in a fresh interpreter
  (imports included), median of ``--repeat`` runs;
* cold batch: ``predict`` in chunks of 512 over the 6,680 test comments right after load
  (the per-word caches of the normaliser and of the detector's n-gram lookup start empty);
* warm batch (headline, a long-running server): after a warm-up pass over the 24,048 ViHSD
  *train* comments, ``predict`` over the *test* comments in ``--repeat`` disjoint slices,
  each slice never seen before; median of the slices;
* the same test comments once more (every cache hit; reported, not the headline);
* single-text latency: median (and p95) of ``predict([text])`` over the 2,672 dev comments,
  never seen before, after the warm-up;
* model size: bytes of the model directory.
BLAS threads are pinned to 1; run under ``taskset -c 0`` to pin the process to one core.
The machine is shared, so repeat when the load is low and report the median.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402


def load_seconds(model: str | None, repeat: int) -> list[float]:
    arg = "None" if model is None else repr(model)
    code = (
        "import time; t = time.perf_counter(); from vimod import Detector; "
        f"Detector.load({arg}); print(time.perf_counter() - t)"
    )
    out = []
    for _ in range(repeat):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env=os.environ.copy())
        out.append(float(r.stdout.strip()))
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None)
    ap.add_argument("--data", default=None)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)

    from vimod.corpora import read_vihsd
    from vimod.detect import Detector
    from vimod.detect._detector import DEFAULT_MODEL_DIR

    texts = [r.text for r in read_vihsd("test", args.data)]
    loads = load_seconds(args.model, args.repeat)
    det = Detector.load(args.model)

    def rate(batch: list[str]) -> float:
        t = time.perf_counter()
        for i in range(0, len(batch), 512):
            det.predict(batch[i : i + 512])
        return len(batch) / (time.perf_counter() - t)

    cold = rate(texts)
    det = Detector.load(args.model)  # fresh caches again
    rate([r.text for r in read_vihsd("train", args.data)])  # warm-up on other texts
    k = max(1, args.repeat)
    size_slice = len(texts) // k
    warm = [rate(texts[i * size_slice : (i + 1) * size_slice]) for i in range(k)]
    seen = rate(texts)  # the same texts again: every cache hit (not the headline)
    lat = []
    for text in [r.text for r in read_vihsd("dev", args.data)]:
        t = time.perf_counter()
        det.predict([text])
        lat.append(time.perf_counter() - t)
    lat.sort()
    mdir = Path(args.model) if args.model else DEFAULT_MODEL_DIR
    size = sum(p.stat().st_size for p in mdir.iterdir() if p.is_file())
    res = {
        "model": det.version,
        "texts": len(texts),
        "mean_chars": sum(map(len, texts)) / len(texts),
        "load_s_median": statistics.median(loads),
        "load_s_all": loads,
        "batch_per_s_cold": cold,
        "batch_per_s_warm_median": statistics.median(warm),
        "batch_per_s_warm_all": warm,
        "batch_per_s_seen_texts": seen,
        "single_ms_median": 1000 * statistics.median(lat),
        "single_ms_p95": 1000 * lat[int(0.95 * len(lat))],
        "model_bytes": size,
        "cpu_affinity": sorted(os.sched_getaffinity(0)),
    }
    print(f"model {res['model']}  ({res['model_bytes'] / 1e6:.1f} MB, "
          f"cores {res['cpu_affinity']})")
    print(f"load {res['load_s_median']:.2f} s (median of {args.repeat})")
    print(f"batch {res['batch_per_s_warm_median']:.0f} comments/s warm, unseen texts (median of "
          f"{k} slices); cold first pass {cold:.0f}/s")
    print(f"single text {res['single_ms_median']:.3f} ms median, p95 "
          f"{res['single_ms_p95']:.3f} ms")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1), encoding="utf-8")
    return res


if __name__ == "__main__":
    main()
