// Live lists without polling, over two instances sharing Redis: an admin's action on one
// instance marks the row on another admin's list on the other instance without a reload;
// four tabs of one admin cost Rescue one list read per interval, not four; a stream cut
// mid-way reconnects by itself and misses nothing.
import net from 'node:net';
import { test, expect } from '@playwright/test';
import { REFRESH_SECS, pairSimURL, pairURLs } from '../playwright.config.mjs';
import { TECH_OFFLINE, sessions, signIn } from './sim.mjs';

const [first, second] = pairURLs;
const ROOT_LIST = '/sessions?node=337000&noderef=NODE';

/** getSession calls the simulator has answered so far. */
async function listReads(request) {
  const response = await request.get(`${pairSimURL}/_sim/requests`);
  return (await response.json()).filter((r) => r.method === 'getSession_v3').length;
}

test('an action on one instance marks the row on the other instance without a reload', async ({ browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'live streams need JavaScript');
  const [target] = (await sessions(request, pairSimURL)).filter(
    (s) => s.status === 'Active' && !s.pending && s.technicians.length > 0 && s.technicians[0] !== TECH_OFFLINE,
  );
  expect(target).toBeTruthy();
  const tech = target.technicians[0];

  // The watching admin, on the first instance.
  const watching = await browser.newContext();
  const page = await watching.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await signIn(page, ROOT_LIST, 'master@demo.example', first);
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.updated')).toContainText('live');
  const loads = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && loads.push(frame.url()));

  // The acting admin, on the second instance, transfers the session without JavaScript.
  const acting = await browser.newContext({ javaScriptEnabled: false });
  const other = await acting.newPage();
  const transfer = `/sessions/transfer?session=${target.id}&technician=${tech}&node=337000&noderef=NODE`;
  await signIn(other, transfer, 'lead@demo.example', second);
  await other.getByLabel('Transfer to').selectOption({ label: 'Channel: Support Channel' });
  const confirmed = Date.now();
  await other.getByRole('button', { name: 'Confirm' }).click();
  await expect(other.locator('.result.ok')).toBeVisible();

  // The row says who did what, without a reload, well within a refresh interval.
  const row = page.locator(`tr[data-session="${target.id}"][data-technician="${tech}"]`);
  await expect(row.locator('.news-mark')).toContainText('Transfer by lead@demo.example — done', { timeout: 5_000 });
  const marked = Date.now() - confirmed;
  await expect(row.locator('.badge')).toHaveText('Transferring', { timeout: (REFRESH_SECS + 3) * 1000 });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/push-news-${testInfo.project.name}.png` });
  expect(loads).toEqual([]);
  console.log(JSON.stringify({ confirm_to_mark_ms: marked }));

  // Put the session back (the other specs find the account as seeded); that is news too.
  await other.goto(`${second}/sessions/cancel?session=${target.id}&technician=${tech}&node=337000&noderef=NODE`);
  await other.getByRole('button', { name: 'Confirm' }).click();
  await expect(other.locator('.result.ok')).toBeVisible();
  await expect(row.locator('.news-mark')).toContainText('Cancel action by lead@demo.example — done', { timeout: 5_000 });
  await acting.close();
  await watching.close();
  expect(errors).toEqual([]);
});

test('four tabs of one admin make one list read per interval', async ({ browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'live streams need JavaScript');
  const context = await browser.newContext();
  const tabs = [await context.newPage()];
  await signIn(tabs[0], ROOT_LIST, 'admin@demo.example', first);
  for (let i = 1; i < 4; i += 1) {
    tabs.push(await context.newPage());
    // Two on each instance: the instances share the reads too.
    await tabs[i].goto(`${i % 2 ? second : first}${ROOT_LIST}`);
  }
  for (const tab of tabs) {
    await expect(tab.locator('main[data-hydrated="true"]')).toBeVisible();
    await expect(tab.locator('.updated')).toContainText('live');
  }
  const before = await listReads(request);
  const intervals = 4;
  await tabs[0].waitForTimeout(intervals * REFRESH_SECS * 1000);
  const reads = (await listReads(request)) - before;
  console.log(JSON.stringify({ tabs: tabs.length, intervals, list_reads: reads }));
  // One a interval (the two instances may each take one turn at a handover), never one a tab.
  expect(reads).toBeGreaterThanOrEqual(intervals - 1);
  expect(reads).toBeLessThanOrEqual(intervals + 2);
  // Every tab still hears every read: its age keeps resetting.
  for (const tab of tabs) {
    await expect(tab.locator('.updated')).toContainText(/Updated (just now|[1-4] s ago) · live/);
  }
  await context.close();
});

/** A TCP relay on a free port to `target` whose connections can all be cut at once, as a
 * proxy restarting or a network dropping would. */
async function cuttable(target) {
  const { port } = new URL(target);
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    cut: () => sockets.forEach((s) => s.destroy()),
    close: () => new Promise((resolve) => { sockets.forEach((s) => s.destroy()); server.close(resolve); }),
  };
}

test('a stream cut mid-way reconnects by itself and misses nothing', async ({ browser, request }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'live streams need JavaScript');
  const [target] = (await sessions(request, pairSimURL)).filter(
    (s) => s.status === 'Active' && !s.pending && s.technicians.length > 0 && s.technicians[0] !== TECH_OFFLINE,
  );
  const tech = target.technicians[0];
  const relay = await cuttable(first);
  const watching = await browser.newContext();
  const page = await watching.newPage();
  const streams = [];
  page.on('request', (r) => r.url().includes('/sessions/live') && streams.push(r));
  await signIn(page, ROOT_LIST, 'master@demo.example', relay.url);
  await expect(page.locator('.updated')).toContainText('live');
  const row = page.locator(`tr[data-session="${target.id}"][data-technician="${tech}"]`);
  await expect(row.locator('.badge')).not.toHaveText('Transferring');

  // The connection drops; while it is down, the session is transferred on the other instance.
  relay.cut();
  const acting = await browser.newContext({ javaScriptEnabled: false });
  const other = await acting.newPage();
  await signIn(other, `/sessions/transfer?session=${target.id}&technician=${tech}&node=337000&noderef=NODE`, 'lead@demo.example', second);
  await other.getByLabel('Transfer to').selectOption({ label: 'Channel: Support Channel' });
  await other.getByRole('button', { name: 'Confirm' }).click();
  await expect(other.locator('.result.ok')).toBeVisible();

  // The browser reconnects by itself, saying which read it had; the change it missed arrives.
  await expect(row.locator('.badge')).toHaveText('Transferring', { timeout: (REFRESH_SECS + 8) * 1000 });
  await expect(row.locator('.news-mark')).toContainText('Transfer by lead@demo.example — done');
  await expect(page.locator('.updated')).toContainText('live');
  expect(streams.length).toBeGreaterThanOrEqual(2);
  const resumed = await streams[streams.length - 1].allHeaders();
  expect(resumed['last-event-id']).toBeTruthy();

  await other.goto(`${second}/sessions/cancel?session=${target.id}&technician=${tech}&node=337000&noderef=NODE`);
  await other.getByRole('button', { name: 'Confirm' }).click();
  await expect(other.locator('.result.ok')).toBeVisible();
  await acting.close();
  await watching.close();
  await relay.close();
});
