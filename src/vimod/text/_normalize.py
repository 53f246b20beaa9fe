"""``normalize``: the chain of stages, and the offset map that survives all of them.

The stages, in order (each is a plain function you can call and test alone):

1. ``clean_chars``          unicode clean-up, confusables, invisible characters, case
                            (character level; ``_unicode``)
2. tokenise                 whitespace chunks; leading/trailing punctuation split off
3. ``deobfuscate``          separators, masks and leet inside a word (``_obfuscation``)
4. ``canonical_tone``       one place for the tone mark (``_tone``)
5. ``collapse_elongation``  ``nguuuuu`` → ``ngu`` (``_elongation``)
6. ``undo_leet``            ``đ1t``, ``k0`` (``_obfuscation``)
7. ``teencode``             learned dictionary, then context for ambiguous short forms
8. ``repair_spelling``      unseen teencode spellings: ``kủa``, ``ngke`` (``_spelling``)
9. ``restore_accents``      ``khong`` → ``không`` when the corpus is sure (``_spelling``)
10. ``join_spaced``         ``n g u`` → ``ngu`` (``_obfuscation``)

Offsets: stage 1 keeps a per-character map (or none, on plain text); stages 2–10 work per
token and record, for each output *piece* (a word, a punctuation run, or the single space
between chunks), the span of stage-1 text it came from. A piece whose length did not
change maps character by character; a rewritten piece (``ko`` → ``không``) maps any part
of itself to the whole source token. Composing the two maps gives ``to_original``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from vimod.errors import InvalidInput
from vimod.text._diacritics import Restorer, load_restorer
from vimod.text._elongation import collapse_elongation
from vimod.text._lexicon import Lexicon, load_lexicon
from vimod.text._obfuscation import OBSCENE_SET, deobfuscate, join_spaced, undo_leet
from vimod.text._spelling import is_syllable, repair_spelling, restore_accents
from vimod.text._tone import canonical_tone, fold
from vimod.text._unicode import clean_chars

_CHUNK = re.compile(r"\S+")
_RUNS = re.compile(r"[^\W_]+|[\W_]+")
_URLISH = re.compile(r"[a-z][a-z0-9+.-]{0,20}://|www\.|[^@\s]{1,64}@[^@\s]{1,255}\.[a-z]{2,}$")
_LONGEST_WORD = 24
_CACHEABLE = 48  # longer chunks are rare and would only pollute the caches

# piece kinds
_WORD, _AMBIG, _PUNCT, _SPACE = 0, 1, 2, 3
# chunk flags: holds an ambiguous short form / is a single letter (maybe spaced-out)
_F_AMBIG, _F_LETTER = 1, 2

_Piece = tuple[str, int, int, int, str]  # out, rel_start, rel_end (-1: to unit end), kind, form
# what the do-no-harm pass needs to know of a chunk: (syllables as written, how many of
# them carry marks, _S_* bits)
_Stats = tuple[int, int, int]
# out, pieces, flags, folded out, forms of the word pieces, stats
_Chunk = tuple[str, tuple[_Piece, ...], int, str, tuple[str, ...], _Stats]
# stats bits: a word piece was rewritten (beyond tone placement) or is still ambiguous /
# a word piece's output is a syllable without marks (restoration may apply)
_S_CHANGED, _S_BARE = 1, 2


def _is_syllable_word(w: str) -> bool:
    """A word of letters with the shape of a Vietnamese syllable."""
    return len(w) <= 7 and _short_syllable_word(w)


@lru_cache(maxsize=65536)  # asked for every word piece several times per text
def _short_syllable_word(w: str) -> bool:
    return w.isalpha() and is_syllable(w)


def _is_bare_syllable(w: str) -> bool:
    return w.isascii() and _is_syllable_word(w)


def _make_chunk(pieces: tuple[_Piece, ...], flags: int) -> _Chunk:
    out = pieces[0][0] if len(pieces) == 1 else "".join(p[0] for p in pieces)
    forms = tuple(p[4] for p in pieces if p[3] <= _AMBIG)
    n_syll = n_marked = bits = 0
    for p in pieces:
        if p[3] > _AMBIG:
            continue
        form = p[4]
        if _is_syllable_word(form):
            n_syll += 1
            if not form.isascii():
                n_marked += 1
        if p[3] == _AMBIG or (p[0] != form and canonical_tone(p[0]) != form):
            bits |= _S_CHANGED
        if _is_bare_syllable(p[0]):
            bits |= _S_BARE
    return out, pieces, flags, fold(out), forms, (n_syll, n_marked, bits)


class Token(NamedTuple):
    """One normalised word, where it sits in ``Normalized.text`` and what the author wrote."""

    text: str
    start: int
    end: int
    original_start: int
    original_end: int
    original: str

    def as_dict(self) -> dict[str, object]:
        return self._asdict()


class Normalized:
    """The result of :func:`normalize`.

    ``text``     normalised, lower-cased text; tokens separated by single spaces.
    ``folded``   ``text`` without diacritics (``đ`` → ``d``). It has the *same length* as
                 ``text`` and character ``i`` of one is character ``i`` of the other, so a
                 span found in ``folded`` is the same span of ``text``.
    ``original`` the input, unchanged.

    >>> n = normalize("Mày ngu vãiiii, k ai chơi vs m đâu")
    >>> n.text
    'mày ngu vãi, không ai chơi với mày đâu'
    >>> n.folded
    'may ngu vai, khong ai choi voi may dau'
    >>> s = n.text.index("vãi"); n.to_original(s, s + 3)
    (8, 14)
    """

    __slots__ = ("original", "text", "folded", "accented", "_clean", "_cstarts", "_cends",
                 "_infos", "_merges", "_restored", "_layout", "_tokens")  # fmt: skip

    def __init__(
        self,
        original: str,
        text: str,
        folded: str,
        clean: str,
        cstarts: list[int] | None,
        cends: list[int] | None,
        infos: list[_Chunk | None],
        merges: dict[int, int],
        accented: bool = True,
        restored: frozenset[tuple[int, int]] = frozenset(),
    ) -> None:
        self.original = original
        self.text = text
        self.folded = folded
        self.accented = accented  # the input was written with diacritics
        self._restored = restored  # (chunk, piece) of the words the restoration accented
        self._clean = clean
        self._cstarts = cstarts
        self._cends = cends
        self._infos = infos  # one per whitespace chunk of ``clean``; None: merged away
        self._merges = merges  # first chunk -> last chunk of a spaced-out word
        self._layout: tuple[list[int], list[int], list[int], list[bool], list[int]] | None = None
        self._tokens: tuple[Token, ...] | None = None

    def __repr__(self) -> str:
        return f"Normalized(text={self.text!r}, original={self.original!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return self.original == other.original and self.text == other.text

    def __hash__(self) -> int:
        return hash((self.original, self.text))

    def _pieces(self) -> tuple[list[int], list[int], list[int], list[bool], list[int]]:
        """Lay the pieces out (only when offsets are asked for: most callers never do)."""
        if self._layout is not None:
            return self._layout
        spans = [m.span() for m in _CHUNK.finditer(self._clean)]
        out_starts: list[int] = []
        src_starts: list[int] = []
        src_ends: list[int] = []
        aligned: list[bool] = []
        kinds: list[int] = []
        pos = 0
        prev_end = -1
        merges = self._merges
        for first, info in enumerate(self._infos):
            if info is None:
                continue
            pieces = info[1]
            last = merges.get(first, first)
            base = spans[first][0]
            if prev_end >= 0:  # the single space between chunks stands for the whole gap
                out_starts.append(pos)
                src_starts.append(prev_end)
                src_ends.append(base)
                aligned.append(False)
                kinds.append(_SPACE)
                pos += 1
            for out, a, b, kind, _form in pieces:
                start = base + a
                end = spans[last][1] if b < 0 else base + b
                out_starts.append(pos)
                src_starts.append(start)
                src_ends.append(end)
                aligned.append(len(out) == end - start)
                kinds.append(kind)
                pos += len(out)
            prev_end = spans[last][1]
        self._layout = (out_starts, src_starts, src_ends, aligned, kinds)
        return self._layout

    def _clean_to_original(self, start: int, end: int) -> tuple[int, int]:
        if self._cstarts is None or self._cends is None:
            return start, end
        if start == end:
            if start < len(self._cstarts):
                p = self._cstarts[start]
            else:
                p = self._cends[-1] if self._cends else 0
            return p, p
        return self._cstarts[start], self._cends[end - 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that produced ``text[start:end]``.

        Always a valid span: ``0 <= s <= e <= len(original)``, and non-empty when
        ``start < end``. Unchanged text maps character by character; part of a rewritten
        word maps to the whole word as written.
        """
        n = len(self.text)
        if (
            isinstance(start, bool)
            or isinstance(end, bool)
            or not isinstance(start, int)
            or not isinstance(end, int)
        ):
            raise InvalidInput(f"span bounds must be integers, got {start!r}, {end!r}")
        if not 0 <= start <= end <= n:
            raise InvalidInput(f"span ({start}, {end}) is not inside the normalised text (0, {n})")
        if n == 0:
            return 0, 0
        outs, src_starts, src_ends, aligned, _kinds = self._pieces()
        if start == end:
            if start == n:
                return self._clean_to_original(src_ends[-1], src_ends[-1])
            k = bisect_right(outs, start) - 1
            p = src_starts[k] + (start - outs[k]) if aligned[k] else src_starts[k]
            return self._clean_to_original(p, p)
        k1 = bisect_right(outs, start) - 1
        k2 = bisect_right(outs, end - 1) - 1
        s = src_starts[k1] + (start - outs[k1]) if aligned[k1] else src_starts[k1]
        e = src_starts[k2] + (end - outs[k2]) if aligned[k2] else src_ends[k2]
        return self._clean_to_original(s, e)

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The normalised words (punctuation left out) with both sets of offsets."""
        if self._tokens is None:
            toks = []
            text = self.text
            outs, _s, _e, _a, kinds = self._pieces()
            for k, kind in enumerate(kinds):
                if kind > _AMBIG:
                    continue
                start = outs[k]
                end = outs[k + 1] if k + 1 < len(outs) else len(text)
                os_, oe = self.to_original(start, end)
                toks.append(Token(text[start:end], start, end, os_, oe, self.original[os_:oe]))
            self._tokens = tuple(toks)
        return self._tokens

    def _word_ranges(self) -> list[tuple[int, int, int, int, str]]:
        """(start, end, chunk, piece, form as written) of every word in ``text``."""
        out = []
        pos = 0
        first = True
        for k, info in enumerate(self._infos):
            if info is None:
                continue
            if not first:
                pos += 1
            first = False
            for pi, p in enumerate(info[1]):
                if p[3] <= _AMBIG:
                    out.append((pos, pos + len(p[0]), k, pi, p[4]))
                pos += len(p[0])
        return out

    @property
    def restored(self) -> tuple[tuple[int, int], ...]:
        """Spans of ``text`` (start, end) of the words whose diacritics were put back by
        the restoration model (``di ngu`` → ``đi ngủ``); the input had none there."""
        if not self._restored:
            return ()
        return tuple((a, b) for a, b, k, pi, _f in self._word_ranges()
                     if (k, pi) in self._restored)

    @property
    def changed(self) -> tuple[tuple[int, int], ...]:
        """Spans of ``text`` (start, end) of the words that differ from what was written
        (lower-cased, tone mark on the canonical vowel): teencode, repairs, restored
        accents. Every other word of ``text`` is the author's word."""
        text = self.text
        return tuple((a, b) for a, b, _k, _pi, form in self._word_ranges()
                     if text[a:b] != form and canonical_tone(text[a:b]) != form)

    @property
    def spans(self) -> list[dict[str, object]]:
        """``tokens`` as plain dicts (what ``vimod normalize --json`` prints)."""
        return [t.as_dict() for t in self.tokens]


# --------------------------------------------------------------------------- word level


class _Context:
    """The lexicon and the cached word functions built on it."""

    def __init__(
        self, lexicon: Lexicon, restorer: Restorer | None = None, accents_stage: bool = False
    ) -> None:
        self.lexicon = lexicon
        self.restorer = restorer
        style = dict(lexicon.tone_style)
        if restorer is not None:
            # one spelling per word: the news's for the words it writes often (formal
            # text is the larger and more consistent sample), the lexicon's otherwise
            style = {k: v for k, v in style.items() if k not in restorer.tone_known}
            style.update(restorer.tone_style)
        self.style = style
        vocab = lexicon.vocab
        teencode = lexicon.teencode
        ambiguous = lexicon.context
        clean = lexicon.clean
        by_fold: dict[str, list[str]] = {}
        for w in sorted(clean, key=lambda w: (-clean[w], w)):
            by_fold.setdefault(fold(w), []).append(w)

        def frequency(w: str) -> int:
            return vocab.get(w, 0) or (1 if w in teencode or w in ambiguous else 0)

        def known(w: str) -> bool:
            return w in vocab or w in teencode

        self.frequency = frequency
        self.known = known
        # what spaced-out letters may spell: a real word with a Vietnamese syllable's shape
        self.spelled_out = lambda w: w in vocab and is_syllable(w)

        style = self.style
        # with a restoration model, accents come from it (in context), not from stage 9
        accents = (lexicon.accent_max_count, lexicon.accent_ratio)
        if restorer is not None and not accents_stage:
            accents = (0, 1e9)

        @lru_cache(maxsize=131072)
        def word(w: str) -> tuple[str, int]:
            """Context-free rewrite of one word (letters and digits only)."""
            out, kind = rewrite(w)
            if kind == _AMBIG:
                return out, kind
            return finish(out), kind

        @lru_cache(maxsize=65536)
        def finish(out: str) -> str:
            """Accents back on words typed without them; then one spelling per word, the
            corpora's usual tone placement (khỏe, hoà, thủy)."""
            out = restore_accents(out, clean, by_fold, *accents) or out
            return style.get(out, out)

        def rewrite(w: str) -> tuple[str, int]:
            t = canonical_tone(w)
            if t in teencode:
                return teencode[t], _WORD
            if t in ambiguous:
                return t, _AMBIG
            if t in vocab:
                return t, _WORD
            # a well-formed syllable keeps its double letters (``xoong``, ``cooc``)
            c = None if is_syllable(t) else collapse_elongation(t, frequency)
            if c is not None:
                if c in ambiguous:
                    return c, _AMBIG
                return teencode.get(c, c), _WORD
            if len(t) > _LONGEST_WORD:  # no Vietnamese word is this long: leave it
                return t, _WORD
            c = undo_leet(t, known)
            if c is not None:
                return teencode.get(c, c), _WORD
            c = repair_spelling(t, clean, by_fold)
            if c is not None:
                return c, _WORD
            return t, _WORD

        self.word = word
        self.finish = finish
        self.chunk = lru_cache(maxsize=131072)(self._chunk)

    def _chunk(self, chunk: str, deobfuscate: bool = True) -> _Chunk:
        """``_Chunk`` for one whitespace chunk; a piece is ``(out,
        rel_start, rel_end, kind, form)`` with ``form`` the word as written (tone-canonical)."""
        pieces = self._chunk_pieces(chunk, deobfuscate)
        flags = 0
        for p in pieces:
            if p[3] == _AMBIG:
                flags |= _F_AMBIG
        if len(pieces) == 1 and len(chunk) == 1 and chunk.isalpha():
            flags |= _F_LETTER
        return _make_chunk(pieces, flags)

    def _chunk_pieces(self, chunk: str, deobfuscate_: bool = True) -> tuple[_Piece, ...]:
        n = len(chunk)
        if chunk.isalnum():
            out, kind = self.word(chunk)
            return ((out, 0, n, kind, canonical_tone(chunk)),)
        if _URLISH.match(chunk):  # links and addresses are kept exactly (``.com`` ≠ ``cơm``)
            return ((chunk, 0, n, _WORD, chunk),)
        i = 0
        while i < n and not chunk[i].isalnum():
            i += 1
        if i == n:
            return ((chunk, 0, n, _PUNCT, chunk),)
        j = n
        while not chunk[j - 1].isalnum():
            j -= 1
        pieces: list[_Piece] = []
        if i:
            pieces.append((chunk[:i], 0, i, _PUNCT, chunk[:i]))
        core = chunk[i:j]
        if core.isalnum():
            out, kind = self.word(core)
            pieces.append((out, i, j, kind, canonical_tone(core)))
        else:
            # numbers, dates and scores (``7/5``, ``3:1``, ``7.000``) are never read as
            # obfuscated words
            has_letter = any(c.isalpha() for c in core)
            joined = (
                deobfuscate(core, self.known)
                if deobfuscate_ and has_letter and len(core) <= 40
                else None
            )
            if joined is not None:
                out, kind = self.word(joined)
                pieces.append((out, i, j, _WORD if kind == _AMBIG else kind, joined))
            else:
                for m in _RUNS.finditer(core):
                    run = m.group()
                    a, b = m.span()
                    if run[0].isalnum() and run[0] != "_":
                        out, kind = self.word(run)
                        pieces.append((out, i + a, i + b, kind, canonical_tone(run)))
                    else:
                        pieces.append((run, i + a, i + b, _PUNCT, run))
        if j < n:
            pieces.append((chunk[j:], j, n, _PUNCT, chunk[j:]))
        return tuple(pieces)

    def resolve(self, form: str, forms: list[str], i: int) -> str:
        """Pick the rewrite of the ambiguous short form at ``forms[i]``."""
        return self.finish(self.lexicon.context[form].choose_at(forms, i))


@lru_cache(maxsize=1)
def _context() -> _Context:
    return _Context(load_lexicon(), load_restorer())


def normalize(text: str) -> Normalized:
    """Normalise one comment.

    >>> normalize("Đ.m thằng nàyyyy ngu vl").text
    'đm thằng này ngu vl'

    Raises :class:`vimod.errors.InvalidInput` when ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise InvalidInput(f"normalize() needs a str, got {type(text).__name__}")
    return _run(text, _context())


def normalizer_for(
    lexicon: Lexicon, restorer: Restorer | None | bool = True, accents_stage: bool = False
) -> Callable[[str], Normalized]:
    """``normalize`` with another lexicon (used by ``vimod.text.learn`` to tune) and the
    shipped restoration model (``restorer=True``), another one, or none (``False``)."""
    if restorer is True:
        restorer = load_restorer()
    ctx = _Context(lexicon, restorer or None, accents_stage)

    def run(text: str) -> Normalized:
        if not isinstance(text, str):
            raise InvalidInput(f"normalize() needs a str, got {type(text).__name__}")
        return _run(text, ctx)

    return run


def _run(text: str, ctx: _Context) -> Normalized:
    clean, cstarts, cends = clean_chars(text)
    # str.split and _CHUNK agree on what whitespace is (both use str.isspace); offsets
    # are only recovered, with _CHUNK, when someone asks for them.
    cached, uncached = ctx.chunk, ctx._chunk
    chunks = clean.split()
    infos: list[_Chunk | None] = [
        cached(w) if len(w) <= _CACHEABLE else uncached(w) for w in chunks
    ]
    accented = True
    fixed: set[tuple[int, int]] = set()
    if ctx.restorer is not None and infos:
        accented, fixed = _protect(text, clean, cstarts is None, chunks, infos, ctx)
    hot = [k for k, info in enumerate(infos) if info[2]]  # type: ignore[index]
    merges: dict[int, int] = {}
    if hot:
        letters = [k for k in hot if infos[k][2] & _F_LETTER]  # type: ignore[index]
        if any(b == a + 1 for a, b in zip(letters, letters[1:], strict=False)):
            merges = _join_spaced(infos, letters, ctx)
        if any(infos[k] is not None and infos[k][2] & _F_AMBIG for k in hot):  # type: ignore[index]
            form_lists = [i[4] if i is not None else () for i in infos]
            forms = list(itertools.chain.from_iterable(form_lists))
            firsts = list(itertools.accumulate(map(len, form_lists), initial=0))
            for k in hot:
                info = infos[k]
                if info is not None and info[2] & _F_AMBIG:
                    infos[k] = _resolve_chunk(info, forms, firsts[k], ctx)
    restored: frozenset[tuple[int, int]] = frozenset()
    if ctx.restorer is not None and infos:
        restored = _restore(infos, fixed, accented, ctx)
    if hot or restored:
        live = [i for i in infos if i is not None]
        out = " ".join([i[0] for i in live])
        folded = " ".join([i[3] for i in live])
    else:
        out = " ".join([i[0] for i in infos])  # type: ignore[index]
        folded = " ".join([i[3] for i in infos])  # type: ignore[index]
    return Normalized(text, out, folded, clean, cstarts, cends, infos, merges, accented, restored)


# ------------------------------------------------------------------- do no harm

# A text is "accented" (written with diacritics) when at least this share of its words
# shaped like Vietnamese syllables carry marks; fully accented Vietnamese has ~80%.
ACCENTED_SHARE = 0.3
# In accented text, a word the news writes this often is a word: teencode never replaces it.
REAL_WORD_COUNT = 20
# ... unless the rewrite is this much more likely between its neighbours (log-probability)
REWRITE_MARGIN = 0.0
# ... and a non-syllable token (``tnhh``, ``cia``, ``gen``) that the news writes this often.
NEWS_TOKEN_COUNT = 50
# In accented text, a syllable without marks is restored only when the corpora write it
# without marks less often than this (``khong``: never; ``ban``, ``con``, ``ngu``: often).
BARE_SHARE = 0.05
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = frozenset(".!?…:")
# units of measure, and the words that count them (after a number they are always kept)
_UNITS = frozenset("m cm mm km g kg mg l ml h ha".split())
_QUANTITIES = frozenset("chục trăm nghìn ngàn vạn triệu tỷ tỉ vài mấy nhiều các mỗi".split())
# English words that have the shape of Vietnamese syllables; only used to recognise an
# English neighbour (``of the``), never rewritten to anything.
_ENGLISH_SYLLABLES = frozenset({"the", "to", "in", "on", "at", "by", "an", "it", "is", "my"})
# English function words that teencode also uses (``of`` → ``của``): kept next to English
_ENGLISH = _ENGLISH_SYLLABLES | frozenset(
    "of and for with from are you your me we or not no so all love one".split()
)


def _englishish(w: str, ctx: _Context) -> bool:
    """A neighbour that reads as an English word (``of the``, ``power of love``): one
    of a few function words, or a word the news writes often that is no syllable."""
    if w in _ENGLISH_SYLLABLES:
        return True
    if len(w) < 3 or not (w.isascii() and w.isalpha()) or is_syllable(w):
        return False
    assert ctx.restorer is not None
    return ctx.restorer.tokens.get(w, 0) >= NEWS_TOKEN_COUNT


def _is_word_here(
    form: str, out: str, prev: str, nxt: str, prev_out: str, next_out: str,
    accented: bool, capital: bool, ctx: _Context,
) -> bool:
    """Whether ``form`` (as written, lower-cased; ``out`` is what the lexicon made of it)
    is a word in its place rather than teencode."""
    assert ctx.restorer is not None
    ascii_alpha = form.isascii() and form.isalpha()
    syllable = _is_syllable_word(form)
    if form in _UNITS and (_NUMBER.fullmatch(prev) or prev in _QUANTITIES or prev in _UNITS):
        return True  # a unit: ``5 m``, ``3 h``, ``trăm kg``, ``mg / l``
    if form in _ENGLISH and (_englishish(prev, ctx) or _englishish(nxt, ctx)):
        return True  # ``of`` in ``state of the art``, ``the`` in ``the power of love``
    if not accented:
        return False
    if syllable:
        # a lone vowel (``a``, ``e``) is a pronoun in chat far more often than a word;
        # the learned context model reads it
        if len(form) == 1 or ctx.restorer.news_frequency(form) < REAL_WORD_COUNT:
            return False
        # a real word stays unless the rewrite reads much better between its neighbours
        # (``mình khum biết`` → ``không``; ``ban chỉ đạo``, ``quỹ đạo``, ``cư trú`` stay)
        target = canonical_tone(out)
        return target == form or not ctx.restorer.prefers(
            canonical_tone(prev_out), form, target, canonical_tone(next_out), REWRITE_MARGIN
        )
    if capital:  # initials and abbreviations: ``Th.``, ``TNHH``, ``L.``
        return True
    return ascii_alpha and len(form) >= 3 and ctx.restorer.tokens.get(form, 0) >= NEWS_TOKEN_COUNT


def _protect(
    text: str, clean: str, aligned: bool, chunks: list[str], infos: list[_Chunk | None],
    ctx: _Context,
) -> tuple[bool, set[tuple[int, int]]]:
    """Undo the rewrites of words that are words in their place, and list the words the
    restoration must leave alone. Returns (the text is accented, {(chunk, piece)})."""
    n_syll = n_marked = bits = 0
    for info in infos:
        st = info[5]  # type: ignore[index]
        n_syll += st[0]
        n_marked += st[1]
        bits |= st[2]
    accented = n_syll > 0 and n_marked >= ACCENTED_SHARE * n_syll
    # case is read from the input when stage 1 only lower-cased it (no character map)
    # and the text is not shouted in capitals
    source = text
    if not aligned:
        # decomposed (NFD) input gets a character map too, but its case reads as in NFC:
        # both spellings of a text must normalise alike
        source = unicodedata.normalize("NFC", text)
        aligned = len(source) == len(clean) and source.lower() == clean
    upper = aligned and clean != source
    originals: list[str] = []
    if upper:
        letters = sum(map(str.isalpha, source))
        capitals = sum(map(str.isupper, source))
        upper = capitals * 2 < letters
        if upper:
            originals = source.split()
            upper = len(originals) == len(infos)
    fixed: set[tuple[int, int]] = set()
    if not upper and not bits & _S_CHANGED and (accented or not bits & _S_BARE):
        return accented, fixed
    if upper:
        for k, info in enumerate(infos):
            assert info is not None
            if originals[k] != chunks[k] and any(
                p[3] == _WORD and p[2] - p[1] != len(p[4]) and p[4] not in OBSCENE_SET
                and originals[k][p[1]].isupper() for p in info[1]
            ):  # ``N.T``, ``H.A``: initials, not a word spelled with dots
                infos[k] = ctx._chunk(chunks[k], deobfuscate=False)
    forms = [f for info in infos for f in info[4]]  # type: ignore[index]
    # the neighbours as the lexicon reads them (``ko`` → ``không``): the context of a guard
    outs = [p[0] for info in infos for p in info[1] if p[3] <= _AMBIG]  # type: ignore[index]
    style = ctx.style
    sentence_start = True
    w = -1
    for k, info in enumerate(infos):
        assert info is not None
        last_piece = len(info[1]) - 1
        edited: list[_Piece] | None = None
        for pi, p in enumerate(info[1]):
            if p[3] > _AMBIG:
                # ``. Ban`` starts a sentence; the dot inside ``N.A`` does not
                if pi == last_piece and any(c in _SENTENCE_END for c in p[0]):
                    sentence_start = True
                continue
            w += 1
            form = p[4]
            capital = upper and originals[k][p[1]].isupper()
            if p[3] == _AMBIG:  # decide short forms here, so that the guards see them
                p = (ctx.resolve(p[0], forms, w), p[1], p[2], _WORD, form)
                if edited is None:
                    edited = list(info[1])
                edited[pi] = p
            changed = p[0] != form and canonical_tone(p[0]) != form
            keep = revert = False
            if capital and not sentence_start:  # a name mid-sentence: ``Mộc Châu``
                keep = True
            elif changed or _is_bare_syllable(form):
                prev = forms[w - 1] if w else ""
                nxt = forms[w + 1] if w + 1 < len(forms) else ""
                keep = _is_word_here(
                    form, p[0], prev, nxt, outs[w - 1] if w else "",
                    outs[w + 1] if w + 1 < len(outs) else "", accented, capital, ctx,
                )
            outs[w] = p[0]
            sentence_start = False
            if keep:
                fixed.add((k, pi))
                revert = changed
            elif changed and not accented and p[3] == _WORD and fold(p[0]) == form:
                # unaccented text: the lexicon put accents on a bare word (``ban`` →
                # ``bạn``); the restoration decides that, in context
                revert = True
            if revert:
                if edited is None:
                    edited = list(info[1])
                edited[pi] = (style.get(form, form), p[1], p[2], _WORD, form)
        if edited is not None:
            # one rebuild per chunk: a chunk may hold 100k pieces (``a.b!`` * 50_000)
            flags = info[2]
            if not any(q[3] == _AMBIG for q in edited):
                flags &= ~_F_AMBIG
            infos[k] = _make_chunk(tuple(edited), flags)
    return accented, fixed


def _restore(
    infos: list[_Chunk | None], fixed: set[tuple[int, int]], accented: bool, ctx: _Context
) -> frozenset[tuple[int, int]]:
    """Put diacritics back on the syllables typed without them (see ``_diacritics``)."""
    restorer = ctx.restorer
    assert restorer is not None
    if not any(i is not None and i[5][2] & _S_BARE for i in infos):
        return frozenset()
    words: list[str] = []
    free: list[bool] = []
    where: list[tuple[int, int]] = []
    for k, info in enumerate(infos):
        if info is None:
            continue
        for pi, p in enumerate(info[1]):
            if p[3] > _AMBIG:
                words.append("")
                free.append(False)
                where.append((k, pi))
                continue
            w = p[0]
            ok = (
                (k, pi) not in fixed
                and _is_bare_syllable(w)
                and (not accented or restorer.bare_share(w) < BARE_SHARE)
            )
            words.append(w if ok else canonical_tone(w))
            free.append(ok)
            where.append((k, pi))
    if not any(free):
        return frozenset()
    got = restorer.restore(tuple(words), tuple(not f for f in free))
    done: set[tuple[int, int]] = set()
    style = ctx.style
    edited: dict[int, list[_Piece]] = {}
    for idx, (new, old) in enumerate(zip(got, words, strict=True)):
        if not free[idx] or new == old:
            continue
        k, pi = where[idx]
        pieces = edited.get(k)
        if pieces is None:
            info = infos[k]
            assert info is not None
            pieces = edited[k] = list(info[1])
        p = pieces[pi]
        pieces[pi] = (style.get(new, new), p[1], p[2], _WORD, p[4])
        done.add((k, pi))
    for k, pieces in edited.items():  # one rebuild per chunk
        info = infos[k]
        assert info is not None
        infos[k] = _make_chunk(tuple(pieces), info[2])
    return frozenset(done)


def _resolve_chunk(info: _Chunk, forms: list[str], first: int, ctx: _Context) -> _Chunk:
    """Decide the ambiguous short forms of one chunk from the words around them;
    ``forms`` are all the words of the text as written, the chunk's first at ``first``."""
    pieces, flags = info[1], info[2]
    new = list(pieces)
    w = first
    for pi, p in enumerate(pieces):
        if p[3] == _AMBIG:
            new[pi] = (ctx.resolve(p[0], forms, w), p[1], p[2], _WORD, p[4])
        if p[3] <= _AMBIG:
            w += 1
    return _make_chunk(tuple(new), flags & ~_F_AMBIG)


def _join_spaced(infos: list[_Chunk | None], letters: list[int], ctx: _Context) -> dict[int, int]:
    """``n g u`` → ``ngu``: runs of single-letter chunks that spell a word. The run's
    first chunk takes the word; the others become ``None``. Returns {first: last}."""
    merges: dict[int, int] = {}
    runs: list[list[int]] = []
    for k in letters:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < 2:
            continue
        chars = [infos[k][1][0][4] for k in run]  # type: ignore[index]
        for a, b in join_spaced(chars, ctx.spelled_out):
            word = "".join(chars[a:b])
            rewritten, _kind = ctx.word(word)
            first, last = run[a], run[b - 1]
            infos[first] = _make_chunk(((rewritten, 0, -1, _WORD, word),), 0)
            for k in range(first + 1, last + 1):
                infos[k] = None
            merges[first] = last
    return merges
