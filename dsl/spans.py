"""Source files and positions inside them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A half-open range of a source file, with 1-based line and column numbers."""

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    @staticmethod
    def unknown(file: str = "<unknown>") -> Span:
        return Span(file, 1, 1, 1, 1)


@dataclass(frozen=True)
class SourceFile:
    """The text of one policy file, kept so diagnostics can quote the offending line."""

    path: str
    text: str
    lines: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.text.splitlines()))

    def line(self, number: int) -> str:
        if 1 <= number <= len(self.lines):
            return self.lines[number - 1]
        return ""

    def slice(self, span: Span) -> str:
        """The exact source text a span covers."""
        if span.line == span.end_line:
            return self.line(span.line)[span.column - 1 : span.end_column - 1]
        parts = [self.line(span.line)[span.column - 1 :]]
        parts.extend(self.line(n) for n in range(span.line + 1, span.end_line))
        parts.append(self.line(span.end_line)[: span.end_column - 1])
        return "\n".join(parts)
