#!/usr/bin/env python3
"""Prints bench/web/run's table and its targets from the RESULT lines wrk's script wrote."""
import sys

(results, verify_ms, cores, first_ms, hasher, seconds, conns, login_conns, paced_conns, pace_ms,
 users) = sys.argv[1:12]
verify_ms, cores = float(verify_ms), int(cores)

rows = {}
for line in open(results):
    fields = dict(part.split("=", 1) for part in line.split()[1:])
    statuses = {}
    for pair in filter(None, fields["status"].split(",")):
        code, count = pair.split(":")
        statuses[code] = int(count)
    rows[fields["label"]] = {"statuses": statuses, **fields}

DESCRIPTIONS = {
    "health": ("GET /health", conns),
    "dashboard": ("signed-in GET /dashboard", conns),
    "dashboard-steady": (f"steady GET /dashboard ({pace_ms} ms apart)", paced_conns),
    "login": ("POST /login, correct passwords", login_conns),
    "login-during-steady": ("  POST /login (flood, with the next)", login_conns),
    "dashboard-steady-during-logins": ("steady GET /dashboard during the flood", paced_conns),
    "login-during-flat": ("  POST /login (flood, with the next)", login_conns),
    "dashboard-during-logins": ("signed-in GET /dashboard during the flood", conns),
}


def classify(label, row):
    """(good, busy, errors): what each kind of request counts as."""
    s = row["statuses"]
    sockets = int(row["socket_errors"])
    total = sum(s.values())
    if label.startswith("login"):
        good = s.get("303", 0)
        busy = s.get("503", 0)
    elif label.startswith("dashboard"):
        good, busy = s.get("200", 0), 0  # a 303 here would be a lost session
    else:
        good, busy = sum(n for c, n in s.items() if c[0] in "23"), 0
    return good, busy, total - good - busy + sockets


print()
print(f"bench/web/run: {users} users, {seconds} s a phase, one wrk thread per load, "
      f"{cores} cores; hashing: {hasher.strip() or 'see the app log'}")
print(f"one Argon2id verification (median, single thread, this run): {verify_ms:.2f} ms; "
      f"first /health answer {first_ms} ms after start")
print()
header = f"| {'phase':<44} | {'conns':>5} | {'req/s':>8} | {'ok/s':>8} | {'p50 ms':>8} | " \
         f"{'p99 ms':>8} | {'busy 503':>8} | {'errors':>6} |"
print(header)
print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
good_rate = {}
errors_total = 0
for label, (text, c) in DESCRIPTIONS.items():
    if label not in rows:
        continue
    row = rows[label]
    good, busy, errors = classify(label, row)
    secs = float(row["seconds"])
    good_rate[label] = good / secs
    errors_total += errors
    print(f"| {text:<44} | {c:>5} | {float(row['rps']):>8.0f} | {good / secs:>8.0f} | "
          f"{float(row['p50_ms']):>8.2f} | {float(row['p99_ms']):>8.2f} | {busy:>8} | {errors:>6} |")


def p99(label):
    return float(rows[label]["p99_ms"])


print()
ratio = good_rate["dashboard"] / good_rate["health"]
need_logins = 0.8 * cores / (verify_ms / 1000)
logins = good_rate["login"]
steady_ratio = p99("dashboard-steady-during-logins") / p99("dashboard-steady")
flat_ratio = p99("dashboard-during-logins") / p99("dashboard")
verdict = lambda ok: "holds" if ok else "MISSED"
print(f"target: dashboard / health >= 0.5: {ratio:.2f} -> {verdict(ratio >= 0.5)}")
print(f"target: logins/s >= 0.8 x {cores} cores / {verify_ms:.2f} ms = {need_logins:.0f}: "
      f"{logins:.0f} -> {verdict(logins >= need_logins)}")
print(f"target: steady dashboard p99 during the flood <= 2 x without: "
      f"{p99('dashboard-steady-during-logins'):.2f} / {p99('dashboard-steady'):.2f} ms = "
      f"{steady_ratio:.2f} -> {verdict(steady_ratio <= 2)}")
print(f"   (flat-out dashboard p99 during the flood vs without: "
      f"{p99('dashboard-during-logins'):.2f} / {p99('dashboard'):.2f} ms = {flat_ratio:.2f})")
print(f"target: no errors: {errors_total} -> {verdict(errors_total == 0)}")
print(f"target: first /health answer < 2000 ms: {first_ms} ms -> {verdict(int(first_ms) < 2000)}")
