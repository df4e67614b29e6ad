/**
 * Just enough GraphQL to answer as GitHub does for the queries the action sends: a parser for operations made of
 * fields, arguments (input objects included) and variables (no fragments or aliases), queries and mutations, and
 * an executor over objects whose fields
 * are functions. A field the object lacks is answered with GitHub's own error ("Field 'x' doesn't exist on type
 * 'Y'"), so a query asking for something GitHub does not have fails here as it would there.
 */

export type GraphqlValue = string | number | boolean | null | GraphqlObject | readonly GraphqlValue[];

export type GraphqlArguments = Record<string, unknown>;

export interface GraphqlObject {
  typename: string;
  fields: Record<string, (args: GraphqlArguments) => GraphqlValue>;
}

export interface GraphqlError {
  message: string;
  path?: string[];
  type?: string;
}

export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: GraphqlError[];
}

interface Field {
  name: string;
  args: Record<string, ArgumentValue>;
  selections?: Field[];
}

type ArgumentValue = { variable: string } | { literal: unknown } | { object: Record<string, ArgumentValue> };

interface VariableDefinition {
  name: string;
  type: string;
}

interface Operation {
  kind: 'query' | 'mutation';
  variables: VariableDefinition[];
  selections: Field[];
}

/** A request GitHub would reject before running it: the answer carries only errors. */
class GraphqlRequestError extends Error {}

/** Resolving went wrong at a field: GitHub answers `data: null` with the error and its path. */
class GraphqlFieldError extends Error {
  constructor(
    message: string,
    readonly path: string[],
    readonly type?: string,
  ) {
    super(message);
  }
}

/** The two roots an operation starts from: `query { … }` reads from `query`, `mutation { … }` changes through `mutation`. */
export interface GraphqlRoots {
  query: GraphqlObject;
  mutation: GraphqlObject;
}

export function answerGraphql(request: { query: string; variables?: Record<string, unknown> }, roots: GraphqlRoots): GraphqlAnswer {
  let operation: Operation;
  let variables: Record<string, unknown>;
  try {
    operation = parseOperation(request.query);
    variables = checkVariables(operation.variables, request.variables ?? {});
  } catch (error) {
    if (error instanceof GraphqlRequestError) return { errors: [{ message: error.message }] };
    throw error;
  }
  try {
    return { data: selectFields(roots[operation.kind], operation.selections, variables, []) };
  } catch (error) {
    if (!(error instanceof GraphqlFieldError)) throw error;
    return { data: null, errors: [{ message: error.message, path: error.path, ...(error.type === undefined ? {} : { type: error.type }) }] };
  }
}

/**
 * For a field resolver: what GitHub answers at that field, e.g. a `first` over 100 or an object that does not exist.
 * `type` is GitHub's error type (`NOT_FOUND`, `EXCESSIVE_PAGINATION`, …).
 */
export function raiseFieldError(message: string, type: string): never {
  throw new GraphqlFieldError(message, [], type);
}

function selectFields(object: GraphqlObject, fields: readonly Field[], variables: Record<string, unknown>, path: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const fieldPath = [...path, field.name];
    const resolve = object.fields[field.name];
    if (resolve === undefined) throw new GraphqlFieldError(`Field '${field.name}' doesn't exist on type '${object.typename}'`, fieldPath, 'undefinedField');
    let value: GraphqlValue;
    try {
      value = resolve(argumentValues(field.args, variables));
    } catch (error) {
      if (error instanceof GraphqlFieldError && error.path.length === 0) throw new GraphqlFieldError(error.message, fieldPath, error.type);
      throw error;
    }
    result[field.name] = shape(value, field, variables, fieldPath);
  }
  return result;
}

function shape(value: GraphqlValue, field: Field, variables: Record<string, unknown>, path: string[]): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item: GraphqlValue) => shape(item, field, variables, path));
  if (typeof value === 'object' && 'typename' in value) {
    if (field.selections === undefined) throw new GraphqlFieldError(`Field must have selections (field '${field.name}' returns ${value.typename} but has no selections.)`, path);
    return selectFields(value, field.selections, variables, path);
  }
  if (field.selections !== undefined) throw new GraphqlFieldError(`Selections can't be made on scalars (field '${field.name}')`, path);
  return value;
}

function argumentValues(args: Record<string, ArgumentValue>, variables: Record<string, unknown>): GraphqlArguments {
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [name, valueOf(value, variables)]));
}

function valueOf(value: ArgumentValue, variables: Record<string, unknown>): unknown {
  if ('variable' in value) return variables[value.variable] ?? null;
  if ('object' in value) return argumentValues(value.object, variables);
  return value.literal;
}

const SCALAR_CHECKS: Record<string, (value: unknown) => boolean> = {
  String: (value) => typeof value === 'string',
  ID: (value) => typeof value === 'string',
  Int: (value) => Number.isInteger(value),
  Boolean: (value) => typeof value === 'boolean',
};

function checkVariables(definitions: readonly VariableDefinition[], given: Record<string, unknown>): Record<string, unknown> {
  for (const { name, type } of definitions) {
    const required = type.endsWith('!');
    const scalar = type.replace(/!$/, '');
    const value = given[name];
    const check = SCALAR_CHECKS[scalar];
    if (check === undefined) throw new GraphqlRequestError(`the test server knows no variable type ${type} (for $${name})`);
    if (value === undefined || value === null) {
      if (required) throw new GraphqlRequestError(`Variable $${name} of type ${type} was provided invalid value`);
      continue;
    }
    if (!check(value)) throw new GraphqlRequestError(`Variable $${name} of type ${type} was provided invalid value`);
  }
  return given;
}

// ---- parsing -------------------------------------------------------------------------------------------------

const TOKEN = /\s*(?:(\.\.\.)|([{}():!$,[\]=@])|([_A-Za-z][_0-9A-Za-z]*)|(-?\d+)|("(?:[^"\\]|\\.)*"))/y;

interface Token {
  text: string;
  kind: 'punctuation' | 'name' | 'int' | 'string';
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const text = source.replace(/#[^\n]*/g, '');
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (match === null) throw new GraphqlRequestError(`Parse error on "${text.slice(start, start + 10).trim()}" (the test server's GraphQL subset)`);
    const [, spread, punctuation, name, int, string] = match;
    if (spread !== undefined) throw new GraphqlRequestError('the test server answers no fragments (`...`): ask for the fields directly');
    if (punctuation !== undefined && punctuation !== ',') tokens.push({ text: punctuation, kind: 'punctuation' });
    if (name !== undefined) tokens.push({ text: name, kind: 'name' });
    if (int !== undefined) tokens.push({ text: int, kind: 'int' });
    if (string !== undefined) tokens.push({ text: string, kind: 'string' });
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  operation(): Operation {
    let variables: VariableDefinition[] = [];
    let kind: Operation['kind'] = 'query';
    if (this.peek()?.text === 'subscription') throw new GraphqlRequestError('the test server answers queries and mutations only, not a subscription');
    if (this.peek()?.text === 'query' || this.peek()?.text === 'mutation') {
      kind = this.peek()?.text as Operation['kind'];
      this.position += 1;
      if (this.peek()?.kind === 'name') this.position += 1;
      if (this.peek()?.text === '(') variables = this.variableDefinitions();
    }
    const selections = this.selectionSet();
    if (this.position !== this.tokens.length) throw new GraphqlRequestError(`Parse error on "${this.peek()?.text}": one operation per request`);
    return { kind, variables, selections };
  }

  private variableDefinitions(): VariableDefinition[] {
    this.expect('(');
    const definitions: VariableDefinition[] = [];
    while (this.peek()?.text !== ')') {
      this.expect('$');
      const name = this.name();
      this.expect(':');
      const typeName = this.name();
      const nonNull = this.peek()?.text === '!';
      if (nonNull) this.position += 1;
      definitions.push({ name, type: nonNull ? `${typeName}!` : typeName });
    }
    this.expect(')');
    return definitions;
  }

  private selectionSet(): Field[] {
    this.expect('{');
    const fields: Field[] = [];
    while (this.peek()?.text !== '}') fields.push(this.field());
    this.expect('}');
    if (fields.length === 0) throw new GraphqlRequestError('Parse error: an empty selection set');
    return fields;
  }

  private field(): Field {
    const name = this.name();
    if (this.peek()?.text === ':') throw new GraphqlRequestError(`the test server answers no aliases (${name}:)`);
    const args: Record<string, ArgumentValue> = {};
    if (this.peek()?.text === '(') {
      this.position += 1;
      while (this.peek()?.text !== ')') {
        const argument = this.name();
        this.expect(':');
        args[argument] = this.value();
      }
      this.expect(')');
    }
    const selections = this.peek()?.text === '{' ? this.selectionSet() : undefined;
    return selections === undefined ? { name, args } : { name, args, selections };
  }

  private value(): ArgumentValue {
    const token = this.next();
    if (token.text === '$') return { variable: this.name() };
    if (token.text === '{') {
      // An input object (`input: {threadId: $id}`), as mutations take their arguments.
      const object: Record<string, ArgumentValue> = {};
      while (this.peek()?.text !== '}') {
        const field = this.name();
        this.expect(':');
        object[field] = this.value();
      }
      this.expect('}');
      return { object };
    }
    if (token.kind === 'int') return { literal: Number(token.text) };
    if (token.kind === 'string') return { literal: JSON.parse(token.text) as string };
    if (token.text === 'null') return { literal: null };
    if (token.text === 'true' || token.text === 'false') return { literal: token.text === 'true' };
    throw new GraphqlRequestError(`Parse error on "${token.text}": the test server takes variables, integers, strings, booleans and null as arguments`);
  }

  private name(): string {
    const token = this.next();
    if (token.kind !== 'name') throw new GraphqlRequestError(`Parse error on "${token.text}": expected a name`);
    return token.text;
  }

  private expect(text: string): void {
    const token = this.next();
    if (token.text !== text) throw new GraphqlRequestError(`Parse error on "${token.text}": expected "${text}"`);
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (token === undefined) throw new GraphqlRequestError('Parse error: the query ends too early');
    this.position += 1;
    return token;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }
}

function parseOperation(query: string): Operation {
  return new Parser(tokenize(query)).operation();
}
