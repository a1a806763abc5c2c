"""Census groups copy names that the checker could not name before round 9 (WRONG11):
passports held (Census 2021 table TS005, Scotland 2022 UV205, in the summary file as
``c21Passport...``) and population density (``c21PopulationDensity``, people per hectare).
Keys are folded phrases (:func:`psephos.claims.text.key` style: lower case); values are the
census summary measures, read by :data:`psephos.claims.lexicon.GROUPS`."""

from __future__ import annotations

#: passports held, by the way copy says them -> the census summary measure
PASSPORTS: dict[str, str] = {
    # no passport ("hold no passport", "without a passport", "lacking a passport")
    "no passport": "PassportNone",
    "without a passport": "PassportNone",
    "without passports": "PassportNone",
    "lacking a passport": "PassportNone",
    "lack a passport": "PassportNone",
    "do not hold a passport": "PassportNone",
    "don't hold a passport": "PassportNone",
    "do not have a passport": "PassportNone",
    "don't have a passport": "PassportNone",
    # a UK passport
    "uk passport": "PassportUK",
    "uk passports": "PassportUK",
    "british passport": "PassportUK",
    "british passports": "PassportUK",
    # the other passports by where they were issued
    "irish passport": "PassportIreland",
    "irish passports": "PassportIreland",
    "eu passport": "PassportEU",
    "eu passports": "PassportEU",
    "passport from an eu country": "PassportEU",
    "passport from the eu": "PassportEU",
    "african passport": "PassportAfrica",
    "african passports": "PassportAfrica",
    "passport from africa": "PassportAfrica",
    "passport from an african country": "PassportAfrica",
    "passport from the middle east or asia": "PassportMiddleEastAndAsia",
    "passports from the middle east or asia": "PassportMiddleEastAndAsia",
    "middle east or asia passport": "PassportMiddleEastAndAsia",
    "middle east or asian passport": "PassportMiddleEastAndAsia",
    "middle eastern or asian passport": "PassportMiddleEastAndAsia",
    "middle eastern or asian passports": "PassportMiddleEastAndAsia",
    "asian passport": "PassportMiddleEastAndAsia",
    "asian passports": "PassportMiddleEastAndAsia",
    "passport from the americas": "PassportAmericasAndCaribbean",
    "passport from the americas or the caribbean": "PassportAmericasAndCaribbean",
    "passport from the americas and the caribbean": "PassportAmericasAndCaribbean",
    "passport from oceania": "PassportOceania",
    "non-eu european passport": "PassportEuropeNotEU",
    "non-eu european passports": "PassportEuropeNotEU",
}

#: population density (people per hectare), by the words copy ranks seats by
DENSITY: dict[str, str] = {
    "crowded": "PopulationDensity",
    "densely populated": "PopulationDensity",
    "population density": "PopulationDensity",
    "people per hectare": "PopulationDensity",
    "density": "PopulationDensity",
}
#: the census groups above that are counts, not shares of a population
COUNT_GROUPS = frozenset(DENSITY.values())
