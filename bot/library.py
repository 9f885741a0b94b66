"""A library of stories behind one answer engine: each question goes to the story it is about.

Each story has its own engine (its own word weights, so adding stories never changes one story's answers),
built once and kept in the engine cache; a small router, also cached, finds the story a question names.
Engines are loaded on first use and the least recently used are let go, so a library of a thousand stories
starts in a moment and keeps its memory bounded.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import settings
from .answers import Answer, Conversation, Sentence
from .compiled import cache_dir, fingerprint, read_cached, write_cached
from .engine import Engine
from .interface import Story
from .patterns import keep_programs
from .spelling import Speller
from .text import stem, words


@dataclass(frozen=True)
class StoryEntry:
    """What the router keeps of a story: its manifest entry, sentences, names and vocabulary."""

    id: str
    title: str
    author: str
    year: int | None
    sentences: tuple[Sentence, ...]


@dataclass
class Router:
    """Which stories a question can be about: by the names it uses, else by its telling words."""

    stories: list[StoryEntry]
    names: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    """A name's words -> the stories (by position) that have something of that name."""
    terms: dict[str, list[int]] = field(default_factory=dict)
    """A word's stem -> the stories whose knowledge uses it."""

    def __post_init__(self) -> None:
        self._longest = max((len(k) for k in self.names), default=1)
        self._speller = Speller({w for key in self.names for w in key})

    def named(self, question: str) -> list[int]:
        """Stories whose names the question uses (typos in names forgiven), most specific first."""
        raw = [self._speller.correct(w) if len(w) > 3 else w for w in words(question)]
        hits: dict[int, float] = {}
        i = 0
        while i < len(raw):
            for size in range(min(self._longest, len(raw) - i), 0, -1):
                found = self.names.get(tuple(raw[i : i + size]))
                if found:
                    # a name in one story only (a renamed company) says more than one many stories share
                    # ("China"); a name in more stories than a question is tried in says nothing here
                    if len(found) <= settings.STORIES_PER_QUESTION:
                        for s in found:
                            hits[s] = hits.get(s, 0.0) + 1.0 / len(found)
                    i += size
                    break
            else:
                i += 1
        return sorted(hits, key=lambda s: -hits[s])[: settings.STORIES_PER_QUESTION]

    def by_words(self, question: str) -> list[int]:
        """Stories sharing the question's rarer words, best first."""
        scores: dict[int, float] = {}
        total = len(self.stories) or 1
        for word in set(words(question)):
            found = self.terms.get(stem(word))
            if found and len(found) < total:
                weight = 1.0 / len(found)
                for s in found:
                    scores[s] = scores.get(s, 0.0) + weight
        return sorted(scores, key=lambda s: -scores[s])[: settings.STORIES_PER_QUESTION]


class Library:
    """The answer engine over every story of a library (the `bot.interface.AnswerEngine` front ends use)."""

    def __init__(self, router: Router, load: Callable[[str], Engine]) -> None:
        self.router = router
        self._load = load
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self.threshold = settings.DECLINE_THRESHOLD

    # -- the stories --------------------------------------------------------------------------------------

    def stories(self) -> list[Story]:
        """The articles answered from, with their sentences: what the source pane shows."""
        return [Story(s.id, s.title, s.author, s.year, s.sentences) for s in self.router.stories]

    def engine(self, story: str) -> Engine:
        """One story's engine, loaded on first use; the least recently used are let go beyond a bound."""
        found = self._engines.get(story)
        if found is None:
            found = self._engines[story] = self._load(story)
            while len(self._engines) > settings.STORIES_IN_MEMORY:
                self._engines.popitem(last=False)
        else:
            self._engines.move_to_end(story)
        return found

    def _ids(self) -> list[str]:
        return [s.id for s in self.router.stories]

    def _some(self) -> list[Engine]:
        """The engines lists are drawn from: every story of a small library, the first few of a large one."""
        return [self.engine(s) for s in self._ids()[: settings.STORIES_LISTED]]

    def questions(self) -> list[str]:
        """Every canonical question, for completion and suggestions."""
        return [q for e in self._some() for q in e.questions()]

    def featured_questions(self, n: int = 3) -> list[str]:
        """Starter questions from the first story (or each of a few)."""
        engines = self._some()
        return (
            [q for e in engines for q in e.featured_questions(max(1, n // len(engines)))][:n]
            if engines
            else []
        )

    def entity_names(self) -> list[str]:
        """Every entity's display name, for completion."""
        return list(dict.fromkeys(name for e in self._some() for name in e.entity_names()))

    # -- answering ----------------------------------------------------------------------------------------

    def answer(
        self,
        question: str,
        conversation: Conversation | None = None,
        *,
        threshold: float | None = None,
        story: str | None = None,
    ) -> Answer:
        """Answer from the story the question is about: the one chosen (`story`, or the conversation's),
        else the one its names belong to, else the one the conversation was about, else the best of the
        stories sharing its words."""
        ids = self._ids()
        chosen = story or (conversation.story if conversation else None)
        if chosen is not None or len(ids) == 1:
            return self.engine(chosen or ids[0]).answer(question, conversation, threshold=threshold)
        candidates = [ids[i] for i in self.router.named(question)]
        if not candidates and conversation and conversation.last and conversation.last.story:
            candidates = [conversation.last.story]
        if not candidates:
            candidates = [ids[i] for i in self.router.by_words(question)] or ids[:1]
        return self._best_of(question, candidates, conversation, threshold)

    def _best_of(
        self, question: str, candidates: list[str], conversation: Conversation | None, threshold: float | None
    ) -> Answer:
        """Ask each candidate story; keep the answer that settles most (answered over asked back over
        declined), then the most confident, and record only its turn."""
        best: tuple[tuple[int, float], Answer, Conversation | None] | None = None
        ranks: list[tuple[tuple[int, float], str]] = []
        for sid in candidates:
            trial = Conversation(list(conversation.turns)) if conversation is not None else None
            ans = self.engine(sid).answer(question, trial, threshold=threshold)
            rank = ({"answered": 2, "clarify": 1, "unknown": 0}[ans.status], ans.confidence)
            if best is None or rank > best[0]:
                best = (rank, ans, trial)
            ranks.append((rank, sid))
        top = max(ranks)[0] if ranks else (0, 0.0)
        tied = [
            sid for rank, sid in ranks if rank[0] == top[0] == 2 and top[1] - rank[1] < settings.STORY_TIE
        ]
        assert best is not None
        _, ans, trial = best
        if len(tied) > 1:
            # several stories answer it equally well ("Who wrote the article?"): ask which, never guess
            titles = [next(s.title for s in self.router.stories if s.id == sid) for sid in tied]
            return Answer(question=question, status="clarify", confidence=ans.confidence, kind="decline",
                          answer="Several stories answer that: which one do you mean? Choose one with /story "
                          "or name something in it.", suggestions=titles[: settings.STORIES_PER_QUESTION],
                          resolved=question)  # fmt: skip
        if conversation is not None and trial is not None and len(trial.turns) > len(conversation.turns):
            conversation.turns.append(trial.turns[-1])
        return ans


def build_router(engines: dict[str, Engine]) -> Router:
    """The router over built story engines."""
    entries: list[StoryEntry] = []
    names: dict[tuple[str, ...], list[int]] = {}
    terms: dict[str, list[int]] = {}
    for n, (sid, engine) in enumerate(engines.items()):
        src = engine.kb.source
        entries.append(StoryEntry(sid, src.title, src.author, src.year, src.sentences))
        for ent in engine.kb.entities.values():
            for name in ent.names():
                key = tuple(words(name))
                if key and n not in names.setdefault(key, []):
                    names[key].append(n)
        for token in engine.index.idf:
            if not token.startswith("@") and not token.isdigit():
                terms.setdefault(token, []).append(n)
    return Router(entries, names, terms)


def load_library_engine(
    knowledge: str | None = None, seeds: str | None = None, story: str | None = None
) -> Library:
    """The library's engine, from the engine cache when it holds this exact knowledge, code and Python;
    built (and cached) otherwise. `story` narrows the library to one story."""
    from . import paths

    kdir, sdir = paths.knowledge_dir(knowledge), paths.seeds_dir(seeds)
    inputs = _inputs(kdir, sdir)
    folder = cache_dir() / fingerprint(inputs)
    cached = read_cached(folder / "router.pickle")
    keep_programs(folder / "patterns.marshal")
    built: dict[str, Engine] = {}
    if isinstance(cached, Router):
        router = cached
    else:
        router, built = _build(kdir, sdir, folder)
    if story is not None:
        ids = [s.id for s in router.stories]
        if story not in ids:
            from .errors import InputError

            raise InputError(f"no story {story!r} (stories: {', '.join(ids)})")
        router = Router([s for s in router.stories if s.id == story], router.names, router.terms)

    def load(sid: str) -> Engine:
        if sid in built:
            return built.pop(sid)  # just built: no need to read it back
        engine = read_cached(folder / f"story-{sid}.pickle")
        if isinstance(engine, Engine):
            return engine
        return _build(kdir, sdir, folder)[1][sid]

    return Library(router, load)


def _inputs(kdir: Path, sdir: Path) -> list[Path]:
    """Every file a built engine depends on: the knowledge and seeds folders' files and the shipped data."""
    data = Path(__file__).resolve().parent / "data"
    out: list[Path] = []
    for folder in (kdir, sdir, data):
        if folder.is_dir():
            out.extend(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    return out


def _build(kdir: Path, sdir: Path, folder: Path) -> tuple[Router, dict[str, Engine]]:
    """Validate the knowledge, build every story's engine and the router, and write them to the cache."""
    from .compiled import compile_story
    from .knowledge import load_library

    library = load_library(kdir, sdir)
    engines = {sid: Engine(compile_story(kb)) for sid, kb in library.items()}
    for engine in engines.values():
        engine.index.reader.prepare()
    router = build_router(engines)
    for sid, engine in engines.items():
        write_cached(folder / f"story-{sid}.pickle", engine)
    write_cached(folder / "router.pickle", router)
    return router, engines
