"""Hostile files and paths (issue 11): a bad manifest, an unreadable folder, nesting 100k deep, paths that
cannot be used and files that are not files each get a clear `path: what is wrong` message, never a
traceback and never a hang. Each test names the case it covers in tests/README.md."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import paths
from bot.cli import main
from bot.errors import InputError, KnowledgeError
from bot.knowledge import load_knowledge
from bot.source import load_sources

ROOT = Path(__file__).resolve().parent.parent
DEEP = 100_000
LONG_NAME = "n" * 300


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real command in a subprocess, with a timeout: a hang fails the test instead of stalling the suite."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(paths.seeds_dir(), folder)
    return folder


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(paths.knowledge_dir(), folder)
    return folder


def problems_of(knowledge: Path | None = None, seeds: Path | None = None) -> list[str]:
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(knowledge, seeds)
    return err.value.problems


# -- the seeds manifest -------------------------------------------------------------------------------------


def test_manifest_wrong_types_are_reported_like_knowledge_records(seeds, capsys):
    manifest = seeds / "manifest.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace('title = "Alipay resumes support for Mogujie"', "title = 5"), encoding="utf-8"
    )
    assert problems_of(seeds=seeds) == [f"{manifest}:alipay-mogujie: title: Input should be a valid string"]
    assert main(["check", "--seeds", str(seeds)]) == 2
    assert "manifest.toml:alipay-mogujie: title: Input should be a valid string" in capsys.readouterr().err


@pytest.mark.parametrize(
    "block, message",
    [
        ('id = "a"\ntitle = "A"\nauthor = "B"\nfile = 7\n', "a: file: Input should be a valid string"),
        (
            'id = "a"\ntitle = "A"\nauthor = "B"\nfile = "x.txt"\nyear = "soon"\n',
            "a: year: Input should be a valid",
        ),
        (
            'id = "a"\ntitle = "A"\nauthor = "B"\nfile = "x.txt"\ntitel = "A"\n',
            "a: titel: Extra inputs are not",
        ),
        ('id = "A b"\ntitle = "A"\nauthor = "B"\nfile = "x.txt"\n', "A b: id: String should match pattern"),
        (
            'id = ["a"]\ntitle = "A"\nauthor = "B"\nfile = "x.txt"\n',
            "['a']: id: Input should be a valid string",
        ),
    ],
)
def test_manifest_records_are_validated_by_the_model(tmp_path, block, message):
    (tmp_path / "x.txt").write_text("One sentence here.", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text("[[source]]\n" + block, encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_sources(tmp_path)
    assert err.value.problems[0].startswith(f"{tmp_path / 'manifest.toml'}:{message}")


def test_manifest_shape_errors(tmp_path):
    (tmp_path / "manifest.toml").write_text('source = 5\nsources = "x"\n', encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_sources(tmp_path)
    manifest = tmp_path / "manifest.toml"
    assert err.value.problems == [
        f"{manifest}: unknown table 'sources' (expected [[source]])",
        f"{manifest}: 'source' must be [[source]] blocks",
    ]


# -- unreadable folders and files -----------------------------------------------------------------------------


def test_unreadable_qa_folder_is_reported_not_skipped(knowledge, deny, capsys):
    deny(knowledge / "alipay-mogujie" / "qa")
    assert problems_of(knowledge) == [
        f"{knowledge / 'alipay-mogujie' / 'qa'}: cannot read the folder: Permission denied"
    ]
    assert main(["check", "--knowledge", str(knowledge)]) == 2
    assert "qa: cannot read the folder: Permission denied" in capsys.readouterr().err
    assert main(["ask", "--knowledge", str(knowledge), "What is Mogujie?"]) == 2


def test_unreadable_knowledge_file_is_reported(knowledge, deny):
    deny(knowledge / "alipay-mogujie" / "qa" / "mogujie.toml")
    assert (
        problems_of(knowledge)[0]
        == f"{knowledge / 'alipay-mogujie' / 'qa' / 'mogujie.toml'}: cannot read: permission denied"
    )


def test_unreadable_knowledge_folder_itself_is_reported(knowledge, deny):
    deny(knowledge)
    assert problems_of(knowledge) == [f"{knowledge}: cannot read the folder: Permission denied"]


# -- nesting too deep, numbers too long ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["[" * DEEP + "]" * DEEP, "{a = " * DEEP + "1" + "}" * DEEP], ids=["arrays", "inline tables"]
)
def test_deeply_nested_knowledge_file_gives_a_message(knowledge, value):
    path = knowledge / "deep.toml"
    path.write_text(f"x = {value}\n", encoding="utf-8")
    assert problems_of(knowledge) == [
        f"{path}: nested too deeply (arrays or tables inside each other hundreds of levels deep)"
    ]


def test_deeply_nested_manifest_gives_a_message(seeds):
    manifest = seeds / "manifest.toml"
    manifest.write_text("x = " + "[" * DEEP + "]" * DEEP + "\n", encoding="utf-8")
    assert (
        problems_of(seeds=seeds)[0]
        == f"{manifest}: nested too deeply (arrays or tables inside each other hundreds of levels deep)"
    )


def test_number_with_too_many_digits_in_a_knowledge_file(knowledge):
    path = knowledge / "big.toml"
    path.write_text("x = 1" + "0" * 10_000 + "\n", encoding="utf-8")
    assert problems_of(knowledge) == [f"{path}: a number has too many digits to read (more than 4,300)"]


@pytest.mark.parametrize(
    "line, message",
    [
        ("[" * DEEP + "]" * DEEP, "nested too deeply"),
        (
            '{"id": "a", "kind": "answerable", "q": "x", "n": 1' + "0" * 10_000 + "}",
            "a number has too many digits",
        ),
    ],
    ids=["nested", "long number"],
)
def test_eval_case_file_nested_deeply_or_with_huge_numbers(tmp_path, capsys, line, message):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(line + "\n", encoding="utf-8")
    assert main(["eval", str(cases)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"bot: {cases}: {message}") and "Traceback" not in err


# -- one path helper ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["ask", "--knowledge", "~nosuchuser/k", "x"],
        ["ask", "--seeds", "~nosuchuser/s", "x"],
        ["ask", "--file", "~nosuchuser/q.txt"],
        ["eval", "~nosuchuser/cases.jsonl"],
        ["check", "--knowledge", "~nosuchuser/k"],
    ],
)
def test_unknown_user_in_an_option_is_a_message(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "~nosuchuser/" in err and ": no user named 'nosuchuser'" in err and "Traceback" not in err


@pytest.mark.parametrize("variable", ["BOT_KNOWLEDGE", "BOT_SEEDS", "BOT_USER_DIR", "XDG_DATA_HOME"])
def test_unknown_user_in_an_environment_variable_is_a_message(variable, monkeypatch):
    monkeypatch.delenv("BOT_USER_DIR", raising=False)
    monkeypatch.setenv(variable, "~nosuchuser/data")
    if variable in ("BOT_USER_DIR", "XDG_DATA_HOME"):
        with pytest.raises(
            InputError, match=rf"^~nosuchuser/data \(from \${variable}\): no user named 'nosuchuser'$"
        ):
            paths.user_dir()
        return
    proc = run("ask", "x")  # a fresh process: this one may have the default folders' engine cached
    assert proc.returncode == 2
    assert proc.stderr == f"bot: ~nosuchuser/data (from ${variable}): no user named 'nosuchuser'\n"


def test_folder_without_search_permission(tmp_path, deny):
    locked = tmp_path / "locked"
    (locked / "knowledge").mkdir(parents=True)
    deny(locked)
    with pytest.raises(InputError) as err:
        paths.existing_folder(locked / "knowledge")
    assert (
        str(err.value) == f"{locked / 'knowledge'}: permission denied: the folder {locked} cannot be searched"
    )
    with pytest.raises(InputError, match="cannot be searched"):
        paths.user_path(locked / "quiz.db")


def test_symlink_loop(tmp_path, capsys):
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    for argv in (
        ["ask", "--file", str(tmp_path / "a")],
        ["ask", "--knowledge", str(tmp_path / "a" / "k"), "x"],
    ):
        assert main(argv) == 2
        assert "too many levels of symbolic links (a symlink loop?)" in capsys.readouterr().err


def test_file_name_too_long(tmp_path, capsys, monkeypatch):
    for argv in (
        ["ask", "--file", str(tmp_path / LONG_NAME)],
        ["ask", "--seeds", str(tmp_path / LONG_NAME), "x"],
    ):
        assert main(argv) == 2
        assert "a name in the path is too long (300 bytes; most systems allow 255)" in capsys.readouterr().err
    monkeypatch.setenv("BOT_USER_DIR", str(tmp_path / LONG_NAME))
    with pytest.raises(InputError, match=r"\(from \$BOT_USER_DIR\): a name in the path is too long"):
        paths.user_dir()


def test_missing_path_and_file_where_a_folder_is_expected(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError, match=r": no such folder$"):
        paths.existing_folder(tmp_path / "nope")
    with pytest.raises(InputError, match=r"file: not a folder$"):
        paths.existing_folder(tmp_path / "file")
    with pytest.raises(InputError, match=r": a part of the path is a file, not a folder$"):
        paths.user_path(tmp_path / "file" / "x")
    assert paths.user_path(tmp_path / "new" / "quiz.db") == tmp_path / "new" / "quiz.db"


def test_relative_xdg_data_home_is_ignored(monkeypatch):
    monkeypatch.delenv("BOT_USER_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")
    assert paths.user_dir() == Path("~/.local/share/newsbot").expanduser()


# -- files that are not files --------------------------------------------------------------------------------


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


def test_ask_refuses_devices_fifos_and_folders_as_question_files(tmp_path, fifo):
    for name, why in (
        ("/dev/zero", "is a device, not a regular file"),
        (str(fifo), "is a pipe (FIFO), not a regular file (use --file - to read a pipe on standard input)"),
        (str(tmp_path), "is a folder, not a file"),
    ):
        proc = run("ask", "--file", name)
        assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", f"bot: {name}: cannot read: {why}\n")


def test_eval_refuses_devices_fifos_and_folders_as_case_files(tmp_path, fifo):
    for name, why in (
        ("/dev/zero", "is a device, not a regular file"),
        (str(fifo), "is a pipe (FIFO), not a regular file"),
        (str(tmp_path), "is a folder, not a file"),
    ):
        proc = run("eval", name)
        assert (proc.returncode, proc.stderr) == (2, f"bot: {name}: {why}\n")


def test_knowledge_files_that_are_not_regular_are_refused(knowledge):
    os.mkfifo(knowledge / "alipay-mogujie" / "qa" / "pipe.toml")
    (knowledge / "zero.toml").symlink_to("/dev/zero")
    proc = run("check", "--knowledge", str(knowledge))
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[:2] == [
        f"{knowledge / 'alipay-mogujie' / 'qa' / 'pipe.toml'}: cannot read: is a pipe (FIFO), not a regular file",
        f"{knowledge / 'zero.toml'}: cannot read: is a device, not a regular file",
    ]


def test_manifest_and_article_that_are_not_regular_are_refused(seeds):
    manifest = seeds / "manifest.toml"
    article = seeds / "000_260b3db4d1f4acde.txt"
    article.unlink()
    article.symlink_to("/dev/zero")
    proc = run("check", "--seeds", str(seeds))
    assert proc.returncode == 2
    assert (
        f"{manifest}:alipay-mogujie: {article}: cannot read: is a device, not a regular file" in proc.stderr
    )
    manifest.unlink()
    os.mkfifo(manifest)
    proc = run("check", "--seeds", str(seeds), "--json")
    assert proc.returncode == 2
    assert (
        json.loads(proc.stdout)["errors"][0]
        == f"{manifest}: cannot read: is a pipe (FIFO), not a regular file"
    )
