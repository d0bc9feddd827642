"""Pieces the evaluation and benchmark scripts share (Python 3 standard library only)."""
import math
import os
import tempfile

EARTH_MEAN_RADIUS_KM = 6371.0088
DISTANCE_METHOD = "haversine, sphere of the WGS 84 mean radius 6371.0088 km"


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance on the mean-radius sphere; asin of a clamped value so antipodes do not fail."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_MEAN_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def write_atomically(path, text):
    """Writes to a temporary file beside `path`, then renames it over: a failed run leaves no half file."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.tmp-", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
