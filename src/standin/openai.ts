// OpenAI's own refusals the stand-in reproduces for a model marked with them (GPT-5 family temperature rules).
import type { StandinModel } from './server.ts';

/**
 * OpenAI's 400 body for a temperature a GPT-5 family model does not take; null when accepted. Both bodies as users
 * captured them: `unsupported_value` for a value other than 1 (vercel/ai#6034's responseBody, 2-space JSON; also
 * gabrii/Cursor-Azure-GPT-5#33), and "Unsupported parameter" with `code: null` for gpt-5.2 models
 * (OpenHands/software-agent-sdk#1837; o3-mini's said "unsupported_parameter"). The trailing newline is the stand-in's.
 */
export function openaiTemperatureRefusal(model: StandinModel, body: Record<string, unknown> | undefined): string | null {
  const temperature = body?.temperature;
  if (typeof temperature !== 'number' || temperature === 1 || !model.temperature || model.temperature === 'accept') return null;
  const error =
    model.temperature === 'reject-value'
      ? {
          message: `Unsupported value: 'temperature' does not support ${temperature} with this model. Only the default (1) value is supported.`,
          type: 'invalid_request_error',
          param: 'temperature',
          code: 'unsupported_value',
        }
      : {
          message: "Unsupported parameter: 'temperature' is not supported with this model.",
          type: 'invalid_request_error',
          param: 'temperature',
          code: null,
        };
  return JSON.stringify({ error }, null, 2) + '\n';
}
