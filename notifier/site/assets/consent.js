/*
 * Consent banner of the policies site (legal-rules.md B1-B10), on vanilla-cookieconsent v3 (vendor/).
 * Settings and words come from consent-config.js, generated from data/cookies.yml at build time.
 * - opt-in: nothing optional is written before a choice (B1); accept / reject / customise have equal weight (B2)
 * - the stored choice (cookie cc_cookie) holds the time, the categories, the revision, the language, and in its
 *   data the cookie-policy version and the banner configuration version (B9)
 * - the choice is asked again after expiryMonths (B6) and when a reconsent version raises the revision (B7)
 * - Escape on the first layer closes it without storing anything: closing is refusal (B1)
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
    onFirstConsent: recordProof,
    onChange: recordProof
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.documentElement.classList.contains("show--consent")) {
      CC.hide();
    }
  });
})();
