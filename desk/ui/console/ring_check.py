"""Ticks "picked up by ring N" by itself when the phone system reports ring and answer.

Listens after the phone link's poll (``desk incoming`` starts the call ringing, ``desk
answered`` stamps the answer) and on every call start or resume; the rule is in
``desk.core.rings``.
"""

from __future__ import annotations

from desk.core.rings import ANSWER_ITEM, ANSWER_STAGE, DONE, LATE, ring_number


def install(window) -> None:
    """When the phone system reports the answer, the ring it came on is worked out at once
    (in memory), shown on the item, and recorded through the call session."""
    services, session = window.services, window.session
    checklist = window.call_panel.checklist
    marked: dict[str, str] = {}  # started_at of the call already marked -> status

    def norms() -> tuple[int, float]:
        values = services.config.norms
        return int(values["answer_by_ring"]), float(values.get("ring_seconds") or 5)

    def check(_call=None) -> None:
        call = session.current()
        if call is None:
            marked.clear()
            checklist.set_item_state(ANSWER_STAGE, ANSWER_ITEM, False, None)
            return
        if (call.channel != "phone" or not call.answered_at
                or call.answered_at == call.started_at or call.started_at in marked
                or (ANSWER_STAGE, ANSWER_ITEM) in session.ticked):
            return
        by_ring, ring_s = norms()
        ring = ring_number(call.started_at, call.answered_at, ring_s)
        status = DONE if ring <= by_ring else LATE
        marked[call.started_at] = status
        if status == DONE:
            session.ticked.add((ANSWER_STAGE, ANSWER_ITEM))
        answered_at = call.answered_at
        session.for_call("ring", lambda ctx, call_id: ctx.desk.mark_status(
            call_id, ANSWER_STAGE, ANSWER_ITEM, status, at=answered_at))
        checklist.set_item_state(ANSWER_STAGE, ANSWER_ITEM, status == DONE,
                                 None if status == DONE else ring)

    session.started.connect(check)
    session.changed.connect(check)
    session.ended.connect(check)
