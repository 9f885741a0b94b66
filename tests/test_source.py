"""Segmentation: stable ids, offsets that round-trip, furniture excluded, more sources possible."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.paths import seeds_dir
from bot.source import display, load_sources, segment


@pytest.fixture()
def source():
    return load_sources(seeds_dir())[0]


def test_ids_are_stable_and_ordered(source):
    ids = [s.id for s in source.sentences]
    assert ids[0] == "alipay-mogujie:p1.s1"
    assert "alipay-mogujie:p7.s5" in ids
    assert ids[-1] == "alipay-mogujie:p9.s2"
    assert len(ids) == 22 and len(set(ids)) == 22
    assert [s.id for s in load_sources(seeds_dir())[0].sentences] == ids


def test_offsets_round_trip_to_original_text_and_bytes(source):
    raw = source.path.read_bytes()
    for s in source.sentences:
        assert source.text[s.start : s.end] == s.raw
        assert raw[s.byte_start : s.byte_end].decode("utf-8") == s.raw


def test_page_furniture_is_excluded(source):
    body = " ".join(s.text for s in source.sentences)
    assert "Join the Conversation" not in body
    assert "Akismet" not in body and "Leave a comment" not in body
    assert source.sentences[-1].text == "Reach her at"


def test_display_text_is_normalised_but_raw_is_kept(source):
    s = next(s for s in source.sentences if s.id == "alipay-mogujie:p7.s5")
    assert "\u2019" in s.raw and "China's" in s.text
    first = source.sentences[0]
    assert "\u00a0" in first.raw and "\u00a0" not in first.text
    assert display("a\u00a0 b \u201cc\u201d") == 'a b "c"'


def test_sentence_split_keeps_abbreviations_and_numbers():
    text = "Mr. Ma said 80.5% grew. Then 2013 came! Did it? Yes."
    got = [text[s.start : s.end] for s in segment("x", text, len(text))]
    assert got == ["Mr. Ma said 80.5% grew.", "Then 2013 came!", "Did it?", "Yes."]


def test_second_source_needs_only_a_file_and_a_manifest_entry(tmp_path: Path):
    shutil.copytree(seeds_dir(), tmp_path, dirs_exist_ok=True)
    (tmp_path / "other.txt").write_text(
        "First one here. Second one there.\n\nNew paragraph.", encoding="utf-8"
    )
    with (tmp_path / "manifest.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[source]]\nid = "other"\ntitle = "Other"\nauthor = "Someone"\nfile = "other.txt"\n')
    sources = load_sources(tmp_path)
    assert [s.id for s in sources] == ["alipay-mogujie", "other"]
    assert [s.id for s in sources[1].sentences] == ["other:p1.s1", "other:p1.s2", "other:p2.s1"]


def test_manifest_problems_are_reported(tmp_path: Path):
    (tmp_path / "manifest.toml").write_text(
        '[[source]]\nid = "a"\ntitle = "A"\nauthor = "B"\nfile = "missing.txt"\n'
        '[[source]]\nid = "b"\ntitle = "B"\nfile = "x.txt"\n',
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as err:
        load_sources(tmp_path)
    text = "\n".join(err.value.problems)
    assert "manifest.toml:a: " in text and "cannot read" in text
    assert "manifest.toml:b: author: Field required" in text


def test_invalid_utf8_article_is_reported(tmp_path: Path):
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 story.")
    (tmp_path / "manifest.toml").write_text('[[source]]\nid="a"\ntitle="A"\nauthor="B"\nfile="bad.txt"\n')
    with pytest.raises(KnowledgeError, match="not valid UTF-8"):
        load_sources(tmp_path)
