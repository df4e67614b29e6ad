import { REPORT_FORMATS, renderJson, renderMarkdown, renderReport, renderSarif, renderText } from '../../src/render/index.js';
import { describeRules } from '../../src/core/rules/catalog.js';
import { realisticReport } from './sample-report.js';

describe('renderReport', () => {
  const report = realisticReport();
  const rules = describeRules().filter((rule) => rule.analyzer === 'review');

  it('hands each format the options that concern it', () => {
    const options = { color: true, analyzer: 'review', linkBase: 'https://github.com/o/r/blob/abc/', rules, root: '/srv/checkout' } as const;
    expect(renderReport(report, 'text', options)).toBe(renderText(report, { color: true }));
    expect(renderReport(report, 'json', options)).toBe(renderJson(report));
    expect(renderReport(report, 'sarif', options)).toBe(renderSarif(report, { rules, root: '/srv/checkout' }));
    expect(renderReport(report, 'markdown', options)).toBe(
      renderMarkdown(report, { analyzer: 'review', linkBase: 'https://github.com/o/r/blob/abc/' }),
    );
  });

  it('renders every listed format with no options at all', () => {
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'sarif', 'markdown']);
    const outputs = REPORT_FORMATS.map((format) => renderReport(report, format));
    expect(new Set(outputs).size).toBe(REPORT_FORMATS.length);
    expect(outputs[0]).toBe(renderText(report));
    expect(outputs[2]).toBe(renderSarif(report, { rules: [] }));
  });
});
