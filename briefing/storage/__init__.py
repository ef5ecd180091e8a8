"""Briefings on disk: the versioned .brief JSON format and atomic writes."""
from briefing.storage.atomic import WriteError, atomic_writer, write_atomically
from briefing.storage.brief_file import (
    FORMAT_VERSION, BriefFileError, briefing_to_dict, dumps, load_briefing, loads, save_briefing,
)

__all__ = ["FORMAT_VERSION", "BriefFileError", "WriteError", "atomic_writer", "briefing_to_dict", "dumps",
           "load_briefing", "loads", "save_briefing", "write_atomically"]
