from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from earmark.compiler import ir
from earmark.compiler.pipeline import compile_text
from earmark.targets.python import generate
from support import POLICY_0115, ROOT, load_module


@pytest.fixture(scope="session")
def policy_0115() -> ir.Policy:
    # the path as `earmark compile` names it, relative to the project root (which is
    # where its imports are looked up from)
    path = POLICY_0115.relative_to(ROOT).as_posix()
    with contextlib.chdir(ROOT):
        compilation = compile_text(POLICY_0115.read_text(encoding="utf-8"), path)
    assert compilation.ok and compilation.policy is not None
    return compilation.policy


@pytest.fixture(scope="session")
def generated_0115_path(policy_0115: ir.Policy, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated") / "rule_0115.py"
    out.write_text(generate(policy_0115), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def checker_0115(generated_0115_path: Path) -> ModuleType:
    return load_module(generated_0115_path)


SHIPPED = ("rule_0115", "rule_0113", "rule_1202")  # every policy in policies/


@pytest.fixture(scope="session")
def shipped(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[str], tuple[ir.Policy, ModuleType]]:
    """A shipped policy by id, compiled, with its generated checker imported (once)."""
    out = tmp_path_factory.mktemp("shipped")
    loaded: dict[str, tuple[ir.Policy, ModuleType]] = {}

    def get(policy_id: str) -> tuple[ir.Policy, ModuleType]:
        if policy_id not in loaded:
            source = ROOT / "policies" / f"{policy_id}.em"
            with contextlib.chdir(ROOT):
                compilation = compile_text(
                    source.read_text(encoding="utf-8"), source.relative_to(ROOT).as_posix()
                )
            assert compilation.ok and compilation.policy is not None
            path = out / f"{policy_id}.py"
            path.write_text(generate(compilation.policy), encoding="utf-8")
            loaded[policy_id] = (compilation.policy, load_module(path))
        return loaded[policy_id]

    return get
