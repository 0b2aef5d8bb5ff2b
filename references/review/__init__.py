"""Reviewers' annotations: storing them, W3C files, revised texts, reports, Word export."""
