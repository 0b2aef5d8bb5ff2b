"""The citation audit: what in a thesis's citations needs the author's attention."""
