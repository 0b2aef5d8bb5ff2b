"""Keeping data safe on disk: backups and output files written whole or not at all."""
