"""Codes: writing, verifying and comparing coded values."""
