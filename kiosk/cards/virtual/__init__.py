"""Virtual cards: the emulator, its vpcd client program and the in-process reader."""
