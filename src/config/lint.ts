// Static checks on a LiteLLM config, run before anything is installed or started: every rule in RULES
// (./rules/, one file per kind of rule), each result capped and sorted. Add a rule by adding a function
// to a file of ./rules/ and to RULES. The rules that read the installed LiteLLM's answer (./rules/litellm.ts) run
// later, once that answer exists (engine/lint.ts).
import type { Finding, LintContext, Rule, Severity } from './finding.ts';
import { deniedVariables, riskyEnvironmentVariables } from './rules/security.ts';
import { apiBase, envPlaceholder, envUnset, literalKey, masterKeyPlacement, mockResponse } from './rules/routes.ts';
import { duplicateAlias, duplicateKey, emptyModelList, sectionInEntry, types, unknownTopLevel } from './rules/shape.ts';
import type { LiteLLMConfig } from './types.ts';

export const RULES: readonly Rule[] = [
  duplicateKey,
  emptyModelList,
  types,
  unknownTopLevel,
  sectionInEntry,
  envUnset,
  apiBase,
  literalKey,
  envPlaceholder,
  masterKeyPlacement,
  mockResponse,
  duplicateAlias,
  deniedVariables,
  riskyEnvironmentVariables,
];

/** Findings kept per rule: a config with thousands of junk keys must not flood the annotations and summary. */
export const MAX_FINDINGS_PER_RULE = 50;

export function lintConfig(config: LiteLLMConfig, ctx: LintContext): Finding[] {
  const order: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
  return RULES.flatMap((rule) => capped(rule(config, ctx))).sort((a, b) => order[a.severity] - order[b.severity] || a.line - b.line);
}

function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_RULE);
  const last = kept[kept.length - 1]!;
  return [
    ...kept,
    {
      ...last,
      alias: undefined,
      variable: undefined,
      message: `... and ${findings.length - kept.length} more like these (${last.rule}); fix the ones above and run again.`,
      fix: undefined,
    },
  ];
}
