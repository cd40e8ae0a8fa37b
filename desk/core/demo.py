"""A branch's call history worth reviewing, reproducible (``desk demo-data``).

Calls come in office hours on business days in the branch's time zone (the machine's),
with a morning peak. A team of operators shares the log, each with habits a supervisor
could coach: Jonas skips the personal question, Ramon's calls run long and he rarely asks
"anything else?", Maria answers late. Topics rise and fall over the weeks (an outage, a
billing error that keeps coming back). Callbacks are dated by the real rule
(``callbacks.due_at``); some are answered late, some callers were told of the delay.
A few alarms and calls ended for abuse. Same seed, same history.

Callers: about one in five calls again within a week, mostly about the same topic (what
the repeat-contact figures count); each caller keeps one number and one name. Names,
topics and notes are in the console's language (``demo_words``). With ``branches`` > 1
the desks are shared out between that many branches and each call's ``branch`` column
names its desk's branch (head office tells branches apart by ``logs.branch``).
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from desk.content import Content
from desk.core.calendar import is_business_day
from desk.core.callbacks import due_at
from desk.core.clock import to_iso
from desk.core.demo_words import BRANCHES, EN, words_for
from desk.core.states import CallOutcome
from desk.store import fts

TOPICS = [
    "Invoice amount wrong", "Change of address", "Delivery late", "Password reset",
    "Opening hours", "Contract termination", "Payment plan", "Broken product",
    "Refund status", "Appointment booking", "Complaint about staff", "Parking permit",
    "Price question", "Lost card", "Meter reading", "Service outage", "Moving house",
    "Direct debit", "Document request", "Other enquiry",
]
# Topics that rise and fall: (topic, centre as a fraction of the history, width in
# fractions, how many times its usual weight at the peak).
WAVES = [("Service outage", 0.35, 0.015, 30.0), ("Complaint about staff", 0.8, 0.1, 10.0),
         ("Moving house", 0.55, 0.08, 4.0), ("Delivery late", 0.15, 0.05, 5.0),
         ("Invoice amount wrong", 0.92, 0.04, 2.5)]
WEEKDAY_LOAD = (1.25, 1.05, 1.0, 0.95, 0.8)  # Mondays are busy, Fridays quiet
NOTES = {
    "Invoice amount wrong": ["invoice doubled after the price change", "charged twice in March",
                             "late fee on a paid invoice"],
    "Service outage": ["no service since the morning", "outage in the whole building"],
    "Delivery late": ["parcel two weeks late", "tracking code not found"],
    "Complaint about staff": ["felt brushed off at the counter", "nobody called back"],
    "Broken product": ["screen cracked on delivery", "stopped working after a week"],
}
GENERAL_NOTES = ["caller already tried the web form", "asked for a written answer",
                 "wants a call in the afternoon", "", "", ""]
# name, habits. Everyone else on a big team behaves like "steady".
TEAM = [("Aino", "steady"), ("Maria", "late_answer"), ("Priya", "steady"),
        ("Jonas", "skips_personal"), ("Liisa", "steady"), ("Ramon", "long_calls")]
RETURN_SHARE = 0.2  # callers who call again
SAME_TOPIC_AGAIN = 0.7  # ... about the same thing
RETURN_WITHIN_DAYS = 6  # business days
OUTCOMES = ["resolved", "transferred", "callback", "other", "abuse", "escalated", "interrupted"]
OUTCOME_WEIGHTS = [70, 12, 10, 6, 0.4, 0.15, 0.3]
DEPARTMENTS = ["Billing", "Customer service", "Technical support"]
# Share of the day's calls per local hour 8..16 (a morning peak, a smaller one after lunch).
HOURS = [(8, 8), (9, 15), (10, 16), (11, 12), (12, 8), (13, 13), (14, 12), (15, 10), (16, 6)]
CALLS_PER_DESK_DAY = 45
STAGE_AT = {"clarification": 0.3, "confirmation": 0.7, "closing": 0.95}
RING_S = 5  # one ring cycle: the third ring has begun by 10 s, is over by 15 s


def _span(count: int) -> int:
    """Business days of history: a small log covers a few weeks, a big one two years."""
    return max(15, min(520, math.ceil(count / 120)))


def _business_days(end: date, days: int, holidays) -> list[date]:
    out, day = [], end
    while len(out) < days:
        if is_business_day(day, holidays):
            out.append(day)
        day -= timedelta(days=1)
    return out[::-1]


def _team(per_day: float) -> tuple[list[tuple[str, str]], list[str]]:
    desks = max(3, math.ceil(per_day / CALLS_PER_DESK_DAY))
    team = list(TEAM) + [(f"Operator {n}", "steady") for n in range(7, desks * 3 // 2 + 1)]
    return team, [f"desk-{n}" for n in range(1, desks + 1)]


def _topic_weights(fraction: float) -> list[float]:
    weights = [1 / (rank + 1) for rank in range(len(TOPICS))]  # Zipf-like
    for topic, centre, width, peak in WAVES:
        bump = math.exp(-((fraction - centre) / width) ** 2)
        i = TOPICS.index(topic)
        weights[i] *= 1 + (peak - 1) * bump
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out  # cumulative


def _duration(rng: random.Random, habit: str) -> int:
    # Log-normal around four minutes: most calls within the norm, a tail past 15 minutes.
    mu = 6.25 if habit == "long_calls" else 5.5
    return max(20, min(int(rng.lognormvariate(mu, 0.62)), 3600))


def branch_names(branches: int, branch: str = "Espoo") -> list[str]:
    if branches <= 1:
        return [branch]
    return [*BRANCHES[:branches], *(f"Branch {n}" for n in range(len(BRANCHES) + 1,
                                                                  branches + 1))]


def generate(count: int, seed: int, now: datetime, content: Content | None = None,
             branch: str = "Espoo", region_prefix: str = "+35840",
             holidays=(), branches: int = 1) -> Iterator[dict]:
    """Yield ``count`` finished calls, oldest first, all before today (branch-local)."""
    rng = random.Random(seed)
    words = words_for(content.language if content is not None else "en")
    local_now = now.astimezone()
    days = _business_days(local_now.date() - timedelta(days=1), _span(count), holidays)
    team, desks = _team(count / len(days))
    names = branch_names(branches, branch)
    desk_branch = {desk: names[n % len(names)] for n, desk in enumerate(desks)}
    new_callers = 0
    # Calls still to come from callers who call again: day index -> [(number, name, topic)].
    again: dict[int, list[tuple[str, str, int]]] = {}
    hour_cum = []
    total = 0
    for _hour, weight in HOURS:
        total += weight
        hour_cum.append(total)
    # Each day's share of the calls: weekday, season, and chance.
    loads = [WEEKDAY_LOAD[d.weekday()] * (1 + 0.15 * math.sin(d.toordinal() / 58))
             * rng.uniform(0.85, 1.15) for d in days]
    total_load, running, produced = sum(loads), 0.0, 0
    for index, day in enumerate(days):
        running += loads[index]
        today = (count if index == len(days) - 1 else round(count * running / total_load)) \
            - produced
        cum = _topic_weights(index / len(days))
        top = cum[-1]
        starts = []
        for _ in range(today):
            hour = HOURS[bisect.bisect(hour_cum, rng.random() * total)][0]
            starts.append(hour * 3600 + rng.randrange(3600))
        starts.sort()
        # Naive UTC plus isoformat: five times faster than to_iso on a million calls.
        midnight = datetime.combine(day, time(0, 0)).astimezone().astimezone(UTC)
        midnight = midnight.replace(tzinfo=None)
        returning = again.pop(index, [])
        rng.shuffle(returning)
        for offset in starts:
            operator, habit = team[rng.randrange(len(team))]
            started = midnight + timedelta(seconds=offset)
            duration = _duration(rng, habit)
            rings = rng.random() < 0.6  # reported by the phone system: ring time known
            delay = 0
            if rings:
                delay = int(rng.expovariate(1 / (14 if habit == "late_answer" else 6))) + 1
            outcome = OUTCOMES[bisect.bisect(_OUTCOME_CUM, rng.random() * _OUTCOME_CUM[-1])]
            fresh = min(bisect.bisect(cum, rng.random() * top), len(TOPICS) - 1)
            if returning:
                number, name, first_topic = returning.pop()
                topic_index = first_topic if rng.random() < SAME_TOPIC_AGAIN else fresh
            else:
                # A unique number per new caller (7919 is coprime with the 9,000,000
                # numbers of the range), and one name for that number.
                number = f"{region_prefix}{1000000 + (seed + new_callers * 7919) % 9000000}"
                name = f"{rng.choice(words.first)} {rng.choice(words.last)}"
                new_callers += 1
                topic_index = fresh
                if rng.random() < RETURN_SHARE:
                    times = 1 + (rng.random() < 0.35) + (rng.random() < 0.1)
                    for _ in range(times):
                        later = index + rng.randint(1, RETURN_WITHIN_DAYS)
                        if later < len(days):
                            again.setdefault(later, []).append((number, name, topic_index))
            topic = TOPICS[topic_index]
            if words is EN:
                note = rng.choice(NOTES.get(topic, GENERAL_NOTES) + GENERAL_NOTES)
            else:
                note = rng.choice(words.notes)
            workstation = desks[rng.randrange(len(desks))]
            answered = started + timedelta(seconds=delay)
            yield {
                "started_at": started.isoformat() + "Z",
                "answered_at": answered.isoformat() + "Z",
                "ended_at": (answered + timedelta(seconds=duration)).isoformat() + "Z",
                "duration_s": duration + delay,
                "outcome": outcome,
                "caller_number": number,
                "caller_name": name,
                "topic": words.topics[topic_index],
                "notes": note,
                "channel": "counter" if rng.random() < 0.1 else "phone",
                "stage": "closing",
                "upset": int(outcome == CallOutcome.ABUSE or rng.random() < 0.05),
                "end_reason": ("threats after two warnings" if outcome == CallOutcome.ABUSE
                               else None),
                "operator": operator,
                "habit": habit,
                "workstation": workstation,
                "branch": desk_branch[workstation],
            }
            produced += 1
        if returning:  # more returns than calls today: they call the next day
            again.setdefault(index + 1, []).extend(returning)


_OUTCOME_CUM = [sum(OUTCOME_WEIGHTS[:i + 1]) for i in range(len(OUTCOME_WEIGHTS))]
CALL_COLUMNS = ["started_at", "answered_at", "ended_at", "duration_s", "outcome",
                "caller_number", "caller_name", "topic", "notes", "channel", "stage", "upset",
                "end_reason", "operator", "workstation", "branch"]


def _item_done(rng: random.Random, habit: str, item: str, call: dict, target_s: int) -> bool:
    if item == "answered_by_third_ring":
        return _ring_delay(call) <= 3 * RING_S
    if item == "personal_question":
        return rng.random() < (0.25 if habit == "skips_personal" else 0.85)
    if item == "asked_anything_else":
        if call["duration_s"] > target_s:  # the wrap-up phrase, where it matters
            return rng.random() < (0.3 if habit == "long_calls" else 0.8)
        return rng.random() < 0.9
    return rng.random() < 0.95


def _ring_delay(call: dict) -> int:
    return (datetime.fromisoformat(call["answered_at"][:19])
            - datetime.fromisoformat(call["started_at"][:19])).seconds


def fill(db, count: int, seed: int, now: datetime, content: Content, holidays=(),
         callback_days: int = 3, marks_for_last: int = 30000, batch: int = 20000,
         target_s: int = 600, branches: int = 1) -> dict:
    """Insert the generated history in one transaction; returns counts of what was written.

    Checklist marks are written for the most recent ``marks_for_last`` calls only (as if
    the checklist came in then): a million calls' marks would be 16 million rows.
    """
    rng = random.Random(seed + 1)
    stage_items = [(s.id, i.id) for s in content.stages for i in s.items]
    written = {"calls": 0, "stage_marks": 0, "callbacks": 0, "incidents": 0}
    conn = db.conn

    def next_id(table: str) -> int:
        return (conn.execute(f"select max(id) from {table}").fetchone()[0] or 0) + 1

    call_id, callback_id, incident_id = next_id("calls"), next_id("callbacks"), \
        next_id("incidents")
    first_marked = call_id + count - marks_for_last
    now_iso = to_iso(now)
    insert_call = (f"insert into calls (id, {', '.join(CALL_COLUMNS)}) values "
                   f"(?, {', '.join('?' for _ in CALL_COLUMNS)})")
    rows, marks, callbacks, notices, incidents, deliveries = [], [], [], [], [], []

    def flush():
        conn.executemany(insert_call, rows)
        conn.executemany("insert into stage_marks (call_id, stage, item, status, at) "
                         "values (?, ?, ?, ?, ?)", marks)
        conn.executemany(
            "insert into callbacks (id, call_id, full_name, question, phone, department, "
            "preferred_channel, created_at, due_at, answered_at, answered_by, answered_how, "
            "operator, workstation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            callbacks)
        conn.executemany("insert into callback_notices (callback_id, told_at, how, "
                         "new_due_at, old_due_at, note) values (?, ?, ?, ?, ?, ?)", notices)
        conn.executemany(
            "insert into incidents (id, call_id, raised_at, acknowledged_at, acknowledged_by, "
            "cancelled_at, cancel_reason, kind, branch, location, workstation, operator, "
            "context) values (?, ?, ?, ?, ?, ?, ?, 'alarm', ?, 'Front desk', ?, ?, '{}')",
            incidents)
        conn.executemany("insert into deliveries (incident_id, channel, message, status, "
                         "attempts, created_at, delivered_at) values (?, ?, 'alarm', ?, 1, ?, ?)",
                         deliveries)
        written["calls"] += len(rows)
        written["stage_marks"] += len(marks)
        written["callbacks"] += len(callbacks)
        written["incidents"] += len(incidents)
        for pending in (rows, marks, callbacks, notices, incidents, deliveries):
            pending.clear()

    with db.atomic(), fts.bulk_load(conn):
        for call in generate(count, seed, now, content, holidays=holidays,
                             branches=branches):
            rows.append([call_id, *(call[c] for c in CALL_COLUMNS)])
            if call_id >= first_marked:
                answered = datetime.fromisoformat(call["answered_at"][:19])
                talk = call["duration_s"] - _ring_delay(call)
                for stage, item in stage_items:
                    done = _item_done(rng, call["habit"], item, call, target_s)
                    # Ticked as the call goes: greeting in the first seconds (slower for
                    # Maria), then the stages spread over the call.
                    share = STAGE_AT.get(stage, 0.9)
                    delay = (rng.randint(2, 12 if call["habit"] == "late_answer" else 6)
                             if stage == "greeting" else int(talk * share))
                    at = (answered + timedelta(seconds=delay)).isoformat() + "Z"
                    marks.append((call_id, stage, item, "done" if done else "skipped",
                                  at if done else call["ended_at"]))
            if call["outcome"] == CallOutcome.CALLBACK:
                callbacks.append(_callback(rng, callback_id, call_id, call, now_iso,
                                           callback_days, holidays, notices))
                callback_id += 1
            if call["outcome"] == CallOutcome.ESCALATED or (
                    call["outcome"] == CallOutcome.ABUSE and rng.random() < 0.3):
                incidents.append(_incident(rng, incident_id, call_id, call, deliveries))
                incident_id += 1
            call_id += 1
            if len(rows) >= batch:
                flush()
        flush()
    return written


def _callback(rng, callback_id, call_id, call, now_iso, days, holidays, notices) -> tuple:
    created = call["ended_at"]
    due = to_iso(due_at(datetime.fromisoformat(created.replace("Z", "+00:00")), days,
                        holidays))
    answered = None
    roll = rng.random()
    if roll < 0.72:  # on time: some hours before the promise
        answered = _minus(due, rng.randrange(3600, 2 * 86400))
        answered = max(answered, created)
    elif roll < 0.9:  # late, sometimes told before the promise passed (one in ten stays
        # open: a demo of a few hundred calls still has overdue callbacks to show)
        answered = _minus(due, -rng.randrange(3600, 3 * 86400))
        if rng.random() < 0.4:
            new_due = _minus(due, -4 * 86400)
            notices.append((callback_id, _minus(due, rng.randrange(600, 20000)), "phone",
                            new_due, due, "specialist on leave"))
            due = new_due
    if answered is not None and answered > now_iso:
        answered = None  # not yet
    return (callback_id, call_id, call["caller_name"], call["topic"], call["caller_number"],
            DEPARTMENTS[rng.randrange(len(DEPARTMENTS))], "phone", created, due, answered,
            call["operator"] if answered else None, "phone" if answered else None,
            call["operator"], call["workstation"])


def _incident(rng, incident_id, call_id, call, deliveries) -> tuple:
    raised = _minus(call["ended_at"], 60)
    ack = _minus(raised, -rng.randrange(15, 240))
    cancelled, reason = (None, None)
    if rng.random() < 0.2:
        cancelled, reason = _minus(raised, -40), "pressed by mistake"
    for channel in ("lan", "webhook"):
        deliveries.append((incident_id, channel, "acknowledged" if channel == "lan"
                           else "delivered", raised, _minus(raised, -2)))
    return (incident_id, call_id, raised, ack, "Security desk", cancelled, reason,
            call["branch"], call["workstation"], call["operator"])


def _minus(iso: str, seconds: int) -> str:
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)
    return to_iso(moment - timedelta(seconds=seconds))
