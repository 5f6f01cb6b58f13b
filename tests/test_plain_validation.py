"""The generated checker validates exactly-typed facts without pydantic: it must accept
only what the pydantic model accepts, with the same values, and leave everything else
to pydantic (which words the errors)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import ModuleType
from typing import Any

from earmark.compiler import ir
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ODD_VALUES: list[object] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    16,
    2**40,
    1.5,
    -0.0,
    "",
    "CN",
    "XX",
    "Korea, South",
    "cn",
    "2025-02-30",
    "2025-06-01",
    "2025-6-1",
    "20250601",  # ISO basic format: fromisoformat alone takes it, the facts schema does not
    "2025-W23-1",
    "2025-06-01T00:00",
    "\u0662\u0660\u0662\u0665-\u0660\u0666-\u0660\u0661",  # Arabic-Indic digits
    "+025-06-01",
    "front_end_fabricator",
    "osat_company",
    Decimal("5"),
    Decimal("-1"),
    Decimal("NaN"),
    dt.date(2025, 6, 1),
    dt.datetime(2025, 6, 1, 12, 0),
    ["TW", "US"],
    ("MO",),
    {"CN"},
    [1, 2],
    [],
    ["XX"],
    {"a": 1},
]


def _valid(t: Any) -> list[object]:
    """Values of exactly the right type (and some at the edges of what is allowed)."""
    pools: dict[str, list[object]] = {
        "bool": [True, False],
        "integer": [0, 5, 30_000_000_000, 10**26],
        "decimal": [Decimal("4"), 5, Decimal("16.5"), Decimal("0")],
        "date": ["2025-06-01", "2027-01-01", "2024-02-29", dt.date(2026, 1, 1)],
        "year": [1900, 2027, 2200],
        "text": ["Acme Design Co., Ltd.", ""],
        "country": ["TW", "CN", "KR", "MO"],
    }
    if t.kind == "enum":
        return list(t.members)
    if t.kind == "set":
        inner = _valid(t.element)
        return [inner[:1], tuple(inner[:2]), set(inner[1:3]), frozenset(inner)]
    return pools[t.kind]


def _values_for(fact: ir.FactDecl) -> st.SearchStrategy[object]:
    return st.one_of(st.sampled_from(_valid(fact.type)), st.sampled_from(ODD_VALUES))


def _facts(policy: ir.Policy) -> st.SearchStrategy[dict[str, object]]:
    fields = {f.name: st.one_of(st.just(None), _values_for(f)) for f in policy.facts}
    base = st.fixed_dictionaries({}, optional=fields)
    extra = st.dictionaries(st.sampled_from(["bogus", "exporter"]), st.just(1), max_size=1)
    return st.builds(lambda a, b: {**a, **b}, base, st.one_of(st.just({}), extra))


def _pydantic(checker: ModuleType, facts: dict[str, Any]) -> dict[str, object] | None:
    from pydantic import ValidationError

    try:
        model = checker.facts_model().model_validate(facts)
    except ValidationError:
        return None
    return {f: getattr(model, "f_" + f) for f in checker.FACT_NAMES}


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_plain_validation_agrees_with_pydantic_whenever_it_answers(
    data: st.DataObject, checker_0115: ModuleType, policy_0115: ir.Policy
) -> None:
    facts = data.draw(_facts(policy_0115))
    plain = checker_0115.validate_plain(facts)
    reference = _pydantic(checker_0115, facts)
    if plain is not None:
        assert reference is not None, f"plain accepted what pydantic rejects: {facts}"
        assert plain == reference
        assert list(plain) == list(checker_0115.FACT_NAMES)  # in declaration order
        for name, value in plain.items():
            assert type(value) is type(reference[name]), name


def test_plain_validation_handles_the_shipped_cases(checker_0115: ModuleType) -> None:
    facts = {
        "exporter_role": "front_end_fabricator",
        "ic_is_logic": True,
        "technology_node": 4,
        "packaging_country": "TW",
        "designer_locations": ["TW", "US"],
        "aggregated_transistor_count": 34_000_000_000,
        "completion_date": "2027-03-15",
    }
    plain = checker_0115.validate_plain(facts)
    assert plain is not None
    assert plain["technology_node"] == Decimal(4)
    assert plain["completion_date"] == dt.date(2027, 3, 15)
    assert plain["designer_locations"] == frozenset({"TW", "US"})


def test_country_names_are_left_to_pydantic_which_maps_them(checker_0115: ModuleType) -> None:
    facts = {"exporter_role": "other_party", "packaging_country": "Korea, South"}
    assert checker_0115.validate_plain(facts) is None
    assert checker_0115.validate(facts)["packaging_country"] == "KR"
