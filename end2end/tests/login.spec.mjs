// The sign-in page: complete without JavaScript, alive once hydrated.
import { test, expect } from '@playwright/test';
import { rescueURL } from '../playwright.config.mjs';

const screenshots = 'screenshots';

test('sign-in page renders its form', async ({ page }, testInfo) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const response = await page.goto('/login');
  expect(response.status()).toBe(200);
  await expect(page).toHaveTitle('Rescue Console');
  await expect(page.getByRole('heading', { name: 'Rescue Console' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('name', 'email');
  await expect(page.locator('#password')).toHaveAttribute('type', 'password');
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  // No RESCUE_API_URL in the test server: demo mode, and the page says so.
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toBeVisible();
  await expect(page.locator('.demo-email')).toHaveText('admin@demo.example');
  await expect(page.locator('.demo-password')).toHaveText('rescue-demo');
  const form = page.locator('form').first();
  await expect(form).toHaveAttribute('method', 'post');
  // The page names its icon, and the icon is there (no 404 in the browser's console).
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const iconResponse = await page.request.get(icon);
  expect(iconResponse.status()).toBe(200);
  expect(iconResponse.headers()['content-type']).toContain('image/svg+xml');
  expect(errors).toEqual([]);
  await page.screenshot({ path: `${screenshots}/login-${testInfo.project.name}.png`, fullPage: true });
});

test('hydration brings the page to life', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'needs JavaScript');
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto('/login');
  await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'true');
  const toggle = page.getByRole('button', { name: 'Show' });
  await toggle.click();
  await expect(page.locator('#password')).toHaveAttribute('type', 'text');
  await expect(page.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Hide' }).click();
  await expect(page.locator('#password')).toHaveAttribute('type', 'password');
  expect(errors).toEqual([]);
  await page.screenshot({ path: `${screenshots}/login-hydrated-interactive.png`, fullPage: true });
});

test('without JavaScript the page stays plain and usable', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'no-javascript', 'checks the no-JS rendering');
  await page.goto('/login');
  await expect(page.locator('main')).toHaveAttribute('data-hydrated', 'false');
  // The reveal button needs JavaScript, so it is not offered.
  await expect(page.getByRole('button', { name: 'Show' })).toHaveCount(0);
  // The token form is a <details>: it opens without JavaScript. Rescue names a token's owner
  // (getAccount_v2), so the list of admins applies to tokens too and the form is offered.
  await page.getByText('Sign in with an API token or authcode').click();
  await expect(page.getByLabel('API token or authcode')).toBeVisible();
});

test('unknown pages answer 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response.status()).toBe(404);
  await page.getByRole('link', { name: 'Go to sign-in' }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test('an account Rescue accepts but the list of admins does not is refused, and stays signed out', async ({ page }, testInfo) => {
  await page.goto(`${rescueURL}/login`);
  // Against a real Rescue (here a simulator) there is no demo box.
  await expect(page.getByRole('complementary', { name: 'Demo mode' })).toHaveCount(0);
  await page.getByLabel('Email').fill('tech@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('not one of the admins allowed to use this dashboard')).toBeVisible();
  await page.screenshot({ path: `${screenshots}/login-not-allowed-${testInfo.project.name}.png`, fullPage: true });
  await page.goto(`${rescueURL}/history`);
  await expect(page).toHaveURL(/\/login\?next=/);
});
