// What the browser tests ask of the standalone simulator behind the Rescue-configured server.
import { expect } from '@playwright/test';
import { rescueURL, simURL } from '../playwright.config.mjs';

/** The demo admin's technician ID in the simulator's seed. */
export const ADMIN = 337011;
/** A technician whose console is offline: cancels on their sessions fail (ACTIONFAILED). */
export const TECH_OFFLINE = 337104;

/** Every session of the simulator at `base` (the Rescue-configured dashboard's unless
 * given), as its control API lists them. */
export async function sessions(request, base = simURL) {
  const response = await request.get(`${base}/_sim/sessions`);
  expect(response.ok()).toBeTruthy();
  return response.json();
}

/** Sessions of the simulator with a pending action of the demo admin. */
export async function pending(request) {
  return (await sessions(request)).filter((s) => s.pending && s.pending.admin === ADMIN && s.technicians.length > 0);
}

/** Signs `email` (the demo admin unless given) in to the dashboard at `base` (the
 * Rescue-configured one unless given), asking to land on `next`. Rescue allows ten sign-ins
 * per account in three minutes, so the specs spread theirs over the demo accounts. */
export async function signIn(page, next, email = 'admin@demo.example', base = rescueURL) {
  await page.goto(`${base}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Email').fill(email);
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
