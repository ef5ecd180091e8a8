"""Shared fixtures. Qt always runs offscreen in tests."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from briefing.domain import builtin_registry  # noqa: E402
from briefing.resources import EXAMPLE_BRIEFING  # noqa: E402
from briefing.storage import load_briefing  # noqa: E402


@pytest.fixture
def registry():
    return builtin_registry()


@pytest.fixture
def example_path():
    return EXAMPLE_BRIEFING


@pytest.fixture
def example(registry):
    return load_briefing(EXAMPLE_BRIEFING, registry)
