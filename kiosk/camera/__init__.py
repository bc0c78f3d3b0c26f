"""Cameras and the card face: frames in, 照合番号B parts out, nothing image-like on disk.

* :mod:`kiosk.camera.device`: the Qt-free :class:`~kiosk.camera.device.Camera` protocol with
  an OpenCV camera, a file-backed camera (image files or a video, decoded by OpenCV in
  memory) and a null camera; typed errors when a camera is missing or unplugged.
* :mod:`kiosk.camera.synthetic`: renders synthetic My Number card faces (tests, demo, bench).
* :mod:`kiosk.camera.card_face`: finds the card in a frame and reads the three fields of
  照合番号B, with plausibility checks and a multi-frame agreement rule.

Privacy: frames, crops and readings exist only in memory; nothing is written to disk.
"""
