"""Tune the shipped policy's thresholds on DEV data only, and show what the policy does.

    nice .venv/bin/python bench/tune_policy.py [--data DIR] [--model DIR] [--news 20000]
                                               [--budget 0.0025] [--write] [--json OUT]
    nice .venv/bin/python bench/tune_policy.py --measure-test   # no tuning: test rates only

Reads ViHSD dev, SafeSense dev, UIT-ViCTSD dev, VietNews dev, ViSpamReviews dev and the
contrastive set's dev groups (``vimod.detect._data.is_dev_group``, the slice the detector
holds out of training). Never reads ``datasets/functional/test.jsonl``; reads a test split
only with ``--measure-test``, which changes nothing and prints the issue's target figure
(the shipped policy's action rate on VietNews test sentences and on ViCTSD test comments
labelled non-toxic) for the thresholds already in ``default.toml``.

How thresholds are chosen, in three plain steps (all on dev):

1. **Ordinary text first.** Every tuned rule starts at its floor (0.5 for review rules, where
   a category "fires"; 0.7 for the insult label; 0.8 for removals and forum spam). While the
   whole policy takes an action other than allow on more than ``--budget`` (default 0.25 %,
   half the 0.5 % target, as a margin for the shift from dev to test) of VietNews dev
   sentences or of ViCTSD dev comments labelled non-toxic, the rule that acts on the most of
   them is raised one grid step (0.05 up to 0.95, then 0.97, 0.98, 0.99).
2. **Actions must be right.** Each rule is then raised further until at least 90 % (removal
   rules) or 80 % (review and label rules) of the contrastive dev rows it decides carry its
   category (checked when it decides at least 10 rows; removals first).
3. Within a category, the removal threshold is never below the review threshold. Review
   spam (surface ``review``) takes the smallest threshold with ViSpamReviews-dev precision
   ≥ 0.9; marketplace removal is never below forum-spam review.

The figures printed afterwards are what docs/service.md (Policy) reports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from vimod.corpora import find_data_dir, read_vihsd, read_vispam  # noqa: E402
from vimod.detect import Detector  # noqa: E402
from vimod.detect._data import (  # noqa: E402
    CONTRASTIVE,
    is_dev_group,
    read_safesense,
    read_team_jsonl,
    read_victsd,
    read_vietnews,
)
from vimod.policy import DEFAULT_POLICY_PATH, Policy  # noqa: E402

GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99]
#: (rule, when key, name in the table or None for a plain number, floor)
TUNED: list[tuple[str, str, str | None, float]] = [
    ("self-harm", "category_at_least", "self_harm", 0.5),
    ("identity-attack-high", "category_at_least", "identity_attack", 0.8),
    ("identity-attack-medium", "category_at_least", "identity_attack", 0.5),
    ("threat", "category_at_least", "threat", 0.5),
    ("scam-high", "category_at_least", "scam", 0.8),
    ("scam-medium", "category_at_least", "scam", 0.5),
    ("personal-data", "category_at_least", "personal_data", 0.5),
    ("sexual", "category_at_least", "sexual", 0.5),
    ("insult-high", "category_at_least", "insult", 0.7),
    ("spam-high", "spam_at_least", None, 0.8),
]
#: removal rule -> the review rule of the same category it must not fall below
PAIRS = {"identity-attack-high": "identity-attack-medium", "scam-high": "scam-medium"}
REMOVALS = ("identity-attack-high", "scam-high")
REVIEW_SPAM_PRECISION = 0.9
REMOVAL_PRECISION = 0.9
OTHER_PRECISION = 0.8
MIN_HITS = 10


def _policy(base: dict[str, Any], th: dict[str, float]) -> Policy:
    data = json.loads(json.dumps(base))
    for rule in data["rules"]:
        for name, key, cat, _ in TUNED:
            if rule["name"] == name:
                if cat is None:
                    rule["when"][key] = th[name]
                else:
                    rule["when"][key][cat] = th[name]
        if rule["name"] == "review-spam" and "review-spam" in th:
            rule["when"]["spam_at_least"] = th["review-spam"]
        if rule["name"] == "marketplace-spam" and "marketplace-spam" in th:
            rule["when"]["spam_at_least"] = th["marketplace-spam"]
    return Policy.from_dict(data)


def _decide(policy: Policy, dets: list[dict[str, Any]], surface: str = "comment") -> list[Any]:
    item = {"surface": surface}
    return [policy.decide(item, d) for d in dets]


def _acted(decisions: Iterable[Any]) -> Counter[str]:
    return Counter(d.rule for d in decisions if d.action != "allow")


def _score(det: Detector, texts: list[str], surface: str = "comment") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(0, len(texts), 2000):
        out += [d.to_dict() for d in det.predict(texts[i:i + 2000], surface)]
    return out


def _next(t: float) -> float | None:
    bigger = [g for g in GRID if g > t + 1e-9]
    return bigger[0] if bigger else None


def tune(base: dict[str, Any], ordinary: dict[str, list[dict[str, Any]]],
         con: list[tuple[dict[str, Any], frozenset[str]]],
         spam_dev: list[tuple[dict[str, Any], bool]], budget: float,
         log: list[str]) -> dict[str, float]:
    th = {name: floor for name, _, _, floor in TUNED}
    frozen: set[str] = set()
    # 1. ordinary text
    while True:
        p = _policy(base, th)
        rates = {k: _acted(_decide(p, v)) for k, v in ordinary.items()}
        over = {k: sum(c.values()) / len(ordinary[k]) for k, c in rates.items()}
        if max(over.values()) <= budget:
            break
        weight: dict[str, float] = {}
        for k, c in rates.items():
            if over[k] > budget:
                for rule, n in c.items():
                    weight[rule] = weight.get(rule, 0.0) + n / len(ordinary[k])
        candidates = [(w, r) for r, w in weight.items() if r in th and r not in frozen]
        if not candidates:
            log.append(f"step 1: cannot reach the budget: {over} (acting: {dict(weight)})")
            break
        _, rule = max(candidates)
        nxt = _next(th[rule])
        if nxt is None:
            frozen.add(rule)
            continue
        log.append(f"step 1: {rule} {th[rule]:.2f} -> {nxt:.2f} (ordinary rates "
                   + ", ".join(f"{k} {v:.3%}" for k, v in over.items()) + ")")
        th[rule] = nxt
        for high, medium in PAIRS.items():
            th[high] = max(th[high], th[medium])
    # 2. precision on the contrastive dev groups: removals >= 90 %, the others >= 80 %
    for rule in [*REMOVALS, *(n for n, _, _, _ in TUNED if n not in REMOVALS)]:
        cat = next(c for n, _, c, _ in TUNED if n == rule) or "spam"
        need = REMOVAL_PRECISION if rule in REMOVALS else OTHER_PRECISION
        while True:
            p = _policy(base, th)
            hits = [truth for d, truth in con
                    if p.decide({"surface": "comment"}, d).rule == rule]
            prec = sum(cat in t for t in hits) / len(hits) if hits else 1.0
            if len(hits) < MIN_HITS or prec >= need:
                log.append(f"step 2: {rule} at {th[rule]:.2f}: decides {len(hits)} "
                           f"contrastive-dev rows, precision {prec:.3f}")
                break
            nxt = _next(th[rule])
            if nxt is None:
                break
            log.append(f"step 2: {rule} {th[rule]:.2f} -> {nxt:.2f} (precision {prec:.3f} "
                       f"of {len(hits)})")
            th[rule] = nxt
            for high, medium in PAIRS.items():
                th[high] = max(th[high], th[medium])
    # 3. review spam (ViSpamReviews sense) and marketplace removal
    th["review-spam"] = GRID[-1]
    for t in GRID:
        flagged = [y for d, y in spam_dev if d["spam"] >= t]
        if flagged and sum(flagged) / len(flagged) >= REVIEW_SPAM_PRECISION:
            th["review-spam"] = t
            break
    th["marketplace-spam"] = max(0.9, th["spam-high"])
    return th


def write_thresholds(path: Path, th: dict[str, float]) -> None:
    """Rewrite the numbers in the ``when`` lines of ``default.toml`` (comments kept)."""
    text = path.read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=\[\[rules\]\]|\[default\])", text)
    for i, b in enumerate(blocks):
        m = re.search(r'(?m)^name = "([^"]+)"', b)
        if not m or m.group(1) not in th:
            continue
        name = m.group(1)
        cat = next((c for n, _, c, _ in TUNED if n == name), None)
        t = f"{th[name]:g}"
        if cat is None:
            b = re.sub(r"spam_at_least = [0-9.]+", f"spam_at_least = {t}", b)
        else:
            b = re.sub(rf"(category_at_least = \{{[^}}]*\b{cat} = )[0-9.]+", rf"\g<1>{t}", b)
        blocks[i] = b
    path.write_text("".join(blocks), encoding="utf-8")


def _rate_line(name: str, decisions: list[Any]) -> str:
    acted = _acted(decisions)
    n = sum(acted.values())
    by = ", ".join(f"{r} {c}" for r, c in acted.most_common())
    return f"  {name:<34} n={len(decisions):>6}  acted {n:>4} = {n / len(decisions):.3%}" \
        + (f"  ({by})" if by else "")


def report(policy: Policy, sets: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"policy_version": policy.version}
    print("\nOrdinary text (target: any action other than allow on <= 0.5%):")
    for name in ("vietnews_dev", "victsd_dev_nontoxic"):
        dec = _decide(policy, sets[name])
        print(_rate_line(name, dec))
        out[name] = {"n": len(dec), "acted": sum(_acted(dec).values()),
                     "by_rule": dict(_acted(dec))}
    print("\nLabelled dev sets: share acted on, by gold label (action counts):")
    for name in ("vihsd_dev", "safesense_dev", "victsd_dev"):
        rows = sets[name]
        labels = sorted({y for _, y in rows})
        out[name] = {}
        for y in labels:
            dets = [d for d, yy in rows if yy == y]
            dec = _decide(policy, dets)
            acts = Counter(d.action for d in dec)
            n = len(dec) - acts["allow"]
            print(f"  {name:<16} gold {y!s:<9} n={len(dec):>5}  acted {n / len(dec):6.1%}  "
                  + " ".join(f"{a} {acts[a]}" for a in ("remove", "review", "label", "allow")))
            out[name][str(y)] = {"n": len(dec), **{a: acts[a] for a in acts}}
    print("\nContrastive dev groups, per category (recall: rows of the category acted on with "
          "that category; any: acted on at all):")
    con = sets["contrastive_dev"]
    dec = _decide(policy, [d for d, _, _ in con])
    out["contrastive_dev"] = {}
    from vimod.vocab import CATEGORIES

    for cat in CATEGORIES:
        idx = [i for i, (_, truth, _) in enumerate(con) if cat in truth]
        if not idx:
            continue
        same = sum(dec[i].action != "allow" and dec[i].category == cat for i in idx)
        anyact = sum(dec[i].action != "allow" for i in idx)
        acted_as = [i for i, d in enumerate(dec) if d.category == cat and d.action != "allow"]
        prec = (sum(cat in con[i][1] for i in acted_as) / len(acted_as)) if acted_as else None
        prec_s = f"{prec:.2f}" if prec is not None else "  - "
        print(f"  {cat:<16} n={len(idx):>4}  recall {same / len(idx):5.1%}  "
              f"any {anyact / len(idx):5.1%}  "
              f"precision of '{cat}' decisions {prec_s} (of {len(acted_as)})")
        out["contrastive_dev"][cat] = {"n": len(idx), "recall": same / len(idx),
                                       "any": anyact / len(idx), "precision": prec,
                                       "decided": len(acted_as)}
    benign = [i for i, (_, truth, _) in enumerate(con) if not truth]
    b_acted = Counter(dec[i].rule for i in benign if dec[i].action != "allow")
    share = sum(b_acted.values()) / max(len(benign), 1)
    print(f"  benign           n={len(benign):>4}  acted {share:5.1%}"
          f"  ({', '.join(f'{r} {c}' for r, c in b_acted.most_common())})")
    for topic in ("politics", "counter_speech", "news_report"):
        idx = [i for i in benign if con[i][2] == topic]
        if idx:
            n = sum(dec[i].action != "allow" for i in idx)
            print(f"  benign {topic:<9} n={len(idx):>4}  acted {n}")
            out["contrastive_dev"][f"benign_{topic}"] = {"n": len(idx), "acted": n}
    out["contrastive_dev"]["benign"] = {"n": len(benign), "acted": sum(b_acted.values())}
    spam = sets["vispam_dev"]
    dec = _decide(policy, [d for d, _ in spam], surface="review")
    tp = sum(d.rule == "review-spam" and y for d, (_, y) in zip(dec, spam, strict=True))
    fl = sum(d.rule == "review-spam" for d in dec)
    pos = sum(y for _, y in spam)
    print(f"\nViSpamReviews dev, surface review: review-spam holds {fl} of {len(spam)}; "
          f"precision {tp / max(fl, 1):.3f}, recall {tp / max(pos, 1):.3f}; all actions: "
          + ", ".join(f"{r} {c}" for r, c in _acted(dec).most_common()))
    out["vispam_dev"] = {"n": len(spam), "held": fl, "tp": tp, "positives": pos}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=None, help="corpora folder (default: ../shared/data)")
    ap.add_argument("--model", default=None, help="model directory (default: shipped)")
    ap.add_argument("--news", type=int, default=20000, help="VietNews dev sentences to use")
    ap.add_argument("--budget", type=float, default=0.0025)
    ap.add_argument("--write", action="store_true", help="write the thresholds into default.toml")
    ap.add_argument("--json", default=None, help="write the figures as JSON here")
    ap.add_argument("--measure-test", action="store_true",
                    help="no tuning: the target figure on the test splits for default.toml")
    args = ap.parse_args(argv)
    data_dir = find_data_dir(args.data)
    if data_dir is None:
        print("no corpora found (pass --data)", file=sys.stderr)
        return 2
    detector = Detector.load(args.model)
    print(f"model {detector.version}; policy file {DEFAULT_POLICY_PATH.name}")
    shipped = Policy.load()

    if args.measure_test:
        news = read_vietnews("test", data_dir, limit=args.news, every=2)
        ct = [r.text for r in read_victsd("test", data_dir) if r.label == 0]
        print(f"policy {shipped.version} (thresholds fixed; nothing tuned here)")
        print("Ordinary text, TEST splits (target: <= 0.5%):")
        print(_rate_line("vietnews_test", _decide(shipped, _score(detector, news))))
        print(_rate_line("victsd_test_nontoxic", _decide(shipped, _score(detector, ct))))
        return 0

    # Every second eligible dev sentence: a different sample from the detector's
    # calibration slice (every 7th), and as large as --news.
    news = read_vietnews("dev", data_dir, limit=args.news, every=2)
    ct_dev = read_victsd("dev", data_dir)
    hsd = read_vihsd("dev", data_dir)
    ss = read_safesense("dev", data_dir)
    spam = read_vispam("dev", data_dir)
    con = [r for r in read_team_jsonl(CONTRASTIVE) if is_dev_group(r.group)]
    print(f"dev rows: vietnews {len(news)}, victsd {len(ct_dev)}, vihsd {len(hsd)}, "
          f"safesense {len(ss)}, vispam {len(spam)}, contrastive-dev {len(con)}")

    ct_dets = _score(detector, [r.text for r in ct_dev])
    sets: dict[str, Any] = {
        "vietnews_dev": _score(detector, news),
        "victsd_dev_nontoxic": [d for d, r in zip(ct_dets, ct_dev, strict=True) if r.label == 0],
        "victsd_dev": [(d, "toxic" if r.label else "non-toxic")
                       for d, r in zip(ct_dets, ct_dev, strict=True)],
        "vihsd_dev": list(zip(_score(detector, [r.text for r in hsd]),
                              [("CLEAN", "OFFENSIVE", "HATE")[r.label] for r in hsd],
                              strict=True)),
        "safesense_dev": list(zip(_score(detector, [r.text for r in ss]),
                                  [("CLEAN", "OFFENSIVE", "HATE")[r.label] for r in ss],
                                  strict=True)),
        "vispam_dev": list(zip(_score(detector, [r.text for r in spam], "review"),
                               [bool(r.label) for r in spam], strict=True)),
        "contrastive_dev": list(zip(_score(detector, [r.text for r in con]),
                                    [r.categories for r in con],
                                    [r.extra.get("topic") for r in con], strict=True)),
    }
    print("\n== the policy file as it is ==")
    before = report(shipped, sets)

    log: list[str] = []
    ordinary = {k: sets[k] for k in ("vietnews_dev", "victsd_dev_nontoxic")}
    th = tune(shipped.to_dict(), ordinary, [(d, t) for d, t, _ in sets["contrastive_dev"]],
              sets["vispam_dev"], args.budget, log)
    print("\n== tuning (dev only) ==")
    print("\n".join(log))
    print("thresholds: " + ", ".join(f"{k} {v:g}" for k, v in th.items()))
    tuned = _policy(shipped.to_dict(), th)
    print("\n== the tuned policy ==")
    after = report(tuned, sets)
    if args.write:
        write_thresholds(DEFAULT_POLICY_PATH, th)
        reloaded = Policy.load()
        assert all(reloaded.decide({}, d) == tuned.decide({}, d)
                   for d in sets["vietnews_dev"][:2000]), "written file decides differently"
        print(f"\nwrote the thresholds into {DEFAULT_POLICY_PATH}")
    if args.json:
        Path(args.json).write_text(json.dumps(
            {"model": detector.version, "thresholds": th, "log": log, "before": before,
             "after": after}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
