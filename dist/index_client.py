"""The package index pip uses, read without pip: uv's wheel, and a LiteLLM release's upload date and yanked flag.

Run by the base interpreter with -I (src/litellm/uv-fetch.ts, src/litellm/runtime-lock.ts). It reads pip's sources
as pip would: an index URL's credentials (or netrc's) go as Basic auth to that host only, never along a redirect;
TLS trusts the system store plus pip's `cert`. Jobs come on stdin (index URLs may carry credentials), never argv.

  index_client.py wheel <wheel> <target>   copy the uv binary out of a wheel the caller has hash-checked
  index_client.py uv                       a JSON job on stdin (from_index); prints the chosen file's name
  index_client.py release                  a JSON job on stdin (release_info); prints found / uploaded / yanked

uv: nothing is run or unpacked unless its sha256 is one the shipped lock (locks/uv.txt) lists, so an index,
mirror or cache folder can at worst make this fail, and the caller then installs uv with pip as before. Why not
pip: pip reads uv's whole project page and checks every one of its ~6,000 files against ~1,000 tags of this
interpreter (pip/_internal/index/package_finder.py evaluate_links: 1.5 s of CPU per cold install, measured with
cProfile), to pick the one file whose hash the lock pins anyway.
"""
import base64
import hashlib
import html.parser
import json
import netrc
import os
import shutil
import ssl
import sys
import tempfile
import urllib.parse
import urllib.request
import zipfile

JSON_TYPE = 'application/vnd.pypi.simple.v1+json'
MAX_PAGE = 64 * 1024 * 1024
MAX_WHEEL = 256 * 1024 * 1024
TIMEOUT = 15  # seconds per request; pip's own default timeout is 15 s too


class Refused(Exception):
    """A reason this path cannot give uv; the caller falls back to pip. Only our own fixed words, never outside text."""


def unpack(wheel, target):
    """The binary is <name>.data/scripts/uv (uv.exe on Windows) in the wheel, a zip; pip installs it from there."""
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            parts = name.split('/')
            if len(parts) == 3 and parts[0].endswith('.data') and parts[1] == 'scripts' and parts[2] == os.path.basename(target):
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with z.open(name) as src, open(target + '.part', 'wb') as dst:
                    shutil.copyfileobj(src, dst)
                os.chmod(target + '.part', 0o755)
                os.replace(target + '.part', target)
                return
    raise Refused('the wheel holds no uv binary')


def sibling(name):
    """A module next to this file, loaded by its path: -I keeps this folder off sys.path (oracle.py does the same)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f'verify_litellm_{name}', os.path.join(os.path.dirname(os.path.abspath(__file__)), f'{name}.py'))
    module = importlib.util.module_from_spec(spec)
    sys.dont_write_bytecode = True  # no __pycache__ in the action's folder
    spec.loader.exec_module(module)
    return module


class Links(html.parser.HTMLParser):
    """PEP 503 page: <a href="...#sha256=...">filename</a>."""

    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            href = dict(attrs).get('href')
            if href:
                self.links.append(href)


class Source:
    """One place pip would look: an index (project page at <url>/uv/), or find-links (a folder or a page)."""

    def __init__(self, url, kind, cert):
        parts = urllib.parse.urlsplit(url)
        userinfo, at, hostport = parts.netloc.rpartition('@')
        self.url = urllib.parse.urlunsplit(parts._replace(netloc=hostport)) if parts.scheme in ('http', 'https', 'file') else os.path.abspath(url)
        self.host = parts.hostname or ''
        self.netloc = hostport.lower()
        self.kind = kind
        self.cert = cert
        self.context = None  # made once per source: loading the CA bundles is most of a request's CPU
        user, _, password = userinfo.partition(':')
        self.auth = (urllib.parse.unquote(user), urllib.parse.unquote(password)) if at else None
        if not at and parts.scheme in ('http', 'https'):
            # pip (requests) and uv read netrc for an index whose URL carries no credentials.
            try:
                found = netrc.netrc(os.environ.get('NETRC') or None).authenticators(self.host)
                if found:
                    self.auth = (found[0] or '', found[2] or '')
            except Exception:
                pass

    def open(self, url, accept=None, timeout=TIMEOUT):
        """A request; Basic auth goes to the source's own host and port only, and never along a redirect."""
        request = urllib.request.Request(url, headers={'Accept': accept} if accept else {})
        if self.auth and urllib.parse.urlsplit(url).netloc.rpartition('@')[2].lower() == self.netloc:
            token = base64.b64encode(f'{self.auth[0]}:{self.auth[1]}'.encode()).decode()
            request.add_unredirected_header('Authorization', 'Basic ' + token)
        # OpenSSL's default store (SSL_CERT_FILE / SSL_CERT_DIR honoured) plus the bundle pip is told to trust:
        # its `cert` setting, else the one requests reads from the environment for pip.
        if self.context is None:
            self.context = ssl.create_default_context()
            bundle = self.cert or os.environ.get('REQUESTS_CA_BUNDLE') or os.environ.get('CURL_CA_BUNDLE')
            if bundle:
                self.context.load_verify_locations(cafile=bundle)
        try:
            return urllib.request.urlopen(request, context=self.context, timeout=timeout)
        except ssl.SSLError:
            raise Refused('the index\'s TLS certificate is not trusted')
        except Exception:
            raise Refused('the index could not be read')

    def candidates(self, version):
        """(filename, url or path, sha256 or None) for uv's files here."""
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ('http', 'https'):
            folder = urllib.request.url2pathname(parts.path) if parts.scheme == 'file' else self.url
            if self.kind == 'index':
                folder = os.path.join(folder, 'uv')
            if not os.path.isdir(folder):
                return []
            page = os.path.join(folder, 'index.html')
            if os.path.isfile(page):
                with open(page, encoding='utf-8', errors='replace') as f:
                    return self.from_html(f.read(MAX_PAGE), 'file:' + urllib.request.pathname2url(folder) + '/', version)
            return [(n, os.path.join(folder, n), None) for n in os.listdir(folder) if n.startswith(f'uv-{version}-')]
        page_url = self.url.rstrip('/') + '/uv/' if self.kind == 'index' else self.url
        return [c for c in self.remote_candidates(page_url, version) if urllib.parse.urlsplit(c[1]).scheme in ('http', 'https')]

    def remote_candidates(self, page_url, version):
        """A remote page's files; the caller keeps http(s) links only: a page must not point this at local files."""
        with self.open(page_url, accept=f'{JSON_TYPE}, text/html;q=0.1') as response:
            body = response.read(MAX_PAGE + 1)
            if len(body) > MAX_PAGE:
                raise Refused('the index page is too large')
            base = response.geturl()
            if response.headers.get_content_type() == JSON_TYPE:
                data = json.loads(body)
                prefix = f'uv-{version}-'  # uv's page lists every release's files (~6,000): resolve only this one's
                return [
                    (f['filename'], urllib.parse.urljoin(base, f.get('url', '')), (f.get('hashes') or {}).get('sha256'))
                    for f in data.get('files', [])
                    if isinstance(f, dict) and str(f.get('filename', '')).startswith(prefix) and not f.get('yanked')
                ]
            return self.from_html(body.decode('utf-8', 'replace'), base, version)

    @staticmethod
    def from_html(text, base, version):
        parser = Links()
        parser.feed(text)
        found = []
        for href in parser.links:
            if f'uv-{version}-' not in urllib.parse.unquote(href):
                continue
            url, _, fragment = urllib.parse.urljoin(base, href).partition('#')
            name = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit('/', 1)[-1])
            digest = fragment[len('sha256='):] if fragment.startswith('sha256=') else None
            found.append((name, url, digest))
        return found

    def fetch(self, where, into):
        """Copies a file to `into`, returning its sha256."""
        digest = hashlib.sha256()
        size = 0
        opened = open(where, 'rb') if os.path.isabs(where) else (
            open(urllib.request.url2pathname(urllib.parse.urlsplit(where).path), 'rb') if where.startswith('file:') else self.open(where))
        with opened as src, open(into, 'wb') as dst:
            while True:
                chunk = src.read(1024 * 1024)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_WHEEL:
                    raise Refused('the file is too large for a uv wheel')
                digest.update(chunk)
                dst.write(chunk)
        return digest.hexdigest()


def from_index(job):
    version, hashes, target = job['version'], set(job['hashes']), job['target']
    wheel_tags = sibling('wheel_tags')
    ours = wheel_tags.interpreter_tags()
    if ours is None:
        raise Refused('neither pip nor packaging can name this interpreter\'s wheel tags')
    tags = {tag: rank for rank, tag in enumerate(ours)}
    sources = [Source(u, 'find-links', job.get('cert')) for u in job.get('findLinks', [])]
    sources += [Source(u, 'index', job.get('cert')) for u in job.get('indexes', [])]
    # A local folder first (no network), then the indexes in pip's order.
    sources.sort(key=lambda s: 1 if urllib.parse.urlsplit(s.url).scheme in ('http', 'https') else 0)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    failure = Refused(f'no source has a uv {version} wheel for this platform whose hash the lock lists')
    for source in sources:
        try:
            found = source.candidates(version)
        except Refused as refused:
            failure = refused
            continue
        except Exception:
            failure = Refused('an index page could not be read')
            continue
        ranked = []
        for name, where, digest in found:
            ranks = [tags[t] for t in wheel_tags.file_tags(name, version) if t in tags]
            if ranks and (digest is None or digest.lower() in hashes):
                ranked.append((min(ranks), name, where))
        for _, name, where in sorted(ranked):
            fd, partial = tempfile.mkstemp(prefix='uv-', suffix='.whl', dir=os.path.dirname(target))
            os.close(fd)
            try:
                if source.fetch(where, partial) not in hashes:
                    failure = Refused('a uv wheel did not match the lock\'s hashes')
                    continue
                unpack(partial, target)
                return name
            except Refused as refused:
                failure = refused
            except Exception:
                failure = Refused('a uv wheel could not be fetched or unpacked')
            finally:
                os.remove(partial)
    raise failure


def release_info(job):
    """A LiteLLM release as the index's PEP 691 page lists it: whether it is there, its files' latest upload time
    (the run-time lock pins dependencies as of it), and the PEP 592 reason when every file is yanked."""
    version = job['version']
    source = Source(job['index'], 'index', job.get('cert'))
    with source.open(source.url.rstrip('/') + '/litellm/', accept=JSON_TYPE, timeout=30) as response:
        data = json.loads(response.read(MAX_PAGE))

    def ver(name):
        stem = name[:-len('.tar.gz')] if name.endswith('.tar.gz') else name
        parts = stem.split('-')
        return parts[1] if len(parts) > 1 else ''

    files = [f for f in data.get('files', []) if ver(f.get('filename', '')) == version]
    times = sorted(f['upload-time'] for f in files if f.get('upload-time'))
    yanked = [f.get('yanked') for f in files]
    reason = None
    if files and all(yanked):
        reason = next((y for y in yanked if isinstance(y, str) and y), 'yanked')
    return {'found': bool(files), 'uploaded': times[-1] if times else None, 'yanked': reason}


def main():
    try:
        if sys.argv[1:2] == ['wheel'] and len(sys.argv) == 4:
            unpack(sys.argv[2], sys.argv[3])
        elif sys.argv[1:] == ['uv']:
            print(json.dumps({'file': from_index(json.load(sys.stdin))}))
        elif sys.argv[1:] == ['release']:
            print(json.dumps(release_info(json.load(sys.stdin))))
        else:
            raise Refused('usage: index_client.py wheel <wheel> <target> | uv | release')
    except Refused as refused:
        print(json.dumps({'refused': str(refused)}))
        sys.exit(3)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:
        print(json.dumps({'refused': f'unexpected {type(error).__name__}'}))
        sys.exit(3)


if __name__ == '__main__':
    main()
