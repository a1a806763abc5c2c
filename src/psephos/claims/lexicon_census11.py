"""Census groups copy names that the checker could not name, or read as a nearby column,
before round 11.

FOUND11: households with no car or van (Census 2021 table TS045, in the summary file as
``c21CarsNone``), households where no one has English as a main language (TS025,
``c21EnglishNone``), and residents born in each UK nation (TS004, ``c21BornEngland``,
``c21BornScotland``, ``c21BornWales``, ``c21BornNI``). Keys are folded phrases (lower case);
values are the census summary measures, read by :data:`psephos.claims.lexicon.GROUPS`.

The summary file holds these as percentages of households (cars, language) or of residents
(birth); the Scottish seats have no car or language figure there, so a claim about one is
left uncertain by the census reading, never judged on another measure.

WRONG13: one-person households by age ("pensioners living on their own", "younger people
living alone": the summary file's ``c21HouseholdOnePerson66plus`` and
``c21HouseholdOnePersonOther``, shares of households) and the age bands of the summary file
("aged 20 to 24": ``c21Age20to24``, shares of residents). Without them "the most pensioners
living on their own" was read as the share aged 65 and over, and "the largest share aged 20
to 24" as the share aged 65 and over the paragraph named before. Keys are folded phrases
(lower case, a hyphen read as a space); values are census summary measures, read by
:data:`psephos.claims.lexicon.GROUPS`.
"""

from __future__ import annotations

#: households with no car or van
CARS: dict[str, str] = {
    "no car or van": "CarsNone",
    "no car or van available": "CarsNone",
    "no access to a car or van": "CarsNone",
    "no access to a car": "CarsNone",
    "no car": "CarsNone",
    "without a car": "CarsNone",
    "without a car or van": "CarsNone",
    "car-free": "CarsNone",
    "car free": "CarsNone",
}

#: households where no one has English (in Wales, English or Welsh) as a main language
LANGUAGE: dict[str, str] = {
    "no one who speaks english as a main language": "EnglishNone",
    "no one who speaks english as their main language": "EnglishNone",
    "nobody who speaks english as a main language": "EnglishNone",
    "no one speaks english as a main language": "EnglishNone",
    "no one has english as a main language": "EnglishNone",
    "no member who speaks english as a main language": "EnglishNone",
    "no adult who speaks english as a main language": "EnglishNone",
    "no english speaker": "EnglishNone",
}

#: residents born in a UK nation
BORN_UK: dict[str, str] = {
    "born in england": "BornEngland",
    "english-born": "BornEngland",
    "born in scotland": "BornScotland",
    "scottish-born": "BornScotland",
    "born in wales": "BornWales",
    "welsh-born": "BornWales",
    "born in northern ireland": "BornNI",
}

#: one-person households, the person aged 66 or over (the census's pensionable age)
_OLD = ("pensioners", "older people", "elderly people", "over 66s", "people aged 66 and over",
        "people aged 66 or over", "those aged 66 and over", "pensioner")  # fmt: skip
#: one-person households, the person under 66
_YOUNG = ("younger people", "younger adults", "working age people", "under 66s",
          "people under 66", "people aged under 66")  # fmt: skip
_ALONE = ("living alone", "living on their own", "who live alone", "who live on their own",
          "living by themselves", "who live by themselves")  # fmt: skip

LIVING_ALONE: dict[str, str] = {
    **{f"{who} {how}": "HouseholdOnePerson66plus" for who in _OLD for how in _ALONE},
    **{f"{who} {how}": "HouseholdOnePersonOther" for who in _YOUNG for how in _ALONE},
    "single pensioner households": "HouseholdOnePerson66plus",
    "single pensioner household": "HouseholdOnePerson66plus",
    "one person pensioner households": "HouseholdOnePerson66plus",
    "single person aged 66 or over": "HouseholdOnePerson66plus",
    "single person aged 66 and over": "HouseholdOnePerson66plus",
    "one person households aged 66 and over": "HouseholdOnePerson66plus",
    "one person households aged 66 or over": "HouseholdOnePerson66plus",
    "pensioner living alone": "HouseholdOnePerson66plus",
    "younger single person households": "HouseholdOnePersonOther",
    "younger one person households": "HouseholdOnePersonOther",
}

#: the summary file's age bands (first year, last year; None: "and over")
_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 4), (5, 9), (10, 15), (16, 19), (20, 24), (25, 29), (30, 34), (35, 39), (40, 44),
    (45, 49), (50, 54), (55, 59), (60, 64), (65, 69), (70, 74), (75, 79), (80, 84), (85, None),
)  # fmt: skip


def _band_names(lo: int, hi: int | None) -> dict[str, str]:
    if hi is None:
        measure = f"Age{lo}plus"
        said = [f"aged {lo} and over", f"aged {lo} or over", f"aged {lo} and older",
                f"aged {lo} or older", f"over {lo}s"]  # fmt: skip
    else:
        measure = f"Age{lo}to{hi}"
        said = [f"aged {lo} to {hi}", f"aged between {lo} and {hi}", f"aged {lo} {hi}",
                f"{lo} to {hi} year olds", f"{lo} {hi} year olds"]  # fmt: skip
    return dict.fromkeys(said, measure)


AGE_BANDS: dict[str, str] = {k: v for lo, hi in _BANDS for k, v in _band_names(lo, hi).items()}
