"""The registry of official files: one :class:`Source` per file the store is built from.

Each entry pins an upstream repository and commit, so the download URL is reproducible,
and the sha256 of the exact bytes, so a mirror, a cache and a download are all checked the
same way. Provenance and quirks of every file are in ``shared/data/*/PROVENANCE.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from psephos.errors import NotFoundError

_PSEPH = ("ukparliament/psephology", "774c93e64c4d69a5094d0518aef68060c4d74df0")
_UKGE24 = ("ralphascott/UKGE24_wpc_census_summaries", "2065af1d99974fc5649ebc5ae1e3395d96908fee")
_UKGE24_CENSUS = (
    "ralphascott/UKGE24_wpc_census_summaries",
    "76dc1633b5ed417c2e6ee497231006e386e0c082",
)
_OI = ("open-innovations/constituencies", None)
_CBP8647 = (
    "keithysimpson/UK_general_election_polls_stacked",
    "5207d01ec9eff74dac854d41852fda69823bb525",
)
_IMD = ("mysociety/composite_uk_imd", "188c12c5e74358bc49ba367aabc71ff13b0ef9ef")

OPL = "Open Parliament Licence v3.0"
OGL = "Open Government Licence v3.0"
HOCL = "House of Commons Library"


@dataclass(frozen=True)
class Source:
    """One official file: where it comes from, what it must hash to, how to read it."""

    source_id: str
    title: str
    publisher: str
    licence: str
    repo: str
    commit: str
    repo_path: str
    mirror_path: str
    sha256: str
    parser: str
    params: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def url(self) -> str:
        """Raw-file URL of the upstream repository at the pinned commit."""
        return f"https://raw.githubusercontent.com/{self.repo}/{self.commit}/{self.repo_path}"

    @property
    def filename(self) -> str:
        return self.mirror_path.rsplit("/", 1)[-1]


def _pseph(source_id: str, title: str, rel: str, sha: str, parser: str, **params: str) -> Source:
    repo, commit = _PSEPH
    return Source(
        source_id,
        title,
        HOCL,
        OPL,
        repo,
        commit,
        "db/data/" + rel,
        "results/ukparliament-psephology/" + rel,
        sha,
        parser,
        dict(params),
    )


_GE = {  # parliament number -> (year, candidacies sha, constituencies sha)
    55: (
        "2010",
        "5f7368cd66e8fbfb467c08071f096d4e3bd40a578dd7ff6296252c822fe3daaa",
        "de837ef608e86f888f0c4ac0ec59316173d1a7b55df5f80b9b2939129eab94e1",
    ),
    56: (
        "2015",
        "dec2d4dd40050e122504e5cbce5653fcaa4d524e5d4630234c0f99917d83b9f4",
        "8ef13047dff0d89e9f8dc55187b28530e6daa1836fc64325efcdceef8ed0c099",
    ),
    57: (
        "2017",
        "1720a20e4ae0cc786dd4185c0ee11b8b85612f85f8f2d882149d73c5fa8bc584",
        "0fe0447065df37f52343f73c85cde93eea79fc6d89e2fe4609dda1c364b5c614",
    ),
    58: (
        "2019",
        "5a057ae4a33423af406f9da8d980759dad4036bca836bbde2c7a3d5774bfaae3",
        "447288168ce9850a3e41b79aeb2c637e059fcb3c23d64d6566535e5d5d7fb394",
    ),
    59: (
        "2024",
        "2fe33932f57423c3b486341c6acefb7307ef0e97f4c40c2bd6a36ec545a7c951",
        "bdc0eff07722a21c80b2ecaaf37b7b220cdd778499f1a30637bce249d77d006d",
    ),
}
_BY = {  # parliament number -> (candidacies sha, constituencies sha)
    55: (
        "7527353e2579b6dcc61082cb5da341e1ddb7ee5e063ab3d098c1bc884ac851ab",
        "8a530809859464105f9325cadd7668acf6a3a66f5e9f5f4087ae375fe30abbfb",
    ),
    56: (
        "3bc03325040ee4238fe2a6076cf9bf0b19782e987df67b83b094d667599d4823",
        "30257ac71bd471a8a183c647dd5287ab222d4a81d39317f268d91ab94112cb4a",
    ),
    57: (
        "c2b805fca7471d920c610d01a3aab51893d3dec250fc91c70d55a12486b1127d",
        "2b603b8b98f35f94bf3607de8cb963722fb5a819d9a9e1849a913bde5a246379",
    ),
    58: (
        "a524e6fb785251174d059e9659da263dd955625c73036c2498826b18593f3b1d",
        "da80a836fc3f4d8aca3ecc431b3274aa6e0a998f435bc3e4554a7b027ac5e599",
    ),
    59: (
        "f3211799906fee9efabe3cfcbd979f4cd49d44fc8157df3d054b193a3385bc8b",
        "df1ebc46eae442f97092a43bbd5c94f97404d3aad5fbf006fdde44cfcf846992",
    ),
}

_CENSUS_TOPICS = {
    "religion": ("Religion", "b4b0c32e7ac29dbc622052f5cc575e04e042b5d1e31ca7cfee04a57e6addf3b1"),
    "ethnicity5": (
        "Ethnic group (high level)",
        "acdd210adae116589093de822e907e83d8751a3cab949fb2c22e1107c0fa959e",
    ),
    "ethnicity19": (
        "Ethnic group (detailed)",
        "fe7b72ab0c5003052a00886049696eb2712bf81be9282fd7686781e232ef4d54",
    ),
    "age": ("Age", "fedce109fc5b819a488805a24b2c9f079f8c977eb8321e98a3a39ecf48a40eef"),
    "sex": ("Sex", "94fc9f6f8d3be18f09ca2b42005c4571fe61e4ed8958eb00b99e25299c914141"),
    "quals": (
        "Highest level of qualification",
        "212838823a68d84ff34fec6079850ab08368f3c240b17704dba60aa4636c04e6",
    ),
    "tenure": (
        "Tenure of household",
        "ff817896f64cbcaccb9c6821b929d57ea4c60809ff1bb07495ee5ecccc962cd7",
    ),
    "deprivation": (
        "Household deprivation",
        "bb79631e13f0d471a03b6bab390d73530d08de95007292be2a405960d70eac83",
    ),
    "birth": (
        "Country of birth",
        "c9a7b55126b5f1bc13a09bac3d265abee9f4f47065da4b74e0f3f6a5539ffb09",
    ),
    "nssec": ("NS-SeC", "e96ba9a5629abd167239134a09d4ee512c4fb26b617a804721aa389c9390ec0e"),
    "health": (
        "General health",
        "fdf63dc257dba4d79aba47a5bd1d1de73c2884b528be13cfce381eb97167a7b8",
    ),
}


def _build_registry() -> list[Source]:
    out: list[Source] = []
    for parl, (year, cand_sha, con_sha) in _GE.items():
        base = f"results-by-parliament/{parl}/general-election/"
        out.append(
            _pseph(
                f"ge{year}-constituencies",
                f"General election {year}: results by constituency",
                base + "constituencies.csv",
                con_sha,
                "ge_constituencies",
                year=year,
            )
        )
        out.append(
            _pseph(
                f"ge{year}-candidates",
                f"General election {year}: results by candidate",
                base + "candidacies.csv",
                cand_sha,
                "ge_candidates",
                year=year,
            )
        )
    for parl, (cand_sha, con_sha) in _BY.items():
        base = f"results-by-parliament/{parl}/by-elections/"
        out.append(
            _pseph(
                f"by-elections-p{parl}-constituencies",
                f"By-elections in the {parl}th Parliament: results by constituency",
                base + "constituencies.csv",
                con_sha,
                "by_constituencies",
                parliament=str(parl),
            )
        )
        out.append(
            _pseph(
                f"by-elections-p{parl}-candidates",
                f"By-elections in the {parl}th Parliament: results by candidate",
                base + "candidacies.csv",
                cand_sha,
                "by_candidates",
                parliament=str(parl),
            )
        )
    out.append(
        _pseph(
            "notional2019",
            "Notional 2019 results on the 2024 boundaries (Rallings & Thrasher, Denver, Whyte)",
            "results-by-parliament/58/notional-general-election/results.csv",
            "625e1c53f295eeb6c164e13434334c29a866b196b0eec0beac27850874f5acd5",
            "notional2019",
        )
    )
    out.append(
        _pseph(
            "notional2005",
            "Notional 2005 results on the 2010 boundaries (Rallings & Thrasher)",
            "results-by-parliament/54/notional-general-election/results.csv",
            "832356abd7bf29a8c21a951da15a38aaeaa83048e941831acbe2ea9d42701ee9",
            "notional2005",
        )
    )
    out.append(
        _pseph(
            "overlaps-2010-2024",
            "Population, residential and area overlaps of 2010 and 2024 constituencies",
            "constituency-area-overlaps.csv",
            "37f0cfa7b9e11c28e16b4334292b85cd90bcc08aff3061c1899569421b807b7b",
            "overlaps",
        )
    )
    out.append(
        _pseph(
            "general-elections",
            "General elections: polling dates",
            "general-elections.csv",
            "a2a0edaee621d79564a6009fe649117c1c8094fece84816f7e438f035066bd9f",
            "general_elections",
        )
    )
    out.append(
        _pseph(
            "parliaments",
            "Parliament periods 1–59",
            "parliament_periods.csv",
            "4a7b38d353d33dfd1d3994465a88c62629868d10fcef55541ce78e180675e320",
            "parliaments",
        )
    )
    out.append(
        _pseph(
            "party-registrations",
            "Political party registrations (MNIS and Electoral Commission ids)",
            "political-party-registrations.csv",
            "cd8faa2a36e4187f5be099480bd1a570d8a13f5908f564d71c23521717f5fed9",
            "party_registrations",
        )
    )
    out.append(
        _pseph(
            "maiden-speeches",
            "Maiden speeches of Members, 1918–2026 (members' ids)",
            "maiden-speeches.csv",
            "be85dd008ed44822079f5361a1f83c43aca47f9cff23f12cd73282a74bfd4c32",
            "maiden_speeches",
        )
    )
    repo, commit = _CBP8647
    out.append(
        Source(
            "history-1918-2019",
            "General election results 1918–2019 by constituency and party: the House of "
            "Commons Library CBP-8647 data file, as copied in "
            "keithysimpson/UK_general_election_polls_stacked (not checked against the "
            "publisher's copy)",
            HOCL + " (third-party copy)",
            OPL,
            repo,
            commit,
            "data/1918-2019election_results.csv",
            "results/hoc-cbp8647-1918-2019/1918-2019election_results.csv",
            "0bc67fb1be889f1fc028c65ebfb5995f88a14843007924b0ca4b242d748a45fe",
            "history_1918_2019",
        )
    )
    repo, commit = _UKGE24
    out.append(
        Source(
            "census-summary-2024",
            "2024 General Election Census Constituency Summaries v1.1 (632 GB seats)",
            "Ralph Scott / British Election Study (ONS and NRS census data)",
            "CC BY-SA 4.0 (census data: Open Government Licence v3.0)",
            repo,
            commit,
            "2024-UK-General-Election-Census-Constituency-Summaries-File-v1.1.csv",
            "demographics/2024-UK-General-Election-Census-Constituency-Summaries-File-v1.1.csv",
            "981cd8b104683c95ffe9b7af5a1dd1a8a2b3e6d728c506212b6b7915a327fe8c",
            "census_summary",
        )
    )
    repo, commit = _UKGE24_CENSUS
    for topic, (title, sha) in _CENSUS_TOPICS.items():
        out.append(
            Source(
                f"census2021-{topic}",
                f"Census 2021: {title}, by 2024 constituency (England and Wales)",
                "Office for National Statistics",
                OGL,
                repo,
                commit,
                f"data/census/census21_wpc_{topic}.csv",
                f"demographics/census21_wpc_{topic}.csv",
                sha,
                "census_counts",
                {"topic": topic},
            )
        )
    repo, commit = _IMD
    out.append(
        Source(
            "imd-2024",
            "Composite UK index of multiple deprivation by 2024 constituency",
            "mySociety",
            "CC BY 4.0",
            repo,
            commit,
            "data/packages/uk_index/parl25_imd.csv",
            "demographics/parl25_imd.csv",
            "508b1267afce604dcf58202408a8aebde006bdf0aca2ca7ea8c7a380c96a30f1",
            "imd",
        )
    )
    out.append(
        Source(
            "ukparl-2025-codes",
            "mySociety short codes to ONS codes for the 2024 constituencies",
            "Open Innovations (from mySociety)",
            "CC BY 4.0",
            _OI[0],
            "65eaf3d010f386f4c8b0c28ccf6b9b44dd3fc537",
            "lookups/ukparl.2025.csv",
            "geo/ukparl.2025.csv",
            "23806d15aee0cfba155650aef51dc594e151de5f579fdc8da828054bedce1273",
            "ukparl_codes",
        )
    )
    out.append(
        Source(
            "hexmap-2024",
            "Hex cartogram of the 2024 constituencies",
            "Open Innovations",
            "MIT",
            _OI[0],
            "1d43262fe30abd543075c68f67a0f0d3c5fee04b",
            "src/_data/hexjson/uk-constituencies-2024.hexjson",
            "geo/uk-constituencies-2024.hexjson",
            "7a99cbd2f9574ee7e3fcb55a106189b7342d35c899e96554f51c06b6c73469d0",
            "hexjson",
        )
    )
    return out


REGISTRY: tuple[Source, ...] = tuple(_build_registry())


def get_source(source_id: str) -> Source:
    """The registry entry with this id, or :class:`NotFoundError` with suggestions."""
    for src in REGISTRY:
        if src.source_id == source_id:
            return src
    from psephos._suggest import suggest  # lazy: rapidfuzz is not needed to read the registry

    close = suggest(source_id, [s.source_id for s in REGISTRY], limit=3, whole=True)
    raise NotFoundError(
        f"No source with id '{source_id}'.",
        suggestions=close,
        hint=None if close else "`psephos sources` lists every source id.",
    )
