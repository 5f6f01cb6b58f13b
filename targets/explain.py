"""The explain target, and explanations of single decisions.

`policy_document(policy, lang)`: the policy as a Markdown document a lawyer reads
against the regulation: every rule as a sentence generated from its IR, the
definitions, the dated values and lists with their dated members, the facts,
citations linked to the eCFR, provenance grades, and the examples as worked cases
with their outcomes. English and Chinese carry the same content.

`explain_decision(policy, decision, facts, lang)`: a decision record as a case-file
note: the deciding rule, the conditions that held and the one that failed in each
other rule considered (with the fact values), citations and dates; for *needs
information*, which facts to supply and what each would decide; and the minimal
counterfactuals: the single fact changes that would change the outcome, found by
re-evaluating with the interpreter over each fact's domain and boundary values.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from earmark import __version__
from earmark.compiler import interpreter, ir, runtime
from earmark.compiler.info import policy_info
from earmark.compiler.types import Type
from earmark.targets import render

MD = render.Style(text=render.md_escape, name=lambda kind, name: f"`{name}`")
EXTRA_COUNTRIES = ("US", "DE", "BR")  # outside most lists: a value that falls in no set


# ---- what a policy uses --------------------------------------------------------------------


def used_names(policy: ir.Policy) -> set[str]:
    """Definitions, dated values, lists and entity lists the rules rely on (transitively)."""
    definitions = {d.name: d for d in policy.definitions}
    found: set[str] = set()
    stack: list[ir.Expr] = [c.expr for r in policy.rules for c in r.conjuncts]
    while stack:
        node = stack.pop()
        if isinstance(node, (ir.Ref, ir.Dated)) and node.name not in found:
            found.add(node.name)
            if node.name in definitions:
                stack.append(definitions[node.name].expr)
        elif isinstance(node, ir.Matches):
            found.add(node.list)
        stack.extend(ir.children(node))
    for rule in policy.rules:
        for template in (rule.explain_en, rule.explain_zh):
            for part in template.parts:
                if isinstance(part, (ir.Ref, ir.Dated)) and part.name in definitions:
                    found.add(part.name)
    return found


def _all_exprs(policy: ir.Policy) -> list[ir.Expr]:
    out: list[ir.Expr] = [c.expr for r in policy.rules for c in r.conjuncts]
    out += [d.expr for d in policy.definitions]
    return out


def _walk(exprs: Sequence[ir.Expr]) -> list[ir.Expr]:
    out: list[ir.Expr] = []
    stack = list(exprs)
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(ir.children(node))
    return out


# ---- fact domains: the values worth trying ----------------------------------------------------


def _constant_values(policy: ir.Policy, e: ir.Expr) -> list[object]:
    """Values an expression can take without facts: constants, dated segments, sets."""
    if isinstance(e, ir.Const):
        return [e.value]
    if isinstance(e, ir.Dated):
        return [s.value.value for s in policy.dated_value(e.name).segments]
    if isinstance(e, ir.Ref):
        d = policy.definition(e.name)
        return _constant_values(policy, d.expr)
    if isinstance(e, ir.SetOp):
        out: list[object] = []
        for v in _constant_values(policy, e.left) + _constant_values(policy, e.right):
            if isinstance(v, frozenset):
                out.append(v)
        return out
    if isinstance(e, ir.Arith):
        return []
    return []


def _subject_fact(e: ir.Expr) -> str | None:
    if isinstance(e, ir.Fact):
        return e.name
    if isinstance(e, (ir.Arith,)):
        return _subject_fact(e.left)
    if isinstance(e, ir.YearOf):
        return _subject_fact(e.operand)
    return None


def policy_dates(policy: ir.Policy) -> list[dt.date]:
    """Every date the policy names: its own, its rules', dated cut-overs and values, list members."""
    found: set[dt.date] = {policy.effective}
    for d in (policy.compliance, policy.ends):
        if d:
            found.add(d)
    for r in policy.rules:
        for d in (r.effective, r.ends):
            if d:
                found.add(d)
    for v in policy.dated:
        for s in v.segments:
            if s.start:
                found.add(s.start)
            if isinstance(s.value.value, dt.date):
                found.add(s.value.value)
        for m in v.members:
            for d in (m.start, m.until):
                if d:
                    found.add(d)
    for e in policy.entity_lists:
        for entry in e.entries:
            for d in (entry.start, entry.until):
                if d:
                    found.add(d)
    for node in _walk(_all_exprs(policy)):
        if isinstance(node, ir.Const) and isinstance(node.value, dt.date):
            found.add(node.value)
    return sorted(found)


def _near(values: list[object], t: Type) -> list[object]:
    out: list[object] = []
    for v in values:
        if t.kind == "date" and isinstance(v, dt.date):
            for delta in (-1, 0, 1):
                with contextlib.suppress(OverflowError):
                    out.append(v + dt.timedelta(days=delta))
        elif t.kind in ("integer", "year") and isinstance(v, int) and not isinstance(v, bool):
            out += [v - 1, v, v + 1]
        elif t.kind == "decimal" and isinstance(v, (int, Decimal)) and not isinstance(v, bool):
            d = Decimal(v)
            out += [d - 1, d, d + 1]
    return out


def candidates(policy: ir.Policy, fact: ir.FactDecl) -> list[object]:
    """Domain and boundary values of one fact, in a fixed order (no duplicates).

    Enums and bools: every value. Numbers and dates: each threshold the policy compares
    the fact with, one below and one above (dated thresholds at every segment). Countries:
    the members of every set the fact is tested against, and a few outside all of them.
    Text: the names (and aliases) on entity lists it is matched against, and one that is on
    none. Sets: the empty set and single members.
    """
    t = fact.type
    if t.kind == "bool":
        return [True, False]
    if t.kind == "enum":
        return list(t.members)
    related: list[object] = []
    lists: list[str] = []
    for node in _walk(_all_exprs(policy)):
        if isinstance(node, ir.Compare):
            for a, b in ((node.left, node.right), (node.right, node.left)):
                if _subject_fact(a) == fact.name:
                    related += _constant_values(policy, b)
                    if (
                        isinstance(a, ir.Arith)
                        and isinstance(a.right, ir.Const)
                        and isinstance(a.right.value, int)
                    ):
                        # `x + N` compared with c: the boundary for x is c - N
                        related += [
                            v - dt.timedelta(days=a.right.value) if isinstance(v, dt.date) else v
                            for v in _constant_values(policy, b)
                        ]
        elif isinstance(node, (ir.Member, ir.Overlaps)):
            left = node.element if isinstance(node, ir.Member) else node.left
            right = node.collection if isinstance(node, ir.Member) else node.right
            if _subject_fact(left) == fact.name:
                for v in _constant_values(policy, right):
                    if isinstance(v, frozenset):
                        related += sorted(v, key=str)
                    else:
                        related.append(v)
        elif isinstance(node, ir.Matches) and _subject_fact(node.subject) == fact.name:
            lists.append(node.list)
    out: list[object] = []
    if t.kind in ("integer", "decimal", "year"):
        out = _near(related, t) + (
            [0] if t.kind == "integer" else [Decimal(0)] if t.kind == "decimal" else []
        )
        out = [v for v in out if not (isinstance(v, (int, Decimal)) and v < 0)]
        if t.kind == "integer":
            out = [int(v) for v in out if isinstance(v, (int, Decimal))]
    elif t.kind == "date":
        out = _near(related + list(policy_dates(policy)), t)
    elif t.kind == "country":
        out = [*(v for v in related if isinstance(v, str)), *EXTRA_COUNTRIES]
    elif t.kind == "text":
        for name in lists:
            for e in policy.entity_list(name).entries:
                out += [e.name, *e.aliases]
        out += [v for v in related if isinstance(v, str)]
        out.append("Example Trading Co.")
    elif t.kind == "set":
        element = ir.FactDecl(fact.name, t.element or Type("text"), fact.optional, fact.description)
        singles = candidates(policy, element)
        out = [frozenset()] + [frozenset([v]) for v in singles]
    seen: list[object] = []
    for v in out:
        if v not in seen:
            seen.append(v)
    return seen


def _distance(a: object, b: object) -> float:
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return abs((a - b).days)
    if isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)) and not isinstance(a, bool):
        return float(abs(Decimal(a) - Decimal(b)))
    return 0.0


# ---- counterfactuals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    fact: str
    old: object
    new: object
    outcome: str
    rule: str | None


def counterfactuals(
    policy: ir.Policy,
    facts: Mapping[str, object],
    as_of: dt.date,
    decision: runtime.Decision,
    lists: Mapping[str, object] | None = None,
    info: runtime.PolicyInfo | None = None,
) -> list[Change]:
    """For each fact, the smallest single change that gives a different, definite outcome."""
    info = info or decision.policy
    found: list[Change] = []
    for fact in policy.facts:
        current = facts.get(fact.name)
        best: Change | None = None
        for value in candidates(policy, fact):
            if value == current:
                continue
            trial = {**facts, fact.name: value}
            d = interpreter.evaluate(policy, trial, as_of, info, lists)
            if d.outcome in (decision.outcome, ir.NEEDS_INFORMATION, ir.NOT_IN_FORCE):
                continue
            change = Change(fact.name, current, value, d.outcome, d.rule)
            if best is None or (
                current is not None and _distance(value, current) < _distance(best.new, current)
            ):
                best = change
        if best is not None:
            found.append(best)
    return found


def supply_options(
    policy: ir.Policy,
    facts: Mapping[str, object],
    as_of: dt.date,
    fact: ir.FactDecl,
    lists: Mapping[str, object] | None = None,
    info: runtime.PolicyInfo | None = None,
) -> list[tuple[object, str, str | None]]:
    """(value, outcome, rule) for each candidate value of a missing fact, one per outcome."""
    info = info or policy_info(policy)
    seen: dict[tuple[str, str | None], object] = {}
    for value in candidates(policy, fact):
        d = interpreter.evaluate(policy, {**facts, fact.name: value}, as_of, info, lists)
        seen.setdefault((d.outcome, d.rule), value)
    return [(v, o, r) for (o, r), v in seen.items()]


# ---- decision explanations ----------------------------------------------------------------------

_STATUS = {
    "decided": ("decided", "作出决定"),
    "overridden": ("overridden", "被例外推翻"),
    "outranked": ("applies but outranked", "适用但被优先者取代"),
    "applies": ("applies", "适用"),
    "not_applicable": ("does not apply", "不适用"),
    "unknown": ("undecided", "未定"),
    "not_reached": ("not reached", "未触及"),
    "not_in_force": ("not in force", "不具效力"),
}


def _fact_values(
    r: render.Renderer, policy: ir.Policy, names: Sequence[str], facts: Mapping[str, object]
) -> str:
    parts = []
    for name in names:
        fact = policy.fact(name)
        parts.append(f"{r.name(name, 'fact')} = {r.value(facts.get(name), fact.type)}")
    return ", ".join(parts)


def _fact_sentence(policy: ir.Policy, name: str, v: object, lang: str) -> str:
    fact = policy.fact(name)
    desc = render.text_of(fact.description, lang)
    shown = render.value(v, fact.type, lang)
    if lang == "zh":
        return f"`{name}`为{shown}（{render.md_escape(desc)}）"
    return f"`{name}` were {shown} ({render.md_escape(desc)})"


def explain_decision(
    policy: ir.Policy,
    decision: runtime.Decision,
    facts: Mapping[str, object],
    lang: str = "en",
    lists: Mapping[str, object] | None = None,
    with_counterfactuals: bool = True,
    heading: str = "##",
) -> str:
    """A Markdown case-file note for one decision (same content in English and Chinese)."""
    zh = lang == "zh"
    r = render.Renderer(policy, lang, MD)
    info = decision.policy
    label = render.label(policy, decision.outcome, lang)
    lines = [
        f"{heading} {'决定' if zh else 'Decision'}: {render.md_escape(label)} (`{decision.outcome}`)",
        "",
    ]
    title = render.md_escape(render.text_of(policy.title, lang))
    if zh:
        lines.append(
            f"规则 `{policy.id}`（{title}），截至 {decision.as_of.isoformat()}。"
            f"生效日期 {policy.effective.isoformat()}"
            + (f"，合规日期 {policy.compliance.isoformat()}" if policy.compliance else "")
            + (f"，终止日期 {policy.ends.isoformat()}" if policy.ends else "")
            + f"。内容哈希 `{info.content_hash}`，earmark {info.compiler_version}。"
        )
    else:
        lines.append(
            f"Policy `{policy.id}` ({title}), as of {decision.as_of.isoformat()}. "
            f"Effective {policy.effective.isoformat()}"
            + (f", compliance {policy.compliance.isoformat()}" if policy.compliance else "")
            + (f", ends {policy.ends.isoformat()}" if policy.ends else "")
            + f". Content hash `{info.content_hash}`, earmark {info.compiler_version}."
        )
    lines.append("")
    if decision.outcome == ir.NOT_IN_FORCE:
        lines.append(render.md_escape(decision.explanation(lang)))
        return "\n".join(lines) + "\n"
    trace = {t.rule: t for t in decision.trace}

    def conditions(rule: ir.Rule, which: str) -> list[str]:
        entry = trace[rule.name]
        out = []
        for conjunct, (_, value) in zip(rule.conjuncts, entry.conditions, strict=True):
            state = (
                value is True
                if which == "held"
                else (value is False if which == "failed" else isinstance(value, runtime.Unknown))
            )
            if not state:
                continue
            names = render.facts_read(conjunct.expr, policy)
            shown = f" — {_fact_values(r, policy, names, facts)}" if names else ""
            out.append(f"{r.expr(conjunct.expr)}{shown}")
        return out

    if decision.rule is not None:
        rule = policy.rule(decision.rule)
        lines.append(
            f"**{'决定规则' if zh else 'Deciding rule'}:** `{rule.name}` — {render.markdown_citation(rule.citation, lang)}"
        )
        if rule.parent:
            lines.append("")
            lines.append(
                f"此为规则 `{rule.parent}` 的例外，推翻了其结论。"
                if zh
                else f"It is an exception to `{rule.parent}` and overrides that rule's outcome."
            )
        lines += ["", f"{'成立的条件' if zh else 'Conditions that held'}:", ""]
        chain = []
        node: ir.Rule | None = rule
        while node is not None:
            chain.append(node)
            node = policy.rule(node.parent) if node.parent else None
        for item in reversed(chain):
            for text in conditions(item, "held"):
                lines.append(f"- ({item.name}) {text}")
    elif decision.outcome == policy.default:
        lines.append(
            f"没有规则适用，因此适用默认结论。出处：{render.markdown_citation(policy.source, lang)}"
            if zh
            else f"No rule applied, so the policy's default outcome applies. Source: {render.markdown_citation(policy.source, lang)}"
        )
    # the other rules considered: which condition failed, or is undecided
    others = [
        t for t in decision.trace if t.rule != decision.rule and t.status not in ("not_reached",)
    ]
    if others:
        lines += ["", f"{'其他已考虑的规则' if zh else 'Other rules considered'}:", ""]
        for t in others:
            rule = policy.rule(t.rule)
            status = _STATUS.get(t.status, (t.status, t.status))[1 if zh else 0]
            head = f"- `{rule.name}` ({status}; {render.citation_text(rule.citation, lang)})"
            failed = conditions(rule, "failed")
            undecided = conditions(rule, "unknown")
            if t.status == "not_applicable" and failed:
                head += (" 不成立的条件：" if zh else ": failed: ") + failed[0]
            elif t.status == "unknown" and undecided:
                head += (" 未定的条件：" if zh else ": undecided: ") + "; ".join(undecided)
            elif t.overridden_by:
                head += (
                    f" 被 `{t.overridden_by}` 推翻"
                    if zh
                    else f": overridden by `{t.overridden_by}`"
                )
            lines.append(head)
    if decision.outcome == ir.NEEDS_INFORMATION:
        lines += ["", f"{'需提供的事实' if zh else 'Facts to supply'}:", ""]
        for name in decision.missing:
            fact = policy.fact(name)
            waiting = [
                t.rule
                for t in decision.trace
                if t.status == "unknown" and name in policy.rule(t.rule).facts
            ]
            why = (
                ("规则 " + "、".join(f"`{w}`" for w in waiting) + " 的条件取决于它")
                if zh
                else ("the condition of " + ", ".join(f"`{w}`" for w in waiting) + " depends on it")
            )
            lines.append(
                f"- `{name}` ({render.md_escape(render.text_of(fact.description, lang))}; "
                f"{render.fact_type_text(fact.type, lang)}): {why}."
            )
            for value, outcome, rule_name in supply_options(
                policy, facts, decision.as_of, fact, lists, info
            ):
                by = f" ({'依据' if zh else 'by'} `{rule_name}`)" if rule_name else ""
                lines.append(
                    f"  - {'若为' if zh else 'if'} {r.value(value, fact.type)}: "
                    f"{render.md_escape(render.label(policy, outcome, lang))}{by}"
                )
    if with_counterfactuals and decision.outcome != ir.NEEDS_INFORMATION:
        changes = counterfactuals(policy, facts, decision.as_of, decision, lists, info)
        lines += [
            "",
            f"{'可改变结论的最小单项变化' if zh else 'What would change the outcome (one fact at a time)'}:",
            "",
        ]
        if not changes:
            lines.append(
                "- 没有任何单项事实变化能改变结论。"
                if zh
                else "- No change of a single fact changes the outcome."
            )
        for c in changes:
            by = (
                f"（依据规则 `{c.rule}`）"
                if zh and c.rule
                else f" (by rule `{c.rule}`)"
                if c.rule
                else ""
            )
            target = render.md_escape(render.label(policy, c.outcome, lang))
            if zh:
                lines.append(
                    f"- 若{_fact_sentence(policy, c.fact, c.new, lang)}，结论将为“{target}”{by}。"
                )
            else:
                lines.append(
                    f"- The outcome would be “{target}”{by} if {_fact_sentence(policy, c.fact, c.new, lang)}."
                )
    # dated values read, with the date they were read at
    dated_lines = _dated_read(policy, decision, facts, lang)
    if dated_lines:
        lines += ["", f"{'所用的按日期取值' if zh else 'Dated values used'}:", ""] + dated_lines
    lines += ["", f"{'法条出处' if zh else 'Citations'}:", ""]
    for what, cited in decision.citations:
        cite = ir.Citation(cited.text, cited.grade, cited.note)
        lines.append(f"- {render.md_escape(what)}: {render.markdown_citation(cite, lang)}")
    if decision.unverified:
        lines += [
            "",
            f"**{'未经核实的条款' if zh else 'Unverified provisions'}:** "
            + ", ".join(
                f"{render.md_escape(w)} ({c.text} [{c.grade}])" for w, c in decision.unverified
            ),
        ]
    for fact_name, value, list_name, entry in decision.matches:
        lines.append("")
        lines.append(
            f"名单匹配：`{fact_name}`“{render.md_escape(value)}”与 `{list_name}` 中的“{render.md_escape(entry.name)}”匹配（{entry.origin}）。"
            if zh
            else f"List match: `{fact_name}` “{render.md_escape(value)}” is on `{list_name}` as “{render.md_escape(entry.name)}” ({entry.origin})."
        )
    lines += ["", f"> {render.md_escape(decision.explanation(lang))}"]
    return "\n".join(lines) + "\n"


def _dated_read(
    policy: ir.Policy, decision: runtime.Decision, facts: Mapping[str, object], lang: str
) -> list[str]:
    """Dated values the deciding (or undecided) rules read, with the date and value."""
    names: list[tuple[str, ir.Expr | None]] = []
    rules = (
        [decision.rule]
        if decision.rule
        else [t.rule for t in decision.trace if t.status in ("unknown", "decided")]
    )
    definitions = {d.name: d for d in policy.definitions}
    stack: list[ir.Expr] = [c.expr for name in rules if name for c in policy.rule(name).conjuncts]
    seen: set[str] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, ir.Ref) and node.name not in seen:
            seen.add(node.name)
            stack.append(definitions[node.name].expr)
        elif isinstance(node, ir.Dated) and (node.name, node.key) not in names:
            names.append((node.name, node.key))
        stack.extend(ir.children(node))
    out = []
    ev = interpreter.Evaluator(policy, facts, decision.as_of)
    r = render.Renderer(policy, lang, MD)
    for name, key in sorted(names, key=lambda x: (x[0], str(x[1]))):
        value = policy.dated_value(name)
        if value.members:
            continue  # lists: shown through their members, not as one value
        at = decision.as_of if key is None else ev.eval(key)
        if isinstance(at, runtime.Unknown):
            continue
        assert isinstance(at, dt.date)
        v = ev.dated_value(name, at)
        where = r.expr(key) if key is not None else render.word("evaluation_date", lang)
        out.append(
            f"- `{name}` {'于' if lang == 'zh' else 'at'} {where} ({at.isoformat()}): {r.value(v, value.type)}"
        )
    return out


# ---- the policy document ------------------------------------------------------------------------


def rule_sentence(policy: ir.Policy, rule: ir.Rule, lang: str, style: render.Style = MD) -> str:
    """`Presumed 3A090.a ... when X, and Y, unless E1 or E2 applies.` from the IR."""
    r = render.Renderer(policy, lang, style)
    zh = lang == "zh"
    cond = r.conjuncts(c.expr for c in rule.conjuncts)
    exceptions = [r.name(c.name, "rule") for c in policy.children_of(rule.name)]
    label = r.t(render.label(policy, rule.outcome, lang))
    if zh:
        text = f"当{cond}时，{label}"
        if exceptions:
            text += r.t("，除非") + "、".join(exceptions) + r.t("适用")
        text += r.t("。")
        if rule.parent:
            text = (
                r.t("作为")
                + r.name(rule.parent, "rule")
                + r.t("的例外（仅在该规则适用时考虑）：")
                + text
            )
        return text
    text = r.t(render.capitalize(render.label(policy, rule.outcome, lang))) + r.t(" when ") + cond
    if exceptions:
        joined = (
            exceptions[0]
            if len(exceptions) == 1
            else r.t(", ").join(exceptions[:-1]) + r.t(" or ") + exceptions[-1]
        )
        text += r.t(", unless ") + joined + r.t(" applies")
    text += r.t(".")
    if rule.parent:
        text = (
            r.t("As an exception to ")
            + r.name(rule.parent, "rule")
            + r.t(" (considered only when it applies): ")
            + text
        )
    return text


def definition_sentence(
    policy: ir.Policy, d: ir.Definition, lang: str, style: render.Style = MD
) -> str:
    r = render.Renderer(policy, lang, style)
    if lang == "zh":
        return r.name(d.name, d.kind) + r.t("指：") + r.expr(d.expr) + r.t("。")
    verb = " holds when " if d.type.kind == "bool" else " is "
    return r.name(d.name, d.kind) + r.t(verb) + r.expr(d.expr) + r.t(".")


def template_text(template: ir.Template, lang: str) -> str:
    out = []
    for part in template.parts:
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, ir.AsOf):
            out.append("{as_of}")
        else:
            out.append("{" + part.name + "}")
    return "".join(out)


def _h(zh: bool, en: str, cn: str) -> str:
    return cn if zh else en


def policy_document(policy: ir.Policy, lang: str) -> str:
    zh = lang == "zh"
    info = policy_info(policy)
    r = render.Renderer(policy, lang, MD)
    title = render.md_escape(render.text_of(policy.title, lang))
    used = used_names(policy)
    lines = [
        f"# {title}",
        "",
        f"`{policy.id}` · {_h(zh, 'generated from', '生成自')} `{policy.path}` · earmark {__version__} · `{policy.content_hash}`",
        "",
        _h(
            zh,
            "Generated from the policy's IR; do not edit. Each rule below is written out from the same "
            "representation the checkers run.",
            "本文件由规则的中间表示生成，请勿编辑。以下每条规则均由与检查程序相同的表示生成。",
        ),
        "",
        "| | |",
        "|---|---|",
        f"| {_h(zh, 'source', '出处')} | {render.markdown_citation(policy.source, lang)} |",
        f"| {_h(zh, 'effective', '生效日期')} | {policy.effective.isoformat()} |",
        f"| {_h(zh, 'compliance', '合规日期')} | {policy.compliance.isoformat() if policy.compliance else '-'} |",
        f"| {_h(zh, 'ends', '终止日期')} | {policy.ends.isoformat() if policy.ends else '-'} |",
        f"| {_h(zh, 'default outcome', '默认结论')} | `{policy.default}`: {render.md_escape(render.label(policy, policy.default, lang))} |",
        "",
        _h(
            zh,
            "Grades: **P** primary text seen; **T** CFR wording seen in a copy; **S** secondary source "
            "(UNCONFIRMED); **I** inference (UNCONFIRMED).",
            "等级：**P** 已见原始文本；**T** 已见CFR措辞副本；**S** 二手来源（未经核实）；**I** 推断（未经核实）。",
        ),
        "",
        f"## {_h(zh, 'Outcomes', '结论')}",
        "",
    ]
    for o in policy.outcomes:
        default = _h(zh, " (default)", "（默认）") if o.name == policy.default else ""
        lines.append(f"- `{o.name}`{default}: {render.md_escape(render.text_of(o.label, lang))}")
    lines += ["", f"## {_h(zh, 'Rules', '规则')}", ""]
    lines.append(
        _h(
            zh,
            "A rule applies when its condition holds. An exception is considered only when the rule it is an "
            "exception to applies, and then its outcome replaces that rule's. Among sibling rules the higher "
            "priority wins. When no rule applies, the default outcome applies. An unknown fact that could change "
            "the outcome makes the answer *needs information*.",
            "规则的条件成立时该规则适用。例外仅在其所例外的规则适用时才被考虑，适用时其结论取代该规则的结论。"
            "同级规则中优先级高者优先。没有规则适用时，适用默认结论。可能改变结论的未知事实会使结论为“需补充信息”。",
        )
    )
    lines.append("")

    def emit(parent: str | None, depth: int) -> None:
        for rule in policy.children_of(parent):
            kind = _h(zh, "Rule", "规则")
            lines.append(
                f"### {kind} `{rule.name}`"
                + (f" ({_h(zh, 'exception to', '例外于')} `{rule.parent}`)" if rule.parent else "")
            )
            lines.append("")
            lines.append(rule_sentence(policy, rule, lang))
            lines.append("")
            lines.append(
                f"- {_h(zh, 'Citation', '法条出处')}: {render.markdown_citation(rule.citation, lang)}"
            )
            lines.append(
                f"- {_h(zh, 'In force', '有效期')}: {render.validity(rule.effective, rule.ends, lang)}"
            )
            siblings = [s for s in policy.children_of(rule.parent) if s.name != rule.name]
            lower = [s.name for s in siblings if s.priority < rule.priority]
            prio = f"{rule.priority}"
            if lower:
                prio += _h(zh, "; outranks ", "；优先于 ") + ", ".join(f"`{n}`" for n in lower)
            lines.append(f"- {_h(zh, 'Priority', '优先级')}: {prio}")
            lines.append(f"- {_h(zh, 'Conditions (as written)', '条件（原文）')}:")
            for c in rule.conjuncts:
                lines.append(f"  - `{c.text}`")
            template = rule.explain_zh if zh else rule.explain_en
            lines.append(
                f"- {_h(zh, 'Explanation given with a decision', '决定时给出的说明')}: “{render.md_escape(template_text(template, lang))}”"
            )
            facts = ", ".join(f"`{f}`" for f in rule.facts)
            lines.append(f"- {_h(zh, 'Facts read', '所读事实')}: {facts or '-'}")
            lines.append(f"- {_h(zh, 'Source', '源文件')}: `{rule.span.file}:{rule.span.line}`")
            lines.append("")
            emit(rule.name, depth + 1)

    emit(None, 0)
    defs = [d for d in policy.definitions if d.name in used]
    if defs:
        lines += [f"## {_h(zh, 'Definitions', '定义')}", ""]
        for d in defs:
            lines.append(f"### `{d.name}`")
            lines.append("")
            lines.append(definition_sentence(policy, d, lang))
            if d.description:
                lines += ["", render.md_escape(render.text_of(d.description, lang))]
            lines += [
                "",
                f"- {_h(zh, 'Citation', '法条出处')}: {render.markdown_citation(d.citation, lang)}",
                "",
            ]
    dated = [v for v in policy.dated if v.name in used and not v.members]
    if dated:
        lines += [f"## {_h(zh, 'Dated values', '按日期变化的值')}", ""]
        for v in dated:
            lines.append(f"### `{v.name}`")
            lines.append("")
            if v.description:
                lines += [render.md_escape(render.text_of(v.description, lang)), ""]
            lines.append(
                f"{_h(zh, 'Citation', '法条出处')}: {render.markdown_citation(v.citation, lang)}"
            )
            lines += [
                "",
                f"| {_h(zh, 'from', '自')} | {_h(zh, 'value', '值')} | {_h(zh, 'grade', '等级')} | {_h(zh, 'note', '备注')} |",
                "|---|---|---|---|",
            ]
            for s in v.segments:
                start = s.start.isoformat() if s.start else _h(zh, "(beginning)", "（起始）")
                grade = s.citation.grade if s.citation and s.citation.grade else "-"
                note = render.md_escape(s.citation.note) if s.citation and s.citation.note else ""
                lines.append(f"| {start} | {r.value(s.value.value, v.type)} | {grade} | {note} |")
            lines.append("")
    lists = [v for v in policy.dated if v.name in used and v.members]
    if lists:
        lines += [f"## {_h(zh, 'Lists', '清单')}", ""]
        for v in lists:
            lines += list_section(policy, v, lang)
    entity_lists = [e for e in policy.entity_lists if e.name in used]
    if entity_lists:
        lines += [f"## {_h(zh, 'Entity lists', '实体名单')}", ""]
        for e in entity_lists:
            lines += entity_section(e, lang)
    unused = sorted(
        n
        for n in (
            [d.name for d in policy.definitions]
            + [v.name for v in policy.dated]
            + [e.name for e in policy.entity_lists]
        )
        if n not in used
    )
    if unused:
        lines.append(
            _h(zh, "Imported but not used by this policy: ", "已导入但本规则未使用：")
            + ", ".join(f"`{n}`" for n in unused)
            + "."
        )
        lines.append("")
    lines += [
        f"## {_h(zh, 'Facts', '事实')}",
        "",
        f"| {_h(zh, 'fact', '事实')} | {_h(zh, 'type', '类型')} | {_h(zh, 'may be unknown', '可为未知')} | {_h(zh, 'meaning', '含义')} |",
        "|---|---|---|---|",
    ]
    for f in policy.facts:
        optional = render.word("yes" if f.optional else "no", lang)
        lines.append(
            f"| `{f.name}` | {render.md_escape(str(f.type))} | {optional} | {render.md_escape(render.text_of(f.description, lang))} |"
        )
    lines += ["", f"## {_h(zh, 'Worked examples', '示例')}", ""]
    for i, ex in enumerate(policy.examples, 1):
        lines += worked_example(policy, ex, i, lang, info)
    return "\n".join(lines).rstrip("\n") + "\n"


def list_section(policy: ir.Policy, v: ir.DatedValue, lang: str, heading: str = "###") -> list[str]:
    zh = lang == "zh"
    lines = [f"{heading} `{v.name}`", ""]
    if v.description:
        lines += [render.md_escape(render.text_of(v.description, lang)), ""]
    lines.append(f"{_h(zh, 'Citation', '法条出处')}: {render.markdown_citation(v.citation, lang)}")
    lines += [
        "",
        f"| {_h(zh, 'member', '成员')} | {_h(zh, 'from', '自')} | {_h(zh, 'until', '至（不含）')} | {_h(zh, 'grade', '等级')} | {_h(zh, 'note', '备注')} |",
        "|---|---|---|---|---|",
    ]
    element = v.type.element if v.type.kind == "set" else None
    list_grade = v.citation.grade if v.citation and v.citation.grade else "-"
    for m in v.members:
        grade = m.citation.grade if m.citation and m.citation.grade else list_grade
        note = render.md_escape(m.citation.note) if m.citation and m.citation.note else ""
        lines.append(
            f"| {render.md_escape(render.value(m.value, element, lang))} | {m.start.isoformat() if m.start else '-'} | "
            f"{m.until.isoformat() if m.until else '-'} | {grade} | {note} |"
        )
    lines.append("")
    return lines


def entity_section(e: ir.EntityList, lang: str, heading: str = "###") -> list[str]:
    zh = lang == "zh"
    ext = (
        _h(
            zh,
            " (extensible: add your own entries at run time)",
            "（可扩展：运行时可加入自己的条目）",
        )
        if e.extensible
        else ""
    )
    lines = [f"{heading} `{e.name}`{ext}", ""]
    if e.description:
        lines += [render.md_escape(render.text_of(e.description, lang)), ""]
    lines.append(f"{_h(zh, 'Citation', '法条出处')}: {render.markdown_citation(e.citation, lang)}")
    lines.append("")
    if not e.entries:
        lines += [_h(zh, "No entries in the policy.", "规则中没有条目。"), ""]
        return lines
    lines += [
        f"| {_h(zh, 'name', '名称')} | {_h(zh, 'aliases', '别名')} | {_h(zh, 'country', '国家或地区')} | {_h(zh, 'from', '自')} | {_h(zh, 'until', '至')} | {_h(zh, 'remark', '备注')} | {_h(zh, 'grade', '等级')} |",
        "|---|---|---|---|---|---|---|",
    ]
    for x in e.entries:
        grade = x.citation.grade if x.citation and x.citation.grade else "-"
        lines.append(
            f"| {render.md_escape(x.name)} | {render.md_escape('; '.join(x.aliases))} | {x.country or '-'} | "
            f"{x.start.isoformat() if x.start else '-'} | {x.until.isoformat() if x.until else '-'} | "
            f"{render.md_escape(x.remark or '')} | {grade} |"
        )
    lines.append("")
    return lines


def worked_example(
    policy: ir.Policy, ex: ir.Example, number: int, lang: str, info: runtime.PolicyInfo
) -> list[str]:
    zh = lang == "zh"
    facts = dict(ex.given)
    decision = interpreter.evaluate(policy, facts, ex.as_of, info)
    r = render.Renderer(policy, lang, MD)
    lines = [f"### {number}. {render.md_escape(ex.title)}", ""]
    lines.append(f"{_h(zh, 'As of', '截至')} {ex.as_of.isoformat()}. {_h(zh, 'Given', '已知')}:")
    lines.append("")
    for name, value in ex.given:
        fact = policy.fact(name)
        lines.append(f"- `{name}` = {r.value(value, fact.type)}")
    if not ex.given:
        lines.append(_h(zh, "- (no facts)", "- （无事实）"))
    lines.append("")
    got_rule = decision.rule or ("default" if decision.outcome == policy.default else "-")
    ok = decision.outcome == ex.expect and (ex.by is None or ex.by == got_rule)
    mark = "✓" if ok else "✗"
    expected = f"`{ex.expect}`" + (f" {_h(zh, 'by', '依据')} `{ex.by}`" if ex.by else "")
    lines.append(
        f"**{_h(zh, 'Outcome', '结论')}:** {render.md_escape(render.label(policy, decision.outcome, lang))} (`{decision.outcome}`)"
        + (f", {_h(zh, 'by rule', '依据规则')} `{decision.rule}`" if decision.rule else "")
        + f" — {_h(zh, 'expected', '预期')} {expected} {mark}"
    )
    if decision.missing:
        lines.append("")
        lines.append(
            f"{_h(zh, 'Missing', '缺少')}: " + ", ".join(f"`{m}`" for m in decision.missing)
        )
    lines += ["", f"> {render.md_escape(decision.explanation(lang))}", ""]
    return lines


def generate(policy: ir.Policy, langs: tuple[str, ...] = render.LANGS) -> dict[str, str]:
    return {f"{policy.id}.{lang}.md": policy_document(policy, lang) for lang in langs}
