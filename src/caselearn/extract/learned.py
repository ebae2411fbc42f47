"""The learned layer: per flag variable, a TF-IDF + logistic regression classifier over the
candidate sentences the lexicon finds (before negation, hedging and attribution filters),
trained on accepted codes (their evidence spans mark the positive sentences) or on a labelled
directory (a document's label spreads to its candidate sentences).

At prediction the layer only ever adds ``present`` where the rules said nothing and the
classifier is confident, and lowers the confidence of a rule's ``present`` it disagrees with;
it never suggests ``absent``. Every suggestion it makes names the model id and version.
The model is a local directory (``--model-dir`` or ``CASELEARN_MODEL_DIR``); nothing downloads.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caselearn.codebook import load as load_codebook
from caselearn.errors import UserError
from caselearn.extract import child_flags, family, themes
from caselearn.extract.flags import FlagSpec
from caselearn.extract.ids import roles
from caselearn.extract.model import Extraction, Span, Suggestion
from caselearn.extract.text import Doc

MODEL_ID = "caselearn-flags"
MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
ADD_THRESHOLD = 0.75
DOUBT_THRESHOLD = 0.15


class ModelError(UserError):
    """A model directory that is missing, empty or unreadable."""


def all_specs() -> list[FlagSpec]:
    return list(family.specs()) + list(child_flags.specs()) + list(themes.specs())


def candidates(spec: FlagSpec, doc: Doc) -> list[int]:
    """Indexes of sentences where the variable's lexicon matches (present or absent patterns)."""
    idx: set[int] = set()
    for pattern in (spec._present_re, spec._absent_re):
        if pattern is None:
            continue
        for m in pattern.finditer(doc.text):
            idx.add(doc.sentence_index(m.start()))
    return sorted(idx)


@dataclass
class LabelledDoc:
    """A training document: flag labels by variable id (case level, and the first child's),
    and optionally the evidence spans behind a ``present`` label."""

    doc: Doc
    labels: dict[str, str]
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def _examples(spec: FlagSpec, items: list[LabelledDoc]) -> tuple[list[str], list[int]]:
    texts: list[str] = []
    ys: list[int] = []
    for item in items:
        label = item.labels.get(spec.variable)
        if label is None:
            continue
        spans = item.evidence.get(spec.variable) or []
        for i in candidates(spec, item.doc):
            sent = item.doc.sentences[i]
            if label == "present" and spans:
                y = int(any(s < sent.end and e > sent.start for s, e in spans))
            else:
                y = int(label == "present")
            texts.append(sent.text)
            ys.append(y)
    return texts, ys


def train(items: list[LabelledDoc], model_dir: Path) -> dict[str, Any]:
    """Fit one classifier per flag variable with both classes in its data; save them to ``model_dir``."""
    import joblib
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    models: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for spec in all_specs():
        texts, ys = _examples(spec, items)
        if len(set(ys)) < 2 or len(texts) < 4:
            continue
        clf = make_pipeline(
            TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True),
            LogisticRegression(max_iter=1000, class_weight="balanced", C=2.0),
        )
        clf.fit(texts, ys)
        models[spec.variable] = clf
        counts[spec.variable] = len(texts)
    version = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    model_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(models, model_dir / MODEL_FILE)
    meta = {
        "model_id": MODEL_ID,
        "version": version,
        "codebook_version": load_codebook().version,
        "documents": len(items),
        "variables": counts,
    }
    (model_dir / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


def find_model_dir(explicit: str | Path | None = None) -> Path | None:
    """``explicit`` or $CASELEARN_MODEL_DIR when it holds a trained model; None otherwise."""
    value = explicit or os.environ.get("CASELEARN_MODEL_DIR")
    if not value:
        return None
    path = Path(value)
    if not (path / MODEL_FILE).is_file():
        if explicit:
            raise ModelError(f"{path}: no trained model here (run caselearn train)")
        return None
    return path


class LearnedComponent:
    """Pipeline component combining the trained classifiers with the rules' suggestions."""

    name = "learned"

    def __init__(self, models: dict[str, Any], meta: dict[str, Any]) -> None:
        self.models = models
        self.meta = meta
        self.origin = f"model:{meta.get('model_id', MODEL_ID)}@{meta.get('version', '0')}"

    @classmethod
    def load(cls, model_dir: Path) -> LearnedComponent:
        import joblib

        try:
            models = joblib.load(model_dir / MODEL_FILE)
            meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError, EOFError) as exc:
            raise ModelError(f"{model_dir}: cannot read the model ({exc})") from None
        return cls(models, meta)

    def score(self, spec: FlagSpec, doc: Doc, allowed: set[int] | None = None) -> tuple[float, Span | None]:
        clf = self.models.get(spec.variable)
        if clf is None:
            return -1.0, None
        idx = [i for i in candidates(spec, doc) if allowed is None or i in allowed]
        if not idx:
            return 0.0, None
        probs = clf.predict_proba([doc.sentences[i].text for i in idx])[:, 1]
        best = int(probs.argmax())
        sent = doc.sentences[idx[best]]
        return float(probs[best]), Span(sent.start, sent.end, sent.text)

    def _combine(self, codes: dict[str, Suggestion], spec: FlagSpec, doc: Doc, allowed: set[int] | None) -> None:
        prob, span = self.score(spec, doc, allowed)
        if prob < 0:
            return
        current = codes.get(spec.variable)
        if current is None or current.value == "not_known":
            if prob >= ADD_THRESHOLD and span is not None:
                codes[spec.variable] = Suggestion("present", round(prob * 0.9, 3), [span], self.origin)
        elif current.value == "present" and prob < DOUBT_THRESHOLD:
            current.confidence = round(min(current.confidence, 0.5), 3)
            current.origin = f"{current.origin}+{self.origin}:doubt"

    def __call__(self, doc: Doc, result: Extraction) -> None:
        from caselearn.extract.children import child_sentence_indexes

        for spec in list(family.specs()) + list(themes.specs()):
            self._combine(result.case, spec, doc, None)
        book = load_codebook()
        for child in result.children:
            others = [c for c in result.children if c is not child]
            allowed = set(child_sentence_indexes(doc, child, others)) if others else None
            age = child.codes.get(roles().age_months)
            months = age.value if age is not None and isinstance(age.value, int) else None
            for spec in child_flags.specs():
                min_age = book[spec.variable].min_age_years
                if min_age is not None and (months is None or months < min_age * 12):
                    continue
                self._combine(child.codes, spec, doc, allowed)


def labelled_from_truth(doc: Doc, truth: dict[str, Any]) -> LabelledDoc:
    """A training document from a truth file (plain values): case flags, and the first child's flags."""
    book = load_codebook()
    labels: dict[str, str] = {}
    for vid, value in (truth.get("case") or {}).items():
        if vid in book and book[vid].type == "flag":
            labels[vid] = value
    kids = truth.get("children") or []
    if len(kids) == 1:
        for vid, value in kids[0].items():
            if vid in book and book[vid].type == "flag":
                labels[vid] = value
    return LabelledDoc(doc, labels)
