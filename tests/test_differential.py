"""Differential test: the generated checker must agree with the reference interpreter.

Fact sets are drawn from the policy's own fact schema (the IR's fact declarations),
with unknowns, and with values at every threshold and date cut-over: those written
in the policy (constants and dated-value entries, plus and minus one step) and those
named in shared/reference/rule-0115.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from conftest import SHIPPED
from earmark.compiler import countries, interpreter, ir, runtime
from earmark.compiler import facts as facts_mod
from earmark.compiler.info import policy_info
from earmark.compiler.types import Type
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

D = dt.date
DAY = dt.timedelta(days=1)

# thresholds from the reference (rule-0115.md §1, §2.2; lists.md; amendments.md)
COUNTS = [
    29_999_999_999,
    30_000_000_000,
    34_999_999_999,
    35_000_000_000,
    39_999_999_999,
    40_000_000_000,
    0,
    10_000_000_000,
]
NODES = [
    Decimal("16"),
    Decimal("16.5"),
    Decimal("14"),
    Decimal("15.99"),
    Decimal("3"),
    Decimal("28"),
]
DATES = [
    D(2026, 12, 31),
    D(2027, 1, 1),
    D(2027, 12, 31),
    D(2028, 1, 1),
    D(2028, 12, 31),
    D(2029, 1, 1),
    D(2026, 2, 2),
    D(2026, 2, 3),
    D(2026, 4, 6),
    D(2026, 4, 7),
    D(2026, 4, 13),
    D(2026, 4, 14),
    D(2025, 1, 15),
    D(2025, 1, 16),
    D(2025, 1, 31),
]
COUNTRIES = ["TW", "US", "JP", "KR", "DE", "SG", "AE", "CN", "MO", "KH", "RU", "IN", "MX"]


def constants(policy: ir.Policy) -> list[tuple[Type, object]]:
    """Every constant the policy compares against, with its type."""
    found: list[tuple[Type, object]] = []

    def walk(e: ir.Expr) -> None:
        if isinstance(e, ir.Const):
            found.append((e.type, e.value))
        for child in ir.children(e):
            walk(child)

    for d in policy.definitions:
        walk(d.expr)
    for r in policy.rules:
        for c in r.conjuncts:
            walk(c.expr)
    for v in policy.dated:
        for s in v.segments:
            found.append((v.type, s.value.value))
            if s.start is not None:
                found.append((Type("date"), s.start))
    found.append((Type("date"), policy.effective))
    return found


def boundaries(policy: ir.Policy) -> dict[tuple[str, str | None], list[Any]]:
    """Values at and next to every threshold, keyed by (kind, unit): counts, nodes, dates."""
    points: dict[tuple[str, str | None], set[Any]] = {
        ("number", "transistors"): set(COUNTS),
        ("number", "nm"): set(NODES),
        ("date", None): set(DATES),
        ("country", None): set(COUNTRIES),
    }
    for t, value in constants(policy):
        if t.kind in ("integer", "decimal") and isinstance(value, (int, Decimal)):
            around = {value - 1, value, value + 1} if t.kind == "integer" else {value}
            around |= {Decimal(value) + Decimal("0.5")}
            key = ("number", t.unit)
            points.setdefault(key, set()).update(v for v in around if v >= 0)
        elif t.kind == "date" and isinstance(value, dt.date):
            points[("date", None)] |= {value - DAY, value, value + DAY}
        elif t.kind == "country" and isinstance(value, str):
            points[("country", None)].add(value)
        elif t.kind == "set" and isinstance(value, frozenset) and len(value) <= 3:
            points[("country", None)] |= {v for v in value if isinstance(v, str) and len(v) == 2}
    return {key: sorted(values) for key, values in points.items()}


def value_strategy(
    t: Type, points: dict[tuple[str, str | None], list[Any]]
) -> st.SearchStrategy[Any]:
    """JSON-shaped values of a language type (dates as text, sets as lists).

    Three draws in four are threshold values, so cut-overs are hit often."""

    def mostly(special: list[Any], anything: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        if not special:
            return anything
        at = st.sampled_from(special)
        return st.one_of(at, at, at, anything)

    if t.kind == "bool":
        return st.booleans()
    if t.kind == "integer":
        special = [v for v in points.get(("number", t.unit), []) if isinstance(v, int)]
        return mostly(special, st.integers(min_value=0, max_value=10**11))
    if t.kind == "decimal":
        special = [Decimal(v) for v in points.get(("number", t.unit), [])]
        return mostly(special, st.decimals(min_value=0, max_value=100, places=2))
    if t.kind == "date":
        return mostly(points[("date", None)], st.dates(D(2024, 1, 1), D(2031, 12, 31))).map(
            dt.date.isoformat
        )
    if t.kind == "year":
        return st.integers(min_value=2024, max_value=2031)
    if t.kind == "country":
        return mostly(points[("country", None)], st.sampled_from(sorted(countries.alpha2_codes())))
    if t.kind == "enum":
        return st.sampled_from(t.members)
    if t.kind == "text":
        return st.text(max_size=10)
    assert t.kind == "set" and t.element is not None
    return st.lists(value_strategy(t.element, points), max_size=4)


def fact_fields(policy: ir.Policy, *, complete: bool = False) -> dict[str, st.SearchStrategy[Any]]:
    """A strategy per fact; optional facts are unknown about one time in four."""
    points = boundaries(policy)
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for f in policy.facts:
        value = value_strategy(f.type, points)
        optional = f.optional and not complete
        fields[f.name] = st.one_of(st.none(), value, value, value) if optional else value
    return fields


def as_json(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value, key=str)
    return value


def case_strategy(policy: ir.Policy) -> st.SearchStrategy[tuple[dict[str, Any], dt.date]]:
    """(facts, as_of). Facts come from the schema alone, or from one of the policy's
    examples (which reach every rule) with some facts replaced by drawn values. In half
    of all draws every fact is known, so the generated fast path runs; the evaluation
    date is often a cut-over, the example's date, or the day a date fact names."""
    partial, complete = fact_fields(policy), fact_fields(policy, complete=True)
    dates = [f.name for f in policy.facts if f.type.kind == "date"]
    day_counts = sorted(
        {v for t, v in constants(policy) if t.unit == "days" and isinstance(v, int)}
    )
    any_day = as_of_strategy(policy)
    cut_overs = [d for d in boundaries(policy)[("date", None)] if d >= D(2025, 1, 15)]

    @st.composite
    def draw(draw: st.DrawFn) -> tuple[dict[str, Any], dt.date]:
        all_known = draw(st.booleans())
        fields = complete if all_known else partial
        given: dict[str, object] = {}
        as_of = draw(any_day)
        if policy.examples and draw(st.integers(0, 2)) > 0:
            example = draw(st.sampled_from(policy.examples))
            given = {k: v for k, v in example.given if v is not None or not all_known}
            near = [d for d in cut_overs if abs((d - example.as_of).days) <= 60]
            as_of = draw(st.sampled_from([example.as_of, example.as_of, *near, as_of]))
        out: dict[str, Any] = {}
        for f in policy.facts:
            keep = f.name in given and draw(st.integers(0, 9)) >= 1
            out[f.name] = as_json(given[f.name]) if keep else draw(fields[f.name])
        # a date fact on, or a fixed number of days (a constant of the policy) after, another
        known_dates = [n for n in dates if isinstance(out[n], str)]
        if len(known_dates) >= 2 and draw(st.integers(0, 3)) == 0:
            first, second = draw(st.permutations(known_dates))[:2]
            shift = draw(st.sampled_from([0, *day_counts])) + draw(st.sampled_from([-1, 0, 1]))
            start = dt.date.fromisoformat(out[first])
            out[second] = (start + dt.timedelta(days=shift)).isoformat()
        named = [out[n] for n in dates if isinstance(out[n], str)]
        if named and draw(st.integers(0, 3)) == 0:
            as_of = max(dt.date.fromisoformat(draw(st.sampled_from(named))), D(2025, 1, 15))
        return out, as_of

    return draw()


def as_of_strategy(policy: ir.Policy) -> st.SearchStrategy[dt.date]:
    cut_overs = [d for d in boundaries(policy)[("date", None)] if d >= D(2025, 1, 15)]
    return st.one_of(st.sampled_from(cut_overs), st.dates(D(2025, 1, 15), D(2031, 12, 31)))


def test_fact_strategy_covers_every_fact_of_the_schema(policy_0115: ir.Policy) -> None:
    assert set(fact_fields(policy_0115)) == {f.name for f in policy_0115.facts}


def test_boundaries_include_every_transistor_threshold_and_cut_over(policy_0115: ir.Policy) -> None:
    points = boundaries(policy_0115)
    for count in (
        29_999_999_999,
        30_000_000_000,
        34_999_999_999,
        35_000_000_000,
        39_999_999_999,
        40_000_000_000,
    ):
        assert count in points[("number", "transistors")]
    assert {Decimal(16), Decimal("16.5")} <= set(points[("number", "nm")])
    for day in (D(2026, 2, 3), D(2026, 4, 7), D(2027, 1, 1), D(2028, 1, 1), D(2029, 1, 1)):
        assert {day - DAY, day} <= set(points[("date", None)])


_STRATEGIES: dict[str, st.SearchStrategy[tuple[dict[str, Any], dt.date]]] = {}
_INFOS: dict[str, runtime.PolicyInfo] = {}


@pytest.mark.parametrize("policy_id", SHIPPED)
@settings(
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_generated_checker_agrees_with_the_interpreter(
    data: st.DataObject,
    policy_id: str,
    shipped: Callable[[str], tuple[ir.Policy, ModuleType]],
) -> None:
    policy, checker = shipped(policy_id)
    if policy_id not in _STRATEGIES:
        _STRATEGIES[policy_id] = case_strategy(policy)
        _INFOS[policy_id] = policy_info(policy)  # the interpreter's own, not the checker's
    raw, as_of = data.draw(_STRATEGIES[policy_id], label="facts, as_of")

    values = facts_mod.validate(policy, raw)
    generated_values = checker.validate(raw)
    assert generated_values == values

    expected = interpreter.evaluate(policy, values, as_of, _INFOS[policy_id])
    actual = checker.evaluate(raw, as_of=as_of)
    assert actual.to_json() == expected.to_json()
    assert checker.decide(generated_values, as_of) == expected.outcome


def filler(t: Type, day: dt.date) -> object:
    """A plain known value of a type, to complete an example's facts."""
    return {
        "bool": False,
        "integer": 0,
        "decimal": Decimal(0),
        "date": day,
        "year": day.year,
        "country": "US",
        "text": "",
        "set": frozenset(),
    }.get(t.kind, t.members[0] if t.members else None)


@pytest.mark.parametrize("policy_id", SHIPPED)
def test_every_example_agrees_at_every_cut_over_date(
    policy_id: str, shipped: Callable[[str], tuple[ir.Policy, ModuleType]]
) -> None:
    """Deterministic companion of the test above: each example's facts, evaluated on
    each cut-over day and the day before, as written and with its date facts moved to
    that day, each also with every unknown fact filled in (so the fast path runs)."""
    policy, checker = shipped(policy_id)
    info = policy_info(policy)  # computed here, not taken from the checker under test
    days = sorted({d for d in boundaries(policy)[("date", None)] if d >= D(2025, 1, 15)})
    date_facts = [f.name for f in policy.facts if f.type.kind == "date"]
    checked = 0
    for example in policy.examples:
        given = dict(example.given)
        for day in [example.as_of, *days]:
            moved = {**given, **{n: day for n in date_facts if given.get(n) is not None}}
            variants = [given, moved]
            for facts in (given, moved):  # and with every unknown fact filled in
                variants.append(
                    {
                        f.name: facts[f.name]
                        if facts.get(f.name) is not None
                        else filler(f.type, day)
                        for f in policy.facts
                    }
                )
            for facts in variants:
                expected = interpreter.evaluate(policy, facts, day, info)
                assert checker.evaluate(facts, as_of=day).to_json() == expected.to_json()
                assert checker.decide(facts, day) == expected.outcome
                checked += 1
    assert checked >= 4 * len(policy.examples) * len(days)
