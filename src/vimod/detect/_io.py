"""Reading batch inputs and labelled evaluation files (used by the CLI)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vimod.detect._types import LABELS
from vimod.errors import InvalidInput

FORMATS = ("jsonl", "csv", "txt")


def guess_format(path: str, first_line: str | None = None) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in ("jsonl", "ndjson", "json"):
        return "jsonl"
    if suffix in ("csv", "txt"):
        return suffix
    if first_line is not None and first_line.lstrip().startswith("{"):
        return "jsonl"
    return "txt"


def open_input(path: str) -> io.TextIOBase:
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig",
                                errors="surrogateescape", newline="")
    p = Path(path)
    if not p.is_file():
        raise InvalidInput(f"input file not found: {path}")
    # utf-8-sig: spreadsheet exports start with a BOM that would hide the "text" header.
    # surrogateescape: an invalid byte survives as a lone surrogate, so the row it sits in
    # gets an error record (see _bad_bytes) instead of being silently altered.
    return p.open(encoding="utf-8-sig", errors="surrogateescape", newline="")


def _bad_bytes(text: str) -> bool:
    """True when decoding left escaped invalid bytes (U+DC80..U+DCFF) in ``text``."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def iter_rows(f: io.TextIOBase, fmt: str) -> Iterator[tuple[Any, str | None, str | None]]:
    """Yield ``(id, text, error)``: exactly one of text / error is set for each input row."""
    if fmt == "txt":
        for n, line in enumerate(f, start=1):
            if _bad_bytes(line):
                yield n, None, f"line {n}: not valid UTF-8"
                continue
            yield n, line.rstrip("\r\n"), None
    elif fmt == "jsonl":
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue  # blank separator lines are not rows
            if _bad_bytes(line):
                yield n, None, f"line {n}: not valid UTF-8"
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield n, None, f"line {n}: not valid JSON ({e.msg})"
                continue
            if not isinstance(obj, dict):
                yield n, None, f"line {n}: expected a JSON object with a 'text' field"
                continue
            rid = obj.get("id", n)
            text = obj.get("text")
            if not isinstance(text, str):
                yield rid, None, f"line {n}: field 'text' missing or not a string"
                continue
            yield rid, text, None
    elif fmt == "csv":
        reader = csv.DictReader(f)
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            raise InvalidInput("CSV input needs a header row with a 'text' column")
        for n, row in enumerate(reader, start=1):
            rid = row.get("id") or n
            text = row.get("text")
            if text is None or None in row:
                yield rid, None, f"row {n}: wrong number of fields"
                continue
            if _bad_bytes(text):
                yield rid, None, f"row {n}: not valid UTF-8"
                continue
            yield rid, text, None
    else:
        raise InvalidInput(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _label_id(value: Any, where: str) -> int:
    if isinstance(value, int) and 0 <= value < len(LABELS):
        return value
    s = str(value).strip()
    if s.isdigit() and int(s) < len(LABELS):
        return int(s)
    if s.upper() in LABELS:
        return LABELS.index(s.upper())
    raise InvalidInput(f"{where}: unknown label {value!r} (use 0/1/2 or CLEAN/OFFENSIVE/HATE)")


def read_labelled(path: str) -> tuple[list[str], list[int]]:
    """Texts and gold label ids from a ViHSD-style CSV (``free_text,label_id``), a CSV with
    ``text,label`` or a JSONL with ``text`` and ``label`` (0/1/2 or CLEAN/OFFENSIVE/HATE)."""
    p = Path(path)
    if not p.is_file():
        raise InvalidInput(f"evaluation file not found: {path}")
    texts: list[str] = []
    labels: list[int] = []
    with p.open(encoding="utf-8-sig", newline="") as f:
        if p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            for n, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InvalidInput(f"{path} line {n}: not valid JSON ({e.msg})") from None
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    raise InvalidInput(f"{path} line {n}: needs a string 'text' field")
                texts.append(obj["text"])
                labels.append(_label_id(obj.get("label"), f"{path} line {n}"))
        else:
            reader = csv.DictReader(f)
            cols = reader.fieldnames or []
            tcol = "free_text" if "free_text" in cols else "text"
            lcol = "label_id" if "label_id" in cols else "label"
            if tcol not in cols or lcol not in cols:
                raise InvalidInput(
                    f"{path}: CSV needs columns free_text,label_id (ViHSD) or text,label"
                )
            for n, row in enumerate(reader, start=1):
                texts.append(row[tcol] or "")
                labels.append(_label_id(row[lcol], f"{path} row {n}"))
    return texts, labels


def read_categories(path: str) -> list[set[str]] | None:
    """The gold ``categories`` of a JSONL file in the team-set format, or None when the
    file is not JSONL or has no ``categories`` field (rows in the order of read_labelled)."""
    p = Path(path)
    if p.suffix.lower() not in (".jsonl", ".ndjson", ".json"):
        return None
    out: list[set[str]] = []
    with p.open(encoding="utf-8-sig") as f:
        for line in f:
            if not line.strip():
                continue
            obj = json.loads(line)
            cats = obj.get("categories")
            if not isinstance(cats, list):
                return None
            out.append({str(c) for c in cats})
    return out
