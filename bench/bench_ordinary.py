"""Ordinary text through the detector and the default policy: how often is it not allowed?

    .venv/bin/python bench/bench_ordinary.py [--model DIR] [--data DIR] [--split test]
                                             [--limit N] [--json OUT.json]

Two sets of text nobody should act on:

* VietNews sentences (formal news prose, fully accented; ``--split test``: the test
  articles, never trained on; ``dev`` for choosing models), de-tokenised like typed text;
* UIT-ViCTSD news comments labelled non-toxic (test or dev split).

Every text goes through ``Detector.predict`` and ``vimod.policy.Policy.load()`` (the shipped
default policy) as a ``comment``; the figure is the share whose action is not ``allow``,
with the rules responsible and a few examples. Issue 10's target: <= 0.5% on each set.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path


def run_set(det, policy, texts: list[str], examples: int = 8) -> dict:
    out = det.predict(texts, surface="comment")
    rules: Counter[str] = Counter()
    flagged: list[dict] = []
    for t, d in zip(texts, out, strict=True):
        dec = policy.decide({"surface": "comment"}, d)
        if dec.action != "allow":
            rules[f"{dec.rule} ({dec.action})"] += 1
            if len(flagged) < examples:
                top = max(d.categories, key=d.categories.__getitem__) if d.categories else ""
                flagged.append({"text": t[:160], "rule": dec.rule, "label": d.label,
                                "top_category": top,
                                "p": round(d.categories.get(top, 0.0), 3) if top else None})
    n_flag = sum(rules.values())
    return {"n": len(texts), "not_allowed": n_flag, "rate": n_flag / max(1, len(texts)),
            "rules": dict(rules.most_common()),
            "label_not_clean_rate": sum(d.label != "CLEAN" for d in out) / max(1, len(out)),
            "any_category_rate": sum(max(d.categories.values()) >= 0.5 for d in out)
            / max(1, len(out)),
            "examples": flagged}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model directory (default: shipped)")
    ap.add_argument("--data", default=None, help="corpora folder (default: ../shared/data)")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--limit", type=int, default=None,
                    help="at most N VietNews sentences (default: all of the split)")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args(argv)

    from vimod.corpora import find_data_dir
    from vimod.detect import Detector
    from vimod.detect._data import read_victsd, read_vietnews
    from vimod.policy import Policy

    data = find_data_dir(args.data)
    if data is None:
        ap.error("corpora not found: pass --data DIR or set VIMOD_DATA")
    det = Detector.load(args.model)
    policy = Policy.load()
    t = time.perf_counter()
    news = read_vietnews(args.split, data, limit=args.limit)
    ctsd = [r.text for r in read_victsd(args.split, data) if r.label == 0]
    res = {"model": det.version, "policy": policy.version, "split": args.split,
           "vietnews": run_set(det, policy, news), "victsd_nontoxic": run_set(det, policy, ctsd)}
    res["seconds"] = round(time.perf_counter() - t, 1)
    print(f"model {res['model']}  policy {res['policy']}  split {args.split}")
    for name in ("vietnews", "victsd_nontoxic"):
        r = res[name]
        print(f"{name:<16} {r['n']:>6} texts  not allowed {r['not_allowed']:>4} "
              f"({100 * r['rate']:.2f}%)  label != CLEAN {100 * r['label_not_clean_rate']:.2f}%  "
              f"any category >= 0.5 {100 * r['any_category_rate']:.2f}%")
        for rule, k in r["rules"].items():
            print(f"    {rule}: {k}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return res


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
