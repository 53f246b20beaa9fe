"""Build vimod's held-out functional test set (HateCheck-style) -> ``test.jsonl``.

Every case below is written by hand by the vimod team, grouped by *functionality* (what the
case tests), with harmful cases next to benign contrasts on the same group, word or topic.
The set is for evaluation only: it must never be trained or tuned on (see DATASHEET.md).

Run ``python datasets/functional/build.py``: it writes ``test.jsonl`` next to this file
deterministically (same input -> byte-identical output) and prints the composition table
pasted into DATASHEET.md.

A case block is ``B(functionality, categories, targets, group, topic, texts, register)``;
categories and targets are space-separated names from ``vimod.vocab``. The summary label
follows the team contract: HATE if identity_attack or threat; else OFFENSIVE if insult,
profanity or sexual; else CLEAN. ``benign`` is true exactly when no category is set.

Part of the unaccented register is made mechanically: every ``STRIP_EVERY``-th accented case
also appears with its diacritics stripped, keeping the label of the *intended* meaning even
where stripping creates a homograph ("đi ngủ sớm" -> "di ngu som" stays CLEAN).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from vimod.vocab import CATEGORIES, TARGETS  # noqa: E402

OUT = Path(__file__).resolve().parent / "test.jsonl"
REGISTERS = ("accented", "unaccented", "teencode", "obfuscated")
STRIP_EVERY = 5

BLOCKS: list[dict] = []


def B(
    functionality: str,
    categories: str,
    targets: str,
    group: str,
    topic: str,
    texts: list[str],
    register: str = "accented",
) -> None:
    """Register one block of hand-written cases sharing labels and metadata."""
    BLOCKS.append(
        {
            "functionality": functionality,
            "categories": categories.split(),
            "targets": targets.split(),
            "group": group,
            "topic": topic,
            "texts": texts,
            "register": register,
        }
    )


def strip_diacritics(text: str) -> str:
    """Vietnamese without tone or vowel marks, as typed on a keyboard without an IME."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    )


def summary_label(categories: list[str]) -> str:
    if "identity_attack" in categories or "threat" in categories:
        return "HATE"
    if {"insult", "profanity", "sexual"} & set(categories):
        return "OFFENSIVE"
    return "CLEAN"


# ---------------------------------------------------------------------------------------------
# identity_attack: region
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "region", "region", "region", [
    "Dân miền Tây lười lao động, cả ngày chỉ ngồi quán nhậu lai rai",
    "Người Bắc toàn giả tạo, nói một đằng làm một nẻo",
    "Dân Thanh Hóa đi đâu cũng trộm cắp, tránh xa ra cho lành",
    "Người Nghệ An keo kiệt có tiếng, đừng có dại mà làm ăn chung",
    "Cứ dân Nam là ăn xài hoang phí, chẳng bao giờ biết lo xa",
    "Người miền Trung gian xảo lắm, cho thuê nhà thì đừng nhận dân đó",
    "Công ty mình không tuyển người Thanh Hóa nữa, kinh nghiệm xương máu rồi",
    "Người miền Tây học hành chẳng tới đâu, chỉ giỏi đi bán vé số",
    "Đừng cưới vợ Bắc, đàn bà ngoài đó toàn đanh đá tính toán",
    "Người Huế tính thâm lắm, ngoài mặt cười trong bụng tính kế",
    "Dân tỉnh lẻ lên thành phố chỉ làm kẹt xe với tăng tội phạm",
    "Phòng trọ chính chủ, không cho người Nghệ Tĩnh thuê, miễn hỏi",
    "Người Hà Nội ai cũng chảnh, nhìn người tỉnh lẻ bằng nửa con mắt",
    "Mấy đứa Quảng Nam cãi chày cãi cối, nói lý không bao giờ được",
])
B("identity_dehumanise", "identity_attack", "region", "region", "region", [
    "Bọn dân tỉnh lẻ lên thành phố như đàn châu chấu, phá nát hết mọi thứ",
    "Lũ nam kỳ như bầy sâu bọ, chỉ biết ăn bám người khác",
    "Dân 36 là giống sâu mọt của xã hội, tỉnh nào cũng sợ",
    "Người miền Bắc vào đây như chuột tràn đồng, đông nhung nhúc",
])
B("identity_slur", "identity_attack", "region", "region", "region", [
    "Bắc kỳ chó thì cút về quê mà sống",
    "Lũ parky ở đâu là ở đó có chuyện",
    "Đúng là bắc kỳ, mở miệng ra là lừa",
    "Bọn 36 nó đi đâu cũng phá làng phá xóm",
    "Dân nam kỳ ngu lâu dốt bền, nói mãi không hiểu",
    "Lại một con parky vào Sài Gòn kiếm ăn rồi đây",
    "Tụi nam kỳ chỉ biết nhậu với xài tiền, lo gì tương lai",
])
B("identity_slur_insult", "identity_attack insult", "region", "region", "region", [
    "Thằng nam kỳ này ăn nói mất dạy thật",
    "Con bắc kỳ kia câm mồm lại, ở đây không ai cần mày",
])
B("identity_threat", "identity_attack threat", "region", "region", "region", [
    "Tao sẽ tìm đến nhà mày, thằng bắc kỳ, rồi mày biết tay tao",
    "Bọn parky mà còn bén mảng vào xóm này thì đánh cho què chân",
    "Đuổi hết lũ nam kỳ về quê, đứa nào không đi thì đốt nhà nó",
])
B("identity_slur", "identity_attack", "region", "region", "region", [
    "bắc kỳ thì ko bao h tin đc đâu",
    "dân miền tây lười vl, suốt ngày nhậu",
    "tụi parky đi đâu cũng lừa, né ra nha m",
    "ng thanh hóa toàn trộm chó, ai cũng bik",
    "bọn 36 đến đâu mất đồ đến đó kkk",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "region", "region", "region", [
    "b.ắ.c k.ỳ cút về quê",
    "p4rky toàn lừa đảo, đừng tin",
    "n@m kỳ ăn bám cả đời",
    "bac ky` ch0 di ve di",
    "B*c kỳ ở đâu cũng có chuyện",
    "p.a.r.k.y vào đây làm gì",
], "obfuscated")
B("identity_stereotype", "identity_attack", "region", "region", "region", [
    "bac ky thi dung tin, lua dao het",
    "nguoi mien trung keo kiet lam, lam an chung la thiet",
    "dan tinh le len thanh pho chi lam ban duong pho",
], "unaccented")
B("group_neutral", "", "", "region", "region", [
    "Người miền Tây rất hiếu khách, lần nào về chơi cũng được mời cơm",
    "Mình là người Bắc sống ở Sài Gòn mười năm, thấy ở đâu cũng có người tốt người xấu",
    "Giọng Nghệ An lúc đầu nghe khó nhưng quen rồi thấy rất dễ thương",
    "Bánh mì miền Tây với bánh mì Hà Nội khác nhau ở chỗ nào vậy mọi người?",
    "Sinh viên Thanh Hóa ở trọ gần nhà mình rất lễ phép, chăm học",
    "Ẩm thực Huế nổi tiếng cay và cầu kỳ, ai ra Huế nhớ thử bún bò",
    "Người miền Trung chịu thương chịu khó, năm nào cũng gồng mình chống bão",
])
B("place_encyclopedic", "", "", "region", "place", [
    "Đồng bằng sông Cửu Long là vùng sản xuất lúa gạo lớn nhất cả nước",
    "Thanh Hóa là một tỉnh ven biển thuộc vùng Bắc Trung Bộ",
    "Nam Kỳ Lục tỉnh là tên gọi vùng đất Nam Bộ dưới triều Nguyễn",
    "Thời Pháp thuộc, lãnh thổ Việt Nam bị chia thành Bắc Kỳ, Trung Kỳ và Nam Kỳ",
    "Chợ nổi Cái Răng nằm trên sông Cần Thơ, họp từ sáng sớm",
])
B("slur_quoted_counter", "", "", "region", "counter_speech", [
    "Gọi người khác là 'bắc kỳ' hay 'nam kỳ' là phân biệt vùng miền, mong mọi người bỏ đi",
    "Đừng quơ đũa cả nắm, người Thanh Hóa mình quen ai cũng tử tế",
    "Thấy bình luận chửi 'parky' mà buồn, cùng là người Việt sao phải chia rẽ nhau",
    "Chữ '36' dùng để chê người Thanh Hóa là kỳ thị, admin nên xóa mấy comment đó",
])
B("slur_quoted_counter", "", "", "region", "counter_speech", [
    "dung goi nguoi ta la bac ky nua, vay la ky thi vung mien",
    "ai noi dan mien tay luoi la sai, ba con minh lam ruong cuc lam",
], "unaccented")
B("news_report", "", "", "region", "news_report", [
    "Một tài khoản bị khóa vì đăng hàng loạt bình luận kỳ thị người miền Trung",
    "Khảo sát cho thấy nhiều người trẻ từng bị trêu chọc vì giọng nói vùng miền",
])

# ---------------------------------------------------------------------------------------------
# identity_attack: ethnicity
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "ethnicity", "ethnicity", "ethnicity", [
    "Người dân tộc thì lười, nhà nước cho bao nhiêu cũng ăn hết",
    "Dân tộc thiểu số toàn sống bám vào trợ cấp",
    "Người H'Mông chỉ giỏi trồng thuốc phiện với bắt vợ",
    "Người Khmer ở đâu là ở đó bẩn thỉu",
    "Người Hoa chợ Lớn toàn buôn gian bán lận",
    "Giáo viên mà là người dân tộc thì dạy được ai",
    "Không cho người Khmer thuê nhà, toàn quỵt tiền",
    "Người Tày người Nùng đầu óc chậm chạp, dạy mãi không hiểu",
    "Con gái dân tộc dễ dãi lắm, cho ít tiền là theo",
    "Mấy người Chăm sống khép kín, chẳng bao giờ tin được",
    "Người da đen toàn tội phạm, thấy là phải giữ chặt ví",
    "Dân tộc gì mà đẻ lắm thế, chỉ tốn ngân sách",
])
B("identity_dehumanise", "identity_attack", "ethnicity", "ethnicity", "ethnicity", [
    "Bọn mọi rợ trên núi thì biết gì mà đòi đi học",
    "Lũ thượng ngu si như trâu bò",
    "Dân tộc gì mà sống như con vật, không tắm rửa",
    "Mấy đứa mọi rợ đó không đáng làm người",
    "Bọn người Hoa là lũ ký sinh hút máu người Việt",
])
B("identity_slur_insult", "identity_attack insult", "ethnicity", "ethnicity", "ethnicity", [
    "Thằng mọi kia về rừng mà ở, xuống đây làm gì",
    "Đồ mọi, đi học làm gì cho tốn cơm",
])
B("identity_threat", "identity_attack threat", "ethnicity", "ethnicity", "ethnicity", [
    "Người Chăm nào dám lên tiếng thì cứ đánh cho chừa",
    "Đuổi hết bọn mọi về rừng, đứa nào lì thì đốt nhà",
    "Thấy thằng da đen nào ở khu này là anh em cứ đánh",
])
B("identity_stereotype", "identity_attack", "ethnicity", "ethnicity", "ethnicity", [
    "bọn mọi đó dc cho đi học cũng ko hiểu j",
    "ng dân tộc lười vl, toàn ăn trợ cấp",
    "thằng mọi rợ ko bik tắm là gì",
    "ng hoa buôn bán gian lắm, mua j cũng bị chém",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "ethnicity", "ethnicity", "ethnicity", [
    "m.ọ.i r.ợ về rừng đi",
    "đồ m0i trên núi",
    "b0n mọi rợ ko biết chữ",
    "l.ũ t.h.ư.ợ.n.g ngu si",
], "obfuscated")
B("identity_stereotype", "identity_attack", "ethnicity", "ethnicity", "ethnicity", [
    "nguoi dan toc toan song bam tro cap",
    "dan toc thieu so thi lam gi co van hoa",
    "nguoi khmer ban lam, dung cho thue nha",
], "unaccented")
B("group_neutral", "", "", "ethnicity", "ethnicity", [
    "Việt Nam có 54 dân tộc anh em cùng sinh sống",
    "Người Chăm ở Ninh Thuận có lễ hội Katê rất đặc sắc",
    "Mình học được cách nấu thắng cố từ một chị người H'Mông ở Bắc Hà",
    "Chợ Lớn là nơi sinh sống lâu đời của cộng đồng người Hoa ở Sài Gòn",
    "Tiếng Khmer có bảng chữ cái riêng, bạn nào biết chỉ mình với",
    "Học sinh trường dân tộc nội trú năm nay đạt nhiều giải học sinh giỏi",
    "Trang phục thổ cẩm của người Dao đỏ rất đẹp, mình mua một chiếc túi làm kỷ niệm",
])
B("slur_quoted_counter", "", "", "ethnicity", "counter_speech", [
    "Dùng chữ 'mọi' để gọi người dân tộc thiểu số là xúc phạm, đừng nói vậy nữa",
    "Chữ 'mọi rợ' ngày xưa là cách gọi miệt thị, sách sử bây giờ đã bỏ",
    "Ai bảo người dân tộc lười thì lên bản ở thử một tuần xem họ làm lụng thế nào",
])
B("news_report", "", "", "ethnicity", "news_report", [
    "Nhiều bình luận xúc phạm người dân tộc thiểu số dưới video đã bị nền tảng gỡ bỏ",
])

# ---------------------------------------------------------------------------------------------
# identity_attack: nationality
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "nationality", "nationality", "nationality", [
    "Người Trung Quốc đi du lịch là mất vệ sinh, khách sạn nào cũng sợ",
    "Bọn Campuchia nghèo đói nên chỉ biết đi ăn trộm",
    "Người Hàn Quốc giả tạo, mặt ai cũng dao kéo",
    "Người Philippines chỉ làm được osin thôi",
    "Dân Lào lười nhất Đông Nam Á, cả nước ngủ trưa",
    "Người Nhật biến thái hết, xem phim của họ là biết",
    "Mấy ông Tây ba lô toàn bọn vô học, sang đây ăn xin",
    "Người Ấn Độ bẩn lắm, ngồi cạnh là ngửi thấy mùi",
    "Hàng của người Trung Quốc làm ra thì người cũng như hàng, toàn đồ giả",
    "Đàn ông Đài Loan sang Việt Nam lấy vợ toàn bọn ế bên kia không ai thèm",
])
B("identity_dehumanise", "identity_attack", "nationality", "nationality", "nationality", [
    "Bọn khựa là lũ chuột cống tràn sang",
    "Bọn khựa toàn ăn cắp, không đáng làm người",
    "Người Trung Quốc sang đây như châu chấu, ăn sạch mọi thứ",
])
B("identity_slur", "identity_attack", "nationality", "nationality", "nationality", [
    "Tàu khựa đi đâu cũng bẩn, cấm cửa hết",
    "Chệt thì chỉ biết buôn lậu với trốn thuế",
    "Bọn Hàn xẻng toàn đồ giả, từ mặt đến tính",
])
B("identity_slur_insult", "identity_attack insult", "nationality", "nationality", "nationality", [
    "Mày đúng là đồ tàu khựa, nói chuyện không ra gì",
])
B("identity_threat", "identity_attack threat", "nationality", "nationality", "nationality", [
    "Thấy đứa tàu khựa nào trên phố thì cứ đánh",
    "Tao mà gặp thằng khựa nào ở đây là tao cho ăn dao",
    "Đốt hết cửa hàng của bọn tàu đi anh em",
])
B("identity_slur", "identity_attack", "nationality", "nationality", "nationality", [
    "tụi tàu khựa ăn cắp hết, né ra",
    "khựa thì ko tin đc, đừng mua hàng tụi nó",
    "bọn hàn xẻng giả tạo vl",
    "ng campuchia toàn ăn trộm, qua biên giới nhớ giữ đồ",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "nationality", "nationality", "nationality", [
    "t.à.u k.h.ự.a cút về nước",
    "kh.ựa ở đâu cũng bẩn",
    "t@u khựa ăn cắp công nghệ",
    "bọn kh*a sang đây phá",
], "obfuscated")
B("identity_slur", "identity_attack", "nationality", "nationality", "nationality", [
    "tau khua di dau cung ban",
    "nguoi philippines chi lam osin duoc thoi",
], "unaccented")
B("group_neutral", "", "", "nationality", "nationality", [
    "Tiếng Trung dạo này học rất có lợi cho xin việc",
    "Mình có cô bạn người Trung Quốc, nấu ăn ngon cực",
    "Khách du lịch Hàn Quốc đến Đà Nẵng ngày càng đông",
    "Ẩm thực Campuchia có nhiều món giống miền Tây Nam Bộ",
    "Mấy anh Tây ba lô hỏi đường mình, nói chuyện vui lắm",
])
B("place_encyclopedic", "", "", "nationality", "place", [
    "Lào có thủ đô là Viêng Chăn, nằm bên bờ sông Mê Kông",
    "Tàu cá của ngư dân bị hư hỏng nặng sau cơn bão số 3",
    "Tàu hỏa Thống Nhất chạy từ Hà Nội vào Sài Gòn mất khoảng hơn một ngày",
])
B("civic_criticism", "", "", "nationality", "politics", [
    "Chính phủ cần phản đối mạnh mẽ hơn việc tàu nước ngoài xâm phạm vùng biển",
])
B("slur_quoted_counter", "", "", "nationality", "counter_speech", [
    "Gọi người Trung Quốc là 'khựa' là kỳ thị, phê phán chính sách thì cứ phê phán, "
    "đừng chửi cả dân tộc",
    "Comment kiểu 'tàu khựa cút về nước' đọc mà xấu hổ thay, người ta là khách du lịch",
])
B("news_report", "", "", "nationality", "news_report", [
    "Ba du khách nước ngoài bị hành hung ở phố đi bộ, công an đang điều tra",
])

# ---------------------------------------------------------------------------------------------
# identity_attack: religion
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "religion", "religion", "religion", [
    "Người theo Hồi giáo toàn là khủng bố",
    "Dân Công giáo mê tín, đầu óc bị tẩy não hết",
    "Bọn Tin Lành đi đâu cũng dụ dỗ, đáng bị đuổi khỏi làng",
    "Đạo Phật là đạo của lũ lười lao động",
    "Nhà ai theo đạo thì đừng cho con chơi cùng",
    "Người theo đạo Chúa phản bội tổ tiên, không thờ ông bà",
    "Làng này không chứa bọn theo đạo, cút đi nơi khác",
    "Sư sãi toàn bọn ăn bám, đáng bị đuổi khỏi chùa hết",
    "Người theo đạo Hòa Hảo đầu óc u mê, nói gì cũng không nghe",
    "Cao Đài là tà đạo, người theo đạo đó không đáng được sống yên",
    "Người Hồi giáo không nên được cho nhập cư vào đâu cả",
])
B("identity_dehumanise", "identity_attack", "religion", "religion", "religion", [
    "Bọn cuồng đạo như bầy cừu, bảo gì nghe nấy",
    "Bọn Hồi giáo là lũ man rợ, không phải con người",
])
B("identity_threat", "identity_attack threat", "religion", "religion", "religion", [
    "Nhà thờ đó mà còn làm lễ thì tao đốt",
    "Đứa nào theo đạo trong xóm thì cứ đánh cho bỏ đạo",
    "Bọn Hồi giáo phải bị giết hết mới yên",
])
B("identity_stereotype", "identity_attack", "religion", "religion", "religion", [
    "bọn theo đạo toàn bị tẩy não vl",
    "hồi giáo = khủng bố, ai cũng bik",
    "dân đạo ko chơi đc đâu, toàn dụ dỗ",
    "mấy ông sư toàn ăn bám, lừa tiền công đức thôi ko à",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "religion", "religion", "religion", [
    "h.ồ.i g.i.á.o = k.h.ủ.n.g b.ố",
    "b0n theo đạ0 toàn bị tẩy não",
    "dân c.ô.n.g g.i.á.o mê tín, đừng chơi",
    "t.à đ.ạ.o thì đuổi khỏi làng",
], "obfuscated")
B("identity_stereotype", "identity_attack", "religion", "religion", "religion", [
    "nguoi theo dao toan bi tay nao",
    "hoi giao la khung bo het",
], "unaccented")
B("group_neutral", "", "", "religion", "religion", [
    "Lễ Giáng sinh năm nay nhà thờ đông người lắm, cả nhà đi xem hang đá",
    "Mùa Vu Lan mình hay đi chùa cùng mẹ",
    "Tháng Ramadan người Hồi giáo nhịn ăn từ bình minh đến hoàng hôn",
    "Tòa thánh Tây Ninh là trung tâm của đạo Cao Đài",
    "Mình theo đạo Tin Lành, cuối tuần đi nhóm ở nhà thờ gần nhà",
    "Ăn chay rằm tháng Giêng quán nào ngon vậy cả nhà",
    "Sư thầy ở chùa gần nhà mình nấu cháo phát miễn phí cho bệnh nhân",
])
B("civic_criticism", "", "", "religion", "politics", [
    "Chính quyền địa phương cần bảo đảm quyền tự do tín ngưỡng của người dân",
])
B("slur_quoted_counter", "", "", "religion", "counter_speech", [
    "Nói 'Hồi giáo là khủng bố' là vơ đũa cả nắm, rất bất công với hàng triệu người",
    "Bạn có thể không theo đạo nhưng đừng gọi người ta là 'tà đạo' như vậy",
])
B("news_report", "", "", "religion", "news_report", [
    "Một ngôi chùa bị kẻ gian đột nhập lấy trộm hòm công đức",
    "Công an xác minh clip đe dọa đốt nhà thờ lan truyền trên mạng",
])

# ---------------------------------------------------------------------------------------------
# identity_attack: gender
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "gender", "gender", "gender", [
    "Đàn bà thì không nên có quyền bỏ phiếu, để đàn ông quyết",
    "Phụ nữ chỉ nên ở nhà đẻ con nấu cơm, ra đường làm gì",
    "Con gái học cao làm gì, rồi cũng lấy chồng",
    "Đàn bà làm sếp thì công ty sớm muộn cũng sập",
    "Phụ nữ lái xe ngu như bò, thấy là tránh xa",
    "Gái ngành IT toàn ngồi cho đẹp văn phòng, code thì không biết",
    "Đàn bà ly dị là hàng bỏ đi",
    "Phụ nữ không đủ lý trí để làm chính trị",
    "Nữ giới bẩm sinh đã kém toán hơn nam, khỏi cãi",
    "Con gái bị quấy rối là do ăn mặc hở hang, đáng đời",
    "Đàn ông thằng nào cũng là đồ tồi, không tin được đứa nào",
    "Tuyển lái xe, chỉ nhận nam, phụ nữ yếu đuối làm không nổi",
])
B("identity_dehumanise", "identity_attack", "gender", "gender", "gender", [
    "Đàn bà là giống không có não",
    "Đàn bà như con vịt, chỉ biết kêu quạc quạc",
    "Phụ nữ chỉ là cái máy đẻ, cần gì ý kiến",
])
B("identity_threat", "identity_attack threat", "gender", "gender", "gender", [
    "Con mụ nào dám đòi bình đẳng thì về nhà tao dạy cho một trận",
    "Đàn bà cãi chồng thì phải đánh cho chừa",
])
B("identity_stereotype", "identity_attack", "gender", "gender", "gender", [
    "đàn bà thì bik j mà nói",
    "con gái học IT ko làm dc j đâu",
    "gái lái xe ngu vl, cứ thấy là né",
    "phụ nữ làm sếp toàn cảm xúc, ko làm đc việc lớn",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "gender", "gender", "gender", [
    "đ.à.n b.à k0 có n.ã.o",
    "phụ nữ = máy đẻ, h3t",
    "đ@n bà ở nhà nấu cơm đi",
    "g.á.i thì bik gì về xe",
], "obfuscated")
B("identity_stereotype", "identity_attack", "gender", "gender", "gender", [
    "dan ba khong nen di bau cu",
    "con gai hoc nhieu lam gi roi cung lay chong",
], "unaccented")
B("group_neutral", "", "", "gender", "gender", [
    "Phụ nữ Việt Nam có nhiều người là nhà khoa học xuất sắc",
    "Ngày 20 tháng 10 là Ngày Phụ nữ Việt Nam",
    "Công ty mình có chính sách nghỉ thai sản cho cả bố",
    "Khóa này số nữ đại biểu hội đồng nhân dân tỉnh mình nhiều hơn hẳn",
    "Con gái mình mê lập trình, đang học lớp Python cuối tuần",
    "Chị em nào có kinh nghiệm chọn xe máy cho người thấp không ạ",
])
B("slur_quoted_counter", "", "", "gender", "counter_speech", [
    "Câu 'đàn bà không nên đi bầu' là phân biệt giới tính, năm nào rồi còn nói vậy",
    "Đổ lỗi cho nạn nhân vì 'ăn mặc hở hang' là sai, lỗi là ở kẻ quấy rối",
])
B("news_report", "", "", "gender", "news_report", [
    "Một nữ tài xế công nghệ bị hành hung sau va chạm giao thông, nghi phạm đã bị tạm giữ",
])

# ---------------------------------------------------------------------------------------------
# identity_attack: sexuality
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "Đồng tính là bệnh, phải đi chữa",
    "LGBT là trào lưu lệch lạc, làm hỏng giới trẻ",
    "Ô môi là loại trái tự nhiên, không đáng được cưới",
    "Con mà bóng thì tao từ, nuôi làm gì",
    "Bọn bóng lộ là nguồn lây bệnh cho xã hội",
    "Cấm hết đám cưới đồng tính đi, bệnh hoạn",
    "Giáo viên mà đồng tính thì không được đứng lớp",
    "Người chuyển giới bị lệch lạc tâm lý, đừng cho họ làm việc với trẻ con",
    "Đồng tính là do bố mẹ không biết dạy con",
])
B("identity_slur", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "Bọn bê đê ra đường là thấy ghê",
    "Xăng pha nhớt thì đừng có bén mảng tới đây",
    "Nhà văn hóa mà cho tụi pê đê thuê làm sự kiện thì hết thuốc chữa",
])
B("identity_dehumanise", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "Lũ bê đê như giống sâu bọ, càng ngày càng nhiều",
    "Người chuyển giới là bọn quái thai",
])
B("identity_slur_insult", "identity_attack insult", "sexuality", "sexuality", "sexuality", [
    "Thằng pê đê kia đi đứng ẻo lả nhìn muốn ói",
])
B("identity_threat", "identity_attack threat", "sexuality", "sexuality", "sexuality", [
    "Thằng bê đê nào dám nắm tay nhau ngoài phố là tao đánh",
    "Gặp đứa pê đê là cứ đánh cho nó thẳng lại",
])
B("identity_slur", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "bê đê thì tránh xa ra m",
    "ô môi ghê vl",
    "lgbt = bệnh hoạn, ko cãi",
    "thằng đó bóng lộ, tởm ko chịu dc",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "b.ê đ.ê cút",
    "p3 d3 ghê tởm",
    "b3 d3 ra đường là thấy ghê",
    "x.ă.n.g p.h.a n.h.ớ.t tránh xa",
], "obfuscated")
B("identity_slur", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "be de thi di chua benh di",
    "dong tinh la benh, phai chua",
], "unaccented")
B("group_neutral", "", "", "sexuality", "sexuality", [
    "Cộng đồng LGBT tổ chức diễu hành ở Hà Nội cuối tuần này",
    "Tổ chức Y tế Thế giới đã đưa đồng tính ra khỏi danh sách bệnh từ năm 1990",
    "Anh trai mình vừa công khai là người đồng tính, cả nhà đều ủng hộ",
    "Phim về người chuyển giới này được khen diễn xuất rất tốt",
    "Trái ô môi miền Tây ngâm rượu uống bổ lắm",
])
B("slur_reclaimed", "", "", "sexuality", "sexuality", [
    "Tụi mình là hội bê đê vui vẻ, cuối tuần đi cà phê không mấy bà?",
    "Là bê đê thì sao, tui tự hào về bản thân mình",
])
B("slur_quoted_counter", "", "", "sexuality", "counter_speech", [
    "Chữ 'bê đê' là từ miệt thị, gọi là người đồng tính là được rồi",
    "Xin đừng gọi người ta là 'xăng pha nhớt', như vậy là kỳ thị",
])
B("news_report", "", "", "sexuality", "news_report", [
    "Một cặp đôi đồng tính bị hành hung tại quán cà phê, cảnh sát đang xác minh",
])

# ---------------------------------------------------------------------------------------------
# identity_attack: disability
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "disability", "disability", "disability", [
    "Người khuyết tật chỉ tổ làm gánh nặng cho xã hội",
    "Đẻ ra đứa bị Down thì bỏ cho rồi, nuôi làm gì",
    "Bọn què cụt đi xin ăn toàn là lừa đảo",
    "Người tự kỷ không nên học chung với trẻ bình thường",
    "Đồ mù thì ở nhà, đừng ra đường vướng chân người khác",
    "Người câm điếc thì làm được việc gì",
    "Trẻ thiểu năng là quả báo của cha mẹ",
    "Công ty không nhận người khuyết tật, nhìn mất hình ảnh",
    "Mấy đứa tâm thần nên nhốt hết lại",
    "Người ngồi xe lăn đi làm chỉ tổ chậm việc cả phòng",
])
B("identity_dehumanise", "identity_attack", "disability", "disability", "disability", [
    "Mấy đứa bại liệt sống như cái cây, sống làm gì",
    "Thằng đao kia ra đường làm gì cho người ta sợ",
])
B("identity_threat", "identity_attack threat", "disability", "disability", "disability", [
    "Thằng què nào ngồi chắn đường là tao đạp cho lăn xuống cống",
])
B("identity_slur", "identity_attack", "disability", "disability", "disability", [
    "đồ đao ko bik gì",
    "thằng tự kỷ đó đi học chung làm j",
    "ng khuyết tật toàn ăn bám xh",
    "mấy đứa down đó ra đường làm j cho sợ",
], "teencode")
B("identity_slur_obfuscated", "identity_attack", "disability", "disability", "disability", [
    "th.ằ.ng đ.a.o về nhà đi",
    "đ.ồ q.u.è đi chỗ khác",
    "bọn thiểu n.ă.n.g ở nhà cho rồi",
    "đồ m.ù c.â.m đ.i.ế.c",
], "obfuscated")
B("identity_slur", "identity_attack", "disability", "disability", "disability", [
    "thang dao do ra duong lam gi",
    "nguoi khuyet tat chi lam ganh nang",
    "bon que cut xin an toan lua dao",
], "unaccented")
B("group_neutral", "", "", "disability", "disability", [
    "Trường mình có lớp hòa nhập cho trẻ tự kỷ, các cô rất tận tâm",
    "Ngày 21 tháng 3 là Ngày Hội chứng Down thế giới",
    "Vận động viên khuyết tật Việt Nam vừa giành huy chương tại Paralympic",
    "Quán cà phê do người khiếm thính phục vụ, gọi món bằng thẻ rất thú vị",
    "Tòa nhà mới có lối đi cho xe lăn, rất tiện cho người khuyết tật",
    "Anh ấy bị què chân sau tai nạn nhưng vẫn đi làm đều đặn",
])
B("homograph_literal", "", "", "disability", "household", [
    "Con dao này mài bén lắm, thái thịt ngọt xớt",
])
B("homograph_literal", "", "", "disability", "household", [
    "con dao nha minh bi me roi, mua cai moi o dau",
], "unaccented")
B("slur_quoted_counter", "", "", "disability", "counter_speech", [
    "Dùng chữ 'đao' để chửi nhau là xúc phạm người mắc hội chứng Down",
    "Đừng gọi người khuyết tật là 'đồ què', họ cũng có lòng tự trọng",
])

# ---------------------------------------------------------------------------------------------
# insult: persons and non-protected groups; officials are persons too
# ---------------------------------------------------------------------------------------------
B("insult_person", "insult", "", "insult", "insult", [
    "Mày ngu như con bò ấy",
    "Đồ óc chó, nói mãi không hiểu",
    "Thằng này mặt dày thật, vay tiền cả năm không trả",
    "Con kia xấu như ma mà bày đặt sống ảo",
    "Mày là cái thá gì mà lên mặt dạy đời",
    "Đồ vô học, về hỏi lại bố mẹ mày đi",
    "Cái loại mất dạy như mày thì nói làm gì cho mệt",
    "Thằng chủ shop lừa đảo, đồ khốn nạn",
    "Admin page này não phẳng thật sự",
    "Bình luận ngu nhất tuần, đọc xong muốn tụt IQ",
    "Đồ ăn hại, làm gì cũng hỏng",
    "Con mụ hàng xóm lắm mồm, đúng là đồ nhiều chuyện",
    "Óc lợn à mà làm thế",
    "Thằng giáo viên này dạy dở như hạch",
    "Nhìn cái mặt là biết loại đầu đất rồi",
    "Bà chủ trọ đúng là đồ keo kiệt bủn xỉn, đồ hãm tài",
    "Thằng shipper láo toét, giao hàng trễ còn cãi",
    "Mày im đi thằng ngu, không ai hỏi mày",
    "Tiền thì không có, học thì dốt, đúng là đồ vô dụng",
    "Cái thằng mặt chuột này suốt ngày đi bốc phét",
    "Bọn fan cuồng đội đó toàn lũ não tôm",
    "Đồ rác rưởi, sống chỉ làm khổ người khác",
    "Ca sĩ gì mà hát như vịt đực kêu, về quê chăn bò đi",
    "Con nhỏ đó đúng là đồ trà xanh, giật bồ bạn thân",
    "Tôi chưa thấy ai ngu như ông, chạy xe không nhìn đường",
])
B("insult_official", "insult", "", "officials", "politics", [
    "Ông chủ tịch xã này đúng là đồ ăn hại, ngu không ai bằng",
    "Mấy ông quan tham não ngắn, chỉ giỏi ăn tiền dân",
    "Thằng cảnh sát giao thông đó mặt như chó, ăn tiền trắng trợn",
    "Bộ trưởng gì mà ngu như bò, phát biểu câu nào sai câu đó",
    "Đại biểu gì mà ngồi họp cũng ngủ, đúng là lũ ăn bám",
    "Thằng công an phường đó là đồ mất dạy",
    "Mấy ông quan chức toàn lũ sâu mọt óc heo",
    "Chủ tịch tỉnh mà dốt thế thì dân khổ là phải, đồ bất tài",
    "Cán bộ phường hách dịch như con chó giữ nhà",
])
B("insult_person", "insult", "", "insult", "insult", [
    "m ngu vl",
    "thằng này óc chó thật sự",
    "đồ ngu, nói ko hiểu à",
    "ad ngu v~, đăng tin sai hoài",
    "m là cái thá j mà nói",
    "nhìn mặt m đã thấy ngu r",
    "con này ảo tưởng sức mạnh vcl",
    "thg đó đúng đồ hãm, ko ai chơi",
    "ông kia não để trang trí à",
    "mấy ông cán bộ xã ăn hại vl",
    "mày câm mồm đi dm",
    "đm thằng chủ quán láo",
], "teencode")
B("insult_obfuscated", "insult", "", "insult", "insult", [
    "mày n g u thế",
    "nguuuu như bò",
    "đồ ngu~ ko hiểu à",
    "đồ ó.c c.h.ó",
    "thằng c.h.ó này láo",
    "óc ch0 thật sự",
    "m ng.u như b.ò",
    "đồ v.ô h.ọ.c",
    "thằng kh.ố.n n.ạ.n",
    "ngu như c*o",
    "đồ ó_c l.ợ.n",
    "thg m.ấ.t d.ạ.y",
], "obfuscated")
B("insult_person", "insult", "", "insult", "insult", [
    "may oc bo a, noi hoai khong hieu",
    "do oc cho noi mai khong hieu",
    "thang nay mat day that, no khong tra",
    "do an hai lam gi cung hong",
    "ong chu tich xa ngu khong ai bang",
], "unaccented")
B("civic_criticism", "", "", "officials", "politics", [
    "Đảng nên lắng nghe ý kiến phản biện",
    "Chính phủ cần minh bạch ngân sách",
    "Ủy ban phường xử lý đơn thư quá chậm, người dân chờ ba tháng chưa có trả lời",
    "Cảnh sát giao thông nên công khai hình ảnh camera khi xử phạt",
    "Chính sách thuế mới làm khó cho hộ kinh doanh nhỏ",
    "Tôi không đồng ý với quyết định thay sách giáo khoa của Bộ Giáo dục",
    "Quan chức tham nhũng phải bị xử lý nghiêm theo pháp luật",
    "Đề nghị đại biểu Quốc hội chất vấn bộ trưởng về giá điện",
    "Quy hoạch khu đô thị này thiếu lấy ý kiến người dân",
    "Công an phường đã làm việc thiếu trách nhiệm trong vụ mất trộm này",
    "Nhà nước cần giảm bớt thủ tục hành chính, làm giấy tờ mất cả tháng",
    "Ông chủ tịch huyện hứa sửa đường từ năm ngoái mà giờ vẫn chưa làm",
    "Lương giáo viên thấp thế này thì chính sách đãi ngộ có vấn đề",
    "Tăng phí gửi xe máy ở bệnh viện công lên gấp đôi là không hợp lý, bệnh nhân đã đủ khổ",
    "Đảng viên sai phạm thì phải kỷ luật công khai, không bao che",
    "Bộ Y tế nên giải trình rõ vì sao thiếu thuốc kéo dài",
    "Chính quyền thành phố xử lý ngập lụt quá kém, năm nào cũng hứa",
    "Cơ quan chức năng cần kiểm tra lại dự án treo mười năm này",
])
B("civic_criticism", "", "", "officials", "politics", [
    "chính phủ nên minh bạch ngân sách chứ",
    "công an xã làm việc chậm quá, báo mất xe 2 tuần r ko thấy j",
    "đề nghị đại biểu hỏi thẳng bộ trưởng vụ giá điện đi ạ",
    "phường làm giấy tờ lâu kinh khủng, cần cải cách thủ tục",
], "teencode")
B("civic_criticism", "", "", "officials", "politics", [
    "dang nen lang nghe y kien nguoi dan hon",
    "chinh sach nay bat hop ly, de nghi xem xet lai",
    "can cong khai tai san cua quan chuc",
], "unaccented")

# ---------------------------------------------------------------------------------------------
# profanity: vulgar words aimed at no one (vs. at a person -> insult)
# ---------------------------------------------------------------------------------------------
B("profanity_exclamation", "profanity", "", "profanity", "profanity", [
    "Đm, trời hôm nay nóng như cái lò",
    "Vãi lồn, kẹt xe từ sáng tới giờ",
    "Đệch, lại hết hàng rồi",
    "Địt mẹ, đang nấu cơm thì khu này lại cúp điện",
    "Vãi cả chưởng, giá vàng tăng kinh khủng",
    "Cái đéo gì thế này, app lỗi suốt",
    "Mẹ kiếp, quên mang áo mưa",
    "Đù má, trận này hay vãi",
    "Đéo hiểu sao tối nào mạng cũng chậm như rùa",
    "Vãi cứt, xe hết xăng giữa đường",
    "Đm cái thời tiết này, sáng nắng chiều mưa",
    "Cặc, mất ví rồi",
    "Con mẹ nó, làm cả đêm lại mất file",
    "Đéo thể tin nổi, đội nhà thắng 3-0",
    "Ôi địt, ngon thật sự",
    "Vãi đái, đề thi khó như gì",
    "Đụ má nóng quá trời",
    "Đậu má, lương về chưa được ba ngày đã hết",
    "Mẹ nó chứ, lại tắc đường ở ngã tư",
    "Đéo gì mà giá xăng tăng hoài",
])
B("profanity_exclamation", "profanity", "", "profanity", "profanity", [
    "vcl thật sự",
    "đm vui vl",
    "clgt??? lại tăng giá vé",
    "vl trời mưa to ghê",
    "dm lại deadline",
    "đkm nóng thế",
    "vãi ò, đẹp vl",
    "cc j v, lag quá",
    "đéo hiểu kiểu j",
    "đcm lại mất mạng",
    "vkl thắng rồi ae ơi",
    "đù, hay vcđ",
    "vl thật, hết vé r",
    "clm kẹt xe 2 tiếng",
], "teencode")
B("profanity_obfuscated", "profanity", "", "profanity", "profanity", [
    "đ.m nóng vãi",
    "v.l thật sự",
    "đ*o hiểu kiểu gì",
    "v.ã.i l*n, hết hàng",
    "đ!t mẹ mất điện",
    "vcllll kẹt xe",
    "d.k.m lại mưa",
    "đ3ch, quên ví",
    "c.ặ.c, hỏng xe",
    "v~ l`, đẹp quá",
], "obfuscated")
B("profanity_exclamation", "profanity", "", "profanity", "profanity", [
    "dit me cai wifi nha tro lai rot mang",
    "vai lon ket xe tu sang",
    "deo hieu sao app ngan hang cu bao loi",
    "me kiep quen mang ao mua",
], "unaccented")
B("insult_profane_at_person", "insult", "", "profanity", "insult", [
    "Đm mày câm mồm lại",
    "Địt mẹ thằng chó, lừa tiền tao",
    "Mày là cái lồn gì mà xen vào",
    "Đéo ai cần ý kiến của mày, thằng ngu",
    "Con mẹ mày, trả tiền đây",
    "Thằng cặc này láo quá",
])
B("profanity_mention_benign", "", "", "profanity", "language", [
    "Trong tiếng Việt, 'vãi' ban đầu là động từ chỉ việc rắc hạt giống",
    "Mẹ kiếp là từ chửi thề, con đừng học theo nhé",
    "Từ điển nào có ghi nghĩa của từ 'đéo' không, mình đang nghiên cứu tiếng lóng",
    "Cô giáo nhắc cả lớp không được nói tục chửi thề trong giờ học",
])

# ---------------------------------------------------------------------------------------------
# threat: intent or incitement to harm someone
# ---------------------------------------------------------------------------------------------
B("threat_direct", "threat", "", "threat", "threat", [
    "Tao sẽ tìm đến nhà mày, chờ đấy",
    "Mày ra khỏi nhà cẩn thận, tao cho người chặn đường",
    "Đêm nay tao đốt nhà mày",
    "Đụng vào em tao thì tao chém",
    "Mày còn nói nữa tao cho mày nhập viện",
    "Tao biết con mày học trường nào rồi đấy",
    "Cứ đợi đấy, tối nay tao xử mày",
    "Không trả tiền thì tao cho mày mất một ngón tay",
    "Tao mà gặp mày ngoài đường là mày xác định",
    "Để tao bắt được thì mày không còn răng mà ăn cơm",
    "Mai tao mang dao đến lớp, xem mày còn cười được không",
    "Tao sẽ tạt axit vào cái mặt con đó cho nó hết đi làm",
    "Chủ tịch xã mà không giải quyết thì tao đốt trụ sở",
    "Ra đây tao với mày nói chuyện bằng gạch",
    "Tao thề sẽ giết cả nhà mày",
])
B("threat_incite", "threat", "", "threat", "threat", [
    "Anh em đâu, tối nay ra quán nó đập hết đồ",
    "Ai gặp thằng này thì đánh cho nó một trận",
    "Cả xóm ra chặn xe nó lại, đánh cho chừa",
    "Thằng trộm chó này bắt được thì cứ đánh chết",
    "Ai có xăng thì mang đến nhà nó, đốt cho nó biết",
    "Kêu anh em ra cổng trường chặn đánh con nhỏ đó",
])
B("threat_insult", "threat insult", "", "threat", "threat", [
    "Thằng chó, tao giết mày",
    "Con đĩ kia, ra đường cẩn thận tao rạch mặt",
    "Đồ khốn nạn, để tao gặp được thì mày nằm viện cả tháng",
    "Thằng mặt lồn, gặp tao là mày chết",
    "Đồ súc vật, về đi tao đập cho không nhận ra mẹ",
])
B("threat_direct", "threat", "", "threat", "threat", [
    "t sẽ tìm đến nhà m",
    "m cẩn thận đấy, t bik nhà m ở đâu r",
    "ra đường gặp t là m chết",
    "tối nay t cho ng qua nhà m",
    "ko trả tiền thì t xử cả nhà m",
    "để t bắt dc thì m toi",
    "ae ơi tối nay ra chặn nó",
    "đợi đấy t mang dao qua",
], "teencode")
B("threat_obfuscated", "threat", "", "threat", "threat", [
    "t.a.o g.i.ế.t m.à.y",
    "tao gi3t mày",
    "tao sẽ ch.é.m mày",
    "đ.ố.t nhà m tối nay",
    "mày ch3t với tao",
    "t sẽ x.ử m",
    "tao đ.â.m chết mày",
    "k1ll mày luôn",
], "obfuscated")
B("threat_direct", "threat", "", "threat", "threat", [
    "tao se tim den nha may",
    "dem nay tao dot nha may",
    "may ra duong can than, tao cho nguoi chan",
], "unaccented")
B("threat_idiom_benign", "", "", "threat", "idiom", [
    "Giết thời gian bằng cách chơi cờ tướng với ông",
    "Nhà ngoại giết gà làm cỗ đón con cháu về",
    "Trận này đội mình phải hạ gục đối thủ ngay hiệp một",
    "Mẹ mà biết điểm này chắc mẹ giết mình mất",
    "Game này mình bắn headshot cả team bạn, vui quá",
    "Cuối tuần xử đẹp đống bài tập rồi đi chơi",
    "Tối nay tao đến nhà mày chơi nhé, nhớ mở cổng",
    "Để tao tìm đến nhà mày lấy lại cuốn sách hôm trước",
    "Chém gió cả buổi tối với hội bạn cũ",
    "Đánh răng trước khi đi ngủ nhé con",
    "Mổ lợn ăn Tết là phong tục ở nhiều vùng quê",
    "Pháo hoa bắn lúc giao thừa đẹp quá",
])
B("threat_idiom_benign", "", "", "threat", "idiom", [
    "giết thời gian = lướt tiktok cả ngày",
    "deadline giết t mất thôi",
    "mai t qua nhà m chơi nha",
], "teencode")
B("threat_idiom_benign", "", "", "threat", "idiom", [
    "giet thoi gian bang cach doc truyen",
    "nha ngoai giet ga lam co",
    "toi nay tao qua nha may an lau",
], "unaccented")
B("news_report", "", "", "threat", "news_report", [
    "Một người đàn ông bị bắt vì đe dọa giết hàng xóm qua mạng xã hội",
    "Tòa tuyên án hai năm tù với kẻ nhắn tin dọa tạt axit bạn gái cũ",
    "Công an triệu tập nhóm thanh niên đăng bài kêu gọi đánh hội đồng học sinh",
])
B("counter_speech", "", "", "threat", "counter_speech", [
    "Dọa 'tao sẽ tìm đến nhà mày' trên mạng là có thể bị xử lý hình sự đấy",
    "Đừng kêu gọi đánh người trên mạng, có gì thì báo công an",
])

# ---------------------------------------------------------------------------------------------
# sexual: harassment or explicit content (vs. sex education and health talk)
# ---------------------------------------------------------------------------------------------
B("sexual_harassment", "sexual", "", "sexual", "sexual", [
    "Em ơi cho anh xin ảnh nude đi, anh hứa không gửi ai",
    "Gửi ảnh ngực xem nào em, ngại gì",
    "Em gái ơi đi khách không, bao nhiêu một đêm",
    "Con bé này ngực to thế, cho anh sờ một cái",
    "Body ngon thế, tối nay qua phòng anh nhé",
    "Chat sex không em, anh trả tiền",
    "Nhìn mông em là anh chịu không nổi rồi",
    "Mặc váy ngắn thế là muốn được địt chứ gì",
    "Cô giáo mặc áo mỏng thế, nhìn thấy hết cả áo lót",
    "Em có người yêu chưa, ngủ với anh một đêm anh cho năm triệu",
    "Đi ngang qua là muốn bóp mông em ấy một cái",
    "Tối nay anh muốn được liếm khắp người em, gửi địa chỉ đi",
    "Cho anh xem hàng đi em, anh gửi lại cho",
    "Sếp bảo nếu muốn lên lương thì tối nay vào khách sạn với sếp",
    "Mấy con bé lớp 9 giờ ngực to phết, nhìn là thèm",
])
B("sexual_explicit", "sexual", "", "sexual", "sexual", [
    "Clip nóng của hai đứa lớp bên, ai xem inbox mình gửi",
    "Tối qua chịch nhau ba hiệp, sướng run người",
    "Mô tả chi tiết cảnh làm tình trong truyện này cho anh em đọc",
    "Link phim sex không che, xem miễn phí",
    "Share ảnh khỏa thân của người yêu cũ cho anh em xem",
])
B("sexual_harassment", "sexual", "", "sexual", "sexual", [
    "e ơi cho a xin ảnh nóng dc k",
    "gạ chịch ko e",
    "body e ngon vl, tối qua phòng a",
    "ib a gửi clip nóng cho",
    "e bn 1 đêm v",
    "sugar daddy tìm bé ngoan, ib",
    "cho a xem hàng tí thôi mà",
    "e mặc j đấy, chụp a xem",
    "ngực to thế cho a sờ tí",
    "a thèm e quá, qua nhà a ko",
], "teencode")
B("sexual_obfuscated", "sexual", "", "sexual", "sexual", [
    "cho a xin ả.n.h n.u.d.e",
    "ch*ch ko em",
    "s.e.x chat ko e",
    "l*n em đẹp ko, chụp a xem",
    "gửi a ả.n.h n.ó.n.g đi",
    "đ!t nhau ko em",
    "xem cl1p n0ng ib",
    "bú c.u ko e",
], "obfuscated")
B("sexual_harassment", "sexual", "", "sexual", "sexual", [
    "em oi cho anh xin anh nude di",
    "di khach khong em, bao nhieu mot dem",
    "toi nay qua phong anh nhe em",
], "unaccented")
B("sexual_health_benign", "", "", "sexual", "health", [
    "Bao cao su giúp phòng tránh HIV và các bệnh lây qua đường tình dục",
    "Con gái tuổi dậy thì cần được mẹ nói chuyện về kinh nguyệt",
    "Bác sĩ cho mình hỏi quan hệ xong bao lâu thì thử thai chính xác ạ",
    "Giáo dục giới tính nên bắt đầu từ tiểu học",
    "Ung thư cổ tử cung có thể phòng ngừa bằng vắc xin HPV",
    "Khám nam khoa ở đâu uy tín ở Hà Nội ạ",
    "Xuất tinh sớm có chữa được không bác sĩ",
    "Dạy con về vùng kín: ai được chạm, ai không được chạm",
    "Đau bụng dưới sau khi quan hệ có phải dấu hiệu viêm nhiễm không ạ",
    "Tư vấn giúp em cách dùng thuốc tránh thai hằng ngày cho đúng",
    "Sách giáo khoa sinh học lớp 8 có bài về cơ quan sinh dục nam và nữ",
    "Khám phụ khoa định kỳ sáu tháng một lần là hợp lý",
    "Tự khám vú tại nhà giúp phát hiện sớm ung thư",
])
B("sexual_health_benign", "", "", "sexual", "health", [
    "bs ơi quan hệ xong bao lâu thì thử thai dc ạ",
    "cho e hỏi uống thuốc tránh thai hằng ngày quên 1 viên thì sao ạ",
], "teencode")
B("sexual_health_benign", "", "", "sexual", "health", [
    "kham phu khoa o dau uy tin a",
    "giao duc gioi tinh cho tre nen bat dau tu luc nao",
], "unaccented")
B("news_report", "", "", "sexual", "news_report", [
    "Tòa xử kẻ phát tán ảnh nhạy cảm của bạn gái cũ lên mạng",
    "Nhiều nữ sinh tố cáo bị quấy rối tình dục trên xe buýt, trường đã vào cuộc",
])
B("counter_speech", "", "", "sexual", "counter_speech", [
    "Nhắn 'cho anh xin ảnh nude' cho người lạ là quấy rối, các bạn nữ cứ chặn và báo cáo",
])

# ---------------------------------------------------------------------------------------------
# self_harm: intent or encouragement (vs. idioms, support and news)
# ---------------------------------------------------------------------------------------------
B("self_harm_intent", "self_harm", "", "self_harm", "self_harm", [
    "Tôi không muốn sống nữa, tối nay sẽ uống hết lọ thuốc",
    "Mình đã viết thư để lại cho bố mẹ rồi, mai mọi người sẽ không thấy mình nữa",
    "Sống chẳng có ý nghĩa gì, muốn chết cho xong",
    "Em đã cắt tay ba lần trong tuần này, lần này sẽ cắt sâu hơn",
    "Có ai biết uống bao nhiêu viên thuốc ngủ thì chết không",
    "Mai mình sẽ nhảy từ tầng thượng xuống, không ai cản được",
    "Nợ nần chồng chất, chắc chỉ còn cách tự tử",
    "Tôi đã mua sẵn dây thừng rồi, chỉ chờ cả nhà đi vắng",
    "Bị bạn bè cô lập, em chỉ muốn biến mất khỏi cuộc đời này vĩnh viễn",
    "Đêm nay là đêm cuối cùng của tôi, cảm ơn những ai từng tốt với tôi",
    "Nếu thi trượt lần này em sẽ tự kết liễu mình",
    "Chỉ cho mình cách chết không đau với",
    "Mình đứng trên cầu rồi, lạnh lắm, chắc nhảy thôi",
    "Ngày nào cũng nghĩ đến chuyện tự tử, hôm nay đã chuẩn bị xong",
])
B("self_harm_encourage", "self_harm", "", "self_harm", "self_harm", [
    "Muốn chết thì chết đi, nói nhiều",
    "Cắt sâu hơn nữa mới chết được",
    "Tự tử đi cho rảnh nợ",
    "Nhảy đi, đứng đấy làm gì, ai cũng chờ xem",
    "Sống khổ vậy thì uống thuốc chuột cho xong, sống làm gì",
])
B("self_harm_encourage_insult", "self_harm insult", "", "self_harm", "self_harm", [
    "Mày nhảy cầu luôn đi cho xã hội bớt một đứa ngu",
    "Đồ vô dụng như mày thì đi chết đi cho bố mẹ đỡ khổ",
    "Con béo kia tự tử đi, sống chật đất",
])
B("self_harm_intent", "self_harm", "", "self_harm", "self_harm", [
    "t ko mún sống nữa",
    "mệt mỏi quá, chắc t đi luôn đây, bye mn",
    "muốn chết thật sự chứ ko đùa đâu, thuốc t mua r",
    "tối nay t sẽ rạch tay tiếp",
    "ai chỉ t cách tự tử ko đau vs",
    "chắc mai t nhảy cầu thôi, ko ai cần t",
    "sống làm j nữa, t chuẩn bị xong hết r",
], "teencode")
B("self_harm_obfuscated", "self_harm", "", "self_harm", "self_harm", [
    "t.ự t.ử thôi, hết cách rồi",
    "muốn c.h.ế.t lắm rồi, tối nay uống thuốc",
    "r.ạ.c.h t.a.y lần nữa",
    "tu.tu cho xong, ko ai quan tâm",
    "k!ll myself tối nay",
    "nhảy c.ầ.u thôi",
    "c.ắ.t s.â.u hơn đi mới chết được",
], "obfuscated")
B("self_harm_intent", "self_harm", "", "self_harm", "self_harm", [
    "toi khong muon song nua",
    "toi nay minh se uong het lo thuoc ngu",
    "chi minh cach chet khong dau voi",
], "unaccented")
B("self_harm_idiom_benign", "", "", "self_harm", "idiom", [
    "Xem clip con mèo nhà bên cười muốn chết",
    "Làm ca đêm xong mệt chết đi được",
    "Trưa nay nóng chết mất, bật điều hòa lên đi",
    "Đói chết đi được, chiều nay chưa ăn gì",
    "Quên bài trước cả lớp, xấu hổ muốn độn thổ",
    "Bài này hay chết đi được, nghe cả ngày không chán",
    "Món lẩu Thái quán này ngon chết mê chết mệt",
    "Xem phim ma sợ chết khiếp, tối không dám đi vệ sinh",
    "Kẹt xe hai tiếng, chán muốn xỉu",
    "Cười chết mất với ông bình luận viên trận tối qua",
    "Chờ kết quả thi mà hồi hộp muốn đứng tim",
])
B("self_harm_idiom_benign", "", "", "self_harm", "idiom", [
    "cười muốn xỉu lun",
    "mệt chết đi đc",
    "cười ná thở vs con mèo",
    "nóng chết mất thôi ae",
    "đói sắp chết r, đi ăn ko",
], "teencode")
B("self_harm_idiom_benign", "", "", "self_harm", "idiom", [
    "xem ong chu kenh review do an ma cuoi muon chet",
    "met chet di duoc",
    "noi sai ten sep truoc ca phong, xau ho muon don tho",
], "unaccented")
B("self_harm_support_benign", "", "", "self_harm", "support", [
    "Nếu bạn có ý nghĩ tự tử, hãy nói với người thân hoặc gọi đường dây hỗ trợ tâm lý",
    "Dạo này mình buồn lắm, có ai biết chỗ tư vấn tâm lý miễn phí không",
    "Cách nhận biết dấu hiệu trầm cảm ở học sinh, phụ huynh nên đọc",
    "Thuốc ngủ uống lâu dài có hại gan không bác sĩ",
    "Hồi trước mình từng trầm cảm, đi trị liệu một năm giờ đã ổn, các bạn đừng ngại đi khám",
    "Bạn ơi đừng làm vậy, mình ở đây nghe bạn nói, nhắn riêng cho mình nhé",
])
B("news_report", "", "", "self_harm", "news_report", [
    "Nam sinh được người đi đường cứu kịp thời khi định nhảy cầu",
    "Bác sĩ cảnh báo tình trạng học sinh tự làm đau bản thân có xu hướng tăng",
])

# ---------------------------------------------------------------------------------------------
# spam: unsolicited promotion (vs. genuine commerce talk and reviews)
# ---------------------------------------------------------------------------------------------
B("spam_ad", "spam", "", "commerce", "commerce", [
    "Inbox ngay để nhận ưu đãi giảm 50% chỉ trong hôm nay!!!",
    "Thuốc tăng chiều cao thảo dược, cao thêm 5 cm sau một tháng, nhắn tin để được tư vấn",
    "Ghé shop em ủng hộ với ạ, link ở bio",
    "Mua like, mua follow giá rẻ, tăng tương tác thần tốc",
    "Xả kho quần áo trẻ em đồng giá 39k, số lượng có hạn, ai cần nhắn em",
    "Kem trộn trắng da cấp tốc sau 7 ngày, cam kết hoàn tiền",
    "Nhận chạy quảng cáo Facebook, ra đơn ngay ngày đầu, giá sinh viên",
    "Giảm cân không cần ăn kiêng, giảm 10 kg một tháng, liên hệ ngay",
    "Khóa học làm giàu online, thu nhập trăm triệu mỗi tháng, đăng ký ngay hôm nay",
    "Sale sập sàn 12.12, vào page em xem hàng nha cả nhà",
    "Dịch vụ viết bài chuẩn SEO, top Google sau 1 tuần, giá cực rẻ",
    "Nước hoa Pháp chính hãng giá chỉ 199k, freeship toàn quốc",
    "Bán đất nền sổ đỏ trao tay, sinh lời 30% một năm, gọi ngay",
])
B("spam_contact", "spam", "", "commerce", "commerce", [
    "Kết bạn Zalo 0938 274 615 để được tư vấn giảm cân miễn phí",
    "Cho thuê xe tự lái giá rẻ, liên hệ 0905 318 472 gặp anh Hùng",
    "Ai cần sửa điều hòa tại nhà gọi em 0977 462 813 nhé",
    "Nhận ship hàng nội thành, gọi 0868 905 117",
    "Tuyển đại lý mỹ phẩm toàn quốc, add Zalo 0376 541 290",
    "Học tiếng Anh giao tiếp 1 kèm 1, nhắn Zalo 0912 607 358 để học thử",
    "Khai trương spa, giảm 30% cho khách đầu tiên, đặt lịch qua hotline 0823 416 950",
])
B("spam_link", "spam", "", "commerce", "commerce", [
    "Click vào link shopee-sale-sieu-re.vn để săn deal 1k",
    "Xem ngay tại bit.ly/deal-hot-hom-nay trước khi hết",
    "Đăng ký kênh YouTube của mình nha, link dưới comment, sub chéo luôn",
    "Follow page mình nhé, mình follow lại ngay, tương tác chéo nào",
    "Tải app tại link này nhận ngay 50k vào ví",
])
B("spam_ad", "spam", "", "commerce", "commerce", [
    "ib e tư vấn nha chị",
    "kb zalo e nhé, hàng mới về nhiều lắm",
    "ai cần ib mình nha, giá rẻ bất ngờ",
    "sub chéo ko mn, mình sub lại liền",
    "ghé page e ủng hộ vs ạ",
    "ae nào cần acc tiktok tăng follow ib",
    "chấm ib giá nha",
    "e chuyên sỉ lẻ mỹ phẩm, ib e nhé",
    "tham khảo khóa học kiếm tiền online ib mình",
    "cần mua hàng thì ib fb e nha, rẻ nhất thị trường",
], "teencode")
B("spam_obfuscated", "spam", "", "commerce", "commerce", [
    "k.b z.a.l.o 0 9 3 8 . 2 7 4 . 6 1 5",
    "z@lo 0905.318.472 tư vấn free",
    "i.b ngay nhận quà",
    "l!nk ở b1o nha",
    "z.l: không chín một hai sáu không bảy ba năm tám",
    "vào t.r.a.n.g c.á nhân mình xem hàng",
    "0 8 6 8 9 0 5 1 1 7 ship hàng",
    "g.i.ả.m c.â.n cấp tốc ib",
], "obfuscated")
B("spam_ad", "spam", "", "commerce", "commerce", [
    "inbox ngay de nhan uu dai giam 50 phan tram",
    "ket ban zalo em de nhan ma giam gia nhe ca nha",
    "ai can sua dieu hoa tai nha goi em nhe",
    "ghe page em xem hang moi ve nha, link o bio",
], "unaccented")
B("commerce_benign", "", "", "commerce", "commerce", [
    "Shop ơi mẫu sơ mi kẻ sọc này còn size M màu be không ạ?",
    "Bộ nồi inox ba chiếc này giá bao nhiêu vậy shop, ship về Vinh mất mấy ngày?",
    "Mình mua rồi, vải mát, giao nhanh, sẽ ủng hộ tiếp",
    "Hàng giao thiếu một món, shop kiểm tra giúp mình với",
    "Quán này phở ngon nhưng hơi đắt, 70 nghìn một tô",
    "Đặt hàng từ thứ hai mà giờ chưa nhận được, shop xem lại giúp",
    "Tai nghe dùng được một tuần thì bên trái rè, hơi thất vọng",
    "Cửa hàng này đổi trả dễ, nhân viên nhiệt tình",
    "Cho mình hỏi giày này có size 42 không, chân mình hơi bè",
    "Mọi người ơi nồi chiên không dầu hãng nào bền?",
    "Mua máy lọc nước ở đâu có bảo hành tại nhà vậy cả nhà?",
    "Đánh giá thật: pin dùng được hai ngày, camera chụp đêm hơi nhòe",
    "Bạn nào biết tiệm sửa xe máy uy tín ở Gò Vấp không",
])
B("commerce_benign", "", "", "commerce", "commerce", [
    "shop ơi còn màu đen ko ạ",
    "giá sao v shop, ship về Đà Nẵng bn",
    "hàng đẹp, đóng gói kỹ, sẽ ủng hộ tiếp",
    "mn ơi mua laptop tầm 15tr con nào ổn",
], "teencode")
B("commerce_benign", "", "", "commerce", "commerce", [
    "shop oi mau so mi ke soc con size M khong a",
    "hang dep, giao nhanh, se ung ho tiep",
], "unaccented")

# ---------------------------------------------------------------------------------------------
# scam: fake loans, "việc nhẹ lương cao", gambling, account/SIM sales, phishing
# ---------------------------------------------------------------------------------------------
B("scam_loan", "scam spam", "", "finance", "finance", [
    "Vay tiền online chỉ cần CCCD, giải ngân trong 5 phút, không thẩm định",
    "Hỗ trợ vay nợ xấu, không cần chứng minh thu nhập, liên hệ Zalo 0359 817 204",
    "Vay nóng 50 triệu không cần thế chấp, nhận tiền ngay trong ngày",
    "App vay siêu tốc lãi 0%, tải về là có tiền, link bên dưới",
    "Cần tiền gấp? Vay bằng sim Viettel, duyệt hồ sơ 100%, ib ngay",
])
B("scam_loan", "scam", "", "finance", "finance", [
    "Hồ sơ vay của anh đã duyệt, anh chuyển trước 2 triệu phí bảo hiểm khoản vay để giải ngân",
    "Tài khoản của chị nhập sai số nên bị đóng băng khoản vay, chuyển 5 triệu để mở khóa",
    "Muốn rút khoản vay thì phải nạp thêm 10% phí xác minh trước nhé",
])
B("scam_job", "scam spam", "", "finance", "jobs", [
    "Tuyển cộng tác viên làm tại nhà, 300-500k mỗi ngày, chỉ cần điện thoại",
    "Việc nhẹ lương cao, làm việc tại Campuchia, bao ăn ở, lương 30 triệu",
    "Tuyển người like video TikTok nhận hoa hồng, tham gia nhóm Telegram để nhận việc",
    "Tuyển nhân viên đánh máy tại nhà, đóng 200k phí tài liệu là bắt đầu làm",
    "Việc làm thêm cho mẹ bỉm, chốt đơn ảo nhận hoa hồng 20%, ib để nhận nhiệm vụ",
    "Tuyển gấp 10 bạn trẻ đi xuất khẩu lao động không cần tiếng, bay trong tháng",
])
B("scam_job", "scam", "", "finance", "jobs", [
    "Nhiệm vụ tiếp theo cần nạp 3 triệu mới rút được hoa hồng nhé chị",
    "Bạn đã hoàn thành 5 đơn, nạp thêm để mở khóa tiền thưởng",
])
B("scam_gambling", "scam spam", "", "finance", "gambling", [
    "Nhà cái uy tín số 1 châu Á, nạp đầu tặng 100%",
    "Soi cầu lô đề chuẩn 99%, vào nhóm VIP nhận số miễn phí",
    "Tài xỉu online rút tiền trong 1 phút, đăng ký nhận 88k",
    "Cá độ bóng đá kèo thơm đêm nay, chuyển khoản nhận kèo",
    "Game bài đổi thưởng, nạp 100k nhận 300k, chơi là thắng",
    "Bắn cá đổi thưởng, hoàn trả 1,5% mỗi ngày, link đăng ký ở bình luận",
])
B("scam_account_sale", "scam spam", "", "finance", "accounts", [
    "Bán nick Facebook cổ, tài khoản ngân hàng chính chủ, giá tốt",
    "Bán sim số đẹp đã kích hoạt, không cần đăng ký thông tin",
    "Thu mua tài khoản ngân hàng giá cao, 2 triệu một tài khoản",
    "Bán tài khoản Zalo đã xác minh, dùng ngay không lo khóa",
    "Cần mua CCCD và tài khoản ngân hàng đứng tên người khác, trả tiền mặt",
])
B("scam_prize_phishing", "scam", "", "finance", "phishing", [
    "Chúc mừng bạn trúng iPhone 15, bấm link và nhập thông tin thẻ để nhận quà",
    "Tài khoản của bạn bị khóa, đăng nhập tại vietcombank-xacminh.com để mở lại",
    "Bạn có bưu phẩm chưa nhận, vui lòng đóng phí 30k qua đường link",
    "Công an quận thông báo bạn liên quan vụ án rửa tiền, chuyển tiền vào tài khoản tạm giữ "
    "để điều tra",
    "Mã OTP vừa gửi tới máy bạn là của mình gửi nhầm, bạn đọc lại giúp mình với",
    "Điện lực thông báo sẽ cắt điện nhà bạn hôm nay, thanh toán ngay tại link",
    "Mạng xã hội của bạn vi phạm bản quyền, xác minh tại đây nếu không sẽ bị xóa vĩnh viễn",
    "Bạn được chọn nhận gói hỗ trợ 5 triệu của nhà nước, điền số tài khoản vào form",
    "Con đang cấp cứu ở bệnh viện, chị chuyển gấp 20 triệu vào số tài khoản này",
])
B("scam_loan", "scam spam", "", "finance", "finance", [
    "vay tiền chỉ cần cccd, ko thẩm định, ib",
    "cần tiền gấp ib e, giải ngân 5p",
], "teencode")
B("scam_job", "scam spam", "", "finance", "jobs", [
    "việc nhẹ lương cao, 500k/ngày, ib e",
    "tuyển ctv online ko cần vốn, lương 10tr",
], "teencode")
B("scam_gambling", "scam spam", "", "finance", "gambling", [
    "nạp đầu x2, rút trong 1p, ib nhận link",
    "soi cầu chuẩn ko cần chỉnh, vào nhóm vip",
], "teencode")
B("scam_account_sale", "scam spam", "", "finance", "accounts", [
    "bán acc fb cổ + stk chính chủ, ib",
    "thu mua tk ngân hàng giá cao ib",
], "teencode")
B("scam_obfuscated", "scam spam", "", "finance", "finance", [
    "v.a.y t.i.ề.n online ko thẩm định",
    "n.h.à c.á.i uy tín, nạp đầu x2",
    "v1ệc nhẹ lươ.ng cao ib",
    "t.à.i x.ỉ.u rút nhanh",
    "b.á.n t.k n.g.â.n h.à.n.g chính chủ",
    "l0 đ3 chuẩn 99%",
    "c@ đ0 bóng đá kèo thơm",
    "vay n.ợ x.ấ.u ok hết",
], "obfuscated")
B("scam_loan", "scam spam", "", "finance", "finance", [
    "vay tien online chi can cccd, giai ngan 5 phut",
], "unaccented")
B("scam_job", "scam spam", "", "finance", "jobs", [
    "viec nhe luong cao lam tai nha, lien he ngay",
], "unaccented")
B("scam_gambling", "scam spam", "", "finance", "gambling", [
    "nha cai uy tin nap dau tang 100 phan tram",
], "unaccented")
B("news_report", "", "", "finance", "news_report", [
    "Công an cảnh báo chiêu lừa việc nhẹ lương cao",
    "Ngân hàng cảnh báo tin nhắn giả mạo yêu cầu cập nhật tài khoản",
    "Nạn nhân bị lừa 200 triệu qua app vay tiền online",
    "Bộ Công an cảnh báo lừa đảo đầu tư tiền ảo hứa lợi nhuận cao",
    "Cảnh giác với cuộc gọi giả danh công an yêu cầu chuyển tiền vào tài khoản tạm giữ",
    "Nhiều người bị lừa sang Campuchia với lời hứa việc nhẹ lương cao, nay đã được giải cứu",
    "Công an triệt phá đường dây cá độ bóng đá qua mạng quy mô hàng trăm tỷ",
    "Tuyệt đối không cung cấp mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng",
])
B("news_report", "", "", "finance", "news_report", [
    "cong an canh bao chieu lua viec nhe luong cao",
    "canh giac cuoc goi gia danh cong an yeu cau chuyen tien",
], "unaccented")
B("finance_benign", "", "", "finance", "finance", [
    "Lãi suất vay mua nhà ở ngân hàng nào thấp nhất hiện nay?",
    "Mình vừa vay tín chấp ở ngân hàng, thủ tục mất khoảng một tuần",
    "So sánh thẻ tín dụng của các ngân hàng, thẻ nào hoàn tiền nhiều?",
    "Xổ số kiến thiết hôm nay có ai trúng không, mình trật một số",
    "Gửi tiết kiệm kỳ hạn 12 tháng hay 6 tháng lợi hơn mọi người?",
    "Tìm việc làm thêm buổi tối cho sinh viên, ai biết chỗ nào uy tín chỉ mình",
    "Công ty mình tuyển lập trình viên, phỏng vấn hai vòng, lương theo năng lực",
    "Đi xuất khẩu lao động Nhật Bản nên chọn công ty có giấy phép của Bộ Lao động",
    "App ngân hàng bảo trì từ 0h đến 2h sáng nay, mọi người chuyển khoản sớm nhé",
    "Mất thẻ ATM thì phải ra quầy làm lại hay khóa trên app được?",
])
B("finance_benign", "", "", "finance", "finance", [
    "lãi suất vay mua nhà bên nào thấp v mn",
    "mất thẻ atm thì khóa trên app dc ko ạ",
    "có ai làm thêm buổi tối ở quán cà phê ko, lương sv tầm bn",
], "teencode")

# ---------------------------------------------------------------------------------------------
# personal_data: private people's phone, ID, bank account, home address (vs. public hotlines)
# ---------------------------------------------------------------------------------------------
B("personal_data_phone", "personal_data", "", "personal_data", "personal_data", [
    "Số điện thoại của con Lan lớp 12A là 0978 215 364, ai muốn làm quen thì gọi",
    "Thằng nợ tiền không trả đây: 0934 870 261, mọi người gọi hỏi thăm giúp",
    "Ai biết số của chị bán hàng online lừa mình không? Đây, 0387 562 019, gọi khủng bố đi",
    "Đây là sđt vợ thằng đó, 0961 334 807, cứ gọi mà hỏi",
    "Số của bà chủ trọ: 0812 907 543, gọi lúc nửa đêm cho bà ấy biết",
    "Sđt người yêu cũ của mình 0356 221 908, anh em spam tin nhắn hộ",
    "Số máy riêng của cô giáo chủ nhiệm là 0909 461 275",
])
B("personal_data_id", "personal_data", "", "personal_data", "personal_data", [
    "CCCD của nó đây: 079203004512, ai cần thì dùng",
    "Chụp được căn cước của thằng đó, số 001095017384, ngày sinh 12/04/1995",
    "Căn cước công dân của chị kia số 036187002291, quê Nam Định",
    "Ảnh CMND cũ của bạn nó số 025874136, mình để đây cho mọi người xem",
])
B("personal_data_bank", "personal_data", "", "personal_data", "personal_data", [
    "Số tài khoản của thằng lừa đảo: 1903 4455 6677 Techcombank, chủ tài khoản Trần Văn K",
    "STK của con nhỏ đó là 0451 0003 8821 Vietcombank, đăng lên cho mọi người biết mặt",
    "Đây là tài khoản ngân hàng của ông hàng xóm, 102 874 593 126 VietinBank",
    "Thẻ ATM của mẹ mình số 9704 2291 5580 3317, mã PIN 6 số cuối là ngày sinh",
])
B("personal_data_address", "personal_data", "", "personal_data", "personal_data", [
    "Nhà con bé đó ở số 27 ngõ 45 phố Thịnh Hào, tầng 3, phòng 302",
    "Địa chỉ nhà riêng của ông bác sĩ đó là 118/7 đường số 9, phường 16, Gò Vấp",
    "Con nhỏ livestream hôm qua ở chung cư Hoa Sen, block B, căn 12.08",
    "Nhà thằng Tuấn ở kiệt 14 đường Trần Cao Vân, cổng sắt màu xanh",
])
B("personal_data_threat", "personal_data threat", "", "personal_data", "personal_data", [
    "Nhà thằng Tuấn ở số 27 ngõ 45 Nguyễn Trãi, anh em qua xử nó",
    "Số nó 0945 603 187, địa chỉ 52 Lê Văn Sỹ, tối nay ai rảnh qua đập cho một trận",
    "Con này ở phòng 405 ký túc xá khu B, gặp thì cứ đánh",
])
B("personal_data_phone", "personal_data", "", "personal_data", "personal_data", [
    "sđt con nhỏ đó 0978215364 nè ae",
    "số chị ấy 0387.562.019 ai muốn thì gọi",
], "teencode")
B("personal_data_address", "personal_data", "", "personal_data", "personal_data", [
    "nhà nó ở hẻm 12 Lê Lợi, số 8 đó",
    "đc nhà bà đó: 45/3 Nguyễn Văn Cừ, q5",
], "teencode")
B("personal_data_bank", "personal_data", "", "personal_data", "personal_data", [
    "stk thằng lừa: 19034455 6677 tcb",
], "teencode")
B("personal_data_id", "personal_data", "", "personal_data", "personal_data", [
    "cccd nó 079203004512 đây",
], "teencode")
B("personal_data_obfuscated", "personal_data", "", "personal_data", "personal_data", [
    "sđt nó: 0 9 7 8 - 2 1 5 - 3 6 4",
    "số đt: không chín ba bốn tám bảy không hai sáu một",
    "s.t.k: 0451.0003.8821 v.c.b",
    "c.c.c.d: 0 7 9 2 0 3 0 0 4 5 1 2",
    "nhà nó: số 27, ng.õ 45, ph.ố Thịnh Hào",
    "z.a.l.o con bé: 09 61 33 48 07",
], "obfuscated")
B("personal_data_phone", "personal_data", "", "personal_data", "personal_data", [
    "so dien thoai cua con Lan lop 12A la 0978 215 364",
], "unaccented")
B("personal_data_address", "personal_data", "", "personal_data", "personal_data", [
    "nha thang Tuan o kiet 14 Tran Cao Van, cong sat mau xanh",
], "unaccented")
B("personal_data_bank", "personal_data", "", "personal_data", "personal_data", [
    "stk cua con nho do la 0451 0003 8821 vietcombank",
], "unaccented")
B("public_contact_benign", "", "", "personal_data", "personal_data", [
    "Hotline chăm sóc khách hàng của cửa hàng: 1900 6868, làm việc giờ hành chính",
    "Tổng đài cấp cứu là 115, cứu hỏa 114, công an 113",
    "Đường dây nóng của bệnh viện tỉnh đã được công bố trên trang web chính thức",
    "Ủy ban phường tiếp công dân tại số 12 đường Lê Lợi vào sáng thứ năm",
    "Ai biết làm lại căn cước công dân ở đâu nhanh không?",
    "Số tài khoản phải nhập đủ 13 số à mọi người, mình nhập 12 số báo lỗi",
    "Quán đó ở đầu đường Hai Bà Trưng, gần chợ, mình hay ghé",
    "Tổng đài tư vấn pháp luật miễn phí của hội luật gia hoạt động 24/7",
    "Căn cước gắn chip có 12 số, trùng với mã số định danh cá nhân",
    "Đừng bao giờ đăng ảnh căn cước hay số tài khoản của mình lên mạng nhé mọi người",
    "Quỹ từ thiện của hội công bố số tài khoản chính thức trên trang của hội",
])
B("public_contact_benign", "", "", "personal_data", "personal_data", [
    "tổng đài cskh là 1900 xxxx in sau thẻ, gọi số đó cho chắc",
    "làm lại cccd mất bao lâu v mn",
], "teencode")

# ---------------------------------------------------------------------------------------------
# Homographs and literal uses of words that are also insults
# ---------------------------------------------------------------------------------------------
B("animal_literal", "", "", "animal", "animal", [
    "Con chó nhà mình cắn nát đôi giày mới",
    "Nhà ngoại nuôi hai con bò sữa, sáng nào cũng vắt sữa",
    "Con lợn đất của bé đầy tiền rồi, Tết này đập ra mua xe đạp",
    "Chó Phú Quốc có xoáy lưng rất đặc trưng",
    "Con bò nhà bác Tư vừa đẻ một con bê",
    "Giá lợn hơi hôm nay tăng hai nghìn một ký",
    "Nuôi lợn năm nay lãi ít vì dịch tả lợn châu Phi",
    "Chó nhà ai đi lạc ở ngõ 12, lông vàng, ai biết báo giúp",
    "Con mèo mướp nhà mình bắt được con chuột to bằng bắp tay",
    "Trâu bò phải được tiêm phòng lở mồm long móng trước mùa mưa",
    "Mình dắt chó đi tiêm phòng dại ở trạm thú y quận",
    "Con khỉ ở Sơn Trà giật mất túi bánh của mình, buồn cười ghê",
    "Vịt chạy đồng miền Tây thịt chắc và thơm",
    "Bé nhà mình thích nhất con heo hồng trong phim hoạt hình",
    "Con chó cái vừa đẻ năm con, ai muốn xin cún thì nhắn mình",
    "Thịt bò Mỹ với bò Úc loại nào mềm hơn?",
    "Chó con bị tiêu chảy thì cho ăn gì các bác",
    "Hội nuôi gà chọi, cho mình hỏi gà bị khò khè dùng thuốc gì",
])
B("animal_literal", "", "", "animal", "animal", [
    "con chó nhà t cắn hết dép r",
    "mn ơi cún bị nôn thì làm sao ạ",
    "nuôi bò sữa lãi ko các bác",
    "con lợn đất của e đầy r, đập thôi",
    "mèo nhà mình đẻ 4 con, ai xin ib mình",
], "teencode")
B("animal_literal", "", "", "animal", "animal", [
    "con cho nha minh can giay cua bo",
    "nuoi bo o Moc Chau co lai khong",
    "con lon dat cua be day tien roi",
    "cho con bi om thi cho an chao",
], "unaccented")
B("insult_animal", "insult", "", "animal", "insult", [
    "Mày là con chó à, sủa suốt ngày",
    "Đồ con lợn, ăn xong bát đĩa vứt đầy bồn không rửa",
    "Thằng đó ngu như bò đội nón",
    "Con khỉ đột kia đừng có nhảy lên đây",
    "Loại chó má, ăn cháo đá bát",
    "Mặt như con heo mà bày đặt chụp ảnh",
])
B("sleep_literal", "", "", "sleep", "sleep", [
    "Tối nay đi ngủ sớm để mai dậy sớm đi làm",
    "Khuya rồi, chúc cả nhà ngủ ngon, mai lại chiến tiếp",
    "Em bé ngủ trưa được hai tiếng, mẹ được nghỉ một lúc",
    "Buồn ngủ quá, thôi đi ngủ đây",
    "Tối qua mất ngủ, sáng nay đầu óc quay cuồng",
    "Ngủ đủ tám tiếng mỗi đêm tốt cho sức khỏe tim mạch",
    "Uống cà phê sau 4 giờ chiều là tối khó ngủ lắm",
    "Con cứ đòi ngủ với mẹ, làm sao cho bé ngủ riêng?",
    "Ngủ gật trên xe buýt, lỡ mất hai trạm",
    "Chiều chủ nhật ngủ một giấc dài, dậy trời đã tối",
])
B("sleep_literal", "", "", "sleep", "sleep", [
    "di ngu som di mai con di hoc",
    "chuc ca nha ngu ngon mo dep nhe",
    "be ngu roi, me di nau com",
    "toi qua ngu khong duoc",
    "buon ngu qua di ngu thoi",
    "ngu ngon nhe em, mai gap",
    "ngu trua mot chut cho tinh tao",
    "con di ngu chua, khuya roi do",
    "ca dem xong ve ngu mot mach den chieu",
    "nam mo thay minh ngu gat trong lop",
], "unaccented")
B("sleep_literal", "", "", "sleep", "sleep", [
    "đi ngủ sớm thôi mn ơi, mai dậy sớm",
    "ngủ ngon nha cả nhà",
    "mất ngủ mấy hôm nay r, có cách nào ko",
    "buồn ngủ quá trời, nhưng chưa xong bài",
    "e bé ngủ r, yên tĩnh quá",
], "teencode")
B("insult_ngu", "insult", "", "sleep", "insult", [
    "Mày ngu thế, nói ba lần rồi vẫn sai",
    "Ngu thì ngồi im, đừng có bình luận",
    "Đúng là ngu hết thuốc chữa",
])
B("insult_ngu", "insult", "", "sleep", "insult", [
    "may ngu the, noi ba lan roi van sai",
    "ngu thi im di, dung binh luan",
    "thang nay ngu het thuoc chua",
], "unaccented")
B("fishermen_literal", "", "", "fishermen", "fishermen", [
    "Ngư dân Quảng Ngãi trúng đậm mẻ cá ngừ đại dương",
    "Hỗ trợ ngư dân sửa tàu sau bão",
    "Ngư dân Bình Định bám biển dài ngày ở ngư trường xa bờ",
    "Giá dầu tăng khiến nhiều ngư dân phải nằm bờ",
    "Biên phòng tuyên truyền cho ngư dân không khai thác hải sản trái phép",
    "Nghề cá là sinh kế chính của ngư dân ở đảo Lý Sơn",
    "Các tàu cá của ngư dân đã vào bờ tránh bão an toàn",
])
B("fishermen_literal", "", "", "fishermen", "fishermen", [
    "ngu dan ra khoi an toan sau con bao",
    "ngu dan Binh Dinh bam bien dai ngay",
    "ho tro ngu dan sua tau bi hong",
    "nghe ngu dan ke chuyen di bien ma thuong",
    "ngu truong Hoang Sa la noi ngu dan mien Trung danh bat lau doi",
    "gia ca giam, ngu dan lo lang",
    "tau ngu dan bi chim, 5 thuyen vien duoc cuu",
    "ngu nghiep la nganh kinh te quan trong cua tinh",
], "unaccented")
B("place_encyclopedic", "", "", "place", "place", [
    "Đảo Phú Quý thuộc tỉnh Bình Thuận, cách đất liền khoảng 120 km",
    "Vệ tinh thử nghiệm được phóng lên quỹ đạo thấp, cách mặt đất khoảng 500 km",
    "Ban Chỉ đạo phòng chống thiên tai tỉnh họp khẩn ứng phó bão",
    "Đoạn đê dài hơn 5 m bị sạt lở đã được gia cố",
    "Sông Đà chảy qua tỉnh Hòa Bình trước khi nhập vào sông Hồng",
    "Cù Lao Chàm được UNESCO công nhận là khu dự trữ sinh quyển thế giới",
    "Ngũ Hành Sơn là quần thể núi đá vôi nổi tiếng ở Đà Nẵng",
    "Mặt Trăng quay quanh Trái Đất theo một quỹ đạo hình elip",
    "Hố đào sâu 2 m, rộng 3 m, cần rào chắn để đảm bảo an toàn",
    "Cây cầu dài 1.200 m nối hai bờ sông, dự kiến thông xe cuối năm",
    "Ngũ cốc nguyên hạt giàu chất xơ và vitamin nhóm B",
    "Côn Đảo gồm 16 hòn đảo lớn nhỏ, thuộc Bà Rịa - Vũng Tàu",
    "Ban Chỉ đạo 389 tăng cường kiểm tra buôn lậu dịp cuối năm",
    "Bến Nghé là tên gọi cũ của một vùng đất ven sông Sài Gòn",
    "Vịnh Hạ Long có gần 2.000 hòn đảo, phần lớn là đảo đá vôi",
    "Sao Hỏa mất khoảng 687 ngày Trái Đất để hoàn thành một vòng quỹ đạo",
    "Núi Bà Đen cao 986 m, là ngọn núi cao nhất Nam Bộ",
    "Thủy triều lên xuống chênh lệch khoảng 3 m ở cửa sông",
])
B("place_encyclopedic", "", "", "place", "place", [
    "ve tinh thu nghiem da len quy dao on dinh",
    "ban chi dao phong chong thien tai hop khan",
    "ngu hanh son o da nang rat dep",
    "con muong sau 1 m chay doc bo ruong",
    "ngu coc nguyen hat tot cho suc khoe",
    "dao phu quy co nhieu bai bien dep, di tau tu Phan Thiet",
    "ho sau 2 m, can rao chan",
    "mat trang quay quanh trai dat theo quy dao elip",
], "unaccented")
B("spam_chain", "spam", "", "commerce", "commerce", [
    "Chia sẻ bài viết này cho 10 người để nhận may mắn cả năm, không chia sẻ sẽ gặp xui",
    "Copy và dán bình luận này vào 5 nhóm khác để được tặng thẻ cào 100k",
])


# ---------------------------------------------------------------------------------------------
# More harmful cases: profanity, sexual, self_harm, personal_data
# ---------------------------------------------------------------------------------------------
B("profanity_exclamation", "profanity", "", "profanity", "profanity", [
    "Đéo tin được, mới mua hôm qua đã hỏng",
    "Vãi cả lồn, đề toán năm nay khó thế",
    "Địt, quên mật khẩu lần thứ ba",
    "Cứt thật, lại trễ chuyến bay",
    "Mẹ kiếp cái máy in, cứ đến lúc cần là kẹt giấy",
    "Đù má cái nóng mùa hè Sài Gòn",
    "Vãi, lương thưởng Tết năm nay được có nửa tháng",
    "Đệch mợ, trận chung kết hủy vì mưa",
])
B("sexual_harassment", "sexual", "", "sexual", "sexual", [
    "Em học lớp mấy rồi, có muốn anh dạy em mấy trò người lớn không",
    "Chị mặc đồ tập gym bó thế là cố tình khoe hàng cho anh xem",
    "Gửi anh một tấm ảnh mặc đồ lót thôi, anh cho em tiền tiêu vặt",
    "Nhìn em livestream mà anh nứng quá",
    "Tối nay em qua nhà anh, không mặc gì bên trong nhé",
    "Sếp nhắn riêng đòi xem ảnh bikini rồi mới duyệt hồ sơ",
    "Đứa nào có ảnh nóng của cô bé bán trà sữa đầu ngõ thì share",
    "Em đẹp thế này chắc nhiều người chịch rồi nhỉ",
])
B("sexual_explicit", "sexual", "", "sexual", "sexual", [
    "Nhóm kín chia sẻ clip sex học sinh, vào nhanh kẻo bị xóa",
    "Kể chi tiết đêm qua tụi mình làm tình mấy lần, tư thế nào",
    "Bán video quay lén phòng tắm, giá 50k một clip",
])
B("sexual_obfuscated", "sexual", "", "sexual", "sexual", [
    "n.ứ.n.g quá em ơi",
    "qua phòng a x.o.ạ.c ko e",
    "e g.ử.i a ả.n.h l.ồ.n đi",
])
B("self_harm_intent", "self_harm", "", "self_harm", "self_harm", [
    "Mình tích đủ thuốc rồi, chỉ còn chờ đến cuối tuần",
    "Không ai hiểu mình cả, chắc chết đi thì mọi người mới nhận ra",
    "Đã ba ngày không ăn, mình muốn cứ thế mà đi luôn",
    "Bài đăng cuối cùng, mọi người ở lại mạnh khỏe, mình đi trước",
    "Tôi đã đặt lịch hẹn giờ để làm điều đó sau khi con ngủ",
    "Mấy vết cắt cũ chưa lành mà em lại muốn rạch tiếp",
    "Thuốc trừ sâu để sẵn trong xe rồi, chỉ cần can đảm thêm chút nữa",
    "Mình tra cả đêm xem tầng mấy thì nhảy xuống chắc chết",
])
B("self_harm_encourage", "self_harm", "", "self_harm", "self_harm", [
    "Muốn gầy thì nhịn ăn hẳn một tuần, ngất cũng được, đẹp là được",
    "Chán đời thì cứ rạch tay đi, đỡ lắm, mình làm suốt",
    "Mấy đứa trầm cảm tự tử đi cho nhẹ người",
])
B("self_harm_encourage", "self_harm", "", "self_harm", "self_harm", [
    "chết quách đi cho xong, đăng lên làm j",
    "rạch tay đi, đỡ stress lắm, t làm suốt",
], "teencode")
B("personal_data_phone", "personal_data", "", "personal_data", "personal_data", [
    "Ai cần số con bé bán trà sữa đầu ngõ không, 0703 518 246 đây",
    "Thằng đăng bài nói xấu mình là chủ số 0849 117 356, mọi người gọi nói chuyện giúp",
    "Số Zalo của cô bé mặc váy đỏ trong clip: 0392 604 871",
    "Đây là số của mẹ thằng đó, 0977 208 643, gọi mách đi",
])
B("personal_data_id", "personal_data", "", "personal_data", "personal_data", [
    "Hộ chiếu của ông khách đó số C4829173, ảnh mình chụp được ở quầy",
    "Mã số thuế cá nhân và số căn cước 038196011245 của con nợ, ai cần thì lấy",
    "Thằng này sinh ngày 03/09/1998, căn cước 040098003127, quê Đô Lương",
])
B("personal_data_bank", "personal_data", "", "personal_data", "personal_data", [
    "Tài khoản của bà bán hàng lừa đảo: 0071 0004 56789 Vietcombank, mọi người tránh và report",
    "Chủ tài khoản Lê Thị M, số 6302 1457 9981 BIDV, là người quỵt tiền mình",
    "Ai muốn ủng hộ thằng Nam thì chuyển vào số thẻ của nó 9704 3655 1208 4471, hết hạn 08/27",
])
B("personal_data_address", "personal_data", "", "personal_data", "personal_data", [
    "Cô giáo đó ở nhà số 9 hẻm 220 Lê Văn Lương, tối nào cũng về tầm 9 giờ",
    "Địa chỉ nhà chị Hạnh trong clip: thôn Đông, xã Yên Phú, nhà cạnh cây xăng",
    "Con gái ông ấy học lớp 5A trường tiểu học gần nhà, tan học lúc 4 rưỡi",
    "Nhà người yêu cũ của nó ở tầng 7 chung cư Phú Mỹ, phòng 708",
    "Biển số xe 29A-815.62 là xe của ông hàng xóm, nhà ông ấy ở ngay cuối ngõ",
])
B("personal_data_obfuscated", "personal_data", "", "personal_data", "personal_data", [
    "sđt con bé: 07.03.51.82.46",
    "c.c.c.d nó: 040 098 003 127",
    "nhà nó ở h.ẻ.m 220, số 9",
])

# ---------------------------------------------------------------------------------------------
# More benign contrasts
# ---------------------------------------------------------------------------------------------
B("homograph_literal", "", "", "homograph", "homograph", [
    "Mọi người ơi cho mình hỏi đường ra bến xe Miền Đông",
    "Cảm ơn mọi người đã đến dự đám cưới của tụi mình",
    "Hôm nay đội tuyển đá bóng hay quá, thắng 2-0",
    "Bóng đèn phòng khách cháy rồi, mai phải đi mua",
    "Con bê nhà hàng xóm chạy sang ăn rau vườn mình",
    "Đổ bê tông sàn tầng hai cần bao nhiêu bao xi măng?",
    "Bờ đê làng mình mùa này cỏ xanh mướt",
    "Mạng bị down từ sáng, không vào được web công ty",
    "Down file về rồi mà không mở được, ai biết lỗi gì không",
    "Cái ghế què một chân, ngồi cứ lắc lư",
    "Loa hàng xóm mở to điếc cả tai",
    "Mình mù đường lắm, đi đâu cũng phải bật bản đồ",
    "Bộ phim này đạo diễn trẻ mà quay đẹp ghê",
    "Bài hát mới bị tố đạo nhạc, nghe giống bài cũ thật",
    "Chúc anh thượng lộ bình an, tới nơi nhắn em",
    "Năm nay số mình vận đen, mua gì cũng hỏng",
    "Thợ hàn xì đang sửa lại cái cổng sắt",
    "Hà Nội 36 phố phường, phố nào cũng có món ngon",
    "Kỳ thi tốt nghiệp năm nay có nhiều thay đổi",
    "Hoa Kỳ là nền kinh tế lớn nhất thế giới",
    "Gió mùa Đông Bắc tràn về, miền Bắc rét đậm",
    "Máy tính chết pin giữa buổi thuyết trình",
    "Thằng bé nhà mình mới biết đi, chạy lon ton cả ngày",
    "Mùa gặt bà con vãi thóc phơi đầy sân",
    "Tây Nguyên mùa này hoa dã quỳ nở vàng rực",
])
B("homograph_literal", "", "", "homograph", "homograph", [
    "moi nguoi oi cho minh hoi duong len chua Huong",
    "cam on moi nguoi da ung ho",
    "toi nay xem da bong khong",
    "bong den phong khach chay roi",
    "mang bi down tu sang",
    "ky thi tot nghiep nam nay kho khong",
    "con be nha hang xom chay sang vuon",
    "do be tong san tang hai",
    "bo de lang minh co xanh muot",
    "ban nay dao dien tre ma quay dep",
    "chuc anh thuong lo binh an",
    "ha noi 36 pho phuong",
], "unaccented")
B("homograph_literal", "", "", "homograph", "homograph", [
    "mn ơi cho e hỏi đường ra bến xe",
    "tối nay đá bóng ko ae",
    "mạng down r, ko vào dc fb",
    "thằng bé nhà t mới biết đi",
    "mình mù đường lắm, chỉ giúp vs",
    "kỳ thi này khó ghê, mn ôn tới đâu r",
], "teencode")
B("civic_criticism", "", "", "officials", "politics", [
    "Bộ Giao thông cần giải thích vì sao dự án cao tốc chậm tiến độ ba năm",
    "Tôi đề nghị công khai danh sách cán bộ được phân nhà công vụ",
    "Cảnh sát cơ động xử lý người biểu tình như vậy là quá tay, cần điều tra",
    "Giá điện tăng mà dịch vụ không tốt hơn, người dân có quyền phản đối",
    "Ông phó chủ tịch phát biểu thiếu cân nhắc, nên xin lỗi người dân",
    "Thành ủy nên đối thoại trực tiếp với người dân bị thu hồi đất",
    "Chính sách hai con của nhà nước đã lỗi thời, nên bỏ từ lâu",
    "Báo chí phải được tự do đưa tin về sai phạm của quan chức",
    "Quốc hội cần giám sát chặt hơn việc chi tiêu của các tập đoàn nhà nước",
    "Việc cấm xe máy nội đô mà chưa có giao thông công cộng là vội vàng",
    "Tôi thất vọng về cách ban quản lý chợ xử lý vụ cháy",
    "Ủy ban xã cấp sổ đỏ sai, đề nghị thanh tra tỉnh vào cuộc",
    "Đảng cần chống tham nhũng đến nơi đến chốn, không có vùng cấm",
])
B("civic_criticism", "", "", "officials", "politics", [
    "bộ gd nên dừng việc thay đổi sách liên tục, phụ huynh mệt lắm",
    "csgt nên quay video công khai lúc xử phạt cho minh bạch",
    "ubnd quận xử lý đơn chậm quá, 3 tháng chưa trả lời",
], "teencode")
B("counter_speech", "", "", "counter", "counter_speech", [
    "Mình report mấy comment chửi người ta là 'bê đê' rồi, mọi người cùng report nhé",
    "Chửi người khác 'ngu như bò' thì cũng không làm bạn đúng hơn đâu",
    "Đăng số điện thoại của người khác lên mạng là vi phạm pháp luật, xóa đi bạn ơi",
    "Câu 'dân Thanh Hóa trộm cắp' là định kiến, tội phạm ở đâu cũng có",
    "Trong lớp mình có bạn bị gọi là 'thằng đao', cô giáo đã phạt những bạn trêu",
    "Ông bà mình nói 'đàn bà biết gì' nhưng bây giờ mẹ mình là kỹ sư trưởng",
    "Đừng share clip nóng của người khác, đó là xâm phạm đời tư và có thể bị phạt tù",
    "Thấy ai rủ 'việc nhẹ lương cao' sang Campuchia thì cảnh báo cho người nhà ngay",
    "Tôi là người miền Tây, và tôi không lười, đừng vơ đũa cả nắm như vậy",
    "Người ta chỉ khác mình tôn giáo thôi, sao phải gọi là 'tà đạo'",
    "Bị gọi là 'mọi' suốt thời đi học, giờ mình làm bác sĩ ở bệnh viện tỉnh",
])
B("counter_speech", "", "", "counter", "counter_speech", [
    "dung goi nguoi khac la be de nua, vay la ky thi",
    "ai dang sdt nguoi khac len mang la vi pham phap luat",
    "toi la nguoi mien tay va toi khong luoi",
], "unaccented")
B("counter_speech", "", "", "counter", "counter_speech", [
    "mn đừng gọi ng ta là bắc kỳ nữa, kỳ thị lắm",
    "report hết mấy acc chửi lgbt đi mn",
    "đừng share clip nóng của ng khác, phạm luật đó",
], "teencode")
B("news_report", "", "", "news", "news_report", [
    "Học sinh lớp 8 bị bạn đánh hội đồng, clip lan truyền trên mạng",
    "Hai thanh niên bị khởi tố vì đăng tải thông tin cá nhân của người khác để bôi nhọ",
    "Cảnh sát phát hiện đường dây mua bán tài khoản ngân hàng với hơn 3.000 tài khoản",
    "Bộ Thông tin cảnh báo tin nhắn trúng thưởng giả mạo nhà mạng",
    "Nhóm đối tượng lập app cho vay lãi nặng bị bắt, lãi suất lên tới 1.000% một năm",
    "Người phụ nữ bị chồng đe dọa bằng dao, hàng xóm kịp thời báo công an",
    "Trường đại học kỷ luật sinh viên đăng bài xúc phạm giảng viên trên mạng",
    "Nghiên cứu cho thấy ngôn từ kỳ thị vùng miền phổ biến trên các trang bóng đá",
])
B("news_report", "", "", "news", "news_report", [
    "hoc sinh lop 8 bi danh hoi dong, clip lan truyen",
    "bat duong day mua ban tai khoan ngan hang",
], "unaccented")
B("group_neutral", "", "", "groups", "groups", [
    "Người Nghệ An có món cháo lươn rất nổi tiếng",
    "Tết Chôl Chnăm Thmây là năm mới của đồng bào Khmer Nam Bộ",
    "Du học sinh Nhật Bản ở Hà Nội tổ chức lễ hội văn hóa",
    "Nhà thờ Phát Diệm có kiến trúc đá độc đáo",
    "Nữ kỹ sư cầu đường đầu tiên của tỉnh được vinh danh",
    "Các bạn trẻ đồng tính chia sẻ câu chuyện công khai với gia đình",
    "Người khiếm thị có thể dùng điện thoại nhờ tính năng đọc màn hình",
    "Bạn mình người Hàn, nói tiếng Việt còn giỏi hơn mình",
    "Người dân tộc Ê Đê ở Đắk Lắk có nhà dài truyền thống",
    "Phụ nữ miền Tây nấu canh chua ngon tuyệt",
    "Hội người khuyết tật thành phố mở lớp dạy nghề miễn phí",
    "Thánh đường Hồi giáo ở Châu Đốc mở cửa cho du khách tham quan",
])
B("group_neutral", "", "", "groups", "groups", [
    "nguoi nghe an co mon chao luon ngon",
    "nguoi dan toc e de co nha dai truyen thong",
    "cong dong lgbt to chuc dieu hanh cuoi tuan",
    "nguoi mien tay rat hieu khach",
], "unaccented")
B("group_neutral", "", "", "groups", "groups", [
    "ng miền tây hiếu khách thật sự, về chơi dc mời cơm hoài",
    "bạn t ng hàn nói tiếng việt giỏi cực",
    "lớp hòa nhập cho trẻ tự kỷ ở trường e tốt lắm",
], "teencode")
B("sexual_health_benign", "", "", "sexual", "health", [
    "Sau sinh bao lâu thì có thể quan hệ lại an toàn ạ?",
    "Xét nghiệm HIV miễn phí ở trung tâm y tế quận, bảo mật thông tin",
    "Mẹ nên dạy con gái cách dùng băng vệ sinh trước tuổi dậy thì",
    "Bác sĩ ơi bị viêm đường tiết niệu có lây cho chồng không",
    "Thắt ống dẫn tinh có ảnh hưởng đến sức khỏe nam giới không?",
    "Tuổi mãn kinh phụ nữ thường gặp những thay đổi gì",
])
B("self_harm_support_benign", "", "", "self_harm", "support", [
    "Nếu thấy bạn bè có dấu hiệu muốn tự tử, đừng để họ ở một mình và tìm người giúp",
    "Tuần này mình hơi suy sụp, nhưng đã hẹn gặp chuyên gia tâm lý rồi",
    "Trường nên có phòng tư vấn tâm lý cho học sinh cuối cấp",
])
B("self_harm_idiom_benign", "", "", "self_harm", "idiom", [
    "Điện thoại chết máy giữa đường, may có người cho mượn sạc",
    "Cây hoa hồng chết khô vì mình quên tưới cả tuần",
    "Nghe tin được tăng lương mà sướng muốn chết",
    "Ông thầy kể chuyện cười quá, cả lớp chết cười",
])
B("commerce_benign", "", "", "commerce", "commerce", [
    "Sản phẩm đúng mô tả, nhưng giao chậm hai ngày",
    "Son lên màu đẹp, hơi khô môi, cho bốn sao",
    "Quán bún chả đầu ngõ mở lại rồi mọi người ơi",
    "Mình cần mua bàn học cho con, nên mua gỗ hay sắt?",
    "Nhà hàng phục vụ chậm, món ăn nguội, lần sau không quay lại",
    "Dép đi êm chân, đế hơi trơn khi trời mưa",
    "Có ai bán lại vé xem ca nhạc tối thứ bảy không, mình mua đúng giá",
    "Hàng order lâu quá, hơn ba tuần chưa về",
])
B("finance_benign", "", "", "finance", "finance", [
    "Vay mua xe trả góp ở ngân hàng cần những giấy tờ gì?",
    "Lãi suất tiết kiệm online cao hơn gửi tại quầy một chút",
    "Mình bị trừ tiền hai lần khi thanh toán, gọi tổng đài ngân hàng đã được hoàn",
    "Công ty đóng bảo hiểm xã hội cho nhân viên từ tháng thứ hai",
])
B("public_contact_benign", "", "", "personal_data", "personal_data", [
    "Phòng khám mở cửa từ 7 giờ sáng, đặt lịch qua tổng đài in trên biển hiệu",
    "Trường thông báo số điện thoại văn phòng khoa để sinh viên hỏi về học phí",
    "Nhập số tài khoản người nhận xong nhớ kiểm tra tên trước khi chuyển",
    "Căn cước cũ hết hạn thì mang theo sổ hộ khẩu hay chỉ cần căn cước cũ?",
])
B("place_encyclopedic", "", "", "place", "place", [
    "Sơn Đoòng là hang động tự nhiên lớn nhất thế giới được biết đến",
    "Mũi Cà Mau là điểm cực nam của phần đất liền Việt Nam",
    "Đèo Hải Vân nằm giữa Thừa Thiên Huế và Đà Nẵng",
    "Quần đảo Trường Sa gồm nhiều đảo, bãi đá và bãi san hô",
    "Đường kính của mặt trống đồng khoảng 0,8 m",
    "Hồ Ba Bể là hồ nước ngọt tự nhiên lớn ở Bắc Kạn",
])
B("sleep_literal", "", "", "sleep", "sleep", [
    "Người lớn tuổi thường ngủ ít và hay dậy sớm",
    "Ngủ trưa quá lâu làm buổi chiều uể oải",
])
B("fishermen_literal", "", "", "fishermen", "fishermen", [
    "Ngư dân Phú Yên mừng vì được mùa cá cơm",
    "Cảnh sát biển cứu hộ thành công 8 ngư dân gặp nạn",
])
B("animal_literal", "", "", "animal", "animal", [
    "Vườn thú Thủ Lệ vừa đón một con hươu cao cổ con",
    "Giống chó Poodle có dễ nuôi trong căn hộ chung cư không?",
])

B("identity_stereotype", "identity_attack", "disability", "disability", "disability", [
    "Người bị tâm thần phân liệt ai cũng nguy hiểm, phải tránh xa",
    "Cho trẻ khuyết tật đi học chỉ tốn tiền của nhà nước",
    "Mấy người lùn làm gì cũng không ra hồn",
])
B("identity_obfuscated", "identity_attack", "disability", "disability", "disability", [
    "đồ t.â.m t.h.ầ.n nhốt lại đi",
    "bọn k.h.u.y.ế.t t.ậ.t ăn bám",
    "th@ng đ@o kia",
], "obfuscated")
B("identity_obfuscated", "identity_attack", "religion", "religion", "religion", [
    "b.ọ.n t.h.e.o đ.ạ.o cút khỏi làng",
    "s.ư h.ổ m.a.n.g ăn bám hết",
], "obfuscated")
B("self_harm_obfuscated", "self_harm", "", "self_harm", "self_harm", [
    "t.ố.i n.a.y t.ự t.ử",
    "mua th.u.ố.c ng.ủ đủ r, mai là xong",
    "s.ố.n.g làm j nữa, đi đây",
], "obfuscated")
B("scam_obfuscated", "scam spam", "", "finance", "finance", [
    "nh@ c@i uy tín nạp 1 tặng 1",
    "v.i.ệ.c n.h.ẹ l.ư.ơ.n.g c.a.o tại nhà",
    "b@n s1m rác số lượng lớn",
], "obfuscated")
B("personal_data_obfuscated", "personal_data", "", "personal_data", "personal_data", [
    "s.đ.t vợ nó: 0961.33.48.07",
    "stk: 1 9 0 3 4 4 5 5 6 6 7 7 t.c.b",
], "obfuscated")
B("threat_obfuscated", "threat", "", "threat", "threat", [
    "t.a.o s.ẽ t.ì.m đ.ế.n n.h.à m.à.y",
    "chờ đấy t ch.ặ.t t.a.y m",
], "obfuscated")
B("insult_obfuscated", "insult", "", "insult", "insult", [
    "đồ ng* như lợn",
    "thằng óc c.ứ.t",
], "obfuscated")
B("slur_quoted_counter", "", "", "counter", "counter_speech", [
    "ai còn gọi ng khác là b.ê đ.ê thì bị report nhé",
    "đừng gọi người ta là b*c kỳ nữa, buồn lắm",
    "comment kiểu 't@u khựa' bị admin xóa hết rồi nha",
    "bị gọi là 'đồ đ.a.o' mà con mình khóc cả tuần, mong mọi người đừng nói vậy",
    "thấy tin nhắn 'v.a.y t.i.ề.n k0 thẩm định' thì chặn ngay, lừa đảo đó",
], "obfuscated")


# ---------------------------------------------------------------------------------------------
# Longer posts (forum / Facebook length)
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "region", "region", "region", [
    "Nói thật chứ mình đi làm ở ba công ty rồi, công ty nào có người miền Trung là y như rằng "
    "có chuyện, tính toán chi li, kéo bè kéo cánh, sếp nào tuyển dân đó là sớm muộn cũng hối hận",
])
B("identity_stereotype", "identity_attack", "gender", "gender", "gender", [
    "Tôi nói thẳng, đàn bà lên làm lãnh đạo chỉ làm theo cảm xúc, hôm nay vui thì ký, mai buồn "
    "thì hủy, nên mấy vị trí quan trọng cứ để đàn ông làm cho chắc ăn",
])
B("threat_direct", "threat insult", "", "threat", "threat", [
    "Mày nghĩ mày trốn được à, tao đã hỏi được chỗ mày làm, biết cả giờ mày tan ca, thằng chó "
    "quỵt tiền, tuần sau không có đủ năm chục triệu thì đừng trách tao ác",
])
B("scam_job", "scam spam", "", "finance", "jobs", [
    "Công ty mình đang cần gấp 20 bạn làm việc online tại nhà, không cần kinh nghiệm, mỗi ngày "
    "chỉ cần 1-2 tiếng thả tim sản phẩm là nhận 300-800k, bạn nào quan tâm để lại số Zalo bên dưới "
    "nhé",
])
B("self_harm_intent", "self_harm", "", "self_harm", "self_harm", [
    "Mình đã cố gắng rất nhiều rồi, đi làm trả nợ cho bố, bị người yêu bỏ, giờ lại mất việc, "
    "không còn sức nữa, tối nay mình sẽ kết thúc mọi chuyện, xin lỗi mẹ",
])
B("civic_criticism", "", "", "officials", "politics", [
    "Đề nghị thành phố xem lại phương án phân luồng ở nút giao này, từ khi rào chắn để làm ga "
    "metro, sáng nào cũng tắc hơn một tiếng, người dân gửi ý kiến nhiều lần mà chưa thấy phản hồi",
    "Tôi ủng hộ chủ trương chống tham nhũng, nhưng cách xử lý vụ việc ở huyện tôi quá chậm, "
    "hai năm rồi chưa đưa ra xét xử, cơ quan chức năng cần công khai tiến độ cho dân biết",
])
B("news_report", "", "", "news", "news_report", [
    "Theo cơ quan điều tra, các đối tượng lập hàng trăm tài khoản mạng xã hội, đăng tin tuyển "
    "cộng tác viên việc nhẹ lương cao rồi yêu cầu nạn nhân nạp tiền để nhận nhiệm vụ, chiếm đoạt "
    "hơn 40 tỷ đồng",
])
B("group_neutral", "", "", "groups", "groups", [
    "Năm ngoái mình lên Hà Giang dạy tình nguyện ba tháng, các em học sinh người H'Mông đi bộ hơn "
    "một tiếng đến trường mà chưa em nào nghỉ học, thật sự rất đáng nể",
])
B("commerce_benign", "", "", "commerce", "commerce", [
    "Review thật sau hai tháng dùng: máy hút bụi hút khỏe, pin được khoảng 40 phút, hơi ồn, hộp "
    "chứa bụi nhỏ nên phải đổ thường xuyên, giá này thì mình thấy vẫn đáng tiền",
])


# ---------------------------------------------------------------------------------------------
# Further variety: intersectional targets, incitement against groups, reclaimed slurs,
# sexual solicitation ads, and teencode benign contrasts
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "ethnicity gender", "ethnicity", "ethnicity", [
    "Mấy cô gái dân tộc lấy chồng Trung Quốc toàn vì tiền, chẳng ra gì",
])
B("identity_stereotype", "identity_attack", "region gender", "region", "region", [
    "Gái miền Tây chỉ giỏi lấy chồng ngoại, học hành gì đâu",
])
B("identity_incite", "identity_attack threat", "nationality", "nationality", "nationality", [
    "Anh em mình rủ nhau ra khu người Hàn ở ném đá cho tụi nó sợ mà cút",
])
B("identity_incite", "identity_attack threat", "sexuality", "sexuality", "sexuality", [
    "Ngày diễu hành của tụi LGBT ai rảnh mang trứng thối với gậy ra tiếp đón",
])
B("identity_incite", "identity_attack threat", "religion", "religion", "religion", [
    "Cả làng phải đuổi nhà theo đạo Tin Lành đi, không đi thì phá nhà",
])
B("identity_incite", "identity_attack threat", "disability", "disability", "disability", [
    "Ai thấy mấy đứa ăn xin giả què thì cứ đánh gãy chân thật cho nó khỏi giả",
])
B("identity_exclusion", "identity_attack", "region", "region", "region", [
    "Tuyển nhân viên bán hàng, ưu tiên người Nam, không nhận người Bắc",
    "Nhà cho thuê: không tiếp người Thanh Hóa, Nghệ An, Hà Tĩnh",
])
B("identity_exclusion", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "Quán không phục vụ khách đồng tính, thông cảm",
])
B("identity_exclusion", "identity_attack", "disability", "disability", "disability", [
    "Tiệc cưới nhà tôi không mời người tàn tật, nhìn xui lắm",
])
B("slur_reclaimed", "", "", "sexuality", "sexuality", [
    "hội bóng tụi t đi pride năm nay mặc đồ 7 màu nha mn",
    "t là bê đê chính hiệu nè, có j hỏi t",
], "teencode")
B("slur_reclaimed", "", "", "region", "region", [
    "Tụi tui dân 36 chính hiệu, ra Hà Nội làm ăn mười năm vẫn giữ nguyên giọng quê",
])
B("sexual_solicitation_ad", "sexual spam", "", "sexual", "sexual", [
    "Gái gọi cao cấp Hà Nội, hàng mới về, liên hệ Zalo 0764 219 385",
    "Dịch vụ massage kích dục tận nơi, em gái xinh, ib đặt lịch",
    "Chat sex qua video call, 200k 30 phút, chuyển khoản trước",
], "accented")
B("sexual_solicitation_ad", "sexual spam", "", "sexual", "sexual", [
    "e nhận đi khách, bao đêm 2tr, ib e",
    "bán clip nóng hot girl, ib mua",
], "teencode")
B("insult_official", "insult", "", "officials", "politics", [
    "ông chủ tịch phường ngu vl, nói câu nào sai câu đó",
    "csgt chốt này toàn lũ ăn tiền, mặt như l",
], "teencode")
B("insult_obfuscated", "insult", "", "officials", "politics", [
    "mấy ông q.u.a.n t.h.a.m ó.c l.ợ.n",
    "đ.ồ c.á.n b.ộ ăn hại",
], "obfuscated")
B("sleep_literal", "", "", "sleep", "sleep", [
    "nay t ngủ sớm, mai có ca sáng",
    "bé nhà e ko chịu ngủ, mn có mẹo j ko",
    "ngủ trưa xíu rồi học tiếp",
], "teencode")
B("fishermen_literal", "", "", "fishermen", "fishermen", [
    "ngư dân quê t năm nay trúng mùa cá cơm",
    "tàu ngư dân về bến r, cá tươi rẻ lắm mn",
], "teencode")
B("place_encyclopedic", "", "", "place", "place", [
    "vệ tinh lên quỹ đạo r ae, livestream xem đi",
    "ban chỉ đạo phòng chống bão họp từ sáng",
    "cây cao tầm 5 m, cắt tỉa mất nguyên buổi",
], "teencode")
B("animal_literal", "", "", "animal", "animal", [
    "chó nhà t đẻ 5 con, ai xin ib",
    "bò nhà ngoại đẻ bê con r, dễ thương xỉu",
], "teencode")
B("news_report", "", "", "news", "news_report", [
    "ca bị lừa việc nhẹ lương cao ở cam mới dc giải cứu",
    "cảnh báo: tin nhắn trúng thưởng giả mạo nhà mạng, mn đừng bấm link",
    "vừa đọc báo vụ thằng dọa giết hàng xóm bị bắt r",
], "teencode")
B("self_harm_support_benign", "", "", "self_harm", "support", [
    "nếu b thấy ko ổn thì nhắn t nhé, t nghe b nói",
    "dạo này stress quá, t đang đi gặp bác sĩ tâm lý, đỡ nhiều r",
], "teencode")
B("sexual_health_benign", "", "", "sexual", "health", [
    "xét nghiệm hiv ở đâu bảo mật v mn",
    "dậy thì sớm ở bé gái có sao ko ạ",
], "teencode")
B("profanity_mention_benign", "", "", "profanity", "language", [
    "mẹ dặn ko dc nói bậy ở trường",
], "teencode")
B("public_contact_benign", "", "", "personal_data", "personal_data", [
    "Nhà xe có số tổng đài đặt vé in trên vé, mọi người gọi số đó đừng gọi cò",
    "Tổng đài điện lực 19001xxx hoạt động cả ngày lẫn đêm",
])


# ---------------------------------------------------------------------------------------------
# Hand-typed without diacritics (phone keyboards without an IME, older users, gamers)
# ---------------------------------------------------------------------------------------------
B("identity_stereotype", "identity_attack", "region", "region", "region", [
    "nguoi bac an noi thi hay ma lam thi deo duoc gi",
    "cu dan thanh hoa la phai canh giac, mat do nhu choi",
], "unaccented")
B("identity_stereotype", "identity_attack", "religion", "religion", "religion", [
    "dan theo dao o xom toi toan song kin, khong hoa dong, dung tin",
], "unaccented")
B("identity_stereotype", "identity_attack", "sexuality", "sexuality", "sexuality", [
    "lgbt la benh cua xa hoi hien dai, cam chieu phim do di",
], "unaccented")
B("identity_stereotype", "identity_attack", "nationality", "nationality", "nationality", [
    "khach trung quoc sang la kieu gi cung chen lan, chui bay, mat lich su",
], "unaccented")
B("identity_stereotype", "identity_attack", "disability", "disability", "disability", [
    "nha co dua con bi tu ky la do kiep truoc an o ac",
], "unaccented")
B("identity_stereotype", "identity_attack", "ethnicity", "ethnicity", "ethnicity", [
    "nguoi dong bao tren do chi biet uong ruou roi nam, lam gi co tuong lai",
], "unaccented")
B("identity_stereotype", "identity_attack", "gender", "gender", "gender", [
    "phu nu ma cai chong la mat net, phai biet dieu",
], "unaccented")
B("insult_person", "insult", "", "insult", "insult", [
    "thang admin nay dau toan bun, dang bai nao sai bai do",
    "con nhoc nay mat day vo cung, noi mot cau cai mot cau",
    "nhin mat thang do da thay dan don",
], "unaccented")
B("threat_direct", "threat", "", "threat", "threat", [
    "mai tao doi o cong truong, may ra la biet",
    "tao ma con thay may o day la tao dap nat xe",
], "unaccented")
B("sexual_harassment", "sexual", "", "sexual", "sexual", [
    "em mac vay ngan the kia de anh bop cai",
    "cho anh xin so em, anh muon ngu voi em mot dem",
], "unaccented")
B("self_harm_intent", "self_harm", "", "self_harm", "self_harm", [
    "minh mua thuoc ngu roi, dem nay la het",
    "khong ai can minh ca, chac minh di luon day",
], "unaccented")
B("spam_contact", "spam", "", "commerce", "commerce", [
    "can mua ca phe nguyen chat lien he zalo 0915 283 640",
    "nhan lam bang hieu quang cao gia re, goi ngay cho em",
], "unaccented")
B("scam_account_sale", "scam spam", "", "finance", "accounts", [
    "ban tai khoan ngan hang chinh chu, co ca sim va cccd",
], "unaccented")
B("scam_prize_phishing", "scam", "", "finance", "phishing", [
    "ban da trung thuong 50 trieu, vui long nhap ma otp vao duong link de nhan",
], "unaccented")
B("personal_data_phone", "personal_data", "", "personal_data", "personal_data", [
    "so dt cua thang no tien la 0389 476 120, ae goi doi gium",
], "unaccented")
B("profanity_exclamation", "profanity", "", "profanity", "profanity", [
    "du ma, mat dien ca buoi chieu",
    "vai ca lon, tien dien thang nay gap doi",
], "unaccented")
B("civic_criticism", "", "", "officials", "politics", [
    "de nghi xa cong khai khoan tien dong gop lam duong",
    "chinh quyen nen lang nghe dan truoc khi giai toa",
], "unaccented")
B("news_report", "", "", "news", "news_report", [
    "cong an bat doi tuong lua dao ban hang online hon 2 ty dong",
], "unaccented")
B("commerce_benign", "", "", "commerce", "commerce", [
    "quan com tam nay ngon ma re, 35 nghin mot dia",
    "cho minh hoi dien thoai nay pin co trau khong",
], "unaccented")
B("finance_benign", "", "", "finance", "finance", [
    "lai suat gui tiet kiem thang nay ngan hang nao cao nhat",
], "unaccented")
B("public_contact_benign", "", "", "personal_data", "personal_data", [
    "goi tong dai 115 neu can cap cuu",
], "unaccented")
B("self_harm_idiom_benign", "", "", "self_harm", "idiom", [
    "troi nong chet duoc, o nha bat quat thoi",
], "unaccented")
B("threat_idiom_benign", "", "", "threat", "idiom", [
    "cuoi tuan ve que giet ga an mung tho ong",
], "unaccented")
B("group_neutral", "", "", "groups", "groups", [
    "nguoi hue noi giong nhe nhang, nghe rat de chiu",
    "ban minh nguoi cham day minh nau mon ca ri rat ngon",
], "unaccented")
B("animal_literal", "", "", "animal", "animal", [
    "con cho cai nha minh moi de, ai xin cho con khong",
], "unaccented")
B("sleep_literal", "", "", "sleep", "sleep", [
    "em be ngu trua lau qua co sao khong cac me",
], "unaccented")
B("fishermen_literal", "", "", "fishermen", "fishermen", [
    "ngu dan phu yen duoc mua ca ngu",
], "unaccented")
B("sexual_health_benign", "", "", "sexual", "health", [
    "bac si cho em hoi tiem vac xin hpv o tuoi nao la tot nhat",
], "unaccented")


# ---------------------------------------------------------------------------------------------
# Vulgar intensifiers in otherwise harmless statements: profanity aimed at no one
# ---------------------------------------------------------------------------------------------
B("profanity_intensifier", "profanity", "", "profanity", "profanity", [
    "Quán này ngon vãi chưởng, lần sau phải rủ cả nhà",
    "Đội tuyển hôm nay đá hay vãi cả linh hồn",
    "Cảnh hoàng hôn ở Mũi Né đẹp vãi lồn luôn",
])
B("profanity_intensifier", "profanity", "", "profanity", "profanity", [
    "kỳ thi này khó vl",
    "phim này hay vcl, xem đi mn",
    "con mèo nhà t dễ thương vl",
    "trời đẹp vl, đi chơi thôi ae",
], "teencode")


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
VIETNAMESE_MARKS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")


def has_marks(text: str) -> bool:
    return any(ch in VIETNAMESE_MARKS for ch in text.lower())


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


def build_rows() -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    per_functionality: Counter[str] = Counter()
    accented_seen = 0

    def add(block: dict, text: str, register: str) -> None:
        text = unicodedata.normalize("NFC", text.strip())
        key = normalised(text)
        if key in seen:
            raise ValueError(f"duplicate case: {text!r}")
        seen.add(key)
        functionality = block["functionality"]
        per_functionality[functionality] += 1
        cats = [c for c in CATEGORIES if c in block["categories"]]
        tgts = [t for t in TARGETS if t in block["targets"]]
        rows.append(
            {
                "id": f"fn-{functionality}-{per_functionality[functionality]:03d}",
                "text": text,
                "categories": cats,
                "targets": tgts,
                "label": summary_label(cats),
                "group": block["group"],
                "register": register,
                "topic": block["topic"],
                "benign": not cats,
                "functionality": functionality,
            }
        )

    for block in BLOCKS:
        unknown = (set(block["categories"]) - set(CATEGORIES)) | (
            set(block["targets"]) - set(TARGETS)
        )
        if unknown:
            raise ValueError(f"{block['functionality']}: unknown names {sorted(unknown)}")
        if block["targets"] and "identity_attack" not in block["categories"]:
            raise ValueError(f"{block['functionality']}: targets without identity_attack")
        register = block["register"]
        if register not in REGISTERS:
            raise ValueError(f"unknown register {register!r}")
        for text in block["texts"]:
            if register == "accented" and not has_marks(text):
                raise ValueError(f"accented case without diacritics: {text!r}")
            if register == "unaccented" and has_marks(text):
                raise ValueError(f"unaccented case with diacritics: {text!r}")
            add(block, text, register)
            if register == "accented":
                accented_seen += 1
                stripped = strip_diacritics(text)
                if accented_seen % STRIP_EVERY == 0 and normalised(stripped) not in seen:
                    add(block, stripped, "unaccented")
    return rows


def composition(rows: list[dict]) -> str:
    """The table pasted into DATASHEET.md."""
    n = len(rows)
    lines = [f"rows: {n}", f"benign: {sum(r['benign'] for r in rows)} "
             f"({100 * sum(r['benign'] for r in rows) / n:.1f}%)", ""]

    def table(title: str, counter: Counter[str], order: tuple[str, ...] | list[str]) -> None:
        lines.append(f"| {title} | rows | share |")
        lines.append("|---|---:|---:|")
        for name in order:
            lines.append(f"| {name} | {counter[name]} | {100 * counter[name] / n:.1f}% |")
        lines.append("")

    cats: Counter[str] = Counter(c for r in rows for c in r["categories"])
    table("category (harmful rows carrying it)", cats, CATEGORIES)
    tgts: Counter[str] = Counter(t for r in rows for t in r["targets"])
    table("target (identity_attack rows)", tgts, TARGETS)
    table("label", Counter(r["label"] for r in rows), ("CLEAN", "OFFENSIVE", "HATE"))
    table("register", Counter(r["register"] for r in rows), REGISTERS)
    funcs: Counter[str] = Counter(r["functionality"] for r in rows)
    table("functionality", funcs, sorted(funcs))
    return "\n".join(lines)


def main() -> None:
    rows = build_rows()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(composition(rows))


if __name__ == "__main__":
    main()
