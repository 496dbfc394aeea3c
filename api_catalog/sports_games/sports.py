"""Sports statistics, ratings and game probabilities."""

import math
from itertools import product
from typing import Annotated

Count = Annotated[int, {"minimum": 0}]


def dice_sum_probability(target: Annotated[int, {"minimum": 1, "maximum": 200}], dice: Annotated[int, {"minimum": 1, "maximum": 10}] = 2, sides: Annotated[int, {"minimum": 2, "maximum": 20}] = 6) -> float:
    """Probability that fair dice add up to a target.

    Args:
        target: The total to roll.
        dice: Number of dice.
        sides: Faces per die.

    Returns:
        The probability, rounded to 6 decimals.

    Examples:
        What's the probability of rolling a total of 7 with 2 dice? => {"target": 7}
        Chance of getting 10 with 3 six-sided dice? => {"target": 10, "dice": 3, "sides": 6}
    """
    ways = [1]
    for _ in range(dice):
        nxt = [0] * (len(ways) + sides)
        for s, w in enumerate(ways):
            for f in range(1, sides + 1):
                nxt[s + f] += w
        ways = nxt
    hits = ways[target] if target < len(ways) else 0
    return round(hits / sides**dice, 6)


def elo_expected_score(rating_a: Annotated[float, {"minimum": 0, "maximum": 4000}], rating_b: Annotated[float, {"minimum": 0, "maximum": 4000}]) -> float:
    """Expected score of player A against player B under the Elo system.

    Args:
        rating_a: Elo rating of player A.
        rating_b: Elo rating of player B.

    Returns:
        A's expected score between 0 and 1, rounded to 4 decimals.

    Examples:
        What's the expected score of a 1600 player against a 1400 player? => {"rating_a": 1600, "rating_b": 1400}
        Win expectancy for 2100 versus 2350? => {"rating_a": 2100, "rating_b": 2350}
    """
    return round(1 / (1 + 10 ** ((rating_b - rating_a) / 400)), 4)


def elo_update(rating_a: Annotated[float, {"minimum": 0, "maximum": 4000}], rating_b: Annotated[float, {"minimum": 0, "maximum": 4000}], score_a: Annotated[float, {"enum": [0, 0.5, 1]}], k_factor: Annotated[float, {"exclusiveMinimum": 0, "maximum": 100}] = 32) -> dict[str, float]:
    """New Elo ratings of two players after a game.

    Args:
        rating_a: Elo rating of player A before the game.
        rating_b: Elo rating of player B before the game.
        score_a: A's result: 1 win, 0.5 draw, 0 loss.
        k_factor: The K-factor (maximum change per game).

    Returns:
        new_rating_a and new_rating_b, rounded to 1 decimal.

    Examples:
        A 1500 player beats a 1700 player (score 1); new ratings? => {"rating_a": 1500, "rating_b": 1700, "score_a": 1}
        Ratings after a draw (0.5) between 2000 and 1900 with K factor 16? => {"rating_a": 2000, "rating_b": 1900, "score_a": 0.5, "k_factor": 16}
    """
    ea = 1 / (1 + 10 ** ((rating_b - rating_a) / 400))
    delta = k_factor * (score_a - ea)
    return {"new_rating_a": round(rating_a + delta, 1), "new_rating_b": round(rating_b - delta, 1)}


def batting_average(hits: Count, at_bats: Annotated[int, {"minimum": 1}]) -> float:
    """Baseball batting average.

    Args:
        hits: Number of hits.
        at_bats: Number of at-bats (not below hits).

    Returns:
        hits / at_bats, rounded to 3 decimals.

    Examples:
        Batting average with 45 hits in 150 at bats? => {"hits": 45, "at_bats": 150}
        What is the average for 178 hits and 560 at-bats? => {"hits": 178, "at_bats": 560}
    """
    if hits > at_bats:
        raise ValueError("hits cannot exceed at-bats")
    return round(hits / at_bats, 3)


def running_pace(distance_km: Annotated[float, {"exclusiveMinimum": 0, "maximum": 1000}], time_minutes: Annotated[float, {"exclusiveMinimum": 0}]) -> dict[str, object]:
    """Pace and speed of a run.

    Args:
        distance_km: Distance in kilometres.
        time_minutes: Total time in minutes.

    Returns:
        pace per km (M:SS), pace per mile and speed in km/h.

    Examples:
        What's my pace if I ran 10 km in 52 minutes? => {"distance_km": 10, "time_minutes": 52}
        Pace for a 42.195 km marathon in 210 minutes? => {"distance_km": 42.195, "time_minutes": 210}
    """
    def fmt(minutes: float) -> str:
        total = round(minutes * 60)
        return f"{total // 60}:{total % 60:02d}"

    per_km = time_minutes / distance_km
    return {"pace_per_km": fmt(per_km), "pace_per_mile": fmt(per_km * 1.609344), "speed_kmh": round(distance_km / time_minutes * 60, 2)}


def race_time_prediction(known_distance_km: Annotated[float, {"exclusiveMinimum": 0}], known_time_minutes: Annotated[float, {"exclusiveMinimum": 0}], target_distance_km: Annotated[float, {"exclusiveMinimum": 0}]) -> float:
    """Predict a race time from another race (Riegel formula).

    Args:
        known_distance_km: Distance of a recent race in kilometres.
        known_time_minutes: Time of that race in minutes.
        target_distance_km: Distance to predict, in kilometres.

    Returns:
        Predicted time in minutes, rounded to 2 decimals.

    Examples:
        I ran 5 km in 25 minutes; what's my predicted 10 km time? => {"known_distance_km": 5, "known_time_minutes": 25, "target_distance_km": 10}
        Predict a 42.195 km marathon from a 21.1 km half in 105 minutes. => {"known_distance_km": 21.1, "known_time_minutes": 105, "target_distance_km": 42.195}
    """
    return round(known_time_minutes * (target_distance_km / known_distance_km) ** 1.06, 2)


def win_percentage(wins: Count, losses: Count, ties: Count = 0) -> float:
    """Winning percentage, counting ties as half a win.

    Args:
        wins: Games won.
        losses: Games lost.
        ties: Games tied.

    Returns:
        Percentage, rounded to 2 decimals.

    Examples:
        What's the win percentage for 50 wins and 32 losses? => {"wins": 50, "losses": 32}
        Win rate with 9 wins, 5 losses and 2 ties? => {"wins": 9, "losses": 5, "ties": 2}
    """
    games = wins + losses + ties
    if games == 0:
        raise ValueError("no games played")
    return round((wins + ties / 2) / games * 100, 2)


def bowling_score(rolls: Annotated[list[Annotated[int, {"minimum": 0, "maximum": 10}]], {"minItems": 11, "maxItems": 21}]) -> int:
    """Score of a complete ten-pin bowling game from its rolls.

    Args:
        rolls: Pins knocked down by each roll, in order.

    Returns:
        The final score.

    Examples:
        Score a perfect game of all strikes: 10 10 10 10 10 10 10 10 10 10 10 10. => {"rolls": [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}
        Bowling score for rolls 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9? => {"rolls": [9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9]}
    """
    score, i = 0, 0
    try:
        for _ in range(10):
            if rolls[i] == 10:
                score += 10 + rolls[i + 1] + rolls[i + 2]
                i += 1
            elif rolls[i] + rolls[i + 1] == 10:
                score += 10 + rolls[i + 2]
                i += 2
            else:
                if rolls[i] + rolls[i + 1] > 10:
                    raise ValueError(f"frame with {rolls[i]} and {rolls[i + 1]} knocks over more than 10 pins")
                score += rolls[i] + rolls[i + 1]
                i += 2
    except IndexError:
        raise ValueError("the rolls do not make a complete game") from None
    return score


def card_draw_probability(deck_size: Annotated[int, {"minimum": 1, "maximum": 1000}], successes_in_deck: Count, draws: Annotated[int, {"minimum": 1}], at_least: Annotated[int, {"minimum": 0}] = 1) -> float:
    """Probability of drawing at least k successes without replacement (hypergeometric).

    Args:
        deck_size: Cards in the deck.
        successes_in_deck: Cards in the deck that count as a success.
        draws: Cards drawn.
        at_least: Minimum number of successes wanted.

    Returns:
        The probability, rounded to 6 decimals.

    Examples:
        Drawing 5 cards from 52 with 4 aces, what's the chance of at least 1 ace? => {"deck_size": 52, "successes_in_deck": 4, "draws": 5}
        Probability of at least 2 hearts when I draw 7 from a 52 card deck with 13 hearts? => {"deck_size": 52, "successes_in_deck": 13, "draws": 7, "at_least": 2}
    """
    if successes_in_deck > deck_size or draws > deck_size:
        raise ValueError("successes and draws cannot exceed the deck size")
    total = math.comb(deck_size, draws)
    p = sum(math.comb(successes_in_deck, k) * math.comb(deck_size - successes_in_deck, draws - k) for k in range(at_least, min(draws, successes_in_deck) + 1))
    return round(p / total, 6)


def knight_moves(square: Annotated[str, {"pattern": "^[a-h][1-8]$"}]) -> list[str]:
    """Squares a chess knight can move to from a square.

    Args:
        square: The knight's square in algebraic notation, e.g. g1.

    Returns:
        The reachable squares, sorted.

    Examples:
        Where can a knight on g1 move? => {"square": "g1"}
        List the knight moves from d4. => {"square": "d4"}
    """
    f, r = ord(square[0]) - 97, int(square[1]) - 1
    out = [chr(97 + f + df) + str(r + dr + 1) for df, dr in product((-2, -1, 1, 2), repeat=2) if abs(df) != abs(dr) and 0 <= f + df < 8 and 0 <= r + dr < 8]
    return sorted(out)
