"""The shipped 0115 policy, checked against shared/reference/rule-0115.md.

Each expectation below is read from the reference (section numbers in the
test names' docstrings), not from the policy's own output.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from earmark.compiler import interpreter, ir
from earmark.compiler.testing import run_examples
from support import AUTHORIZED_DESIGNER, FABRICATOR_ROUTE

D = dt.date
PRESUMED, OVERCOME, NOT_PRESUMED = "presumed_3a090a", "presumption_overcome", "not_presumed"


def outcome(policy: ir.Policy, facts: dict[str, object], as_of: dt.date, **changes: object) -> str:
    values = {**facts, **changes}
    return interpreter.evaluate(policy, values, as_of).outcome


def test_every_example_in_the_policy_passes_and_every_rule_is_covered(
    policy_0115: ir.Policy,
) -> None:
    report = run_examples(policy_0115)
    failures = [(r.example.title, r.failures) for r in report.results if not r.passed]
    assert failures == []
    assert report.uncovered == ()
    assert len(report.results) == len(policy_0115.examples) > 0


@pytest.mark.parametrize(
    ("count", "hbm", "result"),
    [
        (29_999_999_999, True, OVERCOME),  # T1: below 30 billion, HBM allowed
        (30_000_000_000, True, PRESUMED),  # "below" is strict
        (30_000_000_000, False, PRESUMED),  # 2026: no higher tier yet
    ],
)
def test_thirty_billion_test_applies_with_or_without_hbm(
    policy_0115: ir.Policy, count: int, hbm: bool, result: str
) -> None:
    """§2.2 T1."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": count, "contains_hbm": hbm}
    assert outcome(policy_0115, facts, D(2026, 6, 1), completion_date=D(2026, 6, 1)) == result


@pytest.mark.parametrize(
    ("completed", "result"),
    [
        (D(2026, 12, 31), PRESUMED),
        (D(2027, 1, 1), OVERCOME),
        (D(2027, 12, 31), OVERCOME),
        (D(2028, 1, 1), PRESUMED),  # no tier is written for 2028
        (D(2028, 12, 31), PRESUMED),
    ],
)
def test_thirty_five_billion_test_is_open_only_for_transactions_completed_in_2027(
    policy_0115: ir.Policy, completed: dt.date, result: str
) -> None:
    """§2.2 T2 and the reading note on 2028."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 34_999_999_999}
    assert outcome(policy_0115, facts, completed, completion_date=completed) == result


def test_thirty_five_billion_test_is_closed_to_an_ic_with_hbm(policy_0115: ir.Policy) -> None:
    """§2.2: both higher tiers require no HBM."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 34_999_999_999}
    day = D(2027, 6, 1)
    assert outcome(policy_0115, facts, day, completion_date=day, contains_hbm=True) == PRESUMED


def test_thirty_five_billion_is_not_below_thirty_five_billion(policy_0115: ir.Policy) -> None:
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 35_000_000_000}
    day = D(2027, 6, 1)
    assert outcome(policy_0115, facts, day, completion_date=day) == PRESUMED


@pytest.mark.parametrize(
    ("completed", "count", "result"),
    [
        (D(2029, 1, 1), 39_999_999_999, OVERCOME),
        (D(2035, 6, 1), 39_999_999_999, OVERCOME),  # "2029 or thereafter"
        (D(2029, 1, 1), 40_000_000_000, PRESUMED),
    ],
)
def test_forty_billion_test_opens_in_2029_and_stays_open(
    policy_0115: ir.Policy, completed: dt.date, count: int, result: str
) -> None:
    """§2.2 T3."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": count}
    assert outcome(policy_0115, facts, completed, completion_date=completed) == result


def test_transistor_tier_follows_the_completion_date_not_the_evaluation_date(
    policy_0115: ir.Policy,
) -> None:
    """§2.2: the test date is the date the transaction is completed."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 34_999_999_999}
    later = D(2028, 3, 1)
    assert outcome(policy_0115, facts, later, completion_date=D(2027, 6, 1)) == OVERCOME


def test_count_that_cannot_be_confirmed_keeps_the_presumption(policy_0115: ir.Policy) -> None:
    """§2 'Default when count unknown': the presumption stands."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": None}
    day = D(2025, 6, 1)
    assert outcome(policy_0115, facts, day, completion_date=day) == PRESUMED


@pytest.mark.parametrize(
    ("country", "result"), [("CN", PRESUMED), ("MO", PRESUMED), ("TW", OVERCOME)]
)
def test_fabricator_route_requires_packaging_outside_macau_and_d5(
    policy_0115: ir.Policy, country: str, result: str
) -> None:
    """§2.1(b)."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 10_000_000_000}
    day = D(2025, 6, 1)
    assert (
        outcome(policy_0115, facts, day, completion_date=day, packaging_country=country) == result
    )


def test_approved_osat_route_has_no_packaging_location_condition(policy_0115: ir.Policy) -> None:
    """§2.1(c)."""
    facts = {
        **FABRICATOR_ROUTE,
        "exporter_role": "osat_company",
        "packaged_by_front_end_fabricator": False,
        "packaged_by_approved_osat": True,
        "packaging_country": "CN",
        "aggregated_transistor_count": 25_000_000_000,
    }
    day = D(2025, 6, 1)
    assert outcome(policy_0115, facts, day, completion_date=day) == OVERCOME


@pytest.mark.parametrize(
    ("as_of", "result"), [(D(2026, 2, 2), PRESUMED), (D(2026, 2, 3), OVERCOME)]
)
def test_cambodia_leaves_d5_on_2026_02_03(
    policy_0115: ir.Policy, as_of: dt.date, result: str
) -> None:
    """lists.md / verification 2.4: Cambodia removed from D:5 effective 2026-02-03."""
    facts = {**FABRICATOR_ROUTE, "aggregated_transistor_count": 10_000_000_000}
    assert (
        outcome(policy_0115, facts, as_of, completion_date=as_of, packaging_country="KH") == result
    )


@pytest.mark.parametrize(
    ("node", "non_planar", "result"),
    [
        (Decimal("16"), False, PRESUMED),  # the 16/14 nm node
        (Decimal("16.5"), False, NOT_PRESUMED),
        (Decimal("16.5"), True, PRESUMED),  # or a non-planar architecture
        (Decimal("28"), False, NOT_PRESUMED),
    ],
)
def test_applicable_advanced_logic_ic_is_16_14_nm_or_below_or_non_planar(
    policy_0115: ir.Policy, node: Decimal, non_planar: bool, result: str
) -> None:
    """§1 'applicable advanced logic integrated circuit'."""
    facts = {
        **FABRICATOR_ROUTE,
        "packaged_by_front_end_fabricator": False,
        "technology_node": node,
        "non_planar_transistors": non_planar,
    }
    assert outcome(policy_0115, facts, D(2025, 6, 1)) == result


def test_a_memory_ic_is_outside_the_presumption(policy_0115: ir.Policy) -> None:
    assert outcome(policy_0115, FABRICATOR_ROUTE, D(2025, 6, 1), ic_is_logic=False) == NOT_PRESUMED


def test_only_fabricators_and_osats_are_bound(policy_0115: ir.Policy) -> None:
    """§2 'Who is bound'."""
    assert (
        outcome(policy_0115, FABRICATOR_ROUTE, D(2025, 6, 1), exporter_role="other_party")
        == NOT_PRESUMED
    )


def test_rule_is_not_in_force_before_2025_01_16(policy_0115: ir.Policy) -> None:
    """§0: effective 2025-01-16."""
    assert outcome(policy_0115, FABRICATOR_ROUTE, D(2025, 1, 15)) == "not_in_force"
    assert outcome(policy_0115, FABRICATOR_ROUTE, D(2025, 1, 16)) != "not_in_force"


@pytest.mark.parametrize(
    ("as_of", "result"),
    [
        (D(2026, 4, 6), PRESUMED),  # original cut-off 2026-04-13 had passed by 2026-05-01
        (D(2026, 4, 7), OVERCOME),  # cut-off moved to 2026-12-31
    ],
)
def test_authorized_designer_cut_off_moved_to_2026_12_31(
    policy_0115: ir.Policy, as_of: dt.date, result: str
) -> None:
    """§1 'Authorized IC designer' and amendments.md."""
    facts = {**AUTHORIZED_DESIGNER, "completion_date": D(2026, 5, 1)}
    assert outcome(policy_0115, facts, as_of) == result


@pytest.mark.parametrize(
    ("completed", "result"),
    [(D(2027, 3, 1), OVERCOME), (D(2027, 3, 2), PRESUMED)],
)
def test_after_the_cut_off_authorized_status_lapses_180_days_after_applying(
    policy_0115: ir.Policy, completed: dt.date, result: str
) -> None:
    """§1: after 2026-12-31 only with an application; status lapses 180 days after it."""
    facts = {
        **AUTHORIZED_DESIGNER,
        "designer_applied_for_approval": True,
        "designer_application_date": D(2026, 9, 3),  # + 180 days = 2027-03-02
        "completion_date": completed,
    }
    assert outcome(policy_0115, facts, completed) == result


@pytest.mark.parametrize(
    "change",
    [
        {"designer_headquarters": "CN"},
        {"designer_locations": frozenset({"TW", "MO"})},
        {"designer_ultimate_parent_headquarters": "CN"},
        {"designer_agreed_to_743_9b_information": False},
    ],
)
def test_designer_failing_the_headquarters_bar_is_not_authorized(
    policy_0115: ir.Policy, change: dict[str, object]
) -> None:
    """§3 'Authorized designer HQ bar' and Note 1.a(2)."""
    facts = {**AUTHORIZED_DESIGNER, "completion_date": D(2025, 6, 1), **change}
    assert outcome(policy_0115, facts, D(2025, 6, 1)) == PRESUMED


def test_approved_designer_attestation_overcomes_without_the_headquarters_test(
    policy_0115: ir.Policy,
) -> None:
    """§2.1(a): approved (supp. 6) or authorized."""
    facts = {
        **AUTHORIZED_DESIGNER,
        "designer_listed_approved": True,
        "designer_headquarters": None,
        "designer_locations": None,
        "designer_ultimate_parent_headquarters": None,
    }
    assert outcome(policy_0115, facts, D(2025, 6, 1)) == OVERCOME


def test_hbm_unknown_above_thirty_billion_in_2027_asks_for_hbm_only(
    policy_0115: ir.Policy,
) -> None:
    facts = {
        **FABRICATOR_ROUTE,
        "aggregated_transistor_count": 32_000_000_000,
        "contains_hbm": None,
    }
    day = D(2027, 6, 1)
    decision = interpreter.evaluate(policy_0115, {**facts, "completion_date": day}, day)
    assert decision.outcome == "needs_information"
    assert decision.missing == ("contains_hbm",)
