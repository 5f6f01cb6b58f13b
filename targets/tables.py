"""The tables target: each policy as a decision table a reviewer checks row by row.

One row per path through the rule tree: a root rule, an exception to it, an
exception to that exception... Each row lists the conjuncts of every rule on its
path as cells (`yes`, `no`, or `-` for don't-care), the validity window on the
evaluation date, the outcome, the deciding rule, how it relates to the rows it
overlaps (exception / priority / source order), and the citation with its grade.

Hit policy FIRST (DMN vocabulary): rows are read top to bottom and the first row
whose cells all hold gives the outcome. Exceptions come before the rule they are
exceptions to, higher priority before lower, equal priority in source order, and
the policy's default is the last row, which matches everything. So the table has
no gaps by construction, and its overlaps are intended: every overlap is listed
with the reason one row wins (see `Table.overlaps`), and rows that can never win
(masked) or can never match (contradictory) are reported.

Unknown facts: a cell whose fact is unknown is undecided. A rule all of whose cells
hold or are undecided *may* hold; as the interpreter does, each such rule is
considered both holding and not holding, and when the first matching row does not
give the same outcome in every case the answer is `needs_information`.

Outputs: `<id>.tables.csv`, `<id>.tables.en.md`, `<id>.tables.zh.md`, and
`<id>.dmn` (DMN 1.3, valid against the OMG schema; FEEL unary tests).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from earmark import __version__
from earmark.compiler import interpreter, ir, runtime
from earmark.compiler.analyses import exclusive
from earmark.compiler.info import entries
from earmark.targets import render

HIT_POLICY = "FIRST"
YES, NO, ANY = "yes", "no", "-"

NOT_IN_FORCE_ROW = "not_in_force"
RULE_ROW = "rule"
DEFAULT_ROW = "default"


@dataclass(frozen=True)
class Column:
    id: str
    expr: ir.Expr  # the positive test; cells say whether it must hold (yes) or fail (no)
    facts: tuple[str, ...]  # the facts it reads, through definitions
    names: tuple[str, ...]  # definitions, lists, dated values it names


@dataclass(frozen=True)
class Requirement:
    column: int  # index into Table.columns
    wanted: bool
    rule: str  # the rule whose conjunct this is


@dataclass(frozen=True)
class Row:
    number: int  # 1-based, the reading order
    kind: str  # not_in_force | rule | default
    rule: str | None  # the deciding rule (None: default or not in force)
    path: tuple[str, ...]  # root ... rule: every rule that must hold
    requirements: tuple[Requirement, ...]
    start: dt.date | None  # the evaluation date must be on or after (None: no bound)
    end: dt.date | None  # ... and before (None: no bound)
    outcome: str
    priority: int | None
    parent: str | None
    citation: ir.Citation | None

    def cell(self, column: int) -> str:
        wanted = {r.wanted for r in self.requirements if r.column == column}
        if not wanted:
            return ANY
        if len(wanted) == 2:
            return "yes&no"
        return YES if wanted.pop() else NO

    @property
    def contradictory(self) -> bool:
        seen: dict[int, bool] = {}
        for r in self.requirements:
            if seen.setdefault(r.column, r.wanted) != r.wanted:
                return True
        return self.start is not None and self.end is not None and self.end <= self.start


@dataclass(frozen=True)
class Overlap:
    first: int  # row number that wins (it comes first)
    second: int  # row number it shadows where both match
    reason: str  # exception | priority | source_order | conflict


@dataclass(frozen=True)
class Table:
    policy: ir.Policy
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    overlaps: tuple[Overlap, ...]
    masked: tuple[tuple[int, int], ...]  # (row, by earlier row): the row can never be the first hit
    contradictory: tuple[int, ...]  # rows whose own cells exclude each other
    hit_policy: str = HIT_POLICY

    def row_for(self, rule: str | None, kind: str = RULE_ROW) -> Row:
        return next(r for r in self.rows if r.rule == rule and r.kind == kind)


# ---- building --------------------------------------------------------------------------------


def _window(policy: ir.Policy, path: tuple[str, ...]) -> tuple[dt.date | None, dt.date | None]:
    start: dt.date | None = None
    end: dt.date | None = None
    for name in path:
        r = policy.rule(name)
        if r.effective is not None and (start is None or r.effective > start):
            start = r.effective
        if r.ends is not None and (end is None or r.ends < end):
            end = r.ends
    return start, end


def build(policy: ir.Policy) -> Table:
    """The decision table of a policy (pure, deterministic)."""
    columns: list[Column] = []
    index: dict[ir.Expr, int] = {}

    def column_of(expr: ir.Expr) -> int:
        if expr not in index:
            index[expr] = len(columns)
            columns.append(
                Column(
                    f"c{len(columns) + 1}",
                    expr,
                    render.facts_read(expr, policy),
                    render.names_used(expr),
                )
            )
        return index[expr]

    # columns in pre-order of the rule tree (a rule's own tests before its exceptions')
    requirements: dict[str, tuple[Requirement, ...]] = {}

    def visit(parent: str | None) -> None:
        for rule in policy.children_of(parent):
            reqs = []
            for conjunct in rule.conjuncts:
                positive, negated = render.split_negation(conjunct.expr)
                reqs.append(Requirement(column_of(positive), not negated, rule.name))
            requirements[rule.name] = tuple(reqs)
            visit(rule.name)

    visit(None)

    rows: list[Row] = []

    def add(
        kind: str,
        rule: ir.Rule | None,
        path: tuple[str, ...],
        start: dt.date | None,
        end: dt.date | None,
        outcome: str,
        citation: ir.Citation | None,
    ) -> None:
        reqs = tuple(r for name in path for r in requirements[name])
        rows.append(
            Row(
                len(rows) + 1,
                kind,
                rule.name if rule else None,
                path,
                reqs,
                start,
                end,
                outcome,
                rule.priority if rule else None,
                rule.parent if rule else None,
                citation,
            )
        )

    add(NOT_IN_FORCE_ROW, None, (), None, policy.effective, ir.NOT_IN_FORCE, policy.source)
    if policy.ends is not None:
        add(NOT_IN_FORCE_ROW, None, (), policy.ends, None, ir.NOT_IN_FORCE, policy.source)

    def emit(parent: str | None, prefix: tuple[str, ...]) -> None:
        for rule in policy.children_of(parent):
            path = (*prefix, rule.name)
            emit(rule.name, path)  # exceptions first: FIRST hit lets them win
            start, end = _window(policy, path)
            add(RULE_ROW, rule, path, start, end, rule.outcome, rule.citation)

    emit(None, ())
    add(DEFAULT_ROW, None, (), None, None, policy.default, policy.source)
    table_rows = tuple(rows)
    overlaps, masked = _overlaps(policy, table_rows)
    contradictory = tuple(r.number for r in table_rows if r.contradictory)
    return Table(policy, tuple(columns), table_rows, overlaps, masked, contradictory)


def _disjoint_windows(a: Row, b: Row) -> bool:
    if a.end is not None and b.start is not None and a.end <= b.start:
        return True
    return b.end is not None and a.start is not None and b.end <= a.start


def _exclusive_rows(policy: ir.Policy, a: Row, b: Row) -> bool:
    """Provably never both match: opposite cells, disjoint windows, or exclusive rules."""
    if _disjoint_windows(a, b):
        return True
    wanted_a = {(r.column, r.wanted) for r in a.requirements}
    if any((r.column, not r.wanted) in wanted_a for r in b.requirements):
        return True
    rules_a = [policy.rule(n) for n in a.path if n not in b.path]
    rules_b = [policy.rule(n) for n in b.path if n not in a.path]
    return any(exclusive(x, y, policy) for x in rules_a for y in rules_b)


def _overlaps(
    policy: ir.Policy, rows: tuple[Row, ...]
) -> tuple[tuple[Overlap, ...], tuple[tuple[int, int], ...]]:
    rule_rows = [r for r in rows if r.kind == RULE_ROW]
    overlaps: list[Overlap] = []
    masked: list[tuple[int, int]] = []
    for i, a in enumerate(rule_rows):
        for b in rule_rows[i + 1 :]:
            if _exclusive_rows(policy, a, b):
                continue
            if b.rule in a.path:
                reason = "exception"
            else:
                common = 0
                while a.path[common] == b.path[common]:
                    common += 1
                x, y = policy.rule(a.path[common]), policy.rule(b.path[common])
                if x.priority != y.priority:
                    reason = "priority"
                elif a.outcome == b.outcome:
                    reason = "source_order"
                else:
                    reason = "conflict"
            overlaps.append(Overlap(a.number, b.number, reason))
            # b is masked when a's cells are a subset of b's (a holds whenever b does)
            req_a = {(r.column, r.wanted) for r in a.requirements}
            req_b = {(r.column, r.wanted) for r in b.requirements}
            inside = (a.start is None or (b.start is not None and b.start >= a.start)) and (
                a.end is None or (b.end is not None and b.end <= a.end)
            )
            if req_a <= req_b and inside:
                masked.append((b.number, a.number))
    return tuple(overlaps), tuple(masked)


# ---- evaluating the table (used by the faithfulness tests and by readers) ----------------------


@dataclass(frozen=True)
class TableResult:
    outcome: str
    rule: str | None
    row: int | None  # the row that gave the outcome (None: needs information)
    possible: tuple[int, ...]  # rows that are the first hit in some reading of the unknowns
    cells: tuple[object, ...]  # each column's value: True, False or runtime.Unknown


def column_values(
    table: Table,
    facts: Mapping[str, object],
    as_of: dt.date,
    lists: Mapping[str, tuple[runtime.EntryInfo, ...]] | None = None,
) -> tuple[object, ...]:
    policy = table.policy
    entity_lists = lists if lists is not None else {e.name: entries(e) for e in policy.entity_lists}
    ev = interpreter.Evaluator(policy, facts, as_of, entity_lists)
    return tuple(ev.eval(c.expr) for c in table.columns)


def _in_window(row: Row, as_of: dt.date) -> bool:
    return (row.start is None or row.start <= as_of) and (row.end is None or as_of < row.end)


def evaluate(
    table: Table,
    facts: Mapping[str, object],
    as_of: dt.date,
    lists: Mapping[str, tuple[runtime.EntryInfo, ...]] | None = None,
) -> TableResult:
    """Read the table as its hit policy says, for one set of facts on one date."""
    cells = column_values(table, facts, as_of, lists)
    # each rule's condition, from its own cells: true, false or undecided
    rule_value: dict[str, object] = {r.name: True for r in table.policy.rules}
    for row in table.rows:
        for req in row.requirements:
            v = cells[req.column]
            held = runtime.k_not(v) if not req.wanted else v
            rule_value[req.rule] = runtime.k_and(rule_value[req.rule], held)
    live = [r for r in table.rows if _in_window(r, as_of)]
    first_hits: dict[int, Row] = {}

    def walk(i: int, assumed: dict[str, bool]) -> None:
        row = live[i]
        values = [assumed.get(n, rule_value[n]) for n in row.path]
        if any(v is False for v in values):
            walk(i + 1, assumed)
            return
        undecided = [n for n, v in zip(row.path, values, strict=True) if v is not True]
        first_hits.setdefault(row.number, row)
        if not undecided:
            return
        # or the row does not match: the first undecided rule that fails, the ones before hold
        for j, name in enumerate(undecided):
            walk(i + 1, {**assumed, **{n: True for n in undecided[:j]}, name: False})

    walk(0, {})
    outcomes = {r.outcome for r in first_hits.values()}
    possible = tuple(sorted(first_hits))
    if len(outcomes) != 1:
        return TableResult(ir.NEEDS_INFORMATION, None, None, possible, cells)
    # the deciding row: the first whose rules all hold for certain
    decided = next(r for r in live if all(rule_value.get(n) is True for n in r.path))
    return TableResult(outcomes.pop(), decided.rule, decided.number, possible, cells)


def matching_rows(table: Table, cells: tuple[object, ...], as_of: dt.date) -> tuple[int, ...]:
    """Rows all of whose cells hold for certain (for checking the overlap report)."""
    out = []
    for row in table.rows:
        if not _in_window(row, as_of):
            continue
        ok = True
        for req in row.requirements:
            v = cells[req.column]
            if v is not req.wanted:
                ok = False
                break
        if ok:
            out.append(row.number)
    return tuple(out)


# ---- text of cells and rows --------------------------------------------------------------------


def cell_text(row: Row, column: int, lang: str) -> str:
    cell = row.cell(column)
    if cell == ANY:
        return ANY
    if cell == YES:
        return render.word("yes", lang)
    if cell == NO:
        return render.word("no", lang)
    return render.word("yes", lang) + "&" + render.word("no", lang)


def window_text(row: Row, lang: str) -> str:
    if row.kind == NOT_IN_FORCE_ROW:
        if row.end is not None:
            return f"< {row.end.isoformat()}"
        assert row.start is not None
        return f">= {row.start.isoformat()}"
    if row.start is None and row.end is None:
        return ANY
    parts = []
    if row.start is not None:
        parts.append(f">= {row.start.isoformat()}")
    if row.end is not None:
        parts.append(f"< {row.end.isoformat()}")
    return ", ".join(parts) if lang == "en" else "，".join(parts)


def relation_text(table: Table, row: Row, lang: str) -> str:
    """How the row relates to the rules it overrides or outranks."""
    zh = lang == "zh"
    policy = table.policy
    if row.kind == NOT_IN_FORCE_ROW:
        return "规则生效期之外" if zh else "outside the policy's dates"
    if row.kind == DEFAULT_ROW:
        return "无规则适用时" if zh else "when no rule row matches"
    assert row.rule is not None
    parts = []
    if row.parent:
        parts.append(f"例外于 {row.parent}" if zh else f"exception to {row.parent}")
    rule = policy.rule(row.rule)
    lower = [s.name for s in policy.children_of(rule.parent) if s.priority < rule.priority]
    if rule.priority:
        parts.append(f"优先级 {rule.priority}" if zh else f"priority {rule.priority}")
    if lower:
        parts.append(("优先于 " if zh else "outranks ") + ", ".join(lower))
    exceptions = [c.name for c in policy.children_of(rule.name)]
    if exceptions:
        parts.append(("除非 " if zh else "unless ") + ", ".join(exceptions))
    return ("；" if zh else "; ").join(parts) if parts else ("根规则" if zh else "root rule")


def column_header(
    table: Table, column: Column, lang: str, style: render.Style = render.PLAIN
) -> str:
    return render.Renderer(table.policy, lang, style).expr(column.expr)


_REASONS = {
    "exception": (
        "the exception overrides the rule it is an exception to",
        "例外优先于其所例外的规则",
    ),
    "priority": ("the higher priority wins", "优先级较高者优先"),
    "source_order": (
        "same outcome; the rule written first is named as deciding",
        "结论相同；以先书写的规则作为决定规则",
    ),
    "conflict": (
        "CONFLICT: equal priority, different outcomes, not provably exclusive",
        "冲突：优先级相同、结论不同，且无法证明互斥",
    ),
}


def reason_text(reason: str, lang: str) -> str:
    en, zh = _REASONS[reason]
    return zh if lang == "zh" else en


# ---- CSV --------------------------------------------------------------------------------------


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["row", "kind", "as_of"]
    header += [f"{c.id}: {column_header(table, c, 'en')}" for c in table.columns]
    header += [
        "outcome",
        "outcome_label",
        "rule",
        "exception_to",
        "priority",
        "relation",
        "citation",
        "grade",
        "hit_policy",
    ]
    writer.writerow(header)
    for row in table.rows:
        cells = [row.cell(i) for i in range(len(table.columns))]
        writer.writerow(
            [
                row.number,
                row.kind,
                window_text(row, "en"),
                *cells,
                row.outcome,
                render.label(table.policy, row.outcome, "en"),
                row.rule or "",
                row.parent or "",
                "" if row.priority is None else row.priority,
                relation_text(table, row, "en"),
                row.citation.text if row.citation else "",
                (row.citation.grade or "") if row.citation else "",
                table.hit_policy,
            ]
        )
    return out.getvalue()


# ---- Markdown ---------------------------------------------------------------------------------


def _md_cell(text: str) -> str:
    return render.md_escape(text).replace("\n", " ")


def to_markdown(table: Table, lang: str) -> str:
    policy = table.policy
    zh = lang == "zh"
    md = render.Style(text=render.md_escape, name=lambda kind, name: f"`{name}`")
    title = render.text_of(policy.title, lang)
    lines = [
        f"# {'决策表' if zh else 'Decision table'}: {policy.id}",
        "",
        f"**{_md_cell(title)}**",
        "",
    ]
    if zh:
        lines += [
            f"出处：{render.markdown_citation(policy.source, lang)}。"
            f"生效日期 {policy.effective.isoformat()}"
            + (f"，合规日期 {policy.compliance.isoformat()}" if policy.compliance else "")
            + (f"，终止日期 {policy.ends.isoformat()}" if policy.ends else "")
            + "。",
            "",
            f"命中策略：**{table.hit_policy}**（DMN）。自上而下阅读各行，第一个所有单元格均成立的行给出结论。"
            "例外行排在其所例外的规则之前，优先级高者在前，同优先级按书写顺序；最后一行为默认结论，匹配所有情况，因此本表没有空缺。"
            "单元格：“是”表示该条件必须成立，“否”表示必须不成立，“-”表示无关。",
            "",
            "事实未知时：条件未定的规则可能成立也可能不成立；若第一个匹配行在各种情形下给出的结论不同，则结论为“需补充信息”。",
            "",
            f"`{policy.path}` · earmark {__version__} · {policy.content_hash}",
            "",
            "## 条件（列）",
            "",
            "| 列 | 条件 | 所读事实 |",
            "|---|---|---|",
        ]
    else:
        lines += [
            f"Source: {render.markdown_citation(policy.source, lang)}. "
            f"Effective {policy.effective.isoformat()}"
            + (f", compliance {policy.compliance.isoformat()}" if policy.compliance else "")
            + (f", ends {policy.ends.isoformat()}" if policy.ends else "")
            + ".",
            "",
            f"Hit policy: **{table.hit_policy}** (DMN). Read the rows top to bottom; the first row "
            "whose cells all hold gives the outcome. An exception's row comes before the rule it is "
            "an exception to, higher priority before lower, equal priority in source order; the last "
            "row is the default and matches everything, so the table has no gaps. Cells: `yes` the "
            "condition must hold, `no` it must fail, `-` it does not matter.",
            "",
            "With unknown facts: a rule whose cells are undecided may or may not hold; when the first "
            "matching row does not give the same outcome either way, the answer is *needs information*.",
            "",
            f"`{policy.path}` · earmark {__version__} · {policy.content_hash}",
            "",
            "## Conditions (columns)",
            "",
            "| column | condition | facts it reads |",
            "|---|---|---|",
        ]
    for c in table.columns:
        facts = ", ".join(f"`{f}`" for f in c.facts) or "-"
        lines.append(f"| {c.id} | {column_header(table, c, lang, md)} | {facts} |")
    lines += ["", "## 行" if zh else "## Rows", ""]
    head = [
        "#",
        "评估日期" if zh else "as of",
        *[c.id for c in table.columns],
        "结论" if zh else "outcome",
        "规则" if zh else "rule",
        "关系" if zh else "relation",
        "出处" if zh else "citation",
    ]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    for row in table.rows:
        cells = [cell_text(row, i, lang) for i in range(len(table.columns))]
        rule = (
            f"`{row.rule}`"
            if row.rule
            else ("默认" if zh else "default")
            if row.kind == DEFAULT_ROW
            else "-"
        )
        outcome = f"`{row.outcome}` {_md_cell(render.label(policy, row.outcome, lang))}"
        lines.append(
            "| "
            + " | ".join(
                [
                    str(row.number),
                    window_text(row, lang),
                    *cells,
                    outcome,
                    rule,
                    _md_cell(relation_text(table, row, lang)),
                    render.markdown_citation(row.citation, lang).replace("|", "\\|"),
                ]
            )
            + " |"
        )
    lines += ["", "## 重叠与空缺" if zh else "## Overlaps and gaps", ""]
    lines.append(
        "空缺：无。最后一行（默认）匹配其余所有情况；生效日期之外由第一行处理。"
        if zh
        else "Gaps: none. The last row (the default) matches every case no other row matches; dates "
        "outside the policy's are caught by the first row."
    )
    lines.append("")
    if table.overlaps:
        lines.append(
            "以下各对规则行可能同时匹配（无法证明互斥）；排在前面的行胜出："
            if zh
            else "These pairs of rule rows may both match (they are not provably exclusive); the earlier row wins:"
        )
        lines.append("")
        for o in table.overlaps:
            a, b = table.rows[o.first - 1], table.rows[o.second - 1]
            lines.append(
                f"- {'行' if zh else 'row'} {o.first} (`{a.rule}`) / {'行' if zh else 'row'} {o.second} "
                f"(`{b.rule}`): {reason_text(o.reason, lang)}"
            )
    else:
        lines.append("规则行之间没有重叠。" if zh else "No two rule rows can both match.")
    lines.append("")
    for row_number, by in table.masked:
        rule = table.rows[row_number - 1].rule or "-"
        lines.append(
            f"- 被遮蔽：行 {row_number}（`{rule}`）匹配时行 {by} 必然匹配，因此它永远不会决定结论。"
            if zh
            else f"- Masked: whenever row {row_number} (`{rule}`) matches, row {by} matches too, so it never decides."
        )
    for row_number in table.contradictory:
        lines.append(
            f"- 矛盾：行 {row_number} 的单元格互相排斥，永远不会匹配。"
            if zh
            else f"- Contradictory: the cells of row {row_number} exclude each other; it never matches."
        )
    if not table.masked and not table.contradictory:
        lines.append("没有被遮蔽或自相矛盾的行。" if zh else "No row is masked or contradictory.")
    return "\n".join(lines) + "\n"


# ---- DMN 1.3 ----------------------------------------------------------------------------------

DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/"
FEEL = "https://www.omg.org/spec/DMN/20191111/FEEL/"


def feel_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _feel_date(d: dt.date) -> str:
    return f'date("{d.isoformat()}")'


def window_feel(row: Row) -> str:
    """The evaluation-date entry as a FEEL unary test."""
    if row.start is not None and row.end is not None:
        return f"[{_feel_date(row.start)}..{_feel_date(row.end)})"
    if row.start is not None:
        return f">= {_feel_date(row.start)}"
    if row.end is not None:
        return f"< {_feel_date(row.end)}"
    return "-"


def _cell_feel(row: Row, column: int) -> str:
    cell = row.cell(column)
    if cell == YES:
        return "true"
    if cell == NO:
        return "false"
    if cell == ANY:
        return "-"
    return "true, false"  # contradictory row: never both; reported in the Markdown


def to_dmn(table: Table) -> str:
    policy = table.policy
    pid = policy.id
    x = escape

    def text_el(indent: str, tag: str, text: str) -> str:
        return f"{indent}<{tag}>{x(text)}</{tag}>"

    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<definitions xmlns="{DMN_NS}" id={quoteattr("definitions_" + pid)} '
        f"name={quoteattr(policy.title.en)} namespace={quoteattr('urn:earmark:policy:' + pid)} "
        f'expressionLanguage="{FEEL}" typeLanguage="{FEEL}" exporter="earmark" '
        f"exporterVersion={quoteattr(__version__)}>",
        text_el(
            "  ",
            "description",
            f"{policy.id}: {policy.title.en} / {policy.title.zh}. Source: "
            f"{render.citation_text(policy.source, 'en')}. Generated from {policy.path} "
            f"({policy.content_hash}); do not edit.",
        ),
        f"  <decision id={quoteattr('decision_' + pid)} name={quoteattr(pid)}>",
        text_el(
            "    ",
            "description",
            f"Hit policy {table.hit_policy}: the first row whose entries all hold gives the "
            "outcome. Exceptions precede the rules they are exceptions to; the last row is the "
            "policy's default. Inputs c1..cN are the rules' conditions, each true or false "
            "(null when a fact is unknown).",
        ),
        f'    <variable id={quoteattr("variable_" + pid)} name={quoteattr(pid)} typeRef="string"/>',
    ]
    input_ids = ["as_of", *[c.id for c in table.columns]]
    for name in input_ids:
        lines.append(f"    <informationRequirement id={quoteattr(f'requirement_{name}')}>")
        lines.append(f"      <requiredInput href={quoteattr(f'#input_{name}')}/>")
        lines.append("    </informationRequirement>")
    lines.append(
        f'    <decisionTable id={quoteattr("table_" + pid)} hitPolicy="{table.hit_policy}" '
        f'outputLabel="outcome">'
    )
    lines.append('      <input id="clause_as_of" label="evaluation date (as_of)">')
    lines.append(
        '        <inputExpression id="expression_as_of" typeRef="date"><text>as_of</text></inputExpression>'
    )
    lines.append("      </input>")
    for c in table.columns:
        label = f"{c.id}: {column_header(table, c, 'en')}"
        lines.append(f"      <input id={quoteattr('clause_' + c.id)} label={quoteattr(label)}>")
        lines.append(text_el("        ", "description", column_header(table, c, "zh")))
        lines.append(
            f'        <inputExpression id={quoteattr("expression_" + c.id)} typeRef="boolean">'
            f"<text>{c.id}</text></inputExpression>"
        )
        lines.append("      </input>")
    outcomes = sorted({r.outcome for r in table.rows})
    lines.append(
        '      <output id="output_outcome" name="outcome" label="outcome" typeRef="string">'
    )
    lines.append(
        "        <outputValues><text>"
        + x(", ".join(feel_string(o) for o in outcomes))
        + "</text></outputValues>"
    )
    lines.append("      </output>")
    lines.append(
        '      <output id="output_rule" name="rule" label="deciding rule" typeRef="string"/>'
    )
    lines.append(
        '      <output id="output_citation" name="citation" label="citation [grade]" typeRef="string"/>'
    )
    for row in table.rows:
        rid = f"row_{row.number}"
        lines.append(f"      <rule id={quoteattr(rid)}>")
        lines.append(
            text_el(
                "        ",
                "description",
                f"row {row.number}: {relation_text(table, row, 'en')} / {relation_text(table, row, 'zh')}",
            )
        )
        entries_ = [window_feel(row)] + [_cell_feel(row, i) for i in range(len(table.columns))]
        for name, entry in zip(input_ids, entries_, strict=True):
            lines.append(
                f"        <inputEntry id={quoteattr(f'{rid}_{name}')}><text>{x(entry)}</text></inputEntry>"
            )
        rule_name = row.rule or row.kind
        outputs = [
            ("outcome", feel_string(row.outcome)),
            ("rule", feel_string(rule_name)),
            ("citation", feel_string(render.citation_text(row.citation, "en"))),
        ]
        for name, value in outputs:
            lines.append(
                f"        <outputEntry id={quoteattr(f'{rid}_{name}')}><text>{x(value)}</text></outputEntry>"
            )
        lines.append("      </rule>")
    lines.append("    </decisionTable>")
    lines.append("  </decision>")
    lines.append('  <inputData id="input_as_of" name="as_of">')
    lines.append(text_el("    ", "description", "the evaluation date / 评估日期"))
    lines.append('    <variable id="variable_as_of" name="as_of" typeRef="date"/>')
    lines.append("  </inputData>")
    for c in table.columns:
        lines.append(f"  <inputData id={quoteattr('input_' + c.id)} name={quoteattr(c.id)}>")
        lines.append(
            text_el(
                "    ",
                "description",
                f"{column_header(table, c, 'en')} / {column_header(table, c, 'zh')}"
                + (f" (facts: {', '.join(c.facts)})" if c.facts else ""),
            )
        )
        lines.append(
            f'    <variable id={quoteattr("variable_" + c.id)} name={quoteattr(c.id)} typeRef="boolean"/>'
        )
        lines.append("  </inputData>")
    lines.append("</definitions>")
    return "\n".join(lines) + "\n"


# ---- the target -------------------------------------------------------------------------------


def generate(policy: ir.Policy, langs: tuple[str, ...] = render.LANGS) -> dict[str, str]:
    table = build(policy)
    out = {f"{policy.id}.tables.csv": to_csv(table), f"{policy.id}.dmn": to_dmn(table)}
    for lang in langs:
        out[f"{policy.id}.tables.{lang}.md"] = to_markdown(table, lang)
    return out
