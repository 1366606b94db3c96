"""STUB — replaced by the overlap work."""


def shared_quotes(quotes):
    raise NotImplementedError


def reused_passages(articles):
    raise NotImplementedError
