from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from support import POLICY_0115, load_module

from earmark.compiler import ir
from earmark.compiler.pipeline import compile_file
from earmark.targets.python import generate


@pytest.fixture(scope="session")
def policy_0115() -> ir.Policy:
    compilation = compile_file(POLICY_0115)
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
