// Whose socket answers on the proxy's port? Between choosing a free port and LiteLLM binding it (seconds of
// imports), another local process can bind it and answer the readiness poll: a false "ready", probes sent to
// it, and `keep-running` handing it to later steps. Readiness only counts when the listening socket belongs
// to the proxy's own process group. Linux tells through /proc (proc(5): /proc/net/tcp{,6} lists each socket
// with its state and inode; /proc/<pid>/fd/* links to `socket:[inode]`); elsewhere this check is not made.
import fs from 'node:fs';

const LISTEN = '0A'; // TCP_LISTEN in /proc/net/tcp's `st` column

/** Inodes of the sockets listening on `port`, from the text of /proc/net/tcp or /proc/net/tcp6. */
export function listeningInodes(table: string, port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes: string[] = [];
  for (const line of table.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
    if (cols.length < 10 || cols[3] !== LISTEN) continue;
    if (cols[1]?.split(':')[1]?.toUpperCase() === hexPort && cols[9] !== '0') inodes.push(cols[9]!);
  }
  return inodes;
}

/** Processes in the group `pgid` leads (the proxy and any worker it forked). */
function groupMembers(pgid: number): number[] {
  const members = [pgid];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === pgid) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // gone while we looked
    }
  }
  return members;
}

/** Inodes of the sockets `pid` holds; null when its file descriptors cannot be read (gone, or not ours to read). */
function socketInodes(pid: number): Set<string> | null {
  const inodes = new Set<string>();
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch {
    return null;
  }
  for (const fd of fds) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (match) inodes.add(match[1]!);
    } catch {
      // closed while we looked
    }
  }
  return inodes;
}

/**
 * Who listens on `port`: 'ours' when the socket belongs to the process group `pgid` leads, 'foreign' when
 * another process holds it, 'none' when nobody listens yet, 'unknown' where the OS does not say (no /proc, or
 * the group's leader's descriptors cannot be read).
 */
export function listenerOwner(port: number, pgid: number, platform: NodeJS.Platform = process.platform): 'ours' | 'foreign' | 'none' | 'unknown' {
  if (platform !== 'linux') return 'unknown';
  const inodes: string[] = [];
  let read = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    try {
      inodes.push(...listeningInodes(fs.readFileSync(table, 'utf8'), port));
      read = true;
    } catch {
      // no IPv6 table
    }
  }
  if (!read) return 'unknown';
  if (!inodes.length) return 'none';
  if (socketInodes(pgid) === null) return 'unknown';
  const owned = groupMembers(pgid).flatMap((pid) => [...(socketInodes(pid) ?? [])]);
  return inodes.some((inode) => owned.includes(inode)) ? 'ours' : 'foreign';
}
