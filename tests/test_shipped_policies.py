"""Every shipped policy compiles cleanly, passes its own examples, is in canonical form,
and generates a checker that is ruff-clean and agrees with the interpreter on its examples."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from earmark.compiler import interpreter
from earmark.compiler.pipeline import Compilation, compile_text
from earmark.compiler.testing import run_examples
from earmark.dsl.formatter import format_policy
from earmark.dsl.parser import parse
from earmark.targets.python import generate
from support import ROOT, RUFF_FORMAT_CHECK, RUFF_LINT, load_module, ruff

POLICIES = sorted((ROOT / "policies").glob("*.em"))


def compile_shipped(path: Path) -> Compilation:
    with contextlib.chdir(ROOT):
        return compile_text(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())


@pytest.fixture(scope="module", params=POLICIES, ids=[p.stem for p in POLICIES])
def shipped(request: pytest.FixtureRequest) -> Compilation:
    compilation = compile_shipped(request.param)
    assert compilation.ok, [f"{d.span}: {d.message}" for d in compilation.diagnostics]
    return compilation


def test_there_are_shipped_policies() -> None:
    assert any(p.stem == "rule_0115" for p in POLICIES)


def test_shipped_policy_compiles_without_errors(shipped: Compilation) -> None:
    assert not [d for d in shipped.diagnostics if d.is_error]


def test_shipped_policy_examples_pass_and_cover_every_rule(shipped: Compilation) -> None:
    assert shipped.policy is not None
    report = run_examples(shipped.policy)
    assert report.results, "a policy without examples tests nothing"
    assert [(r.example.title, r.failures) for r in report.results if not r.passed] == []
    assert report.uncovered == ()


def test_shipped_policy_is_in_canonical_form(shipped: Compilation) -> None:
    text = (ROOT / shipped.path).read_text(encoding="utf-8")
    tree, _ = parse(text, shipped.path)
    assert tree is not None
    assert format_policy(tree) == text


def test_shipped_policy_checker_is_ruff_clean_and_agrees_on_the_examples(
    shipped: Compilation, tmp_path: Path
) -> None:
    policy = shipped.policy
    assert policy is not None
    module_path = tmp_path / f"{policy.id}.py"
    module_path.write_text(generate(policy), encoding="utf-8")
    for args in (RUFF_FORMAT_CHECK, RUFF_LINT):
        result = ruff(args, module_path)
        assert result.returncode == 0, result.stdout + result.stderr
    module = load_module(module_path)
    for example in policy.examples:
        facts = dict(example.given)
        expected = interpreter.evaluate(policy, facts, example.as_of)
        assert module.evaluate(facts, as_of=example.as_of).to_json() == expected.to_json()
        assert module.decide(facts, example.as_of) == expected.outcome
