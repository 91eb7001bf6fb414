/**
 * Shared by `npm start`, the end-to-end tests and the browser benchmarks: find Chromium, serve local
 * pages on 127.0.0.1, and launch Chromium with the built extension loaded.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH ' +
        'to a Chromium or Chrome binary.',
    );
  }
  return found;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface LocalServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves each mount (URL prefix → directory) on 127.0.0.1 at a free port. */
export async function serveDirs(mounts: Record<string, string>): Promise<LocalServer> {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // Chromium asks every origin for a favicon; answering "none" keeps 404s out of the pages' consoles.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end('not found');
    const [prefix, dir] = mount;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(resolve(dir) + sep) && file !== resolve(dir)) return void res.writeHead(403).end();
    const target = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!existsSync(target)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': MIME[extname(target)] ?? 'application/octet-stream' });
    res.end(readFileSync(target));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension (run `npm run build` first). Headless unless `headless: false`;
 * `locale` sets the browser's languages, which the side panel's interface follows.
 */
export async function launchWithExtension(options: { headless?: boolean; locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const headless = options.headless ?? true;
  const userDataDir = mkdtempSync(join(tmpdir(), 'tactful-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1280, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
