/*
 * The form that compares any two released versions of a policy (archive and comparisons pages). The site is
 * static, so every pair has a pre-generated page: consecutive versions at changes/<newer>/, the others at
 * compare/<older>/<newer>/. This script goes straight there; without it, the form's GET target (the
 * comparisons page) lists every pair, and that page, reached with ?from=&to=, also forwards to the pair.
 * The options are newest first; the comparison always reads from the older version to the newer one.
 */
(function () {
  "use strict";

  function pairPage(form, from, to) {
    var versions = [].map.call(form.elements.from.options, function (option) { return option.value; });
    var a = versions.indexOf(from), b = versions.indexOf(to);
    if (a < 0 || b < 0 || a === b) return null;
    var newer = versions[Math.min(a, b)], older = versions[Math.max(a, b)];
    var path = Math.abs(a - b) === 1
      ? form.getAttribute("data-changes") + newer + "/"
      : form.getAttribute("data-compare") + older + "/" + newer + "/";
    return new URL(path, document.baseURI).href;
  }

  function showSameVersion(form, error) {
    error.textContent = error.getAttribute("data-same");
    form.elements.from.setAttribute("aria-invalid", "true");
    form.elements.to.setAttribute("aria-invalid", "true");
  }

  function setUp(form) {
    var error = form.querySelector(".policies-compare-error");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var target = pairPage(form, form.elements.from.value, form.elements.to.value);
      if (target) {
        location.assign(target);
      } else {
        showSameVersion(form, error);
        form.elements.to.focus();
      }
    });
    form.addEventListener("change", function () {
      error.textContent = "";
      form.elements.from.removeAttribute("aria-invalid");
      form.elements.to.removeAttribute("aria-invalid");
    });
    var query = new URLSearchParams(location.search);
    if (query.has("from") && query.has("to")) {
      var target = pairPage(form, query.get("from"), query.get("to"));
      if (target) {
        location.replace(target);
      } else if (query.get("from") === query.get("to")) {
        form.elements.from.value = form.elements.to.value = query.get("to");
        showSameVersion(form, error);
      }
    }
  }

  [].forEach.call(document.querySelectorAll("form.policies-compare"), setUp);
})();
