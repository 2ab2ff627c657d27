// auth-dashboard: the session clock on every signed-in page (a file: the CSP forbids inline script).
//
// The server is the authority: /session/status says how long the session has left without
// extending it, so activity in another tab moves this clock too. Between polls the page ticks
// locally against a wall-clock deadline (Date.now()), never by counting ticks, so a laptop that
// slept past the deadline sees the expiry on waking; it also asks again when the tab becomes
// visible or gains focus.
(function () {
  "use strict";
  var POLL_MS = 20000;
  var TICK_MS = 1000;

  var timer = document.getElementById("session-timer");
  var warningEl = document.getElementById("session-warning");
  var expiredEl = document.getElementById("session-expired");
  if (!timer || !warningEl || !expiredEl || !window.bootstrap) {
    return;
  }
  var leftText = document.getElementById("session-time-left");
  var warningLeft = document.getElementById("session-warning-left");
  var stayButton = document.getElementById("session-stay");
  var expiredButton = document.getElementById("session-expired-login");
  var announcer = document.getElementById("session-announcer");
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var warningSeconds = parseInt(timer.getAttribute("data-warning-seconds"), 10) || 60;

  var warningModal = bootstrap.Modal.getOrCreateInstance(warningEl);
  var expiredModal = bootstrap.Modal.getOrCreateInstance(expiredEl);

  var deadline = null; // wall-clock ms when the session ends if nothing happens
  var warned = false;
  var expired = false;
  var checking = false;

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var rest = s % 60;
    var mm = (h > 0 && m < 10 ? "0" : "") + m;
    return (h > 0 ? h + ":" : "") + mm + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function spoken(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    if (s >= 120) {
      return Math.round(s / 60) + " minutes";
    }
    return s + (s === 1 ? " second" : " seconds");
  }

  /** Says it once to screen readers (a polite live region), not on every tick of the clock. */
  function announce(text) {
    if (announcer) {
      announcer.textContent = text;
    }
  }

  function showExpired() {
    if (expired) {
      return;
    }
    expired = true;
    warningModal.hide();
    // "Session expired", not "Session ends in expired": the label goes, the timer says it all.
    timer.querySelectorAll("[data-timer-label]").forEach(function (label) {
      label.remove();
    });
    leftText.textContent = "Session expired";
    timer.classList.add("text-danger");
    expiredModal.show();
    announce("Your session has expired. Please log in again.");
    document.body.setAttribute("data-session", "expired");
  }

  /** Takes the server's answer: a live session's time left, or the end. */
  function apply(status) {
    if (!status || !status.active) {
      showExpired();
      return;
    }
    var seconds = Math.min(status.idleSecondsLeft, status.absoluteSecondsLeft);
    deadline = Date.now() + seconds * 1000;
    if (seconds > warningSeconds && warned) {
      warned = false;
      warningModal.hide();
    }
    timer.hidden = false;
    render();
  }

  function check() {
    if (expired || checking) {
      return;
    }
    checking = true;
    fetch("/session/status", {
      credentials: "same-origin",
      cache: "no-store",
      headers: { Accept: "application/json" },
    })
      .then(function (response) {
        if (response.status === 401) {
          return { active: false };
        }
        return response.ok ? response.json() : null; // an outage: keep ticking, ask again later
      })
      .then(function (status) {
        if (status) {
          apply(status);
        }
      })
      .catch(function () {
        // Offline for now: the local deadline still decides the warning; ask again later.
      })
      .then(function () {
        checking = false;
      });
  }

  function render() {
    if (deadline === null || expired) {
      return;
    }
    var seconds = (deadline - Date.now()) / 1000;
    leftText.textContent = format(seconds);
    timer.classList.toggle("text-warning", seconds <= warningSeconds);
    if (seconds <= 0) {
      // Ask the server before declaring it over: another tab may have kept it alive.
      check();
      return;
    }
    if (seconds <= warningSeconds) {
      warningLeft.textContent = spoken(seconds);
      if (!warned) {
        warned = true;
        warningModal.show();
        announce("You will be signed out in " + spoken(seconds) + " unless you stay signed in.");
        check();
      }
    }
  }

  function stay() {
    stayButton.disabled = true;
    var body = new URLSearchParams();
    body.set("csrfToken", csrfMeta ? csrfMeta.getAttribute("content") : "");
    fetch("/session/keepalive", {
      method: "POST",
      credentials: "same-origin",
      redirect: "manual",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: body.toString(),
    })
      .then(function (response) {
        if (response.ok) {
          return response.json();
        }
        if (response.status === 401 || response.type === "opaqueredirect") {
          return { active: false };
        }
        return null;
      })
      .then(function (status) {
        if (status) {
          warned = false;
          warningModal.hide();
          apply(status);
        }
      })
      .catch(function () {
        check();
      })
      .then(function () {
        stayButton.disabled = false;
      });
  }

  // Bootstrap ignores hide() while a modal is still fading in: a "Stay signed in" clicked during
  // the fade-in would leave the warning up. Once it is fully shown, hide it if it is no longer
  // wanted.
  warningEl.addEventListener("shown.bs.modal", function () {
    if (!warned || expired) {
      warningModal.hide();
      return;
    }
    // The likely answer has the focus: Enter keeps the session.
    stayButton.focus();
  });

  /**
   * Keyboard: an open dialog keeps the focus inside itself. Tab from its last control goes to the
   * first, Shift+Tab from the first to the last, so nothing behind the backdrop can be reached.
   */
  function trapFocus(dialog) {
    dialog.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") {
        return;
      }
      var controls = Array.prototype.filter.call(
        dialog.querySelectorAll("a[href], button:not([disabled]), input:not([type=hidden])"),
        function (control) {
          return control.offsetParent !== null;
        }
      );
      if (controls.length === 0) {
        event.preventDefault();
        return;
      }
      var first = controls[0];
      var last = controls[controls.length - 1];
      var active = document.activeElement;
      if (event.shiftKey && (active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (active === last || active === dialog)) {
        event.preventDefault();
        first.focus();
      }
    });
  }
  trapFocus(warningEl);
  trapFocus(expiredEl);

  // The expiry dialog has one way on: its button has the focus, so Enter leads to the login page.
  expiredEl.addEventListener("shown.bs.modal", function () {
    expiredButton.focus();
  });

  stayButton.addEventListener("click", stay);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") {
      render();
      check();
    }
  });
  window.addEventListener("focus", function () {
    render();
    check();
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      check(); // back from the bfcache: the page may be long stale
    }
  });

  setInterval(render, TICK_MS);
  setInterval(check, POLL_MS);
  check();
})();
