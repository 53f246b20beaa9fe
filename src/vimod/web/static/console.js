// vimod console: keyboard shortcuts. Plain JS, no dependencies; every action also works
// with a mouse and without JavaScript.
(function () {
  "use strict";
  function typing(e) {
    var el = e.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
  var current = -1;
  function select(i) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (r, j) { r.classList.toggle("selected", j === current); });
    var link = rows[current].querySelector("a[data-open]");
    if (link) link.focus();
  }
  function pick(key) {
    var radio = document.querySelector('#verdict-form input[type=radio][data-key="' + key + '"]');
    if (!radio) return false;
    radio.checked = true;
    if (key === "o") {
      var action = document.getElementById("action");
      if (action) { action.focus(); return true; }
    }
    var reason = document.getElementById("reason");
    if (reason) reason.focus();
    return true;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (typing(e)) {
      // Ctrl+Enter is handled by the browser's form submission; Escape leaves the field.
      if (e.key === "Escape") e.target.blur();
      return;
    }
    var k = e.key;
    if (k === "j") { select(current + 1); e.preventDefault(); }
    else if (k === "k") { select(current - 1); e.preventDefault(); }
    else if (k === "u" || k === "o" || k === "e") { if (pick(k)) e.preventDefault(); }
    else if (k === "c") {
      var claim = document.querySelector('button[data-key="c"]');
      if (claim) { claim.click(); e.preventDefault(); }
    }
    else if (k === "?") {
      var help = document.getElementById("help");
      if (help && help.showModal) { help.showModal(); e.preventDefault(); }
    }
  });
  // Submitting the verdict with Ctrl+Enter from the reason field.
  var reason = document.getElementById("reason");
  if (reason) {
    reason.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && reason.form) {
        e.preventDefault();
        if (reason.form.requestSubmit) reason.form.requestSubmit(); else reason.form.submit();
      }
    });
  }
})();
