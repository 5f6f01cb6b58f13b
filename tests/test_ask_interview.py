"""`earmark ask` driven through a pseudo-terminal (pexpect): it asks only for facts that can
still change the outcome, re-asks on a bad answer with the reason, accepts `?` for optional
facts, starts from a partial facts file, speaks Chinese with --lang zh, and ends with the
decision and its explanation."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect", reason="pexpect is not installed")

ROOT = Path(__file__).resolve().parent.parent
EARMARK = [sys.executable, "-m", "earmark"]
POLICY = "policies/rule_0115.em"


def spawn(*args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        EARMARK[0],
        [*EARMARK[1:], "ask", POLICY, *args],
        cwd=str(ROOT),
        encoding="utf-8",
        timeout=60,
        env={"PYTHONIOENCODING": "utf-8", "PATH": "/usr/bin:/bin"},
    )
    return child


def test_interview_from_a_partial_facts_file(tmp_path: Path) -> None:
    facts = tmp_path / "partial.json"
    facts.write_text(json.dumps({"exporter_role": "front_end_fabricator"}), encoding="utf-8")
    child = spawn("--facts", str(facts), "--as-of", "2026-03-01")
    child.expect("Already known from the facts file: 1 fact")
    child.expect(r"ic_is_logic — the IC is a logic integrated circuit")
    child.expect("> ")
    child.sendline("maybe")
    child.expect("not accepted: 'maybe' is not yes or no. Please answer again.")
    child.expect("> ")
    child.sendline("yes")
    child.expect(r"technology_node")
    child.expect("> ")
    child.sendline("five")
    child.expect("is not a number")
    child.sendline("5 nm")
    child.expect(r"designer_attests_not_3a090a")
    child.expect("> ")
    child.sendline("no")
    child.expect(r"## Decision: presumed 3A090.a and designed or marketed for datacenters")
    child.expect(r"\*\*Deciding rule:\*\* `presumption`")
    child.expect("What would change the outcome")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    asked = [line for line in child.before.splitlines() if line.startswith("[")]
    assert asked == []  # nothing asked after the decision


def test_unknown_answers_and_required_facts(tmp_path: Path) -> None:
    facts = tmp_path / "partial.json"
    facts.write_text(
        json.dumps({"exporter_role": "osat_company", "ic_is_logic": True, "technology_node": 3}),
        encoding="utf-8",
    )
    child = spawn("--facts", str(facts), "--as-of", "2026-03-01")
    questions = []
    decision = ""
    for _ in range(20):
        index = child.expect([r"\[\d+\] (\w+) — ", r"## Decision: ([^\r\n]+)"])
        if index == 1:
            decision = child.match.group(1)
            break
        questions.append(child.match.group(1))
        child.expect("> ")
        child.sendline("?")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert decision.startswith("needs information")
    assert questions and "exporter_role" not in questions  # given in the file
    assert len(questions) == len(set(questions))  # a fact answered `?` is not asked again
    assert "Facts to supply" in child.before


def test_interview_in_chinese() -> None:
    child = spawn("--lang", "zh", "--as-of", "2026-03-01")
    child.expect("只询问仍可能改变结论的事实")
    for _ in range(20):
        index = child.expect([r"\[\d+\] (\w+) — ", r"## 决定: ([^\r\n]+)"])
        if index == 1:
            break
        name = child.match.group(1)
        child.expect("> ")
        if name != "exporter_role":
            child.sendline("是")
            continue
        child.sendline("?")  # a required fact cannot be unknown
        child.expect("该事实不可为未知")
        child.sendline("9")
        child.expect("未被接受")
        child.sendline("3")  # other_party, by its number
    assert child.match.group(1).startswith("注释1的推定不适用")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
