"""The `earmark` command line. Exit codes: 0 ok, 1 a check or test failed, 2 bad input."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import NoReturn

from earmark import __version__
from earmark.compiler import facts as facts_mod
from earmark.compiler import interpreter, ir, printer, runtime
from earmark.compiler.pipeline import Compilation, compile_file, policy_files
from earmark.compiler.testing import PolicyTestReport, run_examples
from earmark.dsl.diagnostics import Diagnostic, EarmarkError, error, render_all
from earmark.dsl.formatter import format_policy
from earmark.dsl.parser import parse
from earmark.dsl.spans import SourceFile, Span

OK, FAILED, BAD_INPUT, INTERNAL = 0, 1, 2, 3


class UsageError(Exception):
    """A bad command-line value: reported as `error: ...`, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"error: {message}", file=sys.stderr)
        sys.exit(BAD_INPUT)


def _date(text: str) -> dt.date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date") from None


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _compile_paths(paths: list[str]) -> list[Compilation]:
    files, diagnostics = policy_files(paths)
    if diagnostics:
        raise EarmarkError(diagnostics)
    if not files:
        raise UsageError("no policy files (*.em) found in " + ", ".join(paths))
    results = [compile_file(_relative(f)) for f in files]
    _raise_on_errors(results)
    warnings = [d for r in results for d in r.diagnostics if not d.is_error]
    if warnings:
        sources: dict[str, SourceFile] = {}
        for r in results:
            sources.update(r.sources)
        print(render_all(warnings, sources), file=sys.stderr)
    return results


def _raise_on_errors(results: list[Compilation]) -> None:
    errors = [d for r in results for d in r.diagnostics if d.is_error]
    if errors:
        sources: dict[str, SourceFile] = {}
        for r in results:
            sources.update(r.sources)
        raise _Rendered(
            render_all([d for r in results for d in r.diagnostics], sources), len(errors)
        )


class _Rendered(Exception):
    def __init__(self, text: str, count: int) -> None:
        super().__init__(text)
        self.text = text
        self.count = count


def _one_policy(path: str) -> ir.Policy:
    if Path(path).is_dir():
        raise UsageError(f"{path} is a directory; name one policy file")
    (result,) = _compile_paths([path])
    if result.policy is None:
        raise UsageError(f"{path} is a lists file, not a policy")
    return result.policy


# ---- commands -------------------------------------------------------------------------------


def cmd_compile(args: argparse.Namespace) -> int:
    from earmark.targets.registry import LANG_TARGETS, SET_TARGETS, TARGETS

    if args.lang and args.target not in LANG_TARGETS:
        raise UsageError(f"--lang does not apply to --target {args.target}")
    options = {"langs": (args.lang,)} if args.lang else {}
    results = _compile_paths(args.paths)
    out = Path(args.out)
    expected: dict[Path, str] = {}
    # lists files (policy None) generate nothing on their own
    policies = [r.policy for r in results if r.policy is not None]
    if args.target in SET_TARGETS:  # one output for the whole policy set (the site)
        for name, content in SET_TARGETS[args.target](policies, **options).items():
            expected[out / name] = content
    for policy in policies if args.target in TARGETS else []:
        for name, content in TARGETS[args.target](policy, **options).items():
            expected[out / name] = content
    if args.check:
        stale = [
            p
            for p, content in expected.items()
            if not p.is_file() or p.read_text("utf-8") != content
        ]
        for p in stale:
            print(f"out of date: {_relative(p)}", file=sys.stderr)
        if stale:
            print(
                f"{len(stale)} generated file(s) differ; run: earmark compile "
                f"{' '.join(args.paths)} --target {args.target} --out {args.out}",
                file=sys.stderr,
            )
            return FAILED
        print(f"{len(expected)} generated file(s) up to date")
        return OK
    for p, content in expected.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content, encoding="utf-8")
        print(f"wrote {_relative(p)}")
    return OK


def _load_facts(source: str) -> object:
    if source == "-":
        text = sys.stdin.read()
        origin = "<stdin>"
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise facts_mod.FactsError(
                [(source, f"cannot read facts file: {getattr(exc, 'strerror', None) or exc}")]
            ) from None
        origin = source
    return facts_mod.load_json(text, origin)


def _load_lists(path: str) -> dict[str, object]:
    data = _load_facts(path)
    if not isinstance(data, dict):
        raise runtime.ListDataError([(path, 'must be a JSON object: {"list_name": [entries]}')])
    return data


def _print_decision(decision: runtime.Decision, lang: str, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps(decision.to_json(), ensure_ascii=False, indent=2))
        return
    info = decision.policy
    label_en, label_zh = info.label(decision.outcome)
    label = label_zh if lang == "zh" else label_en
    title = info.title_zh if lang == "zh" else info.title_en
    lines = [
        f"{info.id}: {title}",
        f"as of        {decision.as_of.isoformat()}",
        f"outcome      {decision.outcome} ({label})",
    ]
    if decision.rule:
        rule = next(r for r in info.rules if r.name == decision.rule)
        lines.append(
            f"rule         {rule.name}: {rule.citation.text} [grade {rule.citation.grade}]"
        )
    if decision.missing:
        lines.append("missing      " + ", ".join(decision.missing))
    lines += ["", decision.explanation(lang), "", "trace"]
    width = max((len(t.rule) for t in decision.trace), default=0)
    for t in decision.trace:
        line = f"  {t.status:<15} {t.rule:<{width}}  -> {t.outcome}"
        failing = [text for text, value in t.conditions if value is False]
        unknown = [text for text, value in t.conditions if isinstance(value, runtime.Unknown)]
        if t.status == "not_applicable" and failing:
            line += f"   failed: {failing[0]}"
        elif unknown:
            line += f"   unknown: {unknown[0]}"
        elif t.overridden_by:
            line += f"   overridden by {t.overridden_by}"
        lines.append(line)
    for fact, value, list_name, entry in decision.matches:
        lines.append(
            f'match        {fact} "{value}" is on {list_name}: "{entry.name}" ({entry.origin})'
        )
    if decision.unverified:
        lines += ["", "relies on unverified provisions"]
        for what, c in decision.unverified:
            note = f" ({c.note})" if c.note else ""
            lines.append(f"  {what}: {c.text} [grade {c.grade}]{note}")
    print("\n".join(lines))


def cmd_check(args: argparse.Namespace) -> int:
    policy = _one_policy(args.policy)
    data = _load_facts(args.facts)
    values = facts_mod.validate(policy, data)
    as_of = args.as_of or dt.date.today()
    lists = _load_lists(args.lists) if args.lists else None
    decision = interpreter.evaluate(policy, values, as_of, lists=lists)
    if args.format == "markdown":
        from earmark.targets.explain import explain_decision

        print(explain_decision(policy, decision, values, args.lang, lists), end="")
        return OK
    _print_decision(decision, args.lang, args.format)
    return OK


def cmd_ask(args: argparse.Namespace) -> int:
    from earmark.ask import interview

    policy = _one_policy(args.policy)
    data = _load_facts(args.facts) if args.facts else {}
    lists = _load_lists(args.lists) if args.lists else None
    return interview(policy, data, args.as_of or dt.date.today(), args.lang, lists)


def unverified_provisions(policy: ir.Policy) -> list[tuple[str, ir.Citation]]:
    """Every provision of a policy (and its imports) graded S or I."""
    found: list[tuple[str, ir.Citation]] = []
    for d in policy.definitions:
        if d.citation and d.citation.unverified:
            found.append((f"{d.kind} {d.name}", d.citation))
    for v in policy.dated:
        if v.citation and v.citation.unverified:
            found.append((f"{'list' if v.members else 'dated'} {v.name}", v.citation))
        for seg in v.segments:
            if seg.citation and seg.citation.unverified:
                found.append((f"dated {v.name} from {seg.start or 'the start'}", seg.citation))
        for m in v.members:
            if m.citation and m.citation.unverified:
                found.append((f"list {v.name} member {m.value}", m.citation))
    for e in policy.entity_lists:
        if e.citation and e.citation.unverified:
            found.append((f"entities {e.name}", e.citation))
        for entry in e.entries:
            if entry.citation and entry.citation.unverified:
                found.append((f'entities {e.name} entry "{entry.name}"', entry.citation))
    for r in policy.rules:
        if r.citation.unverified:
            found.append((f"rule {r.name}", r.citation))
    return found


def _junit(reports: list[PolicyTestReport], path: str) -> None:
    from xml.sax.saxutils import quoteattr

    total = sum(len(r.results) for r in reports)
    failures = sum(1 for r in reports for x in r.results if not x.passed)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<testsuites tests="{total}" failures="{failures}">',
    ]
    for r in reports:
        fails = sum(1 for x in r.results if not x.passed)
        out.append(
            f"  <testsuite name={quoteattr(r.policy.id)} "
            f'tests="{len(r.results)}" failures="{fails}">'
        )
        for x in r.results:
            out.append(
                f"    <testcase classname={quoteattr(r.policy.id)} "
                f"name={quoteattr(x.example.title)}>"
            )
            for f in x.failures:
                out.append(f"      <failure message={quoteattr(f)}/>")
            out.append("    </testcase>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def cmd_test(args: argparse.Namespace) -> int:
    results = _compile_paths(args.paths)
    reports = [run_examples(r.policy) for r in results if r.policy is not None]
    if not reports:
        raise UsageError("no policies among " + ", ".join(args.paths) + " (only lists files)")
    status = OK
    total = sum(len(r.results) for r in reports)
    payload = []
    for report in reports:
        passed = sum(1 for x in report.results if x.passed)
        failed = len(report.results) - passed
        pct = report.coverage * 100
        if args.format == "text":
            print(
                f"{report.policy.path}: {report.policy.id}: {len(report.results)} examples, "
                f"{passed} passed, {failed} failed; rule coverage {pct:.0f}% "
                f"({len(report.covered)}/{len(report.covered) + len(report.uncovered)} rules)"
            )
            for x in report.results:
                if not x.passed:
                    span = x.example.span
                    for f in x.failures:
                        print(
                            f'  FAIL {span.file}:{span.line}:{span.column} "{x.example.title}": {f}'
                        )
            if report.uncovered:
                print("  rules no example decides: " + ", ".join(report.uncovered))
            if args.unverified:
                for what, c in unverified_provisions(report.policy):
                    note = f" ({c.note})" if c.note else ""
                    print(f"  unverified: {what}: {c.text} [grade {c.grade}]{note}")
        payload.append(
            {
                "policy": report.policy.id,
                "file": report.policy.path,
                "examples": len(report.results),
                "passed": passed,
                "failed": failed,
                "coverage": round(report.coverage, 4),
                "uncovered": list(report.uncovered),
                "failures": [
                    {
                        "example": x.example.title,
                        "line": x.example.span.line,
                        "messages": list(x.failures),
                    }
                    for x in report.results
                    if not x.passed
                ],
            }
        )
        if failed or pct + 1e-9 < args.min_coverage:
            status = FAILED
    if total == 0:
        print("error: no example ran", file=sys.stderr)
        status = FAILED
    if args.format == "json":
        print(json.dumps({"policies": payload, "ok": status == OK}, indent=2, ensure_ascii=False))
    else:
        passed_all = sum(p["passed"] for p in payload)  # type: ignore[misc]
        print(f"{passed_all} passed, {total - passed_all} failed")
    if args.junit:
        _junit(reports, args.junit)
    return status


def cmd_fmt(args: argparse.Namespace) -> int:
    files, diagnostics = policy_files(args.paths)
    if diagnostics:
        raise EarmarkError(diagnostics)
    changed = []
    all_diags: list[Diagnostic] = []
    sources: dict[str, SourceFile] = {}
    for path in files:
        name = _relative(path)
        text = path.read_text(encoding="utf-8")
        tree, diags = parse(text, name)
        sources[name] = SourceFile(name, text)
        if tree is None:
            all_diags.extend(diags)
            continue
        formatted = format_policy(tree)
        again, _ = parse(formatted, name)
        if again != tree:  # never rewrite a file into something that means less or more
            raise RuntimeError(f"formatter changed the meaning of {name}")
        if formatted != text:
            changed.append((path, name, formatted))
    if all_diags:
        raise _Rendered(render_all(all_diags, sources), len(all_diags))
    for path, name, formatted in changed:
        if args.check:
            print(f"would reformat {name}")
        else:
            path.write_text(formatted, encoding="utf-8")
            print(f"reformatted {name}")
    if args.check and changed:
        return FAILED
    if not changed:
        print(f"{len(files)} file(s) already formatted")
    return OK


def cmd_schema(args: argparse.Namespace) -> int:
    policy = _one_policy(args.policy)
    print(json.dumps(facts_mod.json_schema(policy), indent=2, ensure_ascii=False))
    return OK


def cmd_dump(args: argparse.Namespace) -> int:
    if args.stage == "ast":
        path = Path(args.policy)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            raise EarmarkError([error("E000", "no such file", Span.unknown(args.policy))]) from None
        tree, diags = parse(text, args.policy)
        if tree is None:
            raise _Rendered(
                render_all(diags, {args.policy: SourceFile(args.policy, text)}), len(diags)
            )
        sys.stdout.write(printer.dump_ast(tree))
    else:
        sys.stdout.write(printer.dump_ir(_one_policy(args.policy)))
    return OK


def build_parser() -> argparse.ArgumentParser:
    from earmark.targets.registry import SET_TARGETS, TARGETS

    parser = _Parser(prog="earmark", description="Compile, check and test export-control policies.")
    parser.add_argument("--version", action="version", version=f"earmark {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("compile", help="generate outputs from policies")
    p.add_argument("paths", nargs="+")
    p.add_argument("--target", choices=sorted({**TARGETS, **SET_TARGETS}), default="python")
    p.add_argument(
        "--lang", choices=["en", "zh"], help="only this language (tables, explain, site)"
    )
    p.add_argument("--out", required=True)
    p.add_argument(
        "--check", action="store_true", help="exit 1 if OUT differs from what would be generated"
    )
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("check", help="decide one case")
    p.add_argument("policy")
    p.add_argument("--facts", required=True, help="a JSON file of facts, or - for standard input")
    p.add_argument("--as-of", type=_date, help="the evaluation date (default: today)")
    p.add_argument("--lang", choices=["en", "zh"], default="en")
    p.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    p.add_argument(
        "--lists",
        metavar="FILE",
        help='your own entries for extensible entity lists: {"list": [{"name": ...}]}',
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("ask", help="interview: ask only for the facts that can change the outcome")
    p.add_argument("policy")
    p.add_argument("--facts", help="a JSON file of the facts already known (may be partial)")
    p.add_argument("--as-of", type=_date, help="the evaluation date (default: today)")
    p.add_argument("--lang", choices=["en", "zh"], default="en")
    p.add_argument("--lists", metavar="FILE", help="your own entries for extensible entity lists")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("test", help="run the examples written in policies")
    p.add_argument("paths", nargs="+")
    p.add_argument("--junit", metavar="FILE")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--coverage", action="store_true", help="(coverage is always reported)")
    p.add_argument("--min-coverage", type=float, default=100.0, metavar="PERCENT")
    p.add_argument("--unverified", action="store_true", help="list provisions graded S or I")
    p.set_defaults(func=cmd_test)

    p = sub.add_parser("fmt", help="rewrite policies in canonical form")
    p.add_argument("paths", nargs="+")
    p.add_argument("--check", action="store_true")
    p.set_defaults(func=cmd_fmt)

    p = sub.add_parser("schema", help="the JSON Schema of a policy's facts")
    p.add_argument("policy")
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("dump", help="print one stage of the pipeline")
    p.add_argument("--stage", choices=["ast", "ir"], required=True)
    p.add_argument("policy")
    p.set_defaults(func=cmd_dump)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except _Rendered as exc:
        print(exc.text, file=sys.stderr)
        print(f"\n{exc.count} error(s)", file=sys.stderr)
        return BAD_INPUT
    except EarmarkError as exc:
        print(render_all(exc.diagnostics, {}), file=sys.stderr)
        return BAD_INPUT
    except facts_mod.FactsError as exc:
        for where, message in exc.problems:
            print(f"error[E200]: {where}: {message}", file=sys.stderr)
        return BAD_INPUT
    except runtime.ListDataError as exc:
        for where, message in exc.problems:
            print(f"error[E201]: list data: {where}: {message}", file=sys.stderr)
        return BAD_INPUT
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as exc:  # a bug in earmark, not in the user's input
        if os.environ.get("EARMARK_DEBUG"):
            raise
        print(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "this is a bug in earmark; rerun with EARMARK_DEBUG=1 for details and report it",
            file=sys.stderr,
        )
        return INTERNAL
