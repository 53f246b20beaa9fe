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
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from vimod.detect._features import (
    CHAR_RANGES,
    RAW_RANGE,
    VIEWS,
    doc_grams,
    token_features,
)
from vimod.detect._model import (
    ABUSE,
    FORMAT,
    HEAD_COLUMNS,
    MAX_CHARS,
    Model,
    spam_logit,
    spam_type_logit,
)
from vimod.detect._prep import Prepared, prepare
from vimod.detect._types import CATEGORIES, LABELS

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
    # at most this many grams per view (c, f, w, r), the most frequent: model size
    max_grams: tuple[int | None, ...] = (280_000, 220_000, 150_000, 55_000)
    cv_folds: int = 4
    cv_fits: int | None = 1  # folds actually held out (None: all)
    cx_weight: float = 3.0
    # spam gate (c, k): chosen on dev as the best ViSpam-dev F1 that keeps the share of ViHSD-dev
    # comments called spam under ~7% (c=1,k=0: 13%; no gate: 72%)
    review_gate: tuple[float, float] = (3.0, 2.0)
    lex_min_count: int = 3
    lex_min_precision: float = 0.5
    max_rows: int | None = None  # for quick smoke training (tests)
    # ---- format 4: categories, more sources, unaccented copies
    C_cat: float = 1.0
    cat_nb_weight: float = 0.5
    cat_pos_weight: str = "balanced"  # or "sqrt": positives up-weighted by sqrt(imbalance)
    cat_compare: bool = False  # also fit and log alternative category heads (slower)
    cat_thr_lo: float = 0.2
    label_bias: bool = True  # macro-F1 class bias, folded into the scores
    # label scores raised to agree with the categories that fire (Model.fuse); chosen on
    # dev: ViHSD held-out dev 0.6433 -> 0.6454, contrastive dev label 0.879 -> 0.890,
    # SafeSense dev 0.807 -> 0.795
    fuse_categories: bool = True
    con_weight: float = 3.0  # team-written contrastive rows
    con_dev_share: float = 0.2  # contrastive groups held out for tuning
    con_strip_share: float = 0.5
    ss_weight: float = 1.0  # SafeSense (silver)
    victsd_toxic_weight: float = 0.3  # ViCTSD toxic as evidence of an insult
    news_train: int = 12000  # VietNews train sentences (negatives)
    news_every: int = 60  # ... taken every n-th sentence (spread over articles)
    news_max_words: int = 30
    news_dev: int = 5000
    news_weight: float = 1.0
    news_strip_share: float = 0.2
    strip_share: float = 0.5  # share of comment rows given a diacritic-stripped copy
    review_negative_share: float = 0.3  # genuine ViSpam reviews as category negatives
    contrastive: Path | None = None
    functional: Path | None = None


def key(p: Prepared) -> str:
    """De-duplication key: the normalised text, whitespace collapsed."""
    return " ".join(p.norm.text.split())


def _log(msg: str, log: Callable[[str], None] | None) -> None:
    if log is not None:
        log(msg)


# ------------------------------------------------------------------ data
@dataclass
class Corpus:
    texts: list[str]
    prepared: list[Prepared]
    y: np.ndarray
    extra: list[Any] = field(default_factory=list)  # spans (ViHOS) / spam types (ViSpam)


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


class GramIndex:
    """Provisional integer ids for every gram seen, one table per view: gram lists become
    small int arrays, the vocabulary is chosen on document frequencies afterwards."""

    def __init__(self, n_views: int) -> None:
        self.ids: list[dict[str, int]] = [{} for _ in range(n_views)]

    def encode_all(self, prepared: list[Prepared], lexicon: dict[str, int]
                   ) -> list[list[np.ndarray]]:
        out = []
        for p in prepared:
            row = []
            for table, grams in zip(self.ids, doc_grams(p, lexicon), strict=True):
                get = table.setdefault
                row.append(np.fromiter((get(g, len(table)) for g in grams), np.int32,
                                       len(grams)))
            out.append(row)
        return out

    def fit_vocab(self, k: int, fit: list[np.ndarray], min_df: int, max_grams: int | None
                  ) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Grams (sorted) with document frequency >= ``min_df`` in ``fit`` (the
        ``max_grams`` most frequent when there are more), their smooth idf, and the map
        provisional id -> column (-1: not in the vocabulary)."""
        table = self.ids[k]
        df = np.zeros(len(table), dtype=np.int64)
        for a in fit:
            df[np.unique(a)] += 1
        keep = np.flatnonzero(df >= min_df)
        if max_grams is not None and len(keep) > max_grams:
            # most frequent first, ties by id (first seen): deterministic
            order = np.lexsort((keep, -df[keep]))
            keep = np.sort(keep[order[:max_grams]])
        names = list(table)
        grams = sorted((names[i], i) for i in keep)
        colmap = np.full(len(table), -1, dtype=np.int64)
        colmap[[i for _, i in grams]] = np.arange(len(grams))
        n = len(fit)
        # scikit-learn's smooth idf
        idf = np.array([np.log((1 + n) / (1 + df[i])) + 1.0 for _, i in grams],
                       dtype=np.float32)
        return [g for g, _ in grams], idf, colmap


def tfidf_from_ids(ids: list[np.ndarray], colmap: np.ndarray, idf: np.ndarray
                   ) -> sp.csr_matrix:
    """``tfidf_matrix`` from provisional-id arrays: sublinear TF-IDF, L2-normalised rows."""
    cols = [colmap[a] for a in ids]
    cols = [c[c >= 0] for c in cols]
    indptr = np.zeros(len(cols) + 1, dtype=np.int64)
    np.cumsum([len(c) for c in cols], out=indptr[1:])
    indices = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    m = sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(cols), len(idf)))
    m.sum_duplicates()
    m.data = (1.0 + np.log(m.data)) * idf[m.indices]
    row_norm = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    row_norm[row_norm == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / row_norm) @ m)


def strip_diacritics(text: str) -> str:
    """The text as typed on a keyboard without Vietnamese input: every diacritic removed
    (đ → d), case and everything else kept."""
    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in d if not unicodedata.combining(ch)))


UNKNOWN = -1


@dataclass
class Pool:
    """Training (or tuning) rows of every source, side by side: the label head and each
    category head read only the rows they know (masked losses)."""

    prepared: list[Prepared]
    source: list[str]
    y_label: list[int]  # LABELS index or UNKNOWN
    w_label: list[float]
    y_cat: list[list[int]]  # per category: 1, 0 or UNKNOWN
    w_cat: list[float]

    @classmethod
    def empty(cls) -> Pool:
        return cls([], [], [], [], [], [])

    def add(self, p: Prepared, source: str, y_label: int, w_label: float,
            y_cat: list[int], w_cat: float) -> None:
        self.prepared.append(p)
        self.source.append(source)
        self.y_label.append(y_label)
        self.w_label.append(w_label)
        self.y_cat.append(y_cat)
        self.w_cat.append(w_cat)

    def __len__(self) -> int:
        return len(self.prepared)


def _cats(positive: set[str] | frozenset[str], known: str = "all") -> list[int]:
    """Per-category targets: ``known="all"``: 1 for ``positive``, 0 for the rest;
    ``known="positive"``: 1 for ``positive``, UNKNOWN for the rest."""
    if known == "all":
        return [1 if c in positive else 0 for c in CATEGORIES]
    return [1 if c in positive else UNKNOWN for c in CATEGORIES]


def _partial(pos: dict[str, int]) -> list[int]:
    return [pos.get(c, UNKNOWN) for c in CATEGORIES]


def _f1_binary(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(pred & (y == 1)))
    fp = float(np.sum(pred & (y == 0)))
    fn = float(np.sum(~pred & (y == 1)))
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def train(
    data_dir: Path,
    out_dir: Path,
    cfg: Config | None = None,
    log: Callable[[str], None] | None = print,
) -> dict:
    from sklearn.linear_model import LogisticRegression

    from vimod.detect._data import (
        CONTRASTIVE,
        FUNCTIONAL,
        is_dev_group,
        read_safesense,
        read_team_jsonl,
        read_victsd,
        read_vietnews,
    )

    cfg = cfg or Config()
    t0 = time.time()
    rng = np.random.default_rng(SEED)
    mr = cfg.max_rows
    c = load_corpora(data_dir, mr)
    hsd, hos, spm = c["vihsd"], c["vihos"], c["vispam"]
    ss = {s: read_safesense(s, data_dir)[:mr] for s in ("train", "dev", "test")}
    ct = {s: read_victsd(s, data_dir)[:mr] for s in ("train", "dev", "test")}
    news_tr = read_vietnews("train", data_dir, limit=min(cfg.news_train, mr or 10**9),
                            every=cfg.news_every, max_words=cfg.news_max_words)
    news_dev = read_vietnews("dev", data_dir, limit=min(cfg.news_dev, mr or 10**9), every=7,
                             max_words=cfg.news_max_words)
    # VietNews test sentences are only read to keep them out of training
    news_test_keys = {" ".join(x.lower().split()) for x in read_vietnews("test", data_dir)}
    news_test_keys |= {" ".join(x.lower().split()) for x in read_vietnews("dev", data_dir)}
    con_path = cfg.contrastive or CONTRASTIVE
    con = read_team_jsonl(con_path)[:mr]
    con_tr = [r for r in con if not is_dev_group(r.group, cfg.con_dev_share)]
    con_dev = [r for r in con if is_dev_group(r.group, cfg.con_dev_share)]
    func = read_team_jsonl(cfg.functional or FUNCTIONAL)  # texts read only to exclude them
    _log(f"loaded + normalised the ViHSD / ViHOS / ViSpam corpora in {time.time() - t0:.1f}s; "
         f"contrastive {len(con_tr)} train + {len(con_dev)} dev rows ({con_path}), "
         f"functional {len(func)} rows kept out", log)

    def prep_all(texts: list[str]) -> list[Prepared]:
        return [prepare(t[:MAX_CHARS]) for t in texts]

    P: dict[str, Any] = {
        "ss": {s: prep_all([r.text for r in ss[s]]) for s in ss},
        "ct": {s: prep_all([r.text for r in ct[s]]) for s in ct},
        "news_tr": prep_all(news_tr),
        "news_dev": prep_all(news_dev),
        "con_tr": prep_all([r.text for r in con_tr]),
        "con_dev": prep_all([r.text for r in con_dev]),
    }
    _log(f"normalised the other corpora in {time.time() - t0:.1f}s", log)

    # ---- de-duplication: nothing that is scored or tuned on is trained on
    excluded = exclusion_keys(c)
    for s in ("dev", "test"):
        excluded |= {key(p) for p in P["ss"][s]} | {key(p) for p in P["ct"][s]}
    excluded |= {key(p) for p in P["con_dev"]} | {key(p) for p in P["news_dev"]}
    excluded |= {key(prepare(r.text[:MAX_CHARS])) for r in func}
    keep_hos = _keep(hos["train"], excluded)
    keep_spm = _keep(spm["train"], excluded)
    # the label head also learns from ViHSD dev (see below): exclude only the scored splits
    scored = excluded - {key(p) for p in hsd["dev"].prepared} | {
        key(p) for p in hos["dev"].prepared}
    keep_hsd = _keep(hsd["train"], scored)
    keep_hsd_dev = _keep(hsd["dev"], scored)
    lexicon_list = mine_lexicon(hos["train"], keep_hos, cfg)
    lexicon = {p: 1 for p in lexicon_list}
    _log(f"lexicon: {len(lexicon)} phrases", log)

    # ---- the training pool (masked targets) and the tuning pool
    pool = Pool.empty()
    neg = _cats(set())
    unknown = _partial({})
    strip_src: list[tuple[str, int, float, list[int], float, str]] = []
    strip_origin: list[int] = []  # pool row each stripped copy was made from

    def add(p: Prepared, src: str, yl: int, wl: float, yc: list[int], wc: float,
            text: str | None = None, strip: float = 0.0) -> None:
        if key(p) in excluded and src not in ("vihsd", "vihsd_dev"):
            return
        pool.add(p, src, yl, wl, yc, wc)
        if text is not None and strip > 0 and rng.random() < strip:
            stripped = strip_diacritics(text)
            if stripped != text:
                strip_src.append((stripped, yl, wl, yc, wc, src))
                strip_origin.append(len(pool) - 1)

    for split, keep in (("train", keep_hsd), ("dev", keep_hsd_dev)):
        for i in np.flatnonzero(keep):
            y = int(hsd[split].y[i])
            # ViHSD: the label head; its CLEAN rows are negatives for every category (its
            # HATE is not identity-based, so it says nothing about identity_attack)
            yc = neg if (y == 0 and split == "train") else unknown
            add(hsd[split].prepared[i], "vihsd", y, 1.0, yc, 1.0, hsd[split].texts[i],
                cfg.strip_share)
    for t, y in counter_examples():
        add(prepare(t), "counter", y, cfg.cx_weight, neg, cfg.cx_weight, t, 1.0)
    for r, p in zip(con_tr, P["con_tr"], strict=True):
        add(p, "contrastive", r.label, cfg.con_weight, _cats(r.categories), cfg.con_weight,
            r.text, cfg.con_strip_share)
    for r, p in zip(ss["train"], P["ss"]["train"], strict=True):
        # SafeSense (silver): HATE is identity-based -> identity_attack; OFFENSIVE is a
        # personal insult (insult or profanity: insult is the likelier); CLEAN -> negatives
        yc = {0: neg, 1: _partial({"insult": 1, "identity_attack": 0}),
              2: _partial({"identity_attack": 1})}[r.label]
        add(p, "safesense", r.label, cfg.ss_weight, yc, cfg.ss_weight, r.text, 0.0)
    for r, p in zip(ct["train"], P["ct"]["train"], strict=True):
        # ViCTSD: toxic is weak evidence of an insult; non-toxic comments are negatives
        if r.label:
            add(p, "victsd", UNKNOWN, 0.0, _partial({"insult": 1}), cfg.victsd_toxic_weight)
        else:
            add(p, "victsd", 0, 1.0, neg, 1.0, r.text, cfg.strip_share)
    n_news_skipped = 0
    for t, p in zip(news_tr, P["news_tr"], strict=True):
        if " ".join(t.lower().split()) in news_test_keys:
            n_news_skipped += 1
            continue
        # VietNews: plentiful ordinary, formal text: negatives for everything
        add(p, "vietnews", 0, cfg.news_weight, neg, cfg.news_weight, t, cfg.news_strip_share)
    for i in np.flatnonzero(keep_spm):
        if spm["train"].y[i] == 0 and rng.random() < cfg.review_negative_share:
            # genuine product reviews are not forum spam, nor any other category
            add(spm["train"].prepared[i], "vispam", UNKNOWN, 0.0, neg, 1.0)
    n_orig = len(pool)
    stripped_p = prep_all([t for t, *_ in strip_src])
    for p, (_t, y_l, w_l, y_c, w_c, _src) in zip(stripped_p, strip_src, strict=True):
        pool.add(p, "stripped", y_l, w_l, y_c, w_c)
    strip_from = [x[-1] for x in strip_src]
    counts = Counter(pool.source)
    _log(f"training pool: {len(pool)} rows ({dict(counts)}); VietNews sentences also in "
         f"dev/test skipped: {n_news_skipped}; normalised in {time.time() - t0:.1f}s", log)

    tune = Pool.empty()
    for r, p in zip(con_dev, P["con_dev"], strict=True):
        tune.add(p, "contrastive", r.label, 1.0, _cats(r.categories), 1.0)
    for r, p in zip(ss["dev"], P["ss"]["dev"], strict=True):
        yc = {0: neg, 1: _partial({"insult": 1, "identity_attack": 0}),
              2: _partial({"identity_attack": 1})}[r.label]
        tune.add(p, "safesense", r.label, 1.0, yc, 1.0)
    for r, p in zip(ct["dev"], P["ct"]["dev"], strict=True):
        tune.add(p, "victsd", UNKNOWN, 0.0, neg if not r.label else unknown, 1.0)
    for p in P["news_dev"]:
        tune.add(p, "vietnews", 0, 1.0, neg, 1.0)

    # ---- document features: vocabulary over the comment-like training texts. Gram lists
    # are kept as int arrays of provisional ids (strings of ~100k texts would take GBs).
    index = GramIndex(len(VIEWS))
    I_pool = index.encode_all(pool.prepared, lexicon)
    I_tune = index.encode_all(tune.prepared, lexicon)
    I_spm = {s: index.encode_all(spm[s].prepared, lexicon) for s in ("train", "dev")}
    vocab_rows = [i for i in range(len(pool)) if pool.source[i] not in ("vietnews", "vispam")
                  and not (i >= n_orig and strip_from[i - n_orig] == "vietnews")]
    vocabs, idfs, colmaps = [], [], []
    for k in range(len(VIEWS)):
        fit = [I_pool[i][k] for i in vocab_rows]
        fit += [g[k] for g, m in zip(I_spm["train"], keep_spm, strict=True) if m]
        grams, idf, colmap = index.fit_vocab(k, fit, cfg.min_df, cfg.max_grams[k])
        vocabs.append(grams)
        idfs.append(idf)
        colmaps.append(colmap)
    _log("vocab sizes: " + ", ".join(f"{v}={len(g)}" for v, g in zip(VIEWS, vocabs,
                                                                     strict=True)), log)

    def matrix(ids: list[list[np.ndarray]]) -> sp.csr_matrix:
        return sp.hstack([tfidf_from_ids([x[k] for x in ids], colmaps[k], idfs[k])
                          for k in range(len(VIEWS))]).tocsr()

    Xp = matrix(I_pool)
    Xtune = matrix(I_tune)
    Xs = {s: matrix(I_spm[s]) for s in ("train", "dev")}
    del I_pool, I_tune, I_spm, index
    n_feat = Xp.shape[1]
    W = np.zeros((n_feat, len(HEAD_COLUMNS)), dtype=np.float64)
    bias = np.zeros(len(HEAD_COLUMNS))
    _log(f"features built in {time.time() - t0:.1f}s", log)

    # ---- label head: every row with a label
    yl_all = np.array(pool.y_label)
    lab_rows = np.flatnonzero(yl_all >= 0)
    Xl, yl = Xp[lab_rows], yl_all[lab_rows]
    wl = np.array(pool.w_label)[lab_rows]
    src_l = np.array(pool.source)[lab_rows]

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
    # a stripped copy normalises to (nearly) its original once diacritics are restored: it
    # must sit in its original's fold, or the held-out logits leak (calibration too sure)
    origin = np.arange(len(pool))
    origin[n_orig:] = strip_origin
    folds_all = np.full(len(pool), -1)
    folds_all[lab_rows] = _folds(yl, cfg.cv_folds)
    folds = folds_all[origin[lab_rows]]
    folds[folds < 0] = folds_all[lab_rows][folds < 0]  # (an unlabelled original: never)
    # calibration and the class bias come from out-of-fold logits; with cv_fits < cv_folds
    # only the first folds are held out in turn (fewer fits: training time)
    n_fits = min(cfg.cv_fits or cfg.cv_folds, cfg.cv_folds)
    held = folds < n_fits
    for f in range(n_fits):
        tr, te = folds != f, folds == f
        Wf = np.zeros((n_feat, len(HEAD_COLUMNS)))
        bf = np.zeros(len(HEAD_COLUMNS))
        _place(Wf, bf, fit_label(Xl[tr], yl[tr], wl[tr]), 0, 3)
        zoof[te] = Xl[te] @ Wf[:, 0:3] + bf[0:3]
        _log(f"label head: fold {f + 1}/{n_fits} of {cfg.cv_folds} done "
             f"({time.time() - t0:.0f}s)", log)
    _place(W, bias, fit_label(Xl, yl, wl), 0, 3)
    zoof, yl, src_l = zoof[held], yl[held], src_l[held]
    T, cb = fit_temperature(zoof, yl)
    s_ = zoof / T + cb
    logp = s_ - s_.max(1, keepdims=True)
    logp = logp - np.log(np.exp(logp).sum(1, keepdims=True))
    # the macro-F1 class bias is tuned on ViHSD's own out-of-fold rows (its benchmark) and
    # folded into the scores (label == argmax(scores)); see docs/model_card.md
    hsd_rows = src_l == "vihsd"
    dbias = tune_bias(logp[hsd_rows], yl[hsd_rows]) if cfg.label_bias else np.zeros(3)
    dev_f1 = macro_f1(yl[hsd_rows], np.argmax(logp[hsd_rows] + dbias, axis=1), 3)
    dev_f1_raw = macro_f1(yl[hsd_rows], np.argmax(logp[hsd_rows], axis=1), 3)
    news_rows = src_l == "vietnews"
    news_flag = float(np.mean(np.argmax(logp[news_rows] + dbias, axis=1) != 0)) \
        if news_rows.any() else 0.0
    _log(f"label head: {len(lab_rows)} rows ({len(yl)} out-of-fold), T={T:.3f}, "
         f"ViHSD out-of-fold macro-F1 {dev_f1:.4f} "
         f"(without the class bias {dev_f1_raw:.4f}); VietNews rows flagged out-of-fold "
         f"{news_flag:.4f}", log)

    # ---- category heads: one binary head per category, masked rows
    Yc = np.array(pool.y_cat)
    wc_all = np.array(pool.w_cat)
    cat_first = HEAD_COLUMNS.index("cat:" + CATEGORIES[0])
    Ytune = np.array(tune.y_cat)
    tune_src = np.array(tune.source)
    variants: dict[str, np.ndarray] = {}  # variant -> tuning-pool logits (cfg.cat_compare)

    def fit_lr(Xa: sp.csr_matrix, ya: np.ndarray, wa: np.ndarray, mode: str
               ) -> tuple[np.ndarray, float]:
        if mode == "balanced":
            m = LogisticRegression(C=cfg.C_cat, max_iter=3000, class_weight="balanced")
            m.fit(Xa, ya, sample_weight=wa)
        else:  # positives up-weighted by the square root of the imbalance only
            pos = ya == 1
            ratio = float(np.sqrt(wa[~pos].sum() / max(wa[pos].sum(), 1e-9)))
            m = LogisticRegression(C=cfg.C_cat, max_iter=3000)
            m.fit(Xa, ya, sample_weight=np.where(pos, wa * ratio, wa))
        return m.coef_[0], float(m.intercept_[0])

    for k, name in enumerate(CATEGORIES):
        rows = np.flatnonzero(Yc[:, k] != UNKNOWN)
        yk = Yc[rows, k]
        col = cat_first + k
        if yk.sum() == 0 or yk.sum() == len(yk):
            bias[col] = -30.0  # no positives (smoke runs)
            continue
        wk = wc_all[rows]
        Xk = Xp[rows]
        v_lr, b_lr = fit_lr(Xk, yk, wk, cfg.cat_pos_weight)
        a = cfg.cat_nb_weight
        if a > 0 or cfg.cat_compare:
            v_nb, b_nb = fit_nblr(Xk, yk == 1, cfg.C_nb, wk)
        if a > 0:
            W[:, col], bias[col] = (1 - a) * v_lr + a * v_nb, (1 - a) * b_lr + a * b_nb
        else:
            W[:, col], bias[col] = v_lr, b_lr
        if cfg.cat_compare:
            other = "sqrt" if cfg.cat_pos_weight == "balanced" else "balanced"
            v_o, b_o = fit_lr(Xk, yk, wk, other)
            cand = {f"lr-{cfg.cat_pos_weight}": (v_lr, b_lr), f"lr-{other}": (v_o, b_o),
                    "nb": (v_nb, b_nb),
                    f"blend-{cfg.cat_pos_weight}": (0.5 * v_lr + 0.5 * v_nb,
                                                    0.5 * b_lr + 0.5 * b_nb),
                    f"blend-{other}": (0.5 * v_o + 0.5 * v_nb, 0.5 * b_o + 0.5 * b_nb)}
            for vname, (vv, bb) in cand.items():
                z = variants.setdefault(vname, np.zeros((len(tune), len(CATEGORIES))))
                z[:, k] = Xtune @ vv + bb
        _log(f"category head {name}: {len(rows)} rows, {int(yk.sum())} positive "
             f"({time.time() - t0:.0f}s)", log)

    def calibrate(ztune: np.ndarray) -> tuple[list[float], list[float], dict]:
        """Platt scaling on the tuning pool, then the F1-best threshold folded in."""
        cat_a: list[float] = []
        cat_b: list[float] = []
        cat_dev: dict[str, dict[str, Any]] = {}
        for k, name in enumerate(CATEGORIES):
            m = Ytune[:, k] != UNKNOWN
            z, y = ztune[m, k], Ytune[m, k]
            if bias[cat_first + k] == -30.0 and not W[:, cat_first + k].any():
                cat_a.append(1.0)  # never trained (no positives): stays at sigmoid(-30)
                cat_b.append(0.0)
                cat_dev[name] = {"f1": None, "positives": 0, "rows": int(len(y))}
                continue
            if y.sum() < 3 or y.sum() == len(y):
                # too few tuning positives to calibrate: keep the raw scale and put the
                # decision point above 99.9% of the tuning negatives (precision first)
                zneg = z[y == 0]
                cat_a.append(1.0)
                cat_b.append(-float(np.quantile(zneg, 0.999)) - 1e-3 if len(zneg) else 0.0)
                cat_dev[name] = {"f1": None, "positives": int(y.sum()), "rows": int(len(y)),
                                 "fallback": "raw scale, 99.9% of negatives below 0.5"}
                continue
            a_, b_ = fit_platt(z, y)
            pz = 1 / (1 + np.exp(-(a_ * z + b_)))
            best_thr, best = 0.5, -1.0
            for thr in np.linspace(cfg.cat_thr_lo, 0.9, 71):
                f = _f1_binary(y, pz >= thr)
                if f > best + 1e-9:
                    best, best_thr = f, float(thr)
            b_ -= float(np.log(best_thr / (1 - best_thr)))
            cat_a.append(a_)
            cat_b.append(b_)
            cat_dev[name] = {"f1": best, "threshold": best_thr, "positives": int(y.sum()),
                             "rows": int(len(y))}
        return cat_a, cat_b, cat_dev

    def benign_rate(ztune: np.ndarray, a_: list[float], b_: list[float]) -> float:
        con_benign = (tune_src == "contrastive") & (Ytune.max(axis=1) == 0)
        p = 1 / (1 + np.exp(-(ztune * np.array(a_) + np.array(b_))))
        return float((p[con_benign].max(axis=1) >= 0.5).mean()) if con_benign.any() else 0.0

    for vname, z in variants.items():
        va, vb, vd = calibrate(z)
        _log(f"  variant {vname}: tuning F1 " + ", ".join(
            f"{n} {v['f1']:.3f}" for n, v in vd.items() if v["f1"] is not None)
            + f"; contrastive benign flagged {benign_rate(z, va, vb):.4f}", log)
    ztune = Xtune @ W[:, cat_first:] + bias[cat_first:]
    cat_a, cat_b, cat_dev = calibrate(ztune)
    _log("category heads, tuning-pool F1: " + ", ".join(
        f"{n} {v['f1']:.3f}" if v["f1"] is not None else f"{n} - ({v['positives']} positives)"
        for n, v in cat_dev.items())
        + f"; contrastive benign flagged {benign_rate(ztune, cat_a, cat_b):.4f}", log)

    # ---- review-surface spam heads (binary + type), ViSpamReviews sense
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
    zdev = Xs["dev"] @ W + bias
    # spam score = mix of the binary logit and the type head's "any spam type" logit
    zb, zt = zdev[:, 3], spam_type_logit(zdev)
    mix = [1.0 / float(zb.std() or 1.0), 1.0 / float(zt.std() or 1.0)]
    sa, sb = fit_platt(mix[0] * zb + mix[1] * zt, spm["dev"].y)
    ps = 1 / (1 + np.exp(-spam_logit(zdev, mix, sa, sb, [0.0, 0.0])))
    best_thr, best = 0.5, -1.0
    for thr in np.linspace(0.2, 0.8, 61):
        f1 = macro_f1(spm["dev"].y, (ps >= thr).astype(int), 2)
        if f1 > best:
            best, best_thr = f1, float(thr)
    # fold the tuned threshold into the Platt intercept so that spam >= 0.5 <=> decision
    sb -= float(np.log(best_thr / (1 - best_thr)))
    _log(f"review-spam head: dev macro-F1 {best:.4f} at p>={best_thr:.2f}", log)
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
    rows_: list[int] = []
    cols_: list[int] = []
    for row, fl in enumerate(feats):
        for name in fl:
            j = tv.get(name)
            if j is not None:
                rows_.append(row)
                cols_.append(j)
    Xt = sp.csr_matrix((np.ones(len(rows_)), (rows_, cols_)),
                       shape=(len(feats), len(tok_vocab)))
    Xt.data[:] = 1.0  # binary
    lrk = LogisticRegression(C=cfg.C_tok, max_iter=3000)
    lrk.fit(Xt, np.array(ys))
    _log(f"span head: {len(feats)} tokens, {len(tok_vocab)} features", log)

    meta: dict[str, Any] = {
        "format": FORMAT,
        "version": "",
        "labels": list(LABELS),
        "categories_order": list(CATEGORIES),
        "head_columns": list(HEAD_COLUMNS),
        "calibration": {"temperature": T, "class_bias": list(map(float, cb)),
                        "label_bias": list(map(float, dbias)),
                        "spam_a": sa, "spam_b": sb, "spam_mix": mix,
                        "review_gate": [0.0, 0.0]},
        "categories": {"a": cat_a, "b": cat_b},
        "fuse_categories": cfg.fuse_categories,
        "review_spam": {"a": sa, "b": sb},
        "spamtype_bias": list(map(float, tbias)),
        "tok_b": float(lrk.intercept_[0]),
        "tok_threshold": 0.5,
        "char_ranges": [list(r) for r in CHAR_RANGES],
        "raw_range": list(RAW_RANGE),
        "config": {k: (str(v) if isinstance(v, Path) else v) for k, v in cfg.__dict__.items()},
        "trained_at": _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "train_rows": dict(counts),
        "dev": {"vihsd_oof_macro_f1": dev_f1, "vispam_macro_f1": best,
                "categories": cat_dev},
    }
    offs = np.cumsum([0] + [len(g) for g in vocabs])
    arrays = {
        "W": {v: W[offs[k]: offs[k + 1]].astype(np.float32) for k, v in enumerate(VIEWS)},
        "bias": bias.astype(np.float32),
        "tok_W": lrk.coef_[0].astype(np.float32),
    }
    save_model(out_dir, meta, dict(zip(VIEWS, vocabs, strict=True)),
               dict(zip(VIEWS, idfs, strict=True)), arrays, lexicon_list, tok_vocab)

    # ---- span threshold on ViHOS dev, with the label gate of the saved model
    model = Model.load(out_dir)
    thr, span_dev = tune_span_threshold(model, hos["dev"])
    meta["tok_threshold"] = thr
    meta["dev"]["vihos_span_f1"] = span_dev
    _log(f"span head: dev span F1 {span_dev:.4f} at token p>={thr:.2f}", log)
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    _log(f"trained in {time.time() - t0:.1f}s -> {out_dir} ({meta['version']})", log)
    return meta


def tune_span_threshold(model: Model, corpus: Corpus) -> tuple[float, float]:
    logits = model.doc_logits(corpus.prepared)
    labels = model.labels_from_probs(model.label_probs(logits))
    abuse = [CATEGORIES.index(c) for c in ABUSE]
    labels = labels + (model.category_probs(logits)[:, abuse].max(axis=1) >= 0.5)
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
        # float16 halves the model (relative error ~5e-4 on a weight: far below what
        # separates two training runs); loaded back as float32
        w16 = arrays["W"][v].astype(np.float16)
        np.save(out_dir / f"W_{v}.npy", w16, allow_pickle=False)
        h.update(w16.tobytes())
    np.save(out_dir / "bias.npy", arrays["bias"], allow_pickle=False)
    np.save(out_dir / "tok_W.npy", arrays["tok_W"], allow_pickle=False)
    h.update(arrays["tok_W"].tobytes())
    # the calibration too: two runs with the same weights but different scales differ
    h.update(json.dumps([meta.get("calibration"), meta.get("categories")],
                        sort_keys=True).encode("utf-8"))
    (out_dir / "lexicon.json").write_text(json.dumps(lexicon, ensure_ascii=False),
                                          encoding="utf-8")
    (out_dir / "tok_vocab.json").write_text(json.dumps(tok_vocab, ensure_ascii=False),
                                            encoding="utf-8")
    meta["version"] = f"vimod-detect-{meta['trained_at'][:10]}-{h.hexdigest()[:8]}"
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
