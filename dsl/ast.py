"""The syntax tree of a policy file. Every node carries the span it came from.

Spans are excluded from equality so that `parse(format(tree)) == tree` can be
checked directly: formatting moves text around but must not change meaning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from earmark.dsl.spans import Span

_NOWHERE = Span.unknown()


def _span() -> Span:
    return field(default=_NOWHERE, compare=False, repr=False)


# ---- expressions -------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    name: str
    span: Span = _span()


@dataclass(frozen=True)
class Number:
    value: int | Decimal
    unit: str | None
    span: Span = _span()


@dataclass(frozen=True)
class DateLit:
    value: dt.date
    span: Span = _span()


@dataclass(frozen=True)
class StringLit:
    value: str
    span: Span = _span()


@dataclass(frozen=True)
class BoolLit:
    value: bool
    span: Span = _span()


@dataclass(frozen=True)
class UnknownLit:
    span: Span = _span()


@dataclass(frozen=True)
class SetLit:
    items: tuple[Expr, ...]
    span: Span = _span()


@dataclass(frozen=True)
class Unary:
    op: str  # "not" | "-"
    operand: Expr
    span: Span = _span()


@dataclass(frozen=True)
class Binary:
    # "and" "or" "+" "-" "*" "==" "!=" "<" "<=" ">" ">=" "in" "not in" "overlaps"
    op: str
    left: Expr
    right: Expr
    span: Span = _span()


@dataclass(frozen=True)
class IsKnown:
    operand: Expr
    negated: bool
    span: Span = _span()


@dataclass(frozen=True)
class At:
    """A dated value read at a given date instead of the evaluation date."""

    target: Expr
    key: Expr
    span: Span = _span()


@dataclass(frozen=True)
class Matches:
    """`name matches entity_list`: the name is on the list, after normalisation."""

    subject: Expr
    list: str
    span: Span = _span()
    list_span: Span = _span()


@dataclass(frozen=True)
class Call:
    function: str
    args: tuple[Expr, ...]
    span: Span = _span()


Expr = (
    Name
    | Number
    | DateLit
    | StringLit
    | BoolLit
    | UnknownLit
    | SetLit
    | Unary
    | Binary
    | IsKnown
    | At
    | Call
    | Matches
)


# ---- shared pieces -----------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """The same words in English and Chinese."""

    en: str
    zh: str
    span: Span = _span()


@dataclass(frozen=True)
class Provenance:
    grade: str  # P, T, S or I (see shared/reference)
    note: str | None = None
    span: Span = _span()


@dataclass(frozen=True)
class Citation:
    text: str
    provenance: Provenance | None
    span: Span = _span()


@dataclass(frozen=True)
class DatedClause:
    """`effective DATE`, `compliance DATE` or `ends DATE`, with an optional grade."""

    date: dt.date
    provenance: Provenance | None
    span: Span = _span()


@dataclass(frozen=True)
class TypeExpr:
    kind: str  # bool integer decimal date year text country enum set
    unit: str | None = None
    members: tuple[str, ...] = ()
    element: TypeExpr | None = None
    span: Span = _span()


# ---- declarations ------------------------------------------------------------


@dataclass(frozen=True)
class PolicyHeader:
    kind: str  # "policy" | "lists"
    name: str
    title: Text | None
    source: Citation | None
    effective: DatedClause | None
    compliance: DatedClause | None
    ends: DatedClause | None
    default: str | None
    span: Span = _span()
    default_span: Span = _span()


@dataclass(frozen=True)
class Import:
    path: str
    span: Span = _span()


@dataclass(frozen=True)
class OutcomeDecl:
    name: str
    label: Text
    span: Span = _span()


@dataclass(frozen=True)
class FactDecl:
    name: str
    type: TypeExpr
    optional: bool
    description: Text
    span: Span = _span()


@dataclass(frozen=True)
class SetDecl:
    name: str
    element: TypeExpr
    value: Expr
    citation: Citation | None
    description: Text | None
    span: Span = _span()


@dataclass(frozen=True)
class DatedEntry:
    start: dt.date
    value: Expr
    provenance: Provenance | None
    span: Span = _span()


@dataclass(frozen=True)
class DatedDecl:
    name: str
    type: TypeExpr
    initial: Expr
    initial_provenance: Provenance | None
    entries: tuple[DatedEntry, ...]
    citation: Citation | None
    description: Text | None
    span: Span = _span()


@dataclass(frozen=True)
class ListMember:
    value: Expr
    start: dt.date | None
    until: dt.date | None
    provenance: Provenance | None
    span: Span = _span()


@dataclass(frozen=True)
class ListDecl:
    name: str
    element: TypeExpr
    members: tuple[ListMember, ...]
    citation: Citation | None
    description: Text | None
    span: Span = _span()


@dataclass(frozen=True)
class Entity:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    start: dt.date | None
    until: dt.date | None
    remark: str | None
    provenance: Provenance | None
    span: Span = _span()


@dataclass(frozen=True)
class EntitiesDecl:
    name: str
    extensible: bool
    entities: tuple[Entity, ...]
    citation: Citation | None
    description: Text | None
    span: Span = _span()


@dataclass(frozen=True)
class Definition:
    name: str
    value: Expr
    citation: Citation | None
    description: Text | None
    span: Span = _span()


@dataclass(frozen=True)
class Rule:
    name: str
    exception_to: str | None
    priority: int
    when: Expr | None
    then: str | None
    citation: Citation | None
    explain: Text | None
    effective: DatedClause | None
    ends: DatedClause | None
    span: Span = _span()
    exception_span: Span = _span()
    then_span: Span = _span()


@dataclass(frozen=True)
class Binding:
    name: str
    value: Expr
    span: Span = _span()


@dataclass(frozen=True)
class Example:
    title: str
    as_of: dt.date | None
    given: tuple[Binding, ...]
    expect: str | None
    by: str | None  # a rule name, or "default"
    missing: tuple[str, ...] | None
    span: Span = _span()
    expect_span: Span = _span()


Declaration = (
    OutcomeDecl
    | FactDecl
    | SetDecl
    | DatedDecl
    | ListDecl
    | EntitiesDecl
    | Definition
    | Rule
    | Example
)


@dataclass(frozen=True)
class Comment:
    text: str  # without the leading '#'
    line: int
    own_line: bool  # False for a comment after code on the same line


@dataclass(frozen=True)
class Policy:
    header: PolicyHeader
    imports: tuple[Import, ...]
    declarations: tuple[Declaration, ...]
    comments: tuple[Comment, ...] = field(default=(), compare=False, repr=False)
    path: str = field(default="<memory>", compare=False, repr=False)
    # first and last line of the header and of each declaration, for placing comments
    extents: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
