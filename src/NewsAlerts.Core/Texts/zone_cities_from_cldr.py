#!/usr/bin/env python3
"""Writes src/NewsAlerts.Core/Texts/ZoneCities*.resx: the city of every IANA Region/City zone in each page language.

Source: CLDR's exemplar cities (timeZoneNames.json, "exemplarCity"), from the npm package cldr-dates-full
(Unicode License v3, https://www.unicode.org/license.txt). Zone ids: tzdata's tzdata.zi (zones and links), so every
id a machine may list has an entry. CLDR names zones by their older ids (Asia/Calcutta for Asia/Kolkata); links map
one to the other. A language without its own exemplar city takes English's (CLDR en), else the id's last part.
Invisible format characters (Unicode Cf: CLDR de writes "Reyk\u00adja\u00advík" with soft hyphens) are dropped, so a
person typing the city finds it (trial r32).
Portuguese is pt-PT over pt (the catalogs are European Portuguese).

English words are not a name (issue 16): where a language has no exemplar city of its own and English's is the id's
city plus English words ("Christmas Island", "Casey Station", "Lord Howe Island"), the language gets instead the
CLDR name of the territory (npm cldr-localenames-full, territories.json) when the zone is its territory's only zone in
tzdata's zone.tab ("Île Christmas" for CX), else the id's city, a proper name read alike in every language ("Casey").
Each such entry's resx comment names its source. A different spelling ("Aktau" for Asia/Aqtau) is left as it is.

A zone IANA renamed is one place under two ids (Africa/Asmera and Africa/Asmara, Pacific/Truk and Pacific/Chuuk,
America/Coral_Harbour and America/Atikokan): CLDR's own aliases (npm cldr-bcp47, bcp47/timezone.json "_alias", one
key per place) say which ids those are, and a language's exemplar city under any of them names the zone (trial r33 #7:
ar had "أسمرة" under Asmera yet showed Asmara in Latin letters). tzdata's links are not used for that: they also join
distinct places (Europe/San_Marino links to Europe/Rome), so they only serve ids CLDR has no entry for.

One bracket style per language (trial r33 #7): CLDR fr writes "Tell City [Indiana]" beside "Center (Dakota du Nord)";
square brackets become round ones, the style every catalog uses elsewhere.

Usage: npm pack cldr-dates-full cldr-localenames-full cldr-bcp47 && mkdir dates names bcp47
       tar xzf cldr-dates-full-*.tgz -C dates && tar xzf cldr-localenames-full-*.tgz -C names && tar xzf cldr-bcp47-*.tgz -C bcp47
       python3 src/NewsAlerts.Core/Texts/zone_cities_from_cldr.py dates/package /usr/share/zoneinfo/tzdata.zi src/NewsAlerts.Core/Texts \
           names/package /usr/share/zoneinfo/zone.tab bcp47/package
"""
import re
import json, os, sys, unicodedata
from xml.sax.saxutils import escape

from resx_file import write_resx

LANGUAGES = {"": ["en"], "fr": ["fr"], "de": ["de"], "es": ["es"], "it": ["it"], "pt": ["pt", "pt-PT"], "nl": ["nl"], "ar": ["ar"]}


def cities(package, locale):
    data = json.load(open(os.path.join(package, "main", locale, "timeZoneNames.json"), encoding="utf-8"))
    found = {}

    def walk(node, path):
        for key, value in node.items():
            if isinstance(value, dict):
                if "exemplarCity" in value:
                    found["/".join(path + [key])] = value["exemplarCity"]
                walk(value, path + [key])

    walk(data["main"][locale]["dates"]["timeZoneNames"]["zone"], [])
    return found


def zone_ids(tzdata):
    zones, links = set(), {}
    for line in open(tzdata, encoding="utf-8"):
        parts = line.split()
        if parts and parts[0] == "Z":
            zones.add(parts[1])
        elif parts and parts[0] == "L":
            links[parts[2]] = parts[1]
    ids = {i for i in zones | set(links) if "/" in i and not i.startswith("Etc/") and not i.startswith("SystemV/")}
    return sorted(ids), links


def aliases_of(bcp47):
    """Each zone id with every id CLDR lists for the same place (bcp47 timezone.json "_alias"), the id itself first."""
    data = json.load(open(os.path.join(bcp47, "bcp47", "timezone.json"), encoding="utf-8"))
    groups = {}
    for key, value in data["keyword"]["u"]["tz"].items():
        if isinstance(value, dict) and "_alias" in value:
            ids = value["_alias"].split()
            for i in ids:
                groups[i] = [i] + [j for j in ids if j != i]
    return groups


def names_of(zone, links, known, aliases):
    """The ids CLDR may name the zone by, in order: the id and its CLDR aliases (the same place: Africa/Asmara and
    Africa/Asmera), else (no CLDR entry) the zone it links to or an older id linking there (Asia/Calcutta). Europe/Rome
    is never tried for its link Europe/San_Marino, which CLDR keeps as a place of its own."""
    same = [n for n in aliases.get(zone, [zone]) if n in known]
    if same:
        return same
    target = links.get(zone, zone)
    return [n for n in [target] + sorted(k for k, v in links.items() if v == target and k != zone) if n in known]


def territories(names_package, locale):
    data = json.load(open(os.path.join(names_package, "main", locale, "territories.json"), encoding="utf-8"))
    return data["main"][locale]["localeDisplayNames"]["territories"]


def sole_territories(zone_tab):
    """The zones that are the only zone of their territory in zone.tab, each with its ISO 3166 code."""
    by_country = {}
    for line in open(zone_tab, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        by_country.setdefault(parts[0], []).append(parts[2].strip())
    return {zones[0]: code for code, zones in by_country.items() if len(zones) == 1}


def english_words(english_city, zone):
    """True when English's exemplar city is the id's city with English words added ("Casey Station")."""
    own = zone.rsplit("/", 1)[1].replace("_", " ")
    return english_city != own and re.search(r"(^|\s)" + re.escape(own) + r"(\s|$)", english_city) is not None


def main(package, tzdata, out, names_package, zone_tab, bcp47):
    ids, links = zone_ids(tzdata)
    aliases = aliases_of(bcp47)
    sole = sole_territories(zone_tab)
    english = cities(package, "en")
    known = set()
    for locales in LANGUAGES.values():
        for locale in locales:
            known |= set(cities(package, locale))
    version = json.load(open(os.path.join(package, "package.json"), encoding="utf-8"))["version"]
    for suffix, locales in LANGUAGES.items():
        own = {}
        named = {}
        for locale in locales:
            own.update(cities(package, locale))
            named.update(territories(names_package, locale))
        lines = []
        for zone in ids:
            names = names_of(zone, links, known, aliases)
            city = next((own[n] for n in names if n in own), None)
            comment = None
            if city is None:
                city = next((english[n] for n in names if n in english), None) or zone.rsplit("/", 1)[1].replace("_", " ")
                target = links.get(zone, zone)  # a link (Australia/LHI) is named as the zone it links to
                # ... and a CLDR alias (Antarctica/South_Pole of Antarctica/McMurdo) as the place it names.
                worded = next((n for n in [zone, target] + names if english_words(city, n)), None)
                if suffix and worded:
                    code = sole.get(zone) or sole.get(target) or sole.get(worded)
                    if code and code in named:
                        city, comment = named[code], f"CLDR territories {code} (no exemplar city in CLDR {'+'.join(locales)}; en has {city})"
                    else:
                        city, comment = worded.rsplit("/", 1)[1].replace("_", " "), f"zone id (no exemplar city in CLDR {'+'.join(locales)}; en has {city})"
            city = "".join(c for c in city if unicodedata.category(c) != "Cf")
            city = re.sub(r"\[([^\]]*)\]", r"(\1)", city)
            note = f"<comment>{escape(comment)}</comment>" if comment else ""
            lines.append(f'  <data name="{escape(zone)}" xml:space="preserve"><value>{escape(city)}</value>{note}</data>')
        write_resx(os.path.join(out, f"ZoneCities{'.' + suffix if suffix else ''}.resx"),
                   f"Generated by src/NewsAlerts.Core/Texts/zone_cities_from_cldr.py: CLDR {version} exemplar cities (npm cldr-dates-full, "
                   f"locale {'+'.join(locales)}; where noted, CLDR territory names from npm cldr-localenames-full; aliases from npm cldr-bcp47), Unicode License v3 (https://www.unicode.org/license.txt). Do not edit by hand.", lines)


if __name__ == "__main__":
    main(*sys.argv[1:7])
