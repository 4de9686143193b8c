import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageInfo {
  name: string;
  version: string;
}

const PACKAGE_NAME = 'lkjip-lint';
let cached: PackageInfo | undefined;

/**
 * The tool's own package.json. Found by walking up from this module because the depth differs
 * between the sources (src/util) and the compiled output (dist/src/util).
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as Partial<PackageInfo>;
      if (pkg.name === PACKAGE_NAME) {
        cached = { name: pkg.name, version: pkg.version ?? '0.0.0' };
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return { name: PACKAGE_NAME, version: '0.0.0' };
    dir = parent;
  }
}
