import { checkSnippet, ruleLines } from '../../helpers/migration-snippet.js';

describe('constraint-without-not-valid', () => {
  it('reports FOREIGN KEY and CHECK added without NOT VALID; NOT VALID, VALIDATE, UNIQUE and a new table are quiet', async () => {
    const sql = [
      'ALTER TABLE payments ADD CONSTRAINT payments_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id);',
      'ALTER TABLE payments ADD CHECK (amount > 0);',
      'ALTER TABLE payments ADD CONSTRAINT payments_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      'ALTER TABLE payments VALIDATE CONSTRAINT payments_user_fk;',
      'ALTER TABLE payments ADD CONSTRAINT payments_positive CHECK (amount > 0) NOT VALID;',
      'CREATE TABLE ledgers (id int, payment_id int);',
      'ALTER TABLE ledgers ADD FOREIGN KEY (payment_id) REFERENCES payments (id);',
    ].join('\n');
    expect(await ruleLines('constraint-without-not-valid', sql)).toEqual([
      'm.sql:1:1 constraint-without-not-valid ALTER TABLE payments ADD CONSTRAINT payments_invoice_fk FOREIGN KEY without NOT VALID: every row is checked while it holds SHARE ROW EXCLUSIVE on payments and invoices; writes wait, reads go on.',
      'm.sql:2:1 constraint-without-not-valid ALTER TABLE payments ADD CONSTRAINT CHECK without NOT VALID: every row is checked while it holds ACCESS EXCLUSIVE on payments; reads and writes wait.',
    ]);
  });
});
