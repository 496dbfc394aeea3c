"""Text processing: counting, cleaning, extracting."""

import re
import string
import unicodedata
from collections import Counter
from typing import Annotated, Literal

Text = Annotated[str, {"minLength": 1, "maxLength": 100000}]


def word_count(text: Text) -> dict[str, int]:
    """Count words, characters, sentences and lines in a text.

    Args:
        text: The text to analyse.

    Returns:
        words, characters, characters_no_spaces, sentences and lines.

    Examples:
        How many words are in "The quick brown fox jumps over the lazy dog."? => {"text": "The quick brown fox jumps over the lazy dog."}
        Count the words and sentences in "Hello world. How are you today? Fine!" => {"text": "Hello world. How are you today? Fine!"}
        word count: "To be, or not to be, that is the question." => {"text": "To be, or not to be, that is the question."}
        My tweet draft is "Just shipped our new app. Feedback welcome!" How many characters is that? => {"text": "Just shipped our new app. Feedback welcome!"}
        Could you tell me how many sentences "I came. I saw. I conquered." has? => {"text": "I came. I saw. I conquered."}
        There's a word limit on my bio, so how many words is "Product designer who loves hiking, coffee and clean typography."? => {"text": "Product designer who loves hiking, coffee and clean typography."}
        Please count the characters without spaces in "open source software". => {"text": "open source software"}
        I'm trying to figure out if "Less is more, but only when it is enough." is too long for a slide title. Can you count its words and characters? => {"text": "Less is more, but only when it is enough."}
        Tally the words and characters in "Fresh bread is best eaten on the same day." => {"text": "Fresh bread is best eaten on the same day."}
        How long is "The printer on floor 3 is out of toner." in words and characters? => {"text": "The printer on floor 3 is out of toner."}
        character and word totals for "Rain is expected all weekend, so pack an umbrella." => {"text": "Rain is expected all weekend, so pack an umbrella."}
        For a subtitle that has to stay short, count the words and characters of "Sunsets over the bay are spectacular in June." => {"text": "Sunsets over the bay are spectacular in June."}
    Incomplete:
        How many words are in my essay?
    """
    return {
        "words": len(re.findall(r"\b[\w'-]+\b", text)),
        "characters": len(text),
        "characters_no_spaces": len(re.sub(r"\s", "", text)),
        # a sentence ends at . ! ? followed by a space or the end ("2.3" and "e.g." do not)
        "sentences": len([s for s in re.split(r"[.!?]+(?=\s|$)", text) if s.strip()]),
        "lines": text.count("\n") + 1,
    }


def word_frequency(text: Text, top: Annotated[int, {"minimum": 1, "maximum": 1000}] = 10, ignore_case: bool = True) -> list[list[object]]:
    """Most frequent words in a text.

    Args:
        text: The text to analyse.
        top: How many words to return.
        ignore_case: Treat "The" and "the" as the same word.

    Returns:
        [word, count] pairs, most frequent first (ties alphabetical).

    Examples:
        What are the 3 most common words in "the cat and the hat and the bat"? => {"text": "the cat and the hat and the bat", "top": 3}
        Word frequencies of "To be or not to be", case-sensitively. => {"text": "To be or not to be", "ignore_case": false}
        top 2 words in "red fish blue fish one fish two fish old fish new fish" => {"text": "red fish blue fish one fish two fish old fish new fish", "top": 2}
        Which words show up most often in "buffalo buffalo buffalo buffalo buffalo buffalo buffalo buffalo"? => {"text": "buffalo buffalo buffalo buffalo buffalo buffalo buffalo buffalo"}
        I'm analysing customer feedback like "Great service, great food, slow delivery, great price" and want the top 2 words. => {"text": "Great service, great food, slow delivery, great price", "top": 2}
        Could you rank the words in "It was the best of times, it was the worst of times" by frequency, counting capitalised and lower-case forms separately? => {"text": "It was the best of times, it was the worst of times", "ignore_case": false}
        Give me the 4 most frequent words in "Peter Piper picked a peck of pickled peppers; a peck of pickled peppers Peter Piper picked", ignoring case. => {"text": "Peter Piper picked a peck of pickled peppers; a peck of pickled peppers Peter Piper picked", "top": 4, "ignore_case": true}
        word frequency "apple banana apple cherry banana apple" => {"text": "apple banana apple cherry banana apple"}
        List the 5 words that occur most in "the rain in spain falls mainly on the plain in the spring" => {"text": "the rain in spain falls mainly on the plain in the spring", "top": 5}
        most repeated words of "Better late than never, but never late is better" (top 3, case-insensitive) => {"text": "Better late than never, but never late is better", "top": 3, "ignore_case": true}
        How often does each word appear in "Buy now, pay later, buy more, pay more" when upper and lower case are kept distinct? => {"text": "Buy now, pay later, buy more, pay more", "ignore_case": false}
        For a word cloud, rank the top 6 words of "data beats opinion when data is clean and opinion is loud". => {"text": "data beats opinion when data is clean and opinion is loud", "top": 6}
    Incomplete:
        What are the most common words in my article?
    """
    words = re.findall(r"[\w']+", text.lower() if ignore_case else text)
    ranked = sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [[w, c] for w, c in ranked]


def change_case(text: Text, style: Literal["upper", "lower", "title", "sentence", "snake", "camel", "kebab", "pascal"]) -> str:
    """Convert text to a letter case or identifier style.

    Args:
        text: The text to convert.
        style: Target style: upper, lower, title, sentence, snake, camel, kebab or pascal.

    Returns:
        The converted text.

    Examples:
        Convert "hello world from python" to title case. => {"text": "hello world from python", "style": "title"}
        Turn "User Account Id" into snake case. => {"text": "User Account Id", "style": "snake"}
        "getUserName" in kebab case? => {"text": "getUserName", "style": "kebab"}
        Please make "quarterly sales report" upper case. => {"text": "quarterly sales report", "style": "upper"}
        I'm naming a React component; can you give me "shopping cart item" in pascal case? => {"text": "shopping cart item", "style": "pascal"}
        Could you convert "THIS IS WAY TOO LOUD" to sentence case? => {"text": "THIS IS WAY TOO LOUD", "style": "sentence"}
        camel case of "first name field" => {"text": "first name field", "style": "camel"}
        Ugh, this heading reads badly. Put "MEETING MOVED TO FRIDAY" in lower case, please. => {"text": "MEETING MOVED TO FRIDAY", "style": "lower"}
        Rewrite "order total amount" in camel case. => {"text": "order total amount", "style": "camel"}
        How would "Annual Budget Review" look in kebab case? => {"text": "Annual Budget Review", "style": "kebab"}
        snake case version of "database connection pool" => {"text": "database connection pool", "style": "snake"}
        Wondering what "WELCOME BACK TO THE SHOW" becomes in title case. => {"text": "WELCOME BACK TO THE SHOW", "style": "title"}
    Incomplete:
        Convert this text to snake case.
        Change the case of "Hello World" for me.
    """
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    if style == "upper":
        return text.upper()
    if style == "lower":
        return text.lower()
    if style == "title":
        return string.capwords(text)
    if style == "sentence":
        # each sentence starts with a capital, and "I" stays a capital
        s = re.sub(r"\bi\b", "I", text.strip().lower())
        return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "camel":
        return "".join([words[0].lower()] + [w.capitalize() for w in words[1:]]) if words else ""
    return "".join(w.capitalize() for w in words)


def reverse_words(text: Text) -> str:
    """Reverse the order of the words in a text.

    Args:
        text: The text whose words to reverse.

    Returns:
        The words in reverse order, separated by single spaces.

    Examples:
        Reverse the word order of "one two three four". => {"text": "one two three four"}
        Flip the words in "practice makes perfect". => {"text": "practice makes perfect"}
        reverse words "hello big world" => {"text": "hello big world"}
        For a word-game clue I need "the early bird catches the worm" backwards, word by word. => {"text": "the early bird catches the worm"}
        Could you put the words of "red orange yellow green" in reverse order? => {"text": "red orange yellow green"}
        What is "I think therefore I am" with its words reversed? => {"text": "I think therefore I am"}
        Please reverse the order of the words in "alpha beta gamma delta". => {"text": "alpha beta gamma delta"}
        My kid wrote "home go to want I" on the fridge. Can you flip the word order? => {"text": "home go to want I"}
        Read "the quick brown fox" back to front, one word at a time. => {"text": "the quick brown fox"}
        How does "slow and steady wins the race" read with its words in the opposite order? => {"text": "slow and steady wins the race"}
        "coffee first questions later" in reverse word order => {"text": "coffee first questions later"}
        Mirror the sequence of words in "north east south west" so the last one comes first. => {"text": "north east south west"}
    Incomplete:
        Reverse the word order of my sentence.
    """
    return " ".join(reversed(text.split()))


def count_vowels(text: Text) -> dict[str, int]:
    """Count vowels and consonants (English letters).

    Args:
        text: The text to analyse.

    Returns:
        vowels, consonants and a per-vowel breakdown.

    Examples:
        How many vowels are in "Programming is fun"? => {"text": "Programming is fun"}
        Count vowels and consonants in "Onomatopoeia". => {"text": "Onomatopoeia"}
        vowels in "rhythm" => {"text": "rhythm"}
        For a linguistics homework question I need the vowel and consonant counts of "Strengths". => {"text": "Strengths"}
        Could you tell me how many consonants "Mississippi" has? => {"text": "Mississippi"}
        Please break down the vowels in "education", each one separately. => {"text": "education"}
        Does "queueing" really have more vowels than consonants? => {"text": "queueing"}
        Playing a word game tonight, so quick question: vowel count for "Sequoia"? => {"text": "Sequoia"}
        Give the vowel and consonant split for "Encyclopedia". => {"text": "Encyclopedia"}
        Which vowels occur in "Banana", and how often does each one show up? => {"text": "Banana"}
        consonant count of "Strawberry" => {"text": "Strawberry"}
        Curious whether "Rhythms" contains any vowels at all. => {"text": "Rhythms"}
    Incomplete:
        How many vowels does my word have?
    """
    low = text.lower()
    vowels = {v: low.count(v) for v in "aeiou"}
    letters = sum(1 for c in low if "a" <= c <= "z")
    return {"vowels": sum(vowels.values()), "consonants": letters - sum(vowels.values()), **vowels}


def slugify(text: Text, separator: Literal["-", "_"] = "-") -> str:
    """Make a URL slug: ASCII, lower case, words joined by a separator.

    Args:
        text: The title or phrase to turn into a slug.
        separator: Character between words.

    Returns:
        The slug.

    Examples:
        Make a URL slug from "Crème Brûlée: A Quick Recipe!" => {"text": "Crème Brûlée: A Quick Recipe!"}
        Slugify "Hello World 2024" with _ between the words. => {"text": "Hello World 2024", "separator": "_"}
        slug for "10 Tips for Better Sleep" => {"text": "10 Tips for Better Sleep"}
        I'm publishing a blog post titled "Why We Moved to Rust"; what should its URL slug be? => {"text": "Why We Moved to Rust"}
        Could you turn "Q3 Earnings Call: Highlights & Risks" into a slug, using _ as the separator? => {"text": "Q3 Earnings Call: Highlights & Risks", "separator": "_"}
        Please create a slug from "Ünïcode Tëst Pagé". => {"text": "Ünïcode Tëst Pagé"}
        What's the slug of "The Best Café in São Paulo"? => {"text": "The Best Café in São Paulo"}
        Before I push the new docs: slugify "Getting Started / Installation" with hyphens. => {"text": "Getting Started / Installation", "separator": "-"}
        Generate a permalink slug for the article "How to Brew Cold Coffee at Home". => {"text": "How to Brew Cold Coffee at Home"}
        URL-friendly version of "Top 5 Hiking Trails in Colorado" with underscores => {"text": "Top 5 Hiking Trails in Colorado", "separator": "_"}
        Which slug would "Spring Sale: 30% Off Everything!" produce? => {"text": "Spring Sale: 30% Off Everything!"}
        Convert the heading "Frequently Asked Questions" into a lowercase hyphenated slug. => {"text": "Frequently Asked Questions", "separator": "-"}
    Incomplete:
        Turn my blog post title into a slug.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return separator.join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def truncate_text(text: Text, max_length: Annotated[int, {"minimum": 4, "maximum": 100000}], ellipsis: str = "...") -> str:
    """Shorten text to at most max_length characters, cutting at a word boundary.

    Args:
        text: The text to shorten.
        max_length: Maximum length of the result, ellipsis included.
        ellipsis: Marker appended when text was cut.

    Returns:
        The shortened text.

    Examples:
        Truncate "The quick brown fox jumps over the lazy dog" to 20 characters. => {"text": "The quick brown fox jumps over the lazy dog", "max_length": 20}
        Shorten "Lorem ipsum dolor sit amet, consectetur" to 15 chars. => {"text": "Lorem ipsum dolor sit amet, consectetur", "max_length": 15}
        cut "Breaking news: markets rally as inflation cools" to 30 chars => {"text": "Breaking news: markets rally as inflation cools", "max_length": 30}
        My notification preview only fits 40 characters; shorten "Your order has shipped and should arrive soon at your door" to fit. => {"text": "Your order has shipped and should arrive soon at your door", "max_length": 40}
        Could you trim "An introduction to functional programming in Haskell" to at most 25 characters, ending with …? => {"text": "An introduction to functional programming in Haskell", "max_length": 25, "ellipsis": "…"}
        What would "Meeting notes from the quarterly planning session" look like cut down to 24 characters? => {"text": "Meeting notes from the quarterly planning session", "max_length": 24}
        I need a teaser for the newsletter: limit "Scientists discover a new species of deep-sea octopus near Hawaii" to 50 characters. => {"text": "Scientists discover a new species of deep-sea octopus near Hawaii", "max_length": 50}
        Please cap "Customer reported intermittent login failures on mobile" at 32 characters for the ticket title. => {"text": "Customer reported intermittent login failures on mobile", "max_length": 32}
        Clip "Weekly digest of the most popular posts in the community" to at most 28 characters. => {"text": "Weekly digest of the most popular posts in the community", "max_length": 28}
        How would "Annual report on renewable energy adoption across Europe" read if limited to 35 characters? => {"text": "Annual report on renewable energy adoption across Europe", "max_length": 35}
        "Free shipping on all orders placed before midnight tonight" squeezed into 30 chars => {"text": "Free shipping on all orders placed before midnight tonight", "max_length": 30}
        If a headline can only be 22 characters long, what does "Local team wins championship after dramatic overtime" become? => {"text": "Local team wins championship after dramatic overtime", "max_length": 22}
    Incomplete:
        Truncate my product description so it fits.
        Shorten "The quick brown fox jumps over the lazy dog" for me.
    """
    if len(text) <= max_length:
        return text
    room = max_length - len(ellipsis)
    cut = text[:room]
    # cut at a word boundary: a word that ends exactly at the limit stays whole
    if " " in cut and text[room : room + 1] not in (" ", ""):
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:") + ellipsis


def extract_emails(text: Text) -> list[str]:
    """Find the e-mail addresses in a text.

    Args:
        text: The text to search.

    Returns:
        The distinct addresses in order of appearance.

    Examples:
        Extract the emails from "Contact alice@example.com or bob.smith@mail.org for help." => {"text": "Contact alice@example.com or bob.smith@mail.org for help."}
        Pull email addresses out of "sales: sales@shop.co.uk, support: help@shop.co.uk" => {"text": "sales: sales@shop.co.uk, support: help@shop.co.uk"}
        emails in "cc: j.doe@acme.io; bcc: ops@acme.io" => {"text": "cc: j.doe@acme.io; bcc: ops@acme.io"}
        I pasted a signature block, "Maria Lopez | Research Lead | m.lopez@univ.edu", so grab the address from it. => {"text": "Maria Lopez | Research Lead | m.lopez@univ.edu"}
        Could you find every e-mail address in "Reply to noreply@github.com or write to support@github.com"? => {"text": "Reply to noreply@github.com or write to support@github.com"}
        Which addresses are mentioned in "Ping tom@startup.dev, and loop in anna+news@startup.dev"? => {"text": "Ping tom@startup.dev, and loop in anna+news@startup.dev"}
        Please list the emails in "Send invoices to billing@firma.de (not info@firma.de)". => {"text": "Send invoices to billing@firma.de (not info@firma.de)"}
        My inbox export is a mess; just get the addresses out of "From: Kim <kim.lee@example.org> To: team@example.org". => {"text": "From: Kim <kim.lee@example.org> To: team@example.org"}
        Get every e-mail address mentioned in "Questions go to press@newsroom.com; complaints to editor@newsroom.com". => {"text": "Questions go to press@newsroom.com; complaints to editor@newsroom.com"}
        Are there any email addresses hidden in "Call 555-0100 or email rsvp@party.events by Friday"? => {"text": "Call 555-0100 or email rsvp@party.events by Friday"}
        addresses from "To: dev-team@corp.example, Cc: cto@corp.example" => {"text": "To: dev-team@corp.example, Cc: cto@corp.example"}
        Before sending the newsletter, extract the contacts from "Speakers: liu.wei@conf.org, sara@conf.org and guest@conf.org". => {"text": "Speakers: liu.wei@conf.org, sara@conf.org and guest@conf.org"}
    Incomplete:
        Extract all the email addresses from my document.
    """
    found = re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text)
    return list(dict.fromkeys(found))


def extract_numbers(text: Text) -> list[float]:
    """Find the numbers (integers, decimals, negatives) in a text.

    Args:
        text: The text to search.

    Returns:
        The numbers in order of appearance.

    Examples:
        Extract all numbers from "I bought 3 apples for 4.50 and -2 discount". => {"text": "I bought 3 apples for 4.50 and -2 discount"}
        What numbers appear in "Order 66 shipped 12.5 kg on day 7"? => {"text": "Order 66 shipped 12.5 kg on day 7"}
        numbers in "Temp -4.5 at dawn, 3 degrees by noon" => {"text": "Temp -4.5 at dawn, 3 degrees by noon"}
        From my receipt text "Coffee 3.20, Bagel 2.75, Tip 1", pull out the amounts. => {"text": "Coffee 3.20, Bagel 2.75, Tip 1"}
        Could you list the numbers in "Room 101, floor 3, capacity 40"? => {"text": "Room 101, floor 3, capacity 40"}
        Please extract the figures from "Revenue grew 12.4 percent to 3.8 billion". => {"text": "Revenue grew 12.4 percent to 3.8 billion"}
        I'm parsing a log line, "latency=230ms retries=2 errors=0". Which numbers does it contain? => {"text": "latency=230ms retries=2 errors=0"}
        Just the numbers, please: "Flight BA 287 departs gate 14 at 9.45" => {"text": "Flight BA 287 departs gate 14 at 9.45"}
        Which figures does "Gate 7 closes at 10.15 with 3 seats left" contain? => {"text": "Gate 7 closes at 10.15 with 3 seats left"}
        Pull every numeric value out of "Stock fell -3.2 points to 418 at close". => {"text": "Stock fell -3.2 points to 418 at close"}
        digits and decimals from "Batch 12 weighed 0.75 kg, batch 13 weighed 0.8 kg" => {"text": "Batch 12 weighed 0.75 kg, batch 13 weighed 0.8 kg"}
        Before importing into the spreadsheet, get the numbers from "Jan sales 120, Feb sales 95.5, Mar refunds -4". => {"text": "Jan sales 120, Feb sales 95.5, Mar refunds -4"}
    Incomplete:
        Pull all the numbers out of my text.
    """
    # a thousands separator belongs to its number ("1,204 files"); a comma and a space
    # between two numbers does not ("1, 2")
    found = re.findall(r"(?<![\d.])-?\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|-?\d+(?:\.\d+)?", text)
    return [float(x.replace(",", "")) for x in found]


def remove_punctuation(text: Text) -> str:
    """Remove punctuation characters from a text.

    Args:
        text: The text to clean.

    Returns:
        The text without punctuation, whitespace kept.

    Examples:
        Strip punctuation from "Hello, world! How's it going?" => {"text": "Hello, world! How's it going?"}
        Remove punctuation in "Wait... what?!" => {"text": "Wait... what?!"}
        no punctuation: "Yes! No? Maybe..." => {"text": "Yes! No? Maybe..."}
        I'm cleaning tweets for a word cloud; take the punctuation out of "OMG!!! Best. Day. Ever." => {"text": "OMG!!! Best. Day. Ever."}
        Could you remove every punctuation mark from "Well, well, well, look who's here."? => {"text": "Well, well, well, look who's here."}
        What's "e-mail, re-use; co-op." without punctuation? => {"text": "e-mail, re-use; co-op."}
        Please clean "(Note: see the appendix)" of punctuation. => {"text": "(Note: see the appendix)"}
        My text-to-speech tool chokes on symbols, so strip the punctuation out of "Dr. Smith's office: open Mon-Fri." => {"text": "Dr. Smith's office: open Mon-Fri."}
        Delete all commas, periods and other marks from "Hi, Sam. Lunch at 1?" => {"text": "Hi, Sam. Lunch at 1?"}
        How does "Wow -- that's great!!!" look once the punctuation is gone? => {"text": "Wow -- that's great!!!"}
        punctuation-free version of "Ready, set, go!" => {"text": "Ready, set, go!"}
        For a search index, drop the punctuation in "State-of-the-art (and cheap); buy now!" => {"text": "State-of-the-art (and cheap); buy now!"}
    Incomplete:
        Remove the punctuation from my paragraph.
    """
    return "".join(c for c in text if not unicodedata.category(c).startswith("P"))


def readability_score(text: Text) -> dict[str, float]:
    """Flesch reading ease and Flesch-Kincaid grade of an English text.

    Args:
        text: The English text to score.

    Returns:
        reading_ease (higher is easier) and grade_level, rounded to 2 decimals.

    Examples:
        How readable is "The cat sat on the mat. It was happy."? => {"text": "The cat sat on the mat. It was happy."}
        Score the readability of "Photosynthesis converts electromagnetic radiation into chemical energy." => {"text": "Photosynthesis converts electromagnetic radiation into chemical energy."}
        flesch score "See Spot run. Run, Spot, run." => {"text": "See Spot run. Run, Spot, run."}
        I'm writing instructions for kids; what grade level is "Wash your hands with soap. Dry them with a clean towel."? => {"text": "Wash your hands with soap. Dry them with a clean towel."}
        Could you give me the Flesch reading ease of "Notwithstanding the aforementioned provisions, the lessee shall indemnify the lessor."? => {"text": "Notwithstanding the aforementioned provisions, the lessee shall indemnify the lessor."}
        Is "We value your feedback and will respond soon." easy to read? => {"text": "We value your feedback and will respond soon."}
        Please rate how hard this sentence is to read: "Quantum entanglement challenges classical intuitions about locality." => {"text": "Quantum entanglement challenges classical intuitions about locality."}
        Our style guide says keep it simple, so what's the Flesch-Kincaid grade of "Click the button. Then wait for the page to load."? => {"text": "Click the button. Then wait for the page to load."}
        Rate the reading difficulty of "Heat the oven, then bake the bread for twenty minutes." => {"text": "Heat the oven, then bake the bread for twenty minutes."}
        Which school grade could follow "The committee postponed its decision pending further consultation."? => {"text": "The committee postponed its decision pending further consultation."}
        Flesch-Kincaid grade for "Dogs bark at night when they hear strange sounds." => {"text": "Dogs bark at night when they hear strange sounds."}
        If a patient leaflet says "Take one tablet twice daily with food.", would most adults find it easy to read? => {"text": "Take one tablet twice daily with food."}
    Incomplete:
        What's the reading level of my essay?
    """
    words = re.findall(r"[A-Za-z']+", text)
    if not words:
        raise ValueError("the text has no words")
    sentences = max(1, len([s for s in re.split(r"[.!?]+", text) if s.strip()]))

    def syllables(w: str) -> int:
        w = w.lower().strip("'")
        n = len(re.findall(r"[aeiouy]+", w))
        if n > 1 and w.endswith("e") and not re.search(r"[^aeiouy]le$", w):
            n -= 1  # a silent e ("make"), not "table"
        elif n > 1 and re.search(r"[^aeiouy]es$", w) and not re.search(r"(?:[sxzcg]|ch|sh)es$", w):
            n -= 1  # "makes", "times"; not "boxes", "places"
        elif n > 1 and re.search(r"[^aeiouytd]ed$", w):
            n -= 1  # "baked"; not "wanted"
        return max(1, n)

    syl = sum(syllables(w) for w in words)
    wps, spw = len(words) / sentences, syl / len(words)
    return {"reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 2), "grade_level": round(0.39 * wps + 11.8 * spw - 15.59, 2)}
