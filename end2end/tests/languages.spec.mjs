// The dashboard in German and Japanese, end to end: the browser's language (German) or the
// picker (Japanese) chooses, then sign-in → Cancel action → its outcome in the list, the
// history and the session's record, every word in that language — hydrated and without
// JavaScript.
import { test, expect } from '@playwright/test';
import { langURL, langSimURL } from '../playwright.config.mjs';
import { ADMIN, TECH_OFFLINE, sessions } from './sim.mjs';

const ROOT_LIST = '/sessions?node=337000&noderef=NODE';

/** The words each language's run looks for (from app/locales/<lang>.ftl). */
const WORDS = {
  de: {
    email: 'E-Mail',
    password: 'Passwort',
    signIn: 'Anmelden',
    cancel: 'Aktion abbrechen',
    question: 'Die Aktion auf dieser Sitzung abbrechen?',
    confirm: 'Bestätigen',
    done: 'Abgebrochen:',
    sessions: /^Sitzungen — /,
    history: 'Verlauf der Aktionen',
    actionsHere: 'Aktionen über dieses Dashboard',
  },
  ja: {
    email: 'メールアドレス',
    password: 'パスワード',
    signIn: 'サインイン',
    cancel: '操作の取り消し',
    question: 'このセッションの操作を取り消しますか？',
    confirm: '確認',
    done: '取り消しました：',
    sessions: /^セッション — /,
    history: '操作の履歴',
    actionsHere: 'このダッシュボードでの操作',
  },
};

/** A session of the languages' simulator with the demo admin's action pending, not yet taken
 * by another run of this spec. */
async function pendingSession(request, taken) {
  const all = await sessions(request, langSimURL);
  return all.find(
    (s) => s.pending && s.pending.admin === ADMIN && s.technicians.length > 0 && s.technicians[0] !== TECH_OFFLINE && !taken.has(s.id),
  );
}

const taken = new Set();

for (const lang of ['de', 'ja']) {
  test.describe(lang, () => {
    // German comes from the browser's own language; Japanese from the picker, over an
    // English browser.
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-US' });

    test(`sign-in, cancel and its outcome in ${lang}`, async ({ page, request }, testInfo) => {
      const hydrated = testInfo.project.name === 'hydrated';
      const w = WORDS[lang];
      const errors = [];
      page.on('pageerror', (err) => errors.push(err.message));
      const target = await pendingSession(request, taken);
      expect(target).toBeTruthy();
      taken.add(target.id);

      await page.goto(`${langURL}/login?next=${encodeURIComponent(ROOT_LIST)}`);
      if (lang === 'ja') {
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await page.locator('#language').selectOption('ja');
        await page.getByRole('button', { name: 'Change language' }).click();
        await expect(page).toHaveURL(/\/login\?next=/);
      }
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();
      // The admin whose actions the simulator holds pending: only they can cancel them.
      await page.getByLabel(w.email, { exact: true }).fill('admin@demo.example');
      await page.locator('#password').fill('rescue-demo');
      await page.getByRole('button', { name: w.signIn, exact: true }).click();
      await expect(page).toHaveURL(`${langURL}${ROOT_LIST}`);
      await expect(page.getByRole('heading', { name: w.sessions })).toBeVisible();
      if (hydrated) await expect(page.locator('main[data-hydrated="true"]')).toBeVisible();

      // Cancel action on the pending session, as the row offers it.
      const row = page.locator(`tr[data-session="${target.id}"][data-technician="${target.technicians[0]}"]`);
      await row.getByRole('link', { name: w.cancel }).click();
      const box = hydrated ? page.getByRole('dialog', { name: w.question }) : page.locator('main');
      if (!hydrated) await expect(page.getByRole('heading', { name: w.cancel })).toBeVisible();
      await expect(box.locator('.session-id')).toHaveText(String(target.id));
      await box.getByRole('button', { name: w.confirm, exact: true }).click();
      const result = page.locator('.result.ok');
      await expect(result).toContainText(w.done);
      await expect(result).toContainText(String(target.id));
      await page.screenshot({ path: `screenshots/cancelled-${lang}-${testInfo.project.name}.png`, fullPage: true });
      const after = (await sessions(request, langSimURL)).find((s) => s.id === target.id);
      expect(after.pending).toBeFalsy();

      // Its outcome: the history's row and the session's record, in the same language.
      await page.goto(`${langURL}/history?session=${target.id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { name: w.history })).toBeVisible();
      await expect(page.locator('table.history tbody tr').first()).toContainText('OK');
      await page.goto(`${langURL}/outcomes/${target.id}`);
      await expect(page.getByRole('heading', { name: w.actionsHere })).toBeVisible();
      await expect(page.locator('.actions-log')).toContainText('cancelAction');
      await page.screenshot({ path: `screenshots/record-${lang}-${testInfo.project.name}.png`, fullPage: true });
      expect(errors).toEqual([]);
    });
  });
}
