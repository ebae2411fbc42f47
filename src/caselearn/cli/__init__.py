"""The command line: thin commands over the services.

Every module in this package registers its commands on ``caselearn.cli.app.app``
when imported; they are all imported here, so an area adds commands by adding a module.
"""

import importlib
import pkgutil

from caselearn.cli.app import app, main

for _module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
    if _module.name != "app":
        importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["app", "main"]
