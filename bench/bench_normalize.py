"""Normalisation speed on real comments.

    .venv/bin/python -m bench.bench_normalize [--data DIR] [--n 2000]

Prints the mean time per call of ``vimod.text.normalize`` for (a) 1,000-character
comments built by joining consecutive ViHSD test comments and (b) ViHSD test comments as
they are. Each text is distinct; the word caches start empty, so the first pass pays for
every word it meets for the first time ("cold"); a second pass over the same texts shows
the steady state of a long-running server ("warm").
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from vimod.corpora import read_vihsd


def _thousand_char_comments(texts: list[str], n: int) -> list[str]:
    out: list[str] = []
    buf: list[str] = []
    size = 0
    for t in texts * 4:
        buf.append(t)
        size += len(t) + 1
        if size >= 1000:
            out.append(" ".join(buf)[:1000])
            buf, size = [], 0
            if len(out) == n:
                break
    return out


def _time_per_call(fn, texts: list[str]) -> float:
    start = time.perf_counter()
    for t in texts:
        fn(t)
    return (time.perf_counter() - start) / len(texts) * 1e6


def _clear_caches() -> None:
    from vimod.text import _normalize, _tone

    _normalize._context.cache_clear()
    _tone.canonical_tone.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=None)
    ap.add_argument("--n", type=int, default=2000, help="number of 1,000-char comments")
    args = ap.parse_args(argv)

    from vimod.text import normalize

    texts = [r.text for r in read_vihsd("test", args.data) if r.text.strip()]
    long_texts = _thousand_char_comments(texts, args.n)
    print("command: python -m bench.bench_normalize " + " ".join(argv or sys.argv[1:]))
    mean_len = statistics.mean(map(len, texts))
    print(f"ViHSD test comments: {len(texts)}, mean length {mean_len:.0f} chars")

    normalize("khởi động")  # load the lexicon outside the timing
    for name, batch in (("1,000-char comments", long_texts), ("ViHSD comments", texts)):
        _clear_caches()
        normalize("khởi động")
        cold = _time_per_call(normalize, batch)
        warm = _time_per_call(normalize, batch)
        print(
            f"{name:>20}: n={len(batch):>5}  cold {cold:8.1f} µs/call  warm {warm:8.1f} µs/call"
            f"  ({1e6 / warm:,.0f}/s warm)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
