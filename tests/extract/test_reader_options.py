"""The command line's stated defaults are the extractor's own (the CLI does not import them)."""
from __future__ import annotations

from pipeline.cli.options import pdf_options
from pipeline.extract.guard import DEFAULT_LIMITS, MIB
from pipeline.extract.reader import MAX_PAGES
from pipeline.extract.sources import DEFAULT_READER, READERS


def test_the_help_states_the_extractors_defaults():
    actions = {a.dest: a for a in pdf_options()._actions}
    assert f"default {MAX_PAGES})" in actions["max_pages"].help
    assert f"default {DEFAULT_LIMITS.stream // MIB})" in actions["max_stream_mib"].help
    assert actions["reader"].default == DEFAULT_READER and tuple(actions["reader"].choices) == READERS
