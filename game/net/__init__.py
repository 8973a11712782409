"""The classroom server: `krachtenveld host`, the web client and the public board."""
