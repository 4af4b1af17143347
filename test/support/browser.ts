import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); never a browser downloaded by a test tool. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

const ARTIFACTS = join(process.cwd(), 'test/artifacts/screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The closed network of this machine refuses Chromium's background connections.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface ContextOptions extends BrowserContextOptions {
  viewportName?: ViewportName;
}

/** A fresh browser profile (no cookies, no storage) at a phone or desktop size. */
export function newContext(browser: Browser, baseURL: string, options: ContextOptions = {}): Promise<BrowserContext> {
  const { viewportName = 'desktop', ...rest } = options;
  return browser.newContext({ baseURL, viewport: VIEWPORTS[viewportName], locale: 'kk-KZ', ...rest });
}

/** Saves a screenshot as a test artifact: test/artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Screenshots of the page at both sizes (the page is resized, then restored). */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(viewport);
    await saveScreenshot(page, `${name}-${size}`);
  }
  if (original) {
    await page.setViewportSize(original);
  }
}

/**
 * Signs the browser profile in as the holder of `token` before any page loads: the web app
 * keeps its session in localStorage (see apps/web/src/lib/api.ts).
 */
export async function signInContext(context: BrowserContext, token: string, user: unknown): Promise<void> {
  await context.addInitScript(
    ([storedToken, storedUser]) => {
      const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
      storage.setItem('akim.token', storedToken);
      storage.setItem('akim.user', storedUser);
    },
    [token, JSON.stringify(user)] as const,
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axeSource = (): string => readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2 A and AA rules) on the page and returns the serious and critical
 * violations. The page's context must be made with `bypassCSP: true`, since axe arrives
 * as an inline script that the app's CSP would refuse.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  const violations = (await page.evaluate(
    'axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })' +
      '.then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, ' +
      'nodes: v.nodes.map((n) => ({ target: n.target })) })))',
  )) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * Fills the organizer's rooms of a venue (the event form opens with one empty room): each room's kk and ru
 * name, adding a row for each after the first with the form's own button (`addLabel` in the page's language).
 */
export async function fillRooms(page: Page, rooms: { kk: string; ru: string }[], addLabel: string): Promise<void> {
  for (const [i, room] of rooms.entries()) {
    if (i > 0) {
      await page.getByRole('button', { name: addLabel, exact: true }).click();
    }
    await page.fill(`#venue-room-${i}-kk`, room.kk);
    await page.fill(`#venue-room-${i}-ru`, room.ru);
  }
}

/**
 * Types a moment into a form's day and time inputs as a person does here: `2027-03-10T09:00` goes in as
 * `10.03.2027` and `09:00` (the time's input is `<selector>-time`).
 */
export async function fillMoment(page: Page, selector: string, moment: string): Promise<void> {
  const [day, clock] = moment.split('T');
  const [year, month, date] = day.split('-');
  await page.fill(selector, `${date}.${month}.${year}`);
  await page.fill(`${selector}-time`, clock);
}
