"""Nothing lost: unsaved work goes to a recovery file, a crash or kill leaves it, the next start offers it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefing.domain import builtin_registry
from briefing.storage import dumps
from briefing.ui.commands import RenameSection
from briefing.ui.prompts import RecoveryChoice
from briefing.ui.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]


def leave_recovery_file(folder: Path, brief_text: str, original: Path | None) -> None:
    """Write a recovery file from another process that then dies without cleaning up."""
    code = ("import os, sys; from pathlib import Path; from briefing.ui.recovery import RecoveryStore; "
            "s = RecoveryStore(Path(sys.argv[1])); "
            "s.write(sys.stdin.read(), Path(sys.argv[2]) if sys.argv[2] else None, 'Crashed work'); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(folder), str(original or "")], input=brief_text, text=True,
                   check=True, cwd=ROOT, timeout=60)


def rename(window, heading):
    document = window.document
    document.push(RenameSection(document, document.briefing.sections[0].id, heading))


def test_a_running_sessions_recovery_file_is_never_offered_to_another(tmp_path, example):
    running = RecoveryStore(tmp_path)
    running.write(dumps(example), None, "Mine")
    assert RecoveryStore(tmp_path).pending() == []
    running.close()
    assert list(tmp_path.glob("*.recovery")) == []


def test_a_dead_sessions_file_is_offered_and_loads_back(tmp_path, example, example_path):
    leave_recovery_file(tmp_path, dumps(example), example_path)
    [entry] = RecoveryStore(tmp_path).pending()
    assert entry.title == "Crashed work" and entry.original == example_path
    assert dumps(RecoveryStore(tmp_path).load(entry, builtin_registry())) == dumps(example)


def test_unsaved_changes_are_written_aside_and_removed_once_saved(window, qtbot, services):
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        rename(window, "Autosaved heading")
    own = services.recovery.own_file
    assert "Autosaved heading" in own.read_text(encoding="utf-8")
    window.files.save()
    qtbot.waitUntil(lambda: not own.exists())


def test_a_never_saved_briefing_is_written_aside_too(make_window, qtbot, services):
    window = make_window()
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        window.outline_controller.add_section()
    assert "New section" in services.recovery.own_file.read_text(encoding="utf-8")


def test_a_clean_close_removes_the_recovery_file(window, qtbot, services):
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        rename(window, "Soon discarded")
    window.close()
    assert not services.recovery.own_file.exists()


@pytest.mark.parametrize("choice", list(RecoveryChoice))
def test_the_next_start_offers_what_a_dead_session_left(make_window, services, prompts, example, example_copy,
                                                        choice):
    example.sections[0].heading = "Recovered heading"
    leave_recovery_file(services.recovery.folder, dumps(example), example_copy)
    window = make_window()
    prompts.recovery_choice = choice
    restored = window.files.offer_recovery()
    assert prompts.recovery_offers == ["Crashed work"]
    left = services.recovery.pending()
    if choice is RecoveryChoice.RESTORE:
        assert restored and window.document.briefing.sections[0].heading == "Recovered heading"
        assert window.document.path == example_copy and window.isWindowModified()
        assert left == []
    else:
        assert not restored and window.document.briefing.sections == []
        assert len(left) == (1 if choice is RecoveryChoice.LATER else 0)


def test_work_survives_a_killed_app_process(tmp_path, example_copy, make_window, services, prompts):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "ui" / "drive_app.py"), str(example_copy),
                                "Heading typed before the crash"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(60, process.kill)   # a hung app fails the test instead of hanging it
    watchdog.start()
    with process:
        try:
            line = process.stdout.readline()
            assert line.startswith("AUTOSAVED"), line
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            watchdog.cancel()
    recovery_folder = tmp_path / "state" / "Briefing" / "recovery"
    assert Path(line.split(" ", 1)[1].strip()).parent == recovery_folder

    services.recovery = RecoveryStore(recovery_folder)
    prompts.recovery_choice = RecoveryChoice.RESTORE
    window = make_window(window_services=services)
    assert window.files.offer_recovery()
    assert window.document.briefing.sections[0].heading == "Heading typed before the crash"
    assert window.document.path == example_copy
