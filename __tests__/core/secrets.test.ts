import { REDACTED, onSecret, redact, redactDeep, registerSecret, registerUrlCredentials, resetSecrets } from '../../src/core/secrets.js';

afterEach(() => resetSecrets());

describe('the one redaction step', () => {
  it('replaces every registered secret, longest first, in its written, JSON and URL-encoded forms', () => {
    registerSecret('s3cr3t-token');
    registerSecret('s3cr3t-token-longer');
    registerSecret('p@ss"word!');
    expect(redact('a s3cr3t-token-longer and a s3cr3t-token')).toBe(`a ${REDACTED} and a ${REDACTED}`);
    expect(redact('{"password":"p@ss\\"word!"} ?p=p%40ss%22word!')).toBe(`{"password":"${REDACTED}"} ?p=${REDACTED}`);
  });

  it('leaves values too short to be secrets alone, so ordinary words survive', () => {
    registerSecret('ci');
    registerSecret('  ');
    expect(redact('ci runs')).toBe('ci runs');
  });

  it('redacts what an error body echoes that was never registered: headers, bearer and GitHub tokens, JWTs, URL passwords', () => {
    expect(redact('request had "authorization":"token abcdef" and Authorization: Bearer xyz.abc')).toBe(
      `request had "authorization":"${REDACTED}" and Authorization: ${REDACTED}`,
    );
    expect(redact('sent bearer AbCdEfGhIjKlMnOpQrSt== to the server')).toBe(`sent bearer ${REDACTED} to the server`);
    expect(redact(`ghs_${'a'.repeat(36)} and github_pat_${'B'.repeat(30)}`)).toBe(`${REDACTED} and ${REDACTED}`);
    expect(redact('id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJlLWJ5dGVz end')).toBe(`id ${REDACTED} end`);
    expect(redact('could not reach postgres://app:hunter2@db:5432/app')).toBe(`could not reach postgres://app:${REDACTED}@db:5432/app`);
  });

  it('tells each listener of every secret, those registered before it included', () => {
    registerSecret('first-secret');
    const heard: string[] = [];
    onSecret((secret) => heard.push(secret));
    registerSecret('second-secret');
    registerSecret('second-secret');
    expect(heard).toEqual(['first-secret', 'second-secret']);
  });

  it('takes the password and secret-like parameters of a URL setting, and copies a report with every string redacted', () => {
    registerUrlCredentials('postgres://ci:pa%24%24word@db/app?sslpassword=another-one');
    const report = { findings: [{ message: 'pa$$word leaked', data: { url: 'x?k=another-one' } }], count: 2 };
    expect(redactDeep(report)).toEqual({ findings: [{ message: `${REDACTED} leaked`, data: { url: `x?k=${REDACTED}` } }], count: 2 });
    expect(report.findings[0].message).toBe('pa$$word leaked');
  });
});
