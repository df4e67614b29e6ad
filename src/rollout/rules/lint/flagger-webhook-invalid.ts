import { analysisEntries } from '../../lint/flagger-canary.js';
import { defineLintRule, type LintReport } from '../../lint/lint-rule.js';
import { fieldPathText } from '../../lint/manifest.js';
import { asString } from '../../lint/plain-data.js';

/** The webhook types of Flagger's Canary schema; an empty type is a rollout hook. */
const WEBHOOK_TYPES = ['', 'confirm-rollout', 'pre-rollout', 'rollout', 'confirm-promotion', 'post-rollout', 'event', 'rollback', 'confirm-traffic-increase'];

/**
 * A Canary webhook the API server or Flagger refuses: a type the schema does not list, no name, or a url that is
 * not an absolute http(s) URL (Flagger posts to it; a relative or misspelt one fails every call, and a failing
 * pre-rollout or rollout hook counts as a failed check).
 */
export const flaggerWebhookInvalid = defineLintRule({
  meta: {
    id: 'flagger-webhook-invalid',
    category: 'configuration',
    severity: 'error',
    description: 'A Flagger Canary webhook with a type the schema does not list, without a name, or whose url is not an absolute http(s) URL.',
    summary: 'a Flagger webhook with an unknown type, no name, or a url that is not http(s)',
  },
  check(manifest) {
    if (manifest.kind !== 'Canary') return [];
    return analysisEntries(manifest, 'webhooks').flatMap(({ entry, path }) => {
      const reports: LintReport[] = [];
      const name = asString(entry.name) ?? '';
      if (name === '') reports.push({ path, message: `${fieldPathText(path)} has no name; Flagger needs one to report the hook.`, suggestion: 'Give the webhook a name.' });
      const type = entry.type === undefined ? '' : asString(entry.type);
      if (type === undefined || !WEBHOOK_TYPES.includes(type)) {
        reports.push({ path: [...path, 'type'], message: `${fieldPathText([...path, 'type'])} is ${JSON.stringify(entry.type)}, not a Flagger webhook type (${WEBHOOK_TYPES.filter(Boolean).join(', ')}).`, suggestion: 'Use one of the listed types, or leave type out for a rollout hook.' });
      }
      const url = asString(entry.url);
      if (!isHttpUrl(url)) {
        reports.push({ path: entry.url === undefined ? path : [...path, 'url'], message: `${fieldPathText([...path, 'url'])} is ${url === undefined ? 'missing' : JSON.stringify(url)}: Flagger posts to the webhook, so it needs an absolute http:// or https:// URL.`, suggestion: 'Write the full URL, such as http://flagger-loadtester.test/.' });
      }
      return reports;
    });
  },
});

function isHttpUrl(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
