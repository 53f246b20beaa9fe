"""Quality of a detector model on the public test splits, the team's held-out functional
set, and the civic counterfactuals.

    .venv/bin/python bench/bench_detector_quality.py [--model DIR] [--data DIR] [--split test]
                                                      [--no-functional] [--json OUT.json]

Prints, for the chosen split (``test`` for the report; choose models on ``dev``):
ViHSD macro-F1 + per-class F1, and again with every diacritic removed from the test texts;
SafeSense macro-F1 (the comment after ``</s>``) next to ViCTSD toxicity F1 (toxic = label not
CLEAN or an abuse category >= 0.5); ViHOS span F1 (per-comment character F1 averaged,
SemEval-2021 / ViHOS convention: empty gold scores 1 if nothing is predicted, else 0);
ViSpamReviews binary macro-F1 with ``surface="review"`` and 4-class spam-type macro-F1; the
counterfactual rates on tests/detect/data/*.jsonl; and, unless ``--no-functional`` (or with
``--split dev``, where it is never read), the held-out functional set
``datasets/functional/test.jsonl``: F1 per category (fires at >= 0.5), share of benign
counterparts with any category >= 0.5, label macro-F1 and targets exact-match on identity
attacks. No training happens here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CF = ROOT / "tests" / "detect" / "data"
FUNCTIONAL = ROOT / "datasets" / "functional" / "test.jsonl"
ABUSE = ("identity_attack", "insult", "profanity", "threat", "sexual")


def _f1(gold: list[bool], pred: list[bool]) -> dict:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0, "precision": prec,
            "recall": rec, "support": tp + fn}


def functional(det, path: Path = FUNCTIONAL) -> dict:
    """Per-category F1 on the held-out functional set, and the benign flag rate."""
    from vimod.detect._data import read_team_jsonl
    from vimod.detect._eval import classification_report
    from vimod.vocab import CATEGORIES, LABELS

    rows = read_team_jsonl(path)
    out = det.predict([r.text for r in rows])
    per = {c: _f1([c in r.categories for r in rows], [d.categories[c] >= 0.5 for d in out])
           for c in CATEGORIES}
    benign = [(r, d) for r, d in zip(rows, out, strict=True) if not r.categories]
    flagged = [r.extra.get("id") for r, d in benign if max(d.categories.values()) >= 0.5]
    ia = [(r, d) for r, d in zip(rows, out, strict=True) if "identity_attack" in r.categories]
    by_func: dict[str, list[bool]] = {}
    for r, d in zip(rows, out, strict=True):
        ok = {c for c, v in d.categories.items() if v >= 0.5} == set(r.categories)
        by_func.setdefault(str(r.extra.get("functionality")), []).append(ok)
    labelled = [(r, d) for r, d in zip(rows, out, strict=True) if r.label >= 0]
    rep = classification_report([r.label for r, _ in labelled], [d.label for _, d in labelled])
    return {
        "n": len(rows), "per_category": per,
        "min_category_f1": min(v["f1"] for v in per.values()),
        "benign": len(benign), "benign_flagged_rate": len(flagged) / max(1, len(benign)),
        "benign_flagged": flagged[:50],
        "label_macro_f1": rep["macro_f1"], "labels": list(LABELS),
        "targets_exact_on_identity_attacks": sum(list(r.targets) == d.targets for r, d in ia)
        / max(1, len(ia)),
        "exact_categories_by_functionality": {k: sum(v) / len(v)
                                              for k, v in sorted(by_func.items())},
    }


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def counterfactual(det) -> dict:
    pairs = _jsonl(CF / "civic_counterfactual.jsonl")
    civic = det.predict([p["civic"] for p in pairs])
    neutral = det.predict([p["neutral"] for p in pairs])
    flips = [p["id"] for p, a, b in zip(pairs, civic, neutral, strict=True) if a.label != b.label]
    flagged = [p["id"] for p, a in zip(pairs, civic, strict=True) if a.label != "CLEAN"]
    flagged_n = [p["id"] for p, a in zip(pairs, neutral, strict=True) if a.label != "CLEAN"]
    ins = _jsonl(CF / "officials_insults.jsonl")
    ins_out = det.predict([r["text"] for r in ins])
    cs = _jsonl(CF / "counter_speech.jsonl")
    cs_out = det.predict([r["text"] for r in cs])
    return {
        "pairs": len(pairs),
        "label_differs_rate": len(flips) / len(pairs),
        "civic_flagged_rate": len(flagged) / len(pairs),
        "neutral_flagged_rate": len(flagged_n) / len(pairs),
        "flips": flips,
        "civic_flagged": flagged,
        "officials_insults": len(ins),
        "officials_insults_flagged_rate": sum(d.label != "CLEAN" for d in ins_out) / len(ins),
        "officials_insults_offensive_rate": sum(d.label == "OFFENSIVE" for d in ins_out)
        / len(ins),
        "counter_speech": len(cs),
        "counter_speech_hate_rate": sum(d.label == "HATE" for d in cs_out) / len(cs),
        "counter_speech_flagged_rate": sum(d.label != "CLEAN" for d in cs_out) / len(cs),
    }


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="model directory (default: shipped)")
    ap.add_argument("--data", default=None, help="corpora folder (default: ../shared/data)")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--no-functional", action="store_true",
                    help="do not score the held-out functional set")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args(argv)

    from vimod.corpora import find_data_dir, read_vihos, read_vihsd, read_vispam
    from vimod.detect import LABELS, Detector
    from vimod.detect._data import read_safesense, read_victsd
    from vimod.detect._eval import classification_report, span_f1
    from vimod.detect._prep import prepare
    from vimod.detect._train import macro_f1, strip_diacritics

    det = Detector.load(args.model)
    res: dict = {"model": det.version, "split": args.split}
    t = time.perf_counter()

    hsd = read_vihsd(args.split, args.data)
    hsd_out = det.predict([r.text for r in hsd])
    rep = classification_report([r.label for r in hsd], [d.label for d in hsd_out])
    res["vihsd"] = {"n": rep["n"], "macro_f1": rep["macro_f1"], "accuracy": rep["accuracy"],
                    "f1": {k: v["f1"] for k, v in rep["per_class"].items()},
                    "confusion_matrix": rep["confusion_matrix"],
                    # forum comments are not product reviews: how many would be called spam
                    "spam_rate": sum(d.spam >= 0.5 for d in hsd_out) / len(hsd_out)}
    # what the "HATE needs an identity" rule costs on ViHSD (it is always on in the product)
    det._model.identity_rule = False
    raw = classification_report([r.label for r in hsd],
                                [d.label for d in det.predict([r.text for r in hsd])])
    det._model.identity_rule = True
    res["vihsd"]["macro_f1_without_identity_rule"] = raw["macro_f1"]
    bare = classification_report([r.label for r in hsd], [d.label for d in det.predict(
        [strip_diacritics(r.text) for r in hsd])])
    res["vihsd"]["unaccented_macro_f1"] = bare["macro_f1"]
    res["vihsd"]["unaccented_f1"] = {k: v["f1"] for k, v in bare["per_class"].items()}

    data = find_data_dir(args.data)
    ss = read_safesense(args.split, data)
    rep = classification_report([r.label for r in ss],
                                [d.label for d in det.predict([r.text for r in ss])])
    res["safesense"] = {"n": rep["n"], "macro_f1": rep["macro_f1"],
                        "f1": {k: v["f1"] for k, v in rep["per_class"].items()}}
    ct = read_victsd(args.split, data)
    out = det.predict([r.text for r in ct])
    tox = _f1([r.label == 1 for r in ct],
              [d.label != "CLEAN" or max(d.categories[c] for c in ABUSE) >= 0.5 for d in out])
    res["victsd"] = {"n": len(ct), "toxicity_f1": tox["f1"], "precision": tox["precision"],
                     "recall": tox["recall"]}

    hos = read_vihos(args.split, args.data)
    out = det.predict([r.text for r in hos])
    f1s = [span_f1({i for s in d.spans for i in range(s["start"], s["end"])},
                   set(r.char_indices)) for r, d in zip(hos, out, strict=True)]
    with_gold = [f for f, r in zip(f1s, hos, strict=True) if r.char_indices]
    res["vihos"] = {"n": len(hos), "span_f1": float(np.mean(f1s)),
                    "span_f1_on_comments_with_spans": float(np.mean(with_gold))}

    spm = read_vispam(args.split, args.data)
    texts = [r.text for r in spm]
    out = det.predict(texts, surface="review")  # the ViSpamReviews sense of spam
    y = np.array([r.label for r in spm])
    pred = np.array([int(d.spam >= 0.5) for d in out])
    # spam type: the model's 4-class head (not part of Detection; read from the logits)
    m = det._model
    types = m.spam_types(m.doc_logits([prepare(x[:5000]) for x in texts]))
    res["vispam"] = {"n": len(spm), "binary_macro_f1": macro_f1(y, pred, 2),
                     "type_macro_f1": macro_f1(np.array([r.spam_type for r in spm]), types, 4)}
    forum = det.predict(texts)  # the same reviews as forum comments: forum-sense spam
    res["vispam"]["forum_surface_spam_rate_on_review_spam"] = float(np.mean(
        [d.spam >= 0.5 for d, r in zip(forum, spm, strict=True) if r.label == 1]))
    res["counterfactual"] = counterfactual(det)
    if args.split == "test" and not args.no_functional and FUNCTIONAL.is_file():
        res["functional"] = functional(det)
    res["labels"] = list(LABELS)
    res["seconds"] = round(time.perf_counter() - t, 1)

    print(f"model {res['model']}  split {args.split}")
    print(f"ViHSD  macro-F1 {res['vihsd']['macro_f1']:.4f}  acc {res['vihsd']['accuracy']:.4f}  "
          + "  ".join(f"{k} {v:.4f}" for k, v in res["vihsd"]["f1"].items()))
    print(f"ViHSD  macro-F1 without the HATE-needs-identity rule "
          f"{res['vihsd']['macro_f1_without_identity_rule']:.4f}")
    print(f"ViHSD  unaccented (every diacritic removed) macro-F1 "
          f"{res['vihsd']['unaccented_macro_f1']:.4f}")
    print(f"ViHSD  share of comments with spam >= 0.5: {res['vihsd']['spam_rate']:.3f}")
    print(f"SafeSense macro-F1 {res['safesense']['macro_f1']:.4f}  "
          + "  ".join(f"{k} {v:.4f}" for k, v in res["safesense"]["f1"].items())
          + f"   |   ViCTSD toxicity F1 {res['victsd']['toxicity_f1']:.4f} "
          f"(P {res['victsd']['precision']:.3f} R {res['victsd']['recall']:.3f})")
    print(f"ViHOS  span F1 {res['vihos']['span_f1']:.4f}  (on comments with gold spans "
          f"{res['vihos']['span_f1_on_comments_with_spans']:.4f})")
    print(f"ViSpam binary macro-F1 {res['vispam']['binary_macro_f1']:.4f}  "
          f"spam-type macro-F1 {res['vispam']['type_macro_f1']:.4f}")
    cf = res["counterfactual"]
    print(f"civic pairs {cf['pairs']}: label differs {cf['label_differs_rate']:.3f}, civic "
          f"flagged {cf['civic_flagged_rate']:.3f}, neutral flagged "
          f"{cf['neutral_flagged_rate']:.3f}")
    print(f"insults at officials flagged {cf['officials_insults_flagged_rate']:.2f} "
          f"(OFFENSIVE {cf['officials_insults_offensive_rate']:.2f}); counter-speech HATE "
          f"{cf['counter_speech_hate_rate']:.2f}")
    if "functional" in res:
        fn = res["functional"]
        print(f"functional set ({fn['n']} rows): F1 per category "
              + "  ".join(f"{k} {v['f1']:.3f}" for k, v in fn["per_category"].items()))
        print(f"functional set: benign counterparts flagged {fn['benign_flagged_rate']:.3f} "
              f"of {fn['benign']}; label macro-F1 {fn['label_macro_f1']:.4f}; targets exact "
              f"on identity attacks {fn['targets_exact_on_identity_attacks']:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(res, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    return res


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
