// auth-dashboard: behaviour served as a file, since the Content-Security-Policy forbids inline
// script. Forms marked data-confirm ask before they are sent (delete, sign out everywhere).
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
