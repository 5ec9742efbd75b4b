"""checkin.decoding: QR codes out of PIL images and raw pixel buffers, no Qt."""

from __future__ import annotations

import ast
import math
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from checkin import codes, decoding
from checkin.decoding import decode, decode_file, decode_pixels

from .frames import SIZES, frames, make_frame, qr_modules

CODES = ["4711" + "01234567890123456789", "0042" + "98765432109876543210"]
CODES = [c + codes.damm_digit(c) for c in CODES]


def badge_png(code: str, module: int = 8) -> Image.Image:
    qr = qr_modules(code)
    return qr.resize((qr.width * module, qr.height * module), Image.Resampling.NEAREST)


def test_the_module_imports_no_qt():
    tree = ast.parse(Path(decoding.__file__).read_text(encoding="utf-8"))
    names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not names & {"PySide6", "shiboken6"}
    # ...and importing it pulls in no Qt either (e.g. through checkin.errors).
    probe = "import sys, checkin.decoding; print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_reads_a_clean_code_with_its_corners():
    image = badge_png(CODES[0], module=8)
    [found] = decode(image)
    assert found.text == CODES[0]
    # 4 modules of quiet zone at 8 px: the symbol starts at 32 px and is 25 modules wide.
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = found.corners
    assert (x0, y0) == pytest.approx((32, 32), abs=2)
    assert (x1, y1) == pytest.approx((32 + 25 * 8 - 1, 32), abs=2)
    assert (x2, y2) == pytest.approx((32 + 25 * 8 - 1, 32 + 25 * 8 - 1), abs=2)
    assert (x3, y3) == pytest.approx((32, 32 + 25 * 8 - 1), abs=2)
    assert found.as_dict()["position"]["top_left"] == [x0, y0]


def test_only_qr_codes_are_read():
    import zxingcpp

    ean = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode("4006381333931", zxingcpp.BarcodeFormat.EAN13), scale=4)
    assert zxingcpp.read_barcodes(ean)  # readable as EAN-13...
    assert decode(ean) == []  # ...but a desk wants badges only


def test_raw_grey_buffers_with_row_padding_and_pixel_stride():
    image = badge_png(CODES[1], module=4).convert("L")
    w, h = image.size
    data = image.tobytes()
    assert [f.text for f in decode_pixels(data, w, h)] == [CODES[1]]
    padded = b"".join(data[y * w:(y + 1) * w] + b"\0" * 13 for y in range(h))
    assert [f.text for f in decode_pixels(padded, w, h, row_stride=w + 13)] == [CODES[1]]
    yuyv = bytearray(b"\x80" * (w * h * 2))
    yuyv[0::2] = data
    assert [f.text for f in decode_pixels(memoryview(yuyv), w, h, "lum", pixel_stride=2)] == [CODES[1]]
    bgra = image.convert("RGBA").tobytes("raw", "BGRA")
    assert [f.text for f in decode_pixels(bgra, w, h, "bgra")] == [CODES[1]]
    assert decode_pixels(b"", 0, 0) == []


def test_pil_modes_and_transparent_backgrounds():
    image = badge_png(CODES[0], module=6)
    for mode in ("1", "P", "RGB", "I;16", "CMYK"):
        assert [f.text for f in decode(image.convert(mode))] == [CODES[0]], mode
    # Black modules on a see-through background: naive conversion gives black on black.
    alpha = image.point(lambda v: 255 - v)
    transparent = Image.merge("RGBA", [Image.new("L", image.size, 0)] * 3 + [alpha])
    assert [f.text for f in decode(transparent)] == [CODES[0]]


def test_numpy_arrays_if_numpy_is_there():
    np = pytest.importorskip("numpy")
    image = badge_png(CODES[0], module=5).convert("L")
    assert [f.text for f in decode(np.asarray(image))] == [CODES[0]]


def test_two_badges_in_one_picture():
    a, b = badge_png(CODES[0], 6), badge_png(CODES[1], 6)
    both = Image.new("L", (a.width + b.width + 40, a.height), 255)
    both.paste(a, (0, 0))
    both.paste(b, (a.width + 40, 0))
    assert sorted(f.text for f in decode(both)) == sorted(CODES)


@pytest.mark.parametrize("size", ["640x480", "1280x720"])
def test_distorted_camera_frames_are_read(size):
    """Tilted, slanted, blurred, noisy, glare, low contrast, dark, phone screens,
    upside down: (a smaller sample than bench/camera.py, which runs 200 a size)."""
    sample = list(frames(CODES, SIZES[size], 40, seed=7))
    read = [f for f in sample if [x.text for x in decode(f.image.convert("L"))] == [f.code]]
    assert len(read) >= 38, sorted({f.kind for f in sample} - {f.kind for f in read})


def test_the_reported_position_is_where_the_code_is():
    import random

    rng = random.Random(3)
    for kind in ("clean", "tilt", "slant", "upside_down", "phone"):
        frame = make_frame(CODES[0], (1280, 720), kind, rng)
        [found] = decode(frame.image)
        side = math.dist(frame.corners[0], frame.corners[1])
        # The same four points, in the code's own order (an upside-down code included).
        for got, want in zip(found.corners, frame.corners):
            assert math.dist(got, want) < 0.1 * side, (kind, found.corners, frame.corners)


def test_files_and_their_errors(tmp_path):
    from checkin.errors import CheckinError

    png = tmp_path / "badge.png"
    badge_png(CODES[0]).save(png)
    assert [f.text for f in decode_file(png)] == [CODES[0]]
    blank = tmp_path / "blank.jpg"
    Image.new("RGB", (200, 100), "white").save(blank)
    assert decode_file(blank) == []
    text = tmp_path / "notes.png"
    text.write_text("not a picture", encoding="utf-8")
    truncated = tmp_path / "cut.png"
    truncated.write_bytes(png.read_bytes()[:200])
    for path, cause in ((tmp_path / "missing.png", "missing"), (text, "not_an_image"),
                        (truncated, "not_an_image"), (tmp_path, "not_an_image")):
        with pytest.raises(CheckinError) as info:
            decode_file(path)
        assert info.value.code == "file_unreadable"
        assert info.value.params["path"] == str(path) and info.value.params["cause"] == cause
        assert info.value.params["reason"]


def test_wide_frames_are_read_at_half_size_with_full_size_positions():
    from checkin.decoding import DecodeOptions

    full_size = DecodeOptions(halve_from=0)
    for f in frames(CODES, SIZES["1920x1080"], 10, seed=9):
        grey = f.image.convert("L").tobytes()
        [halved] = decode_pixels(grey, 1920, 1080)
        [full] = decode_pixels(grey, 1920, 1080, options=full_size)
        assert halved.text == full.text == f.code
        side = math.dist(full.corners[0], full.corners[1])
        for a, b in zip(halved.corners, full.corners):
            assert math.dist(a, b) < 0.05 * side + 2, f.kind


def test_a_code_seen_but_not_read_at_half_size_is_read_at_full_size(monkeypatch):
    """Half size gives up on fine detail; where zxing-cpp sees a code it cannot read,
    the full picture is read."""
    import zxingcpp

    calls = []
    real = zxingcpp.read_barcodes

    def spy(view, **kwargs):
        calls.append(kwargs.get("return_errors", False))
        result = real(view, **kwargs)
        if kwargs.get("return_errors"):  # pretend the half-size read failed on a checksum
            return [type("Unread", (), {"valid": False})()]
        return result

    monkeypatch.setattr(decoding.zxingcpp, "read_barcodes", spy)
    image = Image.new("L", (1920, 1080), 200)
    image.paste(badge_png(CODES[0], module=6), (800, 300))
    assert [f.text for f in decode(image)] == [CODES[0]]
    assert calls == [True, False]


def test_small_frames_skip_the_downscale_pass_and_read_the_same_codes():
    """zxing-cpp's extra pass at a third of the size only helps large frames; a
    640×480 frame reads the same codes without it (and a fifth faster, bench/camera.py)."""
    from checkin.decoding import DecodeOptions

    options = DecodeOptions()
    assert options.kwargs(640)["try_downscale"] is False
    assert options.kwargs(1280)["try_downscale"] is options.kwargs()["try_downscale"] is True
    always = DecodeOptions(downscale_from=0)
    assert always.kwargs(640)["try_downscale"] is True
    read = 0
    for f in frames(CODES, SIZES["640x480"], 30, seed=3):
        grey = f.image.convert("L").tobytes()
        without = [x.text for x in decode_pixels(grey, 640, 480)]
        assert without == [x.text for x in decode_pixels(grey, 640, 480, options=always)], f.kind
        read += without == [f.code]
    assert read >= 28
