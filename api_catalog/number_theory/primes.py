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
        is 7919 prime => {"n": 7919}
        I want to use 2147483647 as my hash table size, but only if it is prime. Is it? => {"n": 2147483647}
        Any idea if 561 is a prime or not? => {"n": 561}
        Tell me whether 104729 is prime, please. => {"n": 104729}
        Quick sanity check before my exam: 91, prime or composite? => {"n": 91}
        My locker number is 337 and my friend says it is prime; is she right? => {"n": 337}
        Does 7331 have any divisors besides one and itself? => {"n": 7331}
        primality of 65537 => {"n": 65537}
        Determine if 1299709 is a prime. => {"n": 1299709}
        If I use 1009 as a modulus, will it be prime? => {"n": 1009}
    Incomplete:
        Is my lucky number prime?
        Can you check whether the number on my locker is a prime?
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
        prime factorization 1001 => {"n": 1001}
        Break 84 down into its prime factors, please. => {"n": 84}
        I'm simplifying a square root and need the prime factors of 7200. => {"n": 7200}
        Which primes multiply together to give 999999? => {"n": 999999}
        What is the prime factorisation of 600851475143? => {"n": 600851475143}
        My car's odometer just hit 123456. Out of curiosity, how does it factor into primes? => {"n": 123456}
        Decompose 2310 into prime factors. => {"n": 2310}
        How does 4096 split into primes, counting repeated ones? => {"n": 4096}
        prime decomposition of 123123 => {"n": 123123}
        For reducing a fraction I'd like 5040 written as a product of primes. => {"n": 5040}
    Incomplete:
        What are the prime factors of my number?
        Could you factorize a number into primes for me?
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
        10001st prime => {"n": 10001}
        Which prime comes 50th in the list of primes? => {"n": 50}
        For a hashing exercise I need the 1000th prime number. => {"n": 1000}
        I forgot which number is the 7th prime. Can you remind me? => {"n": 7}
        Please find the 500th number in the sequence of primes. => {"n": 500}
        My puzzle's final answer is the 12th prime. What is it? => {"n": 12}
        Tell me the 200th prime. => {"n": 200}
        prime at position 75 => {"n": 75}
        Counting along the sequence of primes, which one sits in position 333? => {"n": 333}
        Wondering what the 1500th prime turns out to be. => {"n": 1500}
    Incomplete:
        Which prime is at the position I need?
        Can you find a prime by its position in the sequence?
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
        Which prime numbers are no greater than 30? => {"limit": 30}
        primes up to 100 => {"limit": 100}
        Please give me every prime not exceeding 200. => {"limit": 200}
        I'm making a worksheet and need all the prime numbers less than or equal to 60. => {"limit": 60}
        Could you name all the primes up to and including 97? => {"limit": 97}
        Sieve of Eratosthenes up to 1000, please. => {"limit": 1000}
        My son wants the primes through 40 on a poster; can you list them? => {"limit": 40}
        Enumerate every prime at most 150. => {"limit": 150}
        Show me which numbers up to 500 are prime. => {"limit": 500}
        all primes ≤ 80 => {"limit": 80}
        For a factoring exercise, I'd like a table of primes no bigger than 250. => {"limit": 250}
    Incomplete:
        List all the primes up to my limit.
        Can you run a sieve of Eratosthenes for me?
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
        next prime after 1000000 => {"n": 1000000}
        I need a prime larger than 5000 for a hash table; what is the smallest one? => {"n": 5000}
        What's the smallest prime bigger than 89? => {"n": 89}
        I'd like to know the first prime that comes after 2024. => {"n": 2024}
        Would you know the next prime past 999? => {"n": 999}
        Bloom filter sizing question: which is the nearest prime above 65536? => {"n": 65536}
        Which prime immediately follows 1000? => {"n": 1000}
        smallest prime exceeding 4000 => {"n": 4000}
        If my counter stands at 12345, what is the first prime beyond it? => {"n": 12345}
        Give the nearest prime strictly larger than 77777. => {"n": 77777}
    Incomplete:
        What is the next prime after my number?
        Can you find the smallest prime larger than our current table size?
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
        totient 1000 => {"n": 1000}
        How many positive integers up to 60 share no common factor with it? => {"n": 60}
        For my RSA example with n = 3233, what's Euler's phi? => {"n": 3233}
        Compute φ(120) for me. => {"n": 120}
        I'm counting reduced residues modulo 45; do you know how many there are? => {"n": 45}
        Euler's totient function for 9973, please. => {"n": 9973}
        Count the integers up to 84 that are relatively prime to it. => {"n": 84}
        How big is the multiplicative group modulo 35? => {"n": 35}
        phi of 2024 => {"n": 2024}
        Wondering what Euler's phi gives for 561. => {"n": 561}
    Incomplete:
        What is Euler's totient of my RSA modulus?
        Can you compute phi of a number for me?
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
        factors of 36 => {"n": 36}
        I baked 48 cupcakes and want to split them evenly into boxes. Which box counts work? => {"n": 48}
        Please list every positive divisor of 1000. => {"n": 1000}
        Can you give me all the factors of 144? I'm looking for possible grid layouts. => {"n": 144}
        My class of 30 students needs equal-sized groups; what group sizes are possible? => {"n": 30}
        Show me all divisors of 9699690. => {"n": 9699690}
        Which whole numbers go into 360 with no remainder? => {"n": 360}
        all divisors of 2520 => {"n": 2520}
        Enumerate the positive factors of 1024. => {"n": 1024}
        If I want to arrange 72 chairs in equal rows, which row lengths work? => {"n": 72}
    Incomplete:
        What are all the divisors of my number?
        Which group sizes split my class evenly?
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
        is 8128 perfect => {"n": 8128}
        Does 12 equal the sum of its proper divisors? => {"n": 12}
        My math teacher said 33550336 is a perfect number; is that true? => {"n": 33550336}
        I wonder whether 220 counts as a perfect number. => {"n": 220}
        Tell me if 100 is a perfect number. => {"n": 100}
        I'm writing a quiz about perfect numbers. Is 945 one of them? => {"n": 945}
        Is 120 equal to the sum of its proper divisors? => {"n": 120}
        perfect-number test for 2096128 => {"n": 2096128}
        Would 130816 qualify as a perfect number? => {"n": 130816}
        Curious whether 8000 is perfect or not. => {"n": 8000}
    Incomplete:
        Is my number a perfect number?
        Can you check whether a number equals the sum of its proper divisors?
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
        fib(50) => {"n": 50}
        Please give me Fibonacci term 100. => {"n": 100}
        My rabbit-breeding puzzle needs the Fibonacci number at index 12; what is it? => {"n": 12}
        What does F(20) come to in the Fibonacci sequence? => {"n": 20}
        For coding interview prep, what's the 40th Fibonacci number? => {"n": 40}
        Quick, before my lecture starts: Fibonacci of 1000? => {"n": 1000}
        Which number sits at position 75 in the Fibonacci sequence, starting from zero? => {"n": 75}
        F(n) for n = 64 => {"n": 64}
        Work out Fibonacci entry 200 for me. => {"n": 200}
        I'd like to know how large the 80th Fibonacci number gets. => {"n": 80}
    Incomplete:
        What is the Fibonacci number at the index I need?
        Can you compute a Fibonacci number for me?
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
        collatz 871 => {"n": 871}
        Starting at 6 and following the Collatz rule, how many steps does it take to finish? => {"n": 6}
        Please count the hailstone sequence steps for 77031. => {"n": 77031}
        Any idea how long the Collatz chain of 9 is, in steps? => {"n": 9}
        My kid is playing the Collatz halving game starting from 7; how many moves until it ends? => {"n": 7}
        I'm testing my Collatz code: how many steps does 837799 need? => {"n": 837799}
        Follow the Collatz rule from 255; after how many steps does it terminate? => {"n": 255}
        hailstone step count, n = 703 => {"n": 703}
        Wondering how many iterations 650 needs to settle under Collatz. => {"n": 650}
        If you start the Collatz sequence at 1161, how many moves before it stops? => {"n": 1161}
    Incomplete:
        How many Collatz steps does my starting number take?
        Can you count the hailstone steps for a number?
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
        digit sum 2024 => {"n": 2024}
        Add up all the digits in 123456789 for me. => {"n": 123456789}
        I'm double-checking a divisibility trick: what's the digital root of 87654? => {"n": 87654, "repeated": true}
        What do the digits of -4512 add up to? => {"n": -4512}
        Please keep adding the digits of 999999 until a single digit is left. => {"n": 999999, "repeated": true}
        For a numerology chart I need the plain digit sum of 19900514, just once and not reduced further. => {"n": 19900514, "repeated": false}
        Total the digits of 5550123. => {"n": 5550123}
        digital root of 77889 => {"n": 77889, "repeated": true}
        How much do the digits of 31415926 sum to? => {"n": 31415926}
        If I reduce 6543210 by summing its digits over and over, which single digit do I get? => {"n": 6543210, "repeated": true}
    Incomplete:
        What is the digit sum of my phone number?
        Can you find the digital root of a number for me?
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
        armstrong 370 => {"n": 370}
        Is 407 equal to the sum of its digits each raised to the number of digits? => {"n": 407}
        Would 100 count as a narcissistic number? => {"n": 100}
        Please check if 8208 is an Armstrong number; it's for a coding kata. => {"n": 8208}
        I'm generating test cases. Is 1634 narcissistic? => {"n": 1634}
        My friend claims 548834 is an Armstrong number. True? => {"n": 548834}
        Does 371 qualify as narcissistic? => {"n": 371}
        narcissistic number test: 9475 => {"n": 9475}
        Tell me whether raising each digit of 54748 to the power of the digit count gives back the number. => {"n": 54748}
        Curious whether 92727 counts as an Armstrong number. => {"n": 92727}
    Incomplete:
        Is my number an Armstrong number?
        Can you check whether a number is narcissistic?
    """
    digits = str(n)
    return sum(int(d) ** len(digits) for d in digits) == n
