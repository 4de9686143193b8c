import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { lintFile } from '../engine/linter.js';
import type { FileResult, LintConfig, Severity } from '../engine/types.js';
import { formatHtml } from '../formatters/html.js';

/**
 * Check the HTML report in a real browser (headless Chromium) and take a screenshot of it:
 *
 *   npm run build && node dist/src/tools/html-screenshot.js [--out docs/images/html-report.png]
 *       [--lang id|en] [--height 1600] [--keep]
 *
 * It lints the bundled sample report, writes the HTML page to a temporary directory, takes a
 * screenshot of the first screen (1280 px wide), and dumps the DOM after the page's script has
 * run to check that every finding is there, that the filters are applied on load from the URL
 * hash (`#severity=error`, `#family=names`) and that they hide exactly the other findings.
 *
 * Chromium: $CHROMIUM, else `chromium`, `chromium-browser` or `google-chrome` on PATH. Exit
 * codes: 0 every check passed, 1 a check failed, 2 no browser (or it could not be run).
 */

const SAMPLE = 'fixtures/reference/lkjip-dumai-barat-2023.txt';
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome'];
const TIMEOUT_MS = 120_000;

interface Options {
  out: string;
  lang: 'id' | 'en';
  height: number;
  keep: boolean;
}

function parseArgs(argv: string[], root: string): Options {
  const opts: Options = { out: join(root, 'docs/images/html-report.png'), lang: 'id', height: 1600, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) fail(`${name} needs a value`);
      return v;
    };
    if (name === '--out') opts.out = resolve(value());
    else if (name === '--lang') {
      const v = value();
      if (v !== 'id' && v !== 'en') fail('--lang must be id or en');
      opts.lang = v;
    } else if (name === '--height') {
      opts.height = Number(value());
      if (!Number.isInteger(opts.height) || opts.height < 200) fail('--height must be an integer of at least 200');
    } else if (name === '--keep') opts.keep = true;
    else if (name === '--help' || name === '-h') {
      console.log('usage: node dist/src/tools/html-screenshot.js [--out <png>] [--lang id|en] [--height <px>] [--keep]');
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  return opts;
}

/** A problem that is not a failed check (arguments, no browser, the browser crashed): exit 2. */
class SetupError extends Error {}

function fail(message: string): never {
  throw new SetupError(message);
}

/** The package root: the nearest directory upward holding this package's package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'lkjip-lint') return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROMIUM;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && isExecutable(join(dir, fromEnv))) return join(dir, fromEnv);
    fail(`CHROMIUM=${fromEnv} is not an executable file`);
  }
  for (const name of BROWSERS) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

function runBrowser(browser: string, profile: string, args: string[]): string {
  const result = spawnSync(
    browser,
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check', `--user-data-dir=${profile}`, ...args],
    { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) fail(`could not run ${browser}: ${result.error.message}`);
  if (result.status !== 0) fail(`${browser} exited with ${result.status ?? result.signal}:\n${result.stderr.trim()}`);
  return result.stdout;
}

interface Check {
  ok: boolean;
  text: string;
}

const visible = (cards: HTMLElement[]) => cards.filter((c) => !c.hasAttribute('hidden'));

async function main(): Promise<number> {
  const root = packageRoot();
  const opts = parseArgs(process.argv.slice(2), root);
  const browser = findBrowser();
  if (!browser) {
    fail(`no Chromium found: set CHROMIUM to the browser's path, or install one of ${BROWSERS.join(', ')} (on Debian: apt-get install chromium)`);
  }

  const config: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: opts.lang };
  const result: FileResult = await lintFile(join(root, SAMPLE), config);
  if (result.error !== undefined) fail(`the sample report could not be linted: ${result.error}`);
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const names = result.findings.filter((f) => f.family === 'names').length;

  const tmp = mkdtempSync(join(tmpdir(), 'lkjip-html-'));
  const checks: Check[] = [];
  const check = (ok: boolean, text: string) => checks.push({ ok, text });
  try {
    const htmlFile = join(tmp, 'laporan.html');
    writeFileSync(htmlFile, formatHtml([result], { lang: opts.lang, color: false, cwd: root }));
    const url = pathToFileURL(htmlFile).href;
    const profile = join(tmp, 'profile');

    // 1. Screenshot of the first screen.
    mkdirSync(dirname(opts.out), { recursive: true });
    rmSync(opts.out, { force: true });
    runBrowser(browser, profile, ['--hide-scrollbars', `--window-size=1280,${opts.height}`, `--screenshot=${opts.out}`, url]);
    const png = existsSync(opts.out) ? readFileSync(opts.out) : undefined;
    const isPng = png !== undefined && png.subarray(1, 4).toString('latin1') === 'PNG';
    const width = isPng ? png.readUInt32BE(16) : 0;
    const height = isPng ? png.readUInt32BE(20) : 0;
    check(isPng && width === 1280 && height === opts.height, `screenshot ${opts.out}: ${isPng ? `${width}x${height} PNG, ${png.length} bytes` : 'missing'}`);

    // 2. The rendered DOM, after the inline script has run: every finding, none hidden.
    const all = parse(runBrowser(browser, profile, ['--dump-dom', url]));
    const cards = all.querySelectorAll('article.finding');
    check(all.querySelector('html')?.getAttribute('data-js') === 'ready', 'the inline script ran (html[data-js=ready])');
    check(cards.length === result.findings.length, `finding elements: ${cards.length} of ${result.findings.length} findings`);
    check(visible(cards).length === cards.length, `without a filter all ${cards.length} findings are visible`);
    check(cards.every((c) => c.getAttribute('data-severity') && c.getAttribute('data-family')), 'every finding has data-severity and data-family');
    check(!all.querySelector('#filters')?.hasAttribute('hidden'), 'the filter bar is shown once the script runs');
    const headings = all.querySelectorAll('.group-table > h4').map((h) => h.text);
    check(headings.some((h) => h.includes('Tabel 3.7')), 'a group heading names Tabel 3.7');
    check(all.querySelectorAll('article.finding mark').length > 0, `figures highlighted: ${all.querySelectorAll('article.finding mark').length} <mark> elements`);

    // 3. #severity=error: only the errors stay visible, the other findings get `hidden`.
    const onlyErrors = parse(runBrowser(browser, profile, ['--dump-dom', `${url}#severity=error`]));
    const errCards = onlyErrors.querySelectorAll('article.finding');
    const errVisible = visible(errCards);
    check(
      errVisible.length === errors && errVisible.every((c) => c.getAttribute('data-severity') === 'error') && errCards.length === result.findings.length,
      `#severity=error: ${errVisible.length} visible (expected ${errors} errors), ${errCards.length - errVisible.length} hidden`,
    );
    const status = onlyErrors.querySelector('#filter-status')?.text ?? '';
    check(status.includes(String(errors)), `#severity=error: the status line says "${status}"`);

    // 4. #family=names: only the unit and region name findings.
    const onlyNames = parse(runBrowser(browser, profile, ['--dump-dom', `${url}#family=names`]));
    const nameVisible = visible(onlyNames.querySelectorAll('article.finding'));
    check(
      nameVisible.length === names && nameVisible.every((c) => c.getAttribute('data-family') === 'names'),
      `#family=names: ${nameVisible.length} visible (expected ${names})`,
    );
    const emptyGroups = onlyNames
      .querySelectorAll('.group')
      .filter((g) => !g.hasAttribute('hidden') && visible(g.querySelectorAll('article.finding')).length === 0);
    check(emptyGroups.length === 0, '#family=names: groups without a visible finding are hidden');
  } finally {
    if (opts.keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }

  console.log(`browser: ${browser}`);
  console.log(`sample: ${SAMPLE} (${result.findings.length} findings, ${errors} errors)`);
  for (const c of checks) console.log(`${c.ok ? '✔' : '✖'} ${c.text}`);
  const failed = checks.filter((c) => !c.ok).length;
  console.log(failed ? `${failed} check(s) failed` : 'all checks passed');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof SetupError) console.error(`html-screenshot: ${err.message}`);
    else console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(2);
  },
);
