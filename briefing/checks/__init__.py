"""Sourcing checks: what a reviewer would flag before a briefing goes out."""
from briefing.checks.problems import Problem, Severity
from briefing.checks.rules import check_briefing

__all__ = ["Problem", "Severity", "check_briefing"]
