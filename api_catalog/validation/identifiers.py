"""Check-digit and format validation of common identifiers."""

import re
from typing import Annotated

Digits = Annotated[str, {"pattern": "^[0-9 -]+$", "maxLength": 64}]


def _luhn_sum(digits: str) -> int:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total


def luhn_check(number: Digits) -> dict[str, object]:
    """Validate a number (credit card, IMEI) with the Luhn checksum.

    Args:
        number: The digits; spaces and hyphens are ignored.

    Returns:
        valid, and the card network guessed from the prefix.

    Examples:
        Is the card number 4539 1488 0343 6467 valid? => {"number": "4539 1488 0343 6467"}
        Check the Luhn checksum of 79927398713. => {"number": "79927398713"}
    """
    d = re.sub(r"[ -]", "", number)
    if not d:
        raise ValueError("no digits given")
    network = "visa" if d.startswith("4") else "mastercard" if re.match(r"5[1-5]|2[2-7]", d) else "amex" if re.match(r"3[47]", d) else "unknown"
    return {"valid": _luhn_sum(d) % 10 == 0, "network": network}


def luhn_check_digit(partial_number: Annotated[str, {"pattern": "^[0-9]+$", "maxLength": 63}]) -> int:
    """Luhn check digit to append to a number.

    Args:
        partial_number: The digits without their check digit.

    Returns:
        The check digit, 0-9.

    Examples:
        What check digit completes 7992739871? => {"partial_number": "7992739871"}
        Compute the Luhn digit for 453914880343646. => {"partial_number": "453914880343646"}
    """
    return (10 - _luhn_sum(partial_number + "0") % 10) % 10


def isbn10_check(isbn: Annotated[str, {"pattern": "^[0-9Xx -]+$", "maxLength": 20}]) -> bool:
    """Validate an ISBN-10.

    Args:
        isbn: The ISBN-10; hyphens and spaces are ignored; X is a valid final digit.

    Returns:
        True if valid.

    Examples:
        Is 0-306-40615-2 a valid ISBN-10? => {"isbn": "0-306-40615-2"}
        Validate the ISBN 0-8044-2957-X. => {"isbn": "0-8044-2957-X"}
    """
    s = re.sub(r"[ -]", "", isbn).upper()
    if not re.fullmatch(r"[0-9]{9}[0-9X]", s):
        return False
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0


def isbn13_check(isbn: Digits) -> bool:
    """Validate an ISBN-13 (or any EAN-13 barcode).

    Args:
        isbn: The 13 digits; hyphens and spaces are ignored.

    Returns:
        True if valid.

    Examples:
        Check whether 978-0-306-40615-7 is a valid ISBN-13. => {"isbn": "978-0-306-40615-7"}
        Is 9780143127550 valid? => {"isbn": "9780143127550"}
    """
    s = re.sub(r"[ -]", "", isbn)
    if not re.fullmatch(r"[0-9]{13}", s):
        return False
    return sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(s)) % 10 == 0


def isbn10_to_isbn13(isbn10: Annotated[str, {"pattern": "^[0-9Xx -]+$", "maxLength": 20}]) -> str:
    """Convert a valid ISBN-10 to its ISBN-13.

    Args:
        isbn10: The ISBN-10.

    Returns:
        The 13-digit ISBN without hyphens.

    Examples:
        Convert ISBN-10 0-306-40615-2 to ISBN-13. => {"isbn10": "0-306-40615-2"}
        What's the 13-digit ISBN for 0143127551? => {"isbn10": "0143127551"}
    """
    if not isbn10_check(isbn10):
        raise ValueError(f"{isbn10!r} is not a valid ISBN-10")
    core = "978" + re.sub(r"[ -]", "", isbn10)[:9]
    check = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core)) % 10) % 10
    return core + str(check)


def iban_check(iban: Annotated[str, {"pattern": "^[A-Za-z0-9 ]+$", "maxLength": 42}]) -> dict[str, object]:
    """Validate an IBAN with the ISO 13616 mod-97 check.

    Args:
        iban: The IBAN; spaces are ignored.

    Returns:
        valid, country code and the normalised IBAN.

    Examples:
        Is GB82 WEST 1234 5698 7654 32 a valid IBAN? => {"iban": "GB82 WEST 1234 5698 7654 32"}
        Validate the IBAN DE89370400440532013000. => {"iban": "DE89370400440532013000"}
    """
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", s):
        return {"valid": False, "country": s[:2], "iban": s}
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return {"valid": int(digits) % 97 == 1, "country": s[:2], "iban": s}


def email_check(email: Annotated[str, {"maxLength": 320}]) -> dict[str, object]:
    """Check an e-mail address's syntax (practical subset of RFC 5322).

    Args:
        email: The address.

    Returns:
        valid, local part and domain.

    Examples:
        Is "john.doe@example.com" a valid email? => {"email": "john.doe@example.com"}
        Validate the email address "bad@@example..com". => {"email": "bad@@example..com"}
    """
    m = re.fullmatch(r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})", email)
    if not m or len(m.group(1)) > 64:
        return {"valid": False, "local": None, "domain": None}
    return {"valid": True, "local": m.group(1), "domain": m.group(2).lower()}


def vin_check(vin: Annotated[str, {"pattern": "^[A-HJ-NPR-Za-hj-npr-z0-9]{17}$"}]) -> bool:
    """Validate a North American vehicle identification number's check digit.

    Args:
        vin: The 17-character VIN (no I, O or Q).

    Returns:
        True if the 9th character matches the computed check digit.

    Examples:
        Is 1M8GDM9AXKP042788 a valid VIN? => {"vin": "1M8GDM9AXKP042788"}
        Check the VIN 11111111111111111. => {"vin": "11111111111111111"}
    """
    values = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = vin.upper()
    total = sum((int(c) if c.isdigit() else values[c]) * w for c, w in zip(s, weights))
    check = total % 11
    return s[8] == ("X" if check == 10 else str(check))


def aba_routing_check(routing_number: Annotated[str, {"pattern": "^[0-9]{9}$"}]) -> bool:
    """Validate a US ABA bank routing number's checksum.

    Args:
        routing_number: The nine-digit routing number.

    Returns:
        True if valid.

    Examples:
        Is 011000015 a valid routing number? => {"routing_number": "011000015"}
        Validate ABA routing number 123456789. => {"routing_number": "123456789"}
    """
    d = [int(c) for c in routing_number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def password_strength(password: Annotated[str, {"minLength": 1, "maxLength": 256}]) -> dict[str, object]:
    """Estimate a password's strength from length and character variety.

    Args:
        password: The password to rate.

    Returns:
        entropy_bits, a rating (very weak ... very strong) and improvement hints.

    Examples:
        How strong is the password "Tr0ub4dor&3"? => {"password": "Tr0ub4dor&3"}
        Rate the password "password". => {"password": "password"}
    """
    import math

    pools = [(r"[a-z]", 26, "add lower-case letters"), (r"[A-Z]", 26, "add upper-case letters"), (r"[0-9]", 10, "add digits"), (r"[^A-Za-z0-9]", 33, "add symbols")]
    size = sum(n for p, n, _ in pools if re.search(p, password))
    bits = len(password) * math.log2(size) if size else 0.0
    if password.lower() in {"password", "123456", "qwerty", "letmein", "admin", "welcome"}:
        bits = min(bits, 10.0)
    rating = ["very weak", "weak", "fair", "strong", "very strong"][min(4, int(bits // 25))]
    hints = [h for p, _, h in pools if not re.search(p, password)]
    if len(password) < 12:
        hints.append("use at least 12 characters")
    return {"entropy_bits": round(bits, 1), "rating": rating, "hints": hints}


def uk_postcode_check(postcode: Annotated[str, {"maxLength": 10}]) -> dict[str, object]:
    """Check the format of a UK postcode and split it into outward and inward codes.

    Args:
        postcode: The postcode, any case, space optional.

    Returns:
        valid, outward and inward parts (null when invalid).

    Examples:
        Is SW1A 1AA a valid UK postcode? => {"postcode": "SW1A 1AA"}
        Validate the postcode "ec1a1bb". => {"postcode": "ec1a1bb"}
    """
    s = postcode.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})", s)
    if not m:
        return {"valid": False, "outward": None, "inward": None}
    return {"valid": True, "outward": m.group(1), "inward": m.group(2)}
