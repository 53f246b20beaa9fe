"""Build vimod's contrastive training set (``datasets/contrastive/train.jsonl``).

Run: ``.venv/bin/python datasets/contrastive/build.py`` (writes train.jsonl and prints the
composition table pasted into DATASHEET.md). Deterministic: the same code gives the same file.

The material below was written by the vimod team. Three kinds of rows come out of it:

* ``hand``      - individually written sentences (blocks starting with ``@``),
* ``template``  - minimal pairs expanded from hand-written templates and slot lists,
* ``transform`` - register variants made mechanically from accented rows: unaccented,
  teencode and obfuscated. A variant keeps the label of the sentence it came from, also when
  stripping diacritics changes the surface meaning ("ngủ" -> "ngu" stays the benign "sleep").

Each harmful case shares its ``group`` with benign rows on the same group, word or topic, so a
model trained on it has to learn the difference, not the word. The labelling rule is the
contract's: HATE if identity_attack or threat; else OFFENSIVE if insult, profanity or sexual;
else CLEAN. Names, phone numbers, ID and account numbers are invented.
"""
# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vimod.vocab import CATEGORIES, TARGETS

HERE = Path(__file__).resolve().parent
OUT = HERE / "train.jsonl"
SEED = 20261203
REGISTERS = ("accented", "unaccented", "teencode", "obfuscated")
# Probabilities of each variant per accented source row; 1 : .36 : .27 : .18 gives roughly
# 55 / 20 / 15 / 10 per cent of the rows.
P_UNACCENTED = 0.36
P_TEENCODE = 0.36
P_OBFUSCATED = 0.28
FORCE_UNACCENTED = frozenset({"trap_unaccented", "word_ngu_sleep", "word_ngu_dan", "word_cho", "word_bo"})


@dataclass(frozen=True)
class Row:
    text: str
    categories: tuple[str, ...]
    targets: tuple[str, ...]
    group: str
    topic: str
    register: str
    source: str  # hand / template / transform (reported, not written)

    @property
    def benign(self) -> bool:
        return not self.categories

    @property
    def label(self) -> str:
        return label_for(self.categories)


def label_for(categories: tuple[str, ...] | list[str]) -> str:
    cats = set(categories)
    if cats & {"identity_attack", "threat"}:
        return "HATE"
    if cats & {"insult", "profanity", "sexual"}:
        return "OFFENSIVE"
    return "CLEAN"


def _ordered(names: list[str], universe: tuple[str, ...], what: str) -> tuple[str, ...]:
    unknown = set(names) - set(universe)
    if unknown:
        raise ValueError(f"unknown {what}: {sorted(unknown)}")
    return tuple(n for n in universe if n in names)


def _split_names(field: str) -> list[str]:
    field = field.strip()
    return [] if field in ("", "-") else [n.strip() for n in field.split(",")]


def parse_blocks(material: str) -> Iterator[Row]:
    """Blocks: a header ``@ group | topic | categories | targets [| register]`` then one
    sentence a line; ``-`` for none; lines starting with ``#`` are comments."""
    header: tuple[str, str, tuple[str, ...], tuple[str, ...], str] | None = None
    for lineno, raw in enumerate(material.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            fields = [f.strip() for f in line[1:].split("|")]
            if len(fields) not in (4, 5):
                raise ValueError(f"bad header at line {lineno}: {line}")
            cats = _ordered(_split_names(fields[2]), CATEGORIES, "category")
            tgts = _ordered(_split_names(fields[3]), TARGETS, "target")
            register = fields[4] if len(fields) == 5 else "accented"
            if register not in REGISTERS:
                raise ValueError(f"bad register at line {lineno}: {register}")
            header = (fields[0], fields[1], cats, tgts, register)
            continue
        if header is None:
            raise ValueError(f"sentence before any header at line {lineno}")
        group, topic, cats, tgts, register = header
        yield Row(line, cats, tgts, group, topic, register, "hand")


# --------------------------------------------------------------------------------------------
# Register transforms
# --------------------------------------------------------------------------------------------


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


# Longest phrases first; each entry: accented lowercase phrase -> teencode spellings.
TEENCODE: dict[str, tuple[str, ...]] = {
    "địt mẹ mày": ("đm m", "dmm", "đmm"),
    "địt mẹ": ("đm", "dm", "đmm"),
    "đụ má": ("đm", "dm"),
    "vãi cả lồn": ("vcl", "vkl"),
    "vãi lồn": ("vl", "vkl"),
    "cái lồn": ("cl", "cln"),
    "con cặc": ("cc", "ccc"),
    "cái con cặc": ("ccc",),
    "không biết": ("ko bik", "k bít", "hok bik"),
    "số điện thoại": ("sđt", "sdt"),
    "điện thoại": ("đt", "dt"),
    "nhắn tin": ("ib", "nt"),
    "inbox": ("ib",),
    "facebook": ("fb", "phây"),
    "bây giờ": ("bh", "h"),
    "cảm ơn": ("cám ơn", "camon", "thanks"),
    "xin lỗi": ("sr", "xl"),
    "dễ thương": ("cute", "dễ thưn"),
    "học sinh": ("hs",),
    "giáo viên": ("gv",),
    "trời ơi": ("trời ơiii", "trùi ui"),
    "không": ("ko", "k", "hok", "hông", "khum"),
    "được": ("dc", "đc", "đươc"),
    "với": ("vs", "vớj"),
    "gì": ("j", "gì"),
    "biết": ("bik", "bít", "bjk"),
    "người": ("ng", "ngừi"),
    "mày": ("m", "mài", "mi"),
    "tao": ("t", "tau"),
    "rồi": ("r", "rùi", "rầu"),
    "quá": ("wá", "qá", "quá"),
    "vậy": ("v", "z", "zậy"),
    "yêu": ("iu", "yiu"),
    "bạn": ("bn", "bạn"),
    "mình": ("mk", "mik", "mh"),
    "chồng": ("ck",),
    "vợ": ("vk",),
    "nhiều": ("nhìu",),
    "luôn": ("lun",),
    "thôi": ("thui",),
    "nhé": ("nha", "nhe", "nhá"),
    "thật": ("thiệt", "thật"),
    "giờ": ("h", "giờ"),
    "trước": ("trc",),
    "lắm": ("lém", "lắm"),
    "mấy": ("mí", "mấy"),
    "phải": ("fải", "phải"),
    "anh em": ("ae",),
    "đi": ("đi", "đj"),
    "đéo": ("đéo", "đ", "dell"),
    "chết": ("chết", "chít"),
    "thế": ("thế", "thía"),
    "ạ": ("ạ", "ah", "ak"),
    "em": ("e", "em"),
    "anh": ("a", "anh"),
    "chị": ("c", "chị"),
    "tiền": ("tiền", "xiền"),
    "ok": ("oke", "oki"),
    "vui": ("zui",),
    "vào": ("zô", "vô"),
    "như": ("như", "nhu"),
    "ghê": ("ghê", "ghia"),
}
_TEEN_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(TEENCODE, key=len, reverse=True)) + r")(?!\w)"
)


def to_teencode(text: str, rng: random.Random) -> str | None:
    lowered = text.lower()
    changed = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        options = TEENCODE[match.group(1)]
        if rng.random() < 0.85:
            choice = rng.choice(options)
            if choice != match.group(1):
                changed += 1
            return choice
        return match.group(1)

    out = _TEEN_RE.sub(swap, lowered)
    if changed == 0:
        return None
    if rng.random() < 0.3:  # many teencode writers also drop the diacritics
        out = strip_diacritics(out)
    if rng.random() < 0.3:
        out = out.rstrip(".!?") + rng.choice((" :))", " =))", " kkk", " hihi", " :v", " ><"))
    return out.rstrip(".") if rng.random() < 0.6 else out


# Words people disguise to get past filters (accented lowercase; matched as whole words).
OBFUSCATABLE: tuple[str, ...] = (
    "địt mẹ", "đụ má", "đm", "dm", "vl", "vcl", "cc", "clgt", "đéo", "địt", "đụ", "lồn", "cặc", "buồi",
    "đĩ", "điếm", "ngu", "óc chó", "chó", "súc vật", "súc sinh", "con mẹ", "mẹ mày", "khốn nạn",
    "giết", "chém", "chết", "đâm", "bắn", "đốt", "bê đê", "pê đê", "bóng", "khựa", "tàu khựa",
    "bắc kỳ", "parky", "nam kỳ", "bắc cụ", "mọi", "đao", "thiểu năng", "đần", "rác rưởi", "cút",
    "óc lợn", "não tàn", "dâm", "ngực", "chịch", "sex", "nứng", "zalo", "vay", "cá độ", "nhà cái",
    "link", "inbox", "ib", "thưởng", "tự tử", "nhảy cầu", "cắt tay", "lừa", "mặt lồn", "mất dạy",
)
_OBF_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(OBFUSCATABLE, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_LEET = {"o": "0", "a": "@", "i": "1", "e": "3", "ô": "0", "ơ": "0", "u": "u"}
_VOWELS = set("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _disguise(word: str, rng: random.Random) -> str:
    letters = word.replace(" ", "")
    style = rng.randrange(7)
    if style == 0:
        return ".".join(letters)
    if style == 1:
        return " ".join(letters)
    if style == 2:
        idx = [i for i, c in enumerate(word) if c.lower() in _VOWELS]
        if idx:
            i = rng.choice(idx)
            return word[:i] + "*" + word[i + 1 :]
        return word[0] + "*" + word[1:]
    if style == 3:
        return word + word[-1] * rng.randint(2, 4)
    if style == 4:
        return word + "~"
    if style == 5:
        out = "".join(_LEET.get(c, c) for c in word)
        return out if out != word else word[:1] + "." + word[1:]
    return "_".join(word.split(" ")) if " " in word else word[:1] + "." + word[1:]


_PHONE_RE = re.compile(r"\b0\d{2,3}(?:[ .]?\d{3}){2}\b")
_DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _disguise_phone(match: re.Match[str], rng: random.Random) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    style = rng.randrange(3)
    if style == 0:
        return " ".join(digits)
    if style == 1:
        return digits.replace("0", "o", 2)
    return " ".join(_DIGIT_WORDS[int(d)] for d in digits[:4]) + " " + digits[4:]


def to_obfuscated(text: str, rng: random.Random, harmful: bool) -> str | None:
    if harmful and _PHONE_RE.search(text) and rng.random() < 0.6:
        # Spammers and doxxers disguise numbers ("o9 12...", "không chín một hai ...").
        return _PHONE_RE.sub(lambda m: _disguise_phone(m, rng), text)
    if harmful:
        hits = list(_OBF_RE.finditer(text))
        if not hits:
            return None
        chosen = {m.start() for m in hits if rng.random() < 0.7} or {hits[0].start()}
        out = _OBF_RE.sub(lambda m: _disguise(m.group(1), rng) if m.start() in chosen else m.group(1), text)
        return out if out != text else None
    # Benign writers stretch and decorate words too; the model must not read that as abuse.
    words = text.split(" ")
    long_words = [i for i, w in enumerate(words) if len(w) >= 3 and w[-1].isalpha()]
    if not long_words:
        return None
    # Mostly the last word ("quá điii"), as people stretch the end of a sentence.
    i = long_words[-1] if rng.random() < 0.7 else rng.choice(long_words)
    words[i] = words[i] + words[i][-1] * rng.randint(2, 4)
    out = " ".join(words)
    if rng.random() < 0.5:
        out = out.rstrip(".") + rng.choice(("~~", "!!!", " ~", "..."))
    return out


def variants(row: Row, rng: random.Random) -> Iterator[Row]:
    if row.register != "accented":
        return
    # Rows written to teach the diacritic traps ("ngủ" -> "ngu", "đeo" -> "deo") always get
    # their unaccented twin.
    if row.group in FORCE_UNACCENTED or rng.random() < P_UNACCENTED:
        plain = strip_diacritics(row.text)
        if rng.random() < 0.5:
            plain = plain.lower()
        if plain != row.text:
            yield Row(plain, row.categories, row.targets, row.group, row.topic, "unaccented", "transform")
    if rng.random() < P_TEENCODE:
        teen = to_teencode(row.text, rng)
        if teen:
            yield Row(teen, row.categories, row.targets, row.group, row.topic, "teencode", "transform")
    if rng.random() < (P_OBFUSCATED * (2.0 if not row.benign else 0.55)):
        obf = to_obfuscated(row.text, rng, harmful=not row.benign)
        if obf:
            yield Row(obf, row.categories, row.targets, row.group, row.topic, "obfuscated", "transform")


# --------------------------------------------------------------------------------------------
# Hand-written material. Header: @ group | topic | categories | targets [| register]
# --------------------------------------------------------------------------------------------

HAND: list[str] = []

HAND.append("""
# ---- region ---------------------------------------------------------------------------
@ region_mien_tay | region | identity_attack | region
Dân miền Tây lười biếng, chỉ biết nhậu.
Người miền Tây toàn ăn xong nằm võng, chẳng chịu làm ăn gì.
Mấy đứa miền Tây lên thành phố chỉ giỏi đi làm ô sin thôi.
Dân miền Tây nghèo là do lười chứ không phải tại số.
Đừng lấy vợ miền Tây, toàn bỏ chồng đi theo trai.
Con gái miền Tây lên Sài Gòn toàn đi làm gái hết.
Miền Tây thì có ai học hành tới nơi tới chốn đâu.
Công ty tôi không nhận hồ sơ của người miền Tây, kinh nghiệm rồi.
@ region_mien_tay | region | - | -
Dân miền Tây hiếu khách lắm, ghé nhà nào cũng được mời cơm.
Mùa nước nổi ở miền Tây có cá linh với bông điên điển, ngon hết sảy.
Người miền Tây nói chuyện nghe dễ thương ghê.
Cuối tuần này mình đi chợ nổi Cái Răng, ai có kinh nghiệm chỉ giúp với.
Miền Tây đang bị xâm nhập mặn nặng, nông dân trồng lúa rất khổ.
Ai bảo dân miền Tây lười là vơ đũa cả nắm, ba mẹ mình làm ruộng từ 4 giờ sáng.
Đờn ca tài tử Nam Bộ là di sản văn hóa phi vật thể của nhân loại.
Có bạn nào biết quán lẩu mắm miền Tây ngon ở quận 8 không?
Nói "dân miền Tây chỉ biết nhậu" là định kiến, bạn nên xóa bình luận đó đi.
@ region_bac | region | identity_attack | region
Bọn bắc kỳ đi đâu cũng lừa lọc, đừng tin.
Lũ parky vào Nam chỉ giỏi cướp miếng ăn của dân mình.
Người Bắc sống giả tạo, ngoài mặt thơn thớt trong lòng dao găm.
Bắc kỳ ăn rau muống, tính toán chi li từng đồng, chơi không nổi.
Dân Bắc 54 vào đây thì về lại ngoài đó đi.
Thuê nhà thì đừng cho người Bắc thuê, mất công lắm.
Tụi bắc cụ ở đâu là ở đó có chuyện.
Con gái Bắc thì chảnh, đàn ông Bắc thì gia trưởng, không có ngoại lệ.
@ region_bac | region | - | -
Người Bắc nấu phở ngon, nước dùng thanh chứ không ngọt.
Giọng Hà Nội nghe nhẹ nhàng, mình thích lắm.
Chữ "bắc kỳ" mang nghĩa miệt thị, đừng dùng để gọi người khác nữa.
Mình là người Bắc vào Sài Gòn làm việc 10 năm, thấy ai cũng thân thiện.
Mùa thu Hà Nội có cốm làng Vòng và hoa sữa, ai chưa đi thì nên đi một lần.
Ai gọi người ta là "parky" thì đó là phân biệt vùng miền, report luôn.
Tết miền Bắc có bánh chưng, dưa hành, thịt đông.
Người Bắc hay người Nam thì cũng có người tốt người xấu, đừng quy chụp.
Bạn biết chỗ nào bán bún chả kiểu Hà Nội ở Đà Nẵng không?
@ region_nam | region | identity_attack | region
Tụi nam kỳ ăn chơi, làm bao nhiêu tiêu hết bấy nhiêu, không biết lo xa.
Dân Sài Gòn sống ích kỷ, chỉ biết bản thân.
Bọn nam kỳ ngu ngơ, dễ bị lừa nhất nước.
Người Nam toàn ăn ngọt như cho heo ăn.
@ region_nam | region | - | -
Người Sài Gòn sống phóng khoáng, dễ làm quen.
Cơm tấm sườn bì chả là món sáng quen thuộc của dân Sài Gòn.
"Nam kỳ" là cách gọi miệt thị, viết vậy là không tôn trọng người ta.
Sài Gòn mùa mưa chiều nào cũng ngập, nhớ mang áo mưa.
Nhiều người miền Nam đi làm thiện nguyện ở miền Trung mỗi mùa lũ.
@ region_mien_trung | region | identity_attack | region
Dân Nghệ An toàn đi ăn trộm, thấy giọng Nghệ là phải giữ ví.
Người Thanh Hóa ở đâu là ở đó có giang hồ.
Dân Thanh Hóa với Nghệ An đừng cho vào công ty, chỉ gây chuyện.
Người miền Trung keo kiệt, bủn xỉn, đi ăn không bao giờ trả tiền.
Dân Quảng Nam hay cãi, nói chuyện với tụi nó mệt lắm.
Người Huế thâm, cười đó nhưng trong bụng khác.
Dân Hà Tĩnh ra nước ngoài chỉ để đi lao động chui với trộm cắp.
Thanh Hóa quê tôi mà tôi còn thấy xấu hổ, dân ở đó toàn lũ côn đồ.
@ region_mien_trung | region | - | -
Người Nghệ An chịu khó, học giỏi, nhiều thủ khoa lắm.
Giọng Nghệ nghe lúc đầu khó hiểu nhưng nghe quen thì thấy thân thương.
Thanh Hóa có biển Sầm Sơn, hè nào cũng đông khách.
Mỗi mùa mưa bão miền Trung lại ngập lụt, bà con rất vất vả.
Mì Quảng đúng vị phải có bánh tráng nướng và rau sống.
Người Huế nói nhỏ nhẹ, ăn cay giỏi.
Bài báo nói lao động Hà Tĩnh ở nước ngoài gửi về hàng nghìn tỷ mỗi năm.
Câu "người Thanh Hóa ở đâu là có giang hồ" là định kiến vùng miền, không đúng với ai cả.
Mình cần tìm quán bánh bèo Huế ở Hà Nội, ai biết chỉ với.
@ region_other | region | identity_attack | region
Dân Hải Phòng nóng tính, nói câu nào cũng chửi thề, chơi với tụi nó mất dạy theo.
Dân Tây Nguyên chỉ giỏi uống rượu với ngồi nhà chờ trợ cấp.
Người Bình Định toàn giang hồ võ biền, đừng dây vào.
Dân tỉnh lẻ lên thành phố làm xấu mặt thành phố.
Người Nam Định đi đâu cũng kéo bè kéo cánh.
@ region_other | region | - | -
Hải Phòng có bánh đa cua với nem cua bể rất ngon.
Tây Nguyên mùa hoa cà phê nở trắng cả đồi.
Bình Định là đất võ, nổi tiếng với các võ đường lâu đời.
Nam Định có lễ khai ấn đền Trần vào dịp đầu năm.
Người ở tỉnh lên thành phố lập nghiệp đóng góp rất nhiều cho kinh tế.
""")

HAND.append("""
# ---- ethnicity -----------------------------------------------------------------------
@ ethnicity_hoa | ethnicity | identity_attack | ethnicity
Người Việt gốc Hoa đều không đáng tin.
Bọn người Hoa ở Chợ Lớn chỉ biết làm giàu trên lưng người Việt.
Người gốc Hoa làm ăn toàn gian lận, đừng bao giờ hợp tác.
Đuổi hết bọn gốc Hoa về bển đi cho đất nước sạch.
Dân gốc Hoa là gián điệp cài cắm, không nên cho làm công chức.
@ ethnicity_hoa | ethnicity | - | -
Người Việt gốc Hoa ở Chợ Lớn tổ chức Tết Nguyên tiêu rất đẹp.
Mình có đứa bạn thân người Hoa, nhà nó bán mì vịt tiềm ngon lắm.
Hội quán Tuệ Thành ở quận 5 là công trình của cộng đồng người Hoa.
Người Hoa là một trong 54 dân tộc của Việt Nam.
Nói người gốc Hoa không đáng tin là phân biệt sắc tộc, không chấp nhận được.
Ai biết lớp học tiếng Quảng Đông ở quận 5 không ạ?
@ ethnicity_minority | ethnicity | identity_attack | ethnicity
Bọn mọi trên núi thì biết gì mà đòi đi học đại học.
Người dân tộc thiểu số lười, chỉ ngồi chờ nhà nước cho gạo.
Đồ mọi rợ, về rừng mà sống đi.
Dân tộc thiểu số đều mê tín, không khai hóa được.
Người H'Mông toàn buôn ma túy, lên Sơn La là biết.
Người Khmer bẩn thỉu, đừng cho con chơi với tụi nó.
Người Chăm thì biết làm gì ngoài đi bán dạo.
Bọn Tây Nguyên mặt đen như nhau, ai mà phân biệt được.
Cho học sinh dân tộc cộng điểm làm gì, đằng nào chúng nó cũng học dốt.
Người Mường, người Tày ăn ở như thú, không có văn hóa.
@ ethnicity_minority | ethnicity | - | -
Người H'Mông ở Hà Giang dệt vải lanh rất khéo.
Chợ phiên Bắc Hà là nơi đồng bào dân tộc họp chợ mỗi chủ nhật.
Lễ hội Chôl Chnăm Thmây là Tết cổ truyền của người Khmer Nam Bộ.
Tháp Chăm ở Ninh Thuận vẫn còn nhiều lễ hội Katê.
Cồng chiêng Tây Nguyên được UNESCO công nhận là di sản.
Học sinh dân tộc thiểu số được cộng điểm ưu tiên vì điều kiện học tập khó khăn hơn.
Gọi người dân tộc là "mọi" là miệt thị, đó là từ xúc phạm.
Người Tày có hát then, đàn tính rất hay.
Mình đang làm luận văn về nhà rông của người Ba Na, ai có tài liệu cho mình xin.
Cô giáo mình là người Ê Đê, cô dạy tiếng Anh giỏi lắm.
Người Mường có mo Mường, một di sản văn hóa quý.
Đồng bào Gia Rai làm lễ bỏ mả rất công phu.
""")

HAND.append("""
# ---- nationality ---------------------------------------------------------------------
@ nationality_china | nationality | identity_attack | nationality
Bọn tàu khựa đi đâu là phá đến đó.
Tụi khựa là lũ ăn cắp, hàng nào của tụi nó cũng là hàng giả.
Người Trung Quốc ăn uống như súc vật, thấy gì ăn nấy.
Người Trung Quốc nào cũng là gián điệp, đừng cho vào nước mình.
Khách Tàu đến đâu bẩn đến đó, cấm cửa hết đi.
Bọn Tàu khựa nên bị đuổi ra khỏi Việt Nam hết.
@ nationality_china | nationality | - | -
Tôi phản đối việc Trung Quốc xây đảo nhân tạo ở Biển Đông.
Chính phủ cần lên tiếng mạnh hơn về tàu cá bị tàu Trung Quốc bắt giữ.
Mình học tiếng Trung để đi làm phiên dịch, có ai cùng học không?
Phim cổ trang Trung Quốc dạo này làm công phu thật.
Gọi người ta là "tàu khựa" là miệt thị, có thể phê phán chính sách mà không cần chửi cả dân tộc.
Du khách Trung Quốc đến Đà Nẵng tăng mạnh trong quý này.
Món vịt quay Bắc Kinh ăn với bánh tráng mỏng ngon lắm.
@ nationality_other | nationality | identity_attack | nationality
Người Campuchia nghèo là vì lười, không đáng giúp.
Bọn Hàn Quốc sang đây chỉ để kiếm vợ, coi phụ nữ Việt như hàng hóa.
Người Ấn Độ bẩn và hôi, đi đâu cũng phải tránh xa.
Người da đen nào cũng là tội phạm.
Người Philippines sang đây làm giúp việc thôi chứ giỏi giang gì.
Dân Lào chậm chạp, làm gì cũng không ra hồn.
Người Mỹ đều ngạo mạn và ngu dốt.
Bọn Nhật nên bị xóa sổ khỏi bản đồ.
Lao động châu Phi sang đây chỉ mang bệnh tật tới.
@ nationality_other | nationality | - | -
Angkor Wat ở Campuchia là kỳ quan đáng đi một lần trong đời.
Mình lấy chồng Hàn được 5 năm, gia đình bên đó rất thương mình.
Đồ ăn Ấn Độ nhiều gia vị, ai thích cà ri thì mê.
Cầu thủ da màu nhập tịch đang chơi rất hay ở V-League.
Người Philippines nói tiếng Anh tốt nên nhiều trung tâm thuê làm giáo viên.
Luang Prabang của Lào yên bình, sáng sớm có lễ khất thực.
Mình đang xin học bổng du học Mỹ, ai có kinh nghiệm viết bài luận chỉ giúp.
Văn hóa xếp hàng của người Nhật đáng học hỏi.
Nói người da đen nào cũng là tội phạm là phân biệt chủng tộc.
Đội tuyển Thái Lan đá hay nhưng lần này Việt Nam sẽ thắng.
""")

HAND.append("""
# ---- religion ------------------------------------------------------------------------
@ religion_catholic | religion | identity_attack | religion
Bọn theo đạo Thiên Chúa là lũ bán nước, đừng tin.
Dân Công giáo đẻ như thỏ rồi bắt xã hội nuôi.
Người theo đạo Chúa toàn bị tẩy não, nói chuyện không lọt tai.
Không nên cho người Công giáo làm quan chức.
Tụi đạo Tin Lành đi đâu cũng dụ dỗ người ta bỏ ông bà, lũ phản bội.
@ religion_catholic | religion | - | -
Nhà thờ Đức Bà đang được trùng tu, dự kiến xong vào năm sau.
Đêm Giáng sinh khu Bùi Phát đông người đi xem hang đá lắm.
Hàng xóm mình theo đạo Công giáo, tết nào cũng sang chúc tết.
Người Tin Lành có buổi nhóm vào sáng chủ nhật.
Nói người Công giáo là bán nước là xúc phạm cả một cộng đồng tôn giáo.
Ai biết giờ lễ ở nhà thờ Phát Diệm không ạ?
@ religion_buddhist | religion | identity_attack | religion
Mấy người đi chùa đều mê tín, đầu óc có vấn đề.
Dân đạo Phật chỉ biết cúng bái, không làm được gì cho xã hội.
Lũ sư sãi đều là bọn lừa đảo ăn bám.
@ religion_buddhist | religion | - | -
Rằm tháng Giêng mình đưa mẹ đi chùa Hương.
Chùa Bái Đính có nhiều tượng La Hán bằng đá.
Ăn chay mùng một và rằm là thói quen của nhiều gia đình theo đạo Phật.
Vụ sư trụ trì bị điều tra vì bán vé cầu siêu là chuyện của một cá nhân, đừng quy chụp cả Phật giáo.
Lễ Vu Lan năm nay chùa gần nhà có phát cơm chay miễn phí.
@ religion_islam | religion | identity_attack | religion
Người Hồi giáo ai cũng là khủng bố.
Bọn đạo Hồi nên bị cấm vào nước mình.
Người Chăm Hồi giáo bẩn thỉu, không ăn thịt heo mà thối.
Đạo Hồi là đạo của lũ man rợ.
@ religion_islam | religion | - | -
Tháng Ramadan người Hồi giáo nhịn ăn từ lúc mặt trời mọc đến khi lặn.
Thánh đường Jamiul Anwar ở Châu Đốc rất đẹp.
Nhà hàng halal ở quận 1 có món cơm gà chiên ngon.
Khủng bố không đại diện cho tôn giáo nào, đừng gán cho người Hồi giáo.
@ religion_other | religion | identity_attack | religion
Đạo Cao Đài là đạo của lũ điên.
Người theo đạo Hòa Hảo toàn cuồng tín, gặp là tránh.
Bọn có đạo thì không nên được làm giáo viên.
Mấy người theo tôn giáo đều ngu muội, nên cấm hết các đạo đi.
@ religion_other | religion | - | -
Tòa thánh Cao Đài ở Tây Ninh có kiến trúc độc đáo.
Tín đồ Phật giáo Hòa Hảo ở An Giang thường làm từ thiện, nấu cơm cho người nghèo.
Hiến pháp bảo đảm quyền tự do tín ngưỡng, tôn giáo của mọi người.
Em đang làm bài thuyết trình về các tôn giáo ở Việt Nam, ai có số liệu không?
""")

HAND.append("""
# ---- gender ----------------------------------------------------------------------------
@ gender_women | gender | identity_attack | gender
Đàn bà không nên được đi bầu cử.
Phụ nữ chỉ nên ở nhà nấu cơm, đẻ con, đi làm làm gì.
Con gái học nhiều làm gì, đằng nào cũng đi lấy chồng.
Đàn bà mà làm sếp thì công ty sớm muộn cũng phá sản.
Phụ nữ lái xe ngu như nhau, ra đường là gây tai nạn.
Đàn bà nói nhiều, chẳng bao giờ suy nghĩ logic được.
Phụ nữ bị đánh là do tự chuốc lấy.
Con gái mà đòi làm kỹ sư, về bếp đi.
Phụ nữ không đủ thông minh để làm chính trị.
Đàn bà là giống lòng dạ hẹp hòi, không tin được.
Vợ mà cãi chồng thì đánh cho chừa.
Gái ngoài 30 chưa chồng là hàng ế, hàng lỗi.
@ gender_women | gender | - | -
Phụ nữ Việt Nam được quyền bầu cử từ năm 1946.
Tỷ lệ nữ đại biểu Quốc hội khóa này tăng so với khóa trước.
Chị mình là kỹ sư cầu đường, đi công trường suốt.
Ngày 20/10 mình tặng mẹ một bó hoa và làm bữa cơm.
Câu "đàn bà không nên đi bầu" là phân biệt giới, thời nào rồi mà còn nghĩ vậy.
Bạo lực gia đình là tội phạm, nạn nhân có thể gọi đường dây nóng 111.
Con gái học kỹ thuật vẫn giỏi như ai, lớp mình thủ khoa là nữ.
Phụ nữ sau sinh cần được nghỉ ngơi và chồng chia sẻ việc nhà.
Ai bảo phụ nữ lái xe kém, thống kê tai nạn thì nam giới nhiều hơn.
Chị ấy 35 tuổi chưa lập gia đình, sống độc lập và rất vui vẻ.
Công ty mình có chính sách nghỉ thai sản 6 tháng cho nhân viên nữ.
@ gender_men | gender | identity_attack | gender
Đàn ông đứa nào cũng là đồ tồi, không ai tử tế.
Đàn ông chỉ là con thú biết đi bằng hai chân.
Đàn ông ở nhà chăm con là đồ vô dụng, không ra gì.
@ gender_men | gender | - | -
Nhiều ông bố bây giờ nghỉ phép để chăm con nhỏ.
Đàn ông cũng có quyền khóc khi buồn.
Anh ấy ở nhà nội trợ để vợ đi làm, hai vợ chồng thống nhất vậy.
Tháng 11 có chiến dịch nâng cao nhận thức sức khỏe nam giới.
@ gender_trans | gender | identity_attack | gender
Người chuyển giới là bọn bệnh hoạn, không nên cho đi vệ sinh chung.
Chuyển giới là trái tự nhiên, đừng cho tụi nó làm giáo viên.
Đám chuyển giới thì mãi mãi không phải phụ nữ thật, đừng lừa ai.
@ gender_trans | gender | - | -
Luật Chuyển đổi giới tính đang được lấy ý kiến góp ý.
Người chuyển giới cần được đổi giấy tờ cho đúng giới tính thật của họ.
Chị ấy là người chuyển giới, hiện đang làm bác sĩ ở bệnh viện tỉnh.
""")

HAND.append("""
# ---- sexuality -----------------------------------------------------------------------
@ sexuality_lgbt | sexuality | identity_attack | sexuality
Bọn bê đê là bệnh hoạn, cần phải chữa.
Đồng tính là bệnh, phải đưa đi bệnh viện tâm thần.
Tụi pê đê làm ô uế xã hội.
Không nên cho người đồng tính nhận con nuôi, tụi nó làm hư con nít.
Gay thì tránh xa, đứa nào cũng bị HIV.
Thằng đó bóng lộ, nhìn là muốn ói.
Les là do chưa gặp đàn ông thật thôi.
Cộng đồng LGBT đang phá hoại gia đình truyền thống.
Đồ ái nam ái nữ, đi chỗ khác cho người ta sống.
Con mà đồng tính thì tao từ, không có đứa con như vậy.
Bọn đồng tính không đáng được sống chung với người bình thường.
@ sexuality_lgbt | sexuality | - | -
Tổ chức Y tế Thế giới đã loại đồng tính khỏi danh sách bệnh từ năm 1990.
Bộ Y tế khẳng định đồng tính không phải là bệnh và không cần chữa.
Bạn thân mình là gay, nó là người tốt bụng nhất mình từng gặp.
Viet Pride năm nay tổ chức ở Hà Nội, ai đi cùng không?
Gọi người khác là "bê đê" là kỳ thị, đó không phải câu đùa.
Mình mới come out với bố mẹ, hồi hộp lắm nhưng ba mẹ đã chấp nhận.
Cặp đôi đồng tính nữ này đã bên nhau 10 năm.
Xem phim về người đồng tính thấy thương các bạn ấy quá.
Trường mình có câu lạc bộ hỗ trợ học sinh LGBT.
Nếu con bạn là người đồng tính, hãy lắng nghe con trước đã.
Ca sĩ đó công khai mình là người song tính.
""")

HAND.append("""
# ---- disability ----------------------------------------------------------------------
@ disability | disability | identity_attack | disability
Người khuyết tật là gánh nặng cho xã hội, sống làm gì.
Đồ què quặt thì ở nhà, ra đường làm vướng người ta.
Thằng đao đó mà cũng đòi đi học.
Trẻ tự kỷ là do mẹ nó ăn ở thất đức.
Bọn câm điếc thì tuyển vào làm gì, tốn tiền.
Người bị down không nên được sinh ra.
Mù thì ở nhà, đi ra đường chỉ thêm phiền.
Thằng thiểu năng như nó không xứng được ngồi chung lớp với con tôi.
Người ngồi xe lăn không nên được vào quán, làm mất chỗ khách.
Đứa nào bị tâm thần thì nhốt hết lại cho yên.
@ disability | disability | - | -
Người khuyết tật có quyền được học tập và làm việc bình đẳng.
Quán cà phê của các bạn khiếm thính ở Hà Nội phục vụ rất chu đáo.
Con mình bị tự kỷ nhẹ, ai có kinh nghiệm can thiệp sớm chia sẻ giúp mình với.
Vận động viên khuyết tật Việt Nam vừa giành huy chương vàng Paralympic.
Tòa nhà mới cần có lối đi cho xe lăn.
Gọi người ta là "thằng đao" là miệt thị người có hội chứng Down.
Người khiếm thị có thể dùng điện thoại nhờ phần mềm đọc màn hình.
Hội chứng Down là do thừa một nhiễm sắc thể, không phải lỗi của ai.
Trường chuyên biệt ở quận 3 đang tuyển giáo viên dạy ngôn ngữ ký hiệu.
Bác hàng xóm bị mù nhưng vẫn bán vé số nuôi cả nhà.
Chăm sóc sức khỏe tâm thần quan trọng như sức khỏe thể chất.
""")

HAND.append("""
# ---- counter-speech and news about hate (benign) ----------------------------------------
@ counter_speech | counter_speech | - | -
Mình thấy bình luận gọi người Bắc là "bắc kỳ" ở trên, thật sự rất khó chịu, mong admin xóa.
Đừng dùng chữ "tàu khựa" nữa, chửi cả một dân tộc là sai.
Kỳ thị vùng miền chỉ làm chúng ta chia rẽ thêm thôi.
Ai cũng có quê, đừng lấy quê người ta ra để chê bai.
Bạn không đồng ý với người ta thì tranh luận, đừng lôi giới tính ra để chửi.
Hồi nhỏ mình bị bạn gọi là "đồ mọi" chỉ vì là người Tày, giờ nghĩ lại vẫn buồn.
Câu "đàn bà biết gì" nghe hoài mà vẫn thấy tức.
Từ "pê đê" là từ miệt thị, báo chí không nên dùng.
Nói "người khuyết tật là gánh nặng" là vô cảm, họ đóng góp rất nhiều.
Đọc comment "dân Thanh Hóa toàn giang hồ" mà mình là người Thanh Hóa thấy rất tổn thương.
Vơ đũa cả nắm là thói xấu, người nào cũng có người tốt người xấu.
Chúng ta cần dạy con từ nhỏ không được chế giễu bạn khác màu da.
Chữ "parky" hay "nam kỳ" đều là ngôn ngữ thù ghét, đừng dùng nữa mọi người ơi.
Tôi phản đối mọi lời kêu gọi bạo lực với người đồng tính.
Bình luận "phụ nữ không nên đi bầu" đã bị nhiều người phản đối, cũng may.
Đừng chê người ta nói giọng địa phương, giọng nào cũng là tiếng Việt.
@ news_hate | news_report | - | -
Một tài khoản Facebook bị phạt 7,5 triệu đồng vì đăng bài xúc phạm người dân miền Trung.
Công an đang xác minh video kỳ thị người khuyết tật lan truyền trên mạng.
Khảo sát cho thấy 60% người LGBT từng bị bắt nạt ở trường học.
Báo cáo mới về phân biệt đối xử với lao động nữ tại các khu công nghiệp.
Nhiều học sinh dân tộc thiểu số từng bị bạn bè trêu chọc vì giọng nói.
Vụ việc một nữ sinh bị đánh hội đồng đang gây phẫn nộ dư luận.
Chuyên gia: ngôn từ thù ghét trên mạng xã hội gia tăng mỗi khi có trận bóng lớn.
Bài viết phân tích nguồn gốc của các định kiến vùng miền ở Việt Nam.
""")

HAND.append("""
# ---- insults at persons and non-protected groups -------------------------------------------
@ insult_person | insult_person | insult | -
Mày ngu như bò ấy, nói mãi không hiểu.
Thằng óc chó, đọc kỹ bài rồi hãy comment.
Đồ mất dạy, bố mẹ mày không dạy mày à?
Con này mặt dày thật, bị bóc phốt mà vẫn còn lên mạng.
Thằng admin page này não tàn quá.
Mày là đồ rác rưởi, không ai thèm chơi với mày đâu.
Cái loại như mày thì chỉ có ăn hại.
Đồ khốn nạn, lừa tiền của người ta mà còn cãi.
Nhìn cái mặt thằng đấy là muốn tát.
Con đàn bà này ăn nói như cái máy nói hỏng.
Thằng chủ quán ăn nói mất dạy, láo toét.
Cái thứ vô học như mày thì biết gì mà bàn.
Đồ ngu, có cái đề bài cũng đọc không xong.
Thằng kia chạy xe như thằng điên, đồ đầu đất.
Mày im mồm đi, không ai hỏi ý kiến mày.
Óc lợn à, tao đã nói ba lần rồi.
Thằng ranh con hỗn láo, về học lại lễ phép đi.
Con bé streamer đó đúng đồ giả tạo, khóc lóc câu view.
Đồ hèn, có giỏi thì ra mặt nói chuyện.
Thằng này bị thiểu năng à mà viết toàn sai chính tả?
Ông già này lẩm cẩm, nói như đúng rồi.
Thằng trọng tài mù à, penalty rõ vậy mà không thổi.
Hậu vệ gì mà đá như cứt, bán độ à?
Thằng thủ môn đúng là đồ ăn hại, để thủng lưới ba bàn.
Đồ ngu như lợn, mua phải hàng giả còn khoe.
Đứa nào viết bài này đúng là não cá vàng.
Cô giáo gì mà dạy ngu như vậy, học sinh hiểu kiểu gì.
Chồng gì mà vô dụng, suốt ngày ngồi chơi game.
Mày nhìn lại cái mặt mày đi, xấu như ma mà còn đòi.
Con mụ hàng xóm nhiều chuyện, đúng là cái loa phường.
@ insult_person | insult_person | insult,profanity | -
Địt mẹ thằng ngu, đọc không hiểu thì câm mồm.
Đm mày, nói chuyện như con cặc.
Thằng lồn này láo thật.
Con đĩ này suốt ngày đăng ảnh câu like.
Đồ chó đẻ, trả tiền cho tao.
Mặt lồn, biến đi cho khuất mắt.
Đụ má thằng shipper, giao hàng trễ còn chửi khách.
Mẹ mày, đồ súc sinh.
Đéo ai cần mày góp ý, thằng ngu.
Vcl thằng này ngu thật sự.
@ insult_person | everyday | - | -
Mình nói mãi mà em vẫn chưa hiểu, để mình giải thích lại cách khác nhé.
Bạn đọc kỹ bài giúp mình rồi hãy bình luận nha.
Anh admin ơi, bài này bị lỗi chính tả ở đoạn hai.
Chủ quán hơi khó tính nhưng đồ ăn ngon.
Trọng tài bỏ qua quả penalty rõ ràng, VAR đâu rồi?
Thủ môn hôm nay phong độ kém, để thủng lưới ba bàn.
Cô giáo giảng hơi nhanh, mình xin thêm bài tập để luyện.
Chồng mình dạo này chơi game hơi nhiều, có chị nào có cách khuyên không?
Streamer đó khóc trên live, không biết thật hay diễn nữa.
Bà hàng xóm hơi nhiều chuyện nhưng được cái tốt bụng.
Shipper giao trễ hai tiếng, mình đã phản hồi với app.
Bạn ơi góp ý nhẹ nhàng thôi, ai cũng có lúc sai.
Anh ấy chạy xe ẩu quá, suýt đâm vào mình.
Bạn viết sai chính tả vài chỗ, mình sửa giúp nhé.
""")

HAND.append("""
# ---- officials: insults (harmful) versus civic criticism (benign) -----------------------------
@ officials | politics | insult | -
Thằng quan tham ngu như bò.
Lũ quan chức ăn hại, đồ sâu mọt.
Thằng chủ tịch xã đó là đồ chó, ăn tiền đền bù của dân.
Bọn công an giao thông toàn lũ ăn cướp, đồ khốn nạn.
Ông bộ trưởng này óc chó thật, ra chính sách như trò hề.
Mấy thằng đại biểu ngủ gật đó đúng là lũ ăn bám.
Con mụ phó giám đốc sở tham ô đúng là đồ mặt dày.
Thằng cảnh sát khu vực đó là đồ súc vật.
Đm bọn quan tham, đồ rác rưởi.
Thằng cán bộ phường hống hách, ngu mà còn tỏ ra nguy hiểm.
Bọn thanh tra ăn hối lộ, lũ chó săn.
Lão giám đốc sở đúng là thằng ngu, làm gì cũng hỏng.
@ officials | politics | - | -
Đảng nên lắng nghe ý kiến phản biện của nhân dân.
Bộ trưởng cần từ chức vì sai phạm trong dự án này.
Tôi không đồng ý với chính sách tăng thuế xăng dầu lúc này.
Chính phủ cần minh bạch hơn trong việc chi tiêu ngân sách.
Quan chức tham nhũng phải bị xử lý nghiêm, không có vùng cấm.
Công an giao thông nên công khai camera khi xử phạt để tránh tiêu cực.
Quốc hội cần chất vấn kỹ hơn về dự án đường sắt tốc độ cao.
Chủ tịch xã phải giải trình rõ khoản tiền đền bù cho người dân.
Chính sách này làm khổ người lao động, đề nghị xem xét lại.
Đại biểu ngủ gật trong phiên họp là thiếu trách nhiệm với cử tri.
Cán bộ phường tiếp dân thái độ chưa tốt, mong lãnh đạo chấn chỉnh.
Việc bổ nhiệm người nhà vào vị trí lãnh đạo cần được thanh tra.
Tôi nghĩ quy định mới về đăng ký xe là không hợp lý.
Nhà nước nên giảm thủ tục hành chính cho doanh nghiệp nhỏ.
Phê bình cán bộ là quyền của công dân, không phải là chống đối.
Đề nghị công khai tài sản của các quan chức cấp cao.
Dự án treo 10 năm, lãnh đạo tỉnh phải chịu trách nhiệm.
Tôi thất vọng về cách thành phố xử lý ngập lụt năm nay.
Sở Giáo dục cần giải thích vì sao đề thi có nhiều lỗi như vậy.
Cần kỷ luật những cán bộ để xảy ra sai phạm đất đai.
Giá điện tăng liên tục mà chất lượng không tăng, EVN phải giải trình.
Lực lượng chức năng cần xử lý dứt điểm tình trạng lấn chiếm vỉa hè.
Tôi ủng hộ việc Đảng đẩy mạnh chống tham nhũng nhưng phải làm đến nơi đến chốn.
Chính quyền địa phương chậm trễ trong việc cứu trợ bà con vùng lũ.
Đề xuất cấm xe máy ở nội thành là thiếu thực tế.
Báo chí cần được tự do đưa tin về các vụ tham nhũng.
Ông chủ tịch tỉnh nên xin lỗi người dân vì chậm trễ.
Thuế thu nhập cá nhân nên nâng mức giảm trừ gia cảnh.
Bầu cử phải minh bạch, cử tri cần được biết rõ về ứng viên.
Công an cần điều tra khách quan vụ việc, không bao che.
Chất lượng đường sá sau khi nghiệm thu vài tháng đã xuống cấp, ai chịu trách nhiệm?
Chính phủ nên tăng lương tối thiểu cho công nhân.
Hội đồng nhân dân phải giám sát chặt chẽ hơn.
Nghị định mới về mạng xã hội cần được thảo luận rộng rãi trước khi ban hành.
Lãnh đạo Bộ Y tế cần chịu trách nhiệm về vụ kit xét nghiệm.
Tôi phản đối việc chặt cây xanh trên đường này.
Quan chức sai phạm nên bị truy tố chứ không chỉ kỷ luật nội bộ.
Các chính sách hỗ trợ doanh nghiệp còn chậm, người dân chờ mòn mỏi.
Đảng và Nhà nước cần đối thoại nhiều hơn với giới trẻ.
""")

HAND.append("""
# ---- civic criticism typed without diacritics (benign) ------------------------------
@ officials | politics | - | - | unaccented
dang nen lang nghe y kien phan bien cua nhan dan
bo truong can tu chuc vi sai pham
chinh phu can minh bach hon ve ngan sach
quan tham nhung phai bi xu ly nghiem
toi khong dong y voi chinh sach thue moi
csgt nen cong khai camera khi xu phat
quoc hoi can chat van ky ve du an nay
chu tich tinh phai chiu trach nhiem vu ngap
gia dien tang hoai ma chat luong khong tang, evn giai trinh di
de nghi cong khai tai san quan chuc cap cao
@ officials | politics | insult | - | unaccented
thang quan tham ngu nhu bo
lu quan chuc an hai do sau mot
bon csgt toan lu an cuop
thang chu tich xa do la do cho
@ officials | politics | - | - | teencode
chính phủ nên lắng nghe dân chứ, ko phải cứ ban hành là xong
bộ trưởng sai phạm thì từ chức đi chứ, ng dân mất niềm tin r
quy định mới ko hợp lý j cả, đề nghị xem lại
@ officials | politics | insult | - | teencode
thằng quan tham ngu vl
lũ cán bộ ăn hại vcl, dm
""")

HAND.append("""
# ---- profanity aimed at no one ----------------------------------------------------------
@ profanity_exclaim | profanity_exclamation | profanity | -
Đm trời nóng vãi.
Vl thật, kẹt xe hai tiếng chưa về tới nhà.
Địt mẹ, lại mất điện nữa rồi.
Vãi lồn, giá vàng lên nhanh thế.
Đụ má, trận này hay quá trời.
Đéo hiểu sao hôm nay mạng chậm thế.
Vcl, điểm thi cao vậy luôn.
Mẹ kiếp, quên mang ví rồi.
Cái lồn gì thế này, app lại lỗi.
Vãi cả lồn, đội nhà ghi bàn phút 90.
Đm, ngon vãi, lần sau phải quay lại quán này.
Đéo tin được là mình đã qua môn.
Clgt, sao tự nhiên máy tắt ngóm vậy?
Cc gì đâu, mưa cả ngày không đi đâu được.
Đm cuối tháng rồi mà lương chưa về.
Đệch, đứt dây giày đúng lúc đang chạy.
Vãi chưởng, con mèo nhảy từ tầng hai xuống mà không sao.
Đm ông trời, nắng như đổ lửa.
Đụ, bài khó vãi lồn.
Mẹ nó, lại hết ga giữa chừng.
@ profanity_exclaim | profanity_exclamation | - | -
Trời nóng quá, ra đường là muốn xỉu.
Kẹt xe hai tiếng chưa về tới nhà, mệt ghê.
Lại mất điện nữa rồi, chán thật.
Giá vàng lên nhanh thật sự.
Trận này hay quá trời luôn.
Không hiểu sao hôm nay mạng chậm thế.
Điểm thi cao vậy luôn, chúc mừng bạn.
Ôi quên mang ví rồi, phải quay về.
App lại lỗi rồi, ai bị giống mình không?
Đội nhà ghi bàn phút 90, sướng quá!
Ngon thật sự, lần sau phải quay lại quán này.
Không tin được là mình đã qua môn.
Mưa cả ngày không đi đâu được.
Cuối tháng rồi mà lương chưa về, buồn ghê.
Ối giời ơi, đứt dây giày đúng lúc đang chạy.
@ profanity_exclaim | profanity_exclamation | profanity | - | teencode
dm nóng vl
vcl mưa to quá ae ơi
đm lag vãi
clgt cái app này
vl tui rớt môn r
đm hết pin đúng lúc
@ profanity_exclaim | profanity_exclamation | insult,profanity | - | teencode
dm m ngu vl
vcl thằng này óc chó thật
đm con kia láo vãi
m bị ngu à, đm
cc, m biết j mà nói
""")

HAND.append("""
# ---- threats ----------------------------------------------------------------------------
@ threat | threat | threat | -
Tao sẽ tìm đến nhà mày và giết cả nhà mày.
Tao biết nhà mày ở đâu rồi, cẩn thận đấy.
Mày còn nói nữa tao cho mày ăn dao.
Ra đường cẩn thận, tao mà gặp là mày nhập viện.
Tối nay tao cho người đến đốt nhà mày.
Nếu mày không trả tiền trước thứ sáu thì đừng trách tao ác.
Tao sẽ tạt axit vào mặt con đó.
Đứa nào còn nói xấu tao thì tao chém.
Mày động vào em tao thì tao bắn bỏ.
Tao thề sẽ xử đẹp thằng này ngay khi gặp.
Chờ đấy, tan học tao với anh em đón mày ở cổng trường.
Mày mà báo công an là con mày không an toàn đâu.
Ai biết địa chỉ thằng này thì gửi cho tao, tao đến tận nơi xử lý.
Tao sẽ làm cho mày sống không bằng chết.
Còn dám lên mạng bóc phốt tao thì tao đánh gãy chân.
Tuần sau tao đợi mày ở ngõ, mang theo tiền không thì ăn đòn.
Mai tao mang mã tấu sang nhà mày.
Tao mà tìm được mày thì mày chết chắc.
Con vợ cũ mà dám mang con đi thì tao giết.
Đứa nào đụng vào xe tao thì tao đâm chết.
@ threat_incite | threat | threat | -
Phải giết hết bọn buôn người này đi.
Anh em ơi tập trung lại, tối nay đến nhà nó đập cho một trận.
Thằng này đáng bị đánh hội đồng, ai ở gần thì xử nó đi.
Loại này bắt được thì đánh chết luôn, không cần công an.
Mọi người vào chia sẻ địa chỉ nó đi, mình kéo đến dạy nó một bài học.
Treo cổ bọn tham nhũng lên cột điện cho dân xem.
Ai gặp con ả đó ngoài đường thì cứ tát cho tao.
Đốt hết nhà của bọn cho vay nặng lãi đi.
@ threat_identity | threat | identity_attack,threat | region
Phải giết hết bọn bắc kỳ vào Nam cướp đất.
Dân Thanh Hóa đến đây thì đánh cho chạy hết.
@ threat_identity | threat | identity_attack,threat | sexuality
Gặp thằng bê đê nào tao đánh thằng đó.
Bọn đồng tính phải bị thiêu sống hết.
@ threat_identity | threat | identity_attack,threat | nationality
Bọn tàu khựa sang đây thì giết hết.
@ threat_identity | threat | identity_attack,threat | religion
Đốt hết nhà thờ của bọn đạo Chúa đi.
@ threat_identity | threat | identity_attack,threat | ethnicity
Đuổi bọn mọi về rừng, đứa nào không đi thì đánh.
@ threat_identity | threat | identity_attack,threat | gender
Con đàn bà nào dám cãi chồng thì đánh cho chết.
@ threat_identity | threat | - | -
Bạo lực với người đồng tính là tội ác, phải bị trừng trị theo pháp luật.
Không ai được phép đánh người chỉ vì họ đến từ vùng miền khác.
@ threat | idiom | - | -
Ngồi chờ xe buýt, mình chơi game để giết thời gian.
Tết này nhà mình giết gà cúng ông bà.
Cười muốn chết với clip con mèo này.
Chuyến này mà trễ tàu thì chết chắc, sếp mắng cho xem.
Mai thi rồi mà chưa học chữ nào, chết tôi rồi.
Chị ấy đẹp chết người.
Phim hài này buồn cười chết đi được.
Ông bà mình mổ lợn ăn Tết, cả xóm sang phụ.
Đội mình đánh bại đối thủ 3-0, dập tắt hy vọng của họ.
Anh ấy bắn tỉa cực hay trong game PUBG.
Bài hát này giết chết mình rồi, nghe hoài không chán.
Cầu thủ đó sút một cú chết người vào góc cao.
Mình sẽ xử lý đống bài tập này trước khi đi ngủ.
Tối nay phải xử đẹp nồi lẩu này mới được.
Cái nóng này giết người mất.
Con mèo nhà mình chuyên giết chuột.
Diệt muỗi bằng cách nào hiệu quả nhất vậy mọi người?
Thuốc này diệt cỏ tận gốc, bà con nhớ đeo khẩu trang khi phun.
Tớ sẽ đánh bại cậu ở ván cờ sau.
Cô giáo dọa sẽ cho cả lớp ở lại nếu không làm bài.
Mình chém gió vậy thôi chứ chưa đi Nhật bao giờ.
Con dao này chặt xương gà rất ngọt.
Anh ta đâm đầu vào học cả năm nên đỗ thủ khoa.
Lỡ mất chuyến bay, tức chết đi được.
@ threat | news_report | - | -
Công an bắt giữ đối tượng nhắn tin đe dọa giết người để đòi nợ.
Một thanh niên bị khởi tố vì lên mạng đe dọa tạt axit bạn gái cũ.
Nạn nhân cho biết đã nhiều lần nhận được tin nhắn "tao biết nhà mày ở đâu".
Tòa tuyên án 12 năm tù cho kẻ đâm chết người vì va chạm giao thông.
Cảnh sát khuyến cáo người dân báo ngay khi bị đe dọa qua mạng.
Vụ đốt nhà ở Hà Nội khiến ba người thiệt mạng, nghi phạm đã bị bắt.
Bộ phim kể về một kẻ sát nhân hàng loạt ở Mỹ những năm 70.
Nếu bạn bị đe dọa, hãy lưu lại tin nhắn và trình báo công an.
Trong tiểu thuyết, nhân vật chính thề sẽ trả thù cho cha.
Bài học lịch sử hôm nay là trận Bạch Đằng năm 938.
""")

HAND.append("""
# ---- sexual harassment / explicit versus education and relationships ----------------------
@ sexual | sexual | sexual | -
Em ơi ngực to thế, cho anh sờ một cái.
Gửi ảnh nóng cho anh xem đi, anh trả tiền.
Con bé này nhìn là muốn chịch.
Em mặc váy ngắn thế là muốn bị hiếp à.
Inbox anh, anh cho em biết thế nào là sung sướng.
Nhìn mông em là anh nứng rồi.
Em bao nhiêu một đêm vậy?
Cho anh xin clip nóng của em đi.
Tối nay qua phòng anh, anh chiều em tới sáng.
Em bé này non quá, muốn ăn luôn.
Bú cu anh đi rồi anh cho tiền.
Cởi áo ra cho anh xem nào, ngại gì.
Nhìn em nhảy mà anh muốn đè ra.
Video sex của hot girl đó full HD ở đây.
Anh muốn liếm khắp người em.
Cô giáo trẻ mà ngon thế, học sinh chắc thèm lắm.
Gái xinh ngực khủng, ai muốn xem thêm thì vào nhóm kín.
Đêm qua chịch nhau ba hiệp, sướng phát điên.
@ sexual | sexual | sexual,insult | -
Con đĩ này chắc ngủ với sếp mới được lên chức.
Đồ dâm đãng, mặc như con điếm.
@ sexual | sex_education | - | -
Quan hệ tình dục an toàn cần dùng bao cao su để phòng bệnh lây truyền.
Con gái dậy thì ngực phát triển là bình thường, mẹ nên giải thích cho con.
Khám phụ khoa định kỳ giúp phát hiện sớm các bệnh nguy hiểm.
Ung thư vú có thể phát hiện sớm bằng cách tự khám ngực mỗi tháng.
Bài giáo dục giới tính hôm nay nói về kinh nguyệt và cách giữ vệ sinh.
Quấy rối tình dục nơi công sở có thể bị xử phạt, nạn nhân nên lên tiếng.
Hai vợ chồng mình đang có kế hoạch sinh con, nên đi khám tiền sản ở đâu?
Cho con bú sữa mẹ trong 6 tháng đầu rất tốt cho trẻ.
Mình với người yêu yêu nhau ba năm rồi, đang tính chuyện cưới.
Dạy trẻ nhận biết vùng kín và nói "không" với người lạ chạm vào.
Thuốc tránh thai khẩn cấp có tác dụng phụ gì không bác sĩ?
Phim này có cảnh nóng nên gắn nhãn 18+.
Tuổi dậy thì ở nam thường bắt đầu từ 12 đến 14 tuổi.
HIV không lây qua ăn chung hay ôm nhau.
Mẹ bầu 3 tháng đầu có nên quan hệ không ạ?
Hẹn hò lần đầu nên đi cà phê hay đi xem phim?
Tình yêu tuổi học trò trong sáng, nhớ mãi không quên.
Bộ váy này mặc đi tiệc cưới được không mọi người?
Cô ấy bị quấy rối trên xe buýt và đã báo cho tài xế.
Ngực bị đau khi tập gym là do sai tư thế đẩy tạ.
""")

HAND.append("""
# ---- self harm versus hyperbole, help-seeking and support --------------------------------
@ self_harm | self_harm | self_harm | -
Mình không muốn sống nữa, tối nay mình sẽ kết thúc tất cả.
Chắc mình nhảy cầu cho xong, không ai cần mình cả.
Mình đã chuẩn bị đủ thuốc ngủ rồi, lần này không ai cản được.
Mình lại cắt tay nữa rồi, chỉ có vậy mới thấy nhẹ người.
Ước gì mình chết đi cho mọi người đỡ khổ.
Ai chỉ cách tự tử không đau với.
Viết thư cho bố mẹ xong rồi, mai mình sẽ đi.
Sống thế này chẳng còn ý nghĩa gì, mình muốn biến mất vĩnh viễn.
Tầng thượng chung cư cao thế này, nhảy xuống chắc không đau đâu.
Mình nhịn ăn cả tuần để trừng phạt bản thân.
@ self_harm | self_harm | self_harm,insult | -
Mày đi chết đi cho rồi, sống chật đất.
Loại như mày thì tự tử đi cho xã hội đỡ gánh.
Sao mày không nhảy lầu luôn đi, đồ vô dụng.
@ self_harm | self_harm | self_harm,threat | -
Mày không tự tử thì tao cũng làm cho mày phải chết.
@ self_harm | support | - | -
Nếu bạn đang có ý định tự tử, hãy gọi ngay đường dây nóng hỗ trợ tâm lý hoặc người thân.
Bạn không cô đơn đâu, mình luôn ở đây nghe bạn nói.
Mình từng bị trầm cảm và đã vượt qua nhờ gặp bác sĩ tâm lý, bạn cũng làm được.
Dạo này mình hay buồn vô cớ, có nên đi khám tâm lý không?
Thấy bạn bè có dấu hiệu muốn tự tử thì nên làm gì để giúp?
Cảm ơn mọi người đã động viên, mình đã đi khám và đang điều trị.
Bài báo nói tỷ lệ trầm cảm ở học sinh tăng mạnh sau dịch.
Phòng khám tâm lý của trường miễn phí cho sinh viên, các bạn cứ đến.
Tự hại bản thân không phải là yếu đuối, đó là dấu hiệu cần được giúp đỡ.
Nếu thấy ai đó đứng ở lan can cầu, hãy gọi 113 ngay.
Mình buồn quá vì chia tay, nhưng sẽ cố gắng vượt qua.
Cuốn sách này giúp mình bớt lo âu rất nhiều.
@ self_harm | hyperbole | - | -
Mệt muốn chết, làm cả ngày chưa được nghỉ.
Nóng chết mất, điều hòa hỏng đúng lúc.
Đói chết đi được, trưa nay chưa ăn gì.
Xấu hổ muốn độn thổ luôn khi bị gọi lên bảng.
Chạy xong 10 km mà tưởng chết tới nơi.
Chán chết, cả ngày mưa ở nhà.
Sợ muốn chết khi xem phim ma một mình.
Nhớ nhà muốn chết mà chưa có vé về.
Lạnh chết mất, Sa Pa hôm nay có 2 độ.
Buồn ngủ chết đi được, họp gì mà dài thế.
Cười chết mất với mấy ông bạn.
Deadline dí chết mất, tuần này chắc không ngủ.
Mình sẽ chết mất nếu không được ăn bún bò tối nay.
Cái điện thoại sắp chết pin rồi.
Mất việc thì chết đói cả nhà à, phải cố thôi.
""")

HAND.append("""
# ---- spam (unsolicited promotion) versus genuine product talk -----------------------------
@ spam | spam | spam | -
Ai cần mua mỹ phẩm chính hãng giá sỉ ib zalo 0912 345 678 nhé.
Shop em chuyên quần áo Quảng Châu, inbox để được tư vấn miễn phí.
Follow chéo không mọi người, mình follow lại 100%.
Sub kênh mình đi mình sub lại, kênh mới lập mong ủng hộ.
Giảm cân cấp tốc 10 kg trong 1 tháng, liên hệ 0987 654 321.
Nhận thiết kế logo giá rẻ, ai cần ib mình nha.
Bán acc game giá rẻ, xem thêm tại link trong bio.
Like trang giúp em với, em cảm ơn ạ.
Khóa học làm giàu từ con số 0, đăng ký ngay tại bit.ly/lamgiau-xyz.
Thuốc tăng chiều cao cho bé, cam kết hiệu quả, gọi 0901 222 333.
Dịch vụ tăng like, tăng follow, tăng view giá rẻ nhất thị trường.
Mọi người ghé shop em ủng hộ với ạ, đang sale 50% toàn bộ.
Nhà đất giá rẻ khu đô thị mới, chiết khấu 10%, liên hệ ngay em Hoa 0978 111 222.
Săn mã giảm giá mỗi ngày, vào nhóm Zalo của mình nhé.
Ai cần tài liệu ôn thi miễn phí thì comment "có" để mình gửi.
Cho em xin 1 like fanpage ạ, em mới mở bán bánh tráng trộn.
Kem trộn trắng da sau 7 ngày, không trắng hoàn tiền, ib ngay.
Tuyển cộng tác viên bán hàng online, không cần vốn, liên hệ zalo 0966 777 888.
Nước hoa auth giá rẻ, chỉ 199k, link mua ở phần bình luận.
Bài viết hay quá, mời mọi người ghé kênh YouTube của mình xem video nấu ăn.
@ spam | product_question | - | -
Shop ơi áo này còn size M không ạ?
Mình mua kem này dùng được hai tuần, da đỡ mụn thấy rõ.
Có ai biết shop nào bán quần áo trẻ em chất lượng ở Hà Nội không?
Bạn hỏi chỗ làm logo thì mình thấy bạn Minh làm ổn, giá cũng hợp lý.
Sản phẩm giao nhanh, đóng gói cẩn thận, sẽ ủng hộ tiếp.
Mình thấy son này lên màu đẹp nhưng hơi khô môi.
Đặt pizza ở đây hai lần rồi, lần nào cũng nóng hổi.
Máy lọc nước loại nào tốt cho gia đình 4 người vậy mọi người?
Hàng về không giống ảnh, mình đã yêu cầu trả hàng.
Ai từng học khóa tiếng Anh ở trung tâm này cho mình xin review với.
Mình cần mua laptop tầm 15 triệu để học lập trình, tư vấn giúp.
Điện thoại này pin trâu, chơi game cả ngày vẫn còn 30%.
Bánh tráng trộn quán cô Ba ở cổng trường ngon mà rẻ.
Hỏi thật: thuốc tăng chiều cao có tác dụng không hay chỉ là quảng cáo?
Ai có link tải tài liệu ôn thi THPT chính thức của Bộ không?
Chị ơi chị mua nồi chiên ở đâu vậy, cho em xin chỗ với.
Shop phản hồi nhanh, đổi size cho mình không tính phí.
Mình không khuyến khích mua kem trộn, da mình bị kích ứng sau một tuần.
Follow trang của Sở Y tế để cập nhật tin dịch bệnh chính thức nhé.
""")

HAND.append("""
# ---- scam versus warnings and legitimate finance ------------------------------------------
@ scam | scam | spam,scam | -
Vay tiền online không cần thế chấp, duyệt 5 phút, chỉ cần CCCD, ib zalo 0933 444 555.
Việc nhẹ lương cao, làm tại nhà 2 tiếng mỗi ngày kiếm 500k, inbox ngay.
Nhà cái uy tín nhất châu Á, nạp 100k tặng 100k, vào link đăng ký ngay.
Cá độ bóng đá tỷ lệ cao, rút tiền nhanh, liên hệ zalo để lấy link.
Thu mua tài khoản ngân hàng giá cao, 2 triệu một tài khoản, ib ngay.
Bán sim rác đã kích hoạt, sim chính chủ giá rẻ, số lượng lớn.
Cho thuê tài khoản ngân hàng, mỗi tháng nhận 3 triệu, không rủi ro.
Tuyển người like dạo, làm nhiệm vụ nhận hoa hồng 30%, nạp trước 200k.
Đầu tư tiền ảo lãi 5% mỗi ngày, cam kết không lỗ.
Hỗ trợ lấy lại tiền bị lừa, phí thấp, liên hệ luật sư qua zalo.
Vay nóng trong ngày, không thẩm định, nợ xấu vẫn vay được.
Soi cầu lô đề chuẩn 99%, vào nhóm VIP chỉ 500k.
Tuyển mẫu ảnh online, lương 20 triệu, chỉ cần đóng phí hồ sơ 300k.
Casino trực tuyến, quay slot trúng lớn, đăng ký tặng ngay 88k.
Làm thẻ tín dụng không cần chứng minh thu nhập, rút tiền mặt phí 1%.
@ scam | scam | scam | -
Chúc mừng bạn đã trúng thưởng iPhone 15, bấm vào link để nhận quà.
Tài khoản ngân hàng của quý khách bị khóa, vui lòng đăng nhập tại vcb-xacthuc.xyz để mở.
Tôi là cán bộ công an, con anh đang bị tạm giữ, chuyển 50 triệu để bảo lãnh.
Em ơi chị đang kẹt ở sân bay, chuyển giúp chị 5 triệu, mai chị trả.
Bạn có một đơn hàng bị giữ ở hải quan, đóng phí 1 triệu để nhận.
Tài khoản Facebook của bạn vi phạm bản quyền, xác minh tại link này trong 24 giờ.
Bạn đã được duyệt khoản vay 50 triệu, chuyển phí bảo hiểm 2 triệu để giải ngân.
Anh ơi em chuyển nhầm tiền vào tài khoản anh, anh bấm link này để hoàn lại giúp em.
Đơn vị điện lực thông báo cắt điện, quý khách thanh toán gấp qua đường link sau.
Nhận quà tri ân khách hàng, nhập mã OTP vừa gửi để xác nhận.
@ scam | scam_warning | - | -
Cảnh báo: lừa đảo "việc nhẹ lương cao" đang nhắm vào sinh viên mới ra trường.
Công an khuyến cáo không cung cấp mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng.
Mình vừa bị lừa qua app vay tiền online, mọi người đừng tải mấy app lạ.
Ngân hàng không bao giờ gửi đường link yêu cầu đăng nhập qua tin nhắn.
Báo đưa tin đường dây cá độ bóng đá hàng nghìn tỷ vừa bị triệt phá.
Mua bán tài khoản ngân hàng là vi phạm pháp luật, có thể bị xử lý hình sự.
Tin nhắn báo trúng thưởng iPhone là lừa đảo, đừng bấm vào link.
Mẹ mình suýt chuyển tiền cho kẻ giả danh công an, may mà gọi cho mình kịp.
Các app "làm nhiệm vụ nhận hoa hồng" đều là lừa đảo, nạp là mất.
Bộ Công an cảnh báo chiêu giả danh điện lực để lừa thanh toán.
Sim rác là công cụ của lừa đảo, nhà mạng đang siết đăng ký chính chủ.
Đừng cho ai mượn CCCD để mở tài khoản ngân hàng.
@ scam | banking | - | -
Lãi suất vay mua nhà ở ngân hàng nào đang thấp nhất vậy mọi người?
Mình muốn vay tín chấp 50 triệu, cần những giấy tờ gì?
Thẻ tín dụng nên trả đủ trước ngày đến hạn để không bị tính lãi.
Gửi tiết kiệm 6 tháng hay 12 tháng thì lợi hơn?
Mình vừa mở tài khoản ngân hàng online, xác thực khuôn mặt rất nhanh.
Vay tiêu dùng ở công ty tài chính có lãi cao hơn ngân hàng nhiều không?
Có nên đầu tư vàng thời điểm này không các bác?
Ngân hàng nhà nước vừa điều chỉnh lãi suất điều hành.
Mình cần tìm việc làm thêm buổi tối cho sinh viên, có chỗ nào uy tín không?
Cuối tuần đi xem bóng đá ở sân Mỹ Đình, vé bao nhiêu vậy?
Quỹ hưu trí tự nguyện có đáng tham gia không?
Lương tháng 13 năm nay công ty mình trả đúng hạn.
""")

HAND.append("""
# ---- personal data of private people versus public numbers and ordinary figures ------------
@ personal_data | personal_data | personal_data | -
Con nhỏ đó tên Nguyễn Thị Thu Trang, sđt 0912 000 111, ai muốn thì gọi mà hỏi.
Nhà thằng Tuấn ở số 12 ngõ 34 phố Vọng Đức, sđt 0988 123 000.
Số CCCD của nó là 001203004567, mọi người tra thử xem.
Đây là số tài khoản của con lừa đảo: 0123456789 Vietcombank, tên Lê Văn Bình.
Nó ở phòng 1204 chung cư Hoàng Anh, giờ nào cũng có nhà.
Số CMND của bà ấy là 024681357, ảnh chụp hai mặt đây.
Thằng này học lớp 11A2 trường Lê Lợi, nhà ở hẻm 45 đường Nguyễn Trãi, bố nó tên Hùng.
Share mạnh số điện thoại của con bồ nhí này: 0977 888 000.
Địa chỉ nhà nó: 27/3 đường số 9, phường An Lạc, ai ở gần ghé thăm.
Tài khoản Techcombank 19033344455566 của thằng Khánh, ai bị nó quỵt thì biết.
Zalo riêng của cô giáo lớp con mình đây 0903 111 000, mọi người cứ nhắn mà chửi.
Ảnh CCCD của thằng shipper: số 079099001122, quê Long An.
@ personal_data | personal_data | personal_data,threat | -
Tao biết nhà mày ở số 8 ngõ 15 Trần Duy Hưng rồi, tối nay tao qua.
Sđt mày 0966 000 222 đúng không, tao gửi cho anh em rồi đấy.
@ personal_data | public_hotline | - | -
Tổng đài chăm sóc khách hàng của ngân hàng là 1900 1234.
Cửa hàng mở cửa từ 8 giờ đến 22 giờ, hotline 1800 5678.
Gọi 115 khi cần cấp cứu, 114 khi có cháy.
Trung tâm bảo hành ở số 45 Lý Thường Kiệt, quận 10.
Để bảo vệ dữ liệu cá nhân, đừng đăng ảnh CCCD lên mạng.
Có cách nào khóa số CCCD khi bị lộ không mọi người?
Ngân hàng yêu cầu số tài khoản 10 số hay 14 số là tùy loại tài khoản.
Nghị định 13 quy định về bảo vệ dữ liệu cá nhân có hiệu lực từ năm 2023.
Sao bây giờ nhiều cuộc gọi rác thế, chắc số mình bị lộ rồi.
Mã số thuế của công ty được công khai trên cổng thông tin doanh nghiệp.
Bạn muốn nhận hàng thì nhắn riêng địa chỉ cho shop, đừng để công khai dưới bình luận.
@ personal_data | numbers | - | -
Giá vàng hôm nay là 7.450.000 đồng một chỉ.
Dân số Việt Nam năm 2023 khoảng 100,3 triệu người.
Trận đấu diễn ra lúc 19 giờ 30 ngày 12/10.
Căn hộ rộng 75 m2, giá 3,2 tỷ đồng.
Đường dài 1.234 km chạy qua 20 tỉnh.
Mã đơn hàng của mình là DH20231234567, shop kiểm tra giúp.
Mình nặng 52 kg, cao 1m60, mặc size nào vừa?
Năm 1975 là năm thống nhất đất nước.
Lớp mình có 45 học sinh, 23 nữ và 22 nam.
Tốc độ tối đa trong khu dân cư là 50 km/h.
Ngân sách dự án là 123.456 tỷ đồng.
""")

HAND.append("""
# ---- trap words: animals literally versus animal insults ----------------------------------
@ word_cho | animal | - | -
Con chó cắn rách giày của tôi rồi.
Nhà mình nuôi hai con chó, một con Phú Quốc, một con cỏ.
Chó nhà hàng xóm sủa cả đêm, không ngủ được.
Chó con mới đẻ được một tuần, mắt chưa mở.
Dắt chó đi dạo nhớ mang túi nhặt phân nhé.
Mọi người ơi chó nhà mình bỏ ăn hai ngày rồi, có sao không?
Chó mèo cần được tiêm phòng dại hằng năm.
Phim "Cậu Vàng" kể về con chó của lão Hạc.
Con chó của mình biết ngồi, bắt tay và nằm xuống theo lệnh.
Trạm cứu hộ chó mèo đang cần tình nguyện viên cuối tuần.
Chó Phú Quốc có xoáy lưng, rất khôn.
Cẩn thận chó dữ, nhà ở cuối ngõ có con becgie to lắm.
@ word_cho | insult_person | insult | -
Thằng chó, trả tiền cho tao.
Đồ chó má, ăn cháo đá bát.
Mày sống như con chó ấy.
Con chó này ăn nói láo quá.
Óc chó như mày thì hiểu gì.
@ word_bo | animal | - | -
Ông bà mình nuôi hai con bò.
Con bò sữa ở Mộc Châu cho sữa rất thơm.
Thịt bò xào rau muống là món khoái khẩu của mình.
Nhà bác trồng cỏ để nuôi bò vỗ béo.
Hồi nhỏ mình hay đi chăn bò ngoài đồng.
Phở bò tái nạm là lựa chọn số một buổi sáng.
Bò sữa cần được vắt sữa hai lần mỗi ngày.
Lễ hội chọi trâu Đồ Sơn diễn ra vào tháng Tám âm lịch.
Con trâu là đầu cơ nghiệp.
Nông dân dùng trâu cày ruộng ở vùng núi.
@ word_bo | insult_person | insult | -
Mày ngu như con bò.
Đồ đầu bò, nói không nghe.
Thằng đó ngu như trâu, dạy mãi không biết.
@ word_lon | animal | - | -
Giá lợn hơi tăng lên 60 nghìn một ký.
Dịch tả lợn châu Phi đang lan ở một số tỉnh.
Mẹ mình nuôi ba con lợn để Tết bán.
Thịt lợn luộc chấm mắm tôm ăn với bún.
Heo con nhà mình mới đẻ mười con.
Con khỉ ở Sơn Trà hay xuống đường xin ăn.
Khỉ đột là loài linh trưởng lớn nhất thế giới.
Các loài này ăn tạp, thức ăn gồm côn trùng, quả và hạt.
Con gấu trúc ăn tre trúc suốt ngày.
Sư tử là loài săn mồi theo đàn.
@ word_lon | insult_person | insult | -
Đồ con lợn, ăn xong không biết dọn.
Mày béo như con lợn, ăn ít thôi.
Thằng mặt khỉ này láo thật.
Đồ súc vật, không có tính người.
@ word_ngu_sleep | sleep | - | -
Mai mình đi ngủ sớm.
Ngủ ngon nha mọi người.
Em bé ngủ trưa được hai tiếng.
Tối qua mình ngủ không được vì nóng.
Đi ngủ đi, khuya rồi.
Mình ngủ quên nên trễ học.
Ngủ đủ 8 tiếng rất tốt cho sức khỏe.
Buồn ngủ quá mà còn đống bài tập.
Con mèo ngủ trên bàn phím máy tính.
Ngủ trưa 20 phút giúp làm việc hiệu quả hơn.
Đêm nay ngủ ở nhà bạn nhé mẹ.
Mất ngủ kéo dài nên đi khám bác sĩ.
@ word_ngu_sleep | sleep | - | - | unaccented
mai minh di ngu som
ngu ngon nha moi nguoi
toi qua ngu khong duoc vi nong qua
di ngu di khuya roi
minh ngu quen nen tre hoc
be nha minh ngu trua 2 tieng
buon ngu qua ma con bai tap
em ngu chua
ngu som de mai di thi
@ word_ngu_sleep | insult_person | insult | -
Mày ngu thế, bài dễ vậy mà cũng sai.
Ngu như mày thì học làm gì.
Thằng ngu này lại comment bậy.
Đồ ngu, đọc kỹ đề đi.
@ word_ngu_sleep | insult_person | insult | - | unaccented
may ngu the, bai de vay ma cung sai
thang ngu nay lai comment bay
do ngu doc ky de di
ngu nhu may thi hoc lam gi
@ word_ngu_dan | fishermen | - | -
Ô nhiễm ở Formosa đã làm hại ngư dân miền Trung.
Ngư dân Quảng Ngãi trúng đậm mẻ cá ngừ đầu năm.
Tàu cá của ngư dân bị chìm do bão, ba người được cứu.
Ngư trường Hoàng Sa là nơi ngư dân ta đánh bắt từ bao đời.
Nhà nước hỗ trợ ngư dân đóng tàu vỏ thép.
Bà con ngư dân vui vì giá mực tăng.
Ngư dân cần tuân thủ quy định chống khai thác bất hợp pháp IUU.
Ngư nghiệp là ngành kinh tế quan trọng của các tỉnh ven biển.
Làng chài Mũi Né sáng sớm tấp nập thuyền về.
@ word_ngu_dan | fishermen | - | - | unaccented
o nhiem o formosa da lam hai ngu dan mien trung
ngu dan quang ngai trung dam ca ngu
ho tro ngu dan dong tau vo thep
ngu truong hoang sa la cua ngu dan ta
""")

HAND.append("""
# ---- places, encyclopedic and news prose -------------------------------------------------
@ place | place | - | -
Cuba là hòn đảo chính của quần đảo Antilles Lớn.
Hồ Gươm nằm ở trung tâm quận Hoàn Kiếm, Hà Nội.
Vịnh Hạ Long có gần 2.000 hòn đảo lớn nhỏ.
Sông Mê Kông chảy qua sáu quốc gia trước khi đổ ra biển.
Phú Quốc là hòn đảo lớn nhất Việt Nam.
Đà Lạt nằm trên cao nguyên Lâm Viên, khí hậu mát mẻ quanh năm.
Mũi Cà Mau là điểm cực Nam của Tổ quốc.
Thủ đô của Campuchia là Phnôm Pênh.
Núi Fansipan cao 3.143 m, được gọi là nóc nhà Đông Dương.
Con Cuông là một huyện miền núi của tỉnh Nghệ An.
Thành phố Thủ Đức được thành lập năm 2021.
Đèo Hải Vân nối Thừa Thiên Huế với Đà Nẵng.
Côn Đảo từng là nơi giam giữ tù chính trị.
Bến Tre được mệnh danh là xứ dừa.
@ encyclopedic | encyclopedic | - | -
Trái Đất quay quanh Mặt Trời theo một quỹ đạo hình elip.
Vệ tinh được đưa lên quỹ đạo thấp ở độ cao khoảng 500 km.
Ban Chỉ đạo phòng chống thiên tai họp khẩn ứng phó bão số 3.
Cột nước dâng cao khoảng 5 m ở vùng ven biển.
Loài cá này sống ở độ sâu hơn 200 m dưới mặt nước.
Tế bào là đơn vị cấu tạo cơ bản của mọi sinh vật.
Nguyễn Du là tác giả Truyện Kiều.
Chiến tranh thế giới thứ hai kết thúc năm 1945.
Nước sôi ở 100 độ C trong điều kiện áp suất tiêu chuẩn.
Hoàng đế Quang Trung đại phá quân Thanh vào Tết Kỷ Dậu 1789.
Kim loại dẫn điện tốt nhất là bạc.
Ban Chấp hành Trung ương họp hội nghị lần thứ tám.
Rừng ngập mặn Cần Giờ là khu dự trữ sinh quyển thế giới.
Ong mật sống thành đàn, mỗi đàn có một ong chúa.
Bộ Chính trị ban hành nghị quyết về phát triển khoa học công nghệ.
Hệ Mặt Trời có tám hành tinh.
Sao Hỏa có hai vệ tinh tự nhiên là Phobos và Deimos.
Đập thủy điện Hòa Bình cao 128 m.
Con đực thường có màu sắc sặc sỡ hơn con cái để thu hút bạn tình.
Loài rắn này có nọc độc có thể giết chết con mồi trong vài phút.
Quân đội Mông Cổ bị đánh bại ba lần trên đất Đại Việt.
Vụ nổ Big Bang xảy ra khoảng 13,8 tỷ năm trước.
""")

HAND.append("""
# ---- food, football, weather, school, family -----------------------------------------------
@ everyday_food | food | - | -
Bún chả Hà Nội phải ăn kèm nem rán mới đủ vị.
Nồi thịt kho trứng ngày Tết không thể thiếu ở miền Nam.
Bánh xèo miền Tây to bằng cái chảo, ăn với rau rừng.
Cà phê sữa đá Sài Gòn đậm đà, uống một ly tỉnh cả ngày.
Mắm tôm chấm chả cá Lã Vọng là chuẩn bài.
Mình thích ăn cay nên lúc nào cũng thêm ớt.
Bánh mì Hội An được báo nước ngoài khen ngợi.
Chè bưởi mùa hè ăn mát lạnh.
Lẩu dê ngon nhất là vào ngày mưa.
Ai có công thức làm bánh flan không bị rỗ không?
Trứng vịt lộn ăn với rau răm và muối tiêu.
Gỏi cuốn tôm thịt chấm tương đậu phộng.
Mình thử làm cơm gà Hội An ở nhà, ai cũng khen.
Bánh canh cua ở Vũng Tàu ngon nhức nách.
@ everyday_football | football | - | -
Quang Hải ghi bàn thắng tuyệt đẹp từ ngoài vòng cấm.
Việt Nam thắng Thái Lan 2-1 ở chung kết.
Đội hình ra sân hôm nay có gì thay đổi không?
Trận derby Manchester tối nay ai đoán tỉ số?
Hàng thủ chơi chưa tốt, cần cải thiện ở hiệp hai.
HLV Park Hang-seo để lại nhiều dấu ấn với bóng đá Việt Nam.
Cổ động viên đổ ra đường ăn mừng chiến thắng.
Cầu thủ này bị thẻ đỏ vì phạm lỗi thô bạo.
Giải V-League năm nay cạnh tranh quyết liệt.
Sút penalty hỏng ở phút cuối, tiếc quá.
Đội U23 sẽ tập huấn ở Hàn Quốc trong tháng tới.
@ everyday_weather | weather | - | -
Hà Nội hôm nay mưa phùn, nồm ẩm khắp nơi.
Dự báo có bão đổ bộ vào miền Trung cuối tuần.
Sài Gòn nắng gắt, nhiệt độ lên 37 độ.
Gió mùa đông bắc tràn về, vùng núi có thể có băng giá.
Trời mưa to quá, đường Nguyễn Hữu Cảnh lại ngập.
Sáng nay sương mù dày đặc, đi xe nhớ bật đèn.
Nắng nóng kéo dài, mọi người nhớ uống đủ nước.
Mùa này Đà Lạt se lạnh, mang áo khoác nhé.
@ everyday_school | school | - | -
Con mình lớp 3, học toán hay bị nhầm phép chia.
Kỳ thi tốt nghiệp THPT năm nay có hơn một triệu thí sinh.
Cô chủ nhiệm lớp con rất tận tâm, tối nào cũng nhắn phụ huynh.
Mình đang ôn IELTS, có nhóm học nào không?
Học sinh được nghỉ Tết 10 ngày.
Điểm chuẩn ngành y năm nay tăng nhẹ.
Sinh viên năm nhất nên tham gia câu lạc bộ để làm quen bạn mới.
Em bị điểm kém môn văn, phải học lại từ đầu.
Trường mình tổ chức hội trại 26/3 vui lắm.
Thầy giáo dạy sử kể chuyện rất cuốn.
Bài kiểm tra 15 phút mà khó như thi học kỳ.
@ everyday_family | family | - | -
Cuối tuần cả nhà về quê thăm ông bà.
Bố mình năm nay 60 tuổi mà vẫn chạy bộ mỗi sáng.
Em gái mình mới sinh bé trai 3,2 kg.
Mẹ nấu canh chua cá lóc ngon nhất quả đất.
Vợ chồng mình cưới được 5 năm, vẫn hay đi hẹn hò.
Ông nội mình kể chuyện chiến tranh suốt buổi tối.
Chúc mừng sinh nhật con gái yêu của mẹ.
Nhà mình mới chuyển sang chung cư, hàng xóm thân thiện lắm.
""")

HAND.append("""
# ---- more sexual harassment, explicit content and their benign neighbours -------------------
@ sexual_more | sexual | sexual | -
Em gái ơi cho anh xin link clip riêng tư của em với.
Ảnh đại diện gợi cảm thế, chắc ai trả giá cũng đi.
Anh ship tận nơi đồ chơi người lớn, em muốn thử không?
Mặc đồ bơi đăng lên làm gì, muốn anh em trong nhóm thèm à.
Bé ơi 16 tuổi rồi à, cho anh gặp riêng nhé, anh cho tiền tiêu.
Tao vừa xem clip con bé lớp bên cạnh tắm, ai muốn tao gửi cho.
Cô đồng nghiệp mới mông to, tối nay tao phải tán cho bằng được rồi lên giường.
Nhắn tin cho tao đi, tao gửi ảnh con cu cho mà xem.
Nữ sinh mặc áo dài mỏng thế nhìn thấy hết, sướng mắt.
Đi massage mà không có "dịch vụ thêm" thì đi làm gì.
Tối nay ai rảnh nhắn anh, anh có phòng sẵn, bao trọn gói.
Chị chủ shop ngực khủng quá, live bán hàng mà anh em chỉ nhìn ngực.
Có ai muốn trao đổi ảnh nóng của người yêu cũ không?
Cô em đi xe buýt đứng sát anh, anh được dịp sờ mó cả đường.
Địt nhau xong còn đòi tiền, đúng là con cave.
Xem phim sex Nhật nhiều quá nên giờ thấy gái nào cũng muốn.
Em thích kiểu bạo dâm không, để anh chỉ cho.
Gái gọi cao cấp, chân dài, zalo 0901 000 999.
@ sexual_more | sexual | sexual | - | teencode
e ơi gửi a cái ảnh nóng đi mà
nhìn e là a nứng r
bé ơi ib a, a cho xem cái này hay lắm
@ sexual_more | relationships | - | -
Người yêu mình ngại nắm tay nơi đông người, có sao không nhỉ?
Mình với chồng cãi nhau chuyện tiền nong, làm sao để nói chuyện nhẹ nhàng hơn?
Lần đầu gặp bố mẹ người yêu nên mặc gì cho lịch sự?
Yêu xa hai năm rồi, cuối tháng này bọn mình mới gặp lại.
Bạn trai mình hay ghen với đồng nghiệp nam, mình phải làm sao?
Chị em có kinh nghiệm chuẩn bị đám cưới chia sẻ với.
Chúng mình kỷ niệm 1 năm yêu nhau bằng chuyến đi Đà Lạt.
Tỏ tình bị từ chối thì có nên làm bạn tiếp không?
Vợ chồng nên có tài khoản chung hay để riêng?
Ảnh cưới chụp ở Hội An đẹp quá trời.
@ sexual_more | sex_education | - | -
Bác sĩ cho em hỏi bị đau khi quan hệ lần đầu có bình thường không?
Bệnh lậu và giang mai có chữa khỏi được không?
Tiêm vắc xin HPV phòng ung thư cổ tử cung nên tiêm ở độ tuổi nào?
Trẻ 5 tuổi hay hỏi em bé từ đâu ra, bố mẹ nên trả lời thế nào?
Bao cao su có hạn sử dụng không, để trong ví có sao không?
Xuất tinh sớm có phải bệnh không, nên khám khoa nào?
Kinh nguyệt không đều có ảnh hưởng đến việc có con không?
Trường học nên dạy giáo dục giới tính từ cấp một.
Khám nam khoa ở bệnh viện công có cần đặt lịch trước không?
Sau sinh bao lâu thì có thể quan hệ lại an toàn?
Mình mới biết mình có thai ngoài ý muốn, mình nên đến đâu để được tư vấn?
Chương trình dạy trẻ về quyền riêng tư cơ thể rất cần thiết.
Nên giải thích cho con trai tuổi dậy thì về mộng tinh thế nào?
Phim có cảnh nóng thì nên để chế độ kiểm soát của phụ huynh.
Bộ ảnh nghệ thuật khỏa thân ở triển lãm gây tranh cãi trên báo.
Bức tượng thần Vệ Nữ là tác phẩm điêu khắc nổi tiếng thời Hy Lạp cổ đại.
Đi tiểu buốt sau khi quan hệ có phải viêm đường tiết niệu không?
Ngực to nhỏ không ảnh hưởng đến việc cho con bú.
Chế độ ăn cho bà bầu 3 tháng cuối nên có gì?
@ sexual_more | news_report | - | -
Công an bắt đối tượng quay lén phụ nữ trong nhà vệ sinh trung tâm thương mại.
Một giáo viên bị đình chỉ vì nhắn tin quấy rối học sinh nữ.
Vụ phát tán clip nhạy cảm của nữ sinh: kẻ tung clip có thể bị xử lý hình sự.
Triệt phá đường dây mại dâm trá hình tiệm massage ở quận 7.
Nạn nhân bị quấy rối trên xe buýt được khuyên gọi ngay cho tài xế và đường dây nóng.
""")

HAND.append("""
# ---- more self-harm and its neighbours -----------------------------------------------------
@ self_harm_more | self_harm | self_harm | -
Mình đã viết xong thư tuyệt mệnh, chỉ chờ tối nay thôi.
Không ai hiểu mình, chắc mình chết đi thì mọi chuyện sẽ ổn hơn.
Mình tích được 30 viên thuốc ngủ rồi, đủ chưa mọi người?
Mỗi lần buồn mình lại lấy dao lam rạch tay, giờ thành thói quen rồi.
Đứng trên cầu Nhật Tân rồi, chào mọi người.
Thi trượt lần nữa chắc mình nhảy lầu thôi.
Cuộc sống vô nghĩa quá, mình muốn chấm dứt.
Ai có cách nào chết nhanh mà không đau thì chỉ mình với.
Mình đã thử treo cổ một lần nhưng không thành, lần này sẽ khác.
Mình không ăn uống gì ba ngày rồi, mong mình biến mất luôn.
Tối nay mình sẽ uống hết chỗ thuốc của mẹ.
Chắc mình đi theo bố cho xong, ở lại làm gì.
@ self_harm_more | self_harm | self_harm | - | teencode
chắc t chết đi cho xong, ko ai cần t cả
mk mệt mỏi vs cuộc sống này r, mk mún kết thúc
@ self_harm_more | self_harm | self_harm | - | unaccented
minh khong muon song nua
chac minh nhay cau cho xong
@ self_harm_more | self_harm | self_harm,insult | -
Thi trượt thì đi chết đi, sống làm gì cho chật đất.
Loại béo như mày nên nhịn đói đến chết cho đẹp.
Mày mà là tao thì tao tự tử lâu rồi, đồ thất bại.
Sống nhục thế thì nhảy sông mà chết đi con ạ.
@ self_harm_more | support | - | -
Bạn ơi mình đọc được bài của bạn, bạn có thể nhắn cho mình bất cứ lúc nào.
Nếu bạn đang nghĩ đến việc tự làm hại mình, hãy nói với một người bạn tin tưởng ngay hôm nay.
Em học lớp 12, áp lực thi cử làm em mất ngủ, em nên nói chuyện với ai?
Đừng bỏ cuộc, mình cũng từng nghĩ như bạn và giờ mình đang sống rất ổn.
Nhóm hỗ trợ người có người thân mất vì tự tử họp tối thứ năm hằng tuần.
Sau khi mất việc, anh ấy trầm cảm nặng, gia đình nên làm gì?
Bác sĩ tâm lý khuyên mình viết nhật ký cảm xúc mỗi ngày, thấy đỡ hơn nhiều.
Ai đang buồn thì nhắn mình, mình sẵn sàng nghe.
Thầy cô cần chú ý khi học sinh có biểu hiện thu mình, bỏ ăn.
Mình đã gọi đường dây hỗ trợ tâm lý và được tư vấn rất tận tình.
Tuần này mình tệ lắm nhưng mình đang cố gắng, cảm ơn mọi người đã hỏi thăm.
Tin buồn: nam sinh tự tử vì áp lực học tập, các chuyên gia kêu gọi phụ huynh lắng nghe con.
Phim tài liệu về trầm cảm tuổi học trò làm mình suy nghĩ nhiều.
Bạn không phải gánh mọi thứ một mình, đi khám tâm lý không có gì xấu hổ.
@ self_harm_more | hyperbole | - | -
Ăn cay quá muốn chết luôn.
Chờ kết quả thi hồi hộp chết đi được.
Tiếng khoan nhà hàng xóm làm mình phát điên mất.
Mua phải cái áo giá gấp đôi, tức muốn chết.
Cái nắng 40 độ này giết người mất thôi.
Ngồi họp 4 tiếng, chết mệt.
Nhìn hóa đơn tiền điện tháng này mà muốn xỉu.
Con mèo nhà mình mũm mĩm dễ thương chết đi được.
Bài này khó chết đi được, giải mãi không ra.
Nghe tin đỗ đại học mà sướng muốn ngất.
Trời ơi kẹt xe kiểu này chắc chết già trên đường.
Đau răng muốn chết, mai phải đi nha sĩ.
""")

HAND.append("""
# ---- more threats, news and idioms --------------------------------------------------------------
@ threat_more | threat | threat | -
Mày cứ chờ đấy, không sớm thì muộn tao cũng cho mày biết tay.
Tao có địa chỉ công ty mày rồi, mai tao đến tận nơi.
Còn đăng bài nói xấu quán tao thì đừng trách tao cho người đến đập phá.
Con gái mày học trường nào tao biết hết đấy, liệu hồn.
Nợ tao mà trốn thì tao cho mày mất một ngón tay.
Mày nói thêm câu nữa tao vả cho rụng răng.
Nếu đội nhà thua, tao sẽ đi tìm thằng trọng tài để xử nó.
Tao sẽ làm cho cả nhà mày không sống yên ổn ở cái xóm này.
Thằng nào còn đỗ xe trước cửa nhà tao tao rạch lốp, rạch luôn mặt.
Ly hôn thì được, nhưng mày mang con đi là tao giết mày.
Tao mà gặp mày ngoài đời là mày phải đi cấp cứu.
Đợi tao ra tù, tao sẽ tìm cả nhà mày.
Tối nay tao ném bom xăng vào cửa hàng nó.
Cho mày 24 giờ để xóa bài, không thì biết hậu quả.
@ threat_more | threat | threat | - | teencode
t biết nhà m ở đâu r, liệu hồn
m cứ đợi đấy, gặp là t chém
tối nay t qua nhà m, chuẩn bị tinh thần đi
@ threat_more | threat | threat | - | unaccented
tao se giet may
may cho do tao chem chet may
tao biet nha may o dau roi
@ threat_more | threat | threat,insult | -
Thằng chó này tao mà gặp tao đánh chết.
Con đĩ kia, tao sẽ rạch mặt mày.
Đồ khốn nạn, tao sẽ cho mày biết thế nào là đau.
@ threat_more | idiom | - | -
Hôm nay mình quyết tâm "tiêu diệt" hết đống quần áo chưa gấp.
Anh ấy chém gió hay lắm, nghe cả buổi không chán.
Đội tuyển bóng chuyền nữ đã "hạ gục" đối thủ mạnh nhất bảng.
Cô ấy đẹp đến mức "giết người không dao".
Mình sẽ "đánh chiếm" vị trí số một bảng xếp hạng game tuần này.
Cả nhà quây quần bên nồi bánh chưng, thức trắng đêm canh lửa.
Lão Hạc bán cậu Vàng rồi ăn bả chó mà chết, đọc lần nào cũng khóc.
Trong truyện Kiều, Từ Hải chết đứng giữa trận tiền.
Dao phay này mài sắc để chặt thịt gà.
Bố mình đi săn chuột đồng ngoài ruộng, tối về nướng ăn.
Hôm nay mình sẽ "xử" hết ba chương sách ôn thi.
Bắn pháo hoa đêm giao thừa ở hồ Gươm đẹp lắm.
Phim hành động có nhiều cảnh đánh nhau nhưng kịch bản yếu.
Chết cười với clip con chó nhà bên đuổi theo xe bán kem.
Thằng em mình vừa "kill" được 20 mạng trong Liên Quân.
Muốn giết con gà thì phải cắt tiết cho sạch.
Mình bị phạt đứng góc lớp vì nói chuyện, ngại chết đi được.
@ threat_more | news_report | - | -
Người đàn ông bị bắt vì đăng bài đe dọa đặt bom sân bay.
Tòa án xử vụ nhóm thanh niên dùng hung khí truy sát người đi đường.
Công an đang truy tìm đối tượng đe dọa giết chủ nợ qua tin nhắn.
Nữ sinh bị bạn học dọa đánh đã được nhà trường bảo vệ.
Báo cáo: bạo lực học đường thường bắt đầu từ những lời đe dọa trên mạng.
Cảnh sát giải cứu con tin sau 5 tiếng thương lượng.
""")

HAND.append("""
# ---- more spam -------------------------------------------------------------------------------
@ spam_more | spam | spam | -
Ai cần tăng mắt live stream liên hệ mình, giá chỉ 50k một giờ.
Đọc truyện full miễn phí tại truyenhay-abc.net, cập nhật mỗi ngày.
Mình bán khóa học tiếng Anh online, bạn nào quan tâm để lại số điện thoại mình gọi tư vấn.
Chuyên cung cấp nhân sâm Hàn Quốc loại 1, cam kết chữa bách bệnh, gọi 0909 111 000.
Mọi người ủng hộ kênh TikTok của em với, em đăng video hằng ngày ạ.
Tặng ngay voucher 500k khi tải app mua sắm, nhập mã GIAMGIA500.
Cần bán gấp căn hộ view sông, giá tốt nhất khu vực, ai quan tâm ib em.
Tuyển sỉ kem face, lợi nhuận 40%, không cần kinh nghiệm.
Dịch vụ viết luận văn thuê bao đậu, liên hệ zalo để báo giá.
Chia sẻ bài này để nhận quà miễn phí từ nhãn hàng.
Cho thuê xe tự lái giá rẻ nhất Đà Nẵng, gọi ngay.
Nhận làm bằng lái xe, bằng đại học giá rẻ, bao công chứng.
Thuốc xịt mọc tóc thần kỳ, hói mấy cũng mọc lại sau 2 tuần.
Ghé kênh của mình xem review đồ ăn nhé, link ở trang cá nhân.
Đăng ký thẻ tập gym trong hôm nay giảm 70%, inbox để giữ suất.
Em bán nick Facebook cổ, nhiều bạn bè, giá mềm.
Sale sập sàn 12/12, click vào link để săn deal 1k.
Xin phép admin cho em quảng cáo: nhận ship đồ ăn khu vực Cầu Giấy.
@ spam_more | spam | spam | - | teencode
ai cần mua acc lq ib e nha, giá rẻ
fl chéo ko ae, mk fl lại liền
ib mk để nhận mã giảm giá nha mn
sub chéo k ạ, e sub lại 100%
@ spam_more | product_question | - | -
Mình cần tìm chỗ thuê xe tự lái ở Đà Nẵng, có ai từng thuê chưa?
Có ai học khóa tiếng Anh online nào hiệu quả giới thiệu mình với.
Review thật: nhân sâm Hàn Quốc mình mua ở siêu thị uống thấy khỏe hơn, nhưng đắt.
Kênh TikTok nào dạy nấu ăn đơn giản cho sinh viên vậy mọi người?
App mua sắm này giao hàng có nhanh không, ai dùng rồi cho ý kiến.
Khu này có căn hộ nào cho thuê dưới 7 triệu không ạ?
Mình hỏi chút, học bằng lái B2 ở trung tâm nào uy tín tại Hà Nội?
Có thật là thuốc mọc tóc quảng cáo trên mạng hiệu quả không hay toàn lừa?
Mình thường ghé quán phở đầu ngõ, nước dùng đậm, giá 40k một bát.
Bạn hỏi quán ship đồ ăn ở Cầu Giấy thì quán cơm cô Hạnh giao nhanh lắm.
Shop ơi cho mình hỏi đơn hàng hôm qua bao giờ giao ạ?
Áo mặc lên form đẹp nhưng vải hơi mỏng, giá này thì chấp nhận được.
Ai biết cách phân biệt kem face thật với giả không?
Mình đánh giá 5 sao vì shop tư vấn nhiệt tình dù mình không mua.
Tai nghe này chống ồn tốt, đi xe buýt không nghe tiếng ồn nữa.
Xin thông tin trung tâm gym gần Mỹ Đình giá sinh viên ạ.
""")

HAND.append("""
# ---- more scam ---------------------------------------------------------------------------------
@ scam_more | scam | spam,scam | -
Hỗ trợ vay vốn sinh viên 20 triệu, không cần bảo lãnh, giải ngân trong 30 phút, ib ngay.
Tuyển nhân viên đóng gói hàng tại nhà, thu nhập 15 triệu, đặt cọc 500k nhận nguyên liệu.
Kiếm tiền online chỉ cần điện thoại, mỗi ngày 300k đến 1 triệu, ib để được hướng dẫn.
Bắn cá đổi thưởng, nạp 50k rút 500k, link tải game ở dưới.
Tài xỉu online uy tín, rút tiền về ngân hàng trong 3 phút.
Mua bán tài khoản ngân hàng đã xác thực, có sẵn thẻ và SIM.
Cần 50 người mở tài khoản ngân hàng hộ, mỗi tài khoản trả 1 triệu.
Đầu tư sàn forex, lợi nhuận 30% mỗi tháng, có chuyên gia hướng dẫn miễn phí.
Thẻ cào trúng thưởng ô tô, gửi mã thẻ cho tổng đài để nhận.
Nhận làm hồ sơ đi xuất khẩu lao động Nhật không cần thi tiếng, chỉ cần đóng 80 triệu.
Vé xem ca nhạc giá rẻ, chuyển khoản trước nhận vé qua email.
Nhận chạy nợ xấu CIC, xóa nợ xấu trong 7 ngày.
Game đầu tư nông trại ảo, nạp 1 triệu mỗi ngày nhận lãi 50k.
Kèo nhà cái hôm nay, vào nhóm Telegram nhận tip miễn phí.
@ scam_more | scam | spam,scam | - | teencode
vay tiền nhanh ko cần thế chấp, ib zalo e nha
việc nhẹ lương cao, ngày làm 2h kiếm 500k, ib mk
nhà cái uy tín nạp 100k tặng 100k ae ơi
@ scam_more | scam | scam | -
Chào bạn, bạn đã được chọn làm khách hàng may mắn nhận xe máy SH, vui lòng chuyển phí vận chuyển 2 triệu.
Con chào cô, con là bạn của anh Tuấn, anh ấy bị tai nạn cần tiền mổ gấp, cô chuyển vào số tài khoản này.
Bạn đủ điều kiện nhận trợ cấp thất nghiệp, cài ứng dụng ở đường link và nhập thông tin thẻ.
Xin chào, tôi gọi từ nhà mạng, sim của bạn sắp bị khóa, bấm phím 1 để được hỗ trợ.
Bạn vừa trúng giải đặc biệt chương trình tri ân, cung cấp mật khẩu ngân hàng để nhận tiền.
Mình là nhân viên sàn thương mại điện tử, bạn cần làm nhiệm vụ nạp tiền để nhận hoa hồng đơn hàng.
@ scam_more | scam_warning | - | -
Mình suýt bị lừa vì một người tự xưng là nhân viên nhà mạng đòi mã OTP.
Chiêu "việc nhẹ lương cao" ở Campuchia đã khiến nhiều người trẻ bị lừa bán.
Bài viết hướng dẫn nhận biết app cho vay tiền online trái phép.
Đừng bao giờ mở tài khoản ngân hàng hộ người khác, bạn có thể bị liên đới.
Ngân hàng Nhà nước cảnh báo về các sàn forex không phép.
Các nhà cái trực tuyến thường dụ người chơi bằng khuyến mãi nạp đầu.
Người dân nên gọi tổng đài chính thức của ngân hàng khi nhận cuộc gọi lạ.
Trang giả mạo ngân hàng thường có đường link gần giống tên thật.
Cá độ bóng đá qua mạng là vi phạm pháp luật, người chơi có thể bị xử lý.
Công an tỉnh triệt phá đường dây cho vay nặng lãi qua ứng dụng.
Các bạn sinh viên cẩn thận với tin tuyển dụng bắt đóng tiền cọc trước.
Làm sao để báo cáo một trang web lừa đảo cho cơ quan chức năng?
@ scam_more | banking | - | -
Mình muốn đổi ngân hàng nhận lương, thủ tục có phức tạp không?
Vay mua xe trả góp 3 năm thì lãi suất khoảng bao nhiêu?
Ứng dụng ngân hàng báo lỗi khi chuyển tiền liên ngân hàng, ai bị giống không?
Bảo hiểm nhân thọ có đáng mua không, hay gửi tiết kiệm tốt hơn?
Công ty mình đang tuyển nhân viên kho, lương 9 triệu, làm giờ hành chính.
Mình làm thêm gia sư buổi tối, mỗi buổi được 200 nghìn.
Đặt cược với bạn thân là nếu Việt Nam thắng thì mình bao cả nhóm ăn lẩu.
Xổ số kiến thiết miền Nam hôm nay ai trúng chưa?
Thủ tục vay vốn ưu đãi cho hộ nghèo ở ngân hàng chính sách xã hội như thế nào?
Tuần này mình mở sổ tiết kiệm online, lãi suất 5,5% một năm.
""")

HAND.append("""
# ---- more personal data ------------------------------------------------------------------
@ personal_data_more | personal_data | personal_data | -
Thằng lừa đảo tên Trần Minh Khôi, CCCD 038099012345, nhà ở thôn 3 xã Yên Mỹ.
Bồ của chồng tao tên Hương, làm ở ngân hàng, sđt 0935 000 444, chị em vào nhắn tin cho nó.
Địa chỉ nhà cô giáo phạt con tôi: số 6 hẻm 22 Phan Văn Trị, mọi người biết rồi đấy.
Ai biết đứa này không, biển số xe 29A-000.12, nhà ở khu tập thể Thành Công, tầng 4.
Chủ nợ nhà tôi đây: Lê Văn Tâm, STK 1903 0000 5555 Techcombank, số điện thoại 0977 000 321.
Đăng ảnh chụp hộ chiếu của con bé đó lên cho mọi người nhận diện.
Thằng này làm ở công ty X, tầng 8 tòa Keangnam, giờ tan làm 17h30, ai muốn gặp cứ đến.
Mật khẩu Facebook của con kia là hoa123456, ai vào đọc tin nhắn của nó cho vui.
Bố nó là ông Phạm Văn Quý, sống ở xóm 5 thôn Đông, điện thoại 0912 000 678.
@ personal_data_more | personal_data | personal_data | - | teencode
sđt con đó nè 0988 000 765, ae gọi khủng bố nó đi
nhà nó ở ngõ 12 đường láng, số 5, tầng 3 nha mn
@ personal_data_more | public_hotline | - | -
Đường dây nóng của Sở Y tế: 1900 9095.
Văn phòng công ty ở tầng 5 tòa nhà Sông Đà, giờ làm việc từ 8h đến 17h.
Mọi người đừng đăng biển số xe của người khác khi chưa có bằng chứng rõ ràng.
Mình bị lộ số CCCD, có cách nào để không bị người ta mở tài khoản ngân hàng không?
Khi bán hàng online, bạn chỉ nên nhắn riêng số tài khoản cho khách.
Tổng đài hỗ trợ khách hàng của hãng bay hoạt động 24/7.
Ủy ban phường tiếp công dân vào sáng thứ năm hằng tuần tại số 10 đường Hòa Bình.
Làm sao để xóa thông tin cá nhân của mình trên các trang tra cứu?
Nếu bị lộ mật khẩu, hãy đổi ngay và bật xác thực hai lớp.
Số điện thoại của bạn không được hiển thị công khai trên hồ sơ này.
Quán cà phê mở ở số 28 Tô Hiến Thành, có chỗ để xe máy.
@ personal_data_more | numbers | - | -
Chiếc xe này đã chạy được 12.345 km.
Mã bưu chính của Hà Nội bắt đầu bằng 10.
Kỳ thi bắt đầu lúc 7 giờ 30 ngày 27/6/2024.
Điểm chuẩn ngành kinh tế là 26,75 điểm.
Tỷ lệ thất nghiệp quý II là 2,29%.
Chiều cao của tòa tháp là 461 m.
Mình chuyển khoản 250.000 đồng tiền quỹ lớp rồi nha.
Tổng cộng đơn hàng là 1.290.000 đồng, đã gồm phí ship.
Dự án có tổng vốn đầu tư 100.000 tỷ đồng.
Số báo danh của em là 01012345, em thi ở điểm trường Chu Văn An.
""")

HAND.append("""
# ---- more insults ----------------------------------------------------------------------------
@ insult_more | insult_person | insult | -
Não mày để làm cảnh à?
Nói chuyện với mày phí thời gian, đồ đầu đất.
Cái thứ ăn bám bố mẹ mà còn lên mạng dạy đời.
Mày học hết lớp mấy mà viết ngu thế?
Loại người như mày đúng là cặn bã.
Con bé này ảo tưởng sức mạnh, xấu mà tưởng mình là hoa hậu.
Thằng YouTuber này chuyên câu view rẻ tiền, đồ vô liêm sỉ.
Đồ ngu si tứ chi phát triển.
Mày là đồ hãm, đi đến đâu xui đến đó.
Bà chủ trọ keo kiệt, đúng là đồ hút máu.
Thằng người yêu cũ là đồ đểu cáng, bắt cá hai tay.
Đồ giẻ rách, không ai thèm.
Mày nói câu nào cũng ngu, im đi cho nhờ.
Anh là cái thá gì mà dám lên mặt với tôi?
Đồ vô ơn, bạc như vôi.
Cái bản mặt nhìn là thấy gian.
Thằng này chơi game ngu như heo, feed suốt.
Đúng là đồ não phẳng, tin cả tin giả.
Con nhỏ này giả nai, đúng đồ trà xanh.
Cái thứ mất nết như mày thì ai lấy.
Đồ ăn cháo đá bát, tao giúp mày bao nhiêu lần rồi.
Thằng kia mặt như cái mẹt, hát dở mà cứ thích lên sóng.
Tôi chưa thấy ai ngu như anh.
Nhóm trưởng gì mà lười như hủi, để cả nhóm gánh.
Mấy đứa anti fan rảnh rỗi, đúng là lũ ăn không ngồi rồi.
Cái loại bán hàng lừa đảo như mày nên biến khỏi chợ.
@ insult_more | insult_person | insult | - | teencode
m ngu vừa thôi
thằng này óc chó vãi
đồ hãm, biến đi
con này xạo vl
nói chuyện vs m chán vl, đồ ngu
@ insult_more | insult_person | insult | - | unaccented
do dau dat
may ngu vua thoi
thang nay oc cho that
do an hai
@ insult_more | disagreement | - | -
Mình nghĩ bạn hiểu nhầm ý bài viết rồi, đọc lại đoạn cuối nhé.
Tôi không đồng ý với quan điểm của anh, nhưng tôn trọng ý kiến đó.
Video này câu view hơi nhiều, nội dung không như tiêu đề.
Bạn có nguồn cho thông tin này không? Mình thấy hơi khó tin.
Người yêu cũ của mình không chung thủy nên bọn mình chia tay.
Bà chủ trọ tăng giá điện lên 4 nghìn một số, vậy có đúng luật không?
Game thủ này hôm nay chơi không tốt, đội thua cả ba ván.
Bài hát mới của ca sĩ đó mình thấy không hay bằng bài cũ.
Nhóm trưởng nhóm mình chưa phân công rõ, mình sẽ góp ý với bạn ấy.
Anti fan cũng có quyền góp ý nhưng nên lịch sự.
Mình thấy anh nói chưa đúng lắm, theo số liệu của Tổng cục Thống kê thì khác.
Phim này dở, kịch bản lủng củng, diễn viên diễn đơ.
Quán này phục vụ chậm, mình chờ 40 phút mới có món.
Sản phẩm không giống mô tả, mình sẽ đánh giá 1 sao.
Cầu thủ đó dạo này phong độ tệ, nên cho dự bị.
Cách trình bày của bạn hơi khó hiểu, bạn thêm ví dụ được không?
""")

HAND.append("""
# ---- more profanity aimed at no one ----------------------------------------------------
@ profanity_more | profanity_exclamation | profanity | -
Đm, tuần này làm thêm ba ca liền.
Vãi cả chưởng, giá nhà Hà Nội lên tận 100 triệu một mét.
Đéo gì mà hôm nay đường đông thế không biết.
Địt mẹ cái máy in, in ba tờ kẹt hai.
Vl, con mèo ăn vụng hết đĩa cá.
Đụ má, xem xong phim kinh dị này không dám đi vệ sinh.
Mẹ kiếp cái thời tiết, sáng nắng chiều mưa.
Vcl, kết phim bất ngờ thật sự.
Đm, lại thứ hai rồi.
Đệch, quên mất hôm nay sinh nhật mẹ.
Vãi lồn, đề thi năm nay dễ vãi.
Cặc, làm mãi không xong cái báo cáo.
Đéo tin nổi, đội mình lội ngược dòng 3-2.
Đm ngon thế, quán này phải giới thiệu cho anh em.
@ profanity_more | profanity_exclamation | profanity | - | unaccented
dm nong qua
vl that su
vcl de thi de qua
dit me lai mat dien
deo hieu sao mang cham the
@ profanity_more | profanity_exclamation | - | -
Ối giời ơi, tuần này làm thêm ba ca liền.
Trời đất ơi, giá nhà Hà Nội lên tận 100 triệu một mét.
Không hiểu sao hôm nay đường đông thế.
Cái máy in in ba tờ kẹt hai tờ, chán quá.
Con mèo ăn vụng hết đĩa cá rồi.
Xem xong phim kinh dị này không dám đi vệ sinh luôn.
Kết phim bất ngờ thật sự.
Lại thứ hai rồi, cố lên nào.
Thôi chết, quên mất hôm nay sinh nhật mẹ.
Đề thi năm nay dễ ghê.
Làm mãi không xong cái báo cáo, mệt ghê.
Không tin nổi, đội mình lội ngược dòng 3-2.
Quán này ngon thật, phải giới thiệu cho anh em.
@ profanity_more | profanity_exclamation | - | - | unaccented
nong qua troi oi
that su luon
de thi de qua
lai mat dien roi
khong hieu sao mang cham the
""")

HAND.append("""
# ---- more civic criticism (benign) and insults at officials (harmful) -------------------
@ civic_more | politics | - | -
Tôi đề nghị Quốc hội xem xét lại luật đất đai vì còn nhiều bất cập.
Việc cấm bán hàng rong gây khó khăn cho người lao động nghèo.
Chính quyền cần lắng nghe người dân trước khi giải tỏa.
Tôi thấy ngân sách chi cho lễ hội quá lớn so với nhu cầu an sinh.
Đảng viên sai phạm cũng phải bị xử lý như mọi công dân.
Cán bộ nhận hối lộ phải bị truy tố, không thể chỉ kiểm điểm rút kinh nghiệm.
Chủ trương sáp nhập tỉnh cần lấy ý kiến người dân rộng rãi hơn.
Công an nên công khai kết quả điều tra để người dân yên tâm.
Tôi phản đối việc tăng phí gửi xe ở bệnh viện công.
Nhà nước nên đầu tư nhiều hơn cho y tế cơ sở.
Chính sách hỗ trợ người dân vùng lũ còn chậm và thiếu minh bạch.
Ông bộ trưởng trả lời chất vấn vòng vo, chưa đi vào trọng tâm.
Quy hoạch đô thị ở đây quá tệ, mưa là ngập, ai chịu trách nhiệm?
Cần có cơ chế để người dân giám sát việc sử dụng ngân sách.
Tôi cho rằng việc thu phí không dùng tiền mặt ở trạm BOT còn nhiều lỗi.
Mong Chính phủ sớm cải cách tiền lương cho giáo viên.
Cơ quan chức năng đã chậm trễ trong vụ ô nhiễm sông Nhuệ.
Việc bổ nhiệm cán bộ phải dựa trên năng lực chứ không phải quan hệ.
Phê phán chính sách là quyền của công dân được Hiến pháp bảo vệ.
Tôi không tin vào số liệu báo cáo tăng trưởng của tỉnh, cần kiểm toán độc lập.
Cảnh sát cơ động xử lý người biểu tình quá mạnh tay, cần điều tra.
Chủ tịch huyện nên đối thoại trực tiếp với dân về dự án khu công nghiệp.
Chính phủ đã làm tốt trong việc tiêm vắc xin, nhưng hỗ trợ kinh tế còn chậm.
Đề nghị Ủy ban kiểm tra làm rõ tài sản của giám đốc sở.
Thủ tục hành chính ở phường còn rườm rà, mất ba buổi mới xong giấy tờ.
Tôi ủng hộ chống tham nhũng nhưng cần xử lý cả những người đã nghỉ hưu.
Bao giờ thì thành phố mới giải quyết xong nạn kẹt xe ở cửa ngõ?
Chính quyền phải bồi thường thỏa đáng cho các hộ bị thu hồi đất.
Đại biểu Quốc hội nên tiếp xúc cử tri thường xuyên hơn chứ không chỉ trước kỳ họp.
Bộ Công an cần làm rõ trách nhiệm trong vụ người bị tạm giữ tử vong.
@ civic_more | politics | - | - | unaccented
chinh quyen can lang nghe nguoi dan truoc khi giai toa
dang vien sai pham cung phai bi xu ly nhu moi cong dan
toi phan doi viec tang phi gui xe o benh vien cong
can bo nhan hoi lo phai bi truy to
phe phan chinh sach la quyen cua cong dan
bao gio thanh pho moi giai quyet xong nan ket xe
@ civic_more | politics | insult | -
Lũ cán bộ ăn hối lộ là đồ chó, bố mẹ chúng nó không dạy à.
Ông chủ tịch huyện đó ngu như lợn, nói chuyện với dân như quát con.
Bọn cảnh sát cơ động là lũ côn đồ mặc sắc phục.
Thằng giám đốc sở béo ị vì ăn tiền dân, đồ ký sinh.
Mụ phát ngôn viên này nói dối không chớp mắt, đồ mặt dày.
Bọn đại biểu ngồi cho có, lũ bù nhìn ăn hại.
@ civic_more | politics | insult,profanity | -
Địt mẹ lũ tham nhũng, đồ sâu bọ.
Đm thằng bộ trưởng, làm ăn như lồn.
""")

HAND.append("""
# ---- words that only look like abuse once the diacritics are gone (benign) -------------------
@ trap_unaccented | unaccented_trap | - | -
Các bạn nhớ đeo khẩu trang khi ra đường nhé.
Buổi học hôm nay kết thúc sớm vì mất điện.
Cho mình hai lon bia với một đĩa lạc.
Cuối tuần này cả lớp đi du lịch Vũng Tàu.
Mẹ mình đeo kính lão để đọc báo.
Đám cưới chị họ mình tổ chức ở quê.
Cà phê này đậm quá, uống xong không ngủ được.
Các em học sinh xếp hàng vào lớp.
Bưởi Diễn ngọt mà thơm, Tết nào nhà mình cũng mua.
Con đi học về thì nhớ cất cặp lên bàn.
Cái đĩa này bị mẻ rồi, bỏ đi thôi.
Chiều nay đi dạo công viên không?
Lon sữa đặc này hết hạn chưa vậy?
Anh ấy đeo đồng hồ mới, trông sang lắm.
Buổi sáng uống một cốc nước ấm rất tốt.
Tàu hỏa Bắc Nam chạy mất hơn 30 tiếng.
Mọi người ơi cho mình hỏi đường ra bến xe.
Cảm ơn mọi người đã đến dự sinh nhật mình.
Mọi chuyện rồi sẽ ổn thôi.
Đội bóng của trường vừa vô địch giải bóng đá học sinh.
Bóng đèn phòng mình bị cháy rồi.
Đê sông Hồng được gia cố trước mùa lũ.
Sương mù dày đặc trên đèo, tài xế đi chậm thôi.
Mình điên đầu với đống bài tập về nhà.
Cái ghế này bị gãy chân, đừng ngồi.
Cả hội trường câm nín khi nghe tin.
Hoa Kỳ là đối tác thương mại lớn của Việt Nam.
Kỳ thi học kỳ một bắt đầu từ thứ hai tuần sau.
Thời Pháp thuộc, Việt Nam bị chia thành Bắc Kỳ, Trung Kỳ và Nam Kỳ.
Nam Kỳ Lục tỉnh là tên gọi vùng đất phía Nam thời nhà Nguyễn.
Con tàu chở hàng cập cảng Hải Phòng sáng nay.
Chó sói sống theo bầy trong rừng.
Thanh Long Đao là vũ khí của Quan Vũ trong Tam Quốc.
Chị ấy dâng hương ở đền Hùng.
Đụn cát ở Mũi Né đẹp lúc hoàng hôn.
Đít nồi bị cháy đen, phải cọ mãi.
Mình đi ngủ đây, chúc cả nhà ngủ ngon.
Ngư dân ra khơi từ sáng sớm.
Cái lọ hoa này màu đen, để trên bàn rất đẹp.
Tiếng Mường và tiếng Việt có chung nguồn gốc.
Người Ê Đê sống ở Đắk Lắk có chế độ mẫu hệ.
Đèn đỏ thì phải dừng lại.
Bé đang tập đi, ngã hoài mà không khóc.
Đừng đi xe máy khi đã uống rượu bia.
@ trap_unaccented | unaccented_trap | - | - | unaccented
cac ban nho deo khau trang nhe
buoi hoc hom nay ket thuc som
cho minh 2 lon bia
cuoi tuan ca lop di du lich
dam cuoi chi ho minh o que
ca phe dam qua khong ngu duoc
moi nguoi oi cho minh hoi duong
bong den phong minh bi chay
hoa ky la doi tac lon
chuc ca nha ngu ngon
""")

HAND.append("""
# ---- more identity attacks: dehumanisation, exclusion, "just asking", jokes ---------------
@ identity_more | region | identity_attack | region
Tôi không bao giờ lấy vợ người Nghệ, cả họ đều tính toán.
Sinh viên miền Tây học dốt thì đừng đổ lỗi cho hoàn cảnh.
Trọ này không cho người Thanh Hóa thuê, xin miễn hỏi.
Sao người Bắc đi đâu cũng thích lên mặt dạy đời vậy?
Bọn dân tỉnh lên Hà Nội làm chật đường, về quê hết đi.
Tuyển nhân viên bán hàng, ưu tiên không tuyển người Quảng Bình.
Người Hà Tĩnh đi xuất khẩu lao động toàn bỏ trốn, làm xấu mặt cả nước.
Dân Sài Gòn mà biết tiết kiệm thì mặt trời mọc đằng tây.
@ identity_more | region | - | -
Sinh viên miền Tây học giỏi nhiều lắm, lớp mình thủ khoa là người Cần Thơ.
Trọ này cho thuê không phân biệt quê quán, giá 3 triệu một tháng.
Người Quảng Bình sống gần biển nên món hải sản rất ngon.
Lao động Hà Tĩnh ở Hàn Quốc đã gửi về quê hương hàng trăm tỷ mỗi năm.
Nghe giọng Huế nói "răng rứa" thương ghê.
Nghệ An có cháo lươn, Thanh Hóa có nem chua, mỗi nơi một đặc sản.
Hà Nội bây giờ có rất nhiều người từ các tỉnh lên lập nghiệp.
Ai ở Quảng Ngãi cho mình hỏi mùa nào đi Lý Sơn đẹp nhất?
@ identity_more | ethnicity | identity_attack | ethnicity
Người Khmer chỉ giỏi làm thuê, có ai làm ông này bà nọ đâu.
Người miền núi ăn ở bẩn, con cái đông mà không biết dạy.
Sao phải ưu tiên tụi dân tộc, tụi nó có đóng góp gì đâu.
Người Chăm ở đâu là ở đó có bùa ngải, tránh xa.
Bọn Hoa kiều là lũ hút máu nền kinh tế.
@ identity_more | ethnicity | - | -
Người Khmer ở Trà Vinh có lễ hội Ok Om Bok đua ghe ngo rất vui.
Làng gốm Bàu Trúc của người Chăm là làng gốm cổ nhất Đông Nam Á.
Nhiều bác sĩ giỏi ở Tây Bắc là người dân tộc Thái.
Chính sách cử tuyển giúp nhiều học sinh dân tộc được học đại học.
Phố người Hoa ở Hội An còn giữ nhiều hội quán cổ.
@ identity_more | nationality | identity_attack | nationality
Người Lào với người Campuchia thì lạc hậu cả trăm năm so với mình.
Mấy ông Tây ba lô sang đây toàn bọn thất nghiệp ở nước họ.
Cho người nước ngoài mua nhà là để tụi nó cướp đất.
Gái Việt lấy chồng Hàn là bán thân, không có ngoại lệ.
Người Ấn Độ nói chuyện cứ như lừa đảo.
Ghét nhất là người Nhật, đừng bao giờ mua hàng Nhật.
@ identity_more | nationality | - | -
Nhiều bạn trẻ người Lào sang Việt Nam học đại học.
Khách Tây ba lô đến Hội An ngày càng đông.
Luật cho người nước ngoài mua nhà có giới hạn về số lượng và thời hạn.
Cô dâu Việt ở Hàn Quốc được hỗ trợ học tiếng và văn hóa.
Công ty phần mềm Ấn Độ mở văn phòng ở Đà Nẵng.
Hàng Nhật nổi tiếng bền, mình dùng nồi cơm điện 10 năm chưa hỏng.
@ identity_more | religion | identity_attack | religion
Người theo đạo thì đừng cho thuê nhà, suốt ngày tụ tập.
Bọn Công giáo chỉ biết nghe lời cha xứ, không có não.
Đi chùa là ngu, thời nào rồi còn tin Phật.
Người Hồi giáo mặc áo trùm kín thì chắc là đang giấu bom.
@ identity_more | religion | - | -
Cha xứ giáo xứ mình tổ chức nấu cháo cho bệnh nhân nghèo.
Mình không theo tôn giáo nào nhưng rất thích không khí yên bình ở chùa.
Phụ nữ Hồi giáo đội khăn hijab là theo đức tin của họ.
Lễ Phục sinh năm nay rơi vào ngày nào vậy mọi người?
@ identity_more | gender | identity_attack | gender
Phụ nữ đi làm là nguyên nhân khiến gia đình tan vỡ.
Đàn bà lái ô tô thì chỉ có đâm vào cột điện.
Con gái thì cho học hết cấp ba là đủ rồi.
Nữ mà làm kỹ thuật thì chỉ để làm cảnh.
Phụ nữ không nên được thừa kế đất đai của bố mẹ.
Đàn bà có chồng rồi thì phải nghe chồng, cấm cãi.
@ identity_more | gender | - | -
Luật bình đẳng giới quy định nam và nữ được thừa kế như nhau.
Đội đua nữ của trường vừa thắng giải xe tự hành.
Nhiều phụ nữ vừa làm mẹ vừa điều hành doanh nghiệp thành công.
Chị mình lái ô tô 10 năm chưa gây tai nạn lần nào.
Con gái hay con trai đều nên được học đến nơi đến chốn.
@ identity_more | sexuality | identity_attack | sexuality
Đồng tính là do ăn chơi mà ra, đánh cho một trận là hết.
Gay thì đừng đi làm giáo viên, làm hư học sinh.
Bọn les nhìn là thấy ghê, chướng mắt.
Người đồng tính không được phép kết hôn là đúng, tụi nó không phải người bình thường.
Thấy hai thằng con trai nắm tay là muốn nôn.
@ identity_more | sexuality | - | -
Bố mẹ mình mất hai năm để hiểu mình là người đồng tính, giờ cả nhà rất thương nhau.
Thầy giáo dạy văn của mình là người đồng tính, thầy dạy cực hay.
Luật hiện hành không cấm tổ chức đám cưới đồng giới.
Hai bạn nam nắm tay đi dạo phố, trông rất đáng yêu.
Mình muốn tìm nhóm hỗ trợ cho phụ huynh có con là LGBT.
@ identity_more | disability | identity_attack | disability
Người khuyết tật đi xin ăn toàn là giả vờ, lũ ăn bám.
Cho trẻ tự kỷ học chung làm ảnh hưởng cả lớp, đưa tụi nó đi chỗ khác.
Mấy đứa bị down nhìn mặt là biết ngu rồi.
Người điếc thì làm được gì mà đòi tuyển.
Thằng què đó mà cũng đòi lấy vợ.
@ identity_more | disability | - | -
Trẻ tự kỷ học hòa nhập cần có giáo viên hỗ trợ riêng.
Người khiếm thính có thể làm lập trình viên, thiết kế rất giỏi.
Anh ấy bị liệt hai chân sau tai nạn nhưng vẫn mở tiệm sửa điện thoại.
Ngôn ngữ ký hiệu Việt Nam có nhiều phương ngữ theo vùng.
Chị ấy bị khuyết tật vận động và vừa kết hôn với người yêu 5 năm.
""")

HAND.append("""
# ---- native teencode and unaccented identity rows ---------------------------------------
@ identity_native | region | identity_attack | region | teencode
bọn bắc kì ở đâu cũng ghét
dân mt lười vl, chỉ bik nhậu
ng thanh hóa đừng cho vào cty
@ identity_native | region | identity_attack | region | unaccented
dan mien tay luoi bieng chi biet nhau
bon bac ky di dau cung lua dao
nguoi thanh hoa o dau la co giang ho
@ identity_native | region | - | - | unaccented
dan mien tay hieu khach lam
nguoi thanh hoa chiu kho lam an
mon ngon mien tay la lau mam
@ identity_native | sexuality | identity_attack | sexuality | teencode
bọn bđ bệnh hoạn vl
gay thì tránh xa ra, ghê vl
@ identity_native | sexuality | - | - | teencode
bạn mk là gay, nó tốt lắm
ủng hộ lgbt nha mn
@ identity_native | gender | identity_attack | gender | unaccented
dan ba khong nen duoc di bau cu
phu nu chi nen o nha nau com
@ identity_native | gender | - | - | unaccented
phu nu co quyen bau cu nhu nam gioi
chi minh la ky su cau duong
@ identity_native | nationality | identity_attack | nationality | teencode
bọn khựa cút về nc đi
tụi tàu khựa toàn hàng fake
@ identity_native | disability | identity_attack | disability | unaccented
nguoi khuyet tat la ganh nang xa hoi
thang dao do ma cung doi di hoc
@ identity_native | ethnicity | identity_attack | ethnicity | unaccented
nguoi viet goc hoa deu khong dang tin
bon moi tren nui biet gi
@ identity_native | religion | identity_attack | religion | unaccented
nguoi hoi giao ai cung la khung bo
""")

HAND.append("""
# ---- everyday comments from forums, YouTube, marketplaces and news (benign) ------------------
@ everyday_more | everyday | - | -
Video hay quá, cảm ơn anh đã chia sẻ kinh nghiệm.
Cho mình xin tên bài hát ở phút thứ 3 với.
Xem xong tập này mà khóc như mưa.
Bài viết rất hữu ích, mình lưu lại để đọc sau.
Mình ở Bình Dương, có ai cùng khu vực muốn lập nhóm chạy bộ không?
Có ai biết tiệm sửa xe máy nào mở cửa lúc 10 giờ tối ở quận Bình Thạnh không?
Mình mới chuyển việc, đồng nghiệp ai cũng dễ thương.
Ảnh đẹp quá, chụp bằng máy gì vậy bạn?
Chúc mừng năm mới cả nhà, chúc mọi người an khang thịnh vượng.
Hôm nay là ngày đầu tiên con mình đi mẫu giáo, con khóc quá trời.
Thấy cụ bà bán vé số dưới mưa mà thương ghê.
Mình vừa đỗ bằng lái xe ô tô, vui quá.
Có ai từng đi tàu hỏa từ Hà Nội vào Huế chưa, nên đặt giường nằm không?
Ai có kinh nghiệm trồng rau trên sân thượng chia sẻ với.
Tiếng Anh của bạn tốt quá, bạn học ở đâu vậy?
Mình góp 200 nghìn ủng hộ đồng bào vùng lũ.
Nhà mình mất điện từ chiều, có ai ở Thanh Xuân cũng bị không?
Cô giáo cũ gọi điện hỏi thăm mà mình xúc động quá.
Bạn nào cần tài liệu ôn thi vào 10 môn toán thì mình chia sẻ miễn phí trong nhóm nhé.
Mình xin phép chia sẻ bài này về trang cá nhân.
Chiều nay Hồ Tây gió mát, đạp xe một vòng thích lắm.
Đọc bình luận mà cười đau cả bụng.
Mưa to quá, mọi người đi đường cẩn thận.
Có ai biết sửa máy giặt báo lỗi E4 không?
Tối nay có mưa sao băng, ai ở Đà Lạt thì ra xem nhé.
Mình vừa nhận nuôi một bé mèo bị bỏ rơi.
Cảm ơn anh tài xế đã trả lại ví cho mình.
Phố đi bộ cuối tuần đông vui quá.
Hai đứa nhỏ nhà mình cãi nhau suốt, các mẹ có cách nào không?
Xin chào, mình là thành viên mới của nhóm.
@ everyday_more | football | - | -
Trận này Công Phượng chơi hay, kiến tạo hai bàn.
Bình luận viên hôm nay nói nhiều quá, nghe mệt.
Tiền vệ trẻ này sẽ là tương lai của đội tuyển.
Fan Hà Nội FC kéo vào Thiên Trường cổ vũ đông nghịt.
Giá vé trận chung kết tăng gấp đôi mà vẫn hết sạch.
Đội tuyển nữ Việt Nam lần đầu dự World Cup, tự hào quá.
Thủ môn cản phá penalty xuất sắc ở phút bù giờ.
@ everyday_more | food | - | -
Bánh cuốn Thanh Trì mỏng như lụa, chấm nước mắm pha vừa.
Cơm hến Huế cay xé lưỡi mà ăn vẫn mê.
Bún đậu mắm tôm là món mình có thể ăn cả tuần.
Hủ tiếu Nam Vang sáng chủ nhật là số một.
Mình nấu thịt chó giả cầy bằng chân giò, ai muốn công thức không?
Cá kho tộ miền Tây ăn với cơm trắng và dưa leo.
Bánh đúc nóng Hà Nội mùa đông ăn ấm bụng.
Nem chua Thanh Hóa mua về làm quà ai cũng thích.
Cháo lươn Nghệ An phải ăn kèm bánh đa.
@ everyday_more | school | - | -
Con mình bị bạn bắt nạt ở trường, mình nên nói với cô giáo thế nào?
Thầy hiệu trưởng mới rất gần gũi học sinh.
Em cần người hướng dẫn làm đồ án tốt nghiệp ngành điện.
Học phí đại học năm nay tăng, nhiều bạn phải đi làm thêm.
Lớp mình tổ chức họp lớp sau 20 năm ra trường.
Bài văn tả con chó nhà em của bé lớp 2 đọc cute ghê.
Học sinh trường làng phải lội suối đến lớp.
@ everyday_more | animal | - | -
Con trâu nhà bác ăn cỏ ngoài bãi sông.
Mèo nhà mình đẻ bốn con, ai muốn nhận nuôi không?
Đàn bò trên đồng cỏ Mộc Châu nhìn yên bình quá.
Chó nghiệp vụ giúp công an phát hiện ma túy ở sân bay.
Khỉ vàng ở rừng Cúc Phương là loài cần được bảo vệ.
Trại lợn của hợp tác xã áp dụng chăn nuôi sinh học.
Con gà trống nhà mình gáy từ 4 giờ sáng.
Bò tót Tây Nguyên là loài thú quý hiếm.
Chú chó cứu hộ lao vào đám cháy cứu em bé.
Mẹ mình nuôi một đàn vịt cỏ ngoài ao.
Con dê nhà hàng xóm lại chui qua hàng rào ăn rau.
Con chó già nhà ông ngoại mất rồi, buồn quá.
@ everyday_more | encyclopedic | - | -
Sông Hồng bắt nguồn từ Vân Nam, Trung Quốc.
Chim cánh cụt hoàng đế sống ở Nam Cực.
Chó là một trong những loài vật được con người thuần hóa sớm nhất.
Bò sát là động vật máu lạnh.
Thực vật hấp thụ khí CO2 và thải ra oxy trong quá trình quang hợp.
Thủy triều ở Vũng Tàu có biên độ khoảng 3 đến 4 m.
Động đất mạnh 5,1 độ richter xảy ra ở Kon Tum.
Việt Nam có đường bờ biển dài hơn 3.260 km.
Tiếng Việt có sáu thanh điệu.
Hoàng Sa và Trường Sa là hai quần đảo của Việt Nam.
Loài lợn rừng có thể chạy với tốc độ 40 km/h.
Vua Lý Công Uẩn dời đô về Thăng Long năm 1010.
Hồ Ba Bể là hồ nước ngọt tự nhiên lớn nhất Việt Nam.
Ban Chỉ đạo Trung ương về phòng chống tham nhũng được thành lập lại năm 2013.
Tàu vũ trụ đã đi vào quỹ đạo quanh Mặt Trăng.
""")

HAND.append("""
# ---- more personal data and its neighbours --------------------------------------------------
@ personal_data_extra | personal_data | personal_data | -
Con này nợ tiền không trả, nhà ở chung cư Mỹ Đình 2, tòa B, phòng 1508, ai gần thì ghé đòi giúp.
Ai cần tìm con bé kia thì đây: Zalo 0906 000 135, Facebook tên Ngọc Ánh.
Thằng lái xe gây tai nạn bỏ chạy tên Hoàng Văn Long, CCCD 026090001234, quê Vĩnh Phúc.
Gửi cả nhà số tài khoản của thằng Bảo: 0031000999888 Vietcombank, ai bị nó lừa thì báo công an.
Bà này là giáo viên trường tiểu học Kim Đồng, nhà ở ngõ 9 Hoàng Hoa Thám, chồng làm ở phường.
Tao có cả sđt bố mẹ nó: 0913 000 246 và 0987 000 135.
Nó mới chuyển về số 77 đường Nguyễn Văn Cừ, phòng trọ tầng 2, mọi người cứ đến tìm.
Thông tin đứa bắt nạt con tôi: Đỗ Minh Khang, lớp 8A3, nhà ở tổ 6 phường Quang Trung.
Ảnh hai mặt CCCD của khách hàng này đây: số 045199007788, ngày sinh 12/04/1999.
Số điện thoại riêng của cô ca sĩ mới nổi là 0938 000 456, fan nào muốn làm quen thì gọi.
@ personal_data_extra | personal_data | personal_data | - | unaccented
nha no o so 12 ngo 34 pho vong duc, sdt 0988 000 123
cccd cua no la 001203004567
@ personal_data_extra | privacy_advice | - | -
Đừng chụp ảnh CCCD gửi cho người lạ qua Zalo.
Khi đăng ảnh lên mạng, nhớ che biển số nhà và biển số xe.
Mình bị người lạ đăng số điện thoại lên nhóm, phải làm sao để gỡ?
Bài viết hướng dẫn cách báo cáo bài đăng làm lộ thông tin cá nhân trên Facebook.
Luật quy định tổ chức thu thập dữ liệu cá nhân phải có sự đồng ý của người dân.
Đi thuê nhà chỉ nên đưa bản photo CCCD có ghi rõ mục đích sử dụng.
Có nên cho shipper số điện thoại thật không hay dùng số ảo?
Công an khuyến cáo không đăng vé máy bay có mã đặt chỗ lên mạng.
Đã xóa bài đăng có địa chỉ nhà bạn ấy, cảm ơn mọi người đã báo cáo.
Ngân hàng không bao giờ hỏi mã PIN hay mật khẩu của bạn.
""")

HAND.append("""
# ---- more sexual harassment and threats in native registers ---------------------------------
@ sexual_native | sexual | sexual | - | unaccented
em oi cho anh xem nguc em
gui anh anh nong di em
toi nay qua phong anh nhe em, anh chieu
@ sexual_native | sex_education | - | - | unaccented
quan he an toan can dung bao cao su
kham phu khoa dinh ky rat quan trong
day tre ve vung rieng tu tren co the
@ threat_native | threat | threat | - | teencode
m ra đây t chém chết m
đợi đấy t cho ae đến nhà m
còn nt cho ng yêu t nữa là t đánh gãy chân
@ threat_native | idiom | - | - | teencode
chơi game giết thời gian thui
cười chết mất vs clip này
mệt muốn chết lun á
@ threat_native | idiom | - | - | unaccented
choi game de giet thoi gian
cuoi muon chet voi clip nay
nha minh giet ga cung ong ba
@ scam_native | scam | spam,scam | - | unaccented
vay tien online khong can the chap duyet 5 phut
viec nhe luong cao lam tai nha
nha cai uy tin nap dau tang 100%
@ scam_native | scam_warning | - | - | unaccented
canh bao lua dao vay tien online
dung bam vao link trung thuong la
""")

HAND.append("""
# ---- comment-section threats and harassment with their benign twins ------------------------
@ threat_pairs | threat | threat | -
Thằng nào trộm xe tao, tao mà bắt được thì chặt tay.
Con kia mà còn léng phéng với chồng tao thì tao cạo đầu bôi vôi.
Mày cứ xúc phạm mẹ tao nữa đi, tao đến tận trường mày.
Bọn cho vay nặng lãi: không trả thì tối nay tạt sơn, mai đốt nhà.
Đứa nào dám đánh em tao, tao cho nằm viện cả tháng.
Tao đứng trước cổng công ty mày rồi, xuống đây.
Nếu bài này không gỡ, cả nhà mày sẽ phải trả giá.
Tao đã mua sẵn dao, chỉ chờ mày về.
@ threat_pairs | everyday | - | -
Xe mình bị trộm tối qua, đã báo công an phường.
Mình nghi chồng có người khác, nên nói chuyện thẳng hay thuê luật sư?
Con mình bị bạn đánh ở trường, mai mình lên gặp cô giáo.
Công ty tài chính gọi đòi nợ liên tục, mình phải làm gì để được bảo vệ?
Mình đứng trước cổng công ty rồi, bạn xuống lấy đồ nhé.
Bài này vi phạm bản quyền ảnh của mình, mong admin gỡ giúp.
Mình mua bộ dao mới để làm bếp, cắt rất ngọt.
@ harassment_pairs | sexual | sexual | -
Cô nhân viên quán cà phê đó váy ngắn thế, chắc đi khách thêm.
Mấy đứa nữ sinh cấp hai bây giờ dậy thì sớm, nhìn là thèm.
Chị ơi chị có người yêu chưa, ngủ với em một đêm em trả 5 triệu.
Bạn gái cũ tao có clip nóng đây, ai muốn xem inbox.
Thấy gái đi một mình là muốn sàm sỡ.
@ harassment_pairs | relationships | - | -
Cô nhân viên quán cà phê đó pha cà phê muối ngon lắm.
Học sinh cấp hai bây giờ dậy thì sớm, phụ huynh nên trò chuyện với con về thay đổi cơ thể.
Chị ơi chị có người yêu chưa, em muốn mời chị đi xem phim cuối tuần.
Bạn gái cũ gửi lại đồ cho mình, chia tay văn minh vậy cũng tốt.
Con gái đi một mình buổi tối nên chia sẻ vị trí cho người nhà.
""")

HAND.append("""
# ---- more harmful/benign pairs around the same word -----------------------------------------
@ pair_dien | disability | identity_attack | disability
Bọn tâm thần nên bị nhốt hết vào trại, thả ra làm gì.
Người bị động kinh thì đừng cho đi học, lên cơn làm sợ cả lớp.
@ pair_dien | disability | - | -
Người bị rối loạn tâm thần cần được điều trị và tôn trọng.
Học sinh bị động kinh vẫn đi học bình thường nếu được dùng thuốc đều.
@ pair_dien | insult_person | insult | -
Mày điên à, nói chuyện kiểu gì vậy?
Con mụ điên, đứng giữa đường mà la hét.
@ pair_dien | hyperbole | - | -
Mình sắp phát điên vì tiếng ồn công trình.
Fan cuồng điên đảo vì ca sĩ thần tượng về Việt Nam.
@ pair_tau | nationality | identity_attack | nationality
Hàng Tàu với người Tàu đều rẻ tiền như nhau.
Lũ Tàu sang đây mua đất là để cướp nước.
@ pair_tau | nationality | - | -
Tàu hàng chở container vừa cập cảng Cái Mép.
Tôi tẩy chay hàng kém chất lượng, dù của nước nào.
Khách Trung Quốc mua nhiều sầu riêng Việt Nam.
@ pair_bong | sexuality | identity_attack | sexuality
Thằng bóng đó đi đâu cũng õng ẹo, nhìn mà ngứa mắt.
Lũ bóng lộ nên bị đuổi khỏi trường.
@ pair_bong | football | - | -
Thằng em mình mê bóng đá, tối nào cũng xem giải Ngoại hạng.
Bóng bay bán ở công viên giá 20 nghìn một quả.
Quả bóng vàng năm nay thuộc về tiền đạo người Argentina.
@ pair_moi | ethnicity | identity_attack | ethnicity
Đồ mọi, đi về núi mà ở.
Nhìn như mọi rợ, chẳng có tí văn minh nào.
@ pair_moi | everyday | - | -
Mọi người ơi tối nay họp lớp ở quán cũ nhé.
Mọi việc đã sẵn sàng cho lễ khai giảng.
Chúc mọi người một tuần làm việc hiệu quả.
""")

HAND.append("""
# ---- dehumanising metaphors and "just asking" hate, with benign neighbours -------------------
@ dehuman | region | identity_attack | region
Dân tỉnh đó như bầy chuột, kéo lên thành phố gặm sạch mọi thứ.
Sao người miền Trung lúc nào cũng kêu nghèo để xin cứu trợ vậy? Lười thì nghèo thôi.
Người Bắc như lũ gián, đi đâu cũng thấy.
Câu hỏi thật: tại sao dân Nghệ An đi đâu cũng bị đuổi? Vì bản chất cả thôi.
@ dehuman | region | - | -
Câu hỏi thật: tại sao miền Trung năm nào cũng bị lũ nặng như vậy?
Người Bắc vào Nam làm ăn ngày càng nhiều, văn hóa hai miền hòa trộn thú vị.
Tỉnh mình năm nay có nhiều người trẻ về quê khởi nghiệp.
Sao người Nghệ An hay đi xuất khẩu lao động vậy mọi người? Mình tò mò về lý do kinh tế.
@ dehuman | ethnicity | identity_attack | ethnicity
Người dân tộc sống như thú hoang trong rừng.
Bọn gốc Hoa như con virus, bám vào đâu là hút máu ở đó.
Sao phải xây trường cho dân bản, tụi nó có biết chữ đâu mà học.
@ dehuman | ethnicity | - | -
Sao phải xây trường nội trú cho học sinh vùng cao? Vì đường đến trường quá xa.
Bản làng người Dao đỏ ở Sa Pa đẹp như tranh.
Người Hoa ở Sóc Trăng cùng người Khmer và người Kinh tổ chức lễ hội chung.
@ dehuman | nationality | identity_attack | nationality
Lao động nước ngoài như bầy sâu, kéo vào là phá nát thị trường.
Bọn Tây trắng nghĩ mình là chủ, người Việt chỉ là nô lệ của chúng.
Người Campuchia như lũ khỉ, chưa tiến hóa hết.
@ dehuman | nationality | - | -
Lao động nước ngoài làm việc ở Việt Nam cần có giấy phép lao động.
Người Campuchia và người Việt có nhiều món ăn giống nhau.
Du học sinh châu Phi ở Hà Nội kể về những ngày đầu học tiếng Việt.
@ dehuman | religion | identity_attack | religion
Dân có đạo như cừu, bảo gì nghe nấy.
Tụi theo đạo là giống sâu bọ, đông bao nhiêu hại bấy nhiêu.
@ dehuman | religion | - | -
Giáo dân xứ đạo Phát Diệm chuẩn bị đón Giáng sinh từ đầu tháng 12.
Nhà sư dạy tiếng Anh miễn phí cho trẻ em nghèo ở chùa.
@ dehuman | gender | identity_attack | gender
Đàn bà như con vịt, cả ngày chỉ biết quạc quạc.
Phụ nữ là thứ đồ trang trí, có giá trị gì đâu ngoài cái mặt.
Sao phụ nữ lại được làm phi công? Đầu óc đàn bà làm sao mà bay được.
@ dehuman | gender | - | -
Sao phụ nữ Việt Nam ít làm phi công vậy? Có rào cản gì trong đào tạo không?
Nữ phi công đầu tiên của hãng vừa được thăng cơ trưởng.
Phụ nữ nông thôn được hỗ trợ vay vốn làm kinh tế.
@ dehuman | sexuality | identity_attack | sexuality
Người đồng tính như con bệnh dịch, lây cho cả xã hội.
Sao lại cho người đồng tính lên truyền hình, dạy hư trẻ con à?
@ dehuman | sexuality | - | -
Sao gần đây nhiều chương trình truyền hình có nhân vật đồng tính vậy? Mình thấy là tín hiệu tốt.
Hội phụ huynh có con LGBT chia sẻ hành trình thấu hiểu con.
@ dehuman | disability | identity_attack | disability
Người tàn tật như cái xác biết đi, sống chỉ tốn cơm.
Sao lại để người khuyết tật làm giáo viên, học sinh nhìn thấy sợ.
@ dehuman | disability | - | -
Thầy giáo khiếm thị dạy đàn cho học sinh ở trung tâm nhân đạo.
Sao nhiều tòa nhà công cộng vẫn chưa có lối đi cho người khuyết tật?
""")

HAND.append("""
# ---- more self-harm intent and encouragement, and their neighbours ----------------------------
@ self_harm_extra | self_harm | self_harm | -
Tối qua mình lại nghĩ đến chuyện chết, lần này mình đã chọn ngày.
Mình đã cho hết đồ đạc của mình cho bạn bè rồi, không cần nữa.
Không ai nhớ đến mình đâu, mình đi cũng chẳng ai buồn.
Mình uống hết vỉ thuốc rồi, giờ chỉ nằm chờ thôi.
Cả năm nay mình tự làm đau bản thân mà không ai biết.
Mình nghĩ biến mất khỏi thế giới này là cách tốt nhất.
Có ai muốn cùng nhau kết thúc cuộc đời không, mình tìm bạn đồng hành.
Nếu mai vẫn như thế này thì mình sẽ nhảy xuống sông.
@ self_harm_extra | self_harm | self_harm,insult | -
Mày vô dụng thế thì chết quách đi cho bố mẹ mày nhờ.
Đứa như mày có tự tử cũng chẳng ai tiếc.
Lên cầu mà nhảy đi, loại như mày không đáng sống.
Mày tự cắt tay thì cắt sâu vào, đừng làm màu.
@ self_harm_extra | support | - | -
Mình đã dọn đồ và chuyển sang phòng mới, mong mọi chuyện sẽ tốt hơn.
Cảm ơn bạn đã nói với mình, mình sẽ ở bên bạn tối nay.
Ai đang ở Hà Nội có thể đến phòng tư vấn tâm lý miễn phí của bệnh viện vào thứ bảy.
Nếu bạn thấy ai nói "mình đi cũng chẳng ai buồn", hãy hỏi thăm họ ngay.
Tự làm đau bản thân là dấu hiệu cần được giúp đỡ, không phải để chê cười.
Em gái mình từng có ý định tự tử, nhờ đi điều trị mà giờ đã đi học lại bình thường.
Mình mệt mỏi quá, muốn xin nghỉ phép một tuần để nghỉ ngơi.
Học sinh bị bắt nạt thường ngại nói ra, thầy cô cần để ý.
Phim "Chuyện tử tế" làm mình thấy cuộc sống còn nhiều điều đáng trân trọng.
@ self_harm_extra | hyperbole | - | -
Mình sẽ chết nếu phải ngồi thêm một tiếng họp nữa.
Mẹ mà biết mình điểm kém chắc mẹ giết mình mất.
Muốn độn thổ khi gọi nhầm tên sếp.
Đi bộ lên Fansipan mệt chết đi sống lại.
Nghe nhạc này nổi da gà, hay muốn chết.
""")

HAND.append("""
# ---- marketplace / group posts: spam versus ordinary buying and selling talk -----------------
@ market | spam | spam | -
Cần tiền gấp bán lỗ lô hàng mỹ phẩm, ai lấy sỉ ib gấp, giá chỉ có trong tin nhắn.
Mọi người ơi vào link này bấm like giúp em, em đang thi ảnh đẹp nhận quà.
Thuốc bổ thận tráng dương thảo dược, hiệu quả sau 3 ngày, giao hàng kín đáo.
Trọn bộ khóa học đầu tư chứng khoán của chuyên gia, giá gốc 10 triệu nay chỉ 199k.
Nhận chạy quảng cáo Facebook bao ra đơn, không ra đơn hoàn tiền.
Mua 1 tặng 1 chỉ hôm nay, nhanh tay kẻo lỡ, link ngay dưới comment.
Tặng 1.000 kim cương Free Fire cho 100 bạn đầu tiên nhắn tin cho page.
Đăng ký tài khoản mới qua link giới thiệu của mình để cả hai cùng nhận 50k.
@ market | product_question | - | -
Mình đang cần mua lại xe đạp cũ cho con đi học, có ai biết chợ xe cũ nào không?
Thuốc bổ thận mua ở nhà thuốc có cần đơn của bác sĩ không ạ?
Có khóa học đầu tư chứng khoán nào miễn phí cho người mới không?
Mình chạy quảng cáo Facebook cho tiệm bánh mà không ra đơn, có ai tư vấn giúp cách nhắm khách không?
Chương trình mua 1 tặng 1 của siêu thị áp dụng đến hết chủ nhật.
Con mình mê Free Fire quá, các mẹ giới hạn giờ chơi thế nào?
App giới thiệu bạn bè nhận 50k có thật không hay chỉ là chiêu quảng cáo?
Siêu thị gần nhà đang giảm giá rau củ vào buổi tối, ai ở gần tranh thủ nhé.
""")

HAND.append("""
# ---- long comments: the harmful part is one clause among ordinary talk -------------------------
@ long_mixed | region | identity_attack | region
Hôm qua đi ăn ở quán đầu ngõ, đồ ăn thì ngon, giá cũng rẻ, nhưng chủ quán là dân Thanh Hóa nên mình không quay lại nữa, người vùng đó toàn lũ lừa lọc, tính tiền kiểu gì cũng gian.
Công ty mình mới tuyển thêm hai bạn, làm việc cũng được nhưng nghe giọng là biết người miền Tây rồi, kiểu gì vài tháng nữa cũng bỏ việc đi nhậu, dân đó không bao giờ chịu khổ được.
@ long_mixed | region | - | -
Hôm qua đi ăn ở quán đầu ngõ, đồ ăn ngon, giá rẻ, chủ quán là người Thanh Hóa nói chuyện vui tính lắm, còn tặng thêm đĩa nem chua, chắc chắn mình sẽ quay lại.
Công ty mình mới tuyển thêm hai bạn người miền Tây, làm việc chăm chỉ, tối còn ở lại hướng dẫn người mới, đúng là không nên đánh giá ai qua quê quán.
@ long_mixed | gender | identity_attack | gender
Mình không có ý gì đâu nhưng nói thật là phụ nữ không nên làm quản lý, cứ đến tháng là cáu gắt, quyết định theo cảm xúc, cả phòng khổ theo, công ty nào cho đàn bà làm sếp là sai lầm.
@ long_mixed | gender | - | -
Chị quản lý mới của phòng mình rất giỏi, quyết định nhanh, lắng nghe nhân viên, từ ngày chị về doanh số tăng gấp rưỡi, ai bảo phụ nữ không làm lãnh đạo được thì nên nhìn lại.
@ long_mixed | sexuality | identity_attack | sexuality
Xem phim thì thấy cũng hay, diễn viên đẹp, nhạc phim ổn, mỗi tội có cặp đồng tính nhìn ghê tởm, mấy thứ bệnh hoạn đó không nên được chiếu cho trẻ con xem.
@ long_mixed | sexuality | - | -
Xem phim thấy hay, diễn viên đẹp, nhạc phim ổn, cặp đôi đồng tính trong phim được xây dựng tinh tế, không rập khuôn, mình nghĩ phim sẽ giúp nhiều phụ huynh hiểu con hơn.
@ long_mixed | disability | identity_attack | disability
Lớp con mình có một bé tự kỷ, cô giáo cứ bắt các bạn khác nhường nhịn, theo tôi loại trẻ như vậy phải đưa vào trại riêng, để chung chỉ làm khổ con nhà người ta.
@ long_mixed | disability | - | -
Lớp con mình có một bé tự kỷ, cô giáo hướng dẫn các bạn cách chơi cùng bạn ấy, giờ con mình về kể bạn ấy vẽ đẹp nhất lớp, mình thấy giáo dục hòa nhập thật sự có ích.
@ long_mixed | nationality | identity_attack | nationality
Khu mình mới có mấy gia đình người Trung Quốc đến thuê nhà, bảo vệ với hàng xóm nên cảnh giác, bọn này đến đâu là có trộm cắp và gián điệp tới đó, tốt nhất đuổi hết đi.
@ long_mixed | nationality | - | -
Khu mình mới có mấy gia đình người Trung Quốc đến thuê nhà, họ dạy bọn trẻ trong xóm gói sủi cảo dịp Tết, mình cũng học được vài câu tiếng Trung.
@ long_mixed | threat | threat | -
Tao đã nhịn mày mấy tháng nay rồi, mày nợ tiền không trả lại còn đi nói xấu tao khắp xóm, cuối tuần này tao sẽ mang người đến tận nhà, lúc đó đừng trách tao không báo trước.
Đọc mấy bình luận bênh thằng tài xế gây tai nạn mà điên, ai có địa chỉ nhà nó thì gửi cho tao, tao với anh em sẽ đến tận nơi cho nó một trận nhớ đời.
@ long_mixed | threat | - | -
Mình đã nhịn mấy tháng nay rồi, bạn ấy nợ tiền không trả lại còn nói xấu mình khắp xóm, cuối tuần này mình sẽ nhờ tổ hòa giải của phường đứng ra giải quyết.
Đọc mấy bình luận bênh tài xế gây tai nạn mà bức xúc, mong cơ quan điều tra làm rõ và xử lý đúng người đúng tội để gia đình nạn nhân được an ủi.
@ long_mixed | insult_person | insult | -
Đi làm được một tuần mà ông trưởng phòng đúng là thằng ngu nhất mình từng gặp, giao việc không rõ ràng, sai thì đổ cho nhân viên, não chắc để ở nhà cho chó gặm.
@ long_mixed | insult_person | - | -
Đi làm được một tuần, anh trưởng phòng giao việc chưa rõ ràng lắm nên mình hơi rối, mình định xin một buổi để hỏi lại yêu cầu cho cụ thể.
@ long_mixed | politics | - | -
Tôi đã sống ở phường này 30 năm, chưa bao giờ thấy đường ngập như năm nay, đề nghị lãnh đạo quận công khai tiến độ dự án chống ngập và trả lời vì sao chậm 5 năm.
Tham nhũng là giặc nội xâm, tôi ủng hộ việc kỷ luật các cán bộ sai phạm nhưng cũng mong Nhà nước sửa các cơ chế để người tốt không bị cuốn vào sai phạm.
Đọc báo thấy hàng trăm tỷ đồng bị thất thoát ở dự án này mà tức, những người có trách nhiệm phải bị truy tố và tài sản phải được thu hồi về cho ngân sách.
@ long_mixed | politics | insult | -
Tôi đã sống ở phường này 30 năm, chưa thấy đường ngập như năm nay, lũ cán bộ quận đúng là đồ ăn hại ngu như bò, chỉ giỏi ngồi họp rồi chia nhau tiền dự án.
@ long_mixed | scam | spam,scam | -
Chào cả nhà, mình là mẹ bỉm ở nhà chăm con, nhờ công việc làm nhiệm vụ online mà mỗi ngày kiếm thêm 700k, không cần vốn, ai muốn thử thì nhắn mình để vào nhóm, chỉ cần nạp 200k kích hoạt.
@ long_mixed | scam_warning | - | -
Chào cả nhà, mình là mẹ bỉm ở nhà chăm con, tháng trước mình bị lừa mất 30 triệu vì công việc làm nhiệm vụ online, ban đầu được trả tiền thật nhưng sau đó phải nạp mãi, mọi người đừng tham gia.
@ long_mixed | personal_data | personal_data | -
Mọi người cẩn thận với đứa này, vay tiền của mình rồi chặn hết liên lạc, tên thật là Vũ Thị Hồng Nhung, nhà ở thôn Trung, xã Tân Hòa, sđt 0975 000 864, ai gặp thì báo mình.
@ long_mixed | personal_data | - | -
Mọi người cẩn thận với kiểu vay tiền qua mạng rồi chặn liên lạc, mình đã làm đơn trình báo công an kèm bằng chứng chứ không đăng thông tin người kia lên mạng để tránh vi phạm pháp luật.
""")

HAND.append("""
# ---- football and gaming comment sections: insults versus heated but clean talk --------------
@ sport_comments | insult_person | insult | -
Thằng tiền đạo đó sút như đứa mới tập, ngu không chịu nổi.
Đội hình toàn lũ phế vật, đá như đi dạo.
HLV này ngu như bò, thay người kiểu gì vậy?
Thằng đi rừng đội mình óc chó vãi, toàn đi lạc.
Mấy thằng fan cuồng đội bạn đúng là đám não tàn.
Trọng tài hôm nay bị mua rồi, đồ chó bán độ.
@ sport_comments | football | - | -
Tiền đạo đó hôm nay sút chưa tốt, bỏ lỡ ba cơ hội mười mươi.
Đội hình chơi thiếu gắn kết, cần thời gian để làm quen.
Mình không hiểu quyết định thay người của HLV ở phút 60.
Người đi rừng đội mình hôm nay farm chậm, cần hỗ trợ nhiều hơn.
Fan hai đội cổ vũ nhiệt tình nhưng văn minh, đẹp quá.
Trọng tài có vài quyết định gây tranh cãi, VAR nên được dùng nhiều hơn.
Trận này chết cười với pha phản lưới nhà của hậu vệ đội bạn.
Đội mình bắn hạ đối thủ trong pha giao tranh cuối game.
""")

HAND.append("""
# ---- non-protected groups: insults (not identity attacks) versus neutral talk ---------------
@ nonprotected | insult_group | insult | -
Bọn fan K-pop toàn lũ trẻ trâu não tàn.
Dân IT toàn lũ mọt sách, chẳng biết giao tiếp, đồ dở hơi.
Lũ shipper bây giờ láo toét, đứa nào cũng mất dạy.
Đám giang hồ mạng toàn lũ rác rưởi của xã hội.
Mấy thằng bán hàng đa cấp là lũ ký sinh ngu dốt.
Bọn dân văn phòng chỉ biết ngồi buôn dưa lê, đồ ăn hại.
Lũ anti-fan là bọn óc chó rảnh việc.
Bọn môi giới nhà đất toàn lũ lừa đảo mặt dày.
Đám tài xế công nghệ lái xe như lũ điên.
Lũ streamer bây giờ toàn đồ vô học câu view.
Tụi sinh viên trường đó ngu như bò, học mãi không ra trường.
Bọn bảo vệ chung cư này là lũ hống hách hãm tài.
@ nonprotected | everyday | - | -
Fan K-pop Việt Nam quyên góp tiền trồng cây mừng sinh nhật thần tượng.
Dân IT làm việc từ xa nhiều hơn sau dịch.
Shipper ngày Tết vất vả, mọi người nhớ bo thêm cho các anh ấy.
Nhiều tài khoản giang hồ mạng đã bị xử phạt vì livestream nội dung xấu.
Bán hàng đa cấp bất chính bị pháp luật nghiêm cấm.
Dân văn phòng nên đứng dậy vận động mỗi giờ để tránh đau lưng.
Môi giới nhà đất cần có chứng chỉ hành nghề.
Tài xế công nghệ phản đối việc tăng chiết khấu của ứng dụng.
Streamer đó quyên góp tiền donate cho trẻ em vùng cao.
Sinh viên trường mình vừa đoạt giải nhất cuộc thi lập trình.
Bảo vệ chung cư đã giúp mình mang đồ lên tận tầng 12.
""")

HAND.append("""
# ---- friendly profanity and banter (profanity, not an insult) -----------------------------
@ banter | profanity_exclamation | profanity | -
Đm mày giỏi vãi, thi được 9 điểm luôn.
Vãi lồn, mày nấu ngon thế, dạy tao với.
Địt mẹ, ông bạn tôi vừa trúng số, khao cả bọn một chầu.
Vcl anh em ơi, tối nay Việt Nam vô địch rồi.
Đéo ngờ con mèo nhà mình biết mở tủ lạnh.
@ banter | everyday | - | -
Mày giỏi thật, thi được 9 điểm luôn.
Mày nấu ngon thế, dạy tao với.
Ông bạn tôi vừa trúng số, khao cả bọn một chầu.
Anh em ơi, tối nay Việt Nam vô địch rồi.
Không ngờ con mèo nhà mình biết mở tủ lạnh.
""")

HAND.append("""
# ---- regional speech and southern/central spellings ---------------------------------------------
@ dialect | region | - | - | teencode
hông biết nữa, để mai tính nhen
dzậy hả, vậy mai mình đi chợ Bến Thành nha
răng rứa, mô có chuyện đó
ăn cơm chưa mi, tau đói rồi
ổng bả về quê ăn Tết rồi
chèn ơi, bánh xèo ngon dữ thần
@ dialect | region | identity_attack | region | teencode
dân nam kì nói chuyện nghe quê mùa vl
mấy đứa bắc kì nói giọng nghe ghét, cút về ngoài đó
@ dialect | insult_person | insult | - | teencode
mi ngu rứa, nói răng cũng hông hiểu
thằng cha đó khùng dữ thần, đồ điên
""")

HAND.append("""
# ---- religion and sexuality: more benign talk about the groups --------------------------------
@ group_benign_more | religion | - | -
Lễ Phật đản năm nay có rước xe hoa quanh thành phố.
Mình muốn đi lễ nhà thờ cho biết, người không có đạo vào được không?
Chùa Một Cột được xây dựng từ thời nhà Lý.
Người Công giáo ăn chay vào mùa Chay trước lễ Phục sinh.
Giáo hội Phật giáo quyên góp hàng tấn gạo cho đồng bào vùng lũ.
Đám cưới theo nghi thức Công giáo có lễ hôn phối ở nhà thờ.
Người Chăm theo đạo Bàni có lễ Ramưwan.
Đi chùa nên mặc trang phục kín đáo, nói nhỏ nhẹ.
Bạn cùng phòng của mình là người Hồi giáo, bạn ấy cầu nguyện năm lần mỗi ngày.
Nhà thờ Lớn Hà Nội tối Giáng sinh đông nghẹt người.
@ group_benign_more | sexuality | - | -
Tháng 6 là tháng Tự hào của cộng đồng LGBT trên thế giới.
Mình là người song tính và mình mới kể với bạn thân.
Bác sĩ tâm lý khẳng định xu hướng tính dục không phải là thứ có thể "chữa".
Đám cưới của hai chú ở quê được cả họ đến chúc mừng.
Phim tài liệu về các cặp đôi đồng tính lớn tuổi ở Sài Gòn rất cảm động.
Người đồng tính vẫn gặp khó khăn khi cùng nhau mua nhà hay làm giấy tờ.
Bạn có thể gọi mình bằng tên mới, mình cảm ơn nhiều.
Câu lạc bộ của trường tổ chức buổi nói chuyện về bình đẳng giới và xu hướng tính dục.
Nhiều công ty đa quốc gia có chính sách không phân biệt đối xử với nhân viên LGBT.
Mẹ mình ban đầu buồn nhưng giờ là người ủng hộ mình nhất.
""")

HAND.append("""
# ---- questions about the culture and food of a group (benign) ---------------------------------
@ culture_questions | region | - | -
Người miền Tây ăn Tết có món gì đặc biệt vậy mọi người?
Sao người Huế ăn cay giỏi vậy, có lý do lịch sử không?
Bánh đa cua Hải Phòng khác bún cua ở chỗ nào?
Người Nghệ An có phong tục gì vào ngày rằm tháng Bảy?
Giọng Quảng Nam nghe hay mà khó bắt chước quá, có ai dạy không?
Tại sao người Sài Gòn gọi "bún" là "hủ tiếu" cho một số món?
Nem chua Thanh Hóa làm thế nào để chua đúng vị?
Người Hà Nội ăn phở có cho tương ớt không hay chỉ giấm tỏi?
Sao người Bình Định thích học võ vậy?
Đặc sản Tây Nguyên mua về làm quà là gì?
@ culture_questions | ethnicity | - | -
Người H'Mông ăn Tết vào tháng mấy?
Nhà sàn của người Thái khác nhà sàn của người Tày như thế nào?
Ai biết nói chào bằng tiếng Khmer không?
Lễ cưới của người Chăm có nghi thức gì đặc biệt?
Váy thổ cẩm của người Ê Đê mua ở đâu là hàng thật?
Người Hoa ở Chợ Lớn ăn Tết Nguyên đán có giống người Việt không?
Người Dao tắm lá thuốc có tác dụng gì?
@ culture_questions | nationality | - | -
Đi Hàn Quốc mùa đông cần mang những gì?
Người Nhật có tục tặng quà khi đến nhà người khác phải không?
Món ăn đường phố ở Bangkok có gì ngon?
Học tiếng Lào có khó không mọi người?
Người Ấn Độ có lễ hội ánh sáng Diwali vào tháng mấy?
@ culture_questions | religion | - | -
Ăn chay theo đạo Phật có được ăn trứng không?
Người theo đạo Cao Đài thờ những vị nào?
Lễ Giáng sinh và lễ Phục sinh khác nhau thế nào?
Người Hồi giáo có được ăn thịt bò không?
@ culture_questions | gender | - | -
Ngày Quốc tế Phụ nữ 8/3 bắt nguồn từ đâu?
Tặng quà gì cho mẹ và bà nhân ngày 20/10?
@ culture_questions | disability | - | -
Học ngôn ngữ ký hiệu ở đâu tại Hà Nội?
Làm thế nào để website dễ dùng cho người khiếm thị?
""")

HAND.append("""
# ---- sexual spam and explicit content links --------------------------------------------------
@ sexual_spam | sexual | sexual,spam | -
Phim sex không che mới nhất, xem miễn phí tại link trong bình luận.
Gái xinh show hàng trên live mỗi tối, vào nhóm kín để xem.
Clip nóng hot girl bị lộ, ib để nhận link.
Dịch vụ chat sex có hình ảnh, thanh toán qua thẻ cào.
Bán ảnh nude của người mẫu, 50k một bộ.
@ sexual_spam | sex_education | - | -
Phụ huynh nên cài chế độ lọc nội dung người lớn cho điện thoại của con.
Chia sẻ clip nhạy cảm của người khác là vi phạm pháp luật.
Bạn bị lộ ảnh riêng tư thì nên báo công an và yêu cầu nền tảng gỡ ngay.
Nhiều hot girl là nạn nhân của ảnh ghép, đừng chia sẻ.
""")

HAND.append("""
# ---- bank accounts and SIMs: trading them (scam) versus using them ---------------------
@ accounts | scam | spam,scam | -
Cần mua gấp 20 tài khoản ngân hàng chính chủ, trả 1,5 triệu mỗi cái, giao dịch nhanh.
Bán tài khoản Momo đã định danh, dùng để nhận tiền không bị khóa.
Ai có sim chính chủ không dùng thì bán lại cho mình, 300k một sim.
Nhận mở hộ tài khoản ngân hàng bằng CCCD của bạn, bạn chỉ cần chụp ảnh gửi.
Thuê lại tài khoản ngân hàng của sinh viên, mỗi tháng trả 2 triệu, không phải làm gì.
@ accounts | scam | scam | -
Anh chị cho em mượn tài khoản ngân hàng để nhận tiền hàng vài hôm, em trả công 500k.
@ accounts | banking | - | -
Tài khoản ngân hàng của mình bị khóa do chưa cập nhật sinh trắc học, phải ra chi nhánh.
Đổi sim 4G ở cửa hàng nhà mạng có mất phí không?
Mình muốn chuyển số điện thoại sang nhà mạng khác mà giữ nguyên số.
Mở tài khoản ngân hàng cho con dưới 15 tuổi cần giấy tờ gì?
Ví Momo liên kết với tài khoản ngân hàng như thế nào?
@ accounts | scam_warning | - | -
Bán hoặc cho thuê tài khoản ngân hàng có thể bị phạt tù theo Bộ luật Hình sự.
Nhiều sinh viên bị dụ cho thuê tài khoản rồi bị triệu tập vì liên quan đường dây lừa đảo.
Từ năm nay sim không chính chủ sẽ bị khóa chiều gọi đi.
""")

HAND.append("""
# ---- harsh but clean political speech (benign) -------------------------------------------------
@ civic_harsh | politics | - | -
Chính sách này là một thất bại, người dân là người chịu thiệt.
Đây là sự vô trách nhiệm của chính quyền thành phố với người dân vùng ngập.
Tham nhũng đang làm mục ruỗng bộ máy, nói mãi mà không làm thì dân mất niềm tin.
Tôi không còn tin vào lời hứa chống lãng phí nữa khi thấy trụ sở mới xây hàng nghìn tỷ.
Đảng cần tự chỉnh đốn, xử lý cán bộ sai phạm công khai trước dân.
Một đảng cầm quyền thì càng cần cơ chế giám sát độc lập từ báo chí và người dân.
Thu phí BOT như thế này là cướp ngày hợp pháp, Bộ Giao thông phải xem lại.
Lãnh đạo tỉnh hứa nhiều năm rồi mà dự án vẫn nằm trên giấy, thật đáng thất vọng.
Tôi phản đối quyết định cưỡng chế, người dân chưa được đối thoại đầy đủ.
Quan chức nói một đằng làm một nẻo thì làm sao dân tin được.
Nếu không minh bạch tài sản thì mọi chiến dịch chống tham nhũng chỉ là hình thức.
Chất lượng giáo dục đi xuống mà Bộ chỉ lo đổi sách giáo khoa, quá vô lý.
Ngành y tế cần xin lỗi người dân vì để thiếu thuốc kéo dài.
Tôi bỏ phiếu trắng vì không có ứng viên nào tôi tin tưởng.
Cảnh sát giao thông đứng khuất để phạt là sai quy trình, đề nghị chấn chỉnh.
Xử phạt người dân thì nhanh mà xử lý cán bộ thì chậm, như vậy là không công bằng.
Báo cáo của Chính phủ toàn màu hồng, không phản ánh đời sống thật của người lao động.
Luật an ninh mạng cần được giải thích rõ để không bị lạm dụng.
Chính quyền nên cho người dân biểu đạt ý kiến ôn hòa chứ không nên cấm đoán.
Thành phố chi tiền tỷ cho đèn trang trí trong khi trường học xuống cấp, thật vô lý.
@ civic_harsh | politics | - | - | unaccented
chinh sach nay la mot that bai, nguoi dan chiu thiet
day la su vo trach nhiem cua chinh quyen
dang can tu chinh don, xu ly can bo sai pham cong khai
thu phi bot nhu the nay la vo ly, bo giao thong phai xem lai
bao cao cua chinh phu toan mau hong
quan chuc noi mot dang lam mot neo thi dan sao tin
@ civic_harsh | politics | - | - | teencode
chính sách j mà vô lý thế, dân khổ lắm r
lãnh đạo hứa hoài mà ko làm, thất vọng thật sự
đề nghị công khai tài sản quan chức đi, ko thì chống tham nhũng chỉ là hình thức
@ civic_harsh | politics | threat | -
Phải treo cổ thằng chủ tịch tỉnh đó lên, ai đi cùng tôi thì tối nay tập trung.
Ai gặp ông bí thư huyện thì ném đá cho nó chừa.
Đốt trụ sở ủy ban đi cho bọn nó biết sợ.
@ civic_harsh | politics | - | -
Người dân cần tập hợp chữ ký gửi kiến nghị lên Quốc hội về dự án này.
Ai bức xúc thì có thể làm đơn khiếu nại gửi thanh tra tỉnh theo đúng quy trình.
Cử tri nên chất vấn trực tiếp ông bí thư huyện trong buổi tiếp xúc tới.
""")


# --------------------------------------------------------------------------------------------
# Templates with slot lists (hand-written; expanded deterministically)
# --------------------------------------------------------------------------------------------

IDENTITY_GROUPS: dict[str, tuple[str, ...]] = {
    "region": (
        "dân miền Tây", "người miền Bắc", "dân Nghệ An", "người Thanh Hóa", "dân Sài Gòn",
        "người Hà Nội", "dân miền Trung", "người Huế", "dân Quảng Nam", "người Hải Phòng",
        "dân Hà Tĩnh", "người Nam Bộ", "dân Bình Định", "người Quảng Bình", "dân Thái Bình",
        "người Nam Định", "dân Đồng Tháp", "người Bến Tre", "dân Sóc Trăng", "người Quảng Ngãi",
    ),
    "ethnicity": (
        "người Hoa", "người Việt gốc Hoa", "người Khmer", "người Chăm", "người H'Mông",
        "người Tày", "người Thái", "người Ê Đê", "người Mường", "người dân tộc thiểu số",
        "người Nùng", "người Dao", "người Gia Rai", "người Ba Na", "đồng bào dân tộc",
    ),
    "nationality": (
        "người Trung Quốc", "người Hàn Quốc", "người Nhật", "người Mỹ", "người Lào",
        "người Campuchia", "người Thái Lan", "người Philippines", "người Ấn Độ", "người châu Phi",
        "người Nga", "người Indonesia", "người da đen", "người nước ngoài", "dân nhập cư",
    ),
    "religion": (
        "người theo đạo Thiên Chúa", "dân Công giáo", "người theo đạo Phật", "người Hồi giáo",
        "tín đồ Cao Đài", "người theo đạo Hòa Hảo", "người theo đạo Tin Lành", "người có đạo",
        "người vô thần", "tín đồ Phật giáo",
    ),
    "gender": (
        "phụ nữ", "đàn bà", "con gái", "đàn ông", "các bà vợ", "người chuyển giới",
        "phụ nữ đơn thân", "mẹ bỉm sữa", "nữ tài xế", "lao động nữ",
    ),
    "sexuality": (
        "người đồng tính", "dân gay", "người đồng tính nữ", "người song tính", "cộng đồng LGBT",
        "người đồng tính nam", "các cặp đôi đồng giới", "người LGBT",
    ),
    "disability": (
        "người khuyết tật", "người khiếm thị", "người khiếm thính", "người tự kỷ",
        "người mắc hội chứng Down", "người ngồi xe lăn", "người câm điếc", "người bệnh tâm thần",
        "người bị liệt", "trẻ khuyết tật",
    ),
}

RIGHTS: tuple[str, ...] = (
    "đi bầu cử", "làm lãnh đạo", "vào đại học", "làm giáo viên", "mua nhà ở đây", "kết hôn",
    "làm công chức", "nhận con nuôi", "đi làm ở công ty lớn", "ứng cử đại biểu",
)

STEREOTYPE_HARM: tuple[str, ...] = (
    "{G} đều không đáng tin.",
    "{G} toàn lừa đảo, đừng làm ăn với họ.",
    "{G} ở đâu là ở đó có trộm cắp.",
    "{G} lười biếng, chỉ biết ăn bám.",
    "{G} không nên được {R}.",
    "Đừng bao giờ cho {G} thuê nhà.",
    "Công ty tôi không bao giờ tuyển {G}.",
    "{G} là lũ sâu bọ của xã hội.",
    "{G} không xứng đáng được làm người.",
    "Nên đuổi hết {G} ra khỏi khu này.",
    "{G} bẩn thỉu và thiếu văn hóa.",
    "{G} là gánh nặng của đất nước.",
    "Cấm {G} vào quán của tôi.",
    "{G} thì làm gì có ai tử tế.",
    "Tránh xa {G} ra, toàn bọn nguy hiểm.",
    "{G} sinh ra đã kém cỏi hơn người khác.",
    "Cho con chơi với {G} là hư người.",
    "{G} chỉ là lũ ký sinh.",
    "Thế giới sẽ tốt hơn nếu không có {G}.",
    "Gặp {G} là tôi đổi đường đi cho lành.",
    "Đã là {G} thì đừng mong tôi tôn trọng.",
    "{G} không có quyền gì ở đây cả.",
    "{G} nên bị cấm {R}.",
    "Hàng xóm mà là {G} thì bán nhà chuyển đi cho sớm.",
)

STEREOTYPE_BENIGN: tuple[str, ...] = (
    "Mình có nhiều bạn là {G}, ai cũng tốt bụng.",
    "{G} cũng như mọi người, có người tốt người xấu.",
    "Nói {G} đều không đáng tin là định kiến.",
    "Tôi muốn tìm hiểu thêm về văn hóa của {G}.",
    "{G} có quyền bình đẳng như mọi công dân.",
    "Hôm nay có hội thảo về quyền của {G}.",
    "Quy chụp {G} là sai và gây tổn thương.",
    "Hàng xóm của mình là {G}, họ rất thân thiện.",
    "Bài báo viết về cuộc sống của {G} ở thành phố.",
    "{G} đã đóng góp rất nhiều cho cộng đồng.",
    "Nói {G} ở đâu là ở đó có trộm cắp là vơ đũa cả nắm.",
    "Ai bảo {G} lười biếng? Mình thấy họ làm việc rất chăm.",
    "Chúng ta không nên phân biệt đối xử với {G}.",
    "Có khảo sát nào về {G} ở Việt Nam không?",
    "{G} cũng có quyền {R} như mọi người.",
    "Đừng kỳ thị {G}.",
    "Công ty mình tuyển dụng công bằng, có nhiều đồng nghiệp là {G}.",
    "Câu chuyện về {G} trong phóng sự tối qua làm mình xúc động.",
    "Chính sách mới hỗ trợ {G} tiếp cận việc làm.",
    "Cấm {G} {R} là vi phạm quyền con người.",
)

SLURS: dict[str, tuple[str, ...]] = {
    "region": ("bắc kỳ", "parky", "nam kỳ", "bắc cụ", "dân 54", "trung kỳ"),
    "ethnicity": ("mọi", "mọi rợ", "mán", "thằng mán", "ba tàu"),
    "nationality": ("tàu khựa", "khựa", "chệt", "mọi đen", "tụi khỉ đen"),
    "religion": ("bọn cuồng đạo", "lũ đạo chó", "bọn cuồng tín", "lũ đạo chúa"),
    "gender": ("đàn bà ngu", "con mái", "lũ đàn bà hãm"),
    "sexuality": ("bê đê", "pê đê", "xăng pha nhớt", "ô môi", "bóng lại cái"),
    "disability": ("thằng đao", "đồ què", "thằng thiểu năng", "đồ câm", "con điên", "thằng mù"),
}

SLUR_HARM: tuple[str, ...] = (
    "Lũ {S} cút về chỗ của chúng mày đi.",
    "Bọn {S} đi đâu cũng bẩn.",
    "Nhìn mặt là biết {S} rồi, tránh xa ra.",
    "Đúng là {S}, chẳng trách.",
    "{S} thì mãi là {S}, không thay đổi được.",
    "Khu này không chào đón {S}.",
    "Đồ {S}, đi chỗ khác chơi.",
    "Lại là mấy đứa {S} phá đám.",
)

SLUR_BENIGN: tuple[str, ...] = (
    'Đừng gọi người ta là "{S}", như vậy là miệt thị.',
    'Từ "{S}" là từ kỳ thị, không nên dùng trên mạng.',
    'Mình bị gọi là "{S}" hồi đi học, đến giờ vẫn còn ám ảnh.',
    'Bài viết phân tích vì sao chữ "{S}" mang tính xúc phạm.',
    'Ai dùng từ "{S}" trong nhóm sẽ bị nhắc nhở, mong mọi người tôn trọng nhau.',
)

PERSONS: tuple[str, ...] = (
    "ông hàng xóm", "con bạn cùng phòng", "ông sếp mình", "bà chủ nhà", "thằng em họ",
    "con admin page này", "anh shipper", "ông trọng tài", "thằng bạn cùng lớp", "bà bán rau",
    "cái ông tài xế taxi", "con bé streamer", "thằng chủ shop", "cô giáo chủ nhiệm", "ông chồng tôi",
    "bà mẹ chồng", "anh quản lý ca", "thằng đồng nghiệp", "con nhỏ bán hàng", "ông chủ quán",
)

INSULT_PRED: tuple[str, ...] = (
    "ngu như bò", "đúng là đồ óc chó", "là đồ mất dạy", "đúng là đồ ăn hại",
    "đầu óc như con lợn", "là loại rác rưởi", "như con chó điên", "não như quả nho",
    "đúng là đồ vô học", "là thứ khốn nạn", "mặt dày như cái thớt", "là đồ súc sinh",
    "ngu không chịu được", "là đồ hãm tài", "đúng là đồ đần độn",
)

NEUTRAL_PRED: tuple[str, ...] = (
    "mới mua thêm một con bò", "nói cũng có lý", "hôm nay đến trễ vì kẹt xe", "nấu ăn ngon lắm",
    "vừa dắt chó đi dạo", "đi ngủ sớm rồi", "cần giải thích rõ hơn", "nuôi một con lợn để Tết",
    "vừa đi khám răng về", "hôm nay mặc áo đỏ", "làm việc rất chăm chỉ", "đang nghỉ phép ở quê",
    "hay kể chuyện cười", "có con mèo tên Mướp", "đang học thêm tiếng Nhật",
)

OFFICIALS: tuple[str, ...] = (
    "ông chủ tịch tỉnh", "bà giám đốc sở", "ông bộ trưởng", "các đại biểu", "cán bộ phường",
    "lãnh đạo thành phố", "công an phường", "cảnh sát giao thông", "thanh tra xây dựng",
    "chính quyền huyện", "ban quản lý dự án", "ông bí thư xã", "Bộ Giáo dục", "Sở Tài nguyên",
)

OFFICIAL_INSULT: tuple[str, ...] = (
    "{O} là lũ ăn hại ngu như bò.",
    "{O} đúng là đồ óc chó.",
    "{O} toàn lũ súc vật ăn tiền dân.",
    "Đm {O}, làm ăn như cứt.",
    "{O} là bọn chó đẻ.",
    "Lũ sâu mọt {O} cút hết đi.",
    "{O} ngu vãi lồn, ra quyết định như trẻ con.",
    "{O} đúng là lũ mặt dày vô liêm sỉ.",
)

CIVIC: tuple[str, ...] = (
    "{O} cần giải trình rõ về {I}.",
    "{O} phải chịu trách nhiệm về {I}.",
    "Tôi không đồng ý với cách {O} xử lý {I}.",
    "Đề nghị thanh tra {I}, {O} không thể im lặng mãi.",
    "{O} nên từ chức nếu không giải quyết được {I}.",
    "Người dân cần {O} công khai thông tin về {I}.",
    "Tôi thất vọng vì {O} chậm trễ trong {I}.",
    "Mong {O} lắng nghe ý kiến người dân về {I}.",
    "{O} đã sai khi xử lý {I}, cần sửa ngay.",
    "Báo chí cần tiếp tục theo dõi việc {O} xử lý {I}.",
)

ISSUES: tuple[str, ...] = (
    "vụ ngập lụt", "dự án treo", "tiền đền bù giải phóng mặt bằng", "việc tăng giá điện",
    "ô nhiễm không khí", "kẹt xe giờ cao điểm", "sai phạm đất đai", "đề thi bị lỗi",
    "trạm thu phí BOT", "việc chậm giải ngân vốn đầu tư công", "việc tăng học phí",
    "tình trạng thiếu thuốc ở bệnh viện", "vụ cháy chung cư mini", "việc chặt cây xanh",
)

VIOLENCE: tuple[str, ...] = (
    "giết", "chém", "đâm chết", "đánh gãy chân", "đốt nhà", "tạt axit vào mặt", "bắn bỏ", "xử đẹp",
    "đánh cho nhập viện", "cho ăn dao",
)

THREAT_FRAMES: tuple[str, ...] = (
    "Tao sẽ {V} mày {W}.",
    "Nếu mày {C} thì tao {V} mày.",
    "Mày {C} nữa xem, tao {V} mày ngay.",
    "Anh em đâu, tìm thằng đó mà {V} nó {W}.",
    "Đứa nào {C} thì tao {V} đứa đó.",
    "Tao thề sẽ {V} con đó {W}.",
)
WHENS: tuple[str, ...] = ("tối nay", "ngay khi gặp", "khi mày tan làm", "ngay trước cổng nhà mày", "tuần sau", "sáng mai")
CONDS: tuple[str, ...] = (
    "còn nói xấu tao", "không trả tiền", "báo công an", "còn nhắn tin cho vợ tao", "dám đăng bài",
    "lảng vảng gần nhà tao",
)
THREAT_NEWS: tuple[str, ...] = (
    "Công an bắt đối tượng nhắn tin dọa {V} hàng xóm vì tranh chấp đất.",
    "Nạn nhân trình báo bị một người lạ dọa sẽ {V} nếu không trả nợ.",
    "Tòa xét xử vụ thanh niên đăng bài đe dọa {V} người yêu cũ.",
    "Cảnh sát khuyên nạn nhân lưu lại tin nhắn dọa {V} để làm bằng chứng.",
    "Trong phim, tên trùm đã dọa {V} nhân vật chính nhưng thất bại.",
)

IDIOM_BENIGN: tuple[str, ...] = (
    "Chơi game để giết thời gian {W}.",
    "Nhà mình giết gà làm cỗ {W}.",
    "Cả lớp cười muốn chết {W}.",
    "Đội mình sẽ đánh bại đối thủ {W}.",
    "Mình sẽ xử đẹp đống bài tập {W}.",
    "Cả nhà sẽ chém gió đến khuya {W}.",
    "Bố mình sẽ mổ lợn {W}.",
)

FAMILY: tuple[str, ...] = ("Ông bà mình", "Nhà bác mình", "Bố mẹ mình", "Chú tôi", "Nhà hàng xóm", "Cô giáo mình", "Làng mình")
ANIMALS: tuple[str, ...] = ("bò", "chó", "lợn", "trâu", "khỉ", "gà", "vịt", "dê", "ngựa", "mèo")
ANIMAL_BENIGN: tuple[str, ...] = (
    "{F} nuôi {N} con {A}.",
    "{F} vừa bán {N} con {A} để lấy tiền sửa nhà.",
    "Con {A} của {F} mới đẻ.",
    "{F} đưa con {A} đi tiêm phòng.",
    "{F} có một đàn {A} hơn {N} con.",
)
ANIMAL_INSULT: tuple[str, ...] = (
    "{P} ngu như con {A}.",
    "Đồ con {A}, {P} nói gì cũng không hiểu.",
    "{P} sống như con {A}, không biết xấu hổ.",
    "Mặt {P} như mặt con {A}.",
)

PROFANITY: tuple[str, ...] = ("Đm", "Vl", "Vcl", "Địt mẹ", "Đụ má", "Vãi lồn", "Đéo hiểu sao", "Mẹ kiếp", "Cc")
SITUATIONS: tuple[str, ...] = (
    "trời nóng quá", "kẹt xe cả tiếng", "mạng lag quá", "cuối tháng hết tiền rồi", "lại mất điện",
    "điểm thi thấp quá", "đội nhà thua rồi", "bài tập khó quá", "mưa to quá", "lỡ chuyến xe buýt",
    "giá xăng lại tăng", "máy tính bị treo", "quên mang chìa khóa", "đồ ăn ngon quá", "trận này hay quá",
)

PRODUCTS: tuple[str, ...] = (
    "mỹ phẩm Hàn Quốc", "quần áo trẻ em", "giày sneaker", "thực phẩm chức năng", "nước hoa",
    "điện thoại cũ", "đồ gia dụng", "kem chống nắng", "túi xách", "tai nghe bluetooth",
    "trà giảm cân", "sữa bột cho bé", "đồng hồ", "sách tham khảo", "máy lọc không khí",
)
SPAM_FRAMES: tuple[str, ...] = (
    "Bán {P} giá sỉ, {C}.",
    "{P} chính hãng sale 50%, {C}.",
    "Ai cần {P} thì {C} nha.",
    "Xả kho {P} cực rẻ, số lượng có hạn, {C}.",
    "Em nhận order {P}, ship toàn quốc, {C}.",
)
SPAM_BENIGN: tuple[str, ...] = (
    "Ai biết mua {P} ở đâu uy tín không?",
    "Mình mua {P} ở shop gần nhà, dùng ổn.",
    "{P} loại nào tốt vậy mọi người?",
    "Mình mới dùng {P} được một tuần, thấy cũng được.",
    "Hỏi chút: {P} mua online có sợ hàng giả không?",
)

SCAM_OFFERS: tuple[str, ...] = (
    "Vay tiền online không cần thế chấp, duyệt 5 phút",
    "Việc nhẹ lương cao, làm tại nhà ngày kiếm 500k",
    "Nhà cái uy tín, nạp đầu tặng 100%",
    "Cá độ bóng đá tỷ lệ cao, rút tiền trong 1 phút",
    "Thu mua tài khoản ngân hàng giá cao",
    "Bán sim đã kích hoạt, không cần chính chủ",
    "Đầu tư tiền ảo lãi 3% mỗi ngày",
    "Làm nhiệm vụ like video nhận hoa hồng",
    "Giải ngân khoản vay trong ngày, nợ xấu vẫn vay",
    "Tuyển cộng tác viên chốt đơn, ứng lương trước",
    "Soi cầu lô đề chính xác, vào nhóm VIP",
    "Cho thuê tài khoản ngân hàng lấy tiền hằng tháng",
)
SCAM_DESCS: tuple[str, ...] = (
    "vay tiền online không cần thế chấp", "việc nhẹ lương cao làm tại nhà", "nhà cái nạp đầu tặng 100%",
    "cá độ bóng đá qua mạng", "thu mua tài khoản ngân hàng", "bán sim đã kích hoạt sẵn",
    "đầu tư tiền ảo lãi mỗi ngày", "làm nhiệm vụ like video nhận hoa hồng", "vay nợ xấu vẫn giải ngân",
    "tuyển cộng tác viên phải nạp tiền trước", "soi cầu lô đề nhóm VIP", "cho thuê tài khoản ngân hàng",
)
SCAM_WARN: tuple[str, ...] = (
    'Cảnh báo: quảng cáo "{D}" là chiêu lừa đảo.',
    'Có ai biết "{D}" có phải lừa đảo không?',
    'Báo vừa đưa tin nhiều người mất tiền vì "{D}".',
    'Đừng tin mấy lời mời "{D}", mình mất 20 triệu rồi.',
    'Công an khuyến cáo người dân cảnh giác với "{D}".',
)

SURNAMES: tuple[str, ...] = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý")
MIDDLE: tuple[str, ...] = ("Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang", "Thanh", "Hữu", "Mỹ")
GIVEN: tuple[str, ...] = ("Hùng", "Lan", "Tuấn", "Hoa", "Khánh", "Linh", "Phong", "Trang", "Dũng", "Mai", "Sơn", "Yến", "Bảo", "Nhung")
STREETS: tuple[str, ...] = ("Lê Lợi", "Trần Phú", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thái Tổ", "Phan Đình Phùng", "Quang Trung", "Hoàng Diệu", "Bạch Đằng", "Võ Thị Sáu")
BANKS: tuple[str, ...] = ("Vietcombank", "Techcombank", "BIDV", "Agribank", "MB Bank", "VPBank", "ACB", "Sacombank")
DOXX: tuple[str, ...] = (
    "Nhà con {N} ở {A}, ai muốn tìm thì tới.",
    "Sđt của thằng {N}: {PH}, mọi người gọi hỏi thăm nó đi.",
    "Đây là CCCD của {N}: {ID}, share mạnh cho nó chừa.",
    "STK của {N}: {AC} {B}, ai bị nó quỵt thì biết.",
    "{N} sống ở {A}, số điện thoại {PH}.",
    "Bóc phốt {N}, nhà ở {A}, CMND {ID9}.",
    "Số điện thoại riêng của {N} là {PH}, cứ gọi vào giờ nghỉ trưa.",
)
PUBLIC_INFO: tuple[str, ...] = (
    "Cửa hàng điện máy ở {A}, hotline {HL}.",
    "Phòng khám mở cửa từ 7 giờ, địa chỉ {A}, tổng đài {HL}.",
    "Shop chỉ nhận chuyển khoản vào tài khoản công ty ghi trên hóa đơn, mọi người cẩn thận kẻo bị giả mạo.",
    "Giá {X} hôm nay là {PR} đồng.",
    "Đơn hàng {OR} của bạn đã được giao thành công.",
    "Làm sao để không bị lộ số CCCD khi đi thuê nhà?",
    "Trung tâm bảo hành chính hãng ở {A}, gọi {HL} để đặt lịch.",
)
PRICED: tuple[str, ...] = ("vàng SJC", "xăng RON 95", "thịt lợn hơi", "cà phê nhân", "gạo ST25", "tiêu đen")

SELF_HARM_T: tuple[str, ...] = (
    "Mình không muốn sống nữa, {W} mình sẽ {M}.",
    "Chắc mình {M} cho xong, chẳng ai cần mình.",
    "Mình đã nghĩ cách {M} suốt mấy tuần nay.",
)
SH_METHODS: tuple[str, ...] = ("nhảy cầu", "uống hết lọ thuốc", "cắt tay", "nhảy lầu", "tự tử", "kết thúc tất cả")
HYPERBOLE_T: tuple[str, ...] = (
    "{A} muốn chết {W}.", "{A} chết mất thôi.", "{A} chết đi được luôn {W}.",
)
HYPER_ADJ: tuple[str, ...] = ("Mệt", "Nóng", "Đói", "Buồn ngủ", "Lạnh", "Chán", "Sợ", "Nhớ nhà", "Cười", "Tức", "Khát", "Đau chân")

SLEEP_T: tuple[str, ...] = (
    "{P} đi ngủ {W}.", "{P} ngủ quên mất rồi.", "{P} ngủ say quá, gọi không dậy.", "{P} ngủ trưa {W}.",
)
SLEEP_INSULT: tuple[str, ...] = (
    "{P} ngu thật sự.", "{P} ngu quá, nói mãi không hiểu.", "{P} ngu như con bò.",
)


_DOUBLE_CLASSIFIER = re.compile(r"\b(?:lũ|bọn|đồ|mấy đứa) (lũ|bọn|đồ|thằng|con|tụi|dân) ", re.IGNORECASE)


HARASS_ADDRESSEE: tuple[str, ...] = (
    "em gái", "bé ơi", "chị chủ shop", "cô giáo", "em lễ tân", "bạn nữ cùng lớp", "em streamer",
    "chị hàng xóm", "em sinh viên", "cô bé bán hàng",
)
HARASS_FRAMES: tuple[str, ...] = (
    "{A} ơi, gửi ảnh nóng cho anh xem đi.",
    "{A} ngực to thế, cho anh sờ thử.",
    "{A} mặc thế kia là muốn anh đè ra rồi.",
    "{A} một đêm bao nhiêu tiền vậy?",
    "Nhìn {A} là anh nứng quá.",
    "Tối nay {A} qua phòng anh nhé, anh chiều tới sáng.",
)
POLITE_FRAMES: tuple[str, ...] = (
    "{A} ơi, gửi ảnh sản phẩm cho anh xem với.",
    "{A} ơi, cho anh hỏi đường ra ga.",
    "{A} mặc áo dài đẹp quá, chụp ảnh kỷ yếu chắc xinh lắm.",
    "{A} ơi món này bao nhiêu tiền vậy?",
    "Cảm ơn {A} đã nhiệt tình giúp đỡ.",
    "Tối nay {A} có rảnh đi xem phim cùng nhóm không?",
)
HEALTH_TOPICS: tuple[str, ...] = (
    "đau ngực trái khi chạy bộ", "kinh nguyệt ra nhiều", "quan hệ không dùng bao cao su",
    "ngứa vùng kín", "xuất tinh sớm", "đau bụng dưới khi mang thai", "khám tiền hôn nhân",
    "tiêm vắc xin HPV", "tránh thai sau sinh", "dậy thì sớm ở bé gái",
)
HEALTH_FRAMES: tuple[str, ...] = (
    "Bác sĩ ơi, {T} có nguy hiểm không?",
    "Mình bị {T}, nên khám ở khoa nào?",
    "Có chị em nào có kinh nghiệm về {T} không?",
)
SUPPORT_FRAMES: tuple[str, ...] = (
    "Nếu bạn đang nghĩ đến chuyện {M}, hãy gọi ngay cho người thân hoặc đường dây hỗ trợ tâm lý.",
    "Bạn mình nhắn tin nói muốn {M}, mình phải làm gì để giúp bạn ấy?",
    "Tin buồn: một nam sinh đã {M} vì áp lực học tập, mong các phụ huynh lắng nghe con.",
)
IDENTITY_THREATS: tuple[str, ...] = (
    "Gặp {G} nào là đánh cho chạy.",
    "Phải đuổi hết {G} đi, đứa nào không đi thì đốt nhà.",
    "{G} mà bén mảng đến xóm này thì ăn đòn.",
)
IDENTITY_THREAT_NEWS: tuple[str, ...] = (
    "Công an điều tra vụ hành hung nhắm vào {G} ở khu trọ.",
    "Tổ chức nhân quyền lên án các lời kêu gọi bạo lực với {G}.",
    "Cộng đồng mạng phẫn nộ trước bài đăng kêu gọi đánh {G}.",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slur_frame(frame: str, slur: str) -> str:
    # "Lũ {S}" with S = "thằng đao" would read "Lũ thằng đao": keep the slur's own classifier.
    return _DOUBLE_CLASSIFIER.sub(lambda m: m.group(1) + " ", frame.format(S=slur))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", strip_diacritics(text).lower()).strip("_")


def _phone(rng: random.Random) -> str:
    return f"09{rng.randint(10, 99)} {rng.choice(('000', '111', '999'))} {rng.randint(100, 999)}"


def _address(rng: random.Random) -> str:
    return f"số {rng.randint(2, 99)} ngõ {rng.randint(3, 199)} đường {rng.choice(STREETS)}"


def template_rows() -> Iterator[Row]:
    rng = random.Random(SEED + 1)

    def tpl(text: str, cats: tuple[str, ...], tgts: tuple[str, ...], group: str, topic: str) -> Row:
        return Row(_cap(text), cats, tgts, group, topic, "accented", "template")

    for target, groups in IDENTITY_GROUPS.items():
        for g in groups:
            group = f"tpl_{target}_{_slug(g)}"
            for frame in rng.sample(STEREOTYPE_HARM, 4):
                yield tpl(frame.format(G=g, R=rng.choice(RIGHTS)), ("identity_attack",), (target,), group, target)
            for frame in rng.sample(STEREOTYPE_BENIGN, 4):
                yield tpl(frame.format(G=g, R=rng.choice(RIGHTS)), (), (), group, target)
        for s in SLURS[target]:
            group = f"slur_{target}_{_slug(s)}"
            for frame in rng.sample(SLUR_HARM, 3):
                yield tpl(_slur_frame(frame, s), ("identity_attack",), (target,), group, target)
            for frame in rng.sample(SLUR_BENIGN, 2):
                yield tpl(frame.format(S=s), (), (), group, "counter_speech")

    for p in PERSONS:
        group = f"tpl_person_{_slug(p)}"
        for pred in rng.sample(INSULT_PRED, 3):
            yield tpl(f"{p} {pred}.", ("insult",), (), group, "insult_person")
        for pred in rng.sample(NEUTRAL_PRED, 3):
            yield tpl(f"{p} {pred}.", (), (), group, "everyday")

    for o in OFFICIALS:
        group = f"tpl_official_{_slug(o)}"
        for frame in rng.sample(OFFICIAL_INSULT, 2):
            cats = ("insult", "profanity") if re.search(r"đm|cứt|lồn|chó đẻ", frame, re.I) else ("insult",)
            yield tpl(frame.format(O=o), cats, (), group, "politics")
        for frame in rng.sample(CIVIC, 5):
            yield tpl(frame.format(O=o, I=rng.choice(ISSUES)), (), (), group, "politics")

    for v in VIOLENCE:
        group = f"tpl_threat_{_slug(v)}"
        for frame in rng.sample(THREAT_FRAMES, 3):
            yield tpl(frame.format(V=v, W=rng.choice(WHENS), C=rng.choice(CONDS)), ("threat",), (), group, "threat")
        for frame in rng.sample(THREAT_NEWS, 2):
            yield tpl(frame.format(V=v), (), (), group, "news_report")
    for frame in IDIOM_BENIGN:
        for w in rng.sample(("tối nay", "cuối tuần", "sáng mai", "dịp Tết", "hôm qua", "chiều nay"), 2):
            yield tpl(frame.format(W=w), (), (), "tpl_threat_idiom", "idiom")

    for a in ANIMALS:
        group = f"tpl_animal_{_slug(a)}"
        for frame in rng.sample(ANIMAL_BENIGN, 3):
            yield tpl(frame.format(F=rng.choice(FAMILY), N=rng.randint(2, 30), A=a), (), (), group, "animal")
        for frame in rng.sample(ANIMAL_INSULT, 2):
            yield tpl(frame.format(P=rng.choice(PERSONS), A=a), ("insult",), (), group, "insult_person")

    for s in SITUATIONS:
        group = f"tpl_profanity_{_slug(s)}"
        prof = rng.sample(PROFANITY, 2)
        for pr in prof:
            yield tpl(f"{pr}, {s}.", ("profanity",), (), group, "profanity_exclamation")
        yield tpl(f"{s[:1].upper() + s[1:]}.", (), (), group, "everyday")
        yield tpl(f"Trời ơi, {s}.", (), (), group, "everyday")
        yield tpl(f"{prof[0]} {rng.choice(PERSONS)}, {rng.choice(INSULT_PRED)}.", ("insult", "profanity"), (), group, "insult_person")

    for p in PRODUCTS:
        group = f"tpl_spam_{_slug(p)}"
        for frame in rng.sample(SPAM_FRAMES, 2):
            contact = rng.choice((f"ib zalo {_phone(rng)}", f"liên hệ {_phone(rng)}", "inbox shop ngay", f"xem tại shop-{_slug(p)[:8]}.vn", "ib em nhé"))
            yield tpl(frame.format(P=p, C=contact), ("spam",), (), group, "spam")
        for frame in rng.sample(SPAM_BENIGN, 2):
            yield tpl(frame.format(P=p), (), (), group, "product_question")

    for offer, desc in zip(SCAM_OFFERS, SCAM_DESCS, strict=True):
        group = f"tpl_scam_{_slug(desc)}"
        for contact in rng.sample((f"ib zalo {_phone(rng)}", "bấm link ở bio", f"liên hệ {_phone(rng)}", "inbox ngay", "đăng ký tại link dưới bình luận"), 2):
            yield tpl(f"{offer}, {contact}.", ("spam", "scam"), (), group, "scam")
        for frame in rng.sample(SCAM_WARN, 3):
            yield tpl(frame.format(D=desc), (), (), group, "scam_warning")

    for i in range(40):
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        frame = DOXX[i % len(DOXX)]
        text = frame.format(
            N=name, A=_address(rng), PH=_phone(rng), ID=f"0{rng.randint(10, 99)}2{rng.randint(10**8, 10**9 - 1)}",
            ID9=str(rng.randint(10**8, 10**9 - 1)), AC=str(rng.randint(10**9, 10**10 - 1)), B=rng.choice(BANKS),
        )
        yield tpl(text, ("personal_data",), (), f"tpl_pdata_{i % 8}", "personal_data")
        pub = PUBLIC_INFO[i % len(PUBLIC_INFO)].format(
            A=_address(rng).replace("ngõ", "hẻm"), HL=f"1900 {rng.randint(1000, 9999)}", X=rng.choice(PRICED),
            PR=f"{rng.randint(20, 900)}.{rng.randint(100, 999)}", OR=f"DH{rng.randint(10**7, 10**8 - 1)}",
        )
        yield tpl(pub, (), (), f"tpl_pdata_{i % 8}", "public_hotline")

    for m in SH_METHODS:
        for frame in rng.sample(SELF_HARM_T, 2):
            yield tpl(frame.format(M=m, W=rng.choice(("tối nay", "ngày mai", "cuối tuần này"))), ("self_harm",), (), "tpl_self_harm", "self_harm")
    for a in HYPER_ADJ:
        for frame in rng.sample(HYPERBOLE_T, 2):
            yield tpl(frame.format(A=a, W=rng.choice(("hôm nay", "cả ngày", "mai", "tối nay"))), (), (), "tpl_self_harm", "hyperbole")

    for a in HARASS_ADDRESSEE:
        group = f"tpl_sexual_{_slug(a)}"
        for frame in rng.sample(HARASS_FRAMES, 2):
            yield tpl(frame.format(A=a), ("sexual",), (), group, "sexual")
        for frame in rng.sample(POLITE_FRAMES, 2):
            yield tpl(frame.format(A=a), (), (), group, "relationships")
    for t in HEALTH_TOPICS:
        yield tpl(rng.choice(HEALTH_FRAMES).format(T=t), (), (), "tpl_sexual_health", "sex_education")
    for m in SH_METHODS:
        yield tpl(rng.choice(SUPPORT_FRAMES).format(M=m), (), (), "tpl_self_harm", "support")
    for target, groups in IDENTITY_GROUPS.items():
        for g in rng.sample(groups, 3):
            group = f"tpl_{target}_{_slug(g)}"
            yield tpl(rng.choice(IDENTITY_THREATS).format(G=g), ("identity_attack", "threat"), (target,), group, "threat")
            yield tpl(rng.choice(IDENTITY_THREAT_NEWS).format(G=g), (), (), group, "news_report")

    sleepers = ("Em", "Con mình", "Bé nhà mình", "Anh ấy", "Bà nội", "Cả nhà", "Thằng bạn tôi", "Mày", "Con mèo", "Chồng tôi")
    for p in sleepers:
        for frame in rng.sample(SLEEP_T, 2):
            yield tpl(frame.format(P=p, W=rng.choice(("sớm", "lúc 10 giờ", "muộn quá", "trên ghế sofa"))), (), (), "word_ngu_sleep", "sleep")
        if p != "Con mèo":
            yield tpl(rng.choice(SLEEP_INSULT).format(P=p), ("insult",), (), "word_ngu_sleep", "insult_person")


# --------------------------------------------------------------------------------------------
# Assembly, validation and the composition table
# --------------------------------------------------------------------------------------------


def _nfc(row: Row) -> Row:
    text = unicodedata.normalize("NFC", re.sub(r"\s+", " ", row.text).strip())
    return Row(text, row.categories, row.targets, row.group, row.topic, row.register, row.source)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def build_rows() -> list[Row]:
    base = [_nfc(r) for block in HAND for r in parse_blocks(block)]
    base += [_nfc(r) for r in template_rows()]
    seen: dict[str, Row] = {}
    kept: list[Row] = []
    for row in base:
        prior = seen.get(row.text)
        if prior is not None:
            if prior.categories != row.categories or prior.targets != row.targets:
                raise ValueError(f"same text written with two labels: {row.text!r}")
            continue
        seen[row.text] = row
        kept.append(row)
    rng = random.Random(SEED)
    keys = {_key(r.text) for r in kept}
    extra: list[Row] = []
    for row in kept:
        for variant in variants(row, rng):
            variant = _nfc(variant)
            # A variant that collides with an existing text (up to case and punctuation) is
            # dropped: the first, written row keeps its label and no near-copy is added.
            if _key(variant.text) in keys:
                continue
            keys.add(_key(variant.text))
            extra.append(variant)
    return kept + extra


def row_id(row: Row) -> str:
    return "ctr-" + hashlib.sha1(row.text.encode("utf-8")).hexdigest()[:12]


def validate(rows: list[Row]) -> None:
    ids = [row_id(r) for r in rows]
    if len(set(ids)) != len(ids):
        raise ValueError("id collision")
    if len({r.text for r in rows}) != len(rows):
        raise ValueError("duplicate text")
    for r in rows:
        if not set(r.categories) <= set(CATEGORIES) or not set(r.targets) <= set(TARGETS):
            raise ValueError(f"unknown names in {r}")
        if bool(r.targets) != ("identity_attack" in r.categories):
            raise ValueError(f"targets only with identity_attack: {r.text!r}")
        if r.register not in REGISTERS or not r.text:
            raise ValueError(f"bad row {r}")
        if len(r.text.split()) < 2:
            raise ValueError(f"too short: {r.text!r}")


FIELDS = ("id", "text", "categories", "targets", "label", "group", "register", "topic", "benign")


def check_written(path: Path) -> None:
    """Read the file back and check it against the contract, independently of ``Row``."""
    ids: set[str] = set()
    texts: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        obj = json.loads(line)
        if tuple(obj) != FIELDS:
            raise ValueError(f"line {n}: fields {tuple(obj)}")
        if obj["text"] != unicodedata.normalize("NFC", obj["text"]):
            raise ValueError(f"line {n}: text not NFC")
        if obj["label"] != label_for(obj["categories"]):
            raise ValueError(f"line {n}: label does not follow the rule")
        if obj["benign"] != (obj["categories"] == []):
            raise ValueError(f"line {n}: benign flag")
        if not set(obj["categories"]) <= set(CATEGORIES) or not set(obj["targets"]) <= set(TARGETS):
            raise ValueError(f"line {n}: names outside vimod.vocab")
        if obj["id"] in ids or obj["text"] in texts:
            raise ValueError(f"line {n}: duplicate id or text")
        ids.add(obj["id"])
        texts.add(obj["text"])


def to_json(row: Row) -> dict[str, object]:
    return {
        "id": row_id(row),
        "text": row.text,
        "categories": list(row.categories),
        "targets": list(row.targets),
        "label": row.label,
        "group": row.group,
        "register": row.register,
        "topic": row.topic,
        "benign": row.benign,
    }


def _table(title: str, counts: Counter[str], total: int, order: tuple[str, ...] | None = None) -> list[str]:
    keys = list(order) if order else [k for k, _ in counts.most_common()]
    lines = [f"| {title} | rows | share |", "|---|---:|---:|"]
    lines += [f"| {k} | {counts[k]} | {100 * counts[k] / total:.1f}% |" for k in keys]
    return lines


def composition(rows: list[Row]) -> str:
    total = len(rows)
    out = [f"Rows: {total}; benign: {sum(r.benign for r in rows)} ({100 * sum(r.benign for r in rows) / total:.1f}%)", ""]
    out += _table("label", Counter(r.label for r in rows), total, ("CLEAN", "OFFENSIVE", "HATE")) + [""]
    out += _table("category (multi-label)", Counter(c for r in rows for c in r.categories), total, CATEGORIES) + [""]
    out += _table("target", Counter(t for r in rows for t in r.targets), total, TARGETS) + [""]
    benign_by_target = Counter(r.topic for r in rows if r.benign and r.topic in TARGETS)
    out += _table("benign rows on a target's topic", benign_by_target, total, TARGETS) + [""]
    out += _table("register", Counter(r.register for r in rows), total, REGISTERS) + [""]
    out += _table("source", Counter(r.source for r in rows), total, ("hand", "template", "transform")) + [""]
    hand_native = Counter(r.register for r in rows if r.source == "hand")
    out += [f"Hand-written rows by register: {dict(sorted(hand_native.items()))}", ""]
    out += _table("topic", Counter(r.topic for r in rows), total) + [""]
    out += [f"Groups: {len({r.group for r in rows})}"]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    rows = build_rows()
    validate(rows)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(to_json(row), ensure_ascii=False) + "\n")
    check_written(OUT)
    print(composition(rows))
    print(f"\nwrote {OUT.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
