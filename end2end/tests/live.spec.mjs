// The live list, hydrated: it follows its live stream, keeps what the admin was doing (typing,
// scroll), highlights the row that changed, and polls only while it has no stream.
import { test, expect } from '@playwright/test';
import { REFRESH_SECS, rescueURL, simURL } from '../playwright.config.mjs';
import { TECH_OFFLINE, sessions, signIn } from './sim.mjs';

const ROOT_LIST = `${rescueURL}/sessions?node=337000&noderef=NODE`;

/** getSession calls the simulator has answered so far. */
async function listReads(request) {
  const response = await request.get(`${simURL}/_sim/requests`);
  return (await response.json()).filter((r) => r.method === 'getSession_v3').length;
}

test('the list refreshes itself, keeps focus and scroll, highlights changes and pauses while confirming', async ({ page, browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'refreshing by itself needs JavaScript');
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const candidates = (await sessions(request)).filter(
    (s) => s.status === 'Active' && !s.pending && s.technicians.length > 0 && s.technicians[0] !== TECH_OFFLINE,
  );
  const [target, other] = candidates;
  expect(target && other).toBeTruthy();

  await signIn(page, ROOT_LIST.slice(rescueURL.length), 'lead@demo.example');
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.updated')).toContainText('· live');

  // The admin is typing a search and has scrolled down.
  const search = page.getByLabel('Search ID, customer, fields');
  await search.fill('half-typed');
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const scrollY = await page.evaluate(() => window.scrollY);

  // Meanwhile, in another browser, a session is transferred.
  const context = await browser.newContext();
  const elsewhere = await context.newPage();
  const transfer = `/sessions/transfer?session=${target.id}&technician=${target.technicians[0]}&node=337000&noderef=NODE`;
  await signIn(elsewhere, transfer, 'lead@demo.example');
  await elsewhere.getByLabel('Transfer to').selectOption({ label: 'Channel: Support Channel' });
  await elsewhere.getByLabel('Comment for the receiving technician').fill('Moved while the list was open');
  await elsewhere.getByRole('button', { name: 'Confirm' }).click();
  await expect(elsewhere.locator('.result.ok')).toBeVisible();
  // That admin lands on their own live list; they move on, so only this page reads the list.
  await elsewhere.goto('about:blank');

  // Within a refresh the row shows it, highlighted; the typing and the scroll are untouched.
  const row = page.locator(`tr[data-session="${target.id}"][data-technician="${target.technicians[0]}"]`);
  await expect(row.locator('.badge')).toHaveText('Transferring', { timeout: (REFRESH_SECS + 5) * 1000 });
  await expect(row).toHaveClass(/changed/);
  await page.screenshot({ path: `screenshots/live-changed-${testInfo.project.name}.png` });
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('half-typed');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  await expect(page.locator('.updated')).toContainText(/Updated (just now|\d+ s ago)/);

  // A confirmation opens and closes over the live list.
  const otherRow = page.locator(`tr[data-session="${other.id}"][data-technician="${other.technicians[0]}"]`);
  await otherRow.locator('summary', { hasText: 'More' }).click();
  await otherRow.getByRole('link', { name: 'Hold', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Put this session on hold?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toBeHidden();

  // Without its stream (refused here), the page polls every interval, and says so; it pauses
  // while a confirmation is open.
  await page.route('**/sessions/live*', (route) => route.fulfill({ status: 204 }));
  await page.reload();
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.updated')).toContainText(`refreshes every ${REFRESH_SECS} s`);
  const polled = await listReads(request);
  await expect.poll(() => listReads(request), { timeout: (REFRESH_SECS + 5) * 1000 }).toBeGreaterThan(polled);
  await otherRow.locator('summary', { hasText: 'More' }).click();
  await otherRow.getByRole('link', { name: 'Hold', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(page.locator('.updated')).toContainText('paused while you confirm');
  const before = await listReads(request);
  await page.waitForTimeout((REFRESH_SECS + 2) * 1000);
  expect(await listReads(request)).toBe(before);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect.poll(() => listReads(request), { timeout: (REFRESH_SECS + 5) * 1000 }).toBeGreaterThan(before);

  // Refresh on request.
  const reads = await listReads(request);
  await page.getByRole('link', { name: 'Refresh' }).click();
  await expect.poll(() => listReads(request)).toBeGreaterThan(reads);

  // The dashboard does not answer a refresh: the list stays, and the page says so.
  const rowsBefore = await page.locator('tr[data-session]').count();
  await page.route('**/api/load_sessions*', (route) => route.abort());
  await page.getByRole('link', { name: 'Refresh' }).click();
  await expect(page.locator('.updated')).toContainText('Could not refresh');
  await expect(page.locator('tr[data-session]')).toHaveCount(rowsBefore);
  await page.unroute('**/api/load_sessions*');
  await page.getByRole('link', { name: 'Refresh' }).click();
  await expect(page.locator('.updated')).toContainText('Updated just now');

  // Put the transferred session back, so the other specs find the account as seeded.
  await elsewhere.goto(`${rescueURL}/sessions/cancel?session=${target.id}&technician=${target.technicians[0]}&node=337000&noderef=NODE`);
  await elsewhere.getByRole('button', { name: 'Confirm' }).click();
  await expect(elsewhere.locator('.result.ok')).toBeVisible();
  await context.close();
  expect(errors).toEqual([]);
});
