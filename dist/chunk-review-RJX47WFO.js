import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  filesToReview
} from "./chunk-chunk-7GR3GRYH.js";
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  fileKind,
  reviewFile
} from "./chunk-chunk-CIBMLUS2.js";
import "./chunk-chunk-ADCLMAM6.js";
import {
  ruleSettingsResolver
} from "./chunk-chunk-UM3XXW2D.js";
import {
  detectLanguage
} from "./chunk-chunk-ZEOJJT5H.js";
import {
  require_picomatch
} from "./chunk-chunk-AE2HRXUO.js";
import {
  __commonJS,
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        if (path3 in cache) {
          return cache[path3];
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/review/files/collect-files.ts
var import_ignore = __toESM(require_ignore(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";

// src/review/files/git-files.ts
import { execFileSync } from "node:child_process";

// src/review/files/vendored-libraries.ts
var WELL_KNOWN_LIBRARY = /(^|\/)(jquery([.-][a-z][\w-]*)*|underscore|backbone|lodash|modernizr|d3|handlebars|mustache|knockout|moment|mootools)([.-]v?\d+(\.\d+)*)?([.-]min)?\.[cm]?js$/i;
function isWellKnownLibrary(file) {
  return WELL_KNOWN_LIBRARY.test(file);
}

// src/review/files/git-files.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
var MAX_BUFFER = 512 * 1024 * 1024;
function git(directory, args, input) {
  try {
    return execFileSync("git", ["-C", directory, ...args], { input, maxBuffer: MAX_BUFFER, stdio: ["pipe", "pipe", "ignore"] });
  } catch {
    return void 0;
  }
}
function gitListing(directory) {
  if (git(directory, ["rev-parse", "--is-inside-work-tree"])?.toString("utf8").trim() !== "true") return void 0;
  const tracked = git(directory, ["ls-files", "-z", "--cached"]);
  const others = git(directory, ["ls-files", "-z", "--others", "--exclude-standard"]);
  if (!tracked || !others) return void 0;
  const listing = { files: [], untracked: /* @__PURE__ */ new Set(), nonUtf8: [] };
  const seen = /* @__PURE__ */ new Set();
  const trackedCount = splitNul(tracked).length;
  for (const [index, entry] of [...splitNul(tracked), ...splitNul(others)].entries()) {
    let name;
    try {
      name = strictUtf8.decode(entry);
    } catch {
      listing.nonUtf8.push({ shown: entry.toString("utf8"), bytes: entry });
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    listing.files.push(name);
    if (index >= trackedCount) listing.untracked.add(name);
  }
  return listing;
}
function linguistMarks(directory, files) {
  const marks = /* @__PURE__ */ new Map();
  if (files.length === 0) return marks;
  const input = Buffer.from(`${files.join("\0")}\0`, "utf8");
  const output = git(directory, ["check-attr", "-z", "--stdin", "linguist-generated", "linguist-vendored"], input);
  const keptVendored = /* @__PURE__ */ new Set();
  const fields = output ? splitNul(output).map((field) => field.toString("utf8")) : [];
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const [file, attribute, value] = [fields[index], fields[index + 1], fields[index + 2]];
    if ((value === "set" || value === "true") && !marks.has(file)) marks.set(file, { mark: attribute, detail: ".gitattributes" });
    if ((value === "unset" || value === "false") && attribute === "linguist-vendored") keptVendored.add(file);
  }
  for (const file of files) {
    if (!marks.has(file) && !keptVendored.has(file) && isWellKnownLibrary(file)) {
      marks.set(file, { mark: "linguist-vendored", detail: "a well-known library's file name" });
    }
  }
  return marks;
}
function splitNul(output) {
  const parts = [];
  let start = 0;
  for (let at = output.indexOf(0, start); at !== -1; at = output.indexOf(0, start)) {
    if (at > start) parts.push(output.subarray(start, at));
    start = at + 1;
  }
  if (start < output.length) parts.push(output.subarray(start));
  return parts;
}

// src/review/files/collect-files.ts
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "third_party",
  "third-party",
  ".git",
  ".hg",
  ".svn",
  ".venv",
  "venv",
  ".tox",
  ".nox",
  "__pycache__",
  "site-packages",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  "dist",
  "build",
  "out",
  "coverage",
  ".next",
  ".nuxt",
  ".turbo",
  ".cache",
  "__generated__",
  "generated"
]);
var MINIFIED = /\.min\.[cm]?js$/;
var GLOB_CHARS = /[*?[\]{}!]/;
function collectFiles(options) {
  const selection = { files: [], skipped: [] };
  const seenFiles = /* @__PURE__ */ new Set();
  const included = options.include.length > 0 ? (0, import_picomatch.default)([...options.include], { dot: true }) : () => true;
  const excluded = options.exclude.length > 0 ? (0, import_picomatch.default)([...options.exclude], { dot: true }) : () => false;
  const relative = (absolute) => toPosix(path.relative(options.root, absolute)) || path.basename(absolute);
  const onlyFiles = options.onlyFiles;
  const foldersToEnter = onlyFiles ? ancestorFolders(onlyFiles) : void 0;
  const addFile = (absolute, size, explicit, account = false) => {
    const file = relative(absolute);
    const language = detectLanguage(file);
    if (!language || onlyFiles && !onlyFiles.has(file)) return;
    if (!explicit) {
      const reason = MINIFIED.test(file) ? "minified" : !included(file) ? "not in include" : excluded(file) ? "matches exclude" : void 0;
      if (reason !== void 0) {
        if (account) selection.skipped.push(reason === "minified" ? { file, reason } : { file, reason: "excluded", detail: `${reason} (config)` });
        return;
      }
    }
    let real;
    try {
      real = realpathSync(absolute);
    } catch {
      selection.skipped.push({ file, reason: "broken-symlink" });
      return;
    }
    if (seenFiles.has(real)) {
      if (real !== absolute) selection.skipped.push({ file, reason: "duplicate-symlink", detail: relative(real) });
      return;
    }
    seenFiles.add(real);
    selection.files.push({ file, absolute, language, size });
  };
  const walk = (directory, layers, onFile) => {
    const listing = gitListing(directory);
    if (listing) {
      listFromGit(directory, listing, {
        relative,
        skipped: selection.skipped,
        wanted: (absolute) => detectLanguage(absolute) !== void 0 && (!onlyFiles || onlyFiles.has(relative(absolute))),
        onFile: (absolute, size) => onFile(absolute, size, true)
      });
      return;
    }
    walkDirectory(directory, layers, /* @__PURE__ */ new Set([realpathSync(directory)]), {
      onFile: (absolute, size) => onFile(absolute, size, false),
      relative,
      skipped: selection.skipped,
      entersFolder: (folder) => !foldersToEnter || foldersToEnter.has(folder)
    });
  };
  for (const input of options.paths) {
    if (GLOB_CHARS.test(input)) {
      const before = selection.files.length;
      const matches = (0, import_picomatch.default)(toPosix(input), { dot: false });
      walk(options.root, [], (absolute2, size, fromGit) => {
        if (matches(relative(absolute2))) addFile(absolute2, size, false, fromGit);
      });
      if (selection.files.length === before && !onlyFiles) {
        throw new UsageError(`The glob '${input}' matches no Python or TypeScript/JavaScript file under ${relative(options.root) === "" ? "the repository" : options.root}. Check the pattern (globs are relative to the repository root).`);
      }
      continue;
    }
    const absolute = path.resolve(options.root, input);
    const stats = statOrUndefined(absolute);
    if (!stats) {
      throw new UsageError(`The path '${input}' does not exist. Pass files or directories that exist, relative to the current directory.`);
    }
    if (stats.isDirectory()) walk(absolute, ancestorGitignores(options.root, absolute), (file, size, fromGit) => addFile(file, size, false, fromGit));
    else if (stats.isFile()) addFile(absolute, stats.size, true);
    else selection.skipped.push({ file: relative(absolute), reason: "not-a-regular-file", detail: fileKind(stats) });
  }
  selection.files.sort((a, b) => a.file.localeCompare(b.file));
  if (onlyFiles) selection.skipped = selection.skipped.filter((skipped) => onlyFiles.has(skipped.file));
  return selection;
}
function listFromGit(directory, listing, sink) {
  for (const { shown, bytes } of listing.nonUtf8) {
    const absolute = path.join(directory, shown);
    if (sink.wanted(absolute)) sink.skipped.push({ file: sink.relative(absolute), reason: "non-utf8-file-name", detail: `the name's bytes are not UTF-8: ${escapeBytes(bytes)}` });
  }
  const dependency = (file) => listing.untracked.has(file) && file.split("/").slice(0, -1).some((folder) => SKIPPED_FOLDERS.has(folder));
  const files = listing.files.filter((file) => !dependency(file) && sink.wanted(path.join(directory, file)));
  const marks = linguistMarks(directory, files);
  for (const file of files.sort()) {
    const absolute = path.join(directory, file);
    const mark = marks.get(file);
    if (mark) {
      sink.skipped.push({ file: sink.relative(absolute), reason: mark.mark, detail: mark.detail });
      continue;
    }
    const stats = statOrUndefined(absolute);
    if (!stats) {
      const reason = brokenLinkReason(absolute);
      if (reason) sink.skipped.push({ file: sink.relative(absolute), reason });
      continue;
    }
    if (stats.isFile()) sink.onFile(absolute, stats.size);
    else if (!stats.isDirectory()) sink.skipped.push({ file: sink.relative(absolute), reason: "not-a-regular-file", detail: fileKind(stats) });
  }
}
function walkDirectory(directory, parentLayers, ancestors, sink) {
  const layers = withGitignore(directory, parentLayers);
  let entries;
  try {
    entries = utf8Names(directory, readdirSync(directory, { encoding: "buffer" }), sink).sort();
  } catch (error) {
    sink.skipped.push({ file: sink.relative(directory), reason: "unreadable", detail: error.code });
    return;
  }
  for (const name of entries) {
    const absolute = path.join(directory, name);
    const stats = statOrUndefined(absolute);
    if (!stats) {
      const reason = brokenLinkReason(absolute);
      if (reason) sink.skipped.push({ file: sink.relative(absolute), reason });
      continue;
    }
    if (isIgnored(layers, absolute, stats.isDirectory())) continue;
    if (stats.isFile()) {
      sink.onFile(absolute, stats.size);
      continue;
    }
    if (!stats.isDirectory()) {
      if (detectLanguage(name)) sink.skipped.push({ file: sink.relative(absolute), reason: "not-a-regular-file", detail: fileKind(stats) });
      continue;
    }
    if (!stats.isDirectory() || SKIPPED_FOLDERS.has(name) || !sink.entersFolder(sink.relative(absolute))) continue;
    const real = realpathSync(absolute);
    if (ancestors.has(real)) {
      sink.skipped.push({ file: sink.relative(absolute), reason: "symlink-loop", detail: `links back to ${sink.relative(real)}` });
      continue;
    }
    walkDirectory(absolute, layers, /* @__PURE__ */ new Set([...ancestors, real]), sink);
  }
}
var strictUtf82 = new TextDecoder("utf-8", { fatal: true });
function utf8Names(directory, names, sink) {
  const decoded = [];
  for (const name of names) {
    try {
      decoded.push(strictUtf82.decode(name));
    } catch {
      const shown = name.toString("utf8");
      sink.skipped.push({ file: sink.relative(path.join(directory, shown)), reason: "non-utf8-file-name", detail: `the name's bytes are not UTF-8: ${escapeBytes(name)}` });
    }
  }
  return decoded;
}
function escapeBytes(bytes) {
  return [...bytes].map((byte) => byte >= 32 && byte < 127 && byte !== 92 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`).join("");
}
function ancestorFolders(files) {
  const folders = /* @__PURE__ */ new Set();
  for (const file of files) {
    for (let slash = file.indexOf("/"); slash >= 0; slash = file.indexOf("/", slash + 1)) folders.add(file.slice(0, slash));
  }
  return folders;
}
function withGitignore(directory, layers) {
  let text;
  try {
    text = readFileSync(path.join(directory, ".gitignore"), "utf8");
  } catch {
    return layers;
  }
  return [...layers, { base: directory, rules: (0, import_ignore.default)().add(text) }];
}
function ancestorGitignores(root, directory) {
  const layers = [];
  const relativeDirectory = path.relative(root, directory);
  if (relativeDirectory.startsWith("..") || path.isAbsolute(relativeDirectory)) return layers;
  let current = root;
  const parts = relativeDirectory === "" ? [] : relativeDirectory.split(path.sep);
  for (const part of ["", ...parts.slice(0, -1)]) {
    current = part === "" ? current : path.join(current, part);
    layers.splice(0, layers.length, ...withGitignore(current, layers));
  }
  return layers;
}
function isIgnored(layers, absolute, directory) {
  for (const layer of layers) {
    const relativePath = toPosix(path.relative(layer.base, absolute));
    if (relativePath === "" || relativePath.startsWith("..")) continue;
    if (layer.rules.ignores(directory ? `${relativePath}/` : relativePath)) return true;
  }
  return false;
}
function brokenLinkReason(absolute) {
  try {
    if (!lstatSync(absolute).isSymbolicLink()) return void 0;
    statSync(absolute);
    return void 0;
  } catch (error) {
    return error.code === "ELOOP" ? "symlink-loop" : "broken-symlink";
  }
}
function statOrUndefined(absolute) {
  try {
    return statSync(absolute);
  } catch {
    return void 0;
  }
}
function toPosix(file) {
  return file.split(path.sep).join("/");
}

// src/review/review-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BYTES_PER_HELPER = { python: 512 * 1024, typescript: 4 * 1024 * 1024 };
var BATCH_SIZE = 8;
function workerScript() {
  const script = fileURLToPath(new URL("./review-worker.js", import.meta.url));
  return existsSync(script) ? script : void 0;
}
function threadCount(settings, files) {
  if (settings.workers !== "auto") return Math.max(1, Math.min(settings.workers, files.length));
  const helpers = files.reduce((total, file) => total + file.size / BYTES_PER_HELPER[file.language], 0);
  return Math.max(1, Math.min(availableParallelism(), 1 + Math.floor(helpers)));
}
async function reviewFiles(files, settings, script = workerScript()) {
  const queue = [];
  for (let index = 0; index < files.length; index += BATCH_SIZE) queue.push(files.slice(index, index + BATCH_SIZE));
  const helpers = script ? threadCount(settings, files) - 1 : 0;
  const outcomes = [];
  const helpersDone = Array.from({ length: helpers }, () => runHelper(script, settings, queue, outcomes));
  await reviewOnMainThread(settings, queue, outcomes);
  await Promise.all(helpersDone);
  await reviewOnMainThread(settings, queue, outcomes);
  return outcomes;
}
async function reviewOnMainThread(settings, queue, outcomes) {
  const settingsFor = ruleSettingsResolver(settings);
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    for (const candidate of batch) outcomes.push(await reviewFile(candidate, settingsFor(candidate.file), settings));
    await new Promise((resolve) => setImmediate(resolve));
  }
}
function runHelper(script, settings, queue, outcomes) {
  const setup = {
    rules: settings.rules,
    overrides: settings.overrides,
    maxFileSize: settings.maxFileSize,
    peerSuppressions: settings.peerSuppressions
  };
  return new Promise((resolve) => {
    const inFlight = [];
    let failure;
    let worker;
    try {
      worker = new Worker(script, { workerData: setup });
    } catch {
      resolve();
      return;
    }
    const feed = () => {
      const batch = queue.shift() ?? [];
      inFlight.push(...batch);
      worker.postMessage(batch);
    };
    worker.on("message", (response) => {
      inFlight.shift();
      outcomes.push(response.outcome);
      if (response.lastOfBatch) feed();
    });
    worker.on("error", (error) => {
      failure = (error instanceof Error ? error.message : String(error)).replace(/^\w*Error: /, "");
    });
    worker.on("exit", (code) => {
      const [current, ...rest] = inFlight;
      if (current) {
        const why = failure ?? `exit code ${code}`;
        outcomes.push({ file: current.file, findings: [], skipped: { file: current.file, reason: "review-failed", detail: `the helper thread reviewing it stopped: ${why.split("\n", 1)[0]}` }, bytes: 0 });
        for (let index = 0; index < rest.length; index += BATCH_SIZE) queue.push(rest.slice(index, index + BATCH_SIZE));
      }
      resolve();
    });
    feed();
    feed();
  });
}

// src/review/test-code.ts
import path2 from "node:path";
var DEFAULT_TEST_FILES = [
  "**/test_*.py",
  "**/*_test.py",
  "**/conftest.py",
  "**/*.test.*",
  "**/*.spec.*",
  "**/tests/**",
  "**/test/**",
  "**/__tests__/**",
  "**/fixtures/**",
  "**/__fixtures__/**",
  "**/__mocks__/**"
];
var TEST_CODE_SEVERITIES = {
  "nested-loop": "off",
  "await-in-loop": "off",
  "linear-lookup-in-loop": "off",
  "too-many-params": "off",
  "empty-catch": "notice",
  "bare-except": "notice",
  "broad-exception-caught": "notice"
};
function withTestCodeDefaults(config) {
  if (config.settings["test-code"] === "review-as-source") return config;
  const rules = {};
  for (const [rule, severity] of Object.entries(TEST_CODE_SEVERITIES)) rules[rule] = { severity };
  const configured = config.settings["test-files"];
  const patterns = configured === void 0 ? DEFAULT_TEST_FILES : [configured].flat();
  const override = { files: testFileGlobs(config, patterns), rules };
  return { ...config, overrides: [override, ...config.overrides] };
}
function testFileGlobs(config, patterns) {
  const bases = new Set(
    config.paths.map((input) => {
      if (/[*?[\]{}()!]/.test(input)) return "";
      return path2.relative(config.root, path2.resolve(config.root, input)).split(path2.sep).join("/");
    })
  );
  return [...bases].flatMap((base) => patterns.map((pattern) => base === "" ? pattern : `${escapeGlob(base)}/${pattern.replace(/^\*\*\//, "**/")}`));
}
function escapeGlob(text) {
  return text.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}

// src/review/index.ts
var SKIPPED_LISTED = 100;
var reviewAnalyzer = {
  name: "review",
  async run(config) {
    const started = performance.now();
    const onlyFiles = config.changes ? filesToReview(config.changes, config.filterMode) : void 0;
    const selection = collectFiles({ ...config, onlyFiles });
    const outcomes = await reviewFiles(selection.files, withTestCodeDefaults(config));
    const findings = outcomes.flatMap((outcome) => outcome.findings);
    const skipped = [...selection.skipped, ...outcomes.flatMap((outcome) => outcome.skipped ? [outcome.skipped] : [])];
    skipped.sort((a, b) => a.file.localeCompare(b.file));
    const skippedOmitted = Math.max(0, skipped.length - SKIPPED_LISTED);
    const suppressed = { own: 0, peer: 0 };
    for (const outcome of outcomes) {
      suppressed.own += outcome.suppressed?.own ?? 0;
      suppressed.peer += outcome.suppressed?.peer ?? 0;
    }
    const languages = { python: 0, typescript: 0 };
    for (const file of selection.files) languages[file.language] += 1;
    return {
      findings,
      stats: {
        files: outcomes.filter((outcome) => !outcome.skipped).length,
        languages,
        bytes: outcomes.reduce((total, outcome) => total + outcome.bytes, 0),
        skipped: skipped.slice(0, SKIPPED_LISTED),
        ...skippedOmitted > 0 ? { skippedOmitted } : {},
        suppressed,
        workers: threadCount(config, selection.files),
        durationMs: Math.round(performance.now() - started)
      }
    };
  }
};
export {
  reviewAnalyzer
};
