"""The conversation view: the reader's questions and the bot's answers, as distinct messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from ..keys import bindings_for
from ..transcript import ASK_BACK, NOT_SAID, suggestions_head
from .literal import literal

if TYPE_CHECKING:
    from .. import Answer

_TITLES = {"answered": "Answer", "unknown": NOT_SAID.rstrip("."), "clarify": ASK_BACK}
"""Border titles by answer status; constant text, since border titles are read as markup."""

_TAG_STYLE = {
    "article": "$text-muted",
    "claim": "$text-warning",
    "report": "$text-warning",
    "rumour": "$text-error",
}
"""Who says so: the article's own voice is quiet; a claim, a report or a rumour stands out."""


class QuestionMessage(Horizontal):
    """One question the reader asked, right-aligned like a sent message."""

    def __init__(self, question: str) -> None:
        super().__init__(classes="question-row")
        self.question = question

    def compose(self) -> ComposeResult:
        bubble = Static(literal(self.question), classes="message question")
        bubble.border_title = "You"
        yield bubble


class Suggestion(Static):
    """A numbered question the bot suggests; clicking it (or its number on its answer) asks it."""

    def __init__(self, question: str, number: int) -> None:
        super().__init__(Content.assemble((f"{number}. ", "bold"), literal(question)), classes="suggestion")
        self.question = question
        self.number = number

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(AnswerMessage.SuggestionChosen(self.question))


class AnswerMessage(Vertical, can_focus=True):
    """One answer: its text with numbered citation markers, the quotes beneath with who says so, then
    numbered suggestions.

    Focus it (click, or Tab / Shift+Tab) to show its citations in the source pane; Up/Down pick a
    suggestion, Enter or a digit asks it.
    """

    BINDINGS = [Binding(key, action, row.does, show=False) for key, action, row in bindings_for("answer")]

    highlighted: reactive[int | None] = reactive(None)
    """The suggestion the keyboard cursor is on, if any."""

    class Selected(Message):
        """The reader picked this answer: show its citations and make it the one to copy."""

        def __init__(self, message: AnswerMessage) -> None:
            super().__init__()
            self.message = message

    class SuggestionChosen(Message):
        """The reader chose a suggested question; the app asks it."""

        def __init__(self, question: str) -> None:
            super().__init__()
            self.question = question

    def __init__(self, answer: Answer, footnote: str = "") -> None:
        kind = "chat" if answer.intent != "question" else answer.status
        super().__init__(classes=f"message answer -{kind}")
        self.answer = answer
        self.footnote = footnote
        self.border_title = "Bot" if kind == "chat" else _TITLES[answer.status]

    def _tag(self) -> Content:
        """Who says so, styled by kind; empty when nothing is reported."""
        says = self.answer.says
        return Content("") if says is None else literal(self.answer.source_tag, _TAG_STYLE[says.kind])

    def compose(self) -> ComposeResult:
        markers = [(f" [{n}]", "bold $accent") for n in range(1, len(self.answer.citations) + 1)]
        yield Static(Content.assemble(literal(self.answer.answer), *markers), classes="answer-text")
        for n, cite in enumerate(self.answer.citations, start=1):
            yield Static(
                Content.assemble(
                    (f"[{n}] ", "bold $accent"),
                    literal(f"“{cite.quote}”"),
                    "\n",
                    (" " * (len(str(n)) + 3), ""),
                    self._tag(),  # first, so a narrow pane wraps the id rather than split the tag
                    " · " if self.answer.says is not None else "",
                    literal(cite.sentence, "italic $text-muted"),
                ),
                classes="citation",
            )
        if self.answer.says is not None and not self.answer.citations:
            yield Static(Content.assemble("Who says so: ", self._tag()), classes="citation")
        if self.footnote:
            yield Static(Content.styled(self.footnote, "$text-muted"), classes="footnote")
        if self.answer.suggestions:
            yield Static(suggestions_head(self.answer), classes="suggestions-title", markup=False)
            for n, question in enumerate(self.answer.suggestions, start=1):
                yield Suggestion(question, n)

    @property
    def suggestions(self) -> list[Suggestion]:
        return list(self.query(Suggestion))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return bool(self.answer.suggestions) or action not in ("move", "choose")

    def watch_highlighted(self, index: int | None) -> None:
        for n, item in enumerate(self.suggestions):
            item.set_class(n == index, "-highlight")

    def on_focus(self) -> None:
        if self.highlighted is None and self.answer.suggestions:
            self.highlighted = 0
        self.post_message(self.Selected(self))

    def on_blur(self) -> None:
        self.highlighted = None

    def on_click(self) -> None:
        self.focus()

    def action_move(self, step: int) -> None:
        count = len(self.answer.suggestions)
        if count:
            self.highlighted = (
                (self.highlighted or 0) + (step if self.highlighted is not None else 0)
            ) % count

    def action_choose(self, number: int | None = None) -> None:
        index = self.highlighted if number is None else number - 1
        if index is not None and 0 <= index < len(self.answer.suggestions):
            self.post_message(self.SuggestionChosen(self.answer.suggestions[index]))


class ConversationView(VerticalScroll, can_focus=False):
    """The messages so far, newest at the bottom; a new exchange that does not fit starts at the top."""

    def add_exchange(self, question: str, answer: Answer, footnote: str = "") -> AnswerMessage:
        """Show a question and its answer, scrolled so the reader sees the answer itself first."""
        asked = QuestionMessage(question)
        message = AnswerMessage(answer, footnote)
        self.mount_all([asked, message])
        self.call_after_refresh(self._reveal, asked, message)
        return message

    def add_answer(self, answer: Answer) -> AnswerMessage:
        """Show a message from the bot that answers no question (the welcome)."""
        message = AnswerMessage(answer)
        self.mount(message)
        self.call_after_refresh(self._reveal, message, message)
        return message

    def _reveal(self, first: Widget, last: Widget) -> None:
        """Scroll to the end when the exchange fits; otherwise put its first line at the top."""
        if not first.is_attached:
            return
        height = last.virtual_region_with_margin.bottom - first.virtual_region_with_margin.y
        if height <= self.scrollable_content_region.height:
            self.scroll_end(animate=False, immediate=True)
        else:
            self.scroll_to(y=first.virtual_region_with_margin.y, animate=False, immediate=True)

    def clear(self) -> None:
        self.remove_children()

    @property
    def answers(self) -> list[AnswerMessage]:
        return list(self.query(AnswerMessage))
