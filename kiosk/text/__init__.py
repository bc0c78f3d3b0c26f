"""Text shaping that needs no Qt: where Japanese lines may break."""
