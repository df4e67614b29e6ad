import ts from 'typescript';
const text = process.argv[2];
const sf = ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, true);
const visit = (n) => {
  if (ts.isCatchClause(n)) {
    const b = n.block;
    const open = b.getStart(sf) + 1;
    console.log('catch', n.getStart(sf), n.end, 'block', b.getStart(sf), b.end, b.statements.length, 'stmts.pos', b.statements.pos,
      JSON.stringify(ts.getLeadingCommentRanges(text, open)), JSON.stringify(ts.getLeadingCommentRanges(text, b.statements.pos)));
  }
  ts.forEachChild(n, visit);
};
visit(sf);
