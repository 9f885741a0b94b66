"""The class answers CSV is read the way a spreadsheet wrote it: commas, semicolons or tabs, a byte-order
mark or not, quoted cells with newlines; a stray quote is an error naming its line. Property tests
(hypothesis, fixed seed, bounded examples) for round trips and for arbitrary text."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import InputError
from bot.quiz import parse_answers

NAME = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=20
).filter(lambda s: s.strip())
ANSWER = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\x00"), max_size=40
)
QUESTION = st.sampled_from(["1", "2", "Q3", "#4", "x-sa"])


def sheet(rows: list[list[str]], delimiter: str = ",", bom: bool = False, newline: str = "\n") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows(
        [["student", "question", "answer"], *rows]
    )
    return ("\ufeff" if bom else "") + buf.getvalue()


@settings(max_examples=120, deadline=None, derandomize=True, database=None)
@given(
    st.lists(st.tuples(NAME, QUESTION, ANSWER), max_size=12),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
)
def test_what_a_spreadsheet_writes_is_read_back(rows, delimiter, bom, newline):
    text = sheet([list(r) for r in rows], delimiter, bom, newline)
    read = parse_answers(text, "a.csv")
    kept = [r for r in rows if r[0].strip() or r[1].strip() or r[2].strip()]
    assert [(r.student, r.question, r.answer) for r in read] == [
        (" ".join(s.split()), q, a) for s, q, a in kept
    ]


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=300))
def test_any_text_is_read_or_refused_with_a_message(text):
    try:
        rows = parse_answers("student,question,answer\n" + text, "a.csv")
    except InputError as exc:
        assert str(exc).startswith("a.csv:")
    else:
        assert all(r.student and r.question for r in rows)


def test_semicolons_with_a_byte_order_mark():
    rows = parse_answers("\ufeffstudent;question;answer\nann;1;85,5 million\n", "a.csv")
    assert [(r.student, r.question, r.answer) for r in rows] == [("ann", "1", "85,5 million")]


def test_a_quoted_answer_over_two_lines_is_one_answer():
    rows = parse_answers('student,question,answer\nann,1,"first line\nsecond line"\nbob,1,x\n', "a.csv")
    assert [r.answer for r in rows] == ["first line\nsecond line", "x"] and rows[1].line == 4


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('student,question,answer\nann,1,"yes\nbob,2,no\n', 2),
        ('student,question,answer\nann,1,ok\nbob,2,"no ""really""\ncy,3,x\n', 3),
    ],
)
def test_an_unclosed_quote_names_its_line(text, line):
    with pytest.raises(
        InputError, match=rf"^a\.csv:{line}: a quoted field opened on this line is never closed"
    ):
        parse_answers(text, "a.csv")


def test_a_quote_inside_a_cell_is_just_a_character():
    rows = parse_answers('student,question,answer\nann,1,he said "hi\nbob,2,x\n', "a.csv")
    assert [r.answer for r in rows] == ['he said "hi', "x"]
