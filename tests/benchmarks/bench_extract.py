"""Benchmark: extraction (segmentation, junk flags, attribution) of ~100 KB of source text.

Run as a script: ``python tests/benchmarks/bench_extract.py``. Budget (DESIGN.md): under 200 ms.
The text is built from the labelled articles (samples and our own corpus), varied so that no two
copies are identical, with scrape junk at the end.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing.domain import builtin_registry  # noqa: E402
from briefing.extract import extract_candidates  # noqa: E402

TARGET_BYTES = 100 * 1024
RUNS = 7
BUDGET_MS = 200.0


def build_text() -> str:
    folders = [ROOT / "tests" / "extract" / "corpus", ROOT.parent / "shared" / "samples"]
    articles = [p.read_text(encoding="utf-8") for folder in folders if folder.is_dir()
                for p in sorted(folder.glob("*.txt"))]
    if not articles:
        raise SystemExit("no articles found to build the benchmark text from")
    parts, size, n = [], 0, 0
    while size < TARGET_BYTES:
        article = articles[n % len(articles)]
        # Vary each copy so that caches keyed on text cannot help.
        article = article.replace("Monday", ("Monday", "Tuesday", "Friday")[n % 3]).replace("1", str(n % 10))
        parts.append(article)
        size += len(article.encode("utf-8")) + 2
        n += 1
    return "\n\n".join(parts)


def main() -> int:
    text = build_text()
    registry = builtin_registry()
    extract_candidates(text[:2000], registry)  # warm the registry matcher, as the app would be
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        candidates = extract_candidates(text, registry)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    size_kb = len(text.encode("utf-8")) / 1024
    print(f"extract: {size_kb:.0f} KB, {len(candidates)} candidates, median {median:.1f} ms over {RUNS} runs "
          f"(min {min(times):.1f}, max {max(times):.1f}); budget {BUDGET_MS:.0f} ms: "
          f"{'OK' if median < BUDGET_MS else 'OVER'}")
    return 0 if median < BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
