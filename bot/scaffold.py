"""Starting a new story: the article under the seeds folder, its manifest entry, and a knowledge folder of
drafts (names to give a kind, a commented record per sentence with its quote) that `bot check` then turns
into a checklist of what is left to curate."""

from __future__ import annotations

import re
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .source import segment

_NAME = re.compile(r"\b(?:[A-Z][\w'’.-]*[a-z0-9][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|de|van|von|&)){0,3}")
"""Runs of capitalised words ("Alipay Wallet", "QQ Tech"): the draft's candidate names."""
_COMMON = frozenset(
    [
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "For",
        "From",
        "By",
        "With",
        "After",
        "Before",
        "One",
        "Two",
        "But",
        "And",
        "Or",
        "So",
        "Also",
        "Founded",
        "Trying",
        "About",
        "Reach",
        "Join",
        "Leave",
        "If",
        "When",
        "While",
        "As",
        "Why",
        "How",
        "What",
        "Who",
        "Where",
        "There",
        "Their",
        "They",
        "He",
        "She",
    ]
)
"""Capitalised only because they start a sentence: not names."""


@dataclass(frozen=True)
class Scaffold:
    """What `new_story` wrote, for the command to report."""

    article: Path
    manifest: Path
    folder: Path
    sentences: int
    names: int


def new_story(article: Path, story: str, knowledge: Path, seeds: Path, *, title: str | None = None,
              author: str | None = None, year: int | None = None) -> Scaffold:  # fmt: skip
    """Copy the article in, add its manifest entry and write the draft knowledge folder."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", story):
        raise InputError(f"story id {story!r}: use lowercase letters, digits and hyphens")
    try:
        text = article.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"{article}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{article}: not valid UTF-8 (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"{article}: the article is empty")
    manifest = seeds / "manifest.toml"
    entries = _manifest_entries(manifest)
    if any(e.get("id") == story for e in entries) or (knowledge / story).exists():
        raise InputError(f"story {story!r} already exists ({manifest} or {knowledge / story})")
    seeds.mkdir(parents=True, exist_ok=True)
    copy = seeds / f"{story}.txt"
    shutil.copyfile(article, copy)
    sentences = segment(story, text, len(text))
    first = sentences[0].text if sentences else story
    entry = (
        f'\n[[source]]\nid = "{story}"\ntitle = {_toml(title or first[:80])}\nauthor = {_toml(author or "unknown")}\n'
        + (f"year = {year}\n" if year else "")
        + f'file = "{copy.name}"\n'
        + '# body_ends_before = "..."   # the first line of page furniture after the story, if any\n'
    )
    with manifest.open("a", encoding="utf-8") as fh:
        fh.write(entry)
    folder = knowledge / story
    folder.mkdir(parents=True)
    names = _names([s.text for s in sentences])
    (folder / "entities.toml").write_text(_entities(names), encoding="utf-8")
    (folder / "records.toml").write_text(_records(sentences), encoding="utf-8")
    return Scaffold(copy, manifest, folder, len(sentences), len(names))


def _manifest_entries(manifest: Path) -> list[dict]:
    if not manifest.exists():
        return []
    try:
        return list(tomllib.loads(manifest.read_text(encoding="utf-8")).get("source", []))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"{manifest}: cannot read the manifest: {exc}") from None


def _names(texts: list[str]) -> list[str]:
    """Candidate names: capitalised runs, sentence-initial function words left out, most frequent first."""
    counts: dict[str, int] = {}
    for text in texts:
        for match in _NAME.finditer(text):
            name = re.sub(r"['’]s$", "", match.group().strip(" .,"))
            words = name.split()
            while words and words[0] in _COMMON:
                words.pop(0)
            if words:
                key = " ".join(words)
                counts[key] = counts.get(key, 0) + 1
    return sorted(counts, key=lambda n: (-counts[n], n))


def _entities(names: list[str]) -> str:
    lines = [
        "# Names found in the article (a draft): keep the real ones, give each a kind (company, product, person,",
        "# place, program, site, organisation or outlet) and the other names people use for it; delete the rest.",
        "",
    ]
    for name in names:
        ident = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "name"
        lines += [
            "[[entity]]",
            f'id = "{ident}"',
            f"name = {_toml(name)}",
            'kind = ""   # fill in',
            "aliases = []",
            "",
        ]
    return "\n".join(lines)


def _records(sentences: tuple) -> str:
    lines = [
        "# One commented stub per sentence of the article, its quote filled in. For each sentence worth asking",
        "# about, uncomment the stub, write the question, three other phrasings and the answer, and say who says",
        "# it. `bot check` lists the sentences no record cites yet.",
        "",
    ]
    for s in sentences:
        ident = s.id.split(":", 1)[1].replace(".", "-")
        lines += [
            f"# {s.id}: {s.text}",
            "# [[qa]]",
            f'# id = "{ident}"',
            '# question = ""',
            '# alternatives = ["", "", ""]',
            '# answer = ""',
            '# asks = "what"   # who, when, where, how_many, how_much, why, how, what or yesno',
            '# says = "article"   # or "claim:ENTITY", "rumour", "report:ENTITY"',
            f"# cite = [{_toml(s.text)}]",
            "# entities = []",
            "",
        ]
    return "\n".join(lines)


def _toml(text: str) -> str:
    """A TOML basic string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
