// Who may call the web chat's API, and which address a request comes from: pure rules on request headers.
import { describe, expect, it } from 'vitest';
import { type RequestFacts, clientAddress, isAllowedOrigin, normalizeOrigin } from '../../src/channels/web/origin.ts';
import { loadConfig } from '../../src/config.ts';

const policy = { allowedOrigins: ['https://www.mg.gov.br', 'https://app.mg.gov.br'], trustedProxies: ['127.0.0.1', '::1'] };

function facts(f: Partial<RequestFacts>): RequestFacts {
  return { origin: undefined, host: 'atende.mg.gov.br', forwardedHost: undefined, forwardedFor: undefined, peer: '10.0.0.5', ...f };
}

describe('the origin of a request', () => {
  it('is allowed when it is in the list, exactly', () => {
    expect(isAllowedOrigin(facts({ origin: 'https://www.mg.gov.br' }), policy)).toBe(true);
    expect(isAllowedOrigin(facts({ origin: 'http://www.mg.gov.br' }), policy)).toBe(false);
    expect(isAllowedOrigin(facts({ origin: 'https://www.mg.gov.br.evil.example' }), policy)).toBe(false);
    expect(isAllowedOrigin(facts({ origin: 'https://evil.example' }), policy)).toBe(false);
  });

  it('is refused when absent or not an http(s) origin', () => {
    expect(isAllowedOrigin(facts({}), policy)).toBe(false);
    expect(isAllowedOrigin(facts({ origin: 'null' }), policy)).toBe(false);
    expect(isAllowedOrigin(facts({ origin: 'file://' }), policy)).toBe(false);
  });

  it('is allowed when it is the server\'s own host', () => {
    expect(isAllowedOrigin(facts({ origin: 'https://atende.mg.gov.br' }), policy)).toBe(true);
    expect(isAllowedOrigin(facts({ origin: 'https://atende.mg.gov.br:8443' }), policy)).toBe(false);
  });

  it('takes the public host from X-Forwarded-Host only behind a trusted proxy', () => {
    const behind = facts({ origin: 'https://atende.mg.gov.br', host: '127.0.0.1:8090', forwardedHost: 'atende.mg.gov.br' });
    expect(isAllowedOrigin({ ...behind, peer: '::ffff:127.0.0.1' }, policy)).toBe(true);
    expect(isAllowedOrigin({ ...behind, peer: '10.0.0.5' }, policy)).toBe(false);
  });

  it('is normalized the way browsers send it', () => {
    expect(normalizeOrigin('https://WWW.mg.gov.br:443/')).toBe('https://www.mg.gov.br');
    expect(normalizeOrigin('https://www.mg.gov.br/servicos')).toBeUndefined();
  });
});

describe('the client address for the per-IP limit', () => {
  it('is the TCP peer when there is no trusted proxy in front', () => {
    expect(clientAddress(facts({ peer: '200.1.1.1', forwardedFor: '1.2.3.4' }), policy)).toBe('200.1.1.1');
  });

  it('is the right-most untrusted address of X-Forwarded-For behind a trusted proxy', () => {
    // The client claimed 1.2.3.4; the proxy appended the real peer, 200.1.1.1.
    expect(clientAddress(facts({ peer: '127.0.0.1', forwardedFor: '1.2.3.4, 200.1.1.1' }), policy)).toBe('200.1.1.1');
    expect(clientAddress(facts({ peer: '127.0.0.1', forwardedFor: '200.1.1.1, 127.0.0.1' }), policy)).toBe('200.1.1.1');
  });

  it('falls back to the peer when X-Forwarded-For holds garbage', () => {
    expect(clientAddress(facts({ peer: '127.0.0.1', forwardedFor: 'not-an-ip' }), policy)).toBe('127.0.0.1');
  });
});

describe('WEBCHAT_* in the environment', () => {
  it('starts nothing without WEBCHAT_PORT', () => {
    expect(loadConfig({ DATABASE_PATH: '/tmp/x.sqlite' }).webchat).toBeUndefined();
  });

  it('reads the port, the allow-list and the defaults', () => {
    const c = loadConfig({ DATABASE_PATH: '/tmp/x.sqlite', WEBCHAT_PORT: '8090', WEBCHAT_ALLOWED_ORIGINS: 'https://www.mg.gov.br, https://app.mg.gov.br', WEBCHAT_TRUSTED_PROXIES: '', WEBCHAT_IP_MESSAGES_PER_MINUTE: '' });
    expect(c.webchat).toEqual({ port: 8090, host: '127.0.0.1', allowedOrigins: ['https://www.mg.gov.br', 'https://app.mg.gov.br'], trustedProxies: ['127.0.0.1', '::1'], ipMessagesPerMinute: 300, maxBodyBytes: 8192, demo: true });
    expect(loadConfig({ DATABASE_PATH: '/tmp/x.sqlite', WEBCHAT_PORT: '8090', WEBCHAT_TRUSTED_PROXIES: 'none' }).webchat?.trustedProxies).toEqual([]);
  });

  it('refuses an origin with a path, naming the variable', () => {
    expect(() => loadConfig({ WEBCHAT_PORT: '8090', WEBCHAT_ALLOWED_ORIGINS: 'https://www.mg.gov.br/servicos' })).toThrow(/WEBCHAT_ALLOWED_ORIGINS/);
    expect(() => loadConfig({ WEBCHAT_PORT: '8090', WEBCHAT_TRUSTED_PROXIES: 'proxy.local' })).toThrow(/WEBCHAT_TRUSTED_PROXIES/);
    expect(() => loadConfig({ WEBCHAT_PORT: '8090', WEBCHAT_MAX_BODY_BYTES: '10' })).toThrow(/WEBCHAT_MAX_BODY_BYTES/);
  });
});
