"""Learn the normaliser's lexicon from the corpora and write ``vimod/text/data/lexicon.json``.

    python -m vimod.text.learn --data ../shared/data         # ~10 s: held-out dev ERR, write
    python -m vimod.text.learn --data ../shared/data --tune  # ~15 min: grid first

What is learned (words only, never sentences):

* ``teencode`` — from the ViLexNorm pairs whose original and gold have the same number
  of words, word ``i`` of the original is aligned to word ``i`` of the gold. A form is
  rewritten context-free when its most frequent rewrite makes up at least ``min_ratio``
  of its occurrences and was seen ``min_count`` times (``real_min_count`` times when the
  form is itself a word of the gold side);
* ``context`` — forms that are rewritten differently in different places (``k`` is
  ``không`` but also ``k``; ``a`` is ``anh`` or ``a``; ``m`` is ``mày``/``mình``/``m``)
  get a small logistic regression over their neighbours and the words around them
  (``vimod.text._lexicon.context_features``), stored as plain weights;
* ``tone_style`` — for the words spelled with ``oa``/``oe``/``uy``, whether the corpora
  write the tone on the first vowel (``khỏe``) more often than on the second (``khoẻ``);
* ``accents`` — the thresholds of the ``restore_accents`` stage;
* ``vocab`` — the gold side of ViLexNorm train, plus the syllables of ViHSD, ViHOS and
  ViSpamReviews (train splits) that are well-formed Vietnamese syllables seen at least
  ``min_vocab`` times.

The thresholds are chosen by ``--tune`` (the defaults of ``Params`` are the chosen
values): each setting is scored on dev with a train-only lexicon and by 2-fold
cross-validation inside train, and the mean decides. The shipped lexicon is
then learned with those thresholds from train+dev (``--splits``). The test split is never
read here; only ``bench/bench_vilexnorm.py`` scores it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vimod.corpora import NormPair, read_vihos, read_vihsd, read_vilexnorm, read_vispam
from vimod.text._lexicon import LEXICON_FILE, _parse, context_features
from vimod.text._spelling import is_syllable
from vimod.text._tone import canonical_tone
from vimod.text._unicode import clean_chars
from vimod.text.evaluate import err_score, protocol_tokens


def prep(word: str) -> str:
    """A protocol token as the normaliser sees it before its dictionary."""
    return canonical_tone(clean_chars(word)[0])


@dataclass(frozen=True)
class Params:
    min_count: int = 1
    min_ratio: float = 0.5
    ctx_min_total: int = 4
    ctx_max_ratio: float = 0.97
    ctx_min_cand: int = 2
    c: float = 3.0
    min_vocab: int = 3
    real_word_count: int = 1
    real_min_count: int = 3
    accent_max_count: int = 3
    accent_ratio: float = 50.0


def aligned_words(pairs: Iterable[NormPair]) -> list[list[tuple[str, str]]]:
    """Word-aligned sentences: the pairs whose original and gold have the same number of
    words, word ``i`` with word ``i``. (Aligning the other pairs with ``difflib`` and
    keeping their one-to-one stretches was tried and lowered dev ERR.)"""
    out = []
    for p in pairs:
        o = protocol_tokens(p.original)
        g = protocol_tokens(p.normalized)
        if len(o) == len(g) and o:
            out.append([(prep(a), prep(b)) for a, b in zip(o, g, strict=True)])
    return out


def corpus_vocab(data_dir: str | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    texts: list[str] = []
    texts += [r.text for r in read_vihsd("train", data_dir)]
    texts += [r.text for r in read_vihos("train", data_dir)]
    texts += [r.text for r in read_vispam("train", data_dir)]
    for t in texts:
        for w in protocol_tokens(t):
            counts[w] += 1
    return Counter({prep(w): c for w, c in counts.items() if is_syllable(w)})


def tone_styles(data_dir: str | None, train: Iterable[NormPair]) -> dict[str, str]:
    """Which of ``hoà``/``hòa`` to write, word by word: the second-vowel form (the rule of
    ``canonical_tone``) unless the corpora write the word the other way more often."""
    raw: Counter[str] = Counter()
    texts = [p.normalized for p in train]
    texts += [r.text for r in read_vihsd("train", data_dir)]
    texts += [r.text for r in read_vihos("train", data_dir)]
    texts += [r.text for r in read_vispam("train", data_dir)]
    for t in texts:
        raw.update(clean_chars(w)[0] for w in protocol_tokens(t))
    styles = {}
    for w, n in raw.items():
        if len(w) > 7 or not w.isalpha():
            continue
        rule = canonical_tone(w)
        if rule != w and n > raw.get(rule, 0):
            styles[rule] = w
    return dict(sorted(styles.items()))


def build(
    sentences: list[list[tuple[str, str]]],
    extra_vocab: Counter[str],
    params: Params,
    styles: dict[str, str] | None = None,
) -> dict:
    pair_counts: dict[str, Counter[str]] = defaultdict(Counter)
    gold_vocab: Counter[str] = Counter()
    for sent in sentences:
        for src, tgt in sent:
            pair_counts[src][tgt] += 1
            gold_vocab[tgt] += 1

    teencode: dict[str, str] = {}
    ambiguous: dict[str, list[str]] = {}
    for src, cands in pair_counts.items():
        total = sum(cands.values())
        best, n_best = cands.most_common(1)[0]
        frequent = [c for c, n in cands.items() if n >= params.ctx_min_cand]
        if (
            total >= params.ctx_min_total
            and n_best / total < params.ctx_max_ratio
            and len(frequent) >= 2
        ):
            ambiguous[src] = frequent
        elif best != src and n_best / total >= params.min_ratio:
            # a form that is itself a real word (seen on the clean side) needs more evidence
            real = gold_vocab[src] >= params.real_word_count
            if n_best >= (params.real_min_count if real else params.min_count):
                teencode[src] = best

    context = {
        src: _fit_context(src, cands, sentences, params) for src, cands in ambiguous.items()
    }

    vocab: Counter[str] = Counter()
    for w, c in gold_vocab.items():
        if w not in teencode and w not in ambiguous:
            vocab[w] += c
    # forms the annotators left alone often enough are words as far as we are concerned
    for w, cands in pair_counts.items():
        if w not in teencode and w not in ambiguous and cands.most_common(1)[0][0] == w:
            vocab[w] += 0 if w in vocab else cands[w]
    for w, c in extra_vocab.items():
        if c >= params.min_vocab and w not in teencode and w not in ambiguous:
            vocab[w] += c
    return {
        "version": "vilexnorm-train-1",
        "params": params.__dict__,
        "vocab": dict(sorted(vocab.items(), key=lambda kv: (-kv[1], kv[0]))),
        "teencode": dict(sorted(teencode.items())),
        "tone_style": styles or {},
        "accents": {"max_count": params.accent_max_count, "ratio": params.accent_ratio},
        "clean": dict(sorted(gold_vocab.items(), key=lambda kv: (-kv[1], kv[0]))),
        "context": context,
    }


def _fit_context(
    src: str, cands: list[str], sentences: list[list[tuple[str, str]]], params: Params
) -> dict:
    """A logistic regression over ``context_features`` for one ambiguous form."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows: list[dict[str, int]] = []
    labels: list[str] = []
    for sent in sentences:
        forms = [s for s, _ in sent]
        for i, (s, t) in enumerate(sent):
            if s == src and t in cands:
                rows.append(dict.fromkeys(context_features(forms, i), 1))
                labels.append(t)
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    model = LogisticRegression(C=params.c, max_iter=1000)
    model.fit(x, labels)
    classes = [str(c) for c in model.classes_]
    coef = model.coef_
    intercept = model.intercept_
    if len(classes) == 2:  # sklearn keeps one row for two classes
        coef = [[0.0] * coef.shape[1], coef[0]]
        intercept = [0.0, intercept[0]]
    weights: dict[str, list[float]] = {}
    for j, name in enumerate(vec.feature_names_):
        w = [round(float(row[j]), 3) for row in coef]
        if any(abs(v) >= 0.01 for v in w):
            weights[name] = w
    return {
        "classes": classes,
        "intercept": [round(float(v), 3) for v in intercept],
        "weights": weights,
    }


def score(lexicon: dict, pairs: list[NormPair]) -> float:
    from vimod.text._normalize import normalizer_for

    run = normalizer_for(_parse(lexicon))
    return err_score(pairs, lambda s: run(s).text).err


def _tune(
    train: list[NormPair],
    extra: Counter[str],
    styles: dict[str, str],
    dev: list[NormPair],
    data_dir: str | None,
) -> Params:
    """Grid over the thresholds. Each setting is scored three ways and the mean decides:
    train-only lexicon on dev, and 2-fold cross-validation inside train (each half learns,
    the other half scores). Dev alone has ~1,500 words to change; a choice made on it
    alone over-fitted (the accents stage), the folds add ~12,000 more."""
    halves = [train[0::2], train[1::2]]
    fold_data = [
        (aligned_words(halves[k]), tone_styles(data_dir, halves[k]), halves[1 - k])
        for k in range(2)
    ]
    sentences = aligned_words(train)
    best = (-1.0, Params())
    for min_ratio in (0.5, 0.6, 0.7):
        for c in (1.0, 3.0):
            for accent_max_count, accent_ratio in ((0, 50.0), (3, 50.0), (10, 20.0)):
                p = Params(
                    min_ratio=min_ratio,
                    c=c,
                    accent_max_count=accent_max_count,
                    accent_ratio=accent_ratio,
                )
                scores = [score(build(sentences, extra, p, styles), dev)]
                for fit, fit_styles, val in fold_data:
                    scores.append(score(build(fit, extra, p, fit_styles), val))
                mean = sum(scores) / len(scores)
                shown = " ".join(f"{x:.4f}" for x in scores)
                print(f"mean {mean:.4f} (dev, fold1, fold2: {shown}) {p}", flush=True)
                if mean > best[0]:
                    best = (mean, p)
    print(f"best: mean {best[0]:.4f} {best[1]}")
    return best[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m vimod.text.learn", description=__doc__)
    ap.add_argument("--data", default=None, help="folder holding vilexnorm/, vihsd/ ...")
    ap.add_argument(
        "--out",
        default=str(Path(__file__).parent / "data" / LEXICON_FILE),
        help="where to write the lexicon",
    )
    ap.add_argument("--tune", action="store_true", help="grid-search the thresholds on dev")
    ap.add_argument(
        "--splits",
        default="train,dev",
        help="ViLexNorm splits to learn the shipped lexicon from (thresholds are always "
        "chosen with train alone, scored on dev); default train,dev",
    )
    args = ap.parse_args(argv)

    train = read_vilexnorm("train", args.data)
    sentences = aligned_words(train)
    extra = corpus_vocab(args.data)
    styles = tone_styles(args.data, train)
    dev = read_vilexnorm("dev", args.data)
    params = Params()
    if args.tune:
        params = _tune(train, extra, styles, dev, args.data)
    tuned = build(sentences, extra, params, styles)
    print(f"learned from train only: dev ERR {score(tuned, dev):.4f} (held out)")
    splits = [x.strip() for x in args.splits.split(",") if x.strip()]
    if "test" in splits:
        ap.error("the test split is for the benchmark only")
    if splits != ["train"]:
        pairs = [p for split in splits for p in read_vilexnorm(split, args.data)]
        lexicon = build(aligned_words(pairs), extra, params, tone_styles(args.data, pairs))
    else:
        lexicon = tuned
    lexicon["version"] = "vilexnorm-" + "+".join(splits) + "-1"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(
        json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(
        f"wrote {args.out} (learned from {'+'.join(splits)}): {len(lexicon['vocab'])} vocab, "
        f"{len(lexicon['teencode'])} teencode, {len(lexicon['context'])} context forms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
