"""One-click security escalation: the button, the incident board, alerts from other desks."""
