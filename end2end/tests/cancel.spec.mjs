// Cancel action end to end, against a dashboard configured for a (simulated) Rescue host:
// a real cancel, a technician whose console is offline, and an expired Rescue login — hydrated
// (dialog, no reloads) and without JavaScript (confirmation page, redirects).
import { test, expect } from '@playwright/test';
import { rescueURL, simURL } from '../playwright.config.mjs';
import { TECH_OFFLINE, pending, signIn } from './sim.mjs';

const ROOT_LIST = `${rescueURL}/sessions?node=337000&noderef=NODE`;


/** Opens the confirmation of a row: the dialog when hydrated, the page without JavaScript. */
async function openConfirmation(page, hydrated, session, technician) {
  const row = page.locator(`tr[data-session="${session}"][data-technician="${technician}"]`);
  await row.getByRole('link', { name: 'Cancel action' }).click();
  if (hydrated) {
    const dialog = page.getByRole('dialog', { name: 'Cancel the action on this session?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
  await expect(page).toHaveURL(/\/sessions\/cancel\?session=/);
  return page.locator('main');
}

test('an admin cancels an action, and sees why another one failed', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const candidates = await pending(request);
  const ok = candidates.find((s) => s.technicians[0] !== TECH_OFFLINE);
  const offline = candidates.find((s) => s.technicians[0] === TECH_OFFLINE);
  expect(ok && offline).toBeTruthy();

  await signIn(page, ROOT_LIST.slice(rescueURL.length));
  await expect(page).toHaveURL(ROOT_LIST);
  if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  let loads = 0;
  page.on('load', () => (loads += 1));

  // The one that works.
  const box = await openConfirmation(page, hydrated, ok.id, ok.technicians[0]);
  await expect(box.locator('.session-id')).toHaveText(String(ok.id));
  await expect(box.locator('.technician')).not.toHaveText('');
  await expect(box.locator('.badge')).toBeVisible();
  await page.screenshot({ path: `screenshots/confirmation-${testInfo.project.name}.png`, fullPage: true });
  await box.getByRole('button', { name: 'Confirm' }).click();
  const result = page.locator('.result.ok');
  await expect(result).toContainText(`the action you requested on session ${ok.id}`);
  await page.screenshot({ path: `screenshots/result-${testInfo.project.name}.png`, fullPage: true });
  const after = (await pending(request)).map((s) => s.id);
  expect(after).not.toContain(ok.id);

  if (hydrated) {
    // Already done: Confirm stays disabled, so a second click cannot cancel again.
    await expect(box.getByRole('button', { name: 'Confirm' })).toBeDisabled();
    await box.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } else {
    await expect(page).toHaveURL(ROOT_LIST);
  }

  // The technician's console is offline: Rescue answers ACTIONFAILED.
  const box2 = await openConfirmation(page, hydrated, offline.id, offline.technicians[0]);
  await box2.getByRole('button', { name: 'Confirm' }).click();
  const failure = page.locator('.result.error');
  await expect(failure).toContainText('is offline or their Technician Console is not running');
  await page.screenshot({ path: `screenshots/result-failed-${testInfo.project.name}.png`, fullPage: true });
  if (hydrated) expect(loads).toBe(0);
  expect(errors).toEqual([]);
});

test('an expired Rescue login sends the admin to sign in, then back', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const candidates = await pending(request);
  const target = candidates.find((s) => s.technicians[0] !== TECH_OFFLINE) ?? candidates[0];
  await signIn(page, ROOT_LIST.slice(rescueURL.length));
  await expect(page).toHaveURL(ROOT_LIST);
  if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();

  const box = await openConfirmation(page, hydrated, target.id, target.technicians[0]);
  // As after 20 idle minutes, while the confirmation is open.
  const expired = await request.delete(`${simURL}/_sim/logins`);
  expect(expired.ok()).toBeTruthy();
  await box.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fsessions%3Fnode%3D337000/);
  await expect(page.getByRole('alert')).toContainText('Your Rescue sign-in expired');
  await page.screenshot({ path: `screenshots/expired-${testInfo.project.name}.png`, fullPage: true });

  await page.locator('#email').fill('admin@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(ROOT_LIST);
  await expect(page.getByRole('heading', { name: /^Sessions — / })).toBeVisible();
  // Nothing was cancelled behind the admin's back.
  expect((await pending(request)).map((s) => s.id)).toContain(target.id);
});
