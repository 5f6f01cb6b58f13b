"""Decision explanations: they name the deciding rule, the conditions that held and the
one that failed with the fact values, citations and dates; for needs information, the
facts to supply and what each would decide; and minimal counterfactuals that really do
change the outcome. English and Chinese carry the same content."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from earmark.compiler import facts as facts_mod
from earmark.compiler import interpreter, ir
from earmark.targets import explain
from tables_support import ROOT, compile_policy

POLICY = compile_policy(ROOT / "policies" / "rule_0115.em")
assert POLICY is not None


def decide(facts: dict[str, object], as_of: dt.date) -> tuple[dict[str, object], object]:
    values = facts_mod.validate(POLICY, facts)
    return values, interpreter.evaluate(POLICY, values, as_of)


PACKAGED_IN_CHINA = {
    "exporter_role": "front_end_fabricator",
    "ic_is_logic": True,
    "technology_node": 5,
    "designer_attests_not_3a090a": False,
    "packaged_by_front_end_fabricator": True,
    "packaging_country": "CN",
    "aggregated_transistor_count": 10_000_000_000,
    "contains_hbm": False,
    "completion_date": "2025-06-01",
    "packaged_by_approved_osat": False,
}


def test_names_rule_conditions_failure_and_counterfactual() -> None:
    values, decision = decide(PACKAGED_IN_CHINA, dt.date(2025, 6, 1))
    text = explain.explain_decision(POLICY, decision, values, "en")
    assert "**Deciding rule:** `presumption`" in text
    assert (
        "`exporter_role` is front_end_fabricator or osat_company — `exporter_role` = front_end_fabricator"
        in text
    )
    # the one condition that failed, with its fact value
    assert "`fabricator_packaging_route` (does not apply" in text
    assert "failed: `packaging_country` is not in `macau_or_d5` — `packaging_country` = CN" in text
    # the minimal counterfactuals, e.g. the approved-OSAT route
    assert (
        "The outcome would be “the 3A090.a presumption is overcome” (by rule `approved_osat_route`) "
        "if `packaged_by_approved_osat` were yes"
    ) in text
    assert re.search(r"if `packaging_country` were [A-Z]{2} ", text)
    assert "https://www.ecfr.gov/current/title-15/part-774/" in text


def test_counterfactuals_really_change_the_outcome_one_fact_at_a_time() -> None:
    values, decision = decide(PACKAGED_IN_CHINA, dt.date(2025, 6, 1))
    changes = explain.counterfactuals(POLICY, values, decision.as_of, decision)
    assert {c.fact for c in changes} >= {
        "exporter_role",
        "ic_is_logic",
        "packaging_country",
        "packaged_by_approved_osat",
    }
    for c in changes:
        again = interpreter.evaluate(POLICY, {**values, c.fact: c.new}, decision.as_of)
        assert again.outcome == c.outcome != decision.outcome
        assert again.rule == c.rule


def test_boundary_counterfactual_is_the_nearest_value() -> None:
    facts = {
        **PACKAGED_IN_CHINA,
        "packaging_country": "TW",
        "aggregated_transistor_count": 29_999_999_999,
    }
    values, decision = decide(facts, dt.date(2025, 6, 1))
    assert decision.outcome == "presumption_overcome"
    change = next(
        c
        for c in explain.counterfactuals(POLICY, values, decision.as_of, decision)
        if c.fact == "aggregated_transistor_count"
    )
    assert change.new == 30_000_000_000  # exactly the threshold: not below 30 billion


def test_needs_information_lists_facts_and_what_they_decide() -> None:
    facts = {"exporter_role": "front_end_fabricator", "technology_node": 5}
    values, decision = decide(facts, dt.date(2025, 6, 1))
    assert decision.outcome == ir.NEEDS_INFORMATION
    text = explain.explain_decision(POLICY, decision, values, "en")
    assert "Facts to supply:" in text
    assert (
        "- `ic_is_logic` (the IC is a logic integrated circuit; yes/no): the condition of `presumption` depends on it."
        in text
    )
    assert "  - if no: the Note 1 presumption does not apply" in text
    zh = explain.explain_decision(POLICY, decision, values, "zh")
    assert "需提供的事实" in zh and "`ic_is_logic`" in zh


@pytest.mark.parametrize(
    "case", sorted((ROOT / "policies" / "cases").glob("*.json")), ids=lambda p: p.stem
)
def test_english_and_chinese_have_the_same_content(case: Path) -> None:
    policy = compile_policy(ROOT / "policies" / f"rule_{case.stem.split('-')[0]}.em")
    assert policy is not None
    values = facts_mod.validate(policy, json.loads(case.read_text(encoding="utf-8")))
    decision = interpreter.evaluate(policy, values, dt.date(2027, 3, 15))
    en = explain.explain_decision(policy, decision, values, "en")
    zh = explain.explain_decision(policy, decision, values, "zh")

    def shape(text: str) -> list[str]:
        marks = ("##", "  - ", "- ", "> ", "**")
        return [
            next((m for m in marks if line.startswith(m)), "p" if line else "")
            for line in text.splitlines()
        ]

    assert shape(en) == shape(zh)
    assert re.findall(r"`[a-z0-9_]+`", en).count(f"`{decision.rule}`") == re.findall(
        r"`[a-z0-9_]+`", zh
    ).count(f"`{decision.rule}`")


def test_check_format_markdown() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "earmark",
            "check",
            "policies/rule_0115.em",
            "--facts",
            "policies/cases/0115-foundry-packaged-in-taiwan.json",
            "--as-of",
            "2027-03-15",
            "--format",
            "markdown",
            "--lang",
            "zh",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("## 决定: 3A090.a推定已被推翻")
    assert "**决定规则:** `fabricator_packaging_route`" in out.stdout
    assert (
        "`transistor_limit_without_hbm` 于 `completion_date` (2027-03-15): 35,000,000,000 transistors"
        in out.stdout
    )
