"""Text -> syntax tree. Lark's LALR parser, with its errors turned into diagnostics."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

from earmark.dsl import ast
from earmark.dsl.diagnostics import Diagnostic, Severity, error
from earmark.dsl.spans import SourceFile, Span
from lark import Lark, Token, Tree
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken

GRADES = ("P", "T", "S", "I")

# What the user should read instead of Lark's terminal names.
_TERMINAL_WORDS = {
    "NAME": "a name",
    "STRING": 'a quoted string ("...")',
    "DATE": "a date (YYYY-MM-DD)",
    "NUMBER": "a number",
    "SIGNED_INT": "a whole number",
    "COMPARE": "a comparison (==, !=, <, <=, >, >=)",
    "LPAR": "`(`",
    "RPAR": "`)`",
    "LBRACE": "`{`",
    "RBRACE": "`}`",
    "LSQB": "`[`",
    "RSQB": "`]`",
    "COMMA": "`,`",
    "COLON": "`:`",
    "EQUAL": "`=`",
    "PLUS": "`+`",
    "MINUS": "`-`",
    "STAR": "`*`",
    "OPTIONAL": "`optional`",
    "DEFAULT": "`default`",
    "$END": "end of file",
}


# Comments are ignored by the grammar; the parser's own (contextual) lexer hands each one
# to this list while a parse runs. (A second, context-free lexing pass would misread
# text the parser accepts, e.g. `-0.5` as the priority terminal SIGNED_INT `-0`.)
_COMMENT_TOKENS: list[Token] = []


@cache
def _parser() -> Lark:
    grammar = resources.files("earmark.dsl").joinpath("grammar.lark").read_text("utf-8")
    # cache=True keeps the built LALR tables in the temp dir: most of a cold start
    return Lark(
        grammar,
        parser="lalr",
        cache=True,
        propagate_positions=True,
        maybe_placeholders=False,
        lexer_callbacks={"COMMENT": _COMMENT_TOKENS.append},
    )


def _describe_expected(expected: set[str]) -> str:
    words = set()
    for name in expected:
        if name in _TERMINAL_WORDS:
            words.add(_TERMINAL_WORDS[name])
        elif name.startswith("__ANON"):
            continue
        else:
            words.add(f"`{name.lower()}`")
    ordered = sorted(words)
    if len(ordered) > 8:
        ordered = ordered[:8] + ["..."]
    return ", ".join(ordered)


def _token_text(token: Token) -> str:
    if token.type == "$END":
        return "end of file"
    return f"`{token.value}`"


def _syntax_diagnostic(exc: UnexpectedInput, source: SourceFile) -> Diagnostic:
    line = getattr(exc, "line", 1) or 1
    column = getattr(exc, "column", 1) or 1
    if isinstance(exc, UnexpectedCharacters):
        char = source.line(line)[column - 1 : column] or "?"
        span = Span(source.path, line, column, line, column + 1)
        if char == '"':
            return error(
                "E001",
                "unterminated string",
                span,
                'close the string with `"` on the same line',
            )
        return error("E002", f"unexpected character `{char}`", span)
    if isinstance(exc, UnexpectedEOF):
        last = len(source.lines) or 1
        col = len(source.line(last)) + 1
        return error(
            "E003",
            "unexpected end of file",
            Span(source.path, last, col, last, col + 1),
            f"expected {_describe_expected(set(exc.expected))}",
        )
    assert isinstance(exc, UnexpectedToken)
    token = exc.token
    if token.type == "$END":
        last = len(source.lines) or 1
        col = len(source.line(last)) + 1
        span = Span(source.path, last, col, last, col + 1)
        message = "unexpected end of file"
    else:
        span = Span(
            source.path,
            token.line or line,
            token.column or column,
            token.end_line or line,
            token.end_column or (column + 1),
        )
        message = f"unexpected {_token_text(token)}"
    return error("E004", message, span, _hint(token, set(exc.expected)))


def _hint(token: Token, expected: set[str]) -> str:
    if token.type == "STRING" and "NAME" in expected:
        return "a name is written without quotes, e.g. rule_0115"
    if token.type == "NAME" and token.value in {"True", "False", "TRUE", "FALSE"}:
        return "booleans are written `true` and `false`"
    if token.value == "=" and "COMPARE" in expected:
        return "compare with `==`; `=` only gives a value in `define`, `set` and `given`"
    return f"expected {_describe_expected(expected)}"


def too_deep(path: str) -> Diagnostic:
    """For input nested deeper than the compiler's recursion can follow (a chain of
    hundreds of `or`s, thousands of parentheses): a diagnostic instead of a crash."""
    return error(
        "E011",
        "an expression is nested too deeply to compile",
        Span(path, 1, 1, 1, 1),
        "split long `and`/`or` chains into named definitions, or use a set and `in`",
    )


def parse(text: str, path: str = "<memory>") -> tuple[ast.Policy | None, list[Diagnostic]]:
    """Parse policy text. Returns the tree, or None and at least one diagnostic."""
    source = SourceFile(path, text)
    comments: list[ast.Comment] = []

    _COMMENT_TOKENS.clear()
    try:
        tree = _parser().parse(text)
    except UnexpectedInput as exc:
        return None, [_syntax_diagnostic(exc, source)]
    for token in _COMMENT_TOKENS:
        assert token.line is not None and token.start_pos is not None
        before = text[text.rfind("\n", 0, token.start_pos) + 1 : token.start_pos]
        comments.append(ast.Comment(token.value[1:].rstrip(), token.line, not before.strip()))
    _COMMENT_TOKENS.clear()
    builder = _Builder(source)
    try:
        policy = builder.policy(tree)
    except RecursionError:
        return None, [too_deep(path)]
    if policy is None:
        return None, builder.diagnostics
    extents = tuple(
        (child.meta.line, child.meta.end_line)
        for child in tree.children
        if isinstance(child, Tree) and not getattr(child.meta, "empty", True)
    )
    policy = ast.Policy(
        policy.header, policy.imports, policy.declarations, tuple(comments), path, extents
    )
    failed = any(d.is_error for d in builder.diagnostics)
    return (None if failed else policy), builder.diagnostics


class _Builder:
    """Parse tree -> syntax tree, checking what the grammar leaves loose."""

    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.diagnostics: list[Diagnostic] = []

    # ---- helpers ----------------------------------------------------------
    def span(self, node: Tree[Any] | Token) -> Span:
        if isinstance(node, Token):
            return Span(
                self.source.path,
                node.line or 1,
                node.column or 1,
                node.end_line or node.line or 1,
                node.end_column or (node.column or 1) + 1,
            )
        meta = node.meta
        if getattr(meta, "empty", True):
            return Span.unknown(self.source.path)
        return Span(self.source.path, meta.line, meta.column, meta.end_line, meta.end_column)

    def report(self, code: str, message: str, span: Span, help: str | None = None) -> None:
        self.diagnostics.append(error(code, message, span, help))

    def string(self, token: Any) -> str:
        raw = token.value[1:-1]
        out: list[str] = []
        i = 0
        while i < len(raw):
            ch = raw[i]
            if ch == "\\" and i + 1 < len(raw):
                nxt = raw[i + 1]
                mapped = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}.get(nxt)
                if mapped is None:
                    self.report(
                        "E005",
                        f"unknown escape `\\{nxt}` in string",
                        self.span(token),
                        'the escapes are \\" \\\\ \\n and \\t',
                    )
                    mapped = nxt
                out.append(mapped)
                i += 2
            else:
                out.append(ch)
                i += 1
        return "".join(out)

    def date(self, token: Any) -> dt.date:
        try:
            return dt.date.fromisoformat(token.value)
        except ValueError:
            self.report("E006", f"`{token.value}` is not a real date", self.span(token))
            return dt.date(1970, 1, 1)

    def once(self, found: dict[str, Tree[Any]], key: str, item: Tree[Any], owner: str) -> None:
        if key in found:
            self.report("E007", f"{owner} has more than one `{key}` clause", self.span(item))
        else:
            found[key] = item

    # ---- top level --------------------------------------------------------
    def policy(self, tree: Tree[Any]) -> ast.Policy | None:
        header_tree = tree.children[0]
        header = self.header(header_tree)
        imports: list[ast.Import] = []
        declarations: list[ast.Declaration] = []
        for child in tree.children[1:]:
            if child.data == "import_decl":
                imports.append(ast.Import(self.string(child.children[0]), self.span(child)))
                continue
            declaration = self.declaration(child)
            if declaration is not None:
                declarations.append(declaration)
        return ast.Policy(header, tuple(imports), tuple(declarations))

    def header(self, tree: Tree[Any]) -> ast.PolicyHeader:
        kind = "lists" if tree.data == "lists_header" else "policy"
        name = tree.children[0]
        found: dict[str, Tree[Any]] = {}
        for clause in tree.children[1:]:
            key = clause.data.removesuffix("_clause")
            self.once(found, key, clause, f"policy `{name}`")
        default = found.get("default")
        return ast.PolicyHeader(
            kind=kind,
            name=str(name),
            title=self.text(found["title"].children[0]) if "title" in found else None,
            source=self.cited(found["source"]) if "source" in found else None,
            effective=self.dated_clause(found.get("effective")),
            compliance=self.dated_clause(found.get("compliance")),
            ends=self.dated_clause(found.get("ends")),
            default=str(default.children[0]) if default else None,
            span=self.span(name),
            default_span=self.span(default.children[0]) if default else self.span(name),
        )

    def text(self, tree: Tree[Any]) -> ast.Text:
        en, zh = tree.children
        return ast.Text(self.string(en), self.string(zh), self.span(tree))

    def provenance(self, tree: Tree[Any] | None) -> ast.Provenance | None:
        if tree is None:
            return None
        grade_token = tree.children[0]
        grade = str(grade_token)
        if grade not in GRADES:
            self.report(
                "E008",
                f"unknown source grade `{grade}`",
                self.span(grade_token),
                "grades are P (primary text seen), T (CFR text in a copy), "
                "S (secondary, unconfirmed), I (inference, unconfirmed)",
            )
        note = None
        if len(tree.children) > 1:
            note = self.string(tree.children[1].children[0])
        return ast.Provenance(grade, note, self.span(tree))

    def _optional_provenance(self, children: list[Any], index: int) -> ast.Provenance | None:
        return self.provenance(children[index]) if len(children) > index else None

    def cited(self, tree: Tree[Any]) -> ast.Citation:
        return ast.Citation(
            self.string(tree.children[0]),
            self._optional_provenance(tree.children, 1),
            self.span(tree),
        )

    def dated_clause(self, tree: Tree[Any] | None) -> ast.DatedClause | None:
        if tree is None:
            return None
        return ast.DatedClause(
            self.date(tree.children[0]),
            self._optional_provenance(tree.children, 1),
            self.span(tree),
        )

    def type(self, tree: Tree[Any]) -> ast.TypeExpr:
        kind = tree.data.removesuffix("_type")
        span = self.span(tree)
        if kind in ("integer", "decimal"):
            unit = str(tree.children[0].children[0]) if tree.children else None
            return ast.TypeExpr(kind, unit=unit, span=span)
        if kind == "enum":
            members = tuple(str(t) for t in tree.children)
            if len(set(members)) != len(members):
                self.report("E009", "an enum lists the same member twice", span)
            return ast.TypeExpr(kind, members=members, span=span)
        if kind == "set":
            return ast.TypeExpr(kind, element=self.type(tree.children[0]), span=span)
        return ast.TypeExpr(kind, span=span)

    def meta_clauses(
        self, items: list[Tree[Any]], owner: str
    ) -> tuple[ast.Citation | None, ast.Text | None]:
        found: dict[str, Tree[Any]] = {}
        for item in items:
            self.once(found, "cite" if item.data == "citation" else "describe", item, owner)
        citation = self.cited(found["cite"]) if "cite" in found else None
        description = self.text(found["describe"].children[0]) if "describe" in found else None
        return citation, description

    def declaration(self, tree: Tree[Any]) -> ast.Declaration | None:
        kind = tree.data
        c = tree.children
        span = self.span(c[0]) if c and isinstance(c[0], Token) else self.span(tree)
        if kind == "outcome_decl":
            return ast.OutcomeDecl(str(c[0]), self.text(c[1]), span)
        if kind == "fact_decl":
            optional = len(c) == 4
            type_tree = c[2] if optional else c[1]
            return ast.FactDecl(str(c[0]), self.type(type_tree), optional, self.text(c[-1]), span)
        if kind == "set_decl":
            citation, description = self.meta_clauses(c[3:], f"set `{c[0]}`")
            return ast.SetDecl(
                str(c[0]), self.type(c[1]), self.expr(c[2]), citation, description, span
            )
        if kind == "dated_decl":
            entries = [x for x in c[3:] if x.data == "dated_entry"]
            metas = [x for x in c[3:] if x.data != "dated_entry"]
            citation, description = self.meta_clauses(metas, f"dated value `{c[0]}`")
            initial = c[2].children
            return ast.DatedDecl(
                str(c[0]),
                self.type(c[1]),
                self.expr(initial[0]),
                self._optional_provenance(initial, 1),
                tuple(
                    ast.DatedEntry(
                        self.date(e.children[0]),
                        self.expr(e.children[1]),
                        self._optional_provenance(e.children, 2),
                        self.span(e),
                    )
                    for e in entries
                ),
                citation,
                description,
                span,
            )
        if kind == "list_decl":
            members = [x for x in c[2:] if x.data == "member"]
            metas = [x for x in c[2:] if x.data != "member"]
            citation, description = self.meta_clauses(metas, f"list `{c[0]}`")
            return ast.ListDecl(
                str(c[0]),
                self.type(c[1]),
                tuple(self.member(m) for m in members),
                citation,
                description,
                span,
            )
        if kind == "entities_decl":
            extensible = len(c) > 1 and isinstance(c[1], Token) and c[1].type == "EXTENSIBLE"
            items = [x for x in c[1:] if isinstance(x, Tree)]
            entities = [x for x in items if x.data == "entity"]
            metas = [x for x in items if x.data != "entity"]
            citation, description = self.meta_clauses(metas, f"entity list `{c[0]}`")
            return ast.EntitiesDecl(
                str(c[0]),
                extensible,
                tuple(self.entity(e) for e in entities),
                citation,
                description,
                span,
            )
        if kind == "definition":
            citation, description = self.meta_clauses(c[2:], f"definition `{c[0]}`")
            return ast.Definition(str(c[0]), self.expr(c[1]), citation, description, span)
        if kind == "rule":
            return self.rule(tree)
        if kind == "example":
            return self.example(tree)
        raise AssertionError(f"unexpected declaration {kind}")  # grammar and builder disagree

    def _windows(
        self, clauses: list[Tree[Any]], owner: str
    ) -> tuple[dt.date | None, dt.date | None]:
        found: dict[str, Tree[Any]] = {}
        for w in clauses:
            self.once(found, str(w.children[0]), w, owner)
        start = self.date(found["from"].children[1]) if "from" in found else None
        until = self.date(found["until"].children[1]) if "until" in found else None
        if start and until and until <= start:
            self.report("E136", f"{owner} ends before it starts", self.span(found["until"]))
        return start, until

    def member(self, tree: Tree[Any]) -> ast.ListMember:
        value = self.expr(tree.children[0])
        windows = [x for x in tree.children[1:] if x.data == "window"]
        prov = next((x for x in tree.children[1:] if x.data == "provenance"), None)
        start, until = self._windows(windows, "list member")
        return ast.ListMember(value, start, until, self.provenance(prov), self.span(tree))

    def entity(self, tree: Tree[Any]) -> ast.Entity:
        name = self.string(tree.children[0])
        owner = f'entity "{name}"'
        clauses = [x for x in tree.children[1:] if isinstance(x, Tree)]
        found: dict[str, Tree[Any]] = {}
        for clause in clauses:
            if clause.data in ("aliases_clause", "country_clause", "note_clause"):
                self.once(found, clause.data.removesuffix("_clause"), clause, owner)
        start, until = self._windows([x for x in clauses if x.data == "window"], owner)
        prov = next((x for x in clauses if x.data == "provenance"), None)
        aliases = (
            tuple(self.string(t) for t in found["aliases"].children) if "aliases" in found else ()
        )
        country = self.string(found["country"].children[0]) if "country" in found else None
        remark = self.string(found["note"].children[0]) if "note" in found else None
        return ast.Entity(
            name, aliases, country, start, until, remark, self.provenance(prov), self.span(tree)
        )

    def rule(self, tree: Tree[Any]) -> ast.Rule:
        name = str(tree.children[0])
        found: dict[str, Tree[Any]] = {}
        for clause in tree.children[1:]:
            key = {"citation": "cite", "exception_clause": "exception to"}.get(
                clause.data, clause.data.removesuffix("_clause")
            )
            self.once(found, key, clause, f"rule `{name}`")
        exc = found.get("exception to")
        then = found.get("then")
        priority = found.get("priority")
        return ast.Rule(
            name=name,
            exception_to=str(exc.children[0]) if exc else None,
            priority=int(str(priority.children[0])) if priority else 0,
            when=self.expr(found["when"].children[0]) if "when" in found else None,
            then=str(then.children[0]) if then else None,
            citation=self.cited(found["cite"]) if "cite" in found else None,
            explain=self.text(found["explain"].children[0]) if "explain" in found else None,
            effective=self.dated_clause(found.get("effective")),
            ends=self.dated_clause(found.get("ends")),
            span=self.span(tree.children[0]),
            exception_span=self.span(exc.children[0]) if exc else self.span(tree.children[0]),
            then_span=self.span(then.children[0]) if then else self.span(tree.children[0]),
        )

    def example(self, tree: Tree[Any]) -> ast.Example:
        title = self.string(tree.children[0])
        owner = f'example "{title}"'
        as_of: dt.date | None = None
        given: list[ast.Binding] = []
        expect: str | None = None
        by: str | None = None
        missing: tuple[str, ...] | None = None
        expect_span = self.span(tree.children[0])
        found: dict[str, Tree[Any]] = {}
        for clause in tree.children[1:]:
            if clause.data == "as_of_clause":
                self.once(found, "as of", clause, owner)
                as_of = self.date(clause.children[0])
            elif clause.data == "given_clause":
                for b in clause.children:
                    given.append(
                        ast.Binding(str(b.children[0]), self.expr(b.children[1]), self.span(b))
                    )
            else:
                self.once(found, "expect", clause, owner)
                expect = str(clause.children[0])
                expect_span = self.span(clause.children[0])
                for part in clause.children[1:]:
                    if part.data == "by_clause":
                        by = str(part.children[0])
                    else:
                        missing = tuple(str(t) for t in part.children)
        return ast.Example(
            title,
            as_of,
            tuple(given),
            expect,
            by,
            missing,
            self.span(tree.children[0]),
            expect_span,
        )

    # ---- expressions ------------------------------------------------------
    _BINARY = {
        "or_op": "or",
        "and_op": "and",
        "add": "+",
        "sub": "-",
        "mul": "*",
        "member": "in",
        "not_member": "not in",
        "overlaps": "overlaps",
    }

    def expr(self, node: Tree[Any] | Token) -> ast.Expr:
        span = self.span(node)
        if isinstance(node, Token):  # a bare parenthesised token never reaches here
            raise AssertionError(node)
        kind = node.data
        c = node.children
        if kind == "or_op":
            for child in c:
                if (
                    isinstance(child, Tree)
                    and child.data == "and_op"
                    and not self._parenthesised(child)
                ):
                    self.diagnostics.append(
                        Diagnostic(
                            "W201",
                            "`and` inside `or` without parentheses",
                            self.span(child),
                            "`a or b and c` means `a or (b and c)`; add parentheses to say which "
                            "you mean",
                            Severity.WARNING,
                        )
                    )
        if kind in self._BINARY:
            return ast.Binary(self._BINARY[kind], self.expr(c[0]), self.expr(c[1]), span)
        if kind == "compare":
            return ast.Binary(str(c[1]), self.expr(c[0]), self.expr(c[2]), span)
        if kind == "not_op":
            return ast.Unary("not", self.expr(c[0]), span)
        if kind == "neg":
            return ast.Unary("-", self.expr(c[0]), span)
        if kind == "matches":
            return ast.Matches(self.expr(c[0]), str(c[1]), span, self.span(c[1]))
        if kind in ("is_known", "is_unknown"):
            return ast.IsKnown(self.expr(c[0]), kind == "is_unknown", span)
        if kind == "dated_at":
            return ast.At(self.expr(c[0]), self.expr(c[1]), span)
        if kind == "number":
            return self.number(c[0], str(c[1]) if len(c) > 1 else None, span)
        if kind == "date_lit":
            return ast.DateLit(self.date(c[0]), span)
        if kind == "string_lit":
            return ast.StringLit(self.string(c[0]), span)
        if kind in ("true_lit", "false_lit"):
            return ast.BoolLit(kind == "true_lit", span)
        if kind == "unknown_lit":
            return ast.UnknownLit(span)
        if kind == "name":
            return ast.Name(str(c[0]), span)
        if kind == "call":
            return ast.Call(str(c[0]), tuple(self.expr(a) for a in c[1:]), span)
        if kind == "set_lit":
            return ast.SetLit(tuple(self.expr(a) for a in c), span)
        raise AssertionError(f"unexpected expression {kind}")

    def _parenthesised(self, tree: Tree[Any]) -> bool:
        """Whether the source wraps this sub-expression in its own parentheses."""
        meta = tree.meta
        before = "\n".join(
            [*self.source.lines[: meta.line - 1], self.source.line(meta.line)[: meta.column - 1]]
        )
        after_line = self.source.line(meta.end_line)[meta.end_column - 1 :]
        after = "\n".join([after_line, *self.source.lines[meta.end_line :]])
        return before.rstrip().endswith("(") and after.lstrip().startswith(")")

    def number(self, token: Any, unit: str | None, span: Span) -> ast.Number:
        text = token.value.replace("_", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.report("E010", f"`{token.value}` is not a number", span)
            return ast.Number(0, unit, span)
        if value.adjusted() >= 100:  # `1e9999999` would take minutes to expand
            self.report("E010", "this number is too large: at most 100 digits", span)
            return ast.Number(0, unit, span)
        # `2.5e25` is a whole number and stays exact; `16.0` says it is a decimal.
        has_exponent = "e" in text.lower()
        is_integer_literal = value == value.to_integral_value() and (
            has_exponent or "." not in text
        )
        if is_integer_literal:
            return ast.Number(int(value), unit, span)
        return ast.Number(value, unit, span)
