"""Property tests (hypothesis, derandomized and bounded in time): the engine answers anything through the
public API, the question-file reader reads any text the way it was written, and the safety functions keep
their promises for any input."""

from __future__ import annotations

import codecs
import io
import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot
from bot.answers import Answer, Attribution, Citation, Conversation
from bot.inputs import read_questions
from bot.render import to_json
from bot.safety import csv_cell, one_line, terminal

BOUNDED = settings(
    max_examples=150,
    deadline=2000,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
"""Every property: a fixed set of examples (the same on every run and in CI), each within two seconds."""

ANY_TEXT = st.text(st.characters(codec="utf-8"))
"""Any text, controls, escapes, bidi overrides and astral characters included (no lone surrogates)."""
HUGE_TEXT = st.builds(
    lambda piece, n: piece * n, st.text(min_size=1, max_size=8), st.integers(1_000, 100_000)
)
CONTROLS = {chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_control(ch: str) -> bool:
    return ch in CONTROLS or "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069"


# -- the engine, through the public API ---------------------------------------------------------------------


@BOUNDED
@given(st.lists(st.one_of(ANY_TEXT, HUGE_TEXT), min_size=1, max_size=4))
def test_engine_answers_any_text_with_a_valid_answer(turns):
    engine = bot.load_engine()
    conversation = Conversation()
    for text in turns:
        answer = engine.answer(text, conversation)
        assert isinstance(answer, Answer) and answer.question == text
        assert answer.status in ("answered", "unknown", "clarify")
        assert 0.0 <= answer.confidence <= 1.0 and answer.answer
        assert all(c.sentence for c in answer.citations)
        assert all(isinstance(c, Citation) for c in answer.citations)
        assert answer.says is None or isinstance(answer.says, Attribution)
        assert answer.kind in ("answer", "check", "comparison", "sourcing", "overview", "decline", "chat")


# -- the question-file reader --------------------------------------------------------------------------------

LINE = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00\ufeff"), max_size=30)
ENCODINGS = {
    "utf-8": b"",
    "utf-8-sig": b"",
    "utf-16-le": codecs.BOM_UTF16_LE,
    "utf-16-be": codecs.BOM_UTF16_BE,
    "utf-32-le": codecs.BOM_UTF32_LE,
}


@BOUNDED
@given(
    lines=st.lists(LINE, max_size=12),
    endings=st.lists(st.sampled_from(["\n", "\r", "\r\n"]), min_size=12, max_size=12),
    encoding=st.sampled_from(sorted(ENCODINGS)),
    chunk=st.integers(1, 9),
    last_ending=st.booleans(),
)
def test_reader_reads_any_lines_in_any_encoding_ending_and_chunking(
    lines, endings, encoding, chunk, last_ending
):
    endings = [
        "\r\n" if end == "\r" and n + 1 < len(lines) and not lines[n + 1] else end  # "\r" + "" + "\n" is CRLF
        for n, end in enumerate(endings)
    ]
    text = "".join(line + end for line, end in zip(lines, endings, strict=False))
    if lines and not last_ending:
        text = text.removesuffix(endings[len(lines) - 1])
    data = ENCODINGS[encoding] + text.encode(encoding)
    got = [(q.line, q.question, q.problem) for q in read_questions(io.BytesIO(data), "f", chunk=chunk)]
    expected = [
        (n, line.strip(), "")
        for n, line in enumerate(lines, start=1)
        if line.strip() and not line.strip().startswith("#")
    ]
    assert got == expected


@BOUNDED
@given(lines=st.lists(st.text("ab\u00e9", max_size=12), max_size=8), chunk=st.integers(1, 5))
def test_reader_reports_every_over_long_line_and_keeps_the_rest(lines, chunk):
    data = "\n".join(lines).encode()
    got = list(read_questions(io.BytesIO(data), "f", max_line=8, chunk=chunk))
    for n, line in enumerate(lines, start=1):
        mine = [q for q in got if q.line == n]
        if len(line.encode()) > 8:
            assert [q.problem for q in mine] == [
                f"f:{n}: longer than 8 bytes (is this a question file?); line skipped"
            ]
        else:
            assert [q.question for q in mine] == ([line] if line else [])


# -- the safety functions -------------------------------------------------------------------------------------


@BOUNDED
@given(ANY_TEXT)
def test_terminal_leaves_no_control_but_tab_and_newline_and_is_idempotent(text):
    safe = terminal(text)
    assert not any(is_control(ch) for ch in safe if ch not in "\t\n")
    assert terminal(safe) == safe


@BOUNDED
@given(ANY_TEXT)
def test_one_line_leaves_one_line_without_controls_and_is_idempotent(text):
    safe = one_line(text)
    assert not any(is_control(ch) for ch in safe)
    assert one_line(safe) == safe


@BOUNDED
@given(ANY_TEXT)
def test_csv_cell_never_starts_a_formula_keeps_only_newlines_and_is_idempotent(text):
    cell = csv_cell(text)
    assert not cell.startswith(FORMULA_START)
    assert not any(is_control(ch) for ch in cell if ch != "\n")
    assert csv_cell(cell) == cell


@BOUNDED
@given(st.recursive(st.one_of(st.none(), st.integers(), ANY_TEXT), lambda inner: st.lists(inner, max_size=3)))
def test_json_output_escapes_every_control_and_parses_back(value):
    text = to_json({"value": value}, indent=2)
    assert json.loads(text) == {"value": value}
    assert not any(is_control(ch) for ch in text if ch != "\n")
