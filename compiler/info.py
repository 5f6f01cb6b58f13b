"""The run-time description of a policy (runtime.PolicyInfo), built from the IR."""

from __future__ import annotations

from earmark import __version__
from earmark.compiler import ir, runtime


def citation_info(c: ir.Citation | None) -> runtime.CitationInfo:
    if c is None:
        return runtime.CitationInfo("", None)
    return runtime.CitationInfo(c.text, c.grade, c.note)


def template_parts(template: ir.Template) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for part in template.parts:
        if isinstance(part, str):
            out.append(("text", part))
        elif isinstance(part, ir.AsOf):
            out.append(("value", "as_of"))
        else:
            out.append(("value", part.name))
    return tuple(out)


def supporting(rule: ir.Rule, policy: ir.Policy) -> tuple[tuple[str, runtime.CitationInfo], ...]:
    """Citations of the definitions and dated values a rule's condition relies on."""
    found: list[tuple[str, runtime.CitationInfo]] = []
    seen: set[str] = set()
    stack: list[ir.Expr] = [c.expr for c in reversed(rule.conjuncts)]
    definitions = {d.name: d for d in policy.definitions}
    dated = {d.name: d for d in policy.dated}
    while stack:
        node = stack.pop()
        if isinstance(node, ir.Ref) and node.name not in seen:
            seen.add(node.name)
            definition = definitions[node.name]
            if definition.citation is not None:
                found.append((f"{definition.kind} {node.name}", citation_info(definition.citation)))
            stack.extend(reversed([definition.expr]))
        elif isinstance(node, ir.Dated) and node.name not in seen:
            seen.add(node.name)
            value = dated[node.name]
            if value.citation is not None:
                found.append((f"dated {node.name}", citation_info(value.citation)))
        stack.extend(reversed(ir.children(node)))
    return tuple(found)


def entries(entity_list: ir.EntityList) -> tuple[runtime.EntryInfo, ...]:
    return tuple(
        runtime.EntryInfo(
            e.name,
            e.aliases,
            e.country,
            e.start,
            e.until,
            e.remark,
            e.citation.grade if e.citation else None,
            "policy",
        )
        for e in entity_list.entries
    )


def name_checks(policy: ir.Policy) -> tuple[tuple[str, str], ...]:
    """(fact, entity list) for every `fact matches list` a rule or definition contains."""
    found: list[tuple[str, str]] = []
    exprs: list[ir.Expr] = [d.expr for d in policy.definitions]
    exprs += [c.expr for r in policy.rules for c in r.conjuncts]
    while exprs:
        node = exprs.pop(0)
        if isinstance(node, ir.Matches) and isinstance(node.subject, ir.Fact):
            pair = (node.subject.name, node.list)
            if pair not in found:
                found.append(pair)
        exprs.extend(ir.children(node))
    return tuple(found)


def _lists_behind(e: ir.Expr, definitions: dict[str, ir.Definition]) -> list[str]:
    """Dated values (lists) a set expression is built from, looking through definitions."""
    if isinstance(e, ir.Dated):
        return [e.name]
    if isinstance(e, ir.Ref):
        return _lists_behind(definitions[e.name].expr, definitions)
    if isinstance(e, ir.SetOp):
        return _lists_behind(e.left, definitions) + _lists_behind(e.right, definitions)
    return []


Pairs = tuple[tuple[str, str], ...]


def reads(expr: ir.Expr, policy: ir.Policy) -> tuple[Pairs, Pairs]:
    """(dated values read, with their key fact) and (lists tested, with the fact looked up:
    its value, or each element of a set fact that overlaps the list)."""
    definitions = {d.name: d for d in policy.definitions}
    dated_reads: list[tuple[str, str]] = []
    list_reads: list[tuple[str, str]] = []
    seen: set[str] = set()
    stack: list[ir.Expr] = [expr]
    while stack:
        node = stack.pop(0)
        if isinstance(node, ir.Dated):
            key = node.key.name if isinstance(node.key, ir.Fact) else ""
            if node.key is None or key:
                pair = (node.name, key)
                if pair not in dated_reads:
                    dated_reads.append(pair)
        if isinstance(node, ir.Overlaps):  # a set fact overlapping a list: each element
            for side, other in ((node.left, node.right), (node.right, node.left)):
                if isinstance(side, ir.Fact):
                    for name in _lists_behind(other, definitions):
                        if (name, side.name) not in list_reads:
                            list_reads.append((name, side.name))
        if isinstance(node, ir.Member) and isinstance(node.element, ir.Fact):
            for name in _lists_behind(node.collection, definitions):
                pair = (name, node.element.name)
                if pair not in list_reads:
                    list_reads.append(pair)
        if isinstance(node, ir.Ref) and node.name not in seen:
            seen.add(node.name)
            stack.append(definitions[node.name].expr)
        stack.extend(ir.children(node))
    return tuple(dated_reads), tuple(list_reads)


def graded(policy: ir.Policy) -> tuple[tuple[str, tuple[runtime.GradedPiece, ...]], ...]:
    out = []
    for value in policy.dated:
        if value.members:
            pieces = tuple(
                runtime.GradedPiece(m.value, m.start, m.until, citation_info(m.citation))
                for m in value.members
                if m.citation is not None
            )
        else:
            pieces = tuple(
                runtime.GradedPiece(None, s.start, None, citation_info(s.citation))
                for s in value.segments
                if s.citation is not None
            )
        if pieces:
            out.append((value.name, pieces))
    return tuple(out)


def policy_info(policy: ir.Policy) -> runtime.PolicyInfo:
    return runtime.PolicyInfo(
        id=policy.id,
        title_en=policy.title.en,
        title_zh=policy.title.zh,
        source=citation_info(policy.source),
        effective=policy.effective,
        compliance=policy.compliance,
        ends=policy.ends,
        default=policy.default,
        outcomes=tuple((o.name, o.label.en, o.label.zh) for o in policy.outcomes),
        facts=tuple(
            runtime.FactInfo(
                f.name, f.type.kind, f.type.unit, f.optional, f.description.en, f.description.zh
            )
            for f in policy.facts
        ),
        rules=tuple(
            runtime.RuleInfo(
                name=r.name,
                outcome=r.outcome,
                parent=r.parent,
                priority=r.priority,
                citation=citation_info(r.citation),
                conditions=tuple(c.text for c in r.conjuncts),
                facts=r.facts,
                explain_en=template_parts(r.explain_en),
                explain_zh=template_parts(r.explain_zh),
                effective=r.effective,
                ends=r.ends,
                supporting=supporting(r, policy),
                reads=tuple(reads(c.expr, policy) for c in r.conjuncts),
            )
            for r in policy.rules
        ),
        content_hash=policy.content_hash,
        compiler_version=__version__,
        entity_lists=tuple((e.name, entries(e)) for e in policy.entity_lists),
        extensible=frozenset(e.name for e in policy.entity_lists if e.extensible),
        name_checks=name_checks(policy),
        graded=graded(policy),
        value_kinds=tuple(
            [(d.name, d.type.kind, d.type.unit) for d in policy.definitions]
            + [(d.name, d.type.kind, d.type.unit) for d in policy.dated]
            + [("as_of", "date", None)]
        ),
    )


def template_names(policy: ir.Policy) -> tuple[str, ...]:
    """Every derived value some explanation mentions (facts are always at hand)."""
    fact_names = {f.name for f in policy.facts}
    names: list[str] = []
    for rule in policy.rules:
        for template in (rule.explain_en, rule.explain_zh):
            for part in template.parts:
                if not isinstance(part, (ir.Ref, ir.Dated)):
                    continue
                if part.name not in fact_names and part.name not in names:
                    names.append(part.name)
    return tuple(names)
