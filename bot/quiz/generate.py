"""Quizzes from the knowledge base, written to the item-writing guidelines and reproducible by seed.

Every record that can be asked about gives candidate items (a question, a sentence with a blank, a true or a
false statement, who says it); each candidate is checked against the guidelines (`rules.py`) and only those
that pass are used. A quiz then takes one item per record and per cited sentence, lets the types take turns,
keeps true and false statements even, and spreads the key over the letters A-D.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from rapidfuzz.distance import OSA

from ..errors import InputError
from ..knowledge import KnowledgeBase
from ..models import Entity, FactRecord, QARecord
from ..variants import Respeller, article_words
from .grade import allowance, fold, match_answer
from .material import FIGURE_KINDS, Material, Record, Value
from .models import Quiz, QuizItem, QuizOptions
from .options import ITEM_KINDS, MAX_SEED, ItemKind
from .rules import check_item, gives_away
from .values import form, phrase, same, too_close, value_key
from .wording import (
    BLANK,
    FILL_IN,
    attributed,
    cloze,
    compared_before_blank,
    core,
    fill,
    is_comparison,
    is_yes_no,
    who_claims,
    with_time,
)

DISTRACTORS = 3
TYPO_SIMILARITY = 0.7
"""An alias this similar to a name is a misspelling of it, not another name."""
_SUFFIX = {"short": "sa", "choice": "mc", "truefalse": "tf"}


def check_seed(seed: int) -> int:
    """A seed that SQLite can store (0 to 2**63 - 1); InputError otherwise."""
    if not 0 <= seed <= MAX_SEED:
        raise InputError(f"the seed must be a whole number from 0 to {MAX_SEED}")
    return seed


@dataclass
class _Source:
    """One record seen as quiz material: its answer, what else is true, and how to ask about it."""

    record: Record
    kind: str
    key: str
    truths: list[str]
    accept: list[str]
    reject: list[str]
    entities: list[str]
    explanation: str
    question: str | None = None
    """For a QA record: its question, worded with its attribution and time."""
    statement: str | None = None
    """For a fact: its statement, worded with its attribution."""

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def sentences(self) -> set[str]:
        return {c.sentence for c in self.record.citations}

    @property
    def unit(self) -> str | None:
        return self.record.unit


def _cited(kb: KnowledgeBase, record: Record) -> str:
    ids = list(dict.fromkeys(c.sentence for c in record.citations))
    return " ".join(kb.sentences[sid].text for sid in ids if sid in kb.sentences)


def _alternatives(material: Material, value: str, taken: Sequence[str]) -> list[str]:
    """Other names of the entity a value names that a marker should accept: real other names ("Mushroom
    Street" for Mogujie, "Zhifubao" for Alipay), not the misspellings the grader forgives anyway."""
    ent = material.entity(value)
    if ent is None:
        return []
    out: list[str] = []
    for name in ent.names():
        known = [value, *taken, *out]
        if any(value_key(name) == value_key(t) for t in known):
            continue
        if any(OSA.normalized_similarity(fold(name), fold(t)) >= TYPO_SIMILARITY for t in known):
            continue
        if match_answer(name, value, known).verdict != "right":
            out.append(name)
    return out


def _outside(accept: list[str], stem: str) -> list[str]:
    """Accepted answers the stem does not itself contain ("Alibaba" is no answer to "Alibaba's ___")."""
    padded = phrase(stem.replace(BLANK, " "))
    return [a for a in accept if phrase(a) not in padded]


def _entities_of(material: Material, record: Record) -> list[str]:
    if isinstance(record, QARecord):
        return list(record.entities)
    ent = material.entity(record.object)
    return [record.subject] + ([ent.id] if ent and ent.id != record.subject else [])


def _options(src: _Source, material: Material, stem: str) -> list[Value]:
    """Story values that may stand beside the key: same family, unit and form; never true, never part of
    the answer's group (Alibaba beside Alipay), never what the stem names."""
    key = material.value(src.key)
    family = material.family(src.key, src.kind, src.unit)
    if key is None or family is None:
        return []
    truth_entities = {e.id for t in src.truths if (e := material.entity(t))}
    named = material.named_in(stem) | set(src.entities)
    out: list[Value] = []
    for value in material.pool(family):
        if form(value.text) != key.form or any(too_close(value.text, t) for t in src.truths):
            continue
        if value.entity and any(material.related(value.entity, e) for e in {*named, *truth_entities}):
            continue
        out.append(value)
    return out


def _look_alikes(src: _Source, material: Material) -> list[str]:
    """Other names of the story close enough to the answer to pass for a typo of it: they get no credit."""
    names = {n for e in material.kb.entities.values() for n in [e.name]} | {
        v.text for v in material.values.values()
    }
    out = []
    for name in sorted(names):
        mine = set(value_key(name).split())
        if any(same(name, t) or mine <= set(value_key(t).split()) for t in src.truths):
            continue
        if match_answer(name, src.key, src.accept).verdict == "unsure":
            out.append(name)
    return out


def _sources(kb: KnowledgeBase, material: Material) -> list[_Source]:
    """Every record that can be asked about, as quiz material (computed once per knowledge base)."""
    found = material.cache.get("sources")
    if isinstance(found, list):
        return list(found)
    made = _make_sources(kb, material)
    material.cache["sources"] = made
    return list(made)


def _make_sources(kb: KnowledgeBase, material: Material) -> list[_Source]:
    names = sorted(
        {n for e in kb.entities.values() for n in e.names() if n[:1].isupper()}, key=len, reverse=True
    )
    out: list[_Source] = []
    for rec in sorted(kb.qa, key=lambda r: r.id):
        if not rec.short_answer or not rec.short_kind or rec.not_in_story or rec.short_kind == "boolean":
            continue
        party = material.name(rec.says.by) if rec.says else ""
        question = attributed(rec.question, rec.says, party, names)
        if rec.short_kind in FIGURE_KINDS:
            question = with_time(question, rec.time)
        out.append(
            _source(
                material,
                rec,
                rec.short_kind,
                rec.short_answer,
                list(rec.accept),
                rec.answer,
                question=question,
            )
        )
    for fact in sorted(kb.facts, key=lambda f: f.id):
        party = material.name(fact.says.by) if fact.says else ""
        statement = attributed(fact.statement, fact.says, party, names)
        stated = [t for t in material.truths(fact) if t != fact.object]
        out.append(
            _source(material, fact, fact.object_kind, fact.object, stated, statement, statement=statement)
        )
    return out


def _source(
    material: Material, record: Record, kind: str, key: str, accept: list[str], explanation: str, **how: str
) -> _Source:
    src = _Source(
        record=record,
        kind=kind,
        key=key,
        truths=material.truths(record),
        accept=[],
        reject=[],
        entities=_entities_of(material, record),
        explanation=explanation,
        **how,
    )
    src.accept = [*accept, *_alternatives(material, key, accept)]
    family = material.family(key, kind, record.unit)
    others = [v.text for v in material.pool(family)] if family else []
    truth_entities = {e.id for t in src.truths if (e := material.entity(t))}

    def belongs(value: str) -> bool:
        ent = material.entity(value)
        return ent is not None and any(material.related(ent.id, e) for e in truth_entities)

    wrong = [o for o in others if not any(too_close(o, t) for t in src.truths) and not belongs(o)]
    src.reject = sorted({*_look_alikes(src, material), *wrong})
    return src


class _Writer:
    """Makes the candidate items of one source; every one is checked before it is offered."""

    def __init__(self, kb: KnowledgeBase, material: Material, rng: random.Random, check: bool = True) -> None:
        self.kb = kb
        self.material = material
        self.rng = rng
        self.check = check

    def _base(self, src: _Source, kind: ItemKind, suffix: str = "") -> dict[str, object]:
        """The fields every item of a source shares; its id is the record's, a dot-free suffix for the
        kind (`-mc`), or `.who-sa`/`.says-mc` for who-says items (record ids have no dots)."""
        record = src.record
        return {
            "id": f"{src.id}{'.' + suffix if suffix else '-' + _SUFFIX[kind]}",
            "kind": kind,
            "record": src.id,
            "entities": src.entities,
            "answer_kind": src.kind,
            "citations": record.citations,
            "cited": _cited(self.kb, record),
            "explanation": src.explanation,
        }

    def _ok(self, item: QuizItem) -> bool:
        return not self.check or not check_item(item, self.material)

    def items(self, src: _Source, kind: ItemKind, truth: bool | None = None) -> list[QuizItem]:
        """The valid items of this kind from one source, in a seeded order (`truth` picks true or false
        statements)."""
        makers: list[Callable[[], QuizItem | None]] = []
        if kind == "truefalse":
            if isinstance(src.record, FactRecord) and src.statement:
                if truth is not False:
                    makers.append(lambda: self._statement(src, True))
                if truth is not True:
                    makers.extend(partial(self._statement, src, False, v) for v in self._swaps(src))
        else:
            makers.append(lambda: self._recall(src, kind))
            makers.append(lambda: self._who_claims(src, kind))
            if kind == "choice":
                makers.append(lambda: self._who_says(src))
        self.rng.shuffle(makers)
        out = []
        for make in makers:
            item = make()
            if item is not None and self._ok(item):
                out.append(item)
        return out

    def _stem(self, src: _Source) -> str | None:
        if src.question is not None:
            if is_yes_no(src.question):
                return None
            return src.question
        blanked = cloze(src.statement or "", src.key)
        return FILL_IN + blanked if blanked else None

    def _recall(self, src: _Source, kind: ItemKind) -> QuizItem | None:
        stem = self._stem(src)
        if stem is None:
            return None
        base = self._base(src, kind)
        if kind == "short":
            accept = _outside(src.accept, stem)
            synonyms = self.material.synonyms_for([src.key, *accept])
            reject = _outside(src.reject, stem)
            return QuizItem(
                **base, prompt=stem, answer=src.key, accept=accept, reject=reject, synonyms=synonyms
            )
        names = [self.material.name(e) for e in self.material.named_in(stem)]
        if is_comparison(stem, names):
            return None
        wrong = self._distractors(_options(src, self.material, stem))
        if wrong is None:
            return None
        return QuizItem(**base, prompt=stem, options=[src.key, *wrong], answer=src.key)

    def _distractors(self, pool: list[Value]) -> list[str] | None:
        """Three wrong options, none too close to another ("Mogujie" and "Mogujie and Meilishuo")."""
        options = list(pool)
        self.rng.shuffle(options)
        chosen: list[str] = []
        for value in options:
            if not any(too_close(value.text, c) for c in chosen):
                chosen.append(value.text)
            if len(chosen) == DISTRACTORS:
                return chosen
        return None

    def _who_claims(self, src: _Source, kind: ItemKind) -> QuizItem | None:
        record = src.record
        if not isinstance(record, FactRecord) or record.says is None or record.says.kind != "claim":
            return None
        party = self.material.kb.entities.get(record.says.by or "")
        if party is None:
            return None
        prompt = who_claims(record.statement, party.name)
        if prompt is None:
            return None
        claimant = _Source(
            record=record,
            kind=party.kind if party.kind != "organisation" else "company",
            key=party.name,
            truths=[party.name],
            accept=[],
            reject=[],
            entities=[],
            explanation=record.statement,
        )
        base = {**self._base(src, kind, f"who-{_SUFFIX[kind]}"), "tests": "source"}
        base["answer_kind"] = claimant.kind
        if kind == "short":
            accept = _alternatives(self.material, party.name, [])
            return QuizItem(**base, prompt=prompt, answer=party.name, accept=accept)
        wrong = self._distractors(_options(claimant, self.material, prompt))
        if wrong is None:
            return None
        return QuizItem(**base, prompt=prompt, options=[party.name, *wrong], answer=party.name)

    def _who_says(self, src: _Source) -> QuizItem | None:
        record = src.record
        says = record.says
        if not isinstance(record, FactRecord) or says is None or says.kind == "article":
            return None
        said = core(record.statement, says, self.material.name(says.by))
        if said is None or self._disputed(record):
            return None
        material = self.material
        key = material.attribution_text(says)
        others = [material.attribution_text(s) for s in material.attributions if s != says]
        self.rng.shuffle(others)
        if len(others) < DISTRACTORS:
            return None
        base = {**self._base(src, "choice", "says-mc"), "tests": "source", "answer_kind": "text"}
        prompt = f"According to the story, who says that {said[:1].lower() + said[1:] if not said[:2].istitle() else said}?"
        return QuizItem(**base, prompt=prompt, options=[key, *others[:DISTRACTORS]], answer=key)

    def _disputed(self, record: FactRecord) -> bool:
        """Whether another record cites the same words with another attribution: then who says it is not
        one defensible answer."""
        spans = {(c.sentence, c.span_start, c.span_end) for c in record.citations}
        others: list[QARecord | FactRecord] = [*self.kb.qa, *self.kb.facts]
        for other in others:
            if other.id == record.id or other.says is None or other.says == record.says:
                continue
            for c in other.citations:
                for sentence, start, end in spans:
                    if c.sentence == sentence and c.span_start < end and start < c.span_end:
                        return True
        return False

    def _swaps(self, src: _Source) -> list[str]:
        """Values to swap into a fact's statement for a false one, in a seeded order."""
        blanked = cloze(src.statement or "", src.key)
        if blanked is None:
            return []
        values = _options(src, self.material, blanked.replace("_____", " "))
        if self.material.entity(src.key) and compared_before_blank(blanked):
            return []
        texts = [v.text for v in values]
        self.rng.shuffle(texts)
        return texts

    def _statement(self, src: _Source, truth: bool, value: str = "") -> QuizItem | None:
        statement = src.statement or ""
        if truth:
            return QuizItem(**self._base(src, "truefalse"), prompt=statement, answer="true")
        blanked = cloze(statement, src.key)
        false = fill(blanked, value, src.key) if blanked else None
        if false is None:
            return None
        return QuizItem(**self._base(src, "truefalse"), prompt=false, answer="false")


def resolve_topic(kb: KnowledgeBase, topic: str) -> Entity:
    """The entity a topic names: its id, a name or an alias, or one within typing distance of a name.

    An unknown or ambiguous topic is an InputError that lists the story's names.
    """
    wanted = topic.strip()
    if wanted in kb.entities:
        return kb.entities[wanted]
    key = value_key(wanted)
    for ent in sorted(kb.entities.values(), key=lambda e: e.id):
        if any(value_key(n) == key for n in ent.names()):
            return ent
    folded = " ".join(key.split())
    close: dict[str, Entity] = {}
    for ent in kb.entities.values():
        for name in ent.names():
            target = value_key(name)
            if folded and OSA.distance(folded, target) <= allowance(target.replace(" ", "")):
                close[ent.id] = ent
    names = ", ".join(sorted(e.name for e in kb.entities.values()))
    if len(close) == 1:
        return next(iter(close.values()))
    shown = topic if len(topic) <= 60 else topic[:57] + "..."
    if close:
        which = " or ".join(sorted(e.name for e in close.values()))
        raise InputError(f"topic {shown!r} could be {which}; the story's names are: {names}")
    raise InputError(f"unknown topic {shown!r}; the story's names are: {names}")


def _quiz_id(seed: int, options: QuizOptions, items: list[QuizItem]) -> str:
    digest = hashlib.sha256()
    digest.update(f"{seed}\n{options.model_dump_json()}\n".encode())
    for item in items:
        digest.update(item.model_dump_json().encode())
    return "quiz-" + digest.hexdigest()[:10]


def new_seed() -> int:
    """A fresh seed for a quiz nobody asked to reproduce; it is stored in the quiz so it can be."""
    return random.SystemRandom().randrange(1, 1_000_000)


def candidates(kb: KnowledgeBase, material: Material | None = None) -> list[QuizItem]:
    """Every item the generator could write from this knowledge base, before the guideline checks (seed
    0 for the distractors): what `bot quiz check` looks at."""
    material = material or Material.of(kb)
    writer = _Writer(kb, material, random.Random(0), check=False)
    out: list[QuizItem] = []
    for src in _sources(kb, material):
        for kind in ITEM_KINDS:
            out.extend(writer.items(src, kind))
    return out


class _Picker:
    """Chooses a quiz's items: one per record and per cited sentence, none giving another away."""

    def __init__(self, sources: list[_Source], writer: _Writer) -> None:
        self.sources = sources
        self.writer = writer
        self.items: list[QuizItem] = []
        self.records: set[str] = set()
        self.sentences: set[str] = set()
        self.failed: set[tuple[str, ItemKind, bool | None]] = set()
        self.truths = {True: 0, False: 0}
        self.lean = writer.rng.random() < 0.5
        """Which truth a quiz with an odd number of true/false items has one more of."""

    def _fits(self, item: QuizItem, src: _Source) -> bool:
        material = self.writer.material
        return not any(gives_away(item, o, material) or gives_away(o, item, material) for o in self.items)

    def take(self, kind: ItemKind) -> bool:
        """Add one item of this kind; False when none is left."""
        wanted: list[bool | None] = [None]
        if kind == "truefalse":
            t, f = self.truths[True], self.truths[False]
            wanted = [t < f] if t != f else [self.lean, not self.lean]
        for truth in wanted:
            for src in self.sources:
                if src.id in self.records or src.sentences & self.sentences:
                    continue
                if (src.id, kind, truth) in self.failed:
                    continue
                found = next((i for i in self.writer.items(src, kind, truth) if self._fits(i, src)), None)
                if found is None:
                    self.failed.add((src.id, kind, truth))
                    continue
                self.items.append(found)
                self.records.add(src.id)
                self.sentences |= src.sentences
                if kind == "truefalse":
                    self.truths[found.answer == "true"] += 1
                return True
            if kind == "truefalse" and self.truths[True] != self.truths[False]:
                return False
        return False


def _spread_keys(items: list[QuizItem], rng: random.Random) -> list[QuizItem]:
    """Put each multiple-choice key at a position so that A, B, C and D are used evenly."""
    slots: list[int] = []
    out = []
    for item in items:
        if item.kind != "choice":
            out.append(item)
            continue
        if not slots:
            slots = list(range(len(item.options)))
            rng.shuffle(slots)
        wrong = [o for o in item.options if o != item.answer]
        rng.shuffle(wrong)
        wrong.insert(slots.pop(), item.answer)
        out.append(item.model_copy(update={"options": wrong}))
    return out


def _respelled(item: QuizItem, respell: Respeller) -> QuizItem:
    """The item in the article's spelling ("rumor" for a story that writes it so), as the handout quotes it."""
    return item.model_copy(
        update={
            "prompt": respell(item.prompt),
            "options": [respell(o) for o in item.options],
            "answer": respell(item.answer),
            "accept": [respell(a) for a in item.accept],
            "explanation": respell(item.explanation),
        }
    )


def generate_quiz(
    kb: KnowledgeBase,
    seed: int | None = None,
    questions: int = 10,
    types: Sequence[ItemKind] = ITEM_KINDS,
    topic: str | None = None,
) -> Quiz:
    """A quiz of up to `questions` items, each passing every item-writing rule, drawn from QA records with a
    short answer and from facts.

    Types take turns (balanced while each has material), one item per record and per cited sentence, true
    and false statements even; the order is shuffled by the seed. Raises InputError when no question can be
    made (empty knowledge base, topic with no facts) or the seed is out of range.
    """
    seed = new_seed() if seed is None else check_seed(seed)
    kinds = [k for k in ITEM_KINDS if k in types]
    if not kinds:
        raise InputError("no question types chosen: use short, choice or truefalse")
    entity = resolve_topic(kb, topic) if topic else None
    options = QuizOptions(questions=questions, types=kinds, topic=entity.id if entity else None)
    material = Material.of(kb)
    sources = [s for s in _sources(kb, material) if entity is None or entity.id in s.entities]
    rng = random.Random(seed)
    rng.shuffle(sources)
    picker = _Picker(sources, _Writer(kb, material, rng))
    progress = True
    while progress and len(picker.items) < questions:
        progress = False
        for kind in kinds:
            if len(picker.items) < questions and picker.take(kind):
                progress = True
    respell = Respeller(article_words(s.text for s in kb.sentences.values()))
    items = [_respelled(item, respell) for item in picker.items]
    rng.shuffle(items)
    items = _spread_keys(items, rng)
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
    seed = new_seed() if seed is None else check_seed(seed)
    chosen = list({item.id: item for item in items}.values())
    random.Random(seed).shuffle(chosen)
    chosen = chosen[:questions] if questions else chosen
    kinds = [k for k in ITEM_KINDS if any(i.kind == k for i in chosen)]
    options = QuizOptions(questions=len(chosen), types=kinds)
    title = f"Retry: questions {student} missed" if student else "Retry: missed questions"
    return Quiz(id=_quiz_id(seed, options, chosen), title=title, seed=seed, options=options, items=chosen)


def quiz_maker(
    knowledge: str | Path | None = None,
    seeds: str | Path | None = None,
    *,
    seed: int | None = None,
    questions: int = 10,
    types: Sequence[ItemKind] = ITEM_KINDS,
    topic: str | None = None,
    story: str | None = None,
) -> Callable[[], Quiz]:
    """A factory for front ends: each call loads the knowledge (once) and generates a quiz with these
    options, so a screen never touches the knowledge base itself."""
    cache: list[KnowledgeBase] = []

    def make() -> Quiz:
        if not cache:
            from ..knowledge import load_knowledge

            cache.append(load_knowledge(knowledge, seeds, story))
        return generate_quiz(cache[0], seed=seed, questions=questions, types=types, topic=topic)

    return make
