"""Backends: each turns a checked IR policy into one kind of output."""
