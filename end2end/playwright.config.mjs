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

const site = {
  LEPTOS_SITE_ROOT: 'target/site',
  LEPTOS_SITE_PKG_DIR: 'pkg',
  LEPTOS_OUTPUT_NAME: 'rescue-console',
  LEPTOS_ENV: 'DEV',
  RUST_LOG: 'warn',
};

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
    {
      // Demo mode: no RESCUE_API_URL.
      command: 'target/debug/server',
      cwd: '..',
      url: `${baseURL}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...site,
        LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
        DATABASE_URL: 'sqlite://target/e2e/demo.db',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Frozen clock and no life, so the sessions the tests act on stay put.
      command: `target/debug/rescue-sim --addr 127.0.0.1:${simPort} --still --time-scale 0 --control-api`,
      cwd: '..',
      url: `${simURL}/_sim/sessions`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'target/debug/server',
      cwd: '..',
      url: `${rescueURL}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        ...site,
        LEPTOS_SITE_ADDR: `127.0.0.1:${rescuePort}`,
        RESCUE_API_URL: `${simURL}/API/`,
        DATABASE_URL: 'sqlite://target/e2e/rescue.db',
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
