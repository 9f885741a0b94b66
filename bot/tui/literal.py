"""User and article text as Textual content that is never read as markup."""

from __future__ import annotations

from textual.content import Content

from .. import terminal


def literal(text: str, style: str = "") -> Content:
    """Text shown exactly as typed: no markup, control characters (ANSI escapes too) shown escaped."""
    return Content.styled(terminal(text), style) if style else Content(terminal(text))
