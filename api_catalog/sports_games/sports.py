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
        What's the probability of rolling a total of 7 with 2 dice? => {"target": 7, "dice": 2}
        Chance of getting 10 with 3 dice, 6 sides each? => {"target": 10, "dice": 3, "sides": 6}
        odds of rolling 9 with ordinary dice => {"target": 9}
        What's the chance of rolling exactly 15 on 3d8? => {"target": 15, "dice": 3, "sides": 8}
        I'm designing a board game with 4 dice of 10 sides each. How likely is a total of 22? => {"target": 22, "dice": 4, "sides": 10}
        Could you work out how likely it is that 2 dice with 20 sides each add up to 21? => {"target": 21, "dice": 2, "sides": 20}
        In my board game I keep waiting for a 5. What's the chance that two dice show that sum? => {"target": 5, "dice": 2}
        Please give me the probability that 5 dice sum to 18. => {"target": 18, "dice": 5}
        How likely is a sum of 11 when throwing 3 dice? => {"target": 11, "dice": 3}
        Tell me the odds that 4 dice with 12 faces each total 30. => {"target": 30, "dice": 4, "sides": 12}
        probability two 10-sided dice land on a combined 13 => {"target": 13, "sides": 10}
        For a tabletop RPG session, I'd like to know how often 5 dice of 4 sides sum to 12. => {"target": 12, "dice": 5, "sides": 4}
    Incomplete:
        What's the chance of rolling the total I need with my dice?
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
        elo expected score 1850 vs 1720 => {"rating_a": 1850, "rating_b": 1720}
        I'm rated 1425 and my opponent tomorrow is 1580. What's my expected score? => {"rating_a": 1425, "rating_b": 1580}
        Could you calculate how many points per game a 2200-rated player should expect against a 2050? => {"rating_a": 2200, "rating_b": 2050}
        Do you know the Elo win probability for a 1300 facing an 1800? => {"rating_a": 1300, "rating_b": 1800}
        Our club lists me at 1975 and my rival at 1890; what score should I expect when we play? => {"rating_a": 1975, "rating_b": 1890}
        Please give the expected result for player A at 2600 and player B at 2750. => {"rating_a": 2600, "rating_b": 2750}
        On average, how much should a 1750-rated player score per game versus someone rated 1690? => {"rating_a": 1750, "rating_b": 1690}
        expected Elo result, player A 2480 and player B 2395 => {"rating_a": 2480, "rating_b": 2395}
        Suppose a player rated 1200 sits down against one rated 1515. By Elo, what score is the first player expected to get? => {"rating_a": 1200, "rating_b": 1515}
        I'd like to know my expected score as a 1890 going up against a 2010 in the club final. => {"rating_a": 1890, "rating_b": 2010}
    Incomplete:
        What's my expected score against a 1600 player?
        How likely am I to beat my rival, going by our Elo ratings?
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
        A 1500 player beats a 1700 player. What are the new ratings? => {"rating_a": 1500, "rating_b": 1700, "score_a": 1}
        Ratings after a draw between 2000 and 1900 with K factor 16? => {"rating_a": 2000, "rating_b": 1900, "score_a": 0.5, "k_factor": 16}
        elo update: 1620 lost to 1580, K 24 => {"rating_a": 1620, "rating_b": 1580, "score_a": 0, "k_factor": 24}
        I'm 1430 and just lost to a 1510 player — what are our ratings now? => {"rating_a": 1430, "rating_b": 1510, "score_a": 0}
        Could you update both ratings after a 2250 player drew with a 2310 player, using K=10? => {"rating_a": 2250, "rating_b": 2310, "score_a": 0.5, "k_factor": 10}
        My 1185-rated kid won against a 1240-rated player at the school tournament. How do the ratings change? => {"rating_a": 1185, "rating_b": 1240, "score_a": 1}
        Please recalculate the Elo after player A (1810) beat player B (1765) with a K-factor of 20. => {"rating_a": 1810, "rating_b": 1765, "score_a": 1, "k_factor": 20}
        Do you know what happens to a 1950 and a 1720 rating when they draw? => {"rating_a": 1950, "rating_b": 1720, "score_a": 0.5}
        Player A, rated 1640, loses to player B, rated 1555, with K = 40. Show both new Elo ratings. => {"rating_a": 1640, "rating_b": 1555, "score_a": 0, "k_factor": 40}
        new elo after 1905 beats 1980 => {"rating_a": 1905, "rating_b": 1980, "score_a": 1}
        How do the ratings move when a 2105 and a 2140 split the point in a drawn game? => {"rating_a": 2105, "rating_b": 2140, "score_a": 0.5}
        Tournament director here: after a win by the 1350 player over the 1420 player, K-factor 15, what are the updated ratings? => {"rating_a": 1350, "rating_b": 1420, "score_a": 1, "k_factor": 15}
    Incomplete:
        I just beat a 1700 player; what's my new rating?
        What are the new ratings after my draw with my brother?
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
        avg 12 for 40 => {"hits": 12, "at_bats": 40}
        My son had 23 hits in 71 at-bats this season — what's his batting average? => {"hits": 23, "at_bats": 71}
        Could you work out the batting average of a player who went 97 for 342? => {"hits": 97, "at_bats": 342}
        I'm filling in the league stats sheet: 61 hits, 215 at bats. What average goes in the column? => {"hits": 61, "at_bats": 215}
        Do you know what a hitter's average is with 130 hits in 498 at-bats? => {"hits": 130, "at_bats": 498}
        Please compute the batting average, rounded the usual way, for 8 hits in 31 at bats. => {"hits": 8, "at_bats": 31}
        How does 156 hits over 540 at-bats translate into a batting average? => {"hits": 156, "at_bats": 540}
        Give me the AVG for a hitter with 88 hits and 301 at bats. => {"hits": 88, "at_bats": 301}
        If a shortstop collects 142 hits in 575 at-bats, what does he bat? => {"hits": 142, "at_bats": 575}
        hits 19, at bats 64: batting avg => {"hits": 19, "at_bats": 64}
    Incomplete:
        What's my batting average if I had 45 hits this season?
        How do I figure out my son's batting average?
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
        Pace for a 42.2 km run finished in 210 minutes? => {"distance_km": 42.2, "time_minutes": 210}
        pace 5 km 27.5 min => {"distance_km": 5, "time_minutes": 27.5}
        I did a 21.1 km trail loop in 138 minutes. What pace per kilometre and per mile is that? => {"distance_km": 21.1, "time_minutes": 138}
        Could you work out my average speed and pace for 8 km covered in 41 minutes? => {"distance_km": 8, "time_minutes": 41}
        My watch died mid-run, but I know I did 15 km in 84 minutes — what was my pace? => {"distance_km": 15, "time_minutes": 84}
        Do you know what pace 3.2 km in 19 minutes works out to? => {"distance_km": 3.2, "time_minutes": 19}
        Please give me the min/km pace and km/h for a 12.5 km tempo run done in 60 minutes. => {"distance_km": 12.5, "time_minutes": 60}
        How fast per kilometre is 7.5 km done in 45 minutes? => {"distance_km": 7.5, "time_minutes": 45}
        Convert a 16 km run lasting 95 minutes into min/km, min/mile and km/h. => {"distance_km": 16, "time_minutes": 95}
        If someone covers 30 km in 170 minutes, what speed and pace did they hold? => {"distance_km": 30, "time_minutes": 170}
        average pace 6 km in 33.5 minutes => {"distance_km": 6, "time_minutes": 33.5}
    Incomplete:
        What's my pace if I ran 10 km this morning?
        How fast was my run yesterday, per kilometre?
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
        Predict a 42.195 km time from a 21.1 km race I did in 105 minutes. => {"known_distance_km": 21.1, "known_time_minutes": 105, "target_distance_km": 42.195}
        predicted 21.1 km time from 10 km in 48 min => {"known_distance_km": 10, "known_time_minutes": 48, "target_distance_km": 21.1}
        My last 8 km race took 36.5 minutes. Could you estimate how long 15 km would take me? => {"known_distance_km": 8, "known_time_minutes": 36.5, "target_distance_km": 15}
        Using the Riegel formula, what would a 30 km time be for someone who ran 12 km in 58 minutes? => {"known_distance_km": 12, "known_time_minutes": 58, "target_distance_km": 30}
        I'm signing up for a 50 km trail race and need a goal time. My recent 25 km race was 142 minutes. => {"known_distance_km": 25, "known_time_minutes": 142, "target_distance_km": 50}
        Do you know what a 3 km runner who clocks 11.5 minutes could do over 5 km? => {"known_distance_km": 3, "known_time_minutes": 11.5, "target_distance_km": 5}
        Please predict my 16 km finish: I covered 6.4 km in 31 minutes at last week's club race. => {"known_distance_km": 6.4, "known_time_minutes": 31, "target_distance_km": 16}
        Estimate how long 10 km would take a runner who did 4 km in 17.5 minutes. => {"known_distance_km": 4, "known_time_minutes": 17.5, "target_distance_km": 10}
        Riegel projection: 15 km in 72 minutes, target 25 km => {"known_distance_km": 15, "known_time_minutes": 72, "target_distance_km": 25}
        Given a 10 km result of 44 minutes, how fast could I run a 21.1 km race? => {"known_distance_km": 10, "known_time_minutes": 44, "target_distance_km": 21.1}
        Someone who finishes 7 km in 35 minutes — roughly what time would they run for 12 km? => {"known_distance_km": 7, "known_time_minutes": 35, "target_distance_km": 12}
    Incomplete:
        I ran 5 km in 25 minutes; what would my predicted time be for a longer race?
        Can you predict my 10 km time from my last race?
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
        win pct 61-101 => {"wins": 61, "losses": 101}
        Our Sunday league team went 14 wins, 6 losses and 3 draws. What's our winning percentage? => {"wins": 14, "losses": 6, "ties": 3}
        Could you tell me the winning percentage of a club that won 47 games and lost 35? => {"wins": 47, "losses": 35}
        I'm updating the standings: 11 wins and 4 losses so far. What percentage is that? => {"wins": 11, "losses": 4}
        Do you know my chess win rate if I've won 128, lost 97 and drawn 41? Count draws as half. => {"wins": 128, "losses": 97, "ties": 41}
        Please calculate the win percentage, ties counting half, for 7 wins, 8 losses and 1 tie. => {"wins": 7, "losses": 8, "ties": 1}
        Turn a record of 38 wins and 44 losses into a winning percentage. => {"wins": 38, "losses": 44}
        With 21 victories, 9 defeats and 4 ties, how often did the squad effectively win, in percent? => {"wins": 21, "losses": 9, "ties": 4}
        winning percentage, 66 wins 96 losses => {"wins": 66, "losses": 96}
        How do 12 wins, 10 losses and 5 draws come out as a win percentage when draws count half? => {"wins": 12, "losses": 10, "ties": 5}
    Incomplete:
        What's our win percentage with 50 wins this season?
        Could you work out my team's winning percentage?
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
        Score this game of all strikes: 10 10 10 10 10 10 10 10 10 10 10 10. => {"rolls": [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]}
        Bowling score for rolls 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9 1 9? => {"rolls": [9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9]}
        bowling total: 3 4 5 2 7 1 6 3 8 1 4 4 2 5 9 0 3 3 7 2 => {"rolls": [3, 4, 5, 2, 7, 1, 6, 3, 8, 1, 4, 4, 2, 5, 9, 0, 3, 3, 7, 2]}
        I bowled 10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1 tonight. What did I score? => {"rolls": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]}
        Could you total up a ten-pin game with these rolls: 8, 1, 7, 2, 10, 6, 3, 9, 1, 5, 4, 10, 7, 2, 8, 0, 9, 1, 6? => {"rolls": [8, 1, 7, 2, 10, 6, 3, 9, 1, 5, 4, 10, 7, 2, 8, 0, 9, 1, 6]}
        My kid's game sheet got smudged, but the pin counts were 5 3 6 4 2 7 10 8 1 3 6 9 1 4 5 7 3 10 6 2. What's the final score? => {"rolls": [5, 3, 6, 4, 2, 7, 10, 8, 1, 3, 6, 9, 1, 4, 5, 7, 3, 10, 6, 2]}
        Do you know what this game scores — 9, 0, 9, 0, 8, 1, 7, 2, 9, 0, 6, 3, 8, 0, 7, 1, 9, 0, 8, 1? => {"rolls": [9, 0, 9, 0, 8, 1, 7, 2, 9, 0, 6, 3, 8, 0, 7, 1, 9, 0, 8, 1]}
        Please score a game that went 10 10 10 10 10 10 10 10 10 9 1 7. => {"rolls": [10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 1, 7]}
        How many points does a ten-pin game earn when the rolls are 7, 3, 8, 1, 10, 9, 0, 6, 4, 10, 5, 3, 8, 2, 10, 7, 1? => {"rolls": [7, 3, 8, 1, 10, 9, 0, 6, 4, 10, 5, 3, 8, 2, 10, 7, 1]}
        Add up this bowling line, roll by roll: 4, 5, 10, 6, 3, 8, 2, 9, 0, 10, 10, 7, 1, 5, 4, 3, 6. => {"rolls": [4, 5, 10, 6, 3, 8, 2, 9, 0, 10, 10, 7, 1, 5, 4, 3, 6]}
        final score, ten-pin, rolls 10 9 1 8 2 7 3 6 4 5 5 4 6 3 7 2 8 1 9 10 => {"rolls": [10, 9, 1, 8, 2, 7, 3, 6, 4, 5, 5, 4, 6, 3, 7, 2, 8, 1, 9, 10]}
        If the rolls go 0, 0, 3, 7, 10, 10, 2, 5, 6, 1, 9, 1, 4, 4, 8, 0, 10, 10, 6, what should the scoreboard read? => {"rolls": [0, 0, 3, 7, 10, 10, 2, 5, 6, 1, 9, 1, 4, 4, 8, 0, 10, 10, 6]}
    Incomplete:
        What's the score of my bowling game from last night?
    """
    score, i, bonus = 0, 0, 0
    try:
        for _ in range(10):
            if rolls[i] == 10:
                score += 10 + rolls[i + 1] + rolls[i + 2]
                i, bonus = i + 1, 2
            elif rolls[i] + rolls[i + 1] == 10:
                score += 10 + rolls[i + 2]
                i, bonus = i + 2, 1
            else:
                if rolls[i] + rolls[i + 1] > 10:
                    raise ValueError(f"frame with {rolls[i]} and {rolls[i + 1]} knocks over more than 10 pins")
                score += rolls[i] + rolls[i + 1]
                i, bonus = i + 2, 0
    except IndexError:
        raise ValueError("the rolls do not make a complete game") from None
    # the tenth frame's bonus rolls (two after a strike, one after a spare) end the game
    if len(rolls) > i + bonus:
        raise ValueError(f"{len(rolls) - i - bonus} roll(s) after the end of the game")
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
        Drawing 5 cards from a 52 card deck that holds 4 winners, what's the chance of at least 1 winner? => {"deck_size": 52, "successes_in_deck": 4, "draws": 5, "at_least": 1}
        Probability of at least 2 hearts when I draw 7 from a 52 card deck with 13 hearts? => {"deck_size": 52, "successes_in_deck": 13, "draws": 7, "at_least": 2}
        60 card deck, 24 lands, 7 card hand: chance of at least 3 lands => {"deck_size": 60, "successes_in_deck": 24, "draws": 7, "at_least": 3}
        My 40-card deck runs 3 copies of my combo piece. How likely am I to see at least 1 copy in my top 6 cards? => {"deck_size": 40, "successes_in_deck": 3, "draws": 6, "at_least": 1}
        Could you work out the odds of drawing at least 2 of the 8 red cards when I take 5 from a pile of 30? => {"deck_size": 30, "successes_in_deck": 8, "draws": 5, "at_least": 2}
        A raffle bowl has 200 tickets and 15 of them are mine. If 10 tickets are drawn, what's the chance I win at least 1 prize? => {"deck_size": 200, "successes_in_deck": 15, "draws": 10, "at_least": 1}
        I'm trying to figure out the chance of getting at least 4 trumps in a 13 card hand from a 52 card deck with 12 trumps. => {"deck_size": 52, "successes_in_deck": 12, "draws": 13, "at_least": 4}
        Please give me the hypergeometric probability of at least 1 success drawing 9 from 100 items containing 6 successes. => {"deck_size": 100, "successes_in_deck": 6, "draws": 9, "at_least": 1}
        Out of a 45-card stack with 6 target cards, how probable is it that 8 draws turn up at least 2 targets? => {"deck_size": 45, "successes_in_deck": 6, "draws": 8, "at_least": 2}
        hypergeometric: N 80, K 10, n 12, at least 3 => {"deck_size": 80, "successes_in_deck": 10, "draws": 12, "at_least": 3}
        Tell me the chance that 7 cards drawn from a shuffled 99-card deck include at least 1 of its 10 marked cards. => {"deck_size": 99, "successes_in_deck": 10, "draws": 7, "at_least": 1}
        Suppose an urn holds 50 balls, 20 of them red, and 6 are taken without replacement: how likely is it that at least 4 are red? => {"deck_size": 50, "successes_in_deck": 20, "draws": 6, "at_least": 4}
    Incomplete:
        What's the chance of drawing at least one ace from my deck?
        How likely is it that I see a land in my opening hand?
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
        knight b8 moves => {"square": "b8"}
        I'm teaching my niece chess. Which squares can her knight on e5 jump to? => {"square": "e5"}
        Could you list every square a knight standing on a1 can reach? => {"square": "a1"}
        Do you know where my knight on h6 is able to go next? => {"square": "h6"}
        Please give me the legal knight destinations from c3, ignoring other pieces. => {"square": "c3"}
        In this puzzle the white knight sits on f7 — which squares does it attack? => {"square": "f7"}
        Show every L-shaped jump available to a knight placed on e4. => {"square": "e4"}
        knight on g7: reachable squares? => {"square": "g7"}
        From d6, which squares can a knight hop to? => {"square": "d6"}
        If a knight stood on c2, where could it land after one move? => {"square": "c2"}
    Incomplete:
        Where can my knight move from its current square?
    """
    f, r = ord(square[0]) - 97, int(square[1]) - 1
    out = [chr(97 + f + df) + str(r + dr + 1) for df, dr in product((-2, -1, 1, 2), repeat=2) if abs(df) != abs(dr) and 0 <= f + df < 8 and 0 <= r + dr < 8]
    return sorted(out)
