// OpenAI's own refusals the stand-in reproduces for a model marked with them (GPT-5 family temperature rules).
import type { StandinModel } from './server.ts';

/** OpenAI's 400 body for a temperature a GPT-5 family model does not take, byte for byte (2-space JSON and a trailing newline); null when accepted. */
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
