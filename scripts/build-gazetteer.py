#!/usr/bin/env python3
"""Generate data/gazetteer/countries.tsv and data/gazetteer/ministries.tsv.

Countries come from pycountry (ISO 3166-1: short and official names); the common names,
demonyms/adjectives and capitals used for governments are the hand-written tables below.
Ministries are generated for every country with a demonym: "<Adjective> Defense Ministry",
"<Country>'s Foreign Ministry", ... so a ministry named with its country resolves to that
country's ministry, while a bare "Defense Ministry" stays a generic organization.

Usage: pip install pycountry && python3 scripts/build-gazetteer.py
Nothing is fetched at run time of whosaid: the generated TSV files are committed.
"""

import os
import re
import sys
import unicodedata

import pycountry

OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "gazetteer")

# alpha-2 -> (canonical name, extra common names). The canonical name is what news calls the
# country; ISO short and official names are added as aliases anyway.
COMMON = {
    "US": ("United States", ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "U.S.A"]),
    "GB": ("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
    "RU": ("Russia", ["Russian Federation"]),
    "SY": ("Syria", []),
    "IR": ("Iran", ["Islamic Republic of Iran"]),
    "KR": ("South Korea", ["Republic of Korea", "S. Korea"]),
    "KP": ("North Korea", ["DPRK", "N. Korea"]),
    "TR": ("Turkey", ["Turkiye", "Republic of Turkey"]),
    "VN": ("Vietnam", ["Viet Nam"]),
    "VE": ("Venezuela", []),
    "BO": ("Bolivia", []),
    "TZ": ("Tanzania", []),
    "MD": ("Moldova", []),
    "LA": ("Laos", []),
    "TW": ("Taiwan", ["Republic of China"]),
    "PS": ("Palestine", ["Palestinian territories", "State of Palestine", "Palestinian Authority"]),
    "CZ": ("Czech Republic", ["Czechia"]),
    "CD": ("Democratic Republic of the Congo", ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"]),
    "CG": ("Republic of the Congo", ["Congo", "Republic of Congo", "Congo-Brazzaville"]),
    "CI": ("Ivory Coast", ["Cote d'Ivoire"]),
    "MM": ("Myanmar", ["Burma"]),
    "SZ": ("Eswatini", ["Swaziland"]),
    "MK": ("North Macedonia", ["Macedonia"]),
    "TL": ("East Timor", ["Timor-Leste"]),
    "CV": ("Cape Verde", ["Cabo Verde"]),
    "VA": ("Vatican", ["Holy See", "Vatican City"]),
    "BN": ("Brunei", []),
    "FM": ("Micronesia", []),
    "SA": ("Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"]),
    "AE": ("United Arab Emirates", ["UAE", "U.A.E.", "Emirates"]),
    "CN": ("China", ["People's Republic of China", "PRC", "mainland China"]),
    "NL": ("Netherlands", ["Holland"]),
    "KN": ("Saint Kitts and Nevis", ["St. Kitts and Nevis"]),
    "LC": ("Saint Lucia", ["St. Lucia"]),
    "VC": ("Saint Vincent and the Grenadines", ["St. Vincent and the Grenadines"]),
    "BA": ("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina"]),
    "GM": ("Gambia", ["The Gambia"]),
    "BS": ("Bahamas", ["The Bahamas"]),
    "PH": ("Philippines", []),
    "LY": ("Libya", []),
    "KG": ("Kyrgyzstan", ["Kyrgyz Republic"]),
    "SK": ("Slovakia", ["Slovak Republic"]),
}

# alpha-2 -> adjectives and demonyms. Plurals are listed where they differ from the adjective.
# Ambiguous ones are left out on purpose: "Korean", "Congolese", "Guinean", "Dominican".
DEMONYMS = {
    "US": ["American", "Americans"],
    "GB": ["British", "Briton", "Britons"],
    "RU": ["Russian", "Russians"],
    "SY": ["Syrian", "Syrians"],
    "IR": ["Iranian", "Iranians"],
    "IQ": ["Iraqi", "Iraqis"],
    "AF": ["Afghan", "Afghans", "Afghani"],
    "PK": ["Pakistani", "Pakistanis"],
    "IN": ["Indian", "Indians"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "KR": ["South Korean", "South Koreans"],
    "KP": ["North Korean", "North Koreans"],
    "TW": ["Taiwanese"],
    "VN": ["Vietnamese"],
    "TH": ["Thai", "Thais"],
    "MY": ["Malaysian", "Malaysians"],
    "ID": ["Indonesian", "Indonesians"],
    "PH": ["Filipino", "Filipinos", "Philippine"],
    "SG": ["Singaporean", "Singaporeans"],
    "MM": ["Burmese", "Myanmar's"],
    "KH": ["Cambodian", "Cambodians"],
    "MN": ["Mongolian", "Mongolians"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "LK": ["Sri Lankan", "Sri Lankans"],
    "NP": ["Nepalese", "Nepali"],
    "KZ": ["Kazakh", "Kazakhstani", "Kazakhs"],
    "UZ": ["Uzbek", "Uzbeks"],
    "TM": ["Turkmen"],
    "KG": ["Kyrgyz"],
    "TJ": ["Tajik", "Tajiks"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "AM": ["Armenian", "Armenians"],
    "GE": ["Georgian", "Georgians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "BY": ["Belarusian", "Belarusians", "Belarussian"],
    "MD": ["Moldovan", "Moldovans"],
    "RO": ["Romanian", "Romanians"],
    "BG": ["Bulgarian", "Bulgarians"],
    "RS": ["Serbian", "Serb", "Serbs", "Serbians"],
    "HR": ["Croatian", "Croat", "Croats", "Croatians"],
    "BA": ["Bosnian", "Bosnians"],
    "SI": ["Slovenian", "Slovenians", "Slovene"],
    "AL": ["Albanian", "Albanians"],
    "MK": ["North Macedonian", "Macedonian"],
    "XK": ["Kosovar", "Kosovars"],
    "GR": ["Greek", "Greeks"],
    "CY": ["Cypriot", "Cypriots"],
    "HU": ["Hungarian", "Hungarians"],
    "AT": ["Austrian", "Austrians"],
    "DE": ["German", "Germans"],
    "FR": ["French"],
    "BE": ["Belgian", "Belgians"],
    "NL": ["Dutch"],
    "LU": ["Luxembourgish"],
    "CH": ["Swiss"],
    "IT": ["Italian", "Italians"],
    "ES": ["Spanish", "Spaniards"],
    "PT": ["Portuguese"],
    "IE": ["Irish"],
    "DK": ["Danish", "Dane", "Danes"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "NO": ["Norwegian", "Norwegians"],
    "FI": ["Finnish"],
    "IS": ["Icelandic", "Icelanders"],
    "EE": ["Estonian", "Estonians"],
    "LV": ["Latvian", "Latvians"],
    "LT": ["Lithuanian", "Lithuanians"],
    "PL": ["Polish"],
    "CZ": ["Czech", "Czechs"],
    "SK": ["Slovak", "Slovaks", "Slovakian"],
    "TR": ["Turkish", "Turk", "Turks"],
    "IL": ["Israeli", "Israelis"],
    "PS": ["Palestinian", "Palestinians"],
    "LB": ["Lebanese"],
    "JO": ["Jordanian", "Jordanians"],
    "SA": ["Saudi", "Saudis"],
    "AE": ["Emirati", "Emiratis"],
    "QA": ["Qatari", "Qataris"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "BH": ["Bahraini", "Bahrainis"],
    "OM": ["Omani", "Omanis"],
    "YE": ["Yemeni", "Yemenis"],
    "EG": ["Egyptian", "Egyptians"],
    "LY": ["Libyan", "Libyans"],
    "TN": ["Tunisian", "Tunisians"],
    "DZ": ["Algerian", "Algerians"],
    "MA": ["Moroccan", "Moroccans"],
    "SD": ["Sudanese"],
    "SS": ["South Sudanese"],
    "ET": ["Ethiopian", "Ethiopians"],
    "ER": ["Eritrean", "Eritreans"],
    "SO": ["Somali", "Somalis", "Somalian"],
    "KE": ["Kenyan", "Kenyans"],
    "UG": ["Ugandan", "Ugandans"],
    "TZ": ["Tanzanian", "Tanzanians"],
    "RW": ["Rwandan", "Rwandans"],
    "BI": ["Burundian", "Burundians"],
    "NG": ["Nigerian", "Nigerians"],
    "NE": ["Nigerien", "Nigeriens"],
    "ML": ["Malian", "Malians"],
    "TD": ["Chadian", "Chadians"],
    "GH": ["Ghanaian", "Ghanaians"],
    "SN": ["Senegalese"],
    "CI": ["Ivorian", "Ivorians"],
    "CM": ["Cameroonian", "Cameroonians"],
    "AO": ["Angolan", "Angolans"],
    "MZ": ["Mozambican", "Mozambicans"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
    "ZM": ["Zambian", "Zambians"],
    "ZA": ["South African", "South Africans"],
    "NA": ["Namibian", "Namibians"],
    "BF": ["Burkinabe"],
    "CF": ["Central African"],
    "CA": ["Canadian", "Canadians"],
    "MX": ["Mexican", "Mexicans"],
    "CU": ["Cuban", "Cubans"],
    "HT": ["Haitian", "Haitians"],
    "VE": ["Venezuelan", "Venezuelans"],
    "CO": ["Colombian", "Colombians"],
    "BR": ["Brazilian", "Brazilians"],
    "AR": ["Argentine", "Argentinian", "Argentines", "Argentinians"],
    "CL": ["Chilean", "Chileans"],
    "PE": ["Peruvian", "Peruvians"],
    "BO": ["Bolivian", "Bolivians"],
    "EC": ["Ecuadorian", "Ecuadorians", "Ecuadoran"],
    "PY": ["Paraguayan", "Paraguayans"],
    "UY": ["Uruguayan", "Uruguayans"],
    "NI": ["Nicaraguan", "Nicaraguans"],
    "GT": ["Guatemalan", "Guatemalans"],
    "HN": ["Honduran", "Hondurans"],
    "SV": ["Salvadoran", "Salvadorans"],
    "PA": ["Panamanian", "Panamanians"],
    "AU": ["Australian", "Australians"],
    "NZ": ["New Zealander", "New Zealanders"],
}

# alpha-2 -> capitals (and seats of government) that news uses for the government itself.
CAPITALS = {
    "US": ["Washington"],
    "GB": ["London"],
    "RU": ["Moscow"],
    "SY": ["Damascus"],
    "IR": ["Tehran", "Teheran"],
    "IQ": ["Baghdad"],
    "AF": ["Kabul"],
    "PK": ["Islamabad"],
    "IN": ["New Delhi"],
    "CN": ["Beijing"],
    "JP": ["Tokyo"],
    "KR": ["Seoul"],
    "KP": ["Pyongyang"],
    "TW": ["Taipei"],
    "VN": ["Hanoi"],
    "TH": ["Bangkok"],
    "ID": ["Jakarta"],
    "PH": ["Manila"],
    "UA": ["Kyiv", "Kiev"],
    "BY": ["Minsk"],
    "GE": ["Tbilisi"],
    "AM": ["Yerevan"],
    "AZ": ["Baku"],
    "TR": ["Ankara"],
    "IL": ["Jerusalem"],
    "LB": ["Beirut"],
    "JO": ["Amman"],
    "SA": ["Riyadh"],
    "AE": ["Abu Dhabi"],
    "QA": ["Doha"],
    "EG": ["Cairo"],
    "LY": ["Tripoli"],
    "YE": ["Sanaa", "Sana'a"],
    "SD": ["Khartoum"],
    "ET": ["Addis Ababa"],
    "KE": ["Nairobi"],
    "NG": ["Abuja"],
    "ZA": ["Pretoria"],
    "DE": ["Berlin"],
    "FR": ["Paris"],
    "IT": ["Rome"],
    "ES": ["Madrid"],
    "PL": ["Warsaw"],
    "HU": ["Budapest"],
    "RS": ["Belgrade"],
    "GR": ["Athens"],
    "CU": ["Havana"],
    "VE": ["Caracas"],
    "MX": ["Mexico City"],
    "BR": ["Brasilia"],
    "CA": ["Ottawa"],
    "AU": ["Canberra"],
}

# Territories whose names are ordinary words or parts of other place names ("New Jersey").
SKIP = {"JE", "AQ", "UM", "BV", "HM", "TF", "IO"}

# Names that are not countries but contain a country name: listed with type "unknown" so the
# longer name wins the match and no country mention is produced ("South America").
BLOCKERS = [
    "South America", "North America", "Latin America", "Central America", "the Americas",
    "New Mexico", "New Jersey", "New York", "New South Wales", "Washington state",
    "Washington State", "Washington, D.C.", "Georgia Tech",
]
# U.S. states are places, not countries or people: as blockers they also keep "Texas
# Instruments" or "Georgia" (the state, when written "Georgia state") from being read as a
# person's name. "Georgia" and "Washington" alone stay countries/capitals.
BLOCKERS += [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "West Virginia", "Wisconsin", "Wyoming", "Georgia state",
]


def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def uniq(items, exclude=()):
    out, seen = [], {e.lower() for e in exclude}
    for s in items:
        s = s.strip()
        if s and s.lower() not in seen:
            seen.add(s.lower())
            out.append(s)
    return out


def main():
    countries = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if c.alpha_2 in SKIP:
            continue
        canonical, extra = COMMON.get(c.alpha_2, (getattr(c, "common_name", None) or c.name, []))
        names = [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")] + extra
        # ISO writes "Iran, Islamic Republic of"; the inverted form is never written in news.
        names = [n for n in names if n and "," not in n]
        # Official names are often prefixed "the" ("the State of Palestine"); drop it.
        names = [re.sub(r"^the ", "", n) if n.startswith("the State") else n for n in names]
        aliases = uniq(names + CAPITALS.get(c.alpha_2, []), exclude=[canonical])
        adjectives = ["adj:" + a for a in uniq(DEMONYMS.get(c.alpha_2, []))]
        countries.append((c.alpha_2, slug(canonical), canonical, aliases, adjectives))
    # Kosovo has no ISO 3166-1 code but is written about as a country.
    countries.append(("XK", "kosovo", "Kosovo", [], ["adj:" + a for a in DEMONYMS["XK"]]))

    with open(os.path.join(OUT_DIR, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Countries: generated by scripts/build-gazetteer.py from pycountry %s\n"
                % pycountry.__version__)
        f.write("# plus its hand-written tables of common names, demonyms (adj:) and capitals.\n")
        f.write("# Do not edit by hand: edit the script and re-run it.\n")
        f.write("id\ttype\tname\taliases\troles\n")
        for _, cid, name, aliases, adjectives in countries:
            f.write("\t".join([cid, "country", name, "|".join(aliases + adjectives), ""]) + "\n")
        f.write("# Names that contain a country name but are not countries (type unknown: they\n")
        f.write("# only stop the shorter country name from matching inside them).\n")
        for b in BLOCKERS:
            f.write("\t".join(["not-" + slug(b), "unknown", b, "", ""]) + "\n")

    with open(os.path.join(OUT_DIR, "ministries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Defense and foreign ministries named with their country: generated by\n")
        f.write("# scripts/build-gazetteer.py. The U.S. and U.K. ones are in organizations.tsv.\n")
        f.write("id\ttype\tname\taliases\troles\n")
        for code, cid, name, _, adjectives in countries:
            if code in ("US", "GB") or not adjectives:
                continue
            adj = adjectives[0][len("adj:"):]
            for kind, forms in (
                ("defense", ["Defense Ministry", "Defence Ministry", "Ministry of Defense",
                             "Ministry of Defence", "military"]),
                ("foreign", ["Foreign Ministry", "Ministry of Foreign Affairs",
                             "Foreign Affairs Ministry"]),
            ):
                if kind == "defense":
                    forms = forms[:4]
                canonical = "%s %s" % (adj, forms[0])
                aliases = ["%s %s" % (adj, f) for f in forms[1:]]
                possessive = name + ("'" if name.endswith("s") else "'s")
                aliases += ["%s %s" % (possessive, f) for f in forms]
                aliases += ["%s %s of %s" % ("Ministry of", f.split(" of ")[-1] if " of " in f else "", name)
                            for f in forms if f.startswith("Ministry of")]
                aliases = uniq([a.replace("Ministry of  of", "Ministry of") for a in aliases],
                               exclude=[canonical])
                f.write("\t".join(["%s-%s-ministry" % (cid, kind), "organization", canonical,
                                   "|".join(aliases), ""]) + "\n")
    print("wrote %d countries with pycountry %s" % (len(countries), pycountry.__version__),
          file=sys.stderr)


if __name__ == "__main__":
    main()
