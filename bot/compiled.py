"""A story's knowledge as plain data, and the engine cache that keeps it prebuilt between runs.

`compile_story` turns one validated `KnowledgeBase` (pydantic records) into `StoryData` (frozen dataclasses)
that the index and engine read. The cache stores each story's built engine under a fingerprint of the
knowledge files, the articles, the code and the Python version, so a warm `bot ask` neither parses TOML nor
imports pydantic: it unpickles plain data.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers import Attribution, Citation, QuestionType, Sentence
from .paths import write_atomically

try:  # the BLAKE2 module alone: hashlib would load OpenSSL, two milliseconds of every start
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from .knowledge import KnowledgeBase

CACHE_FORMAT = 4
"""Bumped whenever what the cache holds changes shape; part of the fingerprint."""


@dataclass(frozen=True, slots=True)
class Name:
    """A named thing of a story, with the names people use for it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    """What the curators say it is ("The mobile app of Alipay ..."): read for "the payment app"."""

    def names(self) -> list[str]:
        """The canonical name first, then every alias."""
        return [self.name, *self.aliases]


@dataclass(frozen=True, slots=True)
class Record:
    """A curated question and answer, as the engine reads it."""

    id: str
    question: str
    alternatives: tuple[str, ...]
    answer: str
    asks: QuestionType
    short_answer: str | None
    short_kind: str | None
    entities: tuple[str, ...]
    related: tuple[str, ...]
    says: Attribution | None
    unit: str | None
    time: str | None
    summary: bool
    not_in_story: bool
    citations: tuple[Citation, ...]

    def phrasings(self) -> list[str]:
        """The canonical question then every alternative."""
        return [self.question, *self.alternatives]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated happening of a story."""

    id: str
    when: str
    year: int | None
    order: int
    text: str
    entities: tuple[str, ...]
    says: Attribution | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, slots=True)
class WordGroup:
    """Words read as one (`canonical`): a synonym group or a shorthand."""

    canonical: str
    words: tuple[str, ...]
    gloss: str = ""
    """A plain explanation of the words, where the language file gives one."""


@dataclass(frozen=True, slots=True)
class Contrast:
    """Words of one dimension (daily, monthly...) that do not answer for one another."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """An article's manifest entry and sentences."""

    id: str
    title: str
    author: str
    year: int | None
    sentences: tuple[Sentence, ...]


@dataclass
class StoryData:
    """One story compiled: its article's sentences, names, records, timeline and the language files."""

    source: SourceInfo
    entities: dict[str, Name]
    qa: list[Record]
    events: list[TimelineEvent]
    synonyms: list[WordGroup] = field(default_factory=list)
    spellings: list[WordGroup] = field(default_factory=list)
    contrasts: list[Contrast] = field(default_factory=list)
    stopwords: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentences: dict[str, Sentence] = {s.id: s for s in self.source.sentences}
        self.qa_by_id: dict[str, Record] = {r.id: r for r in self.qa}

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def sources(self) -> list[SourceInfo]:
        return [self.source]


def compile_story(kb: KnowledgeBase) -> StoryData:
    """One validated story as plain data."""
    (src,) = kb.sources
    return StoryData(
        source=SourceInfo(src.id, src.title, src.author, src.year, tuple(src.sentences)),
        entities={
            e.id: Name(e.id, e.name, e.kind, tuple(e.aliases), e.description or "")
            for e in kb.entities.values()
        },
        qa=[
            Record(
                r.id,
                r.question,
                tuple(r.alternatives),
                r.answer,
                r.asks,
                r.short_answer,
                r.short_kind,
                tuple(r.entities),
                tuple(r.related),
                r.says,
                r.unit,
                r.time,
                r.summary,
                r.not_in_story,
                tuple(r.citations),
            )
            for r in kb.qa
        ],
        events=[
            TimelineEvent(
                e.id, e.when, e.year, e.order, e.text, tuple(e.entities), e.says, tuple(e.citations)
            )
            for e in kb.events
        ],
        synonyms=[WordGroup(g.canonical, tuple(g.words), g.gloss or "") for g in kb.synonyms],
        spellings=[WordGroup(g.canonical, tuple(g.words)) for g in kb.spellings],
        contrasts=[Contrast(tuple(c.words)) for c in kb.contrasts],
        stopwords=list(kb.stopwords),
    )


# -- the cache ----------------------------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where prebuilt engines live: $BOT_CACHE_DIR, else $XDG_CACHE_HOME/newsbot, else ~/.cache/newsbot."""
    chosen = os.environ.get("BOT_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path("~/.cache").expanduser()
    return base / "newsbot"


def fingerprint(inputs: list[Path]) -> str:
    """A key for everything a built engine depends on: the given files' contents (knowledge, articles), the
    code and its shipped data (each file's size and modification time) and the Python version."""
    digest = blake2b(f"{CACHE_FORMAT}|{sys.version}|".encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    for path in sorted(inputs):
        digest.update(str(path).encode())
        try:
            if path.is_relative_to(package):
                # the package's own data (3 MB of word lists) is installed with the code: keyed as the code is,
                # by size and time, since hashing it cost every start 5 ms
                stat = path.stat()
                digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
            else:
                digest.update(path.read_bytes())
        except OSError:
            digest.update(b"<unreadable>")
    for module in sorted(package.glob("*.py")):
        stat = module.stat()
        digest.update(f"{module.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def read_cached(path: Path) -> Any | None:
    """The object pickled at `path`, or None when it is missing; a corrupt or unreadable file is reported on
    stderr in one line and ignored (the caller rebuilds)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        sys.stderr.write(f"bot: ignoring the engine cache {path}: {exc.strerror}\n")
        return None
    collecting = gc.isenabled()
    gc.disable()  # unpickling makes many objects at once: a collection midway would walk all of them for nothing
    try:
        return pickle.loads(data)
    except Exception as exc:
        sys.stderr.write(f"bot: ignoring a damaged engine cache {path} ({type(exc).__name__}); rebuilding\n")
        return None
    finally:
        if collecting:
            gc.freeze()  # the loaded engine is long-lived data: later collections need not walk it again
            gc.enable()


def write_cached(path: Path, value: Any) -> None:
    """Pickle `value` to `path` atomically (a temporary file renamed into place); failure to write is not
    an error: the next run just builds again."""
    write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
