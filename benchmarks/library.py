"""Generate a library of N stories: copies of the shipped story with every name renamed per copy.

Each copy gets its own article, manifest entry and knowledge folder, and the question sets can be renamed
the same way, so a copy's answers can be checked against the original's and no answer may ever cite
another copy. Used by the benchmarks and by the tests of the library.

    python benchmarks/library.py N DEST        # writes DEST/knowledge and DEST/seeds
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
SEEDS = ROOT / "seeds"
STORY = "alipay-mogujie"
NAMES = ["Alipay", "Alibaba", "Mogujie", "Meilishuo", "Taobao", "Tmall", "Alimama", "WeChat", "Pinterest",
         "QQ Tech", "Tracey Xiang", "Zhifubao", "Tianmao", "Weixin"]  # fmt: skip
"""The story's names; places (China, Beijing) stay, as they would in other stories."""
_SYLLABLES = ["ka", "lo", "mi", "ru", "ta", "ve", "zo", "ni", "po", "sa", "du", "fe", "gi", "ha", "je", "ku",
              "ly", "mo", "ne", "qu", "ri", "su", "to", "vi", "wa", "xe", "yo", "zu", "bre", "cla", "dri", "fro"]  # fmt: skip


def renaming(copy: int) -> dict[str, str]:
    """Each name of the story and its made-up replacement in copy number `copy` (unique per copy)."""
    rng = random.Random(copy)
    tag, n = "", copy
    while True:  # the copy number in syllables, so every copy's names differ and stay plain words
        tag, n = _SYLLABLES[n % len(_SYLLABLES)] + tag, n // len(_SYLLABLES)
        if not n:
            break
    out: dict[str, str] = {}
    used: set[str] = set()
    for name in NAMES:
        parts = []
        for _word in name.split():
            word = ""
            while not word or word in used:  # no two names of one copy alike
                word = ("".join(rng.choice(_SYLLABLES) for _ in range(2)) + tag).capitalize()
            used.add(word)
            parts.append(word)
        out[name] = " ".join(parts)
    return out


def rename(text: str, names: dict[str, str]) -> str:
    """Text with every name replaced (whole words, any case, longest names first)."""
    for old in sorted(names, key=len, reverse=True):
        new = names[old]
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
        text = re.sub(rf"\b{re.escape(old.lower())}\b", new.lower(), text)
    return text


def make_library(count: int, dest: Path) -> tuple[Path, Path]:
    """Write `count` renamed copies of the story (plus the shared language files) under `dest`."""
    knowledge, seeds = dest / "knowledge", dest / "seeds"
    shutil.rmtree(dest, ignore_errors=True)
    knowledge.mkdir(parents=True)
    seeds.mkdir(parents=True)
    for shared in KNOWLEDGE.glob("*.toml"):
        shutil.copy(shared, knowledge / shared.name)
    (entry,) = [e for e in tomllib.loads((SEEDS / "manifest.toml").read_text(encoding="utf-8"))["source"]
                if e["id"] == STORY]  # fmt: skip
    article = (SEEDS / entry["file"]).read_text(encoding="utf-8")
    blocks = []
    for n in range(1, count + 1):
        names = renaming(n)
        sid = f"{STORY}-{n:04d}"
        (seeds / f"{sid}.txt").write_text(rename(article, names), encoding="utf-8")
        blocks.append(
            f'[[source]]\nid = "{sid}"\ntitle = "{rename(entry["title"], names)}"\n'
            f'author = "{rename(entry["author"], names)}"\nyear = {entry["year"]}\nfile = "{sid}.txt"\n'
            f'body_ends_before = "{entry["body_ends_before"]}"\n'
        )
        for path in (KNOWLEDGE / STORY).rglob("*.toml"):
            target = knowledge / sid / path.relative_to(KNOWLEDGE / STORY)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(rename(path.read_text(encoding="utf-8"), names), encoding="utf-8")
    (seeds / "manifest.toml").write_text("\n".join(blocks), encoding="utf-8")
    return knowledge, seeds


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    make_library(int(sys.argv[1]), Path(sys.argv[2]))
