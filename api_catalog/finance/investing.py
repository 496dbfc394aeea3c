"""Investment, return and business finance formulas."""

from typing import Annotated, Literal

Money = Annotated[float, {"minimum": 0}]
Rate = Annotated[float, {"minimum": -1, "maximum": 10}]
Years = Annotated[float, {"minimum": 0, "maximum": 200}]

_FREQ = {"annually": 1, "semiannually": 2, "quarterly": 4, "monthly": 12, "daily": 365}


def compound_interest(principal: Money, rate: Rate, years: Years, compounding: Literal["annually", "semiannually", "quarterly", "monthly", "daily"] = "annually") -> float:
    """Future value of a lump sum with compound interest.

    Args:
        principal: The amount invested today.
        rate: Annual interest rate as a decimal (0.05 for 5%).
        years: Number of years invested.
        compounding: How often interest is compounded.

    Returns:
        The future value, rounded to cents.

    Examples:
        How much will $1000 grow to at 5% interest for 10 years? => {"principal": 1000, "rate": 0.05, "years": 10}
        What is 2500 worth after 3 years at 4% compounded monthly? => {"principal": 2500, "rate": 0.04, "years": 3, "compounding": "monthly"}
    """
    n = _FREQ[compounding]
    return round(principal * (1 + rate / n) ** (n * years), 2)


def simple_interest(principal: Money, rate: Rate, years: Years) -> float:
    """Interest earned with simple (non-compounding) interest.

    Args:
        principal: The amount lent or invested.
        rate: Annual interest rate as a decimal (0.05 for 5%).
        years: Duration in years.

    Returns:
        The interest earned, rounded to cents.

    Examples:
        What is the simple interest on 5000 at 3% for 4 years? => {"principal": 5000, "rate": 0.03, "years": 4}
        How much simple interest does $800 earn at 6.5% over 2 years? => {"principal": 800, "rate": 0.065, "years": 2}
    """
    return round(principal * rate * years, 2)


def present_value(future_value: Money, rate: Rate, years: Years) -> float:
    """Today's value of an amount received in the future, discounted annually.

    Args:
        future_value: The amount received in the future.
        rate: Annual discount rate as a decimal.
        years: Years until the amount is received.

    Returns:
        The present value, rounded to cents.

    Examples:
        What's the present value of 10000 received in 5 years at a 7% discount rate? => {"future_value": 10000, "rate": 0.07, "years": 5}
        How much is $500 in 2 years worth today at 3%? => {"future_value": 500, "rate": 0.03, "years": 2}
    """
    return round(future_value / (1 + rate) ** years, 2)


def future_value_annuity(payment: Money, rate: Rate, periods: Annotated[int, {"minimum": 1, "maximum": 2400}]) -> float:
    """Future value of equal payments made at the end of each period.

    Args:
        payment: The amount paid in each period.
        rate: Interest rate per period as a decimal.
        periods: Number of payments.

    Returns:
        The accumulated value, rounded to cents.

    Examples:
        If I save 200 every month for 120 months at 0.5% per month, how much will I have? => {"payment": 200, "rate": 0.005, "periods": 120}
        Future value of 1000 yearly payments over 30 years at 6%. => {"payment": 1000, "rate": 0.06, "periods": 30}
    """
    if rate == 0:
        return round(payment * periods, 2)
    return round(payment * ((1 + rate) ** periods - 1) / rate, 2)


def net_present_value(rate: Rate, cash_flows: Annotated[list[float], {"minItems": 1}]) -> float:
    """Net present value of cash flows, the first at time 0.

    Args:
        rate: Discount rate per period as a decimal.
        cash_flows: Cash flows per period starting now (negative for outflows).

    Returns:
        The NPV, rounded to cents.

    Examples:
        What's the NPV at 10% of -1000 now then 300, 400, 500 over the next three years? => {"rate": 0.1, "cash_flows": [-1000, 300, 400, 500]}
        Compute the net present value of -5000, 2000, 2000, 2000 at 8%. => {"rate": 0.08, "cash_flows": [-5000, 2000, 2000, 2000]}
    """
    return round(sum(cf / (1 + rate) ** t for t, cf in enumerate(cash_flows)), 2)


def internal_rate_of_return(cash_flows: Annotated[list[float], {"minItems": 2}]) -> float:
    """Internal rate of return: the discount rate that makes NPV zero (bisection).

    Args:
        cash_flows: Cash flows per period starting now; needs a sign change.

    Returns:
        The IRR as a decimal, rounded to 6 decimals.

    Examples:
        What is the IRR of -1000 followed by 300, 400, 500? => {"cash_flows": [-1000, 300, 400, 500]}
        Find the internal rate of return for cash flows -200, 50, 60, 70, 80. => {"cash_flows": [-200, 50, 60, 70, 80]}
    """
    def npv(r: float) -> float:
        return sum(cf / (1 + r) ** t for t, cf in enumerate(cash_flows))

    lo, hi = -0.99, 10.0
    if npv(lo) * npv(hi) > 0:
        raise ValueError("cash flows have no internal rate of return in (-99%, 1000%)")
    for _ in range(200):
        mid = (lo + hi) / 2
        if npv(lo) * npv(mid) <= 0:
            hi = mid
        else:
            lo = mid
    return round((lo + hi) / 2, 6)


def return_on_investment(gain: float, cost: Annotated[float, {"exclusiveMinimum": 0}]) -> float:
    """Return on investment in percent.

    Args:
        gain: Final value of the investment.
        cost: What the investment cost (positive).

    Returns:
        (gain - cost) / cost * 100, rounded to 4 decimals.

    Examples:
        I bought a stock for 1500 and sold for 1800; what's my ROI? => {"gain": 1800, "cost": 1500}
        ROI on a 20000 cost that returned 17000? => {"gain": 17000, "cost": 20000}
    """
    return round((gain - cost) / cost * 100, 4)


def cagr(start_value: Annotated[float, {"exclusiveMinimum": 0}], end_value: Annotated[float, {"minimum": 0}], years: Annotated[float, {"exclusiveMinimum": 0}]) -> float:
    """Compound annual growth rate between two values.

    Args:
        start_value: Value at the start (positive).
        end_value: Value at the end.
        years: Duration in years (positive).

    Returns:
        The CAGR as a percentage, rounded to 4 decimals.

    Examples:
        Revenue grew from 100000 to 250000 in 5 years; what's the CAGR? => {"start_value": 100000, "end_value": 250000, "years": 5}
        Compute the compound annual growth rate from 50 to 80 over 3 years. => {"start_value": 50, "end_value": 80, "years": 3}
    """
    return round(((end_value / start_value) ** (1 / years) - 1) * 100, 4)


def break_even_units(fixed_costs: Money, price_per_unit: Annotated[float, {"exclusiveMinimum": 0}], variable_cost_per_unit: Money) -> int:
    """Units to sell before revenue covers costs.

    Args:
        fixed_costs: Total fixed costs.
        price_per_unit: Selling price of one unit.
        variable_cost_per_unit: Variable cost of one unit (below the price).

    Returns:
        The break-even quantity, rounded up to whole units.

    Examples:
        Fixed costs are 10000, price is 50 and variable cost 30 per unit; how many units to break even? => {"fixed_costs": 10000, "price_per_unit": 50, "variable_cost_per_unit": 30}
        Break-even units with 2500 fixed costs, a 12 price and 7 variable cost per unit? => {"fixed_costs": 2500, "price_per_unit": 12, "variable_cost_per_unit": 7}
    """
    margin = price_per_unit - variable_cost_per_unit
    if margin <= 0:
        raise ValueError("price must exceed the variable cost per unit")
    return -int(-fixed_costs // margin)


def profit_margin(revenue: Annotated[float, {"exclusiveMinimum": 0}], cost: Money) -> dict[str, float]:
    """Profit, margin and markup from revenue and cost.

    Args:
        revenue: Total revenue (positive).
        cost: Total cost.

    Returns:
        profit, margin_percent and markup_percent (markup is 0 when cost is 0).

    Examples:
        With revenue 120 and cost 90, what is my profit margin? => {"revenue": 120, "cost": 90}
        Calculate margin and markup for revenue of 5400 and costs of 3600. => {"revenue": 5400, "cost": 3600}
    """
    profit = revenue - cost
    return {
        "profit": round(profit, 2),
        "margin_percent": round(profit / revenue * 100, 4),
        "markup_percent": round(profit / cost * 100, 4) if cost else 0.0,
    }


def inflation_adjusted_value(amount: Money, inflation_rate: Rate, years: Years) -> float:
    """Purchasing power of an amount after years of constant inflation.

    Args:
        amount: The nominal amount today.
        inflation_rate: Annual inflation rate as a decimal (0.03 for 3%).
        years: Number of years.

    Returns:
        The amount in today's money, rounded to cents.

    Examples:
        What will 100000 be worth in real terms after 20 years of 3% inflation? => {"amount": 100000, "inflation_rate": 0.03, "years": 20}
        Real value of 500 in 5 years at 2.5% inflation? => {"amount": 500, "inflation_rate": 0.025, "years": 5}
    """
    return round(amount / (1 + inflation_rate) ** years, 2)
