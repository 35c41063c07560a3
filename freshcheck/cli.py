"""The command line: parse options, call the library, print, exit. Thin on purpose."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from freshcheck import __version__
from freshcheck.errors import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, FreshcheckError
from freshcheck.extract import extract_file
from freshcheck.model import Document


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="freshcheck")
def cli() -> None:
    """Keep sales and marketing training material honest.

    \b
    Examples:
      freshcheck scan content/
      freshcheck extract decks/q3-pitch.pptx --format json
    """


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def extract(file: Path, fmt: str) -> None:
    """Show the text units and metadata that freshcheck sees in FILE.

    \b
    Examples:
      freshcheck extract deck.pptx
      freshcheck extract playbook.docx --format json
    """
    document = extract_file(file, file.as_posix())
    if fmt == "json":
        click.echo(json.dumps(document.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(_render_units(document), nl=False)
    if document.error is not None:
        click.echo(f"freshcheck: {file}: {document.error.reason}", err=True)
        sys.exit(1)


def _render_units(document: Document) -> str:
    lines = [f"# {note}" for note in document.notes]
    for unit in document.units:
        where = unit.location.describe().replace(" (", " · ").rstrip(")")
        hidden = " [hidden]" if unit.hidden else ""
        for index, text_line in enumerate(unit.text.splitlines() or [""]):
            prefix = f"{where}{hidden}" if index == 0 else ""
            lines.append(f"{prefix:<28} │ {text_line}")
    return "\n".join(lines) + ("\n" if lines else "")


def main() -> None:
    """Console entry point: one place maps exceptions to exit codes."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except FreshcheckError as exc:
        click.echo(f"freshcheck: {exc}", err=True)
        sys.exit(exc.exit_code)
    except Exception as exc:
        if "--debug" in sys.argv:
            raise
        click.echo(f"freshcheck: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(EXIT_OK)
