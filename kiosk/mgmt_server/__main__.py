import sys

from kiosk.mgmt_server.cli import main

sys.exit(main())
