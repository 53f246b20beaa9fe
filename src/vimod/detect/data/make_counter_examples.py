"""Writes counter_examples.jsonl: CLEAN training sentences that teach the label head that
polite criticism (of anyone, civic or not, with or without diacritics) and counter-speech
are not abuse.

Written by the vimod team; deliberately DISJOINT from the test sets in tests/detect/data/
(other sentence templates, other targets), so the counterfactual test still measures
generalisation. Run ``python src/vimod/detect/data/make_counter_examples.py`` to rebuild.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

TARGETS = [
    "Sở Giao thông", "Ủy ban tỉnh", "ông trưởng công an huyện", "Bộ Tài chính", "chính quyền",
    "Đảng ủy xã", "Chính phủ", "Nhà nước", "ngành thuế", "các bộ ngành", "ông bí thư tỉnh",
    "hội đồng nhân dân", "công an tỉnh", "Quốc hội khóa này", "lực lượng quản lý thị trường",
    "nhà xe", "shop này", "quán cà phê đó", "trường đại học", "ban huấn luyện",
    "đội bóng", "công ty điện lực", "hãng taxi", "ban biên tập", "nhà sản xuất",
]
TEMPLATES = [
    "Theo tôi {t} cần xem lại cách làm việc của mình.",
    "Mình nghĩ {t} chưa làm tốt việc này.",
    "{T} cần giải thích rõ hơn cho mọi người hiểu.",
    "Rất mong {t} tiếp thu ý kiến đóng góp.",
    "{T} xử lý chậm quá, mong sớm có kết quả.",
    "Tôi chưa hài lòng với cách {t} giải quyết.",
    "{T} nên công bố số liệu đầy đủ hơn.",
    "Đây là trách nhiệm của {t}, không thể đổ lỗi cho ai khác.",
    "{T} đã sai khi đưa ra quyết định vội vàng như vậy.",
    "Cần có cơ chế giám sát {t} chặt chẽ hơn.",
    "{T} không nên im lặng trước những phản ánh này.",
    "Chúng ta có quyền yêu cầu {t} minh bạch.",
]
COUNTER_SPEECH = [
    "Đừng dùng những từ kỳ thị vùng miền để nói về người khác.",
    "Chửi người ta là \"nhà quê\" chỉ vì quê họ ở đâu là sai.",
    "Mình phản đối việc gọi người miền Trung là \"cá gỗ\" để chế giễu.",
    "Gọi người khác là \"thiểu năng\" là xúc phạm người khuyết tật.",
    "Xin đừng kỳ thị người LGBT, ai cũng có quyền được tôn trọng.",
    "Những bình luận kiểu \"đàn bà biết gì\" là phân biệt giới tính.",
    "Đừng chế giễu người khác vì tôn giáo của họ.",
    "Không ai đáng bị gọi là \"mọi\" chỉ vì họ là người dân tộc.",
    "Bình luận \"bọn nhà quê\" ở trên là kỳ thị, mong admin xóa.",
    "Kỳ thị vùng miền chỉ làm chia rẽ chúng ta thêm.",
    "Tôi không đồng tình với những ai xúc phạm người đồng tính.",
    "Gọi người ta là \"bắc kỳ\" hay \"nam kỳ\" với ý miệt thị là không nên.",
]


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def main() -> None:
    rows = []
    for i, tpl in enumerate(TEMPLATES):
        for j, t in enumerate(TARGETS):
            text = tpl.format(T=t[:1].upper() + t[1:], t=t)
            rows.append({"text": fold(text) if (i + j) % 2 else text, "label": 0})
    for text in COUNTER_SPEECH:
        rows += [{"text": text, "label": 0}, {"text": fold(text), "label": 0}]
    out = Path(__file__).with_name("counter_examples.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                   encoding="utf-8")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()
