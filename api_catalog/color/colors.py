"""Colour conversions and accessibility."""

import colorsys
from typing import Annotated

Hex = Annotated[str, {"pattern": "^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"}]
Channel = Annotated[int, {"minimum": 0, "maximum": 255}]
_NAMED = {
    "black": "#000000", "white": "#ffffff", "red": "#ff0000", "lime": "#00ff00", "blue": "#0000ff", "yellow": "#ffff00",
    "cyan": "#00ffff", "magenta": "#ff00ff", "silver": "#c0c0c0", "gray": "#808080", "maroon": "#800000", "olive": "#808000",
    "green": "#008000", "purple": "#800080", "teal": "#008080", "navy": "#000080", "orange": "#ffa500", "pink": "#ffc0cb",
    "brown": "#a52a2a", "gold": "#ffd700", "indigo": "#4b0082", "violet": "#ee82ee", "coral": "#ff7f50", "salmon": "#fa8072",
    "turquoise": "#40e0d0", "beige": "#f5f5dc", "lavender": "#e6e6fa", "crimson": "#dc143c", "chocolate": "#d2691e", "khaki": "#f0e68c",
}


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _hex(r: float, g: float, b: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(x))) for x in (r, g, b)))


def hex_to_rgb(hex_color: Hex) -> dict[str, int]:
    """Convert a hex colour to RGB channels.

    Args:
        hex_color: Colour as #RRGGBB or #RGB.

    Returns:
        r, g and b (0-255).

    Examples:
        What are the RGB values of #ff8800? => {"hex_color": "#ff8800"}
        Convert #1e90ff to RGB. => {"hex_color": "#1e90ff"}
    """
    r, g, b = _rgb(hex_color)
    return {"r": r, "g": g, "b": b}


def rgb_to_hex(r: Channel, g: Channel, b: Channel) -> str:
    """Convert RGB channels to a hex colour.

    Args:
        r: Red, 0-255.
        g: Green, 0-255.
        b: Blue, 0-255.

    Returns:
        The colour as #rrggbb.

    Examples:
        What's the hex code for RGB 255, 99, 71? => {"r": 255, "g": 99, "b": 71}
        Convert r 0, g 128, b 128 to hex. => {"r": 0, "g": 128, "b": 128}
    """
    return _hex(r, g, b)


def rgb_to_hsl(r: Channel, g: Channel, b: Channel) -> dict[str, float]:
    """Convert RGB to hue, saturation and lightness.

    Args:
        r: Red, 0-255.
        g: Green, 0-255.
        b: Blue, 0-255.

    Returns:
        h in degrees, s and l in percent.

    Examples:
        Convert RGB 255, 0, 0 to HSL. => {"r": 255, "g": 0, "b": 0}
        What is rgb(100, 149, 237) in HSL? => {"r": 100, "g": 149, "b": 237}
    """
    h, l_, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    return {"h": round(h * 360, 2), "s": round(s * 100, 2), "l": round(l_ * 100, 2)}


def hsl_to_hex(h: Annotated[float, {"minimum": 0, "maximum": 360}], s: Annotated[float, {"minimum": 0, "maximum": 100}], l: Annotated[float, {"minimum": 0, "maximum": 100}]) -> str:
    """Convert hue, saturation and lightness to a hex colour.

    Args:
        h: Hue in degrees, 0-360.
        s: Saturation in percent.
        l: Lightness in percent.

    Returns:
        The colour as #rrggbb.

    Examples:
        What hex colour is HSL 120, 100, 50? => {"h": 120, "s": 100, "l": 50}
        Convert hsl(210, 50, 40) to hex. => {"h": 210, "s": 50, "l": 40}
    """
    r, g, b = colorsys.hls_to_rgb(h / 360, l / 100, s / 100)
    return _hex(r * 255, g * 255, b * 255)


def contrast_ratio(foreground: Hex, background: Hex) -> dict[str, object]:
    """WCAG 2 contrast ratio between two colours, with pass/fail levels.

    Args:
        foreground: Text colour, hex.
        background: Background colour, hex.

    Returns:
        ratio and whether AA and AAA are met for normal text.

    Examples:
        Is #777777 text on #ffffff accessible? => {"foreground": "#777777", "background": "#ffffff"}
        Contrast ratio of #ffffff on #0000ff? => {"foreground": "#ffffff", "background": "#0000ff"}
    """
    def lum(hx: str) -> float:
        def ch(c: int) -> float:
            v = c / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = _rgb(hx)
        return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)

    hi, lo = sorted((lum(foreground), lum(background)), reverse=True)
    ratio = (hi + 0.05) / (lo + 0.05)
    return {"ratio": round(ratio, 2), "aa": ratio >= 4.5, "aaa": ratio >= 7}


def blend_colors(color_a: Hex, color_b: Hex, weight: Annotated[float, {"minimum": 0, "maximum": 1}] = 0.5) -> str:
    """Mix two colours linearly in RGB.

    Args:
        color_a: First colour, hex.
        color_b: Second colour, hex.
        weight: Share of color_b in the mix (0 gives color_a, 1 gives color_b).

    Returns:
        The blended colour as #rrggbb.

    Examples:
        Blend #ff0000 and #0000ff evenly. => {"color_a": "#ff0000", "color_b": "#0000ff"}
        Mix #ffffff with 0.25 of #000000. => {"color_a": "#ffffff", "color_b": "#000000", "weight": 0.25}
    """
    a, b = _rgb(color_a), _rgb(color_b)
    return _hex(*(x + (y - x) * weight for x, y in zip(a, b)))


def complementary_color(hex_color: Hex) -> str:
    """Complementary colour (hue rotated by 180 degrees).

    Args:
        hex_color: The colour, hex.

    Returns:
        The complement as #rrggbb.

    Examples:
        What's the complementary color of #ff8800? => {"hex_color": "#ff8800"}
        Complement of #3366cc? => {"hex_color": "#3366cc"}
    """
    r, g, b = _rgb(hex_color)
    h, l_, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    rr, gg, bb = colorsys.hls_to_rgb((h + 0.5) % 1, l_, s)
    return _hex(rr * 255, gg * 255, bb * 255)


def color_name_to_hex(name: Annotated[str, {"enum": sorted(_NAMED)}]) -> str:
    """Hex code of a CSS colour name.

    Args:
        name: The colour name, lower case (e.g. navy).

    Returns:
        The colour as #rrggbb.

    Examples:
        What's the hex code for navy? => {"name": "navy"}
        Give me the hex value of coral. => {"name": "coral"}
    """
    return _NAMED[name]


def adjust_lightness(hex_color: Hex, amount_percent: Annotated[float, {"minimum": -100, "maximum": 100}]) -> str:
    """Lighten (positive) or darken (negative) a colour by HSL lightness points.

    Args:
        hex_color: The colour, hex.
        amount_percent: Lightness points to add; negative darkens.

    Returns:
        The adjusted colour as #rrggbb.

    Examples:
        Lighten #336699 by 20 percent. => {"hex_color": "#336699", "amount_percent": 20}
        Change the lightness of #ffcc00 by -15. => {"hex_color": "#ffcc00", "amount_percent": -15}
    """
    r, g, b = _rgb(hex_color)
    h, l_, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    l_ = max(0.0, min(1.0, l_ + amount_percent / 100))
    rr, gg, bb = colorsys.hls_to_rgb(h, l_, s)
    return _hex(rr * 255, gg * 255, bb * 255)


def to_grayscale(hex_color: Hex) -> str:
    """Grayscale version of a colour (luma, Rec. 601 weights).

    Args:
        hex_color: The colour, hex.

    Returns:
        The gray as #rrggbb.

    Examples:
        Convert #ff8800 to grayscale. => {"hex_color": "#ff8800"}
        What gray matches #2e8b57? => {"hex_color": "#2e8b57"}
    """
    r, g, b = _rgb(hex_color)
    y = 0.299 * r + 0.587 * g + 0.114 * b
    return _hex(y, y, y)
