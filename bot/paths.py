"""Where the article, the knowledge base and the user's data live, each with an override."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """Data shipped inside the wheel (bot/_data/NAME), else the checkout's top-level folder."""
    inside = _PACKAGE / "_data" / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def knowledge_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The knowledge folder: the option, then $BOT_KNOWLEDGE, then the shipped one."""
    chosen = override or os.environ.get("BOT_KNOWLEDGE")
    return Path(chosen).expanduser() if chosen else _shipped("knowledge")


def seeds_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The seeds folder: the option, then $BOT_SEEDS, then the shipped one."""
    chosen = override or os.environ.get("BOT_SEEDS")
    return Path(chosen).expanduser() if chosen else _shipped("seeds")


def user_dir() -> Path:
    """The user's data folder (history, quiz results): $BOT_USER_DIR, else the XDG data home."""
    chosen = os.environ.get("BOT_USER_DIR")
    if chosen:
        return Path(chosen).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg).expanduser() if xdg else Path("~/.local/share").expanduser()
    return base / "newsbot"
