"""Policy strings are data: quotes, escapes, newlines, template braces and Python code in a
title, citation, note, outcome label or explanation never become code in the checker."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest
from earmark.compiler import interpreter, ir
from earmark.compiler.pipeline import compile_text
from earmark.dsl.formatter import quote
from earmark.targets.python import generate
from support import RUFF_FORMAT_CHECK, RUFF_LINT, load_module, ruff

TOUCH = "__import__('pathlib').Path('PWNED').touch()"
EVIL = [
    "He said \"hi\" and 'bye'",
    '"""; import os; os.system("x") #',
    "'''; __import__('os').system('echo pwned') #",
    "__import__('os').system('echo pwned')",
    f'"""\n{TOUCH}\n"""',
    f"'); {TOUCH}; ('",
    "back\\slash \\n \\x41 \\u0041 \\N{BULLET} \\",
    "line one\nline two\ttabbed\n",
    "{{ 7*7 }} {% if true %}x{% endif %} {# c #} ${x} %s {0}",
    "\u2028 line separator, \x85 next line, \x00 nul, \x1b[31m escape, \U0001f600",
    "# -*- coding: latin-1 -*-",
    "\\",
    "",
]
# `{` and `}` are holes in explanations; a literal brace is written twice
EVIL_EXPLAIN = [e.replace("{", "{{").replace("}", "}}") for e in EVIL]


def q(text: str) -> str:
    return quote(text)


def adversarial_policy() -> str:
    e = EVIL
    x = EVIL_EXPLAIN
    return (
        f"""\
policy evil
  title
    en {q(e[0] + e[1])}
    zh {q(e[2] + e[8])}
  source {q(e[3])} grade P
    note {q(e[4])}
  effective 2025-01-01 grade T
    note {q(e[5])}
  compliance 2025-01-01
  default {{ok}}
""".replace("{ok}", "ok")
        + f"""
outcome ok
  en {q(e[6])}
  zh {q(e[7])}

outcome stop
  en {q(e[8])}
  zh {q(e[9])}

fact label : optional text
  en {q(e[10])}
  zh {q(e[11])}

fact flag : optional bool
  en {q(e[12])}
  zh {q(e[1])}

set bad_labels of text = {{{", ".join(q(s) for s in e)}}}
  cite {q(e[2])} grade T
    note {q(e[3])}

define labelled_bad = label in bad_labels or label == {q(e[4])}
  describe
    en {q(e[5])}
    zh {q(e[6])}
  cite {q(e[7])} grade S

rule stop_bad
  when labelled_bad
  then stop
  cite {q(e[1])} grade T
    note {q(e[9])}
  explain
    en {q(x[1] + " {label} " + x[2] + x[8])}
    zh {q(x[4] + "{label}" + x[9])}

rule allow_flagged
  exception to stop_bad
  when flag
  then ok
  cite {q(e[3])} grade I
  explain
    en {q(x[5] + "{flag}" + x[6])}
    zh {q(x[7] + x[10])}

example {q(e[1])}
  as of 2025-06-01
  given label = {q(e[2])}, flag = false
  expect stop by stop_bad
"""
    )


@pytest.fixture(scope="module")
def evil_policy() -> ir.Policy:
    compilation = compile_text(adversarial_policy(), 'policies/evil"""\n\'x.em')
    assert compilation.ok, [d.message for d in compilation.diagnostics]
    assert compilation.policy is not None
    return compilation.policy


@pytest.fixture(scope="module")
def evil_module_path(evil_policy: ir.Policy, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evil") / "evil.py"
    path.write_text(generate(evil_policy), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def evil_module(evil_module_path: Path) -> ModuleType:
    return load_module(evil_module_path)


def test_the_adversarial_strings_reach_the_policy_unchanged(evil_policy: ir.Policy) -> None:
    assert evil_policy.title.en == EVIL[0] + EVIL[1]
    assert evil_policy.source.text == EVIL[3]
    assert evil_policy.source.note == EVIL[4]
    assert evil_policy.outcome("ok").en == EVIL[6]
    assert evil_policy.rule("stop_bad").citation.note == EVIL[9]


def test_generated_module_compiles(evil_module_path: Path) -> None:
    compile(evil_module_path.read_text(encoding="utf-8"), str(evil_module_path), "exec")


def test_generated_module_passes_ruff(evil_module_path: Path) -> None:
    for args in (RUFF_FORMAT_CHECK, RUFF_LINT):
        result = ruff(args, evil_module_path)
        assert result.returncode == 0, result.stdout + result.stderr


DANGEROUS_FUNCTIONS = {"__import__", "eval", "exec", "compile", "open"}
DANGEROUS_METHODS = {"system", "popen", "touch", "run", "call", "Popen"}


def test_no_injected_code_appears_outside_string_constants(evil_module_path: Path) -> None:
    tree = ast.parse(evil_module_path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                assert func.id not in DANGEROUS_FUNCTIONS, ast.unparse(node)
            elif isinstance(func, ast.Attribute):
                assert func.attr not in DANGEROUS_METHODS, ast.unparse(node)
        if isinstance(node, ast.Import):
            assert not {a.name for a in node.names} & {"os", "subprocess", "sys", "pathlib"}


def test_every_adversarial_string_is_a_string_constant(evil_module_path: Path) -> None:
    tree = ast.parse(evil_module_path.read_text(encoding="utf-8"))
    constants = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    strings = [c for c in constants if isinstance(c, str)]
    for text in EVIL:
        assert any(text in s for s in strings), repr(text)
    assert EVIL[0] + EVIL[1] in strings  # the title, whole
    assert EVIL[3] in strings  # the source citation, whole


def test_importing_and_running_the_module_executes_nothing_injected(
    evil_module_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    module = load_module(evil_module_path)
    for label in EVIL:
        module.evaluate({"label": label, "flag": False}, as_of=dt.date(2025, 6, 1))
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize("label", [*EVIL, None, "harmless"])
@pytest.mark.parametrize("flag", [True, False, None])
def test_generated_module_decides_like_the_interpreter(
    evil_module: ModuleType, evil_policy: ir.Policy, label: str | None, flag: bool | None
) -> None:
    facts = {"label": label, "flag": flag}
    day = dt.date(2025, 6, 1)
    expected = interpreter.evaluate(evil_policy, facts, day)
    decision = evil_module.evaluate(facts, as_of=day)
    assert decision.to_json() == expected.to_json()
    assert evil_module.decide(facts, day) == expected.outcome


def test_explanations_render_the_adversarial_text_literally(evil_module: ModuleType) -> None:
    decision = evil_module.evaluate({"label": EVIL[3], "flag": False}, as_of=dt.date(2025, 6, 1))
    assert decision.outcome == "stop"
    explanation = decision.explanation("en")
    assert f"{EVIL[1]} {EVIL[3]} {EVIL[2]}{EVIL[8]}" in explanation
