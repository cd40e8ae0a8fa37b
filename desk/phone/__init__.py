"""The phone link: how a call from the phone system reaches Desk.

Here: a clicked ``tel:`` link becomes ``desk incoming NUMBER`` (``tel_uri``). The rest of
the link lives with its layer: the ``desk incoming|answered|hangup`` commands
(``desk.commands.phone``), the queued events (``desk.store.phone_events``), the wake-up
socket (``desk.instance_link``) and the console side (``desk.ui.console.phone_link``).
"""
