"""Descriptive and inferential statistics on lists of numbers."""

import math
import statistics as st
from typing import Annotated, Literal

Numbers = Annotated[list[float], {"minItems": 1}]
Numbers2 = Annotated[list[float], {"minItems": 2}]


def mean(values: Numbers) -> float:
    """Arithmetic mean of a list of numbers.

    Args:
        values: The numbers (at least one).

    Returns:
        Their mean, rounded to 10 decimals.

    Examples:
        What's the average of 4, 8, 15, 16, 23 and 42? => {"values": [4, 8, 15, 16, 23, 42]}
        Compute the mean of 2.5, 3.5 and 9. => {"values": [2.5, 3.5, 9]}
        average of 12, 15, 11, 18 => {"values": [12, 15, 11, 18]}
        My recent runs took 28.4, 27.9, 30.1, 29.5 and 28.8 minutes. What is my average time? => {"values": [28.4, 27.9, 30.1, 29.5, 28.8]}
        Please calculate the mean monthly electricity bill from 84, 92, 77, 105, 98 and 88. => {"values": [84, 92, 77, 105, 98, 88]}
        Any idea what the arithmetic mean of -3, 7, 12 and -1 is? => {"values": [-3, 7, 12, -1]}
        I scored 72, 85, 90 and 64 on my quizzes; where does that put my average? => {"values": [72, 85, 90, 64]}
        Daily highs this week were 18.5, 21, 19.5, 23, 22, 20 and 17.5 °C. What was the mean temperature? => {"values": [18.5, 21, 19.5, 23, 22, 20, 17.5]}
        Average out 3.2, 4.8, 5.1 and 2.9 for me. => {"values": [3.2, 4.8, 5.1, 2.9]}
        mean 140 155 162 149 171 => {"values": [140, 155, 162, 149, 171]}
        If the readings came out as 0.42, 0.39, 0.45, 0.41 and 0.40, what would their mean be? => {"values": [0.42, 0.39, 0.45, 0.41, 0.40]}
        For my budget sheet, how much did groceries average if the months came to 310, 275, 342 and 298? => {"values": [310, 275, 342, 298]}
    Incomplete:
        What is the average of my quiz scores?
        Can you compute the mean of this week\'s temperatures?
    """
    return round(st.fmean(values), 10)


def median(values: Numbers) -> float:
    """Median (middle value) of a list of numbers.

    Args:
        values: The numbers (at least one).

    Returns:
        The median; the mean of the two middle values for an even count.

    Examples:
        Find the median of 7, 1, 3, 9 and 5. => {"values": [7, 1, 3, 9, 5]}
        What is the median of 10, 20, 30 and 40? => {"values": [10, 20, 30, 40]}
        median of 3, 8, 1, 9, 4, 7 => {"values": [3, 8, 1, 9, 4, 7]}
        House prices on my street are 325000, 410000, 298000, 500000 and 352000. What is the median? => {"values": [325000, 410000, 298000, 500000, 352000]}
        Could you find the middle value of 14, 2, 27, 9 and 11? => {"values": [14, 2, 27, 9, 11]}
        I'm trying to find the median response time for 120, 95, 310, 150, 101 and 99 ms? => {"values": [120, 95, 310, 150, 101, 99]}
        I'm comparing offers of 52000, 61000, 48000 and 75000 a year; what's the median salary? => {"values": [52000, 61000, 48000, 75000]}
        Before I paste it into my report: the median of 2.4, 3.1, 2.9, 3.6 and 2.2, please. => {"values": [2.4, 3.1, 2.9, 3.6, 2.2]}
        Sort 61, 48, 93, 55, 70 and tell me the middle one. => {"values": [61, 48, 93, 55, 70]}
        median commute minutes 25 40 18 33 29 51 => {"values": [25, 40, 18, 33, 29, 51]}
        Where does the middle fall for 8.5, 6.1, 9.7 and 7.3? => {"values": [8.5, 6.1, 9.7, 7.3]}
        Among ages 34, 29, 41, 52, 38 and 45, what age splits the group in half? => {"values": [34, 29, 41, 52, 38, 45]}
    Incomplete:
        What is the median house price on my street?
        Can you find the middle value of my measurements?
    """
    return float(st.median(values))


def mode(values: Numbers) -> list[float]:
    """Most frequent value(s) of a list.

    Args:
        values: The numbers (at least one).

    Returns:
        Every value that occurs most often, ascending.

    Examples:
        What is the mode of 1, 2, 2, 3, 3, 3, 4? => {"values": [1, 2, 2, 3, 3, 3, 4]}
        Find the most common value in 5, 7, 5, 9, 7. => {"values": [5, 7, 5, 9, 7]}
        mode of 4, 4, 6, 7, 7, 7, 9 => {"values": [4, 4, 6, 7, 7, 7, 9]}
        Shoe sizes sold today were 42, 40, 42, 44, 41, 42 and 40. Which size was most common? => {"values": [42, 40, 42, 44, 41, 42, 40]}
        Tell me which value appears most often in 3, 1, 3, 2, 1, 3. => {"values": [3, 1, 3, 2, 1, 3]}
        What's the mode of these quiz scores: 8, 9, 7, 9, 10, 9, 6? => {"values": [8, 9, 7, 9, 10, 9, 6]}
        I logged my daily cups of coffee as 2, 3, 2, 1, 3, 2. What is the most frequent count? => {"values": [2, 3, 2, 1, 3, 2]}
        Which price point shows up most in 9.99, 4.99, 9.99, 14.99, 4.99, 9.99? => {"values": [9.99, 4.99, 9.99, 14.99, 4.99, 9.99]}
        Most frequent number among 6, 2, 6, 8, 2, 6, 5? => {"values": [6, 2, 6, 8, 2, 6, 5]}
        Identify the modal value of 15, 20, 15, 25, 20, 15. => {"values": [15, 20, 15, 25, 20, 15]}
        Survey answers came back 3, 5, 4, 5, 3, 5, 2 — which answer was picked the most? => {"values": [3, 5, 4, 5, 3, 5, 2]}
        Give me the mode for the goals per match 1, 0, 2, 1, 3, 1, 0. => {"values": [1, 0, 2, 1, 3, 1, 0]}
    Incomplete:
        What is the mode of my data?
        Which shoe size sold most often today?
    """
    return sorted(float(v) for v in st.multimode(values))


def variance(values: Numbers2, population: bool = False) -> float:
    """Variance of a list of numbers.

    Args:
        values: The numbers (at least two).
        population: True for the population variance, false for the sample variance.

    Returns:
        The variance, rounded to 10 decimals.

    Examples:
        What is the sample variance of 2, 4, 4, 4, 5, 5, 7, 9? => {"values": [2, 4, 4, 4, 5, 5, 7, 9], "population": false}
        Compute the population variance of 1, 2, 3, 4 and 5. => {"values": [1, 2, 3, 4, 5], "population": true}
        variance of 3, 7, 7, 19 => {"values": [3, 7, 7, 19]}
        Please compute the population variance for the whole class's scores: 78, 85, 92, 66, 81. => {"values": [78, 85, 92, 66, 81], "population": true}
        I measured a sample of bolts at 50.1, 49.8, 50.3, 50.0 and 49.9 mm. What is their variance? => {"values": [50.1, 49.8, 50.3, 50.0, 49.9], "population": false}
        I'd like the variance of 12, 15, 9, 20, treating it as the entire population. => {"values": [12, 15, 9, 20], "population": true}
        My monthly returns were 1.2, -0.5, 2.1, 0.8 and -1.4 percent; what's the sample variance? => {"values": [1.2, -0.5, 2.1, 0.8, -1.4], "population": false}
        How spread out are 110, 125, 98, 131, 117 in terms of variance? => {"values": [110, 125, 98, 131, 117]}
        Sample variance for 14, 18, 11, 21, 16? => {"values": [14, 18, 11, 21, 16], "population": false}
        Treating 6, 9, 3, 12 as the full population, how large is the variance? => {"values": [6, 9, 3, 12], "population": true}
        var 0.8 1.3 0.9 1.6 1.1 => {"values": [0.8, 1.3, 0.9, 1.6, 1.1]}
        For a quality-control chart, work out the population variance of these fill weights in grams: 498, 502, 500, 497, 503. => {"values": [498, 502, 500, 497, 503], "population": true}
    Incomplete:
        What is the variance of my test scores?
        Can you compute the population variance of our sales figures?
    """
    return round(st.pvariance(values) if population else st.variance(values), 10)


def standard_deviation(values: Numbers2, population: bool = False) -> float:
    """Standard deviation of a list of numbers.

    Args:
        values: The numbers (at least two).
        population: True for the population standard deviation, false for the sample one.

    Returns:
        The standard deviation, rounded to 10 decimals.

    Examples:
        Find the standard deviation of 10, 12, 23, 23, 16, 23, 21, 16. => {"values": [10, 12, 23, 23, 16, 23, 21, 16]}
        What's the population standard deviation of 2, 4, 4, 4, 5, 5, 7 and 9? => {"values": [2, 4, 4, 4, 5, 5, 7, 9], "population": true}
        std dev 5, 9, 12, 4 => {"values": [5, 9, 12, 4]}
        Please give me the sample standard deviation of 172, 165, 180, 158, 175 cm. => {"values": [172, 165, 180, 158, 175], "population": false}
        Our daily sales were 340, 295, 410, 380 and 365; how much do they vary, as a standard deviation? => {"values": [340, 295, 410, 380, 365]}
        Population SD of 0.5, 0.7, 0.6 and 0.9? => {"values": [0.5, 0.7, 0.6, 0.9], "population": true}
        I timed my commute at 31, 28, 35, 40 and 29 minutes. What's the standard deviation? => {"values": [31, 28, 35, 40, 29]}
        For my lab report I need the SD of the sample 9.81, 9.79, 9.83, 9.80. => {"values": [9.81, 9.79, 9.83, 9.8], "population": false}
        How much do 62, 70, 58, 75, 66 deviate from their mean, as a sample standard deviation? => {"values": [62, 70, 58, 75, 66], "population": false}
        stdev of the whole population 3, 5, 8, 13 => {"values": [3, 5, 8, 13], "population": true}
        Tell me the sigma for the complete set 4.2, 3.8, 4.6, 4.0, 4.4; it's the entire population. => {"values": [4.2, 3.8, 4.6, 4.0, 4.4], "population": true}
        Estimating spread from a sample of 12, 15, 19, 14 and 20, what standard deviation comes out? => {"values": [12, 15, 19, 14, 20], "population": false}
    Incomplete:
        What is the standard deviation of my commute times?
        Can you work out the sample SD for my lab measurements?
    """
    return round(st.pstdev(values) if population else st.stdev(values), 10)


def percentile(values: Numbers, p: Annotated[float, {"minimum": 0, "maximum": 100}]) -> float:
    """The p-th percentile using linear interpolation between closest ranks.

    Args:
        values: The numbers (at least one).
        p: The percentile, from 0 to 100.

    Returns:
        The interpolated percentile value.

    Examples:
        What is the 90th percentile of 15, 20, 35, 40, 50? => {"values": [15, 20, 35, 40, 50], "p": 90}
        Find the 25th percentile of 3, 6, 7, 8, 8, 10, 13, 15, 16, 20. => {"values": [3, 6, 7, 8, 8, 10, 13, 15, 16, 20], "p": 25}
        75th percentile of 12, 45, 33, 27, 18, 50 => {"values": [12, 45, 33, 27, 18, 50], "p": 75}
        Compute the 95th percentile of these latencies in ms: 120, 135, 98, 210, 160, 145, 300. => {"values": [120, 135, 98, 210, 160, 145, 300], "p": 95}
        My kid\'s test scores were 67, 82, 74, 91, 88 and 79. What score marks the 40th percentile? => {"values": [67, 82, 74, 91, 88, 79], "p": 40}
        Could you work out the 10th percentile of 5.5, 7.2, 3.1, 8.8 and 6.0? => {"values": [5.5, 7.2, 3.1, 8.8, 6.0], "p": 10}
        I need the value below which 99 percent of these request sizes fall: 14, 18, 22, 250, 19, 17, 21. => {"values": [14, 18, 22, 250, 19, 17, 21], "p": 99}
        Which value sits at percentile 62.5 in 410, 380, 455, 520, 398, 470? => {"values": [410, 380, 455, 520, 398, 470], "p": 62.5}
        Where is the 80th percentile for 22, 31, 27, 45, 38, 29? => {"values": [22, 31, 27, 45, 38, 29], "p": 80}
        percentile 60 of 5, 9, 2, 7, 11 => {"values": [5, 9, 2, 7, 11], "p": 60}
        Below which value do 20 percent of 340, 410, 295, 380, 360 and 450 fall? => {"values": [340, 410, 295, 380, 360, 450], "p": 20}
        Report the 33rd percentile, with linear interpolation, of 1.8, 2.6, 2.1, 3.4, 2.9. => {"values": [1.8, 2.6, 2.1, 3.4, 2.9], "p": 33}
    Incomplete:
        Can you compute a percentile of my latency measurements?
        I need a percentile of the response times I logged yesterday.
    """
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return round(xs[lo] + (xs[hi] - xs[lo]) * (k - lo), 10)


def z_score(value: float, mean: float, std_dev: Annotated[float, {"exclusiveMinimum": 0}]) -> float:
    """Standard score of a value given a distribution's mean and standard deviation.

    Args:
        value: The observed value.
        mean: The distribution mean.
        std_dev: The distribution's standard deviation (positive).

    Returns:
        (value - mean) / std_dev, rounded to 6 decimals.

    Examples:
        What's the z-score of 85 if the mean is 70 and the standard deviation is 10? => {"value": 85, "mean": 70, "std_dev": 10}
        Compute the z score for 1.2 with mean 1.5 and std dev 0.2. => {"value": 1.2, "mean": 1.5, "std_dev": 0.2}
        z-score 130, mean 100, sd 15 => {"value": 130, "mean": 100, "std_dev": 15}
        My son scored 1340 on a test where the average is 1050 with standard deviation 200. How many standard deviations from the mean is that? => {"value": 1340, "mean": 1050, "std_dev": 200}
        Please standardize a reading of 37.8 given mean 36.9 and standard deviation 0.4. => {"value": 37.8, "mean": 36.9, "std_dev": 0.4}
        What standard score does 62 kg get when the average is 70 kg with an SD of 5.5 kg? => {"value": 62, "mean": 70, "std_dev": 5.5}
        I got 78 in an exam whose mean was 72 and standard deviation 8; what's my z? => {"value": 78, "mean": 72, "std_dev": 8}
        Our plant produced 4820 units today; with a daily mean of 5000 and SD of 150, how unusual is that as a z-score? => {"value": 4820, "mean": 5000, "std_dev": 150}
        How many SDs above or below average is 240, given mean 200 and standard deviation 25? => {"value": 240, "mean": 200, "std_dev": 25}
        standardized score for x = 9.4, mean 10, sd 0.3 => {"value": 9.4, "mean": 10, "std_dev": 0.3}
        If a batch averages 75 with an SD of 4, where does a reading of 81 stand in z terms? => {"value": 81, "mean": 75, "std_dev": 4}
        Express 3.1 as a z-score against a mean of 2.6 and a standard deviation of 0.25. => {"value": 3.1, "mean": 2.6, "std_dev": 0.25}
    Incomplete:
        What is the z-score of my exam result?
        My score was 85 and the class mean was 70; what is my z-score?
    """
    return round((value - mean) / std_dev, 6)


def pearson_correlation(x: Numbers2, y: Numbers2) -> float:
    """Pearson correlation coefficient between two equally long lists.

    Args:
        x: The first variable's values.
        y: The second variable's values (same length as x).

    Returns:
        r, between -1 and 1, rounded to 6 decimals.

    Examples:
        What's the correlation between 1, 2, 3, 4, 5 and 2, 4, 5, 4, 5? => {"x": [1, 2, 3, 4, 5], "y": [2, 4, 5, 4, 5]}
        Compute Pearson's r for x = 10, 20, 30 and y = 3, 1, 2. => {"x": [10, 20, 30], "y": [3, 1, 2]}
        pearson r x 2 4 6 8 y 10 8 7 3 => {"x": [2, 4, 6, 8], "y": [10, 8, 7, 3]}
        How strongly do hours studied 2, 4, 6, 8 correlate with scores 65, 70, 80, 85? => {"x": [2, 4, 6, 8], "y": [65, 70, 80, 85]}
        Please compute the correlation coefficient between temperatures 20, 25, 30, 35, 22 and ice cream sales 200, 260, 330, 390, 240. => {"x": [20, 25, 30, 35, 22], "y": [200, 260, 330, 390, 240]}
        Are 3, 6, 9, 12 and 7, 5, 6, 4 correlated? I need Pearson's r. => {"x": [3, 6, 9, 12], "y": [7, 5, 6, 4]}
        I'm checking whether ad spend of 1.5, 2.0, 3.2, 4.1 tracks revenue of 12, 15, 21, 26; what's the correlation? => {"x": [1.5, 2.0, 3.2, 4.1], "y": [12, 15, 21, 26]}
        Correlate sleep hours 6.5, 7, 8, 5.5, 7.5 with mood ratings 6, 8, 9, 4, 7, please. => {"x": [6.5, 7, 8, 5.5, 7.5], "y": [6, 8, 9, 4, 7]}
        Measure the linear association between 4, 7, 9, 12 and 30, 42, 47, 60. => {"x": [4, 7, 9, 12], "y": [30, 42, 47, 60]}
        correlation coefficient, x 1.1 2.3 3.0 4.8, y 5 9 10 17 => {"x": [1.1, 2.3, 3.0, 4.8], "y": [5, 9, 10, 17]}
        Does temperature 15, 18, 21, 24, 27 move together with heating cost 90, 80, 66, 55, 41? Give Pearson's coefficient. => {"x": [15, 18, 21, 24, 27], "y": [90, 80, 66, 55, 41]}
        I'd like to know how correlated page views 120, 340, 210, 560 are with sign-ups 4, 11, 6, 19. => {"x": [120, 340, 210, 560], "y": [4, 11, 6, 19]}
    Incomplete:
        What is the correlation between my study hours and my exam scores?
        Can you compute Pearson's r for my two columns of data?
    """
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    return round(st.correlation(x, y), 6)


def linear_regression(x: Numbers2, y: Numbers2) -> dict[str, float]:
    """Least-squares line y = slope * x + intercept.

    Args:
        x: The independent variable's values.
        y: The dependent variable's values (same length as x).

    Returns:
        The slope, intercept and r squared, each rounded to 6 decimals.

    Examples:
        Fit a line through x 1, 2, 3, 4 and y 2, 4.1, 5.9, 8.2. => {"x": [1, 2, 3, 4], "y": [2, 4.1, 5.9, 8.2]}
        Do a linear regression of y = 5, 7, 9 on x = 0, 1, 2. => {"x": [0, 1, 2], "y": [5, 7, 9]}
        best fit line x 1 2 3 y 3 5 8 => {"x": [1, 2, 3], "y": [3, 5, 8]}
        I recorded spring extensions of 0.5, 1.1, 1.4 and 2.1 cm for masses of 100, 200, 300 and 400 g. Fit extension against mass. => {"x": [100, 200, 300, 400], "y": [0.5, 1.1, 1.4, 2.1]}
        Please give me the slope and intercept of the least-squares line for x = 2, 4, 6, 8 and y = 10, 9, 7, 4. => {"x": [2, 4, 6, 8], "y": [10, 9, 7, 4]}
        Can you find the trend line for monthly sales of 110, 125, 140, 150, 170 over months 1, 2, 3, 4, 5? => {"x": [1, 2, 3, 4, 5], "y": [110, 125, 140, 150, 170]}
        Regress house price 250, 310, 360, 420 on floor area 80, 100, 120, 140 m². => {"x": [80, 100, 120, 140], "y": [250, 310, 360, 420]}
        My boss wants a quick least-squares fit of cost 52, 61, 75, 83 against batch size 10, 15, 22, 27; what's the line? => {"x": [10, 15, 22, 27], "y": [52, 61, 75, 83]}
        Least-squares slope and intercept for x 0, 5, 10, 15 and y 32, 41, 50, 59? => {"x": [0, 5, 10, 15], "y": [32, 41, 50, 59]}
        How does y = 3.1, 4.9, 7.2, 8.8 change with x = 1, 2, 3, 4? Give the regression line. => {"x": [1, 2, 3, 4], "y": [3.1, 4.9, 7.2, 8.8]}
        linear fit x 10 20 30 40 50 y 12 19 33 38 51 => {"x": [10, 20, 30, 40, 50], "y": [12, 19, 33, 38, 51]}
        If fuel used was 6.2, 7.8, 9.1 and 11.5 litres over trips of 80, 100, 120 and 150 km, what line predicts fuel from distance? => {"x": [80, 100, 120, 150], "y": [6.2, 7.8, 9.1, 11.5]}
    Incomplete:
        Can you fit a regression line to my sales data?
        What is the slope of the best-fit line through my measurements?
    """
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    fit = st.linear_regression(x, y)
    r = st.correlation(x, y)
    return {"slope": round(fit.slope, 6), "intercept": round(fit.intercept, 6), "r_squared": round(r * r, 6)}


def weighted_average(values: Numbers, weights: Numbers) -> float:
    """Weighted mean of values.

    Args:
        values: The values.
        weights: A non-negative weight per value (same length; not all zero).

    Returns:
        sum(value * weight) / sum(weight), rounded to 10 decimals.

    Examples:
        My grades are 90, 80 and 70 with weights 0.5, 0.3 and 0.2; what's the weighted average? => {"values": [90, 80, 70], "weights": [0.5, 0.3, 0.2]}
        Weighted mean of 3 and 5 with weights 1 and 4. => {"values": [3, 5], "weights": [1, 4]}
        My grades this term are 4.0, 3.3 and 3.7 for courses worth 3, 4 and 2 credits. What is my GPA? => {"values": [4.0, 3.3, 3.7], "weights": [3, 4, 2]}
        Please compute the weighted mean of prices 2.5, 3.1 and 2.8 weighted by quantities 100, 250 and 150. => {"values": [2.5, 3.1, 2.8], "weights": [100, 250, 150]}
        I'm trying to work out my final mark: homework at 88 counts 20, the midterm at 75 counts 30 and the final exam at 82 counts 50? => {"values": [88, 75, 82], "weights": [20, 30, 50]}
        I bought 10 shares at 150, 5 at 162 and 20 at 141. What's my average purchase price? => {"values": [150, 162, 141], "weights": [10, 5, 20]}
        weighted avg 7, 9, 10 weights 0.2, 0.3, 0.5 => {"values": [7, 9, 10], "weights": [0.2, 0.3, 0.5]}
        Our survey got rating 5 from 40 people, rating 4 from 25 and rating 2 from 10; what is the average rating? => {"values": [5, 4, 2], "weights": [40, 25, 10]}
        Weighting 68, 74 and 91 by 25, 30 and 45, what overall score results? => {"values": [68, 74, 91], "weights": [25, 30, 45]}
        What is the average price per kilo if I bought 12 kg at 3.5 a kilo, 8 kg at 4.2 a kilo and 20 kg at 2.9 a kilo? => {"values": [3.5, 4.2, 2.9], "weights": [12, 8, 20]}
        values 60 75 90, weights 1 2 3, weighted mean => {"values": [60, 75, 90], "weights": [1, 2, 3]}
        If a portfolio puts 40, 35 and 25 thousand dollars into funds returning 6.5, 3.2 and 9.1 percent, what return does the whole portfolio earn? => {"values": [6.5, 3.2, 9.1], "weights": [40, 35, 25]}
    Incomplete:
        What is the weighted average of my grades?
        Can you compute my GPA from this term\'s courses?
    """
    if len(values) != len(weights):
        raise ValueError("values and weights must have the same length")
    total = sum(weights)
    if total == 0:
        raise ValueError("weights must not all be zero")
    return round(sum(v * w for v, w in zip(values, weights)) / total, 10)


def normal_cdf(x: float, mean: float = 0.0, std_dev: Annotated[float, {"exclusiveMinimum": 0}] = 1.0, tail: Literal["lower", "upper"] = "lower") -> float:
    """Probability that a normal variable is below (or above) x.

    Args:
        x: The threshold value.
        mean: Mean of the normal distribution.
        std_dev: Standard deviation of the distribution (positive).
        tail: "lower" for P(X <= x), "upper" for P(X > x).

    Returns:
        The probability, rounded to 6 decimals.

    Examples:
        What's the probability a standard normal value is below 1.96? => {"x": 1.96, "tail": "lower"}
        If heights are normal with mean 170 and std dev 8, what fraction is above 185? => {"x": 185, "mean": 170, "std_dev": 8, "tail": "upper"}
        upper tail probability for z = 2.33 => {"x": 2.33, "tail": "upper"}
        Find P(X < 115) for a normal distribution with mean 100 and standard deviation 15. => {"x": 115, "mean": 100, "std_dev": 15, "tail": "lower"}
        Bag weights are normally distributed with mean 500 g and SD 3 g. Do you know what share of bags weigh less than 495 g? => {"x": 495, "mean": 500, "std_dev": 3, "tail": "lower"}
        A delivery time is normally distributed with mean 30 min and sd 6 min; what's the chance it takes more than 40 min? => {"x": 40, "mean": 30, "std_dev": 6, "tail": "upper"}
        standard normal cdf at -0.5 => {"x": -0.5}
        I'm trying to figure out how likely a score over 680 is when scores follow a normal curve with mean 600 and standard deviation 50. => {"x": 680, "mean": 600, "std_dev": 50, "tail": "upper"}
        Share of a normal population with mean 64 and SD 2.5 that exceeds 68? => {"x": 68, "mean": 64, "std_dev": 2.5, "tail": "upper"}
        How probable is a standard normal draw at or under -1.2? => {"x": -1.2, "tail": "lower"}
        standard normal P(Z > 0.84) => {"x": 0.84, "tail": "upper"}
        Assuming exam marks are normally distributed around 72 with a standard deviation of 9, what proportion scored 60 or less? => {"x": 60, "mean": 72, "std_dev": 9, "tail": "lower"}
    Incomplete:
        What is the probability that a normally distributed value is below my threshold?
        How likely is a delivery to take longer than usual if delivery times are normal?
    """
    p = st.NormalDist(mean, std_dev).cdf(x)
    return round(p if tail == "lower" else 1 - p, 6)


def data_range(values: Numbers) -> dict[str, float]:
    """Minimum, maximum, range and interquartile range of a list.

    Args:
        values: The numbers (at least one).

    Returns:
        min, max, range and iqr.

    Examples:
        What's the range of 12, 5, 28, 17 and 9? => {"values": [12, 5, 28, 17, 9]}
        Give me the min, max and IQR of 1, 3, 5, 7, 9, 11. => {"values": [1, 3, 5, 7, 9, 11]}
        min and max of 3, 9, 4, 15, 7 => {"values": [3, 9, 4, 15, 7]}
        Please summarise the spread of these lap times: 12.5, 14.1, 11.8, 16.0, 13.3 seconds, with min, max and IQR. => {"values": [12.5, 14.1, 11.8, 16.0, 13.3]}
        What's the interquartile range of 22, 35, 41, 28, 19, 50, 33, 27? => {"values": [22, 35, 41, 28, 19, 50, 33, 27]}
        I'm looking at daily highs of 31, 29, 35, 33, 30 and 28; how big is the range? => {"values": [31, 29, 35, 33, 30, 28]}
        How far apart are the lowest and highest of 840, 1020, 760 and 990? => {"values": [840, 1020, 760, 990]}
        For the dashboard I want the minimum, maximum and spread of -4.5, 2.0, -1.5, 6.5, 0.5. => {"values": [-4.5, 2.0, -1.5, 6.5, 0.5]}
        Smallest, largest, range and IQR of 44, 12, 37, 25, 51, 30? => {"values": [44, 12, 37, 25, 51, 30]}
        Summarize the spread of 7.4, 9.9, 6.2, 8.8 with its extremes and interquartile range. => {"values": [7.4, 9.9, 6.2, 8.8]}
        Between the lowest and highest of 15, 3, 22, 9, 18, how big is the gap? => {"values": [15, 3, 22, 9, 18]}
        If scores were 55, 78, 62, 91, 70 and 84, how wide is the middle half? => {"values": [55, 78, 62, 91, 70, 84]}
    Incomplete:
        What is the range of my lap times?
        Can you give me the min, max and IQR of my data?
    """
    return {
        "min": float(min(values)),
        "max": float(max(values)),
        "range": float(max(values) - min(values)),
        "iqr": percentile(values, 75) - percentile(values, 25),
    }
