// What the browser tests ask of the standalone simulator behind the Rescue-configured server.
import { expect } from '@playwright/test';
import { rescueURL, simURL } from '../playwright.config.mjs';

/** The demo admin's technician ID in the simulator's seed. */
export const ADMIN = 337011;
/** A technician whose console is offline: cancels on their sessions fail (ACTIONFAILED). */
export const TECH_OFFLINE = 337104;

/** Sessions of the simulator with a pending action of the demo admin. */
export async function pending(request) {
  const response = await request.get(`${simURL}/_sim/sessions`);
  expect(response.ok()).toBeTruthy();
  const sessions = await response.json();
  return sessions.filter((s) => s.pending && s.pending.admin === ADMIN && s.technicians.length > 0);
}

/** Signs the demo admin in to the Rescue-configured dashboard, asking to land on `next`. */
export async function signIn(page, next) {
  await page.goto(`${rescueURL}/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Email').fill('admin@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
