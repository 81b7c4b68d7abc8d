#!/usr/bin/env python3
"""Prints given names from the person providers of Faker (MIT License), one per line, lower
case, sorted: every locale written in Latin script, and the Russian and Ukrainian ones
romanised the ways English-language news spells them ("Sergei" and "Sergey", "Volodymyr",
"Andriy" and "Andrii"). Names in other scripts are left out: news in English never prints them.

Usage: world_given_names.py FAKER_DIR EXCLUDED_NAMES_FILE
FAKER_DIR holds the unpacked wheel (the `faker` package); names in EXCLUDED_NAMES_FILE (one
per line, the Census lists) are left out, so that the world list holds only what they lack.
"""
import importlib
import os
import sys

RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
# Ukraine's national system (2010), which its government and most news use.
UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}
# At the start of a word the national system writes these with a y.
UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
VOWELS = set("аеёиоуыэюяєіїАЕЁИОУЫЭЮЯЄІЇ")


def romanise_russian(name):
    """The common news spellings: -ий as "iy", "y" or "i" (Yevgeniy, Yevgeny, Yevgeni),
    -ей as "ey" or "ei" (Sergey, Sergei), initial е as "ye" or "e" (Yevgeny, Evgeny)."""
    lower = name.lower()
    stems, endings = [lower], [""]
    if lower.endswith("ий"):
        stems, endings = [lower[:-2]], ["iy", "y", "i"]
    elif lower.endswith("ей"):
        stems, endings = [lower[:-2]], ["ey", "ei"]
    forms = set()
    for stem in stems:
        for initial_e in ("ye", "e"):
            out = []
            for i, ch in enumerate(stem):
                if ch == "е" and (i == 0 or stem[i - 1] in VOWELS or stem[i - 1] in "ъь"):
                    out.append(initial_e if i == 0 else "ye")
                else:
                    out.append(RUSSIAN.get(ch, ch))
            for ending in endings:
                forms.add("".join(out) + ending)
    return forms


def romanise_ukrainian(name):
    """The national system, and -ій also as "iy" (Andrii, Andriy; Serhii, Serhiy)."""
    lower = name.lower()
    out = [UKRAINIAN_INITIAL.get(lower[0], UKRAINIAN.get(lower[0], lower[0]))]
    out += [UKRAINIAN.get(ch, ch) for ch in lower[1:]]
    form = "".join(out)
    forms = {form}
    if lower.endswith("ій"):
        forms.add(form[:-2] + "iy")
    return forms


ROMANISERS = {"ru_RU": romanise_russian, "uk_UA": romanise_ukrainian}


def is_latin(name):
    return all(ch.isalpha() and ord(ch) < 0x250 or ch in "-'" for ch in name)


def first_names(provider):
    names = set()
    for attribute in dir(provider):
        if not attribute.startswith("first_names"):
            continue
        value = getattr(provider, attribute, None)
        if value is None or isinstance(value, property) or callable(value):
            continue
        names.update(value.keys() if hasattr(value, "keys") else value)
    return names


def main():
    faker_dir, excluded_file = sys.argv[1], sys.argv[2]
    sys.path.insert(0, faker_dir)
    with open(excluded_file, encoding="utf-8") as handle:
        excluded = {line.strip() for line in handle if line.strip()}
    providers = os.path.join(faker_dir, "faker", "providers", "person")
    result = set()
    for locale in sorted(os.listdir(providers)):
        if locale.startswith("_") or not os.path.isdir(os.path.join(providers, locale)):
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        romanise = ROMANISERS.get(locale)
        for name in first_names(provider):
            forms = romanise(name) if romanise else {name.lower()}
            result.update(form for form in forms if len(form) >= 2 and is_latin(form))
    for name in sorted(result - excluded):
        print(name)


if __name__ == "__main__":
    main()
