"""Near-duplicate clusters: the MinHash bands keep a spam wave together (variants included)
and keep unrelated texts apart; assign_clusters gives every queued item its cluster."""

from __future__ import annotations

from sqlalchemy import select

from tests.web.factories import make_item, make_platform
from vimod.acts.clusters import BANDS, assign_clusters, bands_of, fold
from vimod.store import clusters
from vimod.store.db import SessionFactory
from vimod.store.models import ReviewTask

LOAN = "Vay tiền nhanh {n} triệu không cần thế chấp, giải ngân trong 5 phút, liên hệ zalo 09{n}"


def test_fold_drops_case_diacritics_digits_and_links() -> None:
    assert fold("Đồ NGU 0912 http://x.vn/a") == "do ngu 0 lienket"


def test_variants_share_a_band_and_unrelated_texts_do_not() -> None:
    a = set(bands_of(LOAN.format(n=50)))
    variant = set(bands_of(fold(LOAN.format(n=30)).upper()))  # no accents, other numbers
    other = set(bands_of("Chính quyền xử lý vụ ngập lụt quá chậm, dân khổ mấy tuần nay"))
    assert len(a) == BANDS
    assert a & variant
    assert not a & other


def test_assign_clusters_groups_a_wave(factory: SessionFactory) -> None:
    with factory() as s, s.begin():
        platform = make_platform(s)
        wave = [make_item(s, platform, LOAN.format(n=10 + i))[0].id for i in range(12)]
        lone = make_item(s, platform, "Bài viết hay quá, cảm ơn bạn đã chia sẻ")[0].id
        assert clusters.any_unclustered(s)
        assert assign_clusters(s, limit=5) == 5  # in batches
        assign_clusters(s)
        assert not clusters.any_unclustered(s)
        by_item = dict(s.execute(select(ReviewTask.item_id, ReviewTask.cluster_id)).all())
        members = clusters.pending_items_of(s, [by_item[wave[0]]])
    assert {by_item[i] for i in wave} == {wave[0]}
    assert by_item[lone] == lone
    assert members == {wave[0]: wave}
