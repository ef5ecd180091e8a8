"""Source extraction: turn an article into candidate facts tied to the sources that said them.

    text = read_source(path)                       # .txt .md .html .docx, encoding detected
    candidates = extract_candidates(text, registry)

Imports only the standard library, ``briefing.domain`` and ``briefing.errors``; never Qt.
"""
from briefing.extract.candidate import Candidate
from briefing.extract.pipeline import extract_candidates
from briefing.extract.reading import MAX_BYTES, SourceReadError, read_source

__all__ = ["Candidate", "MAX_BYTES", "SourceReadError", "extract_candidates", "read_source"]
