"""Date and time arithmetic (ISO 8601 dates, UTC timestamps)."""

import calendar
import datetime as dt
from typing import Annotated

Date = Annotated[str, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}]
"""A calendar date as YYYY-MM-DD."""


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def days_between(start_date: Date, end_date: Date) -> int:
    """Number of days from one date to another.

    Args:
        start_date: The first date, YYYY-MM-DD.
        end_date: The second date, YYYY-MM-DD.

    Returns:
        end_date minus start_date in days (negative if end is earlier).

    Examples:
        How many days are there between 2024-01-15 and 2024-03-01? => {"start_date": "2024-01-15", "end_date": "2024-03-01"}
        Count the days from 1999-12-31 to 2000-12-31. => {"start_date": "1999-12-31", "end_date": "2000-12-31"}
    """
    return (_d(end_date) - _d(start_date)).days


def add_days(date: Date, days: Annotated[int, {"minimum": -1000000, "maximum": 1000000}]) -> str:
    """Add (or subtract) a number of days to a date.

    Args:
        date: The starting date, YYYY-MM-DD.
        days: Days to add; negative to go back.

    Returns:
        The resulting date, YYYY-MM-DD.

    Examples:
        What date is 90 days after 2024-02-10? => {"date": "2024-02-10", "days": 90}
        Which date was 45 days before 2023-01-01? => {"date": "2023-01-01", "days": -45}
    """
    return (_d(date) + dt.timedelta(days=days)).isoformat()


def add_months(date: Date, months: Annotated[int, {"minimum": -12000, "maximum": 12000}]) -> str:
    """Add calendar months to a date, clamping to the month's last day.

    Args:
        date: The starting date, YYYY-MM-DD.
        months: Months to add; negative to go back.

    Returns:
        The resulting date, YYYY-MM-DD (Jan 31 + 1 month = Feb 28/29).

    Examples:
        What's the date 3 months after 2024-11-30? => {"date": "2024-11-30", "months": 3}
        Go back 18 months from 2025-08-31. => {"date": "2025-08-31", "months": -18}
    """
    d = _d(date)
    idx = d.year * 12 + d.month - 1 + months
    y, m = divmod(idx, 12)
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return dt.date(y, m + 1, day).isoformat()


def day_of_week(date: Date) -> str:
    """Name of the weekday a date falls on.

    Args:
        date: The date, YYYY-MM-DD.

    Returns:
        The weekday in English (Monday ... Sunday).

    Examples:
        What day of the week was 1969-07-20? => {"date": "1969-07-20"}
        Which weekday is 2030-01-01? => {"date": "2030-01-01"}
    """
    return calendar.day_name[_d(date).weekday()]


def is_leap_year(year: Annotated[int, {"minimum": 1, "maximum": 9999}]) -> bool:
    """Whether a year is a leap year in the Gregorian calendar.

    Args:
        year: The year.

    Returns:
        True for leap years.

    Examples:
        Is 2024 a leap year? => {"year": 2024}
        Was 1900 a leap year? => {"year": 1900}
    """
    return calendar.isleap(year)


def age_on(birth_date: Date, on_date: Date) -> dict[str, int]:
    """Age in years, months and days on a given date.

    Args:
        birth_date: Date of birth, YYYY-MM-DD.
        on_date: The date to compute the age on, YYYY-MM-DD.

    Returns:
        years, months and days elapsed, and total_days.

    Examples:
        How old is someone born 1990-05-17 on 2024-03-02? => {"birth_date": "1990-05-17", "on_date": "2024-03-02"}
        Age on 2025-12-25 of a person born on 2010-12-26? => {"birth_date": "2010-12-26", "on_date": "2025-12-25"}
    """
    b, o = _d(birth_date), _d(on_date)
    if o < b:
        raise ValueError("on_date is before birth_date")
    months = (o.year - b.year) * 12 + o.month - b.month
    if o.day < b.day:
        months -= 1
    anchor_y, anchor_m = divmod(b.year * 12 + b.month - 1 + months, 12)
    anchor = dt.date(anchor_y, anchor_m + 1, min(b.day, calendar.monthrange(anchor_y, anchor_m + 1)[1]))
    return {"years": months // 12, "months": months % 12, "days": (o - anchor).days, "total_days": (o - b).days}


def iso_week_number(date: Date) -> dict[str, int]:
    """ISO 8601 year, week number and weekday of a date.

    Args:
        date: The date, YYYY-MM-DD.

    Returns:
        iso_year, week (1-53) and weekday (1 = Monday).

    Examples:
        What ISO week number is 2024-12-30? => {"date": "2024-12-30"}
        Which calendar week does 2023-06-15 fall in? => {"date": "2023-06-15"}
    """
    y, w, d = _d(date).isocalendar()
    return {"iso_year": y, "week": w, "weekday": d}


def seconds_to_hms(seconds: Annotated[int, {"minimum": 0}]) -> str:
    """Format a number of seconds as [D days, ]HH:MM:SS.

    Args:
        seconds: The duration in whole seconds.

    Returns:
        The formatted duration.

    Examples:
        Format 3725 seconds as hours, minutes and seconds. => {"seconds": 3725}
        How long is 200000 seconds in days and hours? => {"seconds": 200000}
    """
    days, rem = divmod(seconds, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    core = f"{h:02d}:{m:02d}:{s:02d}"
    return f"{days} days, {core}" if days else core


def business_days_between(start_date: Date, end_date: Date, holidays: list[Date] = []) -> int:  # noqa: B006
    """Working days (Monday to Friday) from start (inclusive) to end (exclusive).

    Args:
        start_date: First date, YYYY-MM-DD (counted).
        end_date: Last date, YYYY-MM-DD (not counted).
        holidays: Dates to skip, YYYY-MM-DD each.

    Returns:
        The number of business days.

    Examples:
        How many working days are there from 2024-03-01 to 2024-04-01? => {"start_date": "2024-03-01", "end_date": "2024-04-01"}
        Business days between 2024-12-23 and 2025-01-03 excluding holidays 2024-12-25 and 2025-01-01. => {"start_date": "2024-12-23", "end_date": "2025-01-03", "holidays": ["2024-12-25", "2025-01-01"]}
    """
    s, e = _d(start_date), _d(end_date)
    skip = {_d(h) for h in holidays}
    count, d = 0, s
    if (e - s).days > 100000:
        raise ValueError("range too long")
    while d < e:
        if d.weekday() < 5 and d not in skip:
            count += 1
        d += dt.timedelta(days=1)
    return count


def unix_to_iso(timestamp: Annotated[float, {"minimum": -62135596800, "maximum": 253402300799}]) -> str:
    """Convert a Unix timestamp (seconds since 1970-01-01 UTC) to ISO 8601 UTC.

    Args:
        timestamp: Seconds since the Unix epoch.

    Returns:
        The UTC date-time, e.g. 2009-02-13T23:31:30+00:00.

    Examples:
        What date and time is Unix timestamp 1234567890? => {"timestamp": 1234567890}
        Convert epoch 1700000000 to a readable UTC time. => {"timestamp": 1700000000}
    """
    return dt.datetime.fromtimestamp(timestamp, tz=dt.timezone.utc).isoformat()


def iso_to_unix(datetime_text: Annotated[str, {"minLength": 10, "maxLength": 40}]) -> float:
    """Convert an ISO 8601 date-time to a Unix timestamp (naive times are UTC).

    Args:
        datetime_text: The date-time, e.g. 2024-01-01T12:00:00 or 2024-01-01T12:00:00+02:00.

    Returns:
        Seconds since the Unix epoch.

    Examples:
        What's the Unix timestamp of 2024-01-01T00:00:00? => {"datetime_text": "2024-01-01T00:00:00"}
        Convert 2021-07-04T18:30:00+02:00 to epoch seconds. => {"datetime_text": "2021-07-04T18:30:00+02:00"}
    """
    t = dt.datetime.fromisoformat(datetime_text)
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone.utc)
    return t.timestamp()


def time_zone_convert(time: Annotated[str, {"pattern": "^[0-2][0-9]:[0-5][0-9]$"}], from_utc_offset: Annotated[float, {"minimum": -12, "maximum": 14}], to_utc_offset: Annotated[float, {"minimum": -12, "maximum": 14}]) -> dict[str, object]:
    """Convert a wall-clock time between fixed UTC offsets.

    Args:
        time: The time of day, HH:MM (24-hour clock).
        from_utc_offset: UTC offset of the given time in hours (e.g. -5 for UTC-5).
        to_utc_offset: UTC offset to convert to in hours (e.g. 5.5 for UTC+5:30).

    Returns:
        The converted time (HH:MM) and day_shift (-1, 0 or +1).

    Examples:
        If it's 09:30 at UTC-5, what time is it at UTC+1? => {"time": "09:30", "from_utc_offset": -5, "to_utc_offset": 1}
        Convert 22:15 from UTC+9 to UTC+5.5. => {"time": "22:15", "from_utc_offset": 9, "to_utc_offset": 5.5}
    """
    h, m = (int(x) for x in time.split(":"))
    if h > 23:
        raise ValueError("hour must be 00-23")
    minutes = h * 60 + m + round((to_utc_offset - from_utc_offset) * 60)
    shift, minutes = divmod(minutes, 1440)
    return {"time": f"{minutes // 60:02d}:{minutes % 60:02d}", "day_shift": shift}
