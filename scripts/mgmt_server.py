#!/usr/bin/env python3
"""Run the reference management server.

    python scripts/mgmt_server.py --host 127.0.0.1 --port 8765 --db server.sqlite3 \
        --token-file token.txt [--max-connections N]
        [--test-faults [--delay-ms N] [--error-rate R] [--drop-after-store] [--captive-portal]]
    python scripts/mgmt_server.py --host 0.0.0.0 ... --tls-cert cert.pem --tls-key key.pem
    python scripts/mgmt_server.py import --db server.sqlite3 --in EXPORT --passphrase-stdin

The token file must be readable by its owner only (chmod 600); an address other than
loopback needs --tls-cert and --tls-key; fault switches need --test-faults.

See docs/store.md, docs/management-api.md and docs/export.md.
"""

import sys

from kiosk.mgmt_server.cli import main

if __name__ == "__main__":
    sys.exit(main())
