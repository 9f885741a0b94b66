"""Quizzes from the knowledge base: reproducible by seed, distractors of the same kind and never true."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..errors import InputError
from ..knowledge import KnowledgeBase
from ..models import Citation, Entity, FactRecord, QARecord
from .grade import fold, match_answer
from .models import ITEM_KINDS, ItemKind, Quiz, QuizItem, QuizOptions
from .numbers import split_numbers

DISTRACTORS = 3
_ENTITY_VALUE_KINDS = {"company", "product", "person", "place", "program", "site"}
_NUMERIC_KINDS = {"year", "count", "percent", "money"}
_TYPED_KINDS = {"year", "date", "count", "percent", "money", "duration", *_ENTITY_VALUE_KINDS} - {"place"}
"""Kinds whose values can stand in for each other: choice options and swapped true/false statements.
Free text (`text`, `thing`) is not: one phrase swapped for another may be true too, or nonsense.
Nor are places: one lies inside another (Beijing is in China), so a "wrong" place may be true."""
_SWAP_KINDS = _TYPED_KINDS - {"date", "duration"}
"""Kinds swapped into a statement for a false one; "in yesterday" or "in about one year" would not read."""
_SUFFIX = {"short": "sa", "choice": "mc", "truefalse": "tf"}
_BLANK = "_____"
_TOPIC_CUTOFF = 80


def value_key(text: str) -> str:
    """A key under which two spellings of one value meet: numbers by value, words folded and sorted."""
    numbers, words = split_numbers(fold(text))
    parts = [format(n.value.normalize(), "f") for n in numbers]
    return " ".join(sorted(parts) + sorted(w for w in words if w not in ("the", "a", "an", "of")))


@lru_cache(maxsize=65536)
def _same(a: str, b: str) -> bool:
    return value_key(a) == value_key(b) or match_answer(a, b).verdict == "right"


_ABOVE = re.compile(r"\b(more than|over|above|greater than|exceeding)\s*$")
_AT_LEAST = re.compile(r"\b(at least|no fewer than|no less than)\s*$")
_BELOW = re.compile(r"\b(less than|fewer than|under|below)\s*$")
_AT_MOST = re.compile(r"\b(at most|up to|no more than)\s*$")
_ABOUT = re.compile(r"\b(about|around|nearly|almost|approximately|roughly|some|close to)\s*$")
_INF = Decimal("Infinity")


def _interval(text: str) -> tuple[Decimal, Decimal] | None:
    """The values a one-number phrase allows: "2000" just 2000, "more than 2000" anything above it."""
    numbers = split_numbers(text)[0]
    if len(numbers) != 1:
        return None
    value = numbers[0].value
    digits = re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b", fold(text))
    before = fold(text)[: digits.start()] if digits else ""
    if _ABOVE.search(before) or _AT_LEAST.search(before):
        return value, _INF
    if _BELOW.search(before) or _AT_MOST.search(before):
        return -_INF, value
    if _ABOUT.search(before):
        return value * Decimal("0.8"), value * Decimal("1.2")
    return value, value


def _compatible(a: str, b: str) -> bool:
    """Whether two number phrases could both be true: "more than 2000" and "85 million" could."""
    x, y = _interval(a), _interval(b)
    if x is None or y is None:
        return False
    return x[0] <= y[1] and y[0] <= x[1]


@lru_cache(maxsize=65536)
def _too_close(value: str, truth: str) -> bool:
    """Whether a wrong option could pass for (part of) a true one: equal, a near miss, one inside the
    other, or numbers that could both hold.

    "Tmall" is part of "Taobao and Tmall", "Alibaba" of "Alibaba's finance arm", "2013" of "late 2013".
    """
    if _same(value, truth) or _same(truth, value):
        return True
    if match_answer(value, truth).verdict != "wrong" or match_answer(truth, value).verdict != "wrong":
        return True
    if _compatible(value, truth):
        return True
    a, b = set(value_key(value).split()), set(value_key(truth).split())
    return bool(a and b) and (a <= b or b <= a)


@dataclass
class _Pools:
    """Every value the knowledge base states, by kind, first spelling kept; and what each subject+relation states."""

    by_kind: dict[str, dict[str, str]] = field(default_factory=dict)
    stated: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    statements: set[str] = field(default_factory=set)
    """Keys of every fact's statement: a false statement must not be one of them."""
    article: str = ""
    """The whole story, folded: a false statement must not be found in it."""
    entity_of: dict[str, str] = field(default_factory=dict)
    """Entity id by the key of each of its names."""
    names: list[str] = field(default_factory=list)
    """Every entity's canonical name, whatever its kind."""

    def add(self, kind: str, value: str) -> None:
        self.by_kind.setdefault(kind, {}).setdefault(value_key(value), value)


def _relation(fact: FactRecord) -> tuple[str, str]:
    return fact.subject, " ".join(fold(fact.relation).split())


def _pools(kb: KnowledgeBase) -> _Pools:
    pools = _Pools()
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        if ent.kind in _ENTITY_VALUE_KINDS:
            pools.add(ent.kind, ent.name)
        pools.names.append(ent.name)
        for name in ent.names():
            pools.entity_of.setdefault(value_key(name), ent.id)
    for rec in sorted(kb.qa, key=lambda r: r.id):
        if rec.short_answer and rec.short_kind and not rec.not_in_story:
            pools.add(rec.short_kind, rec.short_answer)
    for fact in sorted(kb.facts, key=lambda f: f.id):
        pools.add(fact.object_kind, fact.object)
        pools.stated.setdefault(_relation(fact), []).append(fact.object)
        pools.statements.add(value_key(fact.statement))
    pools.article = " ".join(" ".join(fold(s.text).split()) for s in kb.sentences.values())
    return pools


def _entity_named(kb: KnowledgeBase, value: str) -> Entity | None:
    folded = value_key(value)
    for ent in kb.entities.values():
        if any(value_key(name) == folded for name in ent.names()):
            return ent
    return None


def _cited(kb: KnowledgeBase, citations: Sequence[Citation]) -> str:
    ids = list(dict.fromkeys(c.sentence for c in citations))
    return " ".join(kb.sentences[sid].text for sid in ids if sid in kb.sentences)


@dataclass
class _Source:
    """One record seen as quiz material: its answer, what else is true, and how to ask about it."""

    record: QARecord | FactRecord
    kind: str
    answer: str
    truths: list[str]
    accept: list[str]
    entities: list[str]
    explanation: str
    cloze: str | None = None
    """For facts: the statement with the answer blanked out, when the answer appears in it."""

    @property
    def id(self) -> str:
        return self.record.id


def _sources(kb: KnowledgeBase, pools: _Pools) -> list[_Source]:
    out: list[_Source] = []
    for rec in sorted(kb.qa, key=lambda r: r.id):
        if not rec.short_answer or not rec.short_kind or rec.not_in_story:
            continue
        truths = [rec.short_answer, *rec.accept]
        for fact in kb.facts:
            if fact.subject in rec.entities and any(_same(fact.object, t) for t in truths):
                truths.extend(pools.stated.get(_relation(fact), []))
        accept = list(rec.accept)
        ent = _entity_named(kb, rec.short_answer) if rec.short_kind in _ENTITY_VALUE_KINDS else None
        if ent:
            accept.extend(n for n in ent.names() if n not in accept and n != rec.short_answer)
        out.append(
            _Source(
                rec, rec.short_kind, rec.short_answer, _unique(truths), accept, list(rec.entities), rec.answer
            )
        )
    for fact in sorted(kb.facts, key=lambda f: f.id):
        stated = list(pools.stated.get(_relation(fact), [fact.object]))
        accept = [t for t in _unique(stated) if t != fact.object]
        truths = list(stated)
        for rec in kb.qa:
            if fact.subject in rec.entities and rec.short_answer and _same(rec.short_answer, fact.object):
                truths.extend([rec.short_answer, *rec.accept])
        ent = _entity_named(kb, fact.object) if fact.object_kind in _ENTITY_VALUE_KINDS else None
        if ent:
            accept.extend(n for n in ent.names() if n not in accept and n != fact.object)
        entities = [fact.subject] + ([ent.id] if ent and ent.id != fact.subject else [])
        out.append(
            _Source(
                fact,
                fact.object_kind,
                fact.object,
                _unique(truths),
                accept,
                entities,
                fact.statement,
                _cloze(fact),
            )
        )
    return out


def _cloze(fact: FactRecord) -> str | None:
    """The statement with its object blanked out, when the object appears in it exactly once as whole words."""
    pattern = re.compile(rf"(?<!\w){re.escape(fact.object)}(?!\w)", re.IGNORECASE)
    found = list(pattern.finditer(fact.statement))
    if len(found) != 1:
        return None
    at = found[0]
    return fact.statement[: at.start()] + _BLANK + fact.statement[at.end() :]


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for v in values:
        seen.setdefault(value_key(v), v)
    return list(seen.values())


def _synthetic(kind: str, answer: str) -> list[str]:
    """Nearby values of a numeric answer, for when the story states too few of its kind."""
    numbers = split_numbers(answer)[0]
    if len(numbers) != 1 or kind not in _NUMERIC_KINDS:
        return []
    value = numbers[0].value
    if kind == "year":
        return [str(int(value) + d) for d in (-1, 1, -2, 2, -3)]
    if kind == "percent":
        return [f"{v}%" for v in (value - 20, value + 10, value - 40, value + 15) if 0 < v <= 100]
    scale_word = next((w for w in ("billion", "million", "thousand") if w in fold(answer)), None)
    scale = {"billion": 10**9, "million": 10**6, "thousand": 10**3}.get(scale_word or "", 1)
    out = []
    for factor in (Decimal("0.5"), Decimal(2), Decimal(10), Decimal("1.5")):
        shown = (value * factor / scale).normalize()
        if shown == shown.to_integral_value():
            text = f"{int(shown):,}" if scale == 1 and "," in answer else str(int(shown))
            out.append(f"{text} {scale_word}" if scale_word else text)
    return out


def _candidates(src: _Source, pools: _Pools) -> list[str]:
    """Values of the same kind, in a stable order, neither true of the record nor what it is about."""
    pool = list(pools.by_kind.get(src.kind, {}).values())
    out: list[str] = []
    for value in pool:
        if any(_too_close(value, t) for t in src.truths):
            continue
        if any(value_key(value) == value_key(o) for o in out):
            continue
        if pools.entity_of.get(value_key(value)) in src.entities:
            continue
        out.append(value)
    return out


def _distractors(src: _Source, pools: _Pools, rng: random.Random) -> list[str] | None:
    """Three wrong options, none too close to a true value nor to each other ("Mogujie" and
    "Mogujie and Meilishuo" would make one option a part of another)."""
    options = _candidates(src, pools)
    rng.shuffle(options)
    if len(options) < DISTRACTORS:
        options.extend(
            v for v in _synthetic(src.kind, src.answer) if not any(_too_close(v, t) for t in src.truths)
        )
    chosen: list[str] = []
    for value in options:
        if not any(_too_close(value, c) for c in chosen):
            chosen.append(value)
        if len(chosen) == DISTRACTORS:
            return chosen
    return None


def _look_alikes(src: _Source, pools: _Pools) -> list[str]:
    """Other names and values close enough to the answer to pass for a typo of it: they get no credit."""
    names = [
        *pools.names,
        *(v for kind, values in pools.by_kind.items() if kind in _TYPED_KINDS for v in values.values()),
    ]
    out = []
    for value in _unique(names):
        if any(_same(value, t) or _same(t, value) for t in src.truths):
            continue
        if match_answer(value, src.answer, src.accept).verdict == "unsure":
            out.append(value)
    return out


def _false_statement(src: _Source, pools: _Pools, rng: random.Random) -> str | None:
    """The fact's statement with a same-kind value swapped in, checked not to be true anywhere."""
    assert isinstance(src.record, FactRecord)
    if src.cloze is None or src.kind not in _SWAP_KINDS:
        return None
    options = _candidates(src, pools)
    rng.shuffle(options)
    for value in options:
        statement = _fill(src.cloze, value, src.answer)
        if statement is None:
            continue
        if value_key(statement) in pools.statements:
            continue
        if " ".join(fold(statement).rstrip(".").split()) in pools.article:
            continue
        return statement
    return None


_ARTICLE_BEFORE = re.compile(r"\b(a|an|the)\s+$", re.IGNORECASE)
_COMPOUND = re.compile(r"\s(and|or|&)\s", re.IGNORECASE)
_DETERMINED = re.compile(r"^(a|an|the|this|that|its|their)\b|'s\b", re.IGNORECASE)


def _fill(cloze: str, value: str, original: str) -> str | None:
    """The cloze with a value in the blank; None when it would not read ("an Alimama", "is open strategy").

    The value must be of the same form as the original: a name for a name, a phrase with an article or a
    possessive for one with one.
    """
    if value[:1].isupper() != original[:1].isupper():
        return None
    if bool(_DETERMINED.search(value)) != bool(_DETERMINED.search(original)):
        return None
    if bool(_COMPOUND.search(value)) != bool(_COMPOUND.search(original)):
        return None
    before, after = cloze.split(_BLANK, 1)
    article = _ARTICLE_BEFORE.search(before)
    if article:
        if _DETERMINED.search(value):
            return None
        if article.group(1).lower() in ("a", "an"):
            word = "an" if value[:1].lower() in "aeiou" else "a"
            word = word.capitalize() if article.group(1)[0].isupper() else word
            before = before[: article.start(1)] + word + before[article.end(1) :]
    if not before.strip():
        value = value[:1].upper() + value[1:]
    return before + value + after


def _item(
    src: _Source, kind: ItemKind, kb: KnowledgeBase, pools: _Pools, rng: random.Random
) -> QuizItem | None:
    record = src.record
    base = {
        "id": f"{src.id}-{_SUFFIX[kind]}",
        "kind": kind,
        "record": src.id,
        "entities": src.entities,
        "answer_kind": src.kind,
        "citations": record.citations,
        "cited": _cited(kb, record.citations),
        "explanation": src.explanation,
    }
    question = record.question if isinstance(record, QARecord) else None
    if kind in ("short", "choice") and question is None:
        if src.cloze is None:
            return None
        question = f"Fill in the blank: {src.cloze}"
    if kind == "truefalse" and not isinstance(record, FactRecord):
        return None
    if kind == "short":
        return QuizItem(
            **base, prompt=question, answer=src.answer, accept=src.accept, reject=_look_alikes(src, pools)
        )
    if kind == "choice":
        if src.kind not in _TYPED_KINDS:
            return None
        wrong = _distractors(src, pools, rng)
        if wrong is None:
            return None
        options = [src.answer, *wrong]
        rng.shuffle(options)
        return QuizItem(**base, prompt=question, options=options, answer=src.answer)
    assert isinstance(record, FactRecord)
    if rng.random() < 0.5:
        false = _false_statement(src, pools, rng)
        if false is not None:
            return QuizItem(**base, prompt=false, answer="false")
    return QuizItem(**base, prompt=record.statement, answer="true")


def resolve_topic(kb: KnowledgeBase, topic: str) -> Entity:
    """The entity a topic names: its id, its name or an alias, or the closest fuzzy match."""
    wanted = topic.strip()
    if wanted in kb.entities:
        return kb.entities[wanted]
    key = value_key(wanted)
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        if any(value_key(n) == key for n in ent.names()):
            return ent
    choices = {f"{ent.id}\x00{n}": fold(n) for ent in kb.entities.values() for n in ent.names()}
    best = process.extractOne(fold(wanted), choices, scorer=fuzz.WRatio, score_cutoff=_TOPIC_CUTOFF)
    if best is None:
        names = ", ".join(sorted(e.name for e in kb.entities.values()))
        raise InputError(f"unknown topic {topic!r}; the story's names are: {names}")
    return kb.entities[best[2].split("\x00")[0]]


def _quiz_id(seed: int, options: QuizOptions, items: list[QuizItem]) -> str:
    digest = hashlib.sha256()
    digest.update(f"{seed}\n{options.model_dump_json()}\n".encode())
    for item in items:
        digest.update(item.model_dump_json().encode())
    return "quiz-" + digest.hexdigest()[:10]


def new_seed() -> int:
    """A fresh seed for a quiz nobody asked to reproduce; it is stored in the quiz so it can be."""
    return random.SystemRandom().randrange(1, 1_000_000)


def generate_quiz(
    kb: KnowledgeBase,
    seed: int | None = None,
    questions: int = 10,
    types: Sequence[ItemKind] = ITEM_KINDS,
    topic: str | None = None,
) -> Quiz:
    """A quiz of up to `questions` items drawn from QA records with a short answer and from facts.

    Types take turns (balanced while each has material), one question per record, no two questions
    about the same value of the same subject; the order is shuffled by the seed. Raises InputError when no question can be made (empty knowledge base, topic with no facts).
    """
    seed = new_seed() if seed is None else seed
    kinds = [k for k in ITEM_KINDS if k in types]
    if not kinds:
        raise InputError("no question types chosen: use short, choice or truefalse")
    entity = resolve_topic(kb, topic) if topic else None
    options = QuizOptions(questions=questions, types=kinds, topic=entity.id if entity else None)
    pools = _pools(kb)
    sources = [s for s in _sources(kb, pools) if entity is None or entity.id in s.entities]
    rng = random.Random(seed)
    rng.shuffle(sources)
    items: list[QuizItem] = []
    used: set[str] = set()
    seen: set[tuple[str, str]] = set()
    failed: set[tuple[str, str]] = set()

    def take(kind: ItemKind) -> bool:
        """Add a question of this kind from the first unused record that can make one."""
        for src in sources:
            if src.id in used or (src.id, kind) in failed:
                continue
            answer = value_key(src.answer)
            keys = {(e, answer) for e in src.entities if pools.entity_of.get(answer) != e}
            if keys & seen:
                continue
            item = _item(src, kind, kb, pools, rng)
            if item is None:
                failed.add((src.id, kind))
                continue
            items.append(item)
            used.add(src.id)
            seen.update(keys)
            return True
        return False

    progress = True
    while progress and len(items) < questions:
        progress = False
        for kind in kinds:
            if len(items) < questions and take(kind):
                progress = True
    rng.shuffle(items)
    if not items:
        about = f" about {entity.name}" if entity else ""
        wanted = ", ".join(kinds)
        raise InputError(f"the knowledge base has no material for {wanted} questions{about}")
    title = f"Quiz: {entity.name}" if entity else _title(kb)
    return Quiz(id=_quiz_id(seed, options, items), title=title, seed=seed, options=options, items=items)


def _title(kb: KnowledgeBase) -> str:
    titles = [s.title for s in kb.sources]
    return f"Quiz: {titles[0]}" if len(titles) == 1 else "Quiz"


def retry_quiz(
    items: Sequence[QuizItem], seed: int | None = None, questions: int | None = None, student: str = ""
) -> Quiz:
    """A new quiz of questions asked before (e.g. those a student missed), shuffled by seed."""
    if not items:
        raise InputError(f"{student or 'this student'} has no missed questions to retry")
    seed = new_seed() if seed is None else seed
    chosen = list({item.id: item for item in items}.values())
    random.Random(seed).shuffle(chosen)
    chosen = chosen[:questions] if questions else chosen
    kinds = [k for k in ITEM_KINDS if any(i.kind == k for i in chosen)]
    options = QuizOptions(questions=len(chosen), types=kinds)
    title = f"Retry: questions {student} missed" if student else "Retry: missed questions"
    return Quiz(id=_quiz_id(seed, options, chosen), title=title, seed=seed, options=options, items=chosen)
