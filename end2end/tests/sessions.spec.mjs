// Sign in, list sessions, pick a channel, sign out — hydrated and without JavaScript.
import { test, expect } from '@playwright/test';
import { rescueURL } from '../playwright.config.mjs';

test('an admin signs in, lists sessions, picks a channel and signs out', async ({ page }, testInfo) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('/sessions');
  await expect(page).toHaveURL(/\/login\?next=%2Fsessions$/);

  await page.getByLabel('Email').fill('admin@demo.example');
  await page.locator('#password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('The e-mail or password is not right');

  await page.getByLabel('Email').fill('admin@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByRole('heading', { name: 'Sessions — Technicians' })).toBeVisible();
  expect(await page.locator('tr[data-session]').count()).toBeGreaterThan(40);
  await page.screenshot({ path: `screenshots/sessions-${testInfo.project.name}.png`, fullPage: true });

  await page.getByRole('link', { name: 'Support Channel' }).click();
  await expect(page).toHaveURL(/noderef=CHANNEL/);
  await expect(page.getByRole('heading', { name: 'Sessions — Support Channel' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  await page.goto('/sessions');
  await expect(page).toHaveURL(/\/login/);
  expect(errors).toEqual([]);
});

test('bad input in the address gets a clear error', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('lead@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  const response = await page.goto('/sessions?node=abc');
  expect(response.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('The node in the address is not valid');
});

// Against the simulator that stands still, so the list does not change between two loads.
test('an admin filters, searches and sorts the list, and the address keeps it', async ({ page }, testInfo) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${rescueURL}/login?next=%2Fsessions%3Fnode%3D337000%26noderef%3DNODE`);
  await page.getByLabel('Email').fill('lead@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/noderef=NODE$/);
  const rows = page.locator('tr[data-session]');
  // Hydrated, the list loads after the navigation: wait for it before counting.
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();

  await page.getByLabel('Status', { exact: true }).selectOption('finished');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=finished/);
  // The filtered list has arrived once it counts its matches.
  await expect(page.getByText(`of ${total} rows match.`)).toBeVisible();
  const statuses = await page.locator('tr[data-session] td:nth-child(2)').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(statuses.length).toBeLessThan(total);
  expect(statuses.every((s) => s.startsWith('Closed') || s.startsWith('Timed'))).toBeTruthy();

  // Sort by session ID, descending: the filter stays.
  await page.getByRole('link', { name: 'Session', exact: true }).click();
  await expect(page).toHaveURL(/sort=session&dir=asc/);
  await expect(page.locator('th[aria-sort="ascending"]')).toBeVisible();
  await page.getByRole('link', { name: 'Session ▲' }).click();
  await expect(page).toHaveURL(/sort=session&dir=desc.*status=finished/);
  await expect(page.locator('th[aria-sort="descending"]')).toBeVisible();
  const ids = (await page.locator('tr[data-session]').evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.session))));
  expect(ids).toEqual([...ids].sort((a, b) => b - a));
  await page.screenshot({ path: `screenshots/sessions-filtered-${testInfo.project.name}.png`, fullPage: true });

  // Search by session ID.
  await page.getByLabel('Search ID, customer, fields').fill(String(ids[0]));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.locator('tr[data-session]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Clear' }).click();
  await expect(page.locator('tr[data-session]')).toHaveCount(total);

  // The other pages, reached from the top bar (client-side navigation once hydrated).
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'History of actions' })).toBeVisible();
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Session report' })).toBeVisible();
  await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  await expect(page.locator('tr[data-session]').first()).toBeVisible();
  expect(errors).toEqual([]);
});
