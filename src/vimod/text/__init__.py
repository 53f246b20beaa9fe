"""Vietnamese text normalisation with an exact map back to what the author wrote.

>>> from vimod.text import normalize
>>> n = normalize("Đ.m mày nguuuu vl")
>>> n.text, n.folded
('đm mày ngu vl', 'dm may ngu vl')
>>> n.to_original(7, 10)  # "ngu" in n.text: "nguuuu" in what the author wrote
(8, 14)

The stages are plain functions exported for testing and reuse: ``clean_chars``,
``canonical_tone``, ``collapse_elongation``, ``deobfuscate``, ``undo_leet``,
``join_spaced`` and ``fold``. See docs/normalization.md.
"""

from vimod.text._elongation import collapse_elongation
from vimod.text._lexicon import Lexicon, load_lexicon
from vimod.text._normalize import Normalized, Token, normalize
from vimod.text._obfuscation import deobfuscate, join_spaced, undo_leet
from vimod.text._tone import canonical_tone, fold
from vimod.text._unicode import clean_chars

__all__ = [
    "Lexicon",
    "Normalized",
    "Token",
    "canonical_tone",
    "clean_chars",
    "collapse_elongation",
    "deobfuscate",
    "fold",
    "join_spaced",
    "load_lexicon",
    "normalize",
    "undo_leet",
]
