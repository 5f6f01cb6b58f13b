"""The whole front end as one pure function: file text -> checked IR and diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from earmark.compiler import ir
from earmark.compiler.analyses import priority_conflicts
from earmark.compiler.lower import lower
from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, error
from earmark.dsl.parser import parse
from earmark.dsl.spans import SourceFile, Span


@dataclass
class Compilation:
    """Everything one compile of one policy file produced."""

    path: str
    source: SourceFile | None
    tree: ast.Policy | None = None
    policy: ir.Policy | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.policy is not None and not any(d.is_error for d in self.diagnostics)

    @property
    def sources(self) -> dict[str, SourceFile]:
        return {self.path: self.source} if self.source else {}


def compile_text(text: str, path: str = "<memory>") -> Compilation:
    source = SourceFile(path, text)
    tree, diagnostics = parse(text, path)
    result = Compilation(path, source, tree, None, list(diagnostics))
    if tree is None:
        return result
    policy, diagnostics = lower(tree, source)
    result.diagnostics.extend(diagnostics)
    if policy is not None:
        conflicts = priority_conflicts(policy)
        result.diagnostics.extend(conflicts)
        if not conflicts:
            result.policy = policy
    return result


def compile_file(path: str | Path) -> Compilation:
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return Compilation(name, None, diagnostics=[error("E000", "no such file", Span.unknown(name))])
    except IsADirectoryError:
        return Compilation(name, None, diagnostics=[error("E000", "is a directory, not a policy file", Span.unknown(name))])
    except UnicodeDecodeError as exc:
        return Compilation(name, None, diagnostics=[error("E000", f"not UTF-8 text ({exc.reason})", Span.unknown(name))])
    except OSError as exc:
        return Compilation(name, None, diagnostics=[error("E000", f"cannot read file: {exc.strerror}", Span.unknown(name))])
    return compile_text(text, name)


def policy_files(paths: list[str]) -> tuple[list[Path], list[Diagnostic]]:
    """Expand directories into their `.em` policy files, sorted for determinism."""
    found: list[Path] = []
    diagnostics: list[Diagnostic] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            found.extend(sorted(path.rglob("*.em")))
        elif path.exists():
            found.append(path)
        else:
            diagnostics.append(error("E000", "no such file or directory", Span.unknown(p)))
    return found, diagnostics
