"""A tiny deterministic stand-in for ``vimod.Detector`` (keyword rules), so API tests do not
depend on the trained model. It counts calls so tests can prove "no second detection"."""

from __future__ import annotations

from vimod.detect import Detection
from vimod.vocab import CATEGORIES

# keyword -> (label, hate, offensive, spam, categories that fire, targets)
_RULES = [
    ("giết hết", "HATE", 0.95, 0.03, 0.0, {"identity_attack": 0.95, "threat": 0.9}, ["ethnicity"]),
    ("bọn mọi", "HATE", 0.6, 0.3, 0.0, {"identity_attack": 0.65}, ["ethnicity"]),
    ("đồ ngu", "OFFENSIVE", 0.02, 0.9, 0.0, {"insult": 0.9}, []),
    ("mua ngay", "CLEAN", 0.0, 0.02, 0.99, {"spam": 0.99}, []),
]


class FakeDetector:
    version = "fake-1"

    def __init__(self) -> None:
        self.calls = 0
        self.texts: list[str] = []

    def predict(self, texts: list[str]) -> list[Detection]:
        self.calls += 1
        self.texts.extend(texts)
        out = []
        for text in texts:
            low = text.lower()
            label, hate, off, spam, spans = "CLEAN", 0.01, 0.02, 0.01, []
            categories = dict.fromkeys(CATEGORIES, 0.01)
            targets: list[str] = []
            for kw, lab, h, o, sp, fired, tg in _RULES:
                pos = low.find(kw)
                if pos >= 0:
                    label, hate, off, spam, targets = lab, h, o, sp, list(tg)
                    categories.update(fired)
                    if lab != "CLEAN":
                        top = max(fired, key=fired.__getitem__)
                        spans = [{"start": pos, "end": pos + len(kw),
                                  "text": text[pos:pos + len(kw)], "category": top}]
                    break
            categories["spam"] = spam
            scores = {"CLEAN": round(1 - hate - off, 6), "OFFENSIVE": off, "HATE": hate}
            out.append(Detection(label=label, scores=scores, spam=spam, spans=spans,
                                 model=self.version, categories=categories, targets=targets))
        return out
