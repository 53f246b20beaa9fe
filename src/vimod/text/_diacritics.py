"""Diacritic restoration: ``di ngu som`` → ``đi ngủ sớm``, ``ngu dan`` → ``ngư dân``.

A bigram model over accented syllables, learned by ``python -m vimod.text.learn_diacritics``
from VietNews train (formal text) and from social-media text (the gold side of ViLexNorm
train and the accented comments of the other corpora's train splits). Only counts are
shipped (``data/diacritics*.json|npy``).

For a run of syllables typed without marks, every syllable has a few candidate accented
forms (those seen in the corpora with the same letters); a Viterbi search picks the
sequence with the highest probability under a mixture of the two models,
``P(b | a) = λ·P_news(b | a) + (1 − λ)·P_social(b | a)``, each a bigram smoothed towards its
unigram. The news model knows ``ngư dân`` and ``đi ngủ``; only the social model knows that
``mày ngu`` is the likely reading of ``may ngu``. Syllables that already carry marks (or
that the caller fixes) take part as context with a single candidate.

Restoration never changes a syllable's length (``ngu`` → ``ngủ`` is one code point for
one), so the offset map of ``Normalized`` is unaffected.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

from vimod.text._tone import FOLD_TABLE

TABLES_FILE = "diacritics.json"
MAX_CANDIDATES = 5
NEWS_WEIGHT = 0.5  # λ
SMOOTHING = 2.0  # β: pseudo-count of the unigram in each bigram distribution


class Restorer:
    """Pick the accented forms of a sequence of syllables (lower-case)."""

    def __init__(
        self,
        syllables: Sequence[str],
        news_uni: np.ndarray,
        social_uni: np.ndarray,
        news_bi: tuple[np.ndarray, np.ndarray],
        social_bi: tuple[np.ndarray, np.ndarray],
        tokens: dict[str, int] | None = None,
        tone_style: dict[str, str] | None = None,
        tone_known: Sequence[str] = (),
        news_weight: float = NEWS_WEIGHT,
        smoothing: float = SMOOTHING,
        version: str = "unknown",
    ) -> None:
        self.version = version
        self.syllables = list(syllables)
        self.index = {s: i for i, s in enumerate(self.syllables)}
        self.v = len(self.syllables)
        self.news_count = news_uni.astype(np.int64).tolist()
        self.social_count = social_uni.astype(np.int64).tolist()
        self.news_total = max(1, sum(self.news_count))
        self.social_total = max(1, sum(self.social_count))
        self.news_keys, self.news_bi = news_bi[0].astype(np.int64), news_bi[1]
        self.social_keys, self.social_bi = social_bi[0].astype(np.int64), social_bi[1]
        self.tokens = tokens or {}
        # where VietNews puts the tone mark of ``oa``/``oe``/``uy`` words it writes often
        self.tone_style = tone_style or {}
        self.tone_known = frozenset(tone_known)
        self.news_weight = news_weight
        self.smoothing = smoothing
        lam = news_weight
        # unigram probability of each syllable under the mixture
        self.uni = [
            lam * (n + 0.5) / self.news_total + (1 - lam) * (s + 0.5) / self.social_total
            for n, s in zip(self.news_count, self.social_count, strict=True)
        ]
        by_fold: dict[str, list[int]] = {}
        for i, s in enumerate(self.syllables):
            by_fold.setdefault(s.translate(FOLD_TABLE), []).append(i)
        self.by_fold = {
            f: tuple(sorted(ids, key=lambda i: -self.uni[i])[:MAX_CANDIDATES])
            for f, ids in by_fold.items()
        }
        self.restore = lru_cache(maxsize=65536)(self._restore)

    # ------------------------------------------------------------------ statistics
    def news_frequency(self, syllable: str) -> int:
        """How often VietNews train writes ``syllable`` (lower-case, tone canonical)."""
        i = self.index.get(syllable)
        return 0 if i is None else self.news_count[i]

    def fold_frequency(self, folded: str) -> int:
        """How often VietNews train writes any syllable with these letters."""
        return sum(self.news_count[i] for i in self.by_fold.get(folded, ()))

    def bare_share(self, word: str) -> float:
        """The share of the corpora's syllables with the letters of ``word`` (a syllable
        without marks) that are written exactly so (``khong``: ~0, ``ban``: large)."""
        cands = self.by_fold.get(word)
        i = self.index.get(word)
        if not cands:
            return 1.0
        total = sum(self.uni[j] for j in cands)
        return (self.uni[i] if i is not None else 0.0) / total

    def _p(self, a: int, b: int, news: int, social: int) -> float:
        lam, beta = self.news_weight, self.smoothing
        pn = (self.news_count[b] + 0.5) / self.news_total
        ps = (self.social_count[b] + 0.5) / self.social_total
        return lam * (news + beta * pn) / (self.news_count[a] + beta) + (1 - lam) * (
            social + beta * ps
        ) / (self.social_count[a] + beta)

    def prefers(self, prev: str, written: str, rewrite: str, nxt: str, margin: float) -> bool:
        """Whether ``rewrite`` reads better than ``written`` between ``prev`` and ``nxt``
        by more than ``margin`` (log-probability under the mixture bigram model). Both
        must be syllables the tables know; otherwise False (keep what was written)."""
        iw, ir = self.index.get(written), self.index.get(rewrite)
        if iw is None or ir is None:
            return False
        ip, inx = self.index.get(prev), self.index.get(nxt)
        if ip is None and inx is None:  # no evidence either way: keep what was written
            return False
        keys = []
        if ip is not None:
            keys += [ip * self.v + iw, ip * self.v + ir]
        if inx is not None:
            keys += [iw * self.v + inx, ir * self.v + inx]
        news, social = self._bigrams(keys) if keys else ([], [])
        score_w = score_r = 0.0
        k = 0
        if ip is not None:
            score_w += math.log(self._p(ip, iw, news[0], social[0]))
            score_r += math.log(self._p(ip, ir, news[1], social[1]))
            k = 2
        if inx is not None:
            score_w += math.log(self._p(iw, inx, news[k], social[k]))
            score_r += math.log(self._p(ir, inx, news[k + 1], social[k + 1]))
        return score_r - score_w > margin

    def candidates(self, folded: str) -> list[str]:
        return [self.syllables[i] for i in self.by_fold.get(folded, ())]

    def _bigrams(self, keys: list[int]) -> tuple[list[int], list[int]]:
        arr = np.array(keys, dtype=np.int64)
        out = []
        for table, counts in ((self.news_keys, self.news_bi), (self.social_keys, self.social_bi)):
            pos = np.searchsorted(table, arr)
            pos[pos >= len(table)] = 0
            hit = table[pos] == arr if len(table) else np.zeros(len(arr), dtype=bool)
            out.append(np.where(hit, counts[pos] if len(table) else 0, 0).tolist())
        return out[0], out[1]

    # ------------------------------------------------------------------ decoding
    def _restore(self, words: tuple[str, ...], fixed: tuple[bool, ...]) -> tuple[str, ...]:
        """The most likely accented reading of ``words``. A word with ``fixed`` set, or
        unknown to the tables, keeps its form and serves as context."""
        lattice: list[tuple[int, ...]] = []
        for w, f in zip(words, fixed, strict=True):
            if f:
                i = self.index.get(w)
                lattice.append((i,) if i is not None else ())
            else:
                lattice.append(self.by_fold.get(w.translate(FOLD_TABLE), ()))
        # bigram counts of every candidate pair of neighbours, in one look-up
        keys: list[int] = []
        for a, b in zip(lattice, lattice[1:], strict=False):
            keys += [i * self.v + j for i in a for j in b]
        news, social = self._bigrams(keys) if keys else ([], [])
        lam, beta = self.news_weight, self.smoothing
        nc, sc, uni = self.news_count, self.social_count, self.uni
        nt, st = self.news_total, self.social_total
        out = list(words)
        k = 0
        best: list[float] = []
        back: list[list[int]] = []
        start = 0
        for pos, cands in enumerate(lattice):
            if not cands:  # an unknown word breaks the chain
                if best:
                    self._backtrack(lattice, start, best, back, out, words, fixed)
                best, back, start = [], [], pos + 1
                continue
            if not best:
                best = [math.log(uni[j]) for j in cands]
                back = [[-1] * len(cands)]
                continue
            prev = lattice[pos - 1]
            new_best = []
            ptr = []
            width = len(cands)
            for b_pos, j in enumerate(cands):
                top, arg = -math.inf, 0
                pn = (nc[j] + 0.5) / nt
                ps = (sc[j] + 0.5) / st
                for a_pos, i in enumerate(prev):
                    n_ij = news[k + a_pos * width + b_pos]
                    s_ij = social[k + a_pos * width + b_pos]
                    p = lam * (n_ij + beta * pn) / (nc[i] + beta) + (1 - lam) * (
                        s_ij + beta * ps
                    ) / (sc[i] + beta)
                    score = best[a_pos] + math.log(p)
                    if score > top:
                        top, arg = score, a_pos
                new_best.append(top)
                ptr.append(arg)
            k += len(prev) * len(cands)
            best = new_best
            back.append(ptr)
        if best:
            self._backtrack(lattice, start, best, back, out, words, fixed)
        return tuple(out)

    def _backtrack(
        self,
        lattice: list[tuple[int, ...]],
        start: int,
        best: list[float],
        back: list[list[int]],
        out: list[str],
        words: tuple[str, ...],
        fixed: tuple[bool, ...],
    ) -> None:
        j = max(range(len(best)), key=best.__getitem__)
        for pos in range(start + len(back) - 1, start - 1, -1):
            if not fixed[pos]:
                out[pos] = self.syllables[lattice[pos][j]]
            j = back[pos - start][j]


def _load_array(name: str) -> np.ndarray:
    path = resources.files("vimod.text").joinpath("data", f"diacritics_{name}.npy")
    with path.open("rb") as f:
        return np.load(f, allow_pickle=False)


@lru_cache(maxsize=1)
def load_restorer() -> Restorer | None:
    """The shipped restoration tables (None when they are absent: no restoration)."""
    try:
        meta = json.loads(
            resources.files("vimod.text").joinpath("data", TABLES_FILE).read_text("utf-8")
        )
        arrays = {
            name: _load_array(name)
            for name in ("news_uni", "social_uni", "news_bi_keys", "news_bi_counts",
                         "social_bi_keys", "social_bi_counts")
        }
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    return Restorer(
        meta["syllables"],
        arrays["news_uni"],
        arrays["social_uni"],
        (arrays["news_bi_keys"], arrays["news_bi_counts"]),
        (arrays["social_bi_keys"], arrays["social_bi_counts"]),
        tokens=meta.get("tokens", {}),
        tone_style=meta.get("tone_style", {}),
        tone_known=meta.get("tone_known", []),
        news_weight=float(meta.get("news_weight", NEWS_WEIGHT)),
        smoothing=float(meta.get("smoothing", SMOOTHING)),
        version=str(meta.get("version", "unknown")),
    )
