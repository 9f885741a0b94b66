"""A library of stories: records tied to their story, questions routed to the story they are about, the
engine cache, and `bot new-story`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answers import Conversation
from bot.engine import load_engine
from bot.errors import KnowledgeError
from bot.knowledge import load_library

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from library import make_library, rename, renaming

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """Three renamed copies of the story."""
    return make_library(3, tmp_path_factory.mktemp("library"))


def test_every_story_loads_with_its_own_quotes_and_ids(three):
    library = load_library(*three)
    assert list(library) == ["alipay-mogujie-0001", "alipay-mogujie-0002", "alipay-mogujie-0003"]
    for sid, kb in library.items():
        # the same quotes and record ids in every story, each resolved in its own article only
        assert {c.source for r in kb.qa for c in r.citations} == {sid}
        assert "mogujie-founded" not in kb.qa_by_id  # renamed with the names...
        assert any(r.id.endswith("-founded") for r in kb.qa)


def test_a_duplicate_id_within_one_story_is_reported(three, tmp_path):
    knowledge, seeds = three
    import shutil

    copy = tmp_path / "knowledge"
    shutil.copytree(knowledge, copy)
    story = copy / "alipay-mogujie-0002"
    first = next(story.rglob("*.toml"))
    (story / "again.toml").write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_library(copy, seeds)
    assert any("duplicate id in story 'alipay-mogujie-0002'" in p for p in err.value.problems)
    assert not any("alipay-mogujie-0001" in p for p in err.value.problems)


def test_a_question_goes_to_the_story_whose_names_it_uses(three):
    engine = load_engine(*map(str, three))
    for n in (1, 2, 3):
        names = renaming(n)
        ans = engine.answer(rename("When was Mogujie founded?", names))
        assert ans.status == "answered" and "2011" in ans.answer
        assert ans.story == f"alipay-mogujie-{n:04d}"
        assert {c.source for c in ans.citations} == {ans.story}  # never another story's sentence


def test_names_are_matched_with_typos_across_the_library(three):
    engine = load_engine(*map(str, three))
    name = renaming(2)["Meilishuo"]
    typo = name[:3] + name[4] + name[3] + name[5:]  # two letters swapped
    ans = engine.answer(f"How many stores did {typo} have?")
    assert ans.story == "alipay-mogujie-0002" and "1000" in ans.answer


def test_a_follow_up_stays_in_the_conversations_story(three):
    engine = load_engine(*map(str, three))
    chat = Conversation()
    engine.answer(rename("What is Mogujie?", renaming(3)), chat)
    ans = engine.answer("When was it founded?", chat)
    assert ans.story == "alipay-mogujie-0003" and "2011" in ans.answer


def test_a_chosen_story_answers_every_question(three):
    engine = load_engine(*map(str, three), story="alipay-mogujie-0001")
    assert [s.id for s in engine.stories()] == ["alipay-mogujie-0001"]
    chat = Conversation(story="alipay-mogujie-0001")
    ans = load_engine(*map(str, three)).answer("Who is the author?", chat)
    assert ans.story == "alipay-mogujie-0001"


def test_adding_stories_does_not_change_a_storys_answers(three):
    """Word weights are per story: a copy answers exactly as the single story does."""
    single = load_engine()
    library = load_engine(*map(str, three))
    names = renaming(2)
    for question in (
        "How many accounts does Mogujie claim?",
        "Who operates Alipay?",
        "Was Mogujie founded in 2013?",
    ):
        one, many = single.answer(question), library.answer(rename(question, names))
        assert (one.status, one.kind, one.confidence) == (many.status, many.kind, many.confidence)
        assert rename(one.answer, names) == many.answer


# -- the engine cache ----------------------------------------------------------------------------------------


def _run(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BOT_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)


ASK = (
    "import sys; from bot.engine import load_engine; "
    "a = load_engine().answer('When was Mogujie founded?'); print(a.answer); "
    "print(sorted(m for m in ('pydantic', 'tomllib', 'bot.models', 'bot.knowledge', 'bot.quiz', 'textual', "
    "'prompt_toolkit') if m in sys.modules))"
)


def test_a_warm_cache_answers_without_pydantic_or_toml(tmp_path):
    cold = _run(ASK, tmp_path)
    assert cold.returncode == 0, cold.stderr
    assert "pydantic" in cold.stdout  # the first run validated the knowledge files
    warm = _run(ASK, tmp_path)
    assert warm.stdout.splitlines() == ["Mogujie was founded in 2011.", "[]"], warm.stderr


def test_a_damaged_cache_is_ignored_with_a_notice_and_rebuilt(tmp_path):
    assert _run(ASK, tmp_path).returncode == 0
    (damaged,) = tmp_path.glob("*/story-alipay-mogujie.pickle")
    damaged.write_bytes(b"not a pickle")
    run = _run(ASK, tmp_path)
    assert run.returncode == 0 and "Mogujie was founded in 2011." in run.stdout
    assert "damaged engine cache" in run.stderr and run.stderr.count("\n") == 1


COMPILED = (
    "import re; from bot import patterns; from bot.engine import load_engine; "
    "a = load_engine().answer('Was Meilishuo founded before Mogujie?'); print(a.answer); "
    "print(patterns._kept['new'])"
)


def test_the_patterns_a_question_needs_are_kept_compiled_for_the_next_run(tmp_path):
    first = _run(COMPILED, tmp_path)
    assert first.returncode == 0, first.stderr
    assert len(list(tmp_path.glob("*/patterns.marshal"))) == 1
    assert int(first.stdout.splitlines()[-1]) > 10  # the first run compiled them from their text
    again = _run(COMPILED, tmp_path)
    # the second run compiled none: every pattern came back from its kept program, with the same answer
    assert again.stdout.splitlines() == [*first.stdout.splitlines()[:-1], "0"], again.stderr


def test_the_cached_engine_holds_no_readings_of_the_curated_phrasings(tmp_path):
    """They were a third of the file, read back on every start and never asked again."""
    code = (
        "from bot.engine import load_engine; lib = load_engine(); "
        "print(len(lib.engine(lib.stories()[0].id).index.reader._cache))"
    )
    assert _run(code, tmp_path).returncode == 0
    warm = _run(code, tmp_path)
    assert warm.stdout.strip() == "0", warm.stderr


def test_a_kept_program_gives_the_pattern_re_compiles(tmp_path, monkeypatch):
    from bot import patterns

    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_kept", {"path": tmp_path / "p.marshal", "new": 0})
    monkeypatch.setattr(patterns.atexit, "register", lambda f: None)
    text = r"\b(?P<who>alipay|ali pay)\b (cut|stopped)(?: off)? (\w+)"
    fresh = patterns._compile(text, re.IGNORECASE)  # compiled from the text and kept
    patterns._write_programs()
    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_kept", {"path": None, "new": 0})
    patterns.keep_programs(tmp_path / "p.marshal")
    kept = patterns._compile(text, re.IGNORECASE)
    assert patterns._kept["new"] == 0  # read back, not compiled again
    plain = re.compile(text, re.IGNORECASE)
    for pattern in (fresh, kept):
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == (
            plain.pattern, plain.flags, plain.groups, plain.groupindex)  # fmt: skip
        found = pattern.search("So why did ALIPAY cut off Mogujie back then?")
        assert found and found.group("who", 3) == ("ALIPAY", "Mogujie")


def test_a_damaged_program_file_is_ignored(tmp_path, monkeypatch):
    from bot import patterns

    monkeypatch.setattr(patterns, "_PROGRAMS", {})
    monkeypatch.setattr(patterns, "_kept", {"path": None, "new": 0})
    monkeypatch.setattr(patterns.atexit, "register", lambda f: None)
    (tmp_path / "p.marshal").write_bytes(b"\x00 not marshal data")
    patterns.keep_programs(tmp_path / "p.marshal")
    assert patterns._compile("a+b", 0).fullmatch("aab")
    # marshal data of another shape: the program is compiled from its text again
    monkeypatch.setattr(patterns, "_PROGRAMS", {("c+d", 0): (1, 2)})
    assert patterns._compile("c+d", 0).fullmatch("ccd")


def test_the_cache_is_rebuilt_when_the_knowledge_changes(tmp_path, three):
    knowledge, seeds = three
    code = f"from bot.engine import load_engine; load_engine({str(knowledge)!r}, {str(seeds)!r})"
    assert _run(code, tmp_path / "c").returncode == 0
    before = {p.name for p in (tmp_path / "c").iterdir()}
    target = next((knowledge / "alipay-mogujie-0001").rglob("*.toml"))
    target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _run(code, tmp_path / "c").returncode == 0
    after = {p.name for p in (tmp_path / "c").iterdir()}
    assert len(after - before) == 1  # a new fingerprint, a new prebuilt engine


# -- bot new-story ------------------------------------------------------------------------------------------


def test_new_story_scaffolds_what_bot_check_then_guides(tmp_path):
    import shutil

    from bot.cli import main

    shutil.copytree(ROOT / "knowledge", tmp_path / "knowledge")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    article = tmp_path / "acme.txt"
    article.write_text(
        "Acme Rockets, a startup in Tucson, said it sold 300 rockets.\n\nThe Daily Planet reported it.\n",
        encoding="utf-8",
    )
    k, s = str(tmp_path / "knowledge"), str(tmp_path / "seeds")
    assert main(["new-story", str(article), "--id", "acme", "--knowledge", k, "--seeds", s]) == 0
    assert (tmp_path / "seeds" / "acme.txt").read_text(encoding="utf-8") == article.read_text(
        encoding="utf-8"
    )
    drafts = (tmp_path / "knowledge" / "acme" / "records.toml").read_text(encoding="utf-8")
    assert "# acme:p1.s1: Acme Rockets, a startup in Tucson, said it sold 300 rockets." in drafts
    assert 'name = "Acme Rockets"' in (tmp_path / "knowledge" / "acme" / "entities.toml").read_text()
    with pytest.raises(KnowledgeError) as err:
        load_library(k, s)
    assert all("kind: Input should be" in p for p in err.value.problems)  # the checklist: give names kinds
    assert main(["new-story", str(article), "--id", "acme", "--knowledge", k, "--seeds", s]) == 2  # exists


def test_new_story_refuses_the_shipped_folders_when_installed(tmp_path, monkeypatch, capsys):
    """An installed bot's knowledge is under the package's `_data` folder: new-story writes nothing there."""
    from bot.cli import main

    shipped, seeds = tmp_path / "x" / "_data" / "knowledge", tmp_path / "seeds"
    shipped.mkdir(parents=True)
    seeds.mkdir()
    monkeypatch.setenv("BOT_KNOWLEDGE", str(shipped))
    monkeypatch.setenv("BOT_SEEDS", str(seeds))  # were the refusal to go, the repository's seeds stay clean
    article = tmp_path / "a.txt"
    article.write_text("Some story.", encoding="utf-8")
    assert main(["new-story", str(article), "--id", "a"]) == 2
    assert capsys.readouterr().err == (
        "bot: the shipped knowledge and seeds are read-only: pass --knowledge DIR and --seeds DIR\n"
    )
    assert list(shipped.iterdir()) == [] and list(seeds.iterdir()) == []


def test_jobs_answer_a_file_exactly_as_one_process_does(tmp_path):
    questions = tmp_path / "q.txt"
    lines = [q for q in (ROOT / "tests" / "dev" / "cases.csv").read_text(encoding="utf-8").splitlines()[1:]]
    questions.write_text("\n".join(line.split(",")[0] for line in lines) * 3 + "\n", encoding="utf-8")
    bot = str(Path(sys.executable).with_name("bot"))
    one = subprocess.run([bot, "ask", "--file", str(questions), "--format", "jsonl"], capture_output=True)
    two = subprocess.run([bot, "ask", "--file", str(questions), "--format", "jsonl", "--jobs", "2"],
                         capture_output=True)  # fmt: skip
    assert one.returncode == two.returncode and one.stdout == two.stdout and one.stdout.count(b"\n") > 50


def test_a_freshly_built_and_a_cached_engine_answer_alike(tmp_path):
    """Ties are broken by curation order, never by how a set is laid out in memory."""
    code = (
        "from bot.engine import load_engine; e = load_engine(); "
        "print([e.answer(q).suggestions for q in ('what hasi t released?', 'How many zorbliks?', 'the CEO?')])"
    )
    assert _run(code, tmp_path).stdout == _run(code, tmp_path).stdout


def test_a_built_engine_answers_the_same_under_any_string_hash_seed(tmp_path):
    """Sets iterate in an order set by the hash seed: ties between records must not follow it."""
    script = (
        "from bot.engine import load_engine\n"
        "from bot.models import Conversation\n"
        "lib = load_engine(); e = lib.engine(lib.stories()[0].id); c = Conversation()\n"
        "e.answer('Which company is owning Taobao and Tmall?', c)\n"
        "print(e.answer('And the program Alimama, is from the same company?', c).status)\n"
    )
    seen = set()
    for seed in ("6", "24"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "BOT_CACHE_DIR": str(tmp_path / seed)}
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        seen.add(out.stdout.strip())
    assert seen == {"answered"}
