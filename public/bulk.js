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
  const sessions = (n) => `${n} ${n === 1 ? "session" : "sessions"}`;
  // Whether a row's own menu offers `action` (its confirmation link is there).
  const offers = (row, action) => row.querySelector(`a[href^="/sessions/${action}?"]`) !== null;

  function sync() {
    if (!form()) return;
    const chosen = picks().filter((box) => box.checked);
    const n = chosen.length;
    const rows = chosen.map((box) => box.closest("tr"));
    const count = document.getElementById("bulk-count");
    if (count) count.value = n > 0 ? `${sessions(n)} selected` : "";
    const buttons = [
      ["bulk-cancel", "cancel", `Cancel action on ${sessions(n)}`, "Cancel action on selected sessions"],
      ["bulk-hold", "hold", `Hold ${sessions(n)}`, "Hold selected"],
      ["bulk-close", "close", `Close ${sessions(n)}`, "Close selected"],
    ];
    for (const [id, action, counted, plain] of buttons) {
      const button = document.getElementById(id);
      if (!button) continue;
      const allowed = n > 0 && rows.every((row) => row && offers(row, action));
      button.disabled = !allowed;
      button.title = n > 0 && !allowed ? "Not every selected session allows this" : "";
      if (hydrated()) {
        const text = n > 0 ? counted : plain;
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
