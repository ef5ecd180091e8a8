"""placeholder"""
from pathlib import Path
from briefing.errors import BriefingError
MAX_BYTES = 10 * 1024 * 1024
class SourceReadError(BriefingError):
    pass
def read_source(path: Path) -> str:
    return path.read_text(encoding="utf-8")
