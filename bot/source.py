"""Articles as citable text: manifest, body, paragraphs and sentences with stable ids and offsets."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from . import paths
from .errors import InputError, KnowledgeError, parse_problem, validation_lines
from .models import Sentence, SourceEntry
from .text import PLAIN

_SENTENCE_END = re.compile(r"[.!?](?=[\"')\]]*\s+[\"'(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Inc.", "Ltd.", "Co.", "Corp.", "U.S.", "e.g.", "i.e.", "vs.")


def display(text: str) -> str:
    """Text as shown to people: straight quotes, plain spaces, single spaces."""
    return re.sub(r"\s+", " ", text.translate(PLAIN)).strip()


@dataclass(frozen=True)
class SourceText:
    """One article: its manifest entry, original text and sentences."""

    id: str
    title: str
    author: str
    year: int | None
    path: Path
    text: str
    body_end: int
    """Character offset where the story body ends (page furniture follows)."""
    sentences: tuple[Sentence, ...] = field(default=())

    @property
    def body(self) -> str:
        return self.text[: self.body_end]

    def paragraphs(self) -> list[list[Sentence]]:
        """Sentences grouped by paragraph, in order."""
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        return [groups[k] for k in sorted(groups)]


def _split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph; ends after the closing punctuation."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        if any(paragraph[:end].endswith(abbr) for abbr in _ABBREVIATIONS):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(paragraph)))
    result = []
    for s, e in spans:
        piece = paragraph[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            result.append((s + lead, e - trail))
    return result


def segment(source_id: str, text: str, body_end: int) -> tuple[Sentence, ...]:
    """Paragraphs (blank-line separated) and sentences of the body, with ids `ID:pP.sS`."""
    sentences: list[Sentence] = []
    para_no = 0
    for match in re.finditer(r"(?:[^\n]|\n(?![ \t\u00a0]*\n))+", text[:body_end]):
        if not match.group().strip():
            continue
        para_no += 1
        for index, (s, e) in enumerate(_split_sentences(match.group()), start=1):
            start, end = match.start() + s, match.start() + e
            raw = text[start:end]
            sentences.append(
                Sentence(
                    id=f"{source_id}:p{para_no}.s{index}",
                    source=source_id,
                    paragraph=para_no,
                    index=index,
                    start=start,
                    end=end,
                    byte_start=len(text[:start].encode()),
                    byte_end=len(text[:end].encode()),
                    raw=raw,
                    text=display(raw),
                )
            )
    return tuple(sentences)


def _read_text(path: Path) -> str:
    try:
        data = paths.read_regular(path)
    except InputError as exc:
        raise KnowledgeError([str(exc)]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError([f"{path}: not valid UTF-8 (byte {exc.start})"]) from None


def _manifest_entries(manifest: Path) -> list[tuple[str, object]]:
    """The raw `[[source]]` blocks with the id to report them under; the file's own problems raised."""
    try:
        data = tomllib.loads(_read_text(manifest))
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError([f"{manifest}: TOML syntax error: {exc}"]) from None
    except (RecursionError, ValueError) as exc:
        raise KnowledgeError([parse_problem(manifest, exc)]) from None
    problems = [f"{manifest}: unknown table {key!r} (expected [[source]])" for key in data if key != "source"]
    entries = data.get("source", [])
    if not isinstance(entries, list):
        problems.append(f"{manifest}: 'source' must be [[source]] blocks")
        entries = []
    if problems:
        raise KnowledgeError(problems)
    return [
        (str(raw.get("id") or f"source #{n}") if isinstance(raw, dict) else f"source #{n}", raw)
        for n, raw in enumerate(entries, start=1)
    ]


def load_sources(seeds: Path) -> list[SourceText]:
    """Every article named in `seeds/manifest.toml`, validated and segmented; problems raised all at once."""
    manifest = seeds / "manifest.toml"
    entries = _manifest_entries(manifest)
    problems: list[str] = []
    sources: list[SourceText] = []
    seen: set[str] = set()
    for sid, raw in entries:
        try:
            entry = SourceEntry.model_validate(raw)
        except ValidationError as exc:
            problems.extend(validation_lines(manifest, sid, exc))
            continue
        if sid in seen:
            problems.append(f"{manifest}:{sid}: duplicate source id")
            continue
        seen.add(sid)
        path = seeds / entry.file
        try:
            text = _read_text(path)
        except KnowledgeError as exc:
            problems.extend(f"{manifest}:{sid}: {p}" for p in exc.problems)
            continue
        body_end = len(text)
        if entry.body_ends_before:
            found = text.find(entry.body_ends_before)
            if found < 0:
                problems.append(
                    f"{manifest}:{sid}: body_ends_before {entry.body_ends_before!r} is not in {entry.file}"
                )
                continue
            body_end = found
        sources.append(
            SourceText(
                id=entry.id,
                title=entry.title,
                author=entry.author,
                year=entry.year,
                path=path,
                text=text,
                body_end=body_end,
                sentences=segment(entry.id, text, body_end),
            )
        )
    if not entries:
        problems.append(f"{manifest}: no [[source]] entries")
    if problems:
        raise KnowledgeError(problems)
    return sources
