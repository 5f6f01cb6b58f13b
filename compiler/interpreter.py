"""The reference interpreter: evaluates the IR directly. It is the oracle every
generated backend is tested against, so it favours obviousness over speed."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Mapping

from earmark.compiler import ir, runtime
from earmark.compiler.info import entries, policy_info, template_names


class Evaluator:
    """Evaluates expressions of one policy for one set of facts on one date."""

    def __init__(
        self,
        policy: ir.Policy,
        facts: Mapping[str, object],
        as_of: dt.date,
        lists: Mapping[str, tuple[runtime.EntryInfo, ...]] | None = None,
    ) -> None:
        self.policy = policy
        self.lists = (
            lists if lists is not None else {e.name: entries(e) for e in policy.entity_lists}
        )
        self.facts = facts
        self.as_of = as_of
        self.definitions = {d.name: d for d in policy.definitions}
        self.dated = {d.name: d for d in policy.dated}
        self.cache: dict[str, object] = {}

    def fact(self, name: str) -> object:
        value = self.facts.get(name)
        return runtime.Unknown(frozenset([name])) if value is None else value

    def ref(self, name: str) -> object:
        if name not in self.cache:
            self.cache[name] = self.eval(self.definitions[name].expr)
        return self.cache[name]

    def dated_value(self, name: str, key: object) -> object:
        segments = [(s.start, s.value.value) for s in self.dated[name].segments]
        return runtime.k_dated(segments, key)

    def eval(self, e: ir.Expr) -> object:
        if isinstance(e, ir.Const):
            return e.value
        if isinstance(e, ir.Fact):
            return self.fact(e.name)
        if isinstance(e, ir.AsOf):
            return self.as_of
        if isinstance(e, ir.Ref):
            return self.ref(e.name)
        if isinstance(e, ir.Dated):
            key = self.as_of if e.key is None else self.eval(e.key)
            return self.dated_value(e.name, key)
        if isinstance(e, ir.Not):
            return runtime.k_not(self.eval(e.operand))
        if isinstance(e, ir.And):
            return runtime.k_and(*(self.eval(o) for o in e.operands))
        if isinstance(e, ir.Or):
            return runtime.k_or(*(self.eval(o) for o in e.operands))
        if isinstance(e, ir.Compare):
            return runtime.k_apply(e.op, self.eval(e.left), self.eval(e.right))
        if isinstance(e, ir.Member):
            return runtime.k_apply("in", self.eval(e.element), self.eval(e.collection))
        if isinstance(e, ir.Overlaps):
            return runtime.k_apply("overlaps", self.eval(e.left), self.eval(e.right))
        if isinstance(e, (ir.Arith, ir.SetOp)):
            return runtime.k_apply(e.op, self.eval(e.left), self.eval(e.right))
        if isinstance(e, ir.Neg):
            return runtime.k_neg(self.eval(e.operand))
        if isinstance(e, ir.Known):
            return runtime.k_known(self.eval(e.operand))
        if isinstance(e, ir.YearOf):
            return runtime.k_year(self.eval(e.operand))
        if isinstance(e, ir.FirstKnown):
            return runtime.k_first_known(*(self.eval(o) for o in e.operands))
        if isinstance(e, ir.Matches):
            return runtime.k_matches(self.eval(e.subject), self.lists[e.list], self.as_of)
        raise TypeError(f"unknown IR node {type(e).__name__}")


_INFO_BY_POLICY: dict[int, runtime.PolicyInfo] = {}


def _info_for(policy: ir.Policy) -> runtime.PolicyInfo:
    """`policy_info` once per policy object (about 12 ms for 0113): a caller that does not
    pass `info` should not pay it on every decision. Keyed by identity, since hashing a
    policy walks its whole tree; the entry goes when the policy does."""
    found = _INFO_BY_POLICY.get(id(policy))
    if found is None:
        found = _INFO_BY_POLICY[id(policy)] = policy_info(policy)
        weakref.finalize(policy, _INFO_BY_POLICY.pop, id(policy), None)
    return found


def evaluate(
    policy: ir.Policy,
    facts: Mapping[str, object],
    as_of: dt.date,
    info: runtime.PolicyInfo | None = None,
    lists: Mapping[str, object] | None = None,
) -> runtime.Decision:
    """Decide `facts` (validated values; None = unknown) under `policy` at `as_of`.

    `lists` adds a user's own entries to entity lists declared `extensible`.
    """
    info = info or _info_for(policy)
    facts = dict(facts)  # the record keeps the facts: a copy, so later changes cannot reach it
    entity_lists = dict(info.entity_lists)
    if lists:
        entity_lists = runtime.extend_lists(entity_lists, info.extensible, lists, "user data")
    ev = Evaluator(policy, facts, as_of, entity_lists)
    cond: dict[str, object] = {}
    parts: dict[str, tuple[object, ...]] = {}
    for rule in policy.rules:
        values = tuple(ev.eval(c.expr) for c in rule.conjuncts)
        parts[rule.name] = values
        if runtime.in_force(rule.effective, rule.ends, as_of):
            cond[rule.name] = runtime.k_and(*values)
        else:
            cond[rule.name] = False
    values_for_text: dict[str, object] = {f.name: facts.get(f.name) for f in policy.facts}
    values_for_text["as_of"] = as_of
    for name in template_names(policy):
        values_for_text[name] = (
            ev.ref(name)
            if name in ev.definitions
            else ev.eval(ir.Dated(name, None, policy.dated_value(name).type))
        )
    return runtime.build_decision(info, as_of, facts, cond, parts, values_for_text, entity_lists)
