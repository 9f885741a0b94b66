"""Build bot/data/thesaurus-en.tsv from WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet).

Kept: synsets with at least two single-word lemmas that the shipped frequency list knows, each lemma's senses
in WordNet's frequency order, noun hypernym links between kept synsets, and the irregular-form exceptions.
Run by hand when the data should change; the result ships with the package (see bot/data/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

WN = Path("/usr/share/wordnet")
HERE = Path(__file__).resolve().parent.parent
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


def main() -> int:
    known = {line.split("\t")[0] for line in (HERE / "bot/data/words-en.tsv").read_text().splitlines()}
    synsets: dict[tuple[str, str], list[str]] = {}
    hypernyms: dict[tuple[str, str], list[str]] = {}
    for pos, name in POS.items():
        for line in (WN / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, ss_type, count = fields[0], fields[2], int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].split("(")[0].lower() for i in range(count)]
            lemmas = [w for w in dict.fromkeys(lemmas) if "_" not in w and w in known]
            rest = fields[4 + 2 * count :]
            n_ptr = int(rest[0])
            parents = [rest[1 + 4 * i + 1] for i in range(n_ptr) if rest[1 + 4 * i] in ("@", "@i")]
            key = (pos if ss_type != "s" else "a", offset)
            if len(lemmas) >= 1:
                synsets[key] = lemmas
            if parents and pos == "n":
                hypernyms[key] = parents
    ids: dict[tuple[str, str], int] = {}
    out_synsets = []
    for key, lemmas in synsets.items():
        if len(lemmas) >= 2 or any((key[0], p) in synsets for p in hypernyms.get(key, ())):
            ids[key] = len(out_synsets)
            out_synsets.append(f"S\t{key[0]}\t{' '.join(lemmas)}")
    out_hyper = []
    for key, parents in hypernyms.items():
        kept = [str(ids[("n", p)]) for p in parents if ("n", p) in ids]
        if key in ids and kept:
            out_hyper.append(f"H\t{ids[key]}\t{' '.join(kept)}")
    out_lemmas = []
    for pos, name in POS.items():
        for line in (WN / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            if "_" in lemma or lemma not in known:
                continue
            n_synsets, n_ptr = int(fields[2]), int(fields[3])
            offsets = fields[4 + n_ptr + 2 :]
            senses = [str(ids[(pos, o)]) for o in offsets[:n_synsets] if (pos, o) in ids]
            senses = (
                [str(ids[("a", o)]) for o in offsets[:n_synsets] if ("a", o) in ids] if pos == "a" else senses
            )
            if senses:
                out_lemmas.append(f"L\t{lemma}\t{pos}\t{' '.join(senses)}")
    out_exc = []
    for name in ("noun", "verb", "adj"):
        for line in (WN / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            if "_" not in form and form in known:
                out_exc.append(f"X\t{form}\t{' '.join(b for b in bases if '_' not in b)}")
    header = (
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. See bot/data/README.md.\n"
    )
    text = header + "\n".join(out_synsets + out_hyper + out_lemmas + out_exc) + "\n"
    (HERE / "bot/data/thesaurus-en.tsv").write_text(text, encoding="utf-8")
    print(
        len(out_synsets),
        "synsets",
        len(out_hyper),
        "hypernym links",
        len(out_lemmas),
        "lemma entries",
        len(out_exc),
        "exceptions",
        len(text) // 1024,
        "KiB",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
