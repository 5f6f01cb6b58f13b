"""The whole front end as one pure function: file text -> checked IR and diagnostics."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from earmark.compiler import ir
from earmark.compiler.analyses import priority_conflicts
from earmark.compiler.lower import lower
from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, error
from earmark.dsl.parser import parse, too_deep
from earmark.dsl.spans import SourceFile, Span


@dataclass
class Compilation:
    """Everything one compile of one policy (or lists) file produced."""

    path: str
    source: SourceFile | None
    tree: ast.Policy | None = None
    policy: ir.Policy | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    imported: dict[str, SourceFile] = field(default_factory=dict)

    @property
    def is_lists(self) -> bool:
        return self.tree is not None and self.tree.header.kind == "lists"

    @property
    def ok(self) -> bool:
        errors = any(d.is_error for d in self.diagnostics)
        return not errors and (self.policy is not None or self.is_lists)

    @property
    def sources(self) -> dict[str, SourceFile]:
        out = dict(self.imported)
        if self.source:
            out[self.path] = self.source
        return out


def _resolve_imports(
    tree: ast.Policy, path: str, result: Compilation, chain: tuple[str, ...]
) -> list[ast.Declaration]:
    """The declarations of every lists file `tree` imports, transitively, each once."""
    out: list[ast.Declaration] = []
    for imp in tree.imports:
        target = (Path(path).parent / imp.path).as_posix()
        target = str(Path(target)) if not Path(target).is_absolute() else target
        if target in chain:
            result.diagnostics.append(
                error("E170", "imports form a cycle: " + " -> ".join([*chain, target]), imp.span)
            )
            continue
        if target in result.imported:
            continue
        try:
            text = Path(target).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            result.diagnostics.append(
                error(
                    "E171",
                    f'cannot read imported file "{imp.path}"',
                    imp.span,
                    f"imports are relative to the importing file: looked for {target}",
                )
            )
            continue
        result.imported[target] = SourceFile(target, text)
        sub, diags = _parse_lists(text, target)
        result.diagnostics.extend(diags)
        if sub is None:
            continue
        if sub.header.kind != "lists":
            result.diagnostics.append(
                error(
                    "E172",
                    f'"{imp.path}" is a policy, not a lists file',
                    imp.span,
                    "only files that start with `lists NAME` can be imported",
                )
            )
            continue
        out.extend(_resolve_imports(sub, target, result, (*chain, target)))
        out.extend(sub.declarations)
    return out


@lru_cache(maxsize=32)
def _parse_lists(text: str, path: str) -> tuple[ast.Policy | None, tuple[Diagnostic, ...]]:
    """A lists file imported by several policies is parsed once per process."""
    tree, diagnostics = parse(text, path)
    return tree, tuple(diagnostics)


def compile_text(text: str, path: str = "<memory>") -> Compilation:
    source = SourceFile(path, text)
    tree, diagnostics = parse(text, path)
    result = Compilation(path, source, tree, None, list(diagnostics))
    if tree is None:
        return result
    imported = _resolve_imports(tree, path, result, (path,))
    if any(d.is_error for d in result.diagnostics):
        return result
    merged = ast.Policy(
        tree.header,
        tree.imports,
        (*imported, *tree.declarations),
        tree.comments,
        tree.path,
        tree.extents,
    )
    try:
        policy, diagnostics = lower(merged, source, result.sources, tuple(result.imported))
        conflicts = priority_conflicts(policy) if policy is not None else []
    except RecursionError:
        result.diagnostics.append(too_deep(path))
        return result
    result.diagnostics.extend(diagnostics)
    if policy is not None:
        result.diagnostics.extend(conflicts)
        if not conflicts:
            result.policy = policy
    # in reading order, whichever stage found them (sorted() is stable for ties)
    result.diagnostics.sort(key=lambda d: (d.span.file, d.span.line, d.span.column))
    return result


def compile_file(path: str | Path) -> Compilation:
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return Compilation(
            name, None, diagnostics=[error("E000", "no such file", Span.unknown(name))]
        )
    except IsADirectoryError:
        return Compilation(
            name,
            None,
            diagnostics=[error("E000", "is a directory, not a policy file", Span.unknown(name))],
        )
    except UnicodeDecodeError as exc:
        return Compilation(
            name,
            None,
            diagnostics=[error("E000", f"not UTF-8 text ({exc.reason})", Span.unknown(name))],
        )
    except OSError as exc:
        return Compilation(
            name,
            None,
            diagnostics=[error("E000", f"cannot read file: {exc.strerror}", Span.unknown(name))],
        )
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
