import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);

// src/core/secrets.ts
var REDACTED = "[redacted]";
var SHORTEST_SECRET = 6;
var registered = /* @__PURE__ */ new Set();
var listeners = [];
var CREDENTIAL_SHAPES = [
  // `Authorization: token X`, `"authorization":"Bearer X"`, `Proxy-Authorization = Basic X`
  [/((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|token|basic)\s+)?[^\s"',}]+/gi, `$1${REDACTED}`],
  [/\b(bearer|token)\s+[A-Za-z0-9._~+/-]{16,}=*/gi, `$1 ${REDACTED}`],
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, REDACTED],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, REDACTED],
  // scheme://user:password@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:)[^\s/@]+@/gi, `$1${REDACTED}@`]
];
function registerSecret(value) {
  if (typeof value !== "string") return;
  const secret = value.trim();
  if (secret.length < SHORTEST_SECRET || registered.has(secret)) return;
  registered.add(secret);
  for (const listener of listeners) listener(secret);
  for (const form of [JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
    if (form !== secret && !registered.has(form)) {
      registered.add(form);
      for (const listener of listeners) listener(form);
    }
  }
}
function onSecret(listener) {
  listeners.push(listener);
  for (const secret of registered) listener(secret);
}
function redact(text) {
  let result = text;
  for (const secret of [...registered].sort((a, b) => b.length - a.length)) {
    if (result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  for (const [shape, replacement] of CREDENTIAL_SHAPES) result = result.replace(shape, replacement);
  return result;
}
function redactDeep(value) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item)]));
  }
  return value;
}
function registerUrlCredentials(text) {
  if (typeof text !== "string") return;
  let url;
  try {
    url = new URL(text);
  } catch {
    return;
  }
  const values = [url.password, ...[...url.searchParams].filter(([key]) => /pass|secret|token|key/i.test(key)).map(([, value]) => value)];
  for (const value of values) {
    registerSecret(value);
    try {
      registerSecret(decodeURIComponent(value));
    } catch {
    }
  }
}

export {
  registerSecret,
  onSecret,
  redact,
  redactDeep,
  registerUrlCredentials
};
