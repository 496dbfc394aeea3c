"""Everyday arithmetic and algebra."""

import math
from typing import Annotated

NonNeg = Annotated[int, {"minimum": 0, "maximum": 1000}]


def factorial(n: NonNeg) -> int:
    """Compute n! (the product of all positive integers up to n).

    Args:
        n: The non-negative integer whose factorial to compute (0 to 1000).

    Returns:
        n factorial as an integer.

    Examples:
        What is 12 factorial? => {"n": 12}
        Calculate the factorial of 7. => {"n": 7}
        value of 20! => {"n": 20}
        How many different ways can 9 books be lined up on a shelf? => {"n": 9}
        In how many orders could I visit 6 cities on a road trip if I see each city just once? => {"n": 6}
        Any idea what 15 factorial comes out to? It came up in my combinatorics homework. => {"n": 15}
        My kid asked me for the factorial of 10 and I honestly blanked. What is it? => {"n": 10}
        I need the exact value of 25!, every digit. => {"n": 25}
        Number of ways to shuffle 8 distinct cards into a sequence => {"n": 8}
        Evaluate 13! exactly, with no scientific notation. => {"n": 13}
        18 factorial = ? => {"n": 18}
        How large does n! get when n is 30? => {"n": 30}
        In how many possible finishing orders can 7 horses cross the line, with no ties? => {"n": 7}
    Incomplete:
        Can you work out a factorial for me?
        How many ways can I arrange the books on my shelf?
    """
    return math.factorial(n)


def binomial_coefficient(n: NonNeg, k: NonNeg) -> int:
    """Number of ways to choose k items from n without order (n choose k).

    Args:
        n: Size of the set to choose from.
        k: Number of items chosen.

    Returns:
        The binomial coefficient C(n, k); 0 when k > n.

    Examples:
        How many ways can I pick 3 people out of 10? => {"n": 10, "k": 3}
        Compute 52 choose 5. => {"n": 52, "k": 5}
        C(30, 4) => {"n": 30, "k": 4}
        How many different lottery tickets of 6 numbers can be drawn from 49? => {"n": 49, "k": 6}
        Our book club has 12 members and we need a committee of 4. How many possible committees are there? => {"n": 12, "k": 4}
        I'm choosing 2 toppings out of 9 for a pizza; how many combinations is that? => {"n": 9, "k": 2}
        Binomial coefficient with n 20 and k 7, please. => {"n": 20, "k": 7}
        Would you happen to know how many hands of 5 cards can be dealt from a 40-card deck? => {"n": 40, "k": 5}
        number of combinations of 3 from 15 => {"n": 15, "k": 3}
        25 choose 6 equals what? => {"n": 25, "k": 6}
        In how many distinct ways can a panel of 5 be selected from 18 applicants when order doesn't matter? => {"n": 18, "k": 5}
        Wondering how many 3-person teams can be formed out of a class of 24. => {"n": 24, "k": 3}
        If a salad bar offers 11 ingredients and I take 4 of them, how many combinations are possible? => {"n": 11, "k": 4}
    Incomplete:
        How many ways can I choose a committee from our club members?
        Could you compute a binomial coefficient for me?
    """
    return math.comb(n, k)


def permutations_count(n: NonNeg, k: NonNeg) -> int:
    """Number of ordered arrangements of k items taken from n.

    Args:
        n: Size of the set to arrange from.
        k: Number of positions to fill.

    Returns:
        P(n, k) = n! / (n - k)!; 0 when k > n.

    Examples:
        In how many ways can the top 3 places be filled by 8 runners? => {"n": 8, "k": 3}
        How many 2-letter codes with no repeated letter can be made from 26 letters? => {"n": 26, "k": 2}
        P(10, 3) permutations => {"n": 10, "k": 3}
        How many ways can a club of 20 members fill 4 distinct officer posts? => {"n": 20, "k": 4}
        I'm scheduling 5 of my 12 podcast guests into fixed weekly slots and order matters; how many possible line-ups are there? => {"n": 12, "k": 5}
        Work out the number of permutations of 6 items taken 2 at a time. => {"n": 6, "k": 2}
        I wonder how many codes of 4 distinct symbols can be formed from a set of 10 symbols if order matters? => {"n": 10, "k": 4}
        number of ordered selections of 7 from 9 => {"n": 9, "k": 7}
        Count the ordered arrangements of 4 items chosen from 15. => {"n": 15, "k": 4}
        nPr with n = 12 and r = 3 => {"n": 12, "k": 3}
        If 16 runners race and the first 3 finishers get distinct prizes, how many prize outcomes are possible? => {"n": 16, "k": 3}
        Seating 6 of 10 guests in a row of numbered chairs: how many seatings exist? => {"n": 10, "k": 6}
    Incomplete:
        How many ordered arrangements can I make from my set of items?
        In how many ways can the top places in our race be filled?
    """
    return math.perm(n, k)


def gcd_of(numbers: Annotated[list[int], {"minItems": 1}]) -> int:
    """Greatest common divisor of a list of integers.

    Args:
        numbers: The integers (at least one).

    Returns:
        Their greatest common divisor.

    Examples:
        What is the greatest common divisor of 48, 180 and 36? => {"numbers": [48, 180, 36]}
        Find the GCD of 84 and 126. => {"numbers": [84, 126]}
        gcd of 84 and 36 => {"numbers": [84, 36]}
        I have 24 red and 36 blue beads and want identical bracelets using all of them. What is the largest number of bracelets I can make? => {"numbers": [24, 36]}
        What's the highest common factor of 150, 225 and 375? => {"numbers": [150, 225, 375]}
        Could you find the largest number that divides both 1071 and 462? => {"numbers": [1071, 462]}
        I'm cutting boards of 270 cm and 198 cm into equal pieces, as long as possible with no waste. What piece length should I use? => {"numbers": [270, 198]}
        Do you happen to know the HCF of 56 and 98? I am helping my daughter simplify a fraction. => {"numbers": [56, 98]}
        Greatest common factor shared by 144, 240 and 312? => {"numbers": [144, 240, 312]}
        Tell me the biggest integer that divides 462, 1078 and 2002 evenly. => {"numbers": [462, 1078, 2002]}
        Which number is the largest common divisor of 65 and 91? => {"numbers": [65, 91]}
        To reduce the fraction 210/330 to lowest terms, I want the GCD of its numerator and denominator. => {"numbers": [210, 330]}
    Incomplete:
        What is the greatest common divisor of these numbers?
        Could you find the GCD of my two board lengths?
    """
    return math.gcd(*numbers)


def lcm_of(numbers: Annotated[list[int], {"minItems": 1}]) -> int:
    """Least common multiple of a list of integers.

    Args:
        numbers: The integers (at least one).

    Returns:
        Their least common multiple.

    Examples:
        What is the least common multiple of 4, 6 and 15? => {"numbers": [4, 6, 15]}
        Find the LCM of 21 and 6. => {"numbers": [21, 6]}
        lcm of 8, 12 and 18 => {"numbers": [8, 12, 18]}
        Buses leave every 12 minutes and trams every 20 minutes from the same stop. After how many minutes do they leave together again? => {"numbers": [12, 20]}
        What is the lowest common denominator for fractions with denominators 6, 10 and 14? => {"numbers": [6, 10, 14]}
        I need the smallest positive number divisible by 9, 15 and 25. => {"numbers": [9, 15, 25]}
        Lighthouses on the coast flash every 6, 8 and 14 seconds; do you know when they will all flash at the same moment again? => {"numbers": [6, 8, 14]}
        Hot dogs come in packs of 10 and buns in packs of 8. What's the smallest number of hot dogs I can buy so the counts match exactly? => {"numbers": [10, 8]}
        Smallest common multiple of 14, 35 and 10? => {"numbers": [14, 35, 10]}
        Two runners lap a track in 72 and 90 seconds; after how many seconds are they both back at the start together? => {"numbers": [72, 90]}
        least multiple that 16, 24 and 40 all divide into => {"numbers": [16, 24, 40]}
        I'd like the LCM of 27 and 45 so I can add fractions with those denominators. => {"numbers": [27, 45]}
    Incomplete:
        What is the least common multiple of my numbers?
        When will the bus and the tram leave the stop together again?
    """
    return math.lcm(*numbers)


def power_mod(base: int, exponent: Annotated[int, {"minimum": 0}], modulus: Annotated[int, {"minimum": 1}]) -> int:
    """Modular exponentiation: base ** exponent mod modulus.

    Args:
        base: The base.
        exponent: The non-negative exponent.
        modulus: The positive modulus.

    Returns:
        (base ** exponent) % modulus.

    Examples:
        What is 3 to the power 200 modulo 13? => {"base": 3, "exponent": 200, "modulus": 13}
        Compute 7^222 mod 1000. => {"base": 7, "exponent": 222, "modulus": 1000}
        2^100 mod 7 => {"base": 2, "exponent": 100, "modulus": 7}
        For an RSA exercise I need 65 raised to 17 modulo 3233. => {"base": 65, "exponent": 17, "modulus": 3233}
        What's the remainder when 5 to the power of 1000 is divided by 11? => {"base": 5, "exponent": 1000, "modulus": 11}
        Kindly calculate 123456 ^ 789 modulo 1000000007. => {"base": 123456, "exponent": 789, "modulus": 1000000007}
        I'm checking a toy Diffie-Hellman exchange: with generator 5, secret exponent 6 and modulus 23, what public value do I send? => {"base": 5, "exponent": 6, "modulus": 23}
        Before class: 11 to the 35th, mod 97? => {"base": 11, "exponent": 35, "modulus": 97}
        Raise 17 to the 45th power and reduce modulo 101. => {"base": 17, "exponent": 45, "modulus": 101}
        modular exponentiation: base 9, exponent 300, mod 19 => {"base": 9, "exponent": 300, "modulus": 19}
        If I take 4 to the 500th power and divide by 33, what remainder is left? => {"base": 4, "exponent": 500, "modulus": 33}
        Determine 12 ** 64 mod 77 without overflowing. => {"base": 12, "exponent": 64, "modulus": 77}
    Incomplete:
        Raise 3 to the power 200 and reduce it modulo the prime from my homework sheet.
        Can you do a modular exponentiation for me?
    """
    return pow(base, exponent, modulus)


def nth_root(x: Annotated[float, {"minimum": 0}], n: Annotated[int, {"minimum": 1}]) -> float:
    """The real n-th root of a non-negative number.

    Args:
        x: The non-negative radicand.
        n: The root degree (2 for square root, 3 for cube root, ...).

    Returns:
        x ** (1/n), rounded to 10 decimals.

    Examples:
        What is the 3rd root of 343? => {"x": 343, "n": 3}
        Find the 4th root of 81. => {"x": 81, "n": 4}
        5th root of 3125 => {"x": 3125, "n": 5}
        I need the 6th root of 2.5 for a growth calculation. => {"x": 2.5, "n": 6}
        My portfolio grew by a factor of 1.8 over 7 years. What yearly growth factor does that correspond to? => {"x": 1.8, "n": 7}
        Give me the 12th root of 2, please. => {"x": 2, "n": 12}
        Any chance you could tell me the 3rd root of 0.125? => {"x": 0.125, "n": 3}
        What number raised to the 4th power gives 1296? => {"x": 1296, "n": 4}
        Take the 7th root of 128. => {"x": 128, "n": 7}
        Which value x satisfies x^5 = 243? => {"x": 243, "n": 5}
        root of 1024 with degree 10 => {"x": 1024, "n": 10}
        For a geometric mean I want the 6th root of 5.4. => {"x": 5.4, "n": 6}
    Incomplete:
        What is the 5th root of my number?
        Could you compute a higher-order root for me?
    """
    return round(x ** (1.0 / n), 10)


def percentage_of(percent: float, value: float) -> float:
    """Compute a percentage of a value.

    Args:
        percent: The percentage (15 for 15%).
        value: The value to take the percentage of.

    Returns:
        percent% of value.

    Examples:
        What is 15 percent of 240? => {"percent": 15, "value": 240}
        Calculate 7.5% of 1200. => {"percent": 7.5, "value": 1200}
        18% of 64.50 => {"percent": 18, "value": 64.5}
        My salary is 52000 and I put 6% into my pension. How much is that a year? => {"percent": 6, "value": 52000}
        Work out 12.5 percent of 880 for me. => {"percent": 12.5, "value": 880}
        A jacket costs 120 and there's 30% off. How much is the discount? => {"percent": 30, "value": 120}
        Sales tax here is 8.25%; do you know how much tax I pay on a 349 purchase? => {"percent": 8.25, "value": 349}
        The recipe needs 60 g of butter but I only want to make 85% of it; how much butter is that? => {"percent": 85, "value": 60}
        How much is 22% of 950? => {"percent": 22, "value": 950}
        Tip of 20 percent on a bill of 86.40: how much is that? => {"percent": 20, "value": 86.4}
        Out of 3200 survey responses, 35% said yes; how many responses is that? => {"value": 3200, "percent": 35}
        If a 5% commission applies to a sale of 18500, what does the agent earn? => {"percent": 5, "value": 18500}
    Incomplete:
        What is 15 percent of my monthly salary?
        How much is the discount on this jacket?
    """
    return round(value * percent / 100.0, 10)


def percent_change(old: Annotated[float, {"not": {"const": 0}}], new: float) -> float:
    """Percentage change from an old value to a new value.

    Args:
        old: The starting value (non-zero).
        new: The final value.

    Returns:
        The change in percent, rounded to 4 decimals (negative for a decrease).

    Examples:
        By what percent did the price change from 80 to 92? => {"old": 80, "new": 92}
        What's the percentage change from 250 to 200? => {"old": 250, "new": 200}
        % change 1450 to 1620 => {"old": 1450, "new": 1620}
        Our website had 12400 visitors last month and 15100 this month; what is the percent change? => {"old": 12400, "new": 15100}
        I weighed 92.5 kg in January and 86.3 kg now. How much did my weight change in percent? => {"old": 92.5, "new": 86.3}
        The stock closed at 48.20 yesterday and 45.10 today; please give me the percentage move. => {"old": 48.2, "new": 45.1}
        Rent changed from 1200 to 1350 a month. What's that as a percentage? => {"old": 1200, "new": 1350}
        Would you calculate the relative change, in percent, from an old value of 40 to a new value of 30? => {"old": 40, "new": 30}
        How big a percentage increase or decrease is going from 64 to 80? => {"old": 64, "new": 80}
        Subscribers went from 3500 to 2975 this quarter; express the shift as a percent. => {"old": 3500, "new": 2975}
        relative change between 0.85 and 1.02, in % => {"old": 0.85, "new": 1.02}
        If a ticket that used to cost 45 now costs 54, by how many percent has its price changed? => {"old": 45, "new": 54}
    Incomplete:
        By what percent did my rent change this year?
        What is the percentage change in our website visitors?
    """
    return round((new - old) / abs(old) * 100.0, 4)


def quadratic_roots(a: Annotated[float, {"not": {"const": 0}}], b: float, c: float) -> dict[str, object]:
    """Solve a*x^2 + b*x + c = 0.

    Args:
        a: Coefficient of x squared (non-zero).
        b: Coefficient of x.
        c: Constant term.

    Returns:
        The discriminant and the roots; complex roots are given as [real, imaginary] pairs.

    Examples:
        Solve the quadratic equation with a=1, b=-5 and c=6. => {"a": 1, "b": -5, "c": 6}
        Find the roots of the quadratic with coefficients a 2, b 4 and c 10. => {"a": 2, "b": 4, "c": 10}
        roots of the polynomial 3x²-7x+2 => {"a": 3, "b": -7, "c": 2}
        For a projectile problem the height is -4.9t² + 12t + 1.5 metres. When does the ball hit the ground? => {"a": -4.9, "b": 12, "c": 1.5}
        I need the discriminant and roots for the quadratic with coefficients 4, -12 and 9. => {"a": 4, "b": -12, "c": 9}
        I'm trying to figure out whether setting 1.5x² + 2x + 3 to zero has any real solutions. => {"a": 1.5, "b": 2, "c": 3}
        Find the zeros of 6x² + 11x -10, please. => {"a": 6, "b": 11, "c": -10}
        My homework says a = -2, b = 3, c = 5; what values of x make the quadratic zero? => {"a": -2, "b": 3, "c": 5}
        Quadratic with leading coefficient 5, linear coefficient -2 and constant -3: give its solutions. => {"a": 5, "b": -2, "c": -3}
        Does the equation with a = 1, b = 2, c = 5 have real roots or complex ones, and what are they? => {"a": 1, "b": 2, "c": 5}
        x-intercepts of a parabola whose coefficients are a=-1, b=4, c=12 => {"a": -1, "b": 4, "c": 12}
        If the coefficients are 3, 6 and -9 (for x², x and the constant), what solutions does the equation have? => {"a": 3, "b": 6, "c": -9}
    Incomplete:
        Can you solve my quadratic equation?
        What are the roots of a quadratic whose x coefficient is 4 and constant is 9?
    """
    disc = b * b - 4 * a * c
    if disc >= 0:
        r = math.sqrt(disc)
        roots: list[object] = sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)})
        return {"discriminant": disc, "real": True, "roots": [round(float(x), 10) for x in roots]}
    re, im = -b / (2 * a), math.sqrt(-disc) / (2 * a)
    return {"discriminant": disc, "real": False, "roots": [[round(re, 10), round(im, 10)], [round(re, 10), round(-im, 10)]]}


def arithmetic_series_sum(first: float, difference: float, terms: Annotated[int, {"minimum": 1, "maximum": 10000000}]) -> float:
    """Sum of an arithmetic progression.

    Args:
        first: The first term.
        difference: The common difference between consecutive terms.
        terms: How many terms to add.

    Returns:
        The sum of the first `terms` terms.

    Examples:
        Sum the first 100 terms of the sequence that starts at 3 and goes up by 1 each time. => {"first": 3, "difference": 1, "terms": 100}
        What is the sum of 20 terms starting at 5 with a common difference of 3? => {"first": 5, "difference": 3, "terms": 20}
        arithmetic series sum, first term 7, difference 4, 15 terms => {"first": 7, "difference": 4, "terms": 15}
        I save 50 in the first week and 5 more each week after that. How much will I have saved after 52 weeks? => {"first": 50, "difference": 5, "terms": 52}
        A theatre has 22 seats in the front row and each row behind has 2 more; how many seats are there in 25 rows? => {"first": 22, "difference": 2, "terms": 25}
        Add up 12 terms of an arithmetic progression that starts at 100 with common difference -7. => {"first": 100, "difference": -7, "terms": 12}
        Could you give me the total of 40 terms of an arithmetic sequence beginning at 2.5 with step 0.5? => {"first": 2.5, "difference": 0.5, "terms": 40}
        I'm training for a race: 3 km on the first day and 0.25 km more every day after. What's my total distance over 30 days? => {"first": 3, "difference": 0.25, "terms": 30}
        Total of an arithmetic progression with 30 terms, initial term 4 and step 6? => {"first": 4, "difference": 6, "terms": 30}
        Starting from 15 with a common difference of -2, what do the first 8 terms sum to? => {"first": 15, "difference": -2, "terms": 8}
        series sum: a1 = 9, d = 2.5, n = 24 => {"first": 9, "difference": 2.5, "terms": 24}
        If a gym membership costs 30 in the first month and rises by 2 every month, what is the total paid over 24 months? => {"first": 30, "difference": 2, "terms": 24}
    Incomplete:
        What is the sum of an arithmetic series starting at 5 with common difference 3?
        How much will I have saved in total if I add a bit more each week?
    """
    return terms * (2 * first + (terms - 1) * difference) / 2


def geometric_series_sum(first: float, ratio: float, terms: Annotated[int, {"minimum": 1, "maximum": 10000}]) -> float:
    """Sum of a geometric progression.

    Args:
        first: The first term.
        ratio: The common ratio between consecutive terms.
        terms: How many terms to add.

    Returns:
        The sum of the first `terms` terms, rounded to 10 decimals.

    Examples:
        Add up 10 terms of a geometric series starting at 1 with ratio 2. => {"first": 1, "ratio": 2, "terms": 10}
        What is the sum of 6 terms starting at 3 with common ratio 0.5? => {"first": 3, "ratio": 0.5, "terms": 6}
        sum of 8 terms of a geometric series starting at 2 with ratio 3 => {"first": 2, "ratio": 3, "terms": 8}
        A ball dropped from 10 m bounces back to 0.6 of its previous height each time. What is the sum of the first 8 drop heights? => {"first": 10, "ratio": 0.6, "terms": 8}
        Sum 12 terms of the geometric progression with first term 500 and ratio 1.1. => {"first": 500, "ratio": 1.1, "terms": 12}
        My pay starts at 40000 and grows by a factor of 1.03 each year; what's my total pay over 20 years? => {"first": 40000, "ratio": 1.03, "terms": 20}
        Can you tell me the sum of 9 terms of a geometric sequence whose first term is 4 and ratio is -2? => {"first": 4, "ratio": -2, "terms": 9}
        I'm trying to figure out what 15 terms add up to when the first is 0.8 and each term is 1.2 times the one before. => {"first": 0.8, "ratio": 1.2, "terms": 15}
        Geometric progression: first term 5, ratio 4, 7 terms. Sum? => {"first": 5, "ratio": 4, "terms": 7}
        A chain letter goes to 200 people, and each round reaches 1.5 times as many as the round before. How many letters go out over 6 rounds in total? => {"first": 200, "ratio": 1.5, "terms": 6}
        Determine the partial sum S_n for n = 10, a = 7 and r = 0.75. => {"terms": 10, "first": 7, "ratio": 0.75}
        Adding up 16 terms that begin at 0.25 with each term 1.5 times the last, what total do I get? => {"terms": 16, "first": 0.25, "ratio": 1.5}
    Incomplete:
        What is the sum of a geometric series with first term 3 and ratio 0.5?
        Can you add up the terms of my geometric progression?
    """
    if ratio == 1:
        return first * terms
    return round(first * (1 - ratio**terms) / (1 - ratio), 10)
