"""A realistic, reproducible call history for demos and benchmarks (``desk demo-data``).

Durations are mostly under the 10-minute target with a tail past 15, topics
recur (some much more than others), callers call again, and several
operators and workstations share the log. Same seed, same history.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, time, timedelta

from desk.content import Content
from desk.core.calendar import add_business_days
from desk.core.clock import to_iso

TOPICS = [
    "Invoice amount wrong", "Change of address", "Delivery late", "Password reset",
    "Opening hours", "Contract termination", "Payment plan", "Broken product",
    "Refund status", "Appointment booking", "Complaint about staff", "Parking permit",
    "Price question", "Lost card", "Meter reading", "Service outage", "Moving house",
    "Direct debit", "Document request", "Other enquiry",
]
OPERATORS = ["Aino", "Maria", "Priya", "Jonas", "Liisa", "Ramon"]
WORKSTATIONS = ["desk-1", "desk-2", "desk-3"]
FIRST = ["Anna", "Mikko", "Jose", "Sita", "Laura", "Pedro", "Ravi", "Emma", "Juhani", "Lea"]
LAST = ["Virtanen", "Santos", "Sharma", "Korhonen", "Reyes", "Nieminen", "Gupta", "Laine"]
OUTCOME_WEIGHTS = {"resolved": 70, "transferred": 12, "callback": 10, "other": 6, "abuse": 1,
                   "escalated": 1}
DEPARTMENTS = ["Billing", "Customer service", "Technical support"]


def _duration(rng: random.Random) -> int:
    # Log-normal around four minutes: most calls well within the norm, a long tail past 15.
    seconds = int(rng.lognormvariate(5.5, 0.62))
    return max(20, min(seconds, 3600))


def generate(count: int, seed: int, now: datetime, content: Content, branch: str = "Espoo",
             region_prefix: str = "+35840") -> Iterator[dict]:
    """Yield ``count`` finished calls ending before ``now``, oldest first."""
    rng = random.Random(seed)
    callers = max(10, count // 4)
    numbers = [f"{region_prefix}{rng.randrange(1000000, 9999999)}" for _ in range(callers)]
    topic_weights = [1 / (rank + 1) for rank in range(len(TOPICS))]  # Zipf-like
    outcomes, weights = zip(*OUTCOME_WEIGHTS.items(), strict=True)
    per_day = 60
    business_days = count // per_day + 1
    # Start far enough back that the last working day ends before yesterday.
    day = now.date() - timedelta(days=business_days * 7 // 5 + 4)
    produced = 0
    while produced < count:
        day += timedelta(days=1)
        if day.weekday() >= 5:
            continue
        moment = datetime.combine(day, time(7, 0), tzinfo=now.tzinfo)
        for _ in range(min(per_day, count - produced)):
            moment += timedelta(seconds=rng.randrange(60, 900))
            duration = _duration(rng)
            end = moment + timedelta(seconds=duration)
            number_index = int(rng.paretovariate(1.2)) % callers
            yield {
                "started_at": to_iso(moment),
                "answered_at": to_iso(moment + timedelta(seconds=rng.randrange(2, 15))),
                "ended_at": to_iso(end),
                "duration_s": duration,
                "outcome": rng.choices(outcomes, weights)[0],
                "caller_number": numbers[number_index],
                "caller_name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                "topic": rng.choices(TOPICS, topic_weights)[0],
                "notes": "",
                "channel": "counter" if rng.random() < 0.1 else "phone",
                "stage": "closing",
                "upset": int(rng.random() < 0.08),
                "operator": rng.choice(OPERATORS),
                "workstation": rng.choice(WORKSTATIONS),
                "branch": branch,
            }
            produced += 1
            moment = end


def fill(db, count: int, seed: int, now: datetime, content: Content, holidays=(),
         callback_days: int = 3, marks_for_last: int = 2000, batch: int = 20000) -> dict:
    """Insert the generated history; returns counts of what was written."""
    rng = random.Random(seed + 1)
    stage_items = [(s.id, i.id) for s in content.stages for i in s.items]
    written = {"calls": 0, "stage_marks": 0, "callbacks": 0}
    conn = db.conn
    start_id = (conn.execute("select max(id) from calls").fetchone()[0] or 0) + 1
    columns = ["started_at", "answered_at", "ended_at", "duration_s", "outcome", "caller_number",
               "caller_name", "topic", "notes", "channel", "stage", "upset", "operator",
               "workstation", "branch"]
    insert_call = (f"insert into calls (id, {', '.join(columns)}) values "
                   f"(?, {', '.join('?' for _ in columns)})")
    rows, marks, callbacks = [], [], []
    call_id = start_id - 1

    def flush():
        conn.executemany(insert_call, rows)
        conn.executemany("insert into stage_marks (call_id, stage, item, status, at) "
                         "values (?, ?, ?, ?, ?)", marks)
        conn.executemany(
            "insert into callbacks (call_id, full_name, question, phone, department, "
            "preferred_channel, created_at, due_at, answered_at, operator, workstation) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", callbacks)
        written["calls"] += len(rows)
        written["stage_marks"] += len(marks)
        written["callbacks"] += len(callbacks)
        rows.clear()
        marks.clear()
        callbacks.clear()

    with db.atomic():
        for call in generate(count, seed, now, content):
            call_id += 1
            rows.append([call_id, *(call[c] for c in columns)])
            if call_id - start_id >= count - marks_for_last:
                for stage, item in stage_items:
                    status = "done" if rng.random() < 0.85 else "skipped"
                    marks.append((call_id, stage, item, status, call["ended_at"]))
            if call["outcome"] == "callback":
                created = call["ended_at"]
                due_day = add_business_days(datetime.fromisoformat(created[:10]).date(),
                                            callback_days, holidays)
                due = f"{due_day.isoformat()}T15:00:00Z"
                answered = None
                if due < to_iso(now) or rng.random() < 0.5:
                    answered = None if rng.random() < 0.15 else due[:10] + "T10:00:00Z"
                callbacks.append((call_id, call["caller_name"], call["topic"],
                                  call["caller_number"], rng.choice(DEPARTMENTS), "phone",
                                  created, due, answered, call["operator"],
                                  call["workstation"]))
            if len(rows) >= batch:
                flush()
        flush()
    return written
