// The Masker: every string leaving the engine passes through it, so a registered secret never shows,
// in any of the encodings an upstream or a JSON writer may give it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Masker } from '../../src/util/mask.ts';

const KEY = 'vk-canary-5b1c0e2a7d';

function masker(...secrets: Array<string | undefined | null>): Masker {
  const m = new Masker();
  for (const s of secrets) m.add(s);
  return m;
}

describe('Masker.mask', () => {
  it('replaces every occurrence of a secret', () => {
    assert.equal(masker(KEY).mask(`Bearer ${KEY} and again ${KEY}${KEY}`), 'Bearer *** and again ******');
  });

  it("a placeholder key the servers' docs publish is no secret: our own words stay readable", () => {
    const m = new Masker();
    for (const placeholder of ['ollama', 'EMPTY', 'sk-no-key-required', 'lm-studio']) m.add(placeholder);
    m.add('sk-real-0a1b2c3d4e5f');
    const text = 'Pull it (`ollama pull llama3`), the key is required; EMPTY; lm-studio; key sk-real-0a1b2c3d4e5f';
    assert.equal(m.mask(text), 'Pull it (`ollama pull llama3`), the key is required; EMPTY; lm-studio; key ***');
  });

  it('leaves text without secrets unchanged', () => {
    const text = 'LiteLLM proxy ready on http://127.0.0.1:4000 (the vk- prefix is not the key, nor 5b1c0e2)';
    assert.equal(masker(KEY).mask(text), text);
    assert.equal(new Masker().mask(text), text);
  });

  it('ignores empty, missing and very short values (masking "1" would garble every number)', () => {
    const m = masker('', undefined, null, 'abc', '1');
    assert.deepEqual(m.values, []);
    assert.equal(m.mask('abc 1 200'), 'abc 1 200');
    assert.deepEqual(masker('abcd').values.includes('abcd'), true, 'four characters count as a secret');
  });

  it('masks the JSON-escaped form of a secret with quotes or backslashes', () => {
    const secret = 'p"a\\ss/word\n9';
    const m = masker(secret);
    const json = JSON.stringify({ error: `upstream said: key ${secret} is invalid` });
    assert.equal(json.includes(secret), false, 'the raw secret is not in the JSON text, only its escaped form');
    const masked = m.mask(json);
    assert.equal(masked, JSON.stringify({ error: 'upstream said: key *** is invalid' }));
    assert.equal(m.mask(`raw ${secret}`), 'raw ***');
  });

  it('masks the base64 form of a secret', () => {
    const encoded = Buffer.from(KEY, 'utf8').toString('base64');
    assert.equal(masker(KEY).mask(`Authorization: Basic ${encoded}`), 'Authorization: Basic ***');
  });

  it('masks a secret that contains another one whole (longest first)', () => {
    const m = masker('abcd1234', 'abcd1234-and-more');
    assert.equal(m.mask('x abcd1234-and-more y abcd1234 z'), 'x *** y *** z');
  });

  it('treats secrets as text, not patterns', () => {
    const secret = 'a.b*c+d(e)[f]$^';
    assert.equal(masker(secret).mask(`key=${secret}; axbbbcd`), 'key=***; axbbbcd');
  });
});

describe('Masker.maskDeep', () => {
  it('masks every string in a nested value, keeping its shape', () => {
    const m = masker(KEY);
    const value = { a: `x${KEY}`, list: [KEY, { deep: `Bearer ${KEY}` }], n: 200, ok: true, none: null };
    assert.deepEqual(m.maskDeep(value), { a: 'x***', list: ['***', { deep: 'Bearer ***' }], n: 200, ok: true, none: null });
    assert.equal(value.a, `x${KEY}`, 'the input is not modified');
  });

  it('masks a secret with JSON-special characters inside strings', () => {
    const secret = 'q"uo\\te-secret';
    assert.deepEqual(masker(secret).maskDeep({ error: `echo: ${secret}` }), { error: 'echo: ***' });
  });

  it("a piece of a secret that happens to be one of the report's own keys does not erase the key; the whole secret as a key is masked", () => {
    const m = masker('vk-surfaces-2718281828');
    assert.deepEqual(m.maskDeep({ surfaces: [{ reply: 'the surfaces answered' }] }), { surfaces: [{ reply: 'the *** answered' }] });
    assert.deepEqual(m.maskDeep({ 'vk-surfaces-2718281828': 1 }), { '***': 1 });
  });

  it('keeps the value valid when a short numeric secret also appears as a number', () => {
    const m = masker('1000');
    const report = { durationMs: 21000, note: 'rpm 1000' };
    assert.deepEqual(m.maskDeep(report), { durationMs: 21000, note: 'rpm ***' });
  });
});

describe('Masker: encoded, split and partial forms (issue 12, item 6)', () => {
  const m = masker(KEY);
  const hidden = (text: string) => {
    const out = m.mask(text);
    assert.equal(/canary|5b1c0e2a7d/.test(out), false, `${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
    return out;
  };

  it('URL-encoded, every byte percent-escaped, in either case', () => {
    hidden(`https://evil.example/?k=${encodeURIComponent(KEY)}`);
    const all = [...Buffer.from(KEY)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    hidden(`k=${all}`);
    hidden(`k=${all.toUpperCase()}`);
  });

  it('hex, lower and upper case', () => {
    const hex = Buffer.from(KEY).toString('hex');
    for (const h of [hex, hex.toUpperCase()]) assert.equal(m.mask(`key=${h};`), 'key=***;');
  });

  it('base64 and base64url at every offset inside a longer encoded value', () => {
    for (const prefix of ['', 'u', 'us', 'user:', 'Bearer x ']) {
      for (const suffix of ['', '!', '.tail', 'xyz{}']) {
        const whole = Buffer.from(`${prefix}${KEY}${suffix}`);
        for (const encoded of [whole.toString('base64'), whole.toString('base64url')]) {
          const out = m.mask(`Authorization: Basic ${encoded} end`);
          // Nothing that decodes to a 4+ character piece of the key is left.
          const left = out.split(/\s+/).filter((w) => w !== '***' && !w.includes('***'));
          assert.ok(out.includes('***'), `${prefix}|${suffix}: ${out}`);
          assert.ok(out.startsWith('Authorization: Basic ') && out.endsWith(' end'), out);
          for (const w of left) assert.equal(Buffer.from(w, 'base64').toString('latin1').includes('canary'), false, w);
        }
      }
    }
  });

  it('split across lines, wrapped, or with JSON line-break escapes in between', () => {
    hidden(`key: vk-canary-\n5b1c0e2a7d`);
    hidden(`key: vk-ca\r\n  nary-5b1c 0e2a7d`);
    hidden(JSON.stringify({ error: 'key vk-canary-\n5b1c0e2a7d' }));
    const b64 = Buffer.from(KEY).toString('base64');
    assert.equal(m.mask(`token:\n${b64.slice(0, 10)}\n${b64.slice(10)}\nnext`), 'token:\n***\nnext', 'base64 wrapped at a line break');
  });

  it('a long enough piece of the key (a third of it, at least 8 characters)', () => {
    assert.equal(m.mask('key starts vk-canary-... ends'), 'key starts ***... ends');
    assert.equal(m.mask('the last part 5b1c0e2a7d'), 'the last part ***');
    assert.equal(m.mask('too short to tell: 2a7d, vk-'), 'too short to tell: 2a7d, vk-');
  });
});

describe('Masker: a key escaped character by character, or with invisible characters between', () => {
  const m = masker(KEY);
  const hidden = (text: string) => {
    assert.equal(m.mask(text), 'err *** end', JSON.stringify(text));
  };
  const each = (f: (c: string, i: number) => string) => [...KEY].map(f).join('');
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');

  it('JSON and Python escapes: \\u0076 (every character or every other one, either case), \\x76, \\/', () => {
    // Before: none of these was masked; a JSON reader (or a person) reads the key straight back.
    hidden(`err ${each((c) => `\\u00${hex(c)}`)} end`);
    hidden(`err ${each((c, i) => (i % 2 ? `\\u00${hex(c).toUpperCase()}` : c))} end`);
    hidden(`err ${each((c) => `\\x${hex(c)}`)} end`);
    const slashed = masker('abc/def+ghi/jkl=');
    assert.equal(slashed.mask('k="abc\\/def+ghi\\/jkl="'), 'k="***"');
  });

  it('URL escapes on some characters only, in either case', () => {
    hidden(`err ${each((c, i) => (i % 2 ? `%${hex(c)}` : c))} end`);
    hidden(`err ${each((c, i) => (i % 3 ? c : `%${hex(c).toUpperCase()}`))} end`);
  });

  it('HTML character references, decimal, hex and named (the job summary would render them as the key)', () => {
    hidden(`err ${each((c) => `&#${c.charCodeAt(0)};`)} end`);
    hidden(`err ${each((c, i) => (i % 2 ? `&#x${hex(c)};` : c))} end`);
    hidden(`err ${KEY.replace(/-/g, '&hyphen;')} end`);
  });

  it("zero-width and other invisible characters between the key's characters, raw or as the sanitizer shows them", () => {
    for (const gap of ['\u200b', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u{E0020}', '<U+200B>', '&#8203;', '\\u200b'])
      hidden(`err ${[...KEY].join(gap)} end`);
  });

  it('a key with Markdown-special characters, as the job summary escapes it', () => {
    const odd = masker('pipe|and[bracket]`tick');
    assert.equal(odd.mask('key pipe\\|and\\[bracket\\]\\`tick end'), 'key *** end');
  });

  it('text that only looks like an escape is kept as it is', () => {
    const text = 'rate 100% done, 50%ZZ, a\\q b, &nbsp; &#xZZ; <U+0041> <b>';
    assert.equal(m.mask(text), text);
  });
});

describe('Masker: a URL kept in a variable (api_base: os.environ/AZURE_API_BASE)', () => {
  it('masks the URL whole, not its pieces: other URLs in the text stay readable', () => {
    const masker = new Masker();
    masker.add('https://myorg.openai.azure.com/');
    masker.add('http://127.0.0.1:8000/v1');
    assert.equal(
      masker.mask('Proxy ready on http://127.0.0.1:36323; see https://docs.litellm.ai/docs/proxy/configs'),
      'Proxy ready on http://127.0.0.1:36323; see https://docs.litellm.ai/docs/proxy/configs',
    );
    assert.equal(masker.mask('POST https://myorg.openai.azure.com/ failed; api_base http://127.0.0.1:8000/v1'), 'POST *** failed; api_base ***');
  });

  it('masks the credentials a URL carries as secrets of their own, in any form and in part', () => {
    const masker = new Masker();
    masker.add('https://svc:s3cr3t-Pa55word-xyz@vllm.internal:8443/v1?api-key=q-token-0123456789');
    const out = masker.mask('auth svc:s3cr3t-Pa55word-xyz, escaped s3cr3t%2DPa55word, cut s3cr3t-Pa55wo..., query q-token-0123456789');
    for (const leak of ['s3cr3t-Pa55word-xyz', 's3cr3t%2DPa55word', 's3cr3t-Pa55wo', 'q-token-0123456789']) assert.ok(!out.includes(leak), `${leak} in ${out}`);
    assert.match(out, /^auth svc:\*\*\*/, 'the user (3 characters) is too short to count as a secret');
  });
});
