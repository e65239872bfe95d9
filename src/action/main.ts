// The action's main step: inputs in (core.getInput), report out (outputs, job summary, annotations, verdict).
// All the work is the engine's; this file only translates between it and the runner.
import * as core from '@actions/core';
import { rehearse } from '../engine/rehearse.ts';
import { verifyRoutes, type VerifyHooks } from '../engine/verify.ts';
import type { Report } from '../report/report.ts';
import { findingAnnotation, publication, type Annotation } from '../report/publication.ts';
import { lintOnly } from '../engine/lint.ts';
import { renderLintSummary, renderSummary } from '../report/summary.ts';
import { fitSummary } from '../report/markdown.ts';
import { fitOutput } from '../report/output-fit.ts';
import { aliasLogLine } from '../report/text.ts';
import { errorMessage, VerifyError } from '../util/errors.ts';
import { Masker } from '../util/mask.ts';
import { oneLine, safeLines, sanitizeDeep } from '../util/sanitize.ts';
import { guardProxy } from '../util/proxy-guard.ts';
import { writeNoFollow } from '../util/paths.ts';
import { toVerifyOptions } from '../options/options.ts';
import { renderSettings, renderSettingsDeep } from '../options/settings.ts';
import { parseInputs, type ActionInputs } from './inputs.ts';
import { actionsCache, pendingSave } from './cache.ts';
import { STATE_CACHE_SAVE, STATE_PROXY_PID, STATE_WORK_DIR } from './state.ts';

export async function run(): Promise<void> {
  const masker = new Masker();
  // A cancelled job sends SIGINT/SIGTERM: the guard stops the proxy and removes its folder (post is the backstop).
  const guard = guardProxy((signal, stopped) => {
    core.setFailed(`verify-litellm was cancelled (${signal})${stopped ? '; the proxy was stopped' : ''}.`);
    process.exit(1);
  });
  try {
    const inputs = parseInputs((name) => core.getInput(name), process.env);
    for (const secret of [inputs.vllmKey, inputs.proxyKey]) {
      if (secret) core.setSecret(secret);
      masker.add(secret);
    }
    if (inputs.mode === 'lint') {
      await runLint(inputs, masker);
      return;
    }
    const verifyOptions = toVerifyOptions(inputs, process.env);
    // Several releases: the upgrade rehearsal runs the same verify on each (src/engine/rehearse.ts).
    const run = (hooks: VerifyHooks) =>
      inputs.litellmVersions.length > 1 ? rehearse(verifyOptions, inputs.litellmVersions, hooks) : verifyRoutes(verifyOptions, hooks);
    const { report: raw, kept } = await run({
      masker,
      // Every line here may quote outside text (upstream bodies, proxy logs, config strings): sanitized at the sink.
      log: (line) => core.info(masker.mask(safeLines(renderSettings(line, 'action')))),
      group: (title, lines) => {
        core.startGroup(masker.mask(safeLines(title)));
        for (const line of lines) core.info(masker.mask(safeLines(line)));
        core.endGroup();
      },
      finding: (f) => annotate(findingAnnotation(renderSettingsDeep(f, 'action')), masker),
      alias: (a) => core.info(masker.mask(safeLines(aliasLogLine(renderSettingsDeep(a, 'action'))))),
      proxyStarted: (proxy) => {
        guard.started(proxy); // a cancellation or an unexpected error from here on must not leave it running
        core.saveState(STATE_PROXY_PID, String(proxy.pid));
        core.saveState(STATE_WORK_DIR, proxy.workDir);
      },
      remoteCache: inputs.cache ? actionsCache : undefined,
      installed: (installation) => {
        // Post saves the lock's hash-checked wheels for this fresh venv, off the verdict's path (cache.ts).
        if (inputs.cache && installation.source === 'installed') core.saveState(STATE_CACHE_SAVE, JSON.stringify(pendingSave(installation)));
      },
    });
    await guard.cancelling(); // a cancelled job is reported as cancelled, not as the failure the stop caused
    guard.handOver(); // the engine has stopped the proxy, or hands it to post (keep-running)
    const report = renderSettingsDeep(raw, 'action');
    if (kept) {
      // The post step (end of job) stops it; the state recorded at spawn time is what it reads.
      core.setSecret(kept.masterKey);
      core.setOutput('base-url', kept.baseUrl);
      core.setOutput('api-key', kept.masterKey);
    }
    await publish(report, inputs, masker);
  } catch (error) {
    // Only input errors reach here: the engine turns everything else into a report.
    // The fix, like the message, may quote what the input held: both go through the sink's sanitizer and masker.
    const fix = error instanceof VerifyError && error.detail?.fix ? `\nFix: ${error.detail.fix}` : '';
    core.setOutput('result', 'fail');
    core.setFailed(masker.mask(safeLines(errorMessage(error) + fix)));
  } finally {
    guard.release();
  }
}

async function publish(unsafe: Report, inputs: ActionInputs, masker: Masker): Promise<void> {
  // Sanitized before masking, so a control character spliced into an echoed key cannot hide it from the masker.
  const report = masker.maskDeep(sanitizeDeep(unsafe));
  const json = masker.mask(JSON.stringify(report));
  const { outputs, annotations, verdict } = publication(report, inputs);
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, masker.mask(oneLine(value)));
  core.setOutput('report', masker.mask(fitOutput(JSON.parse(json) as object, wholeReport(inputs))));
  if (inputs.reportFile) writeNoFollow(inputs.reportFile, JSON.stringify(JSON.parse(json), null, 2) + '\n');
  for (const a of annotations) annotate(renderSettingsDeep(a, 'action'), masker);
  try {
    await core.summary.addRaw(fitSummary(masker.mask(renderSummary(report))), true).write();
  } catch (error) {
    core.warning(masker.mask(safeLines(`Could not write the job summary: ${errorMessage(error)}`)));
  }
  if (verdict?.kind === 'failed') core.setFailed(masker.mask(safeLines(verdict.message)));
  else if (verdict?.kind === 'skipped') core[verdict.level](masker.mask(safeLines(verdict.message)));
}

/** `mode: lint`: the config checks alone, as annotations and a summary; fails on an error finding. */
async function runLint(inputs: ActionInputs, masker: Masker): Promise<void> {
  const report = renderSettingsDeep(
    await lintOnly({
      configPath: inputs.configPath,
      configDisplayPath: inputs.configDisplayPath,
      temperature: inputs.temperature,
      litellmVersion: inputs.litellmVersion,
      cacheRoot: inputs.cacheRoot,
      python: inputs.python,
      installTimeoutMs: inputs.installTimeoutMs,
      env: process.env,
      tempRoot: inputs.tempRoot,
      remoteCache: inputs.cache ? actionsCache : undefined,
      log: (line) => core.info(masker.mask(safeLines(renderSettings(line, 'action')))),
      installed: (installation) => {
        if (inputs.cache && installation.source === 'installed') core.saveState(STATE_CACHE_SAVE, JSON.stringify(pendingSave(installation)));
      },
    }),
    'action',
  );
  for (const f of report.findings) annotate(findingAnnotation({ ...f, alias: f.alias }), masker);
  const json = masker.mask(JSON.stringify(sanitizeDeep(report)));
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  core.setOutput('result', errors ? 'fail' : 'pass');
  core.setOutput('report', masker.mask(fitOutput(JSON.parse(json) as object, wholeReport(inputs))));
  if (inputs.reportFile) writeNoFollow(inputs.reportFile, JSON.stringify(JSON.parse(json), null, 2) + '\n');
  try {
    await core.summary.addRaw(fitSummary(masker.mask(renderLintSummary(report.findings, inputs.configDisplayPath))), true).write();
  } catch (error) {
    core.warning(masker.mask(oneLine(`Could not write the job summary: ${errorMessage(error)}`)));
  }
  if (errors) core.setFailed(masker.mask(oneLine(`${errors} error finding${errors > 1 ? 's' : ''} in ${inputs.configDisplayPath}; see the annotations.`)));
}

/** The sink for annotations: every text masked and sanitized (it quotes config strings and upstream bodies). */
function annotate({ level, message, title, ...at }: Annotation, masker: Masker): void {
  core[level](masker.mask(safeLines(message)), { ...at, title: masker.mask(oneLine(title)) });
}

/** Where a `report` output cut to GitHub's output limit says the whole report is. */
function wholeReport(inputs: ActionInputs): string {
  return inputs.reportFile ? 'in the file the report-file input names' : 'nowhere: set the report-file input to keep it whole';
}
