// Hold, Cancel action and Transfer from the sessions list, against a dashboard configured for a
// (simulated) Rescue host — hydrated (dialogs) and without JavaScript (confirmation pages).
import { test, expect } from '@playwright/test';
import { rescueURL } from '../playwright.config.mjs';
import { TECH_OFFLINE, sessions, signIn } from './sim.mjs';

const ROOT_LIST = `${rescueURL}/sessions?node=337000&noderef=NODE`;

/** Active sessions with nothing pending whose technician's console runs. */
async function free(request) {
  return (await sessions(request)).filter(
    (s) => s.status === 'Active' && !s.pending && s.technicians.length > 0 && s.technicians[0] !== TECH_OFFLINE,
  );
}

/** Where the confirmation of `question` is: the dialog when hydrated, the page without JavaScript. */
async function confirmation(page, hydrated, question, slug) {
  if (hydrated) {
    const dialog = page.getByRole('dialog', { name: question });
    await expect(dialog).toBeVisible();
    return dialog;
  }
  await expect(page).toHaveURL(new RegExp(`/sessions/${slug}\\?session=`));
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  return page.locator('main');
}

/** After an action: the dialog is closed (hydrated), or the browser is back on the list. */
async function backToList(page, hydrated, box) {
  if (hydrated) {
    await box.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } else {
    await expect(page).toHaveURL(ROOT_LIST);
  }
}

test('an admin holds a session, sees it pending, takes it back, then transfers another with a comment', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const [held, moved] = await free(request);
  expect(held && moved).toBeTruthy();

  await signIn(page, ROOT_LIST.slice(rescueURL.length), 'lead@demo.example');
  await expect(page).toHaveURL(ROOT_LIST);
  if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  let loads = 0;
  page.on('load', () => (loads += 1));

  // Hold, from the row's menu.
  const row = page.locator(`tr[data-session="${held.id}"][data-technician="${held.technicians[0]}"]`);
  await row.locator('summary', { hasText: 'More' }).click();
  await row.getByRole('link', { name: 'Hold', exact: true }).click();
  let box = await confirmation(page, hydrated, 'Put this session on hold?', 'hold');
  await expect(box.locator('.session-id')).toHaveText(String(held.id));
  await box.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.result.ok')).toContainText(`will put session ${held.id} on hold`);
  await backToList(page, hydrated, box);

  // The row shows the hold pending, with Cancel action highlighted on it.
  await expect(row.locator('.pending-mark')).toContainText('Hold requested at');
  await expect(row.locator('a.cancel-action.highlight')).toBeVisible();
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/sessions-pending-${testInfo.project.name}.png` });
  let now = (await sessions(request)).find((s) => s.id === held.id);
  expect(now.pending.action).toBe('Hold');

  // Cancel action: the session is back as it was.
  await row.getByRole('link', { name: 'Cancel action' }).click();
  box = await confirmation(page, hydrated, 'Cancel the action on this session?', 'cancel');
  await box.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.result.ok')).toContainText(`the action you requested on session ${held.id}`);
  await backToList(page, hydrated, box);
  now = (await sessions(request)).find((s) => s.id === held.id);
  expect(now.pending).toBeNull();
  expect(now.status).toBe('Active');
  await expect(row.locator('.pending-mark')).toHaveCount(0);
  await expect(row.locator('a.cancel-action.highlight')).toHaveCount(0);

  // Transfer to a channel, with a comment.
  const row2 = page.locator(`tr[data-session="${moved.id}"][data-technician="${moved.technicians[0]}"]`);
  await row2.locator('summary', { hasText: 'More' }).click();
  await row2.getByRole('link', { name: 'Transfer', exact: true }).click();
  box = await confirmation(page, hydrated, 'Transfer this session?', 'transfer');
  await box.getByLabel('Transfer to').selectOption({ label: 'Channel: Support Channel' });
  await box.getByLabel('Comment for the receiving technician').fill('Customer asked for billing');
  await page.screenshot({ path: `screenshots/transfer-${testInfo.project.name}.png`, fullPage: true });
  await box.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.result.ok')).toContainText(`session ${moved.id} will move with your comment`);
  await backToList(page, hydrated, box);
  now = (await sessions(request)).find((s) => s.id === moved.id);
  expect(now.pending.action.Transfer.comment).toBe('Customer asked for billing');
  expect(now.pending.action.Transfer.to_channel).toBe(true);
  await expect(row2.locator('.badge')).toHaveText('Transferring');
  await expect(row2.locator('.pending-mark')).toContainText('Transfer requested at');
  if (hydrated) expect(loads).toBe(0);
  expect(errors).toEqual([]);
});
