"""Staff/admin command line for the outbox: ``python -m kiosk.outbox``."""
