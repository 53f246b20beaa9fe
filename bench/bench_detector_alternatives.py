"""What else was tried for the label and spam heads, measured the same way for every variant.

Issue 3 asks for ViHSD test macro-F1 >= 0.675 and ViSpamReviews binary >= 0.87; the shipped
linear model reaches about 0.65 and 0.86. This script scores the shipped recipe and the
alternatives that were tried, on TRAINING data only (test splits are never read except to
drop their texts from the pool, as in training), so that anyone can re-check why they were
not shipped:

* ``--task label``: ViHSD train + dev (de-duplicated against every scored split, exactly as
  ``vimod train`` does), split into two fixed random halves; each variant is fitted on one
  half and scores the other (cross-fitting), then macro-F1 is computed on all rows with
  per-class decision biases tuned on one half of the scores and applied to the other
  ("cross-tuned", the honest figure) and, for reference, tuned on all of them ("oracle").
* ``--task spam``: ViSpamReviews train + dev, 5-fold cross-validation, binary macro-F1 with
  the threshold cross-tuned the same way; the spam score is the shipped mix (LR + NB-LR
  column and the spam-type head's "any spam" log-odds), without the review-domain gate.

Vocabularies and idf are fitted on the whole pool (no labels are used for that).

    .venv/bin/python bench/bench_detector_alternatives.py --task label   # ~10 min, 2 cores
    .venv/bin/python bench/bench_detector_alternatives.py --task spam    # ~5 min
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from vimod.corpora import find_data_dir
from vimod.detect._features import VIEWS, doc_grams, tfidf_matrix
from vimod.detect._prep import prepare
from vimod.detect._train import (
    _fit_vocab,
    _keep,
    counter_examples,
    exclusion_keys,
    fit_nblr,
    key,
    load_corpora,
    macro_f1,
    tune_bias,
)

ROOT = Path(__file__).resolve().parents[1]


def logsoftmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def cross_tuned(lp: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(cross-tuned, oracle) macro-F1 of log-probabilities with per-class biases."""
    k = lp.shape[1]
    halves = np.array_split(np.random.default_rng(0).permutation(len(y)), 2)
    pred = np.zeros(len(y), dtype=np.int64)
    for a, b in ((0, 1), (1, 0)):
        bias = tune_bias(lp[halves[a]], y[halves[a]])
        pred[halves[b]] = np.argmax(lp[halves[b]] + bias, axis=1)
    oracle = macro_f1(y, np.argmax(lp + tune_bias(lp, y), axis=1), k)
    return macro_f1(y, pred, k), oracle


def features(gram_lists: list[tuple[list[str], ...]], views: tuple[str, ...]) -> sp.csr_matrix:
    blocks = []
    for k, v in enumerate(VIEWS):
        if v not in views:
            continue
        lists = [g[k] for g in gram_lists]
        grams, idf = _fit_vocab(lists, 2)
        vocab = dict(zip(grams, range(1, len(grams) + 1), strict=True))
        blocks.append(tfidf_matrix(lists, vocab, idf))
    return sp.hstack(blocks).tocsr()


# ------------------------------------------------------------------ label head variants
def lr(X, y, w, C=1.0):
    from sklearn.linear_model import LogisticRegression

    m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    return m.fit(X, y, sample_weight=w)


def shipped(X, y, w, Xte):
    """The shipped label head: multinomial LR averaged with one-vs-rest NB-LR, C=1."""
    m = lr(X, y, w)
    a = logsoftmax(Xte @ m.coef_.T + m.intercept_)
    z = []
    for k in range(3):
        v, b = fit_nblr(X, y == k, 1.0, w)  # the same NB-LR as `vimod train`
        z.append(Xte @ v + b)
    return logsoftmax(0.5 * a + 0.5 * logsoftmax(np.stack(z, axis=1)))


def lr_only(X, y, w, Xte):
    m = lr(X, y, w)
    return logsoftmax(Xte @ m.coef_.T + m.intercept_)


def hierarchical(X, y, w, Xte):
    """Abusive-vs-clean, then hate-vs-offensive among the abusive, averaged with shipped."""
    m1 = lr(X, (y > 0).astype(int), w)
    ab = y > 0
    m2 = lr(X[ab], (y[ab] == 2).astype(int), w[ab])
    z1 = Xte @ m1.coef_[0] + m1.intercept_[0]
    z2 = Xte @ m2.coef_[0] + m2.intercept_[0]

    def ls(z):
        return -np.logaddexp(0, -z)

    h = np.stack([ls(-z1), ls(z1) + ls(-z2), ls(z1) + ls(z2)], axis=1)
    return logsoftmax(0.5 * shipped(X, y, w, Xte) + 0.5 * h)


def svm_avg(X, y, w, Xte):
    """Shipped + a linear SVM's margins (C=0.1), summed."""
    from sklearn.svm import LinearSVC

    s = LinearSVC(C=0.1, class_weight="balanced").fit(X, y, sample_weight=w)
    return logsoftmax(shipped(X, y, w, Xte) + Xte @ s.coef_.T + s.intercept_)


def mlp_avg(X, y, w, Xte):
    """Shipped averaged (0.8/0.2) with a one-hidden-layer MLP (64 ReLU units, one epoch of
    Adam on the 100k chi2-best features, classes balanced by oversampling)."""
    from sklearn.feature_selection import chi2
    from sklearn.neural_network import MLPClassifier

    score = np.nan_to_num(chi2(X, y)[0])
    cols = np.argsort(-score)[:100_000]
    rng = np.random.default_rng(0)
    n_max = np.bincount(y).max()
    idx = np.concatenate([rng.choice(np.flatnonzero(y == k), n_max) for k in range(3)])
    rng.shuffle(idx)
    m = MLPClassifier(hidden_layer_sizes=(64,), alpha=1e-4, batch_size=256, random_state=0)
    m.partial_fit(X[idx][:, cols], y[idx], classes=[0, 1, 2])
    mlp = np.log(np.clip(m.predict_proba(Xte[:, cols]), 1e-9, 1))
    return logsoftmax(0.8 * shipped(X, y, w, Xte) + 0.2 * mlp)


def cleaned(X, y, w, Xte, threshold=0.05):
    """Confident-learning style: drop training rows whose out-of-fold probability of their
    own label is below ``threshold`` (4-fold inside the training half), then refit."""
    oof = np.zeros((len(y), 3))
    folds = np.random.default_rng(1).permutation(len(y)) % 4
    for f in range(4):
        tr, te = folds != f, folds == f
        oof[te] = shipped(X[tr], y[tr], w[tr], X[te])
    keep = np.exp(oof[np.arange(len(y)), y]) >= threshold
    keep |= w > 1  # never drop the hand-written counter-examples
    return shipped(X[keep], y[keep], w[keep], Xte)


def identity_rule_everywhere(lp: np.ndarray, prepared: list) -> np.ndarray:
    """vimod's own HATE definition applied to every text, not only to texts aimed at
    political targets: without a named identity group, HATE's mass moves to OFFENSIVE."""
    from vimod.detect._civic import names_identity_group

    p = np.exp(lp)
    no_group = np.array([not names_identity_group(x.folded) for x in prepared])
    p[no_group, 1] += p[no_group, 2]
    p[no_group, 2] = 1e-12
    return np.log(p)


LABEL_VARIANTS = {
    "shipped (LR + NB-LR, views c f w r)": (shipped, VIEWS),
    "shipped + 'HATE needs an identity group' for every text": (shipped, VIEWS,
                                                                identity_rule_everywhere),
    "without the raw-text view r (previous model)": (shipped, ("c", "f", "w")),
    "LR only": (lr_only, VIEWS),
    "+ hierarchical (clean / abusive, offensive / hate) averaged": (hierarchical, VIEWS),
    "+ linear SVM margins": (svm_avg, VIEWS),
    "+ one-hidden-layer MLP (0.2)": (mlp_avg, VIEWS),
    "label-noise cleaning (p(own label) < 0.05 dropped)": (cleaned, VIEWS),
}


def run_label(data: Path, only: list[str] | None) -> dict:
    c = load_corpora(data)
    hsd = c["vihsd"]
    scored = exclusion_keys(c, splits=("test",)) | {key(p) for p in c["vihos"]["dev"].prepared}
    keep_tr, keep_dev = _keep(hsd["train"], scored), _keep(hsd["dev"], scored)
    prepared = [p for p, k in zip(hsd["train"].prepared, keep_tr, strict=True) if k]
    prepared += [p for p, k in zip(hsd["dev"].prepared, keep_dev, strict=True) if k]
    y = np.concatenate([hsd["train"].y[keep_tr], hsd["dev"].y[keep_dev]])
    cx = counter_examples()
    lexicon = {p: 1 for p in json.loads(
        (ROOT / "src/vimod/models/default/lexicon.json").read_text(encoding="utf-8"))}
    grams = [doc_grams(p, lexicon) for p in prepared] + [doc_grams(prepare(t), lexicon)
                                                         for t, _ in cx]
    yc = np.array([lab for _, lab in cx])
    n = len(y)
    halves = np.array_split(np.random.default_rng(1).permutation(n), 2)
    out = {}
    for name, (fn, views, *post) in LABEL_VARIANTS.items():
        if only and not any(o in name for o in only):
            continue
        t = time.time()
        X = features(grams, views)
        lp = np.zeros((n, 3))
        for a, b in ((0, 1), (1, 0)):
            tr = halves[a]
            Xa = sp.vstack([X[tr], X[n:]]).tocsr()
            ya = np.concatenate([y[tr], yc])
            wa = np.concatenate([np.ones(len(tr)), np.full(len(yc), 3.0)])
            lp[halves[b]] = fn(Xa, ya, wa, X[halves[b]])
            if post:
                lp[halves[b]] = post[0](lp[halves[b]], [prepared[i] for i in halves[b]])
        x, o = cross_tuned(lp, y)
        out[name] = {"cross_tuned": round(x, 4), "oracle": round(o, 4)}
        print(f"{name:62s} cross-tuned {x:.4f}  oracle {o:.4f}  ({time.time() - t:.0f}s)",
              flush=True)
    return out


# ------------------------------------------------------------------ spam head
def run_spam(data: Path) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    c = load_corpora(data)
    spm = c["vispam"]
    keep = _keep(spm["train"], exclusion_keys(c, splits=("test",)))
    prepared = [p for p, k in zip(spm["train"].prepared, keep, strict=True) if k]
    prepared += spm["dev"].prepared
    y = np.concatenate([spm["train"].y[keep], spm["dev"].y])
    yt = np.concatenate([np.array(spm["train"].extra)[keep], np.array(spm["dev"].extra)])
    grams = [doc_grams(p, {}) for p in prepared]
    out = {}
    for name, views in (("views c f w (before)", ("c", "f", "w")),
                        ("views c f w + raw-text r (shipped)", VIEWS)):
        t = time.time()
        X = features(grams, views)
        z = np.zeros(len(y))
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(X, y):
            m = LogisticRegression(C=16, max_iter=3000, class_weight="balanced").fit(X[tr], y[tr])
            za = X[te] @ m.coef_[0] + m.intercept_[0]
            v, b = fit_nblr(X[tr], y[tr] == 1, 1.0)
            zb = X[te] @ v + b
            ty = LogisticRegression(C=16, max_iter=3000, class_weight="balanced").fit(
                X[tr], yt[tr])
            L = X[te] @ ty.coef_.T + ty.intercept_
            zt = np.logaddexp.reduce(L[:, 1:], axis=1) - L[:, 0]
            binary = za / za.std() + zb / zb.std()
            z[te] = binary / binary.std() + zt / zt.std()
        lp = np.stack([np.zeros_like(z), z], axis=1)
        x, o = cross_tuned(lp, y)
        out[name] = {"cross_tuned": round(x, 4), "oracle": round(o, 4)}
        print(f"{name:40s} cross-tuned {x:.4f}  oracle {o:.4f}  ({time.time() - t:.0f}s)",
              flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--task", choices=["label", "spam"], default="label")
    ap.add_argument("--data", default=None, help="corpora folder (default: ../shared/data)")
    ap.add_argument("--only", nargs="*", help="label variants whose name contains one of these")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    args = ap.parse_args()
    data = find_data_dir(args.data)
    if data is None:
        raise SystemExit("corpora not found: pass --data DIR or set VIMOD_DATA")
    res = run_label(data, args.only) if args.task == "label" else run_spam(data)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
