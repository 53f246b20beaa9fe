"""Training: ``vimod train --data DIR -o MODEL_DIR`` (scikit-learn is used here only).

Everything is chosen on dev splits; test splits are never read here except to *exclude*
their texts from training (de-duplication on normalised text, see ``exclusion_keys``).
Fixed seeds; the solvers used are deterministic.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from vimod.detect._features import (
    CHAR_RANGES,
    RAW_RANGE,
    VIEWS,
    doc_grams,
    tfidf_matrix,
    token_features,
)
from vimod.detect._model import FORMAT, HEAD_COLUMNS, Model, spam_logit, spam_type_logit
from vimod.detect._prep import Prepared, prepare

SEED = 13


@dataclass
class Config:
    C_label: float = 1.0
    C_spam: float = 16.0
    C_spamtype: float = 16.0
    C_tok: float = 0.5
    # NB-LR (log-count-ratio scaled features, one-vs-rest) averaged into the label head with
    # this weight, and into the binary spam column at equal scale; chosen on ViHSD / ViSpam dev
    nb_weight: float = 0.5
    C_nb: float = 1.0
    min_df: int = 2
    cv_folds: int = 4
    cx_weight: float = 3.0
    # spam gate (c, k): chosen on dev as the best ViSpam-dev F1 that keeps the share of ViHSD-dev
    # comments called spam under ~7% (c=1,k=0: 13%; no gate: 72%)
    review_gate: tuple[float, float] = (3.0, 2.0)
    lex_min_count: int = 3
    lex_min_precision: float = 0.5
    max_rows: int | None = None  # for quick smoke training (tests)


def key(p: Prepared) -> str:
    """De-duplication key: the normalised text, whitespace collapsed."""
    return " ".join(p.norm.text.split())  # type: ignore[attr-defined]


def _log(msg: str, log: Callable[[str], None] | None) -> None:
    if log is not None:
        log(msg)


# ------------------------------------------------------------------ data
@dataclass
class Corpus:
    texts: list[str]
    prepared: list[Prepared]
    y: np.ndarray
    extra: list | None = None  # spans (ViHOS) / spam types (ViSpam)


def load_corpora(data_dir: Path, max_rows: int | None = None) -> dict[str, dict[str, Corpus]]:
    from vimod.corpora import read_vihos, read_vihsd, read_vispam

    out: dict[str, dict[str, Corpus]] = {"vihsd": {}, "vihos": {}, "vispam": {}}
    for split in ("train", "dev", "test"):
        rows = read_vihsd(split, data_dir)[:max_rows]
        out["vihsd"][split] = Corpus(
            [r.text for r in rows], [prepare(r.text) for r in rows],
            np.array([r.label for r in rows], dtype=np.int64),
        )
        hos = read_vihos(split, data_dir)[:max_rows]
        out["vihos"][split] = Corpus(
            [r.text for r in hos], [prepare(r.text) for r in hos],
            np.array([1 if r.char_indices else 0 for r in hos], dtype=np.int64),
            [set(r.char_indices) for r in hos],
        )
        spam = read_vispam(split, data_dir)[:max_rows]
        out["vispam"][split] = Corpus(
            [r.text for r in spam], [prepare(r.text) for r in spam],
            np.array([r.label for r in spam], dtype=np.int64),
            [r.spam_type for r in spam],
        )
    return out


def exclusion_keys(
    c: dict[str, dict[str, Corpus]], splits: tuple[str, ...] = ("dev", "test")
) -> set[str]:
    """Normalised texts of every split anything is tuned or scored on (dev + test of all
    corpora). ViHOS comments come from all ViHSD splits, so this also removes ViHOS-test
    comments from ViHSD train and ViHSD-test comments from ViHOS train."""
    keys: set[str] = set()
    for corpus in c.values():
        for split in splits:
            keys.update(key(p) for p in corpus[split].prepared)
    return keys


def _keep(corpus: Corpus, excluded: set[str]) -> np.ndarray:
    return np.array([key(p) not in excluded for p in corpus.prepared], dtype=bool)


COUNTER_EXAMPLES = Path(__file__).with_name("data") / "counter_examples.jsonl"


def counter_examples() -> list[tuple[str, int]]:
    """Hand-written CLEAN sentences (polite criticism, counter-speech); see data/."""
    with COUNTER_EXAMPLES.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [(r["text"], int(r["label"])) for r in rows]


# ------------------------------------------------------------------ lexicon
def token_gold(p: Prepared, original: str, gold: set[int]) -> list[int]:
    """1 for tokens whose original characters overlap the gold character offsets."""
    out = []
    for a, b in p.tokens:
        oa, ob = p.to_original(a, b)
        out.append(1 if any(i in gold for i in range(oa, ob)) else 0)
    return out


def mine_lexicon(corpus: Corpus, keep: np.ndarray, cfg: Config) -> list[str]:
    """Phrases of 1-3 tokens that annotators marked as abusive in most of their uses."""
    marked: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for i in np.flatnonzero(keep):
        p = corpus.prepared[i]
        words = [p.text[a:b] for a, b in p.tokens]
        tags = token_gold(p, corpus.texts[i], corpus.extra[i])
        for n in (1, 2, 3):
            for j in range(len(words) - n + 1):
                ph = " ".join(words[j : j + n])
                seen[ph] += 1
                if all(tags[j : j + n]):
                    marked[ph] += 1
    lex = [
        ph for ph, m in marked.items()
        if m >= cfg.lex_min_count and m / seen[ph] >= cfg.lex_min_precision
    ]
    return sorted(lex)


# ------------------------------------------------------------------ helpers
def _fit_vocab(gram_lists: list[list[str]], min_df: int) -> tuple[list[str], np.ndarray]:
    df: Counter[str] = Counter()
    for g in gram_lists:
        df.update(set(g))
    n = len(gram_lists)
    grams = sorted(g for g, d in df.items() if d >= min_df)
    # scikit-learn's smooth idf
    idf = np.array([np.log((1 + n) / (1 + df[g])) + 1.0 for g in grams], dtype=np.float32)
    return grams, idf


def macro_f1(y: np.ndarray, pred: np.ndarray, n_classes: int) -> float:
    f1s = []
    for k in range(n_classes):
        tp = np.sum((pred == k) & (y == k))
        fp = np.sum((pred == k) & (y != k))
        fn = np.sum((pred != k) & (y == k))
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s))


def tune_bias(logp: np.ndarray, y: np.ndarray, grid: np.ndarray | None = None) -> np.ndarray:
    """Per-class additive bias on log-probabilities maximising macro-F1 (coordinate ascent,
    class 0 fixed at 0)."""
    k = logp.shape[1]
    grid = np.linspace(-3, 3, 61) if grid is None else grid
    b = np.zeros(k)
    best = macro_f1(y, np.argmax(logp + b, axis=1), k)
    for _ in range(3):
        for c in range(1, k):
            for v in grid:
                bb = b.copy()
                bb[c] = v
                f = macro_f1(y, np.argmax(logp + bb, axis=1), k)
                if f > best + 1e-9:
                    best, b = f, bb
    return b


def fit_temperature(z: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Temperature + per-class bias minimising dev NLL (calibration)."""
    from scipy.optimize import minimize

    k = z.shape[1]

    def nll(theta: np.ndarray) -> float:
        t = np.exp(theta[0])
        s = z / t + np.concatenate([[0.0], theta[1:]])
        s = s - s.max(axis=1, keepdims=True)
        lp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        return float(-lp[np.arange(len(y)), y].mean())

    res = minimize(nll, np.zeros(k), method="Nelder-Mead", options={"maxiter": 4000})
    return float(np.exp(res.x[0])), np.concatenate([[0.0], res.x[1:]])


def fit_platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    lr = LogisticRegression(C=1e4, max_iter=1000)
    lr.fit(z.reshape(-1, 1), y)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


def span_f1(pred: set[int], gold: set[int]) -> float:
    """Per-comment character F1 as in SemEval-2021 Toxic Spans / ViHOS: empty gold scores 1
    when the prediction is empty too, else 0."""
    if not gold:
        return 1.0 if not pred else 0.0
    if not pred:
        return 0.0
    return 2 * len(pred & gold) / (len(pred) + len(gold))


def span_chars(spans: list[dict]) -> set[int]:
    return {i for s in spans for i in range(s["start"], s["end"])}


def nb_ratio(X: sp.csr_matrix, pos: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """NB-SVM log-count ratio of each feature (binarised counts, add-alpha smoothing)."""
    Xb = X.copy()
    Xb.data[:] = 1.0
    p = np.asarray(Xb[pos].sum(axis=0)).ravel() + alpha
    q = np.asarray(Xb[~pos].sum(axis=0)).ravel() + alpha
    return np.log((p / p.sum()) / (q / q.sum()))


def fit_nblr(
    X: sp.csr_matrix, pos: np.ndarray, C: float, w: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """Binary NB-LR (Wang & Manning 2012 with a logistic loss), folded back into one weight
    vector on the unscaled features: ``(X * r) @ v == X @ (r * v)``."""
    from sklearn.linear_model import LogisticRegression

    r = nb_ratio(X, pos)
    m = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    m.fit(X.multiply(r).tocsr(), pos.astype(np.int64), sample_weight=w)
    return r * m.coef_[0], float(m.intercept_[0])


class _Linear:
    """The fitted-model attributes ``_place`` reads (a combination of linear models)."""

    def __init__(self, classes: np.ndarray, coef: np.ndarray, intercept: np.ndarray):
        self.classes_, self.coef_, self.intercept_ = classes, coef, intercept


# ------------------------------------------------------------------ training
def _folds(y: np.ndarray, k: int) -> np.ndarray:
    """Stratified fold id per row, fixed seed."""
    rng = np.random.default_rng(SEED)
    out = np.zeros(len(y), dtype=np.int64)
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        rng.shuffle(idx)
        out[idx] = np.arange(len(idx)) % k
    return out


def _place(W: np.ndarray, bias: np.ndarray, lr: object, first: int, k: int) -> None:
    """Copy a multinomial model's weights into columns first..first+k; classes absent from
    the training rows (tiny smoke runs) get a very low intercept instead of a crash."""
    bias[first : first + k] = -30.0
    classes = list(lr.classes_)  # type: ignore[attr-defined]
    coef, icpt = lr.coef_, lr.intercept_  # type: ignore[attr-defined]
    if len(classes) == 2 and coef.shape[0] == 1:  # binary: sklearn keeps one row
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        icpt = np.array([-icpt[0] / 2, icpt[0] / 2])
    for row, cls in enumerate(classes):
        W[:, first + int(cls)] = coef[row]
        bias[first + int(cls)] = icpt[row]


def train(
    data_dir: Path,
    out_dir: Path,
    cfg: Config | None = None,
    log: Callable[[str], None] | None = print,
) -> dict:
    from sklearn.linear_model import LogisticRegression

    cfg = cfg or Config()
    t0 = time.time()
    c = load_corpora(data_dir, cfg.max_rows)
    _log(f"loaded + normalised corpora in {time.time() - t0:.1f}s", log)
    excluded = exclusion_keys(c)
    hsd, hos, spm = c["vihsd"], c["vihos"], c["vispam"]
    keep_hsd = _keep(hsd["train"], excluded)
    keep_hos = _keep(hos["train"], excluded)
    keep_spm = _keep(spm["train"], excluded)
    # the label head also learns from ViHSD dev (see below): exclude only the scored splits
    test_keys = exclusion_keys(c, splits=("test",)) | {key(p) for p in hos["dev"].prepared}
    keep_hsd = _keep(hsd["train"], test_keys)
    keep_hsd_dev = _keep(hsd["dev"], test_keys)
    _log(
        f"train rows kept after de-duplication: vihsd {keep_hsd.sum()}/{len(keep_hsd)}, "
        f"vihos {keep_hos.sum()}/{len(keep_hos)}, vispam {keep_spm.sum()}/{len(keep_spm)}",
        log,
    )
    lexicon_list = mine_lexicon(hos["train"], keep_hos, cfg)
    lexicon = {p: 1 for p in lexicon_list}
    _log(f"lexicon: {len(lexicon)} phrases", log)

    # ---- document features: vocabulary over ViHSD + ViSpam training texts
    def grams_of(corpus: Corpus) -> list[tuple[list[str], ...]]:
        return [doc_grams(p, lexicon) for p in corpus.prepared]

    G = {(name, s): grams_of(c[name][s]) for name in ("vihsd", "vispam") for s in c[name]}
    G[("vihos", "dev")] = grams_of(hos["dev"])
    G[("vihos", "test")] = grams_of(hos["test"])
    vocabs, idfs = {}, {}
    for k, v in enumerate(VIEWS):
        fit_lists = [g[k] for g, m in zip(G[("vihsd", "train")], keep_hsd, strict=True) if m]
        fit_lists += [g[k] for g, m in zip(G[("vihsd", "dev")], keep_hsd_dev, strict=True) if m]
        fit_lists += [g[k] for g, m in zip(G[("vispam", "train")], keep_spm, strict=True) if m]
        vocabs[v], idfs[v] = _fit_vocab(fit_lists, cfg.min_df)
    vdict = {v: dict(zip(vocabs[v], range(1, len(vocabs[v]) + 1), strict=True)) for v in VIEWS}
    _log("vocab sizes: " + ", ".join(f"{v}={len(vocabs[v])}" for v in VIEWS), log)

    def matrix(gl: list[tuple[list[str], ...]]) -> sp.csr_matrix:
        return sp.hstack(
            [tfidf_matrix([g[k] for g in gl], vdict[v], idfs[v]) for k, v in enumerate(VIEWS)]
        ).tocsr()

    def X(name: str, split: str) -> sp.csr_matrix:
        return matrix(G[(name, split)])

    Xs = {s: X("vispam", s) for s in ("train", "dev")}
    # Label head rows: ViHSD train + dev (dev is folded in; calibration and thresholds come
    # from cross-validated out-of-fold logits instead), minus anything in a scored split.
    cx = counter_examples()
    gx = [doc_grams(prepare(t), lexicon) for t, _ in cx]
    Xc = matrix(gx)
    Xl = sp.vstack(
        [X("vihsd", "train")[keep_hsd], X("vihsd", "dev")[keep_hsd_dev], Xc]
    ).tocsr()
    yl = np.concatenate(
        [hsd["train"].y[keep_hsd], hsd["dev"].y[keep_hsd_dev], [y for _, y in cx]]
    ).astype(np.int64)
    # counter-examples are few; weight them so that they are not drowned (cfg.cx_weight)
    wl = np.ones(len(yl))
    wl[len(yl) - len(cx) :] = cfg.cx_weight
    _log(f"counter-examples: {len(cx)} rows (weight {cfg.cx_weight})", log)
    n_feat = Xl.shape[1]
    W = np.zeros((n_feat, len(HEAD_COLUMNS)), dtype=np.float64)
    bias = np.zeros(len(HEAD_COLUMNS))

    # ---- label head
    def fit_label(Xa: sp.csr_matrix, ya: np.ndarray, wa: np.ndarray) -> object:
        lr = LogisticRegression(C=cfg.C_label, max_iter=3000, class_weight="balanced").fit(
            Xa, ya, sample_weight=wa
        )
        a = cfg.nb_weight
        if a <= 0 or len(lr.classes_) < 3:  # tiny smoke runs: plain LR
            return lr
        # average of the multinomial LR and one-vs-rest NB-LR logits (= average of their
        # log-probabilities up to a per-row constant): still one linear head
        nb = [fit_nblr(Xa, ya == k, cfg.C_nb, wa) for k in lr.classes_]
        coef = (1 - a) * lr.coef_ + a * np.vstack([v for v, _ in nb])
        icpt = (1 - a) * lr.intercept_ + a * np.array([b for _, b in nb])
        return _Linear(lr.classes_, coef, icpt)

    zoof = np.zeros((len(yl), 3))
    folds = _folds(yl, cfg.cv_folds)
    for f in range(cfg.cv_folds):
        tr, te = folds != f, folds == f
        Wf = np.zeros((n_feat, len(HEAD_COLUMNS)))
        bf = np.zeros(len(HEAD_COLUMNS))
        _place(Wf, bf, fit_label(Xl[tr], yl[tr], wl[tr]), 0, 3)
        zoof[te] = Xl[te] @ Wf[:, 0:3] + bf[0:3]
        _log(f"label head: fold {f + 1}/{cfg.cv_folds} done", log)
    _place(W, bias, fit_label(Xl, yl, wl), 0, 3)
    T, cb = fit_temperature(zoof, yl)
    s = zoof / T + cb
    logp = s - s.max(1, keepdims=True)
    logp = logp - np.log(np.exp(logp).sum(1, keepdims=True))
    dbias = tune_bias(logp, yl)
    dev_f1 = macro_f1(yl, np.argmax(logp + dbias, axis=1), 3)
    _log(f"label head: {len(yl)} rows, T={T:.3f}, out-of-fold macro-F1 {dev_f1:.4f} "
         f"(untuned {macro_f1(yl, np.argmax(zoof, 1), 3):.4f})", log)

    # ---- spam heads (binary + type)
    lrs = LogisticRegression(C=cfg.C_spam, max_iter=3000, class_weight="balanced")
    lrs.fit(Xs["train"][keep_spm], spm["train"].y[keep_spm])
    W[:, 3] = lrs.coef_[0]
    bias[3] = lrs.intercept_[0]
    ys_ = spm["train"].y[keep_spm]
    if cfg.nb_weight > 0 and 0 < ys_.sum() < len(ys_):
        # binary NB-LR added to the spam column, both scaled to unit std on dev
        vn, bn = fit_nblr(Xs["train"][keep_spm], ys_ == 1, cfg.C_nb)
        sd_b = float((Xs["dev"] @ W[:, 3] + bias[3]).std() or 1.0)
        sd_n = float((Xs["dev"] @ vn + bn).std() or 1.0)
        W[:, 3] = W[:, 3] / sd_b + vn / sd_n
        bias[3] = bias[3] / sd_b + bn / sd_n
    yt = np.array(spm["train"].extra)
    lrt = LogisticRegression(C=cfg.C_spamtype, max_iter=3000, class_weight="balanced")
    lrt.fit(Xs["train"][keep_spm], yt[keep_spm])
    _place(W, bias, lrt, 4, 4)
    # review-domain gate: ViSpam reviews (1) against ViHSD comments (0)
    Xd = sp.vstack([Xs["train"][keep_spm], Xl[: int(keep_hsd.sum())]]).tocsr()
    yd = np.concatenate([np.ones(int(keep_spm.sum())), np.zeros(int(keep_hsd.sum()))])
    lrd = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(Xd, yd)
    W[:, 8] = lrd.coef_[0]
    bias[8] = lrd.intercept_[0]
    zdev = Xs["dev"] @ W + bias
    # spam score = mix of the binary logit and the type head's "any spam type" logit
    zb, zt = zdev[:, 3], spam_type_logit(zdev)
    mix = [1.0 / float(zb.std() or 1.0), 1.0 / float(zt.std() or 1.0)]
    sa, sb = fit_platt(mix[0] * zb + mix[1] * zt, spm["dev"].y)
    gate = list(cfg.review_gate)
    ps = 1 / (1 + np.exp(-spam_logit(zdev, mix, sa, sb, gate)))
    best_thr, best = 0.5, -1.0
    for thr in np.linspace(0.2, 0.8, 61):
        f = macro_f1(spm["dev"].y, (ps >= thr).astype(int), 2)
        if f > best:
            best, best_thr = f, float(thr)
    # fold the tuned threshold into the Platt intercept so that spam >= 0.5 <=> decision
    sb -= float(np.log(best_thr / (1 - best_thr)))
    _log(f"spam head: dev macro-F1 {best:.4f} at p>={best_thr:.2f}", log)
    zt4 = zdev[:, 4:8]
    tbias = tune_bias(zt4, np.array(spm["dev"].extra))
    _log(f"spam-type head: dev macro-F1 "
         f"{macro_f1(np.array(spm['dev'].extra), np.argmax(zt4 + tbias, 1), 4):.4f}", log)

    # ---- span head: token classifier on ViHOS train
    feats, ys = [], []
    for i in np.flatnonzero(keep_hos):
        p = hos["train"].prepared[i]
        feats += token_features(p, lexicon)
        ys += token_gold(p, hos["train"].texts[i], hos["train"].extra[i])
    tdf: Counter[str] = Counter(f for fl in feats for f in set(fl))
    tok_vocab = sorted(f for f, d in tdf.items() if d >= 2)
    tv = {f: i for i, f in enumerate(tok_vocab)}
    rows, cols = [], []
    for r, fl in enumerate(feats):
        for f in fl:
            j = tv.get(f)
            if j is not None:
                rows.append(r)
                cols.append(j)
    Xt = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(tok_vocab)))
    Xt.data[:] = 1.0  # binary
    lrk = LogisticRegression(C=cfg.C_tok, max_iter=3000)
    lrk.fit(Xt, np.array(ys))
    _log(f"span head: {len(feats)} tokens, {len(tok_vocab)} features", log)

    meta = {
        "format": FORMAT,
        "version": "",
        "labels": ["CLEAN", "OFFENSIVE", "HATE"],
        "head_columns": list(HEAD_COLUMNS),
        "calibration": {"temperature": T, "class_bias": list(map(float, cb)),
                        "spam_a": sa, "spam_b": sb, "spam_mix": mix,
                        "review_gate": gate},
        "decision_bias": list(map(float, dbias)),
        "spamtype_bias": list(map(float, tbias)),
        "tok_b": float(lrk.intercept_[0]),
        "tok_threshold": 0.5,
        "char_ranges": [list(r) for r in CHAR_RANGES],
        "raw_range": list(RAW_RANGE),
        "config": cfg.__dict__,
        "trained_at": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "train_rows": {"vihsd": int(len(yl)), "vihos": int(keep_hos.sum()),
                       "vispam": int(keep_spm.sum())},
        "dev": {"vihsd_oof_macro_f1": dev_f1, "vispam_macro_f1": best},
    }
    offs = np.cumsum([0] + [len(vocabs[v]) for v in VIEWS])
    arrays = {
        "W": {v: W[offs[k]: offs[k + 1]].astype(np.float32) for k, v in enumerate(VIEWS)},
        "bias": bias.astype(np.float32),
        "tok_W": lrk.coef_[0].astype(np.float32),
    }
    save_model(out_dir, meta, vocabs, idfs, arrays, lexicon_list, tok_vocab)

    # ---- span threshold on ViHOS dev, with the label gate of the saved model
    model = Model.load(out_dir)
    thr, f = tune_span_threshold(model, hos["dev"])
    meta["tok_threshold"] = thr
    meta["dev"]["vihos_span_f1"] = f
    _log(f"span head: dev span F1 {f:.4f} at token p>={thr:.2f}", log)
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    _log(f"trained in {time.time() - t0:.1f}s -> {out_dir} ({meta['version']})", log)
    return meta


def tune_span_threshold(model: Model, corpus: Corpus) -> tuple[float, float]:
    logits = model.doc_logits(corpus.prepared)
    labels = model.labels_from_probs(model.label_probs(logits))
    best_thr, best = 0.5, -1.0
    for thr in np.linspace(0.1, 0.8, 29):
        scores = []
        for i, p in enumerate(corpus.prepared):
            pred = span_chars(model.spans(p, corpus.texts[i], thr)) if labels[i] else set()
            scores.append(span_f1(pred, corpus.extra[i]))
        f = float(np.mean(scores))
        if f > best:
            best, best_thr = f, float(thr)
    return best_thr, best


def save_model(out_dir: Path, meta: dict, vocabs: dict, idfs: dict, arrays: dict,
               lexicon: list[str], tok_vocab: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    h = hashlib.sha256()
    for v in VIEWS:
        (out_dir / f"vocab_{v}.json").write_text(json.dumps(vocabs[v], ensure_ascii=False),
                                                 encoding="utf-8")
        np.save(out_dir / f"idf_{v}.npy", idfs[v].astype(np.float32), allow_pickle=False)
        np.save(out_dir / f"W_{v}.npy", arrays["W"][v], allow_pickle=False)
        h.update(arrays["W"][v].tobytes())
    np.save(out_dir / "bias.npy", arrays["bias"], allow_pickle=False)
    np.save(out_dir / "tok_W.npy", arrays["tok_W"], allow_pickle=False)
    h.update(arrays["tok_W"].tobytes())
    (out_dir / "lexicon.json").write_text(json.dumps(lexicon, ensure_ascii=False),
                                          encoding="utf-8")
    (out_dir / "tok_vocab.json").write_text(json.dumps(tok_vocab, ensure_ascii=False),
                                            encoding="utf-8")
    meta["version"] = f"vimod-detect-{meta['trained_at'][:10]}-{h.hexdigest()[:8]}"
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
