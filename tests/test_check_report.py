"""`bot check`'s report, built and rendered by the library: counts, coverage, gaps, problems."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from test_knowledge import GOOD_QA, write_kb

from bot import CheckReport, check_knowledge
from bot.check_report import StoryCheck

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from library import make_library

UNATTRIBUTED = "unattributed mogujie-founded: no `says` (article, claim:ENTITY, rumour or report:ENTITY)"


def test_a_knowledge_base_with_gaps_is_reported_sentence_by_sentence(tmp_path):
    report = check_knowledge(write_kb(tmp_path, **{"qa.toml": GOOD_QA}))
    assert not report.ok and report.errors == []
    assert report.counts == {
        "sources": 1,
        "sentences": 22,
        "entities": 1,
        "qa": 1,
        "facts": 0,
        "events": 0,
        "synonyms": 0,
    }
    assert report.coverage == {"covered": 1, "total": 22}
    assert report.unattributed == ["mogujie-founded"]
    assert "alipay-mogujie:p2.s1" not in report.uncovered and len(report.uncovered) == 21
    lines = report.to_text().splitlines()
    assert lines[:3] == [
        "sources 1  sentences 22  entities 1  qa 1  facts 0  events 0  synonym groups 0",
        "coverage 1/22 sentences cited",
        "uncovered alipay-mogujie:p1.s1: Alipay, the online payment solution operated by Alibaba's finance arm, "
        "announced yesterday it would resume supporting Mogujie, one of the leading social shopping services "
        "in China.",
    ]
    assert lines[-2:] == [
        UNATTRIBUTED,
        "incomplete: some sentences are not cited by any record; some records do not say who says them",
    ]
    assert len(lines) == 2 + 21 + 2


def test_the_json_report_lists_ids(tmp_path):
    report = json.loads(check_knowledge(write_kb(tmp_path, **{"qa.toml": GOOD_QA})).to_json())
    assert list(report) == ["ok", "errors", "counts", "coverage", "uncovered", "unattributed", "stories"]
    assert report["ok"] is False and report["coverage"] == {"covered": 1, "total": 22}
    assert report["uncovered"][0] == "alipay-mogujie:p1.s1" and report["unattributed"] == ["mogujie-founded"]


def test_a_knowledge_base_that_does_not_load_is_a_report_of_its_problems(tmp_path):
    """The problems are the report: one line each, an escape in a record id shown, not run."""
    kdir = write_kb(tmp_path, **{"qa.toml": GOOD_QA.replace('"mogujie-founded"', '"bad\\u001b[31mid"')})
    report = check_knowledge(kdir)
    problem = f"{kdir / 'qa.toml'}:bad\x1b[31mid: id: String should match pattern '^[a-z0-9][a-z0-9-]*$'"
    assert report.errors == [problem] and not report.ok
    assert report.stories == {} and report.uncovered == [] and report.unattributed == []
    assert report.to_text() == problem.replace("\x1b", "\\x1b") + "\n1 problem(s) found"
    assert json.loads(report.to_json()) == {
        "ok": False,
        "errors": [problem],
        "counts": {},
        "coverage": {},
        "uncovered": [],
        "unattributed": [],
        "stories": {},
    }


def test_complete_means_every_sentence_cited_and_every_record_attributed():
    def story(uncovered: dict[str, str] | None = None, unattributed: list[str] | None = None) -> StoryCheck:
        return StoryCheck({"sentences": 1}, uncovered or {}, unattributed or [])

    assert CheckReport(stories={"s": story()}).ok
    assert not CheckReport(stories={"s": story(uncovered={"s:p1.s1": "A sentence."})}).ok
    assert not CheckReport(stories={"s": story(unattributed=["r"])}).ok
    assert not CheckReport(errors=["k.toml:r: bad"]).ok


def test_several_stories_are_added_up_and_each_shown_with_its_gaps(tmp_path):
    knowledge, seeds = make_library(2, tmp_path / "library")
    events = knowledge / "alipay-mogujie-0002" / "events.toml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace('says = "article"\n', "", 1), encoding="utf-8")
    report = check_knowledge(knowledge, seeds)
    one, two = report.stories.values()
    assert list(report.stories) == ["alipay-mogujie-0001", "alipay-mogujie-0002"]
    assert report.counts["sentences"] == 44 and report.counts["qa"] == 2 * one.counts["qa"]
    assert report.counts["synonyms"] == one.counts["synonyms"] == two.counts["synonyms"]
    [record] = two.unattributed
    assert report.unattributed == [f"alipay-mogujie-0002:{record}"] and not report.ok
    lines = report.to_text().splitlines()
    assert lines[1:] == [
        "coverage 44/44 sentences cited",
        f"story alipay-mogujie-0001: qa {one.counts['qa']}  facts {one.counts['facts']}  "
        f"events {one.counts['events']}  coverage 22/22",
        f"story alipay-mogujie-0002: qa {two.counts['qa']}  facts {two.counts['facts']}  "
        f"events {two.counts['events']}  coverage 22/22",
        f"unattributed alipay-mogujie-0002:{record}: no `says` (article, claim:ENTITY, rumour or report:ENTITY)",
        "incomplete: some records do not say who says them",
    ]
    only = check_knowledge(knowledge, seeds, story="alipay-mogujie-0001")
    assert list(only.stories) == ["alipay-mogujie-0001"] and only.ok
    assert only.to_text().splitlines()[1:] == ["coverage 22/22 sentences cited", "ok"]
    unknown = check_knowledge(knowledge, seeds, story="nope")
    assert unknown.errors == ["no story 'nope' (stories: alipay-mogujie-0001, alipay-mogujie-0002)"]


def test_the_shipped_knowledge_is_valid_and_complete():
    report = check_knowledge()
    assert report.ok, report.to_text()
    lines = report.to_text().splitlines()
    assert lines[1:] == ["coverage 22/22 sentences cited", "ok"]
