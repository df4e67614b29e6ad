import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  require_picomatch
} from "./chunk-chunk-AE2HRXUO.js";
import {
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// src/core/rules/settings.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function ruleSettingsResolver(config) {
  const overrides = config.overrides.map((override) => ({
    matches: (0, import_picomatch.default)(override.files, { dot: true }),
    rules: override.rules
  }));
  const base = toSettings(config.rules);
  return (file) => {
    let settings = base;
    for (const override of overrides) {
      if (!override.matches(file)) continue;
      settings = { ...settings };
      for (const [rule, ruleConfig] of Object.entries(override.rules)) {
        const current = settings[rule];
        const { severity, options } = splitRuleConfig(ruleConfig);
        settings[rule] = {
          severity: severity ?? current?.severity ?? "default",
          options: { ...current?.options, ...options }
        };
      }
    }
    return settings;
  };
}
function toSettings(rules) {
  const settings = {};
  for (const [rule, ruleConfig] of Object.entries(rules)) {
    const { severity, options } = splitRuleConfig(ruleConfig);
    settings[rule] = { severity: severity ?? "default", options };
  }
  return settings;
}
function splitRuleConfig(ruleConfig) {
  const { severity, ...options } = ruleConfig;
  return { severity, options };
}
function severityFor(meta, configured, graded) {
  if (configured === "off") return void 0;
  if (configured === void 0 || configured === "default") return graded ?? meta.severity;
  return configured;
}

export {
  ruleSettingsResolver,
  severityFor
};
