"""The topics of the simulated debate: background, planted episodes and decoys."""

from simulator.topics._aarhus import AARHUS_BACKGROUND
from simulator.topics._decoys import BADEVAND, FESTUGE, JUL, KULTURNAT, LETBANE, SNE, SPOT, VALG
from simulator.topics._episodes_aarhus import AARHUS_MOBILISATIONS, TILST
from simulator.topics._episodes_syddjurs import (
    COPY_PASTE_CAMPAIGNS,
    SKOLEVEJ,
    SYDDJURS_REMOTE_CAMPAIGNS,
)
from simulator.topics._spec import Pool, TopicSpec
from simulator.topics._syddjurs import NATIONAL_BACKGROUND, SYDDJURS_BACKGROUND

#: slow-burn variants, one per municipality
SLOW_BURNS = (TILST, SKOLEVEJ)
#: the recurring event decoy by month of the event (1-12)
EVENTS_BY_MONTH = {m: SPOT for m in range(1, 8)} | {8: FESTUGE, 9: FESTUGE, 10: KULTURNAT, 11: JUL, 12: JUL}
#: the seasonal decoy by month
SEASONAL_BY_MONTH = {m: SNE for m in (10, 11, 12, 1, 2, 3, 4)} | {m: BADEVAND for m in range(5, 10)}

__all__ = [
    "AARHUS_BACKGROUND",
    "AARHUS_MOBILISATIONS",
    "COPY_PASTE_CAMPAIGNS",
    "EVENTS_BY_MONTH",
    "LETBANE",
    "NATIONAL_BACKGROUND",
    "SEASONAL_BY_MONTH",
    "SLOW_BURNS",
    "SYDDJURS_BACKGROUND",
    "SYDDJURS_REMOTE_CAMPAIGNS",
    "VALG",
    "Pool",
    "TopicSpec",
]
