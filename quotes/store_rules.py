"""The decisions the store applies while saving, gathered for `db`, which imports only `quotes.types`:
the CLI hands this record to the database session and the ingest store."""

from __future__ import annotations

from quotes import cluster, identity, names
from quotes.types import StoreRules

STORE_RULES = StoreRules(speaker_keys=identity.speaker_keys, same_person=identity.same_person,
                         canonical_of=identity.canonical_of, fold=names.fold, last_name=names.last_name,
                         statement_stems=cluster.content_stems, statement_overlap=cluster.overlap,
                         min_overlap=cluster.MIN_OVERLAP, window_days=cluster.WINDOW_DAYS)
