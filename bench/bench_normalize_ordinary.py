"""Do no harm: how many words of correctly written Vietnamese the normaliser changes.

    .venv/bin/python -m bench.bench_normalize_ordinary [--split test] [--n 10000] [--show 30]

Reads the first ``--n`` sentences of VietNews ``--split`` (formal, fully accented news text;
one sentence per line, punctuation space-separated), NFC-normalises each, normalises it
and compares every output word with the input word it came from (``Normalized.tokens``).
The normaliser lower-cases by design, so a word counts as *changed* when its output differs
from the lower-cased input word. Two figures are printed: every change, and changes other
than moving the tone mark between the vowels of ``oa``/``oe``/``uy`` (``hòa``/``hoà``: both
spellings are correct; vimod writes one per word). The most frequent changes are listed.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import unicodedata
from collections import Counter

from vimod.corpora import find_data_dir
from vimod.text import fold, normalize


def sentences(split: str, n: int, data_dir: str | None) -> list[str]:
    root = find_data_dir(data_dir)
    if root is None:
        raise SystemExit("corpora not found: pass --data")
    out: list[str] = []
    with gzip.open(root / "vietnews" / f"{split}.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            line = unicodedata.normalize("NFC", line.strip())
            if line:
                out.append(line)
                if len(out) == n:
                    break
    return out


def tone_only(a: str, b: str) -> bool:
    """Same letters and tone, the mark on the other vowel of ``oa``/``oe``/``uy``."""
    return fold(a) == fold(b) and sorted(a) != sorted(fold(a)) and len(a) == len(b) and (
        sorted(unicodedata.normalize("NFD", a)) == sorted(unicodedata.normalize("NFD", b))
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=None)
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    ap.add_argument("--n", type=int, default=10000, help="number of sentences")
    ap.add_argument("--show", type=int, default=30, help="most frequent changes to list")
    args = ap.parse_args(argv)
    print("command: python -m bench.bench_normalize_ordinary " + " ".join(argv or sys.argv[1:]))
    texts = sentences(args.split, args.n, args.data)
    words = changed = tone = 0
    examples: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for tok in normalize(text).tokens:
            words += 1
            src = tok.original.lower()
            if tok.text != src:
                changed += 1
                if tone_only(src, tok.text):
                    tone += 1
                else:
                    examples[(src, tok.text)] += 1
    print(f"VietNews {args.split}: {len(texts)} sentences, {words} words")
    print(f"changed (beyond lower-casing):         {changed} = {changed / words:.4%}")
    print(f"changed, not counting tone placement:  {changed - tone} = "
          f"{(changed - tone) / words:.4%}")
    for (a, b), c in examples.most_common(args.show):
        print(f"  {c:5d}  {a} -> {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
