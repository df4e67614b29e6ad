import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  DatabaseError
} from "./chunk-chunk-P3IEJWAB.js";
import {
  registerSecret
} from "./chunk-chunk-V4K7GZ5P.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";

// src/postgres/db/redact-secrets.ts
var REDACTED = "[redacted]";
function redactSecrets(text, secrets) {
  return [...secrets].sort((a, b) => b.length - a.length).reduce((redacted, secret) => redacted.split(secret).join(REDACTED), text);
}

// src/postgres/db/connection-error.ts
var URL_FIX = "Fix the database URL (keep it in a secret, e.g. database-url: ${{ secrets.DATABASE_URL }}).";
function connectionError(error, address, connectTimeoutMs) {
  const { problem, fix } = diagnose(error, address, connectTimeoutMs);
  const message = `database-url: cannot connect to ${address.location}: ${problem}. ${fix}`;
  return new UsageError(redactSecrets(message, address.secrets));
}
function diagnose(error, address, connectTimeoutMs) {
  const code = errorCode(error);
  const text = error instanceof Error ? error.message : String(error);
  const hostPort = address.hostPortDatabase.slice(0, address.hostPortDatabase.lastIndexOf("/"));
  switch (code) {
    case "ECONNREFUSED":
      return { problem: `connection refused (nothing listens on ${hostPort})`, fix: "Start the server, or fix the host and port in the database URL." };
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return {
        problem: `the host '${address.host}' is unknown (DNS lookup failed)`,
        fix: "Fix the host name in the database URL; a GitHub Actions service container mapped to a port is reached as localhost."
      };
    case "28P01":
      return { problem: `password authentication failed for user "${address.user}"`, fix: `Give the right user and password. ${URL_FIX}` };
    case "28000":
      return { problem: `the server refused the login: ${text}`, fix: "Allow this client in pg_hba.conf, or connect as a user that may log in." };
    case "3D000":
      return { problem: `database "${address.database}" does not exist`, fix: "Create it, or fix the database name at the end of the URL." };
    default:
      break;
  }
  if (/timeout/i.test(text)) {
    return {
      problem: `no answer within ${connectTimeoutMs / 1e3}s`,
      fix: `Check that ${hostPort} is reachable from this machine (firewall, VPN, security group) and that the host and port are right.`
    };
  }
  if (/SASL|password must be a string/i.test(text)) {
    return { problem: "the server asks for a password and the URL gives none", fix: `Put the password in the URL or in PGPASSWORD. ${URL_FIX}` };
  }
  return { problem: text, fix: URL_FIX };
}
function errorCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return void 0;
  return typeof error.code === "string" ? error.code : void 0;
}

// src/postgres/db/database-url.ts
var SCHEMES = /* @__PURE__ */ new Set(["postgres:", "postgresql:"]);
var DEFAULT_PORT = 5432;
var EXPECTED_FORM = "postgres://USER:PASSWORD@HOST:PORT/DATABASE";
function describeDatabaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`database-url: the value is not a URL (not shown: it may hold a password). Expected ${EXPECTED_FORM}, e.g. postgres://ci:ci@localhost:5432/app.`);
  }
  if (!SCHEMES.has(parsed.protocol)) {
    throw new UsageError(`database-url: the scheme is '${parsed.protocol}'; expected ${EXPECTED_FORM} (postgres:// or postgresql://).`);
  }
  const host = parsed.hostname.replace(/^\[(.+)\]$/, "$1") || "localhost";
  const port = parsed.port === "" ? DEFAULT_PORT : Number(parsed.port);
  const user = decodeURIComponent(parsed.username) || (process.env.PGUSER ?? "postgres");
  const database = decodeURIComponent(parsed.pathname.slice(1)) || user;
  const hostPort = `${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    location: `${parsed.protocol}//${encodeURIComponent(user)}@${hostPort}/${encodeURIComponent(database)}`,
    hostPortDatabase: `${hostPort}/${database}`,
    host,
    port,
    database,
    user,
    secrets: passwordForms(parsed)
  };
}
function passwordForms(parsed) {
  const written = [parsed.password, parsed.searchParams.get("password") ?? "", process.env.PGPASSWORD ?? ""];
  const forms = [...new Set(written.flatMap((secret) => [secret, safeDecode(secret)]).filter((secret) => secret.length > 0))];
  for (const secret of forms) registerSecret(secret);
  return forms;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// src/postgres/db/server-database.ts
var DEFAULT_CONNECT_TIMEOUT_MS = 1e4;
var IDENTITY_SQL = "SELECT pg_catalog.current_setting('server_version') AS version, pg_catalog.current_setting('server_version_num')::int AS num";
async function openServerDatabase(url, options = {}) {
  const address = describeDatabaseUrl(url);
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  const { default: pg } = await import("./chunk-esm-LXXPQM3Z.js");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs, application_name: "predator-guard" });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => void 0);
    throw connectionError(error, address, connectTimeoutMs);
  }
  try {
    return await serverDatabase(client, address, { closeClient: true });
  } catch (error) {
    await client.end().catch(() => void 0);
    throw error;
  }
}
async function serverDatabase(client, address, { closeClient }) {
  const scrubbed = (error) => asDatabaseError(error, address.secrets);
  let identity;
  try {
    [identity] = (await client.query(IDENTITY_SQL)).rows;
  } catch (error) {
    throw scrubbed(error);
  }
  return {
    identity: {
      kind: "server",
      // `15.18 (Debian 15.18-1.pgdg120+1)`: the first word is the release.
      version: `PostgreSQL ${identity.version.split(" ")[0]}`,
      versionNum: identity.num,
      location: address.location
    },
    async run(sql) {
      try {
        return (await client.query(sql)).rows;
      } catch (error) {
        throw scrubbed(error);
      }
    },
    async query(sql, params = []) {
      try {
        return (await client.query(sql, [...params])).rows;
      } catch (error) {
        throw scrubbed(error);
      }
    },
    async close() {
      if (closeClient) await client.end().catch(() => void 0);
    }
  };
}
function passedInServerDatabase(client) {
  const host = client.host || "localhost";
  const user = client.user ?? "postgres";
  const database = client.database ?? user;
  const hostPort = `${host.includes(":") ? `[${host}]` : host}:${client.port}`;
  const address = {
    location: `postgres://${encodeURIComponent(user)}@${hostPort}/${encodeURIComponent(database)}`,
    hostPortDatabase: `${hostPort}/${database}`,
    host,
    port: client.port,
    database,
    user,
    secrets: typeof client.password === "string" && client.password !== "" ? [client.password] : []
  };
  return serverDatabase(client, address, { closeClient: false });
}
function asDatabaseError(error, secrets) {
  const fields = typeof error === "object" && error !== null ? error : {};
  const text = redactSecrets(error instanceof Error ? error.message : String(error), secrets);
  const code = typeof fields.code === "string" ? fields.code : void 0;
  const position = typeof fields.position === "string" && fields.position !== "" ? Number(fields.position) : void 0;
  return new DatabaseError(text, code, position);
}

export {
  openServerDatabase,
  passedInServerDatabase
};
