"""Music theory: notes, scales, chords, tempo."""

import math
from typing import Annotated, Literal

_NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
_FLAT_NAMES = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]
_FLATS = {"Db": "C#", "Eb": "D#", "Gb": "F#", "Ab": "G#", "Bb": "A#", "Cb": "B", "Fb": "E", "E#": "F", "B#": "C"}
Note = Annotated[str, {"pattern": "^[A-Ga-g][#b]?$"}]
NoteOctave = Annotated[str, {"pattern": "^[A-Ga-g][#b]?-?[0-9]$"}]
_SCALES = {
    "major": [0, 2, 4, 5, 7, 9, 11], "natural_minor": [0, 2, 3, 5, 7, 8, 10], "harmonic_minor": [0, 2, 3, 5, 7, 8, 11],
    "dorian": [0, 2, 3, 5, 7, 9, 10], "mixolydian": [0, 2, 4, 5, 7, 9, 10], "pentatonic_major": [0, 2, 4, 7, 9],
    "pentatonic_minor": [0, 3, 5, 7, 10], "blues": [0, 3, 5, 6, 7, 10],
}
_CHORDS = {"major": [0, 4, 7], "minor": [0, 3, 7], "diminished": [0, 3, 6], "augmented": [0, 4, 8], "dominant7": [0, 4, 7, 10], "major7": [0, 4, 7, 11], "minor7": [0, 3, 7, 10], "sus2": [0, 2, 7], "sus4": [0, 5, 7]}
_INTERVALS = ["unison", "minor second", "major second", "minor third", "major third", "perfect fourth", "tritone", "perfect fifth", "minor sixth", "major sixth", "minor seventh", "major seventh", "octave"]


def _pc(note: str) -> int:
    n = note[0].upper() + note[1:]
    n = _FLATS.get(n, n)
    return _NOTES.index(n)


def _spell(root: str, degree: int, pitch: int) -> str:
    """The note ``degree`` letters above ``root`` (0 = the root's own letter) that sounds
    ``pitch`` (a pitch class, any octave): its letter fixed, sharps or flats as needed."""
    letters = "CDEFGAB"
    letter = letters[(letters.index(root[0].upper()) + degree) % 7]
    shift = (pitch - _NATURAL[letter] + 6) % 12 - 6  # -2..+2 in practice
    return letter + ("#" * shift if shift > 0 else "b" * -shift)


_NATURAL = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}


def _split(note_octave: str) -> tuple[int, int]:
    i = 2 if len(note_octave) > 1 and note_octave[1] in "#b" else 1
    return _pc(note_octave[:i]), int(note_octave[i:])


def note_frequency(note: NoteOctave, a4_hz: Annotated[float, {"minimum": 400, "maximum": 480}] = 440.0) -> float:
    """Frequency of a note in twelve-tone equal temperament.

    Args:
        note: Note name with octave, e.g. A4, C#5, Eb3.
        a4_hz: Tuning reference for A4 in hertz.

    Returns:
        Frequency in hertz, rounded to 3 decimals.

    Examples:
        What is the frequency of C4? => {"note": "C4"}
        Frequency of A4 if tuned to 432 Hz? => {"note": "A4", "a4_hz": 432}
        freq of G3 => {"note": "G3"}
        I'm tuning a string down to C2. What frequency should the tuner show? => {"note": "C2"}
        How many hertz is E5 with concert pitch set to 442 Hz? => {"note": "E5", "a4_hz": 442}
        Pitch in Hz of F#3, please. => {"note": "F#3"}
        I need the frequency of Bb4 using a 440 Hz reference. => {"note": "Bb4", "a4_hz": 440}
        My synth's tuning reference is set to 415 Hz. What frequency does D5 come out at? => {"note": "D5", "a4_hz": 415}
        Which frequency does Ab2 ring at? => {"note": "Ab2"}
        If A4 is tuned to 438 Hz, where does C5 sit in hertz? => {"note": "C5", "a4_hz": 438}
        For a sine-wave test tone, tell me the frequency of E2. => {"note": "E2"}
        Wondering how many cycles per second G#4 has. => {"note": "G#4"}
    Incomplete:
        What frequency is that note?
        How many hertz is the note I'm singing?
    """
    pc, octave = _split(note)
    midi = 12 * (octave + 1) + pc
    return round(a4_hz * 2 ** ((midi - 69) / 12), 3)


def frequency_to_note(frequency: Annotated[float, {"minimum": 8, "maximum": 20000}]) -> dict[str, object]:
    """Nearest equal-tempered note to a frequency (A4 = 440 Hz) and the offset in cents.

    Args:
        frequency: Frequency in hertz.

    Returns:
        note (with octave) and cents deviation.

    Examples:
        Which note is 261.63 Hz? => {"frequency": 261.63}
        What note is closest to 450 Hz? => {"frequency": 450}
        note for 98 Hz => {"frequency": 98}
        My guitar tuner reads 146.2 Hz on this string. Which note is that, and how many cents off? => {"frequency": 146.2}
        Identify the note at 1318.5 Hz. => {"frequency": 1318.5}
        I'm curious what pitch a 60 Hz hum corresponds to. => {"frequency": 60}
        Convert 523.25 Hz to the nearest note name, please. => {"frequency": 523.25}
        The singer held a tone at 392 hertz. Which note was that? => {"frequency": 392}
        Name the pitch nearest to 174.6 Hz and its cents offset. => {"frequency": 174.6}
        If a tone measures 311 Hz, how far is it from the closest note? => {"frequency": 311}
        closest note name to 740 hertz? => {"frequency": 740}
        For tuning my old piano, what note and cents deviation does 214.5 Hz correspond to? => {"frequency": 214.5}
    Incomplete:
        Which note does this frequency correspond to?
        What note is my tuner's reading closest to?
    """
    midi = 69 + 12 * math.log2(frequency / 440)
    n = round(midi)
    return {"note": f"{_NOTES[n % 12]}{n // 12 - 1}", "cents": round((midi - n) * 100, 1)}


def transpose_note(note: Note, semitones: Annotated[int, {"minimum": -48, "maximum": 48}]) -> str:
    """Transpose a note by a number of semitones (sharps in the result).

    Args:
        note: The note name, e.g. C, F#, Bb.
        semitones: Semitones up (negative for down).

    Returns:
        The transposed note name.

    Examples:
        Transpose E up by 3 semitones. => {"note": "E", "semitones": 3}
        Transpose Bb down 5 semitones. => {"note": "Bb", "semitones": -5}
        F# +7 semitones => {"note": "F#", "semitones": 7}
        The song starts on G and the singer wants it 2 semitones higher. What's the new starting note? => {"note": "G", "semitones": 2}
        What does D become when shifted down 4 half steps? => {"note": "D", "semitones": -4}
        Which note sits 9 semitones above C#? => {"note": "C#", "semitones": 9}
        Move Ab up 11 semitones for me. => {"note": "Ab", "semitones": 11}
        For a part I'm rewriting, take the note A and lower it by 2 semitones. => {"note": "A", "semitones": -2}
        Shifting C up 6 semitones lands on which note? => {"note": "C", "semitones": 6}
        If I raise F by 10 half steps, where do I end up? => {"note": "F", "semitones": 10}
        Note name after moving B down 3 semitones? => {"note": "B", "semitones": -3}
        For a horn chart in another key, what does Eb turn into 7 semitones higher? => {"note": "Eb", "semitones": 7}
    Incomplete:
        What note do I get if I transpose F# up?
        Shift my melody's first note down a few semitones.
    """
    return _NOTES[(_pc(note) + semitones) % 12]


def scale_notes(root: Note, scale: Literal["major", "natural_minor", "harmonic_minor", "dorian", "mixolydian", "pentatonic_major", "pentatonic_minor", "blues"] = "major") -> list[str]:
    """Notes of a scale from a root.

    Args:
        root: The root note, e.g. D.
        scale: major, natural_minor, harmonic_minor, dorian, mixolydian, pentatonic_major, pentatonic_minor or blues.

    Returns:
        The note names, starting at the root, spelled with one letter per degree (D harmonic
        minor: D E F G A Bb C#).

    Examples:
        What notes are in the G major scale? => {"root": "G", "scale": "major"}
        List the A minor pentatonic scale. => {"root": "A", "scale": "pentatonic_minor"}
        D dorian scale notes => {"root": "D", "scale": "dorian"}
        I'm improvising a solo tonight. Which notes are in the E blues scale? => {"root": "E", "scale": "blues"}
        Can you spell out the F harmonic minor scale for me? => {"root": "F", "scale": "harmonic_minor"}
        I'm learning scales: what are the notes of the Bb mixolydian scale? => {"root": "Bb", "scale": "mixolydian"}
        Write out the C# natural minor scale. => {"root": "C#", "scale": "natural_minor"}
        What's in the Eb major pentatonic? => {"root": "Eb", "scale": "pentatonic_major"}
        Which pitches belong to the A mixolydian scale? => {"root": "A", "scale": "mixolydian"}
        Notes of the B blues scale, in order from the root? => {"root": "B", "scale": "blues"}
        If I play the F# dorian scale, which notes am I using? => {"root": "F#", "scale": "dorian"}
        For tonight's practice sheet, jot down the notes of the Ab major scale. => {"root": "Ab", "scale": "major"}
    Incomplete:
        What notes are in the dorian scale?
        List the notes of the scale my song is in.
    """
    r = _pc(root)
    steps = _SCALES[scale]
    if len(steps) == 7:  # one letter per degree: D harmonic minor has Bb and C#, not A#
        return [_spell(root, k, r + i) for k, i in enumerate(steps)]
    # pentatonic and blues scales: the degrees of the parent scale they leave out skipped
    degrees = {
        "pentatonic_major": [0, 1, 2, 4, 5],
        "pentatonic_minor": [0, 2, 3, 4, 6],
        "blues": [0, 2, 3, 4, 4, 6],
    }[scale]
    return [_spell(root, k, r + i) for k, i in zip(degrees, steps)]


def chord_notes(root: Note, quality: Literal["major", "minor", "diminished", "augmented", "dominant7", "major7", "minor7", "sus2", "sus4"] = "major") -> list[str]:
    """Notes of a chord.

    Args:
        root: The chord root, e.g. C.
        quality: major, minor, diminished, augmented, dominant7, major7, minor7, sus2 or sus4.

    Returns:
        The chord tones, root first, spelled as stacked thirds (D diminished: D F Ab).

    Examples:
        What notes make up the D minor chord? => {"root": "D", "quality": "minor"}
        Spell the G dominant7 chord. => {"root": "G", "quality": "dominant7"}
        C major7 chord notes => {"root": "C", "quality": "major7"}
        My guitar teacher mentioned the A sus4 chord. What notes are in it? => {"root": "A", "quality": "sus4"}
        Give me the notes of the F# diminished chord. => {"root": "F#", "quality": "diminished"}
        Which notes form the E augmented chord? => {"root": "E", "quality": "augmented"}
        I need the tones of the Bb major chord. => {"root": "Bb", "quality": "major"}
        For the bridge I need a C# sus2 chord. Which notes are in it? => {"root": "C#", "quality": "sus2"}
        Break down the E minor7 chord into its individual notes. => {"root": "E", "quality": "minor7"}
        Chord tones for Ab augmented, root first? => {"root": "Ab", "quality": "augmented"}
        If a chord chart says D sus2, which notes should I play? => {"root": "D", "quality": "sus2"}
        Wondering which notes sit inside a B diminished chord. => {"root": "B", "quality": "diminished"}
    Incomplete:
        Which notes are in the minor seventh chord for this song?
        Spell the chord the pianist just played for me.
    """
    r = _pc(root)
    # chord tones are stacked thirds (a sus chord's second or fourth): D diminished is
    # D F Ab, not D F G#
    letters = {"sus2": [0, 1, 4], "sus4": [0, 3, 4]}.get(quality, [0, 2, 4, 6])
    return [_spell(root, k, r + i) for k, i in zip(letters, _CHORDS[quality])]


def interval_between(lower: NoteOctave, upper: NoteOctave) -> dict[str, object]:
    """Interval between two notes.

    Args:
        lower: The first note with octave, e.g. C4.
        upper: The second note with octave, e.g. G4.

    Returns:
        semitones and the interval name as spelled (within an octave, plus octaves).

    Examples:
        What interval is C4 to G4? => {"lower": "C4", "upper": "G4"}
        Interval from E3 to C5? => {"lower": "E3", "upper": "C5"}
        interval D4 A4 => {"lower": "D4", "upper": "A4"}
        The melody jumps from F3 to D4. What's that interval called? => {"lower": "F3", "upper": "D4"}
        Name the interval between G2 and G3. => {"lower": "G2", "upper": "G3"}
        How many semitones are there from Bb3 to F5, and what interval is that? => {"lower": "Bb3", "upper": "F5"}
        I'm wondering what interval spans C#4 to E4. => {"lower": "C#4", "upper": "E4"}
        One singer holds A3 while another sings E5. What interval do they form? => {"lower": "A3", "upper": "E5"}
        Going from A2 up to F3, which interval do I cover? => {"lower": "A2", "upper": "F3"}
        Identify the interval formed by Eb4 and Bb4. => {"lower": "Eb4", "upper": "Bb4"}
        If the bass plays D3 and the flute plays F#5, how far apart are they? => {"lower": "D3", "upper": "F#5"}
        semitone count and interval name, G3 to C5? => {"lower": "G3", "upper": "C5"}
    Incomplete:
        What's the interval between these two notes?
        Name the interval of the leap in my melody.
    """
    a, oa = _split(lower)
    b, ob = _split(upper)
    st = (12 * ob + b) - (12 * oa + a)
    # named by the letters as spelled (C#4-Bb4 is a diminished seventh's neighbour, not a
    # major sixth): letter steps give the number, semitones the quality
    low, high = (lower, upper) if st >= 0 else (upper, lower)
    steps = _letter_steps(low, high)
    octaves, degree = divmod(steps, 7)
    if octaves and degree == 0 and abs(st) - 12 * octaves in (-1, 1):
        octaves, degree = octaves - 1, 7  # an augmented or diminished octave
    name = _interval_name(degree, abs(st) - 12 * octaves)
    if name is None:  # a spelling no interval name fits: by semitones
        octaves, rest = divmod(abs(st), 12)
        name = _INTERVALS[rest]
    elif degree == 7:
        name = name.replace("eighth", "octave")
    if degree == 0 and octaves == 1 and name == "perfect unison":
        return {"semitones": st, "name": "octave"}
    if octaves:
        name += f" plus {octaves} octave{'s' if octaves > 1 else ''}"
    return {"semitones": st, "name": name.replace("perfect unison", "unison")}


_DEGREE_NAMES = ["unison", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


def _letter_steps(low: str, high: str) -> int:
    letters = "CDEFGAB"
    la, lb = letters.index(low[0].upper()), letters.index(high[0].upper())
    return (lb + 7 * int(high.lstrip("ABCDEFGabcdefg#")) - la - 7 * int(low.lstrip("ABCDEFGabcdefg#")))


def _interval_name(degree: int, semitones: int) -> str | None:
    major_or_perfect = [0, 2, 4, 5, 7, 9, 11, 12][degree]
    diff = semitones - major_or_perfect
    if degree in (0, 3, 4, 7):
        quality = {0: "perfect", 1: "augmented", -1: "diminished"}.get(diff)
    else:
        quality = {0: "major", -1: "minor", 1: "augmented", -2: "diminished"}.get(diff)
    return None if quality is None else f"{quality} {_DEGREE_NAMES[degree]}"


def bpm_to_note_duration(bpm: Annotated[float, {"minimum": 20, "maximum": 400}], note_value: Literal["whole", "half", "quarter", "eighth", "sixteenth", "dotted_quarter", "triplet_eighth"] = "quarter") -> float:
    """Duration of a note value at a tempo (quarter note = one beat).

    Args:
        bpm: Tempo in beats per minute.
        note_value: whole, half, quarter, eighth, sixteenth, dotted_quarter or triplet_eighth.

    Returns:
        Duration in milliseconds, rounded to 3 decimals.

    Examples:
        How long is a quarter note at 120 BPM? => {"bpm": 120, "note_value": "quarter"}
        Delay time for an eighth note at 95 bpm? => {"bpm": 95, "note_value": "eighth"}
        sixteenth note length at 140 bpm => {"bpm": 140, "note_value": "sixteenth"}
        I'm setting a delay pedal for a song at 128 BPM. How many milliseconds is a dotted quarter? => {"bpm": 128, "note_value": "dotted_quarter"}
        How many ms does one beat last at 72 bpm? => {"bpm": 72}
        Length of a whole note at 60 bpm in milliseconds? => {"bpm": 60, "note_value": "whole"}
        Convert 174 bpm to a triplet eighth duration. => {"bpm": 174, "note_value": "triplet_eighth"}
        Our drummer counts the tune at 90 BPM. How long does a half note last? => {"bpm": 90, "note_value": "half"}
        At 105 bpm, how many milliseconds does an eighth note take? => {"bpm": 105, "note_value": "eighth"}
        Milliseconds per half note at 84 BPM? => {"bpm": 84, "note_value": "half"}
        If the click track runs at 132 bpm, how long is a dotted quarter in ms? => {"bpm": 132, "note_value": "dotted_quarter"}
        For syncing a video edit, give me the duration of one whole note at 66 bpm. => {"bpm": 66, "note_value": "whole"}
    Incomplete:
        How many milliseconds is an eighth note?
        What's the delay time for a dotted quarter at this song's tempo?
    """
    beats = {"whole": 4, "half": 2, "quarter": 1, "eighth": 0.5, "sixteenth": 0.25, "dotted_quarter": 1.5, "triplet_eighth": 1 / 3}[note_value]
    return round(60000 / bpm * beats, 3)


def key_signature(key: Note, mode: Literal["major", "minor"] = "major") -> dict[str, object]:
    """Sharps or flats in a key signature (circle of fifths).

    Args:
        key: The tonic, e.g. D or Bb.
        mode: major or minor.

    Returns:
        count of accidentals, type (sharps/flats/none) and relative key.

    Examples:
        How many sharps or flats are in E major? => {"key": "E", "mode": "major"}
        Key signature of C minor? => {"key": "C", "mode": "minor"}
        key sig A major => {"key": "A", "mode": "major"}
        I'm writing a piece in Eb major. What should the key signature be? => {"key": "Eb", "mode": "major"}
        Tell me the key signature of G major and its relative key. => {"key": "G", "mode": "major"}
        How many accidentals does F minor have? => {"key": "F", "mode": "minor"}
        I need the key signature for B minor. => {"key": "B", "mode": "minor"}
        Our band's next song is in the key of D, so what sharps or flats should I expect? => {"key": "D"}
        Which accidentals appear in the key of F# minor? => {"key": "F#", "mode": "minor"}
        Sharps or flats for Ab major? => {"key": "Ab", "mode": "major"}
        If a piece is in G minor, what goes in the key signature? => {"key": "G", "mode": "minor"}
        For transcribing a folk tune in Db major, what key signature should I write? => {"key": "Db", "mode": "major"}
    Incomplete:
        What's the key signature of this minor key?
        How many sharps or flats does my song's key have?
    """
    # positions on the circle of fifths follow the spelling: C# major has 7 sharps, Db
    # major 5 flats (one pitch, two keys)
    tonic = "FCGDAEB".index(key[0].upper()) - 1 + 7 * {"#": 1, "b": -1}.get(key[1:], 0)
    fifths = tonic - 3 if mode == "minor" else tonic
    if abs(fifths) > 7:
        spelled = key[0].upper() + key[1:]
        raise ValueError(f"{spelled} {mode} is a theoretical key (more than 7 accidentals); use its enharmonic key")
    relative = _spelled(tonic + 3) + " minor" if mode == "major" else _spelled(tonic - 3) + " major"
    kind = "sharps" if fifths > 0 else "flats" if fifths < 0 else "none"
    return {"count": abs(fifths), "type": kind, "relative_key": relative}


def _spelled(fifths: int) -> str:
    """The note name at a position on the circle of fifths (0 = C, 1 = G, -1 = F)."""
    letter = "FCGDAEB"[(fifths + 1) % 7]
    sharps = (fifths + 1) // 7
    return letter + ("#" * sharps if sharps > 0 else "b" * -sharps)


def semitones_between(note_a: Note, note_b: Note) -> int:
    """Upward distance in semitones from one pitch class to another (0-11).

    Args:
        note_a: The starting note, e.g. C.
        note_b: The target note, e.g. A.

    Returns:
        Semitones going up from note_a to note_b.

    Examples:
        How many semitones from C up to A? => {"note_a": "C", "note_b": "A"}
        Semitone distance from F# to D? => {"note_a": "F#", "note_b": "D"}
        semitones G to E => {"note_a": "G", "note_b": "E"}
        Count the half steps going up from Bb to F. => {"note_a": "Bb", "note_b": "F"}
        How many semitones do I climb going from E up to C#? => {"note_a": "E", "note_b": "C#"}
        On guitar, moving up the neck from A to C, how many semitones is that? => {"note_a": "A", "note_b": "C"}
        I'd like the upward distance in semitones between Eb and Ab. => {"note_a": "Eb", "note_b": "Ab"}
        For ear training: how many semitones separate D from the B above it? => {"note_a": "D", "note_b": "B"}
        Going upward from C# to G, how many half steps is that? => {"note_a": "C#", "note_b": "G"}
        Distance up from Ab to E in semitones? => {"note_a": "Ab", "note_b": "E"}
        If I start on F and climb to D, how many semitones have I moved? => {"note_a": "F", "note_b": "D"}
        Tell me the number of semitones rising from B to G#. => {"note_a": "B", "note_b": "G#"}
    Incomplete:
        How many half steps are between these two notes?
        How many semitones up is the next note of my melody?
    """
    return (_pc(note_b) - _pc(note_a)) % 12
