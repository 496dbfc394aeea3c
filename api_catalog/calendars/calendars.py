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
        How many days are in 2/2024? => {"year": 2024, "month": 2}
        days in 9/2031 => {"year": 2031, "month": 9}
        Could you tell me how many days month 4 of 1987 had? => {"year": 1987, "month": 4}
        My rent is prorated by the day, so I need to know how many days the 11th month of 2026 has. => {"year": 2026, "month": 11}
        Payroll question: our 06/2025 period is paid per calendar day. How long is that month in days? => {"year": 2025, "month": 6}
        Do you know the number of days in month 12 of 1999? => {"year": 1999, "month": 12}
        I'm sketching a habit tracker and want one box per day for month 7 of 2027 — how many boxes is that? => {"year": 2027, "month": 7}
        Before I finish the timesheet, quick one: length of month 1 in 2100, in days? => {"year": 2100, "month": 1}
        Tell me the day count for month 3 in 2030. => {"year": 2030, "month": 3}
        month length in days, 5/2029 => {"year": 2029, "month": 5}
        Wondering how many days month 10 of 2032 has. => {"year": 2032, "month": 10}
        If a subscription bills daily for all of 8/2026, how many days get charged? => {"year": 2026, "month": 8}
    Incomplete:
        How many days are in February?
        How many days does this month have?
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
        calendar 12/1999 => {"year": 1999, "month": 12}
        Print a calendar of month 8 of 2026, please. => {"year": 2026, "month": 8}
        I'm planning a trip and would like to see month 5 of 2026 laid out week by week. => {"year": 2026, "month": 5}
        Can you display the 10/2024 calendar so I can mark my shifts on it? => {"year": 2024, "month": 10}
        What did the calendar for 7/1969 look like? => {"year": 1969, "month": 7}
        Need a printable month grid for 1/2027. => {"year": 2027, "month": 1}
        My kid's school project needs the calendar page of month 9 in 2001 — could you lay it out? => {"year": 2001, "month": 9}
        Lay out the weeks of 6/2028 for me. => {"year": 2028, "month": 6}
        text calendar, month 2 of 2030 => {"year": 2030, "month": 2}
        I'd like to see how the days of month 11 in 2025 fall across the weeks. => {"year": 2025, "month": 11}
        For a fridge printout, draw 4/2029 as a Monday-first grid. => {"year": 2029, "month": 4}
    Incomplete:
        Show me the calendar for March.
        Could you print a month calendar for me?
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
        When is the 4th Thursday in 11/2025? => {"year": 2025, "month": 11, "weekday": "Thursday", "n": 4}
        What's the last Monday of month 5 in 2024? => {"year": 2024, "month": 5, "weekday": "Monday", "n": -1}
        2nd Tuesday in 3/2026 => {"year": 2026, "month": 3, "weekday": "Tuesday", "n": 2}
        Our book club meets on the 1st Wednesday of the month. What's the date in month 9 of 2025? => {"year": 2025, "month": 9, "weekday": "Wednesday", "n": 1}
        Which date is the last Sunday of month 10 in 2027? => {"year": 2027, "month": 10, "weekday": "Sunday", "n": -1}
        Could you find the 2nd Saturday in month 12 of 2025? We're holding the office party then. => {"year": 2025, "month": 12, "weekday": "Saturday", "n": 2}
        I'm trying to pin down the date of the 3rd Friday of 6/2024 for a meeting invite. => {"year": 2024, "month": 6, "weekday": "Friday", "n": 3}
        The recycling pickup is on the 3rd Monday of the month; which day is that in 1/2026? => {"year": 2026, "month": 1, "weekday": "Monday", "n": 3}
        2nd Thursday, month 4 of 2027: when does it fall? => {"year": 2027, "month": 4, "weekday": "Thursday", "n": 2}
        Pick out the 1st Sunday of 3/2025 for me. => {"year": 2025, "month": 3, "weekday": "Sunday", "n": 1}
        I'd like to know on which date the 4th Wednesday of month 2 in 2028 falls. => {"year": 2028, "month": 2, "weekday": "Wednesday", "n": 4}
        If the conference opens on the last Tuesday of 10/2026, what date goes in my diary? => {"year": 2026, "month": 10, "weekday": "Tuesday", "n": -1}
    Incomplete:
        When is the 4th Thursday of November?
        What's the date of the last Friday in 2025?
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
        easter 2031 => {"year": 2031}
        My grandparents married on Easter Sunday 1962 — what was the date? => {"year": 1962}
        Could you work out Easter for the year 2100? => {"year": 2100}
        Planning a spring break: which day does Easter fall on in 2027? => {"year": 2027}
        I'm trying to figure out when Western Easter was in 1818. => {"year": 1818}
        Gregorian Easter date for 2045, please. => {"year": 2045}
        On which day did Easter Sunday land in 1955? => {"year": 1955}
        Easter Sunday, 2038: date? => {"year": 2038}
        If we hold the family reunion over Easter weekend 2029, which Sunday is that? => {"year": 2029}
        I'd like to know the Western Easter date for the year 1750. => {"year": 1750}
    Incomplete:
        When does Easter Sunday fall?
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
        number of Mondays in 2024 => {"year": 2024, "weekday": "Monday"}
        I get every Wednesday off in 2025 — how many days off is that? => {"year": 2025, "weekday": "Wednesday"}
        Do you know how many Saturdays there were in 1999? => {"year": 1999, "weekday": "Saturday"}
        Our yoga class runs every Tuesday of 2027. How many sessions is that if we never skip one? => {"year": 2027, "weekday": "Tuesday"}
        Please count how many Thursdays 2030 has. => {"year": 2030, "weekday": "Thursday"}
        Trying to estimate my farmers' market stalls: how many Sundays fall in 2028? => {"year": 2028, "weekday": "Sunday"}
        Total number of Tuesdays in 2031? => {"year": 2031, "weekday": "Tuesday"}
        If I jog every Saturday of 2026, how many runs would that be? => {"year": 2026, "weekday": "Saturday"}
        Wondering how many Thursdays fall within 2032. => {"year": 2032, "weekday": "Thursday"}
        Tally up the Mondays in 2029 for our shift rota. => {"year": 2029, "weekday": "Monday"}
    Incomplete:
        How many Fridays are there in the year?
        Count the occurrences of one weekday in 2026.
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
        What fiscal quarter is 2024-11-05 if our fiscal year starts in month 10? => {"date": "2024-11-05", "fiscal_year_start_month": 10}
        quarter of 2023-02-14 => {"date": "2023-02-14"}
        An invoice is dated 2025-06-30; which quarter should it be booked in? => {"date": "2025-06-30"}
        Our fiscal year begins in month 4. Which fiscal quarter and fiscal year does 2024-03-15 belong to? => {"date": "2024-03-15", "fiscal_year_start_month": 4}
        I'm filing expenses from 2022-10-01 — what calendar quarter is that? => {"date": "2022-10-01"}
        With a fiscal year starting in month 7, which quarter is 2025-01-20? => {"date": "2025-01-20", "fiscal_year_start_month": 7}
        Could you tell me the quarter for 2026-12-31? => {"date": "2026-12-31"}
        In which quarter does 2025-09-30 land? => {"date": "2025-09-30"}
        quarter number for 2027-04-01 => {"date": "2027-04-01"}
        If our fiscal year kicks off in month 11, which fiscal quarter holds 2026-02-10? => {"date": "2026-02-10", "fiscal_year_start_month": 11}
        Tell me the fiscal year and quarter of 2025-05-18 for a company whose year starts in month 9. => {"date": "2025-05-18", "fiscal_year_start_month": 9}
    Incomplete:
        Which quarter is my invoice date in?
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
        day of year 2025-07-04 => {"date": "2025-07-04"}
        For my logbook I need the day-of-year number for 2024-11-15. => {"date": "2024-11-15"}
        How far into the year is 2026-05-09, counted in days? => {"date": "2026-05-09"}
        Please give me the day of the year for 2021-02-28. => {"date": "2021-02-28"}
        Our sensor files are named by day of year; which number corresponds to 2023-08-22? => {"date": "2023-08-22"}
        Do you know which day of the year 2000-10-10 was? => {"date": "2000-10-10"}
        Convert 2025-10-31 to its ordinal day. => {"date": "2025-10-31"}
        day number within the year for 2022-06-21 => {"date": "2022-06-21"}
        Counting from New Year's Day, which day number is 2028-09-03? => {"date": "2028-09-03"}
        For a plant-growth spreadsheet keyed by day of year, where does 2027-03-12 fall? => {"date": "2027-03-12"}
    Incomplete:
        What day of the year is it on my birthday?
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
        day 45 of 2025 as a date => {"year": 2025, "day": 45}
        My data logger stamped a file with day 189 of 2022; what calendar date is that? => {"year": 2022, "day": 189}
        Could you convert day number 32 in 2027 to a date? => {"year": 2027, "day": 32}
        I'm trying to figure out which date the 200th day of 2030 falls on. => {"year": 2030, "day": 200}
        The satellite file says year 2019, day 73 — what's the date? => {"year": 2019, "day": 73}
        Please turn ordinal day 150 of 1996 into a YYYY-MM-DD date. => {"year": 1996, "day": 150}
        Map day 300 of 2028 onto a month and day. => {"year": 2028, "day": 300}
        date for ordinal 61 in 2031 => {"year": 2031, "day": 61}
        If a countdown ends on day 333 of 2025, which calendar date is that? => {"year": 2025, "day": 333}
        Wondering which month and day the 90th day of 2029 corresponds to. => {"year": 2029, "day": 90}
    Incomplete:
        What date is day 256?
        Which calendar date is this day number in 2024?
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
        next Sunday after 2023-09-14 => {"date": "2023-09-14", "weekday": "Sunday"}
        My parcel ships on 2024-02-27 and the depot only delivers on Thursdays. Which Thursday will it arrive? => {"date": "2024-02-27", "weekday": "Thursday"}
        Payday is on Wednesdays. If I start work on 2025-03-03, when is my first payday after that? => {"date": "2025-03-03", "weekday": "Wednesday"}
        Could you tell me the date of the following Saturday, counting from 2026-08-01? => {"date": "2026-08-01", "weekday": "Saturday"}
        I'd like to book the first Tuesday after 2024-12-24. Which date is that? => {"date": "2024-12-24", "weekday": "Tuesday"}
        Starting from 2027-04-15, when's the next Monday? => {"date": "2027-04-15", "weekday": "Monday"}
        Upcoming Thursday after 2025-11-20? => {"date": "2025-11-20", "weekday": "Thursday"}
        If today is 2026-01-15, on what date does the next Sunday fall? => {"date": "2026-01-15", "weekday": "Sunday"}
        Give me the first Friday that comes after 2024-10-09. => {"date": "2024-10-09", "weekday": "Friday"}
        Since our bins only go out on Tuesday, which date is the first collection after we move in on 2025-07-02? => {"date": "2025-07-02", "weekday": "Tuesday"}
    Incomplete:
        Next Friday after my arrival — what date is that?
        When is the next weekday after 2024-06-12 that the gym is open?
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
        List the weekend days in 2/2025. => {"year": 2025, "month": 2}
        Which dates are weekends in 7/2024? => {"year": 2024, "month": 7}
        weekends 10/2026 => {"year": 2026, "month": 10}
        I want to plan a hike every Saturday and Sunday of month 5 in 2025 — which dates are those? => {"year": 2025, "month": 5}
        Could you give me all the weekend dates for month 12 of 2024? => {"year": 2024, "month": 12}
        Our café only opens on weekends. Which days will we be open in month 8 of 2026? => {"year": 2026, "month": 8}
        Please list every Saturday and Sunday in 3/2027. => {"year": 2027, "month": 3}
        Do you know which days of month 9 in 2028 fall on a weekend? => {"year": 2028, "month": 9}
        Saturday and Sunday dates for month 6 of 2029 => {"year": 2029, "month": 6}
        If I only work weekends in 1/2026, which dates am I on shift? => {"year": 2026, "month": 1}
        Tell me every weekend date falling in month 4 of 2030. => {"year": 2030, "month": 4}
        Wondering which days in 12/2027 are Saturdays or Sundays. => {"year": 2027, "month": 12}
    Incomplete:
        List the weekend days in February.
        Which dates are weekends in 2025?
    """
    return [d.isoformat() for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() >= 5]
