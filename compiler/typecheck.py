"""Type checking: syntax-tree expressions become typed IR expressions.

Each check returns an IR node or None; on None a diagnostic has been recorded,
and the caller carries on so that one run reports as many errors as it can.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from earmark.compiler import countries, ir
from earmark.compiler import types as t
from earmark.compiler.symbols import BUILTIN_FUNCTIONS, Symbols
from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, did_you_mean, error
from earmark.dsl.spans import Span


def declared_type(texpr: ast.TypeExpr, owner: str) -> t.Type:
    """The language type a declaration names; enums are identified by their owner."""
    if texpr.kind == "integer":
        return t.integer(texpr.unit)
    if texpr.kind == "decimal":
        return t.decimal(texpr.unit)
    if texpr.kind == "enum":
        return t.Type("enum", enum=owner, members=texpr.members)
    if texpr.kind == "set":
        assert texpr.element is not None
        return t.set_of(declared_type(texpr.element, owner))
    return t.Type(texpr.kind)


class ExprChecker:
    def __init__(self, symbols: Symbols, value_types: dict[str, t.Type]) -> None:
        self.symbols = symbols
        self.value_types = value_types  # facts and already-checked derived values
        self.diagnostics: list[Diagnostic] = []

    def report(self, code: str, message: str, span: Span, help: str | None = None) -> None:
        self.diagnostics.append(error(code, message, span, help))

    def mismatch(self, message: str, span: Span, help: str | None = None) -> None:
        self.report("E110", message, span, help)

    # ---- entry points ------------------------------------------------------------
    def boolean(self, expr: ast.Expr, what: str) -> ir.Expr | None:
        out = self.check(expr)
        if out is not None and out.type != t.BOOL:
            self.mismatch(f"{what} must be true or false, but this is {out.type}", expr.span)
            return None
        return out

    def of_type(self, expr: ast.Expr, expected: t.Type, what: str) -> ir.Expr | None:
        out = self.check(expr, expected)
        if out is not None and not t.compatible(out.type, expected):
            self.mismatch(f"{what} must be {expected}, but this is {out.type}", expr.span)
            return None
        return out

    # ---- the walk ------------------------------------------------------------------
    def check(self, expr: ast.Expr, expected: t.Type | None = None) -> ir.Expr | None:
        method: Callable[[ast.Expr, t.Type | None], ir.Expr | None] = getattr(
            self, "_" + type(expr).__name__.lower()
        )
        return method(expr, expected)

    def _name(self, expr: ast.Name, expected: t.Type | None) -> ir.Expr | None:
        name = expr.name
        if name == "as_of":
            return ir.AsOf(t.DATE, expr.span)
        if name in self.symbols.members:
            owner = self.symbols.members[name]
            enum_type = declared_type(owner.type, owner.name)
            while enum_type.kind == "set":
                assert enum_type.element is not None
                enum_type = enum_type.element
            return ir.Const(name, enum_type, expr.span)
        decl = self.symbols.values.get(name)
        if decl is None and name in self.symbols.entity_lists:
            self.report(
                "E117",
                f"`{name}` is an entity list; it can only be used as `NAME matches {name}`",
                expr.span,
            )
            return None
        if decl is None:
            hint = did_you_mean(name, self.symbols.value_names())
            if name.lower() in ("true", "false", "yes", "no"):
                hint = "booleans are written `true` and `false`"
            self.report("E100", f"unknown name `{name}`", expr.span, hint)
            return None
        if name not in self.value_types:
            return None  # its own declaration failed to check; already reported
        vtype = self.value_types[name]
        if isinstance(decl, ast.FactDecl):
            return ir.Fact(name, vtype, expr.span)
        if isinstance(decl, (ast.DatedDecl, ast.ListDecl)):
            return ir.Dated(name, None, vtype, expr.span)
        return ir.Ref(name, vtype, expr.span)

    def _number(self, expr: ast.Number, expected: t.Type | None) -> ir.Expr | None:
        if isinstance(expr.value, int):
            return ir.Const(expr.value, t.integer(expr.unit), expr.span)
        return ir.Const(expr.value, t.decimal(expr.unit), expr.span)

    def _datelit(self, expr: ast.DateLit, expected: t.Type | None) -> ir.Expr | None:
        return ir.Const(expr.value, t.DATE, expr.span)

    def _boollit(self, expr: ast.BoolLit, expected: t.Type | None) -> ir.Expr | None:
        return ir.Const(expr.value, t.BOOL, expr.span)

    def _unknownlit(self, expr: ast.UnknownLit, expected: t.Type | None) -> ir.Expr | None:
        self.report(
            "E114",
            "`unknown` can only be given as a fact's value in an example",
            expr.span,
            "to test whether a fact is known, write `x is known` or `x is unknown`",
        )
        return None

    def _stringlit(self, expr: ast.StringLit, expected: t.Type | None) -> ir.Expr | None:
        if expected is not None and expected.kind == "country":
            code = countries.resolve(expr.value)
            if code is None:
                self.report(
                    "E111",
                    f'"{expr.value}" is not a country: write an ISO 3166-1 alpha-2 code or a '
                    "country's name",
                    expr.span,
                    countries.suggest(expr.value),
                )
                return None
            return ir.Const(code, t.COUNTRY, expr.span)
        if expected is not None and expected.kind == "enum":
            self.mismatch(
                f"expected a member of {expected}, not a string",
                expr.span,
                f"write the member without quotes, e.g. {expected.members[0]}",
            )
            return None
        return ir.Const(expr.value, t.TEXT, expr.span)

    def _setlit(self, expr: ast.SetLit, expected: t.Type | None) -> ir.Expr | None:
        element = expected.element if expected is not None and expected.kind == "set" else None
        items: list[ir.Expr] = []
        for item in expr.items:
            out = self.check(item, element)
            if out is None:
                return None
            if not isinstance(out, ir.Const):
                self.mismatch("a set literal may only list constants", item.span)
                return None
            if element is not None and not t.compatible(out.type, element):
                self.mismatch(f"this set holds {element}, not {out.type}", item.span)
                return None
            element = out.type if element is None else t.join(element, out.type)
            items.append(out)
        if element is None:
            self.report(
                "E115",
                "cannot tell what an empty set holds here",
                expr.span,
                "declare it with `set NAME of TYPE = {}`",
            )
            return None
        values = frozenset(i.value for i in items if isinstance(i, ir.Const))
        return ir.Const(values, t.set_of(element), expr.span)

    def _unary(self, expr: ast.Unary, expected: t.Type | None) -> ir.Expr | None:
        if expr.op == "not":
            operand = self.boolean(expr.operand, "the operand of `not`")
            if operand is None:
                return None
            return ir.Not(operand, t.BOOL, expr.span)
        operand = self.check(expr.operand, expected)
        if operand is None:
            return None
        if not operand.type.is_numeric:
            self.mismatch(f"cannot negate {operand.type}", expr.span)
            return None
        if isinstance(operand, ir.Const):
            assert isinstance(operand.value, (int, Decimal))
            return ir.Const(-operand.value, operand.type, expr.span)
        return ir.Neg(operand, operand.type, expr.span)

    def _isknown(self, expr: ast.IsKnown, expected: t.Type | None) -> ir.Expr | None:
        operand = self.check(expr.operand)
        if operand is None:
            return None
        known = ir.Known(operand, t.BOOL, expr.span)
        return ir.Not(known, t.BOOL, expr.span) if expr.negated else known

    def _matches(self, expr: ast.Matches, expected: t.Type | None) -> ir.Expr | None:
        subject = self.of_type(expr.subject, t.TEXT, "the name before `matches`")
        if expr.list not in self.symbols.entity_lists:
            self.report(
                "E118",
                f"unknown entity list `{expr.list}`",
                expr.list_span,
                did_you_mean(expr.list, self.symbols.entity_lists),
            )
            return None
        if subject is None:
            return None
        return ir.Matches(subject, expr.list, t.BOOL, expr.span)

    def _at(self, expr: ast.At, expected: t.Type | None) -> ir.Expr | None:
        target = self.check(expr.target)
        key = self.of_type(expr.key, t.DATE, "the date after `at`")
        if target is None or key is None:
            return None
        if not isinstance(target, ir.Dated):
            self.report(
                "E113",
                "`at` reads a dated value at a date, but this is not a dated value",
                expr.target.span,
            )
            return None
        return ir.Dated(target.name, key, target.type, expr.span)

    def _call(self, expr: ast.Call, expected: t.Type | None) -> ir.Expr | None:
        if expr.function not in BUILTIN_FUNCTIONS:
            self.report(
                "E112",
                f"unknown function `{expr.function}`",
                expr.span,
                did_you_mean(expr.function, BUILTIN_FUNCTIONS)
                or "the functions are: year_of, first_known",
            )
            return None
        if expr.function == "first_known":
            return self._first_known(expr)
        if len(expr.args) != 1:
            self.report("E112", "`year_of` takes exactly one date", expr.span)
            return None
        arg = self.of_type(expr.args[0], t.DATE, "the argument of `year_of`")
        if arg is None:
            return None
        if isinstance(arg, ir.Const):
            assert isinstance(arg.value, dt.date)
            return ir.Const(arg.value.year, t.YEAR, expr.span)
        return ir.YearOf(arg, t.YEAR, expr.span)

    def _first_known(self, expr: ast.Call) -> ir.Expr | None:
        if len(expr.args) < 2:
            self.report("E112", "`first_known` takes two or more values", expr.span)
            return None
        first = self.check(expr.args[0])
        if first is None:
            return None
        operands = [first]
        for arg in expr.args[1:]:
            out = self.check(arg, first.type)
            if out is None:
                return None
            if not t.compatible(out.type, first.type):
                self.mismatch(
                    f"`first_known` needs values of one type: {first.type}, not {out.type}",
                    arg.span,
                )
                return None
            operands.append(out)
        return ir.FirstKnown(tuple(operands), first.type, expr.span)

    def _binary(self, expr: ast.Binary, expected: t.Type | None) -> ir.Expr | None:
        op = expr.op
        if op in ("and", "or"):
            left = self.boolean(expr.left, f"each side of `{op}`")
            right = self.boolean(expr.right, f"each side of `{op}`")
            if left is None or right is None:
                return None
            node = ir.And if op == "and" else ir.Or
            return node((left, right), t.BOOL, expr.span)
        if op in ("in", "not in"):
            return self._member(expr)
        if op == "overlaps":
            left = self.check(expr.left)
            right = self.check(expr.right, left.type if left is not None else None)
            if left is None or right is None:
                return None
            if left.type.kind != "set" or not t.compatible(left.type, right.type):
                self.mismatch(
                    f"`overlaps` compares two sets of the same kind, not {left.type} "
                    f"and {right.type}",
                    expr.span,
                )
                return None
            return ir.Overlaps(left, right, t.BOOL, expr.span)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            return self._compare(expr)
        return self._arith(expr, expected)

    def _pair(self, expr: ast.Binary) -> tuple[ir.Expr, ir.Expr] | None:
        """Check both sides, letting a typed side tell a string literal what it is."""
        if isinstance(expr.left, (ast.StringLit, ast.SetLit)):
            right = self.check(expr.right)
            left = self.check(expr.left, right.type if right is not None else None)
        else:
            left = self.check(expr.left)
            right = self.check(expr.right, left.type if left is not None else None)
        if left is None or right is None:
            return None
        return left, right

    def _compare(self, expr: ast.Binary) -> ir.Expr | None:
        pair = self._pair(expr)
        if pair is None:
            return None
        left, right = pair
        if not t.compatible(left.type, right.type):
            self.mismatch(f"cannot compare {left.type} with {right.type}", expr.span)
            return None
        if expr.op not in ("==", "!=") and not left.type.is_ordered:
            self.mismatch(f"`{expr.op}` needs numbers, dates or years, not {left.type}", expr.span)
            return None
        return ir.Compare(expr.op, left, right, t.BOOL, expr.span)

    def _member(self, expr: ast.Binary) -> ir.Expr | None:
        collection = self.check(expr.right)
        if collection is None:
            return None
        if collection.type.kind != "set":
            self.mismatch(
                f"the right side of `{expr.op}` must be a set, but this is {collection.type}",
                expr.right.span,
            )
            return None
        assert collection.type.element is not None
        element = self.check(expr.left, collection.type.element)
        if element is None:
            return None
        if not t.compatible(element.type, collection.type.element):
            self.mismatch(f"cannot look for {element.type} in a {collection.type}", expr.span)
            return None
        member = ir.Member(element, collection, t.BOOL, expr.span)
        return ir.Not(member, t.BOOL, expr.span) if expr.op == "not in" else member

    def _arith(self, expr: ast.Binary, expected: t.Type | None) -> ir.Expr | None:
        pair = self._pair(expr)
        if pair is None:
            return None
        left, right = pair
        lt, rt = left.type, right.type
        op = expr.op
        if lt.kind == "set" and rt.kind == "set" and op in ("+", "-"):
            if not t.compatible(lt, rt):
                self.mismatch(f"cannot combine {lt} with {rt}", expr.span)
                return None
            set_op = "union" if op == "+" else "difference"
            return _fold_set(ir.SetOp(set_op, left, right, t.join(lt, rt), expr.span))
        if lt.kind == "date" and op in ("+", "-") and rt.kind == "integer" and rt.unit == "days":
            return ir.Arith(op, left, right, t.DATE, expr.span)
        if lt.kind == "date" and rt.kind == "date" and op == "-":
            return ir.Arith(op, left, right, t.DAYS, expr.span)
        if lt.kind == "year" and rt.kind == "integer" and rt.unit is None and op in ("+", "-"):
            return ir.Arith(op, left, right, t.YEAR, expr.span)
        if lt.is_numeric and rt.is_numeric:
            if op == "*":
                if lt.unit and rt.unit:
                    self.mismatch(
                        f"cannot multiply {lt} by {rt}: at most one side may have a unit",
                        expr.span,
                    )
                    return None
                result = t.Type(t.join(lt, rt).kind, unit=lt.unit or rt.unit)
            else:
                if not t.compatible(lt, rt):
                    self.report(
                        "E116",
                        f"cannot add or subtract {lt} and {rt}: the units differ",
                        expr.span,
                    )
                    return None
                result = t.join(lt, rt)
            return ir.Arith(op, left, right, result, expr.span)
        self.mismatch(f"`{op}` does not apply to {lt} and {rt}", expr.span)
        return None


def _fold_set(node: ir.SetOp) -> ir.Expr:
    if isinstance(node.left, ir.Const) and isinstance(node.right, ir.Const):
        a, b = node.left.value, node.right.value
        assert isinstance(a, frozenset) and isinstance(b, frozenset)
        return ir.Const(a | b if node.op == "union" else a - b, node.type, node.span)
    return node
