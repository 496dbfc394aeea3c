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
        luhn 4111 1111 1111 1111 => {"number": "4111 1111 1111 1111"}
        A customer typed 5500-0000-0000-0004 at checkout and got an error; does it pass the Luhn check? => {"number": "5500-0000-0000-0004"}
        Could you validate 490154203237518 with the Luhn algorithm? => {"number": "490154203237518"}
        Please run a Luhn check on 378282246310005. => {"number": "378282246310005"}
        I'm not sure I copied my card right: is 6011 1111 1111 1117 a valid number? => {"number": "6011 1111 1111 1117"}
        Quick sanity check before the payment form goes live: does 1234567812345678 pass Luhn? => {"number": "1234567812345678"}
        Does 4012 8888 8888 1881 satisfy the Luhn algorithm? => {"number": "4012 8888 8888 1881"}
        Verify the IMEI 356938035643809 with the Luhn checksum. => {"number": "356938035643809"}
        card 5105-1051-0510-5100 luhn valid? => {"number": "5105-1051-0510-5100"}
        Ahead of storing 371449635398431 as a test card, confirm it passes the checksum and say which network it belongs to. => {"number": "371449635398431"}
    Incomplete:
        Is my credit card number valid?
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
        luhn check digit 411111111111111 => {"partial_number": "411111111111111"}
        I'm generating test card numbers starting with 543210987654321; which Luhn digit goes at the end? => {"partial_number": "543210987654321"}
        Could you work out the check digit to append to 49015420323751? => {"partial_number": "49015420323751"}
        Please calculate the final Luhn digit for the account number 123456789. => {"partial_number": "123456789"}
        Which digit should I add to 37828224631000 so that it passes Luhn? => {"partial_number": "37828224631000"}
        For a demo ID I have 35209900176148 so far. What check digit does it need? => {"partial_number": "35209900176148"}
        Append a Luhn check digit to 401288888888188. => {"partial_number": "401288888888188"}
        Given the digits 35693803564380, what final digit makes them Luhn-valid? => {"partial_number": "35693803564380"}
        trailing check digit for 510510510510510 (Luhn) => {"partial_number": "510510510510510"}
        If an account number is 60110009901394 without its check digit, which Luhn digit should follow? => {"partial_number": "60110009901394"}
    Incomplete:
        Luhn check digit for my account number, please.
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
        isbn10 0136091814 valid? => {"isbn": "0136091814"}
        The back of an old paperback says ISBN 0-14-044913-8. Does that checksum work out? => {"isbn": "0-14-044913-8"}
        Could you check whether 1-56619-909-3 is a valid ISBN-10? => {"isbn": "1-56619-909-3"}
        Please verify the ISBN-10 0 7475 3269 9. => {"isbn": "0 7475 3269 9"}
        I think I mistyped 0-306-40615-3 when cataloguing, so is it still a valid ISBN-10? => {"isbn": "0-306-40615-3"}
        Our library import flagged 0679732764; does it pass the ISBN-10 check? => {"isbn": "0679732764"}
        Does the ISBN-10 0-13-110362-8 have a correct check digit? => {"isbn": "0-13-110362-8"}
        Check 0262033844 against the ISBN-10 checksum. => {"isbn": "0262033844"}
        ISBN-10 validity of 0-201-63361-2 => {"isbn": "0-201-63361-2"}
        Wondering if 0-7432-7356-7 is a real ISBN-10 or a typo. => {"isbn": "0-7432-7356-7"}
    Incomplete:
        ISBN check on my old paperback, please: is its ten-digit number valid?
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
        Is the ISBN 9780143127550 valid? => {"isbn": "9780143127550"}
        isbn13 978-3-16-148410-0 => {"isbn": "978-3-16-148410-0"}
        I'm scanning barcodes at a bookstore and one reads 9781861972712. Is it a valid EAN-13? => {"isbn": "9781861972712"}
        Could you validate the ISBN-13 978 0 596 52068 7? => {"isbn": "978 0 596 52068 7"}
        Please confirm whether 9780262033848 is a correct ISBN-13. => {"isbn": "9780262033848"}
        Does the barcode 4006381333931 have a valid EAN-13 check digit? => {"isbn": "4006381333931"}
        My citation manager keeps rejecting 978-1-4028-9462-5, so is it actually a valid ISBN? => {"isbn": "978-1-4028-9462-5"}
        Verify the check digit of ISBN 978-0-13-110362-7. => {"isbn": "978-0-13-110362-7"}
        Would 9781492056355 pass as a valid ISBN-13? => {"isbn": "9781492056355"}
        EAN-13 barcode check for 5901234123457 => {"isbn": "5901234123457"}
        For a bookshop order form, confirm that 978-0-262-03384-8 is a correct ISBN-13. => {"isbn": "978-0-262-03384-8"}
    Incomplete:
        Can you check whether the barcode number on my book is a valid isbn?
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
        isbn 0-8044-2957-X to isbn13 => {"isbn10": "0-8044-2957-X"}
        My publisher's form only accepts ISBN-13, so what's the new number for 1-56619-909-3? => {"isbn10": "1-56619-909-3"}
        Could you upgrade the old ISBN 0679732764 to the 13-digit format? => {"isbn10": "0679732764"}
        Please give me the ISBN-13 equivalent of 0-7475-3269-9. => {"isbn10": "0-7475-3269-9"}
        I'm updating a library database; convert 0-19-852663-6 into an ISBN-13. => {"isbn10": "0-19-852663-6"}
        Which ISBN-13 corresponds to 0136091814? => {"isbn10": "0136091814"}
        Turn the old ISBN 0-13-110362-8 into its 13-digit form. => {"isbn10": "0-13-110362-8"}
        How is 0262033844 written as an ISBN-13? => {"isbn10": "0262033844"}
        ISBN-13 conversion of ISBN-10 0-201-63361-2 => {"isbn10": "0-201-63361-2"}
        For a barcode label, translate ISBN-10 0-7432-7356-7 to ISBN-13. => {"isbn10": "0-7432-7356-7"}
    Incomplete:
        Convert my book's old ten-digit isbn to the new format.
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
        iban FR14 2004 1010 0505 0001 3M02 606 => {"iban": "FR14 2004 1010 0505 0001 3M02 606"}
        A supplier sent bank details with IBAN NL91ABNA0417164300. Can you check it before I pay? => {"iban": "NL91ABNA0417164300"}
        Could you verify the IBAN CH93 0076 2011 6238 5295 7? => {"iban": "CH93 0076 2011 6238 5295 7"}
        Please check whether ES9121000418450200051332 is a valid IBAN. => {"iban": "ES9121000418450200051332"}
        I think I swapped two digits: is GB82 WEST 1234 5698 7654 23 still a valid IBAN? => {"iban": "GB82 WEST 1234 5698 7654 23"}
        Is the IBAN BE68539007547034 correct? => {"iban": "BE68539007547034"}
        Does IT60 X054 2811 1010 0000 0123 456 pass the IBAN checksum? => {"iban": "IT60 X054 2811 1010 0000 0123 456"}
        Run an IBAN check on AT611904300234573201. => {"iban": "AT611904300234573201"}
        IBAN validity DK50 0040 0440 1162 43 => {"iban": "DK50 0040 0440 1162 43"}
        To avoid a bounced transfer, confirm that IE29 AIBK 9311 5212 3456 78 is a genuine IBAN. => {"iban": "IE29 AIBK 9311 5212 3456 78"}
    Incomplete:
        IBAN check for my account, please: is it valid?
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
        valid email? anna_k+news@mail.co.uk => {"email": "anna_k+news@mail.co.uk"}
        A user signed up with "maria.gonzalez@gmail". Is that address syntactically valid? => {"email": "maria.gonzalez@gmail"}
        Could you check the syntax of the address obrien@example.ie? => {"email": "obrien@example.ie"}
        Please validate "support@sub.domain.example.org" and tell me its domain. => {"email": "support@sub.domain.example.org"}
        I'm cleaning up a mailing list; is ".startsdot@example.com" an acceptable address? => {"email": ".startsdot@example.com"}
        Before I hit send, is "first last@company.com" a proper email address? => {"email": "first last@company.com"}
        Does "li.wei@company.net" look like a well-formed email address? => {"email": "li.wei@company.net"}
        Is there anything wrong with the address "hello@localhost"? => {"email": "hello@localhost"}
        email syntax check for "tom.o'neil@example.ie" => {"email": "tom.o'neil@example.ie"}
        Split "ops-team@mail.example.org" into local part and domain, if it is a valid address. => {"email": "ops-team@mail.example.org"}
    Incomplete:
        Check whether my email address is valid.
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
        vin 1HGCM82633A004352 valid? => {"vin": "1HGCM82633A004352"}
        I'm buying a used car and the dashboard plate reads 5YJSA1E26HF000337. Does its check digit add up? => {"vin": "5YJSA1E26HF000337"}
        Could you verify the VIN JH4KA7561PC008269? => {"vin": "JH4KA7561PC008269"}
        Please validate the vehicle identification number 1FTFW1ET5DFC10312. => {"vin": "1FTFW1ET5DFC10312"}
        The title and the windshield plate differ by one character. Is 1HGCM82633A004353 a valid VIN? => {"vin": "1HGCM82633A004353"}
        Does the VIN 2T1BURHE0JC123456 pass the check-digit test? => {"vin": "2T1BURHE0JC123456"}
        Verify the check digit in VIN 4T1BF1FK8CU512345. => {"vin": "4T1BF1FK8CU512345"}
        Would the VIN 1FTEW1EP7JKD12345 be accepted as valid? => {"vin": "1FTEW1EP7JKD12345"}
        VIN checksum 3VWFE21C04M000001 => {"vin": "3VWFE21C04M000001"}
        Before listing the truck for sale, make sure its VIN 1GCHK29U87E198765 passes validation. => {"vin": "1GCHK29U87E198765"}
    Incomplete:
        VIN check for my car: is it valid?
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
        aba 021000021 valid? => {"routing_number": "021000021"}
        I'm setting up direct deposit and my employer needs the routing number 026009593. Can you confirm it's valid? => {"routing_number": "026009593"}
        Could you check the checksum of routing number 111000025? => {"routing_number": "111000025"}
        Please verify the ABA number 322271627. => {"routing_number": "322271627"}
        I may have made a typo in 021000022. Is that a valid routing number? => {"routing_number": "021000022"}
        Is 121000358 a correct US bank routing number? => {"routing_number": "121000358"}
        Does routing number 091000019 have a valid checksum? => {"routing_number": "091000019"}
        Confirm 071000013 is a legitimate ABA routing number. => {"routing_number": "071000013"}
        routing number check 044000037 => {"routing_number": "044000037"}
        If a cheque shows 061000104 at the bottom left, is that a valid bank routing number? => {"routing_number": "061000104"}
    Incomplete:
        Is my bank's routing number valid?
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
        password strength correcthorsebatterystaple => {"password": "correcthorsebatterystaple"}
        I'm about to use "Summer2024!" for my work account. Is it good enough? => {"password": "Summer2024!"}
        Could you evaluate "qwerty" as a password? => {"password": "qwerty"}
        Please check how secure "G7#kLp9!xQ2z" is. => {"password": "G7#kLp9!xQ2z"}
        My bank rejected "letmein123", so how weak is it really? => {"password": "letmein123"}
        Is "Blue-Canyon-Rides-42" a decent passphrase? => {"password": "Blue-Canyon-Rides-42"}
        Would "dragon2023" be considered a weak password? => {"password": "dragon2023"}
        Estimate the entropy of "P@ssw0rd!". => {"password": "P@ssw0rd!"}
        strength rating for "hunter2" => {"password": "hunter2"}
        Before it becomes the office wifi key, judge how secure "MapleSyrup#Rain88" is. => {"password": "MapleSyrup#Rain88"}
    Incomplete:
        How strong is my new password?
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
        postcode M1 1AE valid? => {"postcode": "M1 1AE"}
        I'm shipping a parcel to B33 8TH; is that a properly formatted UK postcode? => {"postcode": "B33 8TH"}
        Could you split CR2 6XH into its outward and inward codes? => {"postcode": "CR2 6XH"}
        Please check the format of the postcode "W1A 0AX". => {"postcode": "W1A 0AX"}
        A customer typed "12345" as their UK postcode. Does it validate? => {"postcode": "12345"}
        Does DN55 1PT pass as a UK postcode? => {"postcode": "DN55 1PT"}
        Would "EH1 2NG" be accepted as a UK postcode? => {"postcode": "EH1 2NG"}
        Break "l18 9ss" into outward and inward parts. => {"postcode": "l18 9ss"}
        uk postcode format check "BT7 1NN" => {"postcode": "BT7 1NN"}
        For the delivery label, confirm that "G2 3AB" is a correctly formatted postcode. => {"postcode": "G2 3AB"}
    Incomplete:
        Is my postcode valid?
    """
    s = postcode.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})", s)
    if not m:
        return {"valid": False, "outward": None, "inward": None}
    return {"valid": True, "outward": m.group(1), "inward": m.group(2)}
