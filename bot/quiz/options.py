"""What a quiz can be asked for: its kinds of item and the range of seeds. No pydantic, so the `bot` parser
can offer them at start-up without importing the quiz models."""

from __future__ import annotations

from typing import Literal

ItemKind = Literal["short", "choice", "truefalse"]
"""Short answer (free text), multiple choice (four options) or true/false."""

ITEM_KINDS: tuple[ItemKind, ...] = ("short", "choice", "truefalse")

MAX_SEED = 2**63 - 1
"""Seeds are stored in SQLite, whose integers are 64-bit signed."""
