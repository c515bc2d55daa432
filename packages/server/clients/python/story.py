#!/usr/bin/env python3
"""The whole story of a performance improvement plan, told to the improvement-plan service by a
client in another language: Python's standard library only (urllib, json).

Creates the demo plan (the 90-day fixture, Jordan Reyes, Account Executive), submits it for HR's
review, approves it, has the manager and the employee acknowledge it, activates it, records six
weeks of CRM and dialer observations, gets the evaluation and HR's document, and checks the
figures it gets back (revisions, statuses, signatures, the observed values it can compute itself,
the score in the document), not only the status codes.

Environment:
  IMPROVEMENT_PLAN_URL            the service, e.g. http://127.0.0.1:3000
  IMPROVEMENT_PLAN_TOKEN_HR       bearer tokens for hr-priya (hr), mgr-dana (manager),
  IMPROVEMENT_PLAN_TOKEN_MANAGER  emp-1042 (employee) and a system job (system);
  IMPROVEMENT_PLAN_TOKEN_EMPLOYEE `npm run serve` prints them.
  IMPROVEMENT_PLAN_TOKEN_SYSTEM
The service must allow client dates (IMPROVEMENT_PLAN_CLIENT_DATES=1, as `npm run serve` does):
the story happens on the plan's own days in 2025-2026.

Usage: python3 story.py [plan.json]   (default: the repository's 90-day fixture)
Exit status 0 when every check passed, 1 otherwise.
"""
import json
import os
import sys
import urllib.error
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PLAN = os.path.join(HERE, "..", "..", "..", "..", "test", "fixtures", "plan-90-day-conversion.json")

BASE = os.environ.get("IMPROVEMENT_PLAN_URL", "http://127.0.0.1:3000").rstrip("/")
TOKENS = {role: os.environ.get("IMPROVEMENT_PLAN_TOKEN_" + role.upper(), "") for role in ("hr", "manager", "employee", "system")}

checks = 0


class StoryError(Exception):
    pass


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        raise StoryError("check failed: " + what)


def call(method, path, role, body=None, headers=None, expect=200):
    """Send one request; return (status, headers, parsed body or text)."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + TOKENS[role])
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for key, value in (headers or {}).items():
        request.add_header(key, value)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            status, answer_headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, answer_headers, raw = error.code, error.headers, error.read()
    text = raw.decode("utf-8")
    content_type = answer_headers.get("Content-Type", "")
    parsed = json.loads(text) if "json" in content_type and text else text
    if status != expect:
        raise StoryError("%s %s as %s: expected %d, got %d: %s" % (method, path, role, expect, status, text[:500]))
    return status, answer_headers, parsed


def command(plan_id, role, day, body, if_match=None):
    headers = {"Idempotency-Key": "py-" + uuid.uuid4().hex}
    if if_match is not None:
        headers["If-Match"] = '"%d"' % if_match
    return call("POST", "/plans/%s/commands?asOf=%s" % (plan_id, day), role, body, headers)


def weekly_observations(weeks=6):
    """What the dialer and the CRM report each Friday: calls rise, conversion improves, two deals close."""
    rows = []
    for week in range(weeks):
        friday = "2026-01-%02d" % (9 + 7 * week) if 9 + 7 * week <= 31 else "2026-02-%02d" % (9 + 7 * week - 31)
        connected = 100 + week
        rows.append({"id": "calls-w%d" % (week + 1), "metricId": "m-calls", "date": friday, "value": 28 + 2 * week, "source": "Dialer"})
        rows.append({"id": "conv-w%d" % (week + 1), "metricId": "m-call-meeting", "date": friday, "numerator": 5 + week, "denominator": connected, "source": "Dialer and CRM"})
        if week in (1, 4):
            rows.append({"id": "won-w%d" % (week + 1), "metricId": "m-won-revenue", "date": friday, "value": 950000 if week == 1 else 780000, "source": "CRM"})
        if week in (0, 3, 5):
            rows.append({"id": "disc-w%d" % (week + 1), "metricId": "m-discovery", "date": friday, "value": 2 if week < 5 else 3, "source": "Call review"})
    return rows


def main(argv):
    plan_path = argv[1] if len(argv) > 1 else DEFAULT_PLAN
    with open(plan_path, encoding="utf-8") as handle:
        plan = json.load(handle)
    plan_id = "pip-py-" + uuid.uuid4().hex[:10]
    plan["id"] = plan_id
    employee = plan["employee"]["name"]
    print("improvement-plan service at %s: the story of %s for %s" % (BASE, plan_id, employee))

    # 1. HR stores the plan: validated and linted.
    _, headers, created = call("POST", "/plans?asOf=2025-12-29", "hr", plan, expect=201)
    check(created["revision"] == 0 and headers.get("ETag") == '"0"', "a new plan is at revision 0")
    check(created["plan"]["status"] == "draft", "a new plan is a draft")
    check(headers.get("Location") == "/plans/" + plan_id, "Location names the plan")
    print("1. created: revision 0, status draft, %d lint findings" % len(created["findings"]))

    # 2. The manager submits it; HR approves it (Priya is the plan's HR partner).
    _, _, step = command(plan_id, "manager", "2025-12-29", {"type": "submit_for_review", "note": "Ready for HR."}, if_match=0)
    check(step["revision"] == 1 and step["plan"]["status"] == "in_review", "submitted: revision 1, in review")
    check(step["entry"]["actor"] == {"id": "mgr-dana", "role": "manager"}, "the actor is the token's")
    status, _, stale = call("POST", "/plans/%s/commands?asOf=2025-12-30" % plan_id, "hr", {"type": "approve"}, {"If-Match": '"0"'}, expect=412)
    check(stale["code"] == "precondition_failed" and stale["revision"] == 1, "a stale If-Match is 412 with the current revision")
    _, _, step = command(plan_id, "hr", "2025-12-30", {"type": "approve", "notes": "Consistent with the team standard."}, if_match=1)
    check(step["plan"]["status"] == "awaiting_acknowledgement", "approved: awaiting acknowledgement")
    print("2. submitted by mgr-dana (2025-12-29), approved by hr-priya (2025-12-30); a stale If-Match got 412")

    # 3. Both acknowledge: receipt and understanding, not agreement.
    command(plan_id, "manager", "2025-12-31", {"type": "acknowledge"})
    comment = "I understand the plan. I do not agree that lead quality was on me."
    _, _, step = command(plan_id, "employee", "2026-01-02", {"type": "acknowledge", "comment": comment})
    signatures = step["plan"]["signatures"]
    check(sorted(s["role"] for s in signatures) == ["employee", "manager"], "two signatures")
    check([s["comment"] for s in signatures if s["role"] == "employee"] == [comment], "the employee's comment is kept")
    print("3. acknowledged by the manager (2025-12-31) and the employee (2026-01-02, with a comment)")

    # 4. HR activates it on the start date.
    _, headers, step = command(plan_id, "hr", "2026-01-05", {"type": "activate"})
    check(step["plan"]["status"] == "active" and step["revision"] == 5, "active at revision 5")
    check(headers.get("ETag") == '"5"', "the ETag is the revision")
    print("4. active from %s, revision %d" % (step["plan"]["startDate"], step["revision"]))

    # 5. Six weeks of observations from the CRM and the dialer, in bulk; sent twice (idempotent).
    rows = weekly_observations()
    _, _, recorded = call("POST", "/plans/%s/observations?asOf=2026-02-16" % plan_id, "system", {"observations": rows})
    check(recorded["received"] == len(rows) and recorded["inserted"] == len(rows), "every observation stored")
    _, _, again = call("POST", "/plans/%s/observations?asOf=2026-02-16" % plan_id, "system", {"observations": rows})
    check(again["inserted"] == 0 and again["duplicates"] == len(rows), "sent again: nothing new")
    print("5. %d observations recorded (sent again: %d inserted, %d duplicates)" % (len(rows), again["inserted"], again["duplicates"]))

    # 6. The evaluation: check the figures this script can compute itself.
    _, _, evaluated = call("GET", "/plans/%s/evaluation?asOf=2026-02-16" % plan_id, "hr")
    summary = evaluated["summary"]
    check(evaluated["observations"] == len(rows), "the evaluation read every observation")
    goals = {g["goalId"]: g for g in summary["goals"]}
    conversions = [r for r in rows if r["metricId"] == "m-call-meeting"]
    expected_conversion = sum(r["numerator"] for r in conversions) / sum(r["denominator"] for r in conversions)
    check(abs(goals["g-conversion"]["observed"] - expected_conversion) < 1e-9, "conversion = meetings / connected calls (%.6f)" % expected_conversion)
    won = sum(r["value"] for r in rows if r["metricId"] == "m-won-revenue")
    check(goals["g-revenue"]["observed"] == won, "revenue = the sum of the deals won (%d)" % won)
    latest_discovery = sorted((r for r in rows if r["metricId"] == "m-discovery"), key=lambda r: r["date"])[-1]["value"]
    check(goals["g-discovery"]["observed"] == latest_discovery, "discovery = the latest rubric score")
    weights = sum(g["weight"] for g in summary["goals"])
    check(weights == 100, "goal weights add up to 100")
    check(0 <= summary["score"]["value"] <= 100, "the score is 0 to 100")
    check(summary["plan"]["final"] is False, "mid-plan: provisional")
    print("6. evaluation on 2026-02-16: score %s, conversion %.1f%%, revenue $%s, discovery level %d, recommendation %s (provisional)" % (
        summary["score"]["value"], 100 * expected_conversion, format(won // 100, ","), latest_discovery, summary["recommendation"]["outcome"]))

    # 7. HR's document of the evaluation.
    _, headers, document = call("GET", "/plans/%s/document?kind=evaluation&audience=hr&format=html&asOf=2026-02-16" % plan_id, "hr")
    check(headers.get("Content-Type", "").startswith("text/html"), "an HTML document")
    check(employee in document, "the document names the employee")
    check(("%g" % summary["score"]["value"]) in document, "the document shows the score (%g)" % summary["score"]["value"])
    print("7. HR's evaluation document: %d characters of HTML, naming %s and the score" % (len(document), employee))

    # 8. The employee's copy and the audit.
    status, _, refused = call("GET", "/plans/%s/document?audience=hr" % plan_id, "employee", expect=403)
    check(refused["code"] == "forbidden", "an employee may not read HR's copy")
    _, _, verified = call("GET", "/plans/%s/verify" % plan_id, "hr")
    _, headers, current = call("GET", "/plans/%s" % plan_id, "hr")
    check(verified["intact"] and verified["entries"] == current["revision"], "the hash chain is intact and covers every entry")
    print("8. the employee may not read HR's copy (403); verify: intact, %d entries" % verified["entries"])
    print("story complete: %d checks passed" % checks)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except StoryError as error:
        print("FAILED: %s (after %d checks)" % (error, checks), file=sys.stderr)
        sys.exit(1)
