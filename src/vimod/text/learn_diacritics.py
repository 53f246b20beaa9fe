"""Learn the diacritic-restoration tables from VietNews (train) and ViLexNorm (train).

    nice .venv/bin/python -m vimod.text.learn_diacritics --data ../shared/data  # ~10 min

Writes ``vimod/text/data/diacritics.json`` and ``diacritics_*.npy`` (statistics only,
never sentences; no pickle):

* ``syllables`` (JSON list) — the accented syllables seen at least ``--min-syllable``
  times, lower-case, tone mark placed by ``canonical_tone``;
* ``diacritics_news_uni.npy`` / ``diacritics_social_uni.npy`` — their counts in VietNews
  train and in the social corpus (the gold side of ViLexNorm train, plus the ViHSD, ViHOS
  and ViSpamReviews train comments that are written with accents);
* ``diacritics_news_bi_keys.npy`` + ``..._counts.npy`` — bigram counts of adjacent
  syllables (``left * len(syllables) + right``, sorted), pruned to ``--min-bigram``;
  the same for the social corpus (``diacritics_social_bi_*``, pruned to 1);
* ``tokens`` (JSON) — non-syllable tokens (units, English words, codes: ``m``, ``of``,
  ``km``) with their VietNews counts, so that the normaliser can tell a word of formal
  text from teencode.

VietNews test and dev are never read here (``bench/bench_normalize_ordinary.py`` and the
restoration benchmark read them). ``--max-lines`` learns from the first N lines of train.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from vimod.corpora import find_data_dir, read_vihos, read_vihsd, read_vilexnorm, read_vispam
from vimod.text._spelling import is_syllable
from vimod.text._tone import FOLD_TABLE, canonical_tone

DATA_DIR = Path(__file__).parent / "data"
TABLES_FILE = "diacritics.json"
VERSION = "vietnews-train+vilexnorm-train-1"


class _Syllables:
    """Token -> canonical lower-case syllable, or None (cached: the news has ~200k types).
    ``placements`` counts, for the syllables whose tone mark can sit on either vowel of
    ``oa``/``oe``/``uy``, how often each placement is written."""

    def __init__(self) -> None:
        self.cache: dict[str, str | None] = {}
        self.placements: Counter[str] = Counter()
        self.count_placements = True

    def __call__(self, token: str) -> str | None:
        got = self.cache.get(token, "")
        if got != "":
            if got is not None and self.count_placements and got in self.two_way:
                self.placements[self.raw[token]] += 1
            return got
        raw = unicodedata.normalize("NFC", token).lower()
        t = canonical_tone(raw)
        out = t if t.isalpha() and len(t) <= 7 and is_syllable(t) else None
        self.cache[token] = out
        if out is not None and (raw != t or _FIRST_VOWEL.search(t)):
            self.two_way.add(t)
            self.raw[token] = raw
            if self.count_placements:
                self.placements[raw] += 1
        return out

    two_way: set[str] = set()
    raw: dict[str, str] = {}


# canonical (second-vowel) placements that could also be written on the first vowel:
# a toned a/e after o, a toned y after u, at the end of the word (hoà, khoẻ, thuỷ)
_FIRST_VOWEL = re.compile("o[àáảãạèéẻẽẹ]$|u[ỳýỷỹỵ]$")


def news_tone_style(syllable: _Syllables, min_count: int) -> dict[str, str]:
    """Canonical spelling -> first-vowel spelling, for the words VietNews writes with the
    mark on the first vowel more often (``khỏe`` if it beats ``khoẻ``)."""
    out = {}
    for raw, n in syllable.placements.items():
        canon = canonical_tone(raw)
        if raw != canon and n >= min_count and n > syllable.placements.get(canon, 0):
            out[canon] = raw
    return dict(sorted(out.items()))


def count_lines(
    lines: Iterable[str], syllable: _Syllables, uni: Counter[str], bi: Counter[str],
    tokens: Counter[str] | None = None,
) -> int:
    """Add the syllable unigrams and adjacent-syllable bigrams of ``lines``."""
    n = 0
    for line in lines:
        prev = None
        for tok in line.split():
            s = syllable(tok)
            if s is None:
                if tokens is not None and tok.isalnum():
                    tokens[tok.lower()] += 1
                prev = None
                continue
            uni[s] += 1
            if prev is not None:
                bi[prev + " " + s] += 1
            prev = s
            n += 1
    return n


def news_lines(path: Path, max_lines: int | None) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if max_lines is not None and i >= max_lines:
                return
            yield line


def _accented_share(text: str) -> float:
    words = [w for w in text.lower().split() if w.isalpha()]
    if not words:
        return 0.0
    return sum(w.translate(FOLD_TABLE) != w for w in words) / len(words)


def social_lines(data_dir: str | None) -> list[str]:
    """Social-media sentences written with accents: the gold side of ViLexNorm train and
    the comments of the other corpora's train splits in which most words carry marks."""
    lines = [p.normalized for p in read_vilexnorm("train", data_dir)]
    comments = [r.text for r in read_vihsd("train", data_dir)]
    comments += [r.text for r in read_vihos("train", data_dir)]
    comments += [r.text for r in read_vispam("train", data_dir)]
    lines += [c for c in comments if _accented_share(c) >= 0.5]
    import re

    # punctuation breaks bigrams, as in the news (which is tokenised upstream)
    split = re.compile(r"([^\w\s]+)")
    return [split.sub(r" \1 ", x) for x in lines]


def _bigram_arrays(bi: Counter[str], index: dict[str, int], min_count: int) -> tuple:
    v = len(index)
    keys, counts = [], []
    for k, c in bi.items():
        if c < min_count:
            continue
        a, _, b = k.partition(" ")
        ia, ib = index.get(a), index.get(b)
        if ia is None or ib is None:
            continue
        keys.append(ia * v + ib)
        counts.append(c)
    key_type = np.int32 if v * v < 2**31 else np.int64
    order = np.argsort(np.array(keys, dtype=np.int64))
    return (
        np.array(keys, dtype=np.int64)[order].astype(key_type),
        np.minimum(np.array(counts, dtype=np.int64)[order], 2**31 - 1).astype(np.int32),
    )


def learn(
    data_dir: str | None, max_lines: int | None, min_syllable: int, min_bigram: int,
    min_token: int, out_dir: Path,
) -> dict[str, object]:
    root = find_data_dir(data_dir)
    if root is None:
        raise SystemExit("corpora not found: pass --data")
    syllable = _Syllables()
    news_uni: Counter[str] = Counter()
    news_bi: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    t0 = time.time()
    n_news = count_lines(
        news_lines(root / "vietnews" / "train.txt.gz", max_lines), syllable, news_uni,
        news_bi, tokens,
    )
    print(f"news: {n_news} syllables, {len(news_uni)} types, {len(news_bi)} bigram types "
          f"[{time.time() - t0:.0f}s]", flush=True)
    # the news decides where the tone mark goes for words it writes often (both places
    # are correct; formal text is the larger and more consistent sample)
    tone_style = news_tone_style(syllable, 20)
    news_seen = sorted(canonical_tone(r) for r in syllable.placements)
    tone_known = sorted({w for w in news_seen
                         if syllable.placements.get(w, 0) + sum(
                             n for r, n in syllable.placements.items()
                             if r != w and canonical_tone(r) == w) >= 20})
    syllable.count_placements = False
    soc_uni: Counter[str] = Counter()
    soc_bi: Counter[str] = Counter()
    n_soc = count_lines(social_lines(str(root)), syllable, soc_uni, soc_bi)
    print(f"social: {n_soc} syllables, {len(soc_uni)} types", flush=True)

    keep = {s for s, c in news_uni.items() if c >= min_syllable}
    keep |= {s for s, c in soc_uni.items() if c >= min_syllable}
    syllables = sorted(keep)
    index = {s: i for i, s in enumerate(syllables)}
    out_dir.mkdir(parents=True, exist_ok=True)
    arrays = {
        "news_uni": np.array([news_uni.get(s, 0) for s in syllables], dtype=np.int32),
        "social_uni": np.array([soc_uni.get(s, 0) for s in syllables], dtype=np.int32),
    }
    arrays["news_bi_keys"], arrays["news_bi_counts"] = _bigram_arrays(news_bi, index, min_bigram)
    arrays["social_bi_keys"], arrays["social_bi_counts"] = _bigram_arrays(soc_bi, index, 1)
    for name, arr in arrays.items():
        np.save(out_dir / f"diacritics_{name}.npy", arr, allow_pickle=False)
    token_table = {
        t: c for t, c in tokens.most_common() if c >= min_token and len(t) <= 12
    }
    meta = {
        "version": VERSION,
        "learned_from": {
            "vietnews": "train.txt.gz" + (f", first {max_lines} lines" if max_lines else ""),
            "social": "vilexnorm train (gold side); vihsd, vihos, vispamreviews train "
            "(accented comments)",
        },
        "news_syllables": n_news,
        "social_syllables": n_soc,
        "min_syllable": min_syllable,
        "min_bigram": min_bigram,
        "syllables": syllables,
        "tokens": token_table,
        "tone_style": tone_style,
        "tone_known": tone_known,
    }
    (out_dir / TABLES_FILE).write_text(
        json.dumps(meta, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    sizes = {name: int(arr.nbytes) for name, arr in arrays.items()}
    print(f"wrote {out_dir}: {len(syllables)} syllables, "
          f"{len(arrays['news_bi_keys'])} news bigrams, "
          f"{len(arrays['social_bi_keys'])} social bigrams, {len(token_table)} tokens; "
          f"bytes {sizes} [{time.time() - t0:.0f}s]")
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m vimod.text.learn_diacritics",
                                 description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=None, help="folder holding vietnews/, vilexnorm/ ...")
    ap.add_argument("--out", default=str(DATA_DIR), help="folder to write the tables to")
    ap.add_argument("--max-lines", type=int, default=None,
                    help="learn from the first N lines of VietNews train only")
    ap.add_argument("--min-syllable", type=int, default=3)
    ap.add_argument("--min-bigram", type=int, default=3)
    ap.add_argument("--min-token", type=int, default=20)
    args = ap.parse_args(argv)
    learn(args.data, args.max_lines, args.min_syllable, args.min_bigram, args.min_token,
          Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
