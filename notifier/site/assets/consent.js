/*
 * Consent banner of the policies site (legal-rules.md B1-B10), on vanilla-cookieconsent v3 (vendor/).
 * Settings and words come from consent-config.js, generated from data/cookies.yml at build time.
 * - opt-in: nothing optional is written before a choice (B1); accept / reject / customise have equal weight (B2)
 * - the stored choice (cookie cc_cookie) holds the time, the categories, the revision, the language, and in its
 *   data the cookie-policy version and the banner configuration version (B9)
 * - the choice is asked again after expiryMonths (B6) and when a reconsent version raises the revision (B7)
 * - Escape on the first layer closes it without storing anything: closing is refusal (B1)
 * - each act (first choice, change, withdrawal, renewal) is sent once to the consent log, POST {root}api/v1/consents
 *   or the script's data-consent-log address, after the choice is applied and without delaying the page (fetch
 *   keepalive); until the API has it, the record waits in localStorage under the consent cookie's name (declared
 *   with it) and is resent on the next page load (B9)
 */
(function () {
  "use strict";
  var settings = window.POLICIES_CONSENT;
  var CC = window.CookieConsent;
  if (!settings || !CC) return;
  var script = document.currentScript;
  var root = (script && script.getAttribute("data-root")) || "/";
  var lang = (document.documentElement.lang || settings.defaultLanguage).slice(0, 2);
  if (settings.languages.indexOf(lang) < 0) lang = settings.defaultLanguage;

  function storedChoice() {
    var prefix = settings.cookieName + "=";
    var parts = document.cookie ? document.cookie.split("; ") : [];
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].indexOf(prefix) === 0) {
        try { return JSON.parse(decodeURIComponent(parts[i].slice(prefix.length))); } catch (e) { return null; }
      }
    }
    return null;
  }

  // B6: a choice older than expiryMonths no longer counts, even if the browser still holds the cookie.
  var stored = storedChoice();
  if (stored) {
    var made = new Date(stored.lastConsentTimestamp || stored.consentTimestamp);
    var limit = new Date(made.getTime());
    limit.setMonth(limit.getMonth() + settings.expiryMonths);
    if (isNaN(made.getTime()) || Date.now() >= limit.getTime()) {
      document.cookie = settings.cookieName + "=; Max-Age=0; path=/";
    }
  }

  var categories = {};
  settings.categories.forEach(function (category) {
    categories[category.id] = category.required
      ? { enabled: true, readOnly: true }
      : { enabled: false, readOnly: false,
          autoClear: { cookies: category.cookies.map(function (name) { return { name: name }; }) } };
  });

  function withRoot(value) {
    if (typeof value === "string") return value.split("{root}").join(root);
    if (Array.isArray(value)) return value.map(withRoot);
    if (value && typeof value === "object") {
      var copy = {};
      Object.keys(value).forEach(function (key) { copy[key] = withRoot(value[key]); });
      return copy;
    }
    return value;
  }

  function recordProof() {
    CC.setCookieData({
      value: { cookiePolicyVersion: settings.cookiePolicyVersion, configVersion: settings.configVersion,
               language: lang },
      mode: "overwrite"
    });
  }

  var logUrl = (script && script.getAttribute("data-consent-log")) || root + "api/v1/consents";
  var userRef = script && script.getAttribute("data-user-ref");

  function queued() {
    try { return JSON.parse(localStorage.getItem(settings.cookieName) || "[]"); } catch (e) { return []; }
  }

  function keep(records) {
    if (records.length) localStorage.setItem(settings.cookieName, JSON.stringify(records));
    else localStorage.removeItem(settings.cookieName);
  }

  function forget(recordId) {
    keep(queued().filter(function (record) { return record.record_id !== recordId; }));
  }

  // A record leaves the queue once the API answered for it: stored (201), already stored (200), or refused for
  // good (4xx other than 429). A network error, a 429 or a 5xx keeps it for the next page load.
  function send(record) {
    fetch(logUrl, { method: "POST", keepalive: true, credentials: "omit", mode: "cors",
                    headers: { "Content-Type": "text/plain" }, body: JSON.stringify(record) })
      .then(function (response) {
        if (response.ok || (response.status >= 400 && response.status < 500 && response.status !== 429)) {
          forget(record.record_id);
        }
      })
      .catch(function () { /* kept in the queue, resent on the next load */ });
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  function actOf(preferences, changed) {
    var withdrawn = (changed || []).some(function (id) { return preferences.rejectedCategories.indexOf(id) >= 0; });
    if (withdrawn) return "withdraw";
    return { all: "accept_all", necessary: "reject_all" }[preferences.acceptType] || "custom";
  }

  function logAct(changed) {
    var preferences = CC.getUserPreferences();
    var choice = {};
    settings.categories.forEach(function (category) {
      choice[category.id] = preferences.acceptedCategories.indexOf(category.id) >= 0;
    });
    var record = { record_id: randomId(), consent_id: CC.getCookie("consentId"), act: actOf(preferences, changed),
                   categories: choice, config_hash: settings.configVersion,
                   cookie_policy_version: settings.cookiePolicyVersion, language: lang,
                   at: new Date().toISOString() };
    if (userRef) record.user_ref = userRef;
    keep(queued().concat([record]));
    send(record);
  }

  queued().forEach(send);

  CC.run({
    mode: "opt-in",
    revision: settings.revision,
    autoShow: true,
    hideFromBots: false,
    disablePageInteraction: false,
    cookie: { name: settings.cookieName, expiresAfterDays: settings.expiryDays, path: "/", sameSite: "Lax",
              secure: window.location.protocol === "https:" },
    guiOptions: {
      consentModal: { layout: "box", position: "bottom left", equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: "box", equalWeightButtons: true, flipButtons: false }
    },
    categories: categories,
    language: { default: lang, translations: withRoot(settings.translations) },
    onFirstConsent: function () { recordProof(); setTimeout(function () { logAct(null); }, 0); },
    onChange: function (event) {
      recordProof();
      setTimeout(function () { logAct(event.changedCategories); }, 0);
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.documentElement.classList.contains("show--consent")) {
      CC.hide();
    }
  });
})();
