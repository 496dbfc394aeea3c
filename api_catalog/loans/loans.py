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
        payment on 32000 loan, 7.9%, 72 months => {"principal": 32000, "annual_rate": 0.079, "months": 72}
        I'm looking at a 24,500 car with nothing down. At 5.25% APR over 60 months, what would I pay each month? => {"principal": 24500, "annual_rate": 0.0525, "months": 60}
        Please calculate the monthly installment on a personal loan of 8000 at 11% for 36 months. => {"principal": 8000, "annual_rate": 0.11, "months": 36}
        I'd like to know what the monthly repayment would be if I borrowed 350,000 at 6.75% for 300 months. => {"principal": 350000, "annual_rate": 0.0675, "months": 300}
        We're finally renovating the kitchen! The bank offers 45000 at 8.5% over 120 months. What's the monthly payment? => {"principal": 45000, "annual_rate": 0.085, "months": 120}
        How much per month to pay back 1200 at 19.99% in 12 months? => {"principal": 1200, "annual_rate": 0.1999, "months": 12}
        Borrowing 27,000 at 6.9% for 60 months, what does each monthly installment come to? => {"principal": 27000, "annual_rate": 0.069, "months": 60}
        If a lender charges 8.25% on 12500 over 36 months, how big is the monthly bill? => {"principal": 12500, "annual_rate": 0.0825, "months": 36}
        repayment per month, 180000 principal, 5.6% annual interest, 240 months => {"principal": 180000, "annual_rate": 0.056, "months": 240}
        Wondering what I'd owe each month on a 9500 loan at 10.5% spread across 42 months. => {"principal": 9500, "annual_rate": 0.105, "months": 42}
    Incomplete:
        What would my monthly loan payment be?
        Monthly payment on a 200000 loan at 6%?
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
        total interest 180000 at 6.2% over 360 months => {"principal": 180000, "annual_rate": 0.062, "months": 360}
        My student loans add up to 38,000 at 4.99% and I'm on a 120-month plan. How much interest will I end up paying overall? => {"principal": 38000, "annual_rate": 0.0499, "months": 120}
        Could you tell me the total interest cost of borrowing 9000 at 12.5% for 48 months? => {"principal": 9000, "annual_rate": 0.125, "months": 48}
        I'm trying to see how much the bank really makes on a 400000 mortgage at 6.1% over 240 months. What's the total interest? => {"principal": 400000, "annual_rate": 0.061, "months": 240}
        Long day at work. Anyway, if I take 15000 at 9% over 84 months, what's all the interest together? => {"principal": 15000, "annual_rate": 0.09, "months": 84}
        Lifetime interest on a 5500 loan, 3.5% APR, 24 months? => {"principal": 5500, "annual_rate": 0.035, "months": 24}
        Over 72 months at 8.4%, how much interest does a 26000 loan cost in all? => {"principal": 26000, "annual_rate": 0.084, "months": 72}
        Sum of all interest charges: 310,000 borrowed, 5.75%, 360 months. => {"principal": 310000, "annual_rate": 0.0575, "months": 360}
        If I borrow 7200 at 13.9% and repay over 36 months, how much goes to interest altogether? => {"principal": 7200, "annual_rate": 0.139, "months": 36}
        Before signing for a 42000 loan at 6.3% over 84 months, show me the full interest cost. => {"principal": 42000, "annual_rate": 0.063, "months": 84}
    Incomplete:
        How much interest will I pay over the life of my loan?
        Total interest on a 20000 car loan for 60 months?
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
        amortization table 25000 6.5% 60 months => {"principal": 25000, "annual_rate": 0.065, "months": 60}
        I just financed a 2,400 laptop at 9.9% over 18 months. Can I see how each payment splits between interest and principal? => {"principal": 2400, "annual_rate": 0.099, "months": 18}
        Please break down month by month the payments on 10000 borrowed at 5% for 24 months. => {"principal": 10000, "annual_rate": 0.05, "months": 24}
        I want to see how the balance drops each month on a 60000 loan at 7.25% over 96 months. => {"principal": 60000, "annual_rate": 0.0725, "months": 96}
        My accountant is on vacation, so I need the repayment schedule for 3500 at 15% over 10 months. => {"principal": 3500, "annual_rate": 0.15, "months": 10}
        What would the month-by-month schedule look like for a 750 loan at 4% over 3 months? => {"principal": 750, "annual_rate": 0.04, "months": 3}
        Month-by-month breakdown of interest versus principal for 8500 at 7.2% over 30 months. => {"principal": 8500, "annual_rate": 0.072, "months": 30}
        How does each payment on a 16000 loan at 5.9% across 48 months divide between interest and principal? => {"principal": 16000, "annual_rate": 0.059, "months": 48}
        If I take 4200 at 11.5% for 15 months, how much of the balance is left after each payment? => {"principal": 4200, "annual_rate": 0.115, "months": 15}
        For my records, lay out a repayment table: 52000 at 6.1%, 84 months. => {"principal": 52000, "annual_rate": 0.061, "months": 84}
    Incomplete:
        Show me the amortization schedule for my loan.
        Amortization schedule for 5000 at 8%, please.
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
        How many months to pay off 10000 at 18% if I pay 500 a month? => {"principal": 10000, "annual_rate": 0.18, "monthly_payment": 500}
        If I owe 3000 at 2% and pay 250 monthly, how long until it's paid? => {"principal": 3000, "annual_rate": 0.02, "monthly_payment": 250}
        months to pay off 6500 at 22.9%, paying 450/month => {"principal": 6500, "annual_rate": 0.229, "monthly_payment": 450}
        My credit card balance is 4,800 at 24% APR. If I pay 350 a month and stop using the card, how many months until it's cleared? => {"principal": 4800, "annual_rate": 0.24, "monthly_payment": 350}
        Could you work out how long it takes to repay 15000 at 6% with payments of 450 per month? => {"principal": 15000, "annual_rate": 0.06, "monthly_payment": 450}
        I'm wondering how many payments are left on a 120000 mortgage balance at 5.5% if I pay 1800 a month. => {"principal": 120000, "annual_rate": 0.055, "monthly_payment": 1800}
        Tax season is stressing me out. Quick check: 2200 owed at 15%, paying 200 monthly. How many months to zero? => {"principal": 2200, "annual_rate": 0.15, "monthly_payment": 200}
        With 900 a month going toward a 28,000 car loan at 7.5%, how many months until I own it outright? => {"principal": 28000, "annual_rate": 0.075, "monthly_payment": 900}
        Paying 600 a month against 14,000 at 9.5%, when will the debt be gone? => {"principal": 14000, "annual_rate": 0.095, "monthly_payment": 600}
        Number of monthly payments needed to clear 5200 at 19% with 300 per month? => {"principal": 5200, "annual_rate": 0.19, "monthly_payment": 300}
        Tell me how long a 32000 balance at 4.8% lasts if I send 750 each month. => {"principal": 32000, "annual_rate": 0.048, "monthly_payment": 750}
        To plan my budget, how many months until 8800 at 16.5% is repaid with 400 monthly? => {"principal": 8800, "annual_rate": 0.165, "monthly_payment": 400}
    Incomplete:
        How long will it take to pay off my loan?
        I owe 10000 at 18%; how many months until it's paid off?
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
        max loan for 650/month, 7% over 72 months => {"monthly_payment": 650, "annual_rate": 0.07, "months": 72}
        We can put 2,300 a month toward a house. With rates at 6.8% on a 360-month term, what's the biggest loan we could take? => {"monthly_payment": 2300, "annual_rate": 0.068, "months": 360}
        Please tell me the largest loan I could repay with 275 per month at 9.5% over 48 months. => {"monthly_payment": 275, "annual_rate": 0.095, "months": 48}
        I'm trying to figure out how much car I can afford: 500 a month is my limit, the rate is 4.9%, and the term would be 66 months. => {"monthly_payment": 500, "annual_rate": 0.049, "months": 66}
        My sister says I'm overthinking this, but: paying 1100 monthly at 5.75% over 240 months, how much could I borrow? => {"monthly_payment": 1100, "annual_rate": 0.0575, "months": 240}
        Borrowing capacity with a 3,000 monthly payment at 6.25% for 180 months? => {"monthly_payment": 3000, "annual_rate": 0.0625, "months": 180}
        Given a budget of 850 per month, 6.2% interest and 84 months, what principal can that cover? => {"monthly_payment": 850, "annual_rate": 0.062, "months": 84}
        Biggest mortgage that 1,900 a month supports at 6.9% over 300 months? => {"monthly_payment": 1900, "annual_rate": 0.069, "months": 300}
        If the repayment can't go above 420 a month at 8.9% for 60 months, how large a loan is that? => {"monthly_payment": 420, "annual_rate": 0.089, "months": 60}
        Wondering how much principal a 2,600 monthly payment could pay off at 5.4% across 360 months. => {"monthly_payment": 2600, "annual_rate": 0.054, "months": 360}
    Incomplete:
        How big a loan can I afford?
        I can pay 1500 a month; how much can I borrow?
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
        Convert a 12% APR compounded 365 times a year to APY. => {"apr": 0.12, "periods_per_year": 365}
        APY for 4.75% APR => {"apr": 0.0475}
        My credit card says 21.99% APR, with interest charged monthly. What's the effective annual rate I'm really paying? => {"apr": 0.2199}
        Could you convert a nominal 6% rate compounded 4 times a year into an effective annual yield? => {"apr": 0.06, "periods_per_year": 4}
        I'm comparing savings accounts and want to know the real yearly yield of 3.6% APR with 52 compounding periods a year. => {"apr": 0.036, "periods_per_year": 52}
        The bank app crashed halfway through, so: 8.25% APR, compounded 2 times per year. What's the APY? => {"apr": 0.0825, "periods_per_year": 2}
        effective annual yield of a 9% nominal rate with 365 periods per year => {"apr": 0.09, "periods_per_year": 365}
        Turn 4.2% APR into APY, with interest added 365 times per year. => {"apr": 0.042, "periods_per_year": 365}
        If a loan is quoted at 15.9% APR, what annual percentage yield does that work out to? => {"apr": 0.159}
        Wondering how much 5.35% nominal really earns per year when it compounds 4 times annually. => {"apr": 0.0535, "periods_per_year": 4}
        For a spreadsheet of bank offers: APY of 2.9% APR with 52 compounding periods. => {"apr": 0.029, "periods_per_year": 52}
    Incomplete:
        What's the APY for my savings account?
        Convert my credit card's APR into an effective annual rate.
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
        mortgage 550000, 15% down, 6.875%, 30 yrs => {"home_price": 550000, "down_payment_percent": 15, "annual_rate": 0.06875, "years": 30}
        We found a townhouse listed at 365,000. If we put 12% down and lock in 6.25% for 25 years, what will the mortgage payment be each month? => {"home_price": 365000, "down_payment_percent": 12, "annual_rate": 0.0625, "years": 25}
        Could you work out the loan amount and monthly payment for a 780000 home with 25% down at 5.9% over 30 years? => {"home_price": 780000, "down_payment_percent": 25, "annual_rate": 0.059, "years": 30}
        I'm trying to figure out if I can swing a 299,000 condo: 5% down, 7.1% interest, 30-year term. => {"home_price": 299000, "down_payment_percent": 5, "annual_rate": 0.071, "years": 30}
        The open house was packed today! For a 450000 place with 18% down at 6.6% over 20 years, what's the monthly? => {"home_price": 450000, "down_payment_percent": 18, "annual_rate": 0.066, "years": 20}
        What would I pay monthly on a 1,200,000 home putting 30 percent down at 6% for 15 years? => {"home_price": 1200000, "down_payment_percent": 30, "annual_rate": 0.06, "years": 15}
        Buying a 520,000 house with 10% down on a 30-year loan at 6.7%: how much is the loan and the monthly payment? => {"home_price": 520000, "down_payment_percent": 10, "annual_rate": 0.067, "years": 30}
        If the asking price is 335000 and we put down 15 percent, financing at 6.15% for 25 years, how much is each monthly payment? => {"home_price": 335000, "down_payment_percent": 15, "annual_rate": 0.0615, "years": 25}
        Down payment, loan size and monthly cost for a 610000 home at 25% down, 5.8% interest, 30 years? => {"home_price": 610000, "down_payment_percent": 25, "annual_rate": 0.058, "years": 30}
        Show me the monthly payment on a 275,000 property after 8% down, with a 20-year mortgage at 6.9%. => {"home_price": 275000, "down_payment_percent": 8, "annual_rate": 0.069, "years": 20}
    Incomplete:
        What's the monthly mortgage payment on the house I'm buying?
        For a 400000 house with 20% down, what's the monthly payment?
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
        Debt-to-income with 950 a month in debt payments on 4200 monthly income? => {"monthly_debt_payments": 950, "gross_monthly_income": 4200}
        DTI: 2,150 debt, 7,800 gross monthly => {"monthly_debt_payments": 2150, "gross_monthly_income": 7800}
        The lender wants my DTI under a certain limit. I pay 1,250 a month on a car loan and student loans, and my gross pay is 5,400 a month. Where am I? => {"monthly_debt_payments": 1250, "gross_monthly_income": 5400}
        Please calculate my debt-to-income ratio: monthly debt payments of 640 and gross monthly income of 3900. => {"monthly_debt_payments": 640, "gross_monthly_income": 3900}
        I'm not sure how lenders will see me with 2,900 a month in debts against 8,750 gross monthly income. What ratio is that? => {"monthly_debt_payments": 2900, "gross_monthly_income": 8750}
        I start the new job next week. With 1,100 in monthly debt payments and 4,600 gross per month, what's my debt-to-income? => {"monthly_debt_payments": 1100, "gross_monthly_income": 4600}
        What percentage of my 12000 monthly gross goes to my 3300 in debt payments? => {"monthly_debt_payments": 3300, "gross_monthly_income": 12000}
        With 1,450 going to debts every month and 5,200 gross monthly pay, how high is my DTI? => {"monthly_debt_payments": 1450, "gross_monthly_income": 5200}
        Debt payments 780 per month versus gross income 3,600 per month: ratio? => {"monthly_debt_payments": 780, "gross_monthly_income": 3600}
        If someone earns 9,400 a month before tax and pays 2,700 a month toward loans, what debt-to-income ratio do lenders see? => {"monthly_debt_payments": 2700, "gross_monthly_income": 9400}
        For a mortgage pre-approval, work out the DTI on 1,980 of monthly debt and 6,700 of gross monthly income. => {"monthly_debt_payments": 1980, "gross_monthly_income": 6700}
    Incomplete:
        What's my debt-to-income ratio?
        I earn 6000 a month before tax; what's my DTI?
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
        effective APR: 20000 loan, 500 origination fee, 7.5%, 60 months => {"principal": 20000, "fee": 500, "annual_rate": 0.075, "months": 60}
        The dealer is offering 18,000 at 3.9% for 48 months but charges a 750 processing fee upfront. What's the true effective annual rate? => {"principal": 18000, "fee": 750, "annual_rate": 0.039, "months": 48}
        Could you work out the real annual rate on a 5000 loan at 10% over 24 months once the 150 fee is included? => {"principal": 5000, "fee": 150, "annual_rate": 0.1, "months": 24}
        I'm trying to understand what a 2,500 closing fee really costs me on a 200000 mortgage at 6.4% over 360 months. What's the effective rate? => {"principal": 200000, "fee": 2500, "annual_rate": 0.064, "months": 360}
        Quick one before lunch: 8,000 borrowed at 12% for 18 months, with a 240 upfront fee. Effective annual rate? => {"principal": 8000, "fee": 240, "annual_rate": 0.12, "months": 18}
        What is the effective interest rate of a 30000 loan with 900 in fees at 5.5% nominal for 84 months? => {"principal": 30000, "fee": 900, "annual_rate": 0.055, "months": 84}
        How much does a 400 setup fee push up the true annual rate of a 12000 loan at 7% over 48 months? => {"principal": 12000, "fee": 400, "annual_rate": 0.07, "months": 48}
        True cost as an annual rate: 35000 borrowed at 5.2% for 72 months with 1,200 in upfront charges. => {"principal": 35000, "fee": 1200, "annual_rate": 0.052, "months": 72}
        If an origination fee of 600 is taken from a 15000 loan at 8.9% for 60 months, what effective annual rate results? => {"principal": 15000, "fee": 600, "annual_rate": 0.089, "months": 60}
        Wondering what the all-in yearly rate is on 9,500 at 11% over 30 months once a 285 fee is added. => {"principal": 9500, "fee": 285, "annual_rate": 0.11, "months": 30}
    Incomplete:
        What's the effective rate of my loan once the fee is counted?
        A 10000 loan at 6% for 36 months has an upfront fee; what's the effective rate?
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
