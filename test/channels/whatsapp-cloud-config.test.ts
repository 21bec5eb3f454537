// WHATSAPP_CLOUD_* in the configuration: on with all four credentials, an error naming what is missing with
// some, never together with the whatsapp-web.js client.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const credentials = {
  WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-token',
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
  WHATSAPP_CLOUD_APP_SECRET: '0123456789abcdef0123456789abcdef',
  WHATSAPP_CLOUD_VERIFY_TOKEN: 'um-token-longo-e-aleatorio',
};

describe('no WHATSAPP_CLOUD_* credential', () => {
  it('leaves the channel off', () => {
    expect(loadConfig({}).whatsappCloud).toBeUndefined();
    expect(loadConfig({ WHATSAPP_CLOUD_ACCESS_TOKEN: '', WHATSAPP_CLOUD_WEBHOOK_PORT: '9000' }).whatsappCloud).toBeUndefined();
  });
});

describe('the four credentials', () => {
  it('turn the channel on, with Meta’s API root, a current Graph version and the local webhook address', () => {
    expect(loadConfig(credentials).whatsappCloud).toEqual({
      accessToken: 'EAAG-token',
      phoneNumberId: '106540352242922',
      appSecret: '0123456789abcdef0123456789abcdef',
      verifyToken: 'um-token-longo-e-aleatorio',
      apiRoot: 'https://graph.facebook.com',
      apiVersion: 'v25.0',
      webhook: { host: '127.0.0.1', port: 8444 },
    });
  });

  it('take the API root, version, host and port when given', () => {
    const c = loadConfig({ ...credentials, WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9999', WHATSAPP_CLOUD_API_VERSION: 'v26.0', WHATSAPP_CLOUD_WEBHOOK_HOST: '0.0.0.0', WHATSAPP_CLOUD_WEBHOOK_PORT: '0' }).whatsappCloud;
    expect(c).toMatchObject({ apiRoot: 'http://127.0.0.1:9999', apiVersion: 'v26.0', webhook: { host: '0.0.0.0', port: 0 } });
  });
});

describe('some credentials but not all', () => {
  it('stop start-up, naming each one missing', () => {
    const { WHATSAPP_CLOUD_APP_SECRET: _secret, WHATSAPP_CLOUD_VERIFY_TOKEN: _token, ...two } = credentials;
    expect(() => loadConfig(two)).toThrow(/falta: WHATSAPP_CLOUD_APP_SECRET, WHATSAPP_CLOUD_VERIFY_TOKEN\./);
    expect(() => loadConfig({ WHATSAPP_CLOUD_VERIFY_TOKEN: 'x' })).toThrow(/WHATSAPP_CLOUD_ACCESS_TOKEN, WHATSAPP_CLOUD_PHONE_NUMBER_ID, WHATSAPP_CLOUD_APP_SECRET/);
  });
});

describe('with WHATSAPP_ENABLED=true', () => {
  it('refuses to run both WhatsApp channels', () => {
    expect(() => loadConfig({ ...credentials, WHATSAPP_ENABLED: 'true' })).toThrow(/WHATSAPP_ENABLED=true .* não podem rodar juntos/);
  });
});

describe('malformed values', () => {
  it('name the variable', () => {
    expect(() => loadConfig({ ...credentials, WHATSAPP_CLOUD_API_VERSION: '25' })).toThrow(/WHATSAPP_CLOUD_API_VERSION/);
    expect(() => loadConfig({ ...credentials, WHATSAPP_CLOUD_PHONE_NUMBER_ID: '+55 31 98888-7777' })).toThrow(/WHATSAPP_CLOUD_PHONE_NUMBER_ID/);
    expect(() => loadConfig({ ...credentials, WHATSAPP_CLOUD_WEBHOOK_PORT: '99999' })).toThrow(/WHATSAPP_CLOUD_WEBHOOK_PORT/);
    expect(() => loadConfig({ ...credentials, WHATSAPP_CLOUD_API_ROOT: 'graph.facebook.com' })).toThrow(/WHATSAPP_CLOUD_API_ROOT/);
  });
});
