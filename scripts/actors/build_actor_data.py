#!/usr/bin/env python3
"""Builds Sitrep's derived actor data files from third-party dictionaries in ../shared.

Reproducible: run from the repository root as

    python3 scripts/actors/build_actor_data.py [--shared ../shared]

It writes two files, both our own derived output (the raw dictionaries are never copied):

  data/actors/countries.tsv       ISO3, ACLED-style country name, article, other names,
                                  demonyms, and place names that point at the country
                                  (from mordecai v2, MIT, and the PETRARCH2/Phoenix country
                                  actor headers, MIT; plus the fix-ups in COUNTRY_FIXES below).
  data/actors/actors.phoenix.tsv  non-state armed groups converted from
                                  Phoenix.MilNonState.actors.txt (MIT): title-cased canonical
                                  name, aliases, guessed ACLED type, country where the CAMEO
                                  code names one. Groups and aliases already covered by the
                                  curated data/actors/actors.tsv and data/actors/groups/*.tsv
                                  are dropped, so the loader's
                                  "no conflicting alias" rule holds.

ACLED's actor list is NOT read here; it served only as a reference for naming conventions.
"""
import argparse
import csv
import io
import json
import os
import re
import sys
import unicodedata

# ACLED writes country names in its own way; these override the source spelling.
# iso3 -> (name, article, extra names, extra demonyms)
COUNTRY_FIXES = {
    "COD": ("Democratic Republic of Congo", "the", ["DRC", "DR Congo", "Congo-Kinshasa", "Congo Kinshasa", "Democratic Republic of the Congo"], ["Congolese"]),
    "COG": ("Republic of Congo", "the", ["Congo-Brazzaville", "Congo Brazzaville"], []),
    "CAF": ("Central African Republic", "the", ["CAR"], ["Central African", "Centrafrican"]),
    "CIV": ("Ivory Coast", "", ["Cote d'Ivoire", "Côte d'Ivoire"], ["Ivorian"]),
    "USA": ("United States", "the", ["United States of America", "US", "U.S.", "USA", "America"], ["American", "US", "U.S."]),
    "GBR": ("United Kingdom", "the", ["UK", "U.K.", "Britain", "Great Britain"], ["British"]),
    "PSE": ("Palestine", "", ["Palestinian Territories", "Gaza", "West Bank", "Gaza Strip"], ["Palestinian"]),
    "BFA": ("Burkina Faso", "", ["Burkina"], ["Burkinabe", "Burkinabé", "Burkinese"]),
    "NER": ("Niger", "", [], ["Nigerien", "Nigérien"]),
    "MMR": ("Myanmar", "", ["Burma"], ["Burmese", "Myanmar"]),
    "BIH": ("Bosnia and Herzegovina", "", ["Bosnia"], ["Bosnian"]),
    "MKD": ("North Macedonia", "", ["Macedonia"], ["Macedonian"]),
    "SWZ": ("eSwatini", "", ["Swaziland", "Eswatini"], ["Swazi"]),
    "CZE": ("Czech Republic", "the", ["Czechia"], ["Czech"]),
    "TLS": ("East Timor", "", ["Timor-Leste", "Timor Leste"], ["Timorese"]),
    "CPV": ("Cape Verde", "", ["Cabo Verde"], ["Cape Verdean"]),
    "GMB": ("Gambia", "", ["The Gambia"], ["Gambian"]),
    "PHL": ("Philippines", "the", [], ["Filipino", "Philippine"]),
    "NLD": ("Netherlands", "the", ["Holland"], ["Dutch"]),
    "KOR": ("South Korea", "", ["Republic of Korea"], ["South Korean"]),
    "PRK": ("North Korea", "", ["DPRK"], ["North Korean"]),
    "SYR": ("Syria", "", [], ["Syrian"]),
    "IRN": ("Iran", "", [], ["Iranian"]),
    "RUS": ("Russia", "", ["Russian Federation"], ["Russian"]),
    "LAO": ("Laos", "", [], ["Lao", "Laotian"]),
    "VNM": ("Vietnam", "", ["Viet Nam"], ["Vietnamese"]),
    "BOL": ("Bolivia", "", [], ["Bolivian"]),
    "VEN": ("Venezuela", "", [], ["Venezuelan"]),
    "TZA": ("Tanzania", "", [], ["Tanzanian"]),
    "MDA": ("Moldova", "", [], ["Moldovan"]),
    "TUR": ("Turkey", "", ["Turkiye", "Türkiye"], ["Turkish"]),
    "SSD": ("South Sudan", "", [], ["South Sudanese"]),
    "ARE": ("United Arab Emirates", "the", ["UAE", "Emirates"], ["Emirati"]),
    "SAU": ("Saudi Arabia", "", [], ["Saudi"]),
    "BHS": ("Bahamas", "", [], ["Bahamian"]),
    "GNB": ("Guinea-Bissau", "", ["Guinea Bissau"], ["Bissau-Guinean"]),
    "XKX": ("Kosovo", "", [], ["Kosovar", "Kosovan"]),
    "BRN": ("Brunei", "", [], ["Bruneian"]),
    "FSM": ("Micronesia", "", [], ["Micronesian"]),
    "VAT": ("Vatican City", "", ["Holy See", "Vatican"], []),
    "ESH": ("Western Sahara", "", [], ["Sahrawi"]),
}
# Regions and towns that news datelines use without naming the country; they only help guess a
# document's country (the gazetteer stage is the real answer).
PLACES_EXTRA = {
    "NGA": "Borno | Yobe | Adamawa | Zamfara | Sokoto | Kebbi | Benue | Plateau State | Plateau | Taraba | Bauchi | Gombe | Kogi | Kwara | Nasarawa | Jos | Imo | Anambra | Enugu | Ebonyi | Abia | Edo | Ondo | Ogun | Oyo | Osun | Ekiti | Bayelsa | Cross River | Akwa Ibom | Jigawa | Zamfara State | Kaduna State | Katsina State | Niger State | Damboa | Gwoza | Bama | Monguno",
    "MLI": "Kayes | Koulikoro | Sikasso | Segou | Mopti | Timbuktu | Tombouctou | Gao | Kidal | Menaka | Taoudenni | Niafunke | Douentza | Bandiagara | Tessalit | Ansongo | Nioro du Sahel",
    "BFA": "Djibo | Kaya | Dori | Fada N'Gourma | Ouahigouya | Bobo-Dioulasso | Koudougou | Arbinda | Barsalogho | Gorom-Gorom | Tenkodogo | Solenzo | Diapaga",
    "NER": "Tillaberi | Tillabery | Diffa | Dosso | Ouallam | Torodi | Takanamat | Banibangou",
    "TCD": "N'Djamena | Ndjamena | Abeche | Tibesti | Kanem | Mongo | Moundou",
    "SDN": "Khartoum | Omdurman | Darfur | El Fasher | El-Fasher | Kordofan | Nyala | Geneina | El Geneina | Wad Madani | Port Sudan | Gezira | Zamzam | El Obeid | Bahri",
    "SOM": "Mogadishu | Kismayo | Baidoa | Jubaland | Puntland | Hiraan | Galmudug | Beledweyne | Bosaso | Middle Shabelle | Lower Shabelle",
    "COD": "Goma | Kinshasa | Bukavu | Ituri | North Kivu | South Kivu | Beni | Bunia | Kivu | Uvira | Butembo | Rutshuru | Masisi | Djugu",
    "ETH": "Addis Ababa | Tigray | Oromia | Mekelle | Gondar | Bahir Dar | Dessie | Lalibela",
    "MMR": "Yangon | Mandalay | Naypyidaw | Naypyitaw | Sagaing | Rakhine | Kachin | Shan State | Magway | Chin State | Karen State | Karenni | Kayah | Myitkyina | Lashio",
    "HTI": "Port-au-Prince | Cap-Haitien | Artibonite | Petion-Ville | Croix-des-Bouquets | Cite Soleil | Carrefour | Delmas | Kenscoff | Mirebalais",
    "MOZ": "Cabo Delgado | Pemba | Palma | Mocimboa da Praia | Maputo | Nampula | Niassa | Macomia",
    "CMR": "Yaounde | Douala | Bamenda | Far North | Maroua | Buea | Kolofata",
    "UKR": "Kyiv | Kiev | Kharkiv | Donetsk | Luhansk | Zaporizhzhia | Kherson | Odesa | Odessa | Dnipro | Lviv | Bakhmut | Avdiivka | Pokrovsk | Sumy | Mykolaiv",
    "PSE": "West Bank | Jenin | Nablus | Ramallah | Hebron | Tulkarm | Rafah | Khan Younis | Gaza City | Jabalia",
    "ISR": "Tel Aviv | Haifa | Beersheba | Ashkelon | Sderot",
    "SYR": "Damascus | Aleppo | Idlib | Homs | Deir ez-Zor | Raqqa | Hama | Latakia | Daraa",
    "YEM": "Sanaa | Aden | Marib | Hodeidah | Taiz | Saada",
    "MEX": "Michoacan | Sinaloa | Jalisco | Guerrero | Tamaulipas | Culiacan | Zacatecas | Guanajuato | Chihuahua",
    "COL": "Cauca | Catatumbo | Bogota | Antioquia | Narino | Arauca",
    "LBY": "Tripoli | Benghazi | Misrata | Sirte | Derna",
    "CAF": "Bangui | Bambari | Bria | Kaga-Bandoro",
    "AFG": "Kunduz | Nangarhar | Khost | Paktia",
    "PAK": "Peshawar | Quetta | Balochistan | Khyber Pakhtunkhwa | Waziristan | Karachi",
    "IRQ": "Baghdad | Mosul | Kirkuk | Erbil | Basra | Anbar",
    "LBN": "Beirut | Tyre | Sidon | Nabatieh",
}
# A demonym shared by two countries goes to the one conflict news means far more often.
DEMONYM_OWNER = {"congolese": "COD", "dominican": "DOM", "channel islander": "GGY", "channel island": "JEY",
                 "us": "USA", "u s": "USA"}
# Names that are ordinary words or match other things too often to signal a country.
NOT_A_NAME = {"georgia", "jordan", "chad", "guinea", "niger", "turkey", "na", "us", "america", "congo"}
# Phoenix codes that do not name one country.
REGION_CODES = {"INT", "MEA", "SAS", "WEU", "KKL", "SEA", "EAF", "LAM", "ASA", "AFR", "EUR", "EEU", "WAF",
                "NAF", "SAF", "SAM", "CAS", "CFR", "BUD", "EIN", "IMG", "ANG", "NMR", "GRB"}


GROUP_WORDS = re.compile(r"ARMY|FRONT|BRIGADE|MOVEMENT|ORGANI[SZ]ATION|GROUP|PARTY|COUNCIL|JIHAD|JAMAA|JEMAAH|JAMA'A|LASHKAR|HARAKAT|HIZB|JAISH|JAYSH|ANSAR|TEHRIK|TAHRIK|MUJAHIDEEN|MUJAHIDIN|LEAGUE|UNION|FACTION|CELL|COMMITTEE|FORCE|MILITIA|RESISTANCE|LIBERATION|ISLAMI|QA'?IDA|QAEDA|SQUAD|NETWORK|MUSLIM|SOCIETY|ASSOCIATION|BATTALION|KATIBA|FEDERATION|FRATERNITY|BANGSAMORO|TALIBAN|SIPAH|ISLAM")


def fold(text):
    """Lower-case, strip accents, drop apostrophes, other punctuation to spaces: the matcher's key."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’`]", "", text.lower())
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def clean_tsv(value):
    return value.replace("\t", " ").replace("\n", " ").strip()


def phoenix_name(raw):
    return " ".join(raw.replace("_", " ").split()).strip()


def title_case(name):
    small = {"of", "the", "and", "for", "in", "al", "el", "wa", "ul", "ad", "ash", "as", "an", "ar", "at", "bin", "ibn", "de", "del", "la", "le", "los", "las", "y"}
    words = []
    for i, word in enumerate(name.split(" ")):
        parts = []
        for part in re.split(r"(-)", word):
            low = part.lower()
            if part == "-" or not part:
                parts.append(part)
            elif i > 0 and low in small:
                parts.append(low)
            elif re.fullmatch(r"[A-Z]{2,5}", name):
                parts.append(part)
            else:
                parts.append(low[:1].upper() + low[1:])
        words.append("".join(parts))
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def read_countries(shared):
    base = os.path.join(shared, "data", "dictionaries")
    with open(os.path.join(base, "mordecai_v2", "stopword_country_names.json"), encoding="utf-8") as f:
        names = json.load(f)
    countries = {}
    for raw, iso in names.items():
        if not re.fullmatch(r"[A-Z]{3}", iso):
            continue
        name = raw.replace("_", " ")
        entry = countries.setdefault(iso, {"name": name, "names": [], "demonyms": [], "places": []})
        entry["names"].append(name)
    with open(os.path.join(base, "mordecai_v2", "nat_df.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            iso = (row.get("alpha_3_code") or "").strip()
            demonym = (row.get("nationality") or "").strip()
            if iso in countries and demonym:
                countries[iso]["demonyms"].append(demonym)
    for iso, (name, article, extra_names, extra_demonyms) in COUNTRY_FIXES.items():
        entry = countries.setdefault(iso, {"name": name, "names": [], "demonyms": [], "places": []})
        entry["name"], entry["article"] = name, article
        entry["names"] += extra_names
        entry["demonyms"] += extra_demonyms
    read_phoenix_country_places(os.path.join(base, "phoenix_petrarch2", "Phoenix.Countries.actors.txt"), countries)
    for iso, places in PLACES_EXTRA.items():
        countries[iso]["places"] += [p.strip() for p in places.split("|")]
    return countries


def read_phoenix_country_places(path, countries):
    """The '+' lines under each country header are alternative names and major places."""
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            header = re.fullmatch(r"([A-Z][A-Z_'\-().]*)\s*\[([A-Z]{3})\]\s*", line)
            if header:
                current = header.group(2) if header.group(2) in countries else None
                continue
            if line.startswith("+") and current:
                place = phoenix_name(line[1:])
                if re.fullmatch(r"[A-Za-z .'\-]+", place):
                    countries[current]["places"].append(" ".join(w[:1].upper() + w[1:].lower() for w in place.split(" ")))
            elif line and not line.startswith("+"):
                current = None


def write_countries(countries, path):
    seen_demonyms = {}
    rows = []
    for iso in sorted(countries):
        entry = countries[iso]
        name = entry["name"]
        demonyms = []
        for d in entry["demonyms"]:
            key = fold(d)
            owner = DEMONYM_OWNER.get(key, iso)
            if key and owner == iso and key not in seen_demonyms:
                seen_demonyms[key] = iso
                demonyms.append(d.strip())
        names = unique([n for n in entry["names"] if fold(n) != fold(name) and fold(n) not in NOT_A_NAME], fold)
        taken = {fold(x) for x in names + demonyms + [name]}
        places = unique([p for p in entry["places"] if fold(p) not in taken and len(fold(p)) > 3 and fold(p) not in NOT_A_NAME], fold)
        rows.append([iso, name, entry.get("article", ""), " | ".join(names), " | ".join(demonyms), " | ".join(places)])
    # A place or name claimed by two countries says nothing about either.
    claims = {}
    for row in rows:
        for column in (3, 5):
            for value in filter(None, row[column].split(" | ")):
                claims.setdefault(fold(value), set()).add(row[0])
    for row in rows:
        for column in (3, 5):
            row[column] = " | ".join(v for v in filter(None, row[column].split(" | ")) if len(claims[fold(v)]) == 1)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Sitrep countries: generated by scripts/actors/build_actor_data.py from mordecai v2 (MIT) and\n")
        f.write("# PETRARCH2/Phoenix country headers (MIT). Columns: iso3, ACLED-style name, article used in\n")
        f.write("# 'Military Forces of the X', other names, demonyms, places (for guessing a document's country).\n")
        f.write("iso3\tname\tarticle\tnames\tdemonyms\tplaces\n")
        for row in rows:
            f.write("\t".join(clean_tsv(c) for c in row) + "\n")
    return rows


def unique(values, key):
    seen, out = set(), []
    for v in values:
        k = key(v)
        if k and k not in seen:
            seen.add(k)
            out.append(v.strip())
    return out


def read_phoenix_groups(path):
    groups, current = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line.startswith("+"):
                if current is not None:
                    for alias in line[1:].split("+_"):
                        current["aliases"].append(alias)
                continue
            if line[0] in " \t":
                code = re.search(r"\[([A-Z]+)", line)
                if current is not None and code and not current["code"]:
                    current["code"] = code.group(1)
                continue
            match = re.fullmatch(r"(.+?)\s*(?:\[([A-Z]+)[^\]]*\])?\s*", line)
            current = {"name": match.group(1), "code": match.group(2) or "", "aliases": []}
            groups.append(current)
    return groups


def split_acronym(raw):
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' gives ('Aden Abyan Islamic Army', 'AAIA')."""
    name = phoenix_name(raw)
    m = re.fullmatch(r"(.*?)\s*\(([^)]*)\)\s*", name)
    if m:
        return m.group(1).strip(" -"), m.group(2).strip()
    return name.strip(" -"), None


def alias_form(raw):
    name, acronym = split_acronym(raw)
    forms = []
    if name:
        single = " " not in name and len(re.sub(r"[^A-Za-z]", "", name)) <= 4
        forms.append(name.upper() if single else title_case(name))
    if acronym and re.fullmatch(r"[A-Z0-9\-]{2,10}", acronym):
        forms.append(acronym)
    return forms


def guess_type(code):
    # CAMEO REB/IMG groups are insurgents or terrorists; ACLED calls most of them rebel groups.
    return "Rebel group"


def country_of(code, iso_codes):
    prefix = code[:3]
    if prefix in REGION_CODES or prefix not in iso_codes:
        return ""
    return prefix


def read_curated_keys(path):
    keys = set()
    if not os.path.exists(path):
        return keys
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("name\t") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            keys.add(fold(cols[0]))
            if len(cols) > 3:
                keys.update(fold(a) for a in cols[3].split("|") if a.strip())
    return keys


def write_phoenix_groups(groups, iso_codes, curated, path):
    written, dropped = 0, 0
    used = set(curated)
    rows = []
    for g in groups:
        if not g["code"]:
            dropped += 1
            continue
        forms = alias_form(g["name"])
        if g["code"].startswith("IMG") and not GROUP_WORDS.search(g["name"]):
            # Phoenix lists members of international militant groups as entries of their own.
            dropped += 1
            continue
        if not forms or fold(forms[0]) in used or len(fold(forms[0])) < 3:
            dropped += 1
            continue
        canonical = forms[0]
        aliases = forms[1:]
        for a in g["aliases"]:
            aliases += alias_form(a)
        keys = {fold(canonical)}
        kept = []
        for a in aliases:
            k = fold(a)
            if k and k not in keys and k not in used and len(k) >= 2:
                keys.add(k)
                kept.append(a)
        used |= keys
        if re.fullmatch(r"[A-Z0-9\-]+", canonical) and kept:
            # An acronym makes a poor canonical name; ACLED writes "ACRONYM: Full Name".
            canonical = f"{canonical}: {kept.pop(0)}"
        rows.append([canonical, guess_type(g["code"]), country_of(g["code"], iso_codes), " | ".join(kept), "", "", "phoenix " + g["code"]])
        written += 1
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Non-state armed groups converted by scripts/actors/build_actor_data.py from PETRARCH2/Phoenix\n")
        f.write("# Phoenix.MilNonState.actors.txt (MIT, Open Event Data Alliance). Do not edit by hand: curate in\n")
        f.write("# actors.tsv or groups/*.tsv instead (a curated name or alias removes the Phoenix entry on the next build).\n")
        f.write("name\ttype\tcountry\taliases\troles\tactive\tnote\n")
        for row in sorted(rows, key=lambda r: fold(r[0])):
            f.write("\t".join(clean_tsv(c) for c in row) + "\n")
    return written, dropped


def find_shared():
    """The `shared` folder beside the repository, or beside one of its ancestors (git worktrees)."""
    here = os.path.abspath(os.getcwd())
    while True:
        candidate = os.path.join(os.path.dirname(here), "shared")
        if os.path.isdir(candidate):
            return candidate
        if os.path.dirname(here) == here:
            return os.path.join("..", "shared")
        here = os.path.dirname(here)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=find_shared())
    parser.add_argument("--out", default=os.path.join("data", "actors"))
    args = parser.parse_args()
    countries = read_countries(args.shared)
    rows = write_countries(countries, os.path.join(args.out, "countries.tsv"))
    curated = read_curated_keys(os.path.join(args.out, "actors.tsv"))
    groups_dir = os.path.join(args.out, "groups")
    if os.path.isdir(groups_dir):
        for name in sorted(os.listdir(groups_dir)):
            if name.endswith(".tsv"):
                curated |= read_curated_keys(os.path.join(groups_dir, name))
    for row in rows:
        curated.add(fold(row[1]))
        curated.update(fold(d) for d in row[4].split(" | ") if d)
    groups = read_phoenix_groups(os.path.join(args.shared, "data", "dictionaries", "phoenix_petrarch2", "Phoenix.MilNonState.actors.txt"))
    written, dropped = write_phoenix_groups(groups, {r[0] for r in rows}, curated, os.path.join(args.out, "actors.phoenix.tsv"))
    print(f"countries: {len(rows)}; phoenix groups: {written} written, {dropped} dropped (no code or already curated)", file=sys.stderr)


if __name__ == "__main__":
    main()
