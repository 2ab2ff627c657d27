#!/usr/bin/env python3
"""Seeds the dashboard under test for bench/web/run, through its own forms.

seed.py BASE_URL USERS PASSWORD OUT_DIR
  registers USERS users (POST /register, each with the CSRF token of its form) and keeps the
  session cookie each registration hands back: OUT_DIR/sessions (one Cookie value a line) and
  OUT_DIR/users (one name a line); fetches anonymous CSRF pairs from the login page:
  OUT_DIR/tokens ("csrf=...<TAB>url-encoded token" a line); checks one session opens /dashboard.
"""
import concurrent.futures
import http.client
import re
import sys
import time
import urllib.parse

TOKEN = re.compile(r'name="csrfToken" value="([^"]+)"')


def request(base, method, path, cookie=None, body=None):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        body = urllib.parse.urlencode(body)
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    text = response.read().decode("utf-8", "replace")
    cookies = {}
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            cookies[key.strip()] = val.strip()
    conn.close()
    return response.status, response.getheader("Location"), cookies, text


def form(base, path):
    """The CSRF cookie and token of the form on this page, as a fresh visitor gets them."""
    status, _, cookies, text = request(base, "GET", path)
    match = TOKEN.search(text)
    if status != 200 or not match or "csrf" not in cookies:
        raise SystemExit(f"GET {path}: {status}, no CSRF token")
    return "csrf=" + cookies["csrf"], match.group(1)


def register(base, name, password):
    for _ in range(50):
        cookie, token = form(base, "/register")
        fields = {"username": name, "password": password, "confirmPassword": password,
                  "csrfToken": token}
        status, location, cookies, _ = request(base, "POST", "/register", cookie, fields)
        if status == 503:  # every hashing slot taken: as a browser would, try again shortly
            time.sleep(0.05)
            continue
        if status != 303 or location != "/dashboard" or "authdash" not in cookies:
            raise SystemExit(f"register {name}: {status} -> {location}")
        return "authdash=" + cookies["authdash"]
    raise SystemExit(f"register {name}: busy 50 times")


def main():
    base, count, password, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    names = [f"bench{i:05d}" for i in range(count)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        sessions = list(pool.map(lambda n: register(base, n, password), names))
        tokens = list(pool.map(lambda _: form(base, "/"), range(64)))
    with open(f"{out}/users", "w") as f:
        f.write("".join(n + "\n" for n in names))
    with open(f"{out}/sessions", "w") as f:
        f.write("".join(s + "\n" for s in sessions))
    with open(f"{out}/tokens", "w") as f:
        f.write("".join(f"{c}\t{urllib.parse.quote(t, safe='')}\n" for c, t in tokens))
    status, _, _, text = request(base, "GET", "/dashboard", sessions[-1])
    if status != 200 or names[-1] not in text:
        raise SystemExit(f"a seeded session does not open the dashboard: {status}")
    status, location, _, _ = request(
        base, "POST", "/login", tokens[0][0],
        {"username": names[0], "password": password,
         "csrfToken": urllib.parse.unquote(urllib.parse.quote(tokens[0][1], safe=""))})
    if status != 303 or location != "/dashboard":
        raise SystemExit(f"a login with a seeded token fails: {status} -> {location}")


if __name__ == "__main__":
    main()
