"""Danish geography: the gazetteer and where documents and authors are."""

from nlp.geo.gazetteer import Gazetteer
from nlp.geo.model import Municipality, Place, Postcode, haversine_km

__all__ = ["Gazetteer", "Municipality", "Place", "Postcode", "haversine_km"]
