"""Keep Python's cyclic garbage collector from stalling typing. No Qt.

A 1,000-fact briefing and the window around it are a few hundred thousand long-lived objects. A
full (generation 2) collection walks all of them: 15-30 ms on the UI thread, a visible stall in
the middle of a word. Freezing the objects that exist once a briefing is open moves them out of
the collector's sight; objects created later (edits) are still collected as usual.
"""
from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Collect what is garbage now, then exempt every surviving object from future collections."""
    gc.collect()
    gc.freeze()
