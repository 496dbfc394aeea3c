"""Encodings, checksums and hashes."""

import base64
import binascii
import hashlib
import urllib.parse
import zlib
from typing import Annotated, Literal

Text = Annotated[str, {"maxLength": 100000}]

_MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.", "H": "....",
    "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.", "O": "---", "P": ".--.",
    "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-", "V": "...-", "W": ".--", "X": "-..-",
    "Y": "-.--", "Z": "--..", "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.", ".": ".-.-.-", ",": "--..--",
    "?": "..--..", "!": "-.-.--", "/": "-..-.", "@": ".--.-.", "=": "-...-", "-": "-....-",
}


def base64_encode(text: Text, url_safe: bool = False) -> str:
    """Base64-encode UTF-8 text.

    Args:
        text: The text to encode.
        url_safe: Use the URL-safe alphabet (- and _ instead of + and /).

    Returns:
        The Base64 string.

    Examples:
        Base64 encode "hello world". => {"text": "hello world"}
        Encode "user:pa$$w0rd?" as URL-safe base64. => {"text": "user:pa$$w0rd?", "url_safe": true}
    """
    raw = text.encode()
    return (base64.urlsafe_b64encode(raw) if url_safe else base64.b64encode(raw)).decode()


def base64_decode(data: Annotated[str, {"maxLength": 200000}]) -> str:
    """Decode Base64 (standard or URL-safe) to UTF-8 text.

    Args:
        data: The Base64 string.

    Returns:
        The decoded text.

    Examples:
        Decode the base64 string "aGVsbG8gd29ybGQ=". => {"data": "aGVsbG8gd29ybGQ="}
        What does "U29mdHdhcmUgMTAx" decode to? => {"data": "U29mdHdhcmUgMTAx"}
    """
    padded = data.strip() + "=" * (-len(data.strip()) % 4)
    try:
        return base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ValueError(f"not valid base64 text: {exc}") from None


def hash_text(text: Text, algorithm: Literal["md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"] = "sha256") -> str:
    """Hex digest of UTF-8 text with a hash algorithm.

    Args:
        text: The text to hash.
        algorithm: md5, sha1, sha256, sha512, blake2b or sha3_256.

    Returns:
        The hexadecimal digest.

    Examples:
        What's the SHA-256 hash of "password123"? => {"text": "password123"}
        Give me the md5 of "hello". => {"text": "hello", "algorithm": "md5"}
    """
    return hashlib.new(algorithm, text.encode()).hexdigest()


def hex_encode(text: Text) -> str:
    """Hexadecimal representation of UTF-8 text.

    Args:
        text: The text to encode.

    Returns:
        Lower-case hex, two digits per byte.

    Examples:
        Convert "Hi!" to hex. => {"text": "Hi!"}
        What is "apigen" in hexadecimal bytes? => {"text": "apigen"}
    """
    return text.encode().hex()


def url_encode(text: Text, keep_slashes: bool = False) -> str:
    """Percent-encode text for use in a URL.

    Args:
        text: The text to encode.
        keep_slashes: Leave / unencoded (for paths).

    Returns:
        The percent-encoded string.

    Examples:
        URL-encode "name=John Doe&city=New York". => {"text": "name=John Doe&city=New York"}
        Percent-encode the path "docs/my file.pdf" keeping slashes. => {"text": "docs/my file.pdf", "keep_slashes": true}
    """
    return urllib.parse.quote(text, safe="/" if keep_slashes else "")


def url_decode(text: Text) -> str:
    """Decode a percent-encoded string (+ becomes a space).

    Args:
        text: The percent-encoded text.

    Returns:
        The decoded text.

    Examples:
        Decode "caf%C3%A9%20au%20lait". => {"text": "caf%C3%A9%20au%20lait"}
        URL-decode "q%3Dpython+tips%26page%3D2". => {"text": "q%3Dpython+tips%26page%3D2"}
    """
    return urllib.parse.unquote_plus(text)


def crc32_checksum(text: Text) -> str:
    """CRC-32 checksum of UTF-8 text.

    Args:
        text: The text to checksum.

    Returns:
        The checksum as 8 hex digits.

    Examples:
        Compute the CRC32 of "The quick brown fox jumps over the lazy dog". => {"text": "The quick brown fox jumps over the lazy dog"}
        CRC-32 checksum of "123456789"? => {"text": "123456789"}
    """
    return f"{zlib.crc32(text.encode()) & 0xFFFFFFFF:08x}"


def convert_base(number: Annotated[str, {"pattern": "^-?[0-9A-Za-z]+$", "maxLength": 200}], from_base: Annotated[int, {"minimum": 2, "maximum": 36}], to_base: Annotated[int, {"minimum": 2, "maximum": 36}]) -> str:
    """Convert an integer written in one base to another base.

    Args:
        number: The integer's digits in from_base (letters for digits above 9).
        from_base: Base of the given number, 2 to 36.
        to_base: Base to write the result in, 2 to 36.

    Returns:
        The digits in to_base (upper-case letters).

    Examples:
        Convert 255 from base 10 to base 16. => {"number": "255", "from_base": 10, "to_base": 16}
        Convert 101101 from base 2 to base 10. => {"number": "101101", "from_base": 2, "to_base": 10}
    """
    n = int(number, from_base)
    if n == 0:
        return "0"
    digits, neg, n = [], n < 0, abs(n)
    while n:
        n, r = divmod(n, to_base)
        digits.append("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[r])
    return ("-" if neg else "") + "".join(reversed(digits))


def morse_encode(text: Annotated[str, {"maxLength": 5000}]) -> str:
    """Encode text as Morse code (letters separated by spaces, words by " / ").

    Args:
        text: The text (letters, digits, common punctuation).

    Returns:
        The Morse code.

    Examples:
        Translate "SOS" to Morse code. => {"text": "SOS"}
        Morse code for "Hello World"? => {"text": "Hello World"}
    """
    words = []
    for word in text.upper().split():
        unknown = [c for c in word if c not in _MORSE]
        if unknown:
            raise ValueError(f"no Morse code for {unknown[0]!r}")
        words.append(" ".join(_MORSE[c] for c in word))
    return " / ".join(words)


def morse_decode(code: Annotated[str, {"pattern": "^[.\\- /]+$", "maxLength": 20000}]) -> str:
    """Decode Morse code (letters separated by spaces, words by " / ").

    Args:
        code: The Morse code.

    Returns:
        The decoded upper-case text.

    Examples:
        Decode the Morse message "... --- ...". => {"code": "... --- ..."}
        What does ".... .. / - .... . .-. ." say? => {"code": ".... .. / - .... . .-. ."}
    """
    rev = {v: k for k, v in _MORSE.items()}
    words = []
    for word in code.strip().split("/"):
        letters = word.split()
        bad = [s for s in letters if s not in rev]
        if bad:
            raise ValueError(f"unknown Morse symbol {bad[0]!r}")
        words.append("".join(rev[s] for s in letters))
    return " ".join(words)


def rot13(text: Text) -> str:
    """Apply ROT13 to the letters of a text.

    Args:
        text: The text to transform.

    Returns:
        The ROT13 text (applying it twice gives the original).

    Examples:
        ROT13 "Hello, World!" => {"text": "Hello, World!"}
        Decode the ROT13 spoiler "Gur pnxr vf n yvr". => {"text": "Gur pnxr vf n yvr"}
    """
    import codecs

    return codecs.encode(text, "rot13")
