"""Dependency order of derived values, and cycle detection with the cycle named."""

from __future__ import annotations

from collections.abc import Iterator

from earmark.compiler.symbols import Symbols
from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, Severity

Derived = ast.Definition | ast.SetDecl | ast.DatedDecl


def names_in(expr: ast.Expr) -> Iterator[ast.Name]:
    """Every name an expression mentions (including dated targets)."""
    if isinstance(expr, ast.Name):
        yield expr
    elif isinstance(expr, ast.Binary):
        yield from names_in(expr.left)
        yield from names_in(expr.right)
    elif isinstance(expr, (ast.Unary, ast.IsKnown)):
        yield from names_in(expr.operand)
    elif isinstance(expr, ast.At):
        yield from names_in(expr.target)
        yield from names_in(expr.key)
    elif isinstance(expr, ast.Matches):
        yield from names_in(expr.subject)
    elif isinstance(expr, ast.Call):
        for a in expr.args:
            yield from names_in(a)
    elif isinstance(expr, ast.SetLit):
        for item in expr.items:
            yield from names_in(item)


def expressions_of(decl: Derived) -> list[ast.Expr]:
    if isinstance(decl, ast.DatedDecl):
        return [decl.initial, *(e.value for e in decl.entries)]
    return [decl.value]


def dependency_order(symbols: Symbols) -> tuple[list[Derived], list[Diagnostic]]:
    derived = {
        name: d
        for name, d in symbols.values.items()
        if isinstance(d, (ast.Definition, ast.SetDecl, ast.DatedDecl))
    }
    deps: dict[str, list[str]] = {}
    for name, decl in derived.items():
        seen: list[str] = []
        for expr in expressions_of(decl):
            for ref in names_in(expr):
                if ref.name in derived and ref.name not in seen:
                    seen.append(ref.name)
        deps[name] = seen

    ordered: list[Derived] = []
    diagnostics: list[Diagnostic] = []
    state: dict[str, str] = {}  # visiting | done
    reported: set[frozenset[str]] = set()

    def visit(name: str, path: list[str]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            cycle = path[path.index(name) :] + [name]
            key = frozenset(cycle)
            if key not in reported:
                reported.add(key)
                first = derived[cycle[0]]
                diagnostics.append(
                    Diagnostic(
                        "E103",
                        "definitions form a cycle: " + " -> ".join(cycle),
                        first.span,
                        "a definition may not depend on itself, directly or through others",
                        Severity.ERROR,
                        tuple((f"`{n}` is declared here", derived[n].span) for n in cycle[1:-1]),
                    )
                )
            return
        state[name] = "visiting"
        for dep in deps[name]:
            visit(dep, [*path, name])
        state[name] = "done"
        ordered.append(derived[name])

    for name in derived:
        visit(name, [])
    return ordered, diagnostics
