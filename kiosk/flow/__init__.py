"""The check-in/check-out flow: a Qt-free state machine (see contract.py for its shape)."""
