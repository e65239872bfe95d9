// What sits in front of a model server and answers before it: Cloudflare's browser check, nginx's auth_basic.
// Part of the hostile faults (hostile.ts), each cited to the gate's own documentation.
import type http from 'node:http';

/** The credentials the `basic-auth` fault lets through: `user:pass`. */
export const BASIC_CREDENTIALS = `Basic ${Buffer.from('user:pass').toString('base64')}`;

/** Answers when `fault` is a gate that stops this request; false lets the request through to the server. */
export function gateAnswer(fault: string | undefined, res: http.ServerResponse, authorization: string | undefined): boolean {
  if (fault === 'basic-auth' && authorization !== BASIC_CREDENTIALS) {
    // nginx's auth_basic in front of the server (https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html):
    // 401 with its HTML page and `WWW-Authenticate: Basic realm="..."` until the right credentials come.
    const text =
      '<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
    res.writeHead(401, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(text), 'www-authenticate': 'Basic realm="model server"' });
    res.end(text);
    return true;
  }
  if (fault === 'cloudflare-challenge') {
    // Cloudflare in front of the server challenges the caller (a WAF or bot rule; CI runners' addresses often are):
    // a 403 HTML "Just a moment..." page whose `cf-mitigated: challenge` header is how a client can tell
    // (https://developers.cloudflare.com/cloudflare-challenges/challenge-types/challenge-pages/detect-response/).
    const text =
      '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><div class="main-wrapper" role="main"><div class="main-content"><h1>Checking if the site connection is secure</h1></div></div></body></html>';
    res.writeHead(403, {
      'content-type': 'text/html; charset=UTF-8',
      'content-length': Buffer.byteLength(text),
      'cf-mitigated': 'challenge',
      server: 'cloudflare',
    });
    res.end(text);
    return true;
  }
  return false;
}
