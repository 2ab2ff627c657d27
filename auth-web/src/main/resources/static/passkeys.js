// auth-dashboard: passkeys (WebAuthn) in the browser, served as a file (the Content-Security-Policy
// forbids inline script). A form marked data-passkey-create (add a passkey) or data-passkey-get
// (sign in, or the second step) first asks the server for options by POST (with the form's CSRF
// token), hands them to navigator.credentials, puts the authenticator's answer, as JSON with its
// bytes in base64url, into the form's hidden "credential" field and then submits the form. The
// server keeps the challenge and checks everything; this file only carries bytes.
(function () {
  "use strict";

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) {
      base64 += "=";
    }
    var text = window.atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    if (!buffer) {
      return null;
    }
    var bytes = new Uint8Array(buffer);
    var text = "";
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function supported() {
    return (
      typeof window.PublicKeyCredential === "function" &&
      navigator.credentials &&
      typeof navigator.credentials.create === "function" &&
      typeof navigator.credentials.get === "function"
    );
  }

  function say(form, text, problem) {
    var status = form.querySelector("[data-passkey-status]");
    if (status) {
      status.textContent = text;
      status.classList.toggle("text-danger", !!problem);
    }
  }

  function askServer(url, form) {
    var body = new URLSearchParams();
    body.set("csrfToken", form.querySelector('input[name="csrfToken"]').value);
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: body.toString(),
    }).then(function (response) {
      return response
        .json()
        .catch(function () {
          return {};
        })
        .then(function (json) {
          if (!response.ok || !json.publicKey) {
            throw new Error(json.error || "The server could not start this. Reload the page and try again.");
          }
          return json.publicKey;
        });
    });
  }

  function descriptors(list) {
    (list || []).forEach(function (descriptor) {
      descriptor.id = toBytes(descriptor.id);
    });
    return list;
  }

  function create(options) {
    options.challenge = toBytes(options.challenge);
    options.user.id = toBytes(options.user.id);
    descriptors(options.excludeCredentials);
    return navigator.credentials.create({ publicKey: options }).then(function (credential) {
      var response = credential.response;
      return {
        type: credential.type,
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          clientDataJSON: toBase64url(response.clientDataJSON),
          attestationObject: toBase64url(response.attestationObject),
          transports: typeof response.getTransports === "function" ? response.getTransports() : [],
        },
        clientExtensionResults: credential.getClientExtensionResults(),
      };
    });
  }

  function get(options) {
    options.challenge = toBytes(options.challenge);
    descriptors(options.allowCredentials);
    return navigator.credentials.get({ publicKey: options }).then(function (credential) {
      var response = credential.response;
      return {
        type: credential.type,
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          clientDataJSON: toBase64url(response.clientDataJSON),
          authenticatorData: toBase64url(response.authenticatorData),
          signature: toBase64url(response.signature),
          userHandle: toBase64url(response.userHandle),
        },
        clientExtensionResults: credential.getClientExtensionResults(),
      };
    });
  }

  /** Words for a failure: cancelled, already registered, refused by the browser, or the server's. */
  function explain(error) {
    var name = error && error.name;
    if (name === "NotAllowedError" || name === "AbortError") {
      return "Cancelled, or no passkey was chosen in time. Nothing was changed.";
    }
    if (name === "InvalidStateError") {
      return "This device already holds a passkey for your account.";
    }
    if (name === "SecurityError") {
      return "This browser will not use passkeys at this address (it must be the site's public https address).";
    }
    if (name === "NotSupportedError") {
      return "This device has no passkey that fits. Try another device or a security key.";
    }
    return (error && error.message) || "Something went wrong. Try again.";
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var createUrl = form.getAttribute && form.getAttribute("data-passkey-create");
    var getUrl = form.getAttribute && form.getAttribute("data-passkey-get");
    if (!createUrl && !getUrl) {
      return;
    }
    event.preventDefault();
    if (!supported()) {
      say(form, "This browser cannot use passkeys. Update it, or sign in another way.", true);
      return;
    }
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    say(form, "Follow your browser's prompt: touch your security key, or use your fingerprint, face or screen lock.", false);
    askServer(createUrl || getUrl, form)
      .then(createUrl ? create : get)
      .then(function (answer) {
        form.querySelector('input[name="credential"]').value = JSON.stringify(answer);
        say(form, "Checking…", false);
        form.submit();
      })
      .catch(function (error) {
        button.disabled = false;
        say(form, explain(error), true);
      });
  });
})();
