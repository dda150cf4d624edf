// axe-core (WCAG 2.2 A/AA and best practice, no rule turned off) over every page state, in the
// light and the dark colour scheme: sign-in and its refusal, the sessions list, a row's More
// menu, each action's dialog and its no-JavaScript confirmation page, an action's outcome in
// the dialog and on the list, bulk confirmation and results, history with records and filters,
// reports, session outcomes and a session's record, and the page for unknown addresses.
//
// axe runs in the page, so this walks the hydrated pages; the no-JavaScript pages (the
// confirmation pages, the outcome notice after a plain form post) are reached by address and
// by their forms, as a browser without JavaScript reaches them.
import { test, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const SCHEMES = ['light', 'dark'];

/** Runs axe on the page as it is, in both schemes, and adds what it faults to `found`. */
async function audit(page, state, found) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of results.violations) {
      const where = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`);
      found.push(`${state} [${scheme}] ${v.id}: ${v.help}\n    ${where.join('\n    ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The first row link to `slug`'s confirmation, with its More menu opened if it is in one. */
async function actionLink(page, slug) {
  const link = page.locator(`tr[data-session] a[href^="/sessions/${slug}?"]`).first();
  await expect(link).toBeAttached();
  const menu = link.locator('xpath=ancestor::details[1]');
  if ((await menu.count()) > 0 && !(await menu.evaluate((d) => d.open))) {
    await menu.locator('summary').click();
  }
  return link;
}

test('axe finds nothing on any page state, in the light or the dark scheme', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'hydrated', 'axe runs in the page; no-JavaScript pages are visited by address');
  test.setTimeout(240_000);
  const found = [];

  // Sign-in, and a refused one.
  await page.goto('/login');
  await audit(page, 'sign-in', found);
  await page.getByLabel('Email').fill('master@demo.example');
  await page.locator('#password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await audit(page, 'sign-in refused', found);

  await page.getByLabel('Email').fill('master@demo.example');
  await page.locator('#password').fill('rescue-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions/);
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('tr[data-session]').first()).toBeVisible();
  const list = page.url();
  await audit(page, 'sessions list', found);

  // A row's More menu, open.
  const more = page.locator('tr[data-session] details.more-actions summary').first();
  await more.click();
  await audit(page, 'More menu', found);
  await more.click();

  // Each action's dialog, and the same confirmation as a page of its own.
  const pages = [];
  for (const slug of ['cancel', 'hold', 'close', 'transfer', 'start']) {
    const link = await actionLink(page, slug);
    pages.push([slug, await link.getAttribute('href')]);
    await link.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await audit(page, `${slug} dialog`, found);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }

  // An outcome in the dialog.
  await (await actionLink(page, 'cancel')).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('dialog').locator('.result')).toBeVisible();
  await audit(page, 'outcome in the dialog', found);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  for (const [slug, href] of pages) {
    await page.goto(href);
    await expect(page.locator('main')).toContainText('Session');
    await audit(page, `${slug} confirmation page`, found);
  }
  // The confirmation page's form, posted: the outcome on the list.
  await page.goto(pages[0][1]);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.result')).toBeVisible();
  await audit(page, 'outcome on the list', found);

  // Bulk: two rows ticked, the confirmation, the results.
  await page.goto(list);
  await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
  const picks = page.locator('tr[data-session] input.pick');
  await picks.nth(0).check();
  await picks.nth(1).check();
  await audit(page, 'sessions selected', found);
  await page.locator('#bulk-cancel').click();
  await expect(page).toHaveURL(/\/sessions\/bulk\?/);
  await audit(page, 'bulk confirmation', found);
  await page.locator('button.confirm').click();
  await expect(page.locator('.result.summary')).toBeVisible({ timeout: 20_000 });
  await audit(page, 'bulk results', found);

  // History, whole and filtered; a filter the page refuses.
  await page.goto('/history');
  await expect(page.locator('tr[data-entry]').first()).toBeVisible();
  await audit(page, 'history', found);
  await page.goto('/history?action=cancel&outcome=ok');
  await audit(page, 'history filtered', found);
  await page.goto('/history?from=not-a-day');
  await expect(page.getByRole('alert')).toBeVisible();
  await audit(page, 'history refused filter', found);

  await page.goto('/reports');
  await audit(page, 'reports', found);

  // Session outcomes: the demo posts its sessions as Rescue would; a record once one is in.
  const record = page.locator('table a[href^="/outcomes/"]').first();
  await expect
    .poll(async () => {
      await page.goto('/outcomes');
      return record.count();
    }, { timeout: 90_000, intervals: [2_000] })
    .toBeGreaterThan(0);
  await audit(page, 'outcomes with their summary and charts', found);
  await record.click();
  await expect(page).toHaveURL(/\/outcomes\/\d+/);
  await audit(page, 'session record', found);
  await page.goto('/outcomes/4000000000');
  await audit(page, 'session record not found', found);

  await page.goto('/no/such/page');
  await audit(page, 'not found', found);

  expect(found, found.join('\n')).toEqual([]);
});
