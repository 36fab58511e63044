#!/usr/bin/env python3
"""Write rules/given-names-female.txt and rules/given-names-male.txt from the name lists of the npm package
gender-detection-from-name (MIT licence), the hints the person layer reads: a capitalized run that begins with a
given name is likely a person's name, and the name's gender lets a pronoun find its person.

    npm pack gender-detection-from-name@1.11.5     # in any folder; then:
    python3 src/test/scripts/given-names.py gender-detection-from-name-1.11.5.tgz

Every language of the package (en, fr, de, es, it, tr) goes into one list, since a draft names people of every
country. Left out: names of fewer than three letters, and words that the project's word lists already give another
meaning (function words, months, weekdays, countries and nationalities, honorifics, role nouns, names that are not
persons, numbers, quantities, organisations' words) or that name a place or a title more often than a person (EXCLUDED below). A unisex name is in both files.
Standard library only.
"""
import io
import os
import re
import sys
import tarfile
import unicodedata

PROJECT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
RULES = os.path.join(PROJECT, "rules")
LANGUAGES = ["en", "fr", "de", "es", "it", "tr"]
# Places, titles and common words that the package lists as given names but that a capitalized run begins with far
# more often as something else ("Paris Saint-Germain", "Washington Post", "Prince Harry", "Saint-Louis").
EXCLUDED = {
    "adelaide", "alexandria", "austin", "berlin", "boston", "brooklyn", "carolina", "chelsea", "chester", "china",
    "dakota", "dallas", "denver", "florida", "france", "general", "georgia", "houston", "india", "israel", "italia",
    "jersey", "jordan", "kent", "king", "lincoln", "london", "lord", "madison", "major", "north", "orlando", "paris",
    "phoenix", "prince", "princess", "queen", "saint", "sainte", "san", "santa", "sydney", "trinity", "victoria",
    "virginia", "washington", "york", "million", "billion", "dollar", "euro", "the", "les", "des", "del", "della", "van", "von", "bin", "ben", "abu",
}
HEADER = """# Given names, {gender} (unisex names stand in both lists), lower case: hints for the person layer, never gates. A
# capitalized run that begins with one is likely a person's name ("Dana Hollis"), and the gender lets a pronoun
# find its person. Made by src/test/scripts/given-names.py from the name lists of the npm package
# gender-detection-from-name 1.11.5, whose licence follows; edit freely (a line a name, # for comments).
#
# MIT License
#
# Copyright (c) 2019 Davide Violante
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all copies or substantial portions of
# the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
# WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS
# OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def fold(s):
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if unicodedata.category(c) != "Mn").lower().replace("’", "'")


def words_of_lists():
    """Every form of the word lists whose words cannot begin a person's name, folded."""
    out = set()
    names = ["function-words", "months", "weekdays", "nationalities", "honorifics", "role-nouns", "not-persons",
             "name-particles", "numbers", "quantities", "organisation-words"]
    for folder in [RULES, os.path.join(RULES, "fr"), os.path.join(RULES, "en")]:
        for name in names:
            path = os.path.join(folder, name + ".txt")
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if not line or line.startswith("#"):
                        continue
                    for form in line.split("|"):
                        form = fold(form.strip().rstrip("."))
                        if form:
                            out.add(form.split()[0])
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    genders = {"female": set(), "male": set()}
    with tarfile.open(sys.argv[1]) as tar:
        for language in LANGUAGES:
            data = tar.extractfile("package/names/%s.js" % language).read().decode("utf-8")
            for name, gender in re.findall(r"\['([^']+)', '(male|female|unisex)'\]", data):
                for g in (["female", "male"] if gender == "unisex" else [gender]):
                    genders[g].add(name)
    taken = words_of_lists() | EXCLUDED
    for gender, names in genders.items():
        kept = sorted(n for n in names if re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", n)
                      and len(n) >= 3 and fold(n) not in taken)
        path = os.path.join(RULES, "given-names-%s.txt" % gender)
        with io.open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER.format(gender=gender))
            f.write("\n".join(kept) + "\n")
        print("%s: %d names" % (path, len(kept)))


if __name__ == "__main__":
    main()
