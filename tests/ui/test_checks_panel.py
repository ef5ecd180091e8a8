"""The Checks panel on its own: its title, where it says a problem is, and keeping the user's place."""
from __future__ import annotations

from briefing.checks import Problem, Severity
from briefing.domain import Briefing, Section
from briefing.ui.panels.checks import ChecksPanel, checks_title, location, section_headings

ERROR = Problem(Severity.ERROR, "fact-without-source", "the bullet has no source", "section 'A'", "s-a", "b-1", "f-1")
WARNING = Problem(Severity.WARNING, "fact-without-date", "fact has no date", "fact f-2", fact_id="f-2")
TITLE_BLOCK = Problem(Severity.ERROR, "no-classification", "no banner", "briefing properties")


def test_the_title_counts_errors_and_warnings_and_leaves_out_what_there_is_none_of():
    assert checks_title([ERROR, ERROR, WARNING]) == "Checks (2 errors, 1 warning)"
    assert checks_title([WARNING, WARNING]) == "Checks (2 warnings)"
    assert checks_title([ERROR]) == "Checks (1 error)"
    assert checks_title([]) == "Checks (no problems)"


def test_where_names_the_sections_heading_as_it_is_now_then_the_library_or_the_properties():
    headings = section_headings(Briefing(sections=[Section("Key facts", id="s-a")]))
    assert location(ERROR, headings) == "Section “Key facts”"
    assert location(WARNING, headings) == "Fact library"
    assert location(TITLE_BLOCK, headings) == "Briefing properties"


def test_the_selected_problem_is_kept_even_when_its_wording_changes(qtbot):
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    briefing = Briefing(sections=[Section("Key facts", id="s-a")])
    panel.show_problems([TITLE_BLOCK, ERROR, WARNING], briefing)
    panel.select_row(1)
    reworded = Problem(Severity.ERROR, "fact-without-source", "the bullet \"new words\" has no source",
                       "section 'A'", "s-a", "b-1", "f-1")
    panel.show_problems([reworded, WARNING], briefing)
    assert panel.selected_problem() == reworded
