// A support lead opens Rescue's session report for a day: summary, rows, a second request
// within the minute told when it can be made, and the CSV of what is shown.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { rescueURL, simURL } from '../playwright.config.mjs';
import { signIn } from './sim.mjs';

/** The simulator's day (its clock stands still in these tests), as YYYY-MM-DD. */
async function simDay(request) {
  const sessions = await (await request.get(`${simURL}/_sim/sessions`)).json();
  return new Date(sessions[0].started).toISOString().slice(0, 10);
}

test('a lead opens the session report of a day and exports it', async ({ page, request }, testInfo) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const day = await simDay(request);

  await signIn(page, '/reports');
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole('heading', { name: 'Session report' })).toBeVisible();

  await page.getByLabel('Technician, group or channel').selectOption('337100|NODE');
  await page.getByLabel('From (UTC)').fill(day);
  await page.getByLabel('To (UTC)').fill(day);
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(page).toHaveURL(new RegExp(`from=${day}`));
  const rows = page.locator('tr[data-report-row]');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'By technician' })).toBeVisible();
  await expect(page.getByText(`${count} sessions, fetched from Rescue at`)).toBeVisible();
  await page.screenshot({ path: `screenshots/reports-${testInfo.project.name}.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('Start Time (UTC),End Time (UTC),Technician Name,')).toBeTruthy();
  // Quoted free text keeps its line break; every session is one record.
  const records = text.split(/\n(?=\d+\/\d+\/\d{4} )/).length - 1;
  expect(records).toBe(count);

  // Another day within the minute: the page says when, it does not fail.
  await page.goto(`${rescueURL}/reports?node=337000&noderef=NODE&from=2020-01-01&to=2020-01-02`);
  await expect(page.getByRole('status')).toContainText('Rescue allows one report a minute per sign-in');
  expect(errors).toEqual([]);
});
