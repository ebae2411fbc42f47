"""caselearn: learning from child safeguarding case reviews in England."""

__version__ = "0.1.0"
