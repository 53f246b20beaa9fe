"""ViLexNorm lexical-normalisation score of ``vimod.text.normalize``.

    .venv/bin/python -m bench.bench_vilexnorm [--data DIR] [--split dev|test|both]

Prints the issue's word-level ERR (see ``vimod.text.evaluate.err_score``), the same for a
most-frequent-mapping dictionary learned from train (the baseline), and the stricter
whole-corpus variant (``strict_err_score``). Thresholds were chosen on dev; test is the
figure to report.
"""

from __future__ import annotations

import argparse
import sys
import time

from vimod.corpora import read_vilexnorm
from vimod.text import normalize
from vimod.text.evaluate import err_score, most_frequent_mapping, strict_err_score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=None)
    ap.add_argument("--split", default="both", choices=("dev", "test", "both"))
    args = ap.parse_args(argv)
    print("command: python -m bench.bench_vilexnorm " + " ".join(argv or sys.argv[1:]))
    baseline = most_frequent_mapping(read_vilexnorm("train", args.data))
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    for split in splits:
        pairs = read_vilexnorm(split, args.data)
        start = time.perf_counter()
        ours = err_score(pairs, lambda s: normalize(s).text)
        took = time.perf_counter() - start
        print(f"{split:>4} vimod          {ours}  [{took:.1f}s]")
        print(f"{split:>4} MFR baseline   {err_score(pairs, baseline)}")
        print(f"{split:>4} vimod, strict  {strict_err_score(pairs, lambda s: normalize(s).text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
