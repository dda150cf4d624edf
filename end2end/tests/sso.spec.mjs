// Single sign-on end to end: a real OpenID Provider (oidc-provider's development login and
// consent pages), the dashboard's button, Rescue's single sign-on in the simulator, an action
// taken with the code it gave, and signing out at the provider too — with and without
// JavaScript.
import { test, expect } from '@playwright/test';
import { IDP_NAME, idpURL, ssoSimURL, ssoURL } from '../playwright.config.mjs';
import { sessions } from './sim.mjs';

const LIST = `${ssoURL}/sessions?node=337000&noderef=NODE`;

/** Through the provider's own pages as `email` (any password: it is a test provider). */
async function throughProvider(page, email) {
  await expect(page).toHaveURL(new RegExp(`^${idpURL}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill('any password');
  await page.locator('button[type="submit"]').click();
  // The consent page, the first time this account meets the client.
  if (page.url().startsWith(`${idpURL}/interaction/`)) {
    await page.locator('button[type="submit"]').click();
  }
}

/** Confirms the open action (dialog or page), sees `outcome`, and goes back to the list. */
async function confirm(page, hydrated, question, outcome) {
  const box = hydrated ? page.getByRole('dialog', { name: question }) : page.locator('main');
  await box.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.result.ok')).toContainText(outcome);
  if (hydrated) {
    await box.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  } else {
    await expect(page).toHaveURL(LIST);
  }
}

test('an admin signs in through the identity provider, acts, and signs out there too', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // One account per project: the provider's consent is remembered per account.
  const email = hydrated ? 'admin@demo.example' : 'sso.admin@demo.example';

  await page.goto(`${ssoURL}/login?next=${encodeURIComponent(LIST.slice(ssoURL.length))}`);
  const button = page.getByRole('button', { name: `Sign in with ${IDP_NAME}` });
  await expect(button).toBeVisible();
  await page.screenshot({ path: `screenshots/sso-login-${testInfo.project.name}.png`, fullPage: true });
  await button.click();
  await throughProvider(page, email);
  await expect(page).toHaveURL(LIST);
  // Nothing of the provider's answer stays in the address.
  expect(page.url()).not.toContain('code=');
  await expect(page.locator('header')).toContainText(email);

  // Acting with the code Rescue's single sign-on gave: Hold on a live session, then Cancel
  // action on it.
  const live = (await sessions(request, ssoSimURL)).find((s) => s.status === 'Active' && s.technicians.length > 0 && !s.pending);
  expect(live).toBeTruthy();
  const row = page.locator(`tr[data-session="${live.id}"][data-technician="${live.technicians[0]}"]`);
  await row.locator('summary', { hasText: 'More' }).click();
  await row.getByRole('link', { name: 'Hold', exact: true }).click();
  await confirm(page, hydrated, 'Put this session on hold?', `will put session ${live.id} on hold`);
  expect((await sessions(request, ssoSimURL)).find((s) => s.id === live.id).pending.action).toBe('Hold');
  await row.getByRole('link', { name: 'Cancel action' }).click();
  await confirm(page, hydrated, 'Cancel the action on this session?', `the action you requested on session ${live.id}`);
  expect((await sessions(request, ssoSimURL)).find((s) => s.id === live.id).pending).toBeFalsy();

  // The history names the person, as the provider said who it is.
  await page.goto(`${ssoURL}/history`);
  await expect(page.locator('main')).toContainText(email);

  // Signing out: the dashboard, then the provider's own sign-out page, then back here.
  await page.goto(`${ssoURL}/sessions`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(new RegExp(`^${idpURL}/session/end`));
  await page.locator('button[name="logout"], button[type="submit"]').first().click();
  await expect(page).toHaveURL(new RegExp(`^${ssoURL}/login`));
  await expect(page.locator('main')).toContainText('You are signed out.');
  await page.goto(`${ssoURL}/sessions`);
  await expect(page).toHaveURL(new RegExp(`^${ssoURL}/login`));
  await page.screenshot({ path: `screenshots/sso-signed-out-${testInfo.project.name}.png`, fullPage: true });
  expect(errors).toEqual([]);
});

test('a password for a single sign-on account points to the button', async ({ page }) => {
  await page.goto(`${ssoURL}/login`);
  await page.getByLabel('Email').fill('sso.admin@demo.example');
  await page.locator('#password').fill('not a password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(`use the “Sign in with ${IDP_NAME}” button`);
});
