"""What the quiz generator and its checks know about a story: the values it states by kind and unit, the
names it uses, who belongs to whom, who says what, and which values are true of each record."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..knowledge import KnowledgeBase
from ..models import Attribution, Entity, Event, FactRecord, QARecord
from .grade import fold, substitute, synonym_table
from .values import form, phrase, same, value_key, words
from .wording import is_yes_no

ORG_KINDS = frozenset({"company", "site", "organisation", "outlet"})
"""Entity kinds that stand in for each other as options: companies, sites and outlets are all businesses."""
FIGURE_KINDS = frozenset({"count", "percent", "money"})
"""Kinds of value that are only compared within one unit (stores with stores)."""
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_OWNERSHIP = re.compile(
    r"\b(operat\w*|own|owns|owned|owner|part of|belong\w*|subsidiar\w*|parent|arm of|run by|runs)\b"
)
"""A relation that makes two entities one group (a company, its arm, its products): never options for
each other, since one may be said to do what the other did."""

Record = QARecord | FactRecord
Family = tuple[str, ...]


@dataclass(frozen=True)
class Value:
    """A value the story states, with what it may be compared with."""

    text: str
    family: Family
    """("org",), ("product",), ("year",), ("count", "stores")...: options share one."""
    form: str
    entity: str | None = None


class Material:
    """Everything about one knowledge base that item writing and checking need, computed once.

    Use `Material.of(kb)`: it is kept on the knowledge base, so quizzes after the first are quick.
    """

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Material:
        found = getattr(kb, "_quiz_material", None)
        if not isinstance(found, cls):
            found = cls(kb)
            kb._quiz_material = found  # type: ignore[attr-defined]
        return found

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.article = " " + " ".join(" ".join(words(s.text)) for s in kb.sentences.values()) + " "
        """Every sentence's folded words, padded: `phrase(x) in article` finds x as whole words."""
        self.records: dict[str, Record] = {**{r.id: r for r in kb.qa}, **{f.id: f for f in kb.facts}}
        self._names = [
            (ent.id, [phrase(n) for n in ent.names() if len(n) > 2]) for ent in kb.entities.values()
        ]
        self._by_name: dict[str, Entity] = {}
        for ent in sorted(kb.entities.values(), key=lambda e: e.id):
            for name in ent.names():
                self._by_name.setdefault(value_key(name), ent)
        self.in_story = {
            ent.id for ent in kb.entities.values() if any(phrase(n) in self.article for n in ent.names())
        }
        """Entities the article itself names (not only the knowledge base)."""
        self._group = self._ownership()
        self.values: dict[str, Value] = {}
        """Every value the story states, by value key."""
        self._collect()
        self.synonyms = [[g.canonical, *g.words] for g in kb.synonyms if g.canonical.strip()]
        self._synonym_table = synonym_table(self.synonyms)
        records: list[QARecord | FactRecord | Event] = [*kb.qa, *kb.facts, *kb.events]
        attributions = [r.says for r in records if r.says is not None]
        self.attributions: list[Attribution] = sorted(set(attributions), key=str)
        self.cache: dict[str, object] = {}
        """Derived material other modules keep here (the generator's sources)."""

    # -- entities -------------------------------------------------------------------------------------------

    def entity(self, text: str) -> Entity | None:
        """The entity a value names exactly (by a name or an alias), if any."""
        return self._by_name.get(value_key(text))

    def name(self, entity: str | None) -> str:
        ent = self.kb.entities.get(entity or "")
        return ent.name if ent else (entity or "")

    def named_in(self, text: str) -> set[str]:
        """Ids of the entities a text names (by any of their names, as whole words)."""
        padded = phrase(text)
        return {ent for ent, names in self._names if any(n in padded for n in names)}

    def _ownership(self) -> dict[str, str]:
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        table = synonym_table([[g.canonical, *g.words] for g in self.kb.synonyms if g.canonical.strip()])
        for fact in self.kb.facts:
            target = self.entity(fact.object)
            relation = " ".join(substitute(words(fact.relation), table))
            if target is None or target.id == fact.subject or not _OWNERSHIP.search(relation):
                continue
            parent[root(fact.subject)] = root(target.id)
        return {ent: root(ent) for ent in self.kb.entities}

    def related(self, a: str | None, b: str | None) -> bool:
        """Whether two entities are one group (a company, its arm, its marketplaces, its apps)."""
        return a is not None and b is not None and (a == b or self._group.get(a, a) == self._group.get(b, b))

    # -- values ---------------------------------------------------------------------------------------------

    def family(self, text: str, kind: str, unit: str | None = None) -> Family | None:
        """What a value may be compared with; None when it stands for nothing comparable (free text, a
        date like "yesterday", a place, which may lie inside another)."""
        ent = self.entity(text)
        if ent is not None:
            if ent.kind == "place":
                return None
            return ("org",) if ent.kind in ORG_KINDS else (ent.kind,)
        if kind == "year" and _YEAR.fullmatch(text.strip()):
            return ("year",)
        if kind in FIGURE_KINDS and unit:
            return (kind, " ".join(fold(unit).split()))
        return None

    def _add(self, text: str, kind: str, unit: str | None = None) -> None:
        family = self.family(text, kind, unit)
        ent = self.entity(text)
        if family is None or (ent is not None and ent.id not in self.in_story):
            return
        if ent is not None:
            text = ent.name
        self.values.setdefault(value_key(text), Value(text, family, form(text), ent.id if ent else None))

    def _collect(self) -> None:
        kb = self.kb
        for ent in sorted(kb.entities.values(), key=lambda e: e.id):
            self._add(ent.name, ent.kind)
        for rec in sorted(kb.qa, key=lambda r: r.id):
            if rec.short_answer and rec.short_kind and not rec.not_in_story:
                self._add(rec.short_answer, rec.short_kind, rec.unit)
        for fact in sorted(kb.facts, key=lambda f: f.id):
            self._add(fact.object, fact.object_kind, fact.unit)
        years = {e.year for e in kb.events if e.year is not None}
        for year in sorted(years):
            self._add(str(year), "year")

    def value(self, text: str) -> Value | None:
        """The story value a text is, if it is one."""
        return self.values.get(value_key(text))

    def pool(self, family: Family) -> list[Value]:
        """The story's values of one family, in a stable order."""
        return sorted(
            (v for v in self.values.values() if v.family == family), key=lambda v: value_key(v.text)
        )

    def in_article(self, text: str) -> bool:
        """Whether the article uses these words, in this order."""
        return phrase(text) in self.article

    # -- records --------------------------------------------------------------------------------------------

    def truths(self, record: Record) -> list[str]:
        """The record's answer and every value as true of its question: accepted answers, and what other
        facts about the same subject and relation state."""
        if isinstance(record, QARecord):
            truths = [record.short_answer or "", *record.accept]
            for fact in self.kb.facts:
                if fact.subject in record.entities and any(same(fact.object, t) for t in truths if t):
                    truths.extend(f.object for f in self._same_relation(fact))
            return _unique(t for t in truths if t)
        truths = [f.object for f in self._same_relation(record)]
        for rec in self.kb.qa:
            if is_yes_no(rec.question):
                continue
            if record.subject in rec.entities and rec.short_answer and same(rec.short_answer, record.object):
                truths.extend([rec.short_answer, *rec.accept])
        return _unique(truths)

    def _same_relation(self, fact: FactRecord) -> list[FactRecord]:
        relation = " ".join(fold(fact.relation).split())
        return [
            f
            for f in self.kb.facts
            if f.subject == fact.subject and " ".join(fold(f.relation).split()) == relation
        ]

    def synonyms_for(self, texts: list[str]) -> list[list[str]]:
        """The synonym groups that touch these answers' words: what grading may read as the same word."""
        padded = " ".join(phrase(t) for t in texts)
        return [g for g in self.synonyms if any(phrase(w) in padded for w in g if w.strip())]

    def attribution_text(self, says: Attribution) -> str:
        """An attribution as an option a student picks: who says it, and how."""
        if says.kind == "article":
            return "The article itself, as a fact"
        if says.kind == "rumour":
            return "An unnamed rumour" if not says.by else f"A rumour about {self.name(says.by)}"
        if says.kind == "claim":
            return f"{self.name(says.by)}, in its own claim"
        return f"{self.name(says.by)}, in a report"


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for v in values:
        seen.setdefault(value_key(v), v)
    return list(seen.values())
