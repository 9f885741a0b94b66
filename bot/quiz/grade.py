"""Grading, as pure functions: typo tolerance by length, word order ignored, numbers compared by value."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import permutations

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .models import (
    LETTERS,
    AnswerRow,
    Claim,
    Grade,
    ItemResult,
    QuestionSummary,
    Quiz,
    QuizItem,
    Report,
    StudentSummary,
    Verdict,
)
from .numbers import split_numbers

UNSURE_SIMILARITY = 0.7
"""Below the bar for right but at least this similar (0..1): a near miss the student may claim."""
MIN_UNSURE_LETTERS = 4
"""Answers shorter than this are right or wrong, never near misses."""
_ARTICLES = frozenset({"a", "an", "the", "of"})
_NUMBER_FILLER = frozenset(
    {
        "in",
        "on",
        "at",
        "by",
        "of",
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "over",
        "more",
        "than",
        "some",
        "exactly",
        "just",
        "only",
    }
)
_TRUE = frozenset({"t", "true", "yes", "y"})
_FALSE = frozenset({"f", "false", "no", "n"})
_LETTER = re.compile(r"^\(?([a-d])[).:]?$", re.IGNORECASE)
_MAX_ALIGN = 6


def allowance(word: str) -> int:
    """Typos forgiven in a word of this length: none up to 3 letters, 1 up to 8, 2 up to 13, and so on."""
    return (len(word) + 1) // 5


def fold(text: str) -> str:
    """Lower case without accents, possessives or symbols that do not change an answer."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    return text.replace("&", " and ").replace("$", " dollar ").replace("dollars", "dollar")


def _split(text: str) -> tuple[list, list[str]]:
    numbers, words = split_numbers(fold(text))
    words = [w for w in words if w not in _ARTICLES]
    if numbers:
        words = [w for w in words if w not in _NUMBER_FILLER and w not in ("percent", "pct")]
    return sorted(n.value for n in numbers), words


def _align(given: list[str], target: list[str]) -> tuple[bool, float]:
    """Whether each target word is matched within its allowance, in any order, and the overall similarity."""
    if len(given) == len(target) and len(target) <= _MAX_ALIGN:
        orders = permutations(given)
    else:
        orders = iter([tuple(sorted(given))])
        target = sorted(target)
    best_cost, best_ok = None, False
    for order in orders:
        cost, ok = 0, len(order) == len(target)
        for g, t in zip(order, target, strict=False):
            d = OSA.distance(g, t)
            cost += d
            ok = ok and d <= allowance(t)
        if best_cost is None or (ok, -cost) > (best_ok, -best_cost):
            best_cost, best_ok = cost, ok
    if best_ok:
        return True, 1.0
    joined_g, joined_t = "".join(given), "".join(target)
    if len(given) != len(target) and OSA.distance(joined_g, joined_t) <= allowance(joined_t):
        return True, 1.0
    similarity = fuzz.token_sort_ratio(" ".join(given), " ".join(target)) / 100.0
    if len(target) == 1 and len(given) == 1:
        similarity = OSA.normalized_similarity(given[0], target[0])
    return False, similarity


def _compare(given: str, target: str) -> tuple[Verdict, float]:
    """How the given answer matches one accepted answer: the verdict and a similarity for ranking."""
    g_numbers, g_words = _split(given)
    t_numbers, t_words = _split(target)
    if g_numbers or t_numbers:
        if g_numbers != t_numbers:
            return "wrong", 0.0
        if not t_words or not g_words:
            return "right", 1.0
        ok, similarity = _align(g_words, t_words)
        return ("right", 1.0) if ok else ("unsure", similarity)
    if not g_words or not t_words:
        return "wrong", 0.0
    ok, similarity = _align(g_words, t_words)
    if ok:
        return "right", 1.0
    if similarity >= UNSURE_SIMILARITY and len("".join(t_words)) >= MIN_UNSURE_LETTERS:
        return "unsure", similarity
    return "wrong", similarity


def match_answer(given: str, expected: str, accept: Sequence[str] = (), reject: Sequence[str] = ()) -> Grade:
    """Grade a free-text answer against the expected one and its accepted alternatives.

    `reject` lists known wrong look-alikes (other names in the story): an answer closer to one of them
    than to every accepted answer gets no credit, however similar it looks.
    """
    shown = expected
    if not given.strip():
        return Grade(verdict="wrong", given=given, expected=shown, note="no answer")
    best: tuple[int, float, str] | None = None
    rank = {"right": 2, "unsure": 1, "wrong": 0}
    for target in (expected, *accept):
        verdict, similarity = _compare(given, target)
        key = (rank[verdict], similarity, target)
        if best is None or key[:2] > best[:2]:
            best = key
    assert best is not None
    level, similarity, target = best
    for other in reject:
        verdict, other_similarity = _compare(given, other)
        if verdict == "right" and (level < 2 or other_similarity > similarity or _exact(given, other)):
            return Grade(
                verdict="wrong", given=given, expected=shown, note=f"that is {other}, not {expected}"
            )
    verdict: Verdict = ("wrong", "unsure", "right")[level]  # type: ignore[assignment]
    note = "close, but not quite: you may claim it" if verdict == "unsure" else ""
    return Grade(verdict=verdict, given=given, expected=shown, matched=target if level else None, note=note)


def _exact(given: str, other: str) -> bool:
    return _split(given) == _split(other)


def read_choice(item: QuizItem, given: str) -> int | None:
    """The index of the option a student chose, by letter (A-D) or by the option's text; None if neither."""
    text = given.strip()
    letter = _LETTER.match(text)
    if letter:
        return LETTERS.index(letter.group(1).upper())
    exact = [i for i, opt in enumerate(item.options) if _split(opt) == _split(text)]
    if len(exact) == 1:
        return exact[0]
    close = [i for i, opt in enumerate(item.options) if _compare(text, opt)[0] == "right"]
    return close[0] if len(close) == 1 else None


def read_truth(given: str) -> bool | None:
    """True or False from t/f/true/false/yes/no (any case); None for anything else."""
    word = fold(given).strip().strip(".!")
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    return None


def grade_answer(item: QuizItem, given: str) -> Grade:
    """Grade one answer to one question; an invalid choice is counted wrong and says why."""
    expected = item.expected()
    if item.kind == "short":
        grade = match_answer(given, item.answer, item.accept, item.reject)
        return grade.model_copy(update={"expected": expected})
    if item.kind == "choice":
        index = read_choice(item, given)
        if index is None:
            return Grade(
                verdict="wrong",
                given=given,
                expected=expected,
                valid=False,
                note="not one of the options: answer with a letter A-D or an option's text",
            )
        chosen = item.options[index]
        right = chosen == item.answer
        return Grade(
            verdict="right" if right else "wrong",
            given=given,
            expected=expected,
            matched=chosen if right else None,
            note="" if right else f"you chose {LETTERS[index]}. {chosen}",
        )
    truth = read_truth(given)
    if truth is None:
        return Grade(
            verdict="wrong",
            given=given,
            expected=expected,
            valid=False,
            note="not a true/false answer: answer t, f, true, false, yes or no",
        )
    right = truth == (item.answer == "true")
    return Grade(
        verdict="right" if right else "wrong",
        given=given,
        expected=expected,
        matched=item.answer if right else None,
    )


def summarise(
    results: Iterable[tuple[str, ItemResult]], numbered: bool = False, hardest_first: bool = True
) -> Report:
    """Tally graded answers per student and per question; questions hardest first (fewest right)."""
    students: dict[str, StudentSummary] = {}
    questions: dict[str, QuestionSummary] = {}
    claims: list[Claim] = []
    for student, result in results:
        item, verdict = result.item, result.grade.verdict
        s = students.setdefault(student, StudentSummary(student=student))
        q = questions.setdefault(
            item.id,
            QuestionSummary(
                id=item.id,
                number=result.number if numbered else None,
                kind=item.kind,
                prompt=item.prompt,
                expected=item.expected(),
            ),
        )
        for tally in (s, q):
            tally.answered += 1
            setattr(tally, verdict, getattr(tally, verdict) + 1)
            tally.claims += result.claimed
        if result.claimed:
            claims.append(
                Claim(
                    student=student,
                    question=item.id,
                    prompt=item.prompt,
                    given=result.grade.given,
                    expected=item.expected(),
                )
            )
    ordered = list(questions.values())
    if hardest_first:
        ordered.sort(key=lambda q: (q.percent, -q.answered, q.number or 0, q.id))
    else:
        ordered.sort(key=lambda q: (q.number or 0, q.id))
    return Report(
        students=sorted(students.values(), key=lambda s: s.student.lower()), questions=ordered, claims=claims
    )


def grade_sheet(quiz: Quiz, rows: Iterable[AnswerRow], source: str = "<answers>") -> Report:
    """Grade a class's answer sheet: per-student scores and per-question statistics in quiz order.

    A row naming a question the quiz does not have is listed in `problems`, not graded; when a student
    answers a question twice, the later answer counts. Questions a student left out count as missing.
    """
    problems: list[str] = []
    chosen: dict[tuple[str, str], tuple[int, AnswerRow]] = {}
    order: list[str] = []
    for row in rows:
        found = quiz.find(row.question)
        if row.student not in order:
            order.append(row.student)
        if found is None:
            problems.append(
                f"{source}:{row.line}: unknown question {row.question!r} "
                f"(the quiz has questions 1-{len(quiz.items)} or their ids)"
            )
            continue
        number, item = found
        if (row.student, item.id) in chosen:
            earlier = chosen[(row.student, item.id)][1].line
            problems.append(
                f"{source}:{row.line}: {row.student} answered question {number} again "
                f"(line {earlier}); the later answer counts"
            )
        chosen[(row.student, item.id)] = (number, row)
    results = []
    for (student, _), (number, row) in sorted(
        chosen.items(), key=lambda kv: (order.index(kv[0][0]), kv[1][0])
    ):
        item = quiz.items[number - 1]
        results.append((student, ItemResult(number=number, item=item, grade=grade_answer(item, row.answer))))
    report = summarise(results, numbered=True, hardest_first=False)
    known = {s.student for s in report.students}
    report.students.extend(StudentSummary(student=s) for s in order if s not in known)
    report.students.sort(key=lambda s: s.student.lower())
    for s in report.students:
        s.missing = len(quiz.items) - s.answered
    seen = {q.id for q in report.questions}
    for number, item in enumerate(quiz.items, start=1):
        if item.id not in seen:
            report.questions.append(
                QuestionSummary(
                    id=item.id, number=number, kind=item.kind, prompt=item.prompt, expected=item.expected()
                )
            )
    for q in report.questions:
        q.missing = len(report.students) - q.answered
    report.questions.sort(key=lambda q: q.number or 0)
    report.problems = problems
    return report
