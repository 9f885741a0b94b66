"""Making user-supplied text harmless where it is shown: a terminal, a spreadsheet cell, Markdown.

Every front end and renderer passes text it did not write through these, so a question, a student's name
or a file's title can never move the cursor, run a spreadsheet formula or forge a heading.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (ANSI escapes start with one) and bidirectional overrides; tab and newline excepted."""
_CONTROL_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def terminal(text: str) -> str:
    """Text with every control character shown as a visible `\\xNN` escape, so nothing reaches the terminal
    as a command; newlines and tabs are kept."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )


def one_line(text: str) -> str:
    """Terminal-safe text folded onto one line: a pasted question cannot forge extra lines of output."""
    return re.sub(r"\s*[\r\n]+\s*", " ", terminal(text.replace("\t", " "))).strip()


def csv_cell(text: str) -> str:
    """A spreadsheet-safe cell: control characters dropped, and a leading formula character defused with an
    apostrophe (the OWASP convention), so `=HYPERLINK(...)` stays text."""
    text = _CONTROL_ALL.sub(lambda m: "\n" if m.group() == "\n" else " " if m.group() == "\t" else "", text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def markdown(text: str) -> str:
    """Inline Markdown for user text: one line, special characters escaped, so it cannot add headings,
    rules, lists or links."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))
