"""Regular expressions that skip their search when the text holds none of the words a match must start with.

The question patterns are long alternations of word phrases, each branch opening with a word boundary; Python's
regular-expression engine tries every branch at every position, which made reading a question the costliest
step of answering it. Most questions contain none of a pattern's opening words, and a substring test for those
is far cheaper than the search. The opening words are derived from the pattern itself, so they never drift
from it; a pattern whose matches may start anywhere (a character class, an optional opening) is searched as is.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import re
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# the parser the re module itself uses (private, so reached by name: a pattern it cannot read is not gated)
try:
    _parse: Any = importlib.import_module("re._parser")
    _sre: Any = importlib.import_module("re._constants")
    _SKIPPED = frozenset({_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT})
    """Zero-width items (word boundaries, anchors, lookarounds) only narrow where a match may be."""
except (ImportError, AttributeError):  # pragma: no cover - a Python whose re is laid out otherwise
    _parse = None

# the compiler the re module itself uses, to keep what it compiles (a pattern it cannot take is compiled as usual)
try:
    _compiler: Any = importlib.import_module("re._compiler")
    _engine: Any = importlib.import_module("_sre")
    _CODE_ITEM = "I" if array("I").itemsize == 4 else "L"
except (ImportError, AttributeError):  # pragma: no cover - a Python whose re is laid out otherwise
    _compiler = None

_MAX_HEADS = 64
"""More opening strings than this cost more to test than the search they would save."""
_HEAD_LENGTH = 5
"""Opening strings stop growing here: five letters already pick out one word."""


class Gated:
    """A pattern searched only when the text contains one of the strings every match starts with, and compiled
    only then: most questions never need it, and compiling a long pattern costs a start a millisecond.

    The strings are written out beside the pattern (deriving them at import would cost every start a parse);
    a test checks them against `opening_strings` of the pattern, so they cannot drift from it."""

    __slots__ = ("_lazy", "heads", "source")

    def __init__(self, source: str, heads: tuple[str, ...]) -> None:
        self.source = source
        self.heads = heads
        self._lazy = Lazy(source)

    @property
    def pattern(self) -> re.Pattern[str]:
        return self._lazy.compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if not any(map(text.__contains__, self.heads)):
            return None
        return self._lazy.search(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        if not any(map(text.__contains__, self.heads)):
            return iter(())
        return self._lazy.finditer(text, pos)


def opening_strings(source: str) -> tuple[str, ...] | None:
    """The strings one of which every match of `source` starts with, or None when that cannot be told."""
    if _parse is None:
        return None
    try:
        heads = _heads(list(_parse.parse(source)))
    except Exception:  # an unreadable pattern is searched ungated, never wrongly gated
        return None
    if heads is None:
        return None
    found = sorted({h for h, _ in heads}, key=len)
    if not found or "" in found:
        return None
    # a string starting with a shorter one found already adds nothing ("who" covers "whose")
    kept: list[str] = []
    for h in found:
        if not any(h.startswith(k) for k in kept):
            kept.append(h)
    return tuple(kept) if len(kept) <= _MAX_HEADS else None


def _heads(items: list) -> list[tuple[str, bool]] | None:
    """(opening string, may grow) pairs for a sequence of parsed items; None when too many."""
    outs: list[tuple[str, bool]] = [("", True)]
    for op, av in items:
        if op in _SKIPPED:
            continue
        if not any(grow for _, grow in outs):
            break
        parts: list[tuple[str, bool]] | None
        if op is _sre.LITERAL:
            parts = [(chr(av), True)]
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:
            parts = _heads(list(av[-1]))
        elif op is _sre.BRANCH:
            parts = []
            for alternative in av[1]:
                sub = _heads(list(alternative))
                if sub is None:
                    return None
                parts.extend(sub)
        else:
            parts = None  # a class, a wildcard, a repeat: what follows may start anywhere
        if parts is None:
            outs = [(s, False) for s, _ in outs]
            break
        grown: list[tuple[str, bool]] = []
        for s, grow in outs:
            if not grow or len(s) >= _HEAD_LENGTH:
                grown.append((s, False))
            else:
                grown.extend((s + t, more) for t, more in parts)
        outs = list(dict.fromkeys(grown))
        if len(outs) > _MAX_HEADS * 4:
            return None
    return outs


class Lazy:
    """A pattern compiled on its first use: a question module holds dozens, most questions need a few, and
    compiling them all would cost every start of `bot ask` several milliseconds.

    Its methods are the compiled pattern's own, bound on first use (a reading makes some hundred searches, and
    a Python method in between cost each one a call)."""

    __slots__ = (
        "_compiled",
        "findall",
        "finditer",
        "flags",
        "fullmatch",
        "match",
        "search",
        "source",
        "split",
        "sub",
    )
    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compile(self.source, int(self.flags))
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # reached only while a method slot is unset: compile, bind every method, and hand back the one asked
        if name not in _BOUND:
            raise AttributeError(name)
        compiled = self.compiled
        for method in _BOUND:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)


_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
"""The pattern methods a `Lazy` hands on (the arguments are the re module's own)."""


# -- compiled programs kept between runs ----------------------------------------------------------------------
#
# Compiling the patterns one question needs cost a start of `bot ask` about 45 ms, a third of it: the question
# modules' patterns are long alternations, and the re module parses and compiles each from its text. What the
# compiler makes of a pattern (its program) is plain data, so it is kept in the engine cache beside the
# engine it goes with (the cache folder is keyed by the code and the Python version, so a program is never
# read by another Python or for another pattern) and turned back into a pattern without parsing.

_PROGRAMS: dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]] = {}
"""(source, flags) -> what `_sre.compile` takes besides the source: read from the cache, or compiled here."""
_kept: dict[str, Any] = {"path": None, "new": 0}


def keep_programs(path: Path) -> None:
    """Read the programs kept at `path` and keep the ones this process compiles there too (on exit); an
    unreadable or damaged file is ignored: the patterns are compiled from their text as before."""
    if _compiler is None or _kept["path"] is not None:
        return
    _kept["path"] = path
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        loaded = None
    if isinstance(loaded, dict):
        _PROGRAMS.update(loaded)
    atexit.register(_write_programs)


def _compile(source: str, flags: int) -> re.Pattern[str]:
    """The pattern, from its kept program when there is one; compiled (and kept) otherwise."""
    flags = int(flags)  # (a RegexFlag is no key that marshal writes)
    if _compiler is None or _kept["path"] is None:
        return re.compile(source, flags)
    kept = _PROGRAMS.get((source, flags))
    if kept is not None:
        try:  # (a file of the right format but another shape is as good as damaged)
            final, code, groups, names, numbered = kept
            program = array(_CODE_ITEM, code).tolist()
            return _engine.compile(source, final, program, groups, names, numbered)
        except Exception:  # a program that does not load is compiled again from the text
            pass
    try:
        parsed = _parse.parse(source, flags)
        code_list = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, at in groupindex.items():
            indexgroup[at] = name
        final = int(flags | parsed.state.flags)
        code = array(_CODE_ITEM, (int(x) for x in code_list)).tobytes()
        pattern = _engine.compile(
            source, final, code_list, parsed.state.groups - 1, groupindex, tuple(indexgroup)
        )
    except Exception:  # as re.compile would have it: the same error, or the pattern
        return re.compile(source, flags)
    _PROGRAMS[(source, flags)] = (final, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    _kept["new"] += 1
    return pattern


def _write_programs() -> None:
    """Write the kept programs atomically when this process compiled new ones; failure to write is no error."""
    path = _kept["path"]
    if not _kept["new"] or path is None:
        return
    from .paths import write_atomically

    write_atomically(path, marshal.dumps(_PROGRAMS))
