"""The extraction pipeline: small named components run in order over one document.

Like a spaCy pipeline, each component has a ``name`` and is called with the analysed
document and the result so far; components can be listed, removed or replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from caselearn.documents import ParsedDocument, read_file
from caselearn.extract import context
from caselearn.extract.age import AgeComponent
from caselearn.extract.agencies import AgenciesComponent
from caselearn.extract.child_flags import ChildFlagsComponent
from caselearn.extract.child_status import ChildStatusComponent
from caselearn.extract.child_table import ChildTableComponent
from caselearn.extract.children import ChildrenComponent
from caselearn.extract.ethnicity import EthnicityComponent
from caselearn.extract.family import FamilyComponent
from caselearn.extract.model import Extraction
from caselearn.extract.outcome import OutcomeComponent
from caselearn.extract.review_facts import ReviewFactsComponent
from caselearn.extract.sex import SexComponent
from caselearn.extract.text import Doc
from caselearn.extract.themes import ThemesComponent


class Component(Protocol):
    name: str

    def __call__(self, doc: Doc, result: Extraction) -> None: ...


def rule_components() -> list[Component]:
    return [
        ReviewFactsComponent(),
        ChildrenComponent(),
        AgeComponent(),
        SexComponent(),
        EthnicityComponent(),
        OutcomeComponent(),
        ChildStatusComponent(),
        ChildFlagsComponent(),
        ChildTableComponent(),
        FamilyComponent(),
        AgenciesComponent(),
        ThemesComponent(),
    ]


class Pipeline:
    def __init__(self, components: list[Component] | None = None) -> None:
        self.components: list[Component] = list(components if components is not None else rule_components())

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def add(self, component: Component) -> None:
        self.components.append(component)

    def remove(self, name: str) -> None:
        self.components = [c for c in self.components if c.name != name]

    def run(self, doc: Doc, source: str = "") -> Extraction:
        result = Extraction(source=source)
        if not doc.text.strip():
            result.warnings.append("the report has no text")
            return result
        context.clear_caches()  # per-sentence context is cached for one document at a time
        for component in self.components:
            component(doc, result)
        return result

    def __call__(self, doc: Doc, source: str = "") -> Extraction:
        return self.run(doc, source)


def default_pipeline(model_dir: str | Path | None = None) -> Pipeline:
    """The rules, plus the learned layer when a trained model directory is found."""
    pipeline = Pipeline()
    from caselearn.extract.learned import LearnedComponent, find_model_dir

    found = find_model_dir(model_dir)
    if found is not None:
        pipeline.add(LearnedComponent.load(found))
    return pipeline


def extract_parsed(parsed: ParsedDocument, source: str, pipeline: Pipeline | None = None) -> Extraction:
    pipeline = pipeline or default_pipeline()
    result = pipeline.run(Doc.from_parsed(parsed), source)
    result.warnings = list(parsed.warnings) + result.warnings
    return result


def extract_file(path: str | Path, pipeline: Pipeline | None = None) -> Extraction:
    """Read one report of any supported format and extract it."""
    path = Path(path)
    return extract_parsed(read_file(path), path.name, pipeline)


ExtractFn = Callable[[Doc, str], Extraction]
