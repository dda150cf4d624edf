// By keyboard alone: sign-in → Cancel action → its outcome → sign-out, checking where the focus
// is at each step — the skip link first, past the node tree to the list, into the dialog and
// back to the row, Escape closing it, the outcome announced.
import { test, expect } from '@playwright/test';

/** What has the focus, for the failure messages. */
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}#${e.id}.${e.className} "${(e.textContent || '').trim().slice(0, 40)}"` : 'nothing';
  });

/** Presses `key` until `locator` has the focus (at most `most` times); every stop on the way
 * must pass `allowed`. */
async function tabTo(page, locator, { key = 'Tab', most = 60, allowed = async () => true } = {}) {
  for (let n = 0; n < most; n += 1) {
    if (await locator.evaluate((e) => e === document.activeElement).catch(() => false)) return n;
    await page.keyboard.press(key);
    expect(await allowed(), `stop ${n + 1}: ${await focused(page)}`).toBe(true);
  }
  throw new Error(`${key} never reached ${locator}; last on ${await focused(page)}`);
}

test('sign-in, Cancel action, its outcome and sign-out by keyboard alone', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'the dialog is the hydrated page; without JavaScript it is a page of its own');
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/login');
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();

  // The first Tab: the skip link, shown; Enter moves to the page's content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();

  const email = page.getByLabel('Email');
  await tabTo(page, email, { most: 10 });
  await page.keyboard.type('lead@demo.example');
  await page.keyboard.press('Tab');
  await expect(page.locator('#password')).toBeFocused();
  await page.keyboard.type('rescue-demo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sessions/);
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('tr[data-session]').first()).toBeVisible();

  // Skip the top bar and the node tree: the list is a few stops away, none in the tree.
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();
  const inTree = () => page.evaluate(() => !!document.activeElement.closest('nav.picker, header.topbar'));
  const cancel = page.locator('tr[data-session] a.cancel-action').first();
  const stops = await tabTo(page, cancel, { most: 40, allowed: async () => !(await inTree()) });
  const row = cancel.locator('xpath=ancestor::tr[1]');
  const session = await row.getAttribute('data-session');
  const technician = await row.getAttribute('data-technician');
  testInfo.annotations.push({ type: 'stops to the first Cancel action after the skip link', description: String(stops) });

  // Enter opens the dialog with the focus in it; Tab stays inside; Escape closes it and the
  // focus is back on the row.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Confirm' })).toBeFocused();
  for (let n = 0; n < 4; n += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement.closest('.dialog')), await focused(page)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  const sameRow = page.locator(`tr[data-session="${session}"][data-technician="${technician}"] a.cancel-action`);
  await expect(sameRow).toBeFocused();

  // Again, and this time Confirm: the outcome is announced and the focus is on Close.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Confirm' })).toBeFocused();
  await page.keyboard.press('Enter');
  const outcome = dialog.getByRole('status');
  await expect(outcome).toBeVisible();
  await expect(outcome).toHaveAttribute('aria-live', 'polite');
  await expect(outcome).toContainText(session);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.screenshot({ path: 'screenshots/keyboard-outcome.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(sameRow).toBeFocused();

  // Back to the top bar's Sign out, and out.
  const signOut = page.getByRole('button', { name: 'Sign out' });
  await tabTo(page, signOut, { key: 'Shift+Tab', most: 120 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  expect(errors).toEqual([]);
});
