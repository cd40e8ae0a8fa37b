"""E-mail Desk sends: one SMTP sender (``smtp``) shared by callback forwarding, the alarm
e-mail channel and ``desk report --mail-to``."""
