// Reading who listens on a port from /proc/net/tcp (format: proc(5)); the live check runs in test/integration/isolation.test.ts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { listenerOwner, listeningInodes } from '../../src/litellm/listener.ts';

// Lines as Linux prints them: 127.0.0.1:8000 listening (inode 4242), a connection from it, 0.0.0.0:8001 listening.
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F40 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0
   1: 0100007F:1F40 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000  1000        0 5151 1 0000000000000000 20 4 30 10 -1
   2: 00000000:1F41 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1 0000000000000000 100 0 0 10 0
`;

describe('listener', () => {
  it('finds the inode of the socket listening on a port, not its connections', () => {
    assert.deepEqual(listeningInodes(TCP, 8000), ['4242']);
    assert.deepEqual(listeningInodes(TCP, 8001), ['777']);
    assert.deepEqual(listeningInodes(TCP, 8002), []);
  });
  it('says unknown where the OS does not tell', () => {
    assert.equal(listenerOwner(8000, process.pid, 'darwin'), 'unknown');
  });
  // The proxy's start-up waits for 'ours' (src/litellm/proxy.ts): each answer read from this machine's /proc.
  it(
    'on Linux: ours for a socket this process listens on, none once it is closed, foreign for another process',
    { skip: process.platform !== 'linux' },
    async () => {
      const server = net.createServer().listen(0, '127.0.0.1');
      await once(server, 'listening');
      const port = (server.address() as net.AddressInfo).port;
      assert.equal(listenerOwner(port, process.pid), 'ours');
      await new Promise((resolve) => server.close(resolve));
      assert.equal(listenerOwner(port, process.pid), 'none');

      const other = spawn(process.execPath, ['-e', "require('net').createServer().listen(0, '127.0.0.1', function () { console.log(this.address().port) })"], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      try {
        const [line] = (await once(other.stdout!, 'data')) as [Buffer];
        const theirs = Number(line.toString().trim());
        assert.equal(listenerOwner(theirs, process.pid), 'foreign');
        assert.equal(listenerOwner(theirs, other.pid!), 'ours');
      } finally {
        other.kill('SIGKILL');
      }
    },
  );
});
