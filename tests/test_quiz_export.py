"""Exports parsed back: JSON through the model, the Markdown answer key, GIFT against its grammar."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.errors import InputError
from bot.quiz import Quiz, QuizItem, parse_quiz
from bot.quiz.formats import gift_escape, to_gift, to_html, to_json, to_markdown
from bot.quiz.generate import generate_quiz
from bot.quiz.models import LETTERS


def tricky_quiz() -> Quiz:
    """Every GIFT special character in prompts and answers."""
    items = [
        QuizItem(
            id="t-sa",
            kind="short",
            prompt="What is 1+1 = ? {curly} #hash: ~tilde \\ back",
            answer="a=b",
            accept=["c:d", "e~f"],
            record="t",
        ),
        QuizItem(
            id="t-mc",
            kind="choice",
            prompt="Pick {one}: x=y?",
            options=["a#1", "b~2", "c{3}", "d:4"],
            answer="c{3}",
            record="t",
        ),
        QuizItem(
            id="t-tf",
            kind="truefalse",
            prompt="Ratio is 1:2 = true",
            answer="false",
            record="t",
            cited="A cited: sentence = {x}.",
        ),
    ]
    return Quiz(id="quiz-tricky", title="Tricky: {quiz}", seed=1, items=items)


class TestJson:
    def test_round_trip_through_the_model(self, quiz):
        text = to_json(quiz)
        again = parse_quiz(text)
        assert again == quiz
        assert to_json(again) == text

    def test_no_timestamps(self, quiz):
        assert not re.search(r"\d{4}-\d{2}-\d{2}T", to_json(quiz))

    def test_tricky_round_trip(self):
        assert parse_quiz(to_json(tricky_quiz())) == tricky_quiz()


def parse_answer_key(markdown: str) -> dict[int, str]:
    key_part = markdown.split("## Answer key", 1)[1]
    out = {}
    for line in key_part.splitlines():
        match = re.match(r"^(\d+)\. \*\*(.+?)\*\*", line)
        if match:
            out[int(match.group(1))] = re.sub(r"\\(.)", r"\1", match.group(2))
    return out


class TestMarkdown:
    def test_questions_then_a_separate_answer_key(self, quiz):
        text = to_markdown(quiz, answer_key=True)
        questions, _key = text.split("## Answer key")
        assert len(re.findall(r"^## Question \d+$", questions, re.M)) == len(quiz.items)
        answers = parse_answer_key(text)
        assert answers == {n: item.expected() for n, item in enumerate(quiz.items, start=1)}

    def test_choice_letters_in_the_quiz_match_the_key(self, quiz):
        text = to_markdown(quiz, answer_key=True)
        answers = parse_answer_key(text)
        for n, item in enumerate(quiz.items, start=1):
            if item.kind == "choice":
                letter, option = answers[n].split(". ", 1)
                assert item.options[LETTERS.index(letter)] == option
                block = text.split(f"## Question {n}\n")[1].split("##")[0]
                assert f"- **{letter}.** " in block

    def test_without_key(self, quiz):
        text = to_markdown(quiz)
        assert "Answer key" not in text

    def test_markdown_is_escaped(self):
        text = to_markdown(tricky_quiz(), answer_key=True)
        assert "\\{curly\\}" in text and "\\#hash" in text


# -- a small GIFT parser, after Moodle's grammar ---------------------------------------------------------

_SPECIAL = "~=#{}:"


def gift_split(text: str, seps: str) -> list[tuple[str, str]]:
    """Split at unescaped separator characters; returns (separator, raw piece) pairs."""
    out, buf, sep, i = [], "", "", 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buf += text[i : i + 2]
            i += 2
            continue
        if ch in seps:
            out.append((sep, buf))
            buf, sep = "", ch
        else:
            buf += ch
        i += 1
    out.append((sep, buf))
    return out


def gift_unescape(text: str) -> str:
    assert not re.search(r"(?<!\\)[~=#{}:]", re.sub(r"\\\\", "", text)), f"unescaped special in {text!r}"
    return re.sub(r"\\(.)", r"\1", text).strip()


def parse_gift(text: str) -> list[dict]:
    questions = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.splitlines() if not ln.startswith("//")]
        if not lines:
            continue
        body = " ".join(lines)
        match = re.match(r"^::((?:\\.|[^:\\])*)::(.*)$", body)
        assert match, f"no ::title:: in {body!r}"
        title, rest = gift_unescape(match.group(1)), match.group(2)
        opens = [m.start() for m in re.finditer(r"(?<!\\)\{", rest)]
        closes = [m.start() for m in re.finditer(r"(?<!\\)\}", rest)]
        assert len(opens) == 1 and len(closes) == 1 and opens[0] < closes[0], f"braces in {rest!r}"
        prompt = gift_unescape(rest[: opens[0]])
        inside = rest[opens[0] + 1 : closes[0]].strip()
        assert rest[closes[0] + 1 :].strip() == ""
        general = None
        if re.search(r"(?<!\\)####", inside):
            inside, general = re.split(r"(?<!\\)####", inside, maxsplit=1)
            general = gift_unescape(general)
        inside = inside.strip()
        if inside in ("TRUE", "FALSE", "T", "F"):
            questions.append(
                {
                    "title": title,
                    "prompt": prompt,
                    "type": "tf",
                    "answer": inside in ("TRUE", "T"),
                    "feedback": general,
                }
            )
            continue
        parts = [(sep, gift_unescape(piece)) for sep, piece in gift_split(inside, "=~") if sep]
        assert gift_split(inside, "=~")[0][1].strip() == "", f"text before the first answer in {inside!r}"
        right = [p for s, p in parts if s == "="]
        wrong = [p for s, p in parts if s == "~"]
        kind = "mc" if wrong else "short"
        questions.append(
            {
                "title": title,
                "prompt": prompt,
                "type": kind,
                "right": right,
                "wrong": wrong,
                "feedback": general,
            }
        )
    return questions


class TestGift:
    def test_escape(self):
        assert gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"

    def test_parses_back(self, quiz):
        parsed = parse_gift(to_gift(quiz))
        assert len(parsed) == len(quiz.items)
        for item, q in zip(quiz.items, parsed, strict=True):
            assert q["title"] == item.id
            assert q["prompt"] == item.prompt
            if item.kind == "choice":
                assert q["type"] == "mc" and q["right"] == [item.answer]
                assert sorted(q["wrong"]) == sorted(o for o in item.options if o != item.answer)
            elif item.kind == "truefalse":
                assert q["type"] == "tf" and q["answer"] is (item.answer == "true")
            else:
                assert q["type"] == "short" and q["right"][0] == item.answer
                assert q["right"][1:] == [a for a in item.accept if a != item.answer]
            assert q["feedback"] is None

    def test_special_characters_survive(self):
        quiz = tricky_quiz()
        parsed = parse_gift(to_gift(quiz, feedback=True))
        assert parsed[0]["prompt"] == quiz.items[0].prompt
        assert parsed[0]["right"] == ["a=b", "c:d", "e~f"]
        assert parsed[1]["right"] == ["c{3}"] and parsed[1]["wrong"] == ["a#1", "b~2", "d:4"]
        assert parsed[2]["answer"] is False and parsed[2]["feedback"] == "A cited: sentence = {x}."

    def test_feedback_with_answer_key(self, quiz):
        parsed = parse_gift(to_gift(quiz, feedback=True))
        assert all(q["feedback"] == item.cited for q, item in zip(parsed, quiz.items, strict=True))


class TestBadQuizFiles:
    def test_malformed_json_names_the_line(self, quiz):
        text = to_json(quiz).replace('"kind": "', '"kind" "', 1)
        line = next(n for n, ln in enumerate(text.splitlines(), start=1) if '"kind" "' in ln)
        with pytest.raises(InputError, match=rf"^q\.json:{line}: invalid JSON"):
            parse_quiz(text, "q.json")

    def test_invalid_field_names_the_line(self, quiz):
        text = to_json(quiz)
        lines = text.splitlines()
        third_kind = [n for n, ln in enumerate(lines, start=1) if '"kind":' in ln][2]
        lines[third_kind - 1] = lines[third_kind - 1].replace(f'"{quiz.items[2].kind}"', '"essay"')
        with pytest.raises(InputError, match=rf"^q\.json:{third_kind}: items\.2\.kind"):
            parse_quiz("\n".join(lines), "q.json")

    def test_not_a_quiz(self):
        with pytest.raises(InputError, match=r"^q\.json:1: "):
            parse_quiz('{"hello": 1}', "q.json")
        with pytest.raises(InputError, match=r"^q\.json:1: "):
            parse_quiz("[]", "q.json")


# -- the HTML handout -------------------------------------------------------------------------------------


class TestHtml:
    def test_self_contained_with_a_print_stylesheet(self, quiz):
        page = to_html(quiz, answer_key=True)
        assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
        assert "<script" not in page and "http" not in page and "<link" not in page and "@import" not in page
        assert "@page" in page and "@media print" in page and "break-inside: avoid" in page

    def test_student_copy_has_title_lines_instructions_points_and_no_ids(self, quiz):
        page = to_html(quiz, answer_key=True)
        student = page.split('<section class="student">', 1)[1].split("</section>", 1)[0]
        assert f"<h1>{quiz.title}</h1>" in student
        assert "Name:" in student and "Date:" in student and "Instructions." in student
        assert student.count('<span class="points">1 point</span>') == len(quiz.items)
        assert f"{len(quiz.items)} points in total" in student
        assert quiz.id not in student and f"seed {quiz.seed}" not in student
        assert all(item.id not in student for item in quiz.items)
        assert student.count("<li class=") == len(quiz.items)

    def test_answer_key_on_its_own_page_without_typos(self, quiz):
        page = to_html(quiz, answer_key=True)
        assert "break-before: page" in page and '<section class="key">' in page
        key = page.split('<section class="key">', 1)[1]
        assert key.count("<tr><td>") == len(quiz.items)
        for n, item in enumerate(quiz.items, start=1):
            row = key.split(f"<tr><td>{n}</td>", 1)[1].split("</tr>", 1)[0]
            assert item.expected().split(" (")[0].replace("'", "&#x27;") in row
        assert '<section class="key">' not in to_html(quiz)

    def test_key_lists_other_names_but_not_misspellings(self):
        item = QuizItem(
            id="w-sa",
            kind="short",
            prompt="Who wrote the article?",
            answer="Tracey Xiang",
            accept=["Tracy Xiang", "Xiang", "the author", "tracey xaing"],
            record="w",
        )
        page = to_html(Quiz(id="quiz-w", title="W", seed=1, items=[item]), answer_key=True)
        assert "Xiang; the author" in page and "Tracy Xiang" not in page and "xaing" not in page

    def test_markup_and_controls_are_shown_literally(self):
        item = QuizItem(
            id="x-sa",
            kind="short",
            prompt="<b>Who</b> \x1b[31mruns\x1b[0m it? _____",
            answer="A & B",
            record="x",
        )
        page = to_html(Quiz(id="quiz-x", title="<script>alert(1)</script>", seed=1, items=[item]), True)
        assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;Who" in page
        assert "\x1b" not in page and "\\x1b[31m" in page and "A &amp; B" in page


CHROMIUM = Path("/usr/bin/chromium")


def print_to_pdf(html_file: Path, pdf: Path) -> None:
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            f"--user-data-dir={html_file.parent / 'profile'}",
            f"--print-to-pdf={pdf}",
            html_file.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")[:-1]


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists() or shutil.which("pdftotext") is None,
    reason="needs Debian's chromium and poppler-utils",
)
@pytest.mark.parametrize("paper", ["Letter", "A4"])
def test_the_handout_prints_cleanly(kb, tmp_path, paper):
    """Printed by a real browser: the questions on the first pages, the key on its own page after them,
    nothing cut, no ids on the student pages."""
    quiz = generate_quiz(kb, seed=7, questions=12)
    page = to_html(quiz, answer_key=True).replace("<style>", f"<style>@page {{ size: {paper}; }}", 1)
    source, pdf = tmp_path / "quiz.html", tmp_path / "quiz.pdf"
    source.write_text(page, encoding="utf-8")
    print_to_pdf(source, pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = {"Letter": "(letter)", "A4": "(A4)"}[paper]
    assert size in info
    pages = pdf_pages(pdf)
    key_start = next(n for n, text in enumerate(pages) if "Answer key" in text)
    student = " ".join(" ".join(p.split()) for p in pages[:key_start])
    key = " ".join(" ".join(p.split()) for p in pages[key_start:])
    assert 1 <= key_start <= 3 and len(pages) <= key_start + 3
    assert quiz.title in student and "Name:" in student and "Date:" in student
    for item in quiz.items:
        assert " ".join(item.prompt.replace("_____", " ").split()[:4]) in student.replace("  ", " "), (
            item.prompt
        )
    assert quiz.id not in student and quiz.id in key
    assert student.count("1 point") - student.count("worth 1 point") == len(quiz.items)
