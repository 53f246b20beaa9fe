"""``vimod check | batch | eval | train`` through typer's test runner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vimod.cli import app

runner = CliRunner()


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_check_prints_label_and_highlighted_span() -> None:
    r = runner.invoke(app, ["check", "Đm thằng ngu"])
    assert r.exit_code == 0, r.output
    assert r.output.split()[0] in {"OFFENSIVE", "HATE"}
    assert "[[" in r.output and "]]" in r.output


def test_check_json_prints_the_result_object() -> None:
    r = runner.invoke(app, ["check", "Chúc mọi người vui vẻ", "--json"])
    assert r.exit_code == 0, r.output
    obj = json.loads(r.output)
    assert obj["label"] == "CLEAN" and obj["spans"] == []
    assert set(obj) == {"label", "scores", "spam", "spans", "model", "categories", "targets"}


def test_check_shows_categories_and_targets() -> None:
    r = runner.invoke(app, ["check", "Dân miền Tây lười biếng, chỉ biết nhậu"])
    assert r.exit_code == 0, r.output
    assert "identity_attack" in r.output and "targets: region" in r.output
    r = runner.invoke(app, ["check", "Hôm nay trời đẹp quá"])
    assert "categories: none" in r.output


def test_check_surface_review_switches_the_spam_sense() -> None:
    text = "Hàng đẹp lắm mọi người ơi, shop uy tín nha"
    forum = json.loads(runner.invoke(app, ["check", text, "--json"]).output)
    review = json.loads(runner.invoke(app, ["check", text, "--json", "--surface", "review"])
                        .output)
    assert forum["spam"] == forum["categories"]["spam"]
    assert review["spam"] != forum["spam"] and review["categories"] == forum["categories"]


def test_eval_scores_categories_of_a_team_jsonl(tmp_path) -> None:
    src = tmp_path / "team.jsonl"
    rows = [{"text": "Dân miền Tây lười biếng, chỉ biết nhậu", "label": "HATE",
             "categories": ["identity_attack"]},
            {"text": "Hôm nay trời đẹp quá", "label": "CLEAN", "categories": []}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    r = runner.invoke(app, ["eval", "--data", str(src), "--json"])
    assert r.exit_code == 0, r.output
    rep = json.loads(r.output)
    assert rep["categories"]["per_category"]["identity_attack"]["support"] == 1
    assert rep["categories"]["benign"] == 1


def test_batch_jsonl_keeps_ids_and_reports_malformed_rows(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "a", "text": "Đm thằng ngu"}\n'
        "this is not json\n"
        '{"text": "hay quá"}\n'
        '{"id": "d", "text": 42}\n'
        "\n"
        '{"id": "e", "text": ""}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = _json_lines(out.read_text(encoding="utf-8"))
    assert [row["id"] for row in rows] == ["a", 2, 3, "d", "e"]
    assert rows[0]["label"] != "CLEAN"
    assert "error" in rows[1] and "error" in rows[3]
    assert rows[2]["label"] == "CLEAN" and rows[4]["label"] == "CLEAN"
    # the taxonomy fields are part of every result record
    assert {"categories", "targets"} <= set(rows[0]) and rows[4]["targets"] == []


def test_batch_invalid_utf8_row_gets_an_error_record_and_others_are_scored(tmp_path) -> None:
    src = tmp_path / "in.txt"
    bad = b"b\xe1\xba\xa1n \xff\xfe t\xe1t\n"  # "bạn", then two bytes that are not UTF-8
    src.write_bytes("mày ngu quá\n".encode() + bad + "hay quá\n".encode())
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = _json_lines(out.read_text(encoding="utf-8"))
    assert [row["id"] for row in rows] == [1, 2, 3]
    assert "UTF-8" in rows[1]["error"] and "label" not in rows[1]
    assert rows[0]["label"] != "CLEAN" and rows[2]["label"] == "CLEAN"


def test_batch_csv_uses_id_column_and_flags_short_rows(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,text\nx1,"Đm, thằng ngu"\nx2,"dòng\nhai dòng"\nx3\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = _json_lines(out.read_text(encoding="utf-8"))
    assert [row["id"] for row in rows] == ["x1", "x2", "x3"]
    assert "label" in rows[0] and "label" in rows[1] and "error" in rows[2]


def test_batch_csv_without_text_column_fails_cleanly(tmp_path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,body\n1,hello\n", encoding="utf-8")
    r = runner.invoke(app, ["batch", str(src)])
    assert r.exit_code == 2
    assert "text" in r.output


def test_batch_txt_from_stdin_to_stdout_numbers_lines() -> None:
    r = runner.invoke(app, ["batch", "-"], input="hay quá\nĐm thằng ngu\n")
    assert r.exit_code == 0, r.output
    rows = _json_lines(r.stdout)
    assert [row["id"] for row in rows] == [1, 2]
    assert rows[1]["label"] != "CLEAN"


def test_batch_missing_file_is_an_error_not_a_traceback(tmp_path) -> None:
    r = runner.invoke(app, ["batch", str(tmp_path / "nope.txt")])
    assert r.exit_code == 2
    assert "not found" in r.output


def test_eval_prints_metrics_for_vihsd_style_csv(tmp_path) -> None:
    src = tmp_path / "gold.csv"
    src.write_text(
        "free_text,label_id\nChúc mọi người vui vẻ,0\nĐm thằng ngu,1\nbọn bắc kỳ chó,2\n"
        "Hôm nay trời đẹp,0\n",
        encoding="utf-8",
    )
    r = runner.invoke(app, ["eval", "--data", str(src)])
    assert r.exit_code == 0, r.output
    assert "macro-F1" in r.output and "confusion matrix" in r.output
    r = runner.invoke(app, ["eval", "--data", str(src), "--json"])
    rep = json.loads(r.output)
    assert rep["n"] == 4 and 0 <= rep["macro_f1"] <= 1
    assert len(rep["confusion_matrix"]) == 3


def test_eval_accepts_jsonl_with_label_names(tmp_path) -> None:
    src = tmp_path / "gold.jsonl"
    src.write_text('{"text": "hay", "label": "CLEAN"}\n{"text": "đm mày", "label": 1}\n',
                   encoding="utf-8")
    r = runner.invoke(app, ["eval", "--data", str(src), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["n"] == 2


def test_eval_rejects_unknown_labels(tmp_path) -> None:
    src = tmp_path / "gold.jsonl"
    src.write_text('{"text": "hay", "label": "SPICY"}\n', encoding="utf-8")
    r = runner.invoke(app, ["eval", "--data", str(src)])
    assert r.exit_code == 2
    assert "unknown label" in r.output


@pytest.mark.corpus
@pytest.mark.slow
def test_train_on_a_few_hundred_rows_writes_a_loadable_model(data_dir, tmp_path) -> None:
    from vimod import Detector

    out = tmp_path / "model"
    r = runner.invoke(app, ["train", "--data", str(data_dir), "-o", str(out),
                            "--max-rows", "300"])
    assert r.exit_code == 0, r.output
    det = Detector.load(out)
    d = det.predict(["Đm thằng ngu", "hay quá"])
    assert len(d) == 2 and det.version.startswith("vimod-detect-")
    assert not any(p.suffix in {".pkl", ".pickle", ".joblib"} for p in out.iterdir())
