"""Explanation templates: `{name}` holes resolved at compile time."""

from __future__ import annotations

import re

from earmark.compiler import ir
from earmark.dsl.diagnostics import Diagnostic, did_you_mean, error
from earmark.dsl.spans import Span

_HOLE = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


def parse_template(
    text: str,
    resolve: dict[str, ir.Ref | ir.Fact | ir.Dated | ir.AsOf],
    span: Span,
    language: str,
) -> tuple[ir.Template, list[Diagnostic]]:
    parts: list[str | ir.Ref | ir.Fact | ir.Dated | ir.AsOf] = []
    diagnostics: list[Diagnostic] = []
    literal: list[str] = []
    position = 0
    for match in _HOLE.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        token = match.group(0)
        if token in ("{{", "}}"):
            literal.append(token[0])
            continue
        name = match.group(1)
        if name is None:
            diagnostics.append(
                error(
                    "E121",
                    f"unmatched `{token}` in the {language} explanation",
                    span,
                    "write `{{` or `}}` for a literal brace",
                )
            )
            continue
        name = name.strip()
        target = resolve.get(name)
        if target is None:
            diagnostics.append(
                error(
                    "E120",
                    f"the {language} explanation mentions unknown name `{name}`",
                    span,
                    did_you_mean(name, resolve),
                )
            )
            continue
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(target)
    literal.append(text[position:])
    if "".join(literal):
        parts.append("".join(literal))
    return ir.Template(tuple(parts)), diagnostics
