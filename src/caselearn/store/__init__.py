"""The store: tables, migrations, and the functions that write to them."""

from caselearn.store.db import Database, database_url

__all__ = ["Database", "database_url"]
