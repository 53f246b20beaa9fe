"""Political and civic targets are never evidence of abuse.

ViHSD labels a large share of comments that merely mention the Party, the state or the
police as HATE (47% of train comments with "đảng", 67% with "cộng sản"; base rate 10.6%).
A model trained on it learns "mentions power => hate". We cut that at the root: before any
feature is extracted, mentions of political / civic *targets* are blanked out (replaced by
spaces, so offsets stay aligned) in the normalised and in the folded text. No head can
then give weight to the target itself; insults aimed at a target still carry their own
evidence ("thằng bộ trưởng ngu như chó" keeps "thằng", "ngu như chó").

Multi-syllable terms are matched on the accent-folded text, so "cong an" and "công an"
both match. Single syllables whose folded form is an everyday word ("đảng" folds to
"dang", like "đang" = "currently") are matched only with their diacritics.
"""

from __future__ import annotations

import re

# Written with diacritics, lower case; the folded forms are derived below.
TARGET_TERMS: tuple[str, ...] = (
    "đảng cộng sản", "cộng sản", "đảng viên", "đảng ủy", "đảng uỷ", "đcs", "đcsvn", "csvn",
    "nhà nước", "chính phủ", "chính quyền", "nhà cầm quyền", "chế độ", "chính trị",
    "chính sách", "bộ chính trị", "trung ương", "tổng bí thư", "bí thư",
    "quốc hội", "đại biểu quốc hội", "đại biểu", "hội đồng nhân dân", "hđnd",
    "ủy ban nhân dân", "uỷ ban nhân dân", "ủy ban", "uỷ ban", "ubnd",
    "thủ tướng", "phó thủ tướng", "chủ tịch nước", "chủ tịch", "phó chủ tịch",
    "bộ trưởng", "thứ trưởng", "bộ công an", "bộ y tế", "bộ giáo dục", "bộ tài chính",
    "bộ ngoại giao", "bộ quốc phòng", "bộ giao thông", "bộ ngành",
    "công an", "cảnh sát", "cảnh sát giao thông", "csgt", "dân phòng", "quản lý thị trường",
    "quan chức", "giới chức", "cán bộ", "lãnh đạo", "công chức", "viên chức",
    "tòa án", "toà án", "viện kiểm sát", "thẩm phán", "quân đội", "bộ đội",
    "phường", "sở giáo dục", "sở y tế", "chính khách", "nghị sĩ", "tổng thống", "quan tham",
)  # fmt: skip

# Single syllables that must keep their diacritics to count (their folded form is common).
AMBIGUOUS_WHEN_FOLDED: tuple[str, ...] = ("đảng",)

_FOLD = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd",
)


def fold_simple(s: str) -> str:
    """Accent-fold lower-case Vietnamese (used only to build the term patterns)."""
    return s.translate(_FOLD)


def _alternation(terms: list[str]) -> str:
    # Longest first so "đảng cộng sản" wins over "cộng sản".
    parts = sorted({re.escape(t).replace(r"\ ", r"\s+") for t in terms}, key=len, reverse=True)
    return "|".join(parts)


_FOLDED_RE = re.compile(
    r"(?<!\w)(?:" + _alternation([fold_simple(t) for t in TARGET_TERMS]) + r")(?!\w)"
)
_ACCENTED_RE = re.compile(r"(?<!\w)(?:" + _alternation(list(AMBIGUOUS_WHEN_FOLDED)) + r")(?!\w)")


def find_targets(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans (in ``text``/``folded`` coordinates) of political / civic target mentions."""
    spans = [m.span() for m in _FOLDED_RE.finditer(folded)]
    spans += [m.span() for m in _ACCENTED_RE.finditer(text)]
    return spans


def mask_targets(text: str, folded: str) -> tuple[str, str]:
    """Blank out target mentions in both views, keeping lengths (and alignment)."""
    return mask_spans(text, folded, find_targets(text, folded))


def mask_spans(text: str, folded: str, spans: list[tuple[int, int]]) -> tuple[str, str]:
    if not spans:
        return text, folded
    t, f = list(text), list(folded)
    for a, b in spans:
        t[a:b] = " " * (b - a)
        f[a:b] = " " * (b - a)
    return "".join(t), "".join(f)


# HATE means attacking people for who they are. Words that name such a group (region,
# ethnicity, nationality, religion, gender, sexuality, disability, illness). Matched on the
# folded text. Used only by ``hate_needs_identity``.
IDENTITY_TERMS: tuple[str, ...] = (
    "bắc kỳ", "bắc cụ", "parky", "bake", "nam kỳ", "namkiki", "nam cầy", "trung kỳ", "cá gỗ",
    "miền bắc", "miền nam", "miền trung", "người bắc", "người nam", "dân bắc", "dân nam",
    "thanh hóa", "thanh hoá", "nghệ an", "hà tĩnh", "nhà quê", "vùng miền",
    "tàu khựa", "khựa", "tàu", "trung quốc", "tq", "chệt", "mọi", "mọi rợ", "dân tộc",
    "da đen", "mọi đen", "da màu", "hàn quốc", "nhật", "người việt", "việt nam",
    "đạo", "công giáo", "phật giáo", "hồi giáo", "thiên chúa", "tin lành", "cha xứ", "sư",
    "đàn bà", "phụ nữ", "con gái", "đàn ông", "gái", "mụ", "đực rựa",
    "đồng tính", "bê đê", "pê đê", "bede", "gay", "les", "ô môi", "lgbt", "bóng", "xăng pha nhớt",
    "què", "khuyết tật", "tật nguyền", "thiểu năng", "tự kỷ", "down", "mù", "điếc", "câm",
    "sida", "hiv", "bệnh", "béo", "mập", "lùn",
)  # fmt: skip

_IDENTITY_RE = re.compile(
    r"(?<!\w)(?:" + _alternation([fold_simple(t) for t in IDENTITY_TERMS]) + r")(?!\w)"
)


def names_identity_group(folded: str) -> bool:
    return _IDENTITY_RE.search(folded) is not None


def hate_needs_identity(text: str, folded: str) -> bool:
    """True when a HATE verdict is not allowed: the text aims at a political / civic target
    and names no identity group. ViHSD labels most insults at officials HATE; by vimod's
    definition they are OFFENSIVE (abuse stays abuse, but power is not an identity)."""
    return bool(find_targets(text, folded)) and not names_identity_group(folded)


# Counter-speech: a slur quoted in order to condemn it. Quoted segments plus a condemnation
# cue outside the quotes. Such a text is never HATE (at most OFFENSIVE, so that a person can
# still look at it: an attacker could dress a slur up the same way).
_QUOTED = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|«[^»]{1,80}»|'[^']{1,80}'")
CONDEMN_CUES: tuple[str, ...] = (
    "phân biệt", "kỳ thị", "xúc phạm", "lên án", "đừng", "không nên", "thiếu tôn trọng",
    "xấu hổ", "miệt thị", "chấm dứt", "phản đối", "không chấp nhận", "không được", "sai",
    "không hay", "đáng trách", "vô văn hóa", "vô văn hoá", "đừng gọi",
)  # fmt: skip
_CONDEMN_RE = re.compile(
    r"(?<!\w)(?:" + _alternation([fold_simple(t) for t in CONDEMN_CUES]) + r")(?!\w)"
)


def is_counter_speech(folded: str) -> bool:
    if not _QUOTED.search(folded):
        return False
    return _CONDEMN_RE.search(_QUOTED.sub(" ", folded)) is not None
