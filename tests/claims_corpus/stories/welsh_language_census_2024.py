"""y-fro-gymraeg-welsh-language-seats-note: a research note (no year) on the 32 Welsh seats of
2024 by the census summary file's one-decimal Census 2021 columns (c21AnyWelsh: any Welsh
skills; c21BornEngland, c21BornWales) with the file's Winner24/Second24/PC24/Majority24 and
PSEPH 59 for votes."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import census_summary, general, pseph_name

NAME = "y-fro-gymraeg-welsh-language-seats-note"
CS = "census summary file"
P24 = pseph_name(2024)


def _wales() -> list[dict[str, str]]:
    return [r for r in census_summary().values() if r["Country"] == "Wales"]


def _f(r: dict[str, str], col: str) -> float:
    return float(r[col])


def _line(rows: list[dict[str, str]], col: str, n: int = 3) -> str:
    return "; ".join(f"{r['ConstituencyName']} {r[col]} ({r['Winner24']})" for r in rows[:n])


@story(NAME)
def key(k: Key) -> None:
    w = _wales()
    k.claim("Matched to the 32 new Westminster seats", len(w) == 32,
            f"{CS}: {len(w)} rows with Country Wales.")  # fmt: skip
    by = sorted(w, key=lambda r: -_f(r, "c21AnyWelsh"))
    pc = {r["ConstituencyName"] for r in w if r["Winner24"] == "PC"}
    k.claim(
        "Plaid Cymru's four seats are the four constituencies with the highest share of residents "
        "with some Welsh",
        len(pc) == 4 and {r["ConstituencyName"] for r in by[:4]} == pc
        and _f(by[3], "c21AnyWelsh") > _f(by[4], "c21AnyWelsh"),
        f"{CS} Wales by c21AnyWelsh: {_line(by, 'c21AnyWelsh', 5)}.",
    )  # fmt: skip
    d = census_summary()["Dwyfor Meirionnydd"]
    k.claim(
        "Top of the list is Dwyfor Meirionnydd, where more than three-quarters have some knowledge "
        "of the language",
        by[0] is d and _f(d, "c21AnyWelsh") > 75,
        f"{CS}: Dwyfor Meirionnydd c21AnyWelsh {d['c21AnyWelsh']} (first).",
    )
    g = general(2024)
    dm = g["Dwyfor Meirionnydd"]
    best = max((s for s in g.values() if s.votes("PC")), key=lambda s: s.share("PC"))
    k.claim(
        "Liz Saville Roberts took more than half the vote, Plaid's best share anywhere",
        dm.share("PC") > 0.5 and best.name == "Dwyfor Meirionnydd",
        f"{P24}: Dwyfor Meirionnydd PC {dm.votes('PC'):,} / {dm.valid:,} = {pct(dm.share('PC'))}; "
        f"best PC share {best.name} {pct(best.share('PC'))}.",
    )
    ym = census_summary()["Ynys Mon"]
    k.claim(
        "Ynys Môn comes second, with almost seven in ten",
        by[1] is ym and 66 <= _f(ym, "c21AnyWelsh") < 70,
        f"{CS}: Ynys Mon c21AnyWelsh {ym['c21AnyWelsh']} (second).",
    )
    pcs = sorted((s for s in g.values() if s.first == "PC"), key=lambda s: s.majority)
    k.claim(
        "it was also Plaid's narrowest win, by 637 votes over the Conservatives",
        pcs[0].name == "Ynys Môn" and pcs[0].majority == 637 and pcs[0].second == "Con",
        f"{P24} Plaid Cymru wins by majority: "
        + "; ".join(f"{s.name} {s.majority:,} over {s.second}" for s in pcs) + ".",
    )  # fmt: skip
    ca = census_summary()["Caerfyrddin"]
    k.claim(
        "In Caerfyrddin, where 58 per cent have some Welsh, Plaid won by almost ten points",
        float(ca["c21AnyWelsh"]) == 58 and 9.5 <= _f(ca, "Majority24") < 10,
        f"{CS}: Caerfyrddin c21AnyWelsh {ca['c21AnyWelsh']}; Majority24 "
        f"{_f(ca, 'Majority24'):.2f} per cent of the vote ({ca['Winner24']}).",
    )
    k.claim(
        "Ceredigion Preseli gave the party its biggest majority in votes",
        pcs[-1].name == "Ceredigion Preseli",
        f"{P24} Plaid Cymru majorities: "
        + "; ".join(f"{s.name} {s.majority:,}" for s in pcs[::-1]) + ".",
    )  # fmt: skip
    ba = census_summary()["Bangor Aberconwy"]
    over_half = [r for r in w if _f(r, "c21AnyWelsh") > 50 and r["Winner24"] != "PC"]
    k.claim(
        "Bangor Aberconwy, fifth on the list, is the only seat where more than half have some "
        "Welsh that Plaid did not win",
        by[4] is ba and [r["ConstituencyName"] for r in over_half] == ["Bangor Aberconwy"],
        f"{CS}: Bangor Aberconwy c21AnyWelsh {ba['c21AnyWelsh']} (fifth); seats over 50 not won "
        f"by PC: {[r['ConstituencyName'] for r in over_half]}.",
    )
    k.claim(
        "Labour took it, with Plaid second",
        ba["Winner24"] == "Lab" and ba["Second24"] == "PC",
        f"{CS}/{P24}: {g['Bangor Aberconwy'].line()}.",
    )
    ll = census_summary()["Llanelli"]
    k.claim(
        "In Llanelli, where almost half have some Welsh, Reform UK came second and Plaid only third",
        45 <= _f(ll, "c21AnyWelsh") < 50 and g["Llanelli"].place("Beer") == 2
        and g["Llanelli"].ranked()[2].party == "PC",
        f"{CS}: Llanelli c21AnyWelsh {ll['c21AnyWelsh']}; {P24} {g['Llanelli'].line()}.",
    )  # fmt: skip
    ten = by[:10]
    k.claim(
        "Labour or Plaid won every one of the ten most Welsh-speaking seats",
        all(r["Winner24"] in ("Lab", "PC") for r in ten)
        and _f(by[9], "c21AnyWelsh") > _f(by[10], "c21AnyWelsh"),
        f"{CS} ten highest c21AnyWelsh: {_line(by, 'c21AnyWelsh', 10)}.",
    )
    low = by[-2:]
    k.claim(
        "Blaenau Gwent and Rhymney has the lowest share in Wales",
        "depends",
        f"{CS}: lowest c21AnyWelsh {_line(low[::-1], 'c21AnyWelsh', 2)}: a tie at one decimal; "
        "true as a joint lowest, false as the single lowest (no count file breaks the tie).",
    )
    bg = census_summary()["Blaenau Gwent and Rhymney"]
    k.claim("fewer than one in ten", _f(bg, "c21AnyWelsh") < 10,
            f"{CS}: Blaenau Gwent and Rhymney c21AnyWelsh {bg['c21AnyWelsh']} (one in ten = 10.0).")  # fmt: skip
    cw = census_summary()["Cardiff West"]
    pc2 = [r["ConstituencyName"] for r in w if r["Second24"] == "PC"]
    k.claim(
        "Cardiff West, where one in five have some Welsh, was one of the four seats in which "
        "Plaid came second",
        round(_f(cw, "c21AnyWelsh")) in (20, 21) and "Cardiff West" in pc2 and len(pc2) == 4,
        f"{CS}: Cardiff West c21AnyWelsh {cw['c21AnyWelsh']}; Second24 PC in {pc2}.",
    )
    more = [r["ConstituencyName"] for r in w if _f(r, "c21BornEngland") > _f(r, "c21BornWales")]
    ad = census_summary()["Alyn and Deeside"]
    k.claim(
        "Alyn and Deeside, on the English border, is the only seat in Wales where more residents "
        "were born in England than in Wales",
        more == ["Alyn and Deeside"],
        f"{CS}: seats with c21BornEngland > c21BornWales: {more} (Alyn and Deeside "
        f"{ad['c21BornEngland']} against {ad['c21BornWales']}).",
    )
    k.claim("Reform UK finished second there", ad["Second24"] == "RUK",
            f"{P24}: {g['Alyn and Deeside'].line()}.")  # fmt: skip
    cp = census_summary()["Ceredigion Preseli"]
    k.claim(
        "In Ceredigion Preseli more than two in five were born in England",
        _f(cp, "c21BornEngland") > 40,
        f"{CS}: Ceredigion Preseli c21BornEngland {cp['c21BornEngland']}.",
    )
    bw = sorted(w, key=lambda r: -_f(r, "c21BornWales"))
    k.claim(
        "Rhondda and Ogmore has the highest share born in Wales, nearly nine in ten",
        bw[0]["ConstituencyName"] == "Rhondda and Ogmore" and 85 <= _f(bw[0], "c21BornWales") < 90
        and _f(bw[0], "c21BornWales") > _f(bw[1], "c21BornWales"),
        f"{CS} Wales by c21BornWales: {_line(bw, 'c21BornWales')}.",
    )  # fmt: skip
    sec: dict[str, int] = {}
    for r in w:
        sec[r["Second24"]] = sec.get(r["Second24"], 0) + 1
    k.claim(
        "Reform UK came second in 13 of Wales's 32 seats, more than any other party",
        sec.get("RUK") == 13 and max(sec, key=lambda p: sec[p]) == "RUK",
        f"{CS} Second24 in Wales: {dict(sorted(sec.items(), key=lambda x: -x[1]))}.",
    )
    k.claim("The Welsh Government wants a million speakers by 2050", None,
            "a policy target; not in the files")  # fmt: skip
