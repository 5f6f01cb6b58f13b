"""The `earmark` command line: exit codes 0 ok, 1 failed check or test, 2 bad input."""

from __future__ import annotations

import io
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from earmark.compiler import ir
from earmark.main import main
from support import POLICY_0115, policy_text, rule

Run = tuple[int, str, str]
Cli = Callable[..., Run]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project directory holding a copy of the shipped policies (and their lists)."""
    shutil.copytree(POLICY_0115.parent, tmp_path / "policies")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*args: str) -> Run:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


POLICY = "policies/rule_0115.em"


# ---- compile --------------------------------------------------------------------------------


def test_compile_check_passes_right_after_compile(workdir: Path, cli: Cli) -> None:
    code, out, _ = cli("compile", POLICY, "--out", "generated")
    assert code == 0
    assert (workdir / "generated" / "rule_0115.py").is_file()
    assert "wrote" in out
    code, _, err = cli("compile", POLICY, "--out", "generated", "--check")
    assert code == 0, err


def test_compile_check_fails_after_a_generated_file_is_edited(workdir: Path, cli: Cli) -> None:
    cli("compile", POLICY, "--out", "generated")
    module = workdir / "generated" / "rule_0115.py"
    module.write_text(module.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    code, _, err = cli("compile", POLICY, "--out", "generated", "--check")
    assert code == 1
    assert "rule_0115.py" in err


def test_compile_check_fails_when_nothing_was_generated(workdir: Path, cli: Cli) -> None:
    code, _, _ = cli("compile", POLICY, "--out", "generated", "--check")
    assert code == 1


def test_compile_check_fails_after_the_policy_changes(workdir: Path, cli: Cli) -> None:
    cli("compile", POLICY, "--out", "generated")
    policy = workdir / POLICY
    text = policy.read_text(encoding="utf-8")
    changed = text.replace('"the 3A090.a presumption is overcome"', '"the presumption is rebutted"')
    assert changed != text
    policy.write_text(changed, encoding="utf-8")
    code, _, _ = cli("compile", POLICY, "--out", "generated", "--check")
    assert code == 1


# ---- test -----------------------------------------------------------------------------------


def test_test_passes_on_the_shipped_policy(workdir: Path, cli: Cli, policy_0115: ir.Policy) -> None:
    code, out, _ = cli("test", POLICY)
    assert code == 0
    n = len(policy_0115.examples)
    assert f"{n} passed, 0 failed" in out


def test_test_writes_junit_xml(workdir: Path, cli: Cli, policy_0115: ir.Policy) -> None:
    code, _, _ = cli("test", POLICY, "--junit", "report.xml")
    assert code == 0
    root = ET.parse(workdir / "report.xml").getroot()
    cases = root.findall(".//testcase")
    assert len(cases) == len(policy_0115.examples)
    assert {c.get("name") for c in cases} == {x.title for x in policy_0115.examples}
    assert root.findall(".//failure") == []
    assert root.get("failures") == "0"


def test_test_fails_when_an_example_fails(workdir: Path, cli: Cli) -> None:
    policy = workdir / POLICY
    text = policy.read_text(encoding="utf-8")
    wrong = text.replace(
        "expect presumption_overcome by approved_osat_route",
        "expect presumed_3a090a by presumption",
        1,
    )
    assert wrong != text
    policy.write_text(wrong, encoding="utf-8")
    code, out, _ = cli("test", POLICY, "--junit", "report.xml")
    assert code == 1
    assert "FAIL" in out
    root = ET.parse(workdir / "report.xml").getroot()
    assert len(root.findall(".//failure")) >= 1


def test_test_fails_when_no_example_ran(workdir: Path, cli: Cli) -> None:
    Path("bare.em").write_text(policy_text(rule("r", "flag")), encoding="utf-8")
    code, _, err = cli("test", "bare.em", "--min-coverage", "0")
    assert code == 1
    assert "no example" in err


def test_test_fails_below_the_coverage_threshold(workdir: Path, cli: Cli) -> None:
    example = 'example "default"\n  as of 2025-06-01\n  given flag = false\n  expect no by default'
    Path("half.em").write_text(policy_text(rule("r", "flag"), example), encoding="utf-8")
    assert cli("test", "half.em")[0] == 1
    assert cli("test", "half.em", "--min-coverage", "0")[0] == 0


def test_test_json_output_reports_counts(workdir: Path, cli: Cli, policy_0115: ir.Policy) -> None:
    code, out, _ = cli("test", POLICY, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True
    (report,) = data["policies"]
    assert report["examples"] == report["passed"] == len(policy_0115.examples)


# ---- fmt ------------------------------------------------------------------------------------


def test_fmt_check_passes_on_the_shipped_policy(workdir: Path, cli: Cli) -> None:
    assert cli("fmt", "--check", POLICY)[0] == 0


def test_fmt_check_fails_on_an_unformatted_file_and_leaves_it_alone(
    workdir: Path, cli: Cli
) -> None:
    messy = policy_text(rule("r", "flag   and   flag"))
    Path("messy.em").write_text(messy, encoding="utf-8")
    code, out, _ = cli("fmt", "--check", "messy.em")
    assert code == 1
    assert "messy.em" in out
    assert Path("messy.em").read_text(encoding="utf-8") == messy


def test_fmt_rewrites_an_unformatted_file_into_canonical_form(workdir: Path, cli: Cli) -> None:
    Path("messy.em").write_text(policy_text(rule("r", "flag   and   flag")), encoding="utf-8")
    assert cli("fmt", "messy.em")[0] == 0
    assert "when flag and flag\n" in Path("messy.em").read_text(encoding="utf-8")
    assert cli("fmt", "--check", "messy.em")[0] == 0


# ---- schema and dump ---------------------------------------------------------------------------


def test_schema_is_a_json_schema_naming_every_fact(
    workdir: Path, cli: Cli, policy_0115: ir.Policy
) -> None:
    code, out, _ = cli("schema", POLICY)
    assert code == 0
    schema = json.loads(out)
    assert "json-schema.org" in schema["$schema"]
    assert set(schema["properties"]) == {f.name for f in policy_0115.facts}
    required = {f.name for f in policy_0115.facts if not f.optional}
    assert set(schema.get("required", [])) == required
    assert schema.get("additionalProperties") is False


@pytest.mark.parametrize("stage", ["ast", "ir"])
def test_dump_prints_a_stage(workdir: Path, cli: Cli, stage: str) -> None:
    code, out, _ = cli("dump", "--stage", stage, POLICY)
    assert code == 0
    assert "rule_0115" in out
    assert "fabricator_packaging_route" in out


def test_dump_ir_shows_lowered_rules_and_dated_values(workdir: Path, cli: Cli) -> None:
    _, out, _ = cli("dump", "--stage", "ir", POLICY)
    assert "rule approved_osat_route -> presumption_overcome" in out
    assert "dated transistor_limit_without_hbm" in out
    assert "2029-01-01" in out


def test_dump_of_a_broken_policy_is_a_diagnostic(workdir: Path, cli: Cli) -> None:
    Path("broken.em").write_text("policy x\n  title en", encoding="utf-8")
    for stage in ("ast", "ir"):
        code, _, err = cli("dump", "--stage", stage, "broken.em")
        assert code == 2
        assert "broken.em:" in err


# ---- check ------------------------------------------------------------------------------------

FACTS = {
    "exporter_role": "front_end_fabricator",
    "ic_is_logic": True,
    "technology_node": 4,
    "designer_attests_not_3a090a": False,
    "packaged_by_front_end_fabricator": True,
    "packaging_country": "TW",
    "aggregated_transistor_count": 29_999_999_999,
    "contains_hbm": True,
    "completion_date": "2026-03-01",
}


def test_check_json_is_the_decision_record(workdir: Path, cli: Cli) -> None:
    Path("facts.json").write_text(json.dumps(FACTS), encoding="utf-8")
    code, out, _ = cli(
        "check", POLICY, "--facts", "facts.json", "--as-of", "2026-03-01", "--format", "json"
    )
    assert code == 0
    record = json.loads(out)
    for key in (
        "schema",
        "policy",
        "as_of",
        "outcome",
        "rule",
        "citations",
        "trace",
        "missing",
        "explanation",
    ):
        assert key in record
    assert record["as_of"] == "2026-03-01"
    assert record["outcome"] == "presumption_overcome"
    assert record["rule"] == "fabricator_packaging_route"
    assert record["missing"] == []
    assert set(record["explanation"]) == {"en", "zh"}


def test_check_text_names_the_outcome_and_the_rule(workdir: Path, cli: Cli) -> None:
    Path("facts.json").write_text(json.dumps(FACTS), encoding="utf-8")
    code, out, _ = cli("check", POLICY, "--facts", "facts.json", "--as-of", "2026-03-01")
    assert code == 0
    assert "presumption_overcome" in out
    assert "fabricator_packaging_route" in out


def test_check_reads_facts_from_standard_input(
    workdir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(FACTS)))
    code, out, _ = cli("check", POLICY, "--facts", "-", "--as-of", "2026-03-01", "--format", "json")
    assert code == 0
    assert json.loads(out)["outcome"] == "presumption_overcome"


def test_check_rejects_a_count_written_with_an_exponent_as_not_whole(
    workdir: Path, cli: Cli
) -> None:
    # 3.2e10 is a JSON number with a fraction part, so it is not an integer count
    Path("facts.json").write_text(
        '{"exporter_role": "osat_company", "aggregated_transistor_count": 3.2e10}', encoding="utf-8"
    )
    code, _, err = cli("check", POLICY, "--facts", "facts.json", "--as-of", "2027-06-01")
    assert code == 2
    assert "aggregated_transistor_count" in err


def test_check_reports_needs_information_with_the_missing_fact(workdir: Path, cli: Cli) -> None:
    facts = {
        **FACTS,
        "contains_hbm": None,
        "aggregated_transistor_count": 32_000_000_000,
        "completion_date": "2027-06-01",
    }
    Path("facts.json").write_text(json.dumps(facts), encoding="utf-8")
    code, out, _ = cli(
        "check", POLICY, "--facts", "facts.json", "--as-of", "2027-06-01", "--format", "json"
    )
    assert code == 0
    record = json.loads(out)
    assert record["outcome"] == "needs_information"
    assert "contains_hbm" in record["missing"]
    assert not set(record["missing"]) & {k for k, v in facts.items() if v is not None}


def test_usage_error_exits_2(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["compile"])
    assert exited.value.code == 2
