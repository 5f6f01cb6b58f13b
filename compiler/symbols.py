"""Name resolution: what each name in a policy refers to, and duplicate detection."""

from __future__ import annotations

from dataclasses import dataclass, field

from earmark.compiler.ir import BUILTIN_OUTCOMES
from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, Severity
from earmark.dsl.spans import Span

BUILTIN_NAMES = {"as_of"}
BUILTIN_FUNCTIONS = {"year_of", "first_known"}


@dataclass
class Symbols:
    """Every name a policy declares, by namespace."""

    values: dict[str, ast.Declaration | str] = field(default_factory=dict)
    # enum member -> the fact whose type declares it
    members: dict[str, ast.FactDecl] = field(default_factory=dict)
    outcomes: dict[str, ast.OutcomeDecl] = field(default_factory=dict)
    rules: dict[str, ast.Rule] = field(default_factory=dict)
    entity_lists: dict[str, ast.EntitiesDecl] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)

    def value_names(self) -> list[str]:
        return [*self.values, *self.members, *BUILTIN_NAMES]


def _enum_members(t: ast.TypeExpr) -> tuple[str, ...]:
    if t.kind == "enum":
        return t.members
    if t.kind == "set" and t.element is not None:
        return _enum_members(t.element)
    return ()


def collect(policy: ast.Policy) -> tuple[Symbols, list[Diagnostic]]:
    symbols = Symbols()
    diagnostics: list[Diagnostic] = []

    def duplicate(kind: str, name: str, span: Span, first: Span) -> None:
        diagnostics.append(
            Diagnostic(
                "E101",
                f"{kind} `{name}` is declared twice",
                span,
                "rename one of them",
                Severity.ERROR,
                (("first declared here", first),),
            )
        )

    def add_value(name: str, decl: ast.Declaration, span: Span) -> None:
        if name in BUILTIN_NAMES:
            diagnostics.append(
                Diagnostic("E102", f"`{name}` is a built-in name and cannot be redeclared", span)
            )
        elif name in symbols.values or name in symbols.members:
            duplicate("name", name, span, symbols.spans[name])
        else:
            symbols.values[name] = decl
            symbols.spans[name] = span

    example_titles: dict[str, Span] = {}
    for decl in policy.declarations:
        if isinstance(decl, ast.OutcomeDecl):
            if decl.name in BUILTIN_OUTCOMES:
                diagnostics.append(
                    Diagnostic(
                        "E102",
                        f"`{decl.name}` is a built-in outcome and cannot be redeclared",
                        decl.span,
                    )
                )
            elif decl.name in symbols.outcomes:
                duplicate("outcome", decl.name, decl.span, symbols.outcomes[decl.name].span)
            else:
                symbols.outcomes[decl.name] = decl
        elif isinstance(decl, ast.Rule):
            if decl.name in symbols.rules:
                duplicate("rule", decl.name, decl.span, symbols.rules[decl.name].span)
            else:
                symbols.rules[decl.name] = decl
        elif isinstance(decl, ast.Example):
            if decl.title in example_titles:
                duplicate("example", decl.title, decl.span, example_titles[decl.title])
            else:
                example_titles[decl.title] = decl.span
        elif isinstance(decl, ast.EntitiesDecl):
            if decl.name in symbols.values or decl.name in symbols.entity_lists:
                first = symbols.spans.get(decl.name) or symbols.entity_lists[decl.name].span
                duplicate("name", decl.name, decl.span, first)
            else:
                symbols.entity_lists[decl.name] = decl
                symbols.spans[decl.name] = decl.span
        else:
            if decl.name in symbols.entity_lists:
                duplicate("name", decl.name, decl.span, symbols.spans[decl.name])
                continue
            add_value(decl.name, decl, decl.span)
            if isinstance(decl, ast.FactDecl):
                for member in _enum_members(decl.type):
                    if member in symbols.values or member in symbols.members:
                        first = symbols.spans[member]
                        duplicate("name", member, decl.type.span, first)
                    else:
                        symbols.members[member] = decl
                        symbols.spans[member] = decl.type.span
    return symbols, diagnostics
