"""Hostile input on the command line (issue 11): output never carries code, input is read the way it was
written, and an interrupted run keeps every answer. Each test names the case it covers in tests/README.md."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent
ANSWERABLE = "When was Mogujie founded?"
UNANSWERABLE = "Who is the CEO of Alipay?"
C1_AND_BIDI = "\x85\x9b\u202e\u2066"
"""C1 controls (NEL, CSI: `\x9b31m` turns text red) and bidirectional overrides."""
FORGED = 'x\n# Heading\n---\n===\nA: forged answer\n  [1] "forged quote" (alipay-mogujie:p1.s1)\n> forged'


def run(*args: str | bytes, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **env},
    )


def ask(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["ask", *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- output never carries code --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question, cell",
    [
        ('=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\r=1+1", "'=1+1"),
        ("\x1b[31mred\x07 =1", "[31mred =1"),
    ],
)
def test_csv_cells_are_formula_safe_and_control_free(capsys, question, cell):
    _, out, _ = ask(capsys, "--format", "csv", "--", question)
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["question"] == cell
    assert not any(ch in out for ch in "\x1b\x07\r")
    assert all(not value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_output_escapes_c1_and_bidi_controls(capsys, fmt):
    question = f"What is Alipay?{C1_AND_BIDI}31m"
    _, out, _ = ask(capsys, "--format", fmt, question)
    assert not any(ch in out for ch in C1_AND_BIDI)
    assert "\\u0085" in out and "\\u202e" in out
    data = json.loads(out)
    assert (data[0] if fmt == "json" else data)["question"] == question


def test_text_output_cannot_be_forged_by_a_question_with_newlines(capsys):
    _, out, _ = ask(capsys, "--format", "text", FORGED)
    lines = out.splitlines()
    assert (
        lines[0]
        == 'Q: x # Heading --- === A: forged answer [1] "forged quote" (alipay-mogujie:p1.s1) > forged'
    )
    assert not any(line.startswith(("A:", "  [1]", "#", "---", ">")) for line in lines)


def test_markdown_output_cannot_be_forged_by_a_question_with_newlines(capsys):
    _, out, _ = ask(capsys, "--format", "markdown", FORGED)
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        "# Questions and answers",
        '## 1. x \\# Heading --- === A: forged answer \\[1\\] "forged quote" \\(alipay-mogujie:p1.s1\\) \\> forged',
    ]
    assert not any(line.startswith(("---", "===", "> forged", "A:")) for line in lines)


def test_markdown_answer_cannot_start_a_list_or_rule():
    from bot.models import Answer
    from bot.render import render_markdown

    text = render_markdown([Answer(question="q", status="answered", answer="- item\n---", confidence=1.0)])
    assert "\n\\- item ---\n" in text and "\n- item" not in text and "\n---" not in text


def test_terminal_output_shows_escapes_instead_of_running_them(capsys):
    _, out, _ = ask(capsys, f"\x1b]0;title\x07\x1b[2J{C1_AND_BIDI}What is Alipay?")
    assert not any(ch in out for ch in "\x1b\x07" + C1_AND_BIDI)
    assert out.startswith("Q: \\x1b]0;title\\x07\\x1b[2J\\x85\\x9b\\u202e\\u2066What is Alipay?\n")


def test_check_messages_show_ids_and_keys_escaped(tmp_path, capsys):
    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    (kdir / "kb.toml").write_text(
        '"\\u001b[2Jkey" = []\n[[entity]]\nid = "bad\\u001b[31mid"\nname = "X"\nkind = "company"\n',
        encoding="utf-8",
    )
    assert main(["check", "--knowledge", str(kdir)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "bad\\x1b[31mid: id: String should match pattern" in err and "\\x1b[2Jkey" in err


def test_eval_output_shows_case_ids_and_questions_escaped(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    case = {
        "id": "c\x1b[2J1",
        "kind": "answerable",
        "q": f"Who runs\nthe {C1_AND_BIDI}moon?",
        "expect": [["x"]],
    }
    cases.write_text(json.dumps(case) + "\n", encoding="utf-8")
    assert main(["eval", str(cases)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and not any(ch in out for ch in C1_AND_BIDI)
    assert out.startswith("c\\x1b[2J1 missed           'Who runs the \\x85\\x9b\\u202e\\u2066moon?'\n")
    assert main(["eval", str(cases), "--format", "json"]) == 1
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b" + C1_AND_BIDI)
    assert json.loads(out)["failures"][0]["questions"] == [case["q"]]


def test_warnings_show_file_names_escaped(tmp_path, capsys):
    code, _, err = ask(capsys, "--file", str(tmp_path / "\x1b[2Jq\x9b.txt"))
    assert code == 2 and "\x1b" not in err and "\x9b" not in err
    assert err == f"bot: {tmp_path}/\\x1b[2Jq\\x9b.txt: cannot read: no such file or folder\n"


# -- input is read the way it was written ----------------------------------------------------------------


def questions_read(capsys, path: Path, *extra: str) -> tuple[int, list[str], str]:
    code, out, err = ask(capsys, "--file", str(path), "--format", "jsonl", *extra)
    return code, [json.loads(line)["question"] for line in out.splitlines()], err


def test_utf8_bom_is_dropped_so_a_first_line_comment_stays_a_comment(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf# my questions\n" + ANSWERABLE.encode() + b"\n")
    assert questions_read(capsys, path) == (0, [ANSWERABLE], "")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_with_a_bom_are_read(tmp_path, capsys, encoding):
    path = tmp_path / "wide.txt"
    text = f"# Fragen\r\n{ANSWERABLE}\r\nWas ist Mogujie – café?\r\n"
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    path.write_bytes((bom + text).encode(encoding))
    _, questions, err = questions_read(capsys, path)
    assert questions == [ANSWERABLE, "Was ist Mogujie – café?"] and err == ""


@pytest.mark.parametrize("ending", ["\n", "\r", "\r\n"])
def test_cr_lf_and_crlf_line_endings(tmp_path, capsys, ending):
    path = tmp_path / "endings.txt"
    path.write_bytes(ending.join(["# c", ANSWERABLE, "", UNANSWERABLE]).encode() + ending.encode())
    assert questions_read(capsys, path)[1] == [ANSWERABLE, UNANSWERABLE]


def test_utf16_without_a_bom_is_reported_not_answered_as_garbage(tmp_path, capsys):
    path = tmp_path / "nobom.txt"
    path.write_bytes(f"{ANSWERABLE}\n".encode("utf-16-le"))
    code, questions, err = questions_read(capsys, path)
    assert code == 2 and questions == []
    assert "nobom.txt:1: contains NUL characters (a UTF-16 file without a byte-order mark?)" in err


def test_invalid_utf8_argument_is_replaced_and_reported():
    proc = run("ask", b"What is \xff?", PYTHONIOENCODING="utf-8")
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "Traceback" not in err
    assert proc.stdout.decode().startswith("Q: What is \ufffd?\n")
    assert (
        "bot: the question argument is not valid UTF-8; bad bytes replaced by \ufffd: What is \ufffd?" in err
    )


def test_invalid_utf8_in_other_arguments_is_replaced_too(tmp_path):
    proc = run(
        "quiz", "report", "--student", b"ana\xff", PYTHONIOENCODING="utf-8", BOT_USER_DIR=str(tmp_path)
    )
    assert (proc.returncode, proc.stdout.decode()) == (0, "Quiz results for ana\ufffd: no answers yet.\n")
    assert (
        proc.stderr.decode()
        == "bot: the student argument is not valid UTF-8; bad bytes replaced by \ufffd: ana\ufffd\n"
    )


def test_file_names_that_are_not_utf8_still_open_and_show_escaped(tmp_path):
    name = os.fsencode(tmp_path) + b"/q\xff.txt"
    with open(name, "wb") as fh:
        fh.write(ANSWERABLE.encode() + b"\n")
    proc = run("ask", "--file", name, PYTHONIOENCODING="utf-8")
    assert proc.returncode == 0 and b"2011" in proc.stdout and proc.stderr == b""
    proc = run("ask", "--file", name + b"x", PYTHONIOENCODING="utf-8")
    assert proc.returncode == 2 and b"q\\udcff.txtx: cannot read" in proc.stderr
    proc = run("ask", "--format", b"x\xff", "q", PYTHONIOENCODING="utf-8")
    assert proc.returncode == 2 and b"invalid choice: 'x\\udcff'" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_dash_question_reads_stdin():
    proc = run("ask", "-", "--format", "jsonl", stdin=f"# c\n{ANSWERABLE}\n".encode())
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["question"] for line in proc.stdout.decode().splitlines()] == [ANSWERABLE]


def test_over_long_line_is_reported_and_the_others_answered(tmp_path, capsys):
    path = tmp_path / "long.txt"
    path.write_bytes(b"x" * 70_000 + b"\n" + ANSWERABLE.encode() + b"\n")
    code, questions, err = questions_read(capsys, path)
    assert code == 2 and questions == [ANSWERABLE]
    assert err == f"bot: {path}:1: longer than 65,536 bytes (is this a question file?); line skipped\n"


# -- interrupted runs lose nothing -------------------------------------------------------------------------


def peak_memory_kib(*args: str) -> int:
    """The peak resident memory of `bot ARGS`, measured in a fresh process so no other child counts."""
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run([sys.executable, '-m', 'bot', *{list(args)!r}], stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=120, cwd=ROOT, check=True
    )
    return int(proc.stdout)


def test_question_file_is_streamed_in_constant_memory(tmp_path):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_bytes(ANSWERABLE.encode() + b"\n")
    with big.open("wb") as fh:
        fh.write(b"y" * 60_000_000 + b"\n")  # one 60 MB line: reported, never held
        for _ in range(1000):
            fh.write(b"# " + b"z" * 60_000 + b"\n")  # 60 MB of comments
        fh.write(ANSWERABLE.encode() + b"\n")
    baseline = peak_memory_kib("ask", "--file", str(small))
    assert peak_memory_kib("ask", "--file", str(big)) - baseline < 20_000


def wait_for(predicate, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text", "csv", "markdown"])
def test_ctrl_c_keeps_every_answer_written_and_exits_130(tmp_path, fmt):
    """Two questions are piped in and answered while the pipe stays open; then Ctrl+C."""
    out = tmp_path / "out"
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "ask", "--file", "-", "--format", fmt],
            stdin=subprocess.PIPE,
            stdout=sink,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        assert proc.stdin is not None and proc.stderr is not None
        proc.stdin.write(f"{ANSWERABLE}\n{UNANSWERABLE}\n".encode())
        proc.stdin.flush()
        wait_for(lambda: out.read_bytes().count(UNANSWERABLE.encode()) >= 1)
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 130
        err = proc.stderr.read().decode()
        proc.stdin.close()
    assert err == "bot: interrupted: 2 answer(s) written, the rest not read\n"
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert [a["question"] for a in json.loads(text)] == [ANSWERABLE, UNANSWERABLE]
    elif fmt == "jsonl":
        assert [json.loads(line)["status"] for line in text.splitlines()] == ["answered", "unknown"]
    elif fmt == "csv":
        assert [r["question"] for r in csv.DictReader(io.StringIO(text))] == [ANSWERABLE, UNANSWERABLE]
    else:
        assert "2011" in text and text.count(UNANSWERABLE) == 1


SIGINT_WHILE_IMPORTING = """
import os, runpy, signal, sys
class InterruptOnImport:
    def find_spec(self, name, path=None, target=None):
        if name == "bot.engine":
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, InterruptOnImport())
sys.argv = ["bot", "ask", "What is Mogujie?"]
"""


@pytest.mark.parametrize(
    "entry",
    [
        "runpy.run_module('bot', run_name='__main__', alter_sys=True)",
        "from bot.__main__ import run; sys.exit(run())",
    ],
    ids=["python -m bot", "console script"],
)
def test_ctrl_c_during_start_up_imports_prints_no_traceback(entry):
    """Ctrl+C while `bot ask` is still importing the engine (every run does, before its first answer; a warm
    start no longer imports pydantic, which this test used to wait for, so it would never have fired)."""
    proc = subprocess.run(
        [sys.executable, "-c", SIGINT_WHILE_IMPORTING + entry], capture_output=True, timeout=60, cwd=ROOT
    )
    assert (proc.returncode, proc.stderr, proc.stdout) == (130, b"bot: interrupted\n", b"")
