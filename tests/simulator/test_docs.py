"""The examples in the simulator's docstrings run as written."""

from __future__ import annotations

import doctest
import importlib
from datetime import date

import pytest

import simulator


@pytest.mark.parametrize(
    "module",
    [
        "simulator",
        "simulator._template",
        "simulator._synonyms",
        "simulator.corpus",
        "simulator.rebase",
        "simulator.scenario",
    ],
)
def test_docstring_examples(module):
    result = doctest.testmod(
        importlib.import_module(module), extraglobs={"date": date, "generate": simulator.generate}
    )
    assert result.failed == 0
