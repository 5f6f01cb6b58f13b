"""Every output target by name: each maps a policy to {relative file name: content}."""

from __future__ import annotations

from collections.abc import Callable

from earmark.compiler import ir
from earmark.targets import python

Target = Callable[[ir.Policy], dict[str, str]]


def _python(policy: ir.Policy) -> dict[str, str]:
    return {python.module_name(policy): python.generate(policy)}


TARGETS: dict[str, Target] = {"python": _python}
