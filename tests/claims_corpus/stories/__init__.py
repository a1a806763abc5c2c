"""One module per corpus story; importing this package registers them all."""

from . import red_wall_2019  # noqa: F401
