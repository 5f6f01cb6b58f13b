"""The decision tables are faithful: reading the rows as their hit policy says gives the
interpreter's outcome and deciding rule, on thousands of random fact sets per policy
(drawn from the IR fact schema, with unknowns and boundary values). The overlap report
is checked too: whenever two rule rows both match, the report lists that pair."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from earmark.compiler import interpreter, ir
from earmark.compiler.info import policy_info
from earmark.targets import tables
from hypothesis import HealthCheck, given, settings
from tables_support import Strategies, all_policies, cases

POLICIES = all_policies()
CASES = 2000


@pytest.mark.parametrize("policy", POLICIES, ids=[p.id for p in POLICIES])
def test_table_rows_give_the_interpreters_outcome(policy: ir.Policy) -> None:
    table = tables.build(policy)
    info = policy_info(policy)
    pairs = {(o.first, o.second) for o in table.overlaps}
    outcomes: Counter[str] = Counter()
    rows: Counter[int] = Counter()

    @settings(
        max_examples=CASES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=cases(Strategies(policy)))
    def check(case: tuple[dict[str, object], object]) -> None:
        facts, as_of = case
        decision = interpreter.evaluate(policy, facts, as_of, info)  # type: ignore[arg-type]
        result = tables.evaluate(table, facts, as_of)  # type: ignore[arg-type]
        assert (result.outcome, result.rule) == (decision.outcome, decision.rule), (facts, as_of)
        outcomes[result.outcome] += 1
        if result.row is not None:
            rows[result.row] += 1
        matched = [
            n
            for n in tables.matching_rows(table, result.cells, as_of)  # type: ignore[arg-type]
            if table.rows[n - 1].kind == tables.RULE_ROW
        ]
        for a, b in itertools.combinations(matched, 2):
            assert (a, b) in pairs, f"rows {a} and {b} both match but the report says they cannot"

    check()
    total = sum(outcomes.values())
    print(
        f"\n{policy.id}: {total} fact sets; outcomes {dict(sorted(outcomes.items()))}; "
        f"rows deciding at least once: {len(rows)}/{len(table.rows)}"
    )
    assert total >= CASES
