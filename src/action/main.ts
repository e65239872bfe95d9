// The action's main step: inputs in (core.getInput), report out (outputs, job summary, annotations, verdict).
// All the work is the engine's; this file only translates between it and the runner.
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { Finding } from '../config/lint.ts';
import { verifyRoutes } from '../engine/verify.ts';
import type { AliasReport, Report } from '../report/report.ts';
import { renderSummary } from '../report/summary.ts';
import { errorMessage, VerifyError } from '../util/errors.ts';
import { Masker } from '../util/mask.ts';
import { oneLine, safeLines, sanitizeDeep } from '../util/sanitize.ts';
import { stopProcessTree } from '../util/process.ts';
import { toVerifyOptions } from '../options/options.ts';
import { renderSettings, renderSettingsDeep } from '../options/settings.ts';
import { parseInputs, type ActionInputs } from './inputs.ts';
import { actionsCache, pendingSave } from './cache.ts';
import { STATE_CACHE_SAVE, STATE_PROXY_PID, STATE_WORK_DIR } from './state.ts';

export async function run(): Promise<void> {
  const masker = new Masker();
  let running: { pid: number; workDir: string } | undefined;
  // A cancelled job sends SIGINT/SIGTERM: stop the proxy and remove its folder before going (post is the backstop).
  const onSignal = (signal: NodeJS.Signals) => {
    void (async () => {
      if (running) {
        await stopProcessTree(running.pid, 3000);
        fs.rmSync(running.workDir, { recursive: true, force: true });
      }
      core.setFailed(`verify-litellm was cancelled (${signal})${running ? '; the proxy was stopped' : ''}.`);
      process.exit(1);
    })();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const inputs = parseInputs((name) => core.getInput(name), process.env);
    for (const secret of [inputs.vllmKey, inputs.proxyKey]) {
      if (secret) core.setSecret(secret);
      masker.add(secret);
    }
    const { report: raw, kept } = await verifyRoutes(toVerifyOptions(inputs, process.env), {
      masker,
      // Every line here may quote outside text (upstream bodies, proxy logs, config strings): sanitized at the sink.
      log: (line) => core.info(masker.mask(safeLines(renderSettings(line, 'action')))),
      group: (title, lines) => {
        core.startGroup(masker.mask(safeLines(title)));
        for (const line of lines) core.info(masker.mask(safeLines(line)));
        core.endGroup();
      },
      finding: (f) => annotateFinding(renderSettingsDeep(f, 'action'), masker),
      alias: (a) => core.info(masker.mask(safeLines(aliasLogLine(renderSettingsDeep(a, 'action'))))),
      proxyStarted: (proxy) => {
        running = proxy;
        core.saveState(STATE_PROXY_PID, String(proxy.pid));
        core.saveState(STATE_WORK_DIR, proxy.workDir);
      },
      remoteCache: inputs.cache ? actionsCache : undefined,
      installed: (installation) => {
        // Post saves the lock's hash-checked wheels for this fresh venv, off the verdict's path (cache.ts).
        if (inputs.cache && installation.source === 'installed') core.saveState(STATE_CACHE_SAVE, JSON.stringify(pendingSave(installation)));
      },
    });
    const report = renderSettingsDeep(raw, 'action');
    if (kept) {
      // The post step (end of job) stops it; the state recorded at spawn time is what it reads.
      core.setSecret(kept.masterKey);
      core.setOutput('base-url', kept.baseUrl);
      core.setOutput('api-key', kept.masterKey);
      running = undefined; // a cancellation after this point is post's to clean up
    }
    await publish(report, inputs, masker);
  } catch (error) {
    // Only input errors reach here: the engine turns everything else into a report.
    const message = masker.mask(safeLines(errorMessage(error)));
    core.setOutput('result', 'fail');
    core.setFailed(error instanceof VerifyError && error.detail?.fix ? `${message}\nFix: ${error.detail.fix}` : message);
  } finally {
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
  }
}

async function publish(unsafe: Report, inputs: ActionInputs, masker: Masker): Promise<void> {
  // Sanitized before masking, so a control character spliced into an echoed key cannot hide it from the masker.
  const report = masker.maskDeep(sanitizeDeep(unsafe));
  const say = (text: string) => masker.mask(safeLines(text));
  const json = masker.mask(JSON.stringify(report));
  core.setOutput('result', report.result);
  core.setOutput('report', json);
  core.setOutput('litellm-version', report.litellmVersion ?? '');
  core.setOutput('passed', String(report.counts.pass));
  core.setOutput('failed', String(report.counts.fail));
  if (inputs.reportFile) {
    fs.mkdirSync(path.dirname(inputs.reportFile), { recursive: true });
    fs.writeFileSync(inputs.reportFile, JSON.stringify(JSON.parse(json), null, 2) + '\n');
  }
  for (const a of report.aliases) {
    if (a.latencyExceeded && a.status === 'pass')
      core.warning(say(`'${oneLine(a.alias)}' answered in ${a.latencyMs} ms, over max-latency-ms ${inputs.maxLatencyMs}.`), {
        title: 'verify-litellm: slow route',
        file: report.config,
        startLine: a.line || undefined,
      });
    if (a.backendSwap)
      core.warning(
        say(
          `'${oneLine(a.alias)}' is configured as ${oneLine(a.backendSwap.configured)} but the upstream answers as ${oneLine(a.backendSwap.served)}: a backend swap. Parameters the old model took (temperature) may be refused.`,
        ),
        { title: 'verify-litellm: backend swap', file: report.config, startLine: a.line || undefined },
      );
    if (a.status !== 'fail' || !a.diagnosis) continue;
    core.error(say(`${a.diagnosis.summary}\nFix: ${a.diagnosis.fix}`), {
      title: say(`verify-litellm: '${oneLine(a.alias)}' failed`),
      file: a.line ? report.config : undefined,
      startLine: a.line || undefined,
    });
  }
  try {
    await core.summary.addRaw(masker.mask(renderSummary(report)), true).write();
  } catch (error) {
    core.warning(say(`Could not write the job summary: ${errorMessage(error)}`));
  }
  if (report.result === 'fail') {
    const failed = report.aliases.filter((a) => a.status === 'fail');
    const headline = report.error
      ? `${report.error.message}${report.error.fix ? `\nFix: ${report.error.fix}` : ''}`
      : `${failed.length} of ${report.aliases.length} LiteLLM route${report.aliases.length === 1 ? '' : 's'} failed: ${failed.map((a) => `'${oneLine(a.alias)}' (${oneLine(a.diagnosis?.summary ?? 'failed')})`).join('; ')}`;
    core.setFailed(say(headline));
  } else if (report.result === 'skipped') {
    const reason = report.aliases[0]?.skippedReason ?? 'nothing to probe';
    if (inputs.onMissingKey === 'warn') core.warning(say(`verify-litellm skipped: ${reason}`));
    else core.notice(say(`verify-litellm skipped: ${reason}`));
  }
}

function annotateFinding(f: Finding, masker: Masker): void {
  const props = { title: `verify-litellm: ${oneLine(f.rule)}`, file: oneLine(f.file), startLine: f.line || undefined, startColumn: f.column || undefined };
  const text = masker.mask(safeLines(f.fix ? `${f.message}\nFix: ${f.fix}` : f.message));
  if (f.severity === 'error') core.error(text, props);
  else if (f.severity === 'warning') core.warning(text, props);
  else core.notice(text, props);
}

/** One log line per alias: every field is outside text (alias and model from the config, reply and diagnosis from upstream). */
function aliasLogLine(a: AliasReport): string {
  const latency = a.latencyMs !== null ? ` ${a.latencyMs} ms` : '';
  const [alias, model] = [oneLine(a.alias), oneLine(a.model)];
  if (a.status === 'pass') return `PASS ${alias} -> ${model}${latency}: ${oneLine(a.reply ?? '')}`;
  if (a.status === 'skipped') return `SKIP ${alias}: ${oneLine(a.skippedReason ?? '')}`;
  return `FAIL ${alias} -> ${model}${latency}: ${oneLine(a.diagnosis?.summary ?? '')} Fix: ${oneLine(a.diagnosis?.fix ?? '')}`;
}
