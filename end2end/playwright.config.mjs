// Playwright drives Debian's Chromium (never a downloaded browser) against the debug server,
// which Playwright starts itself and waits for.
import { defineConfig } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3107';
export const baseURL = `http://127.0.0.1:${port}`;

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
  webServer: {
    command: 'target/debug/server',
    cwd: '..',
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: 'target/site',
      LEPTOS_SITE_PKG_DIR: 'pkg',
      LEPTOS_OUTPUT_NAME: 'rescue-console',
      LEPTOS_ENV: 'DEV',
      RUST_LOG: 'warn',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
