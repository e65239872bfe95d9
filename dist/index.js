import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  STATE_CACHE_SAVE,
  STATE_PROXY_PID,
  STATE_WORK_DIR,
  actionsCache,
  pendingSave
} from "./chunks/chunk-LLAJHMYO.js";
import {
  Masker,
  aliasLogLine,
  extrasNote,
  guardProxy,
  lintOnly,
  parseOptions,
  rehearse,
  toVerifyOptions,
  verifyRoutes
} from "./chunks/chunk-BWYUOZ65.js";
import {
  VerifyError,
  errorMessage,
  oneLine,
  renderSettings,
  renderSettingsDeep,
  safeLines,
  sanitizeDeep,
  setting
} from "./chunks/chunk-47WOBA5N.js";
import "./chunks/chunk-KVP47IIB.js";
import {
  core_exports,
  endGroup,
  getInput,
  info,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunks/chunk-4756JNPS.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/action/index.ts
import v8 from "node:v8";

// src/report/publication.ts
function publication(report, settings) {
  const annotations = [];
  for (const a of report.aliases) {
    const at = { file: report.config, startLine: a.line || void 0 };
    if (a.latencyExceeded && a.status === "pass")
      annotations.push({
        level: "warning",
        title: "verify-litellm: slow route",
        message: `'${oneLine(a.alias)}' answered in ${a.latencyMs} ms, over ${setting("max-latency-ms")} (${settings.maxLatencyMs} ms).`,
        ...at
      });
    if (a.backendSwap)
      annotations.push({
        level: "warning",
        title: "verify-litellm: backend swap",
        message: `'${oneLine(a.alias)}' is configured as ${oneLine(a.backendSwap.configured)} but the upstream answers as ${oneLine(a.backendSwap.served)}: a backend swap. Parameters the old model took (temperature) may be refused.`,
        ...at
      });
    if (a.status === "fail" && a.diagnosis)
      annotations.push({
        level: "error",
        title: `verify-litellm: '${oneLine(a.alias)}' failed`,
        message: `${a.diagnosis.summary}
Fix: ${a.diagnosis.fix}`,
        file: a.line ? report.config : void 0,
        startLine: a.line || void 0
      });
  }
  return {
    outputs: {
      result: report.result,
      "litellm-version": report.litellmVersion ?? "",
      passed: String(report.counts.pass),
      failed: String(report.counts.fail)
    },
    annotations,
    verdict: verdict(report, settings)
  };
}
function verdict(report, settings) {
  if (report.result === "fail") {
    const failed = report.aliases.filter((a) => a.status === "fail");
    const message = report.error ? `${report.error.message}${report.error.fix ? `
Fix: ${report.error.fix}` : ""}` : `${failed.length} of ${report.aliases.length} LiteLLM route${report.aliases.length === 1 ? "" : "s"} failed: ${failed.map((a) => `'${oneLine(a.alias)}' (${oneLine(a.diagnosis?.summary ?? "failed")})`).join("; ")}`;
    return { kind: "failed", message };
  }
  if (report.result === "skipped")
    return {
      kind: "skipped",
      level: settings.onMissingKey === "warn" ? "warning" : "notice",
      message: `verify-litellm skipped: ${report.aliases[0]?.skippedReason ?? "nothing to probe"}`
    };
  return null;
}
function findingAnnotation(f) {
  return {
    level: f.severity,
    title: `verify-litellm: ${oneLine(f.rule)}`,
    message: f.fix ? `${f.message}
Fix: ${f.fix}` : f.message,
    file: oneLine(f.file),
    startLine: f.line || void 0,
    startColumn: f.column || void 0
  };
}

// src/report/markdown.ts
function tableText(text) {
  return oneLine(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
}
function plain(text) {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(AUTOLINK)) {
    out += escapeText(text.slice(last, m.index)) + `\`${m[0]}\``;
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}
var escapeText = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[[\]]/g, "\\$&");
var AUTOLINK = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<`]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
function cell(text) {
  const t = tableText(text);
  const runs = [...t.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  let out = "";
  let last = 0;
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k];
    const close = runs.findIndex((r, j) => j > k && r.len === open.len);
    out += plain(t.slice(last, open.at));
    if (close === -1) {
      out += "\\`".repeat(open.len);
      last = open.at + open.len;
      continue;
    }
    const end = runs[close].at + runs[close].len;
    out += t.slice(open.at, end);
    last = end;
    k = close;
  }
  return out + plain(t.slice(last));
}
function code(text) {
  const inner = tableText(text);
  const longest = Math.max(0, ...(inner.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  const pad = longest ? " " : "";
  return `${fence}${pad}${inner}${pad}${fence}`;
}
var SUMMARY_LIMIT_BYTES = 1e3 * 1024;
function fitSummary(markdown, limit = SUMMARY_LIMIT_BYTES) {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = "\n\n> [!WARNING]\n> The summary was cut here: GitHub shows at most 1 MiB of it. The whole report is in `report-file` when it is set, and in the `report` output unless that is over GitHub's 1 MB limit for outputs too.\n";
  let size = Buffer.byteLength(note) + "\n```\n\n</details>".length;
  const kept = [];
  for (const line of markdown.split("\n")) {
    size += Buffer.byteLength(line) + 1;
    if (size > limit) break;
    kept.push(line);
  }
  const open = kept.filter((line) => line.startsWith("```")).length % 2 === 1;
  return `${kept.join("\n")}${open ? "\n```\n\n</details>" : ""}${note}`;
}

// src/report/summary.ts
var ms = (latency) => latency !== null ? `${latency} ms` : "\u2013";
var ICON = { pass: "\u2705 pass", fail: "\u274C fail", skipped: "\u23ED\uFE0F skipped" };
function renderSummary(report) {
  const lines = [];
  const { pass, fail, skipped } = report.counts;
  lines.push(`## verify-litellm: ${ICON[report.result]}`);
  lines.push("");
  lines.push(
    `Config ${code(report.config)} \xB7 LiteLLM ${cell(report.litellmVersion ?? "not started")}${cell(extrasNote(report))}${report.litellmLock && !report.litellmLock.reviewed ? " (lock resolved at run time, not reviewed)" : ""} \xB7 ${pass} passed, ${fail} failed, ${skipped} skipped \xB7 ${(report.durationMs / 1e3).toFixed(1)}s`
  );
  lines.push("");
  if (report.error) {
    lines.push(`> [!CAUTION]`);
    lines.push(`> **Stopped at ${cell(report.error.stage)}:** ${cell(safeLines(report.error.message).split("\n")[0] ?? "")}`);
    if (report.error.fix) lines.push(`> **Fix:** ${cell(report.error.fix)}`);
    const rest = safeLines(report.error.message).split("\n").slice(1).join("\n").trim();
    if (rest) lines.push("", "<details><summary>Details</summary>", "", "```text", rest.replace(/`{3,}|~{3,}/g, "'''"), "```", "", "</details>");
    lines.push("");
  }
  if (report.rehearsal) lines.push(...rehearsalSection(report.rehearsal));
  if (report.aliases.length) {
    lines.push("| Alias | Routed to | Result | Latency | Reply or diagnosis |");
    lines.push("| --- | --- | --- | ---: | --- |");
    for (const a of report.aliases) {
      const routed = `${code(a.model)}${a.apiBaseHost ? ` @ ${cell(a.apiBaseHost)}` : ""}`;
      const result = `${ICON[a.status]}${a.httpStatus !== null && a.status === "fail" ? ` (${a.httpStatus})` : ""}`;
      const latency = a.latencyMs !== null ? `${a.latencyMs} ms` : "\u2013";
      const detail = a.status === "pass" ? cell(a.reply ?? "") : a.status === "skipped" ? cell(a.skippedReason ?? "") : `**${cell(a.diagnosis?.summary ?? "failed")}**<br>Fix: ${cell(a.diagnosis?.fix ?? "")}${a.error ? `<br><sub>${cell(a.error.slice(0, 300))}</sub>` : ""}`;
      const name = `${code(a.alias)}${a.deploymentId ? ` <sub>id ${cell(a.deploymentId)}</sub>` : ""}`;
      lines.push(`| ${name} | ${routed} | ${result} | ${latency} | ${detail} |`);
      for (const sfc of a.surfaces) {
        const sResult = `${ICON[sfc.status]}${sfc.httpStatus !== null && sfc.status === "fail" ? ` (${sfc.httpStatus})` : ""}`;
        const sDetail = sfc.status === "pass" ? cell(sfc.reply ?? "") : sfc.status === "skipped" ? cell(sfc.skippedReason ?? "") : `**${cell(sfc.diagnosis?.summary ?? "failed")}**<br>Fix: ${cell(sfc.diagnosis?.fix ?? "")}`;
        lines.push(`| \u21B3 ${code(a.alias)} ${sfc.api} | ${routed} | ${sResult} | ${ms(sfc.latencyMs)} | ${sDetail} |`);
      }
      for (const c of a.clients) {
        const cResult = `${ICON[c.status]}${c.httpStatus !== null && c.status === "fail" ? ` (${c.httpStatus})` : ""}`;
        const cDetail = c.status === "pass" ? `${cell(c.step)}: ${cell(c.reply ?? "")}` : c.status === "skipped" ? cell(c.skippedReason ?? "") : `**${cell(`${c.client}: FAIL on the ${c.step}: ${c.diagnosis?.summary ?? "failed"}`)}**<br>Fix: ${cell(c.diagnosis?.fix ?? "")}`;
        lines.push(`| \u21B3 ${code(a.alias)} as ${cell(c.client)} | ${routed} | ${cResult} | ${ms(c.latencyMs)} | ${cDetail} |`);
      }
    }
    lines.push("");
  }
  if (report.notes.length) {
    lines.push("> [!NOTE]");
    for (const n of report.notes) lines.push(`> ${cell(n)}`);
    lines.push("");
  }
  const swaps = report.aliases.filter((a) => a.backendSwap);
  if (swaps.length) {
    lines.push("> [!WARNING]");
    lines.push(
      "> **Backend swap:** the upstream serves a different model than the config names. Parameters the old model took (temperature) may now be refused."
    );
    for (const a of swaps) lines.push(`> - ${code(a.alias)}: configured ${code(a.backendSwap.configured)}, served ${code(a.backendSwap.served)}`);
    lines.push("");
  }
  if (report.findings.length) {
    lines.push("### Config findings");
    lines.push("");
    for (const f of report.findings)
      lines.push(`- **${f.severity}** ${code(`${f.file}:${f.line}`)} (${cell(f.rule)}): ${cell(f.message)}${f.fix ? ` \u2014 ${cell(f.fix)}` : ""}`);
    lines.push("");
  }
  return lines.join("\n");
}
function rehearsalSection(r) {
  const head = r.versions.map((v) => `LiteLLM ${cell(v.version)}${v.reviewedLock === false ? " (lock not reviewed)" : ""}`);
  const out = ["### Upgrade rehearsal", "", `| Alias | ${head.join(" | ")} |`, `| --- | ${head.map(() => "---").join(" | ")} |`];
  for (const a of r.aliases) out.push(`| ${code(a.alias)} | ${a.statuses.map((s) => s === "not run" ? "not run" : ICON[s]).join(" | ")} |`);
  out.push("", r.differences.length ? "**Where the releases differ:**" : "Every alias has the same outcome on each release.", "");
  for (const d of r.differences) out.push(`- ${cell(d)}`);
  if (r.differences.length) out.push("");
  return out;
}
function renderLintSummary(findings, file) {
  const rows = findings.map((f) => `| ${f.severity} | ${code(f.rule)} | ${cell(f.file)}:${f.line} | ${cell(f.message)} | ${cell(f.fix ?? "")} |`);
  return `## verify-litellm lint: ${cell(file)}

${rows.length ? `| Severity | Rule | Where | Finding | Fix |
| --- | --- | --- | --- | --- |
${rows.join("\n")}` : "No findings."}
`;
}

// src/report/output-fit.ts
var OUTPUT_LIMIT_UNITS = 480 * 1024;
var STRING_CAPS = [4e3, 1e3, 250, 100];
function fitOutput(report, whole, limit = OUTPUT_LIMIT_UNITS) {
  const full = JSON.stringify(report);
  if (full.length <= limit) return full;
  const attempt = (cap2, maxDetailEntries, maxEntries) => {
    const trimmed = { maxStringLength: cap2, maxDetailEntries, maxEntries, whole };
    return JSON.stringify({ ...shorten(report, { cap: cap2, maxDetailEntries, maxEntries }, 0), trimmed });
  };
  for (const cap2 of STRING_CAPS) {
    const json = attempt(cap2, null, null);
    if (json.length <= limit) return json;
  }
  const cap = STRING_CAPS[STRING_CAPS.length - 1];
  const details = most((n) => attempt(cap, n, null).length <= limit, longestList(report));
  if (details !== null) return attempt(cap, details, null);
  return attempt(cap, 0, most((n) => attempt(cap, 0, n).length <= limit, longestList(report)) ?? 0);
}
function most(fits, upTo) {
  if (!fits(0)) return null;
  let yes = 0;
  let no = upTo;
  while (no - yes > 1) {
    const mid = Math.floor((yes + no) / 2);
    if (fits(mid)) yes = mid;
    else no = mid;
  }
  return yes;
}
function shorten(value, caps, depth) {
  if (typeof value === "string") return cut(value, caps.cap);
  if (Array.isArray(value)) {
    const max = depth === 1 ? caps.maxEntries : caps.maxDetailEntries;
    return (max === null ? value : value.slice(0, max)).map((v) => shorten(v, caps, depth + 1));
  }
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "schema" ? v : shorten(v, caps, depth + 1)]));
  return value;
}
function cut(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}\u2026`;
}
function longestList(value) {
  if (!value || typeof value !== "object") return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.reduce((most2, v) => Math.max(most2, longestList(v)), Array.isArray(value) ? value.length : 0);
}

// src/util/paths.ts
import fs from "node:fs";
import path from "node:path";
function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function realLocation(file) {
  const rest = [];
  let current = file;
  for (; ; ) {
    try {
      return path.join(fs.realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}
function confined(workspace, given, name) {
  const file = path.resolve(workspace, given);
  let link = false;
  try {
    link = fs.lstatSync(file).isSymbolicLink();
  } catch {
  }
  if (link) {
    throw new VerifyError(
      `${setting(name)} names a symbolic link (${given}); verify-litellm does not follow links for the files it reads or writes.`,
      "input",
      {
        fix: `Point ${setting(name)} at the file itself, inside the repository.`
      }
    );
  }
  if (!isInside(realLocation(workspace), realLocation(file))) {
    throw new VerifyError(`${setting(name)} (${given}) is outside the workspace; verify-litellm reads and writes files only inside the checkout.`, "input", {
      fix: `Use a path inside the repository for ${setting(name)}.`
    });
  }
  return file;
}
function writeNoFollow(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0);
  const fd = fs.openSync(file, flags, 420);
  try {
    fs.writeFileSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}

// src/action/inputs.ts
import os from "node:os";
import path2 from "node:path";
function parseInputs(get, env) {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const options = parseOptions(get, {
      workspace,
      cacheRoot: path2.join(env.RUNNER_TOOL_CACHE || path2.join(os.homedir(), ".cache"), "verify-litellm"),
      tempRoot: env.RUNNER_TEMP || os.tmpdir()
    });
    confined(workspace, options.configPath, "config");
    if (options.reportFile) confined(workspace, options.reportFile, "report-file");
    return options;
  } catch (error) {
    throw error instanceof VerifyError ? new VerifyError(renderSettings(error.message, "action"), error.stage, error.detail && renderDetail(error.detail)) : error;
  }
}
function renderDetail(detail) {
  return detail.fix ? { ...detail, fix: renderSettings(detail.fix, "action") } : detail;
}

// src/action/main.ts
async function run() {
  const masker = new Masker();
  const guard = guardProxy((signal, stopped) => {
    setFailed(`verify-litellm was cancelled (${signal})${stopped ? "; the proxy was stopped" : ""}.`);
    process.exit(1);
  });
  try {
    const inputs = parseInputs((name) => getInput(name), process.env);
    for (const secret of [inputs.vllmKey, inputs.proxyKey]) {
      if (secret) setSecret(secret);
      masker.add(secret);
    }
    if (inputs.mode === "lint") {
      await runLint(inputs, masker);
      return;
    }
    const verifyOptions = toVerifyOptions(inputs, process.env);
    const run2 = (hooks) => inputs.litellmVersions.length > 1 ? rehearse(verifyOptions, inputs.litellmVersions, hooks) : verifyRoutes(verifyOptions, hooks);
    const { report: raw, kept } = await run2({
      masker,
      // Every line here may quote outside text (upstream bodies, proxy logs, config strings): sanitized at the sink.
      log: (line) => info(masker.mask(safeLines(renderSettings(line, "action")))),
      group: (title, lines) => {
        startGroup(masker.mask(safeLines(title)));
        for (const line of lines) info(masker.mask(safeLines(line)));
        endGroup();
      },
      finding: (f) => annotate(findingAnnotation(renderSettingsDeep(f, "action")), masker),
      alias: (a) => info(masker.mask(safeLines(aliasLogLine(renderSettingsDeep(a, "action"))))),
      proxyStarted: (proxy) => {
        guard.started(proxy);
        saveState(STATE_PROXY_PID, String(proxy.pid));
        saveState(STATE_WORK_DIR, proxy.workDir);
      },
      remoteCache: inputs.cache ? actionsCache : void 0,
      installed: (installation) => {
        if (inputs.cache && installation.source === "installed") saveState(STATE_CACHE_SAVE, JSON.stringify(pendingSave(installation)));
      }
    });
    await guard.cancelling();
    guard.handOver();
    const report = renderSettingsDeep(raw, "action");
    if (kept) {
      setSecret(kept.masterKey);
      setOutput("base-url", kept.baseUrl);
      setOutput("api-key", kept.masterKey);
    }
    await publish(report, inputs, masker);
  } catch (error) {
    const fix = error instanceof VerifyError && error.detail?.fix ? `
Fix: ${error.detail.fix}` : "";
    setOutput("result", "fail");
    setFailed(masker.mask(safeLines(errorMessage(error) + fix)));
  } finally {
    guard.release();
  }
}
async function publish(unsafe, inputs, masker) {
  const report = masker.maskDeep(sanitizeDeep(unsafe));
  const json = masker.mask(JSON.stringify(report));
  const { outputs, annotations, verdict: verdict2 } = publication(report, inputs);
  for (const [name, value] of Object.entries(outputs)) setOutput(name, masker.mask(oneLine(value)));
  setOutput("report", masker.mask(fitOutput(JSON.parse(json), wholeReport(inputs))));
  if (inputs.reportFile) writeNoFollow(inputs.reportFile, JSON.stringify(JSON.parse(json), null, 2) + "\n");
  for (const a of annotations) annotate(renderSettingsDeep(a, "action"), masker);
  try {
    await summary.addRaw(fitSummary(masker.mask(renderSummary(report))), true).write();
  } catch (error) {
    warning(masker.mask(safeLines(`Could not write the job summary: ${errorMessage(error)}`)));
  }
  if (verdict2?.kind === "failed") setFailed(masker.mask(safeLines(verdict2.message)));
  else if (verdict2?.kind === "skipped") core_exports[verdict2.level](masker.mask(safeLines(verdict2.message)));
}
async function runLint(inputs, masker) {
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
      remoteCache: inputs.cache ? actionsCache : void 0,
      log: (line) => info(masker.mask(safeLines(renderSettings(line, "action")))),
      installed: (installation) => {
        if (inputs.cache && installation.source === "installed") saveState(STATE_CACHE_SAVE, JSON.stringify(pendingSave(installation)));
      }
    }),
    "action"
  );
  for (const f of report.findings) annotate(findingAnnotation({ ...f, alias: f.alias }), masker);
  const json = masker.mask(JSON.stringify(sanitizeDeep(report)));
  const errors = report.findings.filter((f) => f.severity === "error").length;
  setOutput("result", errors ? "fail" : "pass");
  setOutput("report", masker.mask(fitOutput(JSON.parse(json), wholeReport(inputs))));
  if (inputs.reportFile) writeNoFollow(inputs.reportFile, JSON.stringify(JSON.parse(json), null, 2) + "\n");
  try {
    await summary.addRaw(fitSummary(masker.mask(renderLintSummary(report.findings, inputs.configDisplayPath))), true).write();
  } catch (error) {
    warning(masker.mask(oneLine(`Could not write the job summary: ${errorMessage(error)}`)));
  }
  if (errors) setFailed(masker.mask(oneLine(`${errors} error finding${errors > 1 ? "s" : ""} in ${inputs.configDisplayPath}; see the annotations.`)));
}
function annotate({ level, message, title, ...at }, masker) {
  core_exports[level](masker.mask(safeLines(message)), { ...at, title: masker.mask(oneLine(title)) });
}
function wholeReport(inputs) {
  return inputs.reportFile ? "in the file the report-file input names" : "nowhere: set the report-file input to keep it whole";
}

// src/action/index.ts
v8.setFlagsFromString("--liftoff-only");
void run().finally(() => process.exit());
