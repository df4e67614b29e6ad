import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  UsageError
} from "./chunk-chunk-PZ2C37NP.js";
import {
  DURATION_PATTERN,
  defineRuleWithoutOptions,
  duration,
  ruleRegistry,
  stringList
} from "./chunk-chunk-AE2HRXUO.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-chunk-SZAZ6YND.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags2) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags2);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags2 = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags2[node.tag] = true;
          });
          tagNames = Object.keys(tags2);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t2) => t2.identify?.(value) && !t2.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text4, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text4;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text4.length <= endStep)
        return text4;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text4, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text4[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text4[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text4, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text4[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text4[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text4;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text4;
      if (onFold)
        onFold();
      let res = text4.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text4.length;
        if (fold === 0)
          res = `
${indent}${text4.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text4[fold]}\\`;
          res += `
${indent}${text4.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text4, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text4[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text4[++i];
        } else {
          do {
            ch = text4[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text4[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags: tags2 } = ctx.doc.schema;
        if (tags2.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags2, item) {
      if (item.tag) {
        const match = tags2.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags2.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags2.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair2 = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair2, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair2, overwrite) {
        let _pair;
        if (identity.isPair(pair2))
          _pair = pair2;
        else if (!pair2 || typeof pair2 !== "object" || !("key" in pair2)) {
          _pair = new Pair.Pair(pair2, pair2?.value);
        } else
          _pair = new Pair.Pair(pair2.key, pair2.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair2 = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair2.key.commentBefore = pair2.key.commentBefore ? `${item.commentBefore}
${pair2.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair2.value ?? pair2.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair2;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair2 of this.items) {
          let key, value;
          if (identity.isPair(pair2)) {
            key = toJS.toJS(pair2.key, "", ctx);
            value = toJS.toJS(pair2.value, key, ctx);
          } else {
            key = toJS.toJS(pair2, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair2;
        if (identity.isPair(key))
          pair2 = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair2 = new Pair.Pair(key.key, null);
        else
          pair2 = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair2.key);
        if (!prev)
          this.items.push(pair2);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair2 = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair2) ? identity.isScalar(pair2.key) ? pair2.key.value : pair2.key : pair2;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags2 = schemaTags;
      if (!tags2) {
        if (Array.isArray(customTags))
          tags2 = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      if (addMergeTag)
        tags2 = tags2.concat(merge.merge);
      return tags2.reduce((tags3, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags3.includes(tagObj))
          tags3.push(tagObj);
        return tags3;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags2 = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags2.getTags(compat, "compat") : compat ? tags2.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags2.coreKnownTags : {};
        this.tags = tags2.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair2) => isEqual(pair2.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          map.items.push(pair2);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair2 = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair2.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair2);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair2);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content2 = lines[i][1];
        if (content2 === "" || content2 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content2] = lines[i];
        if (content2 === "" || content2 === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content2.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content2] = lines[i];
        offset += indent.length + content2.length + 1;
        const crlf = content2[content2.length - 1] === "\r";
        if (crlf)
          content2 = content2.slice(0, -1);
        if (content2 && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content2.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content2;
          sep = "\n";
        } else if (indent.length > trimIndent || content2[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content2;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content2 === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content2;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/core/config/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
function parseDuration(text4) {
  const trimmed = text4.trim();
  if (!DURATION.test(trimmed)) return void 0;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(amount) * UNIT_MS[unit];
  return total;
}

// src/rollout/judge/judge-settings.ts
var JUDGE_DIRECTIONS = ["increase", "decrease", "either"];
var NAN_STRATEGIES = ["remove", "replace"];
var OUTLIER_STRATEGIES = ["remove", "keep"];
var SMALLEST_DECIDABLE_SAMPLES = 5;
var DEFAULTS = { lookback: "10m", step: "30s", warmUp: 2, minSamples: SMALLEST_DECIDABLE_SAMPLES, tolerance: 0.25, passScore: 95, marginalScore: 75, outlierFactor: 3 };
var SECTION_KEYS = ["lookback", "step", "warm-up", "min-samples", "tolerance", "pass-score", "marginal-score", "group-weights", "metrics"];
var METRIC_KEYS = ["name", "canary", "stable", "direction", "critical", "must-have-data", "group", "effect-size", "nan-strategy", "outliers", "outlier-factor"];
var EFFECT_SIZE_KEYS = ["allowed-increase", "allowed-decrease", "critical-increase", "critical-decrease"];
function readCanaryJudgeSettings(value, where = "canary-judge") {
  if (value === void 0 || value === null) return void 0;
  const section = mapping(value, where, "a mapping with a list of metrics, e.g. canary-judge: {metrics: [{name: latency, canary: \u2026, stable: \u2026}]}");
  refuseUnknownKeys(section, SECTION_KEYS, where);
  const lookback = section.lookback ?? DEFAULTS.lookback;
  const step = section.step ?? DEFAULTS.step;
  const lookbackMs = duration2(lookback, `${where}.lookback`);
  const stepMs = duration2(step, `${where}.step`);
  if (stepMs > lookbackMs) {
    throw new UsageError(`${where}.step: got ${describe(step)}, longer than the lookback ${describe(lookback)}; expected a step shorter than the lookback (e.g. step: 30s with lookback: 10m gives 20 samples).`);
  }
  const warmUp = count(section["warm-up"] ?? DEFAULTS.warmUp, `${where}.warm-up`, 0, "a number of intervals (of step) to leave out at the start of the window, e.g. warm-up: 2");
  if (warmUp * stepMs >= lookbackMs) {
    throw new UsageError(`${where}.warm-up: ${warmUp} intervals of ${describe(step)} leave nothing of the lookback ${describe(lookback)}; expected fewer intervals, or a longer lookback.`);
  }
  const minSamples = count(section["min-samples"] ?? DEFAULTS.minSamples, `${where}.min-samples`, SMALLEST_DECIDABLE_SAMPLES, `a whole number of samples per side, at least ${SMALLEST_DECIDABLE_SAMPLES} (fewer can never show a shift at 98% confidence)`);
  const tolerance = ratio(section.tolerance ?? DEFAULTS.tolerance, `${where}.tolerance`, "a fraction of the shift from 0 to 1 that its interval must clear (Kayenta's 0.25; 0 counts any significant shift)", (r) => r >= 0 && r <= 1);
  const passScore = score(section["pass-score"] ?? DEFAULTS.passScore, `${where}.pass-score`);
  const marginalScore = score(section["marginal-score"] ?? DEFAULTS.marginalScore, `${where}.marginal-score`);
  if (marginalScore > passScore) {
    throw new UsageError(`${where}.marginal-score: got ${marginalScore}, above pass-score ${passScore}; expected marginal-score \u2264 pass-score (Kayenta's usual pair is 75 and 95).`);
  }
  const metrics = metricList(section.metrics, `${where}.metrics`);
  const groupWeights = weights(section["group-weights"], `${where}.group-weights`, metrics);
  return { lookbackMs, stepMs, warmUp, minSamples, tolerance, passScore, marginalScore, groupWeights, metrics };
}
function metricList(value, where) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new UsageError(`${where}: got ${describe(value)}; expected a non-empty list of metrics, each with name, canary and stable (PromQL).`);
  }
  const metrics = value.map((entry, index) => metric(entry, `${where}.${index}`));
  const seen = /* @__PURE__ */ new Set();
  metrics.forEach((entry, index) => {
    if (seen.has(entry.name)) throw new UsageError(`${where}.${index}.name: '${entry.name}' is used by an earlier metric; expected each metric name once.`);
    seen.add(entry.name);
  });
  return metrics;
}
function metric(value, where) {
  const entry = mapping(value, where, "a mapping with name, canary and stable");
  refuseUnknownKeys(entry, METRIC_KEYS, where);
  const name2 = text(entry.name, `${where}.name`, "a metric name such as latency-p99");
  const effectSize = effectSizeBounds(entry["effect-size"], `${where}.effect-size`);
  return {
    name: name2,
    canary: text(entry.canary, `${where}.canary`, "a PromQL query of the canary's series"),
    stable: text(entry.stable, `${where}.stable`, "a PromQL query of the stable's series"),
    direction: oneOf(entry.direction ?? "either", JUDGE_DIRECTIONS, `${where}.direction`),
    critical: flag(entry.critical ?? false, `${where}.critical`),
    mustHaveData: flag(entry["must-have-data"] ?? false, `${where}.must-have-data`),
    group: entry.group === void 0 ? name2 : text(entry.group, `${where}.group`, "a group name"),
    effectSize,
    nanStrategy: oneOf(entry["nan-strategy"] ?? "remove", NAN_STRATEGIES, `${where}.nan-strategy`),
    outliers: oneOf(entry.outliers ?? "remove", OUTLIER_STRATEGIES, `${where}.outliers`),
    outlierFactor: ratio(entry["outlier-factor"] ?? DEFAULTS.outlierFactor, `${where}.outlier-factor`, "a factor of the interquartile range greater than 0 (Kayenta uses 3)", (r) => r > 0)
  };
}
function effectSizeBounds(value, where) {
  const bounds = value === void 0 ? {} : mapping(value, where, "a mapping of allowed-increase, allowed-decrease, critical-increase, critical-decrease");
  refuseUnknownKeys(bounds, EFFECT_SIZE_KEYS, where);
  const allowedIncrease = ratio(bounds["allowed-increase"] ?? 1, `${where}.allowed-increase`, "a ratio \u2265 1 (1.1 allows the canary to be 10% higher)", (r) => r >= 1);
  const allowedDecrease = ratio(bounds["allowed-decrease"] ?? 1, `${where}.allowed-decrease`, "a ratio between 0 and 1 (0.9 allows the canary to be 10% lower)", (r) => r > 0 && r <= 1);
  const criticalIncrease = ratio(bounds["critical-increase"] ?? allowedIncrease, `${where}.critical-increase`, `a ratio \u2265 allowed-increase (${allowedIncrease})`, (r) => r >= allowedIncrease);
  const criticalDecrease = ratio(bounds["critical-decrease"] ?? allowedDecrease, `${where}.critical-decrease`, `a ratio between 0 and allowed-decrease (${allowedDecrease})`, (r) => r > 0 && r <= allowedDecrease);
  return { allowedIncrease, allowedDecrease, criticalIncrease, criticalDecrease };
}
function weights(value, where, metrics) {
  if (value === void 0) return {};
  const given = mapping(value, where, "a mapping of group name to weight in percent, e.g. {latency: 60, errors: 40}");
  const groups = [...new Set(metrics.map((entry) => entry.group))];
  let total = 0;
  for (const [group, weight] of Object.entries(given)) {
    if (!groups.includes(group)) throw new UsageError(`${where}.${group}: no metric is in group '${group}'; expected one of ${groups.join(", ")} (a metric's group, or its name when it has none).`);
    if (typeof weight !== "number" || !(weight > 0)) throw new UsageError(`${where}.${group}: got ${describe(weight)}; expected a weight in percent greater than 0.`);
    total += weight;
  }
  const unweighted = groups.filter((group) => !(group in given));
  if (unweighted.length === 0 && Math.abs(total - 100) > 1e-9) {
    throw new UsageError(`${where}: the weights add up to ${total}; expected 100 when every group has a weight (groups: ${groups.join(", ")}).`);
  }
  if (unweighted.length > 0 && total >= 100) {
    throw new UsageError(`${where}: the weights add up to ${total}, leaving nothing for ${unweighted.join(", ")}; expected less than 100, or a weight for every group adding up to 100.`);
  }
  return given;
}
function mapping(value, where, expected) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function refuseUnknownKeys(value, allowed, where) {
  const unknown2 = Object.keys(value).find((key) => !allowed.includes(key));
  if (unknown2 !== void 0) throw new UsageError(`${where}: unknown key '${unknown2}'. Allowed: ${allowed.join(", ")}.`);
}
function text(value, where, expected) {
  if (typeof value === "string" && value.trim() !== "") return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function flag(value, where) {
  if (typeof value === "boolean") return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected true or false.`);
}
function oneOf(value, allowed, where) {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected one of ${allowed.join(", ")}.`);
}
function duration2(value, where) {
  const ms = typeof value === "string" ? parseDuration(value) : void 0;
  if (ms !== void 0 && ms > 0) return ms;
  throw new UsageError(`${where}: got ${describe(value)}; expected a Go-style duration such as 30s, 10m or 1h30m.`);
}
function count(value, where, smallest, expected) {
  if (typeof value === "number" && Number.isInteger(value) && value >= smallest) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function score(value, where) {
  if (typeof value === "number" && value >= 0 && value <= 100) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected a score from 0 to 100.`);
}
function ratio(value, where, expected, valid) {
  if (typeof value === "number" && Number.isFinite(value) && valid(value)) return value;
  throw new UsageError(`${where}: got ${describe(value)}; expected ${expected}.`);
}
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

// src/rollout/judge/judge-settings-schema.ts
function canaryJudgeSchema() {
  const increase = (description) => ({ type: "number", minimum: 1, description });
  const decrease = (description) => ({ type: "number", exclusiveMinimum: 0, maximum: 1, description });
  return {
    type: "object",
    additionalProperties: false,
    description: "The canary judge: Mann-Whitney comparison of canary and stable over range queries, Kayenta-style.",
    required: ["metrics"],
    properties: {
      lookback: { type: "string", pattern: DURATION_PATTERN, description: "a Go-style duration such as 10m (default 10m)" },
      step: { type: "string", pattern: DURATION_PATTERN, description: "a Go-style duration such as 30s (default 30s)" },
      "warm-up": { type: "integer", minimum: 0, description: "intervals (of step) left out at the start of each series, the warm-up after a step starts (default 2)" },
      "min-samples": { type: "integer", minimum: SMALLEST_DECIDABLE_SAMPLES, description: `samples a side needs, after warm-up, NaN and outliers, to be decided (default ${SMALLEST_DECIDABLE_SAMPLES})` },
      tolerance: { type: "number", minimum: 0, maximum: 1, description: "the fraction of the shift its interval must clear to count (default 0.25, Kayenta's)" },
      "pass-score": { type: "number", minimum: 0, maximum: 100, description: "a score from 0 to 100 (default 95)" },
      "marginal-score": { type: "number", minimum: 0, maximum: 100, description: "a score from 0 to 100 (default 75)" },
      "group-weights": { type: "object", additionalProperties: { type: "number", exclusiveMinimum: 0 }, description: "group name \u2192 weight in percent" },
      metrics: {
        type: "array",
        minItems: 1,
        description: "a non-empty list of metrics, each with name, canary and stable (PromQL)",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["name", "canary", "stable"],
          properties: {
            name: { type: "string", minLength: 1, description: "a metric name such as latency-p99" },
            canary: { type: "string", minLength: 1, description: "a PromQL query of the canary's series" },
            stable: { type: "string", minLength: 1, description: "a PromQL query of the stable's series" },
            direction: { enum: [...JUDGE_DIRECTIONS], description: "increase, decrease, or either (default either)" },
            critical: { type: "boolean" },
            "must-have-data": { type: "boolean" },
            group: { type: "string", minLength: 1, description: "a group name" },
            "nan-strategy": { enum: [...NAN_STRATEGIES], description: "remove or replace (default remove)" },
            outliers: { enum: [...OUTLIER_STRATEGIES], description: "remove or keep samples outside Q1 \u2212 f\xB7IQR \u2026 Q3 + f\xB7IQR (default remove)" },
            "outlier-factor": { type: "number", exclusiveMinimum: 0, description: "f of the outlier fences (default 3, as Kayenta)" },
            "effect-size": {
              type: "object",
              additionalProperties: false,
              properties: {
                "allowed-increase": increase("a ratio \u2265 1 (1.1 allows the canary to be 10% higher)"),
                "allowed-decrease": decrease("a ratio between 0 and 1 (0.9 allows the canary to be 10% lower)"),
                "critical-increase": increase("a ratio \u2265 allowed-increase"),
                "critical-decrease": decrease("a ratio between 0 and allowed-decrease")
              }
            }
          }
        }
      }
    }
  };
}

// src/rollout/probes/health-probes-schema.ts
var HEALTH_PROBES_SCHEMA = {
  type: "array",
  description: "a list of probes, each { name, http: URL, expect-status, max-latency } or { name, postgres: URL or { env: VARIABLE } }",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["name"],
    description: "a probe with exactly one of http: URL or postgres: URL / { env: VARIABLE }",
    oneOf: [{ required: ["http"] }, { required: ["postgres"] }],
    properties: {
      name: { type: "string", minLength: 1, description: "the name findings give the probe" },
      http: { type: "string", pattern: "^https?://", description: "an http:// or https:// URL" },
      postgres: {
        description: "a postgres:// URL, or { env: VARIABLE } naming an environment variable that holds one",
        anyOf: [
          { type: "string", pattern: "^postgres(ql)?://" },
          { type: "object", additionalProperties: false, required: ["env"], properties: { env: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" } } }
        ]
      },
      "expect-status": { type: "integer", minimum: 100, maximum: 599, description: "an HTTP status code such as 200" },
      "max-latency": duration("a Go-style duration such as 500ms"),
      interval: duration("a Go-style duration such as 30s"),
      timeout: duration("a Go-style duration such as 10s")
    }
  }
};

// src/rollout/rollout-run-stats.ts
var text2 = { type: "string" };
var integer = { type: "integer" };
var numberOrText = { type: ["number", "string"] };
var objectOf = (required, properties) => ({ type: "object", required, properties });
var METRIC = objectOf(["name", "phase", "dryRun", "conditionChecks", "counts", "limits"], {
  name: text2,
  phase: text2,
  lastValue: text2,
  successCondition: text2,
  failureCondition: text2,
  resolvedQuery: text2,
  dryRun: { type: "boolean" },
  conditionChecks: { type: "array" },
  counts: objectOf(["measurements", "successful", "failed", "inconclusive", "error", "consecutiveError"], {
    measurements: integer,
    successful: integer,
    failed: integer,
    inconclusive: integer,
    error: integer,
    consecutiveError: integer
  }),
  limits: objectOf(["failureLimit", "inconclusiveLimit", "consecutiveErrorLimit"], {
    count: numberOrText,
    failureLimit: numberOrText,
    inconclusiveLimit: numberOrText,
    consecutiveErrorLimit: numberOrText
  })
});
var ANALYSIS_RUN = {
  anyOf: [
    objectOf(["name", "phase", "message", "terminated", "metrics"], { name: text2, phase: text2, message: text2, terminated: { type: "boolean" }, rolloutType: text2, metrics: { type: "array", items: METRIC } }),
    objectOf(["type", "name", "status", "message"], { type: text2, name: text2, status: text2, message: text2 })
  ]
};
var FOLLOWED = {
  ...objectOf(["kind", "name", "namespace", "phase", "message", "ending", "needsPromotion", "analysisRuns"], {
    kind: { enum: ["Rollout", "Canary"] },
    name: text2,
    namespace: text2,
    phase: text2,
    message: text2,
    ending: { enum: ["healthy", "degraded", "paused", "timeout"] },
    needsPromotion: { type: "boolean" },
    step: integer,
    steps: integer,
    weights: { type: "object", properties: { desired: numberOrText, actual: numberOrText } },
    stepList: { type: "array", items: objectOf(["kind"], { kind: text2, weight: { type: "number" }, duration: numberOrText, templates: { type: "array", items: text2 } }) },
    analysisRuns: { type: "array", items: ANALYSIS_RUN },
    failedChecks: integer,
    threshold: integer,
    unknown: { type: "object", additionalProperties: text2 }
  }),
  if: { properties: { kind: { const: "Canary" } } },
  then: { required: ["weights", "failedChecks", "threshold"] }
};
var ROLLOUT_RUN_STATS_SCHEMA = {
  ...objectOf(["mode", "durationMs"], { mode: { enum: ["lint", "follow"] }, durationMs: { type: "number" } }),
  if: { properties: { mode: { const: "follow" } } },
  then: objectOf(["rollouts"], {
    rollouts: { type: "array", items: FOLLOWED },
    metrics: { type: "array" },
    canaryJudge: { type: "array" },
    probes: { type: "array" }
  }),
  else: objectOf(["files", "manifests"], {
    files: integer,
    manifests: objectOf(["Rollout", "AnalysisTemplate", "ClusterAnalysisTemplate"], { Rollout: integer, AnalysisTemplate: integer, ClusterAnalysisTemplate: integer, Canary: integer, MetricTemplate: integer }),
    skipped: { type: "array", items: objectOf(["file", "reason"], { file: text2, reason: text2 }) },
    dryRun: objectOf(["templates", "metrics"], {
      templates: integer,
      metrics: { type: "array", items: objectOf(["metric", "template", "outcome"], { metric: text2, template: text2, query: text2, outcome: text2, reason: text2 }) }
    })
  })
};

// src/rollout/judge/format-number.ts
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

// src/rollout/judge/describe-metric.ts
function describeMetric(metric2) {
  if (metric2.classification === "NoData" || metric2.classification === "NoDataFail" || metric2.classification === "Error" || metric2.classification === "Undecided") return `${metric2.name} ${metric2.classification} (${metric2.reason})`;
  const numbers = [
    metric2.canary.mean === void 0 ? void 0 : `canary mean ${formatNumber(metric2.canary.mean)}`,
    metric2.stable.mean === void 0 ? void 0 : `stable mean ${formatNumber(metric2.stable.mean)}`,
    metric2.meanRatio === void 0 ? "mean ratio undefined" : `mean ratio ${formatNumber(metric2.meanRatio)}`,
    metric2.test ? `shift ${formatNumber(metric2.test.estimate)} with 98% CI ${formatNumber(metric2.test.confidenceInterval[0])} to ${formatNumber(metric2.test.confidenceInterval[1])}` : void 0
  ].filter((part) => part !== void 0);
  return `${metric2.name} ${metric2.classification} (${numbers.join(", ")})`;
}
function failingMetrics(metrics) {
  return metrics.filter((metric2) => metric2.classification === "High" || metric2.classification === "Low" || metric2.classification === "NoDataFail");
}

// src/rollout/judge/judge-rule.ts
function defineJudgeRule(rule) {
  return defineRuleWithoutOptions(rule);
}
function judgeName(context) {
  return context.subject ? `Canary judge of ${context.subject}` : "Canary judge";
}

// src/rollout/rules/judge/canary-judge-failed.ts
var canaryJudgeFailed = defineJudgeRule({
  meta: {
    id: "canary-judge-failed",
    category: "release",
    severity: "error",
    description: "The canary judge (Mann-Whitney, Kayenta-style) scored the canary below the marginal score, or a critical metric failed.",
    summary: "the canary judge (Mann-Whitney, Kayenta-style) scored the canary below the marginal score, or a critical metric failed"
  },
  check(result, context) {
    if (result.verdict !== "fail") return void 0;
    const thresholds = `marginal ${formatNumber(result.marginalScore)}, pass ${formatNumber(result.passScore)}`;
    if (result.forcedToZero === "critical-failure") {
      const critical = result.metrics.filter((metric2) => metric2.criticalFailure);
      return {
        message: `${judgeName(context)} failed: critical ${critical.length === 1 ? "metric" : "metrics"} ${critical.map(describeMetric).join("; ")}; the score is forced to 0 (${thresholds}).`,
        suggestion: "A critical metric fails the canary on its own: fix what the release does to it and deploy again. If the change is intended, raise its effect-size critical-increase / critical-decrease."
      };
    }
    if (result.forcedToZero === "no-data") {
      const missing = result.metrics.filter((metric2) => metric2.classification === "NoData");
      return {
        message: `${judgeName(context)} failed: ${missing.length} of ${result.metrics.length} metrics had no data (${missing.map(describeMetric).join("; ")}); at half or more the score is forced to 0 (${thresholds}).`,
        suggestion: "Check that each metric's canary and stable queries return series over the lookback window (run them in Prometheus); the labels that tell canary from stable pods are the usual culprit."
      };
    }
    const failing = failingMetrics(result.metrics);
    return {
      message: `${judgeName(context)} failed: score ${formatNumber(result.score)} is below the marginal score ${formatNumber(result.marginalScore)} (pass ${formatNumber(result.passScore)}); ${failing.length} of ${result.metrics.length} metrics failed: ${failing.map(describeMetric).join("; ")}.`,
      suggestion: "Look at what the release does to the failing metrics, fix it and deploy again. If a difference is expected, widen that metric's effect-size allowed-increase / allowed-decrease or set its direction."
    };
  }
});

// src/rollout/rules/judge/canary-judge-marginal.ts
var canaryJudgeMarginal = defineJudgeRule({
  meta: {
    id: "canary-judge-marginal",
    category: "release",
    severity: "warning",
    description: "The canary judge scored the canary below the pass score but not below the marginal score.",
    summary: "the canary judge scored the canary below the pass score but not below the marginal score"
  },
  check(result, context) {
    if (result.verdict !== "marginal") return void 0;
    const failing = failingMetrics(result.metrics);
    return {
      message: `${judgeName(context)} is marginal: score ${formatNumber(result.score)} is below the pass score ${formatNumber(result.passScore)} but not below the marginal score ${formatNumber(result.marginalScore)}; ${failing.length} of ${result.metrics.length} metrics failed: ${failing.map(describeMetric).join("; ")}.`,
      suggestion: "Decide before promoting: look at the failing metrics, and promote only if their difference is acceptable. A longer lookback gives the test more samples."
    };
  }
});

// src/rollout/rules/judge/canary-judge-undecided.ts
var canaryJudgeUndecided = defineJudgeRule({
  meta: {
    id: "canary-judge-undecided",
    category: "release",
    severity: "warning",
    description: "The canary judge could not decide: metrics with too few samples could have made the canary pass or fail.",
    summary: "the canary judge could not decide: metrics with too few samples could have made the canary pass or fail"
  },
  check(result, context) {
    if (result.verdict !== "undecided") return void 0;
    const undecided = result.metrics.filter((metric2) => metric2.classification === "Undecided");
    const [worst, best] = result.undecidedScores ?? [result.score, result.score];
    return {
      message: `${judgeName(context)} is undecided: ${undecided.length} of ${result.metrics.length} metrics had too few samples (${undecided.map(describeMetric).join("; ")}); depending on them the score is between ${formatNumber(worst)} and ${formatNumber(best)} (marginal ${formatNumber(result.marginalScore)}, pass ${formatNumber(result.passScore)}).`,
      suggestion: "Give the judge more samples: a longer lookback (or a shorter step) once the warm-up is over, or a step that lasts longer before the wait ends. Decide by hand this time."
    };
  }
});

// src/rollout/dry-run/dry-run-rule.ts
function defineDryRunRule(rule) {
  return defineRuleWithoutOptions(rule);
}

// src/rollout/rules/dry-run/analysis-dry-run.ts
var analysisDryRun = defineDryRunRule({
  meta: {
    id: "analysis-dry-run",
    category: "configuration",
    severity: "warning",
    description: "An AnalysisTemplate metric that, run against Prometheus before the merge, would fail on the stable version today, returns no data, or can never fail.",
    summary: "an AnalysisTemplate metric that, run against Prometheus before the merge (`--lint --prometheus-url`), would fail on the stable version today, returns no data, or can never fail"
  },
  check(result) {
    const name2 = `Metric '${result.metric}' of AnalysisTemplate '${result.template}'`;
    const outcome = result.outcome;
    if (outcome.kind === "would-fail") {
      return {
        message: `${name2} would fail on the stable version today: ${outcome.failed} of ${outcome.measured} measurements over the last hour failed, the first ${outcome.firstFailure.value} at ${outcome.firstFailure.at.toISOString()}; query: ${result.query}`,
        suggestion: "Run the query in Prometheus: if the stable version fails it, the condition (or its threshold) is wrong, and every canary would be aborted."
      };
    }
    if (outcome.kind === "no-data") {
      return {
        message: `${name2} returns no data over the last hour; query: ${result.query}`,
        suggestion: "Check the metric name and labels against Prometheus (and the args under dry-run-args); a condition on an empty result errors or passes without measuring anything."
      };
    }
    if (outcome.kind === "never-fails") {
      return {
        message: `${name2} can never fail: its conditions pass for every value tried (${outcome.tried}).`,
        suggestion: "Fix the condition (a && meant as ||, a comparison that always holds): as written the analysis lets any canary through."
      };
    }
    return void 0;
  }
});

// src/rollout/lint/lint-rule.ts
function defineLintRule(rule) {
  return defineRuleWithoutOptions(rule);
}

// src/rollout/lint/plain-data.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asRecord(value) {
  return isRecord(value) ? value : {};
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function asString(value) {
  return typeof value === "string" ? value : void 0;
}
function asWholeNumber(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return void 0;
}

// src/rollout/lint/rollout-steps.ts
var CANARY_PATH = ["spec", "strategy", "canary"];
var FULL_WEIGHT = 100;
function canaryStrategy(rollout) {
  const canary = asRecord(asRecord(rollout.object.spec).strategy).canary;
  return isRecord(canary) ? canary : void 0;
}
function canarySteps(rollout) {
  return asList(canaryStrategy(rollout)?.steps).flatMap(
    (step, index) => isRecord(step) ? [{ step, index, path: [...CANARY_PATH, "steps", index] }] : []
  );
}
function maxTrafficWeight(rollout) {
  const configured = asRecord(canaryStrategy(rollout)?.trafficRouting).maxTrafficWeight;
  return typeof configured === "number" ? configured : FULL_WEIGHT;
}

// src/rollout/rules/lint/max-surge-unavailable-zero.ts
var maxSurgeUnavailableZero = defineLintRule({
  meta: {
    id: "max-surge-unavailable-zero",
    category: "configuration",
    severity: "error",
    description: "A canary strategy whose maxSurge and maxUnavailable are both zero.",
    summary: "canary `maxSurge` and `maxUnavailable` both 0: no pod could ever be replaced"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const canary = canaryStrategy(manifest);
    if (!canary || !isZero(canary.maxSurge) || !isZero(canary.maxUnavailable)) return [];
    return [
      {
        path: [...CANARY_PATH, "maxSurge"],
        message: "spec.strategy.canary.maxSurge and maxUnavailable are both 0: no pod may be added and none removed, so the controller refuses the spec.",
        suggestion: "Let one of them be above zero (both default to 25%)."
      }
    ];
  }
});
function isZero(value) {
  if (typeof value === "number") return value === 0;
  return typeof value === "string" && /^0+%?$/.test(value.trim());
}

// src/rollout/lint/manifest.ts
var import_yaml = __toESM(require_dist(), 1);
var LINTED_KINDS = ["Rollout", "AnalysisTemplate", "ClusterAnalysisTemplate", "Canary", "MetricTemplate"];
var KIND_GROUPS = {
  Rollout: "argoproj.io",
  AnalysisTemplate: "argoproj.io",
  ClusterAnalysisTemplate: "argoproj.io",
  Canary: "flagger.app",
  MetricTemplate: "flagger.app"
};
function isAnalysisTemplate(manifest) {
  return manifest.kind === "AnalysisTemplate" || manifest.kind === "ClusterAnalysisTemplate";
}
function manifestLocator(document, lineCounter) {
  const position = (start, end) => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(end);
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  };
  return (fieldPath) => {
    for (let depth = fieldPath.length; depth > 0; depth -= 1) {
      const parent = document.getIn(fieldPath.slice(0, depth - 1), true);
      const last = fieldPath[depth - 1];
      if ((0, import_yaml.isMap)(parent)) {
        const pair2 = parent.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === last);
        const keyRange = (0, import_yaml.isNode)(pair2?.key) ? pair2.key.range : void 0;
        if (keyRange) return position(keyRange[0], (0, import_yaml.isNode)(pair2?.value) && pair2.value.range ? pair2.value.range[1] : keyRange[1]);
      }
      if ((0, import_yaml.isSeq)(parent) && typeof last === "number") {
        const item = parent.items[last];
        if ((0, import_yaml.isNode)(item) && item.range) return position(item.range[0], item.range[1]);
      }
    }
    const root = document.contents;
    return (0, import_yaml.isNode)(root) && root.range ? position(root.range[0], root.range[0]) : { line: 1, column: 1, endLine: 1, endColumn: 1 };
  };
}
function fieldPathText(fieldPath) {
  return fieldPath.map((part, index) => typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`).join("");
}

// src/rollout/lint/referenced-objects.ts
var KIND_LABELS = {
  Service: "Service",
  Ingress: "Ingress",
  VirtualService: "VirtualService",
  DestinationRule: "DestinationRule",
  Mapping: "Ambassador Mapping",
  AppMeshVirtualService: "App Mesh VirtualService",
  VirtualRouter: "App Mesh VirtualRouter",
  VirtualNode: "App Mesh VirtualNode",
  TrafficSplit: "SMI TrafficSplit"
};
function referencedKind(object) {
  const apiVersion = asString(object.apiVersion) ?? "";
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  switch (object.kind) {
    case "Service":
      return group === "" ? "Service" : void 0;
    case "Ingress":
      return group === "networking.k8s.io" || group === "extensions" ? "Ingress" : void 0;
    case "VirtualService":
      if (group === "appmesh.k8s.aws") return "AppMeshVirtualService";
      return group === "networking.istio.io" ? "VirtualService" : void 0;
    case "DestinationRule":
      return group === "networking.istio.io" ? "DestinationRule" : void 0;
    case "Mapping":
      return group === "getambassador.io" ? "Mapping" : void 0;
    case "VirtualRouter":
    case "VirtualNode":
      return group === "appmesh.k8s.aws" ? object.kind : void 0;
    case "TrafficSplit":
      return group === "split.smi-spec.io" ? "TrafficSplit" : void 0;
    default:
      return void 0;
  }
}
var MENTIONS_REFERENCED_KIND = /^kind:\s*["']?(Service|Ingress|VirtualService|DestinationRule|Mapping|VirtualRouter|VirtualNode|TrafficSplit)["']?\s*$/m;
var NAMESPACED_NAMES = /* @__PURE__ */ new Set(["VirtualService", "DestinationRule"]);
function indexObjects(objects) {
  return {
    find(kind, name2, from) {
      const wanted = NAMESPACED_NAMES.has(kind) ? namespaceIn(name2) : void 0;
      const bareName = wanted === void 0 ? name2 : name2.slice(0, name2.indexOf("."));
      const home = wanted ?? asString(asRecord(from.object.metadata).namespace);
      const candidates = objects.filter((object) => {
        if (object.kind !== kind || object.name !== bareName) return false;
        const namespace = asString(asRecord(object.object.metadata).namespace);
        return namespace === void 0 || home === void 0 || namespace === home;
      });
      return candidates.find((object) => object.file === from.file) ?? candidates[0];
    }
  };
}
function namespaceIn(name2) {
  const dot = name2.indexOf(".");
  return dot > 0 ? name2.slice(dot + 1) : void 0;
}
function objectFromDocument(file, object) {
  const kind = referencedKind(object);
  if (!kind) return void 0;
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  return { file, kind, name: asString(metadata.name) ?? "", object };
}

// src/rollout/lint/rollout-references.ts
function namedServices(rollout) {
  const named = [];
  const add = (record, key, path) => {
    const name2 = asString(record[key]);
    if (name2) named.push({ kind: "Service", name: name2, path: [...path, key], role: key });
  };
  const canary = canaryStrategy(rollout);
  if (canary) {
    add(canary, "canaryService", CANARY_PATH);
    add(canary, "stableService", CANARY_PATH);
    if (isRecord(canary.pingPong)) {
      add(canary.pingPong, "pingService", [...CANARY_PATH, "pingPong"]);
      add(canary.pingPong, "pongService", [...CANARY_PATH, "pingPong"]);
    }
  }
  const blueGreen = asRecord(asRecord(rollout.object.spec).strategy).blueGreen;
  if (isRecord(blueGreen)) {
    const path = ["spec", "strategy", "blueGreen"];
    add(blueGreen, "activeService", path);
    add(blueGreen, "previewService", path);
  }
  return named;
}
function namedRoutingObjects(rollout) {
  const routing = asRecord(canaryStrategy(rollout)?.trafficRouting);
  const base = [...CANARY_PATH, "trafficRouting"];
  const named = [];
  const one = (kind, value, path) => {
    const name2 = asString(value);
    if (name2) named.push({ kind, name: name2, path });
  };
  const nginx = asRecord(routing.nginx);
  one("Ingress", nginx.stableIngress, [...base, "nginx", "stableIngress"]);
  asList(nginx.stableIngresses).forEach((name2, index) => one("Ingress", name2, [...base, "nginx", "stableIngresses", index]));
  const alb = asRecord(routing.alb);
  one("Ingress", alb.ingress, [...base, "alb", "ingress"]);
  asList(alb.ingresses).forEach((name2, index) => one("Ingress", name2, [...base, "alb", "ingresses", index]));
  const istio = asRecord(routing.istio);
  one("VirtualService", asRecord(istio.virtualService).name, [...base, "istio", "virtualService", "name"]);
  asList(istio.virtualServices).forEach((entry, index) => one("VirtualService", asRecord(entry).name, [...base, "istio", "virtualServices", index, "name"]));
  one("DestinationRule", asRecord(istio.destinationRule).name, [...base, "istio", "destinationRule", "name"]);
  asList(asRecord(routing.ambassador).mappings).forEach((name2, index) => one("Mapping", name2, [...base, "ambassador", "mappings", index]));
  const appMesh = asRecord(routing.appMesh);
  one("AppMeshVirtualService", asRecord(appMesh.virtualService).name, [...base, "appMesh", "virtualService", "name"]);
  for (const ref of ["stableVirtualNodeRef", "canaryVirtualNodeRef"]) {
    one("VirtualNode", asRecord(asRecord(appMesh.virtualNodeGroup)[ref]).name, [...base, "appMesh", "virtualNodeGroup", ref, "name"]);
  }
  return named;
}
function appMeshRouterRef(virtualService) {
  const ref = asRecord(asRecord(asRecord(asRecord(virtualService.object.spec).provider).virtualRouter).virtualRouterRef);
  const name2 = asString(ref.name);
  if (!name2) return void 0;
  const namespace = asString(ref.namespace) || asString(asRecord(virtualService.object.metadata).namespace);
  return { name: name2, source: { file: virtualService.file, object: { metadata: namespace === void 0 ? {} : { namespace } } } };
}

// src/rollout/rules/lint/referenced-object-not-found.ts
var referencedObjectNotFound = defineLintRule({
  meta: {
    id: "referenced-object-not-found",
    category: "configuration",
    severity: "notice",
    description: "A Service, Ingress, VirtualService, DestinationRule, Ambassador Mapping or App Mesh VirtualService, VirtualNode or VirtualRouter the Rollout relies on that no linted manifest defines, so it could not be checked.",
    summary: "an object the Rollout names (Service, Ingress, Istio, Ambassador or App Mesh object) is not among the linted files"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const reports = [];
    for (const { kind, name: name2, path } of [...namedServices(manifest), ...namedRoutingObjects(manifest)]) {
      const found = objects.find(kind, name2, manifest);
      if (found) {
        const router = kind === "AppMeshVirtualService" ? appMeshRouterRef(found) : void 0;
        if (router && !objects.find("VirtualRouter", router.name, router.source)) {
          reports.push({
            path,
            message: `${fieldPathText(path)} names the App Mesh VirtualService '${name2}' (${found.file}), which routes through the VirtualRouter '${router.name}' that no linted file defines; only the cluster can tell whether it exists, and its checks did not run.`,
            suggestion: "Lint the folder that holds the VirtualRouter too, or correct virtualRouterRef."
          });
        }
        continue;
      }
      reports.push({
        path,
        message: `${fieldPathText(path)} names the ${KIND_LABELS[kind]} '${name2}', which no linted file defines; only the cluster can tell whether it exists, and its checks against the Rollout did not run.`,
        suggestion: `Lint the folder that holds the ${KIND_LABELS[kind]} too, or correct the name.`
      });
    }
    return reports;
  }
});

// src/rollout/lint/label-syntax.ts
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var QUALIFIED_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
function isDnsLabel(name2) {
  return name2.length <= 63 && DNS_LABEL.test(name2);
}
function isLabelKey(key) {
  const slash = key.indexOf("/");
  const prefix = slash < 0 ? void 0 : key.slice(0, slash);
  const name2 = slash < 0 ? key : key.slice(slash + 1);
  if (prefix !== void 0 && (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
  return name2.length > 0 && name2.length <= 63 && QUALIFIED_NAME.test(name2);
}
function isLabelValue(value) {
  return value === "" || value.length <= 63 && QUALIFIED_NAME.test(value);
}
function isPortName(name2) {
  return name2.length <= 15 && /^[a-z0-9-]+$/.test(name2) && /[a-z]/.test(name2) && !name2.startsWith("-") && !name2.endsWith("-") && !name2.includes("--");
}

// src/rollout/lint/label-selector.ts
var OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
var text3 = (value) => value === null || value === void 0 ? "" : String(value);
function selectorProblems(selector, path) {
  const problems = [];
  for (const [key, value] of Object.entries(asRecord(selector.matchLabels))) {
    const at = [...path, "matchLabels", key];
    if (!isLabelKey(key)) problems.push({ path: at, problem: `the label key '${key}' is not a valid label key` });
    if (!isLabelValue(text3(value))) problems.push({ path: at, problem: `the label value '${text3(value)}' is not a valid label value` });
  }
  asList(selector.matchExpressions).forEach((expression, index) => {
    const at = [...path, "matchExpressions", index];
    const { key, operator: operator2, values } = asRecord(expression);
    if (!isLabelKey(text3(key))) problems.push({ path: at, problem: `the key '${text3(key)}' is not a valid label key` });
    if (!OPERATORS.includes(text3(operator2))) {
      problems.push({ path: at, problem: `the operator '${text3(operator2)}' is none of ${OPERATORS.join(", ")}` });
      return;
    }
    const count2 = asList(values).length;
    if ((operator2 === "In" || operator2 === "NotIn") && count2 === 0) problems.push({ path: at, problem: `the operator ${text3(operator2)} needs values` });
    if ((operator2 === "Exists" || operator2 === "DoesNotExist") && count2 > 0) problems.push({ path: at, problem: `the operator ${text3(operator2)} takes no values` });
  });
  return problems;
}
function unmatchedExpression(expressions, labels) {
  for (const [index, expression] of expressions.entries()) {
    if (!isRecord(expression)) continue;
    const key = text3(expression.key);
    const values = asList(expression.values).map(text3);
    const has = Object.hasOwn(labels, key);
    const matches = expression.operator === "In" ? has && values.includes(text3(labels[key])) : expression.operator === "NotIn" ? !has || !values.includes(text3(labels[key])) : expression.operator === "Exists" ? has : expression.operator === "DoesNotExist" ? !has : true;
    if (!matches) return { path: ["matchExpressions", index], requirement: `${key} ${text3(expression.operator)}${values.length > 0 ? ` (${values.join(", ")})` : ""}` };
  }
  return void 0;
}

// src/rollout/rules/lint/rollout-selector-invalid.ts
var rolloutSelectorInvalid = defineLintRule({
  meta: {
    id: "rollout-selector-invalid",
    category: "configuration",
    severity: "error",
    description: "A Rollout without workloadRef and without a selector, with an empty or malformed one (label syntax, matchExpressions operators and values), or one its pod template's labels do not match; or a workloadRef Rollout with a pod template.",
    summary: "no, empty or malformed `spec.selector`, or one the pod template's labels do not match; or workloadRef with a template"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const spec = asRecord(manifest.object.spec);
    const reports = [];
    if (spec.workloadRef !== void 0) {
      if (isRecord(spec.template) && Object.keys(spec.template).length > 0) {
        reports.push({ path: ["spec", "template"], message: "spec.template is set beside spec.workloadRef; a Rollout that takes its pods from a workload must leave its template empty.", suggestion: "Remove spec.template, or remove workloadRef." });
      }
      return reports;
    }
    if (!isRecord(spec.selector)) {
      if (spec.template === void 0 && manifest.object.spec !== void 0) return [];
      return [{ path: ["spec"], message: `Rollout '${manifest.name}' has no spec.selector; without workloadRef the controller needs one to own its pods.`, suggestion: "Add spec.selector.matchLabels with the labels of spec.template.metadata.labels." }];
    }
    const matchLabels = asRecord(spec.selector.matchLabels);
    const expressions = Array.isArray(spec.selector.matchExpressions) ? spec.selector.matchExpressions : [];
    if (Object.keys(matchLabels).length + expressions.length === 0) {
      return [{ path: ["spec", "selector"], message: "spec.selector is empty; the controller refuses a selector that would match every pod.", suggestion: "Add matchLabels with the labels of spec.template.metadata.labels." }];
    }
    const syntax = selectorProblems(spec.selector, ["spec", "selector"]);
    for (const { path, problem } of syntax) {
      reports.push({ path, message: `spec.selector is malformed: ${problem}; the controller refuses the Rollout.`, suggestion: "Write the selector as Kubernetes label selectors are written (matchLabels of valid keys and values; matchExpressions with In, NotIn, Exists or DoesNotExist)." });
    }
    if (syntax.length > 0) return reports;
    const labels = asRecord(asRecord(asRecord(spec.template).metadata).labels);
    for (const [key, value] of Object.entries(matchLabels)) {
      if (String(labels[key]) === String(value)) continue;
      reports.push({
        path: ["spec", "selector", "matchLabels", key],
        message: `spec.selector.matchLabels.${key} is ${String(value)}, but spec.template.metadata.labels ${labels[key] === void 0 ? `has no ${key}` : `has ${key}: ${String(labels[key])}`}: the selector must match the template's labels.`,
        suggestion: `Give the pod template the label ${key}: ${String(value)}, or change the selector.`
      });
    }
    const unmatched = reports.length === 0 ? unmatchedExpression(expressions, labels) : void 0;
    if (unmatched) {
      reports.push({
        path: ["spec", "selector", ...unmatched.path],
        message: `spec.selector requires ${unmatched.requirement}, which spec.template.metadata.labels do not meet: the selector must match the template's labels.`,
        suggestion: "Change the pod template's labels or the selector's matchExpressions so the template matches."
      });
    }
    return reports;
  }
});

// src/rollout/rules/lint/service-selector-mismatch.ts
var POD_TEMPLATE_HASH = "rollouts-pod-template-hash";
var serviceSelectorMismatch = defineLintRule({
  meta: {
    id: "service-selector-mismatch",
    category: "configuration",
    severity: "error",
    description: "A Service the Rollout names (canary, stable, ping, pong, active, preview) whose selector has a label the Rollout's pod template does not carry with that value.",
    summary: "a Service the Rollout names selects a label its pod template does not carry"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const spec = asRecord(manifest.object.spec);
    if (spec.workloadRef !== void 0) return [];
    const labels = asRecord(asRecord(asRecord(spec.template).metadata).labels);
    return namedServices(manifest).flatMap(({ name: name2, path, role }) => {
      const service = objects.find("Service", name2, manifest);
      if (!service) return [];
      const selector = asRecord(asRecord(service.object.spec).selector);
      return Object.entries(selector).filter(([key, value]) => key !== POD_TEMPLATE_HASH && String(labels[key]) !== String(value)).map(([key, value]) => ({
        path,
        message: `${role} '${name2}' (${service.file}) selects ${key}=${String(value)}, but the Rollout's pod template ${asString(labels[key]) === void 0 && labels[key] === void 0 ? `has no label ${key}` : `labels ${key}=${String(labels[key])}`}: the controller refuses a Service that selects none of its pods.`,
        suggestion: `Make the Service's selector match spec.template.metadata.labels (or add ${key}: ${String(value)} to them).`
      }));
    });
  }
});

// src/rollout/lint/pod-template-problems.ts
var ALLOWED = {
  imagePullPolicy: ["Always", "IfNotPresent", "Never"],
  terminationMessagePolicy: ["File", "FallbackToLogsOnError"],
  protocol: ["TCP", "UDP", "SCTP"],
  dnsPolicy: ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]
};
var isPort = (value) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 65535;
var portText = (value) => typeof value === "number" ? `${value}, outside 1-65535` : `${JSON.stringify(value)}, not a whole number`;
function podTemplateProblems(template, requireContainers) {
  const base = ["spec", "template"];
  const problems = [];
  const add = (path, problem, suggestion) => problems.push({ path, problem, suggestion });
  for (const [key, value] of Object.entries(asRecord(asRecord(template.metadata).labels))) {
    const valueText = value === null || value === void 0 ? "" : String(value);
    if (!isLabelKey(key) || !isLabelValue(valueText)) add([...base, "metadata", "labels", key], `is not a valid label (${!isLabelKey(key) ? `key '${key}'` : `value '${valueText}'`})`, 'Use label keys of up to 63 letters, digits, "-", "_" and "." (with an optional DNS prefix and "/"), and values like them.');
  }
  const spec = asRecord(template.spec);
  const specPath = [...base, "spec"];
  const volumes = /* @__PURE__ */ new Set();
  asList(spec.volumes).forEach((volume, index) => {
    const name2 = asString(asRecord(volume).name) ?? "";
    const path = [...specPath, "volumes", index, "name"];
    if (!isDnsLabel(name2)) add(path, name2 === "" ? "is missing" : `'${name2}' is not a valid volume name (a DNS-1123 label)`, 'Name the volume with lowercase letters, digits and "-".');
    else if (volumes.has(name2)) add(path, `'${name2}' names a second volume`, "Give every volume its own name.");
    volumes.add(name2);
  });
  const containers = asList(spec.containers);
  if (containers.length === 0 && requireContainers) add(specPath, "has no containers", "Add spec.template.spec.containers with at least one container.");
  const names = /* @__PURE__ */ new Set();
  for (const list of ["initContainers", "containers"]) {
    asList(spec[list]).forEach((container, index) => problems.push(...containerProblems(asRecord(container), [...specPath, list, index], names, volumes)));
  }
  if (asList(spec.ephemeralContainers).length > 0) add([...specPath, "ephemeralContainers"], "is set; ephemeral containers are not allowed in a pod template", "Remove ephemeralContainers: they are added to running pods with kubectl debug.");
  if (spec.restartPolicy !== void 0 && spec.restartPolicy !== "Always") add([...specPath, "restartPolicy"], `is ${String(spec.restartPolicy)}; a ReplicaSet's pods must restart Always`, "Remove restartPolicy, or set it to Always.");
  if (spec.activeDeadlineSeconds !== void 0 && spec.activeDeadlineSeconds !== null) add([...specPath, "activeDeadlineSeconds"], "is set; a ReplicaSet's pods cannot have a deadline", "Remove activeDeadlineSeconds.");
  if (spec.dnsPolicy !== void 0 && !ALLOWED.dnsPolicy.includes(String(spec.dnsPolicy))) add([...specPath, "dnsPolicy"], `is ${String(spec.dnsPolicy)}, none of ${ALLOWED.dnsPolicy.join(", ")}`, `Use one of ${ALLOWED.dnsPolicy.join(", ")}.`);
  return problems;
}
function containerProblems(container, path, names, volumes) {
  const problems = [];
  const add = (at, problem, suggestion) => problems.push({ path: at, problem, suggestion });
  const name2 = asString(container.name) ?? "";
  if (!isDnsLabel(name2)) add([...path, "name"], name2 === "" ? "is missing" : `'${name2}' is not a valid container name (a DNS-1123 label)`, 'Name the container with lowercase letters, digits and "-".');
  else if (names.has(name2)) add([...path, "name"], `'${name2}' names a second container of the pod`, "Give every container, init containers included, its own name.");
  names.add(name2);
  if (!asString(container.image)) add(path, "has no image", "Set the container image.");
  for (const policy of ["imagePullPolicy", "terminationMessagePolicy"]) {
    const value = container[policy];
    if (value !== void 0 && !ALLOWED[policy].includes(String(value))) add([...path, policy], `is ${String(value)}, none of ${ALLOWED[policy].join(", ")}`, `Use one of ${ALLOWED[policy].join(", ")}.`);
  }
  const portNames = /* @__PURE__ */ new Set();
  asList(container.ports).forEach((item, index) => {
    const port = asRecord(item);
    const at = [...path, "ports", index];
    const portName = asString(port.name);
    if (portName !== void 0 && portName !== "") {
      if (!isPortName(portName)) add([...at, "name"], `'${portName}' is not a valid port name (up to 15 lowercase letters, digits and "-", with a letter)`, "Shorten or rename the port.");
      else if (portNames.has(portName)) add([...at, "name"], `'${portName}' names a second port of the container`, "Give every port of a container its own name.");
      portNames.add(portName);
    }
    if (!isPort(port.containerPort)) add(at, port.containerPort === void 0 ? "has no containerPort" : `has containerPort ${portText(port.containerPort)}`, "Set containerPort to the port the container listens on.");
    if (port.hostPort !== void 0 && port.hostPort !== 0 && !isPort(port.hostPort)) add([...at, "hostPort"], `is ${portText(port.hostPort)}`, "Set hostPort within 1-65535, or remove it.");
    if (port.protocol !== void 0 && !ALLOWED.protocol.includes(String(port.protocol))) add([...at, "protocol"], `is ${String(port.protocol)}, none of ${ALLOWED.protocol.join(", ")}`, `Use one of ${ALLOWED.protocol.join(", ")}.`);
  });
  const mountPaths = /* @__PURE__ */ new Set();
  asList(container.volumeMounts).forEach((item, index) => {
    const mount = asRecord(item);
    const at = [...path, "volumeMounts", index];
    const volume = asString(mount.name) ?? "";
    if (!volumes.has(volume)) add([...at, "name"], `'${volume}' names no volume of spec.template.spec.volumes`, "Add the volume to spec.template.spec.volumes, or correct the name.");
    const mountPath = asString(mount.mountPath) ?? "";
    if (mountPath === "") add(at, "has no mountPath", "Set mountPath.");
    else if (mountPaths.has(mountPath)) add([...at, "mountPath"], `'${mountPath}' is mounted twice in the container`, "Mount each path once.");
    mountPaths.add(mountPath);
  });
  for (const probe of ["livenessProbe", "startupProbe"]) {
    const threshold = isRecord(container[probe]) ? container[probe].successThreshold : void 0;
    if (threshold !== void 0 && threshold !== 1) add([...path, probe, "successThreshold"], `is ${String(threshold)}; a ${probe} succeeds on one success, so it must be 1`, "Set successThreshold: 1, or remove it.");
  }
  return problems;
}

// src/rollout/rules/lint/pod-template-invalid.ts
var podTemplateInvalid = defineLintRule({
  meta: {
    id: "pod-template-invalid",
    category: "configuration",
    severity: "error",
    description: "A Rollout pod template Kubernetes would refuse for a ReplicaSet: no containers, a container without a valid unique name or an image, invalid ports, mounts of undeclared volumes, a liveness or startup successThreshold other than 1, a restartPolicy other than Always, activeDeadlineSeconds, or invalid labels and policies.",
    summary: "a pod template Kubernetes refuses for a ReplicaSet (containers, names, ports, mounts, restartPolicy, \u2026)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const spec = asRecord(manifest.object.spec);
    if (spec.workloadRef !== void 0 || !isRecord(spec.template)) return [];
    return podTemplateProblems(spec.template, isRecord(spec.selector)).map(({ path, problem, suggestion }) => ({
      path,
      message: `${fieldPathText(path)} ${problem}: the controller validates the pod template as a ReplicaSet's and refuses the Rollout.`,
      suggestion
    }));
  }
});

// src/rollout/rules/lint/traffic-split-not-owned.ts
var trafficSplitNotOwned = defineLintRule({
  meta: {
    id: "traffic-split-not-owned",
    category: "configuration",
    severity: "error",
    description: "An SMI TrafficSplit among the linted files named as the Rollout's SMI trafficSplitName (by default the Rollout's name), which the controller does not own and so refuses to patch.",
    summary: "an SMI TrafficSplit the manifests apply under the name the controller creates and owns"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const smi = asRecord(canaryStrategy(manifest)?.trafficRouting).smi;
    if (!isRecord(smi)) return [];
    const named = asString(smi.trafficSplitName);
    const name2 = named || manifest.name;
    const split = objects.find("TrafficSplit", name2, manifest);
    if (!split) return [];
    const owned = asList(asRecord(split.object.metadata).ownerReferences).some((ref) => {
      const owner = asRecord(ref);
      return owner.kind === "Rollout" && owner.name === manifest.name && owner.controller === true;
    });
    if (owned) return [];
    const path = named ? [...CANARY_PATH, "trafficRouting", "smi", "trafficSplitName"] : [...CANARY_PATH, "trafficRouting", "smi"];
    return [
      {
        path,
        message: `SMI TrafficSplit '${name2}' (${split.file}) is applied from the manifests, so Rollout '${manifest.name}' does not own it; the controller creates and patches this TrafficSplit itself and refuses one it does not own, so every weight change fails.`,
        suggestion: `Remove TrafficSplit '${name2}' from the manifests: the controller creates it${named ? "" : " (named after the Rollout when trafficSplitName is unset)"}.`
      }
    ];
  }
});

// src/rollout/rules/lint/ambassador-mapping-invalid.ts
var ambassadorMappingInvalid = defineLintRule({
  meta: {
    id: "ambassador-mapping-invalid",
    category: "configuration",
    severity: "error",
    description: "Ambassador traffic routing without a Mapping, or a Mapping the Rollout names that sets a non-zero spec.weight.",
    summary: "Ambassador routing with no Mapping, or a named Mapping that sets its own weight"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const ambassador = asRecord(canaryStrategy(manifest)?.trafficRouting).ambassador;
    if (!isRecord(ambassador)) return [];
    const reports = [];
    if (asList(ambassador.mappings).length === 0) {
      const path = [...CANARY_PATH, "trafficRouting", "ambassador"];
      reports.push({ path, message: `${fieldPathText(path)} names no Mapping; the controller needs at least one in mappings to route the canary.`, suggestion: "List the Ambassador Mappings of the stable Service under mappings." });
    }
    for (const named of namedRoutingObjects(manifest)) {
      if (named.kind !== "Mapping") continue;
      const mapping2 = objects.find("Mapping", named.name, manifest);
      const weight = asRecord(mapping2?.object.spec).weight;
      if (!mapping2 || typeof weight !== "number" || !Number.isInteger(weight) || weight === 0) continue;
      reports.push({
        path: named.path,
        message: `Ambassador Mapping '${named.name}' (${mapping2.file}) sets spec.weight: ${weight}; the controller refuses a Mapping that sets its own weight, since it weights the canary with a Mapping of its own.`,
        suggestion: `Remove spec.weight from Mapping '${named.name}'.`
      });
    }
    return reports;
  }
});

// src/rollout/rules/lint/app-mesh-route-invalid.ts
var ROUTE_TYPES = ["httpRoute", "tcpRoute", "http2Route", "grpcRoute"];
var appMeshRouteInvalid = defineLintRule({
  meta: {
    id: "app-mesh-route-invalid",
    category: "configuration",
    severity: "error",
    description: "App Mesh traffic routing without a virtualService or both virtual nodes, an App Mesh VirtualService with no virtualRouterRef, or a VirtualRouter without routes or with a route that is not one supported kind with exactly two weightedTargets; a warning for a weighted route with no target on the Rollout's virtual nodes.",
    summary: "App Mesh routing without its objects, or a VirtualRouter route the controller cannot weight"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const appMesh = asRecord(canaryStrategy(manifest)?.trafficRouting).appMesh;
    if (!isRecord(appMesh)) return [];
    const base = [...CANARY_PATH, "trafficRouting", "appMesh"];
    const reports = [];
    const group = asRecord(appMesh.virtualNodeGroup);
    const missingNodes = ["stableVirtualNodeRef", "canaryVirtualNodeRef"].filter((ref2) => !asString(asRecord(group[ref2]).name));
    if (missingNodes.length > 0) {
      reports.push({ path: base, message: `${fieldPathText(base)} has no virtualNodeGroup.${missingNodes.join(" or ")} name; the controller moves traffic between the stable and the canary virtual node and needs both.`, suggestion: "Set virtualNodeGroup.stableVirtualNodeRef.name and canaryVirtualNodeRef.name." });
    }
    const name2 = asString(asRecord(appMesh.virtualService).name);
    if (!name2) {
      reports.push({ path: base, message: `${fieldPathText(base)} has no virtualService name; the controller needs the App Mesh VirtualService whose router it weights.`, suggestion: "Set virtualService.name to the App Mesh VirtualService of the app." });
      return reports;
    }
    const namePath = [...base, "virtualService", "name"];
    const virtualService = objects.find("AppMeshVirtualService", name2, manifest);
    if (!virtualService) return reports;
    const ref = appMeshRouterRef(virtualService);
    if (!ref) {
      reports.push({ path: namePath, message: `App Mesh VirtualService '${name2}' (${virtualService.file}) has no spec.provider.virtualRouter.virtualRouterRef; the controller weights a VirtualRouter's routes, so it refuses a VirtualService that routes to a node directly.`, suggestion: "Route the VirtualService through a VirtualRouter (spec.provider.virtualRouter.virtualRouterRef)." });
      return reports;
    }
    const router = objects.find("VirtualRouter", ref.name, ref.source);
    if (!router) return reports;
    const invalid = routerReports(router, namePath);
    if (invalid.length > 0) return [...reports, ...invalid];
    const nodes = { stable: asString(asRecord(group.stableVirtualNodeRef).name), canary: asString(asRecord(group.canaryVirtualNodeRef).name) };
    const weighted = asList(asRecord(appMesh.virtualService).routes).filter((route) => typeof route === "string");
    const namespace = asString(asRecord(manifest.object.metadata).namespace);
    return [...reports, ...untouchedRoutes(router, namePath, nodes, weighted, namespace)];
  }
});
function routerReports(router, path) {
  const where = `App Mesh VirtualRouter '${router.name}' (${router.file})`;
  const routes = asList(asRecord(router.object.spec).routes);
  if (routes.length === 0) return [{ path, message: `${where} has no spec.routes; the controller needs a route to weight.`, suggestion: "Add a route whose action has weightedTargets for the stable and the canary virtual node." }];
  for (const [index, route] of routes.entries()) {
    const label = `spec.routes[${index}]${isRecord(route) && asString(route.name) ? ` ('${asString(route.name)}')` : ""}`;
    const type = isRecord(route) ? ROUTE_TYPES.find((candidate) => isRecord(route[candidate])) : void 0;
    if (!isRecord(route) || type === void 0) {
      return [{ path, message: `${where}: ${label} is none of ${ROUTE_TYPES.join(", ")}, which the controller refuses.`, suggestion: `Give the route one of ${ROUTE_TYPES.join(", ")}.` }];
    }
    const action = asRecord(asRecord(route[type]).action);
    if (!Array.isArray(action.weightedTargets)) {
      return [{ path, message: `${where}: ${label}.${type}.action has no weightedTargets, which the controller refuses.`, suggestion: "Give the action weightedTargets for the stable and the canary virtual node." }];
    }
    if (action.weightedTargets.length !== 2) {
      return [{ path, message: `${where}: ${label}.${type}.action has ${action.weightedTargets.length} weightedTargets; the controller needs exactly 2 (the stable and the canary virtual node).`, suggestion: "Keep two weightedTargets: the stable and the canary virtual node." }];
    }
  }
  return [];
}
function untouchedRoutes(router, path, nodes, weighted, namespace) {
  if (!nodes.stable || !nodes.canary) return [];
  const reports = [];
  for (const [index, route] of asList(asRecord(router.object.spec).routes).entries()) {
    const record = asRecord(route);
    const name2 = asString(record.name);
    if (weighted.length > 0 && (name2 === void 0 || !weighted.includes(name2))) continue;
    const type = ROUTE_TYPES.find((candidate) => isRecord(record[candidate])) ?? ROUTE_TYPES[0];
    const targets = asList(asRecord(asRecord(record[type]).action).weightedTargets).map((target) => asRecord(asRecord(target).virtualNodeRef));
    const names = targets.filter((ref) => {
      const refNamespace = asString(ref.namespace);
      return !refNamespace || !namespace || refNamespace === namespace;
    }).map((ref) => asString(ref.name));
    const missing = [nodes.stable, nodes.canary].filter((node) => !names.includes(node));
    if (missing.length === 0) continue;
    reports.push({
      path,
      severity: "warning",
      message: `App Mesh VirtualRouter '${router.name}' (${router.file}): spec.routes[${index}]${name2 ? ` ('${name2}')` : ""} has no weighted target on ${missing.map((node) => `'${node}'`).join(" or ")}; the controller reweights only the Rollout's stable and canary virtual nodes, so this route's traffic never moves.`,
      suggestion: `Point the route's two weightedTargets at virtualNodeGroup's nodes ('${nodes.stable}' and '${nodes.canary}'), or list only the routes to weight in appMesh.virtualService.routes.`
    });
  }
  return reports;
}

// src/rollout/rules/lint/service-managed-by-other-rollout.ts
var MANAGED_BY_ROLLOUTS = "argo-rollouts.argoproj.io/managed-by-rollouts";
var serviceManagedByOtherRollout = defineLintRule({
  meta: {
    id: "service-managed-by-other-rollout",
    category: "configuration",
    severity: "error",
    description: `A Service the Rollout names (canary, stable, ping, pong, active, preview) whose \`${MANAGED_BY_ROLLOUTS}\` annotation names another Rollout.`,
    summary: "a Service the Rollout names is annotated as managed by another Rollout"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    return namedServices(manifest).flatMap(({ name: name2, path, role }) => {
      const service = objects.find("Service", name2, manifest);
      if (!service) return [];
      const annotations = asRecord(asRecord(service.object.metadata).annotations);
      if (!Object.hasOwn(annotations, MANAGED_BY_ROLLOUTS)) return [];
      const owner = asString(annotations[MANAGED_BY_ROLLOUTS]) ?? String(annotations[MANAGED_BY_ROLLOUTS]);
      if (owner === manifest.name) return [];
      return [
        {
          path,
          message: `${role} '${name2}' (${service.file}) is annotated ${MANAGED_BY_ROLLOUTS}: ${owner}, so the controller takes it for a Service of Rollout '${owner}' and refuses to manage it for '${manifest.name}'.`,
          suggestion: `Give Rollout '${manifest.name}' its own Service, or remove the annotation if the Service was copied from another Rollout's.`
        }
      ];
    });
  }
});

// src/rollout/lint/closest-name.ts
function closestName(name2, candidates) {
  const lower = name2.toLowerCase();
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const limit = Math.max(2, Math.floor(name2.length / 3));
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/rollout/lint/crd-fields.ts
var CRD_FIELDS = { "Rollout": { "spec": { "analysis": { "successfulRunHistoryLimit": 1, "unsuccessfulRunHistoryLimit": 1 }, "minReadySeconds": 1, "paused": 1, "progressDeadlineAbort": 1, "progressDeadlineSeconds": 1, "replicas": 1, "restartAt": 1, "revisionHistoryLimit": 1, "rollbackWindow": { "revisions": 1 }, "selector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "strategy": { "blueGreen": { "abortScaleDownDelaySeconds": 1, "activeMetadata": { "annotations": 1, "labels": 1 }, "activeService": 1, "antiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": 1 }, "autoPromotionEnabled": 1, "autoPromotionSeconds": 1, "maxUnavailable": 1, "postPromotionAnalysis": { "analysisRunMetadata": { "annotations": 1, "labels": 1 }, "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "podTemplateHashValue": 1 } }, "dryRun": { "metricName": 1 }, "measurementRetention": { "limit": 1, "metricName": 1 }, "templates": { "clusterScope": 1, "templateName": 1 } }, "prePromotionAnalysis": { "analysisRunMetadata": { "annotations": 1, "labels": 1 }, "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "podTemplateHashValue": 1 } }, "dryRun": { "metricName": 1 }, "measurementRetention": { "limit": 1, "metricName": 1 }, "templates": { "clusterScope": 1, "templateName": 1 } }, "previewMetadata": { "annotations": 1, "labels": 1 }, "previewReplicaCount": 1, "previewService": 1, "scaleDownDelayRevisionLimit": 1, "scaleDownDelaySeconds": 1 }, "canary": { "abortScaleDownDelaySeconds": 1, "analysis": { "analysisRunMetadata": { "annotations": 1, "labels": 1 }, "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "podTemplateHashValue": 1 } }, "dryRun": { "metricName": 1 }, "measurementRetention": { "limit": 1, "metricName": 1 }, "startingStep": 1, "templates": { "clusterScope": 1, "templateName": 1 } }, "antiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": 1 }, "canaryMetadata": { "annotations": 1, "labels": 1 }, "canaryService": 1, "dynamicStableScale": 1, "maxSurge": 1, "maxUnavailable": 1, "minPodsPerReplicaSet": 1, "pingPong": { "pingService": 1, "pongService": 1 }, "replicaProgressThreshold": { "type": 1, "value": 1 }, "scaleDownDelayRevisionLimit": 1, "scaleDownDelaySeconds": 1, "stableMetadata": { "annotations": 1, "labels": 1 }, "stableService": 1, "steps": { "analysis": { "analysisRunMetadata": { "annotations": 1, "labels": 1 }, "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "podTemplateHashValue": 1 } }, "dryRun": { "metricName": 1 }, "measurementRetention": { "limit": 1, "metricName": 1 }, "templates": { "clusterScope": 1, "templateName": 1 } }, "experiment": { "analyses": { "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "podTemplateHashValue": 1 } }, "clusterScope": 1, "name": 1, "requiredForCompletion": 1, "templateName": 1 }, "analysisRunMetadata": { "annotations": 1, "labels": 1 }, "dryRun": { "metricName": 1 }, "duration": 1, "scaleDownDelaySeconds": 1, "templates": { "metadata": { "annotations": 1, "labels": 1 }, "name": 1, "replicas": 1, "selector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "service": { "name": 1 }, "specRef": 1, "weight": 1 } }, "pause": { "duration": 1 }, "plugin": { "config": 1, "name": 1 }, "setCanaryScale": { "matchTrafficWeight": 1, "replicas": 1, "weight": 1 }, "setHeaderRoute": { "match": { "headerName": 1, "headerValue": { "exact": 1, "prefix": 1, "regex": 1 } }, "name": 1 }, "setMirrorRoute": { "match": { "headers": { "*": { "exact": 1, "prefix": 1, "regex": 1 } }, "method": { "exact": 1, "prefix": 1, "regex": 1 }, "path": { "exact": 1, "prefix": 1, "regex": 1 } }, "name": 1, "percentage": 1 }, "setWeight": 1 }, "trafficRouting": { "alb": { "annotationPrefix": 1, "ingress": 1, "ingresses": 1, "rootService": 1, "servicePort": 1, "stickinessConfig": { "durationSeconds": 1, "enabled": 1 } }, "ambassador": { "mappings": 1 }, "apisix": { "route": { "name": 1, "rules": 1 } }, "appMesh": { "virtualNodeGroup": { "canaryVirtualNodeRef": { "name": 1 }, "stableVirtualNodeRef": { "name": 1 } }, "virtualService": { "name": 1, "routes": 1 } }, "istio": { "destinationRule": { "additionalSubsetNames": 1, "canarySubsetName": 1, "name": 1, "stableSubsetName": 1 }, "virtualService": { "name": 1, "routes": 1, "tcpRoutes": { "port": 1 }, "tlsRoutes": { "port": 1, "sniHosts": 1 } }, "virtualServices": { "name": 1, "routes": 1, "tcpRoutes": { "port": 1 }, "tlsRoutes": { "port": 1, "sniHosts": 1 } } }, "managedRoutes": { "name": 1 }, "maxTrafficWeight": 1, "nginx": { "additionalIngressAnnotations": 1, "annotationPrefix": 1, "canaryIngressAnnotations": 1, "stableIngress": 1, "stableIngresses": 1 }, "plugins": 1, "smi": { "rootService": 1, "trafficSplitName": 1 }, "traefik": { "weightedTraefikServiceName": 1 } } } }, "template": { "metadata": { "annotations": 1, "labels": 1 }, "spec": { "activeDeadlineSeconds": 1, "affinity": { "nodeAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "preference": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchFields": { "key": 1, "operator": 1, "values": 1 } }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "nodeSelectorTerms": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchFields": { "key": 1, "operator": 1, "values": 1 } } } }, "podAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "podAffinityTerm": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 } }, "podAntiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "podAffinityTerm": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 } } }, "automountServiceAccountToken": 1, "containers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "dnsConfig": { "nameservers": 1, "options": { "name": 1, "value": 1 }, "searches": 1 }, "dnsPolicy": 1, "enableServiceLinks": 1, "ephemeralContainers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "targetContainerName": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "hostAliases": { "hostnames": 1, "ip": 1 }, "hostIPC": 1, "hostNetwork": 1, "hostPID": 1, "hostUsers": 1, "hostname": 1, "hostnameOverride": 1, "imagePullSecrets": { "name": 1 }, "initContainers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "nodeName": 1, "nodeSelector": 1, "os": { "name": 1 }, "overhead": 1, "preemptionPolicy": 1, "priority": 1, "priorityClassName": 1, "readinessGates": { "conditionType": 1 }, "resourceClaims": { "name": 1, "resourceClaimName": 1, "resourceClaimTemplateName": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "runtimeClassName": 1, "schedulerName": 1, "schedulingGates": { "name": 1 }, "securityContext": { "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "fsGroup": 1, "fsGroupChangePolicy": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxChangePolicy": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "supplementalGroups": 1, "supplementalGroupsPolicy": 1, "sysctls": { "name": 1, "value": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "serviceAccount": 1, "serviceAccountName": 1, "setHostnameAsFQDN": 1, "shareProcessNamespace": 1, "subdomain": 1, "terminationGracePeriodSeconds": 1, "tolerations": { "effect": 1, "key": 1, "operator": 1, "tolerationSeconds": 1, "value": 1 }, "topologySpreadConstraints": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "maxSkew": 1, "minDomains": 1, "nodeAffinityPolicy": 1, "nodeTaintsPolicy": 1, "topologyKey": 1, "whenUnsatisfiable": 1 }, "volumes": 1 } }, "workloadRef": { "apiVersion": 1, "kind": 1, "name": 1, "scaleDown": 1 } } }, "AnalysisTemplate": { "spec": { "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "secretKeyRef": { "key": 1, "name": 1 } } }, "dryRun": { "metricName": 1 }, "measurementRetention": { "limit": 1, "metricName": 1 }, "metrics": { "consecutiveErrorLimit": 1, "consecutiveSuccessLimit": 1, "count": 1, "failureCondition": 1, "failureLimit": 1, "inconclusiveLimit": 1, "initialDelay": 1, "interval": 1, "name": 1, "provider": { "cloudWatch": { "interval": 1, "metricDataQueries": { "expression": 1, "id": 1, "label": 1, "metricStat": { "metric": { "dimensions": { "name": 1, "value": 1 }, "metricName": 1, "namespace": 1 }, "period": 1, "stat": 1, "unit": 1 }, "period": 1, "returnData": 1 } }, "datadog": { "aggregator": 1, "apiVersion": 1, "formula": 1, "interval": 1, "queries": 1, "query": 1, "requestTimeout": 1, "secretRef": { "name": 1, "namespaced": 1 } }, "graphite": { "address": 1, "query": 1 }, "influxdb": { "profile": 1, "query": 1 }, "job": { "metadata": { "annotations": 1, "labels": 1 }, "spec": { "activeDeadlineSeconds": 1, "backoffLimit": 1, "backoffLimitPerIndex": 1, "completionMode": 1, "completions": 1, "managedBy": 1, "manualSelector": 1, "maxFailedIndexes": 1, "parallelism": 1, "podFailurePolicy": { "rules": { "action": 1, "onExitCodes": { "containerName": 1, "operator": 1, "values": 1 }, "onPodConditions": { "status": 1, "type": 1 } } }, "podReplacementPolicy": 1, "selector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "successPolicy": { "rules": { "succeededCount": 1, "succeededIndexes": 1 } }, "suspend": 1, "template": { "metadata": { "annotations": 1, "labels": 1 }, "spec": { "activeDeadlineSeconds": 1, "affinity": { "nodeAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "preference": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchFields": { "key": 1, "operator": 1, "values": 1 } }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "nodeSelectorTerms": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchFields": { "key": 1, "operator": 1, "values": 1 } } } }, "podAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "podAffinityTerm": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 } }, "podAntiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "podAffinityTerm": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 } } }, "automountServiceAccountToken": 1, "containers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "dnsConfig": { "nameservers": 1, "options": { "name": 1, "value": 1 }, "searches": 1 }, "dnsPolicy": 1, "enableServiceLinks": 1, "ephemeralContainers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "targetContainerName": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "hostAliases": { "hostnames": 1, "ip": 1 }, "hostIPC": 1, "hostNetwork": 1, "hostPID": 1, "hostUsers": 1, "hostname": 1, "hostnameOverride": 1, "imagePullSecrets": { "name": 1 }, "initContainers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "nodeName": 1, "nodeSelector": 1, "os": { "name": 1 }, "overhead": 1, "preemptionPolicy": 1, "priority": 1, "priorityClassName": 1, "readinessGates": { "conditionType": 1 }, "resourceClaims": { "name": 1, "resourceClaimName": 1, "resourceClaimTemplateName": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "runtimeClassName": 1, "schedulerName": 1, "schedulingGates": { "name": 1 }, "securityContext": { "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "fsGroup": 1, "fsGroupChangePolicy": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxChangePolicy": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "supplementalGroups": 1, "supplementalGroupsPolicy": 1, "sysctls": { "name": 1, "value": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "serviceAccount": 1, "serviceAccountName": 1, "setHostnameAsFQDN": 1, "shareProcessNamespace": 1, "subdomain": 1, "terminationGracePeriodSeconds": 1, "tolerations": { "effect": 1, "key": 1, "operator": 1, "tolerationSeconds": 1, "value": 1 }, "topologySpreadConstraints": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "maxSkew": 1, "minDomains": 1, "nodeAffinityPolicy": 1, "nodeTaintsPolicy": 1, "topologyKey": 1, "whenUnsatisfiable": 1 }, "volumes": 1 } }, "ttlSecondsAfterFinished": 1 } }, "kayenta": { "address": 1, "application": 1, "canaryConfigName": 1, "configurationAccountName": 1, "lookback": 1, "metricsAccountName": 1, "scopes": { "controlScope": { "end": 1, "region": 1, "scope": 1, "start": 1, "step": 1 }, "experimentScope": { "end": 1, "region": 1, "scope": 1, "start": 1, "step": 1 }, "name": 1 }, "storageAccountName": 1, "threshold": { "marginal": 1, "pass": 1 } }, "newRelic": { "profile": 1, "query": 1, "timeout": 1 }, "plugin": 1, "prometheus": { "address": 1, "authentication": { "basicAuth": { "password": 1, "username": 1 }, "oauth2": { "clientId": 1, "clientSecret": 1, "scopes": 1, "tokenUrl": 1 }, "sigv4": { "profile": 1, "region": 1, "roleArn": 1 } }, "headers": { "key": 1, "value": 1 }, "insecure": 1, "query": 1, "rangeQuery": { "end": 1, "start": 1, "step": 1 }, "timeout": 1 }, "skywalking": { "address": 1, "interval": 1, "query": 1 }, "wavefront": { "address": 1, "query": 1 }, "web": { "authentication": { "basicAuth": { "password": 1, "username": 1 }, "oauth2": { "clientId": 1, "clientSecret": 1, "scopes": 1, "tokenUrl": 1 }, "sigv4": { "profile": 1, "region": 1, "roleArn": 1 } }, "body": 1, "headers": { "key": 1, "value": 1 }, "insecure": 1, "jsonBody": 1, "jsonPath": 1, "method": 1, "timeoutSeconds": 1, "url": 1 } }, "successCondition": 1 }, "templates": { "clusterScope": 1, "templateName": 1 } } }, "ClusterAnalysisTemplate": { "spec": { "args": { "name": 1, "value": 1, "valueFrom": { "fieldRef": { "fieldPath": 1 }, "secretKeyRef": { "key": 1, "name": 1 } } }, "dryRun": { "metricName": 1 }, "measurementRetention": { "limit": 1, "metricName": 1 }, "metrics": { "consecutiveErrorLimit": 1, "consecutiveSuccessLimit": 1, "count": 1, "failureCondition": 1, "failureLimit": 1, "inconclusiveLimit": 1, "initialDelay": 1, "interval": 1, "name": 1, "provider": { "cloudWatch": { "interval": 1, "metricDataQueries": { "expression": 1, "id": 1, "label": 1, "metricStat": { "metric": { "dimensions": { "name": 1, "value": 1 }, "metricName": 1, "namespace": 1 }, "period": 1, "stat": 1, "unit": 1 }, "period": 1, "returnData": 1 } }, "datadog": { "aggregator": 1, "apiVersion": 1, "formula": 1, "interval": 1, "queries": 1, "query": 1, "requestTimeout": 1, "secretRef": { "name": 1, "namespaced": 1 } }, "graphite": { "address": 1, "query": 1 }, "influxdb": { "profile": 1, "query": 1 }, "job": { "metadata": { "annotations": 1, "labels": 1 }, "spec": { "activeDeadlineSeconds": 1, "backoffLimit": 1, "backoffLimitPerIndex": 1, "completionMode": 1, "completions": 1, "managedBy": 1, "manualSelector": 1, "maxFailedIndexes": 1, "parallelism": 1, "podFailurePolicy": { "rules": { "action": 1, "onExitCodes": { "containerName": 1, "operator": 1, "values": 1 }, "onPodConditions": { "status": 1, "type": 1 } } }, "podReplacementPolicy": 1, "selector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "successPolicy": { "rules": { "succeededCount": 1, "succeededIndexes": 1 } }, "suspend": 1, "template": { "metadata": { "annotations": 1, "labels": 1 }, "spec": { "activeDeadlineSeconds": 1, "affinity": { "nodeAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "preference": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchFields": { "key": 1, "operator": 1, "values": 1 } }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "nodeSelectorTerms": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchFields": { "key": 1, "operator": 1, "values": 1 } } } }, "podAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "podAffinityTerm": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 } }, "podAntiAffinity": { "preferredDuringSchedulingIgnoredDuringExecution": { "podAffinityTerm": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 }, "weight": 1 }, "requiredDuringSchedulingIgnoredDuringExecution": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "mismatchLabelKeys": 1, "namespaceSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "namespaces": 1, "topologyKey": 1 } } }, "automountServiceAccountToken": 1, "containers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "dnsConfig": { "nameservers": 1, "options": { "name": 1, "value": 1 }, "searches": 1 }, "dnsPolicy": 1, "enableServiceLinks": 1, "ephemeralContainers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "targetContainerName": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "hostAliases": { "hostnames": 1, "ip": 1 }, "hostIPC": 1, "hostNetwork": 1, "hostPID": 1, "hostUsers": 1, "hostname": 1, "hostnameOverride": 1, "imagePullSecrets": { "name": 1 }, "initContainers": { "args": 1, "command": 1, "env": { "name": 1, "value": 1, "valueFrom": { "configMapKeyRef": { "key": 1, "name": 1, "optional": 1 }, "fieldRef": { "apiVersion": 1, "fieldPath": 1 }, "fileKeyRef": { "key": 1, "optional": 1, "path": 1, "volumeName": 1 }, "resourceFieldRef": { "containerName": 1, "divisor": 1, "resource": 1 }, "secretKeyRef": { "key": 1, "name": 1, "optional": 1 } } }, "envFrom": { "configMapRef": { "name": 1, "optional": 1 }, "prefix": 1, "secretRef": { "name": 1, "optional": 1 } }, "image": 1, "imagePullPolicy": 1, "lifecycle": { "postStart": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "preStop": { "exec": { "command": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "sleep": { "seconds": 1 }, "tcpSocket": { "host": 1, "port": 1 } }, "stopSignal": 1 }, "livenessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "name": 1, "ports": { "containerPort": 1, "hostIP": 1, "hostPort": 1, "name": 1, "protocol": 1 }, "readinessProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "resizePolicy": { "resourceName": 1, "restartPolicy": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "restartPolicyRules": { "action": 1, "exitCodes": { "operator": 1, "values": 1 } }, "securityContext": { "allowPrivilegeEscalation": 1, "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "capabilities": { "add": 1, "drop": 1 }, "privileged": 1, "procMount": 1, "readOnlyRootFilesystem": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "startupProbe": { "exec": { "command": 1 }, "failureThreshold": 1, "grpc": { "port": 1, "service": 1 }, "httpGet": { "host": 1, "httpHeaders": { "name": 1, "value": 1 }, "path": 1, "port": 1, "scheme": 1 }, "initialDelaySeconds": 1, "periodSeconds": 1, "successThreshold": 1, "tcpSocket": { "host": 1, "port": 1 }, "terminationGracePeriodSeconds": 1, "timeoutSeconds": 1 }, "stdin": 1, "stdinOnce": 1, "terminationMessagePath": 1, "terminationMessagePolicy": 1, "tty": 1, "volumeDevices": { "devicePath": 1, "name": 1 }, "volumeMounts": { "mountPath": 1, "mountPropagation": 1, "name": 1, "readOnly": 1, "recursiveReadOnly": 1, "subPath": 1, "subPathExpr": 1 }, "workingDir": 1 }, "nodeName": 1, "nodeSelector": 1, "os": { "name": 1 }, "overhead": 1, "preemptionPolicy": 1, "priority": 1, "priorityClassName": 1, "readinessGates": { "conditionType": 1 }, "resourceClaims": { "name": 1, "resourceClaimName": 1, "resourceClaimTemplateName": 1 }, "resources": { "claims": { "name": 1, "request": 1 }, "limits": 1, "requests": 1 }, "restartPolicy": 1, "runtimeClassName": 1, "schedulerName": 1, "schedulingGates": { "name": 1 }, "securityContext": { "appArmorProfile": { "localhostProfile": 1, "type": 1 }, "fsGroup": 1, "fsGroupChangePolicy": 1, "runAsGroup": 1, "runAsNonRoot": 1, "runAsUser": 1, "seLinuxChangePolicy": 1, "seLinuxOptions": { "level": 1, "role": 1, "type": 1, "user": 1 }, "seccompProfile": { "localhostProfile": 1, "type": 1 }, "supplementalGroups": 1, "supplementalGroupsPolicy": 1, "sysctls": { "name": 1, "value": 1 }, "windowsOptions": { "gmsaCredentialSpec": 1, "gmsaCredentialSpecName": 1, "hostProcess": 1, "runAsUserName": 1 } }, "serviceAccount": 1, "serviceAccountName": 1, "setHostnameAsFQDN": 1, "shareProcessNamespace": 1, "subdomain": 1, "terminationGracePeriodSeconds": 1, "tolerations": { "effect": 1, "key": 1, "operator": 1, "tolerationSeconds": 1, "value": 1 }, "topologySpreadConstraints": { "labelSelector": { "matchExpressions": { "key": 1, "operator": 1, "values": 1 }, "matchLabels": 1 }, "matchLabelKeys": 1, "maxSkew": 1, "minDomains": 1, "nodeAffinityPolicy": 1, "nodeTaintsPolicy": 1, "topologyKey": 1, "whenUnsatisfiable": 1 }, "volumes": 1 } }, "ttlSecondsAfterFinished": 1 } }, "kayenta": { "address": 1, "application": 1, "canaryConfigName": 1, "configurationAccountName": 1, "lookback": 1, "metricsAccountName": 1, "scopes": { "controlScope": { "end": 1, "region": 1, "scope": 1, "start": 1, "step": 1 }, "experimentScope": { "end": 1, "region": 1, "scope": 1, "start": 1, "step": 1 }, "name": 1 }, "storageAccountName": 1, "threshold": { "marginal": 1, "pass": 1 } }, "newRelic": { "profile": 1, "query": 1, "timeout": 1 }, "plugin": 1, "prometheus": { "address": 1, "authentication": { "basicAuth": { "password": 1, "username": 1 }, "oauth2": { "clientId": 1, "clientSecret": 1, "scopes": 1, "tokenUrl": 1 }, "sigv4": { "profile": 1, "region": 1, "roleArn": 1 } }, "headers": { "key": 1, "value": 1 }, "insecure": 1, "query": 1, "rangeQuery": { "end": 1, "start": 1, "step": 1 }, "timeout": 1 }, "skywalking": { "address": 1, "interval": 1, "query": 1 }, "wavefront": { "address": 1, "query": 1 }, "web": { "authentication": { "basicAuth": { "password": 1, "username": 1 }, "oauth2": { "clientId": 1, "clientSecret": 1, "scopes": 1, "tokenUrl": 1 }, "sigv4": { "profile": 1, "region": 1, "roleArn": 1 } }, "body": 1, "headers": { "key": 1, "value": 1 }, "insecure": 1, "jsonBody": 1, "jsonPath": 1, "method": 1, "timeoutSeconds": 1, "url": 1 } }, "successCondition": 1 }, "templates": { "clusterScope": 1, "templateName": 1 } } } };

// src/rollout/lint/flagger-crd-fields.ts
var FLAGGER_CRD_FIELDS = { "Canary": { "spec": { "analysis": { "alerts": { "name": 1, "providerRef": { "name": 1, "namespace": 1 }, "severity": 1 }, "canaryReadyThreshold": 1, "interval": 1, "iterations": 1, "match": { "headers": { "*": { "exact": 1, "prefix": 1, "regex": 1, "suffix": 1 } }, "queryParams": { "*": { "exact": 1, "prefix": 1, "regex": 1 } }, "sourceLabels": 1 }, "maxWeight": 1, "metrics": { "interval": 1, "name": 1, "query": 1, "templateRef": { "name": 1, "namespace": 1 }, "templateVariables": 1, "threshold": 1, "thresholdRange": { "max": 1, "min": 1 } }, "mirror": 1, "mirrorWeight": 1, "primaryReadyThreshold": 1, "sessionAffinity": { "cookieName": 1, "domain": 1, "httpOnly": 1, "maxAge": 1, "partitioned": 1, "path": 1, "primaryCookieName": 1, "sameSite": 1, "secure": 1 }, "stepWeight": 1, "stepWeightPromotion": 1, "stepWeights": 1, "threshold": 1, "webhooks": { "disableTLS": 1, "metadata": 1, "muteAlert": 1, "name": 1, "retries": 1, "timeout": 1, "type": 1, "url": 1 } }, "autoscalerRef": { "apiVersion": 1, "kind": 1, "name": 1, "primaryScalerQueries": 1, "primaryScalerReplicas": { "maxReplicas": 1, "minReplicas": 1 } }, "ingressRef": { "apiVersion": 1, "kind": 1, "name": 1 }, "metricsServer": 1, "progressDeadlineSeconds": 1, "provider": 1, "revertOnDeletion": 1, "routeRef": { "apiVersion": 1, "kind": 1, "name": 1 }, "service": { "apex": { "annotations": 1, "labels": 1 }, "appProtocol": 1, "backendTimeout": 1, "backends": 1, "canary": { "annotations": 1, "labels": 1 }, "corsPolicy": { "allowCredentials": 1, "allowHeaders": 1, "allowMethods": 1, "allowOrigin": 1, "allowOrigins": { "exact": 1, "prefix": 1, "regex": 1 }, "exposeHeaders": 1, "maxAge": 1 }, "delegation": 1, "gatewayRefs": { "group": 1, "kind": 1, "name": 1, "namespace": 1, "port": 1, "sectionName": 1 }, "gateways": 1, "headers": { "request": { "add": 1, "remove": 1, "set": 1 }, "response": { "add": 1, "remove": 1, "set": 1 } }, "headless": 1, "hosts": 1, "match": { "authority": { "exact": 1, "prefix": 1, "regex": 1 }, "gateways": 1, "headers": { "*": { "exact": 1, "prefix": 1, "regex": 1 } }, "ignoreUriCase": 1, "method": { "exact": 1, "prefix": 1, "regex": 1 }, "name": 1, "port": 1, "queryParams": { "*": { "exact": 1, "prefix": 1, "regex": 1 } }, "scheme": { "exact": 1, "prefix": 1, "regex": 1 }, "sourceLabels": 1, "sourceNamespace": 1, "uri": { "exact": 1, "prefix": 1, "regex": 1 }, "withoutHeaders": { "*": { "exact": 1, "prefix": 1, "regex": 1 } } }, "meshName": 1, "mirror": { "backendRef": { "group": 1, "kind": 1, "name": 1, "namespace": 1, "port": 1 } }, "name": 1, "port": 1, "portDiscovery": 1, "portName": 1, "primary": { "annotations": 1, "labels": 1 }, "retries": { "attempts": 1, "perTryTimeout": 1, "retryOn": 1 }, "rewrite": { "authority": 1, "type": 1, "uri": 1 }, "targetPort": 1, "timeout": 1, "trafficDistribution": 1, "trafficPolicy": { "connectionPool": { "http": { "h2UpgradePolicy": 1, "http1MaxPendingRequests": 1, "http2MaxRequests": 1, "idleTimeout": 1, "maxRequestsPerConnection": 1, "maxRetries": 1 } }, "loadBalancer": { "consistentHash": { "httpCookie": { "name": 1, "path": 1, "ttl": 1 }, "httpHeaderName": 1, "httpQueryParameterName": 1, "minimumRingSize": 1, "useSourceIp": 1 }, "localityLbSetting": { "distribute": { "from": 1, "to": 1 }, "enabled": 1, "failover": { "from": 1, "to": 1 } }, "simple": 1, "warmupDurationSecs": 1 }, "outlierDetection": { "baseEjectionTime": 1, "consecutive5xxErrors": 1, "consecutiveErrors": 1, "consecutiveGatewayErrors": 1, "consecutiveLocalOriginFailures": 1, "interval": 1, "maxEjectionPercent": 1, "minHealthPercent": 1, "splitExternalLocalOriginErrors": 1 }, "tls": { "caCertificates": 1, "clientCertificate": 1, "mode": 1, "privateKey": 1, "sni": 1, "subjectAltNames": 1 } }, "unmanagedMetadata": { "annotations": 1, "labels": 1 } }, "skipAnalysis": 1, "suspend": 1, "targetRef": { "apiVersion": 1, "kind": 1, "name": 1 }, "upstreamRef": { "apiVersion": 1, "kind": 1, "name": 1, "namespace": 1 } } }, "MetricTemplate": { "spec": { "provider": { "address": 1, "headers": 1, "insecureSkipVerify": 1, "region": 1, "secretRef": { "name": 1 }, "type": 1 }, "query": 1 } } };

// src/rollout/rules/lint/unknown-field.ts
var TOP_LEVEL = ["apiVersion", "kind", "metadata", "spec", "status"];
var OBJECT_META_FIELDS = /* @__PURE__ */ new Set([
  "name",
  "generateName",
  "namespace",
  "selfLink",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "labels",
  "annotations",
  "ownerReferences",
  "finalizers",
  "managedFields"
]);
var KNOWN_FIELDS = { ...CRD_FIELDS, ...FLAGGER_CRD_FIELDS };
var unknownField = defineLintRule({
  meta: {
    id: "unknown-field",
    category: "configuration",
    severity: "error",
    description: "A field of a Rollout, AnalysisTemplate, ClusterAnalysisTemplate, or Flagger Canary or MetricTemplate that the published CRD schema does not define, with the closest known name.",
    summary: "a field the Argo Rollouts or Flagger CRD schema does not define (did you mean \u2026?)"
  },
  check(manifest) {
    if (!Object.hasOwn(KNOWN_FIELDS, manifest.kind)) return [];
    const reports = [];
    for (const key of Object.keys(manifest.object)) {
      if (!TOP_LEVEL.includes(key)) reports.push(unknown([key], TOP_LEVEL));
    }
    const root = KNOWN_FIELDS[manifest.kind];
    if (root !== 1 && isRecord(manifest.object.spec) && root.spec !== void 0) walk(manifest.object.spec, root.spec, ["spec"], reports);
    return reports;
  }
});
function walk(value, node, path, reports) {
  if (node === 1) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, node, [...path, index], reports));
    return;
  }
  if (!isRecord(value)) return;
  const map = node["*"];
  for (const [key, child] of Object.entries(value)) {
    if (map !== void 0) walk(child, map, [...path, key], reports);
    else if (Object.hasOwn(node, key)) walk(child, node[key], [...path, key], reports);
    else if (path[path.length - 1] === "metadata" && OBJECT_META_FIELDS.has(key)) continue;
    else reports.push(unknown([...path, key], Object.keys(node)));
  }
}
function unknown(path, known) {
  const name2 = String(path[path.length - 1]);
  const guess = closestName(name2, known);
  const parent = path.length > 1 ? fieldPathText(path.slice(0, -1)) : "the top level";
  return {
    path,
    message: `${fieldPathText(path)} is not a field of ${parent}${guess ? `; did you mean '${guess}'?` : "."} The API server drops it, so whatever it was meant to set keeps its default.`,
    suggestion: guess ? `Rename it to ${guess}.` : `Remove it, or move it where the CRD defines it (the fields of ${parent}: ${known.slice(0, 12).join(", ")}${known.length > 12 ? ", \u2026" : ""}).`
  };
}

// src/rollout/rules/lint/rollout-counts-invalid.ts
var DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
var NON_NEGATIVE = ["replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds"];
var rolloutCountsInvalid = defineLintRule({
  meta: {
    id: "rollout-counts-invalid",
    category: "configuration",
    severity: "error",
    description: "A negative replicas, minReadySeconds, revisionHistoryLimit or progressDeadlineSeconds, or a progressDeadlineSeconds (default 600) not above minReadySeconds.",
    summary: "a negative count, or `progressDeadlineSeconds` not above `minReadySeconds`"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const spec = asRecord(manifest.object.spec);
    const reports = [];
    for (const field of NON_NEGATIVE) {
      const value = asWholeNumber(spec[field]);
      if (value !== void 0 && value < 0) reports.push({ path: ["spec", field], message: `spec.${field} is ${value}; it cannot be negative.`, suggestion: `Set spec.${field} to 0 or more.` });
    }
    const minReady = asWholeNumber(spec.minReadySeconds) ?? 0;
    const deadline = asWholeNumber(spec.progressDeadlineSeconds) ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
    if (deadline >= 0 && deadline <= minReady) {
      reports.push({
        path: spec.progressDeadlineSeconds === void 0 ? ["spec", "minReadySeconds"] : ["spec", "progressDeadlineSeconds"],
        message: `spec.progressDeadlineSeconds is ${deadline}${spec.progressDeadlineSeconds === void 0 ? " (the default)" : ""}, not above spec.minReadySeconds (${minReady}): no pod could become available before the deadline.`,
        suggestion: `Set progressDeadlineSeconds above ${minReady}.`
      });
    }
    return reports;
  }
});

// src/rollout/rules/lint/strategy-invalid.ts
var DEFAULT_REVISION_HISTORY_LIMIT = 10;
var strategyInvalid = defineLintRule({
  meta: {
    id: "strategy-invalid",
    category: "configuration",
    severity: "error",
    description: "A Rollout with neither or both of canary and blueGreen, a blueGreen whose activeService equals previewService (or is missing), scaleDownDelayRevisionLimit above revisionHistoryLimit, or an antiAffinity without exactly one kind or with a preferred weight outside 1\u2013100.",
    summary: "no strategy or two, blue-green Services missing or equal, scale-down limit above history, bad antiAffinity"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const spec = asRecord(manifest.object.spec);
    const strategy = asRecord(spec.strategy);
    const canary = isRecord(strategy.canary);
    const blueGreen = isRecord(strategy.blueGreen);
    const reports = [];
    if (!canary && !blueGreen) {
      if (spec.template !== void 0 || spec.workloadRef !== void 0) {
        reports.push({ path: ["spec", "strategy"], message: `Rollout '${manifest.name}' sets neither spec.strategy.canary nor spec.strategy.blueGreen; the controller needs one.`, suggestion: "Add spec.strategy.canary (with steps) or spec.strategy.blueGreen (with activeService)." });
      }
      return reports;
    }
    if (canary && blueGreen) {
      return [{ path: ["spec", "strategy"], message: "spec.strategy sets both canary and blueGreen; a Rollout has one strategy.", suggestion: "Keep one of spec.strategy.canary and spec.strategy.blueGreen." }];
    }
    const kind = canary ? "canary" : "blueGreen";
    const block = asRecord(strategy[kind]);
    if (blueGreen) {
      const active = asString(block.activeService) ?? "";
      const preview = asString(block.previewService) ?? "";
      if (active === preview) {
        reports.push({
          path: active === "" ? ["spec", "strategy", "blueGreen"] : ["spec", "strategy", "blueGreen", "activeService"],
          message: active === "" ? "spec.strategy.blueGreen has no activeService; blue-green needs the Service that serves production traffic." : `spec.strategy.blueGreen.activeService and previewService are both '${active}'; they must be two Services.`,
          suggestion: "Set activeService (and previewService, if any) to two different Services."
        });
      }
      const limit = asWholeNumber(block.scaleDownDelayRevisionLimit);
      const history = asWholeNumber(spec.revisionHistoryLimit) ?? DEFAULT_REVISION_HISTORY_LIMIT;
      if (limit !== void 0 && history < limit) {
        reports.push({ path: ["spec", "strategy", "blueGreen", "scaleDownDelayRevisionLimit"], message: `spec.strategy.blueGreen.scaleDownDelayRevisionLimit is ${limit}, above the ${history} revisions spec.revisionHistoryLimit keeps${spec.revisionHistoryLimit === void 0 ? " (the default)" : ""}.`, suggestion: `Lower scaleDownDelayRevisionLimit to ${history} or less, or raise revisionHistoryLimit.` });
      }
    }
    const antiAffinity = block.antiAffinity;
    if (isRecord(antiAffinity)) {
      const path = ["spec", "strategy", kind, "antiAffinity"];
      const preferred = antiAffinity.preferredDuringSchedulingIgnoredDuringExecution;
      const required = antiAffinity.requiredDuringSchedulingIgnoredDuringExecution;
      if (preferred === void 0 === (required === void 0)) {
        reports.push({ path, message: `spec.strategy.${kind}.antiAffinity sets ${preferred === void 0 ? "neither" : "both"} of preferredDuringSchedulingIgnoredDuringExecution and requiredDuringSchedulingIgnoredDuringExecution; it takes exactly one.`, suggestion: "Keep one of the two." });
      }
      const weight = asWholeNumber(asRecord(preferred).weight);
      if (isRecord(preferred) && (weight === void 0 || weight < 1 || weight > 100)) {
        reports.push({ path: [...path, "preferredDuringSchedulingIgnoredDuringExecution", "weight"], message: `spec.strategy.${kind}.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight is ${String(asRecord(preferred).weight ?? "unset")}; it must be 1 to 100.`, suggestion: "Set a weight from 1 to 100." });
      }
    }
    return reports;
  }
});

// src/rollout/lint/flagger-canary.ts
function canaryAnalysis(canary) {
  const spec = asRecord(canary.object.spec);
  if (isRecord(spec.analysis)) return { analysis: spec.analysis, path: ["spec", "analysis"] };
  if (isRecord(spec.canaryAnalysis)) return { analysis: spec.canaryAnalysis, path: ["spec", "canaryAnalysis"] };
  return void 0;
}
function analysisEntries(canary, key) {
  const found = canaryAnalysis(canary);
  if (!found) return [];
  return asList(found.analysis[key]).flatMap((entry, index) => isRecord(entry) ? [{ entry, path: [...found.path, key, index] }] : []);
}

// src/rollout/lint/go-duration.ts
function goDurationMs(text4) {
  const units = { ns: 1e-6, us: 1e-3, "\xB5s": 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5 };
  const trimmed = text4.trim();
  if (trimmed === "0") return 0;
  const match = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(trimmed);
  if (!match) return void 0;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(amount) * units[unit];
  return match[1] === "-" ? -total : total;
}

// src/rollout/rules/lint/flagger-analysis-invalid.ts
var MIN_INTERVAL_MS = 1e4;
var flaggerAnalysisInvalid = defineLintRule({
  meta: {
    id: "flagger-analysis-invalid",
    category: "configuration",
    severity: "error",
    description: "A Flagger Canary analysis whose interval Go cannot parse (error), or whose interval under 10s, threshold under 1, or A/B test without iterations Flagger replaces (warning).",
    summary: "a Flagger analysis interval, threshold or iterations the controller replaces"
  },
  check(manifest) {
    if (manifest.kind !== "Canary") return [];
    const found = canaryAnalysis(manifest);
    if (!found) return [];
    const { analysis, path } = found;
    const reports = [];
    const interval = asString(analysis.interval);
    if (analysis.interval !== void 0) {
      const ms = interval === void 0 ? void 0 : goDurationMs(interval);
      if (ms === void 0) {
        reports.push({ path: [...path, "interval"], message: `${fieldPathText([...path, "interval"])} is ${JSON.stringify(analysis.interval)}, not a Go duration: Flagger runs the analysis every 1m instead.`, suggestion: "Write a duration such as 30s, 1m or 2m30s." });
      } else if (ms < MIN_INTERVAL_MS) {
        reports.push({ path: [...path, "interval"], severity: "warning", message: `${fieldPathText([...path, "interval"])} is ${interval}: Flagger never runs the analysis more often than every 10s.`, suggestion: "Set interval to 10s or more." });
      }
    }
    const threshold = asWholeNumber(analysis.threshold);
    if (analysis.threshold !== void 0 && (threshold === void 0 || threshold < 1)) {
      reports.push({ path: [...path, "threshold"], severity: "warning", message: `${fieldPathText([...path, "threshold"])} is ${JSON.stringify(analysis.threshold)}: Flagger rolls back after 1 failed check instead.`, suggestion: "Set threshold to the number of failed checks that should roll back (1 or more)." });
    }
    const iterations = asWholeNumber(analysis.iterations);
    if (asList(analysis.match).length > 0 && (iterations === void 0 || iterations < 1)) {
      reports.push({ path: analysis.iterations === void 0 ? [...path, "match"] : [...path, "iterations"], severity: "warning", message: `${fieldPathText(path)} is an A/B test (match) without iterations of 1 or more: Flagger runs 10 iterations.`, suggestion: "Set iterations to the number of analysis runs the A/B test should last." });
    }
    return reports;
  }
});

// src/rollout/rules/lint/flagger-metric-invalid.ts
var BUILTIN_METRICS = ["request-success-rate", "request-duration"];
var flaggerMetricInvalid = defineLintRule({
  meta: {
    id: "flagger-metric-invalid",
    category: "configuration",
    severity: "error",
    description: "A Flagger Canary metric that is not a built-in, has no templateRef and no query, or has an interval Go cannot parse (error); one without thresholdRange (warning); a templateRef to a MetricTemplate no linted file defines (notice).",
    summary: "a Flagger metric Flagger cannot measure, with no threshold, or whose MetricTemplate is not among the files"
  },
  check(manifest, { flagger }) {
    if (manifest.kind !== "Canary") return [];
    return analysisEntries(manifest, "metrics").flatMap(({ entry, path }) => {
      const reports = [];
      const name2 = asString(entry.name) ?? "";
      const reference = asRecord(entry.templateRef);
      const templateName = asString(reference.name);
      if (!BUILTIN_METRICS.includes(name2) && templateName === void 0 && asString(entry.query) === void 0) {
        reports.push({ path, message: `${fieldPathText(path)} ('${name2}') is neither a built-in metric (${BUILTIN_METRICS.join(", ")}) nor has a templateRef or a query: Flagger has nothing to measure.`, suggestion: "Add templateRef: {name: \u2026} naming a MetricTemplate, or use a built-in metric name." });
      }
      if (entry.interval !== void 0 && goDurationMs(String(entry.interval)) === void 0) {
        reports.push({ path: [...path, "interval"], message: `${fieldPathText([...path, "interval"])} is ${JSON.stringify(entry.interval)}, not a Go duration (30s, 1m, 2m30s).`, suggestion: "Write a Go duration." });
      }
      const ranged = isRecord(entry.thresholdRange) && (entry.thresholdRange.min !== void 0 || entry.thresholdRange.max !== void 0);
      if (!ranged && entry.threshold === void 0) {
        reports.push({ path, severity: "warning", message: `${fieldPathText(path)} ('${name2}') has no thresholdRange min or max (nor the older threshold): every value passes, so it checks nothing.`, suggestion: "Add thresholdRange: {min: \u2026} or {max: \u2026}." });
      }
      if (templateName !== void 0 && !flagger.metricTemplate(templateName, asString(reference.namespace), manifest)) {
        reports.push({ path: [...path, "templateRef", "name"], severity: "notice", message: `${fieldPathText([...path, "templateRef", "name"])} is '${templateName}', but no MetricTemplate of that name is among the linted manifests; only the cluster can tell whether it exists there.`, suggestion: `Add the MetricTemplate '${templateName}' under the lint paths to have it checked, or correct the name.` });
      }
      return reports;
    });
  }
});

// src/rollout/rules/lint/flagger-webhook-invalid.ts
var WEBHOOK_TYPES = ["", "confirm-rollout", "pre-rollout", "rollout", "confirm-promotion", "post-rollout", "event", "rollback", "confirm-traffic-increase"];
var flaggerWebhookInvalid = defineLintRule({
  meta: {
    id: "flagger-webhook-invalid",
    category: "configuration",
    severity: "error",
    description: "A Flagger Canary webhook with a type the schema does not list, without a name, or whose url is not an absolute http(s) URL.",
    summary: "a Flagger webhook with an unknown type, no name, or a url that is not http(s)"
  },
  check(manifest) {
    if (manifest.kind !== "Canary") return [];
    return analysisEntries(manifest, "webhooks").flatMap(({ entry, path }) => {
      const reports = [];
      const name2 = asString(entry.name) ?? "";
      if (name2 === "") reports.push({ path, message: `${fieldPathText(path)} has no name; Flagger needs one to report the hook.`, suggestion: "Give the webhook a name." });
      const type = entry.type === void 0 ? "" : asString(entry.type);
      if (type === void 0 || !WEBHOOK_TYPES.includes(type)) {
        reports.push({ path: [...path, "type"], message: `${fieldPathText([...path, "type"])} is ${JSON.stringify(entry.type)}, not a Flagger webhook type (${WEBHOOK_TYPES.filter(Boolean).join(", ")}).`, suggestion: "Use one of the listed types, or leave type out for a rollout hook." });
      }
      const url = asString(entry.url);
      if (!isHttpUrl(url)) {
        reports.push({ path: entry.url === void 0 ? path : [...path, "url"], message: `${fieldPathText([...path, "url"])} is ${url === void 0 ? "missing" : JSON.stringify(url)}: Flagger posts to the webhook, so it needs an absolute http:// or https:// URL.`, suggestion: "Write the full URL, such as http://flagger-loadtester.test/." });
      }
      return reports;
    });
  }
});
function isHttpUrl(text4) {
  if (text4 === void 0) return false;
  try {
    const url = new URL(text4);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

// src/rollout/lint/istio-layer4-routes.ts
function layer4Routes(spec, kind) {
  return asList(spec[kind]).flatMap((route, index) => {
    if (!isRecord(route)) return [];
    const ports = /* @__PURE__ */ new Set();
    const sniHosts = /* @__PURE__ */ new Set();
    for (const match of asList(route.match).map(asRecord)) {
      ports.add(asWholeNumber(match.port) ?? 0);
      for (const host of asList(match.sniHosts)) if (typeof host === "string") sniHosts.add(host);
    }
    return [{ index, route, ports, sniHosts }];
  });
}
function matchingLayer4Routes(routes, wanted, kind) {
  const port = asWholeNumber(wanted.port) ?? 0;
  const hosts = new Set(asList(wanted.sniHosts).filter((host) => typeof host === "string"));
  return routes.filter((route) => {
    if (route.ports.size > 1) return false;
    const routePort = route.ports.size === 0 ? 0 : [...route.ports][0];
    if (routePort !== port) return false;
    return kind === "tcp" || route.sniHosts.size === hosts.size && [...hosts].every((host) => route.sniHosts.has(host));
  });
}
function describeLayer4Entry(wanted) {
  const hosts = asList(wanted.sniHosts).filter((host) => typeof host === "string");
  return `port ${asWholeNumber(wanted.port) ?? asString(wanted.port) ?? 0}${hosts.length > 0 ? `, sniHosts ${hosts.join(", ")}` : ""}`;
}

// src/rollout/rules/lint/virtual-service-route-invalid.ts
var virtualServiceRouteInvalid = defineLintRule({
  meta: {
    id: "virtual-service-route-invalid",
    category: "configuration",
    severity: "error",
    description: "An Istio VirtualService the Rollout names, among the linted files, lacking an HTTP route the Rollout names, with several HTTP routes and none named, or with a route missing the canary or stable destination (Service or subset).",
    summary: "an Istio VirtualService without the named route, or a route without both canary and stable destinations"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const canary = canaryStrategy(manifest);
    const istio = asRecord(asRecord(canary?.trafficRouting).istio);
    if (!canary || !isRecord(canary.trafficRouting) || Object.keys(istio).length === 0) return [];
    const base = [...CANARY_PATH, "trafficRouting", "istio"];
    const references = isRecord(istio.virtualService) ? [{ entry: istio.virtualService, path: [...base, "virtualService"] }] : asList(istio.virtualServices).flatMap((entry, index) => isRecord(entry) ? [{ entry, path: [...base, "virtualServices", index] }] : []);
    const destinationRule = isRecord(istio.destinationRule) ? istio.destinationRule : void 0;
    const services = { canary: asString(canary.canaryService), stable: asString(canary.stableService) };
    const reports = [];
    for (const { entry, path } of references) {
      const name2 = asString(entry.name);
      const virtualService = name2 ? objects.find("VirtualService", name2, manifest) : void 0;
      if (!virtualService) continue;
      const spec = asRecord(virtualService.object.spec);
      const http = asList(spec.http).filter(isRecord);
      const where = `VirtualService '${name2}' (${virtualService.file})`;
      if (spec.http === void 0 && spec.tls === void 0 && spec.tcp === void 0) {
        reports.push({ path: [...path, "name"], message: `${where} has no HTTP, TLS or TCP routes: the controller has no route to set the canary's weight in.`, suggestion: "Give the VirtualService a route with the canary and the stable destination." });
        continue;
      }
      for (const kind of ["tls", "tcp"]) reports.push(...layer4Reports(kind, spec, entry, path, where, services, destinationRule));
      if (http.length === 0) continue;
      const named = asList(entry.routes).filter((route) => typeof route === "string");
      let patched = [];
      if (named.length === 0) {
        if (http.length > 1 && !http.some((route) => !asString(route.name)) && canary.trafficRouting && asRecord(canary.trafficRouting).managedRoutes === void 0) {
          reports.push({ path: [...path, "name"], message: `${where} has ${http.length} HTTP routes, all named, and ${fieldPathText(path)}.routes names none: the controller cannot tell which to weight.`, suggestion: `List the route in ${fieldPathText(path)}.routes.` });
          continue;
        }
        patched = [http.length === 1 ? http[0] : http.find((route) => !asString(route.name)) ?? http[0]];
      } else {
        for (const routeName of named) {
          const route = http.find((candidate) => asString(candidate.name) === routeName);
          if (route) patched.push(route);
          else reports.push({ path: [...path, "routes"], message: `${fieldPathText(path)}.routes names '${routeName}', but ${where} has no HTTP route of that name (${http.map((r) => asString(r.name) ?? "(unnamed)").join(", ")}).`, suggestion: "Name the route in the VirtualService, or correct the name." });
        }
      }
      for (const route of patched) {
        const missing = missingDestinations(route, services, destinationRule);
        if (missing.length === 0) continue;
        reports.push({
          path: [...path, "name"],
          message: `${where}: HTTP route ${asString(route.name) ? `'${asString(route.name)}'` : "(unnamed)"} has no destination for ${missing.join(" or ")}; the controller needs both the canary and the stable destination to set their weights.`,
          suggestion: "Give the route two destinations, the canary and the stable one."
        });
      }
    }
    return reports;
  }
});
function layer4Reports(kind, spec, entry, path, where, services, destinationRule) {
  if (spec[kind] === void 0) return [];
  const label = kind.toUpperCase();
  const field = kind === "tls" ? "tlsRoutes" : "tcpRoutes";
  const routes = layer4Routes(spec, kind);
  const wanted = asList(entry[field]).filter(isRecord);
  const reports = [];
  let patched = [];
  if (wanted.length === 0) {
    if (routes.length > 1) {
      return [{ path: [...path, "name"], message: `${where} has ${routes.length} ${label} routes and ${fieldPathText(path)}.${field} lists none: the controller weights a single ${label} route only when none is listed.`, suggestion: `List the route's port${kind === "tls" ? " and sniHosts" : ""} in ${fieldPathText(path)}.${field}.` }];
    }
    patched = routes.slice(0, 1);
  } else {
    wanted.forEach((route, index) => {
      const found = matchingLayer4Routes(routes, route, kind);
      if (found.length === 0) {
        reports.push({ path: [...path, field, index], message: `${fieldPathText([...path, field, index])} (${describeLayer4Entry(route)}) matches no ${label} route of ${where}.`, suggestion: `Match the VirtualService's ${label} route exactly: one port${kind === "tls" ? " and the same sniHosts" : ""}.` });
      }
      patched.push(...found.filter((candidate) => !patched.includes(candidate)));
    });
  }
  for (const { route, index } of patched) {
    const missing = missingDestinations(route, services, destinationRule);
    if (missing.length === 0) continue;
    reports.push({ path: [...path, "name"], message: `${where}: ${label} route ${index} has no destination for ${missing.join(" or ")}; the controller needs both the canary and the stable destination to set their weights.`, suggestion: "Give the route two destinations, the canary and the stable one." });
  }
  return reports;
}
function missingDestinations(route, services, destinationRule) {
  const destinations = asList(route.route).map((entry) => asRecord(asRecord(entry).destination));
  if (destinationRule) {
    return ["canarySubsetName", "stableSubsetName"].flatMap((key) => {
      const subset = asString(destinationRule[key]);
      return subset && !destinations.some((destination) => destination.subset === subset) ? [`subset '${subset}'`] : [];
    });
  }
  const hosts = destinations.map((destination) => (asString(destination.host) ?? "").split(".")[0]);
  return ["canary", "stable"].flatMap((role) => {
    const service = services[role];
    return service && !hosts.includes(service) ? [`the ${role} Service '${service}'`] : [];
  });
}

// src/rollout/rules/lint/route-match-invalid.ts
var KINDS = ["exact", "regex", "prefix"];
var routeMatchInvalid = defineLintRule({
  meta: {
    id: "route-match-invalid",
    category: "configuration",
    severity: "error",
    description: "A setHeaderRoute match without headerValue, a header, method or path match with more than one of exact, regex and prefix, or an ALB header match that is not exact.",
    summary: "a header or mirror route match with no value, two kinds of value, or (ALB) not exact"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const alb = isRecord(asRecord(canaryStrategy(manifest)?.trafficRouting).alb);
    const reports = [];
    for (const { step, path } of canarySteps(manifest)) {
      asList(asRecord(step.setHeaderRoute).match).forEach((match, index) => {
        const matchPath = [...path, "setHeaderRoute", "match", index];
        const value = asRecord(match).headerValue;
        if (!isRecord(value)) {
          reports.push({ path: matchPath, message: `${fieldPathText(matchPath)} has no headerValue; give it exactly one of ${KINDS.join(", ")}.`, suggestion: "Add headerValue: {exact: \u2026}." });
          return;
        }
        const set = KINDS.filter((kind) => typeof value[kind] === "string" && value[kind] !== "");
        if (alb && (set.length !== 1 || set[0] !== "exact")) {
          reports.push({ path: [...matchPath, "headerValue"], message: `${fieldPathText([...matchPath, "headerValue"])} sets ${set.join(" and ") || "no value"}; with ALB a header match must be exact only.`, suggestion: "Use headerValue: {exact: \u2026}." });
        } else reports.push(...several(set, [...matchPath, "headerValue"]));
      });
      asList(asRecord(step.setMirrorRoute).match).forEach((match, index) => {
        for (const key of ["method", "path"]) {
          const value = asRecord(match)[key];
          if (!isRecord(value)) continue;
          reports.push(...several(KINDS.filter((kind) => typeof value[kind] === "string" && value[kind] !== ""), [...path, "setMirrorRoute", "match", index, key]));
        }
      });
    }
    return reports;
  }
});
function several(set, path) {
  if (set.length <= 1) return [];
  return [{ path, message: `${fieldPathText(path)} sets ${set.join(" and ")}; a string match takes exactly one of ${KINDS.join(", ")}.`, suggestion: `Keep one of ${set.join(" and ")}.` }];
}

// src/rollout/lint/metric-name-rule.ts
function compileMetricNameRule(pattern) {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"));
  } catch {
    return void 0;
  }
}

// src/rollout/lint/template-metrics.ts
function templateMetrics(template) {
  return asList(asRecord(template.object.spec).metrics).flatMap(
    (metric2, index) => isRecord(metric2) ? [{ metric: metric2, name: asString(metric2.name) ?? `#${index}`, index, path: ["spec", "metrics", index] }] : []
  );
}
function providerNames(metric2) {
  const provider = asRecord(metric2.provider);
  return Object.keys(provider).flatMap((key) => key === "plugin" && isRecord(provider.plugin) && Object.keys(provider.plugin).length > 0 ? Object.keys(provider.plugin).map((plugin) => `plugin ${plugin}`) : [key]);
}

// src/rollout/rules/lint/all-metrics-dry-run.ts
var allMetricsDryRun = defineLintRule({
  meta: {
    id: "all-metrics-dry-run",
    category: "configuration",
    severity: "notice",
    description: "A template whose spec.dryRun rules (regular expressions such as '.*', or each name) cover every metric, so its analysis can never fail.",
    summary: "`spec.dryRun` covering every metric, so the analysis can never fail (R19)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    const dryRun = asList(asRecord(manifest.object.spec).dryRun).flatMap((entry) => asString(asRecord(entry).metricName) ?? []);
    const metrics = templateMetrics(manifest).map(({ name: name2 }) => name2);
    if (dryRun.length === 0 || metrics.length === 0) return [];
    const patterns = dryRun.flatMap((name2) => compileMetricNameRule(name2) ?? []);
    if (!metrics.every((name2) => patterns.some((pattern) => pattern.test(name2)))) return [];
    const covered = dryRun.length === 1 ? `'${dryRun[0]}', which matches every metric (${metrics.join(", ")})` : `every metric (${metrics.join(", ")})`;
    return [
      {
        path: ["spec", "dryRun"],
        message: `spec.dryRun of ${manifest.kind} '${manifest.name}' covers ${covered}: dry-run metrics never affect the run, so this analysis can never fail a rollout.`,
        suggestion: "Remove from spec.dryRun the metrics that should gate the rollout."
      }
    ];
  }
});

// src/rollout/lint/metadata-field-path.ts
function metadataFieldPathProblem(fieldPath) {
  const subscripted = /^(.+?)\['(.*)'\]$/s.exec(fieldPath);
  if (subscripted) {
    const [, path, key] = subscripted;
    if (path !== "metadata.labels" && path !== "metadata.annotations") return `${path} takes no ['key'] subscript; only metadata.labels and metadata.annotations do`;
    const problem = qualifiedNameProblem(path === "metadata.annotations" ? key.toLowerCase() : key);
    return problem === void 0 ? void 0 : `the key '${key}' ${problem}`;
  }
  if (["metadata.name", "metadata.namespace", "metadata.uid", "metadata.labels", "metadata.annotations"].includes(fieldPath)) return void 0;
  return "it is not one of metadata.name, metadata.namespace, metadata.uid, metadata.labels, metadata.annotations or metadata.labels/annotations['key']";
}
var NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
var DNS_SUBDOMAIN2 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function qualifiedNameProblem(key) {
  const parts = key.split("/");
  if (parts.length > 2) return "is not a qualified name (at most one /)";
  const name2 = parts[parts.length - 1];
  if (parts.length === 2 && (parts[0].length === 0 || parts[0].length > 253 || !DNS_SUBDOMAIN2.test(parts[0]))) return "has a prefix that is not a DNS subdomain";
  if (name2.length === 0 || name2.length > 63 || !NAME.test(name2)) return "is not a qualified name (letters, digits, -, _ and ., at most 63, starting and ending with a letter or digit)";
  return void 0;
}

// src/rollout/rules/lint/analysis-arg-field-ref-invalid.ts
var analysisArgFieldRefInvalid = defineLintRule({
  meta: {
    id: "analysis-arg-field-ref-invalid",
    category: "configuration",
    severity: "error",
    description: "A step analysis or experiment analysis arg whose valueFrom.fieldRef.fieldPath starts with 'metadata' but is not a metadata field the downward API can read.",
    summary: "a step or experiment analysis arg `valueFrom.fieldRef` naming a metadata path the downward API cannot read"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const reports = [];
    for (const { step, path } of canarySteps(manifest)) {
      const argLists = [{ args: asRecord(step.analysis).args, path: [...path, "analysis", "args"] }];
      asList(asRecord(step.experiment).analyses).forEach((analysis, index) => argLists.push({ args: asRecord(analysis).args, path: [...path, "experiment", "analyses", index, "args"] }));
      for (const list of argLists) {
        asList(list.args).forEach((arg, index) => {
          if (!isRecord(arg)) return;
          const fieldPath = asString(asRecord(asRecord(arg.valueFrom).fieldRef).fieldPath);
          if (fieldPath === void 0 || !fieldPath.startsWith("metadata")) return;
          const problem = metadataFieldPathProblem(fieldPath);
          if (problem === void 0) return;
          const at = [...list.path, index, "valueFrom", "fieldRef", "fieldPath"];
          reports.push({
            path: at,
            message: `${fieldPathText(at)} is '${fieldPath}', which the controller cannot read from the Rollout: ${problem}. The Rollout is refused as InvalidSpec.`,
            suggestion: "Use metadata.name, metadata.namespace, metadata.uid, metadata.labels['key'] or metadata.annotations['key']."
          });
        });
      }
    }
    return reports;
  }
});

// src/rollout/lint/analysis-references.ts
function analysisReferences(rollout) {
  const references = [];
  const canary = canaryStrategy(rollout);
  if (canary && isRecord(canary.analysis)) references.push(readReference("background", [...CANARY_PATH, "analysis"], canary.analysis));
  for (const { step, path } of canarySteps(rollout)) {
    if (isRecord(step.analysis)) references.push(readReference("step", [...path, "analysis"], step.analysis));
    asList(asRecord(step.experiment).analyses).forEach((analysis, index) => {
      if (!isRecord(analysis)) return;
      const analysisPath = [...path, "experiment", "analyses", index];
      const single = readTemplate(analysis, analysisPath);
      const reference = readReference("experiment", analysisPath, analysis);
      references.push(single ? { ...reference, templates: [single, ...reference.templates] } : reference);
    });
  }
  const blueGreen = asRecord(asRecord(rollout.object.spec).strategy).blueGreen;
  for (const [usage, key] of [["pre-promotion", "prePromotionAnalysis"], ["post-promotion", "postPromotionAnalysis"]]) {
    const analysis = asRecord(blueGreen)[key];
    if (isRecord(analysis)) references.push(readReference(usage, ["spec", "strategy", "blueGreen", key], analysis));
  }
  return references;
}
function readReference(usage, path, analysis) {
  const templates = asList(analysis.templates).flatMap((template, index) => {
    const located = isRecord(template) ? readTemplate(template, [...path, "templates", index]) : void 0;
    return located ? [located] : [];
  });
  const argNames = asList(analysis.args).flatMap((arg) => {
    const name2 = asString(asRecord(arg).name);
    return name2 === void 0 ? [] : [name2];
  });
  return { usage, path, templates, argNames };
}
function readTemplate(entry, path) {
  const templateName = asString(entry.templateName);
  if (templateName === void 0) return void 0;
  return { templateName, clusterScope: entry.clusterScope === true, path: [...path, "templateName"] };
}

// src/rollout/rules/lint/analysis-arg-missing.ts
var analysisArgMissing = defineLintRule({
  meta: {
    id: "analysis-arg-missing",
    category: "configuration",
    severity: "error",
    description: "A template arg without value or valueFrom that the Rollout analysis does not pass.",
    summary: "a template arg with no value or valueFrom that the Rollout does not pass (R9)"
  },
  check(manifest, { templates }) {
    if (manifest.kind !== "Rollout") return [];
    return analysisReferences(manifest).flatMap(
      (analysis) => analysis.templates.flatMap((reference) => {
        const template = templates.find(reference, manifest);
        if (!template) return [];
        const missing = requiredArgs(template.object).filter((name2) => !analysis.argNames.includes(name2));
        return missing.map((name2) => ({
          path: reference.path,
          message: `${template.kind} '${template.name}' needs arg '${name2}' (it has no value or valueFrom), but ${fieldPathText([...analysis.path, "args"])} does not pass it.`,
          suggestion: `Add {name: ${name2}, value: \u2026} (or valueFrom) to ${fieldPathText([...analysis.path, "args"])}, or give the arg a default value in the template.`
        }));
      })
    );
  }
});
function requiredArgs(template) {
  return asList(asRecord(template.spec).args).flatMap((arg) => {
    const { name: name2, value, valueFrom } = asRecord(arg);
    const argName = asString(name2);
    return argName !== void 0 && value === void 0 && valueFrom === void 0 ? [argName] : [];
  });
}

// src/rollout/rules/lint/analysis-templates-conflict.ts
var analysisTemplatesConflict = defineLintRule({
  meta: {
    id: "analysis-templates-conflict",
    category: "configuration",
    severity: "error",
    description: "An analysis naming several templates that define a metric of the same name, or give one arg two different values.",
    summary: "templates merged into one analysis with a metric name twice, or an arg with two values"
  },
  check(manifest, { templates }) {
    if (manifest.kind !== "Rollout") return [];
    const reports = [];
    for (const reference of analysisReferences(manifest)) {
      if (reference.templates.length < 2) continue;
      const metricOwner = /* @__PURE__ */ new Map();
      const argValue = /* @__PURE__ */ new Map();
      for (const located of reference.templates) {
        const template = templates.find(located, manifest);
        if (!template) continue;
        for (const { name: name2 } of templateMetrics(template)) {
          const owner = metricOwner.get(name2);
          if (owner !== void 0 && owner !== template.name) {
            reports.push({ path: located.path, message: `${fieldPathText(reference.path)} merges templates '${owner}' and '${template.name}', which both define metric '${name2}'; the controller refuses two metrics with one name in a run.`, suggestion: `Rename metric '${name2}' in one of the templates.` });
          } else metricOwner.set(name2, template.name);
        }
        for (const arg of asList(asRecord(template.object.spec).args).map(asRecord)) {
          const name2 = asString(arg.name);
          const value = asString(arg.value);
          if (name2 === void 0 || value === void 0) continue;
          const earlier = argValue.get(name2);
          if (earlier && earlier.value !== value && earlier.template !== template.name) {
            reports.push({ path: located.path, message: `${fieldPathText(reference.path)} merges templates '${earlier.template}' and '${template.name}', which give arg '${name2}' the values '${earlier.value}' and '${value}'; the controller refuses one arg with two values.`, suggestion: `Give arg '${name2}' one value, or pass it from the Rollout and drop the templates' values.` });
          } else if (!earlier) argValue.set(name2, { value, template: template.name });
        }
      }
    }
    return reports;
  }
});

// src/rollout/lint/template-index.ts
function indexTemplates(manifests) {
  const templates = manifests.filter(isAnalysisTemplate);
  const sameNamespace = (a, b) => {
    const first = namespaceOf(a);
    const second = namespaceOf(b);
    return first === void 0 || second === void 0 || first === second;
  };
  return {
    find(reference, from) {
      const kind = reference.clusterScope ? "ClusterAnalysisTemplate" : "AnalysisTemplate";
      const candidates = templates.filter(
        (template) => template.kind === kind && template.name === reference.templateName && (kind === "ClusterAnalysisTemplate" || sameNamespace(template, from))
      );
      return candidates.find((template) => template.file === from.file) ?? candidates[0];
    },
    namesakes(template) {
      return templates.filter(
        (other) => other !== template && other.kind === template.kind && other.name === template.name && (template.kind === "ClusterAnalysisTemplate" || sameNamespace(other, template))
      );
    }
  };
}
function namespaceOf(manifest) {
  return asString(asRecord(manifest.object.metadata).namespace);
}

// src/rollout/rules/lint/analysis-template-not-found.ts
var analysisTemplateNotFound = defineLintRule({
  meta: {
    id: "analysis-template-not-found",
    category: "configuration",
    severity: "notice",
    description: "A templateName that matches no AnalysisTemplate (or, with clusterScope: true, no ClusterAnalysisTemplate) among the linted manifests.",
    summary: "a `templateName` with no (Cluster)AnalysisTemplate among all manifests under the paths (R8)"
  },
  check(manifest, { templates }) {
    if (manifest.kind !== "Rollout") return [];
    return analysisReferences(manifest).flatMap(
      ({ templates: references }) => references.flatMap((reference) => {
        if (templates.find(reference, manifest)) return [];
        const wanted = reference.clusterScope ? "ClusterAnalysisTemplate" : "AnalysisTemplate";
        const hint = unreachableNamesake(reference, manifest, templates);
        return [
          {
            path: reference.path,
            message: hint ? `${fieldPathText(reference.path)} is '${reference.templateName}', but no ${wanted} of that name is among the linted manifests. ${hint}` : `${fieldPathText(reference.path)} is '${reference.templateName}', but no ${wanted} of that name is among the linted manifests; only the cluster can tell whether it exists there.`,
            suggestion: `Add the ${wanted} '${reference.templateName}' under the lint paths to have it checked, or correct the name.`,
            ...hint ? { severity: "warning" } : {}
          }
        ];
      })
    );
  }
});
function unreachableNamesake(reference, rollout, templates) {
  const otherScope = templates.find({ ...reference, clusterScope: !reference.clusterScope }, rollout);
  if (otherScope) {
    return `${otherScope.kind === "AnalysisTemplate" ? "An" : "A"} ${otherScope.kind} of that name exists in ${otherScope.file}: ${reference.clusterScope ? "remove clusterScope: true" : "add clusterScope: true"}.`;
  }
  if (reference.clusterScope) return void 0;
  const anywhere = templates.find(reference, { ...rollout, object: { ...rollout.object, metadata: {} } });
  if (!anywhere) return void 0;
  return `An AnalysisTemplate of that name exists in namespace ${namespaceOf(anywhere)} (${anywhere.file}), but an AnalysisTemplate is only found in the Rollout's own namespace, ${namespaceOf(rollout)}.`;
}

// node_modules/jsep/dist/jsep.js
var Hooks = class {
  /**
   * @callback HookCallback
   * @this {*|Jsep} this
   * @param {Jsep} env
   * @returns: void
   */
  /**
   * Adds the given callback to the list of callbacks for the given hook.
   *
   * The callback will be invoked when the hook it is registered for is run.
   *
   * One callback function can be registered to multiple hooks and the same hook multiple times.
   *
   * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
   * @param {HookCallback|boolean} callback The callback function which is given environment variables.
   * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
   * @public
   */
  add(name2, callback, first) {
    if (typeof arguments[0] != "string") {
      for (let name3 in arguments[0]) {
        this.add(name3, arguments[0][name3], arguments[1]);
      }
    } else {
      (Array.isArray(name2) ? name2 : [name2]).forEach(function(name3) {
        this[name3] = this[name3] || [];
        if (callback) {
          this[name3][first ? "unshift" : "push"](callback);
        }
      }, this);
    }
  }
  /**
   * Runs a hook invoking all registered callbacks with the given environment variables.
   *
   * Callbacks will be invoked synchronously and in the order in which they were registered.
   *
   * @param {string} name The name of the hook.
   * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
   * @public
   */
  run(name2, env) {
    this[name2] = this[name2] || [];
    this[name2].forEach(function(callback) {
      callback.call(env && env.context ? env.context : env, env);
    });
  }
};
var Plugins = class {
  constructor(jsep2) {
    this.jsep = jsep2;
    this.registered = {};
  }
  /**
   * @callback PluginSetup
   * @this {Jsep} jsep
   * @returns: void
   */
  /**
   * Adds the given plugin(s) to the registry
   *
   * @param {object} plugins
   * @param {string} plugins.name The name of the plugin
   * @param {PluginSetup} plugins.init The init function
   * @public
   */
  register(...plugins) {
    plugins.forEach((plugin) => {
      if (typeof plugin !== "object" || !plugin.name || !plugin.init) {
        throw new Error("Invalid JSEP plugin format");
      }
      if (this.registered[plugin.name]) {
        return;
      }
      plugin.init(this.jsep);
      this.registered[plugin.name] = plugin;
    });
  }
};
var Jsep = class _Jsep {
  /**
   * @returns {string}
   */
  static get version() {
    return "1.6.0";
  }
  /**
   * @returns {string}
   */
  static toString() {
    return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
  }
  // ==================== CONFIG ================================
  /**
   * @method addUnaryOp
   * @param {string} op_name The name of the unary op to add
   * @returns {Jsep}
   */
  static addUnaryOp(op_name) {
    _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
    _Jsep.unary_ops[op_name] = 1;
    return _Jsep;
  }
  /**
   * @method jsep.addBinaryOp
   * @param {string} op_name The name of the binary op to add
   * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
   * @param {boolean} [isRightAssociative=false] whether operator is right-associative
   * @returns {Jsep}
   */
  static addBinaryOp(op_name, precedence, isRightAssociative) {
    _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
    _Jsep.binary_ops[op_name] = precedence;
    if (isRightAssociative) {
      _Jsep.right_associative.add(op_name);
    } else {
      _Jsep.right_associative.delete(op_name);
    }
    return _Jsep;
  }
  /**
   * @method addIdentifierChar
   * @param {string} char The additional character to treat as a valid part of an identifier
   * @returns {Jsep}
   */
  static addIdentifierChar(char) {
    _Jsep.additional_identifier_chars.add(char);
    return _Jsep;
  }
  /**
   * @method addLiteral
   * @param {string} literal_name The name of the literal to add
   * @param {*} literal_value The value of the literal
   * @returns {Jsep}
   */
  static addLiteral(literal_name, literal_value) {
    _Jsep.literals[literal_name] = literal_value;
    return _Jsep;
  }
  /**
   * @method removeUnaryOp
   * @param {string} op_name The name of the unary op to remove
   * @returns {Jsep}
   */
  static removeUnaryOp(op_name) {
    delete _Jsep.unary_ops[op_name];
    if (op_name.length === _Jsep.max_unop_len) {
      _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
    }
    return _Jsep;
  }
  /**
   * @method removeAllUnaryOps
   * @returns {Jsep}
   */
  static removeAllUnaryOps() {
    _Jsep.unary_ops = {};
    _Jsep.max_unop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeIdentifierChar
   * @param {string} char The additional character to stop treating as a valid part of an identifier
   * @returns {Jsep}
   */
  static removeIdentifierChar(char) {
    _Jsep.additional_identifier_chars.delete(char);
    return _Jsep;
  }
  /**
   * @method removeBinaryOp
   * @param {string} op_name The name of the binary op to remove
   * @returns {Jsep}
   */
  static removeBinaryOp(op_name) {
    delete _Jsep.binary_ops[op_name];
    if (op_name.length === _Jsep.max_binop_len) {
      _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
    }
    _Jsep.right_associative.delete(op_name);
    return _Jsep;
  }
  /**
   * @method removeAllBinaryOps
   * @returns {Jsep}
   */
  static removeAllBinaryOps() {
    _Jsep.binary_ops = {};
    _Jsep.max_binop_len = 0;
    return _Jsep;
  }
  /**
   * @method removeLiteral
   * @param {string} literal_name The name of the literal to remove
   * @returns {Jsep}
   */
  static removeLiteral(literal_name) {
    delete _Jsep.literals[literal_name];
    return _Jsep;
  }
  /**
   * @method removeAllLiterals
   * @returns {Jsep}
   */
  static removeAllLiterals() {
    _Jsep.literals = {};
    return _Jsep;
  }
  // ==================== END CONFIG ============================
  /**
   * @returns {string}
   */
  get char() {
    return this.expr.charAt(this.index);
  }
  /**
   * @returns {number}
   */
  get code() {
    return this.expr.charCodeAt(this.index);
  }
  /**
   * @param {string} expr a string with the passed in express
   * @returns Jsep
   */
  constructor(expr) {
    this.expr = expr;
    this.index = 0;
  }
  /**
   * static top-level parser
   * @returns {jsep.Expression}
   */
  static parse(expr) {
    return new _Jsep(expr).parse();
  }
  /**
   * Get the longest key length of any object
   * @param {object} obj
   * @returns {number}
   */
  static getMaxKeyLen(obj) {
    return Math.max(0, ...Object.keys(obj).map((k) => k.length));
  }
  /**
   * `ch` is a character code in the next three functions
   * @param {number} ch
   * @returns {boolean}
   */
  static isDecimalDigit(ch) {
    return ch >= 48 && ch <= 57;
  }
  /**
   * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
   * @param {string} op_val
   * @returns {number}
   */
  static binaryPrecedence(op_val) {
    return _Jsep.binary_ops[op_val] || 0;
  }
  /**
   * Looks for start of identifier
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierStart(ch) {
    return ch >= 65 && ch <= 90 || // A...Z
    ch >= 97 && ch <= 122 || // a...z
    ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
    _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
  }
  /**
   * @param {number} ch
   * @returns {boolean}
   */
  static isIdentifierPart(ch) {
    return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
  }
  /**
   * throw error at index of the expression
   * @param {string} message
   * @throws
   */
  throwError(message) {
    const error = new Error(message + " at character " + this.index);
    error.index = this.index;
    error.description = message;
    throw error;
  }
  /**
   * Run a given hook
   * @param {string} name
   * @param {jsep.Expression|false} [node]
   * @returns {?jsep.Expression}
   */
  runHook(name2, node) {
    if (_Jsep.hooks[name2]) {
      const env = { context: this, node };
      _Jsep.hooks.run(name2, env);
      return env.node;
    }
    return node;
  }
  /**
   * Runs a given hook until one returns a node
   * @param {string} name
   * @returns {?jsep.Expression}
   */
  searchHook(name2) {
    if (_Jsep.hooks[name2]) {
      const env = { context: this };
      _Jsep.hooks[name2].find(function(callback) {
        callback.call(env.context, env);
        return env.node;
      });
      return env.node;
    }
  }
  /**
   * Push `index` up to the next non-space character
   */
  gobbleSpaces() {
    let ch = this.code;
    while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
      ch = this.expr.charCodeAt(++this.index);
    }
    this.runHook("gobble-spaces");
  }
  /**
   * Top-level method to parse all expressions and returns compound or single node
   * @returns {jsep.Expression}
   */
  parse() {
    this.runHook("before-all");
    const nodes = this.gobbleExpressions();
    const node = nodes.length === 1 ? nodes[0] : {
      type: _Jsep.COMPOUND,
      body: nodes
    };
    return this.runHook("after-all", node);
  }
  /**
   * top-level parser (but can be reused within as well)
   * @param {number} [untilICode]
   * @returns {jsep.Expression[]}
   */
  gobbleExpressions(untilICode) {
    let nodes = [], ch_i, node;
    while (this.index < this.expr.length) {
      ch_i = this.code;
      if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
        this.index++;
      } else {
        if (node = this.gobbleExpression()) {
          nodes.push(node);
        } else if (this.index < this.expr.length) {
          if (ch_i === untilICode) {
            break;
          }
          this.throwError('Unexpected "' + this.char + '"');
        }
      }
    }
    return nodes;
  }
  /**
   * The main parsing function.
   * @returns {?jsep.Expression}
   */
  gobbleExpression() {
    const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
    this.gobbleSpaces();
    return this.runHook("after-expression", node);
  }
  /**
   * Search for the operation portion of the string (e.g. `+`, `===`)
   * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
   * and move down from 3 to 2 to 1 character until a matching binary operation is found
   * then, return that binary operation
   * @returns {string|boolean}
   */
  gobbleBinaryOp() {
    this.gobbleSpaces();
    let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
    let tc_len = to_check.length;
    while (tc_len > 0) {
      if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
        this.index += tc_len;
        return to_check;
      }
      to_check = to_check.substr(0, --tc_len);
    }
    return false;
  }
  /**
   * This function is responsible for gobbling an individual expression,
   * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
   * @returns {?jsep.BinaryExpression}
   */
  gobbleBinaryExpression() {
    let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
    left = this.gobbleToken();
    if (!left) {
      return left;
    }
    biop = this.gobbleBinaryOp();
    if (!biop) {
      return left;
    }
    biop_info = { value: biop, prec: _Jsep.binaryPrecedence(biop), right_a: _Jsep.right_associative.has(biop) };
    right = this.gobbleToken();
    if (!right) {
      this.throwError("Expected expression after " + biop);
    }
    stack = [left, biop_info, right];
    while (biop = this.gobbleBinaryOp()) {
      prec = _Jsep.binaryPrecedence(biop);
      if (prec === 0) {
        this.index -= biop.length;
        break;
      }
      biop_info = { value: biop, prec, right_a: _Jsep.right_associative.has(biop) };
      cur_biop = biop;
      const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
      while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
        right = stack.pop();
        biop = stack.pop().value;
        left = stack.pop();
        node = {
          type: _Jsep.BINARY_EXP,
          operator: biop,
          left,
          right
        };
        stack.push(node);
      }
      node = this.gobbleToken();
      if (!node) {
        this.throwError("Expected expression after " + cur_biop);
      }
      stack.push(biop_info, node);
    }
    i = stack.length - 1;
    node = stack[i];
    while (i > 1) {
      node = {
        type: _Jsep.BINARY_EXP,
        operator: stack[i - 1].value,
        left: stack[i - 2],
        right: node
      };
      i -= 2;
    }
    return node;
  }
  /**
   * An individual part of a binary expression:
   * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
   * @returns {boolean|jsep.Expression}
   */
  gobbleToken() {
    let ch, to_check, tc_len, node;
    this.gobbleSpaces();
    node = this.searchHook("gobble-token");
    if (node) {
      return this.runHook("after-token", node);
    }
    ch = this.code;
    if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
      return this.gobbleNumericLiteral();
    }
    if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
      node = this.gobbleStringLiteral();
    } else if (ch === _Jsep.OBRACK_CODE) {
      node = this.gobbleArray();
    } else {
      to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
      tc_len = to_check.length;
      while (tc_len > 0) {
        if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
          this.index += tc_len;
          const argument = this.gobbleToken();
          if (!argument) {
            this.throwError("missing unaryOp argument");
          }
          return this.runHook("after-token", {
            type: _Jsep.UNARY_EXP,
            operator: to_check,
            argument,
            prefix: true
          });
        }
        to_check = to_check.substr(0, --tc_len);
      }
      if (_Jsep.isIdentifierStart(ch)) {
        node = this.gobbleIdentifier();
        if (_Jsep.literals.hasOwnProperty(node.name)) {
          node = {
            type: _Jsep.LITERAL,
            value: _Jsep.literals[node.name],
            raw: node.name
          };
        } else if (node.name === _Jsep.this_str) {
          node = { type: _Jsep.THIS_EXP };
        }
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = this.gobbleGroup();
      }
    }
    if (!node) {
      return this.runHook("after-token", false);
    }
    node = this.gobbleTokenProperty(node);
    return this.runHook("after-token", node);
  }
  /**
   * Gobble properties of of identifiers/strings/arrays/groups.
   * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
   * It also gobbles function calls:
   * e.g. `Math.acos(obj.angle)`
   * @param {jsep.Expression} node
   * @returns {jsep.Expression}
   */
  gobbleTokenProperty(node) {
    this.gobbleSpaces();
    let ch = this.code;
    while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
      let optional;
      if (ch === _Jsep.QUMARK_CODE) {
        if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
          break;
        }
        optional = true;
        this.index += 2;
        this.gobbleSpaces();
        ch = this.code;
      }
      this.index++;
      if (ch === _Jsep.OBRACK_CODE) {
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: true,
          object: node,
          property: this.gobbleExpression()
        };
        if (!node.property) {
          this.throwError('Unexpected "' + this.char + '"');
        }
        this.gobbleSpaces();
        ch = this.code;
        if (ch !== _Jsep.CBRACK_CODE) {
          this.throwError("Unclosed [");
        }
        this.index++;
      } else if (ch === _Jsep.OPAREN_CODE) {
        node = {
          type: _Jsep.CALL_EXP,
          "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
          callee: node
        };
      } else if (ch === _Jsep.PERIOD_CODE || optional) {
        if (optional) {
          this.index--;
        }
        this.gobbleSpaces();
        node = {
          type: _Jsep.MEMBER_EXP,
          computed: false,
          object: node,
          property: this.gobbleIdentifier()
        };
      }
      if (optional) {
        node.optional = true;
      }
      this.gobbleSpaces();
      ch = this.code;
    }
    return node;
  }
  /**
   * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
   * keep track of everything in the numeric literal and then calling `parseFloat` on that string
   * @returns {jsep.Literal}
   */
  gobbleNumericLiteral() {
    let number2 = "", ch, chCode;
    while (_Jsep.isDecimalDigit(this.code)) {
      number2 += this.expr.charAt(this.index++);
    }
    if (this.code === _Jsep.PERIOD_CODE) {
      number2 += this.expr.charAt(this.index++);
      while (_Jsep.isDecimalDigit(this.code)) {
        number2 += this.expr.charAt(this.index++);
      }
    }
    ch = this.char;
    if (ch === "e" || ch === "E") {
      number2 += this.expr.charAt(this.index++);
      ch = this.char;
      if (ch === "+" || ch === "-") {
        number2 += this.expr.charAt(this.index++);
      }
      while (_Jsep.isDecimalDigit(this.code)) {
        number2 += this.expr.charAt(this.index++);
      }
      if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
        this.throwError("Expected exponent (" + number2 + this.char + ")");
      }
    }
    chCode = this.code;
    if (_Jsep.isIdentifierStart(chCode)) {
      this.throwError("Variable names cannot start with a number (" + number2 + this.char + ")");
    } else if (chCode === _Jsep.PERIOD_CODE || number2.length === 1 && number2.charCodeAt(0) === _Jsep.PERIOD_CODE) {
      this.throwError("Unexpected period");
    }
    return {
      type: _Jsep.LITERAL,
      value: parseFloat(number2),
      raw: number2
    };
  }
  /**
   * Parses a string literal, staring with single or double quotes with basic support for escape codes
   * e.g. `"hello world"`, `'this is\nJSEP'`
   * @returns {jsep.Literal}
   */
  gobbleStringLiteral() {
    let str = "";
    const startIndex = this.index;
    const quote = this.expr.charAt(this.index++);
    let closed = false;
    while (this.index < this.expr.length) {
      let ch = this.expr.charAt(this.index++);
      if (ch === quote) {
        closed = true;
        break;
      } else if (ch === "\\") {
        ch = this.expr.charAt(this.index++);
        switch (ch) {
          case "n":
            str += "\n";
            break;
          case "r":
            str += "\r";
            break;
          case "t":
            str += "	";
            break;
          case "b":
            str += "\b";
            break;
          case "f":
            str += "\f";
            break;
          case "v":
            str += "\v";
            break;
          default:
            str += ch;
        }
      } else {
        str += ch;
      }
    }
    if (!closed) {
      this.throwError('Unclosed quote after "' + str + '"');
    }
    return {
      type: _Jsep.LITERAL,
      value: str,
      raw: this.expr.substring(startIndex, this.index)
    };
  }
  /**
   * Gobbles only identifiers
   * e.g.: `foo`, `_value`, `$x1`
   * Also, this function checks if that identifier is a literal:
   * (e.g. `true`, `false`, `null`) or `this`
   * @returns {jsep.Identifier}
   */
  gobbleIdentifier() {
    let ch = this.code, start = this.index;
    if (_Jsep.isIdentifierStart(ch)) {
      this.index++;
    } else {
      this.throwError("Unexpected " + this.char);
    }
    while (this.index < this.expr.length) {
      ch = this.code;
      if (_Jsep.isIdentifierPart(ch)) {
        this.index++;
      } else {
        break;
      }
    }
    return {
      type: _Jsep.IDENTIFIER,
      name: this.expr.slice(start, this.index)
    };
  }
  /**
   * Gobbles a list of arguments within the context of a function call
   * or array literal. This function also assumes that the opening character
   * `(` or `[` has already been gobbled, and gobbles expressions and commas
   * until the terminator character `)` or `]` is encountered.
   * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
   * @param {number} termination
   * @returns {jsep.Expression[]}
   */
  gobbleArguments(termination) {
    const args = [];
    let closed = false;
    let separator_count = 0;
    while (this.index < this.expr.length) {
      this.gobbleSpaces();
      let ch_i = this.code;
      if (ch_i === termination) {
        closed = true;
        this.index++;
        if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
          this.throwError("Unexpected token " + String.fromCharCode(termination));
        }
        break;
      } else if (ch_i === _Jsep.COMMA_CODE) {
        this.index++;
        separator_count++;
        if (separator_count !== args.length) {
          if (termination === _Jsep.CPAREN_CODE) {
            this.throwError("Unexpected token ,");
          } else if (termination === _Jsep.CBRACK_CODE) {
            for (let arg = args.length; arg < separator_count; arg++) {
              args.push(null);
            }
          }
        }
      } else if (args.length !== separator_count && separator_count !== 0) {
        this.throwError("Expected comma");
      } else {
        const node = this.gobbleExpression();
        if (!node || node.type === _Jsep.COMPOUND) {
          this.throwError("Expected comma");
        }
        args.push(node);
      }
    }
    if (!closed) {
      this.throwError("Expected " + String.fromCharCode(termination));
    }
    return args;
  }
  /**
   * Responsible for parsing a group of things within parentheses `()`
   * that have no identifier in front (so not a function call)
   * This function assumes that it needs to gobble the opening parenthesis
   * and then tries to gobble everything within that parenthesis, assuming
   * that the next thing it should see is the close parenthesis. If not,
   * then the expression probably doesn't have a `)`
   * @returns {boolean|jsep.Expression}
   */
  gobbleGroup() {
    this.index++;
    let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
    if (this.code === _Jsep.CPAREN_CODE) {
      this.index++;
      if (nodes.length === 1) {
        return nodes[0];
      } else if (!nodes.length) {
        return false;
      } else {
        return {
          type: _Jsep.SEQUENCE_EXP,
          expressions: nodes
        };
      }
    } else {
      this.throwError("Unclosed (");
    }
  }
  /**
   * Responsible for parsing Array literals `[1, 2, 3]`
   * This function assumes that it needs to gobble the opening bracket
   * and then tries to gobble the expressions as arguments.
   * @returns {jsep.ArrayExpression}
   */
  gobbleArray() {
    this.index++;
    return {
      type: _Jsep.ARRAY_EXP,
      elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
    };
  }
};
var hooks = new Hooks();
Object.assign(Jsep, {
  hooks,
  plugins: new Plugins(Jsep),
  // Node Types
  // ----------
  // This is the full set of types that any JSEP node can be.
  // Store them here to save space when minified
  COMPOUND: "Compound",
  SEQUENCE_EXP: "SequenceExpression",
  IDENTIFIER: "Identifier",
  MEMBER_EXP: "MemberExpression",
  LITERAL: "Literal",
  THIS_EXP: "ThisExpression",
  CALL_EXP: "CallExpression",
  UNARY_EXP: "UnaryExpression",
  BINARY_EXP: "BinaryExpression",
  ARRAY_EXP: "ArrayExpression",
  TAB_CODE: 9,
  LF_CODE: 10,
  CR_CODE: 13,
  SPACE_CODE: 32,
  PERIOD_CODE: 46,
  // '.'
  COMMA_CODE: 44,
  // ','
  SQUOTE_CODE: 39,
  // single quote
  DQUOTE_CODE: 34,
  // double quotes
  OPAREN_CODE: 40,
  // (
  CPAREN_CODE: 41,
  // )
  OBRACK_CODE: 91,
  // [
  CBRACK_CODE: 93,
  // ]
  QUMARK_CODE: 63,
  // ?
  SEMCOL_CODE: 59,
  // ;
  COLON_CODE: 58,
  // :
  // Operations
  // ----------
  // Use a quickly-accessible map to store all of the unary operators
  // Values are set to `1` (it really doesn't matter)
  unary_ops: {
    "-": 1,
    "!": 1,
    "~": 1,
    "+": 1
  },
  // Also use a map for the binary operations but set their values to their
  // binary precedence for quick reference (higher number = higher precedence)
  // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
  binary_ops: {
    "||": 1,
    "??": 1,
    "&&": 2,
    "|": 3,
    "^": 4,
    "&": 5,
    "==": 6,
    "!=": 6,
    "===": 6,
    "!==": 6,
    "<": 7,
    ">": 7,
    "<=": 7,
    ">=": 7,
    "<<": 8,
    ">>": 8,
    ">>>": 8,
    "+": 9,
    "-": 9,
    "*": 10,
    "/": 10,
    "%": 10,
    "**": 11
  },
  // sets specific binary_ops as right-associative
  right_associative: /* @__PURE__ */ new Set(["**"]),
  // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
  additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
  // Literals
  // ----------
  // Store the values to return for the various literals we may encounter
  literals: {
    "true": true,
    "false": false,
    "null": null
  },
  // Except for `this`, which is special. This could be changed to something like `'self'` as well
  this_str: "this"
});
Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
var jsep = (expr) => new Jsep(expr).parse();
var stdClassProps = Object.getOwnPropertyNames(class Test {
});
Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
  jsep[m] = Jsep[m];
});
jsep.Jsep = Jsep;
var CONDITIONAL_EXP = "ConditionalExpression";
var ternary = {
  name: "ternary",
  init(jsep2) {
    jsep2.hooks.add("after-expression", function gobbleTernary(env) {
      if (env.node && this.code === jsep2.QUMARK_CODE) {
        this.index++;
        const test = env.node;
        const consequent = this.gobbleExpression();
        if (!consequent) {
          this.throwError("Expected expression");
        }
        this.gobbleSpaces();
        if (this.code === jsep2.COLON_CODE) {
          this.index++;
          const alternate = this.gobbleExpression();
          if (!alternate) {
            this.throwError("Expected expression");
          }
          env.node = {
            type: CONDITIONAL_EXP,
            test,
            consequent,
            alternate
          };
          if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
            let newTest = test;
            while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
              newTest = newTest.right;
            }
            env.node.test = newTest.right;
            newTest.right = env.node;
            env.node = test;
          }
        } else {
          this.throwError("Expected :");
        }
      }
    });
  }
};
jsep.plugins.register(ternary);

// src/rollout/expr/expr-syntax.ts
var BINARY_PRECEDENCE = [
  ["or", 10],
  ["||", 10],
  ["and", 15],
  ["&&", 15],
  ["==", 20],
  ["!=", 20],
  ["<", 20],
  [">", 20],
  ["<=", 20],
  [">=", 20],
  ["in", 20],
  ["not in", 20],
  ["matches", 20],
  ["not matches", 20],
  ["contains", 20],
  ["not contains", 20],
  ["startsWith", 20],
  ["not startsWith", 20],
  ["endsWith", 20],
  ["not endsWith", 20],
  ["+", 30],
  ["-", 30],
  ["*", 60],
  ["/", 60],
  ["%", 60],
  ["??", 500]
];
var RIGHT_ASSOCIATIVE_POWER = [
  ["**", 100],
  ["^", 100]
];
var UNARY_OPERATORS = ["not", "!", "-", "+"];
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
function configureJsep() {
  jsep.removeAllBinaryOps();
  jsep.removeAllUnaryOps();
  jsep.removeAllLiterals();
  for (const [operator2, precedence] of BINARY_PRECEDENCE) jsep.addBinaryOp(operator2, precedence);
  for (const [operator2, precedence] of RIGHT_ASSOCIATIVE_POWER) jsep.addBinaryOp(operator2, precedence, true);
  for (const operator2 of UNARY_OPERATORS) jsep.addUnaryOp(operator2);
  jsep.addLiteral("true", true);
  jsep.addLiteral("false", false);
  jsep.addLiteral("nil", null);
  jsep.addIdentifierChar("#");
  jsep.plugins.register({
    name: "expr-lang-closures-and-groups",
    init() {
      jsep.hooks.add("gobble-token", function gobbleClosureOrGroup(env) {
        if (isAt(this, OPEN_BRACE)) {
          this.index++;
          const body = this.gobbleExpression();
          this.gobbleSpaces();
          if (!body) this.throwError("Expected a predicate inside { }");
          if (!isAt(this, CLOSE_BRACE)) this.throwError("Unclosed {");
          this.index++;
          env.node = { type: "Closure", body };
          return;
        }
        if (isAt(this, OPEN_PAREN)) {
          this.index++;
          const expression = this.gobbleExpression();
          this.gobbleSpaces();
          if (!expression) this.throwError("Expected an expression inside ( )");
          if (!isAt(this, CLOSE_PAREN)) this.throwError("Unclosed (");
          this.index++;
          env.node = this.gobbleTokenProperty({ type: "Group", expression });
        }
      });
    }
  });
}
configureJsep();
function isAt(scope, code) {
  return scope.code === code;
}
function parseCondition(source) {
  let ast;
  try {
    ast = jsep(source);
  } catch (error) {
    const { description, index } = error;
    return { ok: false, message: description ?? String(error), offset: index ?? 0 };
  }
  if (ast.type === "Compound") {
    const parts = ast.body.length;
    if (parts === 0) return { ok: false, message: "Empty expression" };
    return { ok: false, message: `Expected one expression, found ${parts} side by side` };
  }
  return { ok: true, ast };
}
function syntaxErrorText(error) {
  return error.offset === void 0 ? error.message : `${error.message} at offset ${error.offset}`;
}
var UNCOVERED_SYNTAX = [
  /`/,
  /\.\./,
  /(?<!\|)\|(?!\|)/,
  /\[[^\]]*:/,
  /\{\s*["']?\w+["']?\s*:/,
  /(?:^|[\s(,{!])\.[A-Za-z_]/,
  /\blet\b/,
  /\$env/,
  /\b0[xXoObB]/,
  /\d_\d/,
  /\/\/|\/\*/,
  // `not in` and its kin parse only with a single space between the words.
  /\bnot(?! (?:in|matches|contains|startsWith|endsWith)\b)\s+(?:in|matches|contains|startsWith|endsWith)\b/
];
function usesUncoveredSyntax(source) {
  return UNCOVERED_SYNTAX.some((pattern) => pattern.test(source));
}

// src/rollout/rules/lint/condition-syntax-error.ts
var CONDITIONS = ["successCondition", "failureCondition"];
var PLACEHOLDER = /\{\{[^{}]*\}\}/g;
var conditionSyntaxError = defineLintRule({
  meta: {
    id: "condition-syntax-error",
    category: "configuration",
    severity: "error",
    description: "A successCondition or failureCondition that does not parse as expr-lang.",
    summary: "a `successCondition` / `failureCondition` that is not valid expr-lang, so every measurement errors"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(
      ({ metric: metric2, path }) => CONDITIONS.flatMap((key) => {
        const condition = asString(metric2[key]);
        if (condition === void 0 || usesUncoveredSyntax(condition)) return [];
        const parsed = parseCondition(condition.replace(PLACEHOLDER, (placeholder) => "0".padEnd(placeholder.length, " ")));
        if (parsed.ok) return [];
        const conditionPath = [...path, key];
        return [
          {
            path: conditionPath,
            message: `${fieldPathText(conditionPath)} is '${condition}', which is not valid expr-lang (${syntaxErrorText(parsed)}): every measurement errors.`,
            suggestion: "Write a boolean expression over result, such as 'len(result) == 0 || result[0] >= 0.95'."
          }
        ];
      })
    );
  }
});

// src/rollout/rules/lint/duplicate-template-name.ts
var duplicateTemplateName = defineLintRule({
  meta: {
    id: "duplicate-template-name",
    category: "configuration",
    severity: "warning",
    description: "An AnalysisTemplate or ClusterAnalysisTemplate whose kind and name (and namespace) another linted manifest also defines.",
    summary: "two (Cluster)AnalysisTemplates with one name in one namespace: the cluster keeps the last applied"
  },
  check(manifest, { templates }) {
    if (!isAnalysisTemplate(manifest)) return [];
    const here = placeOf(manifest);
    const earlier = templates.namesakes(manifest).filter((other) => comparePlaces(placeOf(other), here) < 0);
    if (earlier.length === 0) return [];
    const first = earlier.reduce((a, b) => comparePlaces(placeOf(a), placeOf(b)) <= 0 ? a : b);
    const { file, line } = placeOf(first);
    return [
      {
        path: ["metadata", "name"],
        message: `${manifest.kind} '${manifest.name}' is also defined in ${file}:${line}, in the same ${manifest.kind === "ClusterAnalysisTemplate" ? "cluster" : "namespace"}: the cluster keeps whichever is applied last. The lint resolves a Rollout's reference to the one in its own file, else to ${file}.`,
        suggestion: "Rename one of them (and the templateName of the Rollouts that mean it), or keep a single definition."
      }
    ];
  }
});
function placeOf(manifest) {
  return { file: manifest.file, line: manifest.locate(["metadata", "name"]).line };
}
function comparePlaces(a, b) {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}

// src/rollout/rules/lint/experiment-step-invalid.ts
var experimentStepInvalid = defineLintRule({
  meta: {
    id: "experiment-step-invalid",
    category: "configuration",
    severity: "error",
    description: "A canary experiment step whose template has a specRef other than 'canary' or 'stable', no name, or the name of an earlier template.",
    summary: "an experiment step template with a specRef other than canary/stable, no name, or a repeated name"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const reports = [];
    for (const { step, path } of canarySteps(manifest)) {
      const seen = /* @__PURE__ */ new Set();
      asList(asRecord(step.experiment).templates).forEach((template, index) => {
        if (!isRecord(template)) return;
        const at = [...path, "experiment", "templates", index];
        const specRef = template.specRef;
        if (specRef !== void 0 && specRef !== "canary" && specRef !== "stable") {
          reports.push({ path: [...at, "specRef"], message: `${fieldPathText([...at, "specRef"])} is ${JSON.stringify(specRef)}; the controller builds experiment templates only from 'canary' or 'stable'.`, suggestion: "Set specRef to canary or stable." });
        }
        const name2 = asString(template.name);
        if (name2 === void 0 || name2 === "") {
          reports.push({ path: at, message: `${fieldPathText(at)} has no name; the Experiment is refused as InvalidSpec.`, suggestion: "Give every experiment template a unique name." });
        } else if (seen.has(name2)) {
          reports.push({ path: [...at, "name"], message: `${fieldPathText([...at, "name"])} is '${name2}', which an earlier template of the step uses; the Experiment is refused as InvalidSpec.`, suggestion: "Give every experiment template a unique name." });
        }
        if (name2) seen.add(name2);
      });
    }
    return reports;
  }
});

// src/rollout/rules/lint/failure-limit-unset.ts
var failureLimitUnset = defineLintRule({
  meta: {
    id: "failure-limit-unset",
    category: "configuration",
    severity: "notice",
    description: "A metric without failureLimit, so its first failed measurement fails it.",
    summary: "a metric without `failureLimit` (default 0: the first failure fails it) (R13)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).filter(({ metric: metric2 }) => metric2.failureLimit === void 0).map(({ name: name2, path }) => ({
      path,
      message: `Metric '${name2}' in ${manifest.kind} '${manifest.name}' sets no failureLimit: the default 0 fails the metric on its first failed measurement.`,
      suggestion: "Set failureLimit to the number of failed measurements you tolerate (e.g. failureLimit: 2 with count: 10), or failureLimit: 0 to make the choice explicit."
    }));
  }
});

// src/rollout/rules/lint/final-weight-below-full.ts
var finalWeightBelowFull = defineLintRule({
  meta: {
    id: "final-weight-below-full",
    category: "configuration",
    severity: "notice",
    description: "The last setWeight step is below full weight, so the jump to 100% is never paused or analysed.",
    summary: "the last `setWeight` below full weight: the jump to 100% is never paused or analysed (R4)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const weighted = canarySteps(manifest).filter(({ step }) => typeof step.setWeight === "number");
    const last = weighted.at(-1);
    const max = maxTrafficWeight(manifest);
    if (!last || last.step.setWeight >= max) return [];
    const weightPath = [...last.path, "setWeight"];
    return [
      {
        path: weightPath,
        message: `The last setWeight, ${fieldPathText(weightPath)}, is ${last.step.setWeight}: after the last step the canary jumps to ${max}% with no pause or analysis at full weight.`,
        suggestion: `End with setWeight: ${max} followed by a pause or analysis step, or accept the jump knowingly.`
      }
    ];
  }
});

// src/rollout/rules/lint/ingress-backend-missing.ts
var ingressBackendMissing = defineLintRule({
  meta: {
    id: "ingress-backend-missing",
    category: "configuration",
    severity: "error",
    description: "An NGINX or ALB Ingress the Rollout names, among the linted files, with no rule whose backend is the stable Service (ALB: the rootService when set).",
    summary: "an NGINX or ALB Ingress the Rollout names with no rule using the stable (or ALB root) Service"
  },
  check(manifest, { objects }) {
    if (manifest.kind !== "Rollout") return [];
    const canary = asRecord(canaryStrategy(manifest));
    const routing = asRecord(canary.trafficRouting);
    const stable = asString(canary.stableService);
    const reports = [];
    for (const named of namedRoutingObjects(manifest)) {
      if (named.kind !== "Ingress") continue;
      const router = named.path[4];
      const service = router === "alb" ? asString(asRecord(routing.alb).rootService) || stable : stable;
      if (!service) continue;
      const ingress = objects.find("Ingress", named.name, manifest);
      if (!ingress || backendServices(ingress.object).includes(service)) continue;
      reports.push({
        path: named.path,
        message: `${fieldPathText(named.path)} names Ingress '${named.name}' (${ingress.file}), which has no rule with a backend on Service '${service}'; the controller needs one to route the canary.`,
        suggestion: `Point a rule's backend of Ingress '${named.name}' at Service '${service}'.`
      });
    }
    return reports;
  }
});
function backendServices(ingress) {
  return asList(asRecord(ingress.spec).rules).flatMap(
    (rule) => asList(asRecord(asRecord(rule).http).paths).flatMap((path) => {
      const backend = asRecord(asRecord(path).backend);
      return [asString(asRecord(backend.service).name), asString(backend.serviceName)].filter((name2) => name2 !== void 0);
    })
  );
}

// src/rollout/status/step-kind.ts
var STEP_KINDS = ["setWeight", "pause", "experiment", "analysis", "setCanaryScale", "setHeaderRoute", "setMirrorRoute", "plugin"];
function stepKinds(step) {
  return STEP_KINDS.filter((kind) => step[kind] !== void 0);
}
function isIndefinitePause(step) {
  if (step.pause === void 0) return false;
  return typeof step.pause !== "object" || step.pause === null || !("duration" in step.pause) || step.pause.duration === void 0;
}

// src/rollout/rules/lint/indefinite-pause.ts
var indefinitePause = defineLintRule({
  meta: {
    id: "indefinite-pause",
    category: "configuration",
    severity: "notice",
    description: "A pause step without a duration, which waits for a manual promote.",
    summary: "`pause: {}` with no duration: waits for a manual promote, so a CI gate times out (R5)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      if (!isIndefinitePause(step)) return [];
      const pausePath = [...path, "pause"];
      return [
        {
          path: pausePath,
          message: `${fieldPathText(pausePath)} has no duration: the rollout stays Paused until someone runs 'kubectl argo rollouts promote', so a CI gate waits until its timeout.`,
          suggestion: "Give the pause a duration (pause: {duration: 10m}), or set success-on-pause when a manual promotion is intended."
        }
      ];
    });
  }
});

// src/rollout/rules/lint/invalid-metric-spec.ts
var invalidMetricSpec = defineLintRule({
  meta: {
    id: "invalid-metric-spec",
    category: "configuration",
    severity: "error",
    description: "An analysis template the controller refuses: no metrics, duplicate metric names, not one provider, or inconsistent count, limits, interval or initialDelay.",
    summary: "what the controller refuses: no metrics, duplicate names, not one provider, bad durations, contradictory count and limits (R14)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    const metrics = templateMetrics(manifest);
    if (asList(asRecord(manifest.object.spec).metrics).length === 0) {
      return [{ path: ["spec", "metrics"], message: `${manifest.kind} '${manifest.name}' has no spec.metrics; a template needs at least one metric.`, suggestion: "Add a metric, or delete the template." }];
    }
    return [...argReports(manifest.object.spec), ...duplicateNames(metrics), ...metrics.flatMap(checkMetric)];
  }
});
function argReports(spec) {
  return asList(asRecord(spec).args).flatMap((arg, index) => {
    const { name: name2, value, valueFrom } = asRecord(arg);
    if (value === void 0 || valueFrom === void 0) return [];
    const path = ["spec", "args", index, "valueFrom"];
    return [{ path, message: `${fieldPathText(["spec", "args", index])} ('${asString(name2) ?? index}') sets both value and valueFrom; an arg takes one of them.`, suggestion: "Keep value or valueFrom, not both." }];
  });
}
function duplicateNames(metrics) {
  const seen = /* @__PURE__ */ new Set();
  return metrics.flatMap(({ name: name2, path }) => {
    if (!seen.has(name2)) {
      seen.add(name2);
      return [];
    }
    const namePath = [...path, "name"];
    return [{ path: namePath, message: `${fieldPathText(namePath)} is '${name2}', which an earlier metric already uses; metric names must be unique.`, suggestion: "Rename one of the metrics." }];
  });
}
function checkMetric({ metric: metric2, name: name2, path }) {
  const reports = [];
  const report = (field, problem, suggestion) => reports.push({ path: [...path, field], message: `Metric '${name2}': ${fieldPathText([...path, field])} ${problem}.`, suggestion });
  const providers = providerNames(metric2);
  if (providers.length === 0) report("provider", "names no provider", "Add exactly one provider (prometheus, job, web, \u2026).");
  if (providers.length > 1) report("provider", `names several providers (${providers.join(", ")})`, "Keep one provider per metric; split the others into metrics of their own.");
  for (const field of ["interval", "initialDelay"]) {
    const text4 = asString(metric2[field]);
    if (metric2[field] !== void 0 && !isTemplated(metric2[field]) && (text4 === void 0 || parseDuration(text4) === void 0)) {
      report(field, `is ${JSON.stringify(metric2[field])}; expected a duration such as 30s, 5m or 1h`, "Write the duration with a unit: ms, s, m or h.");
    }
  }
  const count2 = asWholeNumber(metric2.count);
  const failureLimit = asWholeNumber(metric2.failureLimit) ?? 0;
  const inconclusiveLimit = asWholeNumber(metric2.inconclusiveLimit) ?? 0;
  const consecutiveSuccessLimit = asWholeNumber(metric2.consecutiveSuccessLimit) ?? 0;
  if (count2 !== void 0 && count2 > 1 && metric2.interval === void 0) {
    report("count", `is ${count2} without an interval; several measurements need an interval between them`, "Add interval (e.g. 1m), or set count: 1.");
  }
  if (consecutiveSuccessLimit < 0) report("consecutiveSuccessLimit", `is ${consecutiveSuccessLimit}; expected a number \u2265 0`, "Use 0 (off) or more.");
  const consecutiveErrorLimit = asWholeNumber(metric2.consecutiveErrorLimit);
  if (consecutiveErrorLimit !== void 0 && consecutiveErrorLimit < 0) report("consecutiveErrorLimit", `is ${consecutiveErrorLimit}; expected a number \u2265 0`, "Use 0 or more (the default is 4).");
  if (failureLimit < -1) report("failureLimit", `is ${failureLimit}; expected -1 (never fail) or a number \u2265 0`, "Use -1 to disable failing, or a limit \u2265 0.");
  if (failureLimit === -1 && consecutiveSuccessLimit === 0) {
    report("failureLimit", "is -1 and consecutiveSuccessLimit is unset or 0: the metric can neither fail nor succeed early", "Set consecutiveSuccessLimit, or a failureLimit \u2265 0.");
  }
  if (count2 !== void 0 && count2 > 0 && consecutiveSuccessLimit >= 0 && failureLimit >= 0 && count2 < failureLimit + consecutiveSuccessLimit) {
    report("count", `is ${count2}, below failureLimit (${failureLimit}) + consecutiveSuccessLimit (${consecutiveSuccessLimit}): the limits cannot be reached within count`, "Raise count, or lower the limits.");
  }
  if (count2 !== void 0 && count2 > 0 && failureLimit === -1 && count2 < consecutiveSuccessLimit) {
    report("count", `is ${count2}, below consecutiveSuccessLimit (${consecutiveSuccessLimit}) with failureLimit -1: the metric can never succeed`, "Raise count to at least consecutiveSuccessLimit.");
  }
  if (inconclusiveLimit < 0) report("inconclusiveLimit", `is ${inconclusiveLimit}; expected a number \u2265 0`, "Use 0 or more.");
  if (count2 !== void 0 && count2 > 0 && inconclusiveLimit > count2) {
    report("inconclusiveLimit", `is ${inconclusiveLimit}, more than count (${count2}): it can never be exceeded`, "Lower inconclusiveLimit to at most count.");
  }
  return reports;
}
function isTemplated(value) {
  return typeof value === "string" && value.includes("{{");
}

// src/rollout/rules/lint/invalid-pause-duration.ts
var SECONDS = /^\d+$/;
var invalidPauseDuration = defineLintRule({
  meta: {
    id: "invalid-pause-duration",
    category: "configuration",
    severity: "error",
    description: "A pause duration that is negative or not seconds or a duration such as 30s, 10m or 1h.",
    summary: "a pause duration that is negative or not seconds / `30s` / `10m` / `1h` (R6)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const duration3 = asRecord(step.pause).duration;
      if (duration3 === void 0 || isValidDuration(duration3)) return [];
      const durationPath = [...path, "pause", "duration"];
      return [
        {
          path: durationPath,
          message: `${fieldPathText(durationPath)} is ${JSON.stringify(duration3)}; expected a whole number of seconds (30) or a duration such as 30s, 10m or 1h.`,
          suggestion: "Write the duration with a unit: s, m or h (e.g. 10m)."
        }
      ];
    });
  }
});
function isValidDuration(duration3) {
  if (typeof duration3 === "number") return Number.isInteger(duration3) && duration3 >= 0;
  if (typeof duration3 !== "string") return false;
  return SECONDS.test(duration3) || parseDuration(duration3) !== void 0;
}

// src/rollout/rules/lint/invalid-step.ts
var EXCLUSIVE_KINDS = ["setWeight", "pause", "experiment", "analysis"];
var invalidStep = defineLintRule({
  meta: {
    id: "invalid-step",
    category: "configuration",
    severity: "error",
    description: "A canary step that sets none of setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute and plugin, or more than one of setWeight, pause, experiment and analysis.",
    summary: "a step setting no action, or two of setWeight, pause, experiment and analysis (R7)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const kinds = stepKinds(step);
      const exclusive = EXCLUSIVE_KINDS.filter((kind) => kinds.includes(kind));
      if (kinds.length === 0) {
        return [{ path, message: `${fieldPathText(path)} sets none of ${STEP_KINDS.join(", ")}; a step needs one action.`, suggestion: "Give the step one action, or remove it." }];
      }
      if (exclusive.length <= 1) return [];
      return [
        {
          path,
          message: `${fieldPathText(path)} sets ${exclusive.join(" and ")}; a step may set only one of ${EXCLUSIVE_KINDS.join(", ")}.`,
          suggestion: "Split it into one step per action, in the order they should run."
        }
      ];
    });
  }
});

// src/rollout/rules/lint/manifest-yaml-error.ts
var manifestYamlError = defineLintRule({
  meta: {
    id: "manifest-yaml-error",
    category: "configuration",
    severity: "error",
    description: "A Rollout, AnalysisTemplate or ClusterAnalysisTemplate document that is not valid YAML.",
    summary: "a Rollout or (Cluster)AnalysisTemplate document that does not parse as YAML"
  },
  checksBrokenManifests: true,
  check(manifest) {
    const error = manifest.syntaxError;
    if (!error) return [];
    return [
      {
        path: [],
        position: { line: error.line, column: error.column, endLine: error.endLine, endColumn: error.endColumn },
        message: `${manifest.kind}${manifest.name ? ` '${manifest.name}'` : ""} is not valid YAML: ${error.message}; nothing else in it was checked.`,
        suggestion: "Fix the YAML (kubectl apply --dry-run=client -f FILE shows the same error); a Helm or Kustomize template must be rendered first."
      }
    ];
  }
});

// src/rollout/rules/lint/metric-rule-invalid.ts
var RULE_LISTS = ["dryRun", "measurementRetention"];
var metricRuleInvalid = defineLintRule({
  meta: {
    id: "metric-rule-invalid",
    category: "configuration",
    severity: "error",
    description: "A dryRun or measurementRetention rule whose metricName another rule of the same list repeats, that is not a regular expression, or that matches no metric of the analysis.",
    summary: "a dryRun / measurementRetention metricName repeated, not a regular expression, or matching no metric"
  },
  check(manifest, { templates }) {
    if (isAnalysisTemplate(manifest)) {
      return checkRules(manifest.object.spec, ["spec"], templateMetrics(manifest).map(({ name: name2 }) => name2), `${manifest.kind} '${manifest.name}'`);
    }
    if (manifest.kind !== "Rollout") return [];
    return analysisReferences(manifest).flatMap((reference) => {
      if (reference.usage === "experiment") return [];
      return checkRules(valueAt(manifest.object, reference.path), reference.path, metricsOf(reference.templates, manifest, templates), `the analysis at ${fieldPathText(reference.path)}`);
    });
  }
});
function valueAt(root, path) {
  return path.reduce((value, key) => typeof key === "number" ? asList(value)[key] : asRecord(value)[key], root);
}
function metricsOf(references, rollout, templates) {
  const names = [];
  for (const reference of references) {
    const template = templates.find(reference, rollout);
    if (!template) return void 0;
    names.push(...templateMetrics(template).map(({ name: name2 }) => name2));
  }
  return references.length === 0 ? void 0 : names;
}
function checkRules(block, base, metrics, owner) {
  const reports = [];
  for (const list of RULE_LISTS) {
    const seen = /* @__PURE__ */ new Set();
    asList(asRecord(block)[list]).forEach((rule, index) => {
      const metricName = asString(asRecord(rule).metricName);
      if (metricName === void 0) return;
      const path = [...base, list, index, "metricName"];
      const where = fieldPathText(path);
      if (seen.has(metricName)) {
        reports.push({ path, message: `${where} is '${metricName}', which an earlier ${list} rule already names; the controller refuses two ${list} rules for one metric name.`, suggestion: "Remove the repeated rule." });
        return;
      }
      seen.add(metricName);
      const pattern = compileMetricNameRule(metricName);
      if (!pattern) {
        reports.push({ path, message: `${where} is '${metricName}', which is not a regular expression: it matches no metric, and the AnalysisRun of ${owner} ends in Error.`, suggestion: metricName === "*" ? "Write '.*' to match every metric." : "Write a valid regular expression, or the metric name itself." });
        return;
      }
      if (metrics !== void 0 && metrics.length > 0 && !metrics.some((name2) => pattern.test(name2))) {
        reports.push({ path, message: `${where} is '${metricName}', which matches no metric of ${owner} (${metrics.join(", ")}): the AnalysisRun ends in Error.`, suggestion: "Name one of the metrics, or remove the rule." });
      }
    });
  }
  return reports;
}

// src/rollout/rules/lint/metric-without-condition.ts
var SELF_JUDGING_PROVIDERS = /* @__PURE__ */ new Set(["job", "kayenta"]);
var metricWithoutCondition = defineLintRule({
  meta: {
    id: "metric-without-condition",
    category: "configuration",
    severity: "warning",
    description: "A value-returning metric (not job or kayenta) with neither successCondition nor failureCondition.",
    summary: "a value metric (not job/kayenta) with neither successCondition nor failureCondition (R12)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric: metric2, name: name2, path }) => {
      const providers = providerNames(metric2);
      if (providers.length !== 1 || SELF_JUDGING_PROVIDERS.has(providers[0])) return [];
      if (metric2.successCondition !== void 0 || metric2.failureCondition !== void 0) return [];
      return [
        {
          path,
          message: `Metric '${name2}' (${providers[0]}) in ${manifest.kind} '${manifest.name}' has neither successCondition nor failureCondition: every measurement counts as Successful, so it checks nothing.`,
          suggestion: "Add a successCondition such as 'len(result) == 0 || result[0] >= 0.95'."
        }
      ];
    });
  }
});

// src/rollout/lint/traffic-routers.ts
function trafficRouters(canary) {
  const routing = asRecord(canary.trafficRouting);
  const plugins = asRecord(routing.plugins);
  return {
    routed: isRecord(canary.trafficRouting),
    has: (router) => isRecord(routing[router]),
    plugins: Object.keys(plugins).length > 0,
    routing
  };
}
function managedRouteNames(routing) {
  if (routing.managedRoutes === void 0) return void 0;
  return asList(routing.managedRoutes).flatMap((route) => {
    const name2 = asRecord(route).name;
    return typeof name2 === "string" ? [name2] : [];
  });
}

// src/rollout/rules/lint/ping-pong-invalid.ts
var PING_PONG = [...CANARY_PATH, "pingPong"];
var pingPongInvalid = defineLintRule({
  meta: {
    id: "ping-pong-invalid",
    category: "configuration",
    severity: "error",
    description: "pingPong without pingService or pongService, with one Service for both, with a router other than ALB, Istio or a plugin, or with ALB but no rootService.",
    summary: "pingPong missing a Service, one Service twice, an unsupported router, or ALB without rootService"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const canary = canaryStrategy(manifest);
    if (!canary || !isRecord(canary.pingPong)) return [];
    const routers = trafficRouters(canary);
    const ping = asString(canary.pingPong.pingService) ?? "";
    const pong = asString(canary.pingPong.pongService) ?? "";
    const reports = [];
    if (routers.routed && !routers.has("alb") && !routers.has("istio") && !routers.plugins) {
      reports.push({ path: [...CANARY_PATH, "trafficRouting"], message: "spec.strategy.canary.pingPong only works with the ALB or Istio traffic router or a plugin; this trafficRouting has none of them.", suggestion: "Use canaryService and stableService instead of pingPong with this router." });
    }
    for (const [key, value] of [["pingService", ping], ["pongService", pong]]) {
      if (value === "") reports.push({ path: [...PING_PONG, key], message: `spec.strategy.canary.pingPong.${key} is not set; ping-pong needs two Services.`, suggestion: `Set pingPong.${key} to a Service selecting the Rollout's pods.` });
    }
    if (ping !== "" && ping === pong) {
      reports.push({ path: [...PING_PONG, "pingService"], message: `spec.strategy.canary.pingPong.pingService and pongService are both '${ping}'; ping-pong needs two different Services.`, suggestion: "Point pingService and pongService at two Services." });
    }
    if (routers.has("alb") && (asString(asRecord(routers.routing.alb).rootService) ?? "") === "") {
      reports.push({ path: [...CANARY_PATH, "trafficRouting", "alb"], message: "spec.strategy.canary.trafficRouting.alb has no rootService; ALB ping-pong needs the Service its Ingress names.", suggestion: "Set trafficRouting.alb.rootService to the Service named in the Ingress." });
    }
    return reports;
  }
});

// src/rollout/rules/lint/progress-deadline-no-abort.ts
var progressDeadlineNoAbort = defineLintRule({
  meta: {
    id: "progress-deadline-no-abort",
    category: "configuration",
    severity: "notice",
    description: "A Rollout without progressDeadlineAbort: true, so a stuck canary keeps its traffic after the deadline.",
    summary: "no `progressDeadlineAbort: true`: a stuck canary keeps its traffic after the deadline (R21)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const spec = asRecord(manifest.object.spec);
    if (spec.progressDeadlineAbort === true) return [];
    const written = spec.progressDeadlineAbort !== void 0;
    return [
      {
        path: written ? ["spec", "progressDeadlineAbort"] : ["spec"],
        message: `Rollout '${manifest.name}': spec.progressDeadlineAbort is ${written ? JSON.stringify(spec.progressDeadlineAbort) : "unset (false)"}: when the progress deadline passes the Rollout is only marked Degraded and the canary keeps its traffic.`,
        suggestion: "Set spec.progressDeadlineAbort: true so the controller aborts to the stable version."
      }
    ];
  }
});

// src/rollout/rules/lint/prometheus-metric-misuse.ts
var BARE_RESULT_COMPARISON = /\bresult\s*(?:==|!=|<=|>=|<|>)|(?:==|!=|<=|>=|<|>)\s*result\b(?!\s*\[)/;
var CONDITIONS2 = ["successCondition", "failureCondition"];
var prometheusMetricMisuse = defineLintRule({
  meta: {
    id: "prometheus-metric-misuse",
    category: "configuration",
    severity: "warning",
    description: "A Prometheus metric without a query (error), or a condition comparing result without indexing it (warning).",
    summary: "a Prometheus metric without `query` (error), or a condition comparing `result` unindexed (R15)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric: metric2, name: name2, path }) => {
      const prometheus = asRecord(metric2.provider).prometheus;
      if (!isRecord(prometheus)) return [];
      const reports = [];
      const query = asString(prometheus.query);
      if (query === void 0 || query.trim() === "") {
        const providerPath = [...path, "provider", "prometheus"];
        reports.push({
          path: providerPath,
          severity: "error",
          message: `${fieldPathText(providerPath)} of metric '${name2}' has no query: every measurement errors, and the AnalysisRun ends in Error.`,
          suggestion: "Add provider.prometheus.query with the PromQL to evaluate."
        });
      }
      for (const key of CONDITIONS2) {
        const condition = asString(metric2[key]);
        if (condition === void 0 || !BARE_RESULT_COMPARISON.test(condition)) continue;
        const conditionPath = [...path, key];
        reports.push({
          path: conditionPath,
          message: `${fieldPathText(conditionPath)} is '${condition}': it compares result itself, but a Prometheus vector result is an array; compare result[0].`,
          suggestion: "Index the result: result[0] >= 0.95 (and guard empty results: len(result) == 0 || \u2026)."
        });
      }
      return reports;
    });
  }
});

// node_modules/@lezer/common/dist/index.js
var DefaultBufferLength = 1024;
var nextPropID = 0;
var Range = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
};
var NodeProp = class {
  /**
  Create a new node prop type.
  */
  constructor(config = {}) {
    this.id = nextPropID++;
    this.perNode = !!config.perNode;
    this.deserialize = config.deserialize || (() => {
      throw new Error("This node type doesn't define a deserialize function");
    });
    this.combine = config.combine || null;
  }
  /**
  This is meant to be used with
  [`NodeSet.extend`](#common.NodeSet.extend) or
  [`LRParser.configure`](#lr.ParserConfig.props) to compute
  prop values for each node type in the set. Takes a [match
  object](#common.NodeType^match) or function that returns undefined
  if the node type doesn't get this prop, and the prop's value if
  it does.
  */
  add(match) {
    if (this.perNode)
      throw new RangeError("Can't add per-node props to node types");
    if (typeof match != "function")
      match = NodeType.match(match);
    return (type) => {
      let result = match(type);
      return result === void 0 ? null : [this, result];
    };
  }
};
NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
NodeProp.isolate = new NodeProp({ deserialize: (value) => {
  if (value && value != "rtl" && value != "ltr" && value != "auto")
    throw new RangeError("Invalid value for isolate: " + value);
  return value || "auto";
} });
NodeProp.contextHash = new NodeProp({ perNode: true });
NodeProp.lookAhead = new NodeProp({ perNode: true });
NodeProp.mounted = new NodeProp({ perNode: true });
var MountedTree = class {
  constructor(tree, overlay, parser2, bracketed = false) {
    this.tree = tree;
    this.overlay = overlay;
    this.parser = parser2;
    this.bracketed = bracketed;
  }
  /**
  @internal
  */
  static get(tree) {
    return tree && tree.props && tree.props[NodeProp.mounted.id];
  }
};
var noProps = /* @__PURE__ */ Object.create(null);
var NodeType = class _NodeType {
  /**
  @internal
  */
  constructor(name2, props, id, flags = 0) {
    this.name = name2;
    this.props = props;
    this.id = id;
    this.flags = flags;
  }
  /**
  Define a node type.
  */
  static define(spec) {
    let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
    let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
    let type = new _NodeType(spec.name || "", props, spec.id, flags);
    if (spec.props)
      for (let src of spec.props) {
        if (!Array.isArray(src))
          src = src(type);
        if (src) {
          if (src[0].perNode)
            throw new RangeError("Can't store a per-node prop on a node type");
          props[src[0].id] = src[1];
        }
      }
    return type;
  }
  /**
  Retrieves a node prop for this type. Will return `undefined` if
  the prop isn't present on this node.
  */
  prop(prop) {
    return this.props[prop.id];
  }
  /**
  True when this is the top node of a grammar.
  */
  get isTop() {
    return (this.flags & 1) > 0;
  }
  /**
  True when this node is produced by a skip rule.
  */
  get isSkipped() {
    return (this.flags & 2) > 0;
  }
  /**
  Indicates whether this is an error node.
  */
  get isError() {
    return (this.flags & 4) > 0;
  }
  /**
  When true, this node type doesn't correspond to a user-declared
  named node, for example because it is used to cache repetition.
  */
  get isAnonymous() {
    return (this.flags & 8) > 0;
  }
  /**
  Returns true when this node's name or one of its
  [groups](#common.NodeProp^group) matches the given string.
  */
  is(name2) {
    if (typeof name2 == "string") {
      if (this.name == name2)
        return true;
      let group = this.prop(NodeProp.group);
      return group ? group.indexOf(name2) > -1 : false;
    }
    return this.id == name2;
  }
  /**
  Create a function from node types to arbitrary values by
  specifying an object whose property names are node or
  [group](#common.NodeProp^group) names. Often useful with
  [`NodeProp.add`](#common.NodeProp.add). You can put multiple
  names, separated by spaces, in a single property name to map
  multiple node names to a single value.
  */
  static match(map) {
    let direct = /* @__PURE__ */ Object.create(null);
    for (let prop in map)
      for (let name2 of prop.split(" "))
        direct[name2] = map[prop];
    return (node) => {
      for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
        let found = direct[i < 0 ? node.name : groups[i]];
        if (found)
          return found;
      }
    };
  }
};
NodeType.none = new NodeType(
  "",
  /* @__PURE__ */ Object.create(null),
  0,
  8
  /* NodeFlag.Anonymous */
);
var NodeSet = class _NodeSet {
  /**
  Create a set with the given types. The `id` property of each
  type should correspond to its position within the array.
  */
  constructor(types) {
    this.types = types;
    for (let i = 0; i < types.length; i++)
      if (types[i].id != i)
        throw new RangeError("Node type ids should correspond to array positions when creating a node set");
  }
  /**
  Create a copy of this set with some node properties added. The
  arguments to this method can be created with
  [`NodeProp.add`](#common.NodeProp.add).
  */
  extend(...props) {
    let newTypes = [];
    for (let type of this.types) {
      let newProps = null;
      for (let source of props) {
        let add = source(type);
        if (add) {
          if (!newProps)
            newProps = Object.assign({}, type.props);
          let value = add[1], prop = add[0];
          if (prop.combine && prop.id in newProps)
            value = prop.combine(newProps[prop.id], value);
          newProps[prop.id] = value;
        }
      }
      newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
    }
    return new _NodeSet(newTypes);
  }
};
var CachedNode = /* @__PURE__ */ new WeakMap();
var CachedInnerNode = /* @__PURE__ */ new WeakMap();
var IterMode;
(function(IterMode2) {
  IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
  IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
  IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
  IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
  IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
var Tree = class _Tree {
  /**
  Construct a new tree. See also [`Tree.build`](#common.Tree^build).
  */
  constructor(type, children, positions, length, props) {
    this.type = type;
    this.children = children;
    this.positions = positions;
    this.length = length;
    this.props = null;
    if (props && props.length) {
      this.props = /* @__PURE__ */ Object.create(null);
      for (let [prop, value] of props)
        this.props[typeof prop == "number" ? prop : prop.id] = value;
    }
  }
  /**
  @internal
  */
  toString() {
    let mounted = MountedTree.get(this);
    if (mounted && !mounted.overlay)
      return mounted.tree.toString();
    let children = "";
    for (let ch of this.children) {
      let str = ch.toString();
      if (str) {
        if (children)
          children += ",";
        children += str;
      }
    }
    return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
  }
  /**
  Get a [tree cursor](#common.TreeCursor) positioned at the top of
  the tree. Mode can be used to [control](#common.IterMode) which
  nodes the cursor visits.
  */
  cursor(mode = 0) {
    return new TreeCursor(this.topNode, mode);
  }
  /**
  Get a [tree cursor](#common.TreeCursor) pointing into this tree
  at the given position and side (see
  [`moveTo`](#common.TreeCursor.moveTo).
  */
  cursorAt(pos, side = 0, mode = 0) {
    let scope = CachedNode.get(this) || this.topNode;
    let cursor = new TreeCursor(scope);
    cursor.moveTo(pos, side);
    CachedNode.set(this, cursor._tree);
    return cursor;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) object for the top of the
  tree.
  */
  get topNode() {
    return new TreeNode(this, 0, 0, null);
  }
  /**
  Get the [syntax node](#common.SyntaxNode) at the given position.
  If `side` is -1, this will move into nodes that end at the
  position. If 1, it'll move into nodes that start at the
  position. With 0, it'll only enter nodes that cover the position
  from both sides.
  
  Note that this will not enter
  [overlays](#common.MountedTree.overlay), and you often want
  [`resolveInner`](#common.Tree.resolveInner) instead.
  */
  resolve(pos, side = 0) {
    let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
    CachedNode.set(this, node);
    return node;
  }
  /**
  Like [`resolve`](#common.Tree.resolve), but will enter
  [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
  pointing into the innermost overlaid tree at the given position
  (with parent links going through all parent structure, including
  the host trees).
  */
  resolveInner(pos, side = 0) {
    let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
    CachedInnerNode.set(this, node);
    return node;
  }
  /**
  In some situations, it can be useful to iterate through all
  nodes around a position, including those in overlays that don't
  directly cover the position. This method gives you an iterator
  that will produce all nodes, from small to big, around the given
  position.
  */
  resolveStack(pos, side = 0) {
    return stackIterator(this, pos, side);
  }
  /**
  Iterate over the tree and its children, calling `enter` for any
  node that touches the `from`/`to` region (if given) before
  running over such a node's children, and `leave` (if given) when
  leaving the node. When `enter` returns `false`, that node will
  not have its children iterated over (or `leave` called).
  */
  iterate(spec) {
    let { enter, leave, from = 0, to = this.length } = spec;
    let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
    for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
      let entered = false;
      if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
        if (c.firstChild())
          continue;
        entered = true;
      }
      for (; ; ) {
        if (entered && leave && (anon || !c.type.isAnonymous))
          leave(c);
        if (c.nextSibling())
          break;
        if (!c.parent())
          return;
        entered = true;
      }
    }
  }
  /**
  Get the value of the given [node prop](#common.NodeProp) for this
  node. Works with both per-node and per-type props.
  */
  prop(prop) {
    return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
  }
  /**
  Returns the node's [per-node props](#common.NodeProp.perNode) in a
  format that can be passed to the [`Tree`](#common.Tree)
  constructor.
  */
  get propValues() {
    let result = [];
    if (this.props)
      for (let id in this.props)
        result.push([+id, this.props[id]]);
    return result;
  }
  /**
  Balance the direct children of this tree, producing a copy of
  which may have children grouped into subtrees with type
  [`NodeType.none`](#common.NodeType^none).
  */
  balance(config = {}) {
    return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
  }
  /**
  Build a tree from a postfix-ordered buffer of node information,
  or a cursor over such a buffer.
  */
  static build(data) {
    return buildTree(data);
  }
};
Tree.empty = new Tree(NodeType.none, [], [], 0);
var FlatBufferCursor = class _FlatBufferCursor {
  constructor(buffer, index) {
    this.buffer = buffer;
    this.index = index;
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  get pos() {
    return this.index;
  }
  next() {
    this.index -= 4;
  }
  fork() {
    return new _FlatBufferCursor(this.buffer, this.index);
  }
};
var TreeBuffer = class _TreeBuffer {
  /**
  Create a tree buffer.
  */
  constructor(buffer, length, set) {
    this.buffer = buffer;
    this.length = length;
    this.set = set;
  }
  /**
  @internal
  */
  get type() {
    return NodeType.none;
  }
  /**
  @internal
  */
  toString() {
    let result = [];
    for (let index = 0; index < this.buffer.length; ) {
      result.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result.join(",");
  }
  /**
  @internal
  */
  childString(index) {
    let id = this.buffer[index], endIndex = this.buffer[index + 3];
    let type = this.set.types[id], result = type.name;
    if (/\W/.test(result) && !type.isError)
      result = JSON.stringify(result);
    index += 4;
    if (endIndex == index)
      return result;
    let children = [];
    while (index < endIndex) {
      children.push(this.childString(index));
      index = this.buffer[index + 3];
    }
    return result + "(" + children.join(",") + ")";
  }
  /**
  @internal
  */
  findChild(startIndex, endIndex, dir, pos, side) {
    let { buffer } = this, pick = -1;
    for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
      if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
        pick = i;
        if (dir > 0)
          break;
      }
    }
    return pick;
  }
  /**
  @internal
  */
  slice(startI, endI, from) {
    let b = this.buffer;
    let copy = new Uint16Array(endI - startI), len = 0;
    for (let i = startI, j = 0; i < endI; ) {
      copy[j++] = b[i++];
      copy[j++] = b[i++] - from;
      let to = copy[j++] = b[i++] - from;
      copy[j++] = b[i++] - startI;
      len = Math.max(len, to);
    }
    return new _TreeBuffer(copy, len, this.set);
  }
};
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
var BaseNode = class {
  cursor(mode = 0) {
    return new TreeCursor(this, mode);
  }
  getChild(type, before = null, after = null) {
    let r = getChildren(this, type, before, after);
    return r.length ? r[0] : null;
  }
  getChildren(type, before = null, after = null) {
    return getChildren(this, type, before, after);
  }
  resolve(pos, side = 0) {
    return resolveNode(this, pos, side, false);
  }
  resolveInner(pos, side = 0) {
    return resolveNode(this, pos, side, true);
  }
  matchContext(context) {
    return matchNodeContext(this.parent, context);
  }
  enterUnfinishedNodesBefore(pos) {
    let scan = this.childBefore(pos), node = this;
    while (scan) {
      let last = scan.lastChild;
      if (!last || last.to != scan.to)
        break;
      if (last.type.isError && last.from == last.to) {
        node = scan;
        scan = last.prevSibling;
      } else {
        scan = last;
      }
    }
    return node;
  }
  get node() {
    return this;
  }
  get next() {
    return this.parent;
  }
};
var TreeNode = class _TreeNode extends BaseNode {
  constructor(_tree, from, index, _parent) {
    super();
    this._tree = _tree;
    this.from = from;
    this.index = index;
    this._parent = _parent;
  }
  get type() {
    return this._tree.type;
  }
  get name() {
    return this._tree.type.name;
  }
  get to() {
    return this.from + this._tree.length;
  }
  nextChild(i, dir, pos, side, mode = 0) {
    for (let parent = this; ; ) {
      for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
        let next = children[i], start = positions[i] + parent.from, mounted;
        if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
          continue;
        if (next instanceof TreeBuffer) {
          if (mode & IterMode.ExcludeBuffers)
            continue;
          let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
          if (index > -1)
            return new BufferNode(new BufferContext(parent, next, i, start), null, index);
        } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
          let mounted2;
          if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
            return new _TreeNode(mounted2.tree, start, i, parent);
          let inner = new _TreeNode(next, start, i, parent);
          return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
        }
      }
      if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
        return null;
      if (parent.index >= 0)
        i = parent.index + dir;
      else
        i = dir < 0 ? -1 : parent._parent._tree.children.length;
      parent = parent._parent;
      if (!parent)
        return null;
    }
  }
  get firstChild() {
    return this.nextChild(
      0,
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.nextChild(
      0,
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.nextChild(
      this._tree.children.length - 1,
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this._tree.prop(prop);
  }
  enter(pos, side, mode = 0) {
    let mounted;
    if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
      let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
      for (let { from, to } of mounted.overlay) {
        if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
          return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
      }
    }
    return this.nextChild(0, 1, pos, side, mode);
  }
  nextSignificantParent() {
    let val = this;
    while (val.type.isAnonymous && val._parent)
      val = val._parent;
    return val;
  }
  get parent() {
    return this._parent ? this._parent.nextSignificantParent() : null;
  }
  get nextSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index + 1,
      1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get prevSibling() {
    return this._parent && this.index >= 0 ? this._parent.nextChild(
      this.index - 1,
      -1,
      0,
      4
      /* Side.DontCare */
    ) : null;
  }
  get tree() {
    return this._tree;
  }
  toTree() {
    return this._tree;
  }
  /**
  @internal
  */
  toString() {
    return this._tree.toString();
  }
};
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found = false; !found; ) {
      found = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
var BufferContext = class {
  constructor(parent, buffer, index, start) {
    this.parent = parent;
    this.buffer = buffer;
    this.index = index;
    this.start = start;
  }
};
var BufferNode = class _BufferNode extends BaseNode {
  get name() {
    return this.type.name;
  }
  get from() {
    return this.context.start + this.context.buffer.buffer[this.index + 1];
  }
  get to() {
    return this.context.start + this.context.buffer.buffer[this.index + 2];
  }
  constructor(context, _parent, index) {
    super();
    this.context = context;
    this._parent = _parent;
    this.index = index;
    this.type = context.buffer.set.types[context.buffer.buffer[index]];
  }
  child(dir, pos, side) {
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get firstChild() {
    return this.child(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  get lastChild() {
    return this.child(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  childAfter(pos) {
    return this.child(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  childBefore(pos) {
    return this.child(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  prop(prop) {
    return this.type.prop(prop);
  }
  enter(pos, side, mode = 0) {
    if (mode & IterMode.ExcludeBuffers)
      return null;
    let { buffer } = this.context;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
    return index < 0 ? null : new _BufferNode(this.context, this, index);
  }
  get parent() {
    return this._parent || this.context.parent.nextSignificantParent();
  }
  externalSibling(dir) {
    return this._parent ? null : this.context.parent.nextChild(
      this.context.index + dir,
      dir,
      0,
      4
      /* Side.DontCare */
    );
  }
  get nextSibling() {
    let { buffer } = this.context;
    let after = buffer.buffer[this.index + 3];
    if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
      return new _BufferNode(this.context, this._parent, after);
    return this.externalSibling(1);
  }
  get prevSibling() {
    let { buffer } = this.context;
    let parentStart = this._parent ? this._parent.index + 4 : 0;
    if (this.index == parentStart)
      return this.externalSibling(-1);
    return new _BufferNode(this.context, this._parent, buffer.findChild(
      parentStart,
      this.index,
      -1,
      0,
      4
      /* Side.DontCare */
    ));
  }
  get tree() {
    return null;
  }
  toTree() {
    let children = [], positions = [];
    let { buffer } = this.context;
    let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
    if (endI > startI) {
      let from = buffer.buffer[this.index + 1];
      children.push(buffer.slice(startI, endI, from));
      positions.push(0);
    }
    return new Tree(this.type, children, positions, this.to - this.from);
  }
  /**
  @internal
  */
  toString() {
    return this.context.buffer.childString(this.index);
  }
};
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
var StackIterator = class {
  constructor(heads, node) {
    this.heads = heads;
    this.node = node;
  }
  get next() {
    return iterStack(this.heads);
  }
};
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
var TreeCursor = class {
  /**
  Shorthand for `.type.name`.
  */
  get name() {
    return this.type.name;
  }
  /**
  @internal
  */
  constructor(node, mode = 0) {
    this.buffer = null;
    this.stack = [];
    this.index = 0;
    this.bufferNode = null;
    this.mode = mode & ~IterMode.EnterBracketed;
    if (node instanceof TreeNode) {
      this.yieldNode(node);
    } else {
      this._tree = node.context.parent;
      this.buffer = node.context;
      for (let n = node._parent; n; n = n._parent)
        this.stack.unshift(n.index);
      this.bufferNode = node;
      this.yieldBuf(node.index);
    }
  }
  yieldNode(node) {
    if (!node)
      return false;
    this._tree = node;
    this.type = node.type;
    this.from = node.from;
    this.to = node.to;
    return true;
  }
  yieldBuf(index, type) {
    this.index = index;
    let { start, buffer } = this.buffer;
    this.type = type || buffer.set.types[buffer.buffer[index]];
    this.from = start + buffer.buffer[index + 1];
    this.to = start + buffer.buffer[index + 2];
    return true;
  }
  /**
  @internal
  */
  yield(node) {
    if (!node)
      return false;
    if (node instanceof TreeNode) {
      this.buffer = null;
      return this.yieldNode(node);
    }
    this.buffer = node.context;
    return this.yieldBuf(node.index, node.type);
  }
  /**
  @internal
  */
  toString() {
    return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
  }
  /**
  @internal
  */
  enterChild(dir, pos, side) {
    if (!this.buffer)
      return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
    let { buffer } = this.buffer;
    let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
    if (index < 0)
      return false;
    this.stack.push(this.index);
    return this.yieldBuf(index);
  }
  /**
  Move the cursor to this node's first child. When this returns
  false, the node has no child, and the cursor has not been moved.
  */
  firstChild() {
    return this.enterChild(
      1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to this node's last child.
  */
  lastChild() {
    return this.enterChild(
      -1,
      0,
      4
      /* Side.DontCare */
    );
  }
  /**
  Move the cursor to the first child that ends after `pos`.
  */
  childAfter(pos) {
    return this.enterChild(
      1,
      pos,
      2
      /* Side.After */
    );
  }
  /**
  Move to the last child that starts before `pos`.
  */
  childBefore(pos) {
    return this.enterChild(
      -1,
      pos,
      -2
      /* Side.Before */
    );
  }
  /**
  Move the cursor to the child around `pos`. If side is -1 the
  child may end at that position, when 1 it may start there. This
  will also enter [overlaid](#common.MountedTree.overlay)
  [mounted](#common.NodeProp^mounted) trees unless `overlays` is
  set to false.
  */
  enter(pos, side, mode = this.mode) {
    if (!this.buffer)
      return this.yield(this._tree.enter(pos, side, mode));
    return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
  }
  /**
  Move to the node's parent node, if this isn't the top node.
  */
  parent() {
    if (!this.buffer)
      return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
    if (this.stack.length)
      return this.yieldBuf(this.stack.pop());
    let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
    this.buffer = null;
    return this.yieldNode(parent);
  }
  /**
  @internal
  */
  sibling(dir) {
    if (!this.buffer)
      return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
    let { buffer } = this.buffer, d = this.stack.length - 1;
    if (dir < 0) {
      let parentStart = d < 0 ? 0 : this.stack[d] + 4;
      if (this.index != parentStart)
        return this.yieldBuf(buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
    } else {
      let after = buffer.buffer[this.index + 3];
      if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
        return this.yieldBuf(after);
    }
    return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
  }
  /**
  Move to this node's next sibling, if any.
  */
  nextSibling() {
    return this.sibling(1);
  }
  /**
  Move to this node's previous sibling, if any.
  */
  prevSibling() {
    return this.sibling(-1);
  }
  atLastNode(dir) {
    let index, parent, { buffer } = this;
    if (buffer) {
      if (dir > 0) {
        if (this.index < buffer.buffer.buffer.length)
          return false;
      } else {
        for (let i = 0; i < this.index; i++)
          if (buffer.buffer.buffer[i + 3] < this.index)
            return false;
      }
      ({ index, parent } = buffer);
    } else {
      ({ index, _parent: parent } = this._tree);
    }
    for (; parent; { index, _parent: parent } = parent) {
      if (index > -1)
        for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
          let child = parent._tree.children[i];
          if (this.mode & IterMode.IncludeAnonymous || child instanceof TreeBuffer || !child.type.isAnonymous || hasChild(child))
            return false;
        }
    }
    return true;
  }
  move(dir, enter) {
    if (enter && this.enterChild(
      dir,
      0,
      4
      /* Side.DontCare */
    ))
      return true;
    for (; ; ) {
      if (this.sibling(dir))
        return true;
      if (this.atLastNode(dir) || !this.parent())
        return false;
    }
  }
  /**
  Move to the next node in a
  [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
  traversal, going from a node to its first child or, if the
  current node is empty or `enter` is false, its next sibling or
  the next sibling of the first parent node that has one.
  */
  next(enter = true) {
    return this.move(1, enter);
  }
  /**
  Move to the next node in a last-to-first pre-order traversal. A
  node is followed by its last child or, if it has none, its
  previous sibling or the previous sibling of the first parent
  node that has one.
  */
  prev(enter = true) {
    return this.move(-1, enter);
  }
  /**
  Move the cursor to the innermost node that covers `pos`. If
  `side` is -1, it will enter nodes that end at `pos`. If it is 1,
  it will enter nodes that start at `pos`.
  */
  moveTo(pos, side = 0) {
    while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
      if (!this.parent())
        break;
    while (this.enterChild(1, pos, side)) {
    }
    return this;
  }
  /**
  Get a [syntax node](#common.SyntaxNode) at the cursor's current
  position.
  */
  get node() {
    if (!this.buffer)
      return this._tree;
    let cache = this.bufferNode, result = null, depth = 0;
    if (cache && cache.context == this.buffer) {
      scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
        for (let c = cache; c; c = c._parent)
          if (c.index == index) {
            if (index == this.index)
              return c;
            result = c;
            depth = d + 1;
            break scan;
          }
        index = this.stack[--d];
      }
    }
    for (let i = depth; i < this.stack.length; i++)
      result = new BufferNode(this.buffer, result, this.stack[i]);
    return this.bufferNode = new BufferNode(this.buffer, result, this.index);
  }
  /**
  Get the [tree](#common.Tree) that represents the current node, if
  any. Will return null when the node is in a [tree
  buffer](#common.TreeBuffer).
  */
  get tree() {
    return this.buffer ? null : this._tree._tree;
  }
  /**
  Iterate over the current node and all its descendants, calling
  `enter` when entering a node and `leave`, if given, when leaving
  one. When `enter` returns `false`, any children of that node are
  skipped, and `leave` isn't called for it.
  */
  iterate(enter, leave) {
    for (let depth = 0; ; ) {
      let mustLeave = false;
      if (this.type.isAnonymous || enter(this) !== false) {
        if (this.firstChild()) {
          depth++;
          continue;
        }
        if (!this.type.isAnonymous)
          mustLeave = true;
      }
      for (; ; ) {
        if (mustLeave && leave)
          leave(this);
        mustLeave = this.type.isAnonymous;
        if (!depth)
          return;
        if (this.nextSibling())
          break;
        this.parent();
        depth--;
        mustLeave = true;
      }
    }
  }
  /**
  Test whether the current node matches a given context—a sequence
  of direct parent node names. Empty strings in the context array
  are treated as wildcards.
  */
  matchContext(context) {
    if (!this.buffer)
      return matchNodeContext(this.node.parent, context);
    let { buffer } = this.buffer, { types } = buffer.set;
    for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
      if (d < 0)
        return matchNodeContext(this._tree, context, i);
      let type = types[buffer.buffer[this.stack[d]]];
      if (!type.isAnonymous) {
        if (context[i] && context[i] != type.name)
          return false;
        i--;
      }
    }
    return true;
  }
};
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id, start, end, size } = cursor;
    let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
    if (size < 0) {
      cursor.next();
      if (size == -1) {
        let node2 = reused[id];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size == -3) {
        contextHash = id;
        return;
      } else if (size == -4) {
        lookAhead = id;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size}`);
      }
    }
    let type = types[id], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let endPos = cursor.pos - size;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id >= minRepeatType ? id : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type, contextAtStart);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id, start, end, size } = cursor;
      if (size > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type, contextHash2) {
    return (children2, positions2, length2) => {
      let lookAhead2 = 0, lastI = children2.length - 1, last, lookAheadProp;
      if (lastI >= 0 && (last = children2[lastI]) instanceof Tree) {
        if (!lastI && last.type == type && last.length == length2)
          return last;
        if (lookAheadProp = last.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last.length + lookAheadProp - length2;
      }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size == maxSize) {
      result.size = size;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id, start, end, size } = cursor;
    cursor.next();
    if (size >= 0 && id < minRepeatType) {
      let startIndex = index;
      if (size > 4) {
        let endPos = cursor.pos - (size - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id;
    } else if (size == -3) {
      contextHash = id;
    } else if (size == -4) {
      lookAhead = id;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
var nodeSizeCache = /* @__PURE__ */ new WeakMap();
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size = nodeSizeCache.get(node);
  if (size == null) {
    size = 1;
    for (let child of node.children) {
      if (child.type != balanceType || !(child instanceof Tree)) {
        size = 1;
        break;
      }
      size += nodeSize(balanceType, child);
    }
    nodeSizeCache.set(node, size);
  }
  return size;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var Parser = class {
  /**
  Start a parse, returning a [partial parse](#common.PartialParse)
  object. [`fragments`](#common.TreeFragment) can be passed in to
  make the parse incremental.
  
  By default, the entire input is parsed. You can pass `ranges`,
  which should be a sorted array of non-empty, non-overlapping
  ranges, to parse only those ranges. The tree returned in that
  case will start at `ranges[0].from`.
  */
  startParse(input, fragments, ranges) {
    if (typeof input == "string")
      input = new StringInput(input);
    ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
    return this.createParse(input, fragments || [], ranges);
  }
  /**
  Run a full parse, returning the resulting tree.
  */
  parse(input, fragments, ranges) {
    let parse = this.startParse(input, fragments, ranges);
    for (; ; ) {
      let done = parse.advance();
      if (done)
        return done;
    }
  }
};
var StringInput = class {
  constructor(string2) {
    this.string = string2;
  }
  get length() {
    return this.string.length;
  }
  chunk(from) {
    return this.string.slice(from);
  }
  get lineChunks() {
    return false;
  }
  read(from, to) {
    return this.string.slice(from, to);
  }
};
var stoppedInner = new NodeProp({ perNode: true });

// node_modules/@lezer/lr/dist/index.js
var Stack = class _Stack {
  /**
  @internal
  */
  constructor(p, stack, state, reducePos, pos, score2, buffer, bufferBase, curContext, lookAhead = 0, parent) {
    this.p = p;
    this.stack = stack;
    this.state = state;
    this.reducePos = reducePos;
    this.pos = pos;
    this.score = score2;
    this.buffer = buffer;
    this.bufferBase = bufferBase;
    this.curContext = curContext;
    this.lookAhead = lookAhead;
    this.parent = parent;
  }
  /**
  @internal
  */
  toString() {
    return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
  }
  // Start an empty stack
  /**
  @internal
  */
  static start(p, state, pos = 0) {
    let cx = p.parser.context;
    return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
  }
  /**
  The stack's current [context](#lr.ContextTracker) value, if
  any. Its type will depend on the context tracker's type
  parameter, or it will be `null` if there is no context
  tracker.
  */
  get context() {
    return this.curContext ? this.curContext.context : null;
  }
  // Push a state onto the stack, tracking its start position as well
  // as the buffer base at that point.
  /**
  @internal
  */
  pushState(state, start) {
    this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
    this.state = state;
  }
  // Apply a reduce action
  /**
  @internal
  */
  reduce(action) {
    var _a;
    let depth = action >> 19, type = action & 65535;
    let { parser: parser2 } = this.p;
    let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
    let dPrec = parser2.dynamicPrecedence(type);
    if (dPrec)
      this.score += dPrec;
    if (depth == 0) {
      if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
        this.reducePos = this.pos;
      this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
      if (type < parser2.minRepeatTerm)
        this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
      this.reduceContext(type, this.reducePos);
      return;
    }
    let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
    let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
    if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
      this.reducePos = this.pos;
    let size = this.reducePos - start;
    if (size >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
      if (start == this.p.lastBigReductionStart) {
        this.p.bigReductionCount++;
        this.p.lastBigReductionSize = size;
      } else if (this.p.lastBigReductionSize < size) {
        this.p.bigReductionCount = 1;
        this.p.lastBigReductionStart = start;
        this.p.lastBigReductionSize = size;
      }
    }
    let bufferBase = base ? this.stack[base - 1] : 0, count2 = this.bufferBase + this.buffer.length - bufferBase;
    if (type < parser2.minRepeatTerm || action & 131072) {
      let pos = parser2.stateFlag(
        this.state,
        1
        /* StateFlag.Skipped */
      ) ? this.pos : this.reducePos;
      this.storeNode(type, start, pos, count2 + 4, true);
    }
    if (action & 262144) {
      this.state = this.stack[base];
    } else {
      let baseStateID = this.stack[base - 3];
      this.state = parser2.getGoto(baseStateID, type, true);
    }
    while (this.stack.length > base)
      this.stack.pop();
    this.reduceContext(type, start);
  }
  // Shift a value into the buffer
  /**
  @internal
  */
  storeNode(term, start, end, size = 4, mustSink = false) {
    if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
      let top = this.buffer.length;
      if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
        if (start == end)
          return;
        if (this.buffer[top - 2] >= start) {
          this.buffer[top - 2] = end;
          return;
        }
      }
    }
    if (!mustSink || this.pos == end) {
      this.buffer.push(term, start, end, size);
    } else {
      let index = this.buffer.length;
      if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
        let mustMove = false;
        for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
          if (this.buffer[scan - 1] >= 0) {
            mustMove = true;
            break;
          }
        }
        if (mustMove)
          while (index > 0 && this.buffer[index - 2] > end) {
            this.buffer[index] = this.buffer[index - 4];
            this.buffer[index + 1] = this.buffer[index - 3];
            this.buffer[index + 2] = this.buffer[index - 2];
            this.buffer[index + 3] = this.buffer[index - 1];
            index -= 4;
            if (size > 4)
              size -= 4;
          }
      }
      this.buffer[index] = term;
      this.buffer[index + 1] = start;
      this.buffer[index + 2] = end;
      this.buffer[index + 3] = size;
    }
  }
  // Apply a shift action
  /**
  @internal
  */
  shift(action, type, start, end) {
    if (action & 131072) {
      this.pushState(action & 65535, this.pos);
    } else if ((action & 262144) == 0) {
      let nextState = action, { parser: parser2 } = this.p;
      this.pos = end;
      let skipped = parser2.stateFlag(
        nextState,
        1
        /* StateFlag.Skipped */
      );
      if (!skipped && (end > start || type <= parser2.maxNode))
        this.reducePos = end;
      this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
      this.shiftContext(type, start);
      if (type <= parser2.maxNode)
        this.buffer.push(type, start, end, 4);
    } else {
      this.pos = end;
      this.shiftContext(type, start);
      if (type <= this.p.parser.maxNode)
        this.buffer.push(type, start, end, 4);
    }
  }
  // Apply an action
  /**
  @internal
  */
  apply(action, next, nextStart, nextEnd) {
    if (action & 65536)
      this.reduce(action);
    else
      this.shift(action, next, nextStart, nextEnd);
  }
  // Add a prebuilt (reused) node into the buffer.
  /**
  @internal
  */
  useNode(value, next, start) {
    let index = this.p.reused.length - 1;
    if (index < 0 || this.p.reused[index] != value) {
      this.p.reused.push(value);
      index++;
    }
    let end = this.reducePos = this.pos = start + value.length;
    this.pushState(next, start);
    this.buffer.push(
      index,
      start,
      end,
      -1
      /* size == -1 means this is a reused value */
    );
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
  }
  // Split the stack. Due to the buffer sharing and the fact
  // that `this.stack` tends to stay quite shallow, this isn't very
  // expensive.
  /**
  @internal
  */
  split() {
    let parent = this;
    let off = parent.buffer.length;
    if (off && parent.buffer[off - 4] == 0)
      off -= 4;
    while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
      off -= 4;
    let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
    while (parent && base == parent.bufferBase)
      parent = parent.parent;
    return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
  }
  // Try to recover from an error by 'deleting' (ignoring) one token.
  /**
  @internal
  */
  recoverByDelete(next, nextEnd) {
    let isNode2 = next <= this.p.parser.maxNode;
    if (isNode2)
      this.storeNode(next, this.pos, nextEnd, 4);
    this.storeNode(0, this.pos, nextEnd, isNode2 ? 8 : 4);
    this.pos = this.reducePos = nextEnd;
    this.score -= 190;
  }
  /**
  Check if the given term would be able to be shifted (optionally
  after some reductions) on this stack. This can be useful for
  external tokenizers that want to make sure they only provide a
  given token when it applies.
  */
  canShift(term) {
    for (let sim = new SimulatedStack(this); ; ) {
      let action = this.p.parser.stateSlot(
        sim.state,
        4
        /* ParseState.DefaultReduce */
      ) || this.p.parser.hasAction(sim.state, term);
      if (action == 0)
        return false;
      if ((action & 65536) == 0)
        return true;
      sim.reduce(action);
    }
  }
  // Apply up to Recover.MaxNext recovery actions that conceptually
  // inserts some missing token or rule.
  /**
  @internal
  */
  recoverByInsert(next) {
    if (this.stack.length >= 300)
      return [];
    let nextStates = this.p.parser.nextStates(this.state);
    if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
      let best = [];
      for (let i = 0, s; i < nextStates.length; i += 2) {
        if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
          best.push(nextStates[i], s);
      }
      if (this.stack.length < 120)
        for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
          let s = nextStates[i + 1];
          if (!best.some((v, i2) => i2 & 1 && v == s))
            best.push(nextStates[i], s);
        }
      nextStates = best;
    }
    let result = [];
    for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
      let s = nextStates[i + 1];
      if (s == this.state)
        continue;
      let stack = this.split();
      stack.pushState(s, this.pos);
      stack.storeNode(0, stack.pos, stack.pos, 4, true);
      stack.shiftContext(nextStates[i], this.pos);
      stack.reducePos = this.pos;
      stack.score -= 200;
      result.push(stack);
    }
    return result;
  }
  // Force a reduce, if possible. Return false if that can't
  // be done.
  /**
  @internal
  */
  forceReduce() {
    let { parser: parser2 } = this.p;
    let reduce = parser2.stateSlot(
      this.state,
      5
      /* ParseState.ForcedReduce */
    );
    if ((reduce & 65536) == 0)
      return false;
    if (!parser2.validAction(this.state, reduce)) {
      let depth = reduce >> 19, term = reduce & 65535;
      let target = this.stack.length - depth * 3;
      if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
        let backup = this.findForcedReduction();
        if (backup == null)
          return false;
        reduce = backup;
      }
      this.storeNode(0, this.pos, this.pos, 4, true);
      this.score -= 100;
    }
    this.reducePos = this.pos;
    this.reduce(reduce);
    return true;
  }
  /**
  Try to scan through the automaton to find some kind of reduction
  that can be applied. Used when the regular ForcedReduce field
  isn't a valid action. @internal
  */
  findForcedReduction() {
    let { parser: parser2 } = this.p, seen = [];
    let explore = (state, depth) => {
      if (seen.includes(state))
        return;
      seen.push(state);
      return parser2.allActions(state, (action) => {
        if (action & (262144 | 131072)) ;
        else if (action & 65536) {
          let rDepth = (action >> 19) - depth;
          if (rDepth > 1) {
            let term = action & 65535, target = this.stack.length - rDepth * 3;
            if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
              return rDepth << 19 | 65536 | term;
          }
        } else {
          let found = explore(action, depth + 1);
          if (found != null)
            return found;
        }
      });
    };
    return explore(this.state, 0);
  }
  /**
  @internal
  */
  forceAll() {
    while (!this.p.parser.stateFlag(
      this.state,
      2
      /* StateFlag.Accepting */
    )) {
      if (!this.forceReduce()) {
        this.storeNode(0, this.pos, this.pos, 4, true);
        break;
      }
    }
    return this;
  }
  /**
  Check whether this state has no further actions (assumed to be a direct descendant of the
  top state, since any other states must be able to continue
  somehow). @internal
  */
  get deadEnd() {
    if (this.stack.length != 3)
      return false;
    let { parser: parser2 } = this.p;
    return parser2.data[parser2.stateSlot(
      this.state,
      1
      /* ParseState.Actions */
    )] == 65535 && !parser2.stateSlot(
      this.state,
      4
      /* ParseState.DefaultReduce */
    );
  }
  /**
  Restart the stack (put it back in its start state). Only safe
  when this.stack.length == 3 (state is directly below the top
  state). @internal
  */
  restart() {
    this.storeNode(0, this.pos, this.pos, 4, true);
    this.state = this.stack[0];
    this.stack.length = 0;
  }
  /**
  @internal
  */
  sameState(other) {
    if (this.state != other.state || this.stack.length != other.stack.length)
      return false;
    for (let i = 0; i < this.stack.length; i += 3)
      if (this.stack[i] != other.stack[i])
        return false;
    return true;
  }
  /**
  Get the parser used by this stack.
  */
  get parser() {
    return this.p.parser;
  }
  /**
  Test whether a given dialect (by numeric ID, as exported from
  the terms file) is enabled.
  */
  dialectEnabled(dialectID) {
    return this.p.parser.dialect.flags[dialectID];
  }
  shiftContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  reduceContext(term, start) {
    if (this.curContext)
      this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
  }
  /**
  @internal
  */
  emitContext() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -3)
      this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
  }
  /**
  @internal
  */
  emitLookAhead() {
    let last = this.buffer.length - 1;
    if (last < 0 || this.buffer[last] != -4)
      this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
  }
  updateContext(context) {
    if (context != this.curContext.context) {
      let newCx = new StackContext(this.curContext.tracker, context);
      if (newCx.hash != this.curContext.hash)
        this.emitContext();
      this.curContext = newCx;
    }
  }
  /**
  @internal
  */
  setLookAhead(lookAhead) {
    if (lookAhead <= this.lookAhead)
      return false;
    this.emitLookAhead();
    this.lookAhead = lookAhead;
    return true;
  }
  /**
  @internal
  */
  close() {
    if (this.curContext && this.curContext.tracker.strict)
      this.emitContext();
    if (this.lookAhead > 0)
      this.emitLookAhead();
  }
};
var StackContext = class {
  constructor(tracker, context) {
    this.tracker = tracker;
    this.context = context;
    this.hash = tracker.strict ? tracker.hash(context) : 0;
  }
};
var SimulatedStack = class {
  constructor(start) {
    this.start = start;
    this.state = start.state;
    this.stack = start.stack;
    this.base = this.stack.length;
  }
  reduce(action) {
    let term = action & 65535, depth = action >> 19;
    if (depth == 0) {
      if (this.stack == this.start.stack)
        this.stack = this.stack.slice();
      this.stack.push(this.state, 0, 0);
      this.base += 3;
    } else {
      this.base -= (depth - 1) * 3;
    }
    let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
    this.state = goto;
  }
};
var StackBufferCursor = class _StackBufferCursor {
  constructor(stack, pos, index) {
    this.stack = stack;
    this.pos = pos;
    this.index = index;
    this.buffer = stack.buffer;
    if (this.index == 0)
      this.maybeNext();
  }
  static create(stack, pos = stack.bufferBase + stack.buffer.length) {
    return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
  }
  maybeNext() {
    let next = this.stack.parent;
    if (next != null) {
      this.index = this.stack.bufferBase - next.bufferBase;
      this.stack = next;
      this.buffer = next.buffer;
    }
  }
  get id() {
    return this.buffer[this.index - 4];
  }
  get start() {
    return this.buffer[this.index - 3];
  }
  get end() {
    return this.buffer[this.index - 2];
  }
  get size() {
    return this.buffer[this.index - 1];
  }
  next() {
    this.index -= 4;
    this.pos -= 4;
    if (this.index == 0)
      this.maybeNext();
  }
  fork() {
    return new _StackBufferCursor(this.stack, this.pos, this.index);
  }
};
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out++] = value;
    else
      array = new Type(value);
  }
  return array;
}
var CachedToken = class {
  constructor() {
    this.start = -1;
    this.value = -1;
    this.end = -1;
    this.extended = -1;
    this.lookAhead = 0;
    this.mask = 0;
    this.context = 0;
  }
};
var nullToken = new CachedToken();
var InputStream = class {
  /**
  @internal
  */
  constructor(input, ranges) {
    this.input = input;
    this.ranges = ranges;
    this.chunk = "";
    this.chunkOff = 0;
    this.chunk2 = "";
    this.chunk2Pos = 0;
    this.next = -1;
    this.token = nullToken;
    this.rangeIndex = 0;
    this.pos = this.chunkPos = ranges[0].from;
    this.range = ranges[0];
    this.end = ranges[ranges.length - 1].to;
    this.readNext();
  }
  /**
  @internal
  */
  resolveOffset(offset, assoc) {
    let range = this.range, index = this.rangeIndex;
    let pos = this.pos + offset;
    while (pos < range.from) {
      if (!index)
        return null;
      let next = this.ranges[--index];
      pos -= range.from - next.to;
      range = next;
    }
    while (assoc < 0 ? pos > range.to : pos >= range.to) {
      if (index == this.ranges.length - 1)
        return null;
      let next = this.ranges[++index];
      pos += next.from - range.to;
      range = next;
    }
    return pos;
  }
  /**
  @internal
  */
  clipPos(pos) {
    if (pos >= this.range.from && pos < this.range.to)
      return pos;
    for (let range of this.ranges)
      if (range.to > pos)
        return Math.max(pos, range.from);
    return this.end;
  }
  /**
  Look at a code unit near the stream position. `.peek(0)` equals
  `.next`, `.peek(-1)` gives you the previous character, and so
  on.
  
  Note that looking around during tokenizing creates dependencies
  on potentially far-away content, which may reduce the
  effectiveness incremental parsing—when looking forward—or even
  cause invalid reparses when looking backward more than 25 code
  units, since the library does not track lookbehind.
  */
  peek(offset) {
    let idx = this.chunkOff + offset, pos, result;
    if (idx >= 0 && idx < this.chunk.length) {
      pos = this.pos + offset;
      result = this.chunk.charCodeAt(idx);
    } else {
      let resolved = this.resolveOffset(offset, 1);
      if (resolved == null)
        return -1;
      pos = resolved;
      if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
        result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
      } else {
        let i = this.rangeIndex, range = this.range;
        while (range.to <= pos)
          range = this.ranges[++i];
        this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
        if (pos + this.chunk2.length > range.to)
          this.chunk2 = this.chunk2.slice(0, range.to - pos);
        result = this.chunk2.charCodeAt(0);
      }
    }
    if (pos >= this.token.lookAhead)
      this.token.lookAhead = pos + 1;
    return result;
  }
  /**
  Accept a token. By default, the end of the token is set to the
  current stream position, but you can pass an offset (relative to
  the stream position) to change that.
  */
  acceptToken(token, endOffset = 0) {
    let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
    if (end == null || end < this.token.start)
      throw new RangeError("Token end out of bounds");
    this.token.value = token;
    this.token.end = end;
  }
  /**
  Accept a token ending at a specific given position.
  */
  acceptTokenTo(token, endPos) {
    this.token.value = token;
    this.token.end = endPos;
  }
  getChunk() {
    if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
      let { chunk, chunkPos } = this;
      this.chunk = this.chunk2;
      this.chunkPos = this.chunk2Pos;
      this.chunk2 = chunk;
      this.chunk2Pos = chunkPos;
      this.chunkOff = this.pos - this.chunkPos;
    } else {
      this.chunk2 = this.chunk;
      this.chunk2Pos = this.chunkPos;
      let nextChunk = this.input.chunk(this.pos);
      let end = this.pos + nextChunk.length;
      this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
      this.chunkPos = this.pos;
      this.chunkOff = 0;
    }
  }
  readNext() {
    if (this.chunkOff >= this.chunk.length) {
      this.getChunk();
      if (this.chunkOff == this.chunk.length)
        return this.next = -1;
    }
    return this.next = this.chunk.charCodeAt(this.chunkOff);
  }
  /**
  Move the stream forward N (defaults to 1) code units. Returns
  the new value of [`next`](#lr.InputStream.next).
  */
  advance(n = 1) {
    this.chunkOff += n;
    while (this.pos + n >= this.range.to) {
      if (this.rangeIndex == this.ranges.length - 1)
        return this.setDone();
      n -= this.range.to - this.pos;
      this.range = this.ranges[++this.rangeIndex];
      this.pos = this.range.from;
    }
    this.pos += n;
    if (this.pos >= this.token.lookAhead)
      this.token.lookAhead = this.pos + 1;
    return this.readNext();
  }
  setDone() {
    this.pos = this.chunkPos = this.end;
    this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
    this.chunk = "";
    return this.next = -1;
  }
  /**
  @internal
  */
  reset(pos, token) {
    if (token) {
      this.token = token;
      token.start = pos;
      token.lookAhead = pos + 1;
      token.value = token.extended = -1;
    } else {
      this.token = nullToken;
    }
    if (this.pos != pos) {
      this.pos = pos;
      if (pos == this.end) {
        this.setDone();
        return this;
      }
      while (pos < this.range.from)
        this.range = this.ranges[--this.rangeIndex];
      while (pos >= this.range.to)
        this.range = this.ranges[++this.rangeIndex];
      if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
        this.chunkOff = pos - this.chunkPos;
      } else {
        this.chunk = "";
        this.chunkOff = 0;
      }
      this.readNext();
    }
    return this;
  }
  /**
  @internal
  */
  read(from, to) {
    if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
      return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
    if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
      return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
    if (from >= this.range.from && to <= this.range.to)
      return this.input.read(from, to);
    let result = "";
    for (let r of this.ranges) {
      if (r.from >= to)
        break;
      if (r.to > from)
        result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
    }
    return result;
  }
};
var TokenGroup = class {
  constructor(data, id) {
    this.data = data;
    this.id = id;
  }
  token(input, stack) {
    let { parser: parser2 } = stack.p;
    readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
  }
};
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
var LocalTokenGroup = class {
  constructor(data, precTable, elseToken) {
    this.precTable = precTable;
    this.elseToken = elseToken;
    this.data = typeof data == "string" ? decodeArray(data) : data;
  }
  token(input, stack) {
    let start = input.pos, skipped = 0;
    for (; ; ) {
      let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
      readToken(this.data, input, stack, 0, this.data, this.precTable);
      if (input.token.value > -1)
        break;
      if (this.elseToken == null)
        return;
      if (!atEof)
        skipped++;
      if (nextPos == null)
        break;
      input.reset(nextPos, input.token);
    }
    if (skipped) {
      input.reset(start, input.token);
      input.acceptToken(this.elseToken, skipped);
    }
  }
};
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
var verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
var stackIDs = null;
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
var FragmentCursor = class {
  constructor(fragments, minRepeat) {
    this.fragments = fragments;
    this.minRepeat = minRepeat;
    this.i = 0;
    this.fragment = null;
    this.safeFrom = -1;
    this.safeTo = -1;
    this.trees = [];
    this.start = [];
    this.index = [];
    this.lastRepeat = null;
    this.lastRepeatPos = -1;
    this.nextFragment();
  }
  nextFragment() {
    let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
    if (fr) {
      this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
      this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
      while (this.trees.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
      }
      this.trees.push(fr.tree);
      this.start.push(-fr.offset);
      this.index.push(0);
      this.nextStart = this.safeFrom;
    } else {
      this.nextStart = 1e9;
    }
  }
  // `pos` must be >= any previously given `pos` for this cursor
  nodeAt(pos) {
    if (pos < this.nextStart)
      return null;
    while (this.fragment && this.safeTo <= pos)
      this.nextFragment();
    if (!this.fragment)
      return null;
    for (; ; ) {
      let last = this.trees.length - 1;
      if (last < 0) {
        this.nextFragment();
        return null;
      }
      if (pos < this.safeFrom)
        return null;
      let top = this.trees[last], index = this.index[last];
      if (index == top.children.length) {
        this.trees.pop();
        this.start.pop();
        this.index.pop();
        continue;
      }
      let next = top.children[index];
      let start = this.start[last] + top.positions[index];
      if (start > pos) {
        this.nextStart = start;
        return null;
      }
      if (next instanceof Tree) {
        let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
        if (start == pos || storeRepeat) {
          let end = start + next.length, lookahead;
          if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
            if (storeRepeat) {
              this.lastRepeat = next;
              this.lastRepeatPos = start;
            }
            if (start == pos)
              return next;
          }
        }
        this.index[last]++;
        if (start + next.length >= Math.max(this.safeFrom, pos)) {
          this.trees.push(next);
          this.start.push(start);
          this.index.push(0);
        }
      } else {
        this.index[last]++;
        this.nextStart = start + next.length;
      }
    }
  }
};
var TokenCache = class {
  constructor(parser2, stream) {
    this.stream = stream;
    this.tokens = [];
    this.mainToken = null;
    this.actions = [];
    this.tokens = parser2.tokenizers.map((_) => new CachedToken());
  }
  getActions(stack) {
    let actionIndex = 0;
    let main = null;
    let { parser: parser2 } = stack.p, { tokenizers } = parser2;
    let mask = parser2.stateSlot(
      stack.state,
      3
      /* ParseState.TokenizerMask */
    );
    let context = stack.curContext ? stack.curContext.hash : 0;
    let lookAhead = 0;
    for (let i = 0; i < tokenizers.length; i++) {
      if ((1 << i & mask) == 0)
        continue;
      let tokenizer = tokenizers[i], token = this.tokens[i];
      if (main && !tokenizer.fallback)
        continue;
      if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
        this.updateCachedToken(token, tokenizer, stack);
        token.mask = mask;
        token.context = context;
      }
      if (token.lookAhead > token.end + 25)
        lookAhead = Math.max(token.lookAhead, lookAhead);
      if (token.value != 0) {
        let startIndex = actionIndex;
        if (token.extended > -1)
          actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
        actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
        if (!tokenizer.extend) {
          main = token;
          if (actionIndex > startIndex)
            break;
        }
      }
    }
    while (this.actions.length > actionIndex)
      this.actions.pop();
    if (lookAhead)
      stack.setLookAhead(lookAhead);
    if (!main && stack.pos == this.stream.end) {
      main = new CachedToken();
      main.value = stack.p.parser.eofTerm;
      main.start = main.end = stack.pos;
      actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
    }
    this.mainToken = main;
    return this.actions;
  }
  getMainToken(stack) {
    if (this.mainToken)
      return this.mainToken;
    let main = new CachedToken(), { pos, p } = stack;
    main.start = pos;
    main.end = Math.min(pos + 1, p.stream.end);
    main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
    return main;
  }
  updateCachedToken(token, tokenizer, stack) {
    let start = this.stream.clipPos(stack.pos);
    tokenizer.token(this.stream.reset(start, token), stack);
    if (token.value > -1) {
      let { parser: parser2 } = stack.p;
      for (let i = 0; i < parser2.specialized.length; i++)
        if (parser2.specialized[i] == token.value) {
          let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
          if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
            if ((result & 1) == 0)
              token.value = result >> 1;
            else
              token.extended = result >> 1;
            break;
          }
        }
    } else {
      token.value = 0;
      token.end = this.stream.clipPos(start + 1);
    }
  }
  putAction(action, token, end, index) {
    for (let i = 0; i < index; i += 3)
      if (this.actions[i] == action)
        return index;
    this.actions[index++] = action;
    this.actions[index++] = token;
    this.actions[index++] = end;
    return index;
  }
  addActions(stack, token, end, index) {
    let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
    for (let set = 0; set < 2; set++) {
      for (let i = parser2.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ); ; i += 3) {
        if (data[i] == 65535) {
          if (data[i + 1] == 1) {
            i = pair(data, i + 2);
          } else {
            if (index == 0 && data[i + 1] == 2)
              index = this.putAction(pair(data, i + 2), token, end, index);
            break;
          }
        }
        if (data[i] == token)
          index = this.putAction(pair(data, i + 1), token, end, index);
      }
    }
    return index;
  }
};
var Parse = class {
  constructor(parser2, input, fragments, ranges) {
    this.parser = parser2;
    this.input = input;
    this.ranges = ranges;
    this.recovering = 0;
    this.nextStackID = 9812;
    this.minStackPos = 0;
    this.reused = [];
    this.stoppedAt = null;
    this.lastBigReductionStart = -1;
    this.lastBigReductionSize = 0;
    this.bigReductionCount = 0;
    this.stream = new InputStream(input, ranges);
    this.tokens = new TokenCache(parser2, this.stream);
    this.topTerm = parser2.top[1];
    let { from } = ranges[0];
    this.stacks = [Stack.start(this, parser2.top[0], from)];
    this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
  }
  get parsedPos() {
    return this.minStackPos;
  }
  // Move the parser forward. This will process all parse stacks at
  // `this.pos` and try to advance them to a further position. If no
  // stack for such a position is found, it'll start error-recovery.
  //
  // When the parse is finished, this will return a syntax tree. When
  // not, it returns `null`.
  advance() {
    let stacks = this.stacks, pos = this.minStackPos;
    let newStacks = this.stacks = [];
    let stopped, stoppedTokens;
    if (this.bigReductionCount > 300 && stacks.length == 1) {
      let [s] = stacks;
      while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
      }
      this.bigReductionCount = this.lastBigReductionSize = 0;
    }
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i];
      for (; ; ) {
        this.tokens.mainToken = null;
        if (stack.pos > pos) {
          newStacks.push(stack);
        } else if (this.advanceStack(stack, newStacks, stacks)) {
          continue;
        } else {
          if (!stopped) {
            stopped = [];
            stoppedTokens = [];
          }
          stopped.push(stack);
          let tok = this.tokens.getMainToken(stack);
          stoppedTokens.push(tok.value, tok.end);
        }
        break;
      }
    }
    if (!newStacks.length) {
      let finished = stopped && findFinished(stopped);
      if (finished) {
        if (verbose)
          console.log("Finish with " + this.stackID(finished));
        return this.stackToTree(finished);
      }
      if (this.parser.strict) {
        if (verbose && stopped)
          console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
        throw new SyntaxError("No parse at " + pos);
      }
      if (!this.recovering)
        this.recovering = 5;
    }
    if (this.recovering && stopped) {
      let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
      if (finished) {
        if (verbose)
          console.log("Force-finish " + this.stackID(finished));
        return this.stackToTree(finished.forceAll());
      }
    }
    if (this.recovering) {
      let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
      if (newStacks.length > maxRemaining) {
        newStacks.sort((a, b) => b.score - a.score);
        while (newStacks.length > maxRemaining)
          newStacks.pop();
      }
      if (newStacks.some((s) => s.reducePos > pos))
        this.recovering--;
    } else if (newStacks.length > 1) {
      outer: for (let i = 0; i < newStacks.length - 1; i++) {
        let stack = newStacks[i];
        for (let j = i + 1; j < newStacks.length; j++) {
          let other = newStacks[j];
          if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
            if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
              newStacks.splice(j--, 1);
            } else {
              newStacks.splice(i--, 1);
              continue outer;
            }
          }
        }
      }
      if (newStacks.length > 12) {
        newStacks.sort((a, b) => b.score - a.score);
        newStacks.splice(
          12,
          newStacks.length - 12
          /* Rec.MaxStackCount */
        );
      }
    }
    this.minStackPos = newStacks[0].pos;
    for (let i = 1; i < newStacks.length; i++)
      if (newStacks[i].pos < this.minStackPos)
        this.minStackPos = newStacks[i].pos;
    return null;
  }
  stopAt(pos) {
    if (this.stoppedAt != null && this.stoppedAt < pos)
      throw new RangeError("Can't move stoppedAt forward");
    this.stoppedAt = pos;
  }
  // See if a given tree, or a descendant right at its start, can be
  // reused in the given stack.
  tryReuse(stack, start, tree, repeatOnly) {
    if (!tree)
      return null;
    let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
    for (; tree; ) {
      let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
      if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
        stack.useNode(tree, match, start);
        return tree;
      }
      if (tree.children.length == 0 || tree.positions[0] > 0)
        break;
      let inner = tree.children[0];
      if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
        tree = inner;
      else
        break;
    }
    return null;
  }
  // Returns an updated version of the given stack, or null if the
  // stack can't advance normally. When `split` and `stacks` are
  // given, stacks split off by ambiguous operations will be pushed to
  // `split`, or added to `stacks` if they move `pos` forward.
  advanceStack(stack, stacks, split) {
    let start = stack.pos, { parser: parser2 } = this;
    let base = verbose ? this.stackID(stack) + " -> " : "";
    if (this.stoppedAt != null && start > this.stoppedAt)
      return stack.forceReduce() ? stack : null;
    if (this.fragments) {
      let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
      if (reused) {
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
        return true;
      }
    }
    let defaultReduce = parser2.stateSlot(
      stack.state,
      4
      /* ParseState.DefaultReduce */
    );
    if (defaultReduce > 0) {
      stack.reduce(defaultReduce);
      if (verbose)
        console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
          defaultReduce & 65535
          /* Action.ValueMask */
        )})`);
      return true;
    }
    if (stack.stack.length >= 8400) {
      while (stack.stack.length > 6e3 && stack.forceReduce()) {
      }
    }
    let actions = this.tokens.getActions(stack);
    for (let i = 0; i < actions.length; ) {
      let action = actions[i++], term = actions[i++], end = actions[i++];
      let last = i == actions.length || !split;
      let localStack = last ? stack : stack.split();
      let main = this.tokens.mainToken;
      localStack.apply(action, term, main ? main.start : localStack.pos, end);
      if (verbose)
        console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
          action & 65535
          /* Action.ValueMask */
        )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
      if (last)
        return true;
      else if (localStack.pos > start)
        stacks.push(localStack);
      else
        split.push(localStack);
    }
    return false;
  }
  // Advance a given stack forward as far as it will go. Returns the
  // (possibly updated) stack if it got stuck, or null if it moved
  // forward and was given to `pushStackDedup`.
  advanceFully(stack, newStacks) {
    let pos = stack.pos;
    for (; ; ) {
      if (!this.advanceStack(stack, null, null))
        return false;
      if (stack.pos > pos) {
        pushStackDedup(stack, newStacks);
        return true;
      }
    }
  }
  runRecovery(stacks, tokens, newStacks) {
    let finished = null, restarted = false;
    for (let i = 0; i < stacks.length; i++) {
      let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
      let base = verbose ? this.stackID(stack) + " -> " : "";
      if (stack.deadEnd) {
        if (restarted)
          continue;
        restarted = true;
        stack.restart();
        if (verbose)
          console.log(base + this.stackID(stack) + " (restarted)");
        let done = this.advanceFully(stack, newStacks);
        if (done)
          continue;
      }
      let force = stack.split(), forceBase = base;
      for (let j = 0; j < 10 && force.forceReduce(); j++) {
        if (verbose)
          console.log(forceBase + this.stackID(force) + " (via force-reduce)");
        let done = this.advanceFully(force, newStacks);
        if (done)
          break;
        if (verbose)
          forceBase = this.stackID(force) + " -> ";
      }
      for (let insert of stack.recoverByInsert(token)) {
        if (verbose)
          console.log(base + this.stackID(insert) + " (via recover-insert)");
        this.advanceFully(insert, newStacks);
      }
      if (this.stream.end > stack.pos) {
        if (tokenEnd == stack.pos) {
          tokenEnd++;
          token = 0;
        }
        stack.recoverByDelete(token, tokenEnd);
        if (verbose)
          console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
        pushStackDedup(stack, newStacks);
      } else if (!finished || finished.score < force.score) {
        finished = force;
      }
    }
    return finished;
  }
  // Convert the stack's buffer to a syntax tree.
  stackToTree(stack) {
    stack.close();
    return Tree.build({
      buffer: StackBufferCursor.create(stack),
      nodeSet: this.parser.nodeSet,
      topID: this.topTerm,
      maxBufferLength: this.parser.bufferLength,
      reused: this.reused,
      start: this.ranges[0].from,
      length: stack.pos - this.ranges[0].from,
      minRepeatType: this.parser.minRepeatTerm
    });
  }
  stackID(stack) {
    let id = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
    if (!id)
      stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
    return id + stack;
  }
};
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
var Dialect = class {
  constructor(source, flags, disabled) {
    this.source = source;
    this.flags = flags;
    this.disabled = disabled;
  }
  allows(term) {
    return !this.disabled || this.disabled[term] == 0;
  }
};
var LRParser = class _LRParser extends Parser {
  /**
  @internal
  */
  constructor(spec) {
    super();
    this.wrappers = [];
    if (spec.version != 14)
      throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
    let nodeNames = spec.nodeNames.split(" ");
    this.minRepeatTerm = nodeNames.length;
    for (let i = 0; i < spec.repeatNodeCount; i++)
      nodeNames.push("");
    let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
    let nodeProps = [];
    for (let i = 0; i < nodeNames.length; i++)
      nodeProps.push([]);
    function setProp(nodeID, prop, value) {
      nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
    }
    if (spec.nodeProps)
      for (let propSpec of spec.nodeProps) {
        let prop = propSpec[0];
        if (typeof prop == "string")
          prop = NodeProp[prop];
        for (let i = 1; i < propSpec.length; ) {
          let next = propSpec[i++];
          if (next >= 0) {
            setProp(next, prop, propSpec[i++]);
          } else {
            let value = propSpec[i + -next];
            for (let j = -next; j > 0; j--)
              setProp(propSpec[i++], prop, value);
            i++;
          }
        }
      }
    this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
      name: i >= this.minRepeatTerm ? void 0 : name2,
      id: i,
      props: nodeProps[i],
      top: topTerms.indexOf(i) > -1,
      error: i == 0,
      skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
    })));
    if (spec.propSources)
      this.nodeSet = this.nodeSet.extend(...spec.propSources);
    this.strict = false;
    this.bufferLength = DefaultBufferLength;
    let tokenArray = decodeArray(spec.tokenData);
    this.context = spec.context;
    this.specializerSpecs = spec.specialized || [];
    this.specialized = new Uint16Array(this.specializerSpecs.length);
    for (let i = 0; i < this.specializerSpecs.length; i++)
      this.specialized[i] = this.specializerSpecs[i].term;
    this.specializers = this.specializerSpecs.map(getSpecializer);
    this.states = decodeArray(spec.states, Uint32Array);
    this.data = decodeArray(spec.stateData);
    this.goto = decodeArray(spec.goto);
    this.maxTerm = spec.maxTerm;
    this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
    this.topRules = spec.topRules;
    this.dialects = spec.dialects || {};
    this.dynamicPrecedences = spec.dynamicPrecedences || null;
    this.tokenPrecTable = spec.tokenPrec;
    this.termNames = spec.termNames || null;
    this.maxNode = this.nodeSet.types.length - 1;
    this.dialect = this.parseDialect();
    this.top = this.topRules[Object.keys(this.topRules)[0]];
  }
  createParse(input, fragments, ranges) {
    let parse = new Parse(this, input, fragments, ranges);
    for (let w of this.wrappers)
      parse = w(parse, input, fragments, ranges);
    return parse;
  }
  /**
  Get a goto table entry @internal
  */
  getGoto(state, term, loose = false) {
    let table = this.goto;
    if (term >= table[0])
      return -1;
    for (let pos = table[term + 1]; ; ) {
      let groupTag = table[pos++], last = groupTag & 1;
      let target = table[pos++];
      if (last && loose)
        return target;
      for (let end = pos + (groupTag >> 1); pos < end; pos++)
        if (table[pos] == state)
          return target;
      if (last)
        return -1;
    }
  }
  /**
  Check if this state has an action for a given terminal @internal
  */
  hasAction(state, terminal) {
    let data = this.data;
    for (let set = 0; set < 2; set++) {
      for (let i = this.stateSlot(
        state,
        set ? 2 : 1
        /* ParseState.Actions */
      ), next; ; i += 3) {
        if ((next = data[i]) == 65535) {
          if (data[i + 1] == 1)
            next = data[i = pair(data, i + 2)];
          else if (data[i + 1] == 2)
            return pair(data, i + 2);
          else
            break;
        }
        if (next == terminal || next == 0)
          return pair(data, i + 1);
      }
    }
    return 0;
  }
  /**
  @internal
  */
  stateSlot(state, slot) {
    return this.states[state * 6 + slot];
  }
  /**
  @internal
  */
  stateFlag(state, flag2) {
    return (this.stateSlot(
      state,
      0
      /* ParseState.Flags */
    ) & flag2) > 0;
  }
  /**
  @internal
  */
  validAction(state, action) {
    return !!this.allActions(state, (a) => a == action ? true : null);
  }
  /**
  @internal
  */
  allActions(state, action) {
    let deflt = this.stateSlot(
      state,
      4
      /* ParseState.DefaultReduce */
    );
    let result = deflt ? action(deflt) : void 0;
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); result == null; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      result = action(pair(this.data, i + 1));
    }
    return result;
  }
  /**
  Get the states that can follow this one through shift actions or
  goto jumps. @internal
  */
  nextStates(state) {
    let result = [];
    for (let i = this.stateSlot(
      state,
      1
      /* ParseState.Actions */
    ); ; i += 3) {
      if (this.data[i] == 65535) {
        if (this.data[i + 1] == 1)
          i = pair(this.data, i + 2);
        else
          break;
      }
      if ((this.data[i + 2] & 65536 >> 16) == 0) {
        let value = this.data[i + 1];
        if (!result.some((v, i2) => i2 & 1 && v == value))
          result.push(this.data[i], value);
      }
    }
    return result;
  }
  /**
  Configure the parser. Returns a new parser instance that has the
  given settings modified. Settings not provided in `config` are
  kept from the original parser.
  */
  configure(config) {
    let copy = Object.assign(Object.create(_LRParser.prototype), this);
    if (config.props)
      copy.nodeSet = this.nodeSet.extend(...config.props);
    if (config.top) {
      let info = this.topRules[config.top];
      if (!info)
        throw new RangeError(`Invalid top rule name ${config.top}`);
      copy.top = info;
    }
    if (config.tokenizers)
      copy.tokenizers = this.tokenizers.map((t2) => {
        let found = config.tokenizers.find((r) => r.from == t2);
        return found ? found.to : t2;
      });
    if (config.specializers) {
      copy.specializers = this.specializers.slice();
      copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
        let found = config.specializers.find((r) => r.from == s.external);
        if (!found)
          return s;
        let spec = Object.assign(Object.assign({}, s), { external: found.to });
        copy.specializers[i] = getSpecializer(spec);
        return spec;
      });
    }
    if (config.contextTracker)
      copy.context = config.contextTracker;
    if (config.dialect)
      copy.dialect = this.parseDialect(config.dialect);
    if (config.strict != null)
      copy.strict = config.strict;
    if (config.wrap)
      copy.wrappers = copy.wrappers.concat(config.wrap);
    if (config.bufferLength != null)
      copy.bufferLength = config.bufferLength;
    return copy;
  }
  /**
  Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
  are registered for this parser.
  */
  hasWrappers() {
    return this.wrappers.length > 0;
  }
  /**
  Returns the name associated with a given term. This will only
  work for all terms when the parser was generated with the
  `--names` option. By default, only the names of tagged terms are
  stored.
  */
  getName(term) {
    return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
  }
  /**
  The eof term id is always allocated directly after the node
  types. @internal
  */
  get eofTerm() {
    return this.maxNode + 1;
  }
  /**
  The type of top node produced by the parser.
  */
  get topNode() {
    return this.nodeSet.types[this.top[1]];
  }
  /**
  @internal
  */
  dynamicPrecedence(term) {
    let prec = this.dynamicPrecedences;
    return prec == null ? 0 : prec[term] || 0;
  }
  /**
  @internal
  */
  parseDialect(dialect) {
    let values = Object.keys(this.dialects), flags = values.map(() => false);
    if (dialect)
      for (let part of dialect.split(" ")) {
        let id = values.indexOf(part);
        if (id >= 0)
          flags[id] = true;
      }
    let disabled = null;
    for (let i = 0; i < values.length; i++)
      if (!flags[i]) {
        for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535; )
          (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
      }
    return new Dialect(dialect, flags, disabled);
  }
  /**
  Used by the output of the parser generator. Not available to
  user code. @hide
  */
  static deserialize(spec) {
    return new _LRParser(spec);
  }
};
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}

// node_modules/@lezer/highlight/dist/index.js
var nextTagID = 0;
var Tag = class _Tag {
  /**
  @internal
  */
  constructor(name2, set, base, modified) {
    this.name = name2;
    this.set = set;
    this.base = base;
    this.modified = modified;
    this.id = nextTagID++;
  }
  toString() {
    let { name: name2 } = this;
    for (let mod of this.modified)
      if (mod.name)
        name2 = `${mod.name}(${name2})`;
    return name2;
  }
  static define(nameOrParent, parent) {
    let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
    if (nameOrParent instanceof _Tag)
      parent = nameOrParent;
    if (parent === null || parent === void 0 ? void 0 : parent.base)
      throw new Error("Can not derive from a modified tag");
    let tag = new _Tag(name2, [], null, []);
    tag.set.push(tag);
    if (parent)
      for (let t2 of parent.set)
        tag.set.push(t2);
    return tag;
  }
  /**
  Define a tag _modifier_, which is a function that, given a tag,
  will return a tag that is a subtag of the original. Applying the
  same modifier to a twice tag will return the same value (`m1(t1)
  == m1(t1)`) and applying multiple modifiers will, regardless or
  order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
  
  When multiple modifiers are applied to a given base tag, each
  smaller set of modifiers is registered as a parent, so that for
  example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
  `m1(m3(t1)`, and so on.
  */
  static defineModifier(name2) {
    let mod = new Modifier(name2);
    return (tag) => {
      if (tag.modified.indexOf(mod) > -1)
        return tag;
      return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
    };
  }
};
var nextModifierID = 0;
var Modifier = class _Modifier {
  constructor(name2) {
    this.name = name2;
    this.instances = [];
    this.id = nextModifierID++;
  }
  static get(base, mods) {
    if (!mods.length)
      return base;
    let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
    if (exists)
      return exists;
    let set = [], tag = new Tag(base.name, set, base, mods);
    for (let m of mods)
      m.instances.push(tag);
    let configs = powerSet(mods);
    for (let parent of base.set)
      if (!parent.modified.length)
        for (let config of configs)
          set.push(_Modifier.get(parent, config));
    return tag;
  }
};
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last = pieces.length - 1, inner = pieces[last];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last > 0 ? pieces.slice(0, last) : null);
        byName[inner] = rule.sort(byName[inner]);
      }
  }
  return ruleNodeProp.add(byName);
}
var ruleNodeProp = new NodeProp({
  combine(a, b) {
    let cur, root, take;
    while (a || b) {
      if (!a || b && a.depth <= b.depth) {
        take = b;
        b = b.next;
      } else {
        take = a;
        a = a.next;
      }
      if (cur && cur.mode == take.mode && !take.context && !cur.context)
        continue;
      let copy = new Rule(take.tags, take.mode, take.context);
      if (cur)
        cur.next = copy;
      else
        root = copy;
      cur = copy;
    }
    return root;
  }
});
var Rule = class {
  constructor(tags2, mode, context, next) {
    this.tags = tags2;
    this.mode = mode;
    this.context = context;
    this.next = next;
  }
  get opaque() {
    return this.mode == 0;
  }
  get inherit() {
    return this.mode == 1;
  }
  sort(other) {
    if (!other || other.depth < this.depth) {
      this.next = other;
      return this;
    }
    other.next = this.sort(other.next);
    return other;
  }
  get depth() {
    return this.context ? this.context.length : 0;
  }
};
Rule.empty = new Rule([], 2, null);
function tagHighlighter(tags2, options) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var t = Tag.define;
var comment = t();
var name = t();
var typeName = t(name);
var propertyName = t(name);
var literal = t();
var string = t(literal);
var number = t(literal);
var content = t();
var heading = t(content);
var keyword = t();
var operator = t();
var punctuation = t();
var bracket = t(punctuation);
var meta = t();
var tags = {
  /**
  A comment.
  */
  comment,
  /**
  A line [comment](#highlight.tags.comment).
  */
  lineComment: t(comment),
  /**
  A block [comment](#highlight.tags.comment).
  */
  blockComment: t(comment),
  /**
  A documentation [comment](#highlight.tags.comment).
  */
  docComment: t(comment),
  /**
  Any kind of identifier.
  */
  name,
  /**
  The [name](#highlight.tags.name) of a variable.
  */
  variableName: t(name),
  /**
  A type [name](#highlight.tags.name).
  */
  typeName,
  /**
  A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
  */
  tagName: t(typeName),
  /**
  A property or field [name](#highlight.tags.name).
  */
  propertyName,
  /**
  An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
  */
  attributeName: t(propertyName),
  /**
  The [name](#highlight.tags.name) of a class.
  */
  className: t(name),
  /**
  A label [name](#highlight.tags.name).
  */
  labelName: t(name),
  /**
  A namespace [name](#highlight.tags.name).
  */
  namespace: t(name),
  /**
  The [name](#highlight.tags.name) of a macro.
  */
  macroName: t(name),
  /**
  A literal value.
  */
  literal,
  /**
  A string [literal](#highlight.tags.literal).
  */
  string,
  /**
  A documentation [string](#highlight.tags.string).
  */
  docString: t(string),
  /**
  A character literal (subtag of [string](#highlight.tags.string)).
  */
  character: t(string),
  /**
  An attribute value (subtag of [string](#highlight.tags.string)).
  */
  attributeValue: t(string),
  /**
  A number [literal](#highlight.tags.literal).
  */
  number,
  /**
  An integer [number](#highlight.tags.number) literal.
  */
  integer: t(number),
  /**
  A floating-point [number](#highlight.tags.number) literal.
  */
  float: t(number),
  /**
  A boolean [literal](#highlight.tags.literal).
  */
  bool: t(literal),
  /**
  Regular expression [literal](#highlight.tags.literal).
  */
  regexp: t(literal),
  /**
  An escape [literal](#highlight.tags.literal), for example a
  backslash escape in a string.
  */
  escape: t(literal),
  /**
  A color [literal](#highlight.tags.literal).
  */
  color: t(literal),
  /**
  A URL [literal](#highlight.tags.literal).
  */
  url: t(literal),
  /**
  A language keyword.
  */
  keyword,
  /**
  The [keyword](#highlight.tags.keyword) for the self or this
  object.
  */
  self: t(keyword),
  /**
  The [keyword](#highlight.tags.keyword) for null.
  */
  null: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) denoting some atomic value.
  */
  atom: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that represents a unit.
  */
  unit: t(keyword),
  /**
  A modifier [keyword](#highlight.tags.keyword).
  */
  modifier: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that acts as an operator.
  */
  operatorKeyword: t(keyword),
  /**
  A control-flow related [keyword](#highlight.tags.keyword).
  */
  controlKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) that defines something.
  */
  definitionKeyword: t(keyword),
  /**
  A [keyword](#highlight.tags.keyword) related to defining or
  interfacing with modules.
  */
  moduleKeyword: t(keyword),
  /**
  An operator.
  */
  operator,
  /**
  An [operator](#highlight.tags.operator) that dereferences something.
  */
  derefOperator: t(operator),
  /**
  Arithmetic-related [operator](#highlight.tags.operator).
  */
  arithmeticOperator: t(operator),
  /**
  Logical [operator](#highlight.tags.operator).
  */
  logicOperator: t(operator),
  /**
  Bit [operator](#highlight.tags.operator).
  */
  bitwiseOperator: t(operator),
  /**
  Comparison [operator](#highlight.tags.operator).
  */
  compareOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that updates its operand.
  */
  updateOperator: t(operator),
  /**
  [Operator](#highlight.tags.operator) that defines something.
  */
  definitionOperator: t(operator),
  /**
  Type-related [operator](#highlight.tags.operator).
  */
  typeOperator: t(operator),
  /**
  Control-flow [operator](#highlight.tags.operator).
  */
  controlOperator: t(operator),
  /**
  Program or markup punctuation.
  */
  punctuation,
  /**
  [Punctuation](#highlight.tags.punctuation) that separates
  things.
  */
  separator: t(punctuation),
  /**
  Bracket-style [punctuation](#highlight.tags.punctuation).
  */
  bracket,
  /**
  Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
  tokens).
  */
  angleBracket: t(bracket),
  /**
  Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
  tokens).
  */
  squareBracket: t(bracket),
  /**
  Parentheses (usually `(` and `)` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  paren: t(bracket),
  /**
  Braces (usually `{` and `}` tokens). Subtag of
  [bracket](#highlight.tags.bracket).
  */
  brace: t(bracket),
  /**
  Content, for example plain text in XML or markup documents.
  */
  content,
  /**
  [Content](#highlight.tags.content) that represents a heading.
  */
  heading,
  /**
  A level 1 [heading](#highlight.tags.heading).
  */
  heading1: t(heading),
  /**
  A level 2 [heading](#highlight.tags.heading).
  */
  heading2: t(heading),
  /**
  A level 3 [heading](#highlight.tags.heading).
  */
  heading3: t(heading),
  /**
  A level 4 [heading](#highlight.tags.heading).
  */
  heading4: t(heading),
  /**
  A level 5 [heading](#highlight.tags.heading).
  */
  heading5: t(heading),
  /**
  A level 6 [heading](#highlight.tags.heading).
  */
  heading6: t(heading),
  /**
  A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
  */
  contentSeparator: t(content),
  /**
  [Content](#highlight.tags.content) that represents a list.
  */
  list: t(content),
  /**
  [Content](#highlight.tags.content) that represents a quote.
  */
  quote: t(content),
  /**
  [Content](#highlight.tags.content) that is emphasized.
  */
  emphasis: t(content),
  /**
  [Content](#highlight.tags.content) that is styled strong.
  */
  strong: t(content),
  /**
  [Content](#highlight.tags.content) that is part of a link.
  */
  link: t(content),
  /**
  [Content](#highlight.tags.content) that is styled as code or
  monospace.
  */
  monospace: t(content),
  /**
  [Content](#highlight.tags.content) that has a strike-through
  style.
  */
  strikethrough: t(content),
  /**
  Inserted text in a change-tracking format.
  */
  inserted: t(),
  /**
  Deleted text.
  */
  deleted: t(),
  /**
  Changed text.
  */
  changed: t(),
  /**
  An invalid or unsyntactic element.
  */
  invalid: t(),
  /**
  Metadata or meta-instruction.
  */
  meta,
  /**
  [Metadata](#highlight.tags.meta) that applies to the entire
  document.
  */
  documentMeta: t(meta),
  /**
  [Metadata](#highlight.tags.meta) that annotates or adds
  attributes to a given syntactic element.
  */
  annotation: t(meta),
  /**
  Processing instruction or preprocessor directive. Subtag of
  [meta](#highlight.tags.meta).
  */
  processingInstruction: t(meta),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that a
  given element is being defined. Expected to be used with the
  various [name](#highlight.tags.name) tags.
  */
  definition: Tag.defineModifier("definition"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates that
  something is constant. Mostly expected to be used with
  [variable names](#highlight.tags.variableName).
  */
  constant: Tag.defineModifier("constant"),
  /**
  [Modifier](#highlight.Tag^defineModifier) used to indicate that
  a [variable](#highlight.tags.variableName) or [property
  name](#highlight.tags.propertyName) is being called or defined
  as a function.
  */
  function: Tag.defineModifier("function"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that can be applied to
  [names](#highlight.tags.name) to indicate that they belong to
  the language's standard environment.
  */
  standard: Tag.defineModifier("standard"),
  /**
  [Modifier](#highlight.Tag^defineModifier) that indicates a given
  [names](#highlight.tags.name) is local to some scope.
  */
  local: Tag.defineModifier("local"),
  /**
  A generic variant [modifier](#highlight.Tag^defineModifier) that
  can be used to tag language-specific alternative variants of
  some common tag. It is recommended for themes to define special
  forms of at least the [string](#highlight.tags.string) and
  [variable name](#highlight.tags.variableName) tags, since those
  come up a lot.
  */
  special: Tag.defineModifier("special")
};
for (let name2 in tags) {
  let val = tags[name2];
  if (val instanceof Tag)
    val.name = name2;
}
var classHighlighter = tagHighlighter([
  { tag: tags.link, class: "tok-link" },
  { tag: tags.heading, class: "tok-heading" },
  { tag: tags.emphasis, class: "tok-emphasis" },
  { tag: tags.strong, class: "tok-strong" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.url, class: "tok-url" },
  { tag: tags.labelName, class: "tok-labelName" },
  { tag: tags.inserted, class: "tok-inserted" },
  { tag: tags.deleted, class: "tok-deleted" },
  { tag: tags.literal, class: "tok-literal" },
  { tag: tags.string, class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
  { tag: tags.variableName, class: "tok-variableName" },
  { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
  { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
  { tag: tags.special(tags.variableName), class: "tok-variableName2" },
  { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
  { tag: tags.typeName, class: "tok-typeName" },
  { tag: tags.namespace, class: "tok-namespace" },
  { tag: tags.className, class: "tok-className" },
  { tag: tags.macroName, class: "tok-macroName" },
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: tags.operator, class: "tok-operator" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.meta, class: "tok-meta" },
  { tag: tags.invalid, class: "tok-invalid" },
  { tag: tags.punctuation, class: "tok-punctuation" }
]);

// node_modules/@prometheus-io/lezer-promql/dist/index.es.js
var inf$1 = 188;
var nan$1 = 189;
var Bool$1 = 1;
var Ignoring$1 = 2;
var On$1 = 3;
var GroupLeft$1 = 4;
var GroupRight$1 = 5;
var Offset$1 = 6;
var Atan2$1 = 7;
var Avg$1 = 8;
var Bottomk$1 = 9;
var Count$1 = 10;
var CountValues$1 = 11;
var Group$1 = 12;
var Max$1 = 13;
var Min$1 = 14;
var Quantile$1 = 15;
var LimitK$1 = 16;
var LimitRatio$1 = 17;
var Stddev$1 = 18;
var Stdvar$1 = 19;
var Sum$1 = 20;
var Topk$1 = 21;
var By$1 = 22;
var Without$1 = 23;
var And$1 = 24;
var Or$1 = 25;
var Unless$1 = 26;
var StartFn$1 = 27;
var EndFn$1 = 28;
var AtStart$1 = 29;
var AtEnd$1 = 30;
var Smoothed$1 = 31;
var Anchored$1 = 32;
var Fill$1 = 33;
var FillLeft$1 = 34;
var FillRight$1 = 35;
var keywordTokens = {
  inf: inf$1,
  nan: nan$1,
  bool: Bool$1,
  ignoring: Ignoring$1,
  on: On$1,
  group_left: GroupLeft$1,
  group_right: GroupRight$1,
  offset: Offset$1
};
var specializeIdentifier = (value, stack) => {
  return keywordTokens[value.toLowerCase()] || -1;
};
var contextualKeywordTokens = {
  avg: Avg$1,
  atan2: Atan2$1,
  bottomk: Bottomk$1,
  count: Count$1,
  count_values: CountValues$1,
  group: Group$1,
  max: Max$1,
  min: Min$1,
  quantile: Quantile$1,
  limitk: LimitK$1,
  limit_ratio: LimitRatio$1,
  stddev: Stddev$1,
  stdvar: Stdvar$1,
  sum: Sum$1,
  topk: Topk$1,
  by: By$1,
  without: Without$1,
  and: And$1,
  or: Or$1,
  unless: Unless$1,
  smoothed: Smoothed$1,
  anchored: Anchored$1,
  fill: Fill$1,
  fill_left: FillLeft$1,
  fill_right: FillRight$1
};
var extendIdentifier = (value, stack) => {
  if (value === "start" && stack.canShift(StartFn$1)) {
    return StartFn$1;
  }
  if (value === "end" && stack.canShift(EndFn$1)) {
    return EndFn$1;
  }
  if (value.toLowerCase() === "start" && stack.canShift(AtStart$1)) {
    return AtStart$1;
  }
  if (value.toLowerCase() === "end" && stack.canShift(AtEnd$1)) {
    return AtEnd$1;
  }
  const token = contextualKeywordTokens[value.toLowerCase()];
  if (token !== void 0 && stack.canShift(token)) {
    return token;
  }
  return -1;
};
var promQLHighLight = styleTags({
  LineComment: tags.comment,
  LabelName: tags.labelName,
  StringLiteral: tags.string,
  NumberDurationLiteral: tags.number,
  NumberDurationLiteralInDurationContext: tags.number,
  Identifier: tags.variableName,
  "Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year": tags.function(tags.variableName),
  "Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk": tags.operatorKeyword,
  "AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored": tags.modifier,
  "DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf": tags.function(tags.variableName),
  "And Unless Or": tags.logicOperator,
  "Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At": tags.operator,
  UnaryOp: tags.arithmeticOperator,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  "\u26A0": tags.invalid
});
var spec_Identifier = { __proto__: null, absent_over_time: 401, absent: 403, abs: 405, acos: 407, acosh: 409, asin: 411, asinh: 413, atan: 415, atanh: 417, avg_over_time: 419, ceil: 421, changes: 423, clamp: 425, clamp_max: 427, clamp_min: 429, cos: 431, cosh: 433, count_over_time: 435, days_in_month: 437, day_of_month: 439, day_of_week: 441, day_of_year: 443, deg: 445, delta: 447, deriv: 449, exp: 451, first_over_time: 453, floor: 455, histogram_count: 457, histogram_fraction: 459, histogram_quantile: 461, histogram_quantiles: 463, histogram_stddev: 465, histogram_stdvar: 467, histogram_sum: 469, histogram_avg: 471, double_exponential_smoothing: 473, hour: 475, idelta: 477, increase: 479, info: 481, irate: 483, label_replace: 485, label_join: 487, last_over_time: 489, ln: 491, log10: 493, log2: 495, mad_over_time: 497, max_over_time: 499, min_over_time: 501, ts_of_first_over_time: 503, ts_of_max_over_time: 505, ts_of_min_over_time: 507, ts_of_last_over_time: 509, minute: 511, month: 513, pi: 515, predict_linear: 517, present_over_time: 519, quantile_over_time: 521, rad: 523, rate: 525, resets: 527, round: 529, scalar: 531, sgn: 533, sin: 535, sinh: 537, sort: 539, sort_desc: 541, sort_by_label: 543, sort_by_label_desc: 545, start_timestamp: 547, range: 549, step: 551, sqrt: 553, stddev_over_time: 555, stdvar_over_time: 557, sum_over_time: 559, tan: 561, tanh: 563, timestamp: 565, time: 567, vector: 569, year: 571, min_of: 575, max_of: 577 };
var parser = LRParser.deserialize({
  version: 14,
  states: "BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",
  stateData: "!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",
  goto: ".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",
  nodeNames: "\u26A0 Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",
  maxTerm: 292,
  nodeProps: [
    ["group", -14, 38, 44, 46, 52, 68, 157, 165, 167, 168, 169, 170, 171, 172, 180, "Expr"]
  ],
  propSources: [promQLHighLight],
  skippedNodes: [0, 36],
  repeatNodeCount: 3,
  tokenData: "4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",
  tokenizers: [0, 1, 2],
  topRules: { "PromQL": [0, 37], "MetricName": [1, 183] },
  specialized: [{ term: 71, get: (value, stack) => specializeIdentifier(value) << 1, external: specializeIdentifier }, { term: 71, get: (value, stack) => extendIdentifier(value, stack) << 1 | 1, external: extendIdentifier, extend: true }, { term: 71, get: (value) => spec_Identifier[value] || -1 }],
  tokenPrec: 0
});

// src/rollout/rules/lint/promql-syntax-error.ts
var PLACEHOLDER2 = /\{\{[^{}]*\}\}/g;
var MAX_TOKEN_LENGTH = 40;
var promqlSyntaxError = defineLintRule({
  meta: {
    id: "promql-syntax-error",
    category: "configuration",
    severity: "error",
    description: "The PromQL query of a Prometheus metric does not parse (with {{args.x}} placeholders filled in).",
    summary: "a Prometheus `query` that does not parse (Prometheus' Lezer grammar, `{{args.x}}` filled in), with line, column and token (R18)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(({ metric: metric2, name: name2, path }) => {
      const prometheus = asRecord(metric2.provider).prometheus;
      const query = isRecord(prometheus) ? asString(prometheus.query) : void 0;
      if (query === void 0 || query.trim() === "") return [];
      const error = firstSyntaxError(withNeutralPlaceholders(query), query);
      if (error === void 0) return [];
      const queryPath = [...path, "provider", "prometheus", "query"];
      const where = `line ${error.line}, column ${error.column} of the query (offset ${error.offset})`;
      const what = error.token === void 0 ? "the query ends too early" : `unexpected '${error.token}'`;
      return [
        {
          path: queryPath,
          message: `${fieldPathText(queryPath)} of metric '${name2}' is not valid PromQL: ${what} at ${where}; every measurement would error.`,
          suggestion: "Fix the query (check brackets, quotes and by/without clauses), and try it in the Prometheus UI with the args filled in."
        }
      ];
    });
  }
});
function withNeutralPlaceholders(query) {
  return query.replace(PLACEHOLDER2, (placeholder, offset) => {
    const before = query.slice(0, offset);
    const following = query.charAt(offset + placeholder.length);
    const length = placeholder.length;
    if (!insideString(before) && (insideBrackets(before) || /\boffset\s*$/i.test(before))) {
      return /[a-z]/i.test(following) ? "1".padStart(length, "0") : `${"1".padStart(length - 1, "0")}m`;
    }
    if (!insideString(before) && /@\s*$/.test(before)) return "1".padStart(length, "0");
    return "x".padEnd(length, "_");
  });
}
function insideString(before) {
  let quote;
  for (let index = 0; index < before.length; index += 1) {
    const char = before[index];
    if (quote !== void 0 && char === "\\") index += 1;
    else if (quote !== void 0 && char === quote) quote = void 0;
    else if (quote === void 0 && (char === '"' || char === "'" || char === "`")) quote = char;
  }
  return quote !== void 0;
}
function insideBrackets(before) {
  const withoutStrings = before.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, "");
  return withoutStrings.lastIndexOf("[") > withoutStrings.lastIndexOf("]");
}
function firstSyntaxError(parsed, shown = parsed) {
  let offset;
  let end = 0;
  parser.parse(parsed).iterate({
    enter(node) {
      if (offset !== void 0) return false;
      if (!node.type.isError) return void 0;
      offset = node.from;
      end = node.to;
      return false;
    }
  });
  if (offset === void 0) return void 0;
  const lines = shown.slice(0, offset).split("\n");
  return { offset, line: lines.length, column: lines[lines.length - 1].length + 1, token: offendingToken(shown, offset, end) };
}
function offendingToken(query, from, to) {
  const skipped = query.slice(from, to).trim();
  const token = skipped !== "" ? skipped : /^\s*(\S+)/.exec(query.slice(from))?.[1];
  return token !== void 0 && token.length > MAX_TOKEN_LENGTH ? `${token.slice(0, MAX_TOKEN_LENGTH)}\u2026` : token;
}

// src/rollout/rules/lint/rollout-without-analysis.ts
var rolloutWithoutAnalysis = defineLintRule({
  meta: {
    id: "rollout-without-analysis",
    category: "configuration",
    severity: "notice",
    description: "A canary Rollout with no background analysis, no analysis step and no experiment analysis.",
    summary: "a canary with no background analysis, no analysis step and no experiment analysis (R1)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout" || !canaryStrategy(manifest)) return [];
    if (analysisReferences(manifest).length > 0) return [];
    return [
      {
        path: CANARY_PATH,
        message: `Rollout '${manifest.name}': spec.strategy.canary has no analysis (no canary.analysis, no analysis step, no experiment analysis), so nothing can abort a bad canary except the progress deadline.`,
        suggestion: "Add spec.strategy.canary.analysis with an AnalysisTemplate that measures the canary (e.g. its success rate), or an analysis step."
      }
    ];
  }
});

// src/rollout/rules/lint/set-weight-decreasing.ts
var setWeightDecreasing = defineLintRule({
  meta: {
    id: "set-weight-decreasing",
    category: "configuration",
    severity: "notice",
    description: "A setWeight step lower than an earlier one.",
    summary: "a `setWeight` lower than an earlier one (R3)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const reports = [];
    let highest;
    for (const { step, path } of canarySteps(manifest)) {
      if (typeof step.setWeight !== "number") continue;
      const weightPath = [...path, "setWeight"];
      if (highest && step.setWeight < highest.weight) {
        reports.push({
          path: weightPath,
          message: `${fieldPathText(weightPath)} is ${step.setWeight}, lower than ${highest.weight} at ${fieldPathText(highest.path)}: the canary would shrink mid-rollout.`,
          suggestion: "Order the setWeight steps from low to high."
        });
        continue;
      }
      if (!highest || step.setWeight > highest.weight) highest = { weight: step.setWeight, path: weightPath };
    }
    return reports;
  }
});

// src/rollout/rules/lint/set-weight-out-of-range.ts
var setWeightOutOfRange = defineLintRule({
  meta: {
    id: "set-weight-out-of-range",
    category: "configuration",
    severity: "error",
    description: "A setWeight step outside 0..maxTrafficWeight (100 unless trafficRouting.maxTrafficWeight is set), or not a whole number.",
    summary: "a `setWeight` outside 0..100 (or `maxTrafficWeight`), or not a whole number (R2)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const max = maxTrafficWeight(manifest);
    return canarySteps(manifest).flatMap(({ step, path }) => {
      const weight = step.setWeight;
      if (weight === void 0) return [];
      if (typeof weight === "number" && Number.isInteger(weight) && weight >= 0 && weight <= max) return [];
      const weightPath = [...path, "setWeight"];
      return [
        {
          path: weightPath,
          message: `${fieldPathText(weightPath)} is ${JSON.stringify(weight)}; expected a whole number from 0 to ${max} (the controller rejects the Rollout as InvalidSpec).`,
          suggestion: `Use a percentage between 0 and ${max}.`
        }
      ];
    });
  }
});

// src/rollout/rules/lint/step-analysis-count-zero.ts
var stepAnalysisCountZero = defineLintRule({
  meta: {
    id: "step-analysis-count-zero",
    category: "configuration",
    severity: "warning",
    description: "An analysis step whose template has a metric with count: 0, which is never measured.",
    summary: "an analysis step whose metric has `count: 0` (R11)"
  },
  check(manifest, { templates }) {
    if (manifest.kind !== "Rollout") return [];
    return analysisReferences(manifest).filter((analysis) => analysis.usage === "step").flatMap(
      (analysis) => analysis.templates.flatMap((reference) => {
        const template = templates.find(reference, manifest);
        if (!template) return [];
        return templateMetrics(template).filter(({ metric: metric2 }) => asWholeNumber(metric2.count) === 0).map(({ name: name2 }) => ({
          path: reference.path,
          message: `${fieldPathText(analysis.path)} uses ${template.kind} '${template.name}', whose metric '${name2}' has count: 0: an analysis step never measures it.`,
          suggestion: `Set count on metric '${name2}' to the number of measurements the step should take.`
        }));
      })
    );
  }
});

// src/rollout/rules/lint/step-analysis-runs-forever.ts
var BLOCKING_USAGES = /* @__PURE__ */ new Set(["step", "pre-promotion", "post-promotion"]);
var stepAnalysisRunsForever = defineLintRule({
  meta: {
    id: "step-analysis-runs-forever",
    category: "configuration",
    severity: "error",
    description: "A step, pre-promotion or post-promotion analysis whose template has a metric with an interval and no count.",
    summary: "a step or pre/post-promotion analysis whose metric has `interval` and no `count` (R10)"
  },
  check(manifest, { templates }) {
    if (manifest.kind !== "Rollout") return [];
    return analysisReferences(manifest).filter((analysis) => BLOCKING_USAGES.has(analysis.usage)).flatMap(
      (analysis) => analysis.templates.flatMap((reference) => {
        const template = templates.find(reference, manifest);
        if (!template) return [];
        return templateMetrics(template).filter(({ metric: metric2 }) => metric2.interval !== void 0 && metric2.count === void 0).map(({ metric: metric2, name: name2 }) => ({
          path: reference.path,
          message: `${fieldPathText(analysis.path)} (${analysis.usage} analysis) uses ${template.kind} '${template.name}', whose metric '${name2}' has interval ${String(metric2.interval)} and no count: it runs until stopped, so the ${analysis.usage} analysis never finishes.`,
          suggestion: `Set count on metric '${name2}', or run the template as background analysis (spec.strategy.canary.analysis).`
        }));
      })
    );
  }
});

// src/rollout/rules/lint/traffic-routing-invalid.ts
var trafficRoutingInvalid = defineLintRule({
  meta: {
    id: "traffic-routing-invalid",
    category: "configuration",
    severity: "error",
    description: "canaryService equal to stableService, a Service-based traffic router without both Services, nginx, ALB or Istio naming neither or both of one object and a list, options or steps that need trafficRouting (or a router that supports them) without it, and header or mirror routes missing from managedRoutes.",
    summary: "equal canary/stable Services, a router without both, routing steps and options the router does not support (R20)"
  },
  check(manifest) {
    if (manifest.kind !== "Rollout") return [];
    const canary = canaryStrategy(manifest);
    if (!canary) return [];
    const routers = trafficRouters(canary);
    const reports = [];
    const report = (path, message, suggestion) => reports.push({ path, message, suggestion });
    const canaryService = asString(canary.canaryService) ?? "";
    const stableService = asString(canary.stableService) ?? "";
    if (canaryService !== "" && canaryService === stableService) {
      report([...CANARY_PATH, "stableService"], `spec.strategy.canary.stableService and canaryService are both '${canaryService}'; they must name different Services.`, "Point canaryService and stableService at two Services with the same selector.");
    }
    if (needsBothServices(canary, routers) && (canaryService === "" || stableService === "")) {
      const missing = [canaryService === "" ? "canaryService" : void 0, stableService === "" ? "stableService" : void 0].filter(Boolean).join(" and ");
      report(
        [...CANARY_PATH, "trafficRouting"],
        `spec.strategy.canary.trafficRouting uses ${serviceRouters(canary, routers).join(" and ")}, which switches traffic between two Services, but ${missing} is not set.`,
        "Set spec.strategy.canary.canaryService and stableService (Istio can route by subset instead, with trafficRouting.istio.destinationRule)."
      );
    }
    if (!routers.routed) {
      for (const option of ["scaleDownDelaySeconds", "dynamicStableScale"]) {
        if (canary[option] === void 0 || canary[option] === false) continue;
        report([...CANARY_PATH, option], `spec.strategy.canary.${option} is set without trafficRouting; it only applies to traffic-routed canaries.`, `Configure spec.strategy.canary.trafficRouting, or remove ${option}.`);
      }
    } else {
      if (canary.scaleDownDelaySeconds !== void 0 && canary.dynamicStableScale === true) {
        report([...CANARY_PATH, "dynamicStableScale"], "spec.strategy.canary.dynamicStableScale cannot be combined with scaleDownDelaySeconds: the stable side is scaled down as traffic leaves it, so there is nothing to delay.", "Remove one of dynamicStableScale and scaleDownDelaySeconds.");
      }
      if (routers.routing.maxTrafficWeight !== void 0 && !routers.has("nginx") && !routers.plugins) {
        report([...CANARY_PATH, "trafficRouting", "maxTrafficWeight"], "spec.strategy.canary.trafficRouting.maxTrafficWeight is only supported with nginx or a traffic router plugin.", "Remove maxTrafficWeight (weights are then out of 100).");
      }
    }
    reports.push(...oneOfReports(routers));
    reports.push(...stepReports(manifest, routers));
    return reports;
  }
});
var ONE_OF = [
  ["nginx", "stableIngress", "stableIngresses"],
  ["alb", "ingress", "ingresses"],
  ["istio", "virtualService", "virtualServices"]
];
function oneOfReports(routers) {
  return ONE_OF.flatMap(([router, single, list]) => {
    if (!routers.has(router)) return [];
    const config = asRecord(routers.routing[router]);
    const path = [...CANARY_PATH, "trafficRouting", router];
    const hasSingle = config[single] !== void 0 && config[single] !== "";
    const hasList = asList(config[list]).length > 0;
    if (hasSingle === hasList) {
      return [{ path, message: `${fieldPathText(path)} sets ${hasSingle ? "both" : "neither of"} ${single} ${hasSingle ? "and" : "nor"} ${list}; the controller needs exactly one.`, suggestion: `Keep ${single} for one object, or ${list} for several.` }];
    }
    return [];
  });
}
function serviceRouters(canary, routers) {
  const pingPong = isRecord(canary.pingPong);
  const istio = asRecord(routers.routing.istio);
  return [
    routers.has("alb") && !pingPong ? "alb" : void 0,
    routers.has("istio") && istio.destinationRule === void 0 && !pingPong ? "istio (without destinationRule)" : void 0,
    ...["smi", "apisix", "ambassador", "nginx", "appMesh", "traefik"].map((router) => routers.has(router) ? router : void 0)
  ].filter((router) => router !== void 0);
}
function needsBothServices(canary, routers) {
  return routers.routed && serviceRouters(canary, routers).length > 0;
}
function stepReports(manifest, routers) {
  const reports = [];
  const managed = managedRouteNames(routers.routing);
  let managedRoutesReported = false;
  for (const { step, path } of canarySteps(manifest)) {
    if (step.setCanaryScale !== void 0 && !routers.routed) {
      reports.push({ path: [...path, "setCanaryScale"], message: `${fieldPathText([...path, "setCanaryScale"])} needs spec.strategy.canary.trafficRouting, which is not set.`, suggestion: "Configure trafficRouting, or remove the setCanaryScale step." });
    }
    const routeSteps = [
      ["setHeaderRoute", routers.has("istio") || routers.has("alb") || routers.has("apisix") || routers.plugins, "Istio, ALB, Apisix or a plugin"],
      ["setMirrorRoute", routers.has("istio") || routers.plugins, "Istio or a plugin"]
    ];
    for (const [kind, supported, which] of routeSteps) {
      if (step[kind] === void 0) continue;
      const kindPath = [...path, kind];
      if (!supported) {
        reports.push({
          path: kindPath,
          message: routers.routed ? `${fieldPathText(kindPath)} needs a traffic router that supports it (${which}); this Rollout's trafficRouting has none.` : `${fieldPathText(kindPath)} needs spec.strategy.canary.trafficRouting with ${which}, which is not set.`,
          suggestion: `Configure trafficRouting with ${which}, or remove the ${kind} step.`
        });
        continue;
      }
      const name2 = asString(asRecord(step[kind]).name);
      if (managed === void 0) {
        if (managedRoutesReported) continue;
        managedRoutesReported = true;
        reports.push({ path: kindPath, message: `${fieldPathText(kindPath)} needs spec.strategy.canary.trafficRouting.managedRoutes, which is not set: the controller only creates routes listed there.`, suggestion: `Add managedRoutes: [{name: ${name2 ?? "ROUTE"}}] under trafficRouting.` });
      } else if (name2 !== void 0 && !managed.includes(name2)) {
        reports.push({ path: [...kindPath, "name"], message: `${fieldPathText([...kindPath, "name"])} is '${name2}', which trafficRouting.managedRoutes does not list (${managed.join(", ") || "empty"}).`, suggestion: `Add {name: ${name2}} to trafficRouting.managedRoutes, or correct the name.` });
      }
    }
    asList(asRecord(step.experiment).templates).forEach((template, index) => {
      if (asRecord(template).weight === void 0) return;
      const weightPath = [...path, "experiment", "templates", index, "weight"];
      if (!routers.routed) {
        reports.push({ path: weightPath, message: `${fieldPathText(weightPath)} is set without trafficRouting; an experiment's weight needs traffic routing.`, suggestion: "Configure trafficRouting, or remove the weight." });
      } else if (!routers.has("alb") && !routers.has("smi") && !routers.has("istio") && !routers.plugins) {
        reports.push({ path: weightPath, message: `${fieldPathText(weightPath)} is set, but experiment weights are only supported with SMI, ALB, Istio or a plugin.`, suggestion: "Remove the weight, or route with SMI, ALB, Istio or a plugin." });
      }
    });
  }
  return reports;
}

// src/rollout/rules/lint/undeclared-template-arg.ts
var ARG_PLACEHOLDER = /\{\{\s*args\.([A-Za-z0-9_.-]+?)\s*\}\}/g;
var undeclaredTemplateArg = defineLintRule({
  meta: {
    id: "undeclared-template-arg",
    category: "configuration",
    severity: "error",
    description: "A {{args.x}} placeholder in a metric whose arg the template does not declare in spec.args.",
    summary: "`{{args.x}}` in a metric that `spec.args` does not declare (R17)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    const declared = asList(asRecord(manifest.object.spec).args).flatMap((arg) => asString(asRecord(arg).name) ?? []);
    const declaredText = declared.length > 0 ? `declared: ${declared.join(", ")}` : "it declares none";
    return templateMetrics(manifest).flatMap(
      ({ metric: metric2, path }) => stringsIn(metric2, path).flatMap(
        ({ text: text4, path: textPath }) => [...text4.matchAll(ARG_PLACEHOLDER)].map((match) => match[1]).filter((arg) => !declared.includes(arg)).map((arg) => ({
          path: textPath,
          message: `${fieldPathText(textPath)} uses {{args.${arg}}}, which spec.args of ${manifest.kind} '${manifest.name}' does not declare (${declaredText}).`,
          suggestion: `Declare it: spec.args: [{name: ${arg}}], or correct the placeholder.`
        }))
      )
    );
  }
});
function stringsIn(value, path) {
  if (typeof value === "string") return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}

// src/rollout/rules/lint/unguarded-result-index.ts
var INDEXED_RESULT = /\bresult\s*\[\s*0\s*\]/;
var GUARD = /\blen\s*\(\s*result\s*\)|\bisNaN\s*\(/;
var CONDITIONS3 = ["successCondition", "failureCondition"];
var unguardedResultIndex = defineLintRule({
  meta: {
    id: "unguarded-result-index",
    category: "configuration",
    severity: "warning",
    description: "A condition that indexes result[0] without guarding an empty result or NaN.",
    summary: "`result[0]` without a `len(result)` / `isNaN` guard (R16)"
  },
  check(manifest) {
    if (!isAnalysisTemplate(manifest)) return [];
    return templateMetrics(manifest).flatMap(
      ({ metric: metric2, path }) => CONDITIONS3.flatMap((key) => {
        const condition = asString(metric2[key]);
        if (condition === void 0 || !indexesResultUnguarded(condition)) return [];
        const conditionPath = [...path, key];
        return [
          {
            path: conditionPath,
            message: `${fieldPathText(conditionPath)} is '${condition}': it indexes result[0] without guarding an empty result or NaN, so a query with no data errors the measurement.`,
            suggestion: `Guard it: len(result) == 0 || isNaN(result[0]) || (${condition}), choosing whether no data should pass or fail.`
          }
        ];
      })
    );
  }
});
function indexesResultUnguarded(condition) {
  const parsed = parseCondition(condition);
  if (!parsed.ok) return INDEXED_RESULT.test(condition) && !GUARD.test(condition);
  const nodes = [...walk2(parsed.ast)];
  return nodes.some(isFirstResultIndex) && !nodes.some(isGuardCall);
}
function* walk2(node) {
  yield node;
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child !== null && typeof child === "object" && "type" in child && typeof child.type === "string") yield* walk2(child);
    }
  }
}
function isFirstResultIndex(node) {
  if (node.type !== "MemberExpression") return false;
  const { computed, object, property } = node;
  const onResult = object.type === "Identifier" && object.name === "result";
  return computed && onResult && property.type === "Literal" && property.raw === "0";
}
function isGuardCall(node) {
  if (node.type !== "CallExpression") return false;
  const { callee, arguments: args } = node;
  if (callee.type !== "Identifier") return false;
  const name2 = callee.name;
  if (name2 === "isNaN") return true;
  return name2 === "len" && args.length === 1 && args[0].type === "Identifier" && args[0].name === "result";
}

// src/rollout/metrics/metric-rule.ts
function defineMetricRule(rule) {
  return defineRuleWithoutOptions(rule);
}
function conditionsText(evaluation) {
  const parts = [
    evaluation.successCondition ? `successCondition '${evaluation.successCondition}'` : void 0,
    evaluation.failureCondition ? `failureCondition '${evaluation.failureCondition}'` : void 0
  ].filter((part) => part !== void 0);
  return parts.length > 0 ? parts.join(" and ") : "no condition";
}

// src/rollout/rules/metrics/canary-metric-failed.ts
var canaryMetricFailed = defineMetricRule({
  meta: {
    id: "canary-metric-failed",
    category: "release",
    severity: "error",
    description: "A Prometheus metric of the canary's AnalysisTemplates that fails its success or failure condition when the check measures it.",
    summary: "a template metric, measured with `prometheus-url` when the wait ends, that fails its success or failure condition"
  },
  check(evaluation) {
    if (evaluation.phase !== "Failed") return void 0;
    return {
      message: `Metric '${evaluation.metric}' of template '${evaluation.template}' (${evaluation.analysis} analysis of ${evaluation.rollout}) is Failed: ${evaluation.value} against ${conditionsText(evaluation)}; query: ${evaluation.query}`,
      suggestion: "Look at what the new version does to this metric (the query above, run in Prometheus), fix the release, and deploy again; if the condition is wrong, fix it in the AnalysisTemplate."
    };
  }
});

// src/rollout/rules/metrics/canary-metric-undecided.ts
var canaryMetricUndecided = defineMetricRule({
  meta: {
    id: "canary-metric-undecided",
    category: "release",
    severity: "notice",
    description: "A Prometheus metric of the canary's AnalysisTemplates that the check could not decide: not evaluated, no data, or Inconclusive.",
    summary: "a template metric the check could not decide: not evaluated, no data, or Inconclusive"
  },
  check(evaluation) {
    const where = `Metric '${evaluation.metric}' of template '${evaluation.template}' (${evaluation.analysis} analysis of ${evaluation.rollout})`;
    if (evaluation.notEvaluated !== void 0) {
      return {
        message: `${where} was not evaluated: ${evaluation.notEvaluated}${evaluation.query ? `; query: ${evaluation.query}` : ""}`,
        suggestion: "Guard the condition against empty results (len(result) == 0 || \u2026), give every arg a value, or keep to the documented condition forms; the AnalysisRun in the cluster still decides."
      };
    }
    if (evaluation.phase !== "Inconclusive") return void 0;
    return {
      message: `${where} is Inconclusive: ${evaluation.value} against ${conditionsText(evaluation)}; query: ${evaluation.query}`,
      suggestion: "An Inconclusive measurement pauses the rollout for a person to decide; tighten the conditions so every value passes or fails."
    };
  }
});

// src/rollout/probes/probe-rule.ts
function defineProbeRule(rule) {
  return defineRuleWithoutOptions(rule);
}

// src/rollout/rules/probes/health-probe-failed.ts
var healthProbeFailed = defineProbeRule({
  meta: {
    id: "health-probe-failed",
    category: "release",
    severity: "error",
    description: "A health probe from the config (an HTTP endpoint or a PostgreSQL SELECT 1) that failed while the rollout was followed.",
    summary: "a health probe from the config (an HTTP endpoint or a PostgreSQL `SELECT 1`) that failed while the rollout was followed"
  },
  check(summary) {
    if (summary.failures === 0) return void 0;
    return {
      message: `Health probe '${summary.name}' (${summary.endpoint}) failed ${summary.failures} of ${summary.checks} checks during the rollout; last: ${summary.lastError ?? "no reason recorded"}.`,
      suggestion: summary.kind === "http" ? "Read the endpoint's logs for what the new version broke, and abort the rollout (kubectl argo rollouts abort NAME) if it is the cause; if the probe's expect-status or max-latency is wrong, fix it in health-probes." : "Check that the database accepts connections (max_connections, a migration holding locks, credentials the release changed), and abort the rollout if it is the cause."
    };
  }
});

// src/rollout/cluster/verdict-rule.ts
function defineVerdictRule(rule) {
  return defineRuleWithoutOptions(rule);
}

// src/rollout/rules/verdict/flagger-canary-failed.ts
var flaggerCanaryFailed = defineVerdictRule({
  meta: {
    id: "flagger-canary-failed",
    category: "release",
    severity: "error",
    description: "A Flagger Canary that ended Failed (or was terminated): Flagger rolled the release back to the primary.",
    summary: "a Flagger Canary that ended Failed (or was terminated): Flagger rolled the release back to the primary"
  },
  check() {
    return void 0;
  },
  checkCanary(outcome) {
    if (outcome.ending !== "degraded") return void 0;
    const { name: name2, namespace } = outcome.ref;
    return {
      message: `Canary '${name2}' in namespace '${namespace}' ended ${outcome.phase} with ${outcome.failedChecks} failed checks (threshold ${outcome.threshold}): ${outcome.message || "no condition message recorded"}`,
      suggestion: `Read why the checks failed (kubectl describe canary ${name2} -n ${namespace}, and Flagger's log for the metric values), fix the release and deploy again.`
    };
  }
});

// src/rollout/status/abort-reason.ts
var ABORTED = "RolloutAborted";
function isAborted(rollout) {
  if (rollout.status?.abort === true) return true;
  return (rollout.status?.conditions ?? []).some((condition) => condition.reason === ABORTED);
}

// src/rollout/status/analysis-failure-detail.ts
var FAILING = /* @__PURE__ */ new Set(["Failed", "Error"]);
function analysisFailureDetail(runs) {
  const parts = runs.filter((run) => FAILING.has(run.phase)).flatMap((run) => run.metrics.filter((metric2) => FAILING.has(metric2.phase) && !metric2.dryRun)).map((metric2) => {
    const conditions = [
      metric2.successCondition === void 0 ? void 0 : `success condition ${metric2.successCondition}`,
      metric2.failureCondition === void 0 ? void 0 : `failure condition ${metric2.failureCondition}`
    ].filter((text4) => text4 !== void 0);
    const measured = metric2.lastValue === void 0 ? "measured no value" : `measured ${metric2.lastValue}`;
    return `metric "${metric2.name}" ${measured}${conditions.length > 0 ? ` (${conditions.join(", ")})` : ""}`;
  });
  return parts.join("; ");
}

// src/rollout/rules/verdict/rollout-aborted.ts
var rolloutAborted = defineVerdictRule({
  meta: {
    id: "rollout-aborted",
    category: "release",
    severity: "error",
    description: "A Rollout that ended Degraded because its update was aborted (reason RolloutAborted).",
    summary: "a Rollout that ended Degraded because its update was aborted (a failed analysis, a user's abort)"
  },
  check(outcome) {
    if (outcome.ending !== "degraded" || !isAborted(outcome.rollout)) return void 0;
    const { name: name2, namespace } = outcome.ref;
    const detail = outcome.analysisRuns?.known ? analysisFailureDetail(outcome.analysisRuns.value) : "";
    return {
      message: `Rollout '${name2}' in namespace '${namespace}' was aborted: ${outcome.message || "no message recorded"}${detail ? ` \u2014 ${detail}` : ""}`,
      suggestion: `Read the failed AnalysisRun (kubectl argo rollouts get rollout ${name2} -n ${namespace}), fix the release, and deploy again; 'kubectl argo rollouts retry rollout ${name2}' retries the same revision.`
    };
  }
});

// src/rollout/rules/verdict/rollout-degraded.ts
var rolloutDegraded = defineVerdictRule({
  meta: {
    id: "rollout-degraded",
    category: "release",
    severity: "error",
    description: "A Rollout that ended Degraded without an abort: an invalid spec or an exceeded progress deadline.",
    summary: "a Rollout that ended Degraded without an abort: an invalid spec or an exceeded progress deadline"
  },
  check(outcome) {
    if (outcome.ending !== "degraded" || isAborted(outcome.rollout)) return void 0;
    const { name: name2, namespace } = outcome.ref;
    return {
      message: `Rollout '${name2}' in namespace '${namespace}' is Degraded: ${outcome.message || "no message recorded"}`,
      suggestion: outcome.message.startsWith("InvalidSpec") ? "Fix the Rollout spec the message names and apply it again." : `Find why the new pods do not become available (kubectl describe rollout ${name2} -n ${namespace}, the pods' events), or raise spec.progressDeadlineSeconds.`
    };
  }
});

// src/rollout/rules/verdict/rollout-rolled-back.ts
var rolloutRolledBack = defineVerdictRule({
  meta: {
    id: "rollout-rolled-back",
    category: "release",
    severity: "error",
    description: "A Rollout that ended Healthy without running the image the pull request deployed.",
    summary: "a Rollout that ended Healthy without running the image the pull request deployed (`image` / `--image`)"
  },
  check(outcome, context) {
    if (outcome.ending !== "healthy" || context.image === void 0) return void 0;
    const images = templateImages(outcome.rollout);
    if (images.includes(context.image)) return void 0;
    const { name: name2, namespace } = outcome.ref;
    return {
      message: `Rollout '${name2}' in namespace '${namespace}' is Healthy but its pod template runs ${images.length > 0 ? images.join(", ") : "no image"}, not ${context.image}: the release was rolled back.`,
      suggestion: `Check the rollout's history (kubectl argo rollouts get rollout ${name2} -n ${namespace}) for the rollback, or pass the image the deploy step applied as --image.`
    };
  }
});
function templateImages(rollout) {
  return (rollout.spec?.template?.spec?.containers ?? []).flatMap((container) => container.image ? [container.image] : []);
}

// src/rollout/rules/verdict/rollout-timeout.ts
var rolloutTimeout = defineVerdictRule({
  meta: {
    id: "rollout-timeout",
    category: "release",
    severity: "error",
    description: "A Rollout (or Flagger Canary) that had not reached a final phase when the rollout-timeout ran out.",
    summary: "a Rollout or Canary still Progressing or Paused when `rollout-timeout` ran out, named with its phase and message"
  },
  check(outcome) {
    if (outcome.ending !== "timeout") return void 0;
    const { name: name2, namespace } = outcome.ref;
    const where = `${outcome.phase}${outcome.message ? ` - ${outcome.message}` : ""}`;
    if (outcome.needsPromotion) {
      return {
        message: `Rollout '${name2}' in namespace '${namespace}' timed out while ${where}: it needs a promotion.`,
        suggestion: `Promote it (kubectl argo rollouts promote ${name2} -n ${namespace}) or give the pause a duration; set success-on-pause: true when the pause is intended.`
      };
    }
    return {
      message: `Rollout '${name2}' in namespace '${namespace}' timed out while ${where}.`,
      suggestion: "Raise rollout-timeout (--timeout) above the total of the pause and analysis steps, or find what holds the rollout back."
    };
  },
  checkCanary(outcome) {
    if (outcome.ending !== "timeout") return void 0;
    const { name: name2, namespace } = outcome.ref;
    const where = `${outcome.phase}${outcome.message ? ` - ${outcome.message}` : ""}`;
    const stale = outcome.revision.state === "stale" ? ` (${outcome.revision.detail})` : "";
    if (outcome.needsPromotion) {
      return {
        message: `Canary '${name2}' in namespace '${namespace}' timed out while ${where}: it waits for its confirm-promotion webhook.`,
        suggestion: "Approve the promotion through the webhook the Canary names (spec.analysis.webhooks, type confirm-promotion), or set success-on-pause: true when waiting there is intended."
      };
    }
    return {
      message: `Canary '${name2}' in namespace '${namespace}' timed out while ${where}${stale}.`,
      suggestion: "Raise rollout-timeout (--timeout) above the analysis interval times its iterations (or steps to maxWeight), or find what holds the canary back (kubectl describe canary)."
    };
  }
});

// src/rollout/meta.ts
var LINT_RULES = ruleRegistry({
  "all-metrics-dry-run": allMetricsDryRun,
  "ambassador-mapping-invalid": ambassadorMappingInvalid,
  "analysis-arg-field-ref-invalid": analysisArgFieldRefInvalid,
  "analysis-arg-missing": analysisArgMissing,
  "analysis-template-not-found": analysisTemplateNotFound,
  "analysis-templates-conflict": analysisTemplatesConflict,
  "app-mesh-route-invalid": appMeshRouteInvalid,
  "condition-syntax-error": conditionSyntaxError,
  "duplicate-template-name": duplicateTemplateName,
  "experiment-step-invalid": experimentStepInvalid,
  "failure-limit-unset": failureLimitUnset,
  "final-weight-below-full": finalWeightBelowFull,
  "flagger-analysis-invalid": flaggerAnalysisInvalid,
  "flagger-metric-invalid": flaggerMetricInvalid,
  "flagger-webhook-invalid": flaggerWebhookInvalid,
  "indefinite-pause": indefinitePause,
  "ingress-backend-missing": ingressBackendMissing,
  "invalid-metric-spec": invalidMetricSpec,
  "invalid-pause-duration": invalidPauseDuration,
  "invalid-step": invalidStep,
  "manifest-yaml-error": manifestYamlError,
  "max-surge-unavailable-zero": maxSurgeUnavailableZero,
  "metric-rule-invalid": metricRuleInvalid,
  "metric-without-condition": metricWithoutCondition,
  "ping-pong-invalid": pingPongInvalid,
  "pod-template-invalid": podTemplateInvalid,
  "progress-deadline-no-abort": progressDeadlineNoAbort,
  "prometheus-metric-misuse": prometheusMetricMisuse,
  "promql-syntax-error": promqlSyntaxError,
  "referenced-object-not-found": referencedObjectNotFound,
  "rollout-counts-invalid": rolloutCountsInvalid,
  "rollout-selector-invalid": rolloutSelectorInvalid,
  "rollout-without-analysis": rolloutWithoutAnalysis,
  "route-match-invalid": routeMatchInvalid,
  "service-managed-by-other-rollout": serviceManagedByOtherRollout,
  "service-selector-mismatch": serviceSelectorMismatch,
  "set-weight-decreasing": setWeightDecreasing,
  "set-weight-out-of-range": setWeightOutOfRange,
  "step-analysis-count-zero": stepAnalysisCountZero,
  "step-analysis-runs-forever": stepAnalysisRunsForever,
  "strategy-invalid": strategyInvalid,
  "traffic-routing-invalid": trafficRoutingInvalid,
  "traffic-split-not-owned": trafficSplitNotOwned,
  "undeclared-template-arg": undeclaredTemplateArg,
  "unguarded-result-index": unguardedResultIndex,
  "unknown-field": unknownField,
  "virtual-service-route-invalid": virtualServiceRouteInvalid
});
var VERDICT_RULES = ruleRegistry({
  "flagger-canary-failed": flaggerCanaryFailed,
  "rollout-aborted": rolloutAborted,
  "rollout-degraded": rolloutDegraded,
  "rollout-rolled-back": rolloutRolledBack,
  "rollout-timeout": rolloutTimeout
});
var PROBE_RULES = ruleRegistry({
  "health-probe-failed": healthProbeFailed
});
var METRIC_RULES = ruleRegistry({
  "canary-metric-failed": canaryMetricFailed,
  "canary-metric-undecided": canaryMetricUndecided
});
var JUDGE_RULES = ruleRegistry({
  "canary-judge-failed": canaryJudgeFailed,
  "canary-judge-marginal": canaryJudgeMarginal,
  "canary-judge-undecided": canaryJudgeUndecided
});
var DRY_RUN_RULES = ruleRegistry({
  "analysis-dry-run": analysisDryRun
});
var rolloutMeta = {
  name: "rollout",
  families: { lint: LINT_RULES, verdict: VERDICT_RULES, probes: PROBE_RULES, metrics: METRIC_RULES, judge: JUDGE_RULES, "dry-run": DRY_RUN_RULES },
  settings: {
    kubeconfig: { type: "string" },
    context: { type: "string" },
    rollout: stringList("Rollout names."),
    kind: { enum: ["rollout", "canary"], description: "rollout (Argo Rollouts) or canary (Flagger); unset: whichever the name belongs to" },
    selector: { type: "string", description: "a label selector choosing the Rollouts/Canaries to follow, instead of names" },
    namespace: { type: "string" },
    "rollout-timeout": duration("a Go-style duration such as 10m"),
    image: { type: "string" },
    "success-on-pause": { type: "boolean" },
    "allow-empty": { type: "boolean", description: "lint only: pass when the paths hold no Rollout or AnalysisTemplate, instead of a usage error" },
    "prometheus-url": { type: "string", pattern: "^https?://", description: "the Prometheus server's base URL, such as http://prometheus:9090" },
    "dry-run-args": {
      type: "object",
      additionalProperties: { type: "object", additionalProperties: { type: "string" } },
      description: "AnalysisTemplate name \u2192 {arg: value}: the stable's args for the pre-merge dry run (`--lint` with prometheus-url)"
    },
    "health-probes": HEALTH_PROBES_SCHEMA,
    "canary-judge": canaryJudgeSchema()
  },
  statsSchema: ROLLOUT_RUN_STATS_SCHEMA
};

export {
  parseDuration,
  readCanaryJudgeSettings,
  formatNumber,
  isRecord,
  asRecord,
  asString,
  require_dist,
  LINTED_KINDS,
  KIND_GROUPS,
  manifestLocator,
  fieldPathText,
  MENTIONS_REFERENCED_KIND,
  indexObjects,
  objectFromDocument,
  indexTemplates,
  parseCondition,
  syntaxErrorText,
  usesUncoveredSyntax,
  stepKinds,
  isIndefinitePause,
  LINT_RULES,
  VERDICT_RULES,
  PROBE_RULES,
  METRIC_RULES,
  JUDGE_RULES,
  DRY_RUN_RULES,
  rolloutMeta
};
