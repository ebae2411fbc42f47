"""Working days: the one calendar every workflow deadline uses.

A working day is a weekday that is neither a bank holiday of England and Wales
(from the ``holidays`` package, computed offline, substitute days and one-off
holidays included) nor a closure day of the partnership concerned.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from caselearn.errors import InvalidInput

# England and Wales share their bank holidays (Scotland and Northern Ireland differ).
_COUNTRY, _SUBDIVISION = "GB", "ENG"


@lru_cache(maxsize=256)
def bank_holidays(year: int) -> frozenset[date]:
    """The bank holidays of England and Wales in a year."""
    return frozenset(holidays.country_holidays(_COUNTRY, subdiv=_SUBDIVISION, years=year).keys())


def bank_holiday_name(day: date) -> str | None:
    return holidays.country_holidays(_COUNTRY, subdiv=_SUBDIVISION, years=day.year).get(day)


class WorkingCalendar:
    """Weekends, bank holidays of England and Wales, plus the given local closure days."""

    def __init__(self, closures: Iterable[date] = ()):
        self.closures = frozenset(closures)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in bank_holidays(day.year) and day not in self.closures

    def add_working_days(self, start: date, n: int) -> date:
        """The date ``n`` working days after ``start`` (``start`` itself is not counted;
        a negative ``n`` counts back). ``n == 0`` returns ``start``."""
        if abs(n) > 100_000:
            raise InvalidInput("too many working days")
        step = timedelta(days=1 if n >= 0 else -1)
        day, left = start, abs(n)
        while left:
            day += step
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when end is earlier)."""
        if end < start:
            return -self.working_days_between(end, start)
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count += 1
        return count


NATIONAL = WorkingCalendar()


def closure_days(session: Session, partnership_id: int | None) -> frozenset[date]:
    from caselearn.workflow.models import ClosureDay

    if partnership_id is None:
        return frozenset()
    return frozenset(session.scalars(select(ClosureDay.day).where(ClosureDay.partnership_id == partnership_id)))


def calendar_for(session: Session, partnership_id: int | None) -> WorkingCalendar:
    """The working calendar of one partnership (national calendar plus its closure days)."""
    closures = closure_days(session, partnership_id)
    return WorkingCalendar(closures) if closures else NATIONAL


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clipped to the end of a shorter month (31 Aug + 6 = 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
