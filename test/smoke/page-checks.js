// What the smoke run checks on each page (a built example app, or demo/script-tag.html), in
// Debian's Chromium driven by playwright-core. Locators pierce the elements' open shadow roots.

/** The four elements every page shows. */
export const TAGS = [
  'sp-balance-card',
  'sp-expected-payout',
  'sp-summary-sunburst',
  'sp-payout-list',
];

/** A currency-formatted amount as en-US writes it: "$1,234.56", "-€12.00", "¥1,200", "CA$3.10". */
export const AMOUNT = /\p{Sc}\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?/u;

const TIMEOUT = Number(process.env.SMOKE_TIMEOUT_MS ?? 20_000);

/**
 * Loads `url` and runs the checks, calling `record(name, fn)` for each (it times and reports
 * them; resolves true when it passed). `bindsAttribute`: the page points the sunburst at a
 * settlement through the `settlement-id` attribute (not only the `settlementId` property).
 * Every page error (uncaught exception or unhandled rejection) fails the last check.
 */
export async function checkPage(browser, { label, url, bindsAttribute, record }) {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  try {
    const loaded = await record(`${label}: the page loads`, async () => {
      const response = await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      for (const tag of TAGS) {
        await page.locator(tag).first().waitFor({ state: 'attached', timeout: TIMEOUT });
      }
      const undefinedTags = await page.evaluate(
        (tags) => tags.filter((tag) => !customElements.get(tag)),
        TAGS,
      );
      if (undefinedTags.length) throw new Error(`not defined: ${undefinedTags.join(', ')}`);
    });

    for (const tag of TAGS) {
      await record(`${label}: <${tag}> shows a real amount`, async () => {
        if (!loaded) throw new Error('the page did not load');
        const amount = page.locator(tag).first().getByText(AMOUNT).first();
        await amount.waitFor({ state: 'visible', timeout: TIMEOUT });
        return `"${(await amount.textContent())?.trim().slice(0, 60)}"`;
      });
    }

    await record(`${label}: <sp-balance-card locale="de"> loads its translations`, async () => {
      if (!loaded) throw new Error('the page did not load');
      // German comes from the package's one set of translations (dist/cdn/locales), through
      // the app's bundler or, for the script tag, from beside the script.
      const card = page.locator('sp-balance-card').first();
      await card.evaluate((el) => el.setAttribute('locale', 'de'));
      const title = card.locator('h2.title');
      await title.getByText('Guthaben', { exact: true }).waitFor({ timeout: TIMEOUT });
      await card
        .getByText(/\d,\d{2}\s?\p{Sc}/u)
        .first()
        .waitFor({ timeout: TIMEOUT });
      await card.evaluate((el) => el.removeAttribute('locale'));
      await title.getByText('Balances', { exact: true }).waitFor({ timeout: TIMEOUT });
      return `"${(await title.textContent())?.trim()}" back from "Guthaben"`;
    });

    await record(
      `${label}: clicking a settlement id in <sp-payout-list> points the sunburst at it`,
      async () => {
        if (!loaded) throw new Error('the page did not load');
        return pickSettlement(page, { bindsAttribute });
      },
    );
  } finally {
    await record(`${label}: no uncaught errors in the page`, async () => {
      if (pageErrors.length) {
        throw new Error(pageErrors.map((error) => error.stack ?? String(error)).join('\n'));
      }
      return consoleErrors.length
        ? `${consoleErrors.length} console error(s), not failures: ${consoleErrors.join(' | ').slice(0, 200)}`
        : undefined;
    });
    await context.close();
  }
}

/** Opens payouts until one shows a settlement id, clicks it, and checks the sunburst follows. */
async function pickSettlement(page, { bindsAttribute }) {
  const list = page.locator('sp-payout-list').first();
  const sunburst = page.locator('sp-summary-sunburst').first();
  await sunburst.getByText(AMOUNT).first().waitFor({ state: 'visible', timeout: TIMEOUT });
  const before = await shadowText(sunburst);

  // Record what the page hears: the selection, and the sunburst's loads from now on.
  await page.evaluate(() => {
    const state = { picked: undefined, loads: 0 };
    window.__smoke = state;
    document.addEventListener('sp-settlement-select', (event) => {
      state.picked = event.detail.settlementId;
    });
    document.querySelector('sp-summary-sunburst')?.addEventListener('sp-load', () => state.loads++);
  });

  const button = list.locator('[part~="settlement-button"]').first();
  const toggles = list.locator('button[aria-expanded]');
  for (let i = 0; i < 10 && (await button.count()) === 0; i++) {
    const toggle = toggles.nth(i);
    if ((await toggle.count()) === 0) break;
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await button.waitFor({ state: 'visible', timeout: 1000 }).catch(() => {});
  }
  if ((await button.count()) === 0) throw new Error('no payout showed a settlement id button');
  await button.click();

  const picked = await page
    .waitForFunction(() => window.__smoke.picked, undefined, { timeout: TIMEOUT })
    .then((handle) => handle.jsonValue());

  // The app points the sunburst at the settlement: its settlementId property, and its
  // settlement-id attribute where the app binds the attribute or the element reflects it.
  const reflects = await sunburst.evaluate(
    (el) => el.constructor.elementProperties?.get('settlementId')?.reflect === true,
  );
  const requireAttribute = bindsAttribute || reflects;
  await page
    .waitForFunction(
      ({ id, requireAttribute }) => {
        const el = document.querySelector('sp-summary-sunburst');
        if (!el || el.settlementId !== id) return false;
        return !requireAttribute || el.getAttribute('settlement-id') === id;
      },
      { id: picked, requireAttribute },
      { timeout: TIMEOUT },
    )
    .catch(async () => {
      const state = await sunburst.evaluate((el) => ({
        property: el.settlementId,
        attribute: el.getAttribute('settlement-id'),
      }));
      throw new Error(
        `picked ${picked}; the sunburst has settlementId=${state.property}, settlement-id=${state.attribute}`,
      );
    });

  // ...and shows that settlement: it loaded again and its content changed, with amounts.
  await page.waitForFunction(() => window.__smoke.loads > 0, undefined, { timeout: TIMEOUT });
  await sunburst.getByText(AMOUNT).first().waitFor({ state: 'visible', timeout: TIMEOUT });
  const after = await shadowText(sunburst);
  if (after === before)
    throw new Error(`the sunburst still shows the same content after ${picked}`);
  const attribute = await sunburst.getAttribute('settlement-id');
  return `settlement ${picked}; settlement-id=${attribute === null ? '(absent: property binding, not reflected)' : `"${attribute}"`}`;
}

function shadowText(locator) {
  return locator.evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}
