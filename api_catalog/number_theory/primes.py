"""Primes, divisors and integer sequences."""

import math
from typing import Annotated

PosInt = Annotated[int, {"minimum": 1, "maximum": 1000000000000}]


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    if n in small:
        return True
    if any(n % p == 0 for p in small):
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def is_prime(n: Annotated[int, {"minimum": 0}]) -> bool:
    """Test whether an integer is prime (deterministic Miller-Rabin).

    Args:
        n: The non-negative integer to test.

    Returns:
        True if n is prime.

    Examples:
        Is 97 a prime number? => {"n": 97}
        Check whether 1000001 is prime. => {"n": 1000001}
    """
    return _is_prime(n)


def prime_factors(n: Annotated[int, {"minimum": 2, "maximum": 1000000000000}]) -> list[int]:
    """Prime factorisation of an integer, with multiplicity, in ascending order.

    Args:
        n: The integer to factor (2 to 10^12).

    Returns:
        The prime factors, repeated according to multiplicity.

    Examples:
        What are the prime factors of 360? => {"n": 360}
        Factorize 9991 into primes. => {"n": 9991}
    """
    out: list[int] = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out


def nth_prime(n: Annotated[int, {"minimum": 1, "maximum": 200000}]) -> int:
    """The n-th prime number (the 1st is 2).

    Args:
        n: Position of the prime in the sequence, from 1.

    Returns:
        The n-th prime.

    Examples:
        What is the 100th prime number? => {"n": 100}
        Give me the 25th prime. => {"n": 25}
    """
    limit = max(15, int(n * (math.log(n) + math.log(math.log(n + 2)) + 2)))
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytearray(len(range(i * i, limit + 1, i)))
    count = 0
    for i, flag in enumerate(sieve):
        if flag:
            count += 1
            if count == n:
                return i
    raise ValueError("limit too small")


def primes_up_to(limit: Annotated[int, {"minimum": 2, "maximum": 100000}]) -> list[int]:
    """All primes less than or equal to a limit (sieve of Eratosthenes).

    Args:
        limit: Upper bound, inclusive (2 to 100000).

    Returns:
        The primes up to limit, ascending.

    Examples:
        List all primes up to 50. => {"limit": 50}
        Which prime numbers are there below 30? => {"limit": 30}
    """
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i :: i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(sieve) if f]


def next_prime(n: Annotated[int, {"minimum": 0, "maximum": 1000000000000}]) -> int:
    """The smallest prime strictly greater than n.

    Args:
        n: The starting integer.

    Returns:
        The next prime after n.

    Examples:
        What is the first prime after 100? => {"n": 100}
        Find the next prime number greater than 7919. => {"n": 7919}
    """
    k = n + 1
    while not _is_prime(k):
        k += 1
    return k


def euler_totient(n: PosInt) -> int:
    """Euler's totient: how many integers in 1..n are coprime to n.

    Args:
        n: The positive integer.

    Returns:
        phi(n).

    Examples:
        Compute Euler's totient of 36. => {"n": 36}
        What is phi(97)? => {"n": 97}
    """
    result, m, p = n, n, 2
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


def divisors(n: Annotated[int, {"minimum": 1, "maximum": 10000000000}]) -> list[int]:
    """All positive divisors of n, ascending.

    Args:
        n: The positive integer.

    Returns:
        Its divisors.

    Examples:
        List the divisors of 60. => {"n": 60}
        What numbers divide 97 evenly? => {"n": 97}
    """
    small, large = [], []
    for d in range(1, math.isqrt(n) + 1):
        if n % d == 0:
            small.append(d)
            if d != n // d:
                large.append(n // d)
    return small + large[::-1]


def is_perfect_number(n: Annotated[int, {"minimum": 1, "maximum": 10000000000}]) -> bool:
    """Whether n equals the sum of its proper divisors.

    Args:
        n: The positive integer to test.

    Returns:
        True if n is perfect (6, 28, 496, ...).

    Examples:
        Is 28 a perfect number? => {"n": 28}
        Check if 496 is perfect. => {"n": 496}
    """
    return n > 1 and sum(divisors(n)) - n == n


def fibonacci_number(n: Annotated[int, {"minimum": 0, "maximum": 10000}]) -> int:
    """The n-th Fibonacci number, with F(0) = 0 and F(1) = 1.

    Args:
        n: Index in the Fibonacci sequence.

    Returns:
        F(n).

    Examples:
        What is the 30th Fibonacci number? => {"n": 30}
        Compute Fibonacci number 90. => {"n": 90}
    """
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def collatz_steps(n: PosInt) -> int:
    """Number of Collatz steps to reach 1 (halve if even, 3n+1 if odd).

    Args:
        n: The positive starting integer.

    Returns:
        How many steps it takes to reach 1.

    Examples:
        How many Collatz steps does 27 take? => {"n": 27}
        Count the Collatz sequence steps starting from 97. => {"n": 97}
    """
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def digit_sum(n: int, repeated: bool = False) -> int:
    """Sum of the decimal digits of an integer.

    Args:
        n: The integer (its sign is ignored).
        repeated: If true, keep summing until one digit is left (the digital root).

    Returns:
        The digit sum (or the digital root).

    Examples:
        What is the sum of the digits of 98765? => {"n": 98765}
        Find the digital root of 493193 by summing digits repeatedly. => {"n": 493193, "repeated": true}
    """
    n = abs(n)
    s = sum(int(c) for c in str(n))
    while repeated and s >= 10:
        s = sum(int(c) for c in str(s))
    return s


def is_armstrong_number(n: Annotated[int, {"minimum": 0}]) -> bool:
    """Whether n equals the sum of its digits each raised to the number of digits.

    Args:
        n: The non-negative integer.

    Returns:
        True for Armstrong (narcissistic) numbers such as 153.

    Examples:
        Is 153 an Armstrong number? => {"n": 153}
        Check whether 9474 is a narcissistic number. => {"n": 9474}
    """
    digits = str(n)
    return sum(int(d) ** len(digits) for d in digits) == n
