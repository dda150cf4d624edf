// Playwright drives Debian's Chromium (never a downloaded browser) against the debug server,
// which Playwright starts itself and waits for.
import { defineConfig } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3107';
export const baseURL = `http://127.0.0.1:${port}`;
// A second dashboard, configured as for a real Rescue host, pointed at a standalone simulator
// whose control API the tests use (expire logins, inspect sessions).
const rescuePort = process.env.E2E_RESCUE_PORT ?? '3108';
const simPort = process.env.E2E_SIM_PORT ?? '7308';
export const rescueURL = `http://127.0.0.1:${rescuePort}`;
export const simURL = `http://127.0.0.1:${simPort}`;
// A dashboard over a simulator holding a thousand more sessions: the re-render figure.
const crowdPort = process.env.E2E_CROWD_PORT ?? '3109';
const crowdSimPort = process.env.E2E_CROWD_SIM_PORT ?? '7309';
export const crowdURL = `http://127.0.0.1:${crowdPort}`;
// A dashboard of its own for the bulk actions and waiting-time alerts, over its own frozen
// simulator, so their many changes leave the other specs' sessions alone.
const bulkPort = process.env.E2E_BULK_PORT ?? '3110';
const bulkSimPort = process.env.E2E_BULK_SIM_PORT ?? '7310';
export const bulkURL = `http://127.0.0.1:${bulkPort}`;
export const bulkSimURL = `http://127.0.0.1:${bulkSimPort}`;
// Single sign-on: a real, certified OpenID Provider (oidc-provider, end2end/idp/) and a
// dashboard signing in through it, over a frozen simulator of its own.
const ssoPort = process.env.E2E_SSO_PORT ?? '3111';
const ssoSimPort = process.env.E2E_SSO_SIM_PORT ?? '7311';
const idpPort = process.env.E2E_IDP_PORT ?? '9411';
export const ssoURL = `http://127.0.0.1:${ssoPort}`;
export const ssoSimURL = `http://127.0.0.1:${ssoSimPort}`;
export const idpURL = `http://127.0.0.1:${idpPort}`;
/** The provider's name on the sign-in button. */
export const IDP_NAME = 'Demo Identity';
const IDP_SECRET = 'rescue-console-test-client-secret';
/** The waiting-time limit of the bulk dashboard, in seconds (not the default, to see it used). */
export const WAIT_ALERT_SECS = 600;
/** The Post-to-URL token of the Rescue-configured dashboard (a test value). */
export const POST_TO_URL_TOKEN = 'e2e-post-to-url-0123456789abcdef0123';
/** Seconds between automatic refreshes on the Rescue-configured dashboard (short, to watch it). */
export const REFRESH_SECS = 3;
// Two instances of one installation over the Rescue-configured simulator, sharing sessions and
// news through Redis (the key makes their names in Redis their own): the live lists' specs.
// Their simulator is their own: Rescue's sign-in limit per account stays the other specs'.
const pairPorts = [process.env.E2E_PAIR_A_PORT ?? '3112', process.env.E2E_PAIR_B_PORT ?? '3113'];
export const pairURLs = pairPorts.map((p) => `http://127.0.0.1:${p}`);
const pairSimPort = process.env.E2E_PAIR_SIM_PORT ?? '7312';
export const pairSimURL = `http://127.0.0.1:${pairSimPort}`;
// The languages' dashboard, over a frozen simulator of its own: its cancels in German and
// Japanese leave the other specs' sessions alone.
const langPort = process.env.E2E_LANG_PORT ?? '3114';
const langSimPort = process.env.E2E_LANG_SIM_PORT ?? '7314';
export const langURL = `http://127.0.0.1:${langPort}`;
export const langSimURL = `http://127.0.0.1:${langSimPort}`;
const PAIR_KEY = 'cGFpci1vZi1pbnN0YW5jZXMtZm9yLWxpdmUtbGlzdHM=';

const site = {
  LEPTOS_SITE_ROOT: 'target/site',
  LEPTOS_SITE_PKG_DIR: 'pkg',
  LEPTOS_OUTPUT_NAME: 'rescue-console',
  LEPTOS_ENV: 'DEV',
  RUST_LOG: 'warn',
};

/** A debug dashboard on `listen`, with its own database, and `env` on top. */
function dashboard(listen, name, env = {}) {
  // Against a Rescue (here a simulator) the list of admins is required; plain http on
  // loopback needs the cookie without `Secure`.
  const rescue = env.RESCUE_API_URL ? { ALLOWED_ADMINS: '@demo.example', COOKIE_SECURE: 'false' } : {};
  return {
    command: 'target/debug/server',
    cwd: '..',
    url: `http://127.0.0.1:${listen}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ...site, LEPTOS_SITE_ADDR: `127.0.0.1:${listen}`, DATABASE_URL: `sqlite://target/e2e/${name}.db`, ...rescue, ...env },
    stdout: 'ignore',
    stderr: 'pipe',
  };
}

/** A standalone simulator on `listen` that keeps its sessions (`--still`), with `flags`. */
function simulator(listen, flags, url) {
  return {
    command: `target/debug/rescue-sim --addr 127.0.0.1:${listen} --still ${flags}`,
    cwd: '..',
    url,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  };
}

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // This machine has no network but the package registries: keep Chromium from trying.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'hydrated', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false } },
  ],
  webServer: [
    // Demo mode: no RESCUE_API_URL.
    dashboard(port, 'demo'),
    // Frozen clock and no life, so the sessions the tests act on stay put.
    simulator(simPort, '--time-scale 0 --control-api', `${simURL}/_sim/sessions`),
    // The technician is not on this installation's list of admins (the sign-in test shows
    // the refusal); Rescue itself accepts every demo user.
    dashboard(rescuePort, 'rescue', {
      RESCUE_API_URL: `${simURL}/API/`,
      REFRESH_SECS: String(REFRESH_SECS),
      ALLOWED_ADMINS: 'admin@demo.example, lead@demo.example, master@demo.example',
      // The browser tests post as Rescue's Post to URL would.
      POST_TO_URL_TOKEN: POST_TO_URL_TOKEN,
    }),
    simulator(pairSimPort, '--time-scale 0 --control-api', `${pairSimURL}/_sim/sessions`),
    ...pairPorts.map((listen, i) =>
      dashboard(listen, `pair-${i}`, {
        RESCUE_API_URL: `${pairSimURL}/API/`,
        REFRESH_SECS: String(REFRESH_SECS),
        SESSION_STORE: 'redis://127.0.0.1:6379',
        SESSION_KEY: PAIR_KEY,
      }),
    ),
    // Real time, so waiting times change between refreshes as they would in use.
    simulator(crowdSimPort, '--crowd 1000', `http://127.0.0.1:${crowdSimPort}/API/getSession_v3.aspx`),
    dashboard(crowdPort, 'crowd', { RESCUE_API_URL: `http://127.0.0.1:${crowdSimPort}/API/`, REFRESH_SECS: '0' }),
    simulator(bulkSimPort, '--time-scale 0 --control-api', `${bulkSimURL}/_sim/sessions`),
    dashboard(bulkPort, 'bulk', {
      RESCUE_API_URL: `${bulkSimURL}/API/`,
      REFRESH_SECS: '0',
      WAIT_ALERT_SECS: String(WAIT_ALERT_SECS),
    }),
    {
      command: `node idp/provider.mjs --port ${idpPort} --dashboard ${ssoURL} --secret ${IDP_SECRET}`,
      url: `${idpURL}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    simulator(langSimPort, '--time-scale 0 --control-api', `${langSimURL}/_sim/sessions`),
    dashboard(langPort, 'languages', { RESCUE_API_URL: `${langSimURL}/API/`, REFRESH_SECS: '0' }),
    simulator(ssoSimPort, '--time-scale 0 --control-api', `${ssoSimURL}/_sim/sessions`),
    dashboard(ssoPort, 'sso', {
      RESCUE_API_URL: `${ssoSimURL}/API/`,
      REFRESH_SECS: '0',
      OIDC_ISSUER_URL: idpURL,
      OIDC_CLIENT_ID: 'rescue-console',
      OIDC_CLIENT_SECRET: IDP_SECRET,
      OIDC_NAME: IDP_NAME,
      PUBLIC_URL: ssoURL,
      RESCUE_SSO_PASSWORD: 'demo-sso-secret',
      RESCUE_COMPANY_ID: '4201337',
    }),
  ],
});
