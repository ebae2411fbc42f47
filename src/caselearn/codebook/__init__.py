"""The codebook: one versioned data file (codebook.yaml), loaded and validated here.

Every stage reads variable ids and values from this module; none spells them out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

LEVELS = ("review", "child", "case")
TYPES = ("enum", "flag", "int", "text", "set")
NOT_KNOWN = "not_known"


class CodebookError(ValueError):
    """The codebook file is malformed."""


@dataclass(frozen=True)
class Variable:
    id: str
    level: str
    type: str
    values: tuple[str, ...] = ()
    description: str = ""
    source: str = ""
    min_age_years: int | None = None
    group: str | None = None

    @property
    def is_theme(self) -> bool:
        return self.group == "theme"

    def unknown_value(self) -> Any:
        """The value that means 'the report does not say'."""
        return [] if self.type == "set" else NOT_KNOWN

    def validate(self, value: Any) -> Any:
        """Return the value in canonical form, or raise ValueError naming what is wrong."""
        if self.type in ("enum", "flag"):
            if value not in self.values:
                raise ValueError(f"{value!r} is not a value of {self.id} ({', '.join(self.values)})")
            return value
        if self.type == "set":
            items = value.split(";") if isinstance(value, str) else list(value)
            items = [i.strip() for i in items if str(i).strip()]
            bad = [i for i in items if i not in self.values]
            if bad:
                raise ValueError(f"{bad[0]!r} is not a value of {self.id}")
            return sorted(set(items), key=self.values.index)
        if self.type == "int":
            if value == NOT_KNOWN:
                return value
            try:
                number = int(value)
            except (TypeError, ValueError):
                raise ValueError(f"{value!r} is not a whole number for {self.id}") from None
            if number < 0 or str(number) != str(value).strip():
                raise ValueError(f"{value!r} is not a whole number for {self.id}")
            return number
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{self.id} needs non-empty text")
        return value.strip()


@dataclass(frozen=True)
class Codebook:
    version: str
    title: str
    levels: dict[str, str]
    variables: tuple[Variable, ...]
    _by_id: dict[str, Variable] = field(default_factory=dict, compare=False, repr=False)

    def __getitem__(self, variable_id: str) -> Variable:
        try:
            return self._by_id[variable_id]
        except KeyError:
            raise KeyError(f"unknown codebook variable {variable_id!r}") from None

    def __contains__(self, variable_id: object) -> bool:
        return variable_id in self._by_id

    def level(self, level: str) -> list[Variable]:
        return [v for v in self.variables if v.level == level]

    def flags(self, level: str | None = None) -> list[Variable]:
        return [v for v in self.variables if v.type == "flag" and (level is None or v.level == level)]

    @property
    def ids(self) -> list[str]:
        return [v.id for v in self.variables]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "title": self.title,
            "levels": self.levels,
            "variables": [
                {k: v for k, v in _variable_dict(var).items() if v not in (None, "", ())} for var in self.variables
            ],
        }

    def to_markdown(self) -> str:
        lines = [f"# {self.title}", "", f"Codebook version {self.version}.", ""]
        for level in LEVELS:
            lines += [f"## {level.capitalize()} level", "", self.levels[level], ""]
            lines += ["| id | type | values | applies from age | description |", "|---|---|---|---|---|"]
            for var in self.level(level):
                values = ", ".join(var.values) if var.type != "flag" else ""
                age = str(var.min_age_years) if var.min_age_years is not None else ""
                lines.append(f"| {var.id} | {var.type} | {values} | {age} | {var.description} |")
            lines.append("")
        return "\n".join(lines)

    def extraction_schema(self) -> dict[str, Any]:
        """JSON Schema of the extraction result (CODEBOOK.md, "Exchange formats")."""

        def code_schema(var: Variable) -> dict[str, Any]:
            if var.type in ("enum", "flag"):
                value: dict[str, Any] = {"enum": list(var.values)}
            elif var.type == "set":
                value = {"type": "array", "items": {"enum": list(var.values)}, "uniqueItems": True}
            elif var.type == "int":
                value = {"oneOf": [{"type": "integer", "minimum": 0}, {"const": NOT_KNOWN}]}
            else:
                value = {"type": "string", "minLength": 1}
            return {
                "type": "object",
                "required": ["value", "confidence", "evidence"],
                "additionalProperties": False,
                "properties": {
                    "value": value,
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                    "evidence": {"type": "array", "items": {"$ref": "#/$defs/span"}},
                },
            }

        def level_schema(level: str) -> dict[str, Any]:
            variables = self.level(level)
            return {
                "type": "object",
                "required": [v.id for v in variables],
                "additionalProperties": False,
                "properties": {v.id: code_schema(v) for v in variables},
            }

        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": f"caselearn extraction result, codebook {self.version}",
            "type": "object",
            "required": ["source", "codebook_version", "review", "children", "case"],
            "properties": {
                "source": {"type": "string"},
                "codebook_version": {"const": self.version},
                "review": level_schema("review"),
                "children": {"type": "array", "items": level_schema("child")},
                "case": level_schema("case"),
            },
            "$defs": {
                "span": {
                    "type": "object",
                    "required": ["start", "end", "text"],
                    "properties": {
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 0},
                        "text": {"type": "string"},
                    },
                }
            },
        }


def _variable_dict(var: Variable) -> dict[str, Any]:
    return {
        "id": var.id,
        "level": var.level,
        "type": var.type,
        "values": list(var.values) if var.type != "flag" else None,
        "min_age_years": var.min_age_years,
        "group": var.group,
        "description": var.description,
        "source": var.source,
    }


def parse(data: dict[str, Any]) -> Codebook:
    """Build and validate a codebook from its parsed YAML."""
    if not isinstance(data, dict):
        raise CodebookError("codebook must be a mapping")
    for key in ("version", "levels", "flag_values", "variables"):
        if key not in data:
            raise CodebookError(f"codebook is missing {key!r}")
    if set(data["levels"]) != set(LEVELS):
        raise CodebookError(f"codebook levels must be {', '.join(LEVELS)}")
    flag_values = tuple(data["flag_values"])
    variables: list[Variable] = []
    seen: set[str] = set()
    for raw in data["variables"]:
        vid = raw.get("id")
        if not vid or not str(vid).isidentifier() or vid != str(vid).lower():
            raise CodebookError(f"bad variable id {vid!r}")
        if vid in seen:
            raise CodebookError(f"variable {vid} is defined twice")
        seen.add(vid)
        if raw.get("level") not in LEVELS:
            raise CodebookError(f"{vid}: level must be one of {', '.join(LEVELS)}")
        vtype = raw.get("type")
        if vtype not in TYPES:
            raise CodebookError(f"{vid}: type must be one of {', '.join(TYPES)}")
        values = tuple(raw.get("values") or ())
        if any(not isinstance(v, str) for v in values):
            raise CodebookError(f'{vid}: every value must be a string (quote values such as "1_5" in YAML)')
        if vtype == "flag":
            if values:
                raise CodebookError(f"{vid}: flags take the codebook's flag_values, not their own")
            values = flag_values
        elif vtype in ("enum", "set"):
            if not values or len(set(values)) != len(values):
                raise CodebookError(f"{vid}: needs a list of distinct values")
        elif values:
            raise CodebookError(f"{vid}: {vtype} variables take no value list")
        min_age = raw.get("min_age_years")
        if min_age is not None and (raw["level"] != "child" or not isinstance(min_age, int)):
            raise CodebookError(f"{vid}: min_age_years applies to child variables, as a whole number")
        variables.append(
            Variable(
                id=vid,
                level=raw["level"],
                type=vtype,
                values=values,
                description=str(raw.get("description", "")),
                source=str(raw.get("source", "")),
                min_age_years=min_age,
                group=raw.get("group"),
            )
        )
    book = Codebook(
        version=str(data["version"]),
        title=str(data.get("title", "Codebook")),
        levels=dict(data["levels"]),
        variables=tuple(variables),
    )
    book._by_id.update({v.id: v for v in variables})
    return book


@lru_cache(maxsize=1)
def load() -> Codebook:
    """The project's codebook, parsed and validated once per process."""
    text = resources.files(__package__).joinpath("codebook.yaml").read_text(encoding="utf-8")
    return parse(yaml.safe_load(text))


def to_json(book: Codebook | None = None) -> str:
    return json.dumps((book or load()).to_dict(), indent=2)


def ids(level: str | None = None) -> Iterable[str]:
    book = load()
    return [v.id for v in (book.level(level) if level else book.variables)]
