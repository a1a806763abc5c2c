"""One module per corpus story; importing this package registers them all."""

from . import (  # noqa: F401
    big_beasts_2024,
    blue_wall_by_elections,
    brexit_party_yorkshire_2019,
    by_elections_2012_2025,
    cleggmania_2010,
    four_million_2015,
    gaza_independents_2024,
    london_2024,
    marginals_2015,
    midlands_2024,
    north_east_2024,
    northern_ireland_2019,
    northern_ireland_2024,
    records_since_1918,
    red_wall_2019,
    reform_census_2024,
    scotland_2024,
    scottish_labour_2017,
    snap_election_2017,
    wales_2019,
)
