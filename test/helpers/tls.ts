// A throwaway self-signed certificate for TLS test servers (valid a day, for localhost and 127.0.0.1).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const HAS_OPENSSL = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;

/** Writes key.pem and cert.pem into `dir`; throws with openssl's words when it cannot. */
export function selfSignedCert(dir: string): { keyFile: string; certFile: string; key: Buffer; cert: Buffer } {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=localhost'];
  const made = spawnSync('openssl', [...args, '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
  return { keyFile, certFile, key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}
