"""Running a policy's own examples (`earmark test`) and measuring rule coverage."""

from __future__ import annotations

from dataclasses import dataclass

from earmark.compiler import interpreter, ir, runtime
from earmark.compiler.info import policy_info


@dataclass(frozen=True)
class ExampleResult:
    example: ir.Example
    decision: runtime.Decision
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures


@dataclass(frozen=True)
class PolicyTestReport:
    policy: ir.Policy
    results: tuple[ExampleResult, ...]
    covered: tuple[str, ...]
    uncovered: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def coverage(self) -> float:
        total = len(self.covered) + len(self.uncovered)
        return 1.0 if total == 0 else len(self.covered) / total


def run_example(policy: ir.Policy, example: ir.Example, info: runtime.PolicyInfo) -> ExampleResult:
    facts = dict(example.given)
    decision = interpreter.evaluate(policy, facts, example.as_of, info)
    failures: list[str] = []
    if decision.outcome != example.expect:
        failures.append(f"expected outcome {example.expect}, got {decision.outcome}")
    if example.by is not None:
        got = decision.rule or "default"
        if got != example.by:
            failures.append(f"expected rule {example.by} to decide, but {got} did")
    if example.missing is not None and tuple(sorted(example.missing)) != decision.missing:
        failures.append(
            f"expected missing facts {sorted(example.missing)}, got {list(decision.missing)}"
        )
    return ExampleResult(example, decision, tuple(failures))


def run_examples(policy: ir.Policy) -> PolicyTestReport:
    info = policy_info(policy)
    results = tuple(run_example(policy, ex, info) for ex in policy.examples)
    decided = {r.decision.rule for r in results}
    covered = tuple(r.name for r in policy.rules if r.name in decided)
    uncovered = tuple(r.name for r in policy.rules if r.name not in decided)
    return PolicyTestReport(policy, results, covered, uncovered)
