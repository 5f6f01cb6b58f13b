"""Validating a facts document against a policy's fact schema (pydantic).

The Python target emits the same model as static source; tests check that the
two reject and accept the same documents with the same messages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from earmark.compiler import countries, ir
from earmark.compiler.types import Type
from earmark.dsl.diagnostics import did_you_mean
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    create_model,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: object) -> object:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value} is not a real date") from None


def country_code(value: str) -> str:
    code = countries.resolve(value)
    if code is None:
        hint = countries.suggest(value)
        raise ValueError(
            f'"{value}" is not a country (an ISO 3166-1 alpha-2 code or a country name)'
            + (f"; {hint}" if hint else "")
        )
    return code


def annotation(t: Type) -> Any:
    if t.kind == "bool":
        return StrictBool
    if t.kind == "integer":
        return Annotated[StrictInt, Field(ge=0)]
    if t.kind == "decimal":
        return Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
    if t.kind == "date":
        return Annotated[dt.date, BeforeValidator(iso_date)]
    if t.kind == "year":
        return Annotated[StrictInt, Field(ge=1900, le=2200)]
    if t.kind == "text":
        return StrictStr
    if t.kind == "country":
        return Annotated[StrictStr, AfterValidator(country_code)]
    if t.kind == "enum":
        return Literal[t.members]
    if t.kind == "set":
        assert t.element is not None
        return frozenset[annotation(t.element)]  # type: ignore[misc]
    raise TypeError(t.kind)


def facts_model(policy: ir.Policy) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for fact in policy.facts:
        ann = annotation(fact.type)
        if fact.optional:
            fields[fact.name] = (ann | None, Field(default=None, description=fact.description.en))
        else:
            fields[fact.name] = (ann, Field(description=fact.description.en))
    return create_model(
        f"{policy.id}_facts",
        __config__=ConfigDict(extra="forbid", frozen=True),
        **fields,
    )


class FactsError(Exception):
    """Facts that do not fit the schema: one (field, message) per problem."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{f}: {m}" for f, m in problems))
        self.problems = problems


def describe_errors(exc: ValidationError, known: list[str]) -> list[tuple[str, str]]:
    problems = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(facts)"
        kind = err["type"]
        if kind == "extra_forbidden":
            hint = did_you_mean(str(err["loc"][0]), known)
            message = "unknown fact" + (f"; {hint}" if hint else "")
        elif kind == "missing":
            message = "required fact is missing"
        else:
            message = str(err["msg"]).removeprefix("Value error, ")
        problems.append((loc, message))
    return problems


def validate(policy: ir.Policy, data: object) -> dict[str, object]:
    """Validated fact values by name (None = unknown), or FactsError."""
    if not isinstance(data, dict):
        raise FactsError([("(facts)", "the facts must be a JSON object of name: value")])
    model = facts_model(policy)
    try:
        instance = model.model_validate(data)
    except ValidationError as exc:
        raise FactsError(describe_errors(exc, [f.name for f in policy.facts])) from None
    return {f.name: getattr(instance, f.name) for f in policy.facts}


def load_json(text: str, origin: str) -> object:
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise FactsError(
            [(f"{origin}:{exc.lineno}:{exc.colno}", f"not valid JSON: {exc.msg}")]
        ) from None


def json_schema(policy: ir.Policy) -> dict[str, Any]:
    schema = facts_model(policy).model_json_schema()
    schema["title"] = f"Facts for {policy.id}"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
