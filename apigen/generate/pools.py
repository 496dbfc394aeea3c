"""Word and sentence pools the offline generator draws new string values from.

Plain English a user would paste into a request: everyday words, short messages, notes,
titles and sentences with and without digits and punctuation (a value replaces a seed value
only when it has the same features, see :func:`apigen.generate.values.new_string`).
"""

from __future__ import annotations

_WORDS = """
anchor apple autumn banana basket binary blanket bridge buffer butter cactus candle
castle civic coffee compile cookie cursor dolphin dragon engine enlist falcon feather
folder forest galaxy garden glacier google guitar hammer harbor helmet igloo inlets
island jacket jungle kayak kernel kettle kitchen koala ladder lambda lantern lemon level
listen madam magnet market matrix meadow mirror module mountain needle noodle ocean
orange oyster packet parrot pencil pepper pirate planet purple puzzle python quartz
rabbit racecar radar refer river rocket rotor router saddle salmon script server silent
silver socket spring stats string summer syntax thunder ticket tinsel tomato tunnel
umbrella vector velvet violin wagon walnut window winter yellow yogurt zebra
"""
WORDS = tuple(_WORDS.split())

_SENTENCES = """
The meeting moved to Thursday at 3 pm.
Please bring two copies of the report.
Our new office opens next month in Leeds.
The train was late again this morning.
I love walking by the river after dinner.
Can you send me the final slides before noon?
Fresh bread is best eaten on the same day.
She painted the fence blue, then green, then blue again.
Order 4 boxes of paper and 12 pens for the team.
The museum is closed on Mondays.
Turn left at the bakery and walk for 200 metres.
We sold 350 tickets in the first hour!
My password expires in 14 days.
The quick brown fox jumps over the lazy dog.
Rain is expected all weekend, so pack an umbrella.
He finished the marathon training plan in 16 weeks.
Thanks for your help, it really made a difference.
The recipe needs 3 eggs, 200 g of flour and a pinch of salt.
Invoice 2291 is due on the first of the month.
All systems are running normally.
Coffee first, questions later.
Where did I leave my keys?
Happy birthday, Sam! Have a wonderful day.
The server restarted twice during the night.
Reading a good book is the best way to relax.
Our flight leaves at 7:45 from gate 22.
Don't forget to water the plants.
The library has over 40,000 books.
Let's meet at the corner cafe at half past six.
Every cloud has a silver lining.
Practice makes perfect.
Knowledge is power.
The early bird catches the worm.
Actions speak louder than words.
Better late than never.
A journey of a thousand miles begins with a single step.
The kids built a sandcastle taller than their dad.
Add milk, stir gently, and serve warm.
This package weighs 2.5 kg and ships tomorrow.
The store opens at 9 and closes at 18.
Welcome to the team, we are glad you are here.
The printer on floor 3 is out of toner.
Two coffees and one tea, please.
Sunsets over the bay are spectacular in June.
The concert was sold out within minutes.
Backup completed: 1,204 files copied.
Hello, world!
Good morning everyone.
See you tomorrow.
Thank you for your order.
The cat is sleeping on the keyboard again.
Room 101 is reserved for the workshop.
Version 2.3 fixes the login bug.
Our team scored 3 goals in the second half.
The garden needs weeding before the party.
I can't believe it's already December!
Make sure the door is locked when you leave.
The bus to the airport runs every 20 minutes.
Water boils at a lower temperature in the mountains.
Keep calm and carry on.
"""
SENTENCES = tuple(s for s in _SENTENCES.strip().splitlines())

_FIRST_NAMES = """
anna ben carla david elena farid grace hugo ines jamal kira liam maya noah olga
pedro quinn rosa sami tara umar vera will xena yusuf zoe
"""
FIRST_NAMES = tuple(_FIRST_NAMES.split())
DOMAINS = ("example.com", "mail.org", "company.net", "uni.edu", "shop.io", "test.co.uk")

MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
}  # fmt: skip
