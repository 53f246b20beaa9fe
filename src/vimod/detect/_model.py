"""Inference for a trained detector directory: JSON + ``.npy`` only (never pickle).

Directory layout (written by ``_train.save_model``)::

    meta.json           version, format, labels, thresholds, calibration, sizes
    lexicon.json        abusive phrases mined from ViHOS training spans
    vocab_{c,f,w,r}.json  gram lists of the four document views (id = position + 1)
    idf_{c,f,w,r}.npy     idf per gram (float32)
    W_{c,f,w,r}.npy       weights per gram (float16 from format 4, float32 before),
                          columns = meta["head_columns"]
                          (HEAD_COLUMNS from format 4; view r is absent from format 1-2
                          models: read as empty)
    bias.npy            intercepts, columns = HEAD_COLUMNS
    tok_vocab.json      span-head feature names (id = position + 1)
    tok_W.npy           span-head weights (float32), tok_b in meta.json
"""

from __future__ import annotations

import json
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from vimod.detect._civic import is_counter_speech, names_identity_group
from vimod.detect._evidence import ordered_targets
from vimod.detect._features import (
    CHAR_RANGES,
    RAW_RANGE,
    VIEWS,
    CharGramCodes,
    TokenFeatureIds,
    WordGramCodes,
    padded_words,
    tfidf_scores_coo,
)
from vimod.detect._prep import Prepared, prepare
from vimod.detect._types import CATEGORIES, LABELS, Detection, empty_categories
from vimod.errors import ModelError

#: Longer texts are cut to this many characters before scoring (spans still refer to the
#: original offsets, which are all inside the kept prefix). Keeps latency bounded.
MAX_CHARS = 5000

# Columns of the document weight matrices (format 3): label logits, review-spam logit,
# spam-type logits, and the log-odds that the text is a product review.
OLD_COLUMNS = ("CLEAN", "OFFENSIVE", "HATE", "SPAM", "T0", "T1", "T2", "T3", "REVIEW")
# Format 4: label logits, the ViSpamReviews heads (review surface only), one binary
# logit per moderation category.
HEAD_COLUMNS = ("CLEAN", "OFFENSIVE", "HATE", "SPAM", "T0", "T1", "T2", "T3",
                *("cat:" + c for c in CATEGORIES))
FORMAT = 4
_CHUNK = 1024
_NOTHING = {"CLEAN": 1.0, "OFFENSIVE": 0.0, "HATE": 0.0}
#: categories whose words the span head marks (the others have no abusive words)
ABUSE = ("identity_attack", "insult", "profanity", "threat", "sexual")
REVIEW_SURFACE = "review"


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def spam_logit(
    logits: np.ndarray, mix: list[float], a: float, b: float, gate: list[float]
) -> np.ndarray:
    """Calibrated spam log-odds, gated by the review-domain probability: "spam" means "not a
    genuine product review", which is meaningless for a forum comment, so a text that does
    not look like a review gets ``c * log sigmoid(review_logit + k)`` added, with
    ``gate = (c, k)`` chosen on dev (a forum insult is not "spam")."""
    z = mix[0] * logits[:, 3] + mix[1] * spam_type_logit(logits)
    if not gate[0]:
        return a * z + b
    log_review = -np.logaddexp(0.0, -(logits[:, 8] + gate[1]))  # log sigmoid
    return a * z + b + gate[0] * log_review


def spam_type_logit(logits: np.ndarray) -> np.ndarray:
    """The spam-type head's log-odds of "any spam type" against "not spam"."""
    t = logits[:, 5:8]
    m = t.max(axis=1)
    return m + np.log(np.exp(t - m[:, None]).sum(axis=1)) - logits[:, 4]


class Model:
    """Holds the arrays of one model directory and scores prepared texts."""

    def __init__(self, meta: dict[str, Any], arrays: dict[str, Any]) -> None:
        self.meta = meta
        self.version = meta["version"]
        self.lexicon: dict[str, int] = arrays["lexicon"]
        self.vocab: dict[str, dict[str, int]] = arrays["vocab"]
        self.idf: dict[str, np.ndarray] = arrays["idf"]
        self.W: dict[str, np.ndarray] = arrays["W"]
        self.bias: np.ndarray = arrays["bias"]
        self.format = int(meta["format"])
        if self.bias.shape[0] == len(OLD_COLUMNS) - 1:  # format 1: no review-domain gate
            self.W = {v: np.pad(w, ((0, 0), (0, 1))) for v, w in self.W.items()}
            self.bias = np.append(self.bias, np.float32(50.0))
        # the views stacked (c, f, w, r) so that one sparse pass scores them all; self.W
        # keeps per-view views into the stacked array (no copy)
        sizes = [len(self.idf[v]) for v in VIEWS]
        self.view_starts = tuple(int(x) for x in np.cumsum([0, *sizes[:-1]]))
        self.idf_all = np.concatenate([self.idf[v] for v in VIEWS])
        self.W_all = np.concatenate([self.W[v] for v in VIEWS])
        self.W = {v: self.W_all[a : a + k] for v, a, k in
                  zip(VIEWS, self.view_starts, sizes, strict=True)}
        self.tok_vocab: dict[str, int] = arrays["tok_vocab"]
        self.tok_W: np.ndarray = arrays["tok_W"]
        self.token_ids = TokenFeatureIds(self.tok_vocab, self.lexicon)
        cal = meta["calibration"]
        self.temperature = float(cal["temperature"])
        self.cal_bias = np.asarray(cal["class_bias"], dtype=np.float64)
        # format <= 3 tuned a decision bias for macro-F1 and applied it to the label only;
        # it is now folded into the scores (format 4 stores it in calibration.label_bias),
        # so that label == argmax(scores) always
        self.label_bias = np.asarray(cal.get("label_bias", meta.get("decision_bias", [0, 0, 0])),
                                     dtype=np.float64)
        self.spam_a, self.spam_b = float(cal["spam_a"]), float(cal["spam_b"])
        self.spam_mix = [float(x) for x in cal.get("spam_mix", [1.0, 0.0])]
        self.review_gate = [float(x) for x in cal.get("review_gate", [0.0, 0.0])]
        self.spamtype_bias = np.asarray(meta.get("spamtype_bias", [0, 0, 0, 0]), dtype=float)
        cats = meta.get("categories")
        self.cat_first = HEAD_COLUMNS.index("cat:" + CATEGORIES[0]) if cats else -1
        self.cat_a = np.asarray(cats["a"] if cats else [], dtype=np.float64)
        self.cat_b = np.asarray(cats["b"] if cats else [], dtype=np.float64)
        rs = meta.get("review_spam", {})
        self.review_a = float(rs.get("a", self.spam_a))
        self.review_b = float(rs.get("b", self.spam_b))
        self.tok_b = float(meta["tok_b"])
        self.tok_threshold = float(meta["tok_threshold"])
        self.char_ranges = tuple(tuple(r) for r in meta.get("char_ranges", CHAR_RANGES))
        self.char_ids = (
            CharGramCodes(self.vocab["c"], *self.char_ranges[0]),
            CharGramCodes(self.vocab["f"], *self.char_ranges[1]),
        )
        self.word_ids = WordGramCodes(self.vocab["w"], self.lexicon)
        raw_range = tuple(meta.get("raw_range", RAW_RANGE))
        self.raw_ids = CharGramCodes(self.vocab["r"], *raw_range) if self.vocab["r"] else None
        # the character views: (codes, Prepared attribute they read, first column); view r
        # only when the model has one (format 1-2 models do not)
        starts = dict(zip(VIEWS, self.view_starts, strict=True))
        # format 4 reads view f from the as-typed folded text; older models the folded one
        f_attr = "asis" if self.format >= 4 else "folded"
        self.char_views = [(self.char_ids[0], "text", starts["c"]),
                           (self.char_ids[1], f_attr, starts["f"])]
        if self.raw_ids is not None:
            self.char_views.append((self.raw_ids, "raw", starts["r"]))
        #: "HATE needs an identity" rule (see _civic.py); off only to measure what it costs
        self.identity_rule = True
        #: raise the label scores to agree with the categories that fire (format 4)
        self.fuse = bool(meta.get("fuse_categories", False)) and self.cat_first >= 0

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, directory: Path) -> Model:
        try:
            meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") not in (1, 2, 3, FORMAT):
                raise ModelError(f"{directory}: model format {meta.get('format')!r}, need {FORMAT}")
            arrays: dict[str, Any] = {"vocab": {}, "idf": {}, "W": {}}
            for v in VIEWS:
                if v == "r" and not (directory / "vocab_r.json").exists():  # format 1-2
                    arrays["vocab"][v], arrays["idf"][v] = {}, np.zeros(0, np.float32)
                    arrays["W"][v] = np.zeros((0, arrays["W"]["c"].shape[1]), np.float32)
                    continue
                grams = json.loads((directory / f"vocab_{v}.json").read_text(encoding="utf-8"))
                arrays["vocab"][v] = dict(zip(grams, range(1, len(grams) + 1), strict=True))
                arrays["idf"][v] = np.load(directory / f"idf_{v}.npy", allow_pickle=False)
                arrays["W"][v] = np.load(directory / f"W_{v}.npy",
                                         allow_pickle=False).astype(np.float32)
                if not (len(grams) == len(arrays["idf"][v]) == arrays["W"][v].shape[0]):
                    raise ModelError(f"{directory}: view {v!r} arrays disagree in size")
            arrays["bias"] = np.load(directory / "bias.npy", allow_pickle=False)
            lex = json.loads((directory / "lexicon.json").read_text(encoding="utf-8"))
            arrays["lexicon"] = {p: 1 for p in lex}
            tok = json.loads((directory / "tok_vocab.json").read_text(encoding="utf-8"))
            arrays["tok_vocab"] = dict(zip(tok, range(1, len(tok) + 1), strict=True))
            arrays["tok_W"] = np.load(directory / "tok_W.npy", allow_pickle=False)
        except ModelError:
            raise
        except (OSError, ValueError, KeyError) as e:
            raise ModelError(f"cannot load model from {directory}: {e}") from e
        return cls(meta, arrays)

    # ---------------------------------------------------------------- scoring
    def doc_logits(self, prepared: list[Prepared]) -> np.ndarray:
        """Raw logits, one row per text, columns = ``HEAD_COLUMNS``."""
        if len(prepared) > _CHUNK:  # bound the temporary arrays for huge batches
            return np.vstack(
                [self.doc_logits(prepared[i : i + _CHUNK]) for i in range(0, len(prepared), _CHUNK)]
            )
        n = len(prepared)
        docs, cols = [], []
        for grams, attr, start in self.char_views:
            doc, col = grams([padded_words(getattr(p, attr)) for p in prepared])
            docs.append(doc)
            cols.append(col + start)
        doc, col = self.word_ids(prepared)
        docs.append(doc)
        cols.append(col + self.view_starts[2])
        # the four views in one pass over the stacked idf / weights
        out = tfidf_scores_coo(np.concatenate(docs), np.concatenate(cols), n, self.idf_all,
                               self.W_all, self.view_starts)
        out += self.bias.astype(np.float64)
        return out

    def label_probs(self, logits: np.ndarray) -> np.ndarray:
        """The label scores: calibrated (temperature + class bias) and re-weighted by the
        macro-F1 class bias, one softmax; the label is their argmax."""
        return _softmax(logits[:, :3] / self.temperature + self.cal_bias + self.label_bias)

    def labels_from_probs(self, probs: np.ndarray) -> np.ndarray:
        return np.argmax(probs, axis=1)

    def spam_probs(self, logits: np.ndarray) -> np.ndarray:
        """Forum-sense spam for format <= 3 models (the gated review-spam head)."""
        return _sigmoid(
            spam_logit(logits, self.spam_mix, self.spam_a, self.spam_b, self.review_gate)
        )

    def review_spam_probs(self, logits: np.ndarray) -> np.ndarray:
        """ViSpamReviews sense ("not a genuine product review"), for the review surface."""
        if self.format < 4:
            return self.spam_probs(logits)
        return _sigmoid(spam_logit(logits, self.spam_mix, self.review_a, self.review_b,
                                   [0.0, 0.0]))

    def category_probs(self, logits: np.ndarray) -> np.ndarray:
        """One calibrated probability per category (columns = CATEGORIES)."""
        if self.cat_first < 0:
            return np.zeros((len(logits), len(CATEGORIES)))
        z = logits[:, self.cat_first : self.cat_first + len(CATEGORIES)]
        return _sigmoid(z * self.cat_a + self.cat_b)

    def spam_types(self, logits: np.ndarray) -> np.ndarray:
        return np.argmax(logits[:, 4:8] + self.spamtype_bias, axis=1)

    def token_probs(self, p: Prepared) -> list[float]:
        return self.token_probs_many([p])[0]

    def token_probs_many(self, prepared: list[Prepared]) -> list[list[float]]:
        """Span-head probability of every token of each text; one numpy pass for all."""
        ids = [x for p in prepared for x in self.token_ids(p)]
        if not ids:
            return [[] for _ in prepared]
        seg = np.repeat(np.arange(len(ids)), [len(x) for x in ids])
        flat = np.fromiter(chain.from_iterable(ids), dtype=np.int64, count=len(seg)) - 1
        z = np.bincount(seg, weights=self.tok_W[flat], minlength=len(ids))
        probs = _sigmoid(z + self.tok_b).tolist()
        out, k = [], 0
        for p in prepared:
            out.append(probs[k : k + len(p.tokens)])
            k += len(p.tokens)
        return out

    def spans(self, p: Prepared, original: str, threshold: float | None = None,
              probs: list[float] | None = None) -> list[dict]:
        """Abusive spans on the ORIGINAL text: flagged tokens, adjacent ones merged."""
        thr = self.tok_threshold if threshold is None else threshold
        if probs is None:
            probs = self.token_probs_many([p])[0]
        out: list[list[int]] = []
        cur: list[int] | None = None
        for (a, b), pr in zip(p.tokens, probs, strict=True):
            if pr < thr:
                if cur is not None:
                    out.append(cur)
                    cur = None
                continue
            oa, ob = p.to_original(a, b)
            if cur is not None and original[cur[1] : oa].strip() == "":
                cur[1] = max(cur[1], ob)  # merge over the whitespace between tokens
            else:
                if cur is not None:
                    out.append(cur)
                cur = [oa, ob]
        if cur is not None:
            out.append(cur)
        return [{"start": a, "end": b, "text": original[a:b]} for a, b in out if b > a]

    def predict(self, texts: list[str], surfaces: list[str | None] | None = None
                ) -> list[Detection]:
        if not texts:
            return []
        if surfaces is None:
            surfaces = [None] * len(texts)
        if len(texts) > _CHUNK:  # bounded memory for huge batches
            out: list[Detection] = []
            for i in range(0, len(texts), _CHUNK):
                out += self.predict(texts[i : i + _CHUNK], surfaces[i : i + _CHUNK])
            return out
        clipped = [t[:MAX_CHARS] for t in texts]
        prepared = [prepare(t) for t in clipped]
        logits = self.doc_logits(prepared)
        probs = self.label_probs(logits)
        cats = self.category_probs(logits).tolist()
        old_format = self.cat_first < 0
        if old_format:
            forum_spam = self.spam_probs(logits).tolist()
        if REVIEW_SURFACE in surfaces:
            review_spam = self.review_spam_probs(logits).tolist()
        # plain Python numbers from here on: per-text numpy scalar access is slow
        verdicts: list[tuple[list[float], list[float]] | None] = []
        for p, pr, cat in zip(prepared, probs.tolist(), cats, strict=True):
            if not p.text.strip():
                verdicts.append(None)  # nothing to judge (empty, or only dropped characters)
                continue
            nf = p.norm.folded
            # = hate_needs_identity(text, folded), with the target search done in prepare()
            if self.identity_rule and (pr[2] >= 0.01 or cat[0] >= 0.01):
                no_identity = p.targets and not names_identity_group(nf)
                if no_identity or is_counter_speech(nf):
                    # power is not an identity; quoting to condemn is not hate (_civic.py):
                    # HATE's mass goes to OFFENSIVE, identity_attack's to insult
                    pr = [pr[0], pr[1] + pr[2], 0.0]
                    cat = [0.0, max(cat[1], cat[0]), *cat[2:]]
            if self.fuse:
                pr = agree_with_categories(pr, cat)
            verdicts.append((pr, cat))
        # the span head runs on the flagged texts only, all of them in one pass
        flagged = [i for i, v in enumerate(verdicts)
                   if v is not None and (v[0][0] < max(v[0][1], v[0][2])
                                         or max(v[1][k] for k in _ABUSE_IDX) >= 0.5)]
        tok_probs = dict(zip(flagged, self.token_probs_many([prepared[i] for i in flagged]),
                             strict=True))
        out = []
        for i, v in enumerate(verdicts):
            if v is None:
                out.append(Detection("CLEAN", dict(_NOTHING), 0.0, [], self.version,
                                     empty_categories(), []))
                continue
            pr, cat = v
            p = prepared[i]
            lab = LABELS[max(range(3), key=pr.__getitem__)]
            categories = dict(zip(CATEGORIES, cat, strict=True))
            spans: list[dict] = []
            tp = tok_probs.get(i)
            if tp is not None:
                # the most likely abuse category; "insult" when only the label flags it
                kind = max(ABUSE, key=categories.__getitem__)
                if categories[kind] < 0.5:
                    kind = "insult"
                spans = [{**s, "category": kind}
                         for s in self.spans(p, clipped[i], probs=tp)]
            if cat[_PD] >= 0.5 and p.evidence.pd:
                spans += [{"start": a, "end": b, "text": clipped[i][a:b],
                           "category": "personal_data"} for a, b, _k in p.evidence.pd]
                spans.sort(key=lambda s: (s["start"], s["end"]))
            targets = ordered_targets(p.evidence.targets) if cat[0] >= 0.5 else []
            if old_format:  # no forum-spam category head: the gated review-spam head
                categories["spam"] = forum_spam[i]
            spam = review_spam[i] if surfaces[i] == REVIEW_SURFACE else categories["spam"]
            out.append(Detection(lab, dict(zip(LABELS, pr, strict=True)), spam, spans,
                                 self.version, categories, targets))
        return out


def agree_with_categories(pr: list[float], cat: list[float]) -> list[float]:
    """The label scores, raised where needed so that the label agrees with the categories
    that fire (the summary rule of the team data sets): P(HATE) >= max(identity_attack,
    threat) when that is >= 0.5, and P(OFFENSIVE) + P(HATE) >= max(insult, profanity,
    sexual) when that is >= 0.5; the rest keeps its proportions. Nothing fires: unchanged."""
    h = max(cat[_IA], cat[_THREAT])
    o = max(cat[_INSULT], cat[_PROFANITY], cat[_SEXUAL])
    c0, c1, c2 = pr
    if h >= 0.5 and c2 < h:
        rest = c0 + c1
        scale = (1.0 - h) / rest if rest > 0 else 0.0
        c0, c1, c2 = c0 * scale, c1 * scale, h
    if o >= 0.5 and c1 + c2 < o:
        c1, c0 = o - c2, 1.0 - o
    return [c0, c1, c2]


_IA, _INSULT, _PROFANITY, _THREAT, _SEXUAL = (CATEGORIES.index(c) for c in (
    "identity_attack", "insult", "profanity", "threat", "sexual"))
_ABUSE_IDX = tuple(CATEGORIES.index(c) for c in ABUSE)
_PD = CATEGORIES.index("personal_data")
_SPAM = CATEGORIES.index("spam")
