'use strict';
/**
 * Preloaded into the Agents Playground (NODE_OPTIONS=--require <this file>). The Playground listens on every
 * interface and has no host option; its mock connector accepts any request without authentication, so on a shared
 * network anyone could talk to the local bot through it. This makes every listen without a host, or with an
 * "all interfaces" host, bind to 127.0.0.1 instead. Explicit other hosts, unix sockets and handles are left alone.
 */
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const ANY_HOST = new Set([undefined, null, '', '0.0.0.0', '::', '::0', '0:0:0:0:0:0:0:0']);
const originalListen = net.Server.prototype.listen;

function isPort(value) {
  return typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
}

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (args.length === 0 || typeof first === 'function') {
    return originalListen.call(this, 0, LOOPBACK, ...args);
  }
  if (isPort(first)) {
    if (typeof second === 'string') {
      // listen(port, host, ...)
      return ANY_HOST.has(second) ? originalListen.call(this, first, LOOPBACK, ...args.slice(2)) : originalListen.apply(this, args);
    }
    if (args.length > 1 && (second === null || second === undefined)) {
      return originalListen.call(this, first, LOOPBACK, ...args.slice(2));
    }
    // listen(port), listen(port, backlog, ...), listen(port, callback)
    return originalListen.call(this, first, LOOPBACK, ...args.slice(1));
  }
  if (first && typeof first === 'object' && !('path' in first) && !('fd' in first) && !('_handle' in first) && !('handle' in first)) {
    if (ANY_HOST.has(first.host)) {
      return originalListen.call(this, { ...first, host: LOOPBACK }, ...args.slice(1));
    }
  }
  return originalListen.apply(this, args);
};
