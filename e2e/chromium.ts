// Debian's Chromium, never a Playwright browser download, launched as the e2e suite and the
// bench's keystroke-to-paint measure both run it: headless, with no background traffic of its own.
export const CHROMIUM_LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
