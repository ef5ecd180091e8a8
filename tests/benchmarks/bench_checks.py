"""Benchmark: the sourcing checks of a 1,000-fact briefing, alone and as the Checks panel refreshes.

Measures, for a generated briefing (``briefing_with_facts``, plus one analyst paragraph per section
so the estimative-language check has text to read), clean and with every tenth fact unsourced and
undated (200 problems):

* ``check_briefing`` on its own;
* a whole refresh of the Checks panel in a real main window (checks, list model, dock title),
  which is what runs on the UI thread after a pause in editing: when the problems found are the
  same as before (most edits), and when they differ (one fact loses or regains its source each
  run, so the list is rebuilt).

The panel runs the checks on the UI thread only because this stays well under one frame (16 ms).

Run: ``python tests/benchmarks/bench_checks.py [--facts 1000] [--runs 50]`` (offscreen unless
DISPLAY is set and QT_QPA_PLATFORM says otherwise). Not collected by pytest.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from briefing.checks import check_briefing  # noqa: E402
from briefing.domain import Briefing, TextBlock, builtin_registry  # noqa: E402
from briefing.ui.app import create_application  # noqa: E402
from briefing.ui.document import Document  # noqa: E402
from briefing.ui.main_window import MainWindow  # noqa: E402
from briefing.ui.prompts import SaveChoice  # noqa: E402
from briefing.ui.recovery import RecoveryStore  # noqa: E402
from briefing.ui.services import Services  # noqa: E402
from tests.helpers.builders import briefing_with_facts  # noqa: E402

FRAME_MS = 16.0


class _Discard:
    def ask_save_changes(self, *_):
        return SaveChoice.DISCARD


def generated(facts: int, with_problems: bool) -> Briefing:
    briefing = briefing_with_facts(facts)
    for section in briefing.sections:
        section.blocks.insert(0, TextBlock("North Korea will likely keep its troops in Russia through the winter, "
                                           "and the losses are very likely to grow as the fighting goes on."))
    if with_problems:
        for i in range(0, facts, 10):
            fact = briefing.facts[f"f-{i}"]
            briefing.facts[fact.id] = replace(fact, sources=(), reported_on=None)
    return briefing


def timings(run, runs: int) -> tuple[float, float]:
    run()   # warm up caches and lazy imports
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    app = create_application()
    registry = builtin_registry()
    print(f"Checks benchmark: {args.facts} facts, {args.runs} runs each, platform {os.environ['QT_QPA_PLATFORM']}")
    print(f"{'briefing':<18} {'problems':>8} {'check_briefing median/max':>27} {'panel refresh median/max':>26} "
          f"{'list rebuilt median/max':>25}")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for with_problems in (False, True):
            briefing = generated(args.facts, with_problems)
            found = len(check_briefing(briefing, registry))
            alone = timings(lambda: check_briefing(briefing, registry), args.runs)
            services = Services(registry, QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat),
                                RecoveryStore(Path(tmp) / "recovery"), prompts=_Discard())
            window = MainWindow(services, Document(briefing, registry))
            window.show()
            app.processEvents()
            refresh = timings(window.checks_controller.run, args.runs)
            fact = briefing.facts["f-5"]

            def toggle_and_run():
                current = briefing.facts["f-5"]
                briefing.facts["f-5"] = replace(current, sources=() if current.sources else fact.sources)
                window.checks_controller.run()

            rebuilt = timings(toggle_and_run, args.runs)
            briefing.facts["f-5"] = fact
            while not window.preview_controller.is_current:     # let the first preview finish before closing
                app.processEvents()
                time.sleep(0.001)
            window.close()
            window.deleteLater()
            app.processEvents()
            label = "with problems" if with_problems else "clean"
            print(f"{label:<18} {found:>8} {alone[0]:>15.2f} / {alone[1]:>6.2f} ms "
                  f"{refresh[0]:>14.2f} / {refresh[1]:>6.2f} ms {rebuilt[0]:>13.2f} / {rebuilt[1]:>6.2f} ms")
            ok &= max(refresh[1], rebuilt[1]) < FRAME_MS
    print(f"target: a panel refresh well under one frame ({FRAME_MS:.0f} ms):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
