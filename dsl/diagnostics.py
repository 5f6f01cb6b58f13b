"""Diagnostics: errors as values that carry a stable code and a source span."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from earmark.dsl.spans import SourceFile, Span


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    span: Span
    help: str | None = None
    severity: Severity = Severity.ERROR
    related: tuple[tuple[str, Span], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": self.span.file,
            "line": self.span.line,
            "column": self.span.column,
            "help": self.help,
            "related": [
                {"message": m, "file": s.file, "line": s.line, "column": s.column}
                for m, s in self.related
            ],
        }


def error(code: str, message: str, span: Span, help: str | None = None) -> Diagnostic:
    return Diagnostic(code, message, span, help)


def did_you_mean(name: str, candidates: Iterable[str]) -> str | None:
    """A `help:` hint naming the closest known spelling, if one is close enough."""
    close = difflib.get_close_matches(name, sorted(set(candidates)), n=1, cutoff=0.6)
    return f"did you mean `{close[0]}`?" if close else None


def render(diagnostic: Diagnostic, sources: dict[str, SourceFile]) -> str:
    """Render like rustc: header, location, quoted line, caret under the span, help."""
    d = diagnostic
    out = [f"{d.severity.value}[{d.code}]: {d.message}", f"  --> {d.span}"]
    out.extend(_quote(d.span, sources))
    for message, span in d.related:
        out.append(f"  note: {message} at {span}")
        out.extend(_quote(span, sources))
    if d.help:
        out.append(f"  help: {d.help}")
    return "\n".join(out)


def _quote(span: Span, sources: dict[str, SourceFile]) -> list[str]:
    source = sources.get(span.file)
    if source is None:
        return []
    text = source.line(span.line)
    if not text and span.line > len(source.lines):
        return []
    gutter = str(span.line)
    pad = " " * len(gutter)
    end = span.end_column if span.end_line == span.line else len(text) + 1
    width = max(1, end - span.column)
    expanded_prefix = text[: span.column - 1].replace("\t", "    ")
    return [
        f" {pad} |",
        f" {gutter} | {text.replace(chr(9), '    ')}",
        f" {pad} | {' ' * len(expanded_prefix)}{'^' * width}",
    ]


def render_all(diagnostics: Iterable[Diagnostic], sources: dict[str, SourceFile]) -> str:
    return "\n\n".join(render(d, sources) for d in diagnostics)


class EarmarkError(Exception):
    """Raised only at the command-line boundary to carry diagnostics to exit code 2."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("; ".join(d.message for d in diagnostics))
        self.diagnostics = diagnostics
