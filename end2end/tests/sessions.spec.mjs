// Sign in, list sessions, pick a channel, sign out — hydrated and without JavaScript.
import { test, expect } from '@playwright/test';

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
