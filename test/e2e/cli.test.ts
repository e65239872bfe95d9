// Runs the built CLI (dist/cli.js) as a user does: flags, VLLM_KEY in the environment, exit codes 0/1/2,
// text or --json on stdout, --report-file. The real LiteLLM proxy runs against the stand-in upstream.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FLAGS } from '../../src/cli/cli.ts';
import { DEFAULTS } from '../../src/options/defaults.ts';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { proxyProcesses, ROOT, route, tempDir, TEST_CACHE_ROOT, testLiteLLM } from '../helpers/litellm.ts';
import { documentedReport } from '../helpers/readme.ts';
import { collect, runNode, spawnNode, type ProcessRun as CliRun } from '../helpers/runner.ts';

const CANARY = 'vk-canary-cli-93f1d07e4b';
const CLI = path.join(ROOT, 'dist', 'cli.js');
const RUN_TIMEOUT_MS = 300_000;

/** A private folder per run: the CLI's cwd, and its TMPDIR (so the proxy's files and process are ours to find). */
class Sandbox {
  readonly root = tempDir('vl-cli-e2e-');
  readonly cwd = path.join(this.root, 'work');
  readonly tmp = path.join(this.root, 'tmp');

  constructor() {
    fs.mkdirSync(this.cwd, { recursive: true });
    fs.mkdirSync(this.tmp, { recursive: true });
  }

  write(relative: string, text: string): string {
    const file = path.join(this.cwd, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: this.tmp,
      VLLM_KEY: CANARY,
      // A developer's shell carries other credentials; none may reach the proxy or the output.
      OPENAI_API_KEY: 'sk-stray-shell-key-0000',
      ANTHROPIC_API_KEY: 'sk-ant-stray-0000',
      AWS_SECRET_ACCESS_KEY: 'aws-stray-0000',
      ...extra,
    };
  }

  spawn(args: string[], env: NodeJS.ProcessEnv = this.env()): ChildProcess {
    return spawnNode(CLI, args, { cwd: this.cwd, env });
  }

  run(args: string[], env: NodeJS.ProcessEnv = this.env(), timeoutMs = RUN_TIMEOUT_MS): Promise<CliRun> {
    return runNode(CLI, args, { cwd: this.cwd, env, timeoutMs });
  }

  /** Files left in the run's TMPDIR (the proxy's private config copy and log must be gone). */
  leftovers(): string[] {
    return (fs.readdirSync(this.tmp, { recursive: true }) as string[]).map(String);
  }
}

const V = DEFAULT_LITELLM_VERSION;
const VRE = DEFAULT_LITELLM_VERSION.replace(/\./g, '\\.');

const show = (run: CliRun) => `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

function assertNoCanary(...texts: string[]): void {
  for (const text of texts) {
    assert.equal(text.includes(CANARY), false, 'the VLLM_KEY value leaked');
    assert.equal(text.includes(Buffer.from(CANARY).toString('base64')), false, 'the VLLM_KEY value leaked (base64)');
    assert.equal(text.includes('stray'), false, 'a stray shell credential showed up');
  }
}

/** The keys of the README's documented report (`Report schema`), top level and per alias. */
function documentedSchema(): { report: string[]; alias: string[] } {
  const example = documentedReport() as Record<string, unknown> & { aliases: Array<Record<string, unknown>> };
  return { report: Object.keys(example).sort(), alias: Object.keys(example.aliases[0]!).sort() };
}

/** The flags the CLI's parseArgs reads, so the help cannot drift from what is parsed. */
function parsedOptions(): Array<{ name: string; type: string; short?: string }> {
  return Object.entries(FLAGS).map(([name, o]) => ({ name, type: o.type, short: 'short' in o ? o.short : undefined }));
}

describe('the built CLI (dist/cli.js)', { timeout: 900_000 }, () => {
  let upstream: Standin;
  const sandboxes: Sandbox[] = [];
  const sandbox = () => {
    const s = new Sandbox();
    sandboxes.push(s);
    return s;
  };

  before(async () => {
    assert.ok(fs.existsSync(CLI), 'dist/ is built (npm run bundle)');
    await testLiteLLM(); // the shared venv the CLI finds through --cache-dir
    upstream = await startStandin({
      apiKey: CANARY,
      models: [
        { id: 'Qwen/Qwen3-0.6B', reasoning: true, reply: 'Hello from the stand-in!' },
        // An old alias whose backend was swapped to a GPT-5 model: LiteLLM does not know to drop temperature, the upstream rejects it.
        { id: 'gpt-4o', servedAs: 'gpt-5-2025-08-07', temperature: 'reject-value' },
        { id: 'echo', fault: 'echo-key' },
        { id: 'hang', fault: 'hang' },
      ],
    });
  });

  after(async () => {
    await upstream?.close();
    const orphans = sandboxes.flatMap((s) => proxyProcesses(s.root));
    for (const pid of orphans) process.kill(pid, 'SIGKILL'); // only proxies this suite started (their command line names its folder)
    for (const s of sandboxes) fs.rmSync(s.root, { recursive: true, force: true });
    assert.deepEqual(orphans, [], 'no LiteLLM process left behind');
  });

  describe('without a proxy', () => {
    it('--help documents every parsed flag, its value and the defaults the code uses, and exits 0', async () => {
      const s = sandbox();
      const run = await s.run(['--help']);
      assert.equal(run.code, 0, show(run));
      assert.equal(run.stderr, '');
      const help = run.stdout;
      assert.match(help, /^verify-litellm: /);
      assert.match(help, /Usage: verify-litellm \[options\]/);

      const optionsSection = help.split('\nOptions:\n')[1]?.split('\n\n')[0] ?? '';
      const documented = [...optionsSection.matchAll(/^ {2}(?:-\w, )?--([a-z][a-z-]*)/gm)].map((m) => m[1]!);
      const parsed = parsedOptions();
      assert.deepEqual([...documented].sort(), parsed.map((o) => o.name).sort(), 'help lists exactly the flags parseArgs accepts');
      for (const option of parsed) {
        const line = optionsSection.split('\n').find((l) => new RegExp(`^ {2}(?:-\\w, )?--${option.name}\\b`).test(l))!;
        if (option.type === 'string') assert.match(line, new RegExp(`--${option.name} \\S+ +\\S`), `--${option.name} shows its value: ${line}`);
        else assert.match(line, new RegExp(`--${option.name} {2,}\\S`), `--${option.name} takes no value: ${line}`);
        if (option.short) assert.match(line, new RegExp(`^ {2}-${option.short}, --${option.name}`));
      }

      // The defaults printed are the shared table's (src/options/defaults.ts), the action's too.
      const numeric = Object.entries(DEFAULTS).filter(([name, value]) => /^\d+$/.test(value) && parsed.some((o) => o.name === name));
      assert.ok(numeric.length >= 6, numeric.map(([n]) => n).join(', '));
      assert.equal(
        optionsSection
          .split('\n')
          .find((l) => l.includes('--max-latency-ms '))
          ?.includes('(default:'),
        false,
      );
      for (const [flag, value] of numeric) {
        const line = optionsSection.split('\n').find((l) => l.includes(`--${flag} `))!;
        assert.ok(line.includes(`(default: ${value}`), `--${flag} documents default ${value}: ${line}`);
      }
      assert.match(help, new RegExp(`--litellm-version V .*\\(default: ${VRE}\\)`));
      assert.match(help, /--temperature X\|none .*\(default: 0\.7\)/);
      assert.match(help, /VLLM_KEY/);
      assert.match(help, /Exit codes: 0 .*, 1 .*, 2 usage or config error/);

      const short = await s.run(['-h']);
      assert.equal(short.code, 0);
      assert.equal(short.stdout, help);
    });

    it('--version prints the package version and the default LiteLLM', async () => {
      const run = await sandbox().run(['--version']);
      assert.equal(run.code, 0, show(run));
      const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(run.stdout, `verify-litellm ${pkg.version} (LiteLLM ${V} by default)\n`);
    });

    it('usage errors exit 2 with a specific message and print nothing on stdout', async () => {
      const s = sandbox();
      const cases: Array<[string[], RegExp]> = [
        [['--bogus'], /Unknown option '--bogus'/],
        [['extra-positional'], /Unexpected argument 'extra-positional'/],
        [['--config'], /Option '--config <value>' argument missing/],
        [['--json=yes'], /Option '--json' does not take an argument/],
        [['--temperature', 'abc'], /option '--temperature' must be a number from 0 to 2, or 'none' to omit it; found 'abc'/],
        [['--temperature', '3'], /option '--temperature' must be a number from 0 to 2.*found '3'/],
        [['--attempts', '0'], /option '--attempts' must be a whole number from 1 to 10; found '0'/],
        [['--attempts', '11'], /option '--attempts' must be a whole number from 1 to 10; found '11'/],
        [['--max-tokens', 'lots'], /option '--max-tokens' must be a whole number from 1 to 1000000; found 'lots'/],
        [['--timeout', '0'], /option '--timeout' must be a whole number from 1 to 3600; found '0'/],
        [['--concurrency', '65'], /'--concurrency' must be a whole number from 1 to 64; found '65'/],
        [['--max-latency-ms', '0'], /'--max-latency-ms' must be a whole number from 1 to 3600000; found '0'/],
        [['--max-latency-ms=-5'], /'--max-latency-ms' must be a whole number from 1 to 3600000; found '-5'/],
        [['--api', 'chat,embeddings'], /option '--api' takes chat, messages, responses .*found 'embeddings'/],
        [['--request-params', '[1, 2]'], /option '--request-params' must be a mapping/],
      ];
      for (const [args, message] of cases) {
        const run = await s.run(args, s.env(), 30_000);
        assert.equal(run.code, 2, `${args.join(' ')}: ${show(run)}`);
        assert.match(run.stderr, message, args.join(' '));
        assert.match(run.stderr, /^verify-litellm: /, 'prefixed with the program name');
        assert.equal(run.stdout, '', `${args.join(' ')}: nothing on stdout`);
        assertNoCanary(run.stdout, run.stderr);
      }
      const unknown = await s.run(['--bogus'], s.env(), 30_000);
      assert.match(unknown.stderr, /Run 'verify-litellm --help' for usage\./);
      assert.deepEqual(s.leftovers(), []);
    });

    it('a malformed --proxy-url is a usage error (exit 2), like the action input', async () => {
      const s = sandbox();
      for (const url of ['notaurl', 'ftp://litellm.example.com']) {
        const run = await s.run(['--proxy-url', url], s.env(), 30_000);
        assert.equal(run.code, 2, `${url}: ${show(run)}`);
        assert.match(run.stderr, /proxy-url/);
      }
    });

    it('config errors exit 2 and name the file (and line): missing file, bad YAML, unset os.environ variable', async () => {
      const s = sandbox();
      // Missing file: named as given on the command line.
      const missing = await s.run(['--config', 'configs/nope.yaml'], s.env(), 60_000);
      assert.equal(missing.code, 2, show(missing));
      assert.match(missing.stdout, /Stopped at config: configs\/nope\.yaml: config file not found/);
      assert.match(missing.stdout, /^FAIL: 0 passed, 0 failed, 0 skipped \(LiteLLM -, /m);

      // The default config path is the one the help names.
      const noDefault = await s.run([], s.env(), 60_000);
      assert.equal(noDefault.code, 2, show(noDefault));
      assert.match(noDefault.stdout, /example_configs\/test-local\/config-litellm\.yaml: config file not found/);

      // Bad YAML: file:line:column of the syntax error.
      s.write('configs/bad.yaml', 'model_list:\n- model_name: a\n  litellm_params:\n    model: [openai/x\n');
      const bad = await s.run(['--config', 'configs/bad.yaml'], s.env(), 60_000);
      assert.equal(bad.code, 2, show(bad));
      assert.match(bad.stdout, /configs\/bad\.yaml:\d+:\d+: invalid YAML/);

      // An os.environ variable that is not set: the finding points at its line, nothing is installed or started.
      const unsetYaml = `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/Qwen/Qwen3-0.6B\n    api_key: os.environ/VLLM_KEY\n    api_base: ${upstream.url}\n    extra_headers:\n      x-team: os.environ/TEAM_TOKEN_UNSET\n`;
      s.write('configs/unset.yaml', unsetYaml);
      const unset = await s.run(['--config', 'configs/unset.yaml', '--cache-dir', TEST_CACHE_ROOT], s.env(), 60_000);
      assert.equal(unset.code, 2, show(unset));
      assert.match(unset.stdout, /^error configs\/unset\.yaml:8:\d+ .*os\.environ\/TEAM_TOKEN_UNSET/m);
      assert.match(unset.stdout, /Stopped at config: 1 error in configs\/unset\.yaml; first: line 8: /);
      assert.equal(unset.stderr.includes('Starting the LiteLLM proxy'), false, 'no proxy started');

      // The same as --json: the report schema, with the finding and the stopping error.
      const json = await s.run(['--config', 'configs/unset.yaml', '--json', '--report-file', 'out.json'], s.env(), 60_000);
      assert.equal(json.code, 2, show(json));
      const report = JSON.parse(json.stdout);
      assert.deepEqual(Object.keys(report).sort(), documentedSchema().report);
      assert.equal(report.schema, 'verify-litellm/report@1');
      assert.equal(report.result, 'fail');
      assert.equal(report.litellmVersion, null);
      assert.deepEqual(report.aliases, []);
      assert.equal(report.error.stage, 'config');
      assert.equal(report.findings[0].rule, 'env-unset');
      assert.equal(report.findings[0].file, 'configs/unset.yaml');
      assert.equal(report.findings[0].line, 8);
      assert.deepEqual(JSON.parse(fs.readFileSync(path.join(s.cwd, 'out.json'), 'utf8')), report);

      // VLLM_KEY itself unset: named, with the line of api_key.
      const { VLLM_KEY: _unused, ...withoutKey } = s.env();
      const noKey = await s.run(['--config', 'configs/unset.yaml'], withoutKey, 60_000);
      assert.equal(noKey.code, 2, show(noKey));
      assert.match(noKey.stdout, /^error configs\/unset\.yaml:5:\d+ .*VLLM_KEY/m);

      for (const run of [missing, noDefault, bad, unset, json, noKey]) assertNoCanary(run.stdout, run.stderr);
      assert.deepEqual(s.leftovers(), []);
      assert.equal(fs.readFileSync(path.join(s.cwd, 'configs', 'unset.yaml'), 'utf8'), unsetYaml, 'the config is untouched');
    });

    it('a refused LiteLLM version exits 2 before anything is installed; one the index lacks exits 2 naming the index', async () => {
      const s = sandbox();
      s.write('config.yaml', `model_list:\n${route('a', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
      const emptyCache = path.join(s.root, 'cache');
      for (const [version, message] of [
        ['1.82.7', /litellm 1\.82\.7 is refused: it was published on 2026-03-24 with a credential stealer/],
        ['1.82.8', /litellm 1\.82\.8 is refused/],
        ['latest', /must be an exact release/],
      ] as const) {
        const run = await s.run(['--config', 'config.yaml', '--litellm-version', version, '--cache-dir', emptyCache], s.env(), 60_000);
        assert.equal(run.code, 2, `${version}: ${show(run)}`);
        assert.match(run.stdout + run.stderr, message, version);
        assertNoCanary(run.stdout, run.stderr);
      }
      assert.equal(fs.existsSync(emptyCache), false, 'nothing was downloaded or created in the cache');
      // A release with no shipped lock resolves one at run time (test/e2e/install.test.ts); one the index does not have is refused.
      const absent = await s.run(['--config', 'config.yaml', '--litellm-version', '1.999.0', '--cache-dir', emptyCache], s.env(), 120_000);
      assert.equal(absent.code, 2, show(absent));
      assert.match(absent.stdout + absent.stderr, /litellm 1\.999\.0 is not on the package index this runner uses/);
    });
  });

  describe('through the real LiteLLM proxy', () => {
    it('one passing alias: exit 0, text report, --report-file, streaming probe, key only sent upstream', async () => {
      const s = sandbox();
      const seenBefore = upstream.seen.length;
      s.write('litellm.yaml', `model_list:\n${route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
      const run = await s.run(['--config', 'litellm.yaml', '--cache-dir', TEST_CACHE_ROOT, '--stream', '--report-file', 'report.json']);
      assert.equal(run.code, 0, show(run));

      // Progress and per-alias lines on stderr, the verdict on stdout.
      assert.ok(run.stderr.includes(`• Using cached LiteLLM ${V} (${TEST_CACHE_ROOT}${path.sep}`), 'used the shared venv, no reinstall');
      assert.ok(run.stderr.includes(`  PASS claude-opus-4-5-20251101 -> openai/Qwen/Qwen3-0.6B @ 127.0.0.1:${upstream.port}`), run.stderr);
      assert.match(run.stderr, /Hello from the stand-in!/);
      assert.match(run.stdout, new RegExp(`^PASS: 1 passed, 0 failed, 0 skipped \\(LiteLLM ${VRE}, \\d+\\.\\d+s\\)$`, 'm'));
      assert.equal(/\x1b\[/.test(run.stdout + run.stderr), false, 'no colour when not on a terminal');

      const report = JSON.parse(fs.readFileSync(path.join(s.cwd, 'report.json'), 'utf8'));
      const schema = documentedSchema();
      assert.deepEqual(Object.keys(report).sort(), schema.report);
      assert.equal(report.schema, 'verify-litellm/report@1');
      assert.equal(report.result, 'pass');
      assert.equal(report.config, 'litellm.yaml');
      assert.equal(report.litellmVersion, V);
      assert.equal(report.error, null);
      assert.deepEqual(report.counts, { pass: 1, fail: 0, skipped: 0 });
      const [a] = report.aliases;
      assert.deepEqual(Object.keys(a).sort(), schema.alias);
      assert.equal(a.alias, 'claude-opus-4-5-20251101');
      assert.equal(a.model, 'openai/Qwen/Qwen3-0.6B');
      assert.equal(a.apiBaseHost, `127.0.0.1:${upstream.port}`);
      assert.equal(a.endpoint, 'chat');
      assert.equal(a.status, 'pass');
      assert.equal(a.httpStatus, 200);
      assert.equal(typeof a.latencyMs, 'number');
      assert.match(a.reply, /Hello from the stand-in!/);
      assert.equal(a.diagnosis, null);
      assert.equal(a.stream?.status, 'pass', JSON.stringify(a.stream));
      assert.equal(a.line, 2);

      // What LiteLLM forwarded: the key from VLLM_KEY (not the stray OPENAI_API_KEY), the probe's temperature and max_tokens.
      // (The engine's own served-model check goes straight to the upstream with max_tokens: 1; the probes carry 512.)
      const toUpstream = upstream.seen.slice(seenBefore).filter((r) => r.path === '/v1/chat/completions' && r.body?.model === 'Qwen/Qwen3-0.6B');
      for (const r of toUpstream) assert.equal(r.authorization, `Bearer ${CANARY}`);
      const chats = toUpstream.filter((r) => r.body?.max_tokens !== 1);
      assert.ok(chats.length >= 2, 'a plain and a streaming request');
      for (const r of chats) {
        assert.equal(r.authorization, `Bearer ${CANARY}`);
        assert.equal(r.body?.temperature, 0.7);
        assert.equal(r.body?.max_tokens, 512);
      }
      assert.ok(chats.some((r) => r.body?.stream === true));

      assertNoCanary(run.stdout, run.stderr, fs.readFileSync(path.join(s.cwd, 'report.json'), 'utf8'));
      assert.deepEqual(proxyProcesses(s.tmp), [], 'the proxy was stopped');
      assert.deepEqual(s.leftovers(), [], 'the private config copy and proxy log were removed');
    });

    it('a temperature-rejecting alias: exit 1, --json is the report (same as --report-file), config order, diagnosis, no key', async () => {
      const s = sandbox();
      const yaml = [
        'model_list:',
        route('gpt-4o', 'openai/gpt-4o', upstream.url),
        route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', upstream.url),
        route('leaky', 'openai/echo', upstream.url),
        route('not-probed', 'openai/Qwen/Qwen3-0.6B', upstream.url),
      ].join('\n');
      s.write('cfg/litellm.yaml', yaml);
      const run = await s.run([
        '--config',
        'cfg/litellm.yaml',
        '--cache-dir',
        TEST_CACHE_ROOT,
        '--models',
        'leaky,claude-opus-4-5-20251101,gpt-4o',
        '--json',
        '--report-file',
        'report.json',
        '--max-tokens',
        '64',
        '--no-stream',
      ]);
      assert.equal(run.code, 1, show(run));

      // stdout is exactly the JSON report, the file holds the same.
      const report = JSON.parse(run.stdout);
      const file = fs.readFileSync(path.join(s.cwd, 'report.json'), 'utf8');
      assert.equal(file, run.stdout, '--report-file and --json carry the same text');
      const schema = documentedSchema();
      assert.deepEqual(Object.keys(report).sort(), schema.report);
      for (const a of report.aliases) assert.deepEqual(Object.keys(a).sort(), schema.alias, a.alias);

      assert.equal(report.result, 'fail');
      assert.equal(report.config, 'cfg/litellm.yaml');
      assert.deepEqual(report.counts, { pass: 1, fail: 2, skipped: 0 });
      assert.deepEqual(
        report.aliases.map((a: { alias: string }) => a.alias),
        ['gpt-4o', 'claude-opus-4-5-20251101', 'leaky'],
        'config order, only the chosen aliases',
      );
      assert.deepEqual(
        report.aliases.map((a: { line: number }) => a.line),
        [2, 8, 14],
      );

      const [gpt, claude, leaky] = report.aliases;
      assert.equal(gpt.model, 'openai/gpt-4o');
      assert.equal(gpt.apiBaseHost, `127.0.0.1:${upstream.port}`);
      assert.equal(gpt.status, 'fail');
      assert.equal(gpt.httpStatus, 400);
      assert.equal(typeof gpt.latencyMs, 'number');
      assert.equal(gpt.reply, null);
      assert.equal(gpt.diagnosis?.code, 'temperature-rejected-by-upstream', JSON.stringify(gpt));
      assert.match(gpt.diagnosis.fix, /drop_params/);
      assert.match(gpt.error, /Unsupported value: 'temperature' does not support 0\.7 with this model/);
      assert.deepEqual(gpt.withoutTemperature, { status: 'pass', httpStatus: 200 });
      const toGpt = upstream.seen.filter((r) => r.body?.model === 'gpt-4o' && r.body?.max_tokens === 64);
      assert.ok(
        toGpt.some((r) => r.body?.temperature === 0.7),
        'the probe sent temperature 0.7 upstream',
      );
      assert.ok(
        toGpt.some((r) => !('temperature' in (r.body ?? {}))),
        'and retried without it',
      );

      assert.equal(claude.status, 'pass');
      assert.equal(claude.httpStatus, 200);
      assert.equal(claude.stream, null, 'no streaming probe with --no-stream (the default streams, like the action)');

      // The upstream echoed the Authorization header into its error: the report shows it hidden (LiteLLM
      // 1.108.7 already redacts a Bearer value; the CLI's own masking would show ***).
      assert.equal(leaky.status, 'fail');
      assert.match(leaky.error ?? '', /Bad request from (REDACTED|\*\*\*)/);

      const probed = upstream.seen.filter((r) => r.body?.model === 'Qwen/Qwen3-0.6B' && r.body?.max_tokens === 64);
      assert.ok(probed.length >= 1, '--max-tokens reached the upstream');

      assertNoCanary(run.stdout, run.stderr, file);
      assert.deepEqual(proxyProcesses(s.tmp), [], 'the proxy was stopped');
      assert.deepEqual(s.leftovers(), []);
    });

    it('Ctrl-C while the proxy starts exits 130 without reporting the stop as a LiteLLM failure', async () => {
      const s = sandbox();
      s.write('litellm.yaml', `model_list:\n${route('q', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
      const child = s.spawn(['--config', 'litellm.yaml', '--cache-dir', TEST_CACHE_ROOT]);
      const done = collect(child, RUN_TIMEOUT_MS);
      let stderr = '';
      let readyBeforeSignal = false;
      child.stderr?.on('data', (c: Buffer) => {
        stderr += c.toString();
        // LiteLLM has described the config; the same process now imports the proxy: Ctrl-C at once.
        if (!child.killed && stderr.includes('Variables passed to the proxy')) {
          readyBeforeSignal = stderr.includes('Proxy ready');
          child.kill('SIGINT');
        }
      });
      const run = await done;
      assert.equal(readyBeforeSignal, false, 'the signal came during start-up');
      assert.equal(run.code, 130, show(run));
      assert.doesNotMatch(run.stdout + run.stderr, /exited during start-up/);
      assert.deepEqual(proxyProcesses(s.tmp), [], 'no orphan proxy');
      assert.deepEqual(s.leftovers(), [], 'no private files left');
    });

    it('Ctrl-C while probing stops the proxy, removes its files and exits 130', async () => {
      const s = sandbox();
      s.write('litellm.yaml', `model_list:\n${route('slow', 'openai/hang', upstream.url)}`);
      const child = s.spawn(['--config', 'litellm.yaml', '--cache-dir', TEST_CACHE_ROOT, '--timeout', '120']);
      const done = collect(child, RUN_TIMEOUT_MS);
      done.catch(() => {}); // awaited below; a failed wait must not surface as an unhandled rejection
      let stderr = '';
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      const deadline = Date.now() + 180_000;
      while (!stderr.includes('Proxy ready') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      try {
        assert.ok(stderr.includes('Proxy ready'), stderr);
        await new Promise((r) => setTimeout(r, 500)); // the probe now waits on the silent upstream
        assert.equal(proxyProcesses(s.tmp).length, 1, 'the proxy runs while the CLI waits');
      } catch (error) {
        child.kill('SIGKILL');
        throw error;
      }
      child.kill('SIGINT');
      const run = await done;
      assert.equal(run.code, 130, show(run));
      assert.deepEqual(proxyProcesses(s.tmp), [], 'no orphan proxy');
      assert.deepEqual(s.leftovers(), [], 'no private files left');
      assertNoCanary(run.stdout, run.stderr);
    });
  });
});
