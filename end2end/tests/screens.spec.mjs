// The sessions table at the widths admins use — whole at a laptop's 1366 and 1280 px (no
// sideways scrolling, the key columns and the row actions in view), cards on a 390 px phone
// with Cancel action in reach — and the colour scheme picker, which works without JavaScript.
import { test, expect } from '@playwright/test';

/** How far the page and the table would scroll sideways, in pixels. */
const overflow = (page) =>
  page.evaluate(() => {
    const box = document.querySelector('.table-scroll');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: box ? box.scrollWidth - box.clientWidth : 0,
    };
  });

test('the sessions table is whole on a laptop and cards on a phone', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/login?next=%2Fsessions');
  await page.getByLabel('Email').fill('admin@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions/);
  await expect(page.locator('tr[data-session]').first()).toBeVisible();

  for (const width of [1366, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `screenshots/table-${width}-${testInfo.project.name}.png` });
    expect(await overflow(page), `${width} px`).toEqual({ page: 0, table: 0 });
    const header = page.locator('table.sessions thead');
    for (const name of ['Session', 'Status', 'Technician', 'In status for', 'Customer']) {
      await expect(header.getByRole('link', { name, exact: true })).toBeInViewport();
    }
    const first = page.locator('tr[data-session]').first();
    await expect(first.locator('a.cancel-action')).toBeInViewport();
    await expect(first.locator('summary')).toBeInViewport();
  }
  // Rescue's longest statuses (and its raw codes) wrap inside their badge at 1280 px, whatever
  // the demo's sessions happen to be doing when this runs.
  await page.evaluate(() => {
    const badges = document.querySelectorAll('tr[data-session] .badge');
    badges[0].textContent = 'Timed out: technician connection lost';
    badges[1].textContent = 'TIMEOUT_TECHCONNECTIONLOSTORSESSIONWASNOTCLOSEDBYTECH';
  });
  expect(await overflow(page), 'long statuses at 1280 px').toEqual({ page: 0, table: 0 });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `screenshots/table-390-${testInfo.project.name}.png`, fullPage: false });
  expect((await overflow(page)).page, 'the page never scrolls sideways on a phone').toBe(0);
  const card = page.locator('tr[data-session]').first();
  expect(await card.evaluate((tr) => getComputedStyle(tr).display)).toBe('grid');
  const cancel = card.locator('a.cancel-action');
  await cancel.scrollIntoViewIfNeeded();
  const box = await cancel.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // A finger-sized target.
  expect(box.height).toBeGreaterThanOrEqual(24);
});

test('in every language the sessions table is whole on a laptop and no page is wider than a phone', async ({ page, baseURL }) => {
  // Longer words are the languages' business, not a reason to scroll: each catalogue keeps the
  // table's headers and marks short enough for the seven columns at 1280 px.
  await page.goto('/login?next=%2Fsessions');
  await page.getByLabel('Email').fill('admin@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions/);
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'nl', 'pt-BR', 'ja', 'ko', 'zh-Hans']) {
    await page.context().addCookies([{ name: 'lang', value: lang, url: baseURL }]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/sessions');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('tr[data-session]').first()).toBeVisible();
    expect(await overflow(page), `${lang} at 1280 px`).toEqual({ page: 0, table: 0 });
    await expect(page.locator('tr[data-session] a.cancel-action').first()).toBeInViewport();
    // On a phone no page scrolls sideways: tables other than the sessions' cards scroll in
    // their own box, and rows of buttons wrap.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/sessions', '/history', '/outcomes', '/reports']) {
      if (path !== '/sessions') await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      expect((await overflow(page)).page, `${lang} ${path} on a phone`).toBe(0);
    }
    // A session's record (its labels and values side by side), once the demo has posted one.
    const record = page.locator('table a[href^="/outcomes/"]').first();
    if ((await record.count()) > 0) {
      await record.click();
      await expect(page).toHaveURL(/\/outcomes\/\d+/);
      expect((await overflow(page)).page, `${lang} a session's record on a phone`).toBe(0);
    }
  }
});

test('the colour scheme follows the system until the admin picks one', async ({ page }, testInfo) => {
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/login');
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  expect(dark).not.toEqual(light);

  // Chosen: light stays light under a dark system, on every page, after a reload.
  const picker = page.getByRole('group', { name: 'Colours:' });
  await picker.getByRole('button', { name: 'Light' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(picker.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).toEqual(light);
  await page.goto('/no/such/page');
  expect(await background()).toEqual(light);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('group', { name: 'Colours:' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toEqual(dark);
  await page.screenshot({ path: `screenshots/dark-${testInfo.project.name}.png`, fullPage: true });

  await page.getByRole('group', { name: 'Colours:' }).getByRole('button', { name: 'System' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background()).toEqual(light);
});
