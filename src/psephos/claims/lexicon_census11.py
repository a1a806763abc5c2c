"""Census groups copy names that the checker could not name before round 11 (FOUND11):
households with no car or van (Census 2021 table TS045, in the summary file as
``c21CarsNone``), households where no one has English as a main language (TS025,
``c21EnglishNone``), and residents born in each UK nation (TS004, ``c21BornEngland``,
``c21BornScotland``, ``c21BornWales``, ``c21BornNI``). Keys are folded phrases (lower case);
values are the census summary measures, read by :data:`psephos.claims.lexicon.GROUPS`.

The summary file holds these as percentages of households (cars, language) or of residents
(birth); the Scottish seats have no car or language figure there, so a claim about one is
left uncertain by the census reading, never judged on another measure."""

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
