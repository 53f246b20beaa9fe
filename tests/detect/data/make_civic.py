"""Writes civic_counterfactual.jsonl: civic / political criticism without insults, paired with
the same sentence aimed at a neutral target (company, club, school...).

Written by the vimod team for this test (not taken from any corpus). Run from the repo root:
``python tests/detect/data/make_civic.py``; the output is committed, the script documents it.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

# (political target, neutral target of the same grammatical kind)
TARGETS = [
    ("Đảng", "Công ty"),
    ("Nhà nước", "Nhà trường"),
    ("Chính phủ", "Ban giám đốc"),
    ("chính quyền địa phương", "ban quản lý chung cư"),
    ("Bộ Giáo dục", "câu lạc bộ Hoàng Anh Gia Lai"),
    ("Bộ Y tế", "bệnh viện tư nhân đó"),
    ("công an phường", "bảo vệ siêu thị"),
    ("cảnh sát giao thông", "nhân viên bãi giữ xe"),
    ("Quốc hội", "hội đồng quản trị"),
    ("Thủ tướng", "ông giám đốc"),
    ("ông chủ tịch tỉnh", "ông chủ nhà hàng"),
    ("bộ trưởng", "huấn luyện viên"),
    ("UBND quận", "ban tổ chức giải chạy"),
    ("cán bộ xã", "nhân viên ngân hàng"),
    ("lãnh đạo thành phố", "ban lãnh đạo câu lạc bộ"),
    ("Đảng Cộng sản", "hãng hàng không"),
    ("nhà cầm quyền", "nhà mạng"),
    ("các đại biểu Quốc hội", "các thành viên hội đồng trường"),
]

TEMPLATES = [
    "{T} nên lắng nghe ý kiến phản biện của trí thức và nhân dân.",
    "Tôi không đồng ý với quyết định mới của {t}.",
    "{T} cần minh bạch hơn trong việc chi tiêu.",
    "Cách {t} xử lý vụ việc này chưa thỏa đáng.",
    "{T} đã hứa nhiều nhưng làm được quá ít.",
    "Mong {t} xem xét lại quy định này.",
    "{T} phải chịu trách nhiệm về sai phạm vừa qua.",
    "Tôi thất vọng về cách làm việc của {t}.",
    "{T} cần công khai thông tin cho mọi người biết.",
    "Quyết định của {t} khiến nhiều người bức xúc.",
    "{T} làm việc quá chậm, mọi người phải chờ cả tháng.",
    "Đề nghị {t} giải trình rõ ràng về khoản chi này.",
    "{T} đang đi sai hướng, cần thay đổi ngay.",
    "Tôi phản đối kế hoạch mà {t} vừa đưa ra.",
    "{T} nên tôn trọng quyền được góp ý của mọi người.",
    "Nhiều người không còn tin tưởng {t} nữa.",
    "{T} cần xin lỗi vì đã để xảy ra chuyện này.",
    "Sai lầm của {t} đã gây thiệt hại lớn.",
    "{T} thiếu trách nhiệm trong vụ việc này.",
    "{T} nói một đằng làm một nẻo.",
    "Phải chăng {t} đang che giấu điều gì?",
    "Hy vọng {t} sẽ sửa sai sớm.",
    "{T} cần đối thoại thẳng thắn với mọi người.",
    "Thật đáng buồn khi {t} phớt lờ ý kiến góp ý.",
    "{T} nên từ chức nếu không làm tròn trách nhiệm.",
    "Chúng tôi yêu cầu {t} trả lời công khai.",
    "{T} quản lý yếu kém khiến mọi thứ rối tung.",
    "Ai cũng có quyền chỉ trích {t}.",
    "Tôi không ủng hộ {t} trong chuyện này.",
    "{T} cần làm rõ các dấu hiệu tham nhũng và lãng phí.",
]


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def main() -> None:
    rows = []
    n = 0
    for i, tpl in enumerate(TEMPLATES):
        # each template with 8 of the 18 target pairs, rotating, so all pairs are used
        for j in range(8):
            pol, neu = TARGETS[(i * 5 + j) % len(TARGETS)]
            civic = tpl.format(T=cap(pol), t=pol)
            neutral = tpl.format(T=cap(neu), t=neu)
            diacritics = (n % 4) != 3  # every fourth pair is written without diacritics
            if not diacritics:
                civic, neutral = fold(civic), fold(neutral)
            rows.append({"id": f"civic-{n:03d}", "civic": civic, "neutral": neutral,
                         "target": pol, "swap": neu, "diacritics": diacritics})
            n += 1
    out = Path(__file__).with_name("civic_counterfactual.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} pairs -> {out}")


if __name__ == "__main__":
    main()
