"""Reading quiz files and answer sheets; every problem reported as `path:line: what is wrong`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from .models import AnswerRow, Quiz

ANSWER_COLUMNS = ("student", "question", "answer")
_MAX_PROBLEMS = 20


def _read_text(path: Path, encoding: str = "utf-8") -> str:
    try:
        return path.read_bytes().decode(encoding)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def json_offset(text: str, loc: tuple[int | str, ...]) -> int:
    """The offset in a JSON text of the value at a pydantic error location (its container when missing)."""
    decoder = json.JSONDecoder()
    pos = _skip_ws(text, 0)
    try:
        for key in loc:
            if text[pos] == "{" and isinstance(key, str):
                start, pos = pos, _skip_ws(text, pos + 1)
                while text[pos] != "}":
                    name, pos = decoder.raw_decode(text, pos)
                    pos = _skip_ws(text, _skip_ws(text, pos) + 1)
                    if name == key:
                        break
                    pos = _skip_ws(text, decoder.raw_decode(text, pos)[1])
                    pos = _skip_ws(text, pos + 1) if text[pos] == "," else pos
                else:
                    return start
            elif text[pos] == "[" and isinstance(key, int):
                start, pos = pos, _skip_ws(text, pos + 1)
                for _ in range(key):
                    pos = _skip_ws(text, decoder.raw_decode(text, pos)[1])
                    pos = _skip_ws(text, pos + 1) if text[pos] == "," else pos
                if text[pos] == "]":
                    return start
            else:
                return pos
    except (IndexError, ValueError):
        return pos
    return pos


def parse_quiz(text: str, path: str | Path = "<quiz>") -> Quiz:
    """A quiz from the text of a quiz file; InputError naming the line of each problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg} (column {exc.colno})") from None
    try:
        return Quiz.model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors()[:_MAX_PROBLEMS]:
            loc = tuple(err["loc"])
            line = text.count("\n", 0, json_offset(text, loc)) + 1
            where = ".".join(str(p) for p in loc)
            msg = err["msg"].removeprefix("Value error, ")
            lines.append(f"{path}:{line}: {where + ': ' if where else ''}{msg}")
        raise InputError("\n".join(lines)) from None


def load_quiz(path: str | Path) -> Quiz:
    """Read a quiz file written by `bot quiz export --format json`."""
    where = Path(path)
    return parse_quiz(_read_text(where), where)


def parse_answers(text: str, path: str | Path = "<answers>") -> list[AnswerRow]:
    """Rows of an answers CSV with the columns student, question, answer (any order, more allowed)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise InputError(f"{path}:1: {exc}") from None
    if not header or not any(h.strip() for h in header):
        raise InputError(
            f"{path}:1: no header; the first line must name the columns {','.join(ANSWER_COLUMNS)}"
        )
    names = [h.strip().lower() for h in header]
    missing = [c for c in ANSWER_COLUMNS if c not in names]
    if missing:
        raise InputError(
            f"{path}:1: missing column(s) {', '.join(missing)}; the header must name "
            f"{', '.join(ANSWER_COLUMNS)} (found: {', '.join(h for h in names if h) or 'nothing'})"
        )
    at = {c: names.index(c) for c in ANSWER_COLUMNS}
    rows: list[AnswerRow] = []
    problems: list[str] = []
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(f"{path}:{start}: {exc}")
            break
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(
                f"{path}:{start}: expected {len(header)} fields ({','.join(names)}), found {len(row)}"
            )
            continue
        student, question = row[at["student"]].strip(), row[at["question"]].strip()
        if not student or not question:
            problems.append(f"{path}:{start}: the {'student' if not student else 'question'} is empty")
            continue
        rows.append(AnswerRow(student=student, question=question, answer=row[at["answer"]], line=start))
    if problems:
        more = len(problems) - _MAX_PROBLEMS
        tail = [f"... and {more} more"] if more > 0 else []
        raise InputError("\n".join(problems[:_MAX_PROBLEMS] + tail))
    return rows


def load_answers(path: str | Path) -> list[AnswerRow]:
    """Read an answers CSV (UTF-8, a byte-order mark allowed, as spreadsheets write it)."""
    where = Path(path)
    return parse_answers(_read_text(where, "utf-8-sig"), where)
