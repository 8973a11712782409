"""Saves synced to disk after they are in place (issue 11), for the front ends: the store's
GroupSync, and whether this system can sync a file by its name after its rename."""

from game.store.saves import SYNC_AFTER_RENAME, GroupSync

__all__ = ["SYNC_AFTER_RENAME", "GroupSync"]
