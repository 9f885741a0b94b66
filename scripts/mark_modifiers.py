"""Mark the words of `bot/data/words-en.tsv` that are only ever adjectives or adverbs in the thesaurus ("lucrative",
"grumpy"): a third column `m`. The reader sets such a word aside in a why- or how-question, where it judges what
is asked about instead of naming it. Run from the repository root after rebuilding the thesaurus."""

from __future__ import annotations

from pathlib import Path

from bot.thesaurus import Thesaurus


def main() -> None:
    """Rewrite the word list in place with the marks."""
    thesaurus = Thesaurus.shipped()
    path = Path("bot/data/words-en.tsv")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, freq = line.split("\t")[:2]
        readings = thesaurus.lemmas(word)
        mark = bool(readings) and all(pos in ("a", "r") for _, pos in readings)
        out.append(f"{word}\t{freq}\tm" if mark else f"{word}\t{freq}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
