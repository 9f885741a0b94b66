"""`bot check`'s report: whether the knowledge loads, what each story holds, which sentences no record cites.

Built here and rendered here (text for a curator, JSON for a script), so the command only calls and prints.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KnowledgeError
from .safety import one_line

_COUNTED = ("sources", "sentences", "entities", "qa", "facts", "events", "synonyms")
_UNATTRIBUTED = "no `says` (article, claim:ENTITY, rumour or report:ENTITY)"
_INCOMPLETE = (
    ("uncovered", "some sentences are not cited by any record"),
    ("unattributed", "some records do not say who says them"),
)
"""What makes a knowledge base that loads still incomplete, and how the verdict line says so."""


@dataclass(frozen=True)
class StoryCheck:
    """One story's part of the report."""

    counts: dict[str, int]
    """How many sources, sentences, entities, qa, facts, events and synonym groups it has."""
    uncovered: dict[str, str]
    """Sentence id to its text, for each sentence of the story's body that no record cites, in order."""
    unattributed: list[str]
    """Ids of its records that do not say who says them."""


@dataclass(frozen=True)
class CheckReport:
    """What `bot check` found; `errors` (problems that stop the knowledge loading) leave `stories` empty."""

    errors: list[str] = field(default_factory=list)
    """`path:record: what is wrong`, one per problem."""
    stories: dict[str, StoryCheck] = field(default_factory=dict)
    """Each story checked, by id, in manifest order."""

    @property
    def several(self) -> bool:
        """More than one story: record ids are then shown with their story's (`story:record`)."""
        return len(self.stories) > 1

    @property
    def counts(self) -> dict[str, int]:
        """The stories' counts added up; the synonym groups (one shared language file) counted once."""
        totals = dict.fromkeys(_COUNTED, 0)
        for story in self.stories.values():
            for key, value in story.counts.items():
                totals[key] = value if key == "synonyms" else totals[key] + value
        return totals

    @property
    def uncovered(self) -> list[str]:
        """Every story's uncited sentence ids (each names its story already)."""
        return [sid for story in self.stories.values() for sid in story.uncovered]

    @property
    def unattributed(self) -> list[str]:
        """Every story's unattributed record ids, with the story's id when there are several."""
        return [
            self._qualified(sid, rid) for sid, story in self.stories.items() for rid in story.unattributed
        ]

    @property
    def coverage(self) -> dict[str, int]:
        """How many of the stories' sentences at least one record cites."""
        total = self.counts["sentences"]
        return {"covered": total - len(self.uncovered), "total": total}

    @property
    def ok(self) -> bool:
        """Valid and complete: every record loads and says who says it, every sentence is cited."""
        return not self.errors and not self.uncovered and not self.unattributed

    def _qualified(self, story: str, record: str) -> str:
        return f"{story}:{record}" if self.several else record

    def to_json(self) -> str:
        """The report as one JSON object (sentences and records by id, totals and each story), for scripts."""
        return json.dumps(
            {
                "ok": self.ok,
                "errors": self.errors,
                "counts": self.counts if not self.errors else {},
                "coverage": self.coverage if not self.errors else {},
                "uncovered": self.uncovered,
                "unattributed": self.unattributed,
                "stories": {
                    sid: {"counts": s.counts, "uncovered": list(s.uncovered), "unattributed": s.unattributed}
                    for sid, s in self.stories.items()
                },
            },
            indent=2,
        )

    def to_text(self) -> str:
        """The report for a curator: the problems and their count; or the totals, the coverage, each story's
        gaps (under its own line when there are several) and a verdict. Knowledge-file text is shown on one
        line, escapes visible."""
        if self.errors:
            return "\n".join([*map(one_line, self.errors), f"{len(self.errors)} problem(s) found"])
        c, cover = self.counts, self.coverage
        lines = [
            f"sources {c['sources']}  sentences {c['sentences']}  entities {c['entities']}  "
            f"qa {c['qa']}  facts {c['facts']}  events {c['events']}  synonym groups {c['synonyms']}",
            f"coverage {cover['covered']}/{cover['total']} sentences cited",
        ]
        for sid, story in self.stories.items():
            n = story.counts
            if self.several:
                covered = n["sentences"] - len(story.uncovered)
                lines.append(
                    f"story {sid}: qa {n['qa']}  facts {n['facts']}  events {n['events']}  "
                    f"coverage {covered}/{n['sentences']}"
                )
            lines += [f"uncovered {x}: {text}" for x, text in story.uncovered.items()]
            lines += [f"unattributed {self._qualified(sid, r)}: {_UNATTRIBUTED}" for r in story.unattributed]
        gaps = [what for name, what in _INCOMPLETE if getattr(self, name)]
        lines.append("incomplete: " + "; ".join(gaps) if gaps else "ok")
        return "\n".join(one_line(line) for line in lines)


def check_knowledge(
    knowledge: str | Path | None = None, seeds: str | Path | None = None, story: str | None = None
) -> CheckReport:
    """Load every story of the library (or only `story`) and report on each: knowledge that does not load
    is a report listing its problems, not an exception, so `bot check --json` can show them."""
    from .knowledge import load_library

    try:
        library = load_library(knowledge, seeds)
        if story is not None:
            if story not in library:
                raise KnowledgeError([f"no story {story!r} (stories: {', '.join(library)})"])
            library = {story: library[story]}
    except KnowledgeError as exc:
        return CheckReport(errors=list(exc.problems))
    return CheckReport(
        stories={
            sid: StoryCheck(
                counts={
                    "sources": len(kb.sources),
                    "sentences": len(kb.sentences),
                    "entities": len(kb.entities),
                    "qa": len(kb.qa),
                    "facts": len(kb.facts),
                    "events": len(kb.events),
                    "synonyms": len(kb.synonyms),
                },
                uncovered={x: kb.sentences[x].text for x in kb.uncovered()},
                unattributed=kb.unattributed(),
            )
            for sid, kb in library.items()
        }
    )
