"""Where a card lies in a frame: its four corners, for the card-face reader (to warp it) and
for the face match (a face inside a card-shaped rectangle is a photo held up, not a person).

Pure OpenCV/NumPy on in-memory arrays; nothing is kept."""

from __future__ import annotations

from typing import Any

import numpy as np

from kiosk.camera.device import Frame

#: ID-1: 85.60 / 53.98 mm.
CARD_ASPECT = 85.60 / 53.98


def _order_corners(points: np.ndarray) -> np.ndarray:
    """Corners in the order top-left, top-right, bottom-right, bottom-left, with the long
    side first (the card lies landscape after warping)."""
    pts = points.reshape(4, 2).astype(np.float32)
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    pts = pts[np.argsort(angles)]  # clockwise on screen, starting from about top-left
    start = int(np.argmin(pts.sum(axis=1)))
    pts = np.roll(pts, -start, axis=0)
    if np.linalg.norm(pts[1] - pts[0]) < np.linalg.norm(pts[3] - pts[0]):
        pts = np.roll(pts, -1, axis=0)  # portrait as seen: the long side comes first
    return pts


def find_card(frame: Frame) -> np.ndarray | None:
    """The card's four corners (ordered) in ``frame``, or None.

    Two candidates: the largest bright, low-saturation region (a skin-coloured hand over a
    corner is not card), and the largest closed outline of edges (glare that makes the
    background as pale as the card still leaves the card's edge). The one closer to a
    card's proportions wins; neither near them (within 25 %) means no card."""
    import cv2

    height, width = frame.shape[:2]
    grey = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
    candidates = [
        quad
        for quad in (
            _quad(_bright_mask(frame, grey), width * height),
            _quad(_edge_mask(grey), width * height),
        )
        if quad is not None
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda quad: abs(card_aspect(quad) - CARD_ASPECT))
    if abs(card_aspect(best) - CARD_ASPECT) > 0.25 * CARD_ASPECT:
        return None
    return best


def _bright_mask(frame: Frame, grey: Any) -> Any:
    import cv2

    hsv = cv2.cvtColor(frame, cv2.COLOR_RGB2HSV)
    threshold, _ = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask: Any = ((grey > threshold) & (hsv[:, :, 1] < 70)).astype(np.uint8) * 255
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)


def _edge_mask(grey: Any) -> Any:
    """The inside of the largest closed edge outline, filled."""
    import cv2

    edges = cv2.Canny(cv2.GaussianBlur(grey, (5, 5), 0), 30, 90)
    edges = cv2.dilate(edges, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    filled = np.zeros_like(grey)
    if contours:
        cv2.drawContours(filled, [max(contours, key=cv2.contourArea)], -1, 255, cv2.FILLED)
    return filled


def _quad(mask: Any, frame_area: int) -> np.ndarray | None:
    import cv2

    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(contour)
    if not 0.05 * frame_area <= area <= 0.9 * frame_area:
        return None  # too small to read, or no edge at all (an even frame)
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for epsilon in (0.02, 0.03, 0.04, 0.05, 0.07):
        approx = cv2.approxPolyDP(hull, epsilon * perimeter, True)
        if len(approx) == 4:
            return _order_corners(approx)
    return _order_corners(cv2.boxPoints(cv2.minAreaRect(hull)))


def card_aspect(corners: np.ndarray) -> float:
    """Long side over short side of the quadrilateral (mean of opposite sides)."""
    pts = corners.reshape(4, 2).astype(np.float64)
    sides = [float(np.linalg.norm(pts[(i + 1) % 4] - pts[i])) for i in range(4)]
    long_side, short_side = (sides[0] + sides[2]) / 2, (sides[1] + sides[3]) / 2
    if short_side <= 0:
        return 0.0
    return max(long_side, short_side) / min(long_side, short_side)


def card_shaped(corners: np.ndarray, frame_shape: tuple[int, ...], tolerance: float = 0.2) -> bool:
    """The quadrilateral could be a card seen nearly face-on, wholly inside the frame (a
    wall or a sheet that runs off the frame is not a card)."""
    height, width = frame_shape[:2]
    pts = corners.reshape(4, 2)
    margin = 3
    inside = bool(
        (pts[:, 0] > margin).all()
        and (pts[:, 0] < width - margin).all()
        and (pts[:, 1] > margin).all()
        and (pts[:, 1] < height - margin).all()
    )
    return inside and abs(card_aspect(corners) - CARD_ASPECT) <= tolerance * CARD_ASPECT


def point_inside(corners: np.ndarray, x: float, y: float) -> bool:
    import cv2

    contour: Any = corners.reshape(4, 1, 2).astype(np.float32)
    return bool(cv2.pointPolygonTest(contour, (float(x), float(y)), False) >= 0)
