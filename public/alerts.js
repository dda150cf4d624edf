// Waiting-time alerts in the browser's own chrome, beside the sessions page's island: the
// count of customers waiting too long in the tab's title, and, once the admin allows it, a
// desktop notification per session that crosses the limit while the tab is hidden. The page
// marks those rows (`.wait-alert`) and counts them (`#wait-alerts[data-alerts]`) with or
// without JavaScript; this script only reads what the page shows.
(() => {
  "use strict";
  const KEY = "rescue-console.notified";
  const base = document.title.replace(/^\(\d+\) /, "");
  const supported = "Notification" in window;
  // Sessions already seen while overdue: each is notified at most once per browser tab.
  let seen;
  try {
    seen = new Set(JSON.parse(sessionStorage.getItem(KEY) || "[]"));
  } catch {
    seen = new Set();
  }
  const remember = () => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify([...seen].slice(-500)));
    } catch {
      // Storage full or refused: notifications may repeat after a reload, nothing worse.
    }
  };

  const overdueRows = () =>
    [...document.querySelectorAll("table.sessions .wait-alert")].map((mark) => mark.closest("tr"));

  function update() {
    const line = document.getElementById("wait-alerts");
    const count = line ? Number(line.dataset.alerts) || 0 : 0;
    const title = count > 0 ? `(${count}) ${base}` : base;
    if (document.title !== title) document.title = title;

    const button = document.getElementById("notify-waits");
    if (button) button.hidden = !supported || Notification.permission !== "default";

    let changed = false;
    for (const row of overdueRows()) {
      const id = row.dataset.session;
      if (!id || seen.has(id)) continue;
      seen.add(id);
      changed = true;
      // Only a hidden tab notifies: an admin looking at the page sees the row already.
      if (document.hidden && supported && Notification.permission === "granted") {
        const mark = row.querySelector(".wait-alert").textContent;
        // The customer's column (Session, Status, Technician, Channel, Started, In status for, Customer).
        const customer = row.cells[6] ? row.cells[6].textContent.trim() : "";
        // The words, in the page's language, wait on the button that asks for permission.
        const words = (document.getElementById("notify-waits") || { dataset: {} }).dataset.notice;
        const heading = (words || "Session {session}: customer {mark}")
          .replaceAll("{session}", id)
          .replaceAll("{mark}", mark);
        const notice = new Notification(heading, {
          body: customer ? `${customer} — ${base}` : base,
          tag: `rescue-console-wait-${id}`,
        });
        notice.onclick = () => {
          window.focus();
          notice.close();
        };
      }
    }
    if (changed) remember();
  }

  document.addEventListener("click", (event) => {
    if (!supported || !event.target.closest("#notify-waits")) return;
    Notification.requestPermission().then(update, update);
  });
  document.addEventListener("visibilitychange", update);
  // The island re-renders rows, marks and the count as the list refreshes and the clock runs.
  new MutationObserver(update).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["data-alerts"],
  });
  update();
})();
