"""factlens: annotates news articles -- entities, people and their roles, quotes, dates.

    import factlens
    ann = factlens.annotate(text)                 # one article -> dict (the CLI's JSON)
    anns = factlens.annotate_many(texts)          # an iterable of str -> list of dicts, GIL released
    ann["facts"]["people"], ann["facts"]["quotes"], ann["entities"]

Offsets are code points by default, so ``text[e["start"]:e["end"]]`` is the entity's text;
``offsets="utf16"`` or ``"bytes"`` give JavaScript or UTF-8 counts. ``date="YYYY-MM-DD"`` is the
article date that relative dates ("on Friday") resolve against when the text names none.
``python -m factlens annotate FILE`` is the command line ``factlens annotate FILE``.
"""

from ._factlens import __version__, annotate, annotate_many

__all__ = ["annotate", "annotate_many", "__version__"]
