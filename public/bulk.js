// The sessions table's bulk actions, once JavaScript runs: the count of selected rows on the
// buttons, Hold and Close only when every selected row allows them, and "every row with a
// pending action of mine" ticking those rows instead of going straight to the confirmation.
// Without JavaScript the same form works as it is (the server checks everything again).
(() => {
  "use strict";
  const form = () => document.getElementById("bulk");
  const picks = () => [...document.querySelectorAll('input.pick[form="bulk"]')];
  // Texts inside the island are left alone until it has hydrated.
  const hydrated = () => document.querySelector('main[data-hydrated="true"]') !== null;
  // The page's words for a count (`data-*` of the form: a template per plural category, in
  // the page's language), chosen by the browser's own plural rules.
  const plurals = new Intl.PluralRules(document.documentElement.lang || "en");
  const counted = (name, n) => {
    let templates = {};
    try {
      templates = JSON.parse(form().dataset[name] || "{}");
    } catch {
      // A page without the words: the button keeps its own text.
    }
    const template = templates[plurals.select(n)] || templates.other || "";
    return template.replaceAll("{n}", new Intl.NumberFormat(document.documentElement.lang || "en").format(n));
  };
  // Whether a row's own menu offers `action` (its confirmation link is there).
  const offers = (row, action) => row.querySelector(`a[href^="/sessions/${action}?"]`) !== null;

  function sync() {
    if (!form()) return;
    const chosen = picks().filter((box) => box.checked);
    const n = chosen.length;
    const rows = chosen.map((box) => box.closest("tr"));
    const count = document.getElementById("bulk-count");
    if (count) count.value = n > 0 ? counted("selected", n) : "";
    for (const [id, action] of [["bulk-cancel", "cancel"], ["bulk-hold", "hold"], ["bulk-close", "close"]]) {
      const button = document.getElementById(id);
      if (!button) continue;
      const allowed = n > 0 && rows.every((row) => row && offers(row, action));
      button.disabled = !allowed;
      button.title = n > 0 && !allowed ? form().dataset.notAllowed || "" : "";
      if (hydrated()) {
        const text = n > 0 ? counted(action, n) : button.dataset.plain;
        if (button.textContent !== text) button.textContent = text;
      }
    }
  }

  document.addEventListener("change", (event) => {
    if (event.target.matches && event.target.matches("input.pick")) sync();
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest && event.target.closest("#bulk-pending");
    if (!button) return;
    event.preventDefault();
    for (const box of picks()) {
      const row = box.closest("tr");
      if (row && row.querySelector(".pending-mark")) box.checked = true;
    }
    sync();
  });
  // Rows come and go with every refresh, and the island swaps in its own rows once hydrated.
  new MutationObserver(sync).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-hydrated"],
  });
  sync();
})();
