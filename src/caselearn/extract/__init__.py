"""Automatic coding: suggested codes for every codebook variable, each backed by the passage
it came from. A pipeline of small components (review facts, children, age, sex, ethnicity,
outcome, child status and flags, family, agencies, themes) over one normalised text, plus an
optional learned layer (``caselearn train``)."""

from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.pipeline import Pipeline, default_pipeline, extract_file, extract_parsed
from caselearn.extract.text import Doc

__all__ = ["Doc", "Extraction", "Pipeline", "Span", "Suggestion", "default_pipeline", "extract_file", "extract_parsed"]
