// Session outcomes end to end: Rescue's Post to URL (posted here as Rescue would), the
// `/outcomes` list, a session's record with its whole chat, and deleting it — with and without
// JavaScript.
import { test, expect } from '@playwright/test';
import { POST_TO_URL_TOKEN, rescueURL } from '../playwright.config.mjs';
import { signIn } from './sim.mjs';

/** Posts `fields` to the dashboard's receiver as Rescue's HTTP form post. */
async function rescuePosts(request, fields) {
  const response = await request.post(`${rescueURL}/rescue/post-to-url/${POST_TO_URL_TOKEN}`, { form: fields });
  expect(response.status()).toBe(200);
}

test('a lead finds a session Rescue posted, reads it whole, and deletes it', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const session = hydrated ? '91001' : '91002';
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  const common = { SessionID: session, TechID: '337101', TechName: 'Tina Tech', CField0: 'Ann Böhm', Tracking0: 'crm-42', WaitingTime: '95', PickupTime: '7' };
  await rescuePosts(request, { ...common, ChatLog: 'Ann: my <b>printer</b> is stuck', Notes: '' });
  await rescuePosts(request, { ...common, ChatLog: 'Tina: fixed, bye', Notes: 'Cleared the queue.' });

  await signIn(page, '/outcomes?text=crm-42', 'master@demo.example');
  await expect(page).toHaveURL(/\/outcomes\?text=crm-42/);
  const link = page.getByRole('link', { name: session, exact: true });
  await expect(link).toBeVisible();
  await page.screenshot({ path: `screenshots/outcomes-${testInfo.project.name}.png`, fullPage: true });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/outcomes/${session}$`));
  await expect(page.locator('pre.chat')).toHaveText('Ann: my <b>printer</b> is stuck\nTina: fixed, bye');
  await expect(page.locator('main')).toContainText('Cleared the queue.');
  await expect(page.locator('main')).toContainText('1 min 35 s');
  await page.screenshot({ path: `screenshots/outcome-${testInfo.project.name}.png`, fullPage: true });

  await page.getByText("Delete this session's record…").click();
  await page.getByRole('button', { name: 'Delete the record' }).click();
  await expect(page.locator('main')).toContainText('deleted by master@demo.example');
  await expect(page.locator('pre.chat')).toHaveCount(0);
  expect(errors).toEqual([]);
});
