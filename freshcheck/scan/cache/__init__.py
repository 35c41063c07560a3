"""The scan's caches on local disk: extracted documents and analyses (SQLite in WAL mode,
``store`` with ``document_codec``), compiled policies (``policy_cache``), and the check that
the cache folder is not on a network file system (``filesystems``). Part of the ``scan``
room; other rooms reach it through ``freshcheck.scan``.
"""
