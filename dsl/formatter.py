"""The canonical formatter (`earmark fmt`): syntax tree -> policy text.

Properties the tests hold it to: the output parses to an equal tree (meaning
is preserved), formatting is idempotent, and every comment survives. A comment
between a rule's clauses stays before the clause it preceded; one inside any other
declaration moves to just above that declaration.
"""

from __future__ import annotations

from decimal import Decimal

from earmark.dsl import ast
from earmark.dsl.spans import Span

WIDTH = 96
_PREC = {"or": 1, "and": 2, "not": 3, "predicate": 4, "+": 5, "-": 5, "*": 6, "neg": 7}
_PREC.update({op: 4 for op in ("==", "!=", "<", "<=", ">", ">=", "in", "not in", "overlaps")})
_ATOM = 9


def quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    )
    return f'"{escaped}"'


def number(value: int | Decimal) -> str:
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text if "." in text else text + ".0"
    if value >= 10**15:
        digits = str(value).rstrip("0")
        zeros = len(str(value)) - len(digits)
        if zeros >= 12:
            mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
            return f"{mantissa}e{zeros + len(digits) - 1}"
    if value >= 10_000:
        return f"{value:_}"
    return str(value)


def precedence(e: ast.Expr) -> int:
    if isinstance(e, ast.Binary):
        return _PREC[e.op]
    if isinstance(e, ast.Unary):
        return _PREC["not"] if e.op == "not" else _PREC["neg"]
    if isinstance(e, (ast.IsKnown, ast.Matches)):
        return _PREC["predicate"]
    if isinstance(e, ast.At):
        return 8
    if isinstance(e, ast.Number) and e.unit is not None:
        return 8  # `30 nm` must not be split by `at`
    return _ATOM


def expr(e: ast.Expr) -> str:
    if isinstance(e, ast.Name):
        return e.name
    if isinstance(e, ast.Number):
        text = number(e.value)
        return f"{text} {e.unit}" if e.unit else text
    if isinstance(e, ast.DateLit):
        return e.value.isoformat()
    if isinstance(e, ast.StringLit):
        return quote(e.value)
    if isinstance(e, ast.BoolLit):
        return "true" if e.value else "false"
    if isinstance(e, ast.UnknownLit):
        return "unknown"
    if isinstance(e, ast.SetLit):
        return "{" + ", ".join(expr(i) for i in e.items) + "}"
    if isinstance(e, ast.Call):
        return f"{e.function}(" + ", ".join(expr(a) for a in e.args) + ")"
    if isinstance(e, ast.At):
        return f"{_wrap(e.target, _ATOM)} at {_wrap(e.key, _ATOM)}"
    if isinstance(e, ast.IsKnown):
        return f"{_wrap(e.operand, 5)} is {'unknown' if e.negated else 'known'}"
    if isinstance(e, ast.Matches):
        return f"{_wrap(e.subject, 5)} matches {e.list}"
    if isinstance(e, ast.Unary):
        if e.op == "not":
            return f"not {_wrap(e.operand, _PREC['not'])}"
        return f"-{_wrap(e.operand, _PREC['neg'])}"
    assert isinstance(e, ast.Binary)
    p = _PREC[e.op]
    if p == _PREC["predicate"]:  # comparisons do not chain
        return f"{_wrap(e.left, p + 1)} {e.op} {_wrap(e.right, p + 1)}"
    return f"{_wrap(e.left, p, e.op)} {e.op} {_wrap(e.right, p + 1, e.op)}"


def _wrap(e: ast.Expr, minimum: int, parent: str | None = None) -> str:
    needs = precedence(e) < minimum
    # `and` inside `or` is always parenthesised: readers should not need to know precedence
    if parent == "or" and isinstance(e, ast.Binary) and e.op == "and":
        needs = True
    return f"({expr(e)})" if needs else expr(e)


def _chain(e: ast.Expr, op: str) -> list[ast.Expr]:
    if isinstance(e, ast.Binary) and e.op == op:
        return _chain(e.left, op) + [e.right]
    return [e]


def block_expr(e: ast.Expr, indent: str, lead: str) -> list[str]:
    """`lead EXPR` on one line if it fits, else one and/or operand per line."""
    flat = f"{indent}{lead}{expr(e)}"
    if isinstance(e, ast.Binary) and e.op in ("and", "or"):
        parts = _chain(e, e.op)
        if len(flat) > WIDTH or len(parts) > 2:
            lines = [f"{indent}{lead}{_wrap(parts[0], _PREC[e.op], e.op)}"]
            pad = indent + "  "
            lines += [f"{pad}{e.op} {_wrap(p, _PREC[e.op] + 1, e.op)}" for p in parts[1:]]
            return lines
    if isinstance(e, ast.SetLit) and len(flat) > WIDTH:
        return [
            f"{indent}{lead}{{",
            *_fill([expr(i) for i in e.items], indent + "    "),
            f"{indent}  }}",
        ]
    return [flat]


def _fill(items: list[str], indent: str) -> list[str]:
    lines: list[str] = []
    line = indent
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if line.strip() and len(line) + 1 + len(piece) > WIDTH:
            lines.append(line.rstrip())
            line = indent
        line += (" " if line.strip() else "") + piece
    lines.append(line.rstrip())
    return lines


def _text(keyword: str | None, t: ast.Text, indent: str) -> list[str]:
    inner = indent + "  " if keyword else indent
    head = [f"{indent}{keyword}"] if keyword else []
    return head + [f"{inner}en {quote(t.en)}", f"{inner}zh {quote(t.zh)}"]


def _provenance(p: ast.Provenance | None, indent: str) -> tuple[str, list[str]]:
    if p is None:
        return "", []
    note = [f"{indent}  note {quote(p.note)}"] if p.note is not None else []
    return f" grade {p.grade}", note


def _cite(c: ast.Citation | None, indent: str) -> list[str]:
    if c is None:
        return []
    grade, note = _provenance(c.provenance, indent)
    return [f"{indent}cite {quote(c.text)}{grade}", *note]


def _dated(keyword: str, d: ast.DatedClause | None, indent: str) -> list[str]:
    if d is None:
        return []
    grade, note = _provenance(d.provenance, indent)
    return [f"{indent}{keyword} {d.date.isoformat()}{grade}", *note]


def _type(t: ast.TypeExpr) -> str:
    if t.kind in ("integer", "decimal") and t.unit:
        return f"{t.kind} [{t.unit}]"
    if t.kind == "enum":
        return "enum(" + ", ".join(t.members) + ")"
    if t.kind == "set":
        assert t.element is not None
        return f"set of {_type(t.element)}"
    return t.kind


def header(h: ast.PolicyHeader) -> list[str]:
    lines = [f"{h.kind} {h.name}"]
    if h.title:
        lines += _text("title", h.title, "  ")
    if h.source:
        grade, note = _provenance(h.source.provenance, "  ")
        lines += [f"  source {quote(h.source.text)}{grade}", *note]
    lines += _dated("effective", h.effective, "  ")
    lines += _dated("compliance", h.compliance, "  ")
    lines += _dated("ends", h.ends, "  ")
    if h.default:
        lines.append(f"  default {h.default}")
    return lines


def declaration(d: ast.Declaration) -> list[str]:
    if isinstance(d, ast.OutcomeDecl):
        return [f"outcome {d.name}", *_text(None, d.label, "  ")]
    if isinstance(d, ast.FactDecl):
        optional = "optional " if d.optional else ""
        return [f"fact {d.name} : {optional}{_type(d.type)}", *_text(None, d.description, "  ")]
    if isinstance(d, ast.SetDecl):
        lines = block_expr(d.value, "", f"set {d.name} of {_type(d.element)} = ")
        return lines + _meta(d.description, d.citation)
    if isinstance(d, ast.DatedDecl):
        lines = [f"dated {d.name} : {_type(d.type)}"]
        grade, note = _provenance(d.initial_provenance, "  ")
        lines += [f"  initially {expr(d.initial)}{grade}", *note]
        for entry in d.entries:
            grade, note = _provenance(entry.provenance, "  ")
            lines += [f"  from {entry.start.isoformat()} {expr(entry.value)}{grade}", *note]
        return lines + _meta(d.description, d.citation)
    if isinstance(d, ast.ListDecl):
        lines = [f"list {d.name} of {_type(d.element)}", *_meta(d.description, d.citation)]
        for m in d.members:
            window = (f" from {m.start.isoformat()}" if m.start else "") + (
                f" until {m.until.isoformat()}" if m.until else ""
            )
            grade, note = _provenance(m.provenance, "  ")
            lines += [f"  member {expr(m.value)}{window}{grade}", *note]
        return lines
    if isinstance(d, ast.EntitiesDecl):
        head = f"entities {d.name}" + (" extensible" if d.extensible else "")
        lines = [head, *_meta(d.description, d.citation)]
        for e in d.entities:
            lines.append(f"  entity {quote(e.name)}")
            if e.aliases:
                alias_lines = _fill([quote(a) for a in e.aliases], "      ")
                lines.append("    aliases " + alias_lines[0].strip())
                lines += alias_lines[1:]
            if e.country:
                lines.append(f"    country {quote(e.country)}")
            if e.start:
                lines.append(f"    from {e.start.isoformat()}")
            if e.until:
                lines.append(f"    until {e.until.isoformat()}")
            if e.remark is not None:
                lines.append(f"    remark {quote(e.remark)}")
            if e.provenance:
                grade, note = _provenance(e.provenance, "    ")
                lines += [f"    {grade.strip()}", *note]
        return lines
    if isinstance(d, ast.Definition):
        one = f"define {d.name} = {expr(d.value)}"
        lines = block_expr(d.value, "", f"define {d.name} = ")
        if len(lines) > 1 or len(one) > WIDTH:
            lines = [f"define {d.name} =", *block_expr(d.value, "  ", "")]
        return lines + _meta(d.description, d.citation)
    if isinstance(d, ast.Rule):
        return rule(d)
    return example(d)


def _meta(description: ast.Text | None, citation: ast.Citation | None) -> list[str]:
    lines = _text("describe", description, "  ") if description else []
    return lines + _cite(citation, "  ")


Group = tuple[int | None, list[str]]  # (source line of the clause, its formatted lines)


def _line(span: object) -> int | None:
    """The source line of a span, or None for a tree built in memory."""
    if isinstance(span, Span) and span.file != Span.unknown().file:
        return span.line
    return None


def rule_groups(r: ast.Rule) -> list[Group]:
    """A rule's clauses in canonical order, each with the source line it came from, so
    that comments between clauses stay with the clause they precede."""
    groups: list[Group] = [(None, [f"rule {r.name}"])]
    if r.exception_to:
        groups.append((_line(r.exception_span), [f"  exception to {r.exception_to}"]))
    if r.priority:
        groups.append((None, [f"  priority {r.priority}"]))
    if r.effective:
        groups.append((_line(r.effective.span), _dated("effective", r.effective, "  ")))
    if r.ends:
        groups.append((_line(r.ends.span), _dated("ends", r.ends, "  ")))
    if r.when is not None:
        groups.append((_line(r.when.span), block_expr(r.when, "  ", "when ")))
    if r.then:
        groups.append((_line(r.then_span), [f"  then {r.then}"]))
    if r.citation:
        groups.append((_line(r.citation.span), _cite(r.citation, "  ")))
    if r.explain:
        groups.append((_line(r.explain.span), _text("explain", r.explain, "  ")))
    return groups


def rule(r: ast.Rule) -> list[str]:
    return [line for _, lines in rule_groups(r) for line in lines]


def _place_in_rule(r: ast.Rule, comments: list[ast.Comment]) -> list[str]:
    """The rule's lines with each comment before the clause that follows it in the source
    (a comment after the last clause ends the rule)."""
    groups = rule_groups(r)
    before: list[list[str]] = [[] for _ in groups]
    after: list[str] = []
    for c in comments:
        text = "  " + (f"#{c.text}" if c.text else "#")
        following = [(line, i) for i, (line, _) in enumerate(groups) if line and c.line <= line]
        if following:
            before[min(following)[1]].append(text)
        else:
            after.append(text)
    out: list[str] = []
    for (_, lines), pending in zip(groups, before, strict=True):
        out += pending + lines
    return out + after


def example(x: ast.Example) -> list[str]:
    lines = [f"example {quote(x.title)}"]
    if x.as_of:
        lines.append(f"  as of {x.as_of.isoformat()}")
    if x.given:
        bindings = [f"{b.name} = {expr(b.value)}" for b in x.given]
        filled = _fill(bindings, "    ")
        lines.append("  given " + filled[0].strip())
        lines += filled[1:]
    if x.expect:
        line = f"  expect {x.expect}"
        if x.by:
            line += f" by {x.by}"
        if x.missing:
            line += " missing " + ", ".join(x.missing)
        lines.append(line)
    return lines


def format_policy(policy: ast.Policy) -> str:
    blocks: list[list[str]] = [header(policy.header)]
    blocks += [[f"import {quote(i.path)}"] for i in policy.imports]
    blocks += [declaration(d) for d in policy.declarations]
    extents = list(policy.extents)
    if len(extents) != len(blocks):  # a tree built in memory: no positions to place comments by
        extents = [(0, 0)] * len(blocks)
    placed: list[list[str]] = [[] for _ in blocks]
    inside: list[list[ast.Comment]] = [[] for _ in blocks]
    trailing: list[str] = []
    first_declaration = 1 + len(policy.imports)
    for comment in policy.comments:
        line = f"#{comment.text}" if comment.text else "#"
        target = next(
            (i for i, (start, end) in enumerate(extents) if comment.line <= end),
            None,
        )
        if target is None:
            trailing.append(line)
            continue
        start = extents[target][0]
        is_rule = target >= first_declaration and isinstance(
            policy.declarations[target - first_declaration], ast.Rule
        )
        if is_rule and comment.line > start:
            inside[target].append(comment)
        else:
            placed[target].append(line)
    for i, comments in enumerate(inside):
        if comments:
            declaration_ = policy.declarations[i - first_declaration]
            assert isinstance(declaration_, ast.Rule)
            blocks[i] = _place_in_rule(declaration_, comments)
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i:
            out.append("")
        out += placed[i] + block
    if trailing:
        out += ["", *trailing]
    return "\n".join(out) + "\n"
