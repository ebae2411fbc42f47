"""The learned layer: per flag variable, a TF-IDF + logistic regression classifier over the
candidate sentences the lexicon finds (before negation, hedging and attribution filters),
trained on accepted codes (their evidence spans mark the positive sentences) or on a labelled
directory (a document's label spreads to its candidate sentences).

At prediction the layer only ever adds ``present`` where the rules said nothing and the
classifier is confident, and lowers the confidence of a rule's ``present`` it disagrees with;
it never suggests ``absent``. Every suggestion it makes names the model id and version.

Which variables the layer may change, and how confident it must be, is decided at training
time from the training documents alone (:func:`select_variables`): an inner cross-validation
(one fold per labelled set when there are three or more) fits the classifiers without one
fold, runs them after the rules on that fold, and counts the decisions each variable's
additions would have turned right and wrong. A variable may be added to only where the
additions gained at least ``MIN_NET`` correct decisions more than they lost, at the threshold
that gained most; a rule's ``present`` is doubted only for variables where the doubted ones
were wrong more often than right. Models saved before this selection existed (no
``thresholds`` in their meta) keep the old behaviour: every variable, ``ADD_THRESHOLD``.

The model is a local directory: ``--model-dir`` or ``CASELEARN_MODEL_DIR``, else the model shipped
in the package (``data/model``, trained here on the released development sets by
``evaluation/devset/tools/train_default_model.py``); ``none`` for either means the rules alone.
Nothing downloads.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from caselearn.codebook import load as load_codebook
from caselearn.errors import UserError
from caselearn.extract import child_flags, context, family, themes
from caselearn.extract.flags import FlagSpec
from caselearn.extract.ids import roles
from caselearn.extract.model import ChildResult, Extraction, Span, Suggestion
from caselearn.extract.text import Doc

Target = tuple[dict[str, Suggestion], FlagSpec, set[int] | None]

MODEL_ID = "caselearn-flags"
MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
ADD_THRESHOLD = 0.75
DOUBT_THRESHOLD = 0.15
THRESHOLDS = (0.6, 0.75, 0.9)  # the add thresholds the selection tries, per variable
MIN_NET = 2  # correct decisions a variable's additions must gain, net, in the inner cross-validation
FOLDS = 5  # inner folds when the training documents carry fewer than three groups


class ModelError(UserError):
    """A model directory that is missing, empty or unreadable."""


@functools.cache
def _spec_lists() -> tuple[tuple[FlagSpec, ...], tuple[FlagSpec, ...]]:
    """The case-level specs (family flags, themes) and the child flag specs, compiled once."""
    return tuple(family.specs()) + tuple(themes.specs()), tuple(child_flags.specs())


def all_specs() -> list[FlagSpec]:
    case, child = _spec_lists()
    return list(case) + list(child)


def candidates(spec: FlagSpec, doc: Doc) -> list[int]:
    """Indexes of sentences where one of the variable's lexicon patterns (present or absent)
    matches; each pattern runs only in the sentences holding its trigger words. Cached per document."""
    key = ("learned.candidates", spec.variable)
    cached = doc._trigger_cache.get(key)  # type: ignore[call-overload]
    if cached is None:
        idx: set[int] = set()
        for pattern in spec._present_alts + spec._absent_alts:
            for m in pattern.finditer(doc):
                idx.add(doc.sentence_index(m.start()))
        cached = doc._trigger_cache[key] = tuple(sorted(idx))  # type: ignore[index]
    return list(cached)


@dataclass
class LabelledDoc:
    """A training document: flag labels by variable id (case level, and the first child's),
    and optionally the evidence spans behind a ``present`` label. ``group`` (a labelled set's
    name) keeps a set together in the inner cross-validation; ``alias`` names the labelled
    child; ``children`` holds, for a document with several labelled children, each one's alias
    and flag labels (paired with the rules' children by alias, each learns from its own
    sentences); ``rules`` caches the rules' extraction of the document."""

    doc: Doc
    labels: dict[str, str]
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    group: str = ""
    alias: str | None = None
    children: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    rules: Extraction | None = None


def _child_labels(item: LabelledDoc) -> list[tuple[ChildResult, dict[str, str], set[int] | None]]:
    """For a document with several labelled children: each of the rules' children paired (by
    alias, as the evaluation pairs them) with a labelled child, its labels and its sentences."""
    if not item.children:
        return []
    from caselearn.extract.children import child_sentence_indexes
    from caselearn.extract.evaluate import match_children

    result = rules_extraction(item)
    plain = [{"alias": c.alias} for c in result.children]
    truth = [{"alias": alias, "labels": labels} for alias, labels in item.children]
    out = []
    for p, t in match_children(plain, truth, "alias"):
        if p is None:
            continue
        child = result.children[next(i for i, q in enumerate(plain) if q is p)]
        others = [c for c in result.children if c is not child]
        allowed = set(child_sentence_indexes(item.doc, child, others)) if others else None
        out.append((child, t["labels"], allowed))
    return out


def _examples(spec: FlagSpec, items: list[LabelledDoc]) -> tuple[list[str], list[int]]:
    texts: list[str] = []
    ys: list[int] = []
    child_spec = spec.family == "child_flags"
    for item in items:
        label = item.labels.get(spec.variable)
        if label is None:
            if child_spec:
                for _child, labels, allowed in _child_labels(item):
                    own = labels.get(spec.variable)
                    if own is None:
                        continue
                    for i in candidates(spec, item.doc):
                        if allowed is None or i in allowed:
                            texts.append(item.doc.sentences[i].text)
                            ys.append(int(own == "present"))
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


def fit(items: list[LabelledDoc]) -> tuple[dict[str, Any], dict[str, int]]:
    """One classifier per flag variable with both classes in its data, and its example counts."""
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
    return models, counts


def rules_extraction(item: LabelledDoc) -> Extraction:
    """The rules' extraction of a training document (cached on the item)."""
    if item.rules is None:
        from caselearn.extract.pipeline import Pipeline

        item.rules = Pipeline().run(item.doc)
    return item.rules


def _labelled_child(item: LabelledDoc, result: Extraction) -> ChildResult | None:
    if item.alias:
        want = item.alias.strip().lower()
        for child in result.children:
            if child.alias.strip().lower() == want:
                return child
    return result.children[0] if len(result.children) == 1 else None


def _folds(items: list[LabelledDoc]) -> list[list[int]]:
    groups = sorted({item.group for item in items if item.group})
    if len(groups) >= 3 and all(item.group for item in items):
        return [[i for i, item in enumerate(items) if item.group == g] for g in groups]
    return [list(range(k, len(items), FOLDS)) for k in range(FOLDS) if k < len(items)]


def select_variables(items: list[LabelledDoc]) -> dict[str, dict[str, dict[str, Any]]]:
    """What the inner cross-validation lets the layer do, per variable.

    ``add``: the variables where adding ``present`` (where the rules gave nothing or
    ``not_known``) gained at least ``MIN_NET`` correct decisions more than it lost (a gain when the
    label is ``present``, a loss otherwise), with the threshold that gained most and its counts.
    ``doubt``: the variables where the rules' ``present`` the classifier doubts (probability
    under ``DOUBT_THRESHOLD``) was wrong at least ``MIN_NET`` times and more often than right.
    Decisions on unlabelled variables (a child the rules found that pairs with no labelled child)
    are not counted."""
    adds: dict[str, dict[float, list[int]]] = {}
    doubts: dict[str, list[int]] = {}
    for fold in _folds(items):
        inside = set(fold)
        models, _ = fit([item for i, item in enumerate(items) if i not in inside])
        component = LearnedComponent(models, {"model_id": MODEL_ID, "version": "cv"})
        for i in fold:
            item = items[i]
            result = rules_extraction(item)
            labelled = _labelled_child(item, result) if not item.children else None
            by_codes = {id(result.case): item.labels}
            if labelled is not None:
                by_codes[id(labelled.codes)] = item.labels
            for child, labels, _allowed in _child_labels(item):
                by_codes[id(child.codes)] = labels
            for codes, spec, allowed in component.targets(item.doc, result):
                label = by_codes.get(id(codes), {}).get(spec.variable)
                if label is None or spec.variable not in models:
                    continue
                current = codes.get(spec.variable)
                empty = current is None or current.value == "not_known"
                if not empty and current.value != "present":
                    continue
                prob, _span = component.score(spec, item.doc, allowed)
                if not empty:
                    if prob < DOUBT_THRESHOLD:
                        doubts.setdefault(spec.variable, [0, 0])[0 if label != "present" else 1] += 1
                    continue
                for t in THRESHOLDS:
                    if prob >= t:
                        row = adds.setdefault(spec.variable, {}).setdefault(t, [0, 0])
                        row[0 if label == "present" else 1] += 1
    chosen: dict[str, dict[str, dict[str, Any]]] = {"add": {}, "doubt": {}}
    for vid, by_t in sorted(adds.items()):
        t, (gain, loss) = max(by_t.items(), key=lambda kv: (kv[1][0] - kv[1][1], kv[0]))
        if gain - loss >= MIN_NET:
            chosen["add"][vid] = {"threshold": t, "gain": gain, "loss": loss}
    for vid, (wrong, right) in sorted(doubts.items()):
        if wrong >= MIN_NET and wrong > right:
            chosen["doubt"][vid] = {"wrong": wrong, "right": right}
    return chosen


def train(items: list[LabelledDoc], model_dir: Path, select: bool = True) -> dict[str, Any]:
    """Fit one classifier per flag variable with both classes in its data; save them to ``model_dir``.

    With ``select`` (the default), also choose by inner cross-validation which variables the
    layer may add to, at what threshold, and which it may doubt (:func:`select_variables`);
    only those variables' classifiers are saved (``variables`` in the meta still lists all fitted)."""
    import joblib

    models, counts = fit(items)
    version = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    meta: dict[str, Any] = {
        "model_id": MODEL_ID,
        "version": version,
        "codebook_version": load_codebook().version,
        "documents": len(items),
        "variables": counts,
    }
    if select:
        chosen = select_variables(items)
        meta["thresholds"] = {vid: row["threshold"] for vid, row in chosen["add"].items() if vid in models}
        meta["doubt"] = [vid for vid in chosen["doubt"] if vid in models]
        meta["selection"] = chosen
        # the component never uses the others: keep the model small and quick to load
        models = {vid: clf for vid, clf in models.items() if vid in meta["thresholds"] or vid in meta["doubt"]}
    model_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(models, model_dir / MODEL_FILE, compress=3)  # about a third of the size; loads as fast
    (model_dir / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return meta


PACKAGED_MODEL = Path(__file__).resolve().parent / "data" / "model"
RULES_ONLY = "none"  # as --model-dir or $CASELEARN_MODEL_DIR: no learned layer


def find_model_dir(explicit: str | Path | None = None) -> Path | None:
    """The model directory to use: ``explicit``, else $CASELEARN_MODEL_DIR, else the packaged model;
    None for the rules alone ("none", or an environment directory without a model)."""
    value = explicit or os.environ.get("CASELEARN_MODEL_DIR")
    if value is not None and str(value).strip().lower() == RULES_ONLY:
        return None
    if not value:
        return PACKAGED_MODEL if (PACKAGED_MODEL / MODEL_FILE).is_file() else None
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
        chosen = meta.get("thresholds")
        # None: a model from before the selection, every variable added at ADD_THRESHOLD and doubted
        self.thresholds: dict[str, float] | None = None if chosen is None else dict(chosen)
        self.doubts: set[str] | None = None if chosen is None else set(meta.get("doubt") or ())

    @classmethod
    def load(cls, model_dir: Path) -> LearnedComponent:
        """The component of the model in ``model_dir`` (read once per process while the file is unchanged)."""
        try:
            stamp = (model_dir / MODEL_FILE).stat().st_mtime_ns
        except OSError as exc:
            raise ModelError(f"{model_dir}: cannot read the model ({exc})") from None
        return _load(str(Path(model_dir).resolve()), stamp)

    def threshold(self, variable: str) -> float | None:
        """The add threshold for ``variable``; None when the layer may not add to it."""
        if self.thresholds is None:
            return ADD_THRESHOLD
        return self.thresholds.get(variable)

    def may_doubt(self, variable: str) -> bool:
        return self.doubts is None or variable in self.doubts

    def score(self, spec: FlagSpec, doc: Doc, allowed: set[int] | None = None) -> tuple[float, Span | None]:
        clf = self.models.get(spec.variable)
        if clf is None:
            return -1.0, None
        idx = [i for i in candidates(spec, doc) if allowed is None or i in allowed]
        if spec.family == "family":
            idx = [i for i in idx if not _someone_elses(doc, i)]
        if not idx:
            return 0.0, None
        probs = clf.predict_proba([doc.sentences[i].text for i in idx])[:, 1]
        best = int(probs.argmax())
        sent = doc.sentences[idx[best]]
        return float(probs[best]), Span(sent.start, sent.end, sent.text)

    def _combine(self, codes: dict[str, Suggestion], spec: FlagSpec, doc: Doc, allowed: set[int] | None) -> None:
        current = codes.get(spec.variable)
        add = self.threshold(spec.variable)
        if current is None or current.value == "not_known":
            if add is None:
                return
            prob, span = self.score(spec, doc, allowed)
            if prob >= add and span is not None:
                codes[spec.variable] = Suggestion("present", round(prob * 0.9, 3), [span], self.origin)
        elif current.value == "present" and self.may_doubt(spec.variable):
            prob, _span = self.score(spec, doc, allowed)
            if 0 <= prob < DOUBT_THRESHOLD:
                current.confidence = round(min(current.confidence, 0.5), 3)
                current.origin = f"{current.origin}+{self.origin}:doubt"

    def targets(self, doc: Doc, result: Extraction) -> Iterator[Target]:
        """Each place the layer may act: (the codes it would change, the variable, the sentences allowed)."""
        from caselearn.extract.children import child_sentence_indexes

        case_specs, child_specs = _spec_lists()
        for spec in case_specs:
            yield result.case, spec, None
        book = load_codebook()
        for child in result.children:
            others = [c for c in result.children if c is not child]
            allowed = set(child_sentence_indexes(doc, child, others)) if others else None
            age = child.codes.get(roles().age_months)
            months = age.value if age is not None and isinstance(age.value, int) else None
            for spec in child_specs:
                min_age = book[spec.variable].min_age_years
                if min_age is not None and (months is None or months < min_age * 12):
                    continue
                yield child.codes, spec, allowed

    def __call__(self, doc: Doc, result: Extraction) -> None:
        for codes, spec, allowed in list(self.targets(doc, result)):
            self._combine(codes, spec, doc, allowed)


# the people a family flag may belong to (the rules' holders); a line naming only others is theirs
_FAMILY_ROLES = frozenset({"parent", "partner", "abbrev"})
_NOT_A_HOLDER = frozenset({"professional", "child"})
_OTHERS = frozenset({"other_adult", "sibling", "former_partner"})


def _someone_elses(doc: Doc, i: int) -> bool:
    """Is sentence ``i``, read with the start of its line (a table row's or a note's label), about
    other people only ("| Maternal grandmother | ... | Long-standing depression treated by her GP.")?
    The classifier reads words, not whose they are: the rules' attribution is kept for its additions."""
    text = doc.text
    sent = doc.sentences[i]
    line_start = text.rfind("\n", 0, sent.start) + 1
    label = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    if len(label.split()) <= 6 and {role for _s, _e, role in context._person_hits(label)} & _OTHERS:
        return True  # a row label on its own line above names someone else ("Mrs K (grandmother)" / "Sole carer. ...")
    roles = {role for _s, _e, role in context._person_hits(text[line_start : sent.end])} - _NOT_A_HOLDER
    return bool(roles) and not roles & _FAMILY_ROLES


@functools.lru_cache(maxsize=4)
def _load(model_dir: str, _stamp: int) -> LearnedComponent:
    import joblib

    try:
        models = joblib.load(Path(model_dir) / MODEL_FILE)
        meta = json.loads((Path(model_dir) / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError, EOFError) as exc:
        raise ModelError(f"{model_dir}: cannot read the model ({exc})") from None
    return LearnedComponent(models, meta)


def labelled_from_truth(doc: Doc, truth: dict[str, Any], group: str = "") -> LabelledDoc:
    """A training document from a truth file (plain values): case flags, and the children's flags
    (with several children, each child's apart, to be paired with the rules' children)."""
    book = load_codebook()
    labels: dict[str, str] = {}
    for vid, value in (truth.get("case") or {}).items():
        if vid in book and book[vid].type == "flag":
            labels[vid] = value
    kids = truth.get("children") or []

    def flags(kid: dict[str, Any]) -> dict[str, str]:
        return {vid: value for vid, value in kid.items() if vid in book and book[vid].type == "flag"}

    def alias(kid: dict[str, Any]) -> str | None:
        found = next((v for k, v in kid.items() if k in book and book[k].type == "text"), None)
        return found if isinstance(found, str) else None

    if len(kids) == 1:
        return LabelledDoc(doc, labels | flags(kids[0]), group=group, alias=alias(kids[0]))
    children = [(alias(kid) or "", flags(kid)) for kid in kids]
    return LabelledDoc(doc, labels, group=group, children=children if len(kids) > 1 else [])
