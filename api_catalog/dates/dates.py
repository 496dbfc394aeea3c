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
        days 2023-05-01 to 2023-11-20 => {"start_date": "2023-05-01", "end_date": "2023-11-20"}
        Could you work out the number of days from 2025-02-03 to 2025-12-19? => {"start_date": "2025-02-03", "end_date": "2025-12-19"}
        We signed the lease on 2012-04-01 and moved out on 2024-07-31. How many days was that? => {"start_date": "2012-04-01", "end_date": "2024-07-31"}
        Do you know how many days separate 1969-07-20 and 2019-07-20? => {"start_date": "1969-07-20", "end_date": "2019-07-20"}
        I'm tracking a visa stay: how many days is it from 2024-06-10 to 2024-09-08? => {"start_date": "2024-06-10", "end_date": "2024-09-08"}
        My streak started on 2021-03-15. Counting to 2026-01-02, how long has it been in days? => {"start_date": "2021-03-15", "end_date": "2026-01-02"}
        Day count from 2022-02-14 to 2022-10-31, end date not included. => {"start_date": "2022-02-14", "end_date": "2022-10-31"}
        If a project kicks off on 2025-01-06 and wraps up on 2025-04-18, how long does it run in days? => {"start_date": "2025-01-06", "end_date": "2025-04-18"}
        Tell me the gap in days between 2019-09-01 and 2020-03-01. => {"start_date": "2019-09-01", "end_date": "2020-03-01"}
        For my lab report I want the elapsed days from sample collection on 2023-03-08 to analysis on 2023-05-22. => {"start_date": "2023-03-08", "end_date": "2023-05-22"}
    Incomplete:
        How many days are there between our engagement party and my wedding day?
        How many days until my exam?
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
        2025-03-14 plus 100 days => {"date": "2025-03-14", "days": 100}
        My return window is 30 days from a purchase on 2024-11-29. When does it close? => {"date": "2024-11-29", "days": 30}
        Could you tell me the date 1000 days after 2020-01-01? => {"date": "2020-01-01", "days": 1000}
        The notice has to be given 60 days before the lease ends on 2026-06-30. By what date is that? => {"date": "2026-06-30", "days": -60}
        Going back 7 days from 2024-03-03, what date do I land on? => {"date": "2024-03-03", "days": -7}
        I'm trying to work out the due date of an invoice issued on 2025-08-18 with net 45 days payment terms. => {"date": "2025-08-18", "days": 45}
        Count forward 21 days from 2024-05-06; which date is that? => {"date": "2024-05-06", "days": 21}
        date 14 days prior to 2023-10-15 => {"date": "2023-10-15", "days": -14}
        If seeds planted on 2025-03-20 need 75 days to mature, on what date are they ready? => {"date": "2025-03-20", "days": 75}
        Shift 2026-01-31 back by 300 days and give me the result. => {"date": "2026-01-31", "days": -300}
    Incomplete:
        What date will it be a certain number of days after my order date?
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
        2024-01-31 plus 1 month => {"date": "2024-01-31", "months": 1}
        My phone contract started on 2023-09-15 and runs for 24 months. When does it end? => {"date": "2023-09-15", "months": 24}
        Could you find the date 6 months before 2025-05-31? => {"date": "2025-05-31", "months": -6}
        I bought the laptop on 2022-12-10 with 36 months of warranty — until what date is it covered? => {"date": "2022-12-10", "months": 36}
        If I defer a payment due on 2024-08-29 by 5 months, what's the new due date? => {"date": "2024-08-29", "months": 5}
        I'm trying to find the date that is 12 months earlier than 2026-02-28. => {"date": "2026-02-28", "months": -12}
        Which date lands 9 months past 2024-05-31? => {"date": "2024-05-31", "months": 9}
        Roll 2023-03-31 forward by 11 calendar months. => {"date": "2023-03-31", "months": 11}
        2025-10-15 shifted back 4 months => {"date": "2025-10-15", "months": -4}
        A probation period of 6 months begins on 2024-08-12. On what date does it finish? => {"date": "2024-08-12", "months": 6}
    Incomplete:
        What's the date a few months after my start date?
        My subscription began on 2024-11-30; when does it renew after the minimum term?
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
        weekday of 2024-02-29 => {"date": "2024-02-29"}
        My grandmother was born on 1938-11-05 — do you know what day of the week that was? => {"date": "1938-11-05"}
        Is 2025-12-24 a weekday or on the weekend? I need the day name. => {"date": "2025-12-24"}
        Could you tell me the day of the week for 2027-03-15? => {"date": "2027-03-15"}
        The concert is on 2026-07-18; what day does that fall on? => {"date": "2026-07-18"}
        Day name for 1900-01-01, please. => {"date": "1900-01-01"}
        On which day of the week does 2025-09-09 fall? => {"date": "2025-09-09"}
        Name the weekday for 2026-03-01. => {"date": "2026-03-01"}
        Wondering whether 2001-09-11 fell midweek or on a weekend: which day was it? => {"date": "2001-09-11"}
        For a family tree note, the weekday of the wedding on 1962-06-16 would be nice to have. => {"date": "1962-06-16"}
    Incomplete:
        What day of the week was my birthday on?
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
        leap year 2100? => {"year": 2100}
        Could you check whether 2000 counts as a leap year in the Gregorian calendar? => {"year": 2000}
        I'm building a payroll schedule for 2028 and need to know if it's a leap year. => {"year": 2028}
        Do you know if the year 1700 was a leap year? => {"year": 1700}
        Quick check, leap or not: 2023? => {"year": 2023}
        Does February get an extra day in 2032? => {"year": 2032}
        Will 2036 include a leap day? => {"year": 2036}
        Tell me whether 1996 was a leap year or a common year. => {"year": 1996}
        leap-year status of 2050 => {"year": 2050}
        For a calendar app I'm testing, is 1600 treated as a leap year under Gregorian rules? => {"year": 1600}
    Incomplete:
        Is this year a leap year?
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
        age born 1985-07-04 as of 2025-01-01 => {"birth_date": "1985-07-04", "on_date": "2025-01-01"}
        My daughter was born on 2015-09-30. How old will she be on 2026-06-01, in years, months and days? => {"birth_date": "2015-09-30", "on_date": "2026-06-01"}
        Could you work out my exact age on 2024-10-12 if I was born on 1978-02-19? => {"birth_date": "1978-02-19", "on_date": "2024-10-12"}
        For the insurance form I need the applicant's age on 2023-04-01; the birth date is 1962-11-23. => {"birth_date": "1962-11-23", "on_date": "2023-04-01"}
        How many years, months and days old was a person born 1950-01-15 on 2000-06-30? => {"birth_date": "1950-01-15", "on_date": "2000-06-30"}
        I'm trying to figure out how old my dog was on 2022-08-08 — she was born on 2011-03-17. => {"birth_date": "2011-03-17", "on_date": "2022-08-08"}
        Born 2001-04-09: what age is that on 2024-11-15 in years, months and days? => {"birth_date": "2001-04-09", "on_date": "2024-11-15"}
        Exact age as of 2026-02-01 for a birth date of 1994-08-27? => {"birth_date": "1994-08-27", "on_date": "2026-02-01"}
        Tell me how old a patient born 1957-12-03 was at the visit on 2021-05-19. => {"birth_date": "1957-12-03", "on_date": "2021-05-19"}
        If someone's birthday is 1988-10-31, what is their precise age on 2025-07-07? => {"birth_date": "1988-10-31", "on_date": "2025-07-07"}
    Incomplete:
        How old will my son be on his graduation day?
        How old was my grandfather when he retired?
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
        ISO week of 2025-03-10 => {"date": "2025-03-10"}
        Our sprint planning goes by week numbers — which week is 2024-09-02? => {"date": "2024-09-02"}
        Could you give me the ISO year and week for 2021-01-03? => {"date": "2021-01-03"}
        The timesheet asks for the Kalenderwoche of 2026-05-14; what is it? => {"date": "2026-05-14"}
        Do you know what ISO week 2027-11-22 is in? => {"date": "2027-11-22"}
        Please tell me the week number, ISO style, for 2022-07-27. => {"date": "2022-07-27"}
        In which ISO week and year does 2025-12-29 land? => {"date": "2025-12-29"}
        week number and weekday index for 2024-04-17, ISO calendar => {"date": "2024-04-17"}
        For the German invoice header I have to write the calendar week of 2023-01-01; which one is it? => {"date": "2023-01-01"}
        How is 2026-10-08 expressed as ISO year, week and weekday? => {"date": "2026-10-08"}
    Incomplete:
        Which calendar week is my dentist appointment in?
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
        5400 s to hh:mm:ss => {"seconds": 5400}
        My workout tracker says 2843 seconds — what's that in hours and minutes? => {"seconds": 2843}
        Could you convert 86399 seconds to HH:MM:SS? => {"seconds": 86399}
        The render took 15120 seconds. How long is that in a readable format? => {"seconds": 15120}
        I'm trying to make sense of a server uptime of 1234567 seconds — how many days and hours is it? => {"seconds": 1234567}
        Please show 45 seconds as a clock-style duration. => {"seconds": 45}
        Turn a duration of 9876 seconds into HH:MM:SS. => {"seconds": 9876}
        How many hours, minutes and seconds make up 4500 seconds? => {"seconds": 4500}
        clock format for 100000 s => {"seconds": 100000}
        If a video is 1337 seconds long, what runtime should the caption show? => {"seconds": 1337}
    Incomplete:
        Format my total run time as hours, minutes and seconds.
    """
    days, rem = divmod(seconds, 86400)
    h, rem = divmod(rem, 3600)
    m, s = divmod(rem, 60)
    core = f"{h:02d}:{m:02d}:{s:02d}"
    return f"{days} {'day' if days == 1 else 'days'}, {core}" if days else core


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
        workdays 2025-06-02 to 2025-06-30 => {"start_date": "2025-06-02", "end_date": "2025-06-30"}
        The contractor is on site from 2024-09-02 until 2024-10-14, the end date not counted. How many weekdays is that, with 2024-10-07 as a holiday? => {"start_date": "2024-09-02", "end_date": "2024-10-14", "holidays": ["2024-10-07"]}
        Could you count the business days from 2026-01-05 to 2026-02-02, leaving out the public holiday on 2026-01-19? => {"start_date": "2026-01-05", "end_date": "2026-02-02", "holidays": ["2026-01-19"]}
        My notice period runs in working days from 2025-04-01 to 2025-05-01, and the office is closed on 2025-04-18 and 2025-04-21. How many days is it? => {"start_date": "2025-04-01", "end_date": "2025-05-01", "holidays": ["2025-04-18", "2025-04-21"]}
        Do you know how many Monday-to-Friday days there are from 2023-11-01 to 2023-12-01? => {"start_date": "2023-11-01", "end_date": "2023-12-01"}
        Please tell me the number of weekdays from 2024-07-01 to 2024-07-15, excluding 2024-07-04. => {"start_date": "2024-07-01", "end_date": "2024-07-15", "holidays": ["2024-07-04"]}
        Count weekdays from 2025-09-01 up to but not including 2025-09-29. => {"start_date": "2025-09-01", "end_date": "2025-09-29"}
        working-day total for 2024-11-04 to 2024-12-02 with 2024-11-28 off as a holiday => {"start_date": "2024-11-04", "end_date": "2024-12-02", "holidays": ["2024-11-28"]}
        If shipping only moves on Monday to Friday, how many such days fall between 2026-03-02 and 2026-03-23? => {"start_date": "2026-03-02", "end_date": "2026-03-23"}
        For sprint capacity planning, tally the business days from 2025-02-03 until 2025-02-28, skipping 2025-02-17. => {"start_date": "2025-02-03", "end_date": "2025-02-28", "holidays": ["2025-02-17"]}
    Incomplete:
        How many working days are there between the kickoff and the project deadline?
        How many business days do I have left this month?
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
        unix 1609459200 to date => {"timestamp": 1609459200}
        A log line shows ts=1672531200 — when was that in UTC? => {"timestamp": 1672531200}
        Could you turn the epoch value 946684800 into an ISO date-time? => {"timestamp": 946684800}
        Our API returns created_at 1718900000; what UTC time is that? => {"timestamp": 1718900000}
        I'm trying to decode an old negative timestamp, -86400. Which UTC date is it? => {"timestamp": -86400}
        Please convert 2000000000 seconds since the epoch to a UTC date and time. => {"timestamp": 2000000000}
        Which UTC moment does the epoch second 1500000000 correspond to? => {"timestamp": 1500000000}
        human-readable UTC for timestamp 1735689600 => {"timestamp": 1735689600}
        Translate POSIX time 1262304000 into an ISO date-time string. => {"timestamp": 1262304000}
        If a token's exp claim is 1767225600, when exactly does it expire in UTC? => {"timestamp": 1767225600}
    Incomplete:
        What date and time is this Unix timestamp?
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
        epoch for 2025-03-15T09:45:00Z => {"datetime_text": "2025-03-15T09:45:00Z"}
        I need the Unix time of 2023-11-05T14:00:00-05:00 for a database query. => {"datetime_text": "2023-11-05T14:00:00-05:00"}
        Could you convert 1999-12-31T23:59:59 (UTC) to a Unix timestamp? => {"datetime_text": "1999-12-31T23:59:59"}
        Our cron job ran at 2022-08-15T06:30:00+09:00; what's that in seconds since the epoch? => {"datetime_text": "2022-08-15T06:30:00+09:00"}
        Do you know the epoch value for 2030-01-01T12:00:00? => {"datetime_text": "2030-01-01T12:00:00"}
        Please give me the POSIX timestamp for 2024-02-29T08:15:30+00:00. => {"datetime_text": "2024-02-29T08:15:30+00:00"}
        Seconds since the epoch at 2026-05-01T08:00:00+01:00? => {"datetime_text": "2026-05-01T08:00:00+01:00"}
        Turn the ISO time 2020-02-29T12:34:56Z into a Unix timestamp. => {"datetime_text": "2020-02-29T12:34:56Z"}
        How many epoch seconds correspond to 2018-03-11T02:15:00-07:00? => {"datetime_text": "2018-03-11T02:15:00-07:00"}
        For a Redis TTL script, express 2027-09-30T17:45:00 as Unix time. => {"datetime_text": "2027-09-30T17:45:00"}
    Incomplete:
        What's the epoch timestamp of my meeting start time?
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
        14:00 UTC+2 to UTC-7 => {"time": "14:00", "from_utc_offset": 2, "to_utc_offset": -7}
        My colleague's standup is at 08:45 in UTC+10. What time is that for me at UTC+1? => {"time": "08:45", "from_utc_offset": 10, "to_utc_offset": 1}
        Could you convert 18:00 at UTC-3 into UTC+8 time? => {"time": "18:00", "from_utc_offset": -3, "to_utc_offset": 8}
        The webinar starts at 16:30 UTC+0. I'm at UTC-6 — when should I join? => {"time": "16:30", "from_utc_offset": 0, "to_utc_offset": -6}
        I'm trying to figure out when 23:30 at UTC+5.5 is at UTC-4. => {"time": "23:30", "from_utc_offset": 5.5, "to_utc_offset": -4}
        Please tell me what 07:15 at UTC-8 becomes in UTC+3. => {"time": "07:15", "from_utc_offset": -8, "to_utc_offset": 3}
        When it's 11:00 at UTC+3, what does the clock read at UTC-5? => {"time": "11:00", "from_utc_offset": 3, "to_utc_offset": -5}
        A flight lands at 06:20 local time, UTC+8; what time is that at UTC+0? => {"time": "06:20", "from_utc_offset": 8, "to_utc_offset": 0}
        19:45 at UTC+2 expressed in UTC+9 => {"time": "19:45", "from_utc_offset": 2, "to_utc_offset": 9}
        A support desk opens at 08:00 (UTC+1); at what hour is that for a customer in UTC-4? => {"time": "08:00", "from_utc_offset": 1, "to_utc_offset": -4}
    Incomplete:
        If it's half past nine here, what time is it at UTC+1?
        What time is the call for me at UTC-5?
    """
    h, m = (int(x) for x in time.split(":"))
    if h > 23:
        raise ValueError("hour must be 00-23")
    minutes = h * 60 + m + round((to_utc_offset - from_utc_offset) * 60)
    shift, minutes = divmod(minutes, 1440)
    return {"time": f"{minutes // 60:02d}:{minutes % 60:02d}", "day_shift": shift}
