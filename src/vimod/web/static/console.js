// vimod console: keyboard shortcuts, drafts that survive an expired session, and a polled
// queue. Plain JS, no dependencies; every action also works with a mouse and without
// JavaScript.
(function () {
  "use strict";
  function typing(e) {
    var el = e.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  function submit(form) {
    if (!form) return;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
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
  function countSelected() {
    var n = 0;
    document.querySelectorAll("input[data-select]:checked").forEach(function (b) {
      n += Number(b.getAttribute("data-count") || "1");
    });
    var out = document.querySelector("[data-selected]");
    if (out) out.textContent = String(n);
  }
  document.addEventListener("change", function (e) {
    if (e.target && e.target.hasAttribute && e.target.hasAttribute("data-select")) countSelected();
  });
  var verdictForm = document.getElementById("verdict-form");
  function pick(key) {
    var radio = document.querySelector('#verdict-form input[type=radio][data-key="' + key + '"]');
    if (!radio || radio.disabled) return false;
    radio.checked = true;
    if (key === "o") {
      var action = document.getElementById("action");
      if (action) { action.focus(); return true; }
    }
    if (key === "e") {
      var reason = document.getElementById("reason");
      if (reason) reason.focus();
    }
    return true;
  }
  function canned(n) {
    var radio = document.querySelector('#verdict-form input[data-canned="' + n + '"]');
    if (!radio || radio.disabled) return false;
    radio.checked = true;
    radio.focus();
    return true;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var k = e.key;
    if (typing(e)) {
      // Ctrl+Enter is handled below; Escape leaves the field; Enter on a radio of the
      // verdict form submits it (choose a canned reason with 1-9, then Enter).
      if (k === "Escape") e.target.blur();
      else if (k === "Enter" && e.target.type === "radio" && e.target.form === verdictForm) {
        e.preventDefault(); submit(verdictForm);
      }
      return;
    }
    if (k === "j") { select(current + 1); e.preventDefault(); }
    else if (k === "k") { select(current - 1); e.preventDefault(); }
    else if (k === "x" && current >= 0) {
      var box = rows[current].querySelector("input[data-select]");
      if (box) { box.checked = !box.checked; countSelected(); e.preventDefault(); }
    }
    else if (k === "Enter" && current < 0 && rows.length) {
      var first = rows[0].querySelector("a[data-open]");
      if (first) { first.click(); e.preventDefault(); }
    }
    else if (k === "Enter" && verdictForm && !verdictForm.querySelector("fieldset[disabled]")) {
      e.preventDefault(); submit(verdictForm);
    }
    else if (/^[1-9]$/.test(k)) { if (canned(k)) e.preventDefault(); }
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
  // Forms that need a second thought (revoking a key, activating a policy) ask first.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    var by = e.submitter && e.submitter.getAttribute("data-confirm");
    var question = by || (form && form.getAttribute && form.getAttribute("data-confirm"));
    if (question && !window.confirm(question)) e.preventDefault();
  });
  var reason = document.getElementById("reason");
  if (reason) {
    reason.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && reason.form) {
        e.preventDefault(); submit(reason.form);
      }
    });
  }

  // Drafts: what a moderator types is kept in this browser until the server confirms the
  // verdict (the next page says which item was done), so a session that expired while
  // typing loses nothing: log in again and the draft is back.
  var store = null;
  try { store = window.localStorage; } catch (err) { store = null; }
  var done = new URLSearchParams(window.location.search).get("done");
  if (store && done) store.removeItem("vimod-draft-item-" + done);
  if (store && verdictForm && reason) {
    var key = "vimod-draft-" + verdictForm.getAttribute("data-draft");
    var saved = null;
    try { saved = JSON.parse(store.getItem(key) || "null"); } catch (err) { saved = null; }
    if (saved && !reason.value) {
      reason.value = saved.reason || "";
      ["canned", "verdict"].forEach(function (name) {
        var r = verdictForm.querySelector('input[name="' + name + '"][value="' + (saved[name] || "") + '"]');
        if (r) r.checked = true;
      });
      var note = document.getElementById("draft-note");
      if (note && (saved.reason || saved.canned)) note.hidden = false;
    }
    var save = function () {
      var data = new FormData(verdictForm);
      store.setItem(key, JSON.stringify({
        reason: reason.value, canned: data.get("canned") || "", verdict: data.get("verdict") || ""
      }));
    };
    verdictForm.addEventListener("input", save);
    verdictForm.addEventListener("change", save);
  }

  // Live queue: every 10 s ask what changed (claims, new items) and show it without a reload.
  var grid = document.querySelector("[data-poll]");
  if (grid && window.fetch) {
    var url = grid.getAttribute("data-poll");
    var banner = document.getElementById("new-items");
    var shown = Number(grid.getAttribute("data-total") || "0");
    var poll = function () {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) return;
          rows.forEach(function (row) {
            var cell = row.querySelector("[data-claim]");
            var state = data.claims[row.getAttribute("data-item")];
            if (cell && state !== undefined) cell.textContent = state;
            if (state === undefined && cell) row.classList.add("gone");
          });
          if (banner && data.total > shown) {
            banner.textContent = banner.getAttribute("data-text").replace("{n}", String(data.total - shown));
            banner.hidden = false;
          }
        })
        .catch(function () { /* offline for a moment: try again next time */ });
    };
    window.setInterval(poll, Number(grid.getAttribute("data-interval") || "10000"));
  }
})();
