"""The generated module for a small fixed policy, pinned by a snapshot, and deterministic.

The inlined runtime is checked to be exactly earmark.compiler.runtime's text and then
replaced by a marker in the snapshot, so the snapshot pins what the policy contributes.
Run with UPDATE_SNAPSHOTS=1 to rewrite tests/snapshots/generated_small.py.txt.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from earmark.compiler import interpreter, ir
from earmark.compiler.pipeline import compile_text
from earmark.targets.python import format_source, generate, runtime_source
from support import ROOT, assert_snapshot, load_module

SMALL = """\
policy small
  title
    en "A small policy"
    zh "小政策"
  source "1 FR 2" grade P
  effective 2025-01-01
  compliance 2025-01-01
  default allowed

outcome allowed
  en "allowed"
  zh "允许"

outcome licence
  en "a licence is required"
  zh "需要许可证"

fact role : enum(maker, reseller)
  en "who ships"
  zh "发货方"

fact destination : optional country
  en "where it goes"
  zh "目的地"

fact count : optional integer [transistors]
  en "transistor count"
  zh "晶体管数量"

fact shipped : optional date
  en "when it ships"
  zh "发货日期"

set watched of country = {"CN", "MO"}
  cite "list 1" grade T

dated limit : integer [transistors]
  initially 30 transistors
  from 2027-01-01 35 transistors grade T
  cite "Note 1" grade T

define big = count is known and count >= limit at shipped
  cite "Note 1" grade S

rule watched_destination
  when role == maker and destination in watched
  then licence
  cite "rule 1" grade T
  explain
    en "{role} ships to {destination}"
    zh "{role}发往{destination}"

rule small_enough
  exception to watched_destination
  when not big
  then allowed
  cite "rule 2" grade T
  explain
    en "count {count} is below {limit}"
    zh "数量{count}低于{limit}"

example "a maker shipping a small chip to China is allowed"
  as of 2025-06-01
  given role = maker, destination = "CN", count = 10 transistors, shipped = 2025-06-01
  expect allowed by small_enough
"""


def small_policy() -> ir.Policy:
    compilation = compile_text(SMALL, "policies/small.em")
    assert compilation.ok, compilation.diagnostics
    assert compilation.policy is not None
    return compilation.policy


def test_generated_module_for_a_small_policy_matches_the_snapshot() -> None:
    code = generate(small_policy())
    runtime = format_source(runtime_source()).strip("\n")
    assert code.count(runtime) == 1, "the runtime is inlined (as ruff formats it) exactly once"
    assert_snapshot("generated_small.py.txt", code.replace(runtime, "# <runtime inlined here>"))


def test_generating_twice_is_byte_identical() -> None:
    policy = small_policy()
    assert generate(policy) == generate(small_policy())


def test_generated_module_does_not_depend_on_hash_randomisation() -> None:
    script = (
        "import sys; from pathlib import Path; "
        "from earmark.compiler.pipeline import compile_text; "
        "from earmark.targets.python import generate; "
        "text = Path(sys.argv[1]).read_text('utf-8'); "
        "sys.stdout.write(generate(compile_text(text, 'policies/rule_0115.em').policy))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", script, str(ROOT / "policies" / "rule_0115.em")],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=ROOT,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_small_policy_module_decides_like_the_interpreter(tmp_path: Path) -> None:
    policy = small_policy()
    path = tmp_path / "small.py"
    path.write_text(generate(policy), encoding="utf-8")
    module = load_module(path)
    day = dt.date(2027, 6, 1)
    for count in (None, 29, 30, 34, 35):
        for destination in (None, "CN", "MO", "TW"):
            facts = {
                "role": "maker",
                "destination": destination,
                "count": count,
                "shipped": dt.date(2027, 3, 1),
            }
            expected = interpreter.evaluate(policy, facts, day)
            assert module.evaluate(facts, as_of=day).to_json() == expected.to_json()
            assert module.decide(facts, day) == expected.outcome
