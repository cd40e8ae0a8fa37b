"""Desk and the operating system: desktop notifications, starting at login, Desk's own log
file and crash reports. Each module imports nothing of Desk's upper rooms (the layers
contract in pyproject.toml)."""
