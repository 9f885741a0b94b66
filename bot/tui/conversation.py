"""The conversation view: the reader's questions and the bot's answers, as distinct messages."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from ..answers import Answer
from .text import literal

_TITLES = {"answered": "Answer", "unknown": "Not in the story", "clarify": "Which did you mean?"}
"""Border titles by answer status; constant text, since border titles are read as markup."""


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
    """A question the bot suggests; clicking it (or Enter on its answer) asks it."""

    def __init__(self, question: str, number: int) -> None:
        super().__init__(Content.assemble(("› ", "bold"), literal(question)), classes="suggestion")
        self.question = question
        self.number = number

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(AnswerMessage.SuggestionChosen(self.question))


class AnswerMessage(Vertical, can_focus=True):
    """One answer: its text with numbered citation markers, the quotes beneath, then suggestions.

    Focus it (click, or Tab / Shift+Tab) to show its citations in the source pane; Up/Down pick a
    suggestion, Enter or a digit asks it.
    """

    BINDINGS = [
        Binding("up", "move(-1)", "Previous suggestion", show=False),
        Binding("down", "move(1)", "Next suggestion", show=False),
        Binding("enter", "choose", "Ask", tooltip="Ask the highlighted suggestion"),
        *(Binding(str(n), f"choose({n})", show=False) for n in range(1, 10)),
    ]

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

    def __init__(self, answer: Answer) -> None:
        kind = "chat" if answer.intent != "question" else answer.status
        super().__init__(classes=f"message answer -{kind}")
        self.answer = answer
        self.border_title = "Bot" if kind == "chat" else _TITLES[answer.status]

    def compose(self) -> ComposeResult:
        markers = [(f" [{n}]", "bold $accent") for n in range(1, len(self.answer.citations) + 1)]
        yield Static(Content.assemble(literal(self.answer.answer), *markers), classes="answer-text")
        for n, cite in enumerate(self.answer.citations, start=1):
            yield Static(
                Content.assemble(
                    (f"[{n}] ", "bold $accent"),
                    literal(f"“{cite.quote}”"),
                    "\n",
                    (" " * (len(str(n)) + 3) + cite.sentence, "italic $text-muted"),
                ),
                classes="citation",
            )
        if self.answer.suggestions:
            head = "Choose one:" if self.answer.status == "clarify" else "You could ask:"
            yield Static(head, classes="suggestions-title", markup=False)
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
    """The messages so far, newest at the bottom."""

    def add_question(self, question: str) -> None:
        self.mount(QuestionMessage(question))

    def add_answer(self, answer: Answer) -> AnswerMessage:
        message = AnswerMessage(answer)
        self.mount(message)
        self.call_after_refresh(self.scroll_end, animate=False)
        return message

    def clear(self) -> None:
        self.remove_children()

    @property
    def answers(self) -> list[AnswerMessage]:
        return list(self.query(AnswerMessage))
