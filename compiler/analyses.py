"""Static analyses over the IR.

`priority_conflicts`: two sibling rules of equal priority that can lead to
different outcomes must have conditions that cannot both hold. Exclusivity is
proved structurally: some conjunct of one contradicts a conjunct of the other
on the same expression (bool vs its negation, disjoint constant sets, disjoint
numeric ranges, disjoint validity dates). What cannot be proved is reported:
the check is sound, never silent.
"""

from __future__ import annotations

from dataclasses import dataclass

from earmark.compiler import ir
from earmark.dsl.diagnostics import Diagnostic, Severity

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True)
class _Range:
    lo: object | None
    lo_open: bool
    hi: object | None
    hi_open: bool


Constraint = tuple[str, object]  # ("in"|"notin", frozenset) | ("range", _Range)


def _atoms(expr: ir.Expr, policy: ir.Policy) -> list[ir.Expr]:
    """Conjuncts of an expression, looking through definitions."""
    if isinstance(expr, ir.And):
        return [a for o in expr.operands for a in _atoms(o, policy)]
    if isinstance(expr, ir.Ref):
        definition = next((d for d in policy.definitions if d.name == expr.name), None)
        if definition is not None and definition.type.kind == "bool":
            return [expr, *_atoms(definition.expr, policy)]
    return [expr]


def _constant_set(e: ir.Expr, policy: ir.Policy) -> frozenset[object] | None:
    """The value of a set expression that is constant, looking through named sets."""
    if isinstance(e, ir.Const) and isinstance(e.value, frozenset):
        return e.value
    if isinstance(e, ir.Ref):
        definition = next((d for d in policy.definitions if d.name == e.name), None)
        if definition is not None:
            return _constant_set(definition.expr, policy)
    return None


def _constraint(atom: ir.Expr, policy: ir.Policy) -> tuple[ir.Expr, Constraint] | None:
    if isinstance(atom, ir.Not):
        inner = _constraint(atom.operand, policy)
        if inner is None:
            return None
        subject, (kind, data) = inner
        if kind == "in":
            return subject, ("notin", data)
        if kind == "notin":
            return subject, ("in", data)
        return None
    if isinstance(atom, ir.Compare):
        left, right, op = atom.left, atom.right, atom.op
        if isinstance(left, ir.Const) and not isinstance(right, ir.Const):
            left, right, op = right, left, _FLIP[op]
        if not isinstance(right, ir.Const):
            return None
        v = right.value
        if op == "==":
            return left, ("in", frozenset([v]))
        if op == "!=":
            return left, ("notin", frozenset([v]))
        rng = {
            "<": _Range(None, False, v, True),
            "<=": _Range(None, False, v, False),
            ">": _Range(v, True, None, False),
            ">=": _Range(v, False, None, False),
        }[op]
        return left, ("range", rng)
    if isinstance(atom, ir.Member):
        members = _constant_set(atom.collection, policy)
        if members is not None:
            return atom.element, ("in", members)
    if atom.type.kind == "bool":
        return atom, ("in", frozenset([True]))
    return None


def _below(a: object, a_open: bool, b: object, b_open: bool) -> bool:
    """Whether an upper bound a lies strictly below a lower bound b (no overlap)."""
    if bool(a < b):  # type: ignore[operator]
        return True
    return bool(a == b and (a_open or b_open))


def _in_range(v: object, r: _Range) -> bool:
    try:
        if r.lo is not None and bool(v < r.lo or (r.lo_open and v == r.lo)):  # type: ignore[operator]
            return False
        if r.hi is not None and bool(v > r.hi or (r.hi_open and v == r.hi)):  # type: ignore[operator]
            return False
    except TypeError:
        return True
    return True


def _contradict(a: Constraint, b: Constraint) -> bool:
    (ka, da), (kb, db) = a, b
    if ka in ("in", "notin") and kb in ("in", "notin"):
        assert isinstance(da, frozenset) and isinstance(db, frozenset)
        if ka == "in" and kb == "in":
            return not (da & db)
        if ka == "in":
            return da <= db
        if kb == "in":
            return db <= da
        return False
    if ka == "range" and kb == "range":
        ra, rb = da, db
        assert isinstance(ra, _Range) and isinstance(rb, _Range)
        if ra.hi is not None and rb.lo is not None and _below(ra.hi, ra.hi_open, rb.lo, rb.lo_open):
            return True
        return bool(
            rb.hi is not None and ra.lo is not None and _below(rb.hi, rb.hi_open, ra.lo, ra.lo_open)
        )
    if ka == "in" and kb == "range":
        assert isinstance(db, _Range)
        return not any(_in_range(v, db) for v in da)  # type: ignore[attr-defined]
    if ka == "range" and kb == "in":
        return _contradict(b, a)
    return False


def exclusive(r1: ir.Rule, r2: ir.Rule, policy: ir.Policy) -> bool:
    if r1.ends and r2.effective and r1.ends <= r2.effective:
        return True
    if r2.ends and r1.effective and r2.ends <= r1.effective:
        return True
    c1 = [c for a in _atoms(r1.condition, policy) if (c := _constraint(a, policy))]
    c2 = [c for a in _atoms(r2.condition, policy) if (c := _constraint(a, policy))]
    return any(s1 == s2 and _contradict(k1, k2) for s1, k1 in c1 for s2, k2 in c2)


def subtree_outcomes(rule: ir.Rule, policy: ir.Policy) -> frozenset[str]:
    out = {rule.outcome}
    for child in policy.children_of(rule.name):
        out |= subtree_outcomes(child, policy)
    return frozenset(out)


def priority_conflicts(policy: ir.Policy) -> list[Diagnostic]:
    diagnostics = []
    parents: list[str | None] = [None, *(r.name for r in policy.rules)]
    for parent in parents:
        siblings = policy.children_of(parent)
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                if a.priority != b.priority:
                    continue
                oa, ob = subtree_outcomes(a, policy), subtree_outcomes(b, policy)
                if oa == ob and len(oa) == 1:
                    continue
                if exclusive(a, b, policy):
                    continue
                first, second = sorted((a, b), key=lambda r: (r.span.line, r.span.column))
                diagnostics.append(
                    Diagnostic(
                        "E160",
                        f"rules `{first.name}` and `{second.name}` have the same priority and "
                        "different outcomes, and both may apply",
                        second.span,
                        "give one a higher `priority`, make one an `exception to` the other, "
                        "or make their conditions exclusive (e.g. `x == a` / `x == b`)",
                        Severity.ERROR,
                        ((f"`{first.name}` is declared here", first.span),),
                    )
                )
    return diagnostics
