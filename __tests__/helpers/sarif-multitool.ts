import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** SARIF2006 would fetch every helpUri from the network: the validation must reach nothing beyond this machine. */
const OFFLINE_POLICY = `<?xml version="1.0" encoding="utf-8" ?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

const OFFLINE_ENV = {
  ...process.env,
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '',
};

interface ValidationLog {
  runs: { results?: { ruleId: string; level?: string; message: { arguments?: string[] } }[] }[];
}

/**
 * Validates a SARIF text with Microsoft's SARIF Multitool, GitHub's rules included, as __tests__/render/sarif.test.ts
 * does; returns the errors and warnings it found (none for a valid log) and the tool's exit status.
 */
export function validateSarif(sarif: string): { status: number | null; stderr: string; problems: string[] } {
  const directory = mkdtempSync(path.join(tmpdir(), 'predator-guard-sarif-'));
  try {
    const input = path.join(directory, 'report.sarif');
    const output = path.join(directory, 'validation.sarif');
    const policy = path.join(directory, 'policy.xml');
    writeFileSync(input, sarif);
    writeFileSync(policy, OFFLINE_POLICY);
    const args = ['validate', input, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--output', output, '--log', 'ForceOverwrite', '--config', policy];
    const run = spawnSync(multitoolPath(), args, { encoding: 'utf8', env: OFFLINE_ENV });
    const validation = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
    const problems = validation.runs
      .flatMap((entry) => entry.results ?? [])
      .filter((result) => result.level === 'error' || result.level === 'warning')
      .map((result) => `${result.level} ${result.ruleId}: ${(result.message.arguments ?? []).join(' | ')}`);
    return { status: run.status, stderr: run.stderr, problems };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function multitoolPath(): string {
  const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}
