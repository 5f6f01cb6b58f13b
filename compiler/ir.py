"""The intermediate representation: small, explicit, typed, and printable.

Everything sugary in the language is gone here: `x not in S` is `Not(Member)`,
`a and b and c` is one `And`, named sets are constants, `x is unknown` is
`Not(Known)`. Every node keeps its span; the citation a node falls under is
the citation of the declaration that owns it (rule or definition), which every
backend reaches through that declaration. Backends (python, tables, explain,
later sql and smt) consume only this module's types.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from earmark.compiler.types import Type
from earmark.dsl.spans import Span

Value = bool | int | Decimal | dt.date | str | frozenset["Value"]

_NOWHERE = Span.unknown()


def _span() -> Span:
    return field(default=_NOWHERE, compare=False, repr=False)


# ---- expressions ---------------------------------------------------------------


@dataclass(frozen=True)
class Const:
    value: Value
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Fact:
    name: str
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class AsOf:
    """The evaluation date."""

    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Ref:
    """A reference to a definition (named set or derived value)."""

    name: str
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Dated:
    """A dated value read at `key` (None: at the evaluation date)."""

    name: str
    key: Expr | None
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Not:
    operand: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class And:
    operands: tuple[Expr, ...]
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Or:
    operands: tuple[Expr, ...]
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Compare:
    op: str  # == != < <= > >=
    left: Expr
    right: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Member:
    element: Expr
    collection: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Overlaps:
    left: Expr
    right: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Arith:
    op: str  # + - * (numbers, dates with days); union / difference use SetOp
    left: Expr
    right: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class SetOp:
    op: str  # union | difference
    left: Expr
    right: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Neg:
    operand: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Known:
    """Two-valued: true when the operand's value is known."""

    operand: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class YearOf:
    operand: Expr
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class FirstKnown:
    """The first operand whose value is known (unknown only if all are)."""

    operands: tuple[Expr, ...]
    type: Type
    span: Span = _span()


@dataclass(frozen=True)
class Matches:
    """The subject names a party on an entity list in force at the evaluation date."""

    subject: Expr
    list: str
    type: Type
    span: Span = _span()


Expr = (
    Const
    | Fact
    | AsOf
    | Ref
    | Dated
    | Not
    | And
    | Or
    | Compare
    | Member
    | Overlaps
    | Arith
    | SetOp
    | Neg
    | Known
    | YearOf
    | Matches
    | FirstKnown
)


def children(expr: Expr) -> tuple[Expr, ...]:
    """The direct sub-expressions, for generic walks."""
    if isinstance(expr, Dated):
        return (expr.key,) if expr.key is not None else ()
    if isinstance(expr, (Not, Neg, Known, YearOf)):
        return (expr.operand,)
    if isinstance(expr, Matches):
        return (expr.subject,)
    if isinstance(expr, (And, Or, FirstKnown)):
        return expr.operands
    if isinstance(expr, (Compare, Overlaps, Arith, SetOp)):
        return (expr.left, expr.right)
    if isinstance(expr, Member):
        return (expr.element, expr.collection)
    return ()


# ---- declarations --------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    en: str
    zh: str


@dataclass(frozen=True)
class Citation:
    text: str
    grade: str | None  # P T S I; None when the policy gave none
    note: str | None = None

    @property
    def unverified(self) -> bool:
        return self.grade in ("S", "I")


@dataclass(frozen=True)
class Template:
    """An explanation with `{name}` holes, parsed at compile time (never at run time)."""

    parts: tuple[str | Ref | Fact | Dated | AsOf, ...]


@dataclass(frozen=True)
class FactDecl:
    name: str
    type: Type
    optional: bool
    description: Text
    span: Span = _span()


@dataclass(frozen=True)
class Definition:
    name: str
    kind: str  # "define" | "set"
    expr: Expr
    citation: Citation | None
    description: Text | None
    span: Span = _span()

    @property
    def type(self) -> Type:
        return self.expr.type


@dataclass(frozen=True)
class Segment:
    start: dt.date | None  # None: from the beginning of time
    value: Const
    citation: Citation | None


@dataclass(frozen=True)
class ListMember:
    value: Value
    start: dt.date | None
    until: dt.date | None
    citation: Citation | None


@dataclass(frozen=True)
class DatedValue:
    name: str
    type: Type
    segments: tuple[Segment, ...]
    citation: Citation | None
    description: Text | None
    span: Span = _span()
    members: tuple[ListMember, ...] = ()  # for `list` declarations: who is in, and when


@dataclass(frozen=True)
class EntityEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    start: dt.date | None
    until: dt.date | None
    remark: str | None
    citation: Citation | None


@dataclass(frozen=True)
class EntityList:
    name: str
    extensible: bool
    entries: tuple[EntityEntry, ...]
    citation: Citation | None
    description: Text | None
    span: Span = _span()


@dataclass(frozen=True)
class Outcome:
    name: str
    label: Text


@dataclass(frozen=True)
class Conjunct:
    """One `and`-part of a rule's condition, kept separately so traces can say which failed."""

    expr: Expr
    text: str


@dataclass(frozen=True)
class Rule:
    name: str
    conjuncts: tuple[Conjunct, ...]
    outcome: str
    priority: int
    parent: str | None  # the rule this one is an exception to
    citation: Citation
    explain_en: Template
    explain_zh: Template
    effective: dt.date | None
    ends: dt.date | None
    facts: tuple[str, ...]  # every fact the condition reads, through definitions
    span: Span = _span()

    @property
    def condition(self) -> Expr:
        from earmark.compiler.types import BOOL

        if len(self.conjuncts) == 1:
            return self.conjuncts[0].expr
        return And(tuple(c.expr for c in self.conjuncts), BOOL, self.span)


@dataclass(frozen=True)
class Example:
    title: str
    as_of: dt.date
    given: tuple[tuple[str, Value | None], ...]  # None: given as unknown
    expect: str
    by: str | None  # rule name, "default", or None
    missing: tuple[str, ...] | None
    span: Span = _span()


NEEDS_INFORMATION = "needs_information"
NOT_IN_FORCE = "not_in_force"
BUILTIN_OUTCOMES = {
    NEEDS_INFORMATION: Text("needs information", "需补充信息"),
    NOT_IN_FORCE: Text("the policy was not in force on that date", "该规则在该日期不具效力"),
}


@dataclass(frozen=True)
class Policy:
    id: str
    title: Text
    source: Citation
    effective: dt.date
    compliance: dt.date | None
    ends: dt.date | None
    default: str
    outcomes: tuple[Outcome, ...]
    facts: tuple[FactDecl, ...]
    definitions: tuple[Definition, ...]  # in dependency order
    dated: tuple[DatedValue, ...]
    rules: tuple[Rule, ...]  # in source order
    examples: tuple[Example, ...]
    content_hash: str
    path: str
    span: Span = _span()
    entity_lists: tuple[EntityList, ...] = ()
    imports: tuple[str, ...] = ()

    def entity_list(self, name: str) -> EntityList:
        return next(e for e in self.entity_lists if e.name == name)

    def rule(self, name: str) -> Rule:
        return next(r for r in self.rules if r.name == name)

    def outcome(self, name: str) -> Text:
        for o in self.outcomes:
            if o.name == name:
                return o.label
        return BUILTIN_OUTCOMES[name]

    def fact(self, name: str) -> FactDecl:
        return next(f for f in self.facts if f.name == name)

    def definition(self, name: str) -> Definition:
        return next(d for d in self.definitions if d.name == name)

    def dated_value(self, name: str) -> DatedValue:
        return next(d for d in self.dated if d.name == name)

    def children_of(self, parent: str | None) -> tuple[Rule, ...]:
        """Exceptions of `parent` (roots when None), highest priority first, then source order."""
        kids = [r for r in self.rules if r.parent == parent]
        order = {r.name: i for i, r in enumerate(self.rules)}
        return tuple(sorted(kids, key=lambda r: (-r.priority, order[r.name])))
