// Bundles the action's entry points into dist/ (committed: GitHub runs dist/ as it is in the repository).
// `node scripts/bundle.mjs --check` rebuilds into a temporary folder and fails when dist/ differs.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const entries = {
  index: 'src/action/index.ts',
  post: 'src/action/post-index.ts',
  cli: 'src/cli/bin.ts',
  demo: 'src/demo/bin.ts',
  standin: 'src/standin/bin.ts',
};

const check = process.argv.includes('--check');
const outdir = check ? fs.mkdtempSync(path.join(os.tmpdir(), 'verify-litellm-dist-')) : 'dist';
// Chunk names carry content hashes: start from an empty dist/ so old chunks do not pile up.
if (!check) fs.rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true, // the three entries share the engine: one chunk, not three copies
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give ESM output one.
  banner: { js: "import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);" },
});
fs.chmodSync(path.join(outdir, 'cli.js'), 0o755);
// The helper the venv's Python runs to ask LiteLLM about a config (src/litellm/oracle.ts finds oracle.py next to
// the bundle; it loads its sibling modules from its own folder).
for (const file of fs.readdirSync(path.join('src', 'litellm')).filter((f) => f.endsWith('.py')))
  fs.copyFileSync(path.join('src', 'litellm', file), path.join(outdir, file));

if (check) {
  const list = (dir) =>
    fs
      .readdirSync(dir, { recursive: true })
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map(String)
      .sort();
  const built = list(outdir);
  const committed = fs.existsSync('dist') ? list('dist') : [];
  const stale = [...new Set([...built, ...committed])].filter(
    (f) => !built.includes(f) || !committed.includes(f) || !fs.readFileSync(path.join(outdir, f)).equals(fs.readFileSync(path.join('dist', f))),
  );
  fs.rmSync(outdir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`dist/ is stale (${stale.join(', ')}): run 'npm run bundle' and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build.');
}
