"""Child process for the kill -9 test: records check-ins as fast as it can while its sync
worker uploads them, printing each event id only after ``record()`` returned (committed).

    python -m tests.sync.burst_writer DB KEYFILE URL TOKEN
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.store import KeyFileProvider, RecordStore
from kiosk.sync import Backoff, HttpTransport, SyncWorker
from tests.store.factories import check_in


def main() -> None:
    db, key_file, url, token = sys.argv[1:5]
    store = RecordStore(Path(db), KeyFileProvider(Path(key_file)))
    worker = SyncWorker(
        store,
        HttpTransport(url, token, timeout_s=2.0),
        batch_size=25,
        backoff=Backoff(base_s=0.05, cap_s=0.3),
    )
    store.subscribe(worker.wake)
    worker.start()
    n = 0
    while True:  # until SIGKILL
        event = check_in(n)
        store.record(event)
        sys.stdout.write(event.event_id + "\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
