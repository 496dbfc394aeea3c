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
        #ff8800 to rgb => {"hex_color": "#ff8800"}
        What are the RGB values of #1e90ff? => {"hex_color": "#1e90ff"}
        Could you break the hex colour #2f4f4f down into its red, green and blue values? => {"hex_color": "#2f4f4f"}
        My designer sent the brand colour as #c0392b, but the LED strip controller wants RGB numbers. What should I enter? => {"hex_color": "#c0392b"}
        I'm trying to figure out how much red, green and blue is in #7fffd4. => {"hex_color": "#7fffd4"}
        While the build runs: what's 3fa9f5 in RGB? => {"hex_color": "3fa9f5"}
        Please convert the hex code #0af into rgb(r, g, b) form. => {"hex_color": "#0af"}
        hex #8e44ad -> r, g, b? => {"hex_color": "#8e44ad"}
        Split #d35400 into red, green and blue channels. => {"hex_color": "#d35400"}
        If I paste #16a085 into a tool that only takes RGB, which three numbers do I type? => {"hex_color": "#16a085"}
        rgb triple for #4b0082 => {"hex_color": "#4b0082"}
        Wondering what channel values hide behind #f5b041. => {"hex_color": "#f5b041"}
    Incomplete:
        What are the rgb values of this hex colour?
        Convert my brand's hex code to rgb, please.
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
        rgb 255 99 71 to hex => {"r": 255, "g": 99, "b": 71}
        What's the hex code for rgb(34, 139, 84)? => {"r": 34, "g": 139, "b": 84}
        Please turn red 70, green 130, blue 180 into a hex colour code. => {"r": 70, "g": 130, "b": 180}
        I'm styling a button and the colour picker gave me R 220, G 20, B 60. What hex do I put in the stylesheet? => {"r": 220, "g": 20, "b": 60}
        Do you know the hex equivalent of rgb(0, 121, 107)? => {"r": 0, "g": 121, "b": 107}
        For the invoice template's accent colour: which hex value corresponds to R 255, G 215, B 0? => {"r": 255, "g": 215, "b": 0}
        I need the hex code of the colour with red 244, green 164 and blue 96. => {"r": 244, "g": 164, "b": 96}
        How would you write r=46, g=204, b=113 as a hex code? => {"r": 46, "g": 204, "b": 113}
        Hex string for R 128, G 0, B 64? => {"r": 128, "g": 0, "b": 64}
        Convert rgb(12, 200, 7) to #rrggbb notation. => {"r": 12, "g": 200, "b": 7}
        If my paint app reports red 91, green 44, blue 166, what would I type as the hex value in CSS? => {"r": 91, "g": 44, "b": 166}
        Wondering how rgb(250, 128, 114) is written in hexadecimal. => {"r": 250, "g": 128, "b": 114}
    Incomplete:
        What's the hex code for my RGB colour?
        Convert these RGB channel values to a hex code.
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
        rgb 255 87 51 in hsl => {"r": 255, "g": 87, "b": 51}
        What is rgb(100, 149, 237) in HSL? => {"r": 100, "g": 149, "b": 237}
        Convert R 46, G 139, B 87 to hue, saturation and lightness, please. => {"r": 46, "g": 139, "b": 87}
        My theme generator works in HSL and the base colour is rgb(52, 152, 219). What are its HSL values? => {"r": 52, "g": 152, "b": 219}
        Could you tell me the hue, saturation and lightness of red 218, green 112, blue 214? => {"r": 218, "g": 112, "b": 214}
        Just out of curiosity while I redo my slides: how light is rgb(112, 128, 144) in HSL terms? => {"r": 112, "g": 128, "b": 144}
        Need the HSL numbers for red=255, green=160, blue=122. => {"r": 255, "g": 160, "b": 122}
        I'm trying to work out the hue angle of the RGB colour 75, 0, 130. => {"r": 75, "g": 0, "b": 130}
        Hue, saturation, lightness for rgb(199, 21, 133)? => {"r": 199, "g": 21, "b": 133}
        HSL of r=0 g=191 b=255 for a CSS variable => {"r": 0, "g": 191, "b": 255}
        If a pixel reads 240, 230, 140 in RGB, where does it sit on the hue wheel and how saturated is it? => {"r": 240, "g": 230, "b": 140}
        Express red 205, green 92, blue 71 in hsl() notation. => {"r": 205, "g": 92, "b": 71}
    Incomplete:
        Convert my RGB colour to HSL.
        What are the HSL values of the colour I picked?
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
        hsl 120 100 50 to hex => {"h": 120, "s": 100, "l": 50}
        What hex colour is hsl(210, 50%, 40%)? => {"h": 210, "s": 50, "l": 40}
        Please give me the hex code for hue 340, saturation 82% and lightness 52%. => {"h": 340, "s": 82, "l": 52}
        I'm sketching a palette in HSL: hue 28 degrees, 87% saturation, 62% lightness. What's that as hex for my CSS? => {"h": 28, "s": 87, "l": 62}
        Do you know what hex value hsl(174, 72, 56) comes out as? => {"h": 174, "s": 72, "l": 56}
        h 45 s 100 l 51 as a hex code => {"h": 45, "s": 100, "l": 51}
        My cat keeps walking on the keyboard, but anyway: convert HSL 262 / 47 / 35 to a hex colour. => {"h": 262, "s": 47, "l": 35}
        I need the #rrggbb value for a hue of 200°, 18% saturation and 46% lightness. => {"h": 200, "s": 18, "l": 46}
        Turn hsl(300, 76%, 72%) into a hex string. => {"h": 300, "s": 76, "l": 72}
        If the design spec says hue 15, saturation 90%, lightness 60%, which #rrggbb should the developer use? => {"h": 15, "s": 90, "l": 60}
        hex equivalent: hue 190°, saturation 65%, lightness 45% => {"h": 190, "s": 65, "l": 45}
        Wondering which hex code a hue of 90 degrees with 40% saturation and 30% lightness produces. => {"h": 90, "s": 40, "l": 30}
    Incomplete:
        Convert my HSL colour to hex.
        What hex code matches the hue, saturation and lightness I chose?
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
        contrast #777777 on #ffffff => {"foreground": "#777777", "background": "#ffffff"}
        What's the contrast ratio of #ffffff text on #0000ff? => {"foreground": "#ffffff", "background": "#0000ff"}
        I'm designing a banner with #f1c40f lettering over a #2c3e50 background. Does it pass WCAG? => {"foreground": "#f1c40f", "background": "#2c3e50"}
        Could you check whether text in #555555 meets AAA against a #f5f5f5 background? => {"foreground": "#555555", "background": "#f5f5f5"}
        Our accessibility audit flagged a label with foreground #999999 and background #eeeeee. How bad is the contrast? => {"foreground": "#999999", "background": "#eeeeee"}
        wcag contrast fg #1a1a1a bg #fafafa => {"foreground": "#1a1a1a", "background": "#fafafa"}
        Before the client call this afternoon, can you tell me if #e74c3c text on #ffffff passes AA? => {"foreground": "#e74c3c", "background": "#ffffff"}
        Is #3498db text readable enough on a #ecf0f1 page for accessibility? => {"foreground": "#3498db", "background": "#ecf0f1"}
        How readable is #666666 text against a #000000 backdrop by WCAG standards? => {"foreground": "#666666", "background": "#000000"}
        If I set body copy to #2d3436 on a #dfe6e9 card, will it pass AA? => {"foreground": "#2d3436", "background": "#dfe6e9"}
        Check the contrast of foreground #ffffff over background #27ae60. => {"foreground": "#ffffff", "background": "#27ae60"}
        Wondering whether #0a3d62 headings on #f8c291 meet AAA. => {"foreground": "#0a3d62", "background": "#f8c291"}
    Incomplete:
        Is the contrast between my text colour and my background colour accessible?
        What's the contrast ratio between the two colours on my site?
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
        What colour do I get if I mix #ff0000 and #0000ff? => {"color_a": "#ff0000", "color_b": "#0000ff"}
        Mix #ffffff with 25% of #000000. => {"color_a": "#ffffff", "color_b": "#000000", "weight": 0.25}
        Blend #f39c12 and #8e44ad with a weight of 0.3 toward the second colour. => {"color_a": "#f39c12", "color_b": "#8e44ad", "weight": 0.3}
        I'm making a hover state: take my button colour #2980b9 and blend in 20% of #ffffff. => {"color_a": "#2980b9", "color_b": "#ffffff", "weight": 0.2}
        midpoint of #ff6600 and #0066ff => {"color_a": "#ff6600", "color_b": "#0066ff"}
        Could you average the colours #e74c3c and #f1c40f for me? => {"color_a": "#e74c3c", "color_b": "#f1c40f"}
        Our two brand colours are #1abc9c and #34495e. What's a 60% blend toward the second one? => {"color_a": "#1abc9c", "color_b": "#34495e", "weight": 0.6}
        mix #000080 #ffd700 => {"color_a": "#000080", "color_b": "#ffd700"}
        Combine #16a085 and #f39c12 in equal parts. => {"color_a": "#16a085", "color_b": "#f39c12"}
        If I tint #2c3e50 with 40% of #ecf0f1, which hex comes out? => {"color_a": "#2c3e50", "color_b": "#ecf0f1", "weight": 0.4}
        even mix #d35400 + #2980b9 => {"color_a": "#d35400", "color_b": "#2980b9"}
        For a gradient stop, I want #8e44ad shifted 0.75 of the way toward #3498db. => {"color_a": "#8e44ad", "color_b": "#3498db", "weight": 0.75}
    Incomplete:
        Blend my two brand colours together.
        What colour comes out of mixing my background colour with my accent colour?
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
        complement of #3366cc => {"hex_color": "#3366cc"}
        What's the complementary colour of #ff8800? => {"hex_color": "#ff8800"}
        I have an accent colour, #008080. Which colour sits opposite it on the colour wheel? => {"hex_color": "#008080"}
        Please find the complementary hex for #9b59b6. => {"hex_color": "#9b59b6"}
        For a poster I want a background that complements my main colour #27ae60. What's its complementary colour? => {"hex_color": "#27ae60"}
        Do you know the opposite hue of #c0392b? => {"hex_color": "#c0392b"}
        complementary color 1abc9c => {"hex_color": "1abc9c"}
        Totally unrelated to my tax return, but what colour complements #f4d03f on the wheel? => {"hex_color": "#f4d03f"}
        Opposite of #e67e22 on the colour wheel? => {"hex_color": "#e67e22"}
        If my logo is #2c3e50, which colour would be its complement? => {"hex_color": "#2c3e50"}
        Spin the hue of #8e44ad halfway round the wheel and give me the resulting hex. => {"hex_color": "#8e44ad"}
        Wondering which colour pairs as the complement to #1e8449. => {"hex_color": "#1e8449"}
    Incomplete:
        What's the complementary colour of my logo colour?
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
        hex for navy => {"name": "navy"}
        What's the hex code of coral? => {"name": "coral"}
        Could you give me the hex value for the CSS colour crimson? => {"name": "crimson"}
        I'm cleaning up an old stylesheet that says color: turquoise. What hex is that? => {"name": "turquoise"}
        Do you know which hex code khaki corresponds to? => {"name": "khaki"}
        My kid asked what lavender is in hex. Any idea? => {"name": "lavender"}
        Please convert the colour name chocolate to hex. => {"name": "chocolate"}
        salmon as a hex code => {"name": "salmon"}
        Translate the CSS keyword olive into a hex code. => {"name": "olive"}
        If a stylesheet uses the named colour indigo, what hex value does that resolve to? => {"name": "indigo"}
        maroon in #rrggbb form => {"name": "maroon"}
        Wondering what hex value the browser uses for beige. => {"name": "beige"}
    Incomplete:
        What's the hex code of that CSS colour name?
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
        Darken #ffcc00 by 15 points. => {"hex_color": "#ffcc00", "amount_percent": -15}
        Make #2ecc71 10% lighter. => {"hex_color": "#2ecc71", "amount_percent": 10}
        I need a hover colour: take #e74c3c and darken it by 12 lightness points. => {"hex_color": "#e74c3c", "amount_percent": -12}
        Can you bump the lightness of #34495e up by 25? => {"hex_color": "#34495e", "amount_percent": 25}
        This colour, #95a5a6, looks washed out on my slide. Could you darken it by 30%? => {"hex_color": "#95a5a6", "amount_percent": -30}
        #8e44ad lightness +8 => {"hex_color": "#8e44ad", "amount_percent": 8}
        What do I get if I lower the HSL lightness of #1abc9c by 5 points? => {"hex_color": "#1abc9c", "amount_percent": -5}
        Brighten #5d6d7e by 18 points of lightness. => {"hex_color": "#5d6d7e", "amount_percent": 18}
        If I drop the lightness of #f1948a by 22 points, what hex do I end up with? => {"hex_color": "#f1948a", "amount_percent": -22}
        #1f618d, 35% lighter => {"hex_color": "#1f618d", "amount_percent": 35}
        For a disabled-button state, I'd like #117a65 darkened by 9 lightness points. => {"hex_color": "#117a65", "amount_percent": -9}
    Incomplete:
        Make my button colour lighter by a few points.
        Darken my brand colour a bit.
    """
    r, g, b = _rgb(hex_color)
    h, l_, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    if not 0.0 <= l_ + amount_percent / 100 <= 1.0:
        # clamped to black or white the answer says nothing about the colour
        raise ValueError(
            f"{hex_color} has {l_ * 100:.1f}% lightness: {amount_percent:+g} points would go "
            "past black or white; use a smaller amount"
        )
    l_ = l_ + amount_percent / 100
    rr, gg, bb = colorsys.hls_to_rgb(h, l_, s)
    return _hex(rr * 255, gg * 255, bb * 255)


def to_grayscale(hex_color: Hex) -> str:
    """Grayscale version of a colour (luma, Rec. 601 weights).

    Args:
        hex_color: The colour, hex.

    Returns:
        The gray as #rrggbb.

    Examples:
        #ff8800 to grayscale => {"hex_color": "#ff8800"}
        What grey matches #2e8b57? => {"hex_color": "#2e8b57"}
        Please convert #e67e22 to a greyscale hex. => {"hex_color": "#e67e22"}
        I'm printing in black and white. What shade of grey will #3498db come out as? => {"hex_color": "#3498db"}
        Could you desaturate #c0392b into its luma grey? => {"hex_color": "#c0392b"}
        How would #9b59b6 look in grayscale? => {"hex_color": "#9b59b6"}
        My printer is out of colour ink, sigh. Anyway, what's the grey equivalent of #16a085? => {"hex_color": "#16a085"}
        grayscale of f39c12 => {"hex_color": "f39c12"}
        Grey version of #a569bd? => {"hex_color": "#a569bd"}
        If a photo filter strips the colour from #48c9b0, which grey hex remains? => {"hex_color": "#48c9b0"}
        Turn #dc7633 into its luma-based gray. => {"hex_color": "#dc7633"}
        Wondering which grey #5499c7 maps to once the colour is removed. => {"hex_color": "#5499c7"}
    Incomplete:
        Convert my logo colour to grayscale.
    """
    r, g, b = _rgb(hex_color)
    y = 0.299 * r + 0.587 * g + 0.114 * b
    return _hex(y, y, y)
