"""Evaluation metrics (no scikit-learn needed at run time)."""

from __future__ import annotations

from typing import Any

from vimod.detect._types import LABELS


def classification_report(gold: list[int], pred: list[str]) -> dict[str, Any]:
    """Accuracy, macro-F1, per-class P/R/F1 and confusion matrix (rows gold, cols pred)."""
    k = len(LABELS)
    cm = [[0] * k for _ in range(k)]
    for g, p in zip(gold, pred, strict=True):
        cm[g][LABELS.index(p)] += 1
    n = len(gold)
    per: dict[str, dict[str, float]] = {}
    for c, name in enumerate(LABELS):
        tp = cm[c][c]
        fp = sum(cm[r][c] for r in range(k)) - tp
        fn = sum(cm[c]) - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[name] = {"precision": prec, "recall": rec, "f1": f1, "support": sum(cm[c])}
    return {
        "n": n,
        "accuracy": sum(cm[c][c] for c in range(k)) / n if n else 0.0,
        "macro_f1": sum(v["f1"] for v in per.values()) / k,
        "per_class": per,
        "labels": list(LABELS),
        "confusion_matrix": cm,
    }


def format_report(r: dict[str, Any]) -> str:
    lines = [
        f"model     {r.get('model', '')}",
        f"data      {r.get('data', '')} ({r['n']} texts)",
        f"accuracy  {r['accuracy']:.4f}",
        f"macro-F1  {r['macro_f1']:.4f}",
        "",
        f"{'class':<10} {'precision':>9} {'recall':>7} {'f1':>7} {'support':>8}",
    ]
    for name, v in r["per_class"].items():
        lines.append(
            f"{name:<10} {v['precision']:>9.4f} {v['recall']:>7.4f} {v['f1']:>7.4f} "
            f"{v['support']:>8d}"
        )
    lines += ["", "confusion matrix (rows = gold, columns = predicted)"]
    lines.append(" " * 10 + "".join(f"{name:>10}" for name in r["labels"]))
    for name, row in zip(r["labels"], r["confusion_matrix"], strict=True):
        lines.append(f"{name:<10}" + "".join(f"{x:>10d}" for x in row))
    if "categories" in r:
        c = r["categories"]
        lines += ["", f"{'category':<16} {'precision':>9} {'recall':>7} {'f1':>7} {'support':>8}"]
        for name, v in c["per_category"].items():
            lines.append(f"{name:<16} {v['precision']:>9.4f} {v['recall']:>7.4f} "
                         f"{v['f1']:>7.4f} {v['support']:>8d}")
        lines.append(f"benign rows with a category >= 0.5: {c['benign_flagged_rate']:.4f} "
                     f"of {c['benign']}")
    return "\n".join(lines)


def span_f1(pred: set[int], gold: set[int]) -> float:
    """Per-comment character-offset F1 as in the ViHOS / SemEval-2021 Toxic Spans scorer:
    a comment with no gold span scores 1 when nothing is predicted, else 0."""
    if not gold:
        return 1.0 if not pred else 0.0
    if not pred:
        return 0.0
    return 2 * len(pred & gold) / (len(pred) + len(gold))


def category_report(gold: list[set[str]], pred: list[dict[str, float]],
                    threshold: float = 0.5) -> dict[str, Any]:
    """Per-category precision / recall / F1 (a category fires at ``threshold``), and the
    share of benign rows (no gold category) where any category fires."""
    from vimod.vocab import CATEGORIES

    per: dict[str, dict[str, float]] = {}
    for c in CATEGORIES:
        g = [c in x for x in gold]
        p = [d.get(c, 0.0) >= threshold for d in pred]
        tp = sum(a and b for a, b in zip(g, p, strict=True))
        fp, fn = sum(p) - tp, sum(g) - tp
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per[c] = {"precision": prec, "recall": rec, "support": sum(g),
                  "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
    benign = [d for x, d in zip(gold, pred, strict=True) if not x]
    flagged = sum(max(d.values(), default=0.0) >= threshold for d in benign)
    return {"per_category": per, "benign": len(benign),
            "benign_flagged_rate": flagged / len(benign) if benign else 0.0}
