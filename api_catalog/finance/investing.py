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
        compound interest 7500 at 3.2% over 6 years, quarterly => {"principal": 7500, "rate": 0.032, "years": 6, "compounding": "quarterly"}
        Could you work out what £12,000 becomes after 8 years at 2.75% compounded daily? => {"principal": 12000, "rate": 0.0275, "years": 8, "compounding": "daily"}
        My parents put 5000 into a savings bond for me at 3.5%, compounded annually. What will it be worth in 18 years? => {"principal": 5000, "rate": 0.035, "years": 18, "compounding": "annually"}
        I'm trying to figure out how big a 20000 nest egg gets if it earns 6% a year for 25 years. => {"principal": 20000, "rate": 0.06, "years": 25}
        We just moved house so money is tight, but quick question: if I leave 3000 in an account paying 4.5% compounded semiannually, what will I have after 7 years? => {"principal": 3000, "rate": 0.045, "years": 7, "compounding": "semiannually"}
        Do you know what 40,000 turns into after 15 years at 7% compounded monthly? => {"principal": 40000, "rate": 0.07, "years": 15, "compounding": "monthly"}
        Suppose 4000 sits in a CD at 3.8% compounded quarterly for 5 years; what's the ending balance? => {"principal": 4000, "rate": 0.038, "years": 5, "compounding": "quarterly"}
        Future value of a 9500 lump sum at 6.25% per year after 12 years? => {"principal": 9500, "rate": 0.0625, "years": 12}
        Wondering what a one-time deposit of 1800 reaches in 4 years at 5.1% interest, compounded semiannually. => {"principal": 1800, "rate": 0.051, "years": 4, "compounding": "semiannually"}
        For my retirement spreadsheet: what does 60000 grow into over 20 years at 6.8% compounded monthly? => {"principal": 60000, "rate": 0.068, "years": 20, "compounding": "monthly"}
    Incomplete:
        How much will my savings grow with compound interest?
        If I invest 5000 at 4% compounded monthly, how much will I end up with?
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
        simple interest 12500, 4.25%, 3 years => {"principal": 12500, "rate": 0.0425, "years": 3}
        I lent my cousin 2000 at 5% simple interest for 1.5 years. How much interest does he owe me? => {"principal": 2000, "rate": 0.05, "years": 1.5}
        Please calculate the simple interest on a 15,000 deposit at 2.8% per year over 6 years. => {"principal": 15000, "rate": 0.028, "years": 6}
        Before I sign anything: the lender charges simple interest of 9% a year on 3500 for 2 years. How much interest is that in total? => {"principal": 3500, "rate": 0.09, "years": 2}
        Just wondering how much interest 750 dollars earns in 4.5 years at 3.75% if it doesn't compound. => {"principal": 750, "rate": 0.0375, "years": 4.5}
        Non-compounding interest on 100000 at 1.2% for 10 years? => {"principal": 100000, "rate": 0.012, "years": 10}
        A 6000 loan charges 7.5% simple interest for 3 years. How much interest accrues? => {"principal": 6000, "rate": 0.075, "years": 3}
        Total interest, no compounding, on 2400 borrowed at 4% per annum over 2 years? => {"principal": 2400, "rate": 0.04, "years": 2}
        If a bond pays 3.25% simple interest on 10000, how much interest does it earn in 5 years? => {"principal": 10000, "rate": 0.0325, "years": 5}
        Work out the simple interest earned by 1200 at 8% a year across 2.5 years. => {"principal": 1200, "rate": 0.08, "years": 2.5}
    Incomplete:
        What's the simple interest on my loan?
        Simple interest on 4000 for 3 years, please.
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
        PV of 25000 due in 8 years, 6% discount => {"future_value": 25000, "rate": 0.06, "years": 8}
        My aunt is leaving me 50,000 in 12 years. Discounting at 4.5%, what's that worth in today's money? => {"future_value": 50000, "rate": 0.045, "years": 12}
        Could you tell me how much I'd need to set aside now to have 8000 in 3 years, assuming 5% a year? => {"future_value": 8000, "rate": 0.05, "years": 3}
        I'm comparing offers and want to know the present value of a 120,000 payout 20 years from now at an 8% rate. => {"future_value": 120000, "rate": 0.08, "years": 20}
        The kids are asleep, finally. Discount 3000 received 1.5 years from now back to today at 2.5%, please. => {"future_value": 3000, "rate": 0.025, "years": 1.5}
        What would 75,000 paid in 10 years be worth today if money earns 6.5% annually? => {"future_value": 75000, "rate": 0.065, "years": 10}
        Today's equivalent of 15000 arriving 6 years from now, discounted at 5.5%? => {"future_value": 15000, "rate": 0.055, "years": 6}
        If a bond repays 1000 in 4 years and my discount rate is 6%, how much should I pay for it now? => {"future_value": 1000, "rate": 0.06, "years": 4}
        I'd like to know the lump sum that, invested now at 4%, grows to 20000 in 15 years. => {"future_value": 20000, "rate": 0.04, "years": 15}
        For a settlement paying 250000 in 3 years, how much is it worth in present terms at a 5% rate? => {"future_value": 250000, "rate": 0.05, "years": 3}
    Incomplete:
        What's the present value of a payment I'll get in the future?
        How much is 10000 received later worth today at 5%?
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
        FV annuity 500 per quarter, 1.5% per quarter, 40 quarters => {"payment": 500, "rate": 0.015, "periods": 40}
        I'm putting 6000 into my IRA at the end of every year for 35 years. If it earns 7% a year, what will the account hold? => {"payment": 6000, "rate": 0.07, "periods": 35}
        Please work out the future value of 150 deposited monthly for 60 months at 0.4% monthly interest. => {"payment": 150, "rate": 0.004, "periods": 60}
        I wonder how much I'd accumulate by saving 2500 a year for 18 years at 4%. => {"payment": 2500, "rate": 0.04, "periods": 18}
        Got a raise today! If I stash 300 at the end of each month for 48 months and earn 0.25% a month, what's the total? => {"payment": 300, "rate": 0.0025, "periods": 48}
        How big will an annuity of 1200 per year get after 25 payments at 5.5%? => {"payment": 1200, "rate": 0.055, "periods": 25}
        Depositing 400 at the end of each quarter for 32 quarters at 1.2% per quarter, what balance builds up? => {"payment": 400, "rate": 0.012, "periods": 32}
        What does a sinking fund reach after 10 annual payments of 5000 at 4.5% per year? => {"payment": 5000, "rate": 0.045, "periods": 10}
        Total accumulated from paying in 250 every month for 84 months, earning 0.6% a month? => {"payment": 250, "rate": 0.006, "periods": 84}
        Say our club puts 750 aside at the end of every year for 12 years and it earns 3% annually. How much is in the pot at the end? => {"payment": 750, "rate": 0.03, "periods": 12}
    Incomplete:
        What will my regular savings grow to?
        If I deposit 200 every month at 0.5% a month, how much will I have?
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
        NPV 12%: -25000, 8000, 9000, 10000, 11000 => {"rate": 0.12, "cash_flows": [-25000, 8000, 9000, 10000, 11000]}
        We'd spend 40,000 on a new oven today and expect it to bring in 12,000, 15,000, 15,000 and 10,000 in the years after. At a 9% discount rate, what's the NPV? => {"rate": 0.09, "cash_flows": [-40000, 12000, 15000, 15000, 10000]}
        Please find the net present value at 6% for cash flows of -800, 200, 250, 300, 350. => {"rate": 0.06, "cash_flows": [-800, 200, 250, 300, 350]}
        I'm deciding whether a project pays off: it costs 60000 now and then returns 25000, 25000 and 25000. What's the NPV at a 7% hurdle rate? => {"rate": 0.07, "cash_flows": [-60000, 25000, 25000, 25000]}
        Our finance meeting got moved to Thursday. Meanwhile, discount -2000, 500, 700, 900, 1100 at 5.5% and give me the NPV. => {"rate": 0.055, "cash_flows": [-2000, 500, 700, 900, 1100]}
        Is -3000, 1000, 1200, 1500 worth it at an 11% discount rate? What's its net present value? => {"rate": 0.11, "cash_flows": [-3000, 1000, 1200, 1500]}
        Discounted at 9.5%, what do the cash flows -1500, 400, 600, 800 net out to today? => {"rate": 0.095, "cash_flows": [-1500, 400, 600, 800]}
        net present value, rate 4%, flows -10000 3000 3500 4000 => {"rate": 0.04, "cash_flows": [-10000, 3000, 3500, 4000]}
        Should we buy a machine that costs 18000 upfront and saves 5000, 6000, 7000 and 8000 in the following years? Give me its NPV at 10%. => {"rate": 0.1, "cash_flows": [-18000, 5000, 6000, 7000, 8000]}
        If capital costs 6.5%, what NPV do the flows -250, 80, 90, 100 give? => {"rate": 0.065, "cash_flows": [-250, 80, 90, 100]}
    Incomplete:
        What's the NPV of my project's cash flows?
        Can you calculate the net present value of the cash flows in my spreadsheet?
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
        IRR -50000 15000 18000 20000 22000 => {"cash_flows": [-50000, 15000, 18000, 20000, 22000]}
        I'm buying a food truck for 30,000 and expect net earnings of 9000, 11000, 12000 and 12000 over the following years. What rate of return does that work out to? => {"cash_flows": [-30000, 9000, 11000, 12000, 12000]}
        Can you calculate the internal rate of return on -7500, 2000, 2500, 3000, 3500? => {"cash_flows": [-7500, 2000, 2500, 3000, 3500]}
        I want to know what annual return I'm really getting: I put in 10000 and got back 3000, 4000, 5000. => {"cash_flows": [-10000, 3000, 4000, 5000]}
        Sorry for the late message, the train was delayed. What's the IRR if the flows are -120000, 30000, 40000, 50000, 60000? => {"cash_flows": [-120000, 30000, 40000, 50000, 60000]}
        Project cash flows: -4000 at the start, then 1500, 1500, 1500. IRR please. => {"cash_flows": [-4000, 1500, 1500, 1500]}
        At what discount rate does -9000, 2500, 3000, 3500, 4000 have zero NPV? => {"cash_flows": [-9000, 2500, 3000, 3500, 4000]}
        Solve for the IRR of the cash flow series -600, 200, 250, 300. => {"cash_flows": [-600, 200, 250, 300]}
        internal rate of return: -15000, 4000, 5000, 6000, 7000 => {"cash_flows": [-15000, 4000, 5000, 6000, 7000]}
        Wondering what yield a rental flat gives if its yearly flows are -85000, 20000, 22000, 24000, 26000, 28000. => {"cash_flows": [-85000, 20000, 22000, 24000, 26000, 28000]}
    Incomplete:
        What's the IRR of my investment?
        Find the internal rate of return for my project's cash flows.
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
        ROI: cost 250, final value 310 => {"gain": 310, "cost": 250}
        We spent 4,200 on a trade show booth and it brought in 6,300 in sales. What was the return on investment in percent? => {"gain": 6300, "cost": 4200}
        Could you give me the percentage return on an investment that cost 12000 and is now worth 15600? => {"gain": 15600, "cost": 12000}
        I'm curious what my ROI is on the old car I fixed up: 3500 in total costs, sold for 5200. => {"gain": 5200, "cost": 3500}
        Happy Friday! I paid 850 for a vintage guitar and just sold it for 1100. What's that as an ROI? => {"gain": 1100, "cost": 850}
        Return on investment if I put in 50000 and got 47500 back? => {"gain": 47500, "cost": 50000}
        Percentage gain on shares bought for 2200 and now valued at 2750? => {"gain": 2750, "cost": 2200}
        An ad campaign cost 900 and generated 1350. What percent return is that? => {"gain": 1350, "cost": 900}
        Tell me the ROI when the outlay was 40000 and the investment ended at 46800. => {"gain": 46800, "cost": 40000}
        If a collectible bought at 120 later sells for 195, how big is my return on investment? => {"gain": 195, "cost": 120}
    Incomplete:
        What's my return on investment?
        I sold my shares for 1800; what's my ROI?
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
        CAGR 1200 to 1850 over 4 years => {"start_value": 1200, "end_value": 1850, "years": 4}
        Our subscriber count went from 8,500 at launch to 21,000 now, 6 years later. What's the compound annual growth rate? => {"start_value": 8500, "end_value": 21000, "years": 6}
        Please tell me the annualised growth rate of a portfolio that went from 40000 to 52000 in 2.5 years. => {"start_value": 40000, "end_value": 52000, "years": 2.5}
        I'd like to know how fast my house value compounded per year: bought at 320000, worth 410000 after 7 years. => {"start_value": 320000, "end_value": 410000, "years": 7}
        I'm writing the annual report tonight, so quick one: sales went from 730000 to 1150000 over 3 years. What's the CAGR? => {"start_value": 730000, "end_value": 1150000, "years": 3}
        What yearly growth rate takes 15 to 60 in 10 years? => {"start_value": 15, "end_value": 60, "years": 10}
        How quickly, per year on average, did a fund compound going from 25000 to 37000 over 4 years? => {"start_value": 25000, "end_value": 37000, "years": 4}
        Annualized growth rate: 640 to 1020 in 5 years? => {"start_value": 640, "end_value": 1020, "years": 5}
        If website traffic climbed from 12000 to 30000 visits across 3.5 years, what annual compounding rate does that imply? => {"start_value": 12000, "end_value": 30000, "years": 3.5}
        Help me figure out the average yearly growth for a stock that rose from 48 to 131 in 8 years. => {"start_value": 48, "end_value": 131, "years": 8}
    Incomplete:
        What's the CAGR of my investment?
        Revenue went from 100000 to 250000; what's the compound annual growth rate?
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
        Fixed costs are 10000, price is 50 and variable cost 20 per unit; how many units to break even? => {"fixed_costs": 10000, "price_per_unit": 50, "variable_cost_per_unit": 20}
        Break-even quantity with 2500 in fixed costs, selling at 12 with a variable cost of 4 per unit? => {"fixed_costs": 2500, "price_per_unit": 12, "variable_cost_per_unit": 4}
        break even: fixed 45000, price 90, variable cost 35 => {"fixed_costs": 45000, "price_per_unit": 90, "variable_cost_per_unit": 35}
        I'm opening a candle shop. Rent and equipment come to 18,000 in fixed costs, each candle sells for 25 and costs me 8 to make. How many candles do I have to sell to break even? => {"fixed_costs": 18000, "price_per_unit": 25, "variable_cost_per_unit": 8}
        Could you figure out how many units we need to sell to cover fixed costs of 120000 if the unit price is 400 and the variable cost is 150? => {"fixed_costs": 120000, "price_per_unit": 400, "variable_cost_per_unit": 150}
        I'm wondering how many tickets the festival has to sell: fixed costs of 75000, tickets at 60, and about 12 per attendee in variable costs. => {"fixed_costs": 75000, "price_per_unit": 60, "variable_cost_per_unit": 12}
        Between meetings today I need one number: with 9,600 fixed costs, a 32 selling price and 10 variable cost, what's the break-even volume? => {"fixed_costs": 9600, "price_per_unit": 32, "variable_cost_per_unit": 10}
        How many mugs at 14 each do I need to sell to break even if the fixed costs are 3,000 and each mug costs 4.50 to make? => {"fixed_costs": 3000, "price_per_unit": 14, "variable_cost_per_unit": 4.5}
        Units required to cover 6500 of overhead when each item sells for 40 and costs 15 to produce? => {"fixed_costs": 6500, "price_per_unit": 40, "variable_cost_per_unit": 15}
        At a price of 22 per unit and a variable cost of 9, how many units pay off fixed costs of 52000? => {"fixed_costs": 52000, "price_per_unit": 22, "variable_cost_per_unit": 9}
        If a bakery's fixed costs run 14000 a month, loaves sell at 6 and ingredients cost 2.5 per loaf, what monthly sales volume breaks even? => {"fixed_costs": 14000, "price_per_unit": 6, "variable_cost_per_unit": 2.5}
        Determine the break-even point in units: fixed costs 200000, unit price 1200, unit variable cost 700. => {"fixed_costs": 200000, "price_per_unit": 1200, "variable_cost_per_unit": 700}
    Incomplete:
        How many units do I need to sell to break even?
        My fixed costs are 10000 and I sell at 50 per unit; what's my break-even point?
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
        profit margin: revenue 980, cost 610 => {"revenue": 980, "cost": 610}
        I sell handmade bags for 145 each and the materials and labour cost me 88. What's my profit and margin per bag? => {"revenue": 145, "cost": 88}
        Please work out the profit, margin and markup if we billed 250000 last quarter against 190000 of costs. => {"revenue": 250000, "cost": 190000}
        Not sure if I'm pricing right: the job paid 3200 and my costs were 2100. What margin is that? => {"revenue": 3200, "cost": 2100}
        The printer is jammed again, anyway: revenue 64,500, costs 51,000. What are the margin and markup? => {"revenue": 64500, "cost": 51000}
        What markup did I put on something I bought for 18 and sold for 30? => {"revenue": 30, "cost": 18}
        Gross margin and markup when sales were 78000 and cost of goods 52000? => {"revenue": 78000, "cost": 52000}
        How profitable was a contract that brought in 15500 and cost 11200 to deliver? => {"revenue": 15500, "cost": 11200}
        If a cafe takes 4200 in a week and spends 3100, what are its profit, margin and markup? => {"revenue": 4200, "cost": 3100}
        Break down profit, margin percent and markup for 960 of revenue against 720 in costs. => {"revenue": 960, "cost": 720}
    Incomplete:
        What's my profit margin?
        Our revenue was 5400 this month; what margin did we make?
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
        1000000 after 30 years at 2% inflation, in today's money => {"amount": 1000000, "inflation_rate": 0.02, "years": 30}
        I'm planning to retire with 800,000 saved in 25 years. If inflation runs at 2.8%, what is that in today's dollars? => {"amount": 800000, "inflation_rate": 0.028, "years": 25}
        Could you tell me what 50 will buy in today's terms 10 years from now, with inflation at 4%? => {"amount": 50, "inflation_rate": 0.04, "years": 10}
        I'm trying to understand how much purchasing power 2500 loses over 8 years if prices rise 6.5% a year. => {"amount": 2500, "inflation_rate": 0.065, "years": 8}
        My landlord just raised the rent, which got me thinking: what's 20000 worth after 12 years of 3.5% inflation? => {"amount": 20000, "inflation_rate": 0.035, "years": 12}
        Inflation-adjusted value of 75000 over 15 years at 2.25%? => {"amount": 75000, "inflation_rate": 0.0225, "years": 15}
        How much buying power will 45000 have after 7 years if inflation averages 3.2%? => {"amount": 45000, "inflation_rate": 0.032, "years": 7}
        In today's money, what would 1500 be worth 6 years out with 5% annual inflation? => {"amount": 1500, "inflation_rate": 0.05, "years": 6}
        Express 250000 received in 18 years in today's dollars, assuming 2.4% inflation. => {"amount": 250000, "inflation_rate": 0.024, "years": 18}
        For a budgeting class, I want to show what 10000 shrinks to in real terms when prices rise 7.5% a year for 4 years. => {"amount": 10000, "inflation_rate": 0.075, "years": 4}
    Incomplete:
        How much will my money be worth after inflation?
        What's 100000 worth in real terms after 20 years?
    """
    return round(amount / (1 + inflation_rate) ** years, 2)
