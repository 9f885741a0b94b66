"""The one fake engine of the front-end tests: it implements `bot.interface.AnswerEngine` (checked in
tests/test_fakes.py) with a small made-up article and scripted answers, so chat tests and snapshots
assert exact text that no change to the real engine or knowledge base can move.

Run as a script it starts a chat over the fake (`python tests/fakes.py repl`), for pexpect tests.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from bot.answers import Answer, Attribution, Citation, Conversation, Sentence, Turn
from bot.interface import Story

STORY_ID = "acme"
TITLE = "Acme opens its first store"
AUTHOR = "A. Writer"
YEAR = 2014
ARTICLE = (
    "Acme, a maker of rockets for coyotes, opened its first store yesterday. The store sells anvils.\n\n"
    "Acme claims it has 85 stores in the desert. The Daily Bugle reported that the store was busy.\n\n"
    "A memo read [bold]urgent[/] and [red]final[/]. It was rumoured that the roadrunner was a customer."
)
"""Three paragraphs; the third has markup-like text, which must always be shown as typed."""

FOUNDED = "When did Acme open its first store?"
CLAIM = "How many stores does Acme claim?"
REPORT = "Who reported that the store was busy?"
RUMOUR = "Was the roadrunner a customer?"
MARKUP = "What did the memo read?"
LONG = "Tell me everything"
CLARIFY = "What about the store?"
UNANSWERABLE = "What is the capital of France?"
QUESTIONS = [FOUNDED, CLAIM, REPORT, RUMOUR, MARKUP, "What does the store sell?"]
NAMES = ["Acme", "The Daily Bugle", "Roadrunner"]
FAREWELLS = {"quit", "exit", "bye", "goodbye"}

MARKUP_ANSWER = (
    "Shown as typed: [bold]x[/] is not bold, [/ is no error, [$accent]y[/] is plain, [link=x]z[/link] "
    "is no link, and \x1b[31mthis\x1b[0m is not red."
)
MARKUP_SUGGESTIONS = ["[red]Not red[/]?", "What about [[x]] and [0]?", "[b]Bold?[/b] \x1b[2J"]


def _sentences() -> tuple[Sentence, ...]:
    """The article cut into sentences with the ids and offsets the real segmenter would give."""
    found: list[Sentence] = []
    for p, para in enumerate(re.finditer(r"[^\n]+", ARTICLE), start=1):
        for s, match in enumerate(re.finditer(r"[^.]+\.", para.group()), start=1):
            text = match.group().strip()
            start = para.start() + match.start() + (len(match.group()) - len(match.group().lstrip()))
            found.append(
                Sentence(
                    id=f"{STORY_ID}:p{p}.s{s}",
                    source=STORY_ID,
                    paragraph=p,
                    index=s,
                    start=start,
                    end=start + len(text),
                    byte_start=len(ARTICLE[:start].encode()),
                    byte_end=len(ARTICLE[: start + len(text)].encode()),
                    raw=text,
                    text=text,
                )
            )
    return tuple(found)


SENTENCES = _sentences()


def cite(sentence_id: str) -> Citation:
    """A citation of one sentence of the fake article, the whole sentence quoted."""
    s = next(x for x in SENTENCES if x.id == sentence_id)
    return Citation(
        source=s.source,
        paragraph=s.paragraph,
        sentence=s.id,
        start=s.start,
        end=s.end,
        quote=s.text,
        span_start=0,
        span_end=len(s.text),
        span=s.text,
    )


@dataclass
class FakeEngine:
    """Scripted answers over the fake article; `stories` > 1 repeats the article as more stories."""

    story_count: int = 1
    asked: list[str] = field(default_factory=list)
    """Every question asked, in order."""
    thresholds: list[float | None] = field(default_factory=list)

    def answer(
        self, question: str, conversation: Conversation | None = None, *, threshold: float | None = None
    ) -> Answer:
        """Answer one question (recording the turn in `conversation`); `threshold` overrides the decline bar."""
        self.asked.append(question)
        self.thresholds.append(threshold)
        key = question.strip().casefold()
        if key.rstrip("!.") in FAREWELLS:
            return Answer(
                question=question, status="unknown", answer="Goodbye!", confidence=0.0, intent="farewell"
            )
        if key == "help":
            return Answer(
                question=question,
                status="unknown",
                answer="Ask a question about the story in your own words.",
                confidence=0.0,
                intent="help",
                kind="chat",
            )
        if key in ("hello", "hi"):
            return Answer(
                question=question,
                status="unknown",
                answer="Hello! Ask me about the story.",
                confidence=0.0,
                intent="greeting",
                kind="chat",
                suggestions=self.featured_questions(),
            )
        answer = self._scripted(question, key)
        if conversation is not None:
            conversation.turns.append(
                Turn(question=question, resolved=question, record=answer.record, status=answer.status)
            )
        return answer

    def _scripted(self, question: str, key: str) -> Answer:
        def made(text: str, cites: list[str], says: str | None = None, name: str = "", **kw) -> Answer:
            return Answer(
                question=question,
                status=kw.pop("status", "answered"),
                answer=text,
                confidence=kw.pop("confidence", 0.9),
                citations=[cite(c) for c in cites],
                record=kw.pop("record", key[:20]),
                resolved=question,
                says=Attribution.parse(says) if says else None,
                says_name=name,
                **kw,
            )

        if key == FOUNDED.casefold():
            return made(
                "Acme opened its first store yesterday.",
                ["acme:p1.s1"],
                "article",
                suggestions=[CLAIM, "What does the store sell?"],
            )
        if key == CLAIM.casefold():
            return made("Acme claims it has 85 stores in the desert.", ["acme:p2.s1"], "claim:acme", "Acme")
        if key == REPORT.casefold():
            return made(
                "The Daily Bugle reported it.",
                ["acme:p2.s2"],
                "report:bugle",
                "The Daily Bugle",
                kind="sourcing",
            )
        if key == RUMOUR.casefold():
            return made("It was only rumoured.", ["acme:p3.s2"], "rumour", kind="check")
        if key == MARKUP.casefold():
            return made(
                MARKUP_ANSWER,
                ["acme:p3.s1"],
                "claim:memo",
                "[i]The memo[/i]",
                suggestions=MARKUP_SUGGESTIONS,
            )
        if key == LONG.casefold():
            return made(
                " ".join(
                    f"Part {n} of a long answer that goes on and on about the store." for n in range(1, 13)
                ),
                [s.id for s in SENTENCES],
                "article",
                suggestions=QUESTIONS[:4],
            )
        if key == CLARIFY.casefold():
            return made(
                "I'm not sure what you mean. Did you mean one of these?",
                [],
                status="clarify",
                kind="decline",
                record=None,
                confidence=0.4,
                suggestions=[FOUNDED, "What does the store sell?"],
            )
        if key == "what does the store sell?":
            return made("The store sells anvils.", ["acme:p1.s2"], "article")
        return made(
            "The story doesn't say. It does say when Acme opened its first store.",
            [],
            status="unknown",
            kind="decline",
            record=None,
            confidence=0.1,
            suggestions=[FOUNDED],
        )

    def questions(self) -> list[str]:
        """Every canonical question, for completion and suggestions."""
        return list(QUESTIONS)

    def entity_names(self) -> list[str]:
        """Every entity's display name, for completion."""
        return list(NAMES)

    def featured_questions(self, n: int = 3) -> list[str]:
        """A few starter questions for a welcome screen."""
        return QUESTIONS[:n]

    def stories(self) -> list[Story]:
        """The articles the engine answers from, with their sentences, for the source pane and /sources."""
        first = Story(STORY_ID, TITLE, AUTHOR, YEAR, SENTENCES)
        more = [
            Story(f"{STORY_ID}{n}", f"{TITLE} ({n})", AUTHOR, YEAR, ())
            for n in range(2, self.story_count + 1)
        ]
        return [first, *more]


if __name__ == "__main__":
    from bot.repl import run_repl

    if sys.argv[1:2] != ["repl"]:
        sys.exit("usage: python tests/fakes.py repl [--no-history]")
    sys.exit(run_repl(FakeEngine(), history="--no-history" not in sys.argv))
