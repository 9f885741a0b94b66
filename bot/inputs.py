"""Reading what a user hands the bot, the way it was written: question files (any line ending, a UTF-8 BOM,
UTF-16 or UTF-32 with a BOM), command-line text that is not valid UTF-8, and `bot eval` case files.

Question files are streamed: memory stays constant however long the file, and a line longer than
`MAX_LINE_BYTES` is reported and skipped instead of being read into memory.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, AnyStr, BinaryIO

from . import paths
from .errors import InputError, parse_problem

if TYPE_CHECKING:
    from .evaluate import Case

MAX_LINE_BYTES = 65_536
"""The longest question line read; no question is anywhere near this (the engine reads 2,000 characters)."""
CHUNK_BYTES = 65_536

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""UTF-32 first: its little-endian mark starts with UTF-16's."""
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class QuestionLine:
    """One line of a question file that matters: a question to answer, or a problem to report."""

    line: int
    question: str = ""
    problem: str = ""
    """`LABEL:LINE: what is wrong; line skipped`, when the line cannot be read."""


def open_question_file(name: str) -> BinaryIO:
    """A question file opened for streaming; InputError for a missing, unreadable or non-regular file (a FIFO
    or /dev/zero would hang: `--file -` reads a pipe)."""
    return paths.open_regular(
        paths.user_path(name), pipe_hint="use --file - to read a pipe on standard input"
    )


def read_questions(
    stream: BinaryIO, label: str, *, max_line: int = MAX_LINE_BYTES, chunk: int = CHUNK_BYTES
) -> Iterator[QuestionLine]:
    """The questions of a file as they arrive: blank lines and `#` comments skipped, bad lines reported.

    CR, LF and CRLF all end a line; a UTF-8 byte-order mark is dropped; a UTF-16 or UTF-32 file is
    recognised by its byte-order mark. Lines are yielded as soon as they are read, so a caller can answer
    and write each one before the next arrives.
    """
    chunks = _chunks(stream, chunk)
    head = b""
    for piece in chunks:
        head += piece
        if len(head) >= 4:
            break
    encoding = next((name for bom, name in _BOMS if head.startswith(bom)), "utf-8")
    if encoding == "utf-8":
        rest = _prepend(head.removeprefix(codecs.BOM_UTF8), chunks)
        lines: Iterator[tuple[int, str | None, str]] = _decoded_lines(_lines(rest, b"\r", b"\n", max_line))
    else:
        text = _decode_stream(_prepend(head, chunks), encoding, label)
        lines = ((n, line, "") for n, line in enumerate(_lines(text, "\r", "\n", max_line), start=1))
    unit = "bytes" if encoding == "utf-8" else "characters"
    for n, line, problem in lines:
        if line is None:
            problem = f"longer than {max_line:,} {unit} (is this a question file?)"
        elif "\x00" in line:
            problem = "contains NUL characters (a UTF-16 file without a byte-order mark?)"
        if problem:
            yield QuestionLine(n, problem=f"{label}:{n}: {problem}; line skipped")
            continue
        assert line is not None
        question = line.strip()
        if question and not question.startswith("#"):
            yield QuestionLine(n, question=question)


def _decode_stream(chunks: Iterable[bytes], encoding: str, label: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        for piece in chunks:
            yield decoder.decode(piece)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise InputError(
            f"{label}: not valid {encoding.upper()} (the file starts with a {encoding.upper()} byte-order mark)"
        ) from None


def _decoded_lines(lines: Iterable[bytes | None]) -> Iterator[tuple[int, str | None, str]]:
    for n, raw in enumerate(lines, start=1):
        if raw is None:
            yield n, None, ""
            continue
        try:
            yield n, raw.decode("utf-8"), ""
        except UnicodeDecodeError as exc:
            yield n, "", f"not valid UTF-8 (byte {exc.start + 1} of the line)"


def _chunks(stream: BinaryIO, size: int) -> Iterator[bytes]:
    """What the stream has, as soon as it has it (`read1`), so piped questions are answered as they come."""
    read = getattr(stream, "read1", stream.read)
    while piece := read(size):
        yield piece


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    if first:
        yield first
    yield from rest


def _lines(chunks: Iterable[AnyStr], cr: AnyStr, lf: AnyStr, max_len: int) -> Iterator[AnyStr | None]:
    """Lines split at CR, LF or CRLF (a CRLF split across two chunks counts once), without their endings;
    None for a line longer than `max_len`, whose content is dropped as it streams by."""
    empty = cr[:0]
    pending: list[AnyStr] = []
    size = 0
    too_long = after_cr = False
    for piece in chunks:
        if not piece:
            continue  # a decoder holding half a character: changes nothing, not even after_cr
        if after_cr and piece.startswith(lf):
            piece = piece[1:]
        after_cr = piece.endswith(cr)
        if not piece:
            continue
        complete = piece.replace(cr + lf, lf).replace(cr, lf).split(lf)
        rest = complete.pop()
        for part in complete:
            pending.append(part)
            yield None if too_long or size + len(part) > max_len else empty.join(pending)
            pending, size, too_long = [], 0, False
        if not too_long and rest:
            size += len(rest)
            too_long = size > max_len
            if too_long:
                pending = []
            else:
                pending.append(rest)
    if too_long:
        yield None
    elif pending:
        yield empty.join(pending)


def command_line_text(value: str) -> tuple[str, bool]:
    """A command-line argument as text: bytes that were not valid UTF-8 (kept by Python as lone surrogates,
    which no strict UTF-8 output can encode) become U+FFFD. Returns the text and whether anything changed."""
    if not _SURROGATE.search(value):
        return value, False
    return os.fsencode(value).decode("utf-8", "replace"), True


def load_eval_cases(path: str) -> list[Case]:
    """`bot eval`'s cases (see `bot.evaluate.load_cases`), with what that reader cannot survive refused first
    or turned into a message: a missing or non-regular file, JSON nested thousands deep, huge integers."""
    from .evaluate import load_cases

    where = paths.existing_file(path)
    try:
        return load_cases(where)
    except (RecursionError, ValueError) as exc:
        raise InputError(parse_problem(path, exc)) from None
