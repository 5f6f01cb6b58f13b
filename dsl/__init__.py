"""The policy language: grammar, parser, syntax tree with source spans, formatter."""
