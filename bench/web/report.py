#!/usr/bin/env python3
"""Prints bench/web/run's table and its targets from the RESULT lines wrk's script wrote."""
import sys

(results, verify_ms, cores, first_ms, hasher, seconds, conns, login_conns, paced_conns, pace_ms,
 users, burst_file, rss_kib, launcher, load_before, load_after) = sys.argv[1:17]
verify_ms, cores, first_ms = float(verify_ms), int(cores), int(first_ms)
rss_mib = int(rss_kib) / 1024 if rss_kib.strip() else float("nan")

rows = {}
for line in open(results):
    fields = dict(part.split("=", 1) for part in line.split()[1:])
    statuses = {}
    for pair in filter(None, fields["status"].split(",")):
        code, count = pair.split(":")
        statuses[code] = int(count)
    rows[fields["label"]] = {"statuses": statuses, **fields}
burst = dict(part.split("=", 1) for part in open(burst_file).read().split()[1:])

DESCRIPTIONS = {
    "static": ("GET /static/app.js (the ceiling)", conns),
    "health": ("GET /health (liveness)", conns),
    "ready": ("GET /health/ready (readiness)", conns),
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
        good, busy = s.get("200", 0), 0
    return good, busy, total - good - busy + sockets


print()
print(f"bench/web/run: {users} users, {seconds} s a phase, one wrk thread per load, "
      f"{cores} cores, launcher {launcher}; hashing: {hasher.strip() or 'see the app log'}")
print(f"load average {load_before} at the start, {load_after} at the end")
print(f"one Argon2id verification (median, single thread, this run): {verify_ms:.2f} ms; "
      f"first /health answer {first_ms} ms after start")
print()
header = f"| {'phase':<44} | {'conns':>5} | {'req/s':>8} | {'ok/s':>8} | {'p50 ms':>8} | " \
         f"{'p99 ms':>8} | {'busy 503':>8} | {'errors':>6} |"
print(header)
print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
burst_n = int(burst["n"])
print(f"| {f'burst: {burst_n} registrations at once, cold':<44} | {burst_n:>5} | {'':>8} | "
      f"{int(burst['ok']):>8} | {float(burst['p50_ms']):>8.2f} | {float(burst['p99_ms']):>8.2f} | "
      f"{int(burst['refused']):>8} | {int(burst['errors']):>6} |")
good_rate = {}
errors_total = int(burst["errors"])
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
print(f"(burst row: ok = registrations served; its p50/p99 are per registration, in ms)")


def p99(label):
    return float(rows[label]["p99_ms"])


verdict = lambda ok: "holds" if ok else "MISSED"
print()
health_ratio = good_rate["health"] / good_rate["static"]
dash_ratio = good_rate["dashboard"] / good_rate["static"]
need_logins = 0.8 * cores / (verify_ms / 1000)
logins = good_rate["login"]
steady_ratio = p99("dashboard-steady-during-logins") / p99("dashboard-steady")
flat_ratio = p99("dashboard-during-logins") / p99("dashboard")
quick_launcher = launcher.endswith("dashboard")
start_target = 1200 if quick_launcher else 2000
print(f"target: /health >= 0.9 x the static file: {good_rate['health']:.0f} / "
      f"{good_rate['static']:.0f} = {health_ratio:.2f} -> {verdict(health_ratio >= 0.9)}")
print(f"target: signed-in /dashboard >= 0.5 x the static file: {good_rate['dashboard']:.0f} / "
      f"{good_rate['static']:.0f} = {dash_ratio:.2f} -> {verdict(dash_ratio >= 0.5)}")
print(f"target: logins/s >= 0.8 x {cores} cores / {verify_ms:.2f} ms = {need_logins:.0f}: "
      f"{logins:.0f} -> {verdict(logins >= need_logins)}")
print(f"target: burst of {burst_n} registrations all served (none refused): {burst['ok']} served, "
      f"{burst['refused']} refused, p50 {float(burst['p50_ms']):.0f} ms, "
      f"p99 {float(burst['p99_ms']):.0f} ms -> {verdict(int(burst['ok']) == burst_n)}")
print(f"target: steady dashboard p99 during the flood <= 2 x without: "
      f"{p99('dashboard-steady-during-logins'):.2f} / {p99('dashboard-steady'):.2f} ms = "
      f"{steady_ratio:.2f} -> {verdict(steady_ratio <= 2)}")
print(f"   (flat-out dashboard p99 during the flood vs without: "
      f"{p99('dashboard-during-logins'):.2f} / {p99('dashboard'):.2f} ms = {flat_ratio:.2f})")
print(f"target: no errors: {errors_total} -> {verdict(errors_total == 0)}")
print(f"target: first /health answer < {start_target} ms ({launcher}, quiet machine): "
      f"{first_ms} ms -> {verdict(first_ms < start_target)}")
rss_note = "" if quick_launcher else " (target set for ./dashboard defaults)"
print(f"target: RSS after the full bench <= 400 MiB{rss_note}: {rss_mib:.0f} MiB -> "
      f"{verdict(rss_mib <= 400)}")
print(f"load average {load_before} at the start, {load_after} at the end, on {cores} cores")
