"""Calendars: months, weekdays, holidays, quarters."""

import calendar
import datetime as dt
from typing import Annotated, Literal

Year = Annotated[int, {"minimum": 1, "maximum": 9999}]
Month = Annotated[int, {"minimum": 1, "maximum": 12}]
Weekday = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
Date = Annotated[str, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}]
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def days_in_month(year: Year, month: Month) -> int:
    """Number of days in a month.

    Args:
        year: The year.
        month: The month number, 1 (January) to 12.

    Returns:
        28 to 31.

    Examples:
        How many days are in month 2 of the year 2024? => {"year": 2024, "month": 2}
        Days in month 9 of 2031? => {"year": 2031, "month": 9}
    """
    return calendar.monthrange(year, month)[1]


def month_calendar(year: Year, month: Month) -> str:
    """A month laid out as a text calendar (weeks start on Monday).

    Args:
        year: The year.
        month: The month number, 1 to 12.

    Returns:
        The calendar as multi-line text.

    Examples:
        Show me the calendar for month 3 of 2025. => {"year": 2025, "month": 3}
        Print a calendar of month 12 of 1999. => {"year": 1999, "month": 12}
    """
    return calendar.TextCalendar(calendar.MONDAY).formatmonth(year, month)


def nth_weekday_of_month(year: Year, month: Month, weekday: Weekday, n: Annotated[int, {"minimum": -1, "maximum": 5, "not": {"const": 0}}]) -> str:
    """Date of the n-th given weekday of a month (n = -1 for the last one).

    Args:
        year: The year.
        month: The month number, 1 to 12.
        weekday: The weekday name, Monday to Sunday.
        n: Which occurrence: 1 to 5, or -1 for the last.

    Returns:
        The date, YYYY-MM-DD.

    Examples:
        When is the 4th Thursday of month 11 in 2025? => {"year": 2025, "month": 11, "weekday": "Thursday", "n": 4}
        What's the last Monday of month 5 in 2024? => {"year": 2024, "month": 5, "weekday": "Monday", "n": -1}
    """
    wd = _WD.index(weekday)
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == wd]
    if n > len(days):
        raise ValueError(f"{calendar.month_name[month]} {year} has only {len(days)} {weekday}s")
    return days[n - 1 if n > 0 else -1].isoformat()


def easter_date(year: Annotated[int, {"minimum": 1583, "maximum": 4099}]) -> str:
    """Date of Western (Gregorian) Easter Sunday.

    Args:
        year: The year (1583 to 4099).

    Returns:
        Easter Sunday, YYYY-MM-DD.

    Examples:
        When is Easter in 2025? => {"year": 2025}
        What was the date of Easter Sunday in 1999? => {"year": 1999}
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1).isoformat()


def count_weekday_in_year(year: Year, weekday: Weekday) -> int:
    """How many times a weekday occurs in a year.

    Args:
        year: The year.
        weekday: The weekday name, Monday to Sunday.

    Returns:
        52 or 53.

    Examples:
        How many Fridays are in 2026? => {"year": 2026, "weekday": "Friday"}
        Count the Sundays in the year 2023. => {"year": 2023, "weekday": "Sunday"}
    """
    wd = _WD.index(weekday)
    return sum(1 for m in range(1, 13) for d in calendar.Calendar().itermonthdates(year, m) if d.month == m and d.weekday() == wd)


def quarter_of_date(date: Date, fiscal_year_start_month: Month = 1) -> dict[str, int]:
    """Quarter (and fiscal year) a date falls in.

    Args:
        date: The date, YYYY-MM-DD.
        fiscal_year_start_month: Month the fiscal year starts in (1 for calendar quarters).

    Returns:
        quarter (1-4) and fiscal_year (named after the year it ends in).

    Examples:
        Which quarter is 2024-08-19 in? => {"date": "2024-08-19"}
        What fiscal quarter is 2024-11-05 if the fiscal year starts in month 10? => {"date": "2024-11-05", "fiscal_year_start_month": 10}
    """
    d = dt.date.fromisoformat(date)
    shifted = (d.month - fiscal_year_start_month) % 12
    fy = d.year + (1 if fiscal_year_start_month > 1 and d.month >= fiscal_year_start_month else 0)
    return {"quarter": shifted // 3 + 1, "fiscal_year": fy}


def day_of_year(date: Date) -> int:
    """Ordinal day of the year (1 for January 1st).

    Args:
        date: The date, YYYY-MM-DD.

    Returns:
        1 to 366.

    Examples:
        What day of the year is 2024-03-01? => {"date": "2024-03-01"}
        Ordinal day number of 2023-12-31? => {"date": "2023-12-31"}
    """
    return dt.date.fromisoformat(date).timetuple().tm_yday


def date_from_day_of_year(year: Year, day: Annotated[int, {"minimum": 1, "maximum": 366}]) -> str:
    """The calendar date of the n-th day of a year.

    Args:
        year: The year.
        day: Ordinal day, 1 to 366.

    Returns:
        The date, YYYY-MM-DD.

    Examples:
        What date is day 256 of 2024? => {"year": 2024, "day": 256}
        Which date is the 100th day of 2023? => {"year": 2023, "day": 100}
    """
    d = dt.date(year, 1, 1) + dt.timedelta(days=day - 1)
    if d.year != year:
        raise ValueError(f"{year} has only {365 + calendar.isleap(year)} days")
    return d.isoformat()


def next_weekday(date: Date, weekday: Weekday) -> str:
    """The first given weekday strictly after a date.

    Args:
        date: The starting date, YYYY-MM-DD.
        weekday: The weekday name, Monday to Sunday.

    Returns:
        The date, YYYY-MM-DD.

    Examples:
        What's the date of the next Friday after 2024-06-12? => {"date": "2024-06-12", "weekday": "Friday"}
        Find the first Monday after 2025-01-06. => {"date": "2025-01-06", "weekday": "Monday"}
    """
    d = dt.date.fromisoformat(date)
    delta = (_WD.index(weekday) - d.weekday() - 1) % 7 + 1
    return (d + dt.timedelta(days=delta)).isoformat()


def weekends_in_month(year: Year, month: Month) -> list[str]:
    """All Saturdays and Sundays of a month.

    Args:
        year: The year.
        month: The month number, 1 to 12.

    Returns:
        The weekend dates, YYYY-MM-DD, in order.

    Examples:
        List the weekend days in month 2 of 2025. => {"year": 2025, "month": 2}
        Which dates are weekends in month 7 of 2024? => {"year": 2024, "month": 7}
    """
    return [d.isoformat() for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() >= 5]
