"""A hand-written baseline of policies/rule_0115.em, for benchmarks/bench_0115.py.

Plain dict in, outcome string out. It assumes every fact it reads is present and
known (no three-valued logic, no validation, no trace): it is what a careful
engineer would write by hand from the policy text, and the yardstick for the
generated checker's fast path `decide`. It is not a supported API.

Dated values and lists follow the policy (and policies/lists/us_lists.em) exactly:
  * Country Group D:5 (and so "Macau or D:5") is read at the evaluation date:
    Cambodia is in it before 2026-02-03. (Cyprus left on 2024-05-30, before the
    rule took effect, so it never matters here.)
  * Country Group A:5 has the United Arab Emirates from 2026-07-23 (read at the
    evaluation date, like D:5);
  * the authorized-designer cut-off is 2026-04-13 when evaluated before
    2026-04-07, and 2026-12-31 from then on;
  * the no-HBM transistor limit is read at the completion date: 30 billion,
    35 billion in 2027, 30 billion in 2028 (no tier written), 40 billion from 2029.
  * `approved_ic_designer` and `approved_osat` are `first_known(stated flag, name
    matches the approved list)`: with the flags known (this function's contract)
    they are just `designer_listed_approved` and `packaged_by_approved_osat`.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

EFFECTIVE = datetime.date(2025, 1, 16)
CAMBODIA_LEAVES_D5 = datetime.date(2026, 2, 3)
CUTOFF_MOVED = datetime.date(2026, 4, 7)
ORIGINAL_CUTOFF = datetime.date(2026, 4, 13)
CURRENT_CUTOFF = datetime.date(2026, 12, 31)
UAE_IN_A5 = datetime.date(2026, 7, 23)
APPROVAL_LAPSES = datetime.timedelta(days=180)

D5_2024 = frozenset({
    "AF", "BY", "MM", "KH", "CF", "CN", "CD", "CU", "ER", "HT", "IR", "IQ", "KP", "LB", "LY",
    "NI", "RU", "SO", "SS", "SD", "SY", "VE", "ZW",
})  # fmt: skip
MACAU_OR_D5_BEFORE = D5_2024 | {"MO"}
MACAU_OR_D5_AFTER = MACAU_OR_D5_BEFORE - {"KH"}

A1 = frozenset({
    "AR", "AU", "AT", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
    "IS", "IN", "IE", "IT", "JP", "KR", "LV", "LT", "LU", "MX", "NL", "NZ", "NO", "PL", "PT",
    "RO", "SK", "SI", "ZA", "ES", "SE", "CH", "TR", "GB", "US",
})  # fmt: skip
A5 = frozenset({
    "AR", "AU", "AT", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
    "IS", "IN", "IE", "IT", "JP", "KR", "LV", "LT", "LU", "NL", "NZ", "NO", "PL", "PT", "RO",
    "SK", "SI", "ES", "SE", "CH", "TR", "GB",
})  # fmt: skip
ELIGIBLE_HEADQUARTERS_BEFORE = A1 | A5 | {"TW"}
ELIGIBLE_HEADQUARTERS_AFTER = ELIGIBLE_HEADQUARTERS_BEFORE | {"AE"}

BOUND_EXPORTERS = ("front_end_fabricator", "osat_company")
THIRTY_BILLION = 30_000_000_000


def _limit_without_hbm(completion: datetime.date) -> int:
    year = completion.year
    if year == 2027:
        return 35_000_000_000
    if year >= 2029:
        return 40_000_000_000
    return THIRTY_BILLION  # 2025-2026, and 2028 (no tier written)


def _transistor_test_met(f: Mapping[str, Any]) -> bool:
    count = f["aggregated_transistor_count"]
    if count < THIRTY_BILLION:
        return True
    return not f["contains_hbm"] and count < _limit_without_hbm(f["completion_date"])


def decide(f: Mapping[str, Any], as_of: datetime.date) -> str:
    if as_of < EFFECTIVE:
        return "not_in_force"
    if not (
        f["exporter_role"] in BOUND_EXPORTERS
        and f["ic_is_logic"]
        and (f["technology_node"] <= 16 or f["non_planar_transistors"])
    ):
        return "not_presumed"

    # Note 1.a: the designer route
    if f["designer_attests_not_3a090a"]:
        if f["designer_listed_approved"]:
            return "presumption_overcome"
        macau_or_d5 = MACAU_OR_D5_BEFORE if as_of < CAMBODIA_LEAVES_D5 else MACAU_OR_D5_AFTER
        eligible = (
            ELIGIBLE_HEADQUARTERS_BEFORE if as_of < UAE_IN_A5 else ELIGIBLE_HEADQUARTERS_AFTER
        )
        if (
            f["designer_headquarters"] in eligible
            and f["designer_locations"].isdisjoint(macau_or_d5)
            and f["designer_ultimate_parent_headquarters"] not in macau_or_d5
            and f["designer_agreed_to_743_9b_information"]
        ):
            completion = f["completion_date"]
            cutoff = ORIGINAL_CUTOFF if as_of < CUTOFF_MOVED else CURRENT_CUTOFF
            if completion < cutoff:
                return "presumption_overcome"
            if f["designer_applied_for_approval"]:
                applied = f["designer_application_date"]
                if applied <= completion < applied + APPROVAL_LAPSES:
                    return "presumption_overcome"

    # Note 1.b: packaged by the front-end fabricator outside Macau and D:5
    if f["packaged_by_front_end_fabricator"]:
        macau_or_d5 = MACAU_OR_D5_BEFORE if as_of < CAMBODIA_LEAVES_D5 else MACAU_OR_D5_AFTER
        if f["packaging_country"] not in macau_or_d5 and _transistor_test_met(f):
            return "presumption_overcome"

    # Note 1.c: packaged by an approved OSAT
    if f["packaged_by_approved_osat"] and _transistor_test_met(f):
        return "presumption_overcome"

    return "presumed_3a090a"
