// What the browser tests ask of the standalone simulator behind the Rescue-configured server.
import { expect } from '@playwright/test';
import { simURL } from '../playwright.config.mjs';

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
