"""Loans, mortgages and interest rates."""

import math
from typing import Annotated

Money = Annotated[float, {"exclusiveMinimum": 0}]
AnnualRate = Annotated[float, {"minimum": 0, "maximum": 1}]
Months = Annotated[int, {"minimum": 1, "maximum": 600}]


def _payment(principal: float, annual_rate: float, months: int) -> float:
    r = annual_rate / 12
    if r == 0:
        return principal / months
    return principal * r / (1 - (1 + r) ** -months)


def loan_monthly_payment(principal: Money, annual_rate: AnnualRate, months: Months) -> float:
    """Fixed monthly payment of an amortising loan.

    Args:
        principal: Amount borrowed.
        annual_rate: Nominal annual interest rate as a decimal (0.06 for 6%).
        months: Loan term in months.

    Returns:
        The monthly payment, rounded to cents.

    Examples:
        What's the monthly payment on a 200000 loan at 6% for 360 months? => {"principal": 200000, "annual_rate": 0.06, "months": 360}
        Monthly payment for borrowing 15000 at 4.5% over 48 months? => {"principal": 15000, "annual_rate": 0.045, "months": 48}
    """
    return round(_payment(principal, annual_rate, months), 2)


def total_interest_paid(principal: Money, annual_rate: AnnualRate, months: Months) -> float:
    """Total interest paid over the life of an amortising loan.

    Args:
        principal: Amount borrowed.
        annual_rate: Nominal annual interest rate as a decimal.
        months: Loan term in months.

    Returns:
        Total interest, rounded to cents.

    Examples:
        How much interest will I pay in total on 250000 at 5% over 300 months? => {"principal": 250000, "annual_rate": 0.05, "months": 300}
        Total interest on a 20000 car loan at 7% for 60 months? => {"principal": 20000, "annual_rate": 0.07, "months": 60}
    """
    return round(_payment(principal, annual_rate, months) * months - principal, 2)


def amortization_schedule(principal: Money, annual_rate: AnnualRate, months: Annotated[int, {"minimum": 1, "maximum": 120}]) -> list[dict[str, float]]:
    """Month-by-month split of payments into interest and principal.

    Args:
        principal: Amount borrowed.
        annual_rate: Nominal annual interest rate as a decimal.
        months: Loan term in months (up to 120 for a readable schedule).

    Returns:
        One row per month: month, payment, interest, principal and remaining balance.

    Examples:
        Show the amortization schedule for 5000 at 8% over 12 months. => {"principal": 5000, "annual_rate": 0.08, "months": 12}
        Give me a payment schedule for a 1200 loan at 12% over 6 months. => {"principal": 1200, "annual_rate": 0.12, "months": 6}
    """
    pay = _payment(principal, annual_rate, months)
    balance, rows = principal, []
    for m in range(1, months + 1):
        interest = balance * annual_rate / 12
        princ = pay - interest
        balance = max(0.0, balance - princ)
        rows.append({"month": m, "payment": round(pay, 2), "interest": round(interest, 2), "principal": round(princ, 2), "balance": round(balance, 2)})
    return rows


def loan_payoff_months(principal: Money, annual_rate: AnnualRate, monthly_payment: Money) -> int:
    """Months needed to pay off a loan with a fixed monthly payment.

    Args:
        principal: Amount owed.
        annual_rate: Nominal annual interest rate as a decimal.
        monthly_payment: Amount paid each month (must exceed the first month's interest).

    Returns:
        The number of months, rounded up.

    Examples:
        How many months to pay off 10000 at 18% if I pay 300 a month? => {"principal": 10000, "annual_rate": 0.18, "monthly_payment": 300}
        If I owe 3000 at 0% and pay 250 monthly, how long until it's paid? => {"principal": 3000, "annual_rate": 0, "monthly_payment": 250}
    """
    r = annual_rate / 12
    if r == 0:
        return math.ceil(principal / monthly_payment)
    if monthly_payment <= principal * r:
        raise ValueError("the payment does not cover the monthly interest; the loan never ends")
    return math.ceil(-math.log(1 - r * principal / monthly_payment) / math.log(1 + r))


def max_affordable_loan(monthly_payment: Money, annual_rate: AnnualRate, months: Months) -> float:
    """Largest loan a given monthly payment can repay.

    Args:
        monthly_payment: The monthly payment you can afford.
        annual_rate: Nominal annual interest rate as a decimal.
        months: Loan term in months.

    Returns:
        The principal, rounded to cents.

    Examples:
        I can pay 1500 a month for 360 months at 6.5%; how big a mortgage can I afford? => {"monthly_payment": 1500, "annual_rate": 0.065, "months": 360}
        How much can I borrow paying 400 a month at 5% over 60 months? => {"monthly_payment": 400, "annual_rate": 0.05, "months": 60}
    """
    r = annual_rate / 12
    if r == 0:
        return round(monthly_payment * months, 2)
    return round(monthly_payment * (1 - (1 + r) ** -months) / r, 2)


def apr_to_apy(apr: AnnualRate, periods_per_year: Annotated[int, {"minimum": 1, "maximum": 365}] = 12) -> float:
    """Convert a nominal APR to the effective annual yield.

    Args:
        apr: Nominal annual rate as a decimal.
        periods_per_year: Compounding periods per year (12 for monthly).

    Returns:
        The APY as a decimal, rounded to 6 decimals.

    Examples:
        What's the APY of a 5% APR compounded monthly? => {"apr": 0.05}
        Convert an APR of 0.12 with 365 compounding periods per year to APY. => {"apr": 0.12, "periods_per_year": 365}
    """
    return round((1 + apr / periods_per_year) ** periods_per_year - 1, 6)


def mortgage_payment_with_down_payment(home_price: Money, down_payment_percent: Annotated[float, {"minimum": 0, "maximum": 100}], annual_rate: AnnualRate, years: Annotated[int, {"minimum": 1, "maximum": 50}]) -> dict[str, float]:
    """Mortgage amount and monthly payment after a down payment.

    Args:
        home_price: Purchase price of the home.
        down_payment_percent: Down payment as a percentage of the price (20 for 20%).
        annual_rate: Nominal annual interest rate as a decimal.
        years: Mortgage term in years.

    Returns:
        down_payment, loan_amount and monthly_payment.

    Examples:
        For a 400000 house with 20% down at 6.5% over 30 years, what's the monthly payment? => {"home_price": 400000, "down_payment_percent": 20, "annual_rate": 0.065, "years": 30}
        Monthly mortgage on a 250000 home, 10 percent down, 5% for 15 years? => {"home_price": 250000, "down_payment_percent": 10, "annual_rate": 0.05, "years": 15}
    """
    down = home_price * down_payment_percent / 100
    loan = home_price - down
    pay = _payment(loan, annual_rate, years * 12) if loan > 0 else 0.0
    return {"down_payment": round(down, 2), "loan_amount": round(loan, 2), "monthly_payment": round(pay, 2)}


def debt_to_income_ratio(monthly_debt_payments: Annotated[float, {"minimum": 0}], gross_monthly_income: Money) -> float:
    """Debt-to-income ratio lenders use, in percent.

    Args:
        monthly_debt_payments: Sum of monthly debt payments.
        gross_monthly_income: Gross monthly income (positive).

    Returns:
        The ratio in percent, rounded to 2 decimals.

    Examples:
        My debts are 1800 a month and I earn 6000; what's my DTI? => {"monthly_debt_payments": 1800, "gross_monthly_income": 6000}
        Debt-to-income with 950 monthly payments on 4200 income? => {"monthly_debt_payments": 950, "gross_monthly_income": 4200}
    """
    return round(monthly_debt_payments / gross_monthly_income * 100, 2)


def effective_interest_rate_of_fee(principal: Money, fee: Annotated[float, {"minimum": 0}], annual_rate: AnnualRate, months: Months) -> float:
    """Effective annual rate of a loan once an upfront fee is counted.

    Args:
        principal: Amount borrowed.
        fee: Upfront fee deducted or paid at signing.
        annual_rate: Nominal annual interest rate as a decimal.
        months: Loan term in months.

    Returns:
        The effective annual rate as a decimal, rounded to 6 decimals.

    Examples:
        A 10000 loan at 6% for 36 months has a 300 fee; what's the effective rate? => {"principal": 10000, "fee": 300, "annual_rate": 0.06, "months": 36}
        Effective rate of a 50000 loan, 1000 fee, 4% nominal over 120 months? => {"principal": 50000, "fee": 1000, "annual_rate": 0.04, "months": 120}
    """
    pay = _payment(principal, annual_rate, months)
    net = principal - fee
    if net <= 0:
        raise ValueError("the fee must be smaller than the principal")
    lo, hi = 0.0, 5.0
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(pay / (1 + mid / 12) ** m for m in range(1, months + 1))
        if pv > net:
            lo = mid
        else:
            hi = mid
    return round((1 + (lo + hi) / 24) ** 12 - 1, 6)
