// Small progressive enhancements; every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.remove("no-js");

  // Profile form: add a service row, show the running total of shares.
  var rows = document.getElementById("rows");
  var add = document.getElementById("add-row");
  var sum = document.querySelector(".sum");
  function toNumber(text) {
    var map = { "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9", "٫": "." };
    var ascii = String(text).replace(/[۰-۹٫]/g, function (c) { return map[c]; });
    return parseFloat(ascii);
  }
  function updateSum() {
    if (!rows || !sum) return;
    var total = 0, blanks = 0, used = 0;
    rows.querySelectorAll("tr.row").forEach(function (tr) {
      var sel = tr.querySelector("select");
      var inp = tr.querySelector("input.share");
      if (!sel || !sel.value) return;
      used += 1;
      var v = toNumber(inp.value);
      if (isNaN(v)) { blanks += 1; } else { total += v; }
    });
    var fa = document.documentElement.lang === "fa";
    var shown = fa ? String(Math.round(total * 10) / 10).replace(/[0-9]/g, function (d) { return "۰۱۲۳۴۵۶۷۸۹"[d]; }) + "٪" : (Math.round(total * 10) / 10) + "%";
    sum.textContent = used ? sum.getAttribute("data-label") + ": " + shown : "";
    sum.classList.toggle("bad", used > 0 && ((blanks === 0 && Math.abs(total - 100) > 0.5) || total > 100));
  }
  if (rows) {
    rows.addEventListener("input", updateSum);
    rows.addEventListener("change", updateSum);
    updateSum();
  }
  if (add && rows) {
    add.addEventListener("click", function () {
      var last = rows.querySelector("tr.row:last-child");
      if (!last || rows.querySelectorAll("tr.row").length >= 12) return;
      var copy = last.cloneNode(true);
      copy.querySelector("select").value = "";
      copy.querySelector("input.share").value = "";
      // a new row is not the one the server's error was about (aria-invalid on a copy of
      // the last row told a screen reader the empty row was wrong)
      copy.querySelectorAll("[aria-invalid]").forEach(function (el) {
        el.removeAttribute("aria-invalid");
        el.removeAttribute("aria-describedby");
      });
      rows.appendChild(copy);
      // each row's fields are named with its number ("Service 4"), for screen readers
      var n = rows.querySelectorAll("tr.row").length;
      copy.querySelectorAll("[data-label]").forEach(function (el) {
        el.setAttribute("aria-label", el.getAttribute("data-label") + " " + localDigits(n));
      });
      copy.querySelector("select").focus();
    });
  }

  // File pickers: a native file input names its button and "no file chosen" in the
  // browser's language. The page shows its own (see the file_field macro) and keeps the
  // chosen name up to date; the input itself lies, transparent, over them, so it is still
  // what is clicked, focused, dropped on and checked for `required`.
  document.querySelectorAll(".file-pick").forEach(function (pick) {
    var input = pick.querySelector("input[type=file]");
    var shown = pick.querySelector(".file-name");
    if (!input || !shown) return;
    var empty = shown.getAttribute("data-empty") || shown.textContent;
    var sep = document.documentElement.lang === "fa" ? "، " : ", ";
    // the chosen names describe the field, after any help the page gave it
    var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    if (described.indexOf(shown.id) < 0) described.push(shown.id);
    input.setAttribute("aria-describedby", described.join(" "));
    function update() {
      var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
      var text = names.length ? names.join(sep) : empty;
      shown.textContent = text;
      input.title = text; // the full name when the line is cut short
      pick.classList.toggle("has-file", names.length > 0);
    }
    input.addEventListener("change", update);
    window.addEventListener("pageshow", update); // a page restored from the back button
    if (input.form) input.form.addEventListener("reset", function () { setTimeout(update, 0); });
    update();
  });

  // Form checks in the page's language. The browser words its own bubbles ("Please fill
  // out this field.") in the browser's language; the page gives its words in the
  // data-validation attribute of <html>, and each failed check shows them instead
  // (Constraint Validation API). A field's message is cleared as soon as it is edited,
  // so the browser checks it afresh on the next submit.
  var words = {};
  try {
    words = JSON.parse(document.documentElement.getAttribute("data-validation") || "{}");
  } catch (err) {
    words = {};
  }
  var faPage = document.documentElement.lang === "fa";
  function localDigits(value) {
    var text = String(value);
    if (!faPage) return text;
    return text.replace(/[0-9]/g, function (d) { return "۰۱۲۳۴۵۶۷۸۹"[d]; }).replace(".", "٫");
  }
  function fill(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, key) {
      return key in values ? localDigits(values[key]) : m;
    });
  }
  function validationText(el) {
    var v = el.validity;
    var type = String(el.type || "").toLowerCase();
    if (v.valueMissing) {
      if (type === "file") return words.missing_file;
      if (type === "radio") return words.missing_choice || words.missing_check;
      if (type === "checkbox") return words.missing_check;
      if (el.tagName === "SELECT") return words.missing_select;
      return words.missing;
    }
    if (v.badInput) return words.bad_input;
    if (v.rangeUnderflow) return fill(words.under, { min: el.min });
    if (v.rangeOverflow) return fill(words.over, { max: el.max });
    if (v.stepMismatch) return fill(words.step, { step: el.step });
    if (v.tooLong) return fill(words.too_long, { max: el.maxLength, n: el.value.length });
    if (v.tooShort) return fill(words.too_short, { min: el.minLength, n: el.value.length });
    if (v.typeMismatch || v.patternMismatch) return el.getAttribute("data-format") || words.format;
    return "";
  }
  if (words.missing) {
    // `invalid` does not bubble: listen while it is captured on its way to the field.
    document.addEventListener("invalid", function (e) {
      var el = e.target;
      if (!el || typeof el.setCustomValidity !== "function") return;
      el.setCustomValidity(validationText(el) || "");
    }, true);
    var clear = function (e) {
      var el = e.target;
      if (el && typeof el.setCustomValidity === "function") el.setCustomValidity("");
      // One answer of a yes-or-no question answers it: the message sits on the group's
      // required radio, which stayed invalid (and the form unsendable) after "no" was chosen.
      if (el && el.type === "radio" && el.form && el.name) {
        Array.prototype.forEach.call(el.form.querySelectorAll("input[type=radio]"), function (r) {
          if (r.name === el.name) r.setCustomValidity("");
        });
      }
    };
    document.addEventListener("input", clear, true);
    document.addEventListener("change", clear, true);
    document.addEventListener("reset", function (e) {
      Array.prototype.forEach.call(e.target.elements || [], function (el) {
        if (typeof el.setCustomValidity === "function") el.setCustomValidity("");
      });
    }, true);
  }

  // After a form comes back with errors, the keyboard (and a screen reader) starts at
  // their summary, not at the top of the page.
  var summary = document.querySelector(".alert[role=alert][tabindex]");
  if (summary) {
    summary.focus();
    summary.scrollIntoView({ block: "center" });
  }

  // A table's sideways-scrolling box is a Tab stop only while it scrolls (so the arrow
  // keys can move it); where the table fits, the stop would lead nowhere.
  var scrollers = document.querySelectorAll(".table-scroll");
  function tabStops() {
    Array.prototype.forEach.call(scrollers, function (box) {
      if (box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else box.removeAttribute("tabindex");
    });
  }
  // Each box named after the heading it stands under ("Postings per month — Table ..."),
  // so a screen reader's list of regions tells them apart.
  var names = {};
  Array.prototype.forEach.call(scrollers, function (box) {
    var heading = null;
    for (var el = box; el && !heading; el = el.parentElement) {
      for (var prev = el.previousElementSibling; prev && !heading; prev = prev.previousElementSibling) {
        if (/^(H[1-4]|SUMMARY)$/.test(prev.tagName)) heading = prev;
      }
      if (el.tagName === "MAIN") break;
    }
    var name = (heading ? heading.textContent.replace(/\s+/g, " ").trim() + " — " : "") + box.getAttribute("aria-label");
    names[name] = (names[name] || 0) + 1;
    if (names[name] > 1) name += " " + localDigits(names[name]);
    box.setAttribute("aria-label", name);
  });
  if (scrollers.length) {
    tabStops();
    window.addEventListener("resize", tabStops);
    document.addEventListener("toggle", tabStops, true); // a table inside <details> opened
  }

  // Copy buttons for the statement and the client sentence.
  document.querySelectorAll("button.copy").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var target = document.querySelector(btn.getAttribute("data-copy"));
      if (!target || !navigator.clipboard) return;
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        var label = btn.textContent;
        btn.textContent = btn.getAttribute("data-done");
        setTimeout(function () { btn.textContent = label; }, 1500);
      });
    });
  });
})();
