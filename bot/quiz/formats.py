"""Quizzes as text, as pure functions: printable Markdown and HTML, the JSON quiz file, and GIFT for Moodle."""

from __future__ import annotations

import html
import re

from ..safety import markdown, one_line
from .grade import equivalent
from .models import LETTERS, Quiz, QuizItem

FORMATS = ("markdown", "html", "json", "gift")
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
_BLANK = "_____"


def prompt_line(item: QuizItem) -> str:
    """The question as a student reads it."""
    if item.kind == "truefalse":
        return f"True or false? {item.prompt}"
    return item.prompt


def key_alternatives(item: QuizItem) -> list[str]:
    """The other answers an answer key lists: accepted answers that are not the key (or one listed before)
    spelled another way, so the key shows other names, not a list of typos."""
    if item.kind != "short":
        return []
    shown: list[str] = []
    for alternative in item.accept:
        if not any(equivalent(alternative, known) for known in [item.answer, *shown]):
            shown.append(alternative)
    return shown


def key_text(item: QuizItem) -> str:
    """The expected answer as a key shows it; a false statement's key says what is true instead."""
    if item.kind == "truefalse" and item.answer == "false" and item.explanation:
        return f"False ({item.explanation})"
    return item.expected()


def to_json(quiz: Quiz) -> str:
    """The quiz file read by `bot quiz run` and `bot quiz grade`: stable, no timestamps."""
    return quiz.model_dump_json(indent=2) + "\n"


def to_markdown(quiz: Quiz, answer_key: bool = False) -> str:
    """A printable quiz; with `answer_key`, a separate answer key section after the questions."""
    out = [
        f"# {markdown(quiz.title)}",
        "",
        f"Quiz `{quiz.id}` · seed {quiz.seed} · {len(quiz.items)} questions",
        "",
        "Name: ______________________",
        "",
    ]
    for n, item in enumerate(quiz.items, start=1):
        out.append(f"## Question {n}")
        out.append("")
        out.append(markdown(prompt_line(item)))
        out.append("")
        if item.kind == "choice":
            out.extend(f"- **{LETTERS[i]}.** {markdown(opt)}" for i, opt in enumerate(item.options))
            out.append("")
        elif item.kind == "truefalse":
            out.append("- [ ] True")
            out.append("- [ ] False")
            out.append("")
        else:
            out.append("Answer: ______________________")
            out.append("")
    if answer_key:
        out.append("## Answer key")
        out.append("")
        for n, item in enumerate(quiz.items, start=1):
            line = f"{n}. **{markdown(item.expected())}**"
            alternatives = key_alternatives(item)
            if alternatives:
                line += " (also accepted: " + "; ".join(markdown(a) for a in alternatives) + ")"
            out.append(line)
            if item.cited:
                out.append(f"   > {markdown(item.cited)}")
        out.append("")
    return "\n".join(out)


_HTML_STYLE = """
:root { --ink: #111; --muted: #555; --rule: #999; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; }
body { font: 11.5pt/1.45 "Georgia", "DejaVu Serif", "Liberation Serif", serif; margin: 0 auto; max-width: 178mm;
       padding: 12mm 0; }
h1 { font-size: 17pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 0 0 3mm; }
.lines { display: flex; gap: 8mm; margin: 0 0 5mm; }
.lines span { flex: 1; border-bottom: 1px solid var(--ink); padding-bottom: 1mm; white-space: nowrap; }
.lines span.short { flex: 0 0 38mm; }
.instructions { border: 1px solid var(--rule); padding: 3mm 4mm; margin: 0 0 6mm; font-size: 10.5pt; }
.instructions p { margin: 0 0 1.5mm; }
.instructions p:last-child { margin: 0; }
ol.questions { list-style: none; padding: 0; margin: 0; counter-reset: q; }
ol.questions > li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 6mm; padding-left: 9mm;
                    position: relative; }
ol.questions > li::before { counter-increment: q; content: counter(q) "."; position: absolute; left: 0;
                            font-weight: bold; }
.points { float: right; color: var(--muted); font-size: 9.5pt; margin-left: 4mm; }
.prompt { margin: 0 0 2mm; }
ol.options { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: 1fr 1fr;
             gap: 1.5mm 6mm; }
ol.options li::before { content: attr(data-letter); display: inline-block; width: 6mm; height: 6mm;
                        line-height: 5.6mm; text-align: center; border: 1px solid var(--ink); border-radius: 50%;
                        margin-right: 2.5mm; font-size: 9pt; font-weight: bold; }
.tf-choices span { display: inline-block; border: 1px solid var(--ink); border-radius: 3mm; padding: 0.5mm 4mm;
                  margin-right: 6mm; }
.write { border-bottom: 1px solid var(--ink); height: 8mm; margin-top: 1mm; }
.blank { display: inline-block; min-width: 28mm; border-bottom: 1px solid var(--ink); }
.short .blank { min-width: 55mm; }
code { font: 9.5pt/1 "DejaVu Sans Mono", monospace; }
.key { break-before: page; page-break-before: always; }
.key table { width: 100%; border-collapse: collapse; font-size: 10pt; }
.key th, .key td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 1px solid var(--rule); }
.key tr { break-inside: avoid; page-break-inside: avoid; }
.key .quote { color: var(--muted); font-style: italic; }
.key .about { color: var(--muted); font-size: 9.5pt; margin: 0 0 4mm; }
.screen-only { background: #eef3fb; border: 1px solid #b9c9e6; padding: 2mm 4mm; margin: 0 0 6mm;
               font: 10pt/1.4 sans-serif; }
@page { margin: 15mm 16mm; }
@media print {
  body { padding: 0; max-width: none; }
  .screen-only { display: none; }
}
"""
"""One layout for A4 and Letter: the page size is left to the printer; the text block is sized to fit the
narrower of the two (A4's 210 mm width) and every question keeps together on a page."""


def _h(text: str) -> str:
    """User or file text for HTML: one line, control characters made visible, markup escaped."""
    return html.escape(one_line(text), quote=True)


def _prompt_html(item: QuizItem) -> str:
    text = _h(item.prompt)
    if item.kind != "truefalse" and _BLANK in item.prompt:
        text = text.replace(_BLANK, '<span class="blank" aria-label="blank"></span>')
    return text


def _instructions(quiz: Quiz) -> str:
    kinds = {item.kind for item in quiz.items}
    how = []
    if "choice" in kinds:
        how.append("For multiple choice, circle the letter of the one best answer.")
    if "truefalse" in kinds:
        how.append("For true or false, circle True or False.")
    if "short" in kinds:
        how.append("For short answers, write a name, a number, a date or a few words on the line.")
    n = len(quiz.items)
    return (
        '<div class="instructions">'
        f"<p><strong>Instructions.</strong> Answer all {n} question{'s' if n != 1 else ''} from the article."
        f" Each question is worth 1 point ({n} point{'s' if n != 1 else ''} in total).</p>"
        f"<p>{' '.join(how)}</p></div>"
    )


def to_html(quiz: Quiz, answer_key: bool = False) -> str:
    """A self-contained, print-ready handout: title, name and date lines, instructions, the questions with
    their points; with `answer_key`, the key on its own page. No ids or seeds on the student copy."""
    title = _h(quiz.title)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{_HTML_STYLE}</style>",
        "</head>",
        "<body>",
        '<p class="screen-only">Print this page (A4 or Letter) to hand it out'
        + ("; the answer key starts on a new page, so print it separately." if answer_key else ".")
        + "</p>",
        '<section class="student">',
        f"<h1>{title}</h1>",
        '<div class="lines"><span>Name:</span><span class="short">Date:</span>'
        '<span class="short">Class:</span></div>',
        _instructions(quiz),
        '<ol class="questions">',
    ]
    for item in quiz.items:
        body = [
            f'<li class="{item.kind}"><span class="points">1 point</span><p class="prompt">{_prompt_html(item)}</p>'
        ]
        if item.kind == "choice":
            body.append('<ol class="options">')
            body.extend(
                f'<li data-letter="{LETTERS[i]}">{_h(opt)}</li>' for i, opt in enumerate(item.options)
            )
            body.append("</ol>")
        elif item.kind == "truefalse":
            body.append('<p class="tf-choices"><span>True</span><span>False</span></p>')
        elif _BLANK not in item.prompt:
            body.append('<div class="write"></div>')
        body.append("</li>")
        out.append("".join(body))
    out += ["</ol>", "</section>"]
    if answer_key:
        out += [
            '<section class="key">',
            f"<h2>Answer key: {title}</h2>",
            f'<p class="about">For the teacher. Quiz {_h(quiz.id)}, seed {quiz.seed}: '
            "<code>bot quiz grade</code> marks a class's answers against this quiz. Each question is worth 1 "
            f"point, {len(quiz.items)} in total.</p>",
            "<table><thead><tr><th>#</th><th>Answer</th><th>Also accepted</th><th>From the article</th>"
            "</tr></thead><tbody>",
        ]
        for n, item in enumerate(quiz.items, start=1):
            accepted = "; ".join(_h(a) for a in key_alternatives(item))
            out.append(
                f"<tr><td>{n}</td><td><strong>{_h(key_text(item))}</strong></td><td>{accepted}</td>"
                f'<td class="quote">{_h(item.cited)}</td></tr>'
            )
        out += ["</tbody></table>", "</section>"]
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def gift_escape(text: str) -> str:
    """Text safe inside GIFT: the special characters ~ = # { } : (and backslash) escaped with a backslash."""
    return _GIFT_SPECIAL.sub(r"\\\1", one_line(text))


def to_gift(quiz: Quiz, feedback: bool = False) -> str:
    """The quiz in Moodle's GIFT format; with `feedback`, the cited sentence as general feedback."""
    out = [f"// {one_line(quiz.title)} ({quiz.id}, seed {quiz.seed})", ""]
    for item in quiz.items:
        e = gift_escape
        if item.kind == "choice":
            body = " ".join(("=" if opt == item.answer else "~") + e(opt) for opt in item.options)
        elif item.kind == "truefalse":
            body = "TRUE" if item.answer == "true" else "FALSE"
        else:
            body = " ".join("=" + e(a) for a in dict.fromkeys([item.answer, *item.accept]))
        if feedback and item.cited:
            body += f" ####{e(item.cited)}"
        out.append(f"::{e(item.id)}::{e(item.prompt)} {{{body}}}")
        out.append("")
    return "\n".join(out)


def export(quiz: Quiz, fmt: str, answer_key: bool = False) -> str:
    """The quiz in one of FORMATS; `answer_key` adds the key (Markdown, HTML) or feedback (GIFT)."""
    if fmt == "json":
        return to_json(quiz)
    if fmt == "gift":
        return to_gift(quiz, feedback=answer_key)
    if fmt == "markdown":
        return to_markdown(quiz, answer_key=answer_key)
    if fmt == "html":
        return to_html(quiz, answer_key=answer_key)
    raise ValueError(f"unknown format {fmt!r}")
