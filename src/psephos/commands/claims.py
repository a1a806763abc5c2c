"""The ``check`` command: verify the numbers in an election story against the store."""

from __future__ import annotations

import click

from psephos.commands._common import console, db_option, handle_errors, json_option


@click.command("check")
@click.argument("file", type=click.Path(exists=True, allow_dash=True, dir_okay=False))
@click.option(
    "--election",
    default=None,
    help="The election a claim is checked against when its sentence and paragraph name none "
    "(a year or election the text names takes precedence). Without it a story the text does "
    "not date is read against ge2024 as an assumption: claims can be supported, never "
    "called false.",
)
@click.option(
    "--html",
    "as_html",
    is_flag=True,
    help="Print a standalone HTML report (text highlighted, claims annotated).",
)
@click.option(
    "--width",
    type=click.IntRange(40, 10_000),
    default=None,
    help="Table width in characters, 40 to 10000 (default: the terminal); below 40 the "
    "four columns cannot be read.",
)
@db_option
@json_option
@handle_errors
def check_cmd(
    file: str, election: str | None, as_html: bool, width: int | None, db: str | None, as_json: bool
) -> None:
    """Find the claims in a news story and check each one against the official data.

    Each claim gets a verdict (supported, contradicted, depends, uncertain, not checkable)
    with the computed value, the tolerance used, the sources and the query. FILE (or '-',
    standard input) must be UTF-8 text.

    \b
    Examples:
      psephos check story.txt
      psephos check story.txt --json
      psephos check story.txt --html > report.html
      cat story.txt | psephos check -

    The story's election is inferred from its own evidence (years, dateline, candidates,
    figures); --election is used only when the text gives none. Input is capped at 5 MB.
    """
    # read (and refuse oversize or binary input) before the checker is imported: the
    # extraction rules, gazetteers and pandas take seconds to load, a refusal milliseconds
    from psephos.claims.reader import decode, read_bounded
    from psephos.errors import InputError

    if as_json and as_html:
        raise InputError("Choose one of --json and --html.")
    source = "standard input" if file == "-" else file
    with click.open_file(file, "rb") as fh:
        data = read_bounded(fh, source)
    text = decode(data, source)
    from psephos.claims.check import check_text

    report = check_text(text, election=election, db=db)
    if as_json:
        from psephos.claims.report_json import report_json

        click.echo(report_json(report))  # the bytes of echo_json(report.to_dict()), faster
        return
    if as_html:
        from psephos.claims.html import render_html

        click.echo(render_html(report), nl=False)
        return
    from rich.markup import escape

    from psephos.claims.report_text import print_claims_table

    out = console(width)
    print_claims_table(report, election, out)
    out.print(", ".join(f"{n} {v.replace('_', ' ')}" for v, n in report.counts.items()))
    cov = report.coverage
    out.print(
        f"[dim]election: {escape(str(report.inference.get('election') or 'not settled'))} "
        f"({escape(str(report.inference.get('how', '')))}); numbers in claims "
        f"{cov['in_claims']} of {cov['numbers']} ({cov['share_examined']:.0%}); unexamined: "
        + (", ".join(escape(f"'{u.text}' ({u.reason})") for u in report.unexamined) or "none")
        + "[/]"
    )
    for m in report.unresolved:
        quoted = escape(f"'{m.text}'")
        out.print(f"[dim]unresolved {m.kind} {quoted}: {escape(m.how)}[/]")
