"""Turning user and article text into Textual content that is never read as markup."""

from __future__ import annotations

from textual.content import Content

from ..render import safe


def literal(text: str, style: str = "") -> Content:
    """Text shown exactly as typed: no markup, control characters (ANSI escapes too) shown escaped."""
    return Content.styled(safe(text), style) if style else Content(safe(text))
