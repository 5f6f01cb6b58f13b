"""Run-time provenance: a decision cites the graded pieces it actually read (the dated
segment in force at its key, the list members it looked up) and lists those graded S or
I as unverified, also when a rule failed only because of them.

The cases use the shipped 0115 policy, whose lists file grades Cambodia's removal from
D:5 (2026-02-03) S, and whose transistor limit for 2028 completions is graded I."""

from __future__ import annotations

import datetime as dt

from earmark.compiler import interpreter, ir, runtime
from support import AUTHORIZED_DESIGNER, FABRICATOR_ROUTE

D = dt.date
KH_IN_D5 = "list country_group_d5 member KH"

PACKAGED_BY_FABRICATOR = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 10_000_000_000}
US_DESIGNER = {
    **AUTHORIZED_DESIGNER,
    "designer_headquarters": "US",
    "designer_locations": frozenset({"US"}),
    "designer_ultimate_parent_headquarters": "US",
}


def decide(policy: ir.Policy, facts: dict[str, object], day: dt.date) -> runtime.Decision:
    return interpreter.evaluate(policy, {**facts, "completion_date": day}, day)


def cited(decision: runtime.Decision) -> list[str]:
    return [what for what, _ in decision.citations]


def unverified(decision: runtime.Decision) -> list[str]:
    return [what for what, _ in decision.unverified]


def test_a_decision_resting_on_an_unverified_list_change_names_the_member(
    policy_0115: ir.Policy,
) -> None:
    # packaging in Cambodia counts as outside D:5 only by the (S) removal of 2026-02-03
    decision = decide(
        policy_0115, {**PACKAGED_BY_FABRICATOR, "packaging_country": "KH"}, D(2026, 3, 1)
    )
    assert decision.rule == "fabricator_packaging_route"
    assert KH_IN_D5 in unverified(decision)
    assert KH_IN_D5 in decision.explanation("en")


def test_a_failure_resting_only_on_an_unverified_member_is_reported(
    policy_0115: ir.Policy,
) -> None:
    # before the removal, the route fails only because Cambodia is (S) in D:5
    decision = decide(
        policy_0115, {**PACKAGED_BY_FABRICATOR, "packaging_country": "KH"}, D(2025, 6, 1)
    )
    assert decision.rule == "presumption"
    assert KH_IN_D5 in unverified(decision)


def test_a_failure_on_solid_ground_cites_no_unverified_member(policy_0115: ir.Policy) -> None:
    facts = {
        **PACKAGED_BY_FABRICATOR,
        "packaging_country": "KH",
        "packaged_by_front_end_fabricator": False,
    }
    decision = decide(policy_0115, facts, D(2025, 6, 1))
    assert decision.rule == "presumption"
    assert KH_IN_D5 not in cited(decision)


def test_reading_a_list_cites_no_member_that_was_not_looked_up(policy_0115: ir.Policy) -> None:
    # D:5 was read (the designer's locations and parent), but only the US was looked up:
    # neither Cambodia's nor Cyprus's own citation belongs to this decision
    decision = decide(policy_0115, US_DESIGNER, D(2025, 6, 1))
    assert decision.rule == "designer_route"
    about_members = ("list country_group_d5", "dated country_group_d5 from")
    assert [w for w in cited(decision) if w.startswith(about_members)] == []
    assert all("Cyprus" not in (c.note or "") for _, c in decision.citations)


def test_a_set_fact_overlapping_a_list_cites_each_graded_member_it_holds(
    policy_0115: ir.Policy,
) -> None:
    facts = {**US_DESIGNER, "designer_locations": frozenset({"US", "KH"})}
    decision = decide(policy_0115, facts, D(2026, 3, 1))
    assert decision.rule == "designer_route"
    assert KH_IN_D5 in unverified(decision)


def test_a_dated_value_cites_the_segment_in_force_at_its_key(policy_0115: ir.Policy) -> None:
    # the 2028 limit without HBM is graded I; a 2027 completion reads the T segment
    facts = {
        **PACKAGED_BY_FABRICATOR,
        "packaging_country": "TW",
        "aggregated_transistor_count": 34_000_000_000,
    }
    in_2028 = decide(policy_0115, facts, D(2028, 6, 1))
    in_2027 = decide(policy_0115, facts, D(2027, 6, 1))
    assert "dated transistor_limit_without_hbm from 2028-01-01" in unverified(in_2028)
    assert "dated transistor_limit_without_hbm from 2027-01-01" in cited(in_2027)
    assert not [w for w in unverified(in_2027) if w.startswith("dated transistor_limit")]
