"""earmark: a declarative policy-as-code compiler for export-control law."""

__version__ = "0.1.0"
