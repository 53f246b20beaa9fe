"""Structured evidence: lexicon and pattern hits turned into pseudo-words and spans.

The linear heads read n-grams; some harms are better told by a few explicit cues that the
public corpora rarely contain (threats, stereotypes phrased without an insult word,
personal data, scam offers). ``find_evidence`` returns

* ``grams``   pseudo-words ("§id", "§gen", "§gen+id", "§thr+you", "§phone", ...) added to
  view ``w``, so every head can weigh them (learned, not hard rules);
* ``targets`` the identity types (vimod.vocab.TARGETS) whose terms occur: ``Detection.targets``
  is taken from these, and only when ``identity_attack`` fires;
* ``pd``      ``(start, end, kind)`` of phone / national-ID / bank-account numbers and street
  addresses, on the ORIGINAL text (the ``personal_data`` spans).

Terms are matched twice: with their diacritics on the normalised text, and without them on
the "as typed" folded view (only the tokens the author typed without diacritics are folded
there, see ``_prep``), so "ngư dân" never matches "ngu" and "giet may" still matches
"giết mày". Terms whose folded form is an everyday word ("bạn" → "ban", "đạo" → "dao")
are matched with diacritics only. Political / civic terms are never identity groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vimod.detect._civic import fold_simple
from vimod.vocab import TARGETS

# ---------------------------------------------------------------- identity groups (targets)
IDENTITY: dict[str, tuple[str, ...]] = {
    "region": (
        "bắc kỳ", "bắc kì", "bắc cụ", "parky", "bake", "namkiki", "nam kỳ", "nam kì", "nam cầy",
        "trung kỳ", "trung kì", "cá gỗ", "miền bắc", "miền nam", "miền trung", "miền tây",
        "miền đông", "người bắc", "người nam", "người trung", "dân bắc", "dân nam", "dân trung",
        "dân miền", "người miền", "dân tỉnh", "dân tỉnh lẻ", "tỉnh lẻ", "nhà quê", "dân quê",
        "vùng miền", "thanh hóa", "thanh hoá", "nghệ an", "hà tĩnh", "quảng bình", "quảng trị",
        "quảng nam", "quảng ngãi", "bình định", "thái bình", "nam định", "hải dương",
        "hải phòng", "hà nội", "sài gòn", "đà nẵng", "huế", "bến tre", "cà mau", "an giang",
        "đồng tháp", "sóc trăng", "bạc liêu", "kiên giang", "tây nguyên", "đồng bằng",
        "dân nghệ", "dân thanh", "dân hà nội", "dân sài gòn", "dân miền tây", "dân miền bắc",
        "dân miền nam", "dân miền trung", "người hà nội", "người sài gòn", "người miền tây",
    ),
    "ethnicity": (
        "người hoa", "gốc hoa", "người kinh", "dân tộc thiểu số", "người dân tộc", "dân tộc",
        "mọi rợ", "mọi", "mường", "h'mông", "hmông", "hmong", "khmer", "khơ me", "chăm",
        "tày", "nùng", "ê đê", "gia rai", "da đen", "mọi đen", "da màu", "da trắng",
        "da vàng", "nhọ", "chệt", "người do thái", "do thái", "người thượng", "dân thượng",
    ),
    "nationality": (
        "tàu khựa", "khựa", "trung quốc", "tq", "người tàu", "bọn tàu", "tàu cộng",
        "hàn quốc", "người hàn", "nhật bản", "người nhật", "người mỹ", "người việt",
        "việt nam", "việt kiều", "người lào", "campuchia", "cam pu chia", "người cam",
        "thái lan", "người thái", "philippines", "phi líp pin", "ấn độ", "người ấn",
        "châu phi", "người nước ngoài", "ngoại quốc", "người tây", "bọn tây", "thằng tây",
        "nigeria", "người nga", "người pháp", "người anh", "người đài loan", "đài loan",
        "hàn xẻng", "nhật lùn", "cam heo", "ấn độ bẩn", "chó tàu",
    ),
    "religion": (
        "công giáo", "phật giáo", "hồi giáo", "đạo hồi", "thiên chúa", "thiên chúa giáo",
        "tin lành", "cha xứ", "linh mục", "sư thầy", "nhà sư", "thầy chùa", "phật tử",
        "con chiên", "cao đài", "hòa hảo", "hoà hảo", "đạo phật", "đạo chúa", "theo đạo",
        "người theo đạo", "muslim", "tôn giáo", "giáo dân", "nhà thờ", "chùa", "tu sĩ",
        "ni cô", "đạo thiên chúa", "bọn theo đạo", "đạo tin lành",
    ),
    "gender": (
        "đàn bà", "phụ nữ", "con gái", "đàn ông", "đực rựa", "nam giới", "nữ giới", "phái nữ",
        "phái yếu", "phái mạnh", "chị em", "các bà", "mấy bà", "đám đàn bà", "lũ đàn bà",
        "bọn con gái", "gái", "mụ", "nữ", "con mái", "giống cái", "nữ quyền", "đàn bà con gái",
        "phụ nữ mà", "con đàn bà", "thằng đàn ông",
    ),
    "sexuality": (
        "đồng tính", "đồng tính nam", "đồng tính nữ", "bê đê", "pê đê", "bede", "bêđê", "pêđê",
        "buê đuê", "gay", "les", "lesbian", "ô môi", "lgbt", "lgbtq", "bóng lộ", "bóng kín",
        "xăng pha nhớt", "chuyển giới", "người chuyển giới", "song tính", "bóng", "pd",
        "hai phai", "thế giới thứ ba", "giới tính thứ ba", "bóng chó",
    ),
    "disability": (
        "khuyết tật", "tật nguyền", "tàn tật", "thiểu năng", "tự kỷ", "down", "bại não",
        "chậm phát triển", "dị tật", "người tàn tật", "người khuyết tật", "què", "mù",
        "điếc", "câm", "thọt", "cụt", "đui", "mù lòa", "mù loà", "câm điếc", "tâm thần",
        "bị điên", "đao", "thần kinh", "bệnh tâm thần", "người mù", "người điếc",
    ),
}  # fmt: skip

# ---------------------------------------------------------------- cue classes
CUES: dict[str, tuple[str, ...]] = {
    # negative generalisation about a group (no insult word needed)
    "gen": (
        "đều", "toàn là", "toàn bọn", "toàn lũ", "chỉ biết", "chỉ giỏi", "bọn", "lũ", "tụi",
        "đám", "mấy thằng", "mấy con", "cái loại", "loại người", "giống loài", "nòi giống",
        "bản chất", "bản tính", "không đáng tin", "không thể tin", "không nên được",
        "không được phép", "không xứng", "không đáng", "cút về", "cút khỏi", "cút hết",
        "đuổi hết", "đuổi về", "lười biếng", "lười", "ăn bám", "gian xảo", "gian manh",
        "xảo trá", "dơ bẩn", "bẩn thỉu", "hạ đẳng", "thấp kém", "kém cỏi", "mất dạy",
        "vô học", "man rợ", "mọi rợ", "súc vật", "thú vật", "ký sinh", "bệnh hoạn",
        "ghê tởm", "kinh tởm", "đáng khinh", "rác rưởi", "nên bị", "đáng bị", "tiệt chủng",
        "diệt hết", "ai cũng", "nào cũng", "tất cả đều", "thằng nào cũng", "đứa nào cũng",
        "sinh ra để", "chỉ nên", "nên ở nhà", "ở nhà nấu cơm", "vào bếp", "không bằng",
        "là bệnh", "là một bệnh", "cần chữa", "trái tự nhiên", "lệch lạc", "biến thái",
        "không biết gì", "ngu dốt", "trộm cắp", "ăn cắp", "lừa đảo",
        "phản động", "nhậu", "gánh nặng", "vô dụng", "không làm được", "đi bầu",
        "không nên", "đừng cho", "cấm", "tránh xa", "đừng tin", "đừng thuê", "không thuê",
        "không cho thuê", "hạng", "thứ", "đám", "loại",
    ),
    # threats: intent or incitement to harm
    "thr": (
        "giết", "đâm", "chém", "xử", "xử đẹp", "xiên", "bắn", "đốt nhà", "đốt", "đập chết",
        "đánh chết", "đánh cho", "đánh gãy", "bẻ cổ", "cắt cổ", "cắt tiết", "thịt", "làm thịt",
        "tạt axit", "tạt a xít", "axit", "tìm đến nhà", "đến nhà", "biết nhà", "biết nhà mày",
        "cả nhà mày", "cả nhà", "ra đường cẩn thận", "coi chừng", "liệu hồn", "đợi đấy",
        "chờ đấy", "không yên đâu", "biết tay", "cho mày chết", "cho chết", "phải chết",
        "sẽ chết", "mày chết", "chết với tao", "băm", "băm vằm", "phanh thây", "treo cổ",
        "thủ tiêu", "ám sát", "bom", "đánh bom", "nổ tung", "hành hung", "tẩn", "đập",
        "đánh", "xử lý mày", "dằn mặt", "trả thù", "không tha", "đuổi cùng giết tận",
    ),
    # who the threat is aimed at (second person, a named person, a group)
    "you": (
        "mày", "mầy", "mi", "bọn mày", "chúng mày", "tụi mày", "chúng mi", "con kia",
        "thằng kia", "nhà mày", "cả nhà mày", "bố con mày", "mẹ con mày", "nó", "hắn",
        "bọn nó", "tụi nó", "chúng nó", "thằng", "con kia", "cô ta", "anh ta", "lão", "mụ",
    ),
    "intent": (
        "sẽ", "tao sẽ", "bố mày sẽ", "tao", "bố mày", "ông mày", "bà mày", "phải", "muốn",
        "thề", "đi", "đáng", "nên", "cho", "hãy", "kêu gọi", "anh em", "cùng nhau",
    ),
    "selfharm": (
        "tự tử", "tự sát", "muốn chết", "chết quách", "nhảy cầu", "thuốc ngủ", "cắt tay",
        "rạch tay", "cắt cổ tay", "treo cổ", "không muốn sống", "chán sống", "kết thúc cuộc đời",
        "kết liễu", "sống làm gì", "sống để làm gì", "muốn biến mất", "tự hại", "tự làm hại",
        "nhảy lầu", "uống thuốc sâu", "đi chết đi", "chết đi", "tự vẫn", "giải thoát",
        "không thiết sống", "muốn đi theo", "lần cuối", "vĩnh biệt",
    ),
    "sexual": (
        "địt", "đụ", "chịch", "xoạc", "làm tình", "quan hệ", "lồn", "cặc", "buồi", "vú",
        "ngực", "mông", "dâm", "dâm đãng", "dâm dục", "nứng", "sex", "khỏa thân", "khoả thân",
        "nude", "clip nóng", "ảnh nóng", "gạ tình", "gạ gẫm", "đi khách", "gái gọi",
        "một đêm", "ngủ với", "lên giường", "sờ", "sờ mó", "hiếp", "hiếp dâm", "thủ dâm",
        "bím", "chym", "lỗ", "liếm", "bú", "mút", "phang", "đéo nhau", "ảnh khỏa thân",
        "gửi ảnh", "cho xem", "body", "sexy", "gợi cảm", "núi đôi", "vếu", "bướm", "nện",
        "tét mông", "đồ chơi người lớn", "phim người lớn", "phim sex", "18+", "jav",
    ),
    "prof": (
        "đm", "đcm", "dm", "dcm", "đmm", "vl", "vcl", "vkl", "vãi", "vãi lồn", "vãi chưởng",
        "đéo", "éo", "đếch", "cc", "cl", "clm", "đù", "đệch", "mẹ kiếp", "con mẹ nó", "vler",
        "đĩ", "chó chết", "khốn nạn", "mẹ nó", "má nó", "cứt", "đách", "vờ lờ", "vch",
    ),
    "spam": (
        "zalo", "inbox", "ib", "liên hệ", "lh", "hotline", "đặt hàng", "order",
        "giá", "giảm giá", "khuyến mãi", "khuyến mại", "sale", "freeship", "ship cod",
        "mua ngay", "click", "link", "đăng ký", "tham gia nhóm", "kết bạn", "follow",
        "theo dõi kênh", "sub kênh", "kênh", "ghé shop", "xem thêm tại", "shop", "cửa hàng",
        "ưu đãi", "chỉ còn", "số lượng có hạn", "nhanh tay", "chính hãng", "giao hàng",
        "toàn quốc", "tư vấn", "miễn phí", "free", "mã giảm giá", "voucher", "like",
        "share", "page", "fanpage", "telegram", "nhắn tin", "gọi ngay", "đại lý",
        "bán", "cần bán", "thanh lý", "nhận làm", "dịch vụ", "uy tín", "chất lượng",
        "bảo hành", "tặng", "quà tặng", "rẻ", "giá rẻ", "siêu rẻ", "sỉ", "lẻ", "tuyển sỉ",
    ),
    "scam": (
        "vay", "vay tiền", "vay vốn", "giải ngân", "không thế chấp", "lãi suất", "hỗ trợ vay",
        "cần tiền gấp", "vay nhanh", "vay online", "app vay", "nhà cái", "cá cược", "cá độ",
        "tài xỉu", "nổ hũ", "casino", "lô đề", "soi cầu", "bắn cá", "game bài", "nạp tiền",
        "rút tiền", "hoàn tiền", "việc nhẹ lương cao", "cộng tác viên", "ctv", "làm tại nhà",
        "thu nhập", "kiếm tiền", "kiếm tiền online", "việc làm online", "tài khoản ngân hàng",
        "bán tài khoản", "mua tài khoản", "thuê tài khoản", "sim số đẹp", "sim rác", "bán sim",
        "trúng thưởng", "nhận quà", "tri ân", "xác minh tài khoản", "otp", "mã otp",
        "đăng nhập", "khóa tài khoản", "khoá tài khoản", "phần thưởng", "quay số",
        "chúc mừng bạn", "trúng", "đầu tư", "lợi nhuận", "sinh lời", "x2", "x3", "tiền ảo",
        "coin", "forex", "chốt đơn", "nhiệm vụ", "làm nhiệm vụ", "hoa hồng", "đóng phí",
        "cọc", "đặt cọc", "phí hồ sơ", "lương", "triệu/ngày", "triệu một ngày", "/ngày",
        "mỗi ngày", "uy tín", "cmnd", "cccd", "bao đậu", "bao đỗ", "chứng chỉ", "bằng giả",
        "làm bằng", "thẻ tín dụng", "rút tiền mặt", "đáo hạn", "kèo", "nhà cái uy tín",
    ),
    "idcue": ("cmnd", "cccd", "căn cước", "chứng minh", "chứng minh thư", "số định danh",
              "hộ chiếu"),
    "bankcue": (
        "stk", "số tài khoản", "tài khoản", "tk", "ngân hàng", "vietcombank", "vcb",
        "techcombank", "tcb", "mbbank", "mb bank", "bidv", "agribank", "vietinbank", "acb",
        "tpbank", "sacombank", "vpbank", "momo", "chủ tài khoản", "ctk", "chuyển khoản", "ck",
        "hdbank", "shb", "ocb", "msb", "vib", "seabank", "eximbank", "scb",
    ),
    "addrcue": (
        "nhà", "ở", "sống ở", "địa chỉ", "đ/c", "nhà nó", "nhà nó ở", "nhà con", "nhà thằng",
        "nhà mày", "nhà ở", "trú tại", "ngụ tại", "hộ khẩu",
    ),
    "doxcue": (
        "đây là", "số của", "số điện thoại của", "sđt của", "sdt của", "gọi cho nó", "gọi cho",
        "nhắn cho", "khủng bố", "mọi người gọi", "anh em gọi", "vào mà chửi", "gọi điện",
        "nhà nó", "nhà con", "nhà thằng", "nó tên", "tên thật", "địa chỉ nhà", "bố mẹ nó",
        "vợ nó", "chồng nó", "công ty nó", "nó làm ở", "share cho", "cho anh em",
    ),
}  # fmt: skip

# Folded forms that are everyday words: such terms count only with their diacritics.
_AMBIGUOUS_FOLDED = {
    "dao", "ban", "bon", "tui", "mu", "cam", "que", "su", "gai", "bong", "nu", "vay", "xu",
    "dam", "mi", "thu", "lo", "bu", "mut", "dot", "dap", "danh", "loai", "hang", "da",
    "tau", "tay", "thai", "my", "nho", "muong", "cham", "moi", "mong", "vu", "nguc",
    "buom", "ne", "tang", "re", "le", "si", "gia", "kenh", "shop", "ctv", "coc",
    "luong", "trung", "nha", "o", "tk", "ck", "con", "lao", "thang", "no", "han", "nen",
    "di", "cho", "phai", "muon", "the", "hay", "deu", "lu", "cut", "cuc", "dien",
    "hoa", "kinh", "nung", "chua", "dong", "than kinh", "tam than", "dong bang", "cam heo",
    "vai", "eo", "dech", "than", "ngu", "dan", "bi dien", "bom", "bam",
    "theo dao", "dao hoi", "dao phat", "dao chua", "nam", "bac", "tien ao", "so", "cac",
    "dang", "deo", "du", "lon", "may", "ngay", "nhau", "se", "tan", "thit", "tu tu", "bim",
    "keo", "luoi", "be co", "ca do", "co ta", "nha o", "me no", "ma no", "vo no", "so mo",
    "d c", "lo de", "an do", "tu si", "ni co", "chem", "dui",
}  # fmt: skip


_WORD = re.compile(r"\w+")


def _key(s: str) -> str:
    return " ".join(_WORD.findall(s))


def _build() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], int]:
    """Phrase -> cue classes, once with diacritics and once folded (unambiguous ones)."""
    classes: dict[str, set[str]] = {}
    for tgt, terms in IDENTITY.items():
        for t in terms:
            classes.setdefault(_key(t), set()).add("id:" + tgt)
    for cue, terms in CUES.items():
        for t in terms:
            classes.setdefault(_key(t), set()).add(cue)
    accented = {t: tuple(sorted(cs)) for t, cs in classes.items() if t}
    folded: dict[str, set[str]] = {}
    for t, cs in classes.items():
        f = fold_simple(t)
        if t and f != t and f not in _AMBIGUOUS_FOLDED:
            folded.setdefault(f, set()).update(cs)
    longest = max(t.count(" ") + 1 for t in accented)
    return accented, {t: tuple(sorted(cs)) for t, cs in folded.items()}, longest




# ---------------------------------------------------------------- patterns on the input
_DIGIT = re.compile(r"\d")
_SEP = r"[ .\-]?"
PHONE_RE = re.compile(r"(?<![\d\w])(?:\+84|0084|84|0)" + _SEP + r"[35789](?:" + _SEP
                      + r"\d){8}(?![\d])")
LANDLINE_RE = re.compile(r"(?<![\d\w])0?2\d{1,2}" + _SEP + r"\d{3,4}" + _SEP + r"\d{4}(?!\d)")
ID12_RE = re.compile(r"(?<![\d\w])0\d{2}[ .]?\d{3}[ .]?\d{6}(?!\d)")
DIGITS_RE = re.compile(r"(?<![\d\w])\d(?:[ .\-]?\d){7,15}(?![\d])")
ID9_RE = re.compile(r"(?<![\d\w])\d{9}(?!\d)")
URL_RE = re.compile(r"(?i)(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|vn|net|org|info|xyz|top|"
                    r"club|shop|online|site|me|io|ly|co)(?:/\S*)?\b|\bbit\.ly/\S+")
_ADDR_WORD = (r"(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|đường|duong|phố|pho|tổ|to|thôn|thon|"
              r"xóm|xom|ấp|ap|khu phố|kp|phường|phuong|quận|quan|p\.|q\.)")
ADDR_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:số|so|nhà|nha|sn)\s*)?\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,3}\s*,?\s*"
    + _ADDR_WORD + r"\s*[\w/]+(?: +[\w/]+){0,4}"
)
ADDR2_RE = re.compile(
    r"(?i)(?<!\w)(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet)\s*\d{1,4}(?:/\d{1,4}){0,3}"
    r"(?: +[\w/]+){0,4}"
)


@dataclass(frozen=True, slots=True)
class Evidence:
    grams: tuple[str, ...] = ()
    targets: frozenset[str] = frozenset()
    pd: tuple[tuple[int, int, str], ...] = ()


NONE = Evidence()


def _prefixes(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    out: set[str] = set()
    for t in table:
        words = t.split(" ")
        out.update(" ".join(words[:k]) for k in range(1, len(words)))
    return frozenset(out)


def _lookup(words: list[str], table: dict[str, tuple[str, ...]], prefixes: frozenset[str],
            out: set[str]) -> None:
    """Add the classes of every phrase of ``table`` found in ``words``: dict lookups of the
    n-grams starting at each word, extended only while they are a prefix of some phrase."""
    n = len(words)
    get = table.get
    for i, w in enumerate(words):
        hit = get(w)
        if hit:
            out.update(hit)
        key, j = w, i + 1
        while j < n and key in prefixes:
            key = key + " " + words[j]
            hit = get(key)
            if hit:
                out.update(hit)
            j += 1


_ACCENTED, _FOLDED, _LONGEST = _build()
_BOTH = {**_ACCENTED, **{k: tuple(sorted(set(v) | set(_ACCENTED.get(k, ()))))
                         for k, v in _FOLDED.items()}}
_PREFIX_A = _prefixes(_ACCENTED)
_PREFIX_B = _prefixes(_BOTH)


def _classes_of(text: str, asis: str) -> set[str]:
    """Cue classes of a text. ``asis`` holds accented words where they were typed with
    diacritics and folded ones elsewhere, so one pass over it with both tables finds both;
    the normalised ``text`` is read too when it differs (restored or rewritten words)."""
    out: set[str] = set()
    _lookup(_WORD.findall(asis), _BOTH, _PREFIX_B, out)
    if asis != text:
        _lookup(_WORD.findall(text), _ACCENTED, _PREFIX_A, out)
    return out


def _trim_address(original: str, a: int, b: int) -> tuple[int, int]:
    """An address match ends before trailing punctuation / spaces."""
    while b > a and not original[b - 1].isalnum():
        b -= 1
    return a, b


def personal_data_spans(original: str, classes: set[str]) -> list[tuple[int, int, str]]:
    """Phone numbers, 12-digit national IDs (9-digit ones and bank accounts only with a
    cue word in the text), street addresses: ``(start, end, kind)`` on ``original``."""
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, kind: str) -> None:
        if b > a and not any(a < y and x < b for x, y in taken):
            taken.append((a, b))
            out.append((a, b, kind))

    if _DIGIT.search(original):
        for m in PHONE_RE.finditer(original):
            add(*m.span(), "phone")
        for m in ID12_RE.finditer(original):
            add(*m.span(), "id")
        if "idcue" in classes:
            for m in ID9_RE.finditer(original):
                add(*m.span(), "id")
        if "bankcue" in classes:
            for m in DIGITS_RE.finditer(original):
                add(*m.span(), "bank")
        if "doxcue" in classes or "addrcue" in classes:
            for m in LANDLINE_RE.finditer(original):
                add(*m.span(), "phone")
        for rx in (ADDR_RE, ADDR2_RE):
            for m in rx.finditer(original):
                add(*_trim_address(original, *m.span()), "address")
    out.sort()
    return out


def find_evidence(text: str, asis: str, original: str) -> Evidence:
    """Evidence of one text: ``text`` normalised (accented), ``asis`` the as-typed folded
    view (see module doc), ``original`` the input."""
    classes = _classes_of(text, asis)
    pd = personal_data_spans(original, classes)
    url = URL_RE.search(original) is not None
    if not classes and not pd and not url:
        return NONE
    targets = frozenset(c[3:] for c in classes if c.startswith("id:"))
    grams: list[str] = ["§" + c for c in sorted(classes) if not c.startswith("id:")]
    if targets:
        grams.append("§id")
        grams += ["§id:" + t for t in sorted(targets)]
    # conjunctions a linear model cannot form on its own
    if targets and "gen" in classes:
        grams.append("§gen+id")
    if "thr" in classes and "you" in classes:
        grams.append("§thr+you")
        if "intent" in classes:
            grams.append("§thr+you+intent")
    if "thr" in classes and targets:
        grams.append("§thr+id")
    if "sexual" in classes and "you" in classes:
        grams.append("§sexual+you")
    kinds = {k for _, _, k in pd}
    grams += ["§pd:" + k for k in sorted(kinds)]
    if pd:
        grams.append("§pd")
        if "spam" in classes or url:
            grams.append("§pd+ad")
        if "scam" in classes:
            grams.append("§pd+scam")
        if "doxcue" in classes or "you" in classes:
            grams.append("§pd+dox")
    if url:
        grams.append("§url")
    return Evidence(tuple(grams), targets, tuple(pd))


def ordered_targets(targets: frozenset[str]) -> list[str]:
    return [t for t in TARGETS if t in targets]
