"""Load and validate the knowledge base: records checked by pydantic, quotes resolved to article spans."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import paths
from .errors import InputError, KnowledgeError, parse_problem, validation_lines
from .models import Citation, ContrastSet, Entity, Event, FactRecord, QARecord, Sentence, SynonymGroup
from .source import SourceText, display, load_sources
from .text import PLAIN

_TABLES: dict[str, type[BaseModel]] = {
    "entity": Entity,
    "qa": QARecord,
    "fact": FactRecord,
    "event": Event,
    "synonym": SynonymGroup,
    "spelling": SynonymGroup,
    "contrast": ContrastSet,
}
_TOP_LEVEL_LISTS = ("stopwords",)
_LINE = re.compile(r"at line (\d+)")


@dataclass
class KnowledgeBase:
    """Everything the engine and quizzes need, validated and cross-checked."""

    sources: list[SourceText]
    entities: dict[str, Entity]
    qa: list[QARecord]
    facts: list[FactRecord]
    events: list[Event] = field(default_factory=list)
    """The story's timeline, earliest first."""
    synonyms: list[SynonymGroup] = field(default_factory=list)
    spellings: list[SynonymGroup] = field(default_factory=list)
    """Chat-speak and shorthand ("wat", "ppl") read as the words they stand for, before anything else."""
    contrasts: list[ContrastSet] = field(default_factory=list)
    """Words of one dimension ("daily", "monthly"): a question naming one is not answered by a record that
    names another."""
    stopwords: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentences: dict[str, Sentence] = {s.id: s for src in self.sources for s in src.sentences}
        self.qa_by_id: dict[str, QARecord] = {r.id: r for r in self.qa}
        self.facts_by_id: dict[str, FactRecord] = {f.id: f for f in self.facts}

    def cited_sentences(self) -> set[str]:
        """Ids of the sentences that at least one record cites."""
        records: list[QARecord | FactRecord] = [*self.qa, *self.facts]
        return {c.sentence for r in records for c in r.citations}

    def unattributed(self) -> list[str]:
        """Ids of records that do not say who says them (`says`), for `bot check`."""
        records: list[QARecord | FactRecord | Event] = [*self.qa, *self.facts, *self.events]
        return [r.id for r in records if r.says is None and not getattr(r, "not_in_story", False)]

    def uncovered(self) -> list[str]:
        """Sentence ids of the story body that no record cites, in article order."""
        cited = self.cited_sentences()
        return [sid for sid in self.sentences if sid not in cited]


class _Locator:
    """Finds verbatim quotes in article bodies, forgiving only quote marks and spacing."""

    def __init__(self, sources: list[SourceText]) -> None:
        self._bodies = []
        for src in sources:
            chars: list[str] = []
            where: list[int] = []
            for i, ch in enumerate(src.body):
                ch = ch.translate(PLAIN)
                if ch.isspace():
                    if chars and chars[-1] == " ":
                        continue
                    ch = " "
                chars.append(ch)
                where.append(i)
            self._bodies.append((src, "".join(chars), where))

    def find(self, quote: str) -> tuple[SourceText, int, int] | str:
        """The (source, start, end) of a quote in original offsets, or why it cannot be resolved."""
        needle = re.sub(r"\s+", " ", quote.translate(PLAIN)).strip()
        if len(needle) < 2:
            return "quote is empty"
        hits = []
        for src, folded, where in self._bodies:
            at = folded.find(needle)
            while at >= 0:
                hits.append((src, where[at], where[at + len(needle) - 1] + 1))
                at = folded.find(needle, at + 1)
        if not hits:
            return f"quote not found in the article: {quote!r}"
        if len(hits) > 1:
            return f"quote is ambiguous ({len(hits)} places), quote more words: {quote!r}"
        return hits[0]


def _citations(src: SourceText, start: int, end: int) -> list[Citation]:
    """One citation per sentence the span touches: the whole sentence, with its part of the span."""
    out = []
    for s in src.sentences:
        lo, hi = max(start, s.start), min(end, s.end)
        if lo < hi:
            out.append(
                Citation(
                    source=src.id,
                    paragraph=s.paragraph,
                    sentence=s.id,
                    start=s.start,
                    end=s.end,
                    quote=s.text,
                    span_start=lo,
                    span_end=hi,
                    span=display(src.text[lo:hi]),
                )
            )
    return out


def _read_file(path: Path, problems: list[str]) -> dict | None:
    try:
        text = paths.read_regular(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not valid UTF-8 (byte {exc.start})")
        return None
    except InputError as exc:
        problems.append(str(exc))
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _LINE.search(str(exc))
        where = f"{path}:{match.group(1)}" if match else str(path)
        problems.append(f"{where}: TOML syntax error: {exc}")
        return None
    except (RecursionError, ValueError) as exc:
        problems.append(parse_problem(path, exc))
        return None


def _toml_files(kdir: Path, problems: list[str]) -> list[Path]:
    """Every .toml file under the knowledge folder, sorted; a folder that cannot be listed is a problem,
    never silently skipped (its records would be missing and every question about them declined)."""

    def unreadable(exc: OSError) -> None:
        problems.append(f"{exc.filename}: cannot read the folder: {exc.strerror}")

    found: list[Path] = []
    for folder, _dirs, names in os.walk(kdir, onerror=unreadable):
        found.extend(Path(folder) / name for name in names if name.endswith(".toml"))
    return sorted(found)


def load_knowledge(
    knowledge: str | Path | None = None, seeds: str | Path | None = None, story: str | None = None
) -> KnowledgeBase:
    """One story's knowledge, validated and cross-checked: `story` names it, and may be left out when the
    library holds one story. Raise KnowledgeError listing every problem."""
    library = load_library(knowledge, seeds)
    if story is None:
        if len(library) == 1:
            return next(iter(library.values()))
        raise KnowledgeError([f"several stories ({', '.join(library)}): choose one with --story ID"])
    if story not in library:
        raise KnowledgeError([f"no story {story!r} (stories: {', '.join(library) or 'none'})"])
    return library[story]


def load_library(
    knowledge: str | Path | None = None, seeds: str | Path | None = None
) -> dict[str, KnowledgeBase]:
    """Every story's knowledge, by story id, in manifest order; raise KnowledgeError listing every problem.

    A record belongs to the story whose folder it is in (`knowledge/STORY/...`), or names it (`story = ...`),
    or to the only story there is; its quotes are found in that story's article alone, and its id need only
    be unique within the story. Files at the top of the folder (the language files, shared entities) serve
    every story.
    """
    problems: list[str] = []
    try:
        sources = load_sources(paths.seeds_dir(seeds))
    except KnowledgeError as exc:
        problems.extend(exc.problems)
        sources = []
    except InputError as exc:
        problems.append(str(exc))
        sources = []
    try:
        kdir = paths.knowledge_dir(knowledge)
    except InputError as exc:
        raise KnowledgeError([*problems, str(exc)]) from None
    unlisted: list[str] = []
    files = _toml_files(kdir, unlisted)
    problems.extend(unlisted)
    if not files and not unlisted:
        problems.append(f"{kdir}: no .toml knowledge files")
    story_ids = [src.id for src in sources]
    if not story_ids and problems:
        raise KnowledgeError(problems)  # without the articles no record can be placed or its quotes found

    def story_of(path: Path) -> str | None:
        """The story a file's folder names, or None for a shared file at the top."""
        parts = path.relative_to(kdir).parts
        return parts[0] if len(parts) > 1 and parts[0] in story_ids else None

    found: dict[str, list[tuple[Path, str | None, BaseModel]]] = {name: [] for name in _TABLES}
    stopwords: list[str] = []
    invalid: set[str] = set()
    """Ids of records that failed validation: references to them are not reported again."""
    for path in files:
        data = _read_file(path, problems)
        if data is None:
            continue
        folder_story = story_of(path)
        for key, value in data.items():
            if key in _TOP_LEVEL_LISTS and isinstance(value, list) and all(isinstance(v, str) for v in value):
                stopwords.extend(v.lower() for v in value)
                continue
            if key not in _TABLES or not isinstance(value, list):
                problems.append(
                    f"{path}: unknown table {key!r} (expected {', '.join(f'[[{t}]]' for t in _TABLES)})"
                )
                continue
            for n, raw in enumerate(value, start=1):
                rid = (
                    str(raw.get("id") or raw.get("canonical") or f"#{n}")
                    if isinstance(raw, dict)
                    else f"#{n}"
                )
                try:
                    found[key].append((path, folder_story, _TABLES[key].model_validate(raw)))
                except ValidationError as exc:
                    problems.extend(validation_lines(path, rid, exc))
                    invalid.add(rid)

    language = {
        "synonyms": [s for _, _, s in found["synonym"]],
        "spellings": [s for _, _, s in found["spelling"]],
        "contrasts": [s for _, _, s in found["contrast"]],
    }
    shared_entities: dict[str, tuple[Path, Entity]] = {}
    per_story: dict[str, dict[str, list[tuple[Path, BaseModel]]]] = {
        sid: {"entity": [], "qa": [], "fact": [], "event": []} for sid in story_ids
    }
    for key in ("entity", "qa", "fact", "event"):
        for path, folder_story, rec in found[key]:
            rid = rec.id  # type: ignore[attr-defined]
            named = getattr(rec, "story", None)
            chosen = folder_story or named
            if chosen is None and key == "entity":
                if rid in shared_entities:
                    problems.append(f"{path}:{rid}: duplicate id (first in {shared_entities[rid][0]})")
                else:
                    shared_entities[rid] = (path, rec)  # type: ignore[assignment]
                continue
            if chosen is None and len(story_ids) == 1:
                chosen = story_ids[0]
            if chosen is None:
                problems.append(
                    f'{path}:{rid}: which story? put the file under {kdir}/STORY/ or add story = "ID"'
                )
                continue
            if folder_story and named and named != folder_story:
                problems.append(f"{path}:{rid}: story {named!r} but the file is in {folder_story!r}'s folder")
                continue
            if chosen not in per_story:
                problems.append(
                    f"{path}:{rid}: unknown story {chosen!r} (stories: {', '.join(story_ids) or 'none'})"
                )
                continue
            per_story[chosen][key].append((path, rec))

    library: dict[str, KnowledgeBase] = {}
    for src in sources:
        kb = _build_story(
            src, per_story[src.id], shared_entities, language, stopwords, files, invalid, problems
        )
        if kb is not None:
            library[src.id] = kb
    if problems:
        raise KnowledgeError(problems)
    return library


def _build_story(
    src: SourceText,
    found: dict[str, list[tuple[Path, BaseModel]]],
    shared_entities: dict[str, tuple[Path, Entity]],
    language: dict[str, list],
    stopwords: list[str],
    files: list[Path],
    invalid: set[str],
    problems: list[str],
) -> KnowledgeBase | None:
    """One story's records cross-checked against its own article and names; problems go to `problems`."""
    entities: dict[str, Entity] = {eid: ent for eid, (_, ent) in shared_entities.items()}
    qa: list[QARecord] = []
    facts: list[FactRecord] = []
    events: list[Event] = []
    ids: dict[str, Path] = {eid: path for eid, (path, _) in shared_entities.items()}
    for key in ("entity", "qa", "fact", "event"):
        for path, rec in found[key]:
            rid = rec.id  # type: ignore[attr-defined]
            if rid in ids:
                problems.append(f"{path}:{rid}: duplicate id in story {src.id!r} (first in {ids[rid]})")
                continue
            ids[rid] = path
            if isinstance(rec, Entity):
                entities[rid] = rec
            elif isinstance(rec, QARecord):
                qa.append(rec)
            elif isinstance(rec, FactRecord):
                facts.append(rec)
            elif isinstance(rec, Event):
                events.append(rec)

    locator = _Locator([src])
    qa_ids = {r.id for r in qa}

    def resolve(rid: str, quotes: list[str]) -> list[Citation]:
        out: list[Citation] = []
        for quote in quotes:
            hit = locator.find(quote)
            if isinstance(hit, str):
                problems.append(f"{ids[rid]}:{rid}: {hit}")
            else:
                out.extend(_citations(*hit))
        return out

    def known(rid: str, names: list[str], what: str = "entity") -> None:
        for ent in names:
            if ent not in entities and ent not in invalid:
                problems.append(f"{ids[rid]}:{rid}: unknown {what} {ent!r}")

    for rec in qa:
        rec.citations = resolve(rec.id, rec.cite)
        known(rec.id, rec.entities)
        known(rec.id, [rec.says.by] if rec.says and rec.says.by else [], "attributing party")
        for rel in rec.related:
            if rel not in qa_ids and rel not in invalid:
                problems.append(f"{ids[rec.id]}:{rec.id}: unknown related record {rel!r}")
        folded = {re.sub(r"\W+", " ", p.lower()).strip() for p in rec.phrasings()}
        if len(folded) < len(rec.phrasings()):
            problems.append(
                f"{ids[rec.id]}:{rec.id}: phrasings must differ in wording, not just punctuation or case"
            )
    for fact in facts:
        fact.citations = resolve(fact.id, [fact.cite])
        known(fact.id, [fact.subject])
        known(fact.id, [fact.says.by] if fact.says and fact.says.by else [], "attributing party")
    for event in events:
        event.citations = resolve(event.id, event.cite)
        known(event.id, event.entities)
        known(event.id, [event.says.by] if event.says and event.says.by else [], "attributing party")
    events.sort(key=lambda e: e.order)
    return KnowledgeBase(
        sources=[src],
        entities=entities,
        qa=qa,
        facts=facts,
        events=events,
        synonyms=list(language["synonyms"]),
        spellings=list(language["spellings"]),
        contrasts=list(language["contrasts"]),
        stopwords=stopwords,
        files=files,
    )
