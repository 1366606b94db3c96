"""Sourcing: who is quoted, with which verbs, on whose reporting each outlet leans.

One module per family of questions: :mod:`.quotes` (direct quotations, their speakers and
attribution verbs; cues in :mod:`.quote_cues`, speakers resolved in
:mod:`.quote_resolution`), :mod:`.speakers` (who the narration mentions, with their roles;
the tables in :mod:`.speaker_lexicon`, the finders in :mod:`.speaker_mentions`),
:mod:`.citations` (cited outlets, agencies, bodies, image credits and the citation graph;
its rules in :mod:`.registry`, :mod:`.source_kinds`, :mod:`.cues`, :mod:`.source_mentions`
and :mod:`.credits`), :mod:`.overlap` (the same quote or passage across outlets).
"""

from .citations import citation_graph, cited_sources, load_registry
from .overlap import reused_passages, shared_quotes
from .quotes import load_speakers, quote_stats, quotes, verb_table

__all__ = [
    "quotes",
    "verb_table",
    "quote_stats",
    "load_speakers",
    "cited_sources",
    "load_registry",
    "citation_graph",
    "shared_quotes",
    "reused_passages",
]
