"""Reading quiz files and answer sheets; every problem reported as `path:line: what is wrong`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pydantic import ValidationError

from .. import paths
from ..errors import InputError
from ..safety import one_line
from .models import AnswerRow, Quiz

ANSWER_COLUMNS = ("student", "question", "answer")
DELIMITERS = (",", ";", "\t")
"""Spreadsheets write commas, or semicolons where the comma is the decimal mark, or tabs."""
MAX_FILE_BYTES = 64 * 2**20
"""Quiz files and class sheets are small; a bigger file is refused rather than read into memory."""
_MAX_PROBLEMS = 20


def _read_text(path: Path) -> str:
    """A small regular file's text; InputError for a missing, special, huge or undecodable file."""
    where = paths.existing_file(path)
    size = where.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{path}: too big ({size} bytes; at most {MAX_FILE_BYTES})")
    data = paths.read_regular(where)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not valid UTF-8 (byte {exc.start})") from None


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
    except RecursionError:
        raise InputError(f"{path}: invalid quiz file: nested too deeply") from None
    except ValueError as exc:
        raise InputError(f"{path}: invalid quiz file: {one_line(str(exc))[:200]}") from None
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


def _unclosed_quote(text: str, delimiter: str) -> int | None:
    """The line of a quoted field that is never closed (a stray `"` would swallow every later row), or
    None. Quotes open a field only at its start, as the csv module reads them."""
    if '"' not in text:
        return None
    line, start, quoted, at_field_start = 1, 0, False, True
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == '"':
                if text[i + 1 : i + 2] == '"':
                    i += 1
                else:
                    quoted = False
            elif ch == "\n":
                line += 1
        elif ch == '"' and at_field_start:
            quoted, start = True, line
        elif ch == "\n":
            line += 1
        at_field_start = not quoted and ch in (delimiter, "\n", "\r")
        i += 1
    return start if quoted else None


def _delimiter(text: str) -> str:
    """The delimiter whose first line names the required columns (comma when none does)."""
    first = text.split("\n", 1)[0]
    for delimiter in DELIMITERS:
        try:
            header = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            continue
        if {c for c in ANSWER_COLUMNS} <= {h.strip().lower() for h in header}:
            return delimiter
    return ","


def parse_answers(text: str, path: str | Path = "<answers>") -> list[AnswerRow]:
    """Rows of an answers CSV with the columns student, question, answer (any order, more allowed),
    separated by commas, semicolons or tabs: whatever the teacher's spreadsheet wrote. A quote left open
    is refused outright, since it would silently swallow every later row."""
    text = text.removeprefix("\ufeff")
    delimiter = _delimiter(text)
    unclosed = _unclosed_quote(text, delimiter)
    if unclosed is not None:
        raise InputError(
            f'{path}:{unclosed}: a quoted field opened on this line is never closed (a stray "?); '
            "every later row would be read as part of it, so nothing was graded"
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
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
        found = ", ".join(one_line(h)[:40] for h in names if h) or "nothing"
        raise InputError(
            f"{path}:1: missing column(s) {', '.join(missing)}; the header must name "
            f"{', '.join(ANSWER_COLUMNS)} (found: {found})"
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
                f"{path}:{start}: expected {len(header)} fields ({','.join(one_line(n)[:40] for n in names)}), "
                f"found {len(row)}"
            )
            continue
        student, question = " ".join(row[at["student"]].split()), row[at["question"]].strip()
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
    return parse_answers(_read_text(where), where)
