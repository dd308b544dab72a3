"""Extraction: text in, frozen records with source offsets out.

Stages, one module each: ``text`` (load, normalise, offset map), ``split``
(gazette → documents), ``docnum``, ``citations``, ``responsibilities``,
``agencies``, ``targets``; ``pipeline`` runs them all.
"""
