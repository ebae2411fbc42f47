"""The command line: thin commands over the services. Each module registers its commands."""

from caselearn.cli import foundation  # noqa: F401  (registers commands)
from caselearn.cli.app import app, main

__all__ = ["app", "main"]
