#!/usr/bin/env bash
# Checks the Incidents module's NumberReader against an independent generator of number words, num2words
# (PyPI), rather than against a generator of our own that would share our mistakes:
#   1. a Python venv with num2words pinned (made once, then reused);
#   2. a TSV, one phrase a line, `lang<TAB>n<TAB>words`:
#      - num2words' French (lang="fr") and English (lang="en") for every n in 0 ... 9 999;
#      - a sample of larger numbers, every 97th from 10 000 to 999 999, in both languages;
#      - French in the 1990 reform spelling, every space a hyphen ("deux-cent-vingt-et-un", "deux-mille-trois"),
#        for each French phrase that has a space;
#      - English without "and" ("one hundred five"), for each English phrase that has one;
#   3. the Swift test NumberWordsGenerated on that file: each phrase must read as its n, consuming all its tokens.
#
#   Scripts/check-number-words.sh
#
# Environment (defaults):
#   NUMBER_WORDS_VENV=/tmp/sahel-num2words-venv   the venv (made from /usr/bin/python3)
#   NUMBER_WORDS_TSV=/tmp/sahel-number-words.tsv  the generated phrases
set -euo pipefail
cd "$(dirname "$0")/.."

NUM2WORDS_VERSION=0.5.14
VENV="${NUMBER_WORDS_VENV:-/tmp/sahel-num2words-venv}"
TSV="${NUMBER_WORDS_TSV:-/tmp/sahel-number-words.tsv}"

if [ ! -x "$VENV/bin/python" ]; then
    /usr/bin/python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('num2words') != '$NUM2WORDS_VERSION')" 2>/dev/null; then
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "num2words==$NUM2WORDS_VERSION"
fi

"$VENV/bin/python" - "$TSV" <<'PY'
import sys
from importlib.metadata import version
from num2words import num2words

numbers = list(range(10000)) + list(range(10000, 1000000, 97))
counts = {"fr": 0, "fr reform": 0, "en": 0, "en without and": 0}
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for n in numbers:
        french = num2words(n, lang="fr")
        out.write(f"fr\t{n}\t{french}\n")
        counts["fr"] += 1
        if " " in french:
            out.write(f"fr\t{n}\t{french.replace(' ', '-')}\n")
            counts["fr reform"] += 1
        english = num2words(n, lang="en")
        out.write(f"en\t{n}\t{english}\n")
        counts["en"] += 1
        if " and " in english:
            out.write(f"en\t{n}\t{english.replace(' and ', ' ')}\n")
            counts["en without and"] += 1
small = sum(1 for n in numbers if n < 10000)
print(f"num2words {version('num2words')}: "
      f"{small} numbers 0-9999 and {len(numbers) - small} sampled up to 999999; phrases: "
      + ", ".join(f"{k} {v}" for k, v in counts.items())
      + f"; total {sum(counts.values())} in {sys.argv[1]}")
PY

NUMBER_WORDS_TSV="$TSV" swift test --filter NumberWordsGenerated
