"""Health and nutrition formulas (informational, not medical advice)."""

import math
from typing import Annotated, Literal

Kg = Annotated[float, {"exclusiveMinimum": 0, "maximum": 700}]
Cm = Annotated[float, {"exclusiveMinimum": 0, "maximum": 300}]
Age = Annotated[int, {"minimum": 1, "maximum": 130}]
Sex = Literal["male", "female"]
Activity = Literal["sedentary", "light", "moderate", "active", "very_active"]
_ACTIVITY = {"sedentary": 1.2, "light": 1.375, "moderate": 1.55, "active": 1.725, "very_active": 1.9}


def bmi(weight_kg: Kg, height_cm: Cm) -> dict[str, object]:
    """Body mass index and its WHO category.

    Args:
        weight_kg: Body weight in kilograms.
        height_cm: Height in centimetres.

    Returns:
        bmi (1 decimal) and category.

    Examples:
        What's my BMI if I weigh 72 kg and I'm 178 cm tall? => {"weight_kg": 72, "height_cm": 178}
        BMI for 95 kg at 170 cm? => {"weight_kg": 95, "height_cm": 170}
    """
    v = weight_kg / (height_cm / 100) ** 2
    cat = "underweight" if v < 18.5 else "normal" if v < 25 else "overweight" if v < 30 else "obese"
    return {"bmi": round(v, 1), "category": cat}


def basal_metabolic_rate(weight_kg: Kg, height_cm: Cm, age: Age, sex: Sex) -> float:
    """Basal metabolic rate (Mifflin-St Jeor equation).

    Args:
        weight_kg: Body weight in kilograms.
        height_cm: Height in centimetres.
        age: Age in years.
        sex: male or female.

    Returns:
        BMR in kcal per day, rounded to 1 decimal.

    Examples:
        BMR for a 30 year old male, 80 kg, 180 cm? => {"weight_kg": 80, "height_cm": 180, "age": 30, "sex": "male"}
        What is the basal metabolic rate of a 45-year-old female weighing 62 kg at 165 cm? => {"weight_kg": 62, "height_cm": 165, "age": 45, "sex": "female"}
    """
    return round(10 * weight_kg + 6.25 * height_cm - 5 * age + (5 if sex == "male" else -161), 1)


def daily_calorie_needs(weight_kg: Kg, height_cm: Cm, age: Age, sex: Sex, activity_level: Activity) -> dict[str, float]:
    """Total daily energy expenditure and calorie targets to lose, keep or gain weight.

    Args:
        weight_kg: Body weight in kilograms.
        height_cm: Height in centimetres.
        age: Age in years.
        sex: male or female.
        activity_level: sedentary, light, moderate, active or very_active.

    Returns:
        maintain, lose (-500 kcal) and gain (+500 kcal) in kcal per day.

    Examples:
        How many calories does a 25-year-old female, 60 kg, 168 cm, with moderate activity need? => {"weight_kg": 60, "height_cm": 168, "age": 25, "sex": "female", "activity_level": "moderate"}
        Daily calories for a sedentary 50 year old male at 90 kg and 175 cm? => {"weight_kg": 90, "height_cm": 175, "age": 50, "sex": "male", "activity_level": "sedentary"}
    """
    tdee = basal_metabolic_rate(weight_kg, height_cm, age, sex) * _ACTIVITY[activity_level]
    return {"maintain": round(tdee), "lose": round(tdee - 500), "gain": round(tdee + 500)}


def ideal_body_weight(height_cm: Annotated[float, {"minimum": 130, "maximum": 250}], sex: Sex) -> float:
    """Ideal body weight by the Devine formula.

    Args:
        height_cm: Height in centimetres (130 to 250).
        sex: male or female.

    Returns:
        Ideal weight in kilograms, rounded to 1 decimal.

    Examples:
        What's the ideal weight for a male who is 183 cm tall? => {"height_cm": 183, "sex": "male"}
        Ideal body weight of a 160 cm female? => {"height_cm": 160, "sex": "female"}
    """
    inches_over = height_cm / 2.54 - 60
    return round((50 if sex == "male" else 45.5) + 2.3 * inches_over, 1)


def daily_water_intake(weight_kg: Kg, exercise_minutes: Annotated[int, {"minimum": 0, "maximum": 1440}] = 0) -> float:
    """Rough daily water target: 35 ml per kg plus 12 ml per exercise minute.

    Args:
        weight_kg: Body weight in kilograms.
        exercise_minutes: Minutes of exercise that day.

    Returns:
        Litres per day, rounded to 2 decimals.

    Examples:
        How much water should a 70 kg person drink daily? => {"weight_kg": 70}
        Water intake for 85 kg with 60 exercise minutes? => {"weight_kg": 85, "exercise_minutes": 60}
    """
    return round((35 * weight_kg + 12 * exercise_minutes) / 1000, 2)


def target_heart_rate(age: Age, resting_heart_rate: Annotated[int, {"minimum": 30, "maximum": 120}], intensity_percent: Annotated[float, {"minimum": 30, "maximum": 100}]) -> int:
    """Training heart rate by the Karvonen method.

    Args:
        age: Age in years.
        resting_heart_rate: Resting heart rate in beats per minute.
        intensity_percent: Target intensity as a percentage of heart-rate reserve.

    Returns:
        Target heart rate in beats per minute.

    Examples:
        Target heart rate at 70% intensity for a 40 year old with resting rate 60? => {"age": 40, "resting_heart_rate": 60, "intensity_percent": 70}
        What's the 85 percent training zone for age 25 and resting pulse 55? => {"age": 25, "resting_heart_rate": 55, "intensity_percent": 85}
    """
    mhr = 220 - age
    return round((mhr - resting_heart_rate) * intensity_percent / 100 + resting_heart_rate)


def macronutrient_split(calories: Annotated[float, {"minimum": 500, "maximum": 10000}], protein_percent: Annotated[float, {"minimum": 0, "maximum": 100}], carb_percent: Annotated[float, {"minimum": 0, "maximum": 100}], fat_percent: Annotated[float, {"minimum": 0, "maximum": 100}]) -> dict[str, float]:
    """Grams of protein, carbohydrate and fat for a calorie target.

    Args:
        calories: Daily calorie target in kcal.
        protein_percent: Share of calories from protein.
        carb_percent: Share of calories from carbohydrate.
        fat_percent: Share of calories from fat (the three must sum to 100).

    Returns:
        protein_g, carbs_g and fat_g.

    Examples:
        Split 2000 calories into 30% protein, 40% carbs and 30% fat. => {"calories": 2000, "protein_percent": 30, "carb_percent": 40, "fat_percent": 30}
        Macros for 2500 kcal at 25 protein, 50 carb, 25 fat percent? => {"calories": 2500, "protein_percent": 25, "carb_percent": 50, "fat_percent": 25}
    """
    if abs(protein_percent + carb_percent + fat_percent - 100) > 0.01:
        raise ValueError("the three percentages must add up to 100")
    return {"protein_g": round(calories * protein_percent / 400, 1), "carbs_g": round(calories * carb_percent / 400, 1), "fat_g": round(calories * fat_percent / 900, 1)}


def calories_burned(activity: Literal["walking", "running", "cycling", "swimming", "yoga", "rowing", "hiking", "dancing"], weight_kg: Kg, minutes: Annotated[float, {"exclusiveMinimum": 0, "maximum": 1440}]) -> float:
    """Calories burned during an activity (MET values from the Compendium).

    Args:
        activity: walking, running, cycling, swimming, yoga, rowing, hiking or dancing.
        weight_kg: Body weight in kilograms.
        minutes: Duration in minutes.

    Returns:
        Energy in kcal, rounded to 1 decimal.

    Examples:
        How many calories does a 70 kg person burn running for 30 minutes? => {"activity": "running", "weight_kg": 70, "minutes": 30}
        Calories burned swimming for 45 minutes at 82 kg? => {"activity": "swimming", "weight_kg": 82, "minutes": 45}
    """
    met = {"walking": 3.5, "running": 9.8, "cycling": 7.5, "swimming": 6.0, "yoga": 2.5, "rowing": 7.0, "hiking": 6.0, "dancing": 5.0}[activity]
    return round(met * 3.5 * weight_kg / 200 * minutes, 1)


def body_fat_navy(sex: Sex, height_cm: Cm, waist_cm: Cm, neck_cm: Cm, hip_cm: Annotated[float | None, {"exclusiveMinimum": 0}] = None) -> float:
    """Body-fat percentage by the U.S. Navy circumference method.

    Args:
        sex: male or female.
        height_cm: Height in centimetres.
        waist_cm: Waist circumference in centimetres.
        neck_cm: Neck circumference in centimetres.
        hip_cm: Hip circumference in centimetres (required for females).

    Returns:
        Body fat in percent, rounded to 1 decimal.

    Examples:
        Body fat for a male 180 cm tall with a 85 cm waist and 38 cm neck? => {"sex": "male", "height_cm": 180, "waist_cm": 85, "neck_cm": 38}
        Estimate body fat of a female, 165 cm, waist 70, neck 32, hips 95 cm. => {"sex": "female", "height_cm": 165, "waist_cm": 70, "neck_cm": 32, "hip_cm": 95}
    """
    if sex == "male":
        if waist_cm <= neck_cm:
            raise ValueError("waist must be larger than neck")
        v = 495 / (1.0324 - 0.19077 * math.log10(waist_cm - neck_cm) + 0.15456 * math.log10(height_cm)) - 450
    else:
        if hip_cm is None:
            raise ValueError("hip_cm is required for females")
        v = 495 / (1.29579 - 0.35004 * math.log10(waist_cm + hip_cm - neck_cm) + 0.221 * math.log10(height_cm)) - 450
    return round(v, 1)


def blood_pressure_category(systolic: Annotated[int, {"minimum": 50, "maximum": 300}], diastolic: Annotated[int, {"minimum": 30, "maximum": 200}]) -> str:
    """Blood-pressure category (American Heart Association, 2017).

    Args:
        systolic: Systolic pressure in mmHg.
        diastolic: Diastolic pressure in mmHg.

    Returns:
        normal, elevated, hypertension stage 1, hypertension stage 2 or hypertensive crisis.

    Examples:
        Is a blood pressure of 128 over 78 normal? => {"systolic": 128, "diastolic": 78}
        What category is 145/95 blood pressure? => {"systolic": 145, "diastolic": 95}
    """
    if systolic > 180 or diastolic > 120:
        return "hypertensive crisis"
    if systolic >= 140 or diastolic >= 90:
        return "hypertension stage 2"
    if systolic >= 130 or diastolic >= 80:
        return "hypertension stage 1"
    if systolic >= 120:
        return "elevated"
    return "normal"
