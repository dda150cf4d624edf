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

test('the summary, charts and export cover the filtered sessions, and the sessions list links to records', async ({ page, request }, testInfo) => {
  const hydrated = testInfo.project.name === 'hydrated';
  const tech = hydrated ? 'Summary Tech H' : 'Summary Tech N';
  const base = hydrated ? 92000 : 92100;
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  for (const [n, waiting, work] of [[1, '20', '300'], [2, '400', '900']]) {
    await rescuePosts(request, { SessionID: String(base + n), TechName: tech, CField0: `=cmd|${n}`, WaitingTime: waiting, WorkTime: work, ChatLog: 'private words' });
  }
  const filtered = `/outcomes?technician=${encodeURIComponent(tech)}`;
  await signIn(page, filtered, 'master@demo.example');
  const main = page.locator('main');
  await expect(main).toContainText('2 sessions match the filters, handled by 1 technician.');
  const summary = page.getByRole('table', { name: 'Sessions and times per technician' });
  await expect(summary.getByRole('row', { name: new RegExp(tech) })).toContainText('10 min 0 s');
  await expect(page.locator('figure.chart svg[role="img"]')).toHaveCount(3);
  await page.getByText('Numbers').first().click();
  await expect(page.locator('details.numbers').first()).toContainText(new Date().toISOString().slice(0, 10));
  await page.screenshot({ path: `screenshots/outcomes-summary-${testInfo.project.name}.png`, fullPage: true });

  // The export: what the page lists, formula-safe, without the chat.
  const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  const csv = await page.request.get(`${rescueURL}${href}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.split('\n')[0]).toContain('Session ID,First post (UTC)');
  expect(text).toContain(`${base + 2},`);
  expect(text).toContain(`'=cmd|1`);
  expect(text).not.toContain('private words');

  // A session of the list Rescue posted: its ID links to its record, also after a reload.
  await page.goto(`${rescueURL}/sessions`);
  const first = page.locator('tbody tr[data-session]').first();
  await expect(first).toBeVisible();
  const session = await first.getAttribute('data-session');
  await rescuePosts(request, { SessionID: session, TechName: tech, Notes: 'seen from the list' });
  await page.reload();
  const record = page.getByRole('link', { name: `Record of session ${session}` }).first();
  await expect(record).toBeVisible();
  await record.click();
  await expect(page).toHaveURL(new RegExp(`/outcomes/${session}$`));
  await expect(main).toContainText('seen from the list');
  expect(errors).toEqual([]);
});
