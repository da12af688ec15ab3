/*
 * Change pop-up (legal-rules.md T3, T5): tells the visitor about a major or rights-reducing version of a policy,
 * what changes and when, with links to the new text and the redline. Reads the static notices manifest.
 * Embeddable anywhere (the storefront) with two lines:
 *   <script src="https://legal.24sevres.com/assets/policies/notices.js" defer
 *           data-manifest="https://legal.24sevres.com/api/notices.fr.json"></script>
 * Dismissing is remembered per version (localStorage, written only when the visitor acts). A rights-reducing
 * version asks for explicit acceptance: "not now" is remembered for this visit only, and continued use is never
 * taken as consent (Recital 32). Once nothing is left to show, <html> gets data-policies-notices="done" (for the
 * host page's styles and scripts, and for tests that check nothing was shown).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.fetch) return;
  var manifestUrl = new URL(script.getAttribute("data-manifest"), document.baseURI);
  var siteRoot = new URL("../", manifestUrl);
  var KEY = "policies-notices";

  function read(storage) {
    try { return JSON.parse(storage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  function remember(storage, id, value) {
    try {
      var state = read(storage);
      state[id] = { state: value, at: new Date().toISOString() };
      storage.setItem(KEY, JSON.stringify(state));
    } catch (e) { /* storage refused: the pop-up shows again next time, which errs on the side of telling */ }
  }
  function isoToday() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  var STYLE = ".policies-notice{max-width:34rem;width:calc(100% - 2rem);border:2px solid #000;border-radius:.4rem;" +
    "padding:1.5rem;font:16px/1.5 system-ui,sans-serif;color:#111;background:#fff}" +
    ".policies-notice::backdrop{background:rgba(0,0,0,.55)}" +
    ".policies-notice h2{margin:0 2rem .75rem 0;font-size:1.25rem;text-wrap:balance}" +
    ".policies-notice a{color:#1a3fb8;text-decoration:underline}" +
    ".policies-notice .pn-actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}" +
    ".policies-notice .pn-actions button{font:inherit;padding:.5rem 1rem;border:2px solid #000;border-radius:.3rem;" +
    "background:#fff;color:#000;cursor:pointer}" +
    ".policies-notice .pn-actions button.pn-primary{background:#000;color:#fff}" +
    ".policies-notice button:focus-visible,.policies-notice a:focus-visible{outline:3px solid #1a3fb8;outline-offset:2px}" +
    ".policies-notice .pn-close{position:absolute;top:.5rem;right:.5rem;font:inherit;font-size:1.5rem;line-height:1;" +
    "width:2.5rem;height:2.5rem;border:0;background:transparent;color:#000;cursor:pointer}";

  function element(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text) node.textContent = text;
    return node;
  }

  function show(notice, labels, lang, done) {
    if (!document.getElementById("policies-notice-style")) {
      var style = element("style", { id: "policies-notice-style" });
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
    var dialog = element("dialog", { "class": "policies-notice", "aria-labelledby": "pn-title",
                                      "aria-describedby": "pn-when", lang: lang,
                                      "data-notice": notice.id });
    // "is changing" before the effective date, "has changed" from it, by the visitor's calendar.
    var wording = (notice.wordings || {})[isoToday() < notice.effective_at ? "upcoming" : "in_force"] || notice;
    dialog.appendChild(element("h2", { id: "pn-title" }, wording.title));
    dialog.appendChild(element("p", { id: "pn-when" }, wording.when));
    if (notice.summary) dialog.appendChild(element("p", {}, notice.summary));
    var links = element("p", {});
    links.appendChild(element("a", { href: new URL(notice.page, siteRoot).href, "class": "pn-read" },
                              labels.notice_read));
    if (notice.redline) {
      links.appendChild(document.createTextNode(" \u00b7 "));
      links.appendChild(element("a", { href: new URL(notice.redline, siteRoot).href, "class": "pn-redline" },
                                labels.notice_redline));
    }
    dialog.appendChild(links);
    var actions = element("div", { "class": "pn-actions" });
    var settled = false;
    function settle(value) {
      // Stored the moment the visitor acts: the dialog's close event comes a task later, and a page left at
      // once (a storefront link, a reload) would lose an acceptance stored there.
      if (settled) return;
      settled = true;
      if (value === "later") remember(window.sessionStorage, notice.id, value);
      else remember(window.localStorage, notice.id, value);
    }
    function button(label, cls, value) {
      var b = element("button", { type: "button", "class": cls }, label);
      b.addEventListener("click", function () { settle(value); dialog.close(); });
      actions.appendChild(b);
      return b;
    }
    var first;
    if (notice.requires_acceptance) {
      dialog.appendChild(element("p", { "class": "pn-note" }, labels.notice_accept_note));
      first = button(labels.notice_accept, "pn-primary pn-accept", "accepted");
      button(labels.notice_later, "pn-later", "later");
    } else {
      first = button(labels.notice_dismiss, "pn-primary pn-dismiss", "dismissed");
    }
    dialog.appendChild(actions);
    var close = element("button", { type: "button", "class": "pn-close", "aria-label": labels.close }, "\u00d7");
    close.addEventListener("click", function () { dialog.close(); });
    dialog.appendChild(close);

    // Keep Tab inside the dialog (WCAG 2.1.2, 2.4.3): wrap from the last control to the first and back.
    dialog.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") return;
      var items = dialog.querySelectorAll("a[href], button");
      var firstItem = items[0], lastItem = items[items.length - 1];
      if (event.shiftKey && document.activeElement === firstItem) { lastItem.focus(); event.preventDefault(); }
      else if (!event.shiftKey && document.activeElement === lastItem) { firstItem.focus(); event.preventDefault(); }
    });
    // Seen means on screen and answered: an Escape that reaches the dialog before it was ever painted (the key
    // press that closed the cookie banner) is not the visitor's answer to this notice.
    var onScreen = false;
    dialog.addEventListener("cancel", function (event) { if (!onScreen) event.preventDefault(); });
    dialog.addEventListener("close", function () {
      // Escape, the close button and "I have read this" dismiss a major notice; a rights-reducing one is only
      // settled by acceptance, and is asked again on the next visit otherwise.
      settle(notice.requires_acceptance ? "later" : "dismissed");
      dialog.remove();
      done();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    first.focus();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        onScreen = true;
        dialog.setAttribute("data-on-screen", "");  // painted: from now on an Escape is the visitor's answer
      });
    });
  }

  function start(manifest) {
    var today = isoToday();
    var settled = read(window.localStorage);
    var later = read(window.sessionStorage);
    var queue = (manifest.notices || []).filter(function (n) {
      return !settled[n.id] && !later[n.id] && today <= n.show_until;
    });
    (function next() {
      var notice = queue.shift();
      if (notice) show(notice, manifest.labels, manifest.lang, next);
      else document.documentElement.setAttribute("data-policies-notices", "done");
    })();
  }

  function whenBannerDone(callback) {
    // The cookie banner comes first: one dialog at a time, and the consent choice is not hidden behind this one.
    var CC = window.CookieConsent;
    if (CC && document.documentElement.classList.contains("show--consent")) {
      window.addEventListener("cc:onModalHide", function handler(event) {
        if (event.detail && event.detail.modalName !== "consentModal") return;
        window.removeEventListener("cc:onModalHide", handler);
        // After the event that closed the banner (an Escape key press) has ended, so it cannot reach the pop-up.
        setTimeout(callback, 0);
      });
    } else {
      callback();
    }
  }

  fetch(manifestUrl.href, { credentials: "omit" })
    .then(function (response) { return response.ok ? response.json() : { notices: [] }; })
    .then(function (manifest) { whenBannerDone(function () { start(manifest); }); })
    .catch(function () { /* no manifest, no pop-up: the policy pages still carry the notice */ });
})();
