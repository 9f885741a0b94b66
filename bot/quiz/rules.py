"""The item-writing guidelines (shared QUIZ-GUIDE.md) as checks: each flawed item with the rule it breaks.

The generator emits no item that fails `check_item`, and no quiz that fails `check_quiz`; `bot quiz check`
runs them over the whole pool of candidate items for curators.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..knowledge import KnowledgeBase
from ..models import FactRecord, QARecord
from ..variants import spelling_key
from .grade import grade_answer, match_answer
from .material import Material, Record
from .models import LETTERS, QuizItem
from .values import form, phrase, too_close, value_key, words
from .wording import BLANK, FILL_IN, compared_before_blank, is_comparison, is_yes_no, says_who

RULES: dict[str, str] = {
    "story": "1. tests a fact the story states and needs the story to answer (no world knowledge)",
    "circular": "1. does not answer itself (the key is not part of a name the item gives)",
    "attribution": "2. says who says it: a claim as a claim, a rumour as a rumour, a report with its outlet",
    "reads-well": "3. reads well on its own: a full sentence or question, one blank standing for the fact",
    "one-answer": "4. has one defensible answer, and what is accepted is right",
    "key-in-stem": "5. the stem does not give its own answer away",
    "same-kind": "6. options of the same kind, unit and written form as the key",
    "from-story": "7. options drawn from the story",
    "no-true-option": "8. no option is also true, none contains another, no all/none of the above",
    "option-length": "9. options of similar length: the longest is not the tell",
    "comparison": "10. a comparison offers the things compared",
    "false-swap": "12-13. a false statement changes one value for another of its kind from the story; no tells",
    "same-fact": "5. one quiz never tests the same fact (record or cited sentence) twice",
    "gives-away": "5. no item's wording answers another item",
    "true-false-balance": "11. true and false about half and half in one quiz",
    "key-position": "9. the key's position balanced across the quiz",
}
_ABSOLUTE = re.compile(r"\b(always|never|all|none|every|only|entirely|completely)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(not|never|no|none)\b|n't\b", re.IGNORECASE)
_ALL_NONE = re.compile(r"\b(all|none|both|neither) of the (above|options)\b", re.IGNORECASE)
Flawer = Callable[[str, str], None]
"""Records one flaw: (rule, message)."""
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "is",
        "was",
        "its",
        "it",
        "by",
        "with",
        "from",
        "as",
    ]
)


@dataclass(frozen=True)
class Flaw:
    """One broken rule: which item (or items), which rule, and what is wrong."""

    item: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.item}: {self.rule}: {self.message}"


def _key(item: QuizItem, material: Material) -> str:
    """The value an item tests: its answer, or for a true/false item the fact's own object."""
    record = material.records.get(item.record)
    if item.kind == "truefalse" and isinstance(record, FactRecord):
        return record.object
    return item.answer


def _unit(record: QARecord | FactRecord | None) -> str | None:
    return record.unit if record is not None else None


def _stem(item: QuizItem) -> str:
    return item.prompt.removeprefix(FILL_IN)


def check_item(item: QuizItem, material: Material) -> list[Flaw]:
    """Every rule one item breaks, on its own."""
    flaws: list[Flaw] = []

    def flaw(rule: str, message: str) -> None:
        flaws.append(Flaw(item.id, rule, message))

    record = material.records.get(item.record)
    if record is None:
        flaw("story", f"record {item.record!r} is not in the knowledge base")
        return flaws
    if isinstance(record, QARecord) and record.not_in_story:
        flaw("story", "the story does not answer this question")
    if not item.citations:
        flaw("story", "cites no sentence of the article")
    key = _key(item, material)
    stem = _stem(item)
    source = item.tests == "source"
    if isinstance(record, FactRecord):
        subject = material.kb.entities.get(record.subject)
        if subject is not None and subject.kind == "place" and record.object_kind == "place":
            flaw("story", "geography a student may know without the story")
        blank_of_words = not source and item.kind != "truefalse" and record.object_kind in ("text", "thing")
        if blank_of_words and not material.in_article(key):
            flaw("story", f"the answer {key!r} is not in the article's words")
    _check_reading(item, record, stem, flaw)
    if not source:
        _check_circular(item, record, key, stem, material, flaw)
        if not says_who(item.prompt, record.says, material.name(record.says.by if record.says else None)):
            flaw(
                "attribution",
                f"the record is a {record.says.kind if record.says else ''}; the item does not say so",
            )
    _check_answers(item, record, key, stem, material, flaw)
    if item.kind == "choice":
        _check_options(item, record, material, flaw)
    if item.kind == "truefalse":
        _check_statement(item, record, material, flaw)
    return flaws


def _check_reading(item: QuizItem, record: Record, stem: str, flaw: Flawer) -> None:
    if not item.prompt.rstrip().endswith(("?", ".")):
        flaw("reads-well", "not a full sentence or question")
    content = [w for w in stem.replace(BLANK, " ").split() if re.search(r"\w", w)]
    if len(content) < (3 if stem.rstrip().endswith("?") else 4):
        flaw("reads-well", f"too short to read on its own ({len(content)} words)")
    blanks = item.prompt.count(BLANK)
    if item.prompt.startswith(FILL_IN) != (blanks == 1) or blanks > 1:
        flaw("reads-well", "a fill-in item needs exactly one blank, and only a fill-in item has one")
    if BLANK in item.prompt and re.search(re.escape(BLANK) + r"['\u2019]s\b", item.prompt):
        flaw("reads-well", "the blank stands before a possessive")
    if item.kind != "truefalse" and is_yes_no(stem):
        flaw("reads-well", "a yes/no question is a true/false item, not a short answer or choice")


def _check_circular(
    item: QuizItem, record: Record, key: str, stem: str, material: Material, flaw: Flawer
) -> None:
    """Rule 1: an item answers itself when its stem names the answer, or a name containing it ("Alibaba"
    in "Alibaba's finance arm"), or names the fact's subject twice; a comparison names both terms by design."""
    if is_comparison(stem, [material.name(e) for e in material.named_in(stem)]):
        return
    key_entities = material.named_in(key)
    rest = stem.replace(BLANK, " ")
    if item.kind == "truefalse" and isinstance(record, FactRecord):
        rest = re.sub(rf"(?<!\w){re.escape(record.object)}(?!\w)", " ", rest, count=1, flags=re.IGNORECASE)
    stem_entities = material.named_in(rest)
    if isinstance(record, FactRecord):
        stem_entities.add(record.subject)
    named = material.entity(key)
    if named is not None and named.id in stem_entities and not isinstance(record, QARecord):
        flaw("circular", f"the statement names its answer, {named.name}, elsewhere")
        return
    for k in key_entities:
        for s in stem_entities:
            if k == s:
                continue
            a, b = set(words(material.name(k))), set(words(material.name(s)))
            if a and b and (a < b or b < a):
                part, whole = (k, s) if a < b else (s, k)
                flaw("circular", f"{material.name(part)} is part of the name {material.name(whole)}")
                return
    if isinstance(record, FactRecord):
        subject = material.kb.entities.get(record.subject)
        if subject is not None:
            text = phrase(stem.replace(BLANK, " "))
            count = max(text.count(phrase(n)) for n in subject.names() if len(n) > 2)
            if count > 1:
                flaw("circular", f"the statement names {subject.name} twice")


def _check_answers(
    item: QuizItem, record: Record, key: str, stem: str, material: Material, flaw: Flawer
) -> None:
    given = item.letter() if item.kind == "choice" else item.answer
    if grade_answer(item, given).verdict != "right":
        flaw("one-answer", "the key is not graded right")
    if item.kind == "short":
        for alternative in item.accept:
            if match_answer(alternative, item.answer, item.accept, (), item.synonyms).verdict != "right":
                flaw("one-answer", f"the accepted {alternative!r} is not graded right")
    if item.kind == "truefalse" or item.tests == "source":
        return
    names = [material.name(e) for e in material.named_in(stem)]
    if is_comparison(stem, names):
        return
    padded = phrase(stem.replace(BLANK, " "))
    for truth in [key, *item.accept]:
        if len(words(truth)) and phrase(truth) in padded:
            flaw("key-in-stem", f"the stem contains the answer {truth!r}")
            return


def _check_options(item: QuizItem, record: Record, material: Material, flaw: Flawer) -> None:
    """Rules 6-10 for a multiple-choice item: only knowing the story picks the key, never a test-taker's
    trick (the options' shape) nor luck (a distractor that is also true, or not from the story)."""
    _check_option_shapes(item, material, flaw)
    _check_option_values(item, record, material, flaw)


def _check_option_shapes(item: QuizItem, material: Material, flaw: Flawer) -> None:
    """What a test-wise student reads from the options alone: "all of the above", one option inside
    another, a key much longer than the rest, a comparison that leaves out one of its terms."""
    options = item.options
    wrong = [o for o in options if o != item.answer]
    for option in options:
        if _ALL_NONE.search(option):
            flaw("no-true-option", f"{option!r}: no all/none of the above")
    keys = [set(value_key(o).split()) for o in options]
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            if i != j and a and a < b:
                flaw("no-true-option", f"{options[i]!r} is part of {options[j]!r}")
    longest_wrong = max(len(o) for o in wrong)
    if len(item.answer) > 1.5 * longest_wrong and len(item.answer) - longest_wrong > 6:
        flaw("option-length", f"the key is much the longest option ({len(item.answer)} vs {longest_wrong})")
    stem = _stem(item)
    names = [material.name(e) for e in material.named_in(stem)]
    if is_comparison(stem, names):
        missing = [n for n in names if all(value_key(n) != value_key(o) for o in options)]
        if missing:
            flaw("comparison", f"the options leave out {', '.join(missing)}")
    if BLANK in stem and compared_before_blank(stem):
        flaw("comparison", "the blank is the second term of a comparison: other options may be true as well")


def _check_option_values(item: QuizItem, record: Record, material: Material, flaw: Flawer) -> None:
    """Each distractor is a value the story states, of the key's kind, unit and form, and plainly wrong:
    not true as well, not the key's owner or part, not what the question is about."""
    options = item.options
    wrong = [o for o in options if o != item.answer]
    stem = _stem(item)
    # (in either spelling: a quiz is worded in its article's, "An unnamed rumor")
    allowed = {spelling_key(material.attribution_text(s)) for s in material.attributions}
    if item.tests == "source" and spelling_key(item.answer) in allowed:
        for option in options:
            if spelling_key(option) not in allowed:
                flaw("same-kind", f"{option!r} is not one of the story's sources")
        return
    key = material.value(item.answer)
    family = material.family(item.answer, item.answer_kind, _unit(record) if item.tests == "fact" else None)
    if key is None or family is None:
        flaw("same-kind", f"the key {item.answer!r} has no kind that options could share")
        return
    truths = material.truths(record) if item.tests == "fact" else [item.answer]
    truth_entities = {e.id for t in truths if (e := material.entity(t)) is not None}
    subject_entities = set(material.named_in(stem.replace(BLANK, " ")))
    if isinstance(record, FactRecord):
        subject_entities.add(record.subject)
    for option in wrong:
        value = material.value(option)
        if value is None:
            flaw("from-story", f"{option!r} is not a value the story states")
            continue
        if value.family != family or form(option) != form(item.answer):
            flaw("same-kind", f"{option!r} is not of the kind, unit and form of {item.answer!r}")
        if any(too_close(option, t) for t in truths):
            flaw("no-true-option", f"{option!r} is also true, or too close to the answer")
        if value.entity and any(material.related(value.entity, e) for e in truth_entities):
            flaw("no-true-option", f"{option!r} belongs with the answer (one of them may be said to do it)")
        if value.entity and any(material.related(value.entity, e) for e in subject_entities):
            flaw("no-true-option", f"{option!r} is (part of) what the question is about")
        if value.entity and value.entity not in material.in_story:
            flaw("from-story", f"{option!r} is not named in the article")


def _check_statement(item: QuizItem, record: Record, material: Material, flaw: Flawer) -> None:
    """Rules 12-13: a true statement is the fact as stated; a false one swaps exactly the fact's value for
    another of its kind from the story, so only the story tells it false (no absolute word, no double
    negative, nothing the article itself says)."""
    if not isinstance(record, FactRecord):
        flaw("story", "a true/false item states a fact record")
        return
    truth = item.explanation or record.statement
    if item.answer == "true":
        if value_key(item.prompt) != value_key(truth):
            flaw("false-swap", "a true statement must be the fact as the story states it")
        return
    before, after = words(truth), words(item.prompt)
    start = 0
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    end = 0
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1
    removed = " ".join(before[start : len(before) - end])
    added = " ".join(after[start : len(after) - end])
    if not removed or not added or value_key(removed) != value_key(record.object):
        flaw("false-swap", "a false statement changes exactly the fact's value")
        return
    swapped = material.value(added)
    family = material.family(record.object, record.object_kind, record.unit)
    if swapped is None or family is None or swapped.family != family:
        flaw("false-swap", f"{added!r} is not a value of the story of the kind of {record.object!r}")
    elif any(too_close(swapped.text, t) for t in material.truths(record)):
        flaw("false-swap", f"{added!r} is also true")
    elif swapped.entity and material.related(swapped.entity, _entity_id(material, record.object)):
        flaw("false-swap", f"{added!r} belongs with {record.object!r}: the statement may still be true")
    if phrase(item.prompt.rstrip(".")) in material.article:
        flaw("false-swap", "the false statement is in the article")
    if len(_ABSOLUTE.findall(item.prompt)) > len(_ABSOLUTE.findall(truth)):
        flaw("false-swap", "an absolute word is the tell")
    if len(_NEGATION.findall(item.prompt)) > 1:
        flaw("false-swap", "a double negative")


def _entity_id(material: Material, text: str) -> str | None:
    ent = material.entity(text)
    return ent.id if ent else None


def check_quiz(items: Sequence[QuizItem], knowledge: Material | KnowledgeBase) -> list[Flaw]:
    """Every rule a quiz's items break, alone and together (`knowledge`: the knowledge base they came from).

    `check_item` sees one item; the rules about a whole quiz (each fact once, no item answering another,
    true/false and key letters balanced) can only be checked here."""
    material = knowledge if isinstance(knowledge, Material) else Material.of(knowledge)
    flaws = [f for item in items for f in check_item(item, material)]
    seen_records: dict[str, str] = {}
    seen_sentences: dict[str, str] = {}
    for item in items:
        if item.record in seen_records:
            flaws.append(Flaw(f"{seen_records[item.record]}+{item.id}", "same-fact", "the same record twice"))
        seen_records[item.record] = item.id
        for sentence in {c.sentence for c in item.citations}:
            if sentence in seen_sentences and seen_sentences[sentence] != item.id:
                flaws.append(
                    Flaw(
                        f"{seen_sentences[sentence]}+{item.id}", "same-fact", f"both cite sentence {sentence}"
                    )
                )
            seen_sentences.setdefault(sentence, item.id)
    for a in items:
        for b in items:
            if a is not b and gives_away(a, b, material):
                flaws.append(Flaw(f"{b.id}+{a.id}", "gives-away", f"{b.id}'s wording answers {a.id}"))
    truths = Counter(i.answer for i in items if i.kind == "truefalse")
    if abs(truths["true"] - truths["false"]) > 1:
        flaws.append(
            Flaw(
                "quiz", "true-false-balance", f"{truths['true']} true and {truths['false']} false statements"
            )
        )
    letters = Counter(i.letter() for i in items if i.kind == "choice")
    if letters and max(letters[x] for x in LETTERS) - min(letters[x] for x in LETTERS) > 1:
        flaws.append(Flaw("quiz", "key-position", f"keys at {dict(sorted(letters.items()))}"))
    return flaws


def gives_away(item: QuizItem, other: QuizItem, material: Material) -> bool:
    """Whether `other` answers `item`: its wording states item's answer beside what item is about, or the
    two ask for the same answer about the same thing ("Who cut off Mogujie?", "Who resumes Mogujie?")."""
    key = _key(item, material)
    if item.kind == "truefalse" and material.records.get(item.record) is None:
        return False
    if (
        item.kind != "truefalse"
        and other.kind != "truefalse"
        and value_key(key) == value_key(_key(other, material))
    ):
        shared = material.named_in(_stem(item)) & material.named_in(_stem(other))
        if shared - material.named_in(key):
            return True
    text = phrase(_stem(other).replace(BLANK, " "))
    key_words = [w for w in words(key) if w not in _STOP]
    if not key_words or phrase(key) not in text:
        return False
    record = material.records.get(item.record)
    about = material.named_in(_stem(item).replace(BLANK, " "))
    if isinstance(record, FactRecord):
        about.add(record.subject)
    about -= material.named_in(key)
    if any(ch.isdigit() for ch in key):
        return True
    return (
        any(phrase(n) in text for e in about for n in material.kb.entities[e].names() if len(n) > 2)
        if about
        else False
    )
