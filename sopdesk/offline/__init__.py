"""The shop floor keeps working when the network does not (no Qt here): this PC's SQLite
cache and outbox (store.py) and the client that queues, refreshes and syncs (client.py)."""

from .client import ShopFloorClient, SyncResult, server_key
from .store import CONFLICT, FLAGGED, PENDING, REPLAYED, SENT, LocalStore, Operation

__all__ = ["CONFLICT", "FLAGGED", "PENDING", "REPLAYED", "SENT", "LocalStore", "Operation", "ShopFloorClient",
           "SyncResult", "server_key"]
