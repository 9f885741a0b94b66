"""Loading the knowledge base: every kind of error with its message, coverage, the real one loads clean."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import KnowledgeError
from bot.knowledge import load_knowledge

ENTITIES = """
[[entity]]
id = "mogujie"
name = "Mogujie"
kind = "site"
aliases = ["moguije"]
"""

GOOD_QA = """
[[qa]]
id = "mogujie-founded"
question = "When was Mogujie founded?"
alternatives = ["What year did Mogujie start?", "Mogujie founding date", "How long ago was Mogujie set up?"]
asks = "when"
answer = "Mogujie was founded in 2011."
short_answer = "2011"
short_kind = "year"
cite = ["Founded in 2011, Mogujie started as a Pinterest-like social shopping service"]
entities = ["mogujie"]
"""


def write_kb(tmp_path: Path, **files: str) -> Path:
    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    files.setdefault("entities.toml", ENTITIES)
    for name, text in files.items():
        (kdir / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return kdir


def problems(kdir: Path) -> str:
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(kdir)
    return "\n".join(err.value.problems)


def test_good_record_resolves_its_quote_to_a_span(tmp_path):
    kb = load_knowledge(write_kb(tmp_path, **{"qa.toml": GOOD_QA}))
    rec = kb.qa_by_id["mogujie-founded"]
    [cite] = rec.citations
    assert cite.sentence == "alipay-mogujie:p2.s1" and cite.paragraph == 2
    assert kb.sources[0].text[cite.span_start : cite.span_end] == rec.cite[0]
    assert kb.sources[0].text[cite.start : cite.end] == kb.sentences[cite.sentence].raw
    assert cite.quote == kb.sentences[cite.sentence].text
    assert "alipay-mogujie:p2.s1" not in kb.uncovered()
    assert len(kb.uncovered()) == len(kb.sentences) - 1


def test_curly_and_straight_quotes_both_resolve(tmp_path):
    qa = GOOD_QA.replace(
        "Founded in 2011, Mogujie started as a Pinterest-like social shopping service",
        "Alibaba's Taobao and Tmall marketplace",
    )
    kb = load_knowledge(write_kb(tmp_path, **{"qa.toml": qa}))
    cite = kb.qa_by_id["mogujie-founded"].citations[0]
    assert (
        kb.sources[0].text[cite.span_start : cite.span_end] == "Alibaba\u2019s Taobao and Tmall marketplace"
    )


def test_quote_across_sentences_cites_each(tmp_path):
    qa = GOOD_QA.replace(
        'cite = ["Founded in 2011, Mogujie started as a Pinterest-like social shopping service"]',
        'cite = ["Meilishuo\u2019s had had 1000 stores.\\n\\nIn 2013"]',
    )
    rec = load_knowledge(write_kb(tmp_path, **{"qa.toml": qa})).qa_by_id["mogujie-founded"]
    assert [c.sentence for c in rec.citations] == ["alipay-mogujie:p5.s2", "alipay-mogujie:p6.s1"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ('"Founded in 2011, Mogujie', '"Founded in 2010, Mogujie'),
            "mogujie-founded: quote not found in the article",
        ),
        (
            (
                'cite = ["Founded in 2011, Mogujie started as a Pinterest-like social shopping service"]',
                'cite = ["Mogujie"]',
            ),
            "mogujie-founded: quote is ambiguous",
        ),
        (
            ('entities = ["mogujie"]', 'entities = ["mogujie", "pinduoduo"]'),
            "mogujie-founded: unknown entity 'pinduoduo'",
        ),
        (
            ('entities = ["mogujie"]', 'entities = ["mogujie"]\nrelated = ["nope"]'),
            "unknown related record 'nope'",
        ),
        (('answer = "Mogujie was founded in 2011."', 'answer = "   "'), "mogujie-founded: answer: "),
        (('asks = "when"', 'asks = "whenever"'), "mogujie-founded: asks: Input should be"),
        (
            ('asks = "when"', 'asks = "when"\nanswr = "typo"'),
            "mogujie-founded: answr: Extra inputs are not permitted",
        ),
        (
            ('"Mogujie founding date", ', ""),
            "mogujie-founded: alternatives: List should have at least 3 items",
        ),
        (('"Mogujie founding date"', '"when was mogujie founded"'), "phrasings must differ in wording"),
        (('short_kind = "year"', ""), "short_answer needs a short_kind"),
    ],
)
def test_each_kind_of_record_error_is_reported(tmp_path, change, message):
    old, new = change
    assert old in GOOD_QA
    text = problems(write_kb(tmp_path, **{"qa.toml": GOOD_QA.replace(old, new)}))
    assert message in text
    assert "qa.toml:" in text


def test_duplicate_ids_across_files(tmp_path):
    text = problems(write_kb(tmp_path, **{"a.toml": GOOD_QA, "b.toml": GOOD_QA}))
    assert "b.toml:mogujie-founded: duplicate id in story 'alipay-mogujie' (first in" in text


def test_syntax_error_reports_path_and_line(tmp_path):
    text = problems(write_kb(tmp_path, **{"qa.toml": GOOD_QA + "\n[[qa]\nid = 1\n"}))
    assert "qa.toml:" in text and "TOML syntax error" in text
    line = text.split("qa.toml:")[1].split(":")[0]
    assert line.isdigit()


def test_all_problems_are_reported_in_one_run(tmp_path):
    bad_fact = """
    [[fact]]
    id = "f1"
    subject = "nobody"
    relation = "founded in"
    object = "2011"
    object_kind = "year"
    statement = "Nobody was founded in 2011."
    cite = "not in the article at all"
    """
    text = problems(
        write_kb(
            tmp_path,
            **{
                "qa.toml": GOOD_QA.replace("2011, Mogujie", "2099, Mogujie"),
                "facts.toml": bad_fact,
                "junk.toml": "[[widget]]\nid='x'\n",
            },
        )
    )
    assert "qa.toml:mogujie-founded: quote not found" in text
    assert "facts.toml:f1: quote not found" in text
    assert "facts.toml:f1: unknown entity 'nobody'" in text
    assert "junk.toml: unknown table 'widget'" in text


def test_invalid_utf8_knowledge_file(tmp_path):
    kdir = write_kb(tmp_path)
    (kdir / "bad.toml").write_bytes(b'[[entity]]\nid = "x"\nname = "\xff"\n')
    assert "bad.toml: not valid UTF-8" in problems(kdir)


def test_check_command_reports_errors_with_exit_2(tmp_path, capsys):
    kdir = write_kb(tmp_path, **{"qa.toml": GOOD_QA.replace('asks = "when"', 'asks = "sometime"')})
    assert main(["check", "--knowledge", str(kdir)]) == 2
    err = capsys.readouterr().err
    assert "qa.toml:mogujie-founded: asks:" in err and "Traceback" not in err


def test_check_json_lists_uncovered_sentences(tmp_path, capsys):
    kdir = write_kb(tmp_path, **{"qa.toml": GOOD_QA})
    assert main(["check", "--knowledge", str(kdir), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["qa"] == 1
    assert report["coverage"] == {"covered": 1, "total": 22}
    assert "alipay-mogujie:p9.s2" in report["uncovered"] and report["errors"] == []


def test_real_knowledge_base_is_valid_complete_and_large_enough(capsys):
    kb = load_knowledge()
    assert kb.uncovered() == []
    assert len(kb.qa) >= 60 and len(kb.facts) >= 60
    assert all(len(r.alternatives) >= 3 for r in kb.qa)
    assert main(["check"]) == 0
    assert "coverage 22/22" in capsys.readouterr().out


def test_a_gloss_in_the_language_file_must_say_something():
    from pydantic import ValidationError

    from bot.models import SynonymGroup

    assert SynonymGroup(canonical="resume", words=["restart"], gloss="start again").gloss == "start again"
    with pytest.raises(ValidationError):
        SynonymGroup(canonical="resume", words=["restart"], gloss="")
