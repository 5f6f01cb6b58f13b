"""Strategies for random fact sets drawn from a policy's IR fact schema (shared by the
tables, explain and counterfactual tests): every fact's domain and boundary values
(thresholds, dated cut-overs, list members, entity names), random values of its type,
and unknowns at several rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import strategies as st

from earmark.compiler import ir
from earmark.compiler.countries import alpha2_codes
from earmark.compiler.pipeline import compile_text
from earmark.compiler.types import Type
from earmark.targets import explain

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"


def policy_paths() -> list[Path]:
    """Every policy file (lists files compile to no policy and are skipped later)."""
    return sorted(p for p in POLICIES.rglob("*.em") if "lists" not in p.relative_to(POLICIES).parts[:-1])


def compile_policy(path: Path) -> ir.Policy | None:
    compilation = compile_text(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    if not compilation.ok:
        raise AssertionError(f"{path} does not compile")
    return compilation.policy


def all_policies() -> list[ir.Policy]:
    out = []
    for path in policy_paths():
        policy = compile_policy(path)
        if policy is not None:
            out.append(policy)
    return out


def random_values(t: Type) -> st.SearchStrategy[object]:
    if t.kind == "bool":
        return st.booleans()
    if t.kind == "integer":
        return st.integers(0, 10**12)
    if t.kind == "year":
        return st.integers(1990, 2040)
    if t.kind == "decimal":
        return st.decimals(0, 1000, places=2, allow_nan=False, allow_infinity=False)
    if t.kind == "date":
        return st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31))
    if t.kind == "country":
        return st.sampled_from(sorted(alpha2_codes()))
    if t.kind == "enum":
        return st.sampled_from(t.members)
    if t.kind == "text":
        return st.text(max_size=12)
    assert t.kind == "set" and t.element is not None
    return st.frozensets(random_values(t.element), max_size=3)


def fact_values(policy: ir.Policy, fact: ir.FactDecl) -> st.SearchStrategy[object]:
    t = fact.type
    boundary = explain.candidates(policy, fact)
    if t.kind == "set" and t.element is not None:
        element = ir.FactDecl(fact.name, t.element, False, fact.description)
        members = explain.candidates(policy, element)
        mixed = st.frozensets(st.sampled_from(members) | random_values(t.element), max_size=4) if members else random_values(t)
        return st.one_of(st.sampled_from(boundary), mixed) if boundary else mixed
    if not boundary:
        return random_values(t)
    if isinstance(boundary[0], Decimal):
        boundary = [Decimal(v) for v in boundary]
    return st.one_of(st.sampled_from(boundary), st.sampled_from(boundary), random_values(t))


@st.composite
def fact_sets(draw: st.DrawFn, policy: ir.Policy) -> dict[str, object]:
    """Validated fact values by name (None = unknown)."""
    unknown_rate = draw(st.sampled_from([0.0, 0.0, 0.05, 0.2, 0.5]))
    facts: dict[str, object] = {}
    for fact in policy.facts:
        if fact.optional and unknown_rate and draw(st.floats(0, 1)) < unknown_rate:
            facts[fact.name] = None
        else:
            facts[fact.name] = draw(fact_values(policy, fact))
    return facts


def dates_near(policy: ir.Policy) -> list[dt.date]:
    out = []
    for d in explain.policy_dates(policy):
        for delta in (-1, 0, 1):
            out.append(d + dt.timedelta(days=delta))
    return sorted(set(out))


def as_of_dates(policy: ir.Policy) -> st.SearchStrategy[dt.date]:
    return st.one_of(
        st.sampled_from(dates_near(policy)),
        st.dates(dt.date(2024, 1, 1), dt.date(2032, 12, 31)),
    )
