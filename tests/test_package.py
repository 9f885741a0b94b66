"""The public API (`bot.__all__`) resolves every name, and loads nothing heavy until a name is used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import bot

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", bot.__all__)
def test_every_public_name_resolves(name):
    assert getattr(bot, name) is not None
    assert name in dir(bot)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        bot.nope  # noqa: B018


def test_importing_bot_loads_no_engine_until_asked():
    code = (
        "import sys, bot; before = sorted(m for m in ('bot.engine', 'pydantic') if m in sys.modules); "
        "bot.load_engine; print(before, 'bot.engine' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[] True"
