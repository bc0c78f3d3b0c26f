"""Synthetic My Number card faces, for tests, the demo and the bench (never a real person).

:func:`render_card_face` draws the front of a card from a :class:`SyntheticIdentity` at the
canonical size (:data:`CARD_SIZE`, 10 px per mm of the ID-1 card) after the layout of
idcards.md §2.2a: 氏名, 住所, the birth date as printed (Japanese era with 元年, or Western for
some foreign residents) with sex, the framed expiry line, the certificate-expiry box (a decoy
date), the photo on the right with the 4-digit security code under it.

:func:`render_scene` puts a card face on a background as a camera would see it, with
degradations (tilt/perspective, rotation, blur, glare, dim light, a hand over a corner).
Everything is deterministic from the seed of the ``random.Random`` given.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from kiosk.era import format_japanese, format_western

Frame = npt.NDArray[np.uint8]

#: The canonical card face: ID-1 (85.60 x 53.98 mm) at 10 px per mm.
CARD_SIZE = (856, 540)

#: Where the Noto CJK fonts (Debian's fonts-noto-cjk) or a Windows Japanese font live.
FONT_CANDIDATES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("C:/Windows/Fonts/YuGothR.ttc"),
    Path("C:/Windows/Fonts/msgothic.ttc"),
)

_SURNAMES = ("山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤")
_GIVEN = ("花子", "太郎", "陽菜", "蓮", "美咲", "大輔", "結衣", "翔", "さくら", "健一")
_TOWNS = ("架空県見本市中央町", "架空県試験市緑ケ丘", "架空県模擬町本通り", "架空県練習村大字北")


class FontMissingError(RuntimeError):
    """No Japanese font is installed (Debian: fonts-noto-cjk)."""


@dataclass(frozen=True)
class SyntheticIdentity:
    """A made-up card holder. ``western`` prints the birth date in the Western calendar."""

    name: str
    address: str
    birth_date: date
    sex: str
    expiry: date
    security_code: str
    western: bool = False

    def __repr__(self) -> str:
        return "SyntheticIdentity(<hidden>)"

    __str__ = __repr__

    @property
    def birth_text(self) -> str:
        """The birth date as printed: ``昭和55年 2月17日生`` or ``1980年 2月17日生``."""
        text = format_western(self.birth_date) if self.western else format_japanese(self.birth_date)
        return text.replace("年", "年 ", 1) + "生"

    @property
    def expiry_text(self) -> str:
        return format_western(self.expiry).replace("年", "年 ", 1) + "まで有効"


def random_identity(rng: random.Random, *, today: date | None = None) -> SyntheticIdentity:
    """A plausible identity; about one in eight has a birth date in an era's first year
    (元年) and one in six a Western-printed birth date."""
    today = today or date(2026, 12, 1)
    roll = rng.random()
    if roll < 0.06:
        birth = date(1989, 1, 8) + timedelta(days=rng.randrange(358))  # 平成元年
    elif roll < 0.12:
        birth = date(2019, 5, 1) + timedelta(days=rng.randrange(244))  # 令和元年
    else:
        start = date(1926, 12, 25)
        birth = start + timedelta(days=rng.randrange((today - start).days))
    expiry_year = rng.randrange(max(2026, today.year), today.year + 11)
    try:
        expiry = birth.replace(year=expiry_year)
    except ValueError:  # 29 February
        expiry = date(expiry_year, 2, 28)
    return SyntheticIdentity(
        name=f"{rng.choice(_SURNAMES)}\u3000{rng.choice(_GIVEN)}",
        address=f"{rng.choice(_TOWNS)}{rng.randrange(1, 30)}丁目{rng.randrange(1, 40)}番地",
        birth_date=birth,
        sex=rng.choice(("男", "女")),
        expiry=expiry,
        security_code=f"{rng.randrange(10000):04d}",
        western=rng.random() < 1 / 6,
    )


def find_font() -> Path:
    for path in FONT_CANDIDATES:
        if path.is_file():
            return path
    raise FontMissingError("no Japanese font found (install fonts-noto-cjk)")


@functools.lru_cache(maxsize=16)
def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(find_font()), size, index=0)


@dataclass(frozen=True)
class Layout:
    """Boxes on the canonical face, (left, top, right, bottom) in pixels."""

    photo: tuple[int, int, int, int] = (620, 100, 820, 350)
    security_code: tuple[int, int, int, int] = (620, 360, 820, 410)
    birth_line: tuple[int, int, int, int] = (30, 290, 600, 335)
    expiry_line: tuple[int, int, int, int] = (30, 350, 420, 395)


LAYOUT = Layout()


def render_card_face(identity: SyntheticIdentity, photo: Frame | None = None) -> Frame:
    """The card front as RGB at :data:`CARD_SIZE`; ``photo`` (RGB or grey) fills the photo
    slot (a grey silhouette without one)."""
    from PIL import Image, ImageDraw

    width, height = CARD_SIZE
    card = Image.new("RGB", CARD_SIZE, (246, 244, 238))
    draw = ImageDraw.Draw(card)
    # A pale pattern like the card's background print.
    for x in range(-height, width, 22):
        draw.line([(x, height), (x + height, 0)], fill=(236, 238, 242), width=2)
    draw.rectangle([0, 0, width - 1, 44], fill=(222, 232, 244))
    draw.text((24, 8), "個人番号カード", font=_font(26), fill=(40, 60, 110))
    draw.text((30, 62), "氏名", font=_font(18), fill=(90, 90, 90))
    draw.text((90, 56), identity.name, font=_font(40), fill=(15, 15, 15))
    draw.text((30, 130), "住所", font=_font(18), fill=(90, 90, 90))
    draw.text((90, 126), identity.address, font=_font(26), fill=(15, 15, 15))
    draw.text((30, 240), "個人番号カード 見本 SAMPLE", font=_font(16), fill=(170, 170, 170))
    left, top, _right, _bottom = LAYOUT.birth_line
    draw.text(
        (left, top),
        f"{identity.birth_text}   性別 {identity.sex}",
        font=_font(28),
        fill=(15, 15, 15),
    )
    left, top, right, bottom = LAYOUT.expiry_line
    draw.rectangle([left - 6, top - 4, right, bottom], outline=(60, 60, 60), width=2)
    draw.text((left + 6, top + 2), identity.expiry_text, font=_font(28), fill=(15, 15, 15))
    # The certificate-expiry box: another date, a decoy for a reader of the expiry.
    decoy = format_western(identity.expiry - timedelta(days=365 * 5 + 1))
    draw.rectangle([30, 420, 420, 500], outline=(120, 120, 120), width=1)
    draw.text((40, 426), "電子証明書の有効期限の確認欄", font=_font(16), fill=(90, 90, 90))
    draw.text((40, 456), decoy, font=_font(22), fill=(60, 60, 60))
    draw.text((600, 480), "見本市長", font=_font(24), fill=(40, 40, 40))
    _paste_photo(card, photo)
    left, top, right, bottom = LAYOUT.security_code
    code_font = _font(34)
    text_width = draw.textlength(identity.security_code, font=code_font)
    draw.text(
        ((left + right - text_width) / 2, top),
        identity.security_code,
        font=code_font,
        fill=(10, 10, 10),
    )
    return np.asarray(card, dtype=np.uint8).copy()


def _paste_photo(card: object, photo: Frame | None) -> None:
    from PIL import Image, ImageDraw

    assert isinstance(card, Image.Image)
    left, top, right, bottom = LAYOUT.photo
    size = (right - left, bottom - top)
    if photo is None:
        slot = Image.new("RGB", size, (205, 210, 215))
        draw = ImageDraw.Draw(slot)
        draw.ellipse(
            [size[0] * 0.3, size[1] * 0.15, size[0] * 0.7, size[1] * 0.55], fill=(150, 150, 155)
        )
        draw.ellipse(
            [size[0] * 0.1, size[1] * 0.6, size[0] * 0.9, size[1] * 1.3], fill=(150, 150, 155)
        )
    else:
        image = Image.fromarray(photo).convert("RGB")
        # Cover the slot, keeping the aspect ratio, centred.
        scale = max(size[0] / image.width, size[1] / image.height)
        resized = image.resize((round(image.width * scale), round(image.height * scale)))
        x0 = (resized.width - size[0]) // 2
        y0 = (resized.height - size[1]) // 2
        slot = resized.crop((x0, y0, x0 + size[0], y0 + size[1]))
    card.paste(slot, (left, top))


@dataclass(frozen=True)
class Degradation:
    """How the camera sees the card. Angles in degrees; ``tilt`` is the strength of the
    perspective (0 = seen straight from above); ``blur`` a Gaussian sigma in pixels of the
    frame; ``glare`` 0..1; ``light`` a brightness factor (1 = normal, 0.4 = dim)."""

    rotation: float = 0.0
    tilt: float = 0.0
    scale: float = 0.7
    blur: float = 0.0
    glare: float = 0.0
    light: float = 1.0
    hand: bool = False
    noise: float = 2.0
    frame_size: tuple[int, int] = (1280, 720)
    extra: dict[str, float] = field(default_factory=dict)


def random_degradation(rng: random.Random, severity: float = 1.0) -> Degradation:
    """A random but plausible viewing condition; ``severity`` 0 gives a clean view."""
    upside_down = rng.random() < 0.15 * severity
    return Degradation(
        rotation=rng.uniform(-12, 12) * severity + (180.0 if upside_down else 0.0),
        tilt=rng.uniform(0, 0.12) * severity,
        scale=rng.uniform(0.5, 0.68),
        blur=rng.choice((0.0, 0.0, 0.8, 1.5)) * severity,
        glare=rng.choice((0.0, 0.0, 0.35, 0.6)) * severity,
        light=1.0 - rng.choice((0.0, 0.0, 0.3, 0.5)) * severity,
        hand=rng.random() < 0.25 * severity,
        noise=2.0 + 4.0 * severity * rng.random(),
    )


def render_scene(card_face: Frame, how: Degradation, rng: random.Random) -> Frame:
    """The card face placed on a dark textured background as an RGB camera frame."""
    import cv2

    width, height = how.frame_size
    np_rng = np.random.default_rng(rng.randrange(2**32))
    base = np.array([rng.randrange(40, 90), rng.randrange(35, 80), rng.randrange(30, 70)])
    background = base + np_rng.normal(0, 8, (height, width, 1))
    scene = np.clip(background, 0, 255).astype(np.uint8)

    card_h, card_w = card_face.shape[:2]
    target_w = how.scale * width
    factor = target_w / card_w
    corners = np.array([[0, 0], [card_w, 0], [card_w, card_h], [0, card_h]], dtype=np.float64)
    corners = (corners - [card_w / 2, card_h / 2]) * factor
    # Perspective: shrink one side, as if the camera looked at the card at an angle.
    shrink = how.tilt * rng.choice((-1, 1))
    if rng.random() < 0.5:
        corners[[0, 1], 0] *= 1 - shrink
    else:
        corners[[0, 3], 1] *= 1 - shrink
    angle = np.deg2rad(how.rotation)
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    corners = corners @ rotation.T
    centre = np.array([width / 2, height / 2]) + np.array(
        [
            rng.uniform(-0.08, 0.08) * width,
            rng.uniform(-0.08, 0.08) * height,
        ]
    )
    # The card camera looks down at the reader's tray: the card lies wholly in view.
    reach = np.abs(corners).max(axis=0)
    room = np.minimum(centre, np.array([width, height]) - centre) - 4
    corners = corners * min(1.0, float((room / reach).min()))
    corners = corners + centre
    source = np.array([[0, 0], [card_w, 0], [card_w, card_h], [0, card_h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    warped = cv2.warpPerspective(card_face, matrix, (width, height))
    mask = cv2.warpPerspective(np.full((card_h, card_w), 255, np.uint8), matrix, (width, height))
    scene[mask > 0] = warped[mask > 0]

    if how.hand:
        _draw_hand(scene, corners[rng.randrange(4)], factor * card_w, rng)
    image = scene.astype(np.float64)
    if how.glare > 0:
        gx, gy = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
        yy, xx = np.mgrid[0:height, 0:width]
        radius = rng.uniform(0.08, 0.18) * width
        spot = np.exp(-(((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * radius**2)))
        image = image + how.glare * 255 * spot[:, :, None]
    image = image * how.light + np_rng.normal(0, how.noise, image.shape)
    out: Any = np.clip(image, 0, 255).astype(np.uint8)
    if how.blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), how.blur)
    return np.asarray(out, dtype=np.uint8)


def _draw_hand(
    scene: Frame, corner: npt.NDArray[np.float64], card_w: float, rng: random.Random
) -> None:
    """A skin-coloured thumb and palm over one corner of the card."""
    import cv2

    skin = (rng.randrange(190, 225), rng.randrange(140, 175), rng.randrange(110, 145))
    cx, cy = int(corner[0]), int(corner[1])
    axes = (int(card_w * 0.12), int(card_w * 0.07))
    cv2.ellipse(scene, (cx, cy), axes, rng.uniform(0, 180), 0, 360, skin, -1)


def face_photo(path: Path) -> Frame:
    """A card-style photo from an image file: the face region found by a plain centre crop of
    portrait proportions (enough for a synthetic card), RGB, in memory."""
    from kiosk.camera.device import decode_image_bytes

    return face_photo_array(decode_image_bytes(path.read_bytes()))


def face_photo_array(image: Frame) -> Frame:
    """A centred crop of portrait proportions (see :func:`face_photo`)."""
    height, width = image.shape[:2]
    crop_w = min(width, int(height * 0.8))
    x0 = (width - crop_w) // 2
    return np.ascontiguousarray(image[:, x0 : x0 + crop_w])


#: OpenCV's JPEG 2000 rate (compression x 1000) giving about 3 kB for a 250 px tall photo,
#: the size of a card's DF27 (OpenCV's default gives 15-30 kB: 60-120 short reads).
CARD_PHOTO_RATE_X1000 = 50


def card_photo_jp2(image: Frame, face_box: tuple[int, int, int, int] | None = None) -> bytes:
    """A photo as a My Number card stores it (idcards.md §2.2, DF27): the face with a margin,
    greyscale, about 250 px tall, JPEG 2000 of about 3 kB, encoded in memory. ``face_box`` is
    (top, right, bottom, left) as face_recognition gives it; without it, a centre crop."""
    import cv2

    if face_box is None:
        crop = face_photo_array(image)
    else:
        top, right, bottom, left = face_box
        pad = (bottom - top) // 2
        crop = image[max(0, top - pad) : bottom + pad, max(0, left - pad) : right + pad]
    grey = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
    scale = 250 / grey.shape[0]
    small = cv2.resize(grey, (round(grey.shape[1] * scale), 250), interpolation=cv2.INTER_AREA)
    ok, buffer = cv2.imencode(
        ".jp2", small, [cv2.IMWRITE_JPEG2000_COMPRESSION_X1000, CARD_PHOTO_RATE_X1000]
    )
    if not ok:
        raise ValueError("JPEG 2000 encoding failed")
    return bytes(buffer.tobytes())
