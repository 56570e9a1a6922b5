from typing import Any, Iterable, Literal, Optional

Offsets = Literal["codepoints", "utf16", "bytes"]

__version__: str

def annotate(text: str, offsets: Offsets = "codepoints", date: Optional[str] = None) -> dict[str, Any]:
    """The annotation of ``text``: the JSON of ``factlens annotate --offsets <offsets>`` as a dict."""

def annotate_many(
    texts: Iterable[str], offsets: Offsets = "codepoints", date: Optional[str] = None
) -> list[dict[str, Any]]:
    """The annotation of every text, in order; annotates in batches with the GIL released."""

def cli_main(args: list[str]) -> int:
    """The command line ``factlens <args>`` on standard input/output; returns the exit status."""
