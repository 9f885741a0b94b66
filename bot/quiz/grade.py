"""Grading, as pure functions: typos forgiven by word length, any word order, synonyms, numbers by value.

A wrong number is never fuzzily right; an answer close to an accepted one but not quite is a near miss
(`unsure`) that goes to the teacher; nothing is silently accepted or rejected.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..numbers import Number, split_numbers, tokens
from .models import (
    LETTERS,
    AnswerLine,
    AnswerRow,
    Claim,
    Grade,
    Override,
    QuestionSummary,
    Quiz,
    QuizItem,
    Report,
    Status,
    StudentSummary,
    Verdict,
)

UNSURE_SIMILARITY = 0.7
"""Below the bar for right but at least this similar (0..1): a near miss the student may claim."""
MIN_UNSURE_LETTERS = 4
"""Answers shorter than this are right or wrong, never near misses."""
MAX_EXTRA_WORDS = 6
"""Content words beyond a correct answer that still leave it right; more make it a near miss to review."""
_ARTICLES = frozenset({"a", "an", "the", "of"})
_NUMBER_FILLER = frozenset(
    [
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
        "percent",
        "pct",
    ]
)
_FILLER = frozenset(
    [
        "i",
        "think",
        "guess",
        "believe",
        "it",
        "its",
        "it's",
        "was",
        "is",
        "are",
        "were",
        "be",
        "been",
        "because",
        "since",
        "as",
        "that",
        "this",
        "these",
        "those",
        "they",
        "them",
        "their",
        "he",
        "she",
        "his",
        "her",
        "we",
        "by",
        "from",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "so",
        "answer",
        "my",
        "the",
        "a",
        "an",
        "of",
        "and",
        "also",
        "just",
        "then",
        "well",
        "um",
        "er",
        "yes",
        "called",
        "named",
        "which",
        "who",
        "what",
        "when",
        "where",
        "how",
    ]
)
"""Words around a correct answer that do not change it ("because ...", "I think it was ...")."""
_HEDGES = frozenset(["or", "either", "maybe", "perhaps", "possibly", "and"])
"""Words that offer a second answer beside a right one: "Alibaba or Tencent" goes to the teacher."""
_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nor",
        "neither",
        "none",
        "nobody",
        "cannot",
        "isn",
        "didn",
        "doesn",
        "wasn",
        "aren",
        "weren",
        "don",
        "won",
    ]
)
_TRUE = frozenset({"t", "true", "yes", "y"})
_FALSE = frozenset({"f", "false", "no", "n"})
_LETTER = re.compile(r"^\(?([a-d])[).:]?$", re.IGNORECASE)
_UNKNOWN = re.compile(
    r"\b(unknown|unclear|uncertain|no one knows|nobody knows|no reason (is )?given|"
    r"(does|did|do) not (say|state|mention|tell|explain|specify|give|reveal)|"
    r"(is|was|are) not (known|clear|stated|said|given|mentioned|explained|specified|reported)|"
    r"not (known|stated|said|given|mentioned|explained|specified|clear)|"
    r"not in the (story|article|text)|no (answer|reason|explanation) (is )?(given|stated))\b"
)
"""An answer saying the story does not tell ("the article doesn't say", "unknown", "nobody knows")."""


def allowance(word: str) -> int:
    """Typos forgiven in a word of this length: none up to 3 letters, 1 up to 8, 2 up to 13, and so on."""
    return (len(word) + 1) // 5


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, possessives or symbols that do not change an answer."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019]s\b", "", text)
    return text.replace("&", " and ").replace("$", " dollar ").replace("dollars", "dollar")


@lru_cache(maxsize=16384)
def says_unknown(text: str) -> bool:
    """Whether an answer says the story does not tell: "unknown", "the article doesn't say", "not stated"."""
    plain = re.sub(r"n['\u2019]t\b", " not", fold(text))
    return bool(_UNKNOWN.search(" ".join(re.findall(r"[a-z]+", plain))))


@dataclass(frozen=True)
class _Reading:
    """An answer read for comparison: its numbers, and its other words after synonyms."""

    numbers: tuple[Number, ...]
    words: tuple[str, ...]

    def key(self) -> tuple[object, ...]:
        """What two readings share when they say the same thing."""
        return tuple((n.value, n.percent) for n in self.numbers), self.words


def synonym_table(groups: Sequence[Sequence[str]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each word or phrase of each group (as folded words) -> its group's first word."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        if not group:
            continue
        canonical = tuple(tokens(group[0]))
        for word in group:
            table.setdefault(tuple(tokens(fold(word))), canonical)
    return table


def substitute(words: list[str], table: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    """Words with every synonym phrase replaced by its group's canonical word, longest phrase first."""
    if not table:
        return words
    longest = max(len(k) for k in table)
    out: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            canonical = table.get(tuple(words[i : i + size]))
            if canonical is not None:
                out.extend(canonical)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def _read(text: str, table: dict[tuple[str, ...], tuple[str, ...]] | None = None) -> _Reading:
    """An answer's numbers and its other words, articles dropped, synonyms read as their group's word."""
    numbers, rest = _split(text)
    words = [w for w in substitute(list(rest), table or {}) if w not in _ARTICLES]
    if numbers:
        words = [w for w in words if w not in _NUMBER_FILLER]
    return _Reading(numbers, tuple(words))


@lru_cache(maxsize=65536)
def _split(text: str) -> tuple[tuple[Number, ...], tuple[str, ...]]:
    numbers, rest = split_numbers(fold(text))
    return tuple(sorted(numbers, key=lambda n: n.value)), tuple(rest)


def _same_numbers(given: Sequence[Number], target: Sequence[Number]) -> bool:
    """Equal values in any order; a bare number may stand for a percentage ("80" for "80%")."""
    if len(given) != len(target):
        return False
    return all(
        g.same(t) or (t.percent and not g.percent and g.same(Number(t.value)))
        for g, t in zip(given, target, strict=True)
    )


def _assign(given: Sequence[str], target: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """Match each target word to a distinct given word within its typo allowance, hardest first.

    Returns (unmatched target words, given words left over), or None when nothing could be tried.
    """
    if not target:
        return None
    free = list(range(len(given)))
    missing: list[str] = []
    order = sorted(target, key=lambda t: sum(OSA.distance(g, t) <= allowance(t) for g in given))
    for word in order:
        best = None
        for i in free:
            distance = OSA.distance(given[i], word)
            if distance <= allowance(word) and (best is None or distance < best[0]):
                best = (distance, i)
        if best is None:
            missing.append(word)
        else:
            free.remove(best[1])
    return missing, [given[i] for i in free]


@dataclass(frozen=True)
class _Match:
    verdict: Verdict
    similarity: float
    extras: tuple[str, ...] = ()
    """Content words of the answer beyond the accepted one (restating the question does not count)."""
    negated: bool = False
    left: tuple[str, ...] = ()
    """Every word of the answer the accepted one did not use."""
    complete: bool = False
    """Every word (and number) of the accepted answer is in the answer."""


def _compare(given: _Reading, target: _Reading, context: frozenset[str] = frozenset()) -> _Match:
    """How an answer matches one accepted answer: verdict, similarity for ranking, and its extra words.

    Numbers must be equal (35 million is never 85 million) while words forgive typos and order; negation,
    hedges or many extra words make a near miss for the teacher rather than a silent verdict."""
    if given.numbers or target.numbers:
        if not _same_numbers(given.numbers, target.numbers):
            return _Match("wrong", 0.0)
        if not target.words or not given.words:
            return _Match("right", 1.0, complete=True)
    elif not given.words or not target.words:
        return _Match("wrong", 0.0)
    assigned = _assign(given.words, target.words)
    assert assigned is not None
    missing, left = assigned
    extras = tuple(w for w in left if w not in _FILLER and w not in context)
    negated = any(w in _NEGATIONS for w in left)
    if not missing:
        if negated:
            return _Match("wrong", 0.5, extras, negated=True, left=tuple(left), complete=True)
        hedged = bool(extras) and any(w in _HEDGES for w in left)
        if hedged or len(extras) > MAX_EXTRA_WORDS:
            return _Match("unsure", 0.9, extras, left=tuple(left), complete=True)
        return _Match("right", 1.0, extras, left=tuple(left), complete=True)
    joined_g, joined_t = "".join(given.words), "".join(target.words)
    if len(given.words) != len(target.words) and OSA.distance(joined_g, joined_t) <= allowance(joined_t):
        return _Match("right", 1.0, complete=True)
    if given.numbers:
        return _Match("unsure", 0.8)
    if len(target.words) == 1 and len(given.words) == 1:
        similarity = OSA.normalized_similarity(given.words[0], target.words[0])
    else:
        similarity = fuzz.token_sort_ratio(" ".join(given.words), " ".join(target.words)) / 100.0
    if similarity >= UNSURE_SIMILARITY and len(joined_t) >= MIN_UNSURE_LETTERS and not negated:
        return _Match("unsure", similarity)
    return _Match("wrong", similarity)


_RANK = {"right": 2, "unsure": 1, "wrong": 0}


def match_answer(
    given: str,
    expected: str,
    accept: Sequence[str] = (),
    reject: Sequence[str] = (),
    synonyms: Sequence[Sequence[str]] = (),
    context: str = "",
) -> Grade:
    """Grade a free-text answer against the expected one and its accepted alternatives.

    `reject` lists other names and values of the story: an answer that is one of them (rather than an
    accepted answer) or names one beside an accepted answer gets no credit. `synonyms` are word groups
    read as one word; `context` is the question, whose words may be repeated around an answer. The best of
    the accepted answers counts, and only then are the story's other names looked for, so "Alibaba or
    Alipay" is not credited for containing the key.
    """
    if not given.strip():
        return Grade(verdict="wrong", given=given, expected=expected, note="no answer")
    targets = [expected, *accept]
    if any(says_unknown(t) for t in targets):
        if says_unknown(given):
            return Grade(verdict="right", given=given, expected=expected, matched=expected)
    elif says_unknown(given):
        return Grade(
            verdict="wrong", given=given, expected=expected, note="the story does say: see the quote"
        )
    table = synonym_table(synonyms)
    reading = _read(given, table)
    if not reading.words and not reading.numbers:
        # an answer of words the reader sets aside ("of", "the"): right only as typed, in any case and order
        said = sorted(fold(given).split())
        same = next((t for t in targets if sorted(fold(t).split()) == said), None)
        if same is not None:
            return Grade(verdict="right", given=given, expected=expected, matched=same)
    words_of_context = frozenset(_read(context, table).words) if context else frozenset()
    best: tuple[int, float, str, _Match] | None = None
    for target in targets:
        match = _compare(reading, _read(target, table), words_of_context)
        key = (_RANK[match.verdict], match.similarity, target, match)
        if best is None or key[:2] > best[:2]:
            best = key
    assert best is not None
    level, _, target, match = best
    rest = _Reading((), match.left) if match.complete else reading
    for other in reject:
        other_reading = _read(other, table)
        if set(other_reading.words) and set(other_reading.words) <= words_of_context:
            continue
        if not _compare(rest, other_reading, words_of_context).complete:
            continue
        if match.complete:
            return Grade(
                verdict="wrong", given=given, expected=expected, note=f"names {other} as well as {target}"
            )
        return Grade(verdict="wrong", given=given, expected=expected, note=f"that is {other}, not {expected}")
    verdict: Verdict = "right" if level == 2 else "unsure" if level == 1 else "wrong"
    note = ""
    if match.negated:
        note = "the answer is negated"
    elif verdict == "unsure":
        note = "close, but not quite: you may claim it"
        if match.extras and match.similarity >= 0.9:
            note = f"the right words, and more ({' '.join(match.extras[:8])}): for the teacher to check"
    return Grade(
        verdict=verdict, given=given, expected=expected, matched=target if level == 2 else None, note=note
    )


def equivalent(a: str, b: str) -> bool:
    """Whether two answers say the same thing, word for word up to typos and number spelling (no extra
    words either way): "85m" and "85 million", "Alibba" and "Alibaba", not "Alibaba" and "Alibaba Group"."""
    x, y = _read(a), _read(b)
    if x.key() == y.key():
        return True
    forward, backward = _compare(x, y), _compare(y, x)
    return forward.verdict == backward.verdict == "right" and not forward.extras and not backward.extras


def read_choice(item: QuizItem, given: str) -> int | None:
    """The index of the option a student chose, by letter (A-D) or by the option's text; None if neither."""
    text = given.strip()
    letter = _LETTER.match(text)
    if letter:
        return LETTERS.index(letter.group(1).upper())
    reading = _read(text)
    options = [_read(opt) for opt in item.options]
    exact = [i for i, opt in enumerate(options) if opt.key() == reading.key()]
    if len(exact) == 1:
        return exact[0]
    close = [
        i
        for i, opt in enumerate(options)
        if (m := _compare(reading, opt)).verdict == "right" and not m.extras
    ]
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
        grade = match_answer(given, item.answer, item.accept, item.reject, item.synonyms, item.prompt)
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


def student_key(name: str) -> str:
    """The key under which two spellings of a student's name meet: trimmed, spaces folded, any case."""
    return " ".join(name.split()).casefold()


def answer_line(
    student: str,
    number: int,
    item: QuizItem,
    grade: Grade,
    *,
    override: Override | None = None,
    claimed: bool = False,
    answer_id: int | None = None,
    attempt: int | None = None,
    quiz: str = "",
    unfinished: bool = False,
) -> AnswerLine:
    """One graded answer as a report shows it; a blank answer counts as blank, not wrong."""
    blank = not grade.given.strip()
    status: Status = override if override is not None else "blank" if blank else grade.verdict
    return AnswerLine(
        student=student,
        number=number,
        question=item.id,
        prompt=item.prompt,
        given=grade.given,
        status=status,
        graded=None if blank else grade.verdict,
        override=override,
        expected=item.expected(),
        note=grade.note if not blank else "",
        claimed=claimed,
        answer_id=answer_id,
        attempt=attempt,
        quiz=quiz,
        unfinished=unfinished,
    )


class Tally:
    """Builds a Report from answer lines, in one pass: per student, per question, claims."""

    def __init__(self) -> None:
        self.students: dict[str, StudentSummary] = {}
        self.questions: dict[str, QuestionSummary] = {}
        self.lines: list[AnswerLine] = []
        self.claims: list[Claim] = []

    def student(self, name: str) -> StudentSummary:
        """The summary of a student (case and spacing ignored; the first spelling is shown)."""
        key = student_key(name)
        found = self.students.get(key)
        if found is None:
            found = self.students[key] = StudentSummary(student=" ".join(name.split()))
        return found

    def question(self, item: QuizItem, number: int | None) -> QuestionSummary:
        found = self.questions.get(item.id)
        if found is None:
            found = self.questions[item.id] = QuestionSummary(
                id=item.id, number=number, kind=item.kind, prompt=item.prompt, expected=item.expected()
            )
        return found

    def add(self, line: AnswerLine, item: QuizItem, numbered: bool) -> None:
        student = self.student(line.student)
        question = self.question(item, line.number if numbered else None)
        for tally in (student, question):
            tally.count(line.status)
            tally.claims += line.claimed
            tally.overridden += line.override is not None
        self.lines.append(line)
        if line.claimed:
            self.claims.append(
                Claim(
                    student=student.student,
                    question=item.id,
                    prompt=item.prompt,
                    given=line.given,
                    expected=line.expected,
                    answer_id=line.answer_id,
                    decided=line.override,
                )
            )

    def report(self, hardest_first: bool, problems: list[str]) -> Report:
        questions = list(self.questions.values())
        if hardest_first:
            questions.sort(key=lambda q: (q.percent, -q.answered, q.number or 0, q.id))
        else:
            questions.sort(key=lambda q: (q.number or 0, q.id))
        students = sorted(self.students.values(), key=lambda s: (s.student.casefold(), s.student))
        return Report(
            students=students, questions=questions, answers=self.lines, claims=self.claims, problems=problems
        )


def grade_sheet(quiz: Quiz, rows: Iterable[AnswerRow], source: str = "<answers>") -> Report:
    """Grade a class's answer sheet: every answer, per-student scores and per-question statistics.

    Student names are matched trimmed and in any case. A row naming a question the quiz does not have is
    listed in `problems`, not graded; when a student answers a question twice, the later answer counts
    unless it is blank (either way, that is listed too). An empty answer counts as blank; questions left
    out count as missing.
    """
    problems: list[str] = []
    chosen: dict[tuple[str, int], AnswerRow] = {}
    names: dict[str, str] = {}
    for row in rows:
        key = student_key(row.student)
        names.setdefault(key, " ".join(row.student.split()))
        found = quiz.find(row.question)
        if found is None:
            problems.append(
                f"{source}:{row.line}: unknown question {row.question!r} "
                f"(the quiz has questions 1-{len(quiz.items)}, written 3, Q3 or #3, or their ids)"
            )
            continue
        number = found[0]
        earlier = chosen.get((key, number))
        if earlier is not None and not row.answer.strip() and earlier.answer.strip():
            problems.append(
                f"{source}:{row.line}: {names[key]} left question {number} blank after answering it "
                f"(line {earlier.line}); the answer counts"
            )
            continue
        if earlier is not None:
            problems.append(
                f"{source}:{row.line}: {names[key]} answered question {number} again "
                f"(line {earlier.line}); the later answer counts"
            )
        chosen[(key, number)] = row
    tally = Tally()
    for name in names.values():
        tally.student(name)
    for (key, number), row in sorted(chosen.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        item = quiz.items[number - 1]
        grade = grade_answer(item, row.answer)
        tally.add(answer_line(names[key], number, item, grade, quiz=quiz.id), item, numbered=True)
    for number, item in enumerate(quiz.items, start=1):
        tally.question(item, number)
    report = tally.report(hardest_first=False, problems=problems)
    size = len(quiz.items)
    for s in report.students:
        s.missing = size - s.answered - s.blank
        s.attempts = 1
    for q in report.questions:
        q.missing = len(report.students) - q.answered - q.blank
    report.answers.sort(key=lambda a: (student_key(a.student), a.number))
    return report
