"""Working days and deadlines on known dates. Every expected date below was worked out
by hand from the calendar (weekends, bank holidays of England and Wales, substitute days)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from caselearn.workflow import deadlines
from caselearn.workflow.calendar import NATIONAL, WorkingCalendar, add_months


@pytest.mark.parametrize(
    "start, n, expected, why",
    [
        # Fri 18 Dec 2020: Christmas Fri 25, Boxing Day Sat 26 -> substitute Mon 28 Dec, New Year Fri 1 Jan.
        (date(2020, 12, 18), 15, date(2021, 1, 13), "rapid review across Christmas and New Year 2020"),
        # Thu 23 Dec 2021: Christmas Sat 25 and Boxing Day Sun 26 -> substitutes Mon 27 and Tue 28;
        # New Year Sat 1 Jan 2022 -> substitute Mon 3 Jan.
        (date(2021, 12, 23), 5, date(2022, 1, 4), "both Christmas substitute days and New Year's"),
        # Fri 23 Dec 2022: Boxing Day Mon 26, Christmas (Sun 25) substitute Tue 27.
        (date(2022, 12, 23), 3, date(2022, 12, 30), "Christmas 2022 substitute on the Tuesday"),
        # New Year's Day Sun 1 Jan 2023 -> substitute Mon 2 Jan.
        (date(2022, 12, 30), 1, date(2023, 1, 3), "New Year 2023 substitute day"),
        # Wed 8 Apr 2020: Good Friday 10 Apr, Easter Monday 13 Apr.
        (date(2020, 4, 8), 5, date(2020, 4, 17), "notification across Easter 2020"),
        # Mon 4 May 2020 was worked (the early May bank holiday moved to Fri 8 May, VE Day 75).
        (date(2020, 5, 4), 5, date(2020, 5, 12), "8 May 2020"),
        (date(2020, 5, 1), 1, date(2020, 5, 4), "4 May 2020 was a working day"),
        # Thu 15 Sep 2022: Mon 19 Sep 2022, the State Funeral of Queen Elizabeth II.
        (date(2022, 9, 15), 5, date(2022, 9, 23), "19 September 2022"),
        # An ordinary fortnight: Mon 6 Mar 2023 + 15 -> Mon 27 Mar.
        (date(2023, 3, 6), 15, date(2023, 3, 27), "no holidays"),
        # From a Saturday: the next working day is Mon.
        (date(2023, 3, 4), 1, date(2023, 3, 6), "weekend start"),
    ],
)
def test_add_working_days_on_known_dates(start, n, expected, why):
    assert NATIONAL.add_working_days(start, n) == expected, why


def test_counting_back_and_between():
    assert NATIONAL.working_days_between(date(2020, 12, 18), date(2021, 1, 13)) == 15
    assert NATIONAL.working_days_between(date(2020, 12, 24), date(2020, 12, 29)) == 1
    assert NATIONAL.working_days_between(date(2020, 5, 7), date(2020, 5, 8)) == 0
    # Panel notice: 7 working days before Wed 10 Mar 2021 is Mon 1 Mar 2021.
    assert deadlines.latest_panel_notice(date(2021, 3, 10), NATIONAL) == date(2021, 3, 1)
    # ... and before Tue 14 Apr 2020 (Easter Monday 13, Good Friday 10 skipped) is Wed 1 Apr 2020.
    assert deadlines.latest_panel_notice(date(2020, 4, 14), NATIONAL) == date(2020, 4, 1)


def test_statutory_deadlines():
    assert deadlines.notification_due(date(2020, 4, 8), NATIONAL) == date(2020, 4, 17)
    assert deadlines.rapid_review_due(date(2020, 12, 18), NATIONAL) == date(2021, 1, 13)
    assert deadlines.lcspr_target(date(2020, 8, 31)) == date(2021, 2, 28)
    assert deadlines.lcspr_target(date(2023, 8, 31)) == date(2024, 2, 29)
    assert add_months(date(2020, 10, 15), 6) == date(2021, 4, 15)
    assert deadlines.notice_was_short(date(2021, 3, 2), date(2021, 3, 10), NATIONAL)
    assert not deadlines.notice_was_short(date(2021, 3, 1), date(2021, 3, 10), NATIONAL)


def test_local_closure_day_moves_the_deadline():
    closed = WorkingCalendar({date(2021, 1, 4)})
    assert closed.add_working_days(date(2020, 12, 18), 15) == date(2021, 1, 14)
    assert NATIONAL.add_working_days(date(2020, 12, 18), 15) == date(2021, 1, 13)


def test_flags():
    due = date(2021, 1, 13)
    assert deadlines.flag(due, date(2021, 1, 13), date(2021, 2, 1), NATIONAL) == deadlines.DONE
    assert deadlines.flag(due, date(2021, 1, 14), date(2021, 2, 1), NATIONAL) == deadlines.DONE_LATE
    assert deadlines.flag(due, None, date(2021, 1, 14), NATIONAL) == deadlines.OVERDUE
    assert deadlines.flag(due, None, date(2021, 1, 8), NATIONAL) == deadlines.DUE_SOON  # 3 working days left
    assert deadlines.flag(due, None, date(2021, 1, 7), NATIONAL) == deadlines.PENDING  # 4 left


def test_due_command_prints_the_date():
    done = subprocess.run(
        [sys.executable, "-m", "caselearn", "due", "2022-09-15", "--working-days", "5"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "2022-09-23"
    bad = subprocess.run(
        [sys.executable, "-m", "caselearn", "due", "15/09/2022", "--working-days", "5"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1 and bad.stderr.strip() == "error: DATE: '15/09/2022' is not a date (YYYY-MM-DD)"
