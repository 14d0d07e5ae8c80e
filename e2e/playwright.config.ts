import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';
import path from 'node:path';
import chromiumFlags from './chromium-flags.json';

const repo = path.resolve(__dirname, '..');
// A free loopback port for this run's nginx (E2E_PORT pins one if needed).
const port = Number(process.env.E2E_PORT ?? execSync(`${repo}/scripts/free-port.sh`).toString().trim());
// Workers load this file again: hand them the same port through the environment.
process.env.E2E_PORT = String(port);
// The build for a sub-path (scripts/test.sh makes dist-sub/ with SITE_BASE=/scrc),
// served on the next port.
const subPort = port + 1;
process.env.E2E_SUB_PORT = String(subPort);
const SUB_BASE = '/scrc';
process.env.E2E_SUB_BASE = SUB_BASE;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is unreachable here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Shared with bench/bench.mjs; without the background-networking flags
      // Chromium stalls on a machine with no general internet access.
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // nginx serving the release dist/ exactly as deploy/ configures it; Playwright
  // starts it before the tests and always stops it afterwards, pass or fail.
  webServer: [
    {
      command: `bash ${repo}/scripts/serve-dist.sh ${port} ${repo}/dist`,
      url: `${baseURL}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3_000 },
    },
    {
      command: `bash ${repo}/scripts/serve-dist.sh ${subPort} ${repo}/dist-sub ${SUB_BASE}`,
      url: `http://127.0.0.1:${subPort}${SUB_BASE}/index.html`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3_000 },
    },
  ],
});
