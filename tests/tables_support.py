"""Strategies for random fact sets drawn from a policy's IR fact schema (shared by the
tables, explain and counterfactual tests): every fact's domain and boundary values
(thresholds, dated cut-overs, list members, entity names), random values of its type,
and unknowns at several rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from earmark.compiler import ir
from earmark.compiler.countries import alpha2_codes
from earmark.compiler.pipeline import compile_text
from earmark.compiler.types import Type
from earmark.targets import explain
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
POLICIES = ROOT / "policies"


def policy_paths() -> list[Path]:
    """Every policy file (lists files compile to no policy and are skipped later)."""
    return sorted(
        p for p in POLICIES.rglob("*.em") if "lists" not in p.relative_to(POLICIES).parts[:-1]
    )


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
        mixed = (
            st.frozensets(st.sampled_from(members) | random_values(t.element), max_size=4)
            if members
            else random_values(t)
        )
        return st.one_of(st.sampled_from(boundary), mixed) if boundary else mixed
    if not boundary:
        return random_values(t)
    if isinstance(boundary[0], Decimal):
        boundary = [Decimal(v) for v in boundary]
    return st.one_of(st.sampled_from(boundary), st.sampled_from(boundary), random_values(t))


def dates_near(policy: ir.Policy) -> list[dt.date]:
    out = []
    for d in explain.policy_dates(policy):
        for delta in (-1, 0, 1):
            out.append(d + dt.timedelta(days=delta))
    return sorted(set(out))


class Strategies:
    """Value strategies for every fact of one policy, built once."""

    def __init__(self, policy: ir.Policy) -> None:
        self.policy = policy
        self.values = {f.name: fact_values(policy, f) for f in policy.facts}
        near = dates_near(policy)
        start = policy.effective - dt.timedelta(days=30)
        end = policy.ends or dt.date(2032, 12, 31)
        self.as_of = st.one_of(
            st.sampled_from(near),
            st.sampled_from([d for d in near if d >= policy.effective] or near),
            st.dates(start, max(end, start)),
        )


def _fact_sets(draw: st.DrawFn, s: Strategies) -> dict[str, object]:
    unknown_rate = draw(st.sampled_from([0.0, 0.0, 0.05, 0.2, 0.5]))
    facts: dict[str, object] = {}
    for fact in s.policy.facts:
        if fact.optional and unknown_rate and draw(st.floats(0, 1)) < unknown_rate:
            facts[fact.name] = None
        else:
            facts[fact.name] = draw(s.values[fact.name])
    return facts


@st.composite
def cases(draw: st.DrawFn, s: Strategies) -> tuple[dict[str, object], dt.date]:
    """(facts, as_of): random fact sets, or one of the policy's examples with a few facts changed.

    Starting from the examples reaches the deep exceptions that fully random facts rarely do;
    the changes (to boundary values, other domain values, or unknown) probe each rule's edges.
    """
    policy = s.policy
    if policy.examples and draw(st.booleans()):
        example = draw(st.sampled_from(policy.examples))
        facts: dict[str, object] = {f.name: None for f in policy.facts}
        facts.update(dict(example.given))
        names = [f.name for f in policy.facts]
        for name in draw(st.lists(st.sampled_from(names), max_size=3, unique=True)):
            optional = policy.fact(name).optional
            facts[name] = (
                None if optional and draw(st.integers(0, 4)) == 0 else draw(s.values[name])
            )
        as_of = example.as_of if draw(st.integers(0, 3)) else draw(s.as_of)
        return facts, as_of
    return _fact_sets(draw, s), draw(s.as_of)
