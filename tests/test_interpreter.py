"""The reference interpreter: Kleene logic, needs-information, dates, exceptions, priorities."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from earmark.compiler import interpreter, ir, runtime
from support import compile_policy, fact, rule

D = dt.date
IN_FORCE = D(2025, 6, 1)
U = runtime.Unknown
UNKNOWN = U(frozenset({"x"}))
VALUES: list[object] = [True, False, UNKNOWN]


def build(*declarations: str) -> ir.Policy:
    compilation = compile_policy(*declarations)
    assert compilation.ok, compilation.diagnostics
    assert compilation.policy is not None
    return compilation.policy


def decide(policy: ir.Policy, as_of: dt.date = IN_FORCE, **facts: object) -> runtime.Decision:
    return interpreter.evaluate(policy, facts, as_of)


def status(decision: runtime.Decision, rule_name: str) -> str:
    return next(t.status for t in decision.trace if t.rule == rule_name)


# ---- Kleene logic ---------------------------------------------------------------------------


def kleene(v: object) -> str:
    return "U" if isinstance(v, U) else str(v)


@pytest.mark.parametrize(("a", "b"), list(itertools.product(VALUES, VALUES)))
def test_and_follows_kleene_truth_table(a: object, b: object) -> None:
    table = {"False": 0, "U": 1, "True": 2}
    expected = min(table[kleene(a)], table[kleene(b)])
    assert table[kleene(runtime.k_and(a, b))] == expected


@pytest.mark.parametrize(("a", "b"), list(itertools.product(VALUES, VALUES)))
def test_or_follows_kleene_truth_table(a: object, b: object) -> None:
    table = {"False": 0, "U": 1, "True": 2}
    expected = max(table[kleene(a)], table[kleene(b)])
    assert table[kleene(runtime.k_or(a, b))] == expected


def test_false_and_unknown_is_false() -> None:
    assert runtime.k_and(False, UNKNOWN) is False
    assert runtime.k_and(UNKNOWN, False) is False


def test_true_or_unknown_is_true() -> None:
    assert runtime.k_or(UNKNOWN, True) is True
    assert runtime.k_or(True, UNKNOWN) is True


def test_not_unknown_is_unknown() -> None:
    assert isinstance(runtime.k_not(UNKNOWN), U)


def test_unknown_remembers_every_fact_it_came_from() -> None:
    both = runtime.k_and(U(frozenset({"a"})), U(frozenset({"b"})), True)
    assert isinstance(both, U) and both.culprits == {"a", "b"}


def test_comparison_with_an_unknown_side_is_unknown() -> None:
    result = runtime.k_apply("<", U(frozenset({"count"})), 3)
    assert isinstance(result, U) and result.culprits == {"count"}


# ---- three-valued decisions -----------------------------------------------------------------

OTHER = fact("other", "bool")
THIRD = fact("third", "bool")
UNRELATED = fact("unrelated", "bool")


def test_a_false_conjunct_decides_even_when_another_is_unknown() -> None:
    policy = build(OTHER, rule("r", "flag and other"))
    decision = decide(policy, flag=False)
    assert decision.outcome == "no"
    assert decision.missing == ()
    assert status(decision, "r") == "not_applicable"


def test_a_true_disjunct_decides_even_when_another_is_unknown() -> None:
    policy = build(OTHER, rule("r", "flag or other"))
    decision = decide(policy, flag=True)
    assert (decision.outcome, decision.rule) == ("yes", "r")


def test_needs_information_lists_exactly_the_unknown_facts_that_matter() -> None:
    policy = build(OTHER, THIRD, UNRELATED, rule("r", "flag and (other or third)"))
    decision = decide(policy, flag=True)
    assert decision.outcome == "needs_information"
    assert decision.rule is None
    assert decision.missing == ("other", "third")


def test_a_known_fact_is_never_listed_as_missing() -> None:
    policy = build(OTHER, THIRD, UNRELATED, rule("r", "flag and (other or third)"))
    decision = decide(policy, other=False)
    assert decision.missing == ("flag", "third")


def test_a_fact_only_an_unreachable_exception_reads_is_not_missing() -> None:
    policy = build(
        OTHER, rule("base", "flag"), rule("exc", "other", "no", extra="exception to base")
    )
    decision = decide(policy, flag=False)
    assert (decision.outcome, decision.missing) == ("no", ())
    assert status(decision, "exc") == "not_reached"


def test_an_unknown_that_cannot_change_the_outcome_is_not_asked_for() -> None:
    # both the base rule and its exception give `yes`
    policy = build(
        OTHER, rule("base", "flag"), rule("exc", "other", "yes", extra="exception to base")
    )
    decision = decide(policy, flag=True)
    assert decision.outcome == "yes"
    assert decision.missing == ()


def test_an_unknown_exception_to_an_applying_rule_needs_information() -> None:
    policy = build(
        OTHER, rule("base", "flag"), rule("exc", "other", "no", extra="exception to base")
    )
    decision = decide(policy, flag=True)
    assert decision.outcome == "needs_information"
    assert decision.missing == ("other",)


def test_is_known_turns_an_unknown_fact_into_false() -> None:
    count = fact("count", "integer")
    policy = build(count, rule("r", "count is known and count < 30"))
    assert decide(policy).outcome == "no"
    assert decide(policy, count=29).outcome == "yes"


def test_required_fact_missing_still_gives_needs_information_not_a_guess() -> None:
    policy = build(OTHER, rule("r", "other"))
    decision = decide(policy)
    assert decision.outcome == "needs_information"
    assert "other" in decision.explanation("en")


# ---- dated values ---------------------------------------------------------------------------

LIMIT = """
dated limit : integer [transistors]
  initially 30 transistors
  from 2027-01-01 35 transistors
  from 2028-01-01 30 transistors
  from 2029-01-01 40 transistors
"""
COUNT = fact("count", "integer [transistors]")
DONE = fact("done", "date")


@pytest.mark.parametrize(
    ("as_of", "count", "outcome"),
    [
        (D(2026, 12, 31), 34, "no"),
        (D(2027, 1, 1), 34, "yes"),
        (D(2027, 12, 31), 34, "yes"),
        (D(2027, 12, 31), 35, "no"),
        (D(2028, 1, 1), 34, "no"),
        (D(2028, 12, 31), 39, "no"),
        (D(2029, 1, 1), 39, "yes"),
        (D(2040, 1, 1), 40, "no"),
    ],
)
def test_dated_value_switches_on_the_day_its_entry_starts(
    as_of: dt.date, count: int, outcome: str
) -> None:
    policy = build(LIMIT, COUNT, rule("r", "count < limit"))
    assert decide(policy, as_of, count=count).outcome == outcome


def test_dated_value_read_at_a_fact_date_ignores_the_evaluation_date() -> None:
    policy = build(LIMIT, COUNT, DONE, rule("r", "count < limit at done"))
    assert decide(policy, D(2030, 1, 1), count=34, done=D(2027, 6, 1)).outcome == "yes"
    assert decide(policy, D(2027, 6, 1), count=34, done=D(2028, 6, 1)).outcome == "no"


def test_dated_value_read_at_an_unknown_date_is_unknown() -> None:
    policy = build(LIMIT, COUNT, DONE, rule("r", "count < limit at done"))
    decision = decide(policy, D(2030, 1, 1), count=34)
    assert (decision.outcome, decision.missing) == ("needs_information", ("done",))


def test_date_arithmetic_in_days_counts_calendar_days() -> None:
    applied = fact("applied", "date")
    policy = build(applied, DONE, rule("r", "done < applied + 180 days"))
    assert decide(policy, applied=D(2026, 9, 3), done=D(2027, 3, 1)).outcome == "yes"
    assert decide(policy, applied=D(2026, 9, 3), done=D(2027, 3, 2)).outcome == "no"


# ---- when the policy and rules are in force --------------------------------------------------


def test_policy_is_not_in_force_before_its_effective_date() -> None:
    policy = build(rule("r", "flag"))
    decision = decide(policy, D(2024, 12, 31), flag=True)
    assert decision.outcome == "not_in_force"
    assert decision.rule is None
    assert decide(policy, D(2025, 1, 1), flag=True).outcome == "yes"


def test_policy_end_date_is_exclusive() -> None:
    from earmark.compiler.pipeline import compile_text
    from support import HEADER, policy_text

    header = HEADER.replace("  default no", "  ends 2026-01-01\n  default no")
    compilation = compile_text(policy_text(rule("r", "flag"), header=header), "demo.em")
    assert compilation.policy is not None, compilation.diagnostics
    policy = compilation.policy
    assert decide(policy, D(2025, 12, 31), flag=True).outcome == "yes"
    assert decide(policy, D(2026, 1, 1), flag=True).outcome == "not_in_force"


def test_rule_with_its_own_effective_date_does_not_apply_before_it() -> None:
    policy = build(rule("r", "flag", extra="effective 2026-01-01"))
    assert decide(policy, D(2025, 12, 31), flag=True).outcome == "no"
    decision = decide(policy, D(2026, 1, 1), flag=True)
    assert (decision.outcome, decision.rule) == ("yes", "r")


def test_rule_that_ended_is_reported_as_not_in_force_in_the_trace() -> None:
    policy = build(rule("r", "flag", extra="ends 2026-01-01"))
    decision = decide(policy, D(2026, 1, 1), flag=True)
    assert decision.outcome == "no"
    assert status(decision, "r") == "not_in_force"


# ---- exceptions and priorities ----------------------------------------------------------------

BASE_AND_EXCEPTION = (
    OTHER,
    rule("base", "flag"),
    rule("exc", "other", "no", extra="exception to base"),
)


def test_an_applying_exception_overrides_its_base_rule() -> None:
    decision = decide(build(*BASE_AND_EXCEPTION), flag=True, other=True)
    assert (decision.outcome, decision.rule) == ("no", "exc")
    base = next(t for t in decision.trace if t.rule == "base")
    assert (base.status, base.overridden_by) == ("overridden", "exc")


def test_the_base_rule_decides_when_its_exception_does_not_apply() -> None:
    decision = decide(build(*BASE_AND_EXCEPTION), flag=True, other=False)
    assert (decision.outcome, decision.rule) == ("yes", "base")
    assert status(decision, "exc") == "not_applicable"


def test_an_exception_is_not_considered_unless_its_base_rule_applies() -> None:
    decision = decide(build(*BASE_AND_EXCEPTION), flag=False, other=True)
    assert (decision.outcome, decision.rule) == ("no", None)


def test_exception_to_an_exception_overrides_both() -> None:
    policy = build(
        *BASE_AND_EXCEPTION, THIRD, rule("exc2", "third", "yes", extra="exception to exc")
    )
    decision = decide(policy, flag=True, other=True, third=True)
    assert (decision.outcome, decision.rule) == ("yes", "exc2")


def test_higher_priority_rule_wins_over_a_lower_one() -> None:
    policy = build(OTHER, rule("low", "flag"), rule("high", "other", "no", extra="priority 1"))
    decision = decide(policy, flag=True, other=True)
    assert (decision.outcome, decision.rule) == ("no", "high")
    assert status(decision, "low") == "outranked"


def test_lower_priority_rule_applies_when_the_higher_one_does_not() -> None:
    policy = build(OTHER, rule("low", "flag"), rule("high", "other", "no", extra="priority 1"))
    decision = decide(policy, flag=True, other=False)
    assert (decision.outcome, decision.rule) == ("yes", "low")


def test_unknown_higher_priority_rule_needs_information() -> None:
    policy = build(OTHER, rule("low", "flag"), rule("high", "other", "no", extra="priority 1"))
    decision = decide(policy, flag=True)
    assert (decision.outcome, decision.missing) == ("needs_information", ("other",))


def test_no_rule_applying_gives_the_default_outcome() -> None:
    decision = decide(build(*BASE_AND_EXCEPTION), flag=False, other=False)
    assert (decision.outcome, decision.rule) == ("no", None)
    assert "default" in decision.explanation("en")


# ---- the decision record ---------------------------------------------------------------------


def test_decision_names_the_rule_citation_and_the_base_rule_citation() -> None:
    decision = decide(build(*BASE_AND_EXCEPTION), flag=True, other=True)
    assert [what for what, _ in decision.citations] == ["rule exc", "rule base"]


def test_explanation_fills_in_fact_values() -> None:
    count = fact("count", "integer [transistors]")
    policy = build(count, rule("r", "count < 30_000_000_000 transistors", explain="count {count}"))
    decision = decide(policy, count=29_999_999_999)
    assert "count 29,999,999,999 transistors" in decision.explanation("en")


def test_trace_lists_every_rule_with_its_conditions() -> None:
    decision = decide(build(*BASE_AND_EXCEPTION), flag=True, other=False)
    assert [t.rule for t in decision.trace] == ["base", "exc"]
    exc = decision.trace[1]
    assert exc.conditions == (("other", False),)
    assert exc.facts == (("other", False),)


def test_trace_keeps_the_facts_as_they_were_when_decided() -> None:
    facts: dict[str, object] = {"flag": True, "other": False}
    decision = interpreter.evaluate(build(*BASE_AND_EXCEPTION), facts, IN_FORCE)
    facts["other"] = True  # the caller reuses its dict after the decision
    assert decision.trace[1].facts == (("other", False),)


def test_trace_entry_repr_shows_status_conditions_and_facts() -> None:
    entry = decide(build(*BASE_AND_EXCEPTION), flag=True, other=False).trace[1]
    assert repr(entry) == (
        "TraceEntry(rule='exc', status='not_applicable', conditions=(('other', False),), "
        "facts=(('other', False),), overridden_by=None)"
    )


def test_policy_description_is_built_once_per_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[ir.Policy] = []
    build_info = interpreter.policy_info

    def counting(policy: ir.Policy) -> runtime.PolicyInfo:
        built.append(policy)
        return build_info(policy)

    monkeypatch.setattr(interpreter, "policy_info", counting)
    policy = build(*BASE_AND_EXCEPTION)
    first = decide(policy, flag=True, other=False)
    second = decide(policy, flag=False, other=False)
    assert (first.outcome, second.outcome) == ("yes", "no")
    assert built == [policy]


def test_decision_json_is_versioned_and_dated() -> None:
    data = decide(build(*BASE_AND_EXCEPTION), flag=True, other=False).to_json()
    assert data["schema"] == "earmark/decision@1"
    assert data["as_of"] == "2025-06-01"
    assert data["outcome"] == "yes"
    policy = data["policy"]
    assert isinstance(policy, dict)
    assert str(policy["content_hash"]).startswith("sha256:")
