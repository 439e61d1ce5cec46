// Resolves the Chromium to drive, in one place: $CHROME_PATH, then Debian's /usr/bin/chromium,
// then whatever Chrome the launcher can find (a developer's laptop).
import { existsSync } from 'node:fs';

export function chromePath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
