// Bulk actions end to end, against a dashboard of their own over a frozen simulator: Hold on
// three sessions ticked in the table (one technician offline), then Cancel action on every row
// with an action of the admin's pending (the ones requested through this dashboard), each with one confirmation and a results page — hydrated (bulk.js counts the
// selection and ticks the pending rows) and without JavaScript (the same form, plain requests).
import { test, expect } from '@playwright/test';
import { bulkSimURL, bulkURL } from '../playwright.config.mjs';
import { TECH_OFFLINE, sessions, signIn } from './sim.mjs';

const LIST = '/sessions?node=337000&noderef=NODE';

/** Active sessions with nothing pending and one technician, whose console runs (one row each). */
async function free(request) {
  return (await sessions(request, bulkSimURL)).filter(
    (s) => s.status === 'Active' && !s.pending && s.technicians.length === 1 && s.technicians[0] !== TECH_OFFLINE,
  );
}

/** The table's row of session `s` (its lead technician's row). */
const rowOf = (page, s) => page.locator(`table.sessions tr[data-session="${s.id}"][data-technician="${s.technicians[0]}"]`);

/** Waits for a results page to hold every answer, and returns its summary. */
async function summary(page) {
  await expect(page).toHaveURL(/\/sessions\/bulk\?run=/);
  const line = page.locator('.result.summary');
  // The page reloads itself every two seconds until the last answer is in.
  await expect(line).toBeVisible({ timeout: 20_000 });
  return line;
}

test('an admin holds three sessions at once, then cancels every action of theirs in one go', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const all = await sessions(request, bulkSimURL);
  // Two sessions whose technicians' consoles run, and one whose technician is offline (Rescue
  // answers ACTIONFAILED for it).
  const held = (await free(request)).slice(0, 2);
  expect(held).toHaveLength(2);
  const offline = all.find((s) => s.status === 'Active' && s.technicians.length === 1 && s.technicians[0] === TECH_OFFLINE);
  expect(offline).toBeTruthy();
  const chosen = [...held, offline];
  const waiting = all.find((s) => s.status === 'Waiting');
  expect(waiting).toBeTruthy();

  await signIn(page, LIST, 'admin@demo.example', bulkURL);
  await expect(page).toHaveURL(`${bulkURL}${LIST}`);
  if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();

  for (const s of chosen) await rowOf(page, s).locator('input.pick').check();
  const waitingBox = page.locator(`table.sessions tr[data-session="${waiting.id}"] input.pick`).first();
  if (hydrated) {
    // The buttons count the selection; a waiting session cannot be held, so Hold turns off.
    await expect(page.locator('#bulk-count')).toHaveText('3 sessions selected');
    await expect(page.locator('#bulk-hold')).toHaveText('Hold 3 sessions');
    await expect(page.locator('#bulk-hold')).toBeEnabled();
    await waitingBox.check();
    await expect(page.locator('#bulk-hold')).toBeDisabled();
    await expect(page.locator('#bulk-count')).toHaveText('4 sessions selected');
    await page.locator('.bulk-bar').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/bulk-selected-${testInfo.project.name}.png` });
    await waitingBox.uncheck();
  } else {
    // Without JavaScript nothing turns the button off: the server refuses instead, and sends nothing.
    await waitingBox.check();
    await page.locator('#bulk-hold').click();
    await expect(page.getByRole('alert')).toContainText('Hold is not possible for every session chosen');
    await expect(page.getByRole('alert')).toContainText(`${waiting.id} (Waiting) cannot be held`);
    await expect(page.getByRole('button', { name: /^Confirm/ })).toHaveCount(0);
    await page.goBack();
    await page.locator(`table.sessions tr[data-session="${waiting.id}"] input.pick`).first().uncheck();
  }

  // One confirmation lists the three, as Rescue lists them now.
  await page.locator('#bulk-hold').click();
  await expect(page.getByRole('heading', { name: 'Hold 3 sessions?' })).toBeVisible();
  const listed = page.locator('table.bulk-sessions tbody tr');
  await expect(listed).toHaveCount(3);
  for (const s of chosen) await expect(page.locator(`table.bulk-sessions tr[data-session="${s.id}"] .session-id`)).toHaveText(String(s.id));
  await page.screenshot({ path: `screenshots/bulk-confirmation-${testInfo.project.name}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Confirm: Hold 3 sessions' }).click();
  // Each session answers for itself: the offline technician's does not hold the others back.
  const line = await summary(page);
  await expect(line).toContainText('2 held');
  await expect(line).toContainText('1 technician offline');
  await expect(page.locator('.outcome.ok')).toHaveCount(2);
  for (const s of held) {
    await expect(page.locator(`table.bulk-sessions tr[data-session="${s.id}"] .outcome`)).toContainText(String(s.id));
  }
  await expect(page.locator(`table.bulk-sessions tr[data-session="${offline.id}"] .outcome.error`)).toContainText('Technician Console is not running');
  await page.screenshot({ path: `screenshots/bulk-results-${testInfo.project.name}.png`, fullPage: true });
  let now = await sessions(request, bulkSimURL);
  for (const s of held) expect(now.find((n) => n.id === s.id).pending.action).toBe('Hold');

  // Back on the list: every row with an action this admin requested here still pending.
  await page.getByRole('link', { name: '← Back to the sessions' }).click();
  await expect(page).toHaveURL(`${bulkURL}${LIST}`);
  const marked = page.locator('table.sessions tr[data-session]:has(.pending-mark)');
  for (const s of held) await expect(rowOf(page, s).locator('.pending-mark')).toContainText('Hold requested at');
  const mine = await marked.evaluateAll((rows) => rows.map((tr) => Number(tr.dataset.session)));
  expect(mine.length).toBeGreaterThanOrEqual(2);
  if (hydrated) {
    await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
    await page.locator('#bulk-pending').click();
    await expect(page.locator('table.sessions input.pick:checked')).toHaveCount(mine.length);
    await expect(page.locator('#bulk-cancel')).toHaveText(`Cancel action on ${mine.length} sessions`);
    await page.locator('#bulk-cancel').click();
  } else {
    await page.locator('#bulk-pending').click();
  }
  await expect(page.getByRole('heading', { name: `Cancel action on ${mine.length} sessions?` })).toBeVisible();
  await expect(listed).toHaveCount(mine.length);
  await page.getByRole('button', { name: `Confirm: Cancel action on ${mine.length} sessions` }).click();
  await expect(await summary(page)).toHaveText(`${mine.length} cancelled`);
  await expect(page.locator('.outcome.ok')).toHaveCount(mine.length);
  now = await sessions(request, bulkSimURL);
  for (const id of mine) expect(now.find((n) => n.id === id).pending).toBeNull();
  await page.getByRole('link', { name: '← Back to the sessions' }).click();
  await expect(marked).toHaveCount(0);

  // Past a hundred sessions the request is refused with a sentence, before Rescue is asked.
  const picks = Array.from({ length: 101 }, (_, i) => `${1000 + i}:${held[0].technicians[0]}`).join(',');
  await page.goto(`${bulkURL}/sessions/bulk?action=cancel&node=337000&noderef=NODE&pick=${picks}`);
  await expect(page.getByRole('alert')).toContainText('At most 100 sessions can be changed at once, and 101 were chosen');
  expect(errors).toEqual([]);
});
