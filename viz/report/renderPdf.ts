/**
 * The report as PDF, printed by headless Chromium (playwright-core drives the browser the system
 * has: Debian's `chromium`, or WARDSIM_CHROMIUM). A4, sections on new pages (the CSS), page numbers
 * in the footer. Chromium is started with no network and no background services.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Chromium flags for a closed machine: no sandbox as root, no GPU, no background connections. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to use, or null when none is installed. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const own = env.WARDSIM_CHROMIUM;
  if (own) return existsSync(own) ? own : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export async function renderPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const executablePath = chromiumPath(env);
  if (executablePath === null) {
    throw new Error(
      'PDF output needs Chromium: install it (Debian: apt-get install chromium fonts-ipaexfont-gothic) or set WARDSIM_CHROMIUM',
    );
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // A self-contained page: any request would be a defect, so none is allowed to leave.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
