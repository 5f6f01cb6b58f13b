"""Readable dumps of each stage (`earmark dump --stage ast|ir`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from earmark.compiler import ir
from earmark.dsl import ast


def _value(v: object) -> str:
    if isinstance(v, frozenset):
        return "{" + ", ".join(sorted(_value(x) for x in v)) + "}"
    if isinstance(v, (dt.date, Decimal)):
        return str(v)
    if isinstance(v, str):
        return repr(v)
    return str(v)


def expr(e: ir.Expr) -> str:
    """S-expression form of an IR expression, with its type."""
    if isinstance(e, ir.Const):
        return _value(e.value)
    if isinstance(e, ir.Fact):
        return f"fact:{e.name}"
    if isinstance(e, ir.AsOf):
        return "as_of"
    if isinstance(e, ir.Ref):
        return f"ref:{e.name}"
    if isinstance(e, ir.Dated):
        return f"(dated {e.name} {'as_of' if e.key is None else expr(e.key)})"
    name = type(e).__name__.lower()
    op = getattr(e, "op", None)
    head = f"{name} {op}" if op else name
    return f"({head} " + " ".join(expr(c) for c in ir.children(e)) + ")"


def dump_ir(policy: ir.Policy) -> str:
    lines = [
        f"policy {policy.id}  effective={policy.effective} compliance={policy.compliance} "
        f"ends={policy.ends} default={policy.default}",
        f"  source {policy.source.text!r} grade={policy.source.grade}",
        f"  hash {policy.content_hash}",
    ]
    for o in policy.outcomes:
        lines.append(f"outcome {o.name}")
    for f in policy.facts:
        lines.append(f"fact {f.name} : {'optional ' if f.optional else ''}{f.type}")
    for d in policy.definitions:
        cite = f"  [{d.citation.text} {d.citation.grade}]" if d.citation else ""
        lines.append(f"{d.kind} {d.name} : {d.type} = {expr(d.expr)}{cite}")
    for v in policy.dated:
        lines.append(f"dated {v.name} : {v.type}")
        for s in v.segments:
            lines.append(f"  from {s.start or '-inf'}: {_value(s.value.value)}")
    for r in policy.rules:
        head = f"rule {r.name} -> {r.outcome} priority={r.priority}"
        if r.parent:
            head += f" exception-to={r.parent}"
        lines.append(head + f"  [{r.citation.text} {r.citation.grade}]")
        for c in r.conjuncts:
            lines.append(f"  when {expr(c.expr)}")
    for x in policy.examples:
        lines.append(f"example {x.title!r} as_of={x.as_of} expect={x.expect} by={x.by}")
    return "\n".join(lines) + "\n"


def dump_ast(tree: ast.Policy) -> str:
    def show(node: object, indent: str) -> list[str]:
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            fields = [f for f in dataclasses.fields(node) if f.compare]
            out = [f"{type(node).__name__}"]
            for f in fields:
                value = getattr(node, f.name)
                sub = show(value, indent + "  ")
                out.append(f"{indent}  {f.name}: {sub[0]}")
                out.extend(sub[1:])
            return out
        if isinstance(node, tuple) and node:
            out = ["["]
            for item in node:
                sub = show(item, indent + "  ")
                out.append(f"{indent}  - {sub[0]}")
                out.extend(sub[1:])
            out.append(f"{indent}]")
            return out
        return [repr(node)]

    return "\n".join(show(tree, "")) + "\n"
