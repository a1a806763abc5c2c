"""One module per corpus story; importing this package registers them all."""

from . import northern_ireland_2019, red_wall_2019  # noqa: F401
