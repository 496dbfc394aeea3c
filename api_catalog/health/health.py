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
        BMI 82 kg 179 cm => {"weight_kg": 82, "height_cm": 179}
        I'm 165 cm and weigh 58.5 kg. Could you work out my BMI? => {"weight_kg": 58.5, "height_cm": 165}
        My doctor wants me to keep an eye on my body mass index. Today I'm at 101 kg with a height of 183 cm; which category does that put me in? => {"weight_kg": 101, "height_cm": 183}
        I'm trying to figure out whether 64 kg at 160 cm counts as a normal BMI. => {"weight_kg": 64, "height_cm": 160}
        Calculate body mass index: weight 77.3 kg, height 181 cm. => {"weight_kg": 77.3, "height_cm": 181}
        Just got back from the gym and feeling good. What's the BMI of someone 190 cm tall weighing 88 kg? => {"weight_kg": 88, "height_cm": 190}
        If someone stands 156 cm tall and weighs 61 kg, which weight class does their BMI fall into? => {"weight_kg": 61, "height_cm": 156}
        Wondering how a weight of 79 kg and a height of 176 cm translate into a BMI number. => {"weight_kg": 79, "height_cm": 176}
        body mass index check, 69.4 kg and 171 cm => {"weight_kg": 69.4, "height_cm": 171}
        For a health insurance form, what BMI goes with a height of 187 cm and a weight of 93 kg? => {"weight_kg": 93, "height_cm": 187}
    Incomplete:
        Can you calculate my BMI?
        What's my body mass index? I've been feeling heavier lately.
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
        BMR female 28 y 55 kg 162 cm => {"weight_kg": 55, "height_cm": 162, "age": 28, "sex": "female"}
        I'm a 52-year-old male, 178 cm and 84 kg. What's my basal metabolic rate? => {"weight_kg": 84, "height_cm": 178, "age": 52, "sex": "male"}
        Can you estimate the resting calorie burn (Mifflin-St Jeor) for a female aged 34, 68 kg, 170 cm? => {"weight_kg": 68, "height_cm": 170, "age": 34, "sex": "female"}
        How many calories does my body burn at rest? I'm female, 41 years old, 59.5 kg and 158 cm. => {"weight_kg": 59.5, "height_cm": 158, "age": 41, "sex": "female"}
        Work out BMR: male, age 19, weight 72 kg, height 185 cm. => {"weight_kg": 72, "height_cm": 185, "age": 19, "sex": "male"}
        Starting a cut next month, so I'm curious: what's the BMR of a 27 year old male at 95 kg and 188 cm? => {"weight_kg": 95, "height_cm": 188, "age": 27, "sex": "male"}
        Mifflin-St Jeor resting energy for a male aged 38, 91 kg, 177 cm? => {"weight_kg": 91, "height_cm": 177, "age": 38, "sex": "male"}
        How much energy would a 63-year-old female of 70 kg and 160 cm use per day at complete rest? => {"weight_kg": 70, "height_cm": 160, "age": 63, "sex": "female"}
        If a female is 36 years old, 174 cm tall and 66.5 kg, how many kcal would be burned daily at rest? => {"weight_kg": 66.5, "height_cm": 174, "age": 36, "sex": "female"}
        For my nutrition class homework: basal metabolic rate of a male, 56 years, 102 kg, 169 cm. => {"weight_kg": 102, "height_cm": 169, "age": 56, "sex": "male"}
    Incomplete:
        What's my basal metabolic rate? I'm a woman.
        Calculate my BMR please.
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
        How many calories does a 25-year-old female, 60 kg, 168 cm, activity level moderate, need? => {"weight_kg": 60, "height_cm": 168, "age": 25, "sex": "female", "activity_level": "moderate"}
        Daily calories for a 50 year old male at 90 kg and 175 cm, activity level sedentary? => {"weight_kg": 90, "height_cm": 175, "age": 50, "sex": "male", "activity_level": "sedentary"}
        TDEE male 35 y 78 kg 176 cm active => {"weight_kg": 78, "height_cm": 176, "age": 35, "sex": "male", "activity_level": "active"}
        I'm a 29-year-old female, 63 kg and 167 cm; my activity level is light. How many calories should I eat to maintain my weight? => {"weight_kg": 63, "height_cm": 167, "age": 29, "sex": "female", "activity_level": "light"}
        Figure out daily calorie targets for a male, age 22, 85 kg, 183 cm, activity: very active. => {"weight_kg": 85, "height_cm": 183, "age": 22, "sex": "male", "activity_level": "very_active"}
        How much should I eat to lose weight? I'm female, 45, 80 kg, 160 cm, activity level sedentary. => {"weight_kg": 80, "height_cm": 160, "age": 45, "sex": "female", "activity_level": "sedentary"}
        I need maintenance calories for a 60-year-old male weighing 70 kg at 172 cm, activity level moderate. => {"weight_kg": 70, "height_cm": 172, "age": 60, "sex": "male", "activity_level": "moderate"}
        Trying to put on some muscle this winter. I'm a 31 year old female, 57 kg, 165 cm, activity level very active; what are my daily calorie needs? => {"weight_kg": 57, "height_cm": 165, "age": 31, "sex": "female", "activity_level": "very_active"}
        Maintenance, cut and bulk calorie numbers for a female aged 39 at 71 kg and 163 cm, activity level sedentary. => {"weight_kg": 71, "height_cm": 163, "age": 39, "sex": "female", "activity_level": "sedentary"}
        Wondering what the TDEE would be for a male aged 42 weighing 98 kg at 182 cm and activity level light. => {"weight_kg": 98, "height_cm": 182, "age": 42, "sex": "male", "activity_level": "light"}
        If the activity level is active for a 27-year-old male at 74 kg and 179 cm, how many calories a day keep that weight steady? => {"weight_kg": 74, "height_cm": 179, "age": 27, "sex": "male", "activity_level": "active"}
        To plan my meal prep, tell me the daily kcal for a female, 55 years old, 66 kg, 158 cm, activity level moderate. => {"weight_kg": 66, "height_cm": 158, "age": 55, "sex": "female", "activity_level": "moderate"}
    Incomplete:
        How many calories should I eat per day to maintain my weight?
        What are my daily calorie needs? I'm moderately active.
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
        ideal weight female 170 cm => {"height_cm": 170, "sex": "female"}
        I'm male and 175.5 cm tall. What does the Devine formula say my ideal weight is? => {"height_cm": 175.5, "sex": "male"}
        Tell me the ideal body weight for a female of 152 cm. => {"height_cm": 152, "sex": "female"}
        I'm filling in a dosing chart at work. What is the ideal body weight for a male patient who is 190 cm? => {"height_cm": 190, "sex": "male"}
        I wonder what the ideal weight would be for a 168 cm female. => {"height_cm": 168, "sex": "female"}
        Compute IBW for male, height 162 cm. => {"height_cm": 162, "sex": "male"}
        According to Devine, a male at 178 cm should weigh how much? => {"height_cm": 178, "sex": "male"}
        Target weight by the Devine formula, female, 165.5 cm => {"height_cm": 165.5, "sex": "female"}
        If a female patient measures 157 cm, which weight does the Devine equation give? => {"height_cm": 157, "sex": "female"}
        For a nursing assignment, how heavy should a 186 cm tall male ideally be? => {"height_cm": 186, "sex": "male"}
    Incomplete:
        What's the ideal body weight for a woman?
        What should I ideally weigh?
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
        water per day 55 kg => {"weight_kg": 55}
        I weigh 92 kg and did a 45-minute run today. How much water should I aim for? => {"weight_kg": 92, "exercise_minutes": 45}
        Estimate daily water needs for someone at 63.5 kg. => {"weight_kg": 63.5}
        How many litres should I drink? I'm 78 kg and trained for 90 minutes. => {"weight_kg": 78, "exercise_minutes": 90}
        What's the daily water target for a 110 kg person with 30 minutes of exercise? => {"weight_kg": 110, "exercise_minutes": 30}
        It's been hot all week. At 68 kg, how much water should I be drinking a day? => {"weight_kg": 68}
        Hydration target for 74 kg plus 50 minutes of training? => {"weight_kg": 74, "exercise_minutes": 50}
        Roughly how many litres a day does a person of 88 kg need? => {"weight_kg": 88}
        If I'm 61 kg and cycle for 75 minutes, what daily fluid goal makes sense? => {"weight_kg": 61, "exercise_minutes": 75}
        For a reminder app I'm setting up, give the daily water amount for 57.5 kg. => {"weight_kg": 57.5}
    Incomplete:
        How much water should I drink each day?
        What's my daily water target after today's workout?
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
        karvonen age 35 resting 62 bpm 75% => {"age": 35, "resting_heart_rate": 62, "intensity_percent": 75}
        I'm 50 and my resting pulse is 68. What heart rate should I hold for a 60% intensity workout? => {"age": 50, "resting_heart_rate": 68, "intensity_percent": 60}
        Can you work out my target zone at 80 percent? I'm 33 with a resting heart rate of 52. => {"age": 33, "resting_heart_rate": 52, "intensity_percent": 80}
        Not sure what 65% intensity means in bpm for a 58 year old whose resting HR is 72. => {"age": 58, "resting_heart_rate": 72, "intensity_percent": 65}
        Calculate the Karvonen target heart rate for age 22, resting 58 bpm, intensity 90%. => {"age": 22, "resting_heart_rate": 58, "intensity_percent": 90}
        My coach wants my runs at 72.5% of heart-rate reserve. I'm 45 with a resting rate of 61; what number should my watch show? => {"age": 45, "resting_heart_rate": 61, "intensity_percent": 72.5}
        Which pulse should a 37-year-old with a resting rate of 64 aim for at 70% effort? => {"age": 37, "resting_heart_rate": 64, "intensity_percent": 70}
        Training zone by the Karvonen method: age 29, resting HR 57, 78 percent of reserve. => {"age": 29, "resting_heart_rate": 57, "intensity_percent": 78}
        If my resting heart rate is 66 and I'm 44, what bpm corresponds to 65% of heart-rate reserve? => {"age": 44, "resting_heart_rate": 66, "intensity_percent": 65}
        For a cycling plan, give me the heart rate at 82% intensity for age 31, resting 54 bpm. => {"age": 31, "resting_heart_rate": 54, "intensity_percent": 82}
    Incomplete:
        What's my target heart rate for a workout?
        What heart rate should I train at? I'm fairly fit.
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
        Macros for 2500 kcal at 25 protein, 45 carb, 30 fat percent? => {"calories": 2500, "protein_percent": 25, "carb_percent": 45, "fat_percent": 30}
        macros 1800 kcal protein 35% carbs 40% fat 25% => {"calories": 1800, "protein_percent": 35, "carb_percent": 40, "fat_percent": 25}
        I'm on a 2200-calorie plan with 40% carbs, 35% protein and 25% fat. How many grams of each is that? => {"calories": 2200, "protein_percent": 35, "carb_percent": 40, "fat_percent": 25}
        Break 3000 kcal down into grams at 20% protein, 50% carbohydrate and 30% fat. => {"calories": 3000, "protein_percent": 20, "carb_percent": 50, "fat_percent": 30}
        I'm aiming for 1900 kcal a day with 10% carbs, 20% protein and 70% fat. Do you know what that is in grams per macro? => {"calories": 1900, "protein_percent": 20, "carb_percent": 10, "fat_percent": 70}
        Split a daily target of 2750 kcal, please: protein 28%, carbs 42%, fat 30%. => {"calories": 2750, "protein_percent": 28, "carb_percent": 42, "fat_percent": 30}
        My nutritionist gave me 2100 calories with protein at 30 percent, carbs at 45 percent and fat at 25 percent. What does that come to in grams? => {"calories": 2100, "protein_percent": 30, "carb_percent": 45, "fat_percent": 25}
        Turn 1600 kcal into grams: 40% protein, 35% carbs, 25% fat. => {"calories": 1600, "protein_percent": 40, "carb_percent": 35, "fat_percent": 25}
        If my diet is 2300 calories with 15% protein, 55% carbohydrates and 30% fat, how many grams of each do I eat? => {"calories": 2300, "protein_percent": 15, "carb_percent": 55, "fat_percent": 30}
        Grams per macro at 2600 kcal with fat 30%, protein 22% and carbs 48%? => {"calories": 2600, "protein_percent": 22, "carb_percent": 48, "fat_percent": 30}
        Wondering how 1750 kcal breaks down in grams if protein is 32%, carbs 43% and fat 25%. => {"calories": 1750, "protein_percent": 32, "carb_percent": 43, "fat_percent": 25}
    Incomplete:
        How many grams of each macro should I eat?
        Split my daily calories into protein, carbs and fat grams.
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
        How many calories does a 70 kg person burn in 30 minutes of running? => {"activity": "running", "weight_kg": 70, "minutes": 30}
        Calories burned in 45 minutes of swimming at 82 kg? => {"activity": "swimming", "weight_kg": 82, "minutes": 45}
        kcal cycling 40 min 75 kg => {"activity": "cycling", "weight_kg": 75, "minutes": 40}
        I did 60 minutes of yoga this morning and I weigh 58 kg. Roughly how many calories was that? => {"activity": "yoga", "weight_kg": 58, "minutes": 60}
        Estimate the energy 25 minutes of rowing burns at 90 kg. => {"activity": "rowing", "weight_kg": 90, "minutes": 25}
        How many calories do 120 minutes of hiking burn for someone weighing 66 kg? => {"activity": "hiking", "weight_kg": 66, "minutes": 120}
        Calories for 35 minutes of walking, body weight 80 kg, please. => {"activity": "walking", "weight_kg": 80, "minutes": 35}
        Busy weekend ahead! If I weigh 72 kg and spend 90 minutes on dancing, how many kcal do I burn? => {"activity": "dancing", "weight_kg": 72, "minutes": 90}
        Energy cost of 50 minutes of hiking for an 84 kg person? => {"activity": "hiking", "weight_kg": 84, "minutes": 50}
        If a 63 kg person does 70 minutes of rowing, how many kcal is that? => {"activity": "rowing", "weight_kg": 63, "minutes": 70}
        Tell me roughly what 25 minutes of running burns at 77 kg. => {"activity": "running", "weight_kg": 77, "minutes": 25}
        For my fitness log: 45 minutes of swimming at a body weight of 69 kg. How many calories did that use? => {"activity": "swimming", "weight_kg": 69, "minutes": 45}
    Incomplete:
        How many calories did my run burn?
        How many calories does swimming burn?
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
        Body fat for a male 180 cm tall with waist 85 cm and neck 38 cm? => {"sex": "male", "height_cm": 180, "waist_cm": 85, "neck_cm": 38}
        Estimate body fat of a female, 165 cm, waist 70, neck 32, hips 95 cm. => {"sex": "female", "height_cm": 165, "waist_cm": 70, "neck_cm": 32, "hip_cm": 95}
        navy body fat male 175 cm waist 90 neck 40 => {"sex": "male", "height_cm": 175, "waist_cm": 90, "neck_cm": 40}
        I'm female, 170 cm tall; my waist is 74 cm, neck 33 cm and hips 100 cm. What's my body fat percentage? => {"sex": "female", "height_cm": 170, "waist_cm": 74, "neck_cm": 33, "hip_cm": 100}
        Can you estimate body fat with the Navy tape method for a male, height 183 cm, waist 92 cm, neck 41 cm? => {"sex": "male", "height_cm": 183, "waist_cm": 92, "neck_cm": 41}
        I wonder what my body fat is as a male of 168 cm with waist 81.5 cm and neck 36.5 cm. => {"sex": "male", "height_cm": 168, "waist_cm": 81.5, "neck_cm": 36.5}
        Compute Navy body fat for a female: height 158 cm, waist 68 cm, neck 31 cm, hip 92 cm. => {"sex": "female", "height_cm": 158, "waist_cm": 68, "neck_cm": 31, "hip_cm": 92}
        Just measured myself with a tape after the gym: male, 190 cm, 97 cm around the waist and 42 cm around the neck. What's my body fat? => {"sex": "male", "height_cm": 190, "waist_cm": 97, "neck_cm": 42}
        Navy tape estimate for a female: 162 cm tall, waist 72 cm, neck 32.5 cm, hips 98 cm. => {"sex": "female", "height_cm": 162, "waist_cm": 72, "neck_cm": 32.5, "hip_cm": 98}
        How lean is a male who is 178 cm with a waist of 88 cm and a neck of 39 cm, going by the Navy formula? => {"sex": "male", "height_cm": 178, "waist_cm": 88, "neck_cm": 39}
        If a female stands 167 cm with a waist of 75 cm, a neck of 34 cm and hips of 103 cm, what body fat percentage does that suggest? => {"sex": "female", "height_cm": 167, "waist_cm": 75, "neck_cm": 34, "hip_cm": 103}
        For a fitness challenge at work we're tracking body fat. Can you estimate it for a male, 172 cm height, 83 cm waist, 37 cm neck? => {"sex": "male", "height_cm": 172, "waist_cm": 83, "neck_cm": 37}
    Incomplete:
        What's my body fat percentage by the Navy method?
        Could you work out my body fat from my tape measurements?
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
        bp 118/76 => {"systolic": 118, "diastolic": 76}
        My home monitor just showed 135 over 85. What does that reading mean? => {"systolic": 135, "diastolic": 85}
        Classify a blood pressure reading of 162/101 for me. => {"systolic": 162, "diastolic": 101}
        Which AHA category does 124 over 79 fall into? => {"systolic": 124, "diastolic": 79}
        I need a category for a reading with systolic 150 and diastolic 88. => {"systolic": 150, "diastolic": 88}
        The nurse at the pharmacy took my pressure: 190 over 110. Should I be worried, what category is it? => {"systolic": 190, "diastolic": 110}
        Does 132/84 count as high blood pressure? => {"systolic": 132, "diastolic": 84}
        Reading of 117 over 73: normal, elevated or hypertension? => {"systolic": 117, "diastolic": 73}
        If my top number is 142 and the bottom number is 91, how would that be classified? => {"systolic": 142, "diastolic": 91}
        For my grandfather's health diary, please tag the reading 156/97 with its AHA category. => {"systolic": 156, "diastolic": 97}
    Incomplete:
        What category is my blood pressure?
        My blood pressure reading was high today; what category is that?
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
