import { visit, type Document } from 'yaml';

/**
 * The source offset ranges of every string value (not key) in the documents, or none at all when a document does
 * not parse: template syntax that breaks the YAML structure makes the whole file a template.
 */
export function stringValueRanges(documents: readonly Document[]): [number, number][] {
  if (documents.some((document) => document.errors.length > 0)) return [];
  const ranges: [number, number][] = [];
  for (const document of documents) {
    visit(document, {
      Scalar(key, node) {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
        ranges.push([node.range[0], node.range[1]]);
      },
    });
  }
  return ranges;
}

