"""Small-number suppression: cells under N shown as ``<N``, and secondary suppression
so that no suppressed cell can be worked back from the totals published beside it.

A table declares its additive groups: cells that add up to a published total
(a denominator) or to another cell of the table (a row's ``all`` column). A
group with exactly one hidden member (cell or total cell) would give it away,
so the smallest visible cell of that group is hidden too, until no group does.
Zero cells are not suppressed (a zero identifies no one) but may be hidden
secondarily.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    cells: tuple[Hashable, ...]
    total: Hashable | None = None  # a cell of the table, or None when the total is a published denominator


def suppress(counts: dict[Hashable, int], groups: list[Group], threshold: int) -> set[Hashable]:
    """The keys of the cells to hide: primary (0 < count < threshold), then secondary."""
    if threshold <= 1:
        return set()
    hidden = {key for key, count in counts.items() if 0 < count < threshold}
    if not hidden:
        return hidden
    changed = True
    while changed:
        changed = False
        for group in groups:
            members = [*group.cells, *([group.total] if group.total is not None else [])]
            if sum(1 for m in members if m in hidden) != 1:
                continue
            visible = [c for c in group.cells if c not in hidden]
            if not visible and group.total is not None and group.total not in hidden:
                visible = [group.total]
            if not visible:
                continue
            # the smallest visible cell gives away least; prefer a non-zero one (a hidden zero says little)
            choice = min(visible, key=lambda c: (counts[c] == 0, counts[c]))
            hidden.add(choice)
            changed = True
    return hidden
