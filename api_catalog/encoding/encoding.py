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
    "'": ".----.", ":": "---...", ";": "-.-.-.", "(": "-.--.", ")": "-.--.-", '"': ".-..-.",
    "&": ".-...", "+": ".-.-.", "_": "..--.-", "$": "...-..-",
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
        I'm setting up HTTP basic auth on a test server, so what's the base64 of "admin:s3cr3t"? => {"text": "admin:s3cr3t"}
        base64 of "Hello, World!" => {"text": "Hello, World!"}
        The config file only takes base64, so could you give me the encoded version of "café au lait"? => {"text": "café au lait"}
        Please base64 the string "??>>subjects" using the URL-safe alphabet so it can go in a query parameter. => {"text": "??>>subjects", "url_safe": true}
        What does "The quick brown fox" look like in base64? => {"text": "The quick brown fox"}
        My boss wants the API key obfuscated for the demo slide, so: base64-encode "sk-live-demo-key" please. => {"text": "sk-live-demo-key"}
        If "see you at the station" is base64-encoded, what comes out? => {"text": "see you at the station"}
        Show "Good morning, team!" base64-encoded with the URL-safe alphabet. => {"text": "Good morning, team!", "url_safe": true}
        b64 of "garden" => {"text": "garden"}
        For an email header, base64-encode "The report is ready for review". => {"text": "The report is ready for review"}
    Incomplete:
        Can you encode my login string the way basic auth expects it?
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
        base64 decode SGVsbG8sIFdvcmxkIQ== => {"data": "SGVsbG8sIFdvcmxkIQ=="}
        A colleague left "cGFzc3dvcmQxMjM=" in a config file. What does it say in plain text? => {"data": "cGFzc3dvcmQxMjM="}
        Could you decode this base64 for me: Y2Fmw6kgYXUgbGFpdA== => {"data": "Y2Fmw6kgYXUgbGFpdA=="}
        I'm debugging an API response; what does eyJzdWIiOiIxMjM0In0 decode to from base64? => {"data": "eyJzdWIiOiIxMjM0In0"}
        Not sure it's even base64, but can you try decoding "VGhhbmsgeW91IQ=="? => {"data": "VGhhbmsgeW91IQ=="}
        From base64, please: TWVldCBtZSBhdCBub29u => {"data": "TWVldCBtZSBhdCBub29u"}
        Turn "R29vZCBtb3JuaW5n" back into readable text. => {"data": "R29vZCBtb3JuaW5n"}
        Which plain text hides behind the base64 value "SW52b2ljZSBwYWlk"? => {"data": "SW52b2ljZSBwYWlk"}
        b64 to text: "T3JkZXIgc2hpcHBlZA==" => {"data": "T3JkZXIgc2hpcHBlZA=="}
        If a webhook header carries "YWxpY2U6d29uZGVybGFuZA==", what does it decode to? => {"data": "YWxpY2U6d29uZGVybGFuZA=="}
    Incomplete:
        Could you decode the encoded password a colleague left in our config file?
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
        What's the sha256 hash of "password123"? => {"text": "password123", "algorithm": "sha256"}
        md5 of "hello" => {"text": "hello", "algorithm": "md5"}
        Give me the sha1 hash of "The quick brown fox jumps over the lazy dog". => {"text": "The quick brown fox jumps over the lazy dog", "algorithm": "sha1"}
        I'm verifying a release note against the published digest. Can you compute the sha512 of "release-notes"? => {"text": "release-notes", "algorithm": "sha512"}
        Hash "correct horse battery staple" for me. => {"text": "correct horse battery staple"}
        Please compute the blake2b digest of "apigen". => {"text": "apigen", "algorithm": "blake2b"}
        What would the SHA3-256 hash of "hello world" be? => {"text": "hello world", "algorithm": "sha3_256"}
        Our legacy system stored passwords unsalted, and I want to see what it kept for "letmein" with md5. => {"text": "letmein", "algorithm": "md5"}
        Produce a sha512 digest for "invoice-2024-07". => {"text": "invoice-2024-07", "algorithm": "sha512"}
        Which md5 fingerprint does "welcome" give? => {"text": "welcome", "algorithm": "md5"}
        sha1 digest, input "good morning" => {"text": "good morning", "algorithm": "sha1"}
        To compare against a checksum file, hash "the release is final" with sha256. => {"text": "the release is final", "algorithm": "sha256"}
    Incomplete:
        What's the md5 hash of my string?
        Hash this text for me.
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
        hex of "OK" => {"text": "OK"}
        I'm writing a byte literal for some firmware. What are the hex bytes of "ACK"? => {"text": "ACK"}
        Could you give me the UTF-8 hex dump of "naïve"? => {"text": "naïve"}
        Please hex-encode the string "user@host". => {"text": "user@host"}
        How does "Hello World" look as hex? => {"text": "Hello World"}
        Just curious while my tests run: what's "café" in hex? => {"text": "café"}
        Show the UTF-8 bytes of "Good night" as hex pairs. => {"text": "Good night"}
        Which hexadecimal string represents "Thank you"? => {"text": "Thank you"}
        hex form of "winter" => {"text": "winter"}
        Spell "Pencil" out as raw hex bytes. => {"text": "Pencil"}
    Incomplete:
        Convert my string to hex, please.
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
        Percent-encode the path "docs/my file.pdf" but keep the slashes. => {"text": "docs/my file.pdf", "keep_slashes": true}
        url encode "hello world!" => {"text": "hello world!"}
        I'm building a search link. How do I encode "C++ & Rust tips" for the query string? => {"text": "C++ & Rust tips"}
        Could you percent-encode "café & crème" for me? => {"text": "café & crème"}
        Please escape "images/summer photos/beach.jpg" for a URL, leaving the slashes as they are. => {"text": "images/summer photos/beach.jpg", "keep_slashes": true}
        What does "a+b=c" look like URL-encoded? => {"text": "a+b=c"}
        My redirect keeps breaking. Encode "https://example.com/?q=a b" so it can be passed as a parameter value. => {"text": "https://example.com/?q=a b"}
        Escape "salt & pepper for the table" so it can sit in a query string. => {"text": "salt & pepper for the table"}
        How should "coffee and tea" be written inside a URL? => {"text": "coffee and tea"}
        percent-encoding of "room 12 is free" => {"text": "room 12 is free"}
        If a file path is "reports/2024 Q1/summary.pdf", how should it be encoded for a link with the slashes left alone? => {"text": "reports/2024 Q1/summary.pdf", "keep_slashes": true}
    Incomplete:
        URL-encode this for me, please.
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
        what is hello%20world decoded => {"text": "hello%20world"}
        Our analytics show a referrer of "search%3Fterm%3Dred%2Bshoes". What does it actually say? => {"text": "search%3Fterm%3Dred%2Bshoes"}
        Could you unescape the percent-encoded string "Z%C3%BCrich%2C%20Schweiz"? => {"text": "Z%C3%BCrich%2C%20Schweiz"}
        I copied "New+York+City%21" from the browser bar. Make it readable, please. => {"text": "New+York+City%21"}
        Please percent-decode "%7Busername%7D". => {"text": "%7Busername%7D"}
        url decode rock%20%26%20roll => {"text": "rock%20%26%20roll"}
        Turn "price%3E%3D100%20EUR" into plain text. => {"text": "price%3E%3D100%20EUR"}
        What was the original string before percent-encoding produced "M%C3%BCnchen+Hbf"? => {"text": "M%C3%BCnchen+Hbf"}
        readable form of %2Fhome%2Fuser%2Fdocs => {"text": "%2Fhome%2Fuser%2Fdocs"}
        A form posted "first+name%3DJo%26last%3DLee"; I'd like to see it unescaped. => {"text": "first+name%3DJo%26last%3DLee"}
    Incomplete:
        Decode this URL-encoded string.
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
        crc32 "hello" => {"text": "hello"}
        I'm checking a packet payload. What CRC-32 should "PING" produce? => {"text": "PING"}
        Could you give me the crc32 of "apigen"? => {"text": "apigen"}
        Please calculate a CRC-32 for the string "Hello, World!". => {"text": "Hello, World!"}
        Do you know the CRC32 value of "checksum test"? => {"text": "checksum test"}
        Sorry for the odd request during lunch, but what's the crc-32 of "lorem ipsum"? => {"text": "lorem ipsum"}
        Which CRC-32 value matches the string "The bus leaves at 7"? => {"text": "The bus leaves at 7"}
        Generate a cyclic redundancy check (CRC32) for "the door is open". => {"text": "the door is open"}
        crc-32 digest of "river" => {"text": "river"}
        If the receiver computes CRC-32 over "All is well", what hex value should it get? => {"text": "All is well"}
    Incomplete:
        Compute the crc checksum of my string, please.
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
        101101 is a base 2 number; turn it into base 10 for me. => {"number": "101101", "from_base": 2, "to_base": 10}
        FF base 16 to base 2 => {"number": "FF", "from_base": 16, "to_base": 2}
        777 is written in base 8; what is it in base 10? => {"number": "777", "from_base": 8, "to_base": 10}
        I'm reading a memory dump: what is 7FFE (base 16) in base 2? => {"number": "7FFE", "from_base": 16, "to_base": 2}
        Could you rewrite 1000 from base 10 in base 36 for me? => {"number": "1000", "from_base": 10, "to_base": 36}
        Please convert Z9 from base 36 to base 10. => {"number": "Z9", "from_base": 36, "to_base": 10}
        My chmod notes say 644 in base 8. What is that in base 2? => {"number": "644", "from_base": 8, "to_base": 2}
        Express 4096 (base 10) in base 8. => {"number": "4096", "from_base": 10, "to_base": 8}
        How does 1A3F in base 16 read in base 10? => {"number": "1A3F", "from_base": 16, "to_base": 10}
        11110000 base 2 -> base 16 => {"number": "11110000", "from_base": 2, "to_base": 16}
        If a sensor register shows 1011 in base 2, which base 10 value is that? => {"number": "1011", "from_base": 2, "to_base": 10}
    Incomplete:
        Convert my number from binary to decimal.
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
        morse "CQ DX" => {"text": "CQ DX"}
        I'm making a bracelet with beads spelling "LOVE" in Morse. What's the pattern? => {"text": "LOVE"}
        Could you write "HELP ME" in Morse for my escape room puzzle? => {"text": "HELP ME"}
        How is "73" sent in Morse code? => {"text": "73"}
        Please encode "Meet at dawn" as Morse code. => {"text": "Meet at dawn"}
        Unrelated, but I'm studying for my ham radio licence: how do you tap out "QTH" in Morse? => {"text": "QTH"}
        Spell "GOOD NIGHT" in dots and dashes. => {"text": "GOOD NIGHT"}
        Which dot-dash sequence stands for "RADIO 5"? => {"text": "RADIO 5"}
        signal "ON THE WAY" in morse => {"text": "ON THE WAY"}
        If someone flashes "Wait for the signal" with a torch in Morse, what pattern would they use? => {"text": "Wait for the signal"}
    Incomplete:
        Encode my name in morse code.
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
        morse to text: "-- --- .-. ... ." => {"code": "-- --- .-. ... ."}
        My friend blinked ".... . .-.. .-.. ---" with a flashlight. What was she saying? => {"code": ".... . .-.. .-.. ---"}
        Could you translate "-.-. --.- / -.. -..-" from Morse? => {"code": "-.-. --.- / -.. -..-"}
        Please decode this Morse for me: ".-- .- - . .-." => {"code": ".-- .- - . .-."}
        Found "--. --- --- -.. / .-.. ..- -.-. -.-" scratched on a desk. What does it spell? => {"code": "--. --- --- -.. / .-.. ..- -.-. -.-"}
        I'm trying to figure out what "...-- ---.." means in Morse. => {"code": "...-- ---.."}
        Convert ".-. . .- -.. -.--" from dots and dashes to letters. => {"code": ".-. . .- -.. -.--"}
        Which word is hidden in "-.-. --- -.. ."? => {"code": "-.-. --- -.. ."}
        plain text of "--. --- / .... --- -- ." => {"code": "--. --- / .... --- -- ."}
        If a ship radio keeps repeating ".--. .. -. --.", what's the message? => {"code": ".--. .. -. --."}
    Incomplete:
        Decode the morse code my friend sent me.
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
        Apply ROT13 to "Why did the chicken cross the road?" => {"text": "Why did the chicken cross the road?"}
        I'm posting a puzzle answer on a forum and want to hide it. ROT13 "The butler did it", please. => {"text": "The butler did it"}
        What's "Uryyb" in rot13? => {"text": "Uryyb"}
        Could you rot13 this line: "Gb trg gb gur bgure fvqr!" => {"text": "Gb trg gb gur bgure fvqr!"}
        My nephew wrote a secret note, "V ybir cvmmn", and says it's ROT13. What does it say? => {"text": "V ybir cvmmn"}
        rot-13 of "apigen rocks" => {"text": "apigen rocks"}
        Run "See you at the station" through ROT13. => {"text": "See you at the station"}
        What would "The door is open" turn into under ROT13? => {"text": "The door is open"}
        rot13-scramble "the plan is ready" => {"text": "the plan is ready"}
        Scramble "Look under the bench" with ROT13 so it stays hidden. => {"text": "Look under the bench"}
    Incomplete:
        Can you ROT13 my message?
    """
    import codecs

    return codecs.encode(text, "rot13")
