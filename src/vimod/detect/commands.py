"""``vimod check | batch | train | eval``: the detector on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

_MODEL_HELP = "Model directory (default: the model shipped with vimod)."


def _fail(msg: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {msg}", err=True)
    return typer.Exit(code=code)


def _load(model: Path | None) -> Any:
    from vimod.detect import Detector

    return Detector.load(model)


def highlight(text: str, spans: list[dict], color: bool) -> str:
    """The text with its spans marked: ANSI bold red on a terminal, ``[[...]]`` otherwise."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s["start"]):
        out.append(text[pos : s["start"]])
        piece = text[s["start"] : s["end"]]
        out.append(f"\x1b[1;31m{piece}\x1b[0m" if color else f"[[{piece}]]")
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def register(app: typer.Typer) -> None:
    @app.command("check")
    def check_cmd(
        text: str = typer.Argument(..., help="The comment to score (quote it)."),
        model: Path | None = typer.Option(None, "--model", help=_MODEL_HELP),
        as_json: bool = typer.Option(False, "--json", help="Print the result object as JSON."),
        surface: str | None = typer.Option(
            None, "--surface", help="Where the text appears (comment, review, username, "
            "marketplace_listing...); only 'review' changes the result (review-sense spam)."),
    ) -> None:
        """Score one comment: label, categories and targets, spam, and the spans that carry
        abuse or personal data."""
        from vimod.errors import VimodError

        try:
            det = _load(model).predict([text], surface=surface)[0]
        except VimodError as e:
            raise _fail(str(e)) from None
        if as_json:
            typer.echo(json.dumps(det.to_dict(), ensure_ascii=False))
            return
        scores = "  ".join(f"{k} {v:.2f}" for k, v in det.scores.items())
        typer.echo(f"{det.label}   ({scores}; spam {det.spam:.2f})")
        fired = [f"{k} {v:.2f}" for k, v in det.categories.items() if v >= 0.5]
        typer.echo("  categories: " + (", ".join(fired) if fired else "none"))
        if det.targets:
            typer.echo("  targets: " + ", ".join(det.targets))
        if det.spans:
            typer.echo("  " + highlight(text, det.spans, sys.stdout.isatty()))
        typer.echo(f"  model {det.model}")

    @app.command("batch")
    def batch_cmd(
        input: str = typer.Argument(..., help=".jsonl / .csv / .txt file, or - for stdin."),
        output: str = typer.Option("-", "-o", "--output", help="Output .jsonl (- = stdout)."),
        fmt: str | None = typer.Option(
            None, "--format", help="jsonl, csv or txt (default: from the file extension; "
            "for stdin, jsonl when the first line starts with '{', else txt)."
        ),
        model: Path | None = typer.Option(None, "--model", help=_MODEL_HELP),
        chunk: int = typer.Option(512, "--chunk", min=1, help="Texts scored per call."),
        surface: str | None = typer.Option(
            None, "--surface", help="Surface of every row (only 'review' changes spam)."),
    ) -> None:
        """Score a file: one JSON result per input row, with the row's id (or line number):
        label, scores, categories, targets, spam, spans, model.

        A malformed row yields {"id": ..., "error": "..."} instead of a result."""
        from tqdm import tqdm

        from vimod.detect._io import guess_format, iter_rows, open_input
        from vimod.errors import VimodError

        try:
            detector = _load(model)
            f = open_input(input)
        except VimodError as e:
            raise _fail(str(e)) from None
        first = None
        if fmt is None:
            if input == "-":
                first = f.readline()
            fmt = guess_format(input, first)
        lines: Any = f
        if first is not None:
            import itertools

            lines = itertools.chain([first], f)
        out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
        bar = tqdm(desc="scoring", unit=" rows", file=sys.stderr, disable=input == "-")
        n_err = 0

        def flush(buf: list[tuple[Any, str]]) -> None:
            if not buf:
                return
            results = detector.predict([t for _, t in buf], surface=surface)
            for (rid, _), det in zip(buf, results, strict=True):
                out.write(json.dumps({"id": rid, **det.to_dict()}, ensure_ascii=False) + "\n")
            bar.update(len(buf))
            buf.clear()

        try:
            buf: list[tuple[Any, str]] = []
            for rid, text, err in iter_rows(lines, fmt):
                if err is not None:
                    flush(buf)
                    out.write(json.dumps({"id": rid, "error": err}, ensure_ascii=False) + "\n")
                    bar.update(1)
                    n_err += 1
                    continue
                assert text is not None  # iter_rows sets exactly one of text / error
                buf.append((rid, text))
                if len(buf) >= chunk:
                    flush(buf)
            flush(buf)
        except VimodError as e:
            raise _fail(str(e)) from None
        finally:
            bar.close()
            if out is not sys.stdout:
                out.close()
            f.close()
        if n_err:
            typer.echo(f"{n_err} malformed row(s) reported as error records", err=True)

    @app.command("train")
    def train_cmd(
        data: Path = typer.Option(..., "--data", help="Folder holding vihsd/, vihos/, "
                                  "vispamreviews/, safesense/, victsd/, vietnews/."),
        out: Path = typer.Option(..., "-o", "--out", help="Model directory to write."),
        contrastive: Path | None = typer.Option(
            None, "--contrastive", help="Team-written contrastive JSONL "
            "(default: datasets/contrastive/train.jsonl of the checkout)."),
        max_rows: int | None = typer.Option(
            None, "--max-rows", help="Use only the first N rows of each split (smoke runs)."
        ),
    ) -> None:
        """Train the detector (label, category, spam and span heads) on the corpora in DIR
        and the team's contrastive set. The held-out functional set is never trained on."""
        from vimod.detect._train import Config, train
        from vimod.errors import VimodError

        cfg = Config(max_rows=max_rows, contrastive=contrastive)
        if max_rows is not None:  # smoke runs: few VietNews sentences too
            cfg.news_train = cfg.news_dev = max_rows
        try:
            meta = train(data, out, cfg, log=lambda m: typer.echo(m, err=True))
        except VimodError as e:
            raise _fail(str(e)) from None
        typer.echo(f"wrote {out} ({meta['version']})")

    @app.command("eval")
    def eval_cmd(
        data: str = typer.Option(..., "--data", help="ViHSD-style CSV (free_text,label_id), "
                                 "CSV with text,label, or JSONL with text,label (and "
                                 "categories: then per-category F1 too)."),
        model: Path | None = typer.Option(None, "--model", help=_MODEL_HELP),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    ) -> None:
        """Accuracy, macro-F1, per-class precision/recall/F1 and confusion matrix."""
        from vimod.detect._eval import category_report, classification_report, format_report
        from vimod.detect._io import read_categories, read_labelled
        from vimod.errors import VimodError

        try:
            detector = _load(model)
            texts, gold = read_labelled(data)
            if not texts:
                raise _fail(f"{data} holds no rows")
            results = detector.predict(texts)
            cats = read_categories(data)
        except VimodError as e:
            raise _fail(str(e)) from None
        report = classification_report(gold, [d.label for d in results])
        report["model"] = detector.version
        report["data"] = data
        if cats is not None:  # a team-written set: the categories are scored too
            report["categories"] = category_report(cats, [d.categories for d in results])
        if as_json:
            typer.echo(json.dumps(report, ensure_ascii=False))
        else:
            typer.echo(format_report(report))
