"""Callbacks after a failed transfer: the dialog, the tracked list, forwarding, reminders."""
