// One URL, two readings. Node (with the WHATWG URL Standard that browsers follow) reads a backslash in an http(s)
// URL as a slash, and drops tabs and newlines anywhere in it; Python's clients read RFC 3986 (httpx's _urlparse,
// urllib.parse, aiohttp's yarl): the authority runs to the first '/', '?' or '#', and the host follows its last
// '@'. So `https://allowed.example\@other.example/v1` is allowed.example to Node and other.example to LiteLLM:
// measured on 1.108.7, an anthropic/ route with that api_base sent its x-api-key to other.example (with LiteLLM's
// httpx transport; its default aiohttp transport refused the request only because it also carried Authorization).
import { domainToASCII } from 'node:url';

/** The host as RFC 3986 reads it (LiteLLM's Python clients), lower-cased and in ASCII; null when it has none. */
export function pythonHost(url: string): string | null {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim())?.[1];
  if (authority === undefined) return null;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = (hostPort.startsWith('[') ? hostPort.slice(1, hostPort.indexOf(']')) : hostPort.replace(/:[^:]*$/, '')).toLowerCase();
  return host ? domainToASCII(host) || host : null;
}

/**
 * The host a URL names for Node and for Python alike; `disagree` (Node's reading first) when they read two hosts,
 * null when Node reads none. A check that reads one host while LiteLLM connects to another checks nothing.
 */
export function agreedHost(url: string): { host: string } | { disagree: [string, string] } | null {
  let node: string;
  try {
    node = new URL(url.trim()).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
  if (!node) return null;
  const python = pythonHost(url);
  return python === null || python === node ? { host: node } : { disagree: [node, python] };
}
