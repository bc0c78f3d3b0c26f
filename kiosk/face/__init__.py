"""Optional face match: the card holder's photo against a live camera frame.

Privacy (government camera-image guidebook, field-notes §6): frames and face encodings live
only in memory for one comparison and are dropped right after; nothing is written to disk.
"""
