"""Product search: text processing, lexical and dense indexes, query understanding, ranking."""
