"""Other spellings of argument values, so the rule judge can ground a value that the query
writes differently: "Euros" for ``currency="EUR"``, "California" for ``state="CA"``,
"C sharp" for ``"C#"``, "twenty-one" for ``21``, "March 5, 2024" for ``"2024-03-05"``.

Tables (read-only mappings, built once at import from the compact text blocks below):
currencies (ISO 4217), countries (ISO 3166 alpha-2 and alpha-3), US states and Canadian
provinces, languages (ISO 639-1 and the common 639-2/3 codes), programming languages and
other symbols, music notes, number and ordinal words, months and weekdays.

Functions:

* :func:`value_aliases` -- every lower-cased form that stands for a string value (both
  ways: a code gives its names, a name gives its codes);
* :func:`find_alias` -- where a query writes one of those forms (on word boundaries);
* :func:`parse_number_words`, :func:`parse_ordinals`, :func:`parse_dates` -- spans of
  numbers, ordinals and dates written in words or in common date formats.

Stdlib only, no state beyond ``functools`` caches.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Final, NamedTuple, TypeVar

__all__ = [
    "CANADIAN_PROVINCES",
    "COUNTRIES",
    "CURRENCIES",
    "LANGUAGES",
    "MONTHS",
    "MUSIC_NOTES",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "PROGRAMMING_LANGUAGES",
    "US_STATES",
    "WEEKDAYS",
    "find_alias",
    "parse_dates",
    "parse_number_words",
    "parse_ordinals",
    "value_aliases",
]

# --------------------------------------------------------------------------------------
# Parsing the table text.


class _Entity(NamedTuple):
    codes: tuple[str, ...]
    names: tuple[str, ...]


def _entities(text: str) -> tuple[_Entity, ...]:
    out: list[_Entity] = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        codes_text, _, names_text = line.partition("|")
        codes = tuple(codes_text.split())
        names = tuple(n.strip() for n in names_text.split(";") if n.strip())
        if codes and out and out[-1].codes == codes:
            out[-1] = _Entity(codes, out[-1].names + names)
        else:
            out.append(_Entity(codes, names))
    return tuple(out)


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(sep) if w.strip())


def _by_code(
    entities: Iterable[_Entity], case: Callable[[str], str]
) -> Mapping[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for e in entities:
        for code in e.codes:
            table[case(code)] = e.names
    return MappingProxyType(table)


def _by_first_name(entities: Iterable[_Entity]) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType({e.names[0]: e.names[1:] for e in entities})


# --------------------------------------------------------------------------------------
# Table text.  One entity a line: ``CODES | name; name; ...`` -- the codes (none, one or
# more, separated by spaces) and the names (lower case, separated by ";") all stand for the
# same thing.  A line with the same codes as the line before continues its names.  Lines
# starting with "#" are comments.

_CURRENCY_TEXT: Final = """
USD | us dollar; us dollars; dollar; dollars; american dollar; american dollars; $; us$
EUR | euro; euros; €
JPY | japanese yen; yen; ¥
GBP | pound sterling; pounds sterling; british pound; british pounds; pound; pounds; sterling; £
CNY | chinese yuan; yuan; renminbi; rmb; chinese renminbi; ¥
AUD | australian dollar; australian dollars; aussie dollar; aussie dollars; a$
CAD | canadian dollar; canadian dollars; c$
CHF | swiss franc; swiss francs; franc; francs
HKD | hong kong dollar; hong kong dollars; hk$
NZD | new zealand dollar; new zealand dollars; kiwi dollar; nz$
SEK | swedish krona; swedish kronor; krona; kronor
NOK | norwegian krone; norwegian kroner; krone; kroner
DKK | danish krone; danish kroner; krone; kroner
KRW | south korean won; korean won; won; ₩
SGD | singapore dollar; singapore dollars; s$
MXN | mexican peso; mexican pesos; peso; pesos
INR | indian rupee; indian rupees; rupee; rupees; ₹
RUB | russian ruble; russian rubles; russian rouble; russian roubles
RUB | ruble; rubles; rouble; roubles; ₽
ZAR | south african rand; rand
TRY | turkish lira; turkish liras; turkish lire; lira; ₺
BRL | brazilian real; brazilian reais; real; reais; r$
TWD | new taiwan dollar; new taiwan dollars; taiwan dollar; taiwan dollars; nt$
PLN | polish zloty; polish zlotys; zloty; zlotys; złoty; zł
THB | thai baht; baht; ฿
IDR | indonesian rupiah; rupiah
HUF | hungarian forint; hungarian forints; forint; forints
CZK | czech koruna; czech korunas; czech crown; czech crowns; koruna
ILS | israeli new shekel; israeli shekel; israeli shekels; new shekel; shekel; shekels; ₪
CLP | chilean peso; chilean pesos
PHP | philippine peso; philippine pesos; ₱
AED | uae dirham; uae dirhams; emirati dirham; emirati dirhams; dirham; dirhams
COP | colombian peso; colombian pesos
SAR | saudi riyal; saudi riyals; riyal; riyals
MYR | malaysian ringgit; ringgit
RON | romanian leu; romanian lei; leu; lei
ARS | argentine peso; argentine pesos; argentinian peso; argentinian pesos
VND | vietnamese dong; dong; ₫
EGP | egyptian pound; egyptian pounds
NGN | nigerian naira; naira; ₦
PKR | pakistani rupee; pakistani rupees
BDT | bangladeshi taka; taka; ৳
UAH | ukrainian hryvnia; ukrainian hryvnias; hryvnia; hryvnias; ₴
KZT | kazakhstani tenge; tenge; ₸
QAR | qatari riyal; qatari riyals
KWD | kuwaiti dinar; kuwaiti dinars
BHD | bahraini dinar; bahraini dinars
OMR | omani rial; omani rials
JOD | jordanian dinar; jordanian dinars
MAD | moroccan dirham; moroccan dirhams
TND | tunisian dinar; tunisian dinars
DZD | algerian dinar; algerian dinars
KES | kenyan shilling; kenyan shillings
TZS | tanzanian shilling; tanzanian shillings
UGX | ugandan shilling; ugandan shillings
GHS | ghanaian cedi; ghanaian cedis; cedi; cedis
ETB | ethiopian birr; birr
PEN | peruvian sol; peruvian soles; sol; soles; nuevo sol
UYU | uruguayan peso; uruguayan pesos
BOB | bolivian boliviano; bolivianos; boliviano
PYG | paraguayan guarani; paraguayan guaranis
ISK | icelandic krona; icelandic kronur; icelandic króna
BGN | bulgarian lev; bulgarian leva; lev; leva
RSD | serbian dinar; serbian dinars
HRK | croatian kuna; croatian kunas; kuna
LKR | sri lankan rupee; sri lankan rupees
NPR | nepalese rupee; nepalese rupees; nepali rupee; nepali rupees
MMK | myanmar kyat; burmese kyat; kyat; kyats
KHR | cambodian riel; riel; riels
LAK | lao kip; laotian kip; kip
IRR | iranian rial; iranian rials
IQD | iraqi dinar; iraqi dinars
LBP | lebanese pound; lebanese pounds
GEL | georgian lari; lari
AMD | armenian dram; armenian drams; dram; drams
AZN | azerbaijani manat; azerbaijani manats; manat
BYN | belarusian ruble; belarusian rubles
MDL | moldovan leu; moldovan lei
UZS | uzbekistani som; uzbek som; uzbekistani sum
XOF | west african cfa franc; cfa franc; cfa francs
XAF | central african cfa franc
CRC | costa rican colon; costa rican colón; costa rican colones; colón; colones
GTQ | guatemalan quetzal; guatemalan quetzales; quetzal; quetzales
DOP | dominican peso; dominican pesos
JMD | jamaican dollar; jamaican dollars
TTD | trinidad and tobago dollar; trinidad and tobago dollars
CUP | cuban peso; cuban pesos
VES | venezuelan bolivar; venezuelan bolívar; venezuelan bolivares; bolivar; bolívar
MNT | mongolian tugrik; mongolian tögrög; tugrik; tögrög
ZMW | zambian kwacha; kwacha
BWP | botswana pula; pula
MUR | mauritian rupee; mauritian rupees
FJD | fijian dollar; fijian dollars
"""

_COUNTRY_TEXT: Final = """
AF AFG | afghanistan
AL ALB | albania
DZ DZA | algeria
AD AND | andorra
AO AGO | angola
AG ATG | antigua and barbuda; antigua & barbuda
AR ARG | argentina
AM ARM | armenia
AU AUS | australia
AT AUT | austria
AZ AZE | azerbaijan
BS BHS | bahamas; the bahamas
BH BHR | bahrain
BD BGD | bangladesh
BB BRB | barbados
BY BLR | belarus
BE BEL | belgium
BZ BLZ | belize
BJ BEN | benin
BT BTN | bhutan
BO BOL | bolivia; plurinational state of bolivia
BA BIH | bosnia and herzegovina; bosnia & herzegovina; bosnia
BW BWA | botswana
BR BRA | brazil; brasil
BN BRN | brunei; brunei darussalam
BG BGR | bulgaria
BF BFA | burkina faso
BI BDI | burundi
CV CPV | cabo verde; cape verde
KH KHM | cambodia
CM CMR | cameroon
CA CAN | canada
CF CAF | central african republic
TD TCD | chad
CL CHL | chile
CN CHN | china; people's republic of china; prc; mainland china
CO COL | colombia
KM COM | comoros
CG COG | congo; republic of the congo; congo republic; congo-brazzaville
CD COD | democratic republic of the congo; congo, democratic republic of the
CD COD | dr congo; drc; congo-kinshasa; congo
CR CRI | costa rica
CI CIV | côte d'ivoire; cote d'ivoire; ivory coast
HR HRV | croatia
CU CUB | cuba
CY CYP | cyprus
CZ CZE | czechia; czech republic
DK DNK | denmark
DJ DJI | djibouti
DM DMA | dominica
DO DOM | dominican republic
EC ECU | ecuador
EG EGY | egypt
SV SLV | el salvador
GQ GNQ | equatorial guinea
ER ERI | eritrea
EE EST | estonia
SZ SWZ | eswatini; swaziland
ET ETH | ethiopia
FJ FJI | fiji
FI FIN | finland
FR FRA | france
GA GAB | gabon
GM GMB | gambia; the gambia
GE GEO | georgia
DE DEU | germany; deutschland
GH GHA | ghana
GR GRC | greece; hellas
GD GRD | grenada
GT GTM | guatemala
GN GIN | guinea
GW GNB | guinea-bissau
GY GUY | guyana
HT HTI | haiti
VA VAT | vatican city; vatican; holy see; vatican city state
HN HND | honduras
HU HUN | hungary
IS ISL | iceland
IN IND | india
ID IDN | indonesia
IR IRN | iran; islamic republic of iran; iran, islamic republic of
IQ IRQ | iraq
IE IRL | ireland; republic of ireland; eire
IL ISR | israel
IT ITA | italy; italia
JM JAM | jamaica
JP JPN | japan
JO JOR | jordan
KZ KAZ | kazakhstan
KE KEN | kenya
KI KIR | kiribati
KP PRK | north korea; democratic people's republic of korea; dprk
KP PRK | korea, democratic people's republic of
KR KOR | south korea; republic of korea; korea, republic of; korea
KW KWT | kuwait
KG KGZ | kyrgyzstan; kyrgyz republic
LA LAO | laos; lao people's democratic republic; lao pdr
LV LVA | latvia
LB LBN | lebanon
LS LSO | lesotho
LR LBR | liberia
LY LBY | libya
LI LIE | liechtenstein
LT LTU | lithuania
LU LUX | luxembourg
MG MDG | madagascar
MW MWI | malawi
MY MYS | malaysia
MV MDV | maldives
ML MLI | mali
MT MLT | malta
MH MHL | marshall islands
MR MRT | mauritania
MU MUS | mauritius
MX MEX | mexico; méxico
FM FSM | micronesia; federated states of micronesia
MD MDA | moldova; republic of moldova
MC MCO | monaco
MN MNG | mongolia
ME MNE | montenegro
MA MAR | morocco
MZ MOZ | mozambique
MM MMR | myanmar; burma
NA NAM | namibia
NR NRU | nauru
NP NPL | nepal
NL NLD | netherlands; the netherlands; holland
NZ NZL | new zealand; aotearoa
NI NIC | nicaragua
NE NER | niger
NG NGA | nigeria
MK MKD | north macedonia; macedonia
NO NOR | norway
OM OMN | oman
PK PAK | pakistan
PW PLW | palau
PS PSE | palestine; state of palestine
PA PAN | panama; panamá
PG PNG | papua new guinea
PY PRY | paraguay
PE PER | peru; perú
PH PHL | philippines; the philippines
PL POL | poland
PT PRT | portugal
QA QAT | qatar
RO ROU | romania
RU RUS | russia; russian federation
RW RWA | rwanda
KN KNA | saint kitts and nevis; st kitts and nevis; st. kitts and nevis
LC LCA | saint lucia; st lucia; st. lucia
VC VCT | saint vincent and the grenadines; st vincent and the grenadines
VC VCT | st. vincent and the grenadines
WS WSM | samoa
SM SMR | san marino
ST STP | sao tome and principe; são tomé and príncipe
SA SAU | saudi arabia
SN SEN | senegal
RS SRB | serbia
SC SYC | seychelles
SL SLE | sierra leone
SG SGP | singapore
SK SVK | slovakia; slovak republic
SI SVN | slovenia
SB SLB | solomon islands
SO SOM | somalia
ZA ZAF | south africa
SS SSD | south sudan
ES ESP | spain; españa
LK LKA | sri lanka
SD SDN | sudan
SR SUR | suriname
SE SWE | sweden
CH CHE | switzerland; swiss confederation
SY SYR | syria; syrian arab republic
TJ TJK | tajikistan
TZ TZA | tanzania; united republic of tanzania
TH THA | thailand
TL TLS | timor-leste; east timor
TG TGO | togo
TO TON | tonga
TT TTO | trinidad and tobago; trinidad & tobago
TN TUN | tunisia
TR TUR | turkey; türkiye; turkiye
TM TKM | turkmenistan
TV TUV | tuvalu
UG UGA | uganda
UA UKR | ukraine
AE ARE | united arab emirates; uae; u.a.e.; emirates
GB GBR | united kingdom; united kingdom of great britain and northern ireland; uk; u.k.
GB GBR | britain; great britain; england; scotland; wales; northern ireland
US USA | united states; united states of america; america; usa; us; u.s.; u.s; u.s.a.; u.s.a
UY URY | uruguay
UZ UZB | uzbekistan
VU VUT | vanuatu
VE VEN | venezuela; bolivarian republic of venezuela
VN VNM | vietnam; viet nam
YE YEM | yemen
ZM ZMB | zambia
ZW ZWE | zimbabwe
# not UN members, but common in APIs
TW TWN | taiwan; republic of china
XK XKX | kosovo
HK HKG | hong kong
MO MAC | macao; macau
PR PRI | puerto rico
GL GRL | greenland
"""

_US_STATE_TEXT: Final = """
AL | alabama
AK | alaska
AZ | arizona
AR | arkansas
CA | california
CO | colorado
CT | connecticut
DE | delaware
FL | florida
GA | georgia
HI | hawaii; hawai'i
ID | idaho
IL | illinois
IN | indiana
IA | iowa
KS | kansas
KY | kentucky
LA | louisiana
ME | maine
MD | maryland
MA | massachusetts
MI | michigan
MN | minnesota
MS | mississippi
MO | missouri
MT | montana
NE | nebraska
NV | nevada
NH | new hampshire
NJ | new jersey
NM | new mexico
NY | new york; new york state
NC | north carolina
ND | north dakota
OH | ohio
OK | oklahoma
OR | oregon
PA | pennsylvania
RI | rhode island
SC | south carolina
SD | south dakota
TN | tennessee
TX | texas
UT | utah
VT | vermont
VA | virginia
WA | washington; washington state
WV | west virginia
WI | wisconsin
WY | wyoming
DC | district of columbia; washington dc; washington d.c.; d.c.
PR | puerto rico
GU | guam
VI | us virgin islands; u.s. virgin islands; virgin islands
AS | american samoa
MP | northern mariana islands
"""

_CA_PROVINCE_TEXT: Final = """
AB | alberta
BC | british columbia
MB | manitoba
NB | new brunswick
NL | newfoundland and labrador; newfoundland
NS | nova scotia
ON | ontario
PE | prince edward island; pei
QC | quebec; québec
SK | saskatchewan
NT | northwest territories
NU | nunavut
YT | yukon
"""

# ISO 639-1, then 639-2/T, then 639-2/B where it differs (B codes that are English words,
# "may" and "per", are left out).
_LANGUAGE_TEXT: Final = """
en eng | english
es spa | spanish; español; castilian
fr fra fre | french; français
de deu ger | german; deutsch
it ita | italian; italiano
pt por | portuguese; português
ru rus | russian
zh zho chi cmn | chinese; mandarin; mandarin chinese
ja jpn | japanese
ko kor | korean
ar ara | arabic
hi hin | hindi
bn ben | bengali; bangla
pa pan | punjabi; panjabi
ur urd | urdu
fa fas | persian; farsi
tr tur | turkish
nl nld dut | dutch; flemish
sv swe | swedish
no nor | norwegian
nb nob | norwegian bokmål; bokmål; bokmal
nn nno | norwegian nynorsk; nynorsk
da dan | danish
fi fin | finnish
is isl ice | icelandic
pl pol | polish
cs ces cze | czech
sk slk slo | slovak
hu hun | hungarian
ro ron rum | romanian
bg bul | bulgarian
hr hrv | croatian
sr srp | serbian
sl slv | slovenian; slovene
bs bos | bosnian
mk mkd | macedonian
sq sqi alb | albanian
el ell gre | greek
uk ukr | ukrainian
be bel | belarusian
et est | estonian
lv lav | latvian
lt lit | lithuanian
ga gle | irish; irish gaelic
gd gla | scottish gaelic; gaelic
cy cym wel | welsh
eu eus baq | basque
ca cat | catalan
gl glg | galician
mt mlt | maltese
lb ltz | luxembourgish
he heb iw | hebrew
yi yid | yiddish
hy hye arm | armenian
ka kat geo | georgian
az aze | azerbaijani; azeri
kk kaz | kazakh
uz uzb | uzbek
ky kir | kyrgyz; kirghiz
tg tgk | tajik
tk tuk | turkmen
mn mon | mongolian
ps pus | pashto
ku kur | kurdish
th tha | thai
vi vie | vietnamese
id ind | indonesian; bahasa indonesia
ms msa | malay; bahasa melayu
tl tgl fil | tagalog; filipino
my mya bur | burmese
km khm | khmer; cambodian
lo lao | lao; laotian
si sin | sinhala; sinhalese
ta tam | tamil
te tel | telugu
kn kan | kannada
ml mal | malayalam
mr mar | marathi
gu guj | gujarati
ne nep | nepali
or ori | odia; oriya
as asm | assamese
sw swa | swahili; kiswahili
am amh | amharic
so som | somali
ha hau | hausa
yo yor | yoruba
ig ibo | igbo
zu zul | zulu
xh xho | xhosa
af afr | afrikaans
mg mlg | malagasy
la lat | latin
eo epo | esperanto
mi mri mao | maori; māori
sm smo | samoan
ht hat | haitian creole; haitian
jv jav | javanese
su sun | sundanese
fo fao | faroese
bo bod tib | tibetan
ug uig | uyghur; uighur
sd snd | sindhi
rw kin | kinyarwanda
sn sna | shona
st sot | sesotho; southern sotho
tn tsn | tswana; setswana
ny nya | chichewa; nyanja
qu que | quechua
gn grn | guarani
co cos | corsican
fy fry | western frisian; frisian
ti tir | tigrinya
"""

# Programming languages, formats and other symbols: the first form is the usual one.
_SYMBOL_TEXT: Final = """
| c#; c sharp; csharp; c♯
| f#; f sharp; fsharp; f♯
| c++; c plus plus; cpp; cplusplus
| javascript; js; ecmascript; java script
| typescript; ts
| python; py; python3; python 3
| go; golang
| objective-c; objc; obj-c
| ruby; rb
| rust; rs
| kotlin; kt
| haskell; hs
| perl; pl
| shell; sh; shell script
| powershell; pwsh; ps1
| visual basic; vb
| vb.net; visual basic .net
| .net; dotnet; dot net
| julia; jl
| erlang; erl
| elixir; ex; exs
| clojure; clj
| markdown; md
| yaml; yml
| sql; structured query language
| html; hypertext markup language
| css; cascading style sheets
| php; hypertext preprocessor
| webassembly; wasm
| assembly; asm; assembly language
| node.js; nodejs
| postgresql; postgres
| mongodb; mongo
| kubernetes; k8s
| bitcoin; btc; xbt; bitcoins
| ethereum; eth; ether
"""

_TICKER_TEXT: Final = """
AAPL | apple; apple inc
MSFT | microsoft; microsoft corporation; microsoft corp
GOOGL | google; alphabet; google llc; alphabet inc
GOOG | google; alphabet; google llc; alphabet inc
AMZN | amazon; amazon.com; amazon inc
TSLA | tesla; tesla inc; tesla motors
META | meta; meta platforms; facebook
FB | facebook
NFLX | netflix
NVDA | nvidia
IBM | international business machines
INTC | intel
AMD | advanced micro devices
ORCL | oracle
KO | coca-cola; coca cola
DIS | disney; walt disney
JPM | jpmorgan; jp morgan; jpmorgan chase
WMT | walmart
BABA | alibaba
"""
"""Stock tickers and the companies they stand for ("Apple" is written, ``AAPL`` is called)."""

_NOTE_TEXT: Final = "\n".join(
    f"{n}# | {n.lower()} sharp; {n.lower()}♯\n{n}b | {n.lower()} flat; {n.lower()}♭"
    for n in "CDEFGAB"
)

# --------------------------------------------------------------------------------------
# Numbers, ordinals, months, weekdays.

_CARDINAL_LIST: Final = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_TENS_LIST: Final = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_ORDINAL_LIST: Final = _words(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_ORDINAL_TENS_LIST: Final = _words(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
)
_SCALES: Final[Mapping[str, int]] = MappingProxyType(
    {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
)
_ORDINAL_SCALES: Final[Mapping[str, int]] = MappingProxyType(
    {"thousandth": 10**3, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12}
)

NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{w: i for i, w in enumerate(_CARDINAL_LIST)},
        **{w: 20 + 10 * i for i, w in enumerate(_TENS_LIST)},
        "hundred": 100,
        **_SCALES,
        "dozen": 12,
    }
)
"""Single number words -> value ("a dozen" is 12; phrases via :func:`parse_number_words`)."""

ORDINAL_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{w: i for i, w in enumerate(_ORDINAL_LIST)},
        **{w: 20 + 10 * i for i, w in enumerate(_ORDINAL_TENS_LIST)},
        "hundredth": 100,
        **_ORDINAL_SCALES,
    }
)
"""Single ordinal words -> value (compounds such as "twenty-first" via :func:`parse_ordinals`)."""

_MONTH_LIST: Final = _words(
    "january february march april may june july august september october november december"
)
MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{m: i + 1 for i, m in enumerate(_MONTH_LIST)},
        **{m[:3]: i + 1 for i, m in enumerate(_MONTH_LIST)},
        "sept": 9,
    }
)
"""Month names and abbreviations -> 1..12."""

_WEEKDAY_LIST: Final = _words("monday tuesday wednesday thursday friday saturday sunday")
WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        **{d: i for i, d in enumerate(_WEEKDAY_LIST)},
        **{d[:3]: i for i, d in enumerate(_WEEKDAY_LIST)},
        "tues": 1,
        "thur": 3,
        "thurs": 3,
    }
)
"""Weekday names and abbreviations -> 0..6 (Monday is 0, as in :meth:`datetime.date.weekday`)."""


_CURRENCY_ENTITIES: Final = _entities(_CURRENCY_TEXT)
_COUNTRY_ENTITIES: Final = _entities(_COUNTRY_TEXT)
_US_STATE_ENTITIES: Final = _entities(_US_STATE_TEXT)
_CA_PROVINCE_ENTITIES: Final = _entities(_CA_PROVINCE_TEXT)
_LANGUAGE_ENTITIES: Final = _entities(_LANGUAGE_TEXT)
_SYMBOL_ENTITIES: Final = _entities(_SYMBOL_TEXT)
_NOTE_ENTITIES: Final = _entities(_NOTE_TEXT)
_TICKER_ENTITIES: Final = _entities(_TICKER_TEXT)

CURRENCIES: Final = _by_code(_CURRENCY_ENTITIES, str.upper)
"""ISO 4217 code ("EUR") -> names ("euro", "euros", "€")."""
COUNTRIES: Final = _by_code(_COUNTRY_ENTITIES, str.upper)
"""ISO 3166 alpha-2 and alpha-3 code ("DE", "DEU") -> names ("germany", "deutschland")."""
US_STATES: Final = _by_code(_US_STATE_ENTITIES, str.upper)
"""USPS code ("CA") -> names ("california",); the 50 states, DC and five territories."""
CANADIAN_PROVINCES: Final = _by_code(_CA_PROVINCE_ENTITIES, str.upper)
"""Canada Post code ("QC") -> names ("quebec", "québec")."""
LANGUAGES: Final = _by_code(_LANGUAGE_ENTITIES, str.lower)
"""ISO 639-1 and 639-2/3 code ("es", "spa") -> names ("spanish", "español", "castilian")."""
PROGRAMMING_LANGUAGES: Final = _by_first_name(_SYMBOL_ENTITIES)
"""Usual spelling ("c#", "javascript", "kubernetes") -> other spellings ("c sharp", "js")."""
MUSIC_NOTES: Final = _by_code(_NOTE_ENTITIES, str)
"""Note ("C#", "Bb") -> names ("c sharp", "c♯"; "b flat", "b♭")."""


def _number_entities() -> tuple[_Entity, ...]:
    """Digits <-> words for 0..20, the tens, 100 and 1000, and 1st..31st <-> ordinal words."""
    out = [_Entity((str(i),), (w,)) for i, w in enumerate(_CARDINAL_LIST) if i != 12]
    out.append(_Entity(("12",), ("twelve", "dozen", "a dozen")))
    out += [_Entity((str(20 + 10 * i),), (w,)) for i, w in enumerate(_TENS_LIST)]
    out += [_Entity(("100",), ("hundred", "one hundred")), _Entity(("1000",), ("thousand",))]
    for n in range(1, 32):
        word = _ordinal_word(n)
        out.append(_Entity((f"{n}{_ordinal_suffix(n)}",), (word,)))
    return tuple(out)


def _ordinal_suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ordinal_word(n: int) -> str:
    """1..99 in words: "first", "twenty-first", "thirtieth"."""
    if n < 20:
        return _ORDINAL_LIST[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _ORDINAL_TENS_LIST[tens - 2]
    return f"{_TENS_LIST[tens - 2]}-{_ORDINAL_LIST[unit]}"


def _month_weekday_entities() -> tuple[_Entity, ...]:
    out = [_Entity((m[:3], *(("sept",) if m == "september" else ())), (m,)) for m in _MONTH_LIST]
    out += [
        _Entity(
            (d[:3], *{"tuesday": ("tues",), "thursday": ("thur", "thurs")}.get(d, ())),
            (d,),
        )
        for d in _WEEKDAY_LIST
    ]
    return tuple(out)


# --------------------------------------------------------------------------------------
# Folding: case, accents and curly quotes, with a map back to the original offsets.

_QUOTES: Final = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch.lower()
    ch = ch.translate(_QUOTES)
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@functools.lru_cache(maxsize=512)
def _fold(text: str) -> tuple[str, tuple[int, ...]]:
    """(folded text, original index of each folded character + the text's length)."""
    if text.isascii():
        return text.lower(), (*range(len(text)), len(text))
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        parts.append(f)
        origin.extend([i] * len(f))
    origin.append(len(text))
    return "".join(parts), tuple(origin)


def _key(text: str) -> str:
    """The lookup key of a value or a table form: folded, with runs of spaces, hyphens and
    underscores as one space."""
    return " ".join(re.split(r"[\s\-_]+", _fold(text)[0])).strip()


# --------------------------------------------------------------------------------------
# value_aliases / find_alias


@functools.cache
def _index() -> tuple[tuple[_Entity, ...], Mapping[str, tuple[int, ...]]]:
    entities = (
        _CURRENCY_ENTITIES
        + _COUNTRY_ENTITIES
        + _US_STATE_ENTITIES
        + _CA_PROVINCE_ENTITIES
        + _LANGUAGE_ENTITIES
        + _SYMBOL_ENTITIES
        + _NOTE_ENTITIES
        + _TICKER_ENTITIES
        + _number_entities()
        + _month_weekday_entities()
    )
    index: dict[str, list[int]] = {}
    for i, e in enumerate(entities):
        for form in e.codes + e.names:
            ids = index.setdefault(_key(form), [])
            if i not in ids:
                ids.append(i)
    return entities, MappingProxyType({k: tuple(v) for k, v in index.items()})


@functools.lru_cache(maxsize=4096)
def value_aliases(value: str) -> tuple[str, ...]:
    """Every lower-cased form that can stand for ``value`` (case-insensitive), the value's
    own form included: for each table entry that has ``value`` as a code or a name, all its
    names, then all its codes.  "EUR" -> ("euro", "euros", "€", "eur"); "CA" -> California's
    and Canada's forms; "Spanish" -> ("spanish", "español", "castilian", "es", "spa").  Only
    one step: "Spanish" gives "es", but not Spain (which "es" would give).  Unknown values
    give ``()``."""
    entities, index = _index()
    out: dict[str, None] = {}
    for i in index.get(_key(value), ()):
        e = entities[i]
        for form in e.names + e.codes:
            out.setdefault(form.lower(), None)
    return tuple(out)


# Forms that are also everyday words (or abbreviations): in a query they ground a value only
# when written as a code or a proper noun -- all in capitals ("US", "IT"), or capitalised
# and not at the start of a sentence ("written in Go") -- so "tell us" does not ground "US".
_GUARDED: Final = frozenset(
    _words(
        """a flat; a sharp; ago; al; am; and; arm; as; assembly; be; can; cat; co; do;
    el; est; ex; fin; gin; go; ha; he; hi; id; in; is; it; jam; ken; la; lat; lie; lit; ma;
    mar; march; may; me; mi; mo; mon; mr; ms; mt; my; ne; no; nor; oh; ok; on; or; pa; pan;
    per; polish; real; sat; shell; sin; so; st; sun; tam; to; ton; tun; us; wed""",
        ";",
    )
)
_SEP: Final = r"(?:\s*-\s*|[\s_]+)"


@functools.lru_cache(maxsize=4096)
def _alias_pattern(alias: str) -> re.Pattern[str]:
    """The pattern of one folded alias: spaces and hyphens interchangeable, not inside a
    longer word (a number not inside a longer number)."""
    body = _SEP.join(re.escape(p) for p in alias.split())
    head, tail = alias[:1], alias[-1:]
    before = r"(?<![^\W_])" if head.isalnum() else r"(?<![^\W\d_])"
    after = r"(?![^\W_])" if tail.isalnum() else ""
    if head.isdigit():
        before += r"(?<!\d[.,])"
    if tail.isdigit():
        after += r"(?![.,]\d)"
    return re.compile(before + body + after)


@functools.lru_cache(maxsize=4096)
def _folded_aliases(value: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """(pattern, guarded) for each alias of value."""
    keys = dict.fromkeys(k for k in map(_key, value_aliases(value)) if k)
    return tuple((_alias_pattern(k), k in _GUARDED) for k in keys)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start]
    stripped = before.rstrip()
    if "\n" in before[len(stripped) :]:
        return True
    stripped = stripped.rstrip("\"'“‘([{«").rstrip()
    return not stripped or stripped[-1] in ".!?:;"


def _guard_ok(query: str, start: int, end: int) -> bool:
    if not any(c.islower() for c in query):
        return False  # an all-capitals query says nothing about which words are codes
    word = query[start:end]
    letters = [c for c in word if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    return word[:1].isupper() and not _sentence_start(query, start)


def find_alias(query: str, value: str) -> tuple[int, int] | None:
    """The first span of ``query`` that writes one of :func:`value_aliases` of ``value``
    (case- and accent-insensitive, not inside a longer word; spaces and hyphens in an alias
    match either).  At the same start the longest alias wins.  Aliases that are everyday
    words ("us", "it", "go") count only when written as a code or a proper noun."""
    if not query:
        return None
    patterns = _folded_aliases(value)
    if not patterns:
        return None
    folded, origin = _fold(query)
    best: tuple[int, int] | None = None
    for pattern, guarded in patterns:
        for m in pattern.finditer(folded):
            start, end = origin[m.start()], origin[m.end() - 1] + 1
            if best is not None and start > best[0]:
                break
            if guarded and not _guard_ok(query, start, end):
                continue
            if best is None or (start, -end) < (best[0], -best[1]):
                best = (start, end)
            break
    return best


# --------------------------------------------------------------------------------------
# Number words and ordinals


_S = TypeVar("_S", tuple[int, int, int], tuple[int, int, str])


class _Tok(NamedTuple):
    start: int
    end: int
    word: str  # case-folded


class _Kind(NamedTuple):
    kind: str  # unit teen tens hundred scale zero dozen a and half
    value: int
    ordinal: bool


_WORD_RE: Final = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_])")
_SPACE_RE: Final = re.compile(r"\s+")


def _classify(word: str) -> _Kind | None:
    n = NUMBER_WORDS.get(word)
    if n is not None:
        return _Kind(_number_kind(word, n), n, False)
    n = ORDINAL_WORDS.get(word)
    if n is not None:
        base = "hundred" if word == "hundredth" else "scale" if word in _ORDINAL_SCALES else ""
        return _Kind(base or _number_kind("", n), n, True)
    if word in ("a", "an", "and", "half"):
        return _Kind("a" if word == "an" else word, 1, False)
    return None


def _number_kind(word: str, n: int) -> str:
    if word == "hundred":
        return "hundred"
    if word == "dozen":
        return "dozen"
    if word in _SCALES:
        return "scale"
    if n == 0:
        return "zero"
    return "unit" if n < 10 else "teen" if n < 20 else "tens"


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group().casefold()) for m in _WORD_RE.finditer(text)]


def _gap(text: str, a: _Tok, b: _Tok) -> str | None:
    """How two tokens are joined: "space", "hyphen" or None (anything else)."""
    between = text[a.end : b.start]
    if between == "-":
        return "hyphen"
    if between and _SPACE_RE.fullmatch(between):
        return "space"
    return None


class _Phrase(NamedTuple):
    first: int  # token indexes [first, last)
    last: int
    value: int
    ordinal: bool


def _phrase(text: str, toks: list[_Tok], i: int) -> _Phrase | None:
    """The longest number phrase starting at token i (a cardinal, or an ordinal that ends
    it: "twenty-first", "one hundred and first")."""

    def kind_at(j: int) -> _Kind | None:
        return _classify(toks[j].word) if j < len(toks) else None

    def joined(j: int) -> str | None:
        return _gap(text, toks[j - 1], toks[j]) if 0 < j < len(toks) else None

    first = kind_at(i)
    if first is None:
        return None
    if first.kind == "zero":
        return _Phrase(i, i + 1, 0, first.ordinal)
    if first.kind == "half":
        nxt, nxt2 = kind_at(i + 1), kind_at(i + 2)
        if (
            nxt is not None
            and nxt2 is not None
            and nxt.kind == "a"
            and nxt2.kind == "dozen"
            and joined(i + 1) == joined(i + 2) == "space"
        ):
            return _Phrase(i, i + 3, 6, False)
        return None
    total, group, last, last_scale = 0, 0, "", 10**15
    best: _Phrase | None = None
    j = i
    while j < len(toks):
        k = kind_at(j)
        if k is None:
            break
        if j > i:
            gap = joined(j)
            if gap is None or (gap == "hyphen" and not (last == "tens" and k.kind == "unit")):
                break
        nt, ng, ok = total, group, False
        if k.kind == "a":
            nxt = kind_at(j + 1)
            ok = (
                j == i
                and nxt is not None
                and not nxt.ordinal
                and nxt.kind in ("hundred", "scale", "dozen")
                and joined(j + 1) == "space"
            )
            ng = 1
        elif k.kind == "unit":
            ok = last in ("", "tens", "hundred", "scale", "and")
            ng = group + k.value
        elif k.kind in ("teen", "tens"):
            ok = last in ("", "hundred", "scale", "and")
            ng = group + k.value
        elif k.kind in ("hundred", "scale") and k.ordinal and j == i:
            ok, ng = True, k.value  # "hundredth", "thousandth" on their own
        elif k.kind == "hundred":
            ok = last in ("unit", "teen", "tens", "a") and 0 < group < 100
            ok = ok and (group < 10 or total == 0)
            ng = group * 100
        elif k.kind == "scale":
            ok = last in ("unit", "teen", "tens", "hundred", "a") and group > 0
            ok = ok and k.value < last_scale
            nt, ng = total + group * k.value, 0
        elif k.kind == "dozen":
            ok = last in ("a", "unit", "teen", "tens") and total == 0 and group < 100
            ng = group * 12
        elif k.kind == "and":
            nxt = kind_at(j + 1)
            ok = (
                last in ("hundred", "scale")
                and nxt is not None
                and nxt.kind in ("unit", "teen", "tens")
                and joined(j + 1) == "space"
            )
        if not ok:
            break
        total, group, last = nt, ng, k.kind
        if k.kind == "scale":
            last_scale = k.value
        j += 1
        if k.kind not in ("a", "and"):
            best = _Phrase(i, j, total + group, k.ordinal)
        if k.ordinal or k.kind == "dozen":
            break
    return best


def _phrases(text: str, toks: list[_Tok]) -> list[_Phrase]:
    out = []
    i = 0
    while i < len(toks):
        p = _phrase(text, toks, i)
        if p is None:
            i += 1
        else:
            out.append(p)
            i = p.last
    return out


def _fraction_at(text: str, toks: list[_Tok], i: int, j: int) -> bool:
    """Whether tokens i and j are a number word, a hyphen and a fraction word ("one-third",
    "two-thirds", "three-quarters")."""
    if i < 0 or j >= len(toks) or _gap(text, toks[i], toks[j]) != "hyphen":
        return False
    a, b = _classify(toks[i].word), toks[j].word
    fraction = b.removesuffix("s") in ORDINAL_WORDS or b in _FRACTION_WORDS
    return a is not None and a.kind != "a" and not a.ordinal and fraction


_FRACTION_WORDS: Final = frozenset({"half", "halves", "quarter", "quarters"})


_DIGIT_SCALE_RE: Final = re.compile(
    r"(?<![\w.,])([0-9]{1,3}(?:,[0-9]{3}){1,4}|[0-9]{1,15})(?:\.([0-9]{1,15}))?\s+"
    r"(thousand|million|billion|trillion|dozen)(?![^\W_])",
    re.I,
)
# "one" on its own after these is a pronoun ("which one", "no one"), not the number 1
_ONE_AFTER: Final = frozenset(
    _words("a an any another each every last next no only other same some that the this which")
)
_NEGATIVE: Final = frozenset({"minus", "negative"})


def parse_number_words(text: str) -> list[tuple[int, int, float]]:
    """Spans of numbers written in words, with their values, in order: "twenty-one" 21,
    "three hundred and five" 305, "two million" 2e6, "one thousand two hundred" 1200,
    "a dozen" 12, "half a dozen" 6, "minus five" -5, and a digit number with a scale word,
    "2.5 million" 2.5e6.  Not ordinals ("twenty-first", see :func:`parse_ordinals`), not
    plain digits, not "one" as a pronoun ("which one")."""
    toks = _tokens(text)
    found: list[tuple[int, int, float]] = []
    for p in _phrases(text, toks):
        if p.ordinal or _fraction_at(text, toks, p.last - 1, p.last):
            continue  # "one-third" is a fraction, not the number one
        start, end, value = toks[p.first].start, toks[p.last - 1].end, p.value
        if p.last - p.first == 1 and toks[p.first].word == "one":
            prev = toks[p.first - 1] if p.first else None
            nxt = toks[p.last] if p.last < len(toks) else None
            after_determiner = (
                prev is not None and prev.word in _ONE_AFTER and _gap(text, prev, toks[p.first])
            )
            if after_determiner or (nxt is not None and nxt.word == "another"):
                continue
        if p.first and toks[p.first - 1].word in _NEGATIVE:
            prev = toks[p.first - 1]
            if _gap(text, prev, toks[p.first]) == "space":
                start, value = prev.start, -value
        found.append((start, end, float(value)))
    for m in _DIGIT_SCALE_RE.finditer(text):
        whole, frac, scale = m.group(1).replace(",", ""), m.group(2) or "", m.group(3)
        mult = NUMBER_WORDS.get(scale.casefold())
        if mult is None:
            continue
        try:
            value = int(whole + frac) * mult / 10 ** len(frac)
        except (OverflowError, ValueError):
            continue
        found.append((m.start(), m.end(), value))
    return sorted(found)


_NUMERIC_ORDINAL_RE: Final = re.compile(
    r"(?<![\w.,])([0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]{1,18})(st|nd|rd|th)(?![^\W_])", re.I
)
_TO_LAST_RE: Final = re.compile(
    r"(?:\s*-\s*|\s+)to(?:\s*-\s*|\s+)last(?![^\W_])|\s+last(?![^\W_])", re.I
)
_FIXED_ORDINALS_RE: Final = re.compile(
    r"(?<![^\W_])(?:(next(?:\s*-\s*|\s+)to(?:\s*-\s*|\s+)last|last\s+but\s+one|penultimate)"
    r"|(antepenultimate)|(last))(?![^\W_])",
    re.I,
)
# "last" before these is about time or names ("last week", "last name"), not a position
_NOT_LAST: Final = frozenset(
    _words(
        """week weekend weeks month months year years day days night nights time times hour hours
    minute minutes second seconds quarter quarters season seasons decade century semester
    name names updated modified login seen visited"""
    )
)
# "second" after these is a unit of time ("per second", "10 second delay")
_NOT_SECOND_AFTER: Final = frozenset({"per", "a", "split", "each", "one"})


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s+([^\W_]+)", text[end:])
    return m.group(1).casefold() if m else ""


def _prev_word(text: str, start: int) -> str:
    before = text[:start]
    stripped = before.rstrip()
    if len(stripped) == len(before):
        return ""
    i = len(stripped)
    while i > 0 and stripped[i - 1].isalnum():
        i -= 1
    return stripped[i:].casefold()


def _is_count(word: str) -> bool:
    """Whether a word after "first" / "last" makes it a count ("first 10", "last three");
    "one" does not ("the last one")."""
    return word.isdigit() or (word in NUMBER_WORDS and word != "one")


def parse_ordinals(text: str) -> list[tuple[int, int, int]]:
    """Spans of ordinals, with their values, in order: "third" 3, "twenty-first" 21,
    "one hundred and first" 101, "21st" 21; positions from the end are negative: "last" -1,
    "second to last" / "second-to-last" / "second last" / "penultimate" -2.  Left out:
    "last week" and the like, "first 10" / "last 3" (a count follows), "second" as a time
    unit ("per second", "5 second"), and ordinals in hyphenated compounds ("third-party")."""
    found: list[tuple[int, int, int]] = []
    toks = _tokens(text)
    candidates: list[tuple[int, int, int, bool]] = []  # start, end, value, single word
    for p in _phrases(text, toks):
        if p.ordinal and not _fraction_at(text, toks, p.first - 1, p.first):
            single = p.last - p.first == 1
            candidates.append((toks[p.first].start, toks[p.last - 1].end, p.value, single))
    for m in _NUMERIC_ORDINAL_RE.finditer(text):
        n = int(m.group(1).replace(",", ""))
        if m.group(2).casefold() == _ordinal_suffix(n):
            candidates.append((m.start(), m.end(), n, True))
    for start, end, value, single in candidates:
        to_last = _TO_LAST_RE.match(text, end)
        if to_last is not None:
            found.append((start, to_last.end(), -value))
            continue
        if re.match(r"-[^\W\d_]", text[end : end + 2]):
            continue  # "third-party", "first-class"
        word = text[start:end].casefold()
        nxt = _next_word(text, end)
        if single and word == "second":
            prev = _prev_word(text, start)
            if prev in _NOT_SECOND_AFTER or prev.isdigit() or prev in NUMBER_WORDS:
                continue
        if single and value == 1 and _is_count(nxt):
            continue  # "first 10 results": a count
        found.append((start, end, value))
    for m in _FIXED_ORDINALS_RE.finditer(text):
        if m.group(1):
            value = -2
        elif m.group(2):
            value = -3
        else:
            nxt = _next_word(text, m.end())
            if (
                nxt in _NOT_LAST
                or _is_count(nxt)
                or _prev_word(text, m.start()) == "at"
                or re.match(r"-[^\W\d_]", text[m.end() : m.end() + 2])
            ):
                continue
            value = -1
        found.append((m.start(), m.end(), value))
    return _without_overlaps(found)


def _without_overlaps(spans: list[_S]) -> list[_S]:
    """Earliest first, then longest; spans that overlap a kept one are dropped."""
    out: list[_S] = []
    for s in sorted(spans, key=lambda t: (t[0], -t[1])):
        if out and s[0] < out[-1][1]:
            continue
        out.append(s)
    return out


# --------------------------------------------------------------------------------------
# Dates

_MONTH_ALT: Final = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH: Final = rf"(?<![^\W_])(?P<mon>{_MONTH_ALT})(?![^\W_])\.?"
_DAY: Final = r"(?<![\w.])(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![^\W_])"
_YEAR: Final = r"(?P<year>[0-9]{4})(?![0-9])"
_DAY_AFTER_MONTH: Final = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![^\W_])"
_MONTH_GLUED: Final = rf"(?<![^\W_])(?P<mon>{_MONTH_ALT})(?![A-Za-z_])\.?"  # "June01"
_MDY_WORDS: Final = re.compile(
    rf"{_MONTH_GLUED}\s*{_DAY_AFTER_MONTH}(?:\s*,\s*|\s+){_YEAR}", re.I
)  # "March 5, 2024", "March.11, 2022", "Jun.20,2023", "June01 2023"
_YMD_WORDS: Final = re.compile(
    rf"(?<![0-9])(?P<year>[0-9]{{4}}),?\s+{_MONTH}\s*{_DAY_AFTER_MONTH}", re.I
)  # "2023 April 4th"
_MD_WORDS: Final = re.compile(rf"{_MONTH}\s*{_DAY_AFTER_MONTH}", re.I)  # "April 8th"
_DMY_WORDS: Final = re.compile(rf"{_DAY}(?:\s+of)?\s+{_MONTH}(?:\s*,\s*|\s+){_YEAR}", re.I)
_YMD: Final = re.compile(
    r"(?<![0-9])(?P<year>[0-9]{4})(?P<sep>[-/.])(?P<mon>[0-9]{1,2})(?P=sep)(?P<day>[0-9]{1,2})"
    r"(?![0-9])"
)
_NUMERIC_DMY: Final = re.compile(
    r"(?<![0-9/.\-])(?P<a>[0-9]{1,2})(?P<sep>[-/.])(?P<b>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
    r"(?![0-9])"
)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_dates(text: str) -> list[tuple[int, int, str]]:
    """Spans of full dates (day, month and year), as ISO "YYYY-MM-DD", in order:
    "March 5, 2024", "Mar. 5th 2024", "5 March 2024", "5th of March, 2024", "2024-03-05",
    "2024/03/05", "03/05/2024" and "03-05-2024" (US month/day/year, unless only day/month
    is a valid date: "25/12/2024"), "05.03.2024" (day.month.year).  Impossible dates
    ("February 30, 2024") are left out."""
    found: list[tuple[int, int, str]] = []

    def add(start: int, end: int, year: str, month: int | None, day: str) -> None:
        iso = _iso(int(year), month, int(day)) if month is not None else None
        if iso is not None:
            found.append((start, end, iso))

    for rx in (_MDY_WORDS, _DMY_WORDS, _YMD_WORDS):
        for m in rx.finditer(text):
            add(m.start(), m.end(), m["year"], MONTHS.get(m["mon"].casefold()), m["day"])
    for m in _YMD.finditer(text):
        add(m.start(), m.end(), m["year"], int(m["mon"]), m["day"])
    for m in _NUMERIC_DMY.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == ".":
            a, b = b, a  # day.month.year
        if a > 12 >= b:
            a, b = b, a  # only day/month/year makes a date
        add(m.start(), m.end(), m["year"], a, str(b))
    return _without_overlaps(found)


def parse_dates_in_context(text: str) -> list[tuple[int, int, str]]:
    """:func:`parse_dates`, plus a month and day written after a full date, in that date's
    year ("from 2023 April 4th to April 8th" -> 2023-04-08)."""
    full = parse_dates(text)
    found = list(full)
    for m in _MD_WORDS.finditer(text):
        if m["mon"] == "may" or any(d[0] <= m.start() < d[1] for d in full):
            continue  # "may" the verb, or part of a full date
        before = [d for d in full if d[1] <= m.start()]
        month = MONTHS.get(m["mon"].casefold())
        iso = _iso(int(before[-1][2][:4]), month, int(m["day"])) if before and month else None
        if iso is not None:
            found.append((m.start(), m.end(), iso))
    return _without_overlaps(found)
