// auth-dashboard: behaviour served as a file, since the Content-Security-Policy forbids inline
// script. Forms marked data-confirm ask before they are sent (delete, sign out everywhere);
// buttons marked data-copy-target copy a field (the reset link) to the clipboard.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  function say(text) {
    var status = document.getElementById("copy-status");
    if (status) {
      status.textContent = text;
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy-target]");
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) {
      return;
    }
    field.focus();
    field.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(
        function () {
          say("Copied to the clipboard.");
        },
        function () {
          say("Selected: press Ctrl+C (or Cmd+C) to copy.");
        }
      );
    } else {
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (e) {
        copied = false;
      }
      say(copied ? "Copied to the clipboard." : "Selected: press Ctrl+C (or Cmd+C) to copy.");
    }
  });

  // A form refused with a message (#form-error: the flash or the form's own alert): its fields are
  // described by that message, so a screen reader reads it with each field.
  var formError = document.getElementById("form-error");
  if (formError) {
    var fields = document.querySelectorAll(
      'main form[method="post"] input[type="text"], main form[method="post"] input[type="password"],' +
        ' main form[method="post"] input[type="email"]'
    );
    Array.prototype.forEach.call(fields, function (field) {
      if (field.hidden) {
        return;
      }
      var described = (field.getAttribute("aria-describedby") || "").split(" ");
      if (described.indexOf("form-error") < 0) {
        described.push("form-error");
        field.setAttribute("aria-describedby", described.join(" ").trim());
      }
      field.setAttribute("aria-invalid", "true");
    });
  }

  document.addEventListener("focusin", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-select-on-focus")) {
      event.target.select();
    }
  });
})();
