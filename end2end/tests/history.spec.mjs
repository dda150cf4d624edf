// A support lead reviews what was done: history filtered by outcome, exported as CSV (content
// checked), charts drawn on the server — hydrated and without JavaScript.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { rescueURL } from '../playwright.config.mjs';
import { TECH_OFFLINE, pending, signIn } from './sim.mjs';

/** Cancels through the confirmation page and waits for the answer. */
async function cancel(page, session) {
  const tech = session.technicians[0];
  await page.goto(`${rescueURL}/sessions/cancel?session=${session.id}&technician=${tech}&node=337000&noderef=NODE`);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.result')).toBeVisible();
}

test('a lead filters the history and exports exactly what they see', async ({ page, request }, testInfo) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const candidates = await pending(request);
  const ok = candidates.find((s) => s.technicians[0] !== TECH_OFFLINE);
  const offline = candidates.find((s) => s.technicians[0] === TECH_OFFLINE);
  expect(ok && offline).toBeTruthy();

  await signIn(page, '/history');
  await expect(page).toHaveURL(/\/history$/);
  await cancel(page, ok);
  await cancel(page, offline);

  await page.goto(`${rescueURL}/history`);
  await expect(page.getByRole('heading', { name: 'History of actions' })).toBeVisible();
  await expect(page.locator(`tr[data-entry]`).first()).toBeVisible();
  await expect(page.locator('svg[role="img"]')).toHaveCount(3);
  await page.screenshot({ path: `screenshots/history-${testInfo.project.name}.png`, fullPage: true });

  await page.getByLabel('Outcome', { exact: true }).selectOption('ACTIONFAILED');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/outcome=ACTIONFAILED/);
  const outcomes = await page.locator('tr[data-entry] td:nth-child(6)').allTextContents();
  expect(outcomes.length).toBeGreaterThan(0);
  expect(new Set(outcomes.map((o) => o.trim()))).toEqual(new Set(['ACTIONFAILED']));
  const shownSessions = await page.locator('tr[data-entry] td:nth-child(4)').allTextContents();
  expect(shownSessions).toContain(String(offline.id));
  await page.screenshot({ path: `screenshots/history-filtered-${testInfo.project.name}.png`, fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rescue-console-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
  expect(lines[0]).toBe('Time (UTC),Admin,Action,Session ID,Technician,Outcome,Latency (ms),Session status,Channel');
  const rows = lines.slice(1).map((l) => l.split(','));
  // Exactly the filtered set: the same sessions, in the same order, all ACTIONFAILED.
  expect(rows.map((r) => r[3])).toEqual(shownSessions.map((s) => s.trim()));
  expect(rows.every((r) => r[5] === 'ACTIONFAILED')).toBeTruthy();
  expect(errors).toEqual([]);
});
