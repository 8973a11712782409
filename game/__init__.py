"""Krachtenveld: a cooperative serious game about the social and the medical domain."""

__version__ = "0.1.0"
