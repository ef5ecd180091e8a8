"""Time ``briefing export`` to .docx against pandoc converting the same briefing's Markdown.

Run as a script, not collected by pytest:

    python tests/benchmarks/bench_export.py [--sizes 100 1000 10000] [--runs 5]

For each size it writes a realistic briefing (facts from several sources and documents, sections
with subsections, free paragraphs and judgments) in the inline and the notes attribution styles,
then times whole processes, as a user would meet them: ``briefing export B.brief -o B.docx`` (the
installed command; ``python -m briefing`` when it is not installed) against ``pandoc B.md -o
B.docx`` where ``B.md`` is ``briefing render B.brief`` (the clean Markdown). It prints the median of ``--runs`` runs and their ratio. The budget (DESIGN.md): at 1,000
facts the export takes at most half of pandoc's time, and time grows linearly with the facts.
pandoc is skipped when it is not installed.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing.domain import (  # noqa: E402
    AttributionStyle, Briefing, Confidence, Credibility, Fact, FactBlock, JudgmentBlock, Metadata, Reliability,
    Section, SourceDocument, Span, TextBlock,
)
from briefing.storage import save_briefing  # noqa: E402

SOURCES = ("JCS", "NIS", "MND", "MOU", "KCNA", "YONHAP", "DOD", "JMOD", "ISW")
TOPICS = ("Deployments", "Casualties", "Arms transfers", "Missile launches", "Border fortification",
          "Sanctions", "Diplomacy", "Cyber operations", "Economy", "Maritime activity")
STATEMENTS = (
    "Around {n:,} North Korean soldiers have been killed or injured fighting in the {place} region.",
    "North Korea fired {k} short-range ballistic missiles from near {place} into the East Sea on {day}.",
    "Pyongyang is considering sending more troops to support Russia, particularly around {place}.",
    "Up to {n:,} soldiers have worked on the border reinforcement near {place} over {k} months.",
    "The North has launched about {n:,} trash-carrying balloons into the South on {k} occasions since {day}.",
    "A cargo ship carrying {n:,} containers of munitions left {place} for a Russian port on {day}.",
    "Satellite imagery shows new construction of about {k} launch pads at the {place} site.",
    "Officials said {k} senior commanders were replaced after the exercise near {place}.",
    "북한은 {day} {place} 일대에서 단거리 탄도미사일 {k}발을 발사했다고 합참이 밝혔다.",
)
PLACES = ("Kursk", "Sinpo", "Wonsan", "Pyongyang", "Sohae", "Kaesong", "Rason", "Chongjin", "Hamhung")


def make_briefing(n_facts: int, style: AttributionStyle, seed: int = 7) -> Briefing:
    """A briefing of ``n_facts`` facts that reads like the real thing (for timing, not for meaning)."""
    rng = random.Random(seed)
    briefing = Briefing(Metadata(
        title=f"Korean Peninsula security update ({n_facts:,} facts)", subtitle="Weekly roll-up for the J2",
        author="Duty analyst", organisation="Korea Desk", date_time=datetime(2024, 12, 23, 18, 0),
        classification="UNCLASSIFIED", caveat="FOR OFFICIAL USE ONLY", attribution_style=style,
        report_number="KD-2024-117"))
    documents = []
    for d in range(max(1, n_facts // 25)):
        documents.append(SourceDocument(f"d-{d}", f"Press release {d + 1}: situation update", "",
                                        rng.choice(SOURCES), date(2024, 12, 1) + timedelta(days=d % 28),
                                        f"https://example.org/releases/{d + 1}"))
    sentences: dict[str, list[str]] = {doc.id: [] for doc in documents}
    facts = []
    for i in range(n_facts):
        doc = documents[i % len(documents)]
        statement = rng.choice(STATEMENTS).format(n=rng.randrange(100, 20000), k=rng.randrange(2, 40),
                                                  place=rng.choice(PLACES), day=f"{rng.randrange(1, 29)} December")
        sentences[doc.id].append(statement)
        codes = tuple(rng.sample(SOURCES, 2 if i % 7 == 0 else 1))
        facts.append((doc, statement, codes))
    for doc in documents:
        doc.text = " ".join(sentences[doc.id])
        briefing.add_document(doc)
    positions = {doc.id: 0 for doc in documents}
    top_sections = max(1, n_facts // 100)
    sections = [Section(f"{TOPICS[s % len(TOPICS)]} ({s + 1})", id=f"s-{s}") for s in range(top_sections)]
    for s, section in enumerate(sections):
        section.blocks.append(TextBlock(f"Reporting this week on **{TOPICS[s % len(TOPICS)].lower()}** came "
                                        "chiefly from the JCS and the NIS; see [the JCS site](https://www.jcs.mil.kr).",
                                        id=f"b-t{s}"))
        section.subsections = [Section(f"Area {a + 1}", id=f"s-{s}-{a}") for a in range(4)]
    for i, (doc, statement, codes) in enumerate(facts):
        start = doc.text.index(statement, positions[doc.id])
        positions[doc.id] = start + len(statement)
        fact = Fact(f"f-{i}", statement, codes, doc.id, Span(start, positions[doc.id]),
                    reported_on=doc.published, information_as_of=doc.published, reliability=Reliability.B,
                    credibility=Credibility.PROBABLY_TRUE, tags=(TOPICS[i % len(TOPICS)].lower(),))
        briefing.add_fact(fact)
        section = sections[(i // 100) % top_sections].subsections[(i // 25) % 4]
        section.blocks.append(FactBlock(fact.id, id=f"b-{i}"))
    for s, section in enumerate(sections):
        section.blocks.append(JudgmentBlock("The pattern will probably continue through the next quarter.",
                                            Confidence.MODERATE, id=f"b-j{s}"))
    briefing.sections = sections
    return briefing


# As an installed copy runs: Python may keep compiled modules (pip compiles them when it installs), so
# no run pays for compiling Briefing's source again, which a PYTHONDONTWRITEBYTECODE shell would impose.
ENVIRONMENT = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def briefing_command() -> list[str]:
    """The ``briefing`` command a user types, when it is installed beside this Python; else ``python -m briefing``."""
    script = Path(sys.executable).with_name("briefing")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "briefing"]


BRIEFING = briefing_command()


def median_seconds(command: list[str], runs: int, cwd: Path) -> float:
    """The median wall time of ``runs`` runs of ``command``, after one untimed run to warm the caches."""
    times = []
    for run in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, cwd=cwd, stdout=subprocess.DEVNULL, env=ENVIRONMENT)
        if run:
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc not found: timing briefing export only")
    print(f"{'facts':>7} {'style':<7} {'briefing export':>16} {'pandoc':>9} {'ratio':>6} {'per 1,000 facts':>16}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in args.sizes:
            for style in (AttributionStyle.INLINE, AttributionStyle.NOTES):
                brief = folder / f"b{size}-{style.value}.brief"
                save_briefing(make_briefing(size, style), brief)
                runs = args.runs if size < 10000 else max(3, args.runs // 2)
                ours = median_seconds([*BRIEFING, "export", str(brief), "-o", str(folder / "out.docx")], runs, ROOT)
                theirs = ratio = ""
                if pandoc:
                    markdown = brief.with_suffix(".md")
                    subprocess.run([sys.executable, "-m", "briefing", "render", str(brief), "-o", str(markdown)],
                                   check=True, cwd=ROOT)
                    seconds = median_seconds([pandoc, str(markdown), "-o", str(folder / "pandoc.docx")], runs, ROOT)
                    theirs, ratio = f"{seconds * 1000:7.0f} ms", f"{ours / seconds:6.2f}"
                print(f"{size:>7,} {style.value:<7} {ours * 1000:13.0f} ms {theirs:>9} {ratio:>6} "
                      f"{ours * 1000 / size * 1000:13.0f} ms", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
