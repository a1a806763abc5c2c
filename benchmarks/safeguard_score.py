"""Score saved checker reports against the corpus keys, and replay the safeguard's
candidate rules on them (docs/claims.md, "Safeguard (round 7)").

usage: .venv/bin/python benchmarks/safeguard_score.py [-v] [--rule NAME] [--held A,B]
       [--current NAME] [--keys DIR] NAME=DIR ...

Each ``NAME=DIR`` is a folder of reports written by ``benchmarks/safeguard_replay.py``
(``DIR/<story>.json``); a report is keyed by ``<story>.expected.json`` in
``tests/claims_corpus``, ``../shared/articles/dev`` or a folder given with ``--keys`` (a
blind batch's keys kept outside the repository). The rules of
``/work/briefs/score.py``: a key is matched by the claims overlapping its anchor; a
checkable key is *found* if any of them has a checkable verdict and *right* if their
verdicts are exactly the key's; a false key is *caught* if any of them is contradicted; a
contradicted claim on a key that is not false, or on no key, is *wrong*.

For every candidate rule of :data:`psephos.claims.safeguard_candidates.CANDIDATES` (and
the chosen rule, ``safeguard (chosen)``) the contradicted claims it would downgrade are
made ``uncertain`` and the set scored again. The table gives, per past set, the wrong
contradictions the rule prevents, their sum over the design sets and over the held-out
ones (``--held``), and the false claims no longer caught: on the design sets, the held-out
sets and the current checker's reports (``--current``, no wrongs of its own). ``-v``
lists every wrong prevented and every catch lost, with the reason; ``--rule PREFIX``
keeps the rules whose name starts so.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEY_DIRS = [ROOT / "tests" / "claims_corpus", ROOT.parent / "shared" / "articles" / "dev"]

Rule = Callable[[dict[str, Any], str, list[dict[str, Any]]], "str | None"]


@dataclass
class Score:
    checkable: int = 0
    found: int = 0
    right: int = 0
    false: int = 0
    caught: int = 0
    wrong: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, o: Score) -> None:
        for k in ("checkable", "found", "right", "false", "caught", "wrong"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.notes += o.notes


def key_for(stem: str) -> Path | None:
    for d in KEY_DIRS:
        p = d / f"{stem}.expected.json"
        if p.exists():
            return p
    return None


def downgrade(
    claim: dict[str, Any], text: str, mentions: list[dict[str, Any]], rule: Rule
) -> tuple[str, str | None]:
    """The claim's verdict once ``rule`` has had its say, and the rule's reason (a compound
    is judged on its parts: a part the rule downgrades no longer makes it false)."""
    if claim["verdict"] != "contradicted":
        return claim["verdict"], None
    parts = claim.get("parts") or []
    if not parts:
        why = rule(claim, text, mentions)
        return ("uncertain", why) if why else ("contradicted", None)
    from psephos.claims.compound import combine

    verdicts, whys = [], []
    for p in parts:
        v, why = downgrade(p, text, mentions, rule)
        verdicts.append(v)
        if why:
            whys.append(why)
    v = combine(verdicts)
    return v, ("; ".join(dict.fromkeys(whys)) if v != "contradicted" and whys else None)


def score_report(report: dict[str, Any], key: list[dict[str, Any]], rule: Rule | None) -> Score:
    text = report["text"]
    claims = report["claims"]
    mentions = report.get("mentions") or []
    verdicts, whys = [], []
    for c in claims:
        v, why = downgrade(c, text, mentions, rule) if rule else (c["verdict"], None)
        verdicts.append(v)
        whys.append(why)
    o = Score()
    used: set[int] = set()
    for e in key:
        a = text.find(e["anchor"])
        b = a + len(e["anchor"])
        hits = [i for i, c in enumerate(claims) if c["start"] < b and c["end"] > a]
        used.update(hits)
        vs = sorted({verdicts[i] for i in hits})
        was = sorted({claims[i]["verdict"] for i in hits})
        want = e["verdict"]
        if want != "not_checkable":
            o.checkable += 1
            o.found += any(v != "not_checkable" for v in vs)
            o.right += vs == [want]
        why = "; ".join(w for i in hits if (w := whys[i]))
        if want == "contradicted":
            o.false += 1
            o.caught += "contradicted" in vs
            if "contradicted" in was and "contradicted" not in vs:
                o.notes.append(f"LOST   {e['anchor'][:90]!r}\n         {why}")
        elif "contradicted" in vs:
            o.wrong += 1
            o.notes.append(f"LEFT   (want {want}) {e['anchor'][:90]!r}")
        elif "contradicted" in was:
            o.notes.append(f"SAVED  (want {want}) {e['anchor'][:90]!r}\n         {why}")
    for i, c in enumerate(claims):
        if i in used:
            continue
        if verdicts[i] == "contradicted":
            o.wrong += 1
            o.notes.append(f"LEFT   (no key) {c['text'][:90]!r}")
        elif c["verdict"] == "contradicted":
            o.notes.append(f"SAVED  (no key) {c['text'][:90]!r}\n         {whys[i]}")
    return o


def load(folder: Path) -> Iterable[tuple[str, dict[str, Any], list[dict[str, Any]]]]:
    for p in sorted(folder.glob("*.json")):
        if p.name.startswith("_"):
            continue
        kp = key_for(p.stem)
        if kp is None:
            continue
        yield (
            p.stem,
            json.loads(p.read_text(encoding="utf-8")),
            json.loads(kp.read_text(encoding="utf-8")),
        )


def score_set(folder: Path, rule: Rule | None) -> Score:
    total = Score()
    for stem, report, key in load(folder):
        s = score_report(report, key, rule)
        s.notes = [f"{stem}: {n}" for n in s.notes]
        total.add(s)
    return total


def main(argv: list[str]) -> int:
    from psephos.claims import safeguard, safeguard_candidates

    if "-h" in argv or "--help" in argv:
        print(__doc__)
        return 0
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    opts: dict[str, str] = {}
    for flag in ("--rule", "--held", "--current", "--keys"):
        if flag in argv:
            i = argv.index(flag)
            if i + 1 >= len(argv):
                print(f"Error: {flag} needs a value; see --help.", file=sys.stderr)
                return 2
            opts[flag] = argv[i + 1]
            del argv[i : i + 2]
    bad = [a for a in argv if "=" not in a]
    if bad:
        print(
            f"Error: {bad[0]!r} is not NAME=DIR (a folder of saved reports); see --help.",
            file=sys.stderr,
        )
        return 2
    if "--keys" in opts:
        KEY_DIRS.append(Path(opts["--keys"]))
    sets = [(a.split("=", 1)[0], Path(a.split("=", 1)[1])) for a in argv]
    if not sets:
        print(__doc__)
        return 2
    held = set(opts.get("--held", "").split(","))
    current = opts.get("--current", "")
    design = [n for n, _ in sets if n not in held and n != current]
    rules: dict[str, Rule] = dict(safeguard_candidates.CANDIDATES)
    rules["safeguard (chosen)"] = safeguard.reason
    if "--rule" in opts:
        rules = {k: v for k, v in rules.items() if k.startswith(opts["--rule"])}
    base = {name: score_set(d, None) for name, d in sets}
    print(
        "wrong contradictions prevented (base wrongs in brackets) | false claims no longer caught"
    )
    past = [n for n, _ in sets if n != current]
    head = f"{'rule':24}" + "".join(f"{n + f' ({base[n].wrong})':>9}" for n in past)
    head += f"{'design':>9}{'held':>7} | {'lost:design':>11}{'held':>6}"
    if current:
        head += f"{current + f' ({base[current].caught})':>12}"
    print(head)
    for rname, rule in rules.items():
        got = {name: score_set(d, rule) for name, d in sets}
        prevented = {n: base[n].wrong - got[n].wrong for n in past}
        lost = {n: base[n].caught - got[n].caught for n, _ in sets}
        row = f"{rname:24}" + "".join(f"{prevented[n]:>9}" for n in past)
        row += f"{sum(prevented[n] for n in design):>9}"
        row += f"{sum(prevented[n] for n in held if n in prevented):>7} | "
        row += f"{sum(lost[n] for n in design):>11}{sum(lost[n] for n in held if n in lost):>6}"
        if current:
            row += f"{lost[current]:>12}"
        print(row)
        if verbose:
            for name, _ in sets:
                notes = [x for x in got[name].notes if "LEFT" not in x]
                if notes:
                    print(f"  --- {rname} on {name}")
                    print("\n".join("  " + x for x in notes))
    print(
        "base: "
        + "; ".join(
            f"{n} wrong {b.wrong}, caught {b.caught}/{b.false}, right {b.right}/{b.checkable}"
            for n, b in base.items()
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
