"""STUB — replaced by the citations work."""


def cited_sources(articles):
    raise NotImplementedError


def citation_graph(sources):
    raise NotImplementedError
