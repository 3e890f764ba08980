import { spawnSync } from 'node:child_process';
import path from 'node:path';

const PRELOAD = path.resolve(__dirname, '..', '..', 'scripts', 'bind-loopback.cjs');

/**
 * The Playground's mock connector accepts unauthenticated requests, so scripts/bind-loopback.cjs must keep every
 * "all interfaces" listen on 127.0.0.1. Runs in a child process so the patch never touches jest's own net module.
 */
const PROBE = `
const net = require('node:net');
const calls = {
  none: (s, cb) => s.listen(cb),
  port: (s, cb) => s.listen(0, cb),
  anyV4: (s, cb) => s.listen(0, '0.0.0.0', cb),
  anyV6: (s, cb) => s.listen(0, '::', cb),
  portBacklog: (s, cb) => s.listen(0, 511, cb),
  options: (s, cb) => s.listen({ port: 0 }, cb),
  optionsAny: (s, cb) => s.listen({ port: 0, host: '0.0.0.0' }, cb),
  explicitLoopback: (s, cb) => s.listen(0, '127.0.0.1', cb),
};
(async () => {
  const result = {};
  for (const [name, call] of Object.entries(calls)) {
    const server = net.createServer();
    await new Promise((resolve) => call(server, resolve));
    result[name] = server.address().address;
    await new Promise((resolve) => server.close(resolve));
  }
  process.stdout.write(JSON.stringify(result));
})();
`;

describe('scripts/bind-loopback.cjs', () => {
  it('binds every host-less or all-interfaces listen to 127.0.0.1', () => {
    const run = spawnSync(process.execPath, ['--require', PRELOAD, '-e', PROBE], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const addresses = JSON.parse(run.stdout) as Record<string, string>;
    expect(Object.keys(addresses)).toHaveLength(8);
    for (const [call, address] of Object.entries(addresses)) {
      expect({ call, address }).toEqual({ call, address: '127.0.0.1' });
    }
  });
});
