"""The types of the policy language."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Type:
    kind: str  # bool integer decimal date year text country enum set
    unit: str | None = None
    enum: str | None = None  # the fact that declared the enum: enums are nominal
    members: tuple[str, ...] = ()
    element: Type | None = None

    def __str__(self) -> str:
        if self.kind in ("integer", "decimal") and self.unit:
            return f"{self.kind} [{self.unit}]"
        if self.kind == "enum":
            return f"enum({', '.join(self.members)})"
        if self.kind == "set":
            return f"set of {self.element}"
        return self.kind

    @property
    def is_numeric(self) -> bool:
        return self.kind in ("integer", "decimal")

    @property
    def is_ordered(self) -> bool:
        return self.kind in ("integer", "decimal", "date", "year")


BOOL = Type("bool")
DATE = Type("date")
YEAR = Type("year")
TEXT = Type("text")
COUNTRY = Type("country")
DAYS = Type("integer", unit="days")


def integer(unit: str | None = None) -> Type:
    return Type("integer", unit=unit)


def decimal(unit: str | None = None) -> Type:
    return Type("decimal", unit=unit)


def set_of(element: Type) -> Type:
    return Type("set", element=element)


def compatible(a: Type, b: Type) -> bool:
    """Whether values of the two types may be compared or combined."""
    if a.is_numeric and b.is_numeric:
        return a.unit is None or b.unit is None or a.unit == b.unit
    if {a.kind, b.kind} == {"year", "integer"}:
        return (a.unit or b.unit) is None
    if a.kind != b.kind:
        return False
    if a.kind == "enum":
        return a.enum == b.enum
    if a.kind == "set":
        assert a.element is not None and b.element is not None
        return compatible(a.element, b.element)
    return True


def join(a: Type, b: Type) -> Type:
    """The type of a value that may be either (for numbers: decimal wins, unit kept)."""
    if a.is_numeric and b.is_numeric:
        kind = "decimal" if "decimal" in (a.kind, b.kind) else "integer"
        return Type(kind, unit=a.unit or b.unit)
    if a.kind == "set" and b.kind == "set":
        assert a.element is not None and b.element is not None
        return set_of(join(a.element, b.element))
    return a
