"""Ticks "picked up by ring N" by itself when the phone system reports ring and answer.

Listens after the phone link's poll (``desk incoming`` starts the call ringing, ``desk
answered`` stamps the answer) and on every call start or resume; the rule is in
``desk.core.rings``.
"""

from __future__ import annotations

from desk.core.rings import ANSWER_ITEM, ANSWER_STAGE, DONE, late_ring, record_answer


def install(window) -> None:
    services, session = window.services, window.session
    checklist = window.call_panel.checklist

    def norms() -> tuple[int, float]:
        values = services.config.norms
        return int(values["answer_by_ring"]), float(values.get("ring_seconds") or 5)

    def show(call) -> None:
        _, ring_s = norms()
        ring = late_ring(services.db, call, ring_s) if call is not None else None
        done = call is not None and (ANSWER_STAGE, ANSWER_ITEM) in checklist.ticked
        checklist.set_item_state(ANSWER_STAGE, ANSWER_ITEM, done, ring)

    def check(_call_id: int | None = None) -> None:
        call = session.current()
        if call is None:
            checklist.set_item_state(ANSWER_STAGE, ANSWER_ITEM, False, None)
            return
        marked = record_answer(services.db, call, *norms())
        if marked is None:
            if _call_id is not None:  # a call started or resumed: show what is stored
                show(call)
            return
        status, ring = marked
        checklist.set_item_state(ANSWER_STAGE, ANSWER_ITEM, status == DONE,
                                 None if status == DONE else ring)

    session.started.connect(check)
    session.ended.connect(check)
    link = getattr(window, "phone_link", None)
    if link is not None:  # right after each poll that may have stamped the answer
        link.timer.timeout.connect(lambda: session.active and check(None))
