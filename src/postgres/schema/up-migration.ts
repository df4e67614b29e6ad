/** Markers of migration tools that keep the up and down migrations in one file. */
const UP = /^\s*--\s*(?:migrate:up|\+goose\s+up)\b/i;
const DOWN = /^\s*--\s*(?:migrate:down|\+goose\s+down)\b/i;

/**
 * dbmate (`-- migrate:up` / `-- migrate:down`) and goose (`-- +goose Up` / `-- +goose Down`) write both directions in
 * one file; applying it whole would undo the migration. Only the up part is kept, the other lines are blanked so
 * line numbers stay the file's. A file without the markers is returned as it is.
 */
export function upMigration(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line) => UP.test(line))) return text;
  let inUp = false;
  return lines
    .map((line) => {
      if (UP.test(line)) inUp = true;
      else if (DOWN.test(line)) inUp = false;
      else if (inUp) return line;
      return '';
    })
    .join('\n');
}
