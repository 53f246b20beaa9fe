"""vimod.text.learn_diacritics: counting syllables and bigrams, the shipped array format,
and a Restorer built from a tiny learning run."""

from collections import Counter
from pathlib import Path

import numpy as np

from vimod.text._diacritics import Restorer
from vimod.text.learn_diacritics import (
    _bigram_arrays,
    _Syllables,
    count_lines,
    news_lines,
    news_tone_style,
)

NEWS = [
    "Tôi đi ngủ sớm .",
    "Họ đi ngủ muộn .",
    "Ngư dân ra khơi , ngư dân trở về .",
    "Chúng tôi đi học , sức khỏe tốt , sức khỏe tốt .",
    "Hôm nay tôi đi ngủ sớm",
]
SOCIAL = ["mày ngu quá", "mày ngu thật", "đi ngủ đi mày", "mày ngu vãi"]


def _restorer(tmp_path: Path) -> Restorer:
    syllable = _Syllables()
    nu: Counter[str] = Counter()
    nb: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    path = tmp_path / "train.txt.gz"
    import gzip

    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(NEWS) + "\n")
    n_news = count_lines(news_lines(path, None), syllable, nu, nb, tokens)
    assert n_news == sum(len([t for t in s.split() if t.isalpha()]) for s in NEWS)
    su: Counter[str] = Counter()
    sb: Counter[str] = Counter()
    count_lines(SOCIAL, syllable, su, sb)
    syllables = sorted(set(nu) | set(su))
    index = {s: i for i, s in enumerate(syllables)}
    uni = (np.array([nu[s] for s in syllables]), np.array([su[s] for s in syllables]))
    return Restorer(syllables, uni[0], uni[1], _bigram_arrays(nb, index, 1),
                    _bigram_arrays(sb, index, 1))


def test_count_lines_breaks_bigrams_at_non_syllables(tmp_path: Path) -> None:
    syllable = _Syllables()
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    tokens: Counter[str] = Counter()
    n = count_lines(["Đi ngủ , đi CIA ngủ"], syllable, uni, bi, tokens)
    assert n == 4
    assert uni == Counter({"đi": 2, "ngủ": 2})
    assert bi == Counter({"đi ngủ": 1})  # "," and "cia" break the chain
    assert tokens["cia"] == 1


def test_news_lines_stops_at_max_lines(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "n.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("một\nhai\nba\n")
    assert [x.strip() for x in news_lines(path, 2)] == ["một", "hai"]


def test_bigram_arrays_are_sorted_keys_over_the_index() -> None:
    index = {"a": 0, "b": 1, "c": 2}
    keys, counts = _bigram_arrays(Counter({"c a": 5, "a b": 2, "b c": 1, "a x": 9}), index, 2)
    assert keys.tolist() == [0 * 3 + 1, 2 * 3 + 0]  # "b c" is under min_count, "x" unknown
    assert counts.tolist() == [2, 5]
    assert keys.dtype == np.int32 and counts.dtype == np.int32


def test_tone_style_follows_the_news_placement() -> None:
    syllable = _Syllables()
    uni: Counter[str] = Counter()
    count_lines(["khỏe"] * 3 + ["khoẻ"], syllable, uni, Counter())
    assert news_tone_style(syllable, 2) == {"khoẻ": "khỏe"}
    assert news_tone_style(syllable, 10) == {}


def test_tiny_learning_run_restores_in_context(tmp_path: Path) -> None:
    r = _restorer(tmp_path)
    assert r.restore(("di", "ngu", "som"), (False, False, False)) == ("đi", "ngủ", "sớm")
    assert r.restore(("ngu", "dan"), (False, False)) == ("ngư", "dân")
    # the social model reads "may ngu" as an insult
    assert r.restore(("may", "ngu", "qua"), (False, False, False)) == ("mày", "ngu", "quá")
    # a fixed word stays as it is and still serves as context
    assert r.restore(("đi", "ngu"), (True, False)) == ("đi", "ngủ")
    assert r.candidates("di") == ["đi"]
