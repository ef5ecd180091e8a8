"""Judgments speak one likelihood scale: mixing ICD 203's two columns is flagged."""
from briefing.checks import check_briefing
from briefing.domain import Briefing, Fact, FactBlock, JudgmentBlock, Section, TextBlock


def _codes(briefing, registry):
    return [p.code for p in check_briefing(briefing, registry)]


def test_likely_and_probably_in_one_briefing_are_flagged_with_both_places(registry):
    b = Briefing(sections=[Section("Key judgments", [JudgmentBlock("The North will probably test again.")]),
                           Section("Outlook", [TextBlock("A seventh test is likely before spring.")])])
    problems = [p for p in check_briefing(b, registry) if p.code == "mixed-likelihood-scales"]
    assert len(problems) == 1
    assert '"likely" (section \'Outlook\')' in problems[0].message
    assert '"probably" (section \'Key judgments\')' in problems[0].message


def test_one_scale_throughout_is_fine(registry):
    b = Briefing(sections=[Section("Key judgments", [JudgmentBlock("A test is very likely; a war is very unlikely."),
                                                     TextBlock("Almost certainly a test, and roughly even chance of two.")])])
    assert "mixed-likelihood-scales" not in _codes(b, registry)


def test_a_sources_own_words_are_not_the_analysts_estimative_language(registry):
    b = Briefing()
    b.add_fact(Fact("f-1", "The JCS said a launch is probable.", ("JCS",)))
    b.sections.append(Section("Main", [FactBlock("f-1"), JudgmentBlock("A launch is likely.")]))
    assert "mixed-likelihood-scales" not in _codes(b, registry)


def test_words_that_merely_contain_a_term_do_not_count(registry):
    b = Briefing(sections=[Section("Main", [TextBlock("Unlikelihood and probabilistic models; likely."),
                                            TextBlock("The remoteness of the site.")])])
    assert "mixed-likelihood-scales" not in _codes(b, registry)
