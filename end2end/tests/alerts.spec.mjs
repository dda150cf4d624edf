// Waiting-time alerts end to end, on the bulk dashboard (WAIT_ALERT_SECS = 600 over a frozen
// simulator whose customers have waited from seconds to an hour and a half): the marked rows,
// listed first, counted above the table and in the title — with and without JavaScript — and,
// hydrated, the opt-in desktop notifications of a hidden tab.
import { test, expect } from '@playwright/test';
import { WAIT_ALERT_SECS, bulkURL } from '../playwright.config.mjs';
import { signIn } from './sim.mjs';

const LIST = '/sessions?node=337000&noderef=NODE';

/** What the rows show: each row's session, badge and waiting mark (or null), in order. */
const rowsSeen = (page) =>
  page.locator('table.sessions tbody tr[data-session]').evaluateAll((rows) =>
    rows.map((tr) => ({
      id: tr.dataset.session,
      status: tr.querySelector('.badge')?.textContent ?? '',
      mark: tr.querySelector('.wait-alert')?.textContent ?? null,
    })),
  );

/** Whole minutes in a mark such as "waiting 12 min" or "waiting 1 h 5 min". */
function minutes(mark) {
  const hours = /(\d+) h/.exec(mark);
  const mins = /(\d+) min/.exec(mark);
  return (hours ? Number(hours[1]) * 60 : 0) + (mins ? Number(mins[1]) : 0);
}

test('customers waiting too long are marked, listed first and counted', async ({ page }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, LIST, 'lead@demo.example', bulkURL);
  await expect(page).toHaveURL(`${bulkURL}${LIST}`);
  if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();

  const rows = await rowsSeen(page);
  const marked = rows.filter((r) => r.mark !== null);
  expect(marked.length).toBeGreaterThan(0);
  // Only waiting customers, each past the limit by what its mark says.
  for (const r of marked) {
    expect(r.status).toBe('Waiting');
    expect(r.mark).toMatch(/^waiting \d/);
    expect(minutes(r.mark)).toBeGreaterThanOrEqual(WAIT_ALERT_SECS / 60);
  }
  // Listed first (the list has no sort chosen), then the rest.
  expect(rows.slice(0, marked.length).map((r) => r.id)).toEqual(marked.map((r) => r.id));
  // The line above the table and the title count the same rows.
  const line = page.locator('#wait-alerts');
  await expect(line).toHaveAttribute('data-alerts', String(marked.length));
  const who = marked.length === 1 ? 'customer' : 'customers';
  await expect(line).toHaveText(`${marked.length} ${who} waiting longer than ${WAIT_ALERT_SECS / 60} min`);
  await expect(page).toHaveTitle(new RegExp(`^\\(${marked.length}\\) Sessions — `));
  await page.locator(`table.sessions tr[data-session="${marked[0].id}"]`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/wait-alerts-${testInfo.project.name}.png` });
  // Without JavaScript nothing can notify: the button stays hidden.
  if (!hydrated) await expect(page.locator('#notify-waits')).toBeHidden();
  expect(errors).toEqual([]);
});

test('a hidden tab notifies each customer waiting too long once, after the admin allows it', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'notifications need JavaScript');
  // A stand-in for the browser's Notification API and page visibility, so the test sees what
  // the page asks for: the permission is kept per tab, like the notified sessions.
  const stub = () => {
    const notices = [];
    window.__notices = notices;
    class Notice {
      constructor(title, options) {
        notices.push({ title, body: options?.body ?? '', tag: options?.tag ?? '' });
      }
      close() {}
      static get permission() {
        return sessionStorage.getItem('test.permission') ?? 'default';
      }
      static requestPermission() {
        sessionStorage.setItem('test.permission', 'granted');
        return Promise.resolve('granted');
      }
    }
    window.Notification = Notice;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => sessionStorage.getItem('test.hidden') === '1' });
  };
  const context = await browser.newContext();
  await context.addInitScript(stub);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, LIST, 'master@demo.example', bulkURL);
  await expect(page).toHaveURL(`${bulkURL}${LIST}`);
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  const marked = (await rowsSeen(page)).filter((r) => r.mark !== null);
  expect(marked.length).toBeGreaterThan(0);

  // Asked for, the permission is granted and the button goes away.
  const button = page.getByRole('button', { name: 'Notify me of long waits' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(button).toBeHidden();
  // The admin is looking at the page: the marked rows are seen, nobody is notified.
  expect(await page.evaluate(() => window.__notices.length)).toBe(0);

  // A new tab that opens hidden: one notification per overdue session, once.
  await page.evaluate(() => {
    sessionStorage.removeItem('rescue-console.notified');
    sessionStorage.setItem('test.hidden', '1');
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.__notices.length)).toBe(marked.length);
  const notices = await page.evaluate(() => window.__notices);
  for (const r of marked) {
    const notice = notices.find((n) => n.tag === `rescue-console-wait-${r.id}`);
    expect(notice, `a notification for session ${r.id}`).toBeTruthy();
    // The minutes may have ticked on since the rows were read.
    expect(notice.title).toMatch(new RegExp(`^Session ${r.id}: customer waiting \\d`));
    expect(notice.body).toContain('Sessions — ');
  }
  // Hidden again later: nothing repeats.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__notices.length)).toBe(marked.length);
  await context.close();
  expect(errors).toEqual([]);
});
