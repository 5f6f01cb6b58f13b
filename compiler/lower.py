"""Checked syntax tree -> IR policy. Runs resolution, ordering and type checking."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal

from earmark.compiler import countries, ir
from earmark.compiler import types as t
from earmark.compiler.order import dependency_order
from earmark.compiler.symbols import Symbols, collect
from earmark.compiler.templates import parse_template
from earmark.compiler.typecheck import ExprChecker, declared_type
from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, Severity, did_you_mean, error
from earmark.dsl.spans import SourceFile, Span


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def flatten(expr: ir.Expr) -> ir.Expr:
    """Merge nested and/or chains into one n-ary node, bottom up."""
    if isinstance(expr, (ir.And, ir.Or)):
        kind = type(expr)
        operands: list[ir.Expr] = []
        for operand in expr.operands:
            operand = flatten(operand)
            if isinstance(operand, kind):
                operands.extend(operand.operands)
            else:
                operands.append(operand)
        return kind(tuple(operands), expr.type, expr.span)
    if isinstance(expr, ir.Not):
        return ir.Not(flatten(expr.operand), expr.type, expr.span)
    return expr


def _citation(c: ast.Citation | None) -> ir.Citation | None:
    if c is None:
        return None
    prov = c.provenance
    return ir.Citation(c.text, prov.grade if prov else None, prov.note if prov else None)


def _piece_citation(
    whole: ast.Citation | None, provenance: ast.Provenance | None
) -> ir.Citation | None:
    """A list member's or dated value's own grade, under its declaration's citation."""
    if provenance is None:
        return None
    return ir.Citation(whole.text if whole else "", provenance.grade, provenance.note)


def _text(x: ast.Text) -> ir.Text:
    return ir.Text(x.en, x.zh)


@dataclass(frozen=True)
class _Header:
    id: str
    title: ir.Text
    source: ir.Citation
    effective: dt.date
    compliance: dt.date | None
    ends: dt.date | None
    default: str


class _Lowering:
    def __init__(
        self,
        tree: ast.Policy,
        source: SourceFile,
        sources: dict[str, SourceFile],
        content: str,
        imports: tuple[str, ...],
    ) -> None:
        self.tree = tree
        self.source = source
        self.sources = sources
        self.content = content
        self.imports = imports
        self.diagnostics: list[Diagnostic] = []
        self.symbols: Symbols
        self.value_types: dict[str, t.Type] = {}
        self.definitions: dict[str, ir.Definition] = {}

    def report(self, code: str, message: str, span: Span, help: str | None = None) -> None:
        self.diagnostics.append(error(code, message, span, help))

    def run(self) -> ir.Policy | None:
        self.symbols, diags = collect(self.tree)
        self.diagnostics.extend(diags)
        ordered, diags = dependency_order(self.symbols)
        self.diagnostics.extend(diags)
        checker = ExprChecker(self.symbols, self.value_types)

        facts = self.facts()
        dated: list[ir.DatedValue] = []
        entity_lists: list[ir.EntityList] = []
        for decl in self.tree.declarations:
            if isinstance(decl, ast.ListDecl) and self.symbols.values.get(decl.name) is decl:
                value = self.list_value(decl, checker)
                if value is not None:
                    dated.append(value)
            elif (
                isinstance(decl, ast.EntitiesDecl)
                and self.symbols.entity_lists.get(decl.name) is decl
            ):
                entity_lists.append(self.entity_list(decl))
        cyclic = {d.span for d in diags}
        for decl in ordered:
            if decl.span in cyclic:
                continue
            if isinstance(decl, ast.DatedDecl):
                value = self.dated(decl, checker)
                if value is not None:
                    dated.append(value)
            else:
                self.derived(decl, checker)
        if self.tree.header.kind == "lists":
            self.library_only()
            self.diagnostics.extend(checker.diagnostics)
            return None
        header = self.header()
        rules = self.rules(checker)
        examples = self.examples(checker)
        self.diagnostics.extend(checker.diagnostics)
        if any(d.is_error for d in self.diagnostics) or header is None:
            return None
        policy = ir.Policy(
            id=header.id,
            title=header.title,
            source=header.source,
            effective=header.effective,
            compliance=header.compliance,
            ends=header.ends,
            default=header.default,
            outcomes=tuple(
                ir.Outcome(o.name, _text(o.label)) for o in self.symbols.outcomes.values()
            ),
            facts=facts,
            definitions=tuple(self.definitions.values()),
            dated=tuple(dated),
            rules=rules,
            examples=examples,
            content_hash=content_hash(self.content),
            path=self.source.path,
            span=self.tree.header.span,
            entity_lists=tuple(entity_lists),
            imports=self.imports,
        )
        return policy

    def library_only(self) -> None:
        """A lists file declares shared data only."""
        for decl in self.tree.declarations:
            if isinstance(decl, (ast.OutcomeDecl, ast.FactDecl, ast.Rule, ast.Example)):
                kind = type(decl).__name__.removesuffix("Decl").lower()
                self.report(
                    "E137",
                    f"a lists file cannot declare a {kind}",
                    decl.span,
                    "lists files hold sets, lists, entity lists, dated values and definitions; "
                    "move this into a policy that imports the lists",
                )

    def list_value(self, decl: ast.ListDecl, checker: ExprChecker) -> ir.DatedValue | None:
        element = declared_type(decl.element, decl.name)
        members: list[ir.ListMember] = []
        seen: dict[object, Span] = {}
        for m in decl.members:
            value = self._constant(checker.of_type(m.value, element, "a list member"), m.span)
            if value is None:
                continue
            if value.value in seen:
                self.diagnostics.append(
                    Diagnostic(
                        "E138",
                        f"`{decl.name}` lists the same member twice",
                        m.span,
                        "give one entry with both dates, or drop the repeat",
                        Severity.ERROR,
                        (("first listed here", seen[value.value]),),
                    )
                )
                continue
            seen[value.value] = m.span
            cite = _piece_citation(decl.citation, m.provenance)
            members.append(ir.ListMember(value.value, m.start, m.until, cite))
        dtype = t.set_of(element)
        self.value_types[decl.name] = dtype
        cuts = sorted({d for m in members for d in (m.start, m.until) if d is not None})
        segments = []
        for start in [None, *cuts]:
            in_force = frozenset(
                m.value
                for m in members
                if (m.start is None or (start is not None and m.start <= start))
                and (m.until is None or start is None or start < m.until)
            )
            segments.append(ir.Segment(start, ir.Const(in_force, dtype), None))
        return ir.DatedValue(
            decl.name,
            dtype,
            tuple(segments),
            _citation(decl.citation),
            _text(decl.description) if decl.description else None,
            decl.span,
            tuple(members),
        )

    def entity_list(self, decl: ast.EntitiesDecl) -> ir.EntityList:
        entries = []
        names: dict[str, Span] = {}
        for e in decl.entities:
            if e.name in names:
                self.report("E138", f'`{decl.name}` lists entity "{e.name}" twice', e.span)
                continue
            names[e.name] = e.span
            country = None
            if e.country is not None:
                country = countries.resolve(e.country)
                if country is None:
                    self.report(
                        "E111",
                        f'"{e.country}" is not a country',
                        e.span,
                        countries.suggest(e.country),
                    )
            cite = _piece_citation(decl.citation, e.provenance)
            entries.append(
                ir.EntityEntry(e.name, e.aliases, country, e.start, e.until, e.remark, cite)
            )
        return ir.EntityList(
            decl.name,
            decl.extensible,
            tuple(entries),
            _citation(decl.citation),
            _text(decl.description) if decl.description else None,
            decl.span,
        )

    # ---- header ----------------------------------------------------------------
    def header(self) -> _Header | None:
        h = self.tree.header
        ok = True
        for field, label in (
            ("title", 'a `title en "..." zh "..."`'),
            ("source", "a `source` (the Federal Register citation)"),
            ("effective", "an `effective` date"),
            ("compliance", "a `compliance` date"),
            ("default", "a `default` outcome (what applies when no rule does)"),
        ):
            if getattr(h, field) is None:
                self.report("E130", f"policy `{h.name}` has no {field}", h.span, f"add {label}")
                ok = False
        if h.default is not None and h.default not in self.symbols.outcomes:
            self.report(
                "E131",
                f"the default outcome `{h.default}` is not declared",
                h.default_span,
                did_you_mean(h.default, self.symbols.outcomes)
                or f'declare it: outcome {h.default} en "..." zh "..."',
            )
            ok = False
        if h.effective and h.ends and h.ends.date <= h.effective.date:
            self.report("E132", "the policy ends before it takes effect", h.ends.span)
            ok = False
        if not ok or h.title is None or h.source is None or h.effective is None:
            return None
        assert h.default is not None
        source = _citation(h.source)
        assert source is not None
        return _Header(
            h.name,
            _text(h.title),
            source,
            h.effective.date,
            h.compliance.date if h.compliance else None,
            h.ends.date if h.ends else None,
            h.default,
        )

    # ---- values ------------------------------------------------------------------
    def facts(self) -> tuple[ir.FactDecl, ...]:
        out = []
        for decl in self.tree.declarations:
            if not isinstance(decl, ast.FactDecl) or self.symbols.values.get(decl.name) is not decl:
                continue
            ftype = declared_type(decl.type, decl.name)
            self._check_type(decl.type)
            self.value_types[decl.name] = ftype
            out.append(
                ir.FactDecl(decl.name, ftype, decl.optional, _text(decl.description), decl.span)
            )
        return tuple(out)

    def _check_type(self, texpr: ast.TypeExpr) -> None:
        if texpr.kind == "set" and texpr.element is not None:
            if texpr.element.kind == "set":
                self.report("E133", "sets of sets are not supported", texpr.span)
            self._check_type(texpr.element)

    def derived(self, decl: ast.Definition | ast.SetDecl, checker: ExprChecker) -> None:
        if isinstance(decl, ast.SetDecl):
            expected = t.set_of(declared_type(decl.element, decl.name))
            expr = checker.of_type(decl.value, expected, f"set `{decl.name}`")
            kind = "set"
        else:
            expr = checker.check(decl.value)
            kind = "define"
        if expr is None:
            return
        expr = flatten(expr)
        if isinstance(expr, ir.Const) and isinstance(expr.value, frozenset) and kind == "set":
            expr = ir.Const(expr.value, expected, expr.span)
        self.value_types[decl.name] = expr.type
        self.definitions[decl.name] = ir.Definition(
            decl.name,
            kind,
            expr,
            _citation(decl.citation),
            _text(decl.description) if decl.description else None,
            decl.span,
        )

    def _constant(self, expr: ir.Expr | None, span: Span) -> ir.Const | None:
        if expr is None:
            return None
        if isinstance(expr, ir.Ref) and isinstance(self.definitions[expr.name].expr, ir.Const):
            inner = self.definitions[expr.name].expr
            assert isinstance(inner, ir.Const)
            return ir.Const(inner.value, expr.type, expr.span)
        if isinstance(expr, ir.SetOp):
            left = self._constant(expr.left, span)
            right = self._constant(expr.right, span)
            if left is None or right is None:
                return None
            a, b = left.value, right.value
            assert isinstance(a, frozenset) and isinstance(b, frozenset)
            return ir.Const(a | b if expr.op == "union" else a - b, expr.type, expr.span)
        if isinstance(expr, ir.Const):
            return expr
        self.report("E134", "a dated value's entries must be constants", span)
        return None

    def dated(self, decl: ast.DatedDecl, checker: ExprChecker) -> ir.DatedValue | None:
        dtype = declared_type(decl.type, decl.name)
        what = f"each value of `{decl.name}`"
        first = self._constant(checker.of_type(decl.initial, dtype, what), decl.initial.span)
        cite0 = _piece_citation(decl.citation, decl.initial_provenance)
        segments = [ir.Segment(None, ir.Const(first.value, dtype), cite0)] if first else []
        previous: dt.date | None = None
        for entry in decl.entries:
            if previous is not None and entry.start <= previous:
                self.report(
                    "E135",
                    f"dated entries must be in date order: {entry.start} comes after {previous}",
                    entry.span,
                )
            previous = entry.start
            value = self._constant(checker.of_type(entry.value, dtype, what), entry.value.span)
            if value is not None:
                cite = _piece_citation(decl.citation, entry.provenance)
                segments.append(ir.Segment(entry.start, ir.Const(value.value, dtype), cite))
        if len(segments) != 1 + len(decl.entries):
            return None
        self.value_types[decl.name] = dtype
        return ir.DatedValue(
            decl.name,
            dtype,
            tuple(segments),
            _citation(decl.citation),
            _text(decl.description) if decl.description else None,
            decl.span,
        )

    # ---- rules ---------------------------------------------------------------------
    def _snippet(self, span: Span) -> str:
        source = self.sources.get(span.file, self.source)
        return re.sub(r"\s+", " ", source.slice(span)).strip()

    def _template_scope(self) -> dict[str, ir.Ref | ir.Fact | ir.Dated | ir.AsOf]:
        scope: dict[str, ir.Ref | ir.Fact | ir.Dated | ir.AsOf] = {"as_of": ir.AsOf(t.DATE)}
        for name, decl in self.symbols.values.items():
            if name not in self.value_types:
                continue
            vtype = self.value_types[name]
            if isinstance(decl, ast.FactDecl):
                scope[name] = ir.Fact(name, vtype)
            elif isinstance(decl, (ast.DatedDecl, ast.ListDecl)):
                scope[name] = ir.Dated(name, None, vtype)
            else:
                scope[name] = ir.Ref(name, vtype)
        return scope

    def facts_read(self, expr: ir.Expr, seen: set[str] | None = None) -> list[str]:
        seen = set() if seen is None else seen
        out: list[str] = []
        stack = [expr]
        while stack:
            node = stack.pop()
            if isinstance(node, ir.Fact) and node.name not in seen:
                seen.add(node.name)
                out.append(node.name)
            elif isinstance(node, ir.Ref) and node.name in self.definitions:
                stack.append(self.definitions[node.name].expr)
            stack.extend(ir.children(node))
        order = {name: i for i, name in enumerate(self.value_types)}
        return sorted(out, key=lambda name: order.get(name, len(order)))

    def rules(self, checker: ExprChecker) -> tuple[ir.Rule, ...]:
        out: list[ir.Rule] = []
        scope = self._template_scope()
        for rule in self.symbols.rules.values():
            ok = True
            if rule.when is None:
                self.report("E140", f"rule `{rule.name}` has no `when` condition", rule.span)
                ok = False
            if rule.then is None:
                self.report("E141", f"rule `{rule.name}` has no `then` outcome", rule.span)
                ok = False
            elif rule.then not in self.symbols.outcomes:
                self.report(
                    "E142",
                    f"rule `{rule.name}` gives unknown outcome `{rule.then}`",
                    rule.then_span,
                    did_you_mean(rule.then, self.symbols.outcomes),
                )
                ok = False
            if rule.citation is None:
                self.report(
                    "E143",
                    f"rule `{rule.name}` has no citation",
                    rule.span,
                    'add `cite "15 CFR ..." grade T` naming the provision it encodes',
                )
                ok = False
            if rule.explain is None:
                self.report(
                    "E144",
                    f"rule `{rule.name}` has no explanation",
                    rule.span,
                    'add `explain en "..." zh "..."`',
                )
                ok = False
            if rule.exception_to is not None and rule.exception_to not in self.symbols.rules:
                self.report(
                    "E145",
                    f"rule `{rule.name}` is an exception to unknown rule `{rule.exception_to}`",
                    rule.exception_span,
                    did_you_mean(rule.exception_to, self.symbols.rules),
                )
                ok = False
            if rule.effective and rule.ends and rule.ends.date <= rule.effective.date:
                self.report(
                    "E132", f"rule `{rule.name}` ends before it takes effect", rule.ends.span
                )
                ok = False
            conjuncts = self._conjuncts(rule.when) if rule.when else []
            lowered = [checker.boolean(c, "a rule's condition") for c in conjuncts]
            templates = []
            if rule.explain is not None:
                for language in ("en", "zh"):
                    template, diags = parse_template(
                        getattr(rule.explain, language),
                        scope,
                        rule.explain.span,
                        "English" if language == "en" else "Chinese",
                    )
                    self.diagnostics.extend(diags)
                    templates.append(template)
            if not ok or not lowered or any(c is None for c in lowered) or len(templates) != 2:
                continue
            assert rule.then is not None and rule.citation is not None
            condition = ir.And(tuple(c for c in lowered if c is not None), t.BOOL)
            out.append(
                ir.Rule(
                    name=rule.name,
                    conjuncts=tuple(
                        ir.Conjunct(flatten(c), self._snippet(src.span))
                        for c, src in zip(lowered, conjuncts, strict=True)
                        if c is not None
                    ),
                    outcome=rule.then,
                    priority=rule.priority,
                    parent=rule.exception_to,
                    citation=_citation(rule.citation) or ir.Citation("", None),
                    explain_en=templates[0],
                    explain_zh=templates[1],
                    effective=rule.effective.date if rule.effective else None,
                    ends=rule.ends.date if rule.ends else None,
                    facts=tuple(self.facts_read(condition)),
                    span=rule.span,
                )
            )
        self._exception_cycles()
        return tuple(out)

    def _conjuncts(self, expr: ast.Expr) -> list[ast.Expr]:
        if isinstance(expr, ast.Binary) and expr.op == "and":
            return self._conjuncts(expr.left) + self._conjuncts(expr.right)
        return [expr]

    def _exception_cycles(self) -> None:
        rules = self.symbols.rules
        reported: set[str] = set()
        for start in rules:
            path = [start]
            node = rules[start].exception_to
            while node is not None and node in rules and node not in path:
                path.append(node)
                node = rules[node].exception_to
            if node is not None and node in path and node not in reported:
                cycle = path[path.index(node) :] + [node]
                reported.update(cycle)
                self.diagnostics.append(
                    Diagnostic(
                        "E146",
                        "exceptions form a cycle: " + " -> ".join(cycle),
                        rules[node].span,
                        "an exception must end at a rule that is not an exception",
                        Severity.ERROR,
                    )
                )

    # ---- examples ------------------------------------------------------------------
    def examples(self, checker: ExprChecker) -> tuple[ir.Example, ...]:
        out: list[ir.Example] = []
        facts = {
            name: decl
            for name, decl in self.symbols.values.items()
            if isinstance(decl, ast.FactDecl)
        }
        for ex in self.tree.declarations:
            if not isinstance(ex, ast.Example):
                continue
            ok = True
            given: dict[str, ir.Value | None] = {}
            for binding in ex.given:
                if binding.name not in facts:
                    self.report(
                        "E150",
                        f'example "{ex.title}" gives unknown fact `{binding.name}`',
                        binding.span,
                        did_you_mean(binding.name, facts),
                    )
                    ok = False
                    continue
                if binding.name in given:
                    self.report("E151", f"example gives `{binding.name}` twice", binding.span)
                    ok = False
                    continue
                if isinstance(binding.value, ast.UnknownLit):
                    given[binding.name] = None
                    continue
                ftype = self.value_types.get(binding.name)
                if ftype is None:
                    ok = False
                    continue
                value = checker.of_type(binding.value, ftype, f"the value of `{binding.name}`")
                if value is None:
                    ok = False
                elif not isinstance(value, ir.Const):
                    self.report(
                        "E152",
                        "an example's facts must be written as plain values",
                        binding.value.span,
                    )
                    ok = False
                else:
                    given[binding.name] = _coerce(value.value, ftype)
            for name, decl in facts.items():
                if not decl.optional and given.get(name) is None and ok:
                    self.report(
                        "E153",
                        f'example "{ex.title}" does not give required fact `{name}`',
                        ex.span,
                        "give it, or declare the fact `optional` if it may be unknown",
                    )
                    ok = False
            if ex.as_of is None:
                self.report(
                    "E154",
                    f'example "{ex.title}" has no `as of` date',
                    ex.span,
                    "examples name their date so they give the same answer every day",
                )
                ok = False
            expect = ex.expect
            if expect is None:
                self.report("E155", f'example "{ex.title}" has no `expect` clause', ex.span)
                ok = False
            elif expect not in self.symbols.outcomes and expect not in ir.BUILTIN_OUTCOMES:
                self.report(
                    "E156",
                    f"example expects unknown outcome `{expect}`",
                    ex.expect_span,
                    did_you_mean(expect, [*self.symbols.outcomes, *ir.BUILTIN_OUTCOMES]),
                )
                ok = False
            elif expect not in ir.BUILTIN_OUTCOMES and ex.by is None:
                self.report(
                    "E157",
                    f'example "{ex.title}" does not say which rule decides',
                    ex.expect_span,
                    f"write `expect {expect} by RULE` (or `by default`)",
                )
                ok = False
            if ex.by is not None and ex.by != "default" and ex.by not in self.symbols.rules:
                self.report(
                    "E158",
                    f"example expects unknown rule `{ex.by}`",
                    ex.expect_span,
                    did_you_mean(ex.by, self.symbols.rules),
                )
                ok = False
            for name in ex.missing or ():
                if name not in facts:
                    self.report(
                        "E150",
                        f"example lists unknown fact `{name}` as missing",
                        ex.expect_span,
                        did_you_mean(name, facts),
                    )
                    ok = False
            if ok and ex.as_of is not None and expect is not None:
                out.append(
                    ir.Example(
                        ex.title,
                        ex.as_of,
                        tuple(sorted(given.items())),
                        expect,
                        ex.by,
                        ex.missing,
                        ex.span,
                    )
                )
        return tuple(out)


def _coerce(value: ir.Value, vtype: t.Type) -> ir.Value:
    """An example's literal as the value validation would give (5 in a decimal fact is 5.0)."""
    if vtype.kind == "decimal" and isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if vtype.kind == "set" and isinstance(value, frozenset) and vtype.element is not None:
        element = vtype.element
        return frozenset(_coerce(v, element) for v in value)
    return value


def lower(
    tree: ast.Policy,
    source: SourceFile,
    sources: dict[str, SourceFile] | None = None,
    imports: tuple[str, ...] = (),
) -> tuple[ir.Policy | None, list[Diagnostic]]:
    """Check and lower a policy (whose declarations include any it imported)."""
    sources = sources or {source.path: source}
    content = "".join(f"{path}\n{sources[path].text}" for path in imports) + source.text
    lowering = _Lowering(tree, source, sources, content, imports)
    policy = lowering.run()
    return policy, lowering.diagnostics
