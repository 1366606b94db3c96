"""STUB — replaced by the quotes work."""


def quotes(articles):
    raise NotImplementedError
