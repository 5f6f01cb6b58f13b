"""The generated checker for rule_0115: clean, standalone, and strict about its input."""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from earmark.compiler import facts as facts_mod
from earmark.compiler import interpreter, ir
from support import POLICY_0115, ROOT, RUFF_FORMAT_CHECK, RUFF_LINT, ruff

CASES = sorted((ROOT / "policies" / "cases").glob("0115-*.json"))
VALID: dict[str, object] = {
    "exporter_role": "front_end_fabricator",
    "ic_is_logic": True,
    "technology_node": 4,
    "packaging_country": "TW",
    "designer_locations": ["TW", "US"],
    "aggregated_transistor_count": 29_999_999_999,
    "completion_date": "2026-03-01",
}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], capture_output=True, text=True, check=False, cwd=cwd
    )


# ---- lint, format and types ----------------------------------------------------------------


def test_generated_module_is_ruff_formatted(generated_0115_path: Path) -> None:
    result = ruff(RUFF_FORMAT_CHECK, generated_0115_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_module_passes_ruff_lint(generated_0115_path: Path) -> None:
    result = ruff(RUFF_LINT, generated_0115_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_module_stays_lint_clean_for_a_long_policy_path(
    policy_0115: ir.Policy, tmp_path: Path
) -> None:
    import dataclasses

    from earmark.targets.python import generate

    long_path = "policies/export-controls/advanced-computing/foundry-due-diligence/rule_0115.em"
    module = tmp_path / "rule_0115.py"
    module.write_text(generate(dataclasses.replace(policy_0115, path=long_path)), "utf-8")
    result = ruff(RUFF_LINT, module)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_module_passes_mypy_strict(generated_0115_path: Path, tmp_path: Path) -> None:
    result = run(
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        str(tmp_path / "cache"),
        str(generated_0115_path),
        cwd=generated_0115_path.parent,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_module_points_each_rule_back_to_its_source_line(
    generated_0115_path: Path, policy_0115: ir.Policy
) -> None:
    code = generated_0115_path.read_text(encoding="utf-8")
    source = POLICY_0115.read_text(encoding="utf-8").splitlines()
    for rule in policy_0115.rules:
        file_name = Path(policy_0115.path).name
        assert f"# {file_name}:{rule.span.line} rule {rule.name}" in code
        assert source[rule.span.line - 1].startswith(f"rule {rule.name}")


# ---- standalone: runs without earmark --------------------------------------------------------

ISOLATED = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.append(sys.argv[2])
try:
    import earmark
except ModuleNotFoundError:
    pass
else:
    raise SystemExit("earmark is importable: " + str(earmark.__file__))
import datetime, rule_0115
facts = json.loads(sys.argv[3])
decision = rule_0115.evaluate(facts, as_of=datetime.date.fromisoformat(sys.argv[4]))
print(json.dumps(decision.to_json(), sort_keys=True))
"""


PYDANTIC_AND_ITS_DEPENDENCIES = (
    "pydantic",
    "pydantic_core",
    "annotated_types",
    "typing_inspection",
    "typing_extensions",
)


@pytest.fixture(scope="module")
def pydantic_only_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site folder holding pydantic and what it imports, and nothing else: earmark may be
    installed next to pydantic (as in CI), so the real site-packages cannot be used."""
    import importlib.util

    site = tmp_path_factory.mktemp("pydantic_only")
    for name in PYDANTIC_AND_ITS_DEPENDENCIES:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        origin = Path(spec.origin)
        source = origin.parent if origin.name == "__init__.py" else origin
        (site / source.name).symlink_to(source, target_is_directory=source.is_dir())
    return site


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_generated_module_runs_where_only_pydantic_is_installed(
    generated_0115_path: Path, policy_0115: ir.Policy, case: Path, pydantic_only_site: Path
) -> None:
    site = pydantic_only_site
    facts_text = case.read_text(encoding="utf-8")
    as_of = "2027-06-01"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-S",
            "-c",
            ISOLATED,
            str(generated_0115_path.parent),
            str(site),
            facts_text,
            as_of,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=generated_0115_path.parent,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    values = facts_mod.validate(policy_0115, facts_mod.load_json(facts_text, case.name))
    expected = interpreter.evaluate(policy_0115, values, dt.date.fromisoformat(as_of)).to_json()
    assert json.loads(result.stdout) == json.loads(json.dumps(expected, sort_keys=True))


# ---- input validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"packaging_cuntry": "TW"}, "packaging_cuntry", "unknown fact"),
        ({"ic_is_logic": "yes"}, "ic_is_logic", "boolean"),
        ({"ic_is_logic": 1}, "ic_is_logic", "boolean"),
        ({"aggregated_transistor_count": "many"}, "aggregated_transistor_count", "integer"),
        ({"aggregated_transistor_count": 1.5}, "aggregated_transistor_count", "integer"),
        ({"packaging_country": "XX"}, "packaging_country", '"XX"'),
        ({"designer_locations": ["TW", "ZZ"]}, "designer_locations", '"ZZ"'),
        ({"aggregated_transistor_count": -1}, "aggregated_transistor_count", "0"),
        ({"technology_node": -3}, "technology_node", "0"),
        ({"technology_node": "NaN"}, "technology_node", "finite"),
        ({"completion_date": "2025-02-30"}, "completion_date", "2025-02-30"),
        ({"completion_date": "01/03/2026"}, "completion_date", "YYYY-MM-DD"),
        ({"exporter_role": "distributor"}, "exporter_role", "front_end_fabricator"),
    ],
)
def test_bad_facts_raise_facts_error_naming_the_field(
    checker_0115: ModuleType, change: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(checker_0115.FactsError) as caught:
        checker_0115.evaluate({**VALID, **change}, as_of=dt.date(2026, 3, 1))
    problems = caught.value.problems
    assert len(problems) == 1
    where, message = problems[0]
    assert where.split(".")[0] == field
    assert words in message
    assert field in str(caught.value)


def test_missing_required_fact_is_named(checker_0115: ModuleType) -> None:
    data = {k: v for k, v in VALID.items() if k != "exporter_role"}
    with pytest.raises(checker_0115.FactsError) as caught:
        checker_0115.validate(data)
    assert caught.value.problems == [("exporter_role", "required fact is missing")]


def test_every_problem_is_reported_at_once(checker_0115: ModuleType) -> None:
    data = {**VALID, "bogus": 1, "packaging_country": "XX", "completion_date": "2025-02-30"}
    with pytest.raises(checker_0115.FactsError) as caught:
        checker_0115.validate(data)
    fields = {where for where, _ in caught.value.problems}
    assert fields == {"bogus", "packaging_country", "completion_date"}


def test_facts_that_are_not_a_mapping_are_rejected(checker_0115: ModuleType) -> None:
    with pytest.raises(checker_0115.FactsError):
        checker_0115.validate(["exporter_role"])


@pytest.mark.parametrize(
    "change",
    [
        {"bogus": 1},
        {"ic_is_logic": "yes"},
        {"packaging_country": "XX"},
        {"aggregated_transistor_count": -1},
        {"completion_date": "2025-02-30"},
        {"designer_locations": ["TW", "ZZ"]},
        {"exporter_role": None},
    ],
)
def test_generated_and_compiler_validation_reject_the_same_fields(
    checker_0115: ModuleType, policy_0115: ir.Policy, change: dict[str, object]
) -> None:
    data = {**VALID, **change}
    with pytest.raises(checker_0115.FactsError) as generated:
        checker_0115.validate(data)
    with pytest.raises(facts_mod.FactsError) as compiler:
        facts_mod.validate(policy_0115, data)
    assert [w for w, _ in generated.value.problems] == [w for w, _ in compiler.value.problems]


def test_valid_facts_are_converted_to_python_values(checker_0115: ModuleType) -> None:
    values = checker_0115.validate(VALID)
    assert values["completion_date"] == dt.date(2026, 3, 1)
    assert values["designer_locations"] == frozenset({"TW", "US"})
    assert values["technology_node"] == Decimal(4)
    assert values["contains_hbm"] is None


def test_generated_evaluate_agrees_with_the_interpreter_on_the_policy_examples(
    checker_0115: ModuleType, policy_0115: ir.Policy
) -> None:
    for example in policy_0115.examples:
        facts = dict(example.given)
        generated = checker_0115.evaluate(facts, as_of=example.as_of)
        expected = interpreter.evaluate(policy_0115, facts, example.as_of)
        assert generated.to_json() == expected.to_json(), example.title
        assert checker_0115.decide(facts, example.as_of) == expected.outcome, example.title


def test_explanation_values_are_computed_when_an_explanation_is_first_read(
    checker_0115: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    compute = checker_0115.template_values

    def counting(*args: object) -> object:
        calls.append(args)
        return compute(*args)

    monkeypatch.setattr(checker_0115, "template_values", counting)
    decision = checker_0115.evaluate(VALID, as_of=dt.date(2026, 3, 1))
    assert decision.trace and decision.citations and calls == []
    assert decision.explanation("en") and decision.explanation("zh")
    assert len(calls) == 1


def test_generated_module_imports_nothing_but_stdlib_and_pydantic(
    generated_0115_path: Path,
) -> None:
    tree = ast.parse(generated_0115_path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            assert node.module is not None
            roots.add(node.module.split(".")[0])
    assert roots - set(sys.stdlib_module_names) == {"pydantic"}
