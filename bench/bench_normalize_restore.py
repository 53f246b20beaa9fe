"""Diacritic restoration accuracy of ``vimod.text.normalize``.

    .venv/bin/python -m bench.bench_normalize_restore [--split test] [--n 5000] [--vilexnorm dev]

(a) VietNews: the first ``--n`` sentences of ``--split`` with every diacritic removed
(``fold``; case kept), normalised; syllable accuracy = share of the gold syllables (words
shaped like Vietnamese syllables) whose output equals the gold word, lower-cased, tone
mark placement ignored. Printed for all syllables, for those not capitalised mid-sentence
(names, which vimod leaves alone by design), and for the same sentences lower-cased.
Also the baseline "leave as typed" (the share of syllables that have no marks anyway).

(b) ViLexNorm ``--vilexnorm`` split: in the pairs whose original and gold have the same
number of words, the positions where the original word has no marks and the gold word has
the same letters with marks (``ngu`` → ``ngủ``): share that the output gets right; and the
positions where the gold keeps the word without marks: share left unmarked.
"""

from __future__ import annotations

import argparse
import sys
import time

from bench.bench_normalize_ordinary import sentences

from vimod.corpora import read_vilexnorm
from vimod.text import canonical_tone, fold, normalize
from vimod.text._spelling import is_syllable
from vimod.text.evaluate import protocol_tokens


def _syllable(w: str) -> bool:
    return w.isalpha() and len(w) <= 7 and is_syllable(w)


def news_accuracy(texts: list[str], lower: bool) -> tuple[int, int, int, int, int]:
    """(syllables, right, right among those not capitalised mid-sentence, how many those
    are, right if left as typed)."""
    total = right = right_lc = n_lc = as_typed = 0
    for gold_text in texts:
        gold = gold_text.split()
        typed = [fold(w.lower() if lower else w) for w in gold]
        out = normalize(" ".join(typed)).text.split()
        if len(out) != len(gold):
            # the normaliser merged or split a chunk: score the syllables as wrong
            out = [""] * len(gold)
        for i, (g, o, t) in enumerate(zip(gold, out, typed, strict=True)):
            gl = g.lower()
            if not _syllable(gl):
                continue
            total += 1
            ok = canonical_tone(o) == canonical_tone(gl)
            right += ok
            as_typed += t.lower() == gl
            mid_capital = i > 0 and g[0].isupper() and gold[i - 1] not in (".", "!", "?", ":")
            if not mid_capital:
                n_lc += 1
                right_lc += ok
    return total, right, right_lc, n_lc, as_typed


def vilexnorm_accuracy(split: str, data: str | None) -> tuple[int, int, int, int]:
    need = need_right = keep = keep_right = 0
    for pair in read_vilexnorm(split, data):
        o = protocol_tokens(pair.original)
        g = protocol_tokens(pair.normalized)
        if len(o) != len(g) or not o:
            continue
        p = protocol_tokens(normalize(" ".join(o)).text)
        if len(p) != len(o):
            p = [""] * len(o)
        for a, b, c in zip(o, g, p, strict=True):
            if not (a.isascii() and _syllable(a)) or fold(b) != a:
                continue
            if b != a:
                need += 1
                need_right += canonical_tone(c) == canonical_tone(b)
            else:
                keep += 1
                keep_right += c == a
    return need, need_right, keep, keep_right


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=None)
    ap.add_argument("--split", default="test", choices=("dev", "test"))
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--vilexnorm", default="dev", choices=("dev", "test", "none"))
    args = ap.parse_args(argv)
    print("command: python -m bench.bench_normalize_restore " + " ".join(argv or sys.argv[1:]))
    texts = sentences(args.split, args.n, args.data)
    for lower in (False, True):
        start = time.perf_counter()
        total, right, right_lc, n_lc, as_typed = news_accuracy(texts, lower)
        took = time.perf_counter() - start
        what = "lower-cased" if lower else "case kept"
        print(f"VietNews {args.split} ({len(texts)} sentences, accents removed, {what}): "
              f"syllable accuracy {right / total:.4f} ({right}/{total}); "
              f"not capitalised mid-sentence {right_lc / n_lc:.4f} ({right_lc}/{n_lc}); "
              f"left as typed {as_typed / total:.4f} [{took:.1f}s]")
    if args.vilexnorm != "none":
        need, need_right, keep, keep_right = vilexnorm_accuracy(args.vilexnorm, args.data)
        print(f"ViLexNorm {args.vilexnorm}: unmarked words the gold accents: "
              f"{need_right / need:.4f} right ({need_right}/{need}); gold keeps unmarked: "
              f"{keep_right / keep:.4f} kept ({keep_right}/{keep})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
