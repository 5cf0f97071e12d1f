"""Footnote anchors: the name in the body text that a footnote mark is attached to.

A footnote in a UN resolution sources the instrument named just before its
mark: "... the United Nations Convention against Corruption⁵ and ...". The
layout stage finds the mark; :func:`anchor_before` reads the name that ends
there, trimmed to the name ("United Nations Convention against Corruption").

>>> anchor_before("implementation of the United Nations Convention against Corruption", 67)
'United Nations Convention against Corruption'
"""

from __future__ import annotations

import regex

# Words that open the clause a name stands in, and after which the name begins.
_OPENERS = regex.compile(
    r"(?:^|[,;:(]\s*|\b(?:of|to|in|on|by|with|for|from|and|including|particularly|especially|notably|"
    r"the|its|their|his|her|as|that|which|contained|entitled|adopted|under)\s+)"
    r"(?=[A-Z0-9\p{Lu}])",
    regex.V1,
)


def anchor_before(text: str, end: int) -> str | None:
    """The name that ends at ``text[end]`` (where a footnote mark stood), or None.

    The name is the longest run before ``end`` that starts with a capital
    letter or digit right after a clause opener (a preposition, article or
    punctuation), so that "the implementation of the X Convention" gives
    "X Convention".
    """
    head = text[:end].rstrip(" ,;:.")
    if not head:
        return None
    start = 0
    for m in _OPENERS.finditer(head):
        start = m.end()
    name = head[start:].strip()
    return name or None
