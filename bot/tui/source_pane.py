"""The source pane: the articles by paragraph, with the sentences an answer cites highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from .literal import literal

if TYPE_CHECKING:
    from .. import Citation, Sentence, Story

_CITED = "on $accent 25%"
_MARKER = "bold $accent"


class SourceParagraph(Static):
    """One paragraph; re-rendered whenever the cited sentences change."""

    def __init__(self, number: int, sentences: Sequence[Sentence]) -> None:
        super().__init__(classes="paragraph")
        self.number = number
        self.sentences = list(sentences)
        self.cited: dict[str, list[int]] = {}
        self.update(self._content())

    def _content(self) -> Content:
        parts: list[Content | str | tuple[str, str]] = [(f"¶{self.number} ", "$text-muted")]
        for n, sentence in enumerate(self.sentences):
            if n:
                parts.append(" ")
            markers = self.cited.get(sentence.id)
            if markers:
                parts.append(("".join(f"[{m}]" for m in markers) + " ", _MARKER))
                parts.append(literal(sentence.text, _CITED))
            else:
                parts.append(literal(sentence.text))
        return Content.assemble(*parts)

    def show_cited(self, cited: dict[str, list[int]]) -> bool:
        """Highlight the cited sentences of this paragraph; True when any is cited."""
        mine = {sid: nums for sid, nums in cited.items() if any(s.id == sid for s in self.sentences)}
        if mine != self.cited:
            self.cited = mine
            self.update(self._content())
        self.set_class(bool(mine), "-cited")
        return bool(mine)


class SourcePane(VerticalScroll):
    """The articles, paragraph by paragraph; filled once the engine has loaded, toggled from the app."""

    def show_stories(self, stories: Sequence[Story]) -> None:
        """Show these articles (replacing whatever was shown)."""
        self.remove_children()
        widgets: list[Static] = []
        for story in stories:
            byline = ", ".join(str(part) for part in (story.author, story.year) if part)
            widgets.append(
                Static(
                    Content.assemble(
                        literal(story.title, "bold"), "\n", literal(byline, "italic $text-muted")
                    ),
                    classes="source-title",
                )
            )
            widgets += [SourceParagraph(n, s) for n, s in enumerate(story.paragraphs(), start=1)]
        self.mount_all(widgets)

    def show_citations(self, citations: Sequence[Citation]) -> None:
        """Highlight the sentences these citations lie in and scroll the first into view."""
        cited: dict[str, list[int]] = {}
        for n, cite in enumerate(citations, start=1):
            cited.setdefault(cite.sentence, []).append(n)
        first = None
        for paragraph in self.query(SourceParagraph):
            if paragraph.show_cited(cited) and first is None:
                first = paragraph
        if first is not None:
            self.call_after_refresh(self.scroll_to_widget, first, animate=False)
