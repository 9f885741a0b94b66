"""Articles as citable text: manifest, body, paragraphs and sentences with stable ids and offsets."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KnowledgeError
from .models import Sentence
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
        data = path.read_bytes()
    except OSError as exc:
        raise KnowledgeError([f"{path}: cannot read: {exc.strerror}"]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KnowledgeError([f"{path}: not valid UTF-8 (byte {exc.start})"]) from None


def load_sources(seeds: Path) -> list[SourceText]:
    """Every article named in `seeds/manifest.toml`, segmented; problems raised all at once."""
    manifest = seeds / "manifest.toml"
    try:
        entries = tomllib.loads(_read_text(manifest)).get("source", [])
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError([f"{manifest}: {exc}"]) from None
    problems: list[str] = []
    sources: list[SourceText] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        sid = entry.get("id") or f"source #{n}"
        missing = [key for key in ("id", "title", "author", "file") if not entry.get(key)]
        if missing:
            problems.append(f"{manifest}:{sid}: missing {', '.join(missing)}")
            continue
        if sid in seen:
            problems.append(f"{manifest}:{sid}: duplicate source id")
            continue
        seen.add(sid)
        path = seeds / entry["file"]
        try:
            text = _read_text(path)
        except KnowledgeError as exc:
            problems.extend(f"{manifest}:{sid}: {p}" for p in exc.problems)
            continue
        marker = entry.get("body_ends_before")
        body_end = len(text)
        if marker:
            found = text.find(marker)
            if found < 0:
                problems.append(f"{manifest}:{sid}: body_ends_before {marker!r} is not in {entry['file']}")
                continue
            body_end = found
        sources.append(
            SourceText(
                id=sid,
                title=entry["title"],
                author=entry["author"],
                year=entry.get("year"),
                path=path,
                text=text,
                body_end=body_end,
                sentences=segment(sid, text, body_end),
            )
        )
    if not entries:
        problems.append(f"{manifest}: no [[source]] entries")
    if problems:
        raise KnowledgeError(problems)
    return sources
