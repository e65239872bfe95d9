import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  DEFAULT_LITELLM_VERSION,
  DIRECT,
  INVISIBLE,
  ISOLATED,
  KNOWN_EXTRAS,
  MARKER,
  NO_BUILD,
  PROXY_MEMORY_BYTES,
  VerifyError,
  asTheProxyReads,
  askOracle,
  baseEnvironment,
  bootstrapUv,
  check,
  checkVersion,
  errorMessage,
  findPython,
  helperScript,
  installLock,
  installerEnv,
  isDenied,
  killTree,
  lockTag,
  locksDir,
  newMasterKey,
  oneLine,
  oracleEnvironment,
  paramName,
  proxyEnvironment,
  readPipSettings,
  removeOnExit,
  requirementOf,
  runCommand,
  safeLines,
  setting,
  shippedLock,
  sleep,
  startProxy,
  stopOnExit,
  stopProcessTree,
  tail,
  treeSpawnOptions,
  unwritableUvCache,
  uvIndexSettings,
  venvPython,
  wheelsDirFor,
  within
} from "./chunk-47WOBA5N.js";
import {
  editDistance,
  nearMiss
} from "./chunk-KVP47IIB.js";
import {
  require_undici
} from "./chunk-QOTUQGWT.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-RUMNF2LX.js";

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
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar5(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap5;
    exports.isNode = isNode2;
    exports.isPair = isPair;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq6;
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
    function visit_(key2, node, visitor, path12) {
      const ctrl = callVisitor(key2, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path12, ctrl);
        return visit_(key2, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path12);
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
          path12 = Object.freeze(path12.concat(node));
          const ck = visit_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path12);
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
    async function visitAsync_(key2, node, visitor, path12) {
      const ctrl = await callVisitor(key2, node, visitor, path12);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path12, ctrl);
        return visitAsync_(key2, ctrl, visitor, path12);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path12 = Object.freeze(path12.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path12);
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
          path12 = Object.freeze(path12.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path12);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path12);
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
    function callVisitor(key2, node, visitor, path12) {
      if (typeof visitor === "function")
        return visitor(key2, node, path12);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path12);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path12);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path12);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path12);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path12);
      return void 0;
    }
    function replaceNode(key2, path12, node) {
      const parent = path12[path12.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
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
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
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
        const name = parts.shift();
        switch (name) {
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
            onError(0, `Unknown directive ${name}`, true);
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
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
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
        const msg2 = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg2);
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
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
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
    function applyReviver(reviver, obj, key2, val) {
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
      return reviver.call(obj, key2, val);
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
            const msg2 = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg2);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg2 = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg2);
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
          const msg2 = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg2);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg2 = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg2);
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
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
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
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
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
    function collectionFromPath(schema, path12, value) {
      let v = value;
      for (let i = path12.length - 1; i >= 0; --i) {
        const k = path12[i];
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
    var isEmptyPath = (path12) => path12 == null || typeof path12 === "object" && !!path12[Symbol.iterator]().next().done;
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
      addIn(path12, value) {
        if (isEmptyPath(path12))
          this.add(value);
        else {
          const [key2, ...rest] = path12;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        const [key2, ...rest] = path12;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        const [key2, ...rest] = path12;
        const node = this.get(key2, true);
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
      hasIn(path12) {
        const [key2, ...rest] = path12;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        const [key2, ...rest] = path12;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
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
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
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
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
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
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
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
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
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
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
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
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
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
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
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
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
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
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
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
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
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
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg2 = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg2);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
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
    var isMergeKey = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
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
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
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
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
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
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
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
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
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
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
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
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
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
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
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
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
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
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
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
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
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
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
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
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
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
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
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
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
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
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
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
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
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
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
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
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
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
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
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
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
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
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
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
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
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
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
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
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
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
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
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
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
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
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
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
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
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
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
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
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
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
    var string = require_string();
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
      string.string,
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
    var string = require_string();
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
      ["failsafe", [map.map, seq.seq, string.string]],
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
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
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
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
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
      addIn(path12, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path12, value);
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
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
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
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path12) {
        if (Collection.isEmptyPath(path12)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path12) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path12, keepScalar) {
        if (Collection.isEmptyPath(path12))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path12, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path12) {
        if (Collection.isEmptyPath(path12))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path12) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path12, value) {
        if (Collection.isEmptyPath(path12)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path12), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path12, value);
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
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
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
      constructor(name, pos, code, message) {
        super();
        this.name = name;
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
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
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
      let comment = "";
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
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
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
        comment,
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
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
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
          const msg2 = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg2, true);
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
      return items.some((pair) => isEqual(pair.key, search));
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
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
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
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
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
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
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
      let comment = "";
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
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
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
      const isMap5 = fc.start.source === "{";
      const fcName = isMap5 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap5 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
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
          if (!isMap5 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
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
        if (!isMap5 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
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
            if (!isMap5 && !props.found && ctx.options.strict) {
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
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap5) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap5 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg2 = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg2);
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
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg2) => onError(tagToken, "TAG_RESOLVE_FAILED", msg2));
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
      const res = tag.resolve?.(coll, (msg2) => onError(tagToken, "TAG_RESOLVE_FAILED", msg2), ctx.options) ?? coll;
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
        const content = lines[i][1];
        if (content === "" || content === "\r")
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
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
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
        offset += indent.length + content.length + 1;
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
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
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
      let comment = "";
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
            comment = token.source.substring(1);
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
      return { mode, indent, chomp, comment, length };
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
      const _onError = (rel, code, msg2) => onError(offset + rel, code, msg2);
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
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg2) => onError(tagToken, "TAG_RESOLVE_FAILED", msg2)) : null;
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
        const res = tag.resolve(value, (msg2) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg2), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg2 = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg2);
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
      if (comment)
        scalar.comment = comment;
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
          const msg2 = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg2, true);
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
      const { spaceBefore, comment, anchor, tag } = props;
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
        const msg2 = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg2);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
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
      if (comment) {
        node.comment = comment;
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
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
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
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
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
            const msg2 = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg2);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg2 = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg2));
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
    exports.Composer = Composer2;
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
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
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
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
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
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
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
    visit.itemAtPath = (cst, path12) => {
      let item = cst;
      for (const [field, index] of path12) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path12) => {
      const parent = visit.itemAtPath(cst, path12.slice(0, -1));
      const field = path12[path12.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path12, item, visitor) {
      let ctrl = visitor(item, path12);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path12.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path12);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path12) : ctrl;
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
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar5;
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
    var Lexer2 = class {
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
    exports.Lexer = Lexer2;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
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
              const fs15 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs15, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs15);
              } else {
                Object.assign(it, { key: fs15, sep: [] });
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
              const fs15 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs15, sep: [] });
              else if (it.sep)
                this.stack.push(fs15);
              else
                Object.assign(it, { key: fs15, sep: [] });
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
    var parser = require_parser();
    function parseOptions2(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
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
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions2(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
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
      const doc = parseDocument3(src, options);
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
    exports.parseDocument = parseDocument3;
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
    var parser = require_parser();
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
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/util/mask-view.ts
var UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/y;
var HEX_ESCAPE = /\\x([0-9a-fA-F]{2})/y;
var PERCENT = /%([0-9a-fA-F]{2})/y;
var NUMERIC_REFERENCE = /&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/y;
var NAMED_REFERENCE = /&(amp|lt|gt|quot|apos|sol|colon|period|hyphen|lowbar|num);/y;
var NAMED = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  sol: "/",
  colon: ":",
  period: ".",
  hyphen: "-",
  lowbar: "_",
  num: "#"
};
var MARK = /<U\+([0-9A-F]{4,6})>/y;
var WHITESPACE = /\s/;
function decodeAt(text, at) {
  const code = text.charCodeAt(at);
  const match = (re) => {
    re.lastIndex = at;
    return re.exec(text);
  };
  let m;
  if (code === 92) {
    const next = text[at + 1];
    if (next === "n" || next === "r" || next === "t") return [null, at + 2];
    if (next !== void 0 && /[!-/:-@[-`{-~]/.test(next)) return [next, at + 2];
    if ((m = match(UNICODE_ESCAPE)) || (m = match(HEX_ESCAPE))) return [String.fromCharCode(parseInt(m[1], 16)), at + m[0].length];
  } else if (code === 37 && (m = match(PERCENT))) {
    return [String.fromCharCode(parseInt(m[1], 16)), at + 3];
  } else if (code === 38) {
    if (m = match(NUMERIC_REFERENCE)) {
      const point2 = m[1] !== void 0 ? parseInt(m[1], 10) : parseInt(m[2], 16);
      return [point2 <= 1114111 ? String.fromCodePoint(point2) : "\uFFFD", at + m[0].length];
    }
    if (m = match(NAMED_REFERENCE)) return [NAMED[m[1]], at + m[0].length];
  } else if (code === 60 && (m = match(MARK))) {
    const point2 = parseInt(m[1], 16);
    if (point2 <= 1114111 && isInvisible(String.fromCodePoint(point2))) return [null, at + m[0].length];
  }
  const point = text.codePointAt(at);
  return [String.fromCodePoint(point), at + (point > 65535 ? 2 : 1)];
}
function isInvisible(char) {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(char);
}
function blank(char) {
  const code = char.charCodeAt(0);
  if (code <= 32 || code >= 127 && code <= 159) return true;
  return code > 159 && (WHITESPACE.test(char) || isInvisible(char));
}
function squeeze(text) {
  let out = "";
  const start = [];
  const end = [];
  for (let at = 0; at < text.length; ) {
    const [char, next] = decodeAt(text, at);
    if (char !== null && !blank(char)) {
      out += char;
      for (let k = 0; k < char.length; k++) {
        start.push(at);
        end.push(next);
      }
    }
    at = next;
  }
  return { text: out, start, end };
}

// src/util/mask.ts
var MIN_PARTIAL = 8;
var PUBLIC_PLACEHOLDERS = /* @__PURE__ */ new Set(["ollama", "EMPTY", "sk-no-key-required", "lm-studio"]);
var Masker = class {
  secrets = /* @__PURE__ */ new Set();
  forms = [];
  /** Pieces of each secret (length `MIN_PARTIAL` or a third of it) whose presence marks a partial leak. */
  pieces = /* @__PURE__ */ new Map();
  /** Registers a secret; values too short to be secrets are ignored to avoid masking noise like "1". */
  add(secret) {
    if (!secret || secret.length < 4 || this.secrets.has(secret) || PUBLIC_PLACEHOLDERS.has(secret)) return;
    this.secrets.add(secret);
    const url = urlSecrets(secret);
    for (const form of encodings(secret)) {
      const text = squeeze(form.text).text;
      if (text.length >= 4 && !this.forms.some((f) => f.text === text && f.caseless === form.caseless)) this.forms.push({ ...form, text });
    }
    this.forms.sort((a, b) => b.text.length - a.text.length);
    if (url) {
      for (const part of url) this.add(part);
      return;
    }
    const raw = squeeze(secret).text;
    const size = Math.min(raw.length, Math.max(MIN_PARTIAL, Math.ceil(raw.length / 3)));
    const set = this.pieces.get(size) ?? /* @__PURE__ */ new Set();
    for (let i = 0; i + size <= raw.length; i++) set.add(raw.slice(i, i + size));
    this.pieces.set(size, set);
  }
  /** `partial: false` matches whole secrets (in any encoding) only: for the report's own keys, which a short common piece of a secret must not erase. */
  mask(text, { partial = true } = {}) {
    if (!this.secrets.size || !text) return text;
    const view = squeeze(text);
    const lower = view.text.toLowerCase();
    const ranges = [];
    for (const form of this.forms) {
      const haystack = form.caseless ? lower : view.text;
      const needle = form.caseless ? form.text.toLowerCase() : form.text;
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        ranges.push([at, at + needle.length, form.base64]);
      }
    }
    for (const [size, set] of partial ? this.pieces : []) {
      for (let i = 0; i + size <= view.text.length; i++) if (set.has(view.text.slice(i, i + size))) ranges.push([i, i + size]);
    }
    if (!ranges.length) return text;
    const merged = mergeRanges(ranges.map(([s, e, base64]) => base64 ? widen(text, view.start[s], view.end[e - 1]) : [view.start[s], view.end[e - 1]]));
    let out = "";
    let last = 0;
    for (const [s, e] of merged) {
      out += `${text.slice(last, s)}***`;
      last = e;
    }
    return out + text.slice(last);
  }
  /** Masks every string (values and keys; keys only for whole secrets) inside a JSON-compatible value; numbers and booleans stay as they are. */
  maskDeep(value) {
    const walk = (v) => {
      if (typeof v === "string") return this.mask(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v !== null && typeof v === "object")
        return Object.fromEntries(Object.entries(v).map(([k, inner]) => [this.mask(k, { partial: false }), walk(inner)]));
      return v;
    };
    return walk(value);
  }
  get values() {
    return [...this.secrets];
  }
};
function urlSecrets(value) {
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value.trim())) return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  const decode = (part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  return [decode(url.username), decode(url.password), ...[...url.searchParams.values()]].filter((part) => part.length >= 4);
}
function encodings(secret) {
  const bytes = Buffer.from(secret, "utf8");
  const forms = [
    { text: secret, caseless: false },
    { text: JSON.stringify(secret).slice(1, -1), caseless: false },
    // Percent escapes are decoded in the view (in either case): these two matter for a secret beyond ASCII.
    { text: encodeURIComponent(secret), caseless: false },
    { text: [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join(""), caseless: false },
    // every byte escaped
    { text: bytes.toString("hex"), caseless: true }
  ];
  for (const offset of [0, 1, 2]) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(3)]);
    const encoded = padded.toString("base64");
    const first = Math.ceil(8 * offset / 6);
    const end = Math.floor(8 * (offset + bytes.length) / 6);
    const stable = encoded.slice(first, end);
    forms.push({ text: stable, caseless: false, base64: true }, { text: stable.replace(/\+/g, "-").replace(/\//g, "_"), caseless: false, base64: true });
  }
  return forms;
}
var BASE64_CHAR = /[A-Za-z0-9+/=_-]/;
function widen(text, start, end) {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 3 && BASE64_CHAR.test(text[s - 1])) s--;
  while (e < text.length && e - end < 3 && BASE64_CHAR.test(text[e])) e++;
  return [s, e];
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] < prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

// src/engine/lint.ts
import fs5 from "node:fs";
import os from "node:os";
import path4 from "node:path";

// src/config/finding.ts
var finding = (config, severity, rule, position, message, fix, alias, file) => ({
  severity,
  rule,
  message,
  fix,
  file: file ?? config.displayPath,
  line: position.line,
  column: position.column,
  alias
});
var settingAt = (config, section, key2) => config.settingPositions[`${section}.${key2}`] ?? config.topLevel.get(section) ?? { line: 1, column: 1 };

// src/config/load.ts
var import_yaml4 = __toESM(require_dist(), 1);
import fs2 from "node:fs";

// src/config/include.ts
import fs from "node:fs";
import path from "node:path";

// src/config/yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/config/yaml-merge.ts
var import_yaml = __toESM(require_dist(), 1);
function mergeConflict(doc, deref) {
  const stack = [doc.contents];
  const visited = /* @__PURE__ */ new Set();
  while (stack.length) {
    const node = deref(stack.pop());
    if (!node || visited.has(node)) continue;
    visited.add(node);
    if ((0, import_yaml.isSeq)(node)) stack.push(...node.items);
    if (!(0, import_yaml.isMap)(node)) continue;
    const sources = [];
    const own = /* @__PURE__ */ new Set();
    for (const pair of node.items) {
      stack.push(pair.value);
      const key2 = keyName(pair.key);
      if (key2 === null) continue;
      if (!((0, import_yaml.isScalar)(pair.key) && typeof pair.key.value === "symbol")) {
        own.add(key2);
        continue;
      }
      const source = deref(pair.value);
      for (const from of (0, import_yaml.isSeq)(source) ? source.items.map(deref) : [source]) if ((0, import_yaml.isMap)(from)) sources.push(from);
    }
    if (sources.length < 2) continue;
    const set = /* @__PURE__ */ new Map();
    for (const source of sources) {
      for (const pair of effectivePairs(source, deref)) {
        if (own.has(pair.key)) continue;
        const value = deref(pair.value);
        const before = set.get(pair.key);
        if (before === void 0) set.set(pair.key, value);
        else if (before !== value && String(before) !== String(value)) return { key: pair.key, at: node, first: before, second: value };
      }
    }
  }
  return null;
}
function keyName(key2) {
  if (!(0, import_yaml.isScalar)(key2)) return null;
  return typeof key2.value === "symbol" ? key2.value.description ?? "" : String(key2.value);
}
function effectivePairs(map, deref, visited = /* @__PURE__ */ new Set()) {
  if (visited.has(map)) return [];
  visited.add(map);
  const explicit = /* @__PURE__ */ new Map();
  const merged = [];
  for (const pair of map.items) {
    const key2 = keyName(pair.key);
    if (key2 === null) continue;
    if ((0, import_yaml.isScalar)(pair.key) && typeof pair.key.value === "symbol") {
      merged.push(pair.value);
      continue;
    }
    explicit.delete(key2);
    explicit.set(key2, { key: key2, keyNode: pair.key, value: pair.value });
  }
  const out = [...explicit.values()];
  const seen = new Set(explicit.keys());
  for (const value of merged) {
    const source = deref(value);
    for (const from of (0, import_yaml.isSeq)(source) ? source.items.map(deref) : [source]) {
      if (!(0, import_yaml.isMap)(from)) continue;
      for (const pair of effectivePairs(from, deref, visited)) {
        if (!seen.has(pair.key)) out.push(pair);
        seen.add(pair.key);
      }
    }
  }
  return out;
}

// src/config/yaml.ts
var MAX_CONFIG_BYTES = 2 * 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_NESTING = 100;
function readYaml(raw, fail) {
  const text = asPythonReads(raw, fail);
  if (Buffer.byteLength(text) > MAX_CONFIG_BYTES) {
    throw fail(
      `the config is ${Buffer.byteLength(text)} bytes; a LiteLLM config is expected to be under ${MAX_CONFIG_BYTES} bytes. Point ${setting("config")} at the proxy config file.`
    );
  }
  if (text.includes("\0")) throw fail("the file is binary (it contains NUL bytes); expected a YAML LiteLLM config.");
  const counter = new import_yaml2.LineCounter();
  const pos = (offset) => {
    if (offset === void 0) return { line: 0, column: 0 };
    const p = counter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const nodePos = (node) => pos(node?.range?.[0]);
  const { doc, nextDocument } = composeDocument(
    text,
    counter,
    (offset) => fail(`the YAML nests more than ${MAX_NESTING} levels deep; a LiteLLM config needs only a few.`, pos(offset))
  );
  const firstError = doc.errors[0];
  if (firstError) throw fail(`invalid YAML: ${firstError.message.split("\n")[0]}`, pos(firstError.pos[0]));
  if (nextDocument !== void 0)
    throw fail("the file holds more than one YAML document (a second `---`); LiteLLM reads a single document.", pos(nextDocument));
  const duplicates = [];
  const deref = indexNodes(doc, (key2, keyNode, firstNode) => {
    duplicates.push({ key: key2.slice(0, 60), position: nodePos(keyNode), firstLine: nodePos(firstNode).line });
  });
  const conflict = mergeConflict(doc, deref);
  if (conflict)
    throw fail(
      `\`<<\` merges set \`${conflict.key.slice(0, 60)}\` twice with different values (lines ${nodePos(conflict.first).line} and ${nodePos(conflict.second).line}): LiteLLM's PyYAML (6.0.4) keeps the last one, the YAML merge spec and the reader of these checks the first, so the proxy would not run the config that was checked. Set \`${conflict.key.slice(0, 60)}\` in the mapping itself, or merge it from one place.`,
      nodePos(conflict.at)
    );
  let root;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const reason = error instanceof RangeError ? "nesting too deep" : error.message;
    const hint = /Excessive alias count/.test(reason) ? ` Aliases (\`*name\`) may expand to at most ${MAX_ALIAS_COUNT} copies, and never be used inside their own anchor.` : "";
    throw fail(`cannot read the YAML (${reason}).${hint}`);
  }
  const shape = dataDepth(root, MAX_NESTING + 5);
  if (shape === "cycle")
    throw fail("an alias (`*name`) refers to a mapping or list that contains it, so the config is infinitely deep; LiteLLM cannot load it.");
  if (shape > MAX_NESTING + 5)
    throw fail(`the config nests more than ${MAX_NESTING} levels deep through aliases (\`*name\`); a LiteLLM config needs only a few.`);
  return { doc, root, deref, nodePos, duplicates, text };
}
function asPythonReads(raw, fail) {
  const text = raw.replace(/\r\n?/g, "\n");
  const odd = /[\u0085\u2028\u2029]/.exec(text);
  if (odd) {
    const before = text.slice(0, odd.index);
    const line = before.split("\n").length;
    const name = { "\x85": "U+0085 (NEXT LINE)", "\u2028": "U+2028 (LINE SEPARATOR)", "\u2029": "U+2029 (PARAGRAPH SEPARATOR)" }[odd[0]];
    throw fail(
      `this line holds ${name}, which LiteLLM's YAML reader (PyYAML, YAML 1.1) takes for a line break and YAML 1.2 readers (this one, most editors) do not: the proxy would read lines these checks cannot see. Remove it, or write it as an escape inside a double-quoted string.`,
      { line, column: odd.index - before.lastIndexOf("\n") }
    );
  }
  return text;
}
function composeDocument(text, counter, tooDeep) {
  const parser = new import_yaml2.Parser(counter.addNewLine);
  function* tokens() {
    counter.addNewLine(0);
    for (const lexeme of new import_yaml2.Lexer().lex(text)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > MAX_NESTING + 2) throw tooDeep(parser.offset);
    }
    yield* parser.end();
  }
  const composer = new import_yaml2.Composer({ version: "1.1", customTags: pyyamlBooleans, uniqueKeys: false, merge: true, prettyErrors: false });
  let doc;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (doc) return { doc, nextDocument: next.range[0] };
    doc = next;
  }
  return { doc };
}
var pyyamlBooleans = (tags) => tags.map(
  (t2) => typeof t2 === "object" && t2.tag === "tag:yaml.org,2002:bool" && t2.test ? { ...t2, test: t2.test.source.includes("Y|y") ? /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/ : /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/ } : t2
);
function indexNodes(doc, duplicate) {
  const targets = /* @__PURE__ */ new Map();
  const anchors = /* @__PURE__ */ new Map();
  const stack = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!(0, import_yaml2.isNode)(node)) continue;
    if ((0, import_yaml2.isAlias)(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    if ((0, import_yaml2.isMap)(node)) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        if ((0, import_yaml2.isScalar)(pair.key) && typeof pair.key.value !== "symbol") {
          const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
          const first = seen.get(id);
          if (first) duplicate(keyName(pair.key) ?? "?", pair.key, first);
          else seen.set(id, pair.key);
        }
      }
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i].value, node.items[i].key);
    } else if ((0, import_yaml2.isSeq)(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return (node) => (0, import_yaml2.isAlias)(node) ? targets.get(node) ?? null : (0, import_yaml2.isNode)(node) ? node : null;
}
function dataDepth(root, limit) {
  const children = (value) => {
    if (Array.isArray(value)) return value;
    if (value instanceof Map) return [...value.keys(), ...value.values()];
    if (value instanceof Set) return [...value];
    if (typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))) return Object.values(value);
    return [];
  };
  const height = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  if (typeof root !== "object" || root === null) return 0;
  const frames = [{ value: root, kids: children(root), next: 0, max: 0 }];
  open.add(root);
  while (frames.length) {
    const frame = frames[frames.length - 1];
    if (frame.next < frame.kids.length) {
      const kid = frame.kids[frame.next++];
      if (typeof kid !== "object" || kid === null) continue;
      if (open.has(kid)) return "cycle";
      const known = height.get(kid);
      if (known !== void 0) frame.max = Math.max(frame.max, known);
      else if (frames.length > limit) return frames.length;
      else {
        open.add(kid);
        frames.push({ value: kid, kids: children(kid), next: 0, max: 0 });
      }
      continue;
    }
    frames.pop();
    open.delete(frame.value);
    const h = frame.max + 1;
    height.set(frame.value, h);
    const parent = frames[frames.length - 1];
    if (parent) parent.max = Math.max(parent.max, h);
    else return h;
  }
  return 0;
}

// src/config/include.ts
var MAX_INCLUDES = 50;
function readIncluded(file, shown) {
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_CONFIG_BYTES) throw new Error(`${stat.size} bytes`);
    return fs.readFileSync(file);
  } catch (error) {
    const code = error.code;
    throw new VerifyError(
      `${shown}: ${code === "ENOENT" ? "included file not found" : `cannot read the included file (${code ?? error.message})`}; LiteLLM would not start.`,
      "config",
      { file: shown, fix: "Fix the path under `include:`; LiteLLM reads it relative to the file that names it." }
    );
  }
}
function withIncludes(root, read2) {
  const entriesOf = (c) => {
    const list = c.raw.include;
    if (list === void 0) return [];
    if (!Array.isArray(list) || !list.every((e) => typeof e === "string"))
      throw new VerifyError(`${c.displayPath}: \`include\` must be a list of file paths; LiteLLM refuses anything else.`, "config", {
        file: c.displayPath,
        line: c.topLevel.get("include")?.line
      });
    return list;
  };
  const pending = entriesOf(root).map((entry) => ({ entry, from: root }));
  const loaded = /* @__PURE__ */ new Set([path.resolve(root.absolutePath)]);
  const merged = {
    ...root,
    deployments: [...root.deployments],
    envRefs: [...root.envRefs],
    duplicateKeys: [...root.duplicateKeys],
    included: [],
    includedFiles: {}
  };
  let hasModelList = root.raw.model_list !== void 0;
  while (pending.length) {
    const { entry, from } = pending.shift();
    const absolute = path.resolve(path.dirname(from.absolutePath), entry);
    if (loaded.has(absolute)) continue;
    if (loaded.size > MAX_INCLUDES)
      throw new VerifyError(`${root.displayPath}: more than ${MAX_INCLUDES} included files.`, "config", { file: root.displayPath });
    loaded.add(absolute);
    const shown = path.join(path.dirname(from.displayPath), entry);
    const inc = read2(absolute, shown);
    merged.included.push(absolute);
    merged.includedFiles[absolute] = { displayPath: inc.displayPath, topLevel: inc.topLevel };
    for (const d of inc.deployments) merged.deployments.push({ ...d, order: merged.deployments.length });
    merged.envRefs.push(...inc.envRefs);
    merged.duplicateKeys.push(...inc.duplicateKeys);
    if (inc.raw.model_list !== void 0) hasModelList = true;
    for (const key2 of ["litellm_settings", "general_settings", "router_settings", "environment_variables"]) {
      if (inc.raw[key2] === void 0) continue;
      const field = {
        litellm_settings: "litellmSettings",
        general_settings: "generalSettings",
        router_settings: "routerSettings",
        environment_variables: "environmentVariables"
      }[key2];
      merged[field] = inc[field];
    }
    for (const [key2, at] of inc.topLevel) if (!merged.topLevel.has(key2)) merged.topLevel.set(key2, at);
    pending.push(...entriesOf(inc).map((e) => ({ entry: e, from: inc })));
  }
  if (!hasModelList)
    throw new VerifyError(`${root.displayPath}:1:1: ${noModelList(merged.generalSettings, root.raw)}`, "config", {
      file: root.displayPath,
      line: 1,
      column: 1
    });
  return merged;
}
function noModelList(generalSettings, raw = {}) {
  const wrapped = embeddedConfig(raw);
  if (wrapped)
    return `no \`model_list:\` at the top level: this file is a Kubernetes ${wrapped.kind} and the LiteLLM config is the text under \`data.${wrapped.key}\`. LiteLLM reads only the top level of the file it is given (it would start with no model), so there is nothing to verify; save that text as its own file (what the pod mounts) and point the config at it.`;
  const nested = nestedConfig(raw);
  if (nested)
    return `no \`model_list:\` at the top level: the LiteLLM config is the mapping under \`${nested}:\`${nested === "proxy_config" ? " (Helm values: LiteLLM's chart renders `proxy_config` as the proxy's config.yaml)" : ""}. LiteLLM reads only the top level of the file it is given (it would start with no model), so there is nothing to verify; save that mapping as its own file (what the pod mounts) and point the config at it.`;
  const fromDb = generalSettings.store_model_in_db === true;
  return `no \`model_list:\` found, so there is nothing to verify${fromDb ? " (with store_model_in_db: true LiteLLM reads its models from the database, which verify-litellm never uses)" : ""}; list the routes to check as \`- model_name: ...\` entries, each with \`litellm_params.model\`.`;
}
function embeddedConfig(raw) {
  const data = raw.data ?? raw.stringData;
  if (typeof raw.kind !== "string" || typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const key2 = Object.keys(data).find((k) => {
    const text = data[k];
    return typeof text === "string" && /^model_list\s*:/m.test(text);
  });
  return key2 === void 0 ? null : { kind: raw.kind.slice(0, 40), key: key2.slice(0, 80) };
}
function nestedConfig(raw) {
  const key2 = Object.keys(raw).find((k) => {
    const value = raw[k];
    return typeof value === "object" && value !== null && !Array.isArray(value) && "model_list" in value;
  });
  return key2 === void 0 ? null : key2.slice(0, 80);
}

// src/config/load.ts
var ENV_PREFIX = "os.environ/";
var BESIDE_PARAMS = /* @__PURE__ */ new Set(["model", "api_base", "api_key", "api_version", "custom_llm_provider", "litellm_provider", "provider"]);
function loadConfig(absolutePath, displayPath = absolutePath) {
  let buffer;
  try {
    const stat = fs2.statSync(absolutePath);
    if (!stat.isFile())
      throw new VerifyError(`${displayPath}: expected a LiteLLM config file, found a directory or special file.`, "config", { file: displayPath });
    if (stat.size > MAX_CONFIG_BYTES) {
      throw new VerifyError(
        `${displayPath}: the config is ${stat.size} bytes; a LiteLLM config is expected to be under ${MAX_CONFIG_BYTES} bytes. Point ${setting("config")} at the proxy config file.`,
        "config",
        { file: displayPath }
      );
    }
    buffer = fs2.readFileSync(absolutePath);
  } catch (error) {
    if (error instanceof VerifyError) throw error;
    const code = error.code;
    throw new VerifyError(
      code === "ENOENT" ? `${displayPath}: config file not found. Set ${setting("config")} to the path of your LiteLLM proxy config (relative to the repository root).` : `${displayPath}: cannot read the config file (${code ?? String(error)}).`,
      "config",
      { file: displayPath }
    );
  }
  return withIncludes(
    parseConfig(buffer, absolutePath, displayPath, { included: true }),
    (file, shown) => parseConfig(readIncluded(file, shown), file, shown, { included: true })
  );
}
function parseConfig(buffer, absolutePath, displayPath = absolutePath, options = {}) {
  const text = typeof buffer === "string" ? buffer : buffer.toString("utf8");
  const fail = (message, position, fix) => {
    const at = position && position.line > 0 ? position : void 0;
    const where2 = at ? `${displayPath}:${at.line}${at.column ? `:${at.column}` : ""}` : displayPath;
    return new VerifyError(`${where2}: ${message}`, "config", { file: displayPath, line: at?.line, column: at?.column, fix });
  };
  const { doc, root, deref, nodePos, duplicates, text: read2 } = readYaml(text, fail);
  const duplicateKeys = duplicates.map((d) => ({ file: displayPath, ...d }));
  if (!(0, import_yaml4.isMap)(doc.contents) || !isPlainObject(root)) {
    throw fail(
      "expected a mapping at the top level with a `model_list:` list; found " + (typeof root === "string" ? `plain text (${root.length} characters), not a YAML mapping` : describe(root)) + ".",
      nodePos(doc.contents)
    );
  }
  const top = doc.contents;
  const topLevel = /* @__PURE__ */ new Map();
  for (const pair of top.items) {
    const key2 = keyName(pair.key);
    if (key2 !== null) topLevel.set(key2, nodePos(pair.key));
  }
  const field = (map, key2) => {
    const pair = effectivePairs(map, deref).find((p) => p.key === key2);
    return pair ? deref(pair.value) ?? void 0 : void 0;
  };
  const listNode = field(top, "model_list");
  if (listNode === void 0 && !options.included && root.include === void 0)
    throw fail(noModelList(isPlainObject(root.general_settings) ? root.general_settings : {}, root), { line: 1, column: 1 });
  if (listNode !== void 0 && !(0, import_yaml4.isSeq)(listNode))
    throw fail(`\`model_list\` must be a list of entries (\`- model_name: ...\`); found ${describe(root.model_list)}.`, nodePos(listNode));
  const deployments = [];
  ((0, import_yaml4.isSeq)(listNode) ? listNode.items : []).forEach((rawItem, index) => {
    const item = deref(rawItem);
    const at = nodePos(rawItem);
    if (!(0, import_yaml4.isMap)(item))
      throw fail(
        `model_list entry ${index + 1} must be a mapping with \`model_name\` and \`litellm_params\`; found ${describe(root.model_list[index])}.`,
        at
      );
    const entry = item;
    const plain2 = root.model_list[index] ?? {};
    const alias = plain2.model_name;
    if (alias === void 0 || alias === null || alias === "")
      throw fail(`model_list entry ${index + 1} has no \`model_name\` (the alias clients ask for).`, at);
    if (typeof alias !== "string" && typeof alias !== "number")
      throw fail(`\`model_name\` must be a string; found ${describe(alias)}.`, nodePos(field(entry, "model_name")));
    const paramsNode = field(entry, "litellm_params");
    const beside = Object.keys(plain2).filter((k) => BESIDE_PARAMS.has(k));
    const besideNote = beside.length ? ` ${beside.map((k) => `\`${k}\``).join(", ")} ${beside.length > 1 ? "are" : "is"} written beside \`litellm_params\`, where LiteLLM never reads ${beside.length > 1 ? "them" : "it"}: move ${beside.length > 1 ? "them" : "it"} inside (a provider goes in the model's prefix, e.g. \`openai/<model>\`).` : "";
    if (paramsNode === void 0)
      throw fail(
        `model_list entry '${alias}' has no \`litellm_params\`; expected \`litellm_params: {model: openai/<model>, api_base: ..., api_key: ...}\`.${besideNote}`,
        at
      );
    if (!(0, import_yaml4.isMap)(paramsNode) || !isPlainObject(plain2.litellm_params))
      throw fail(`\`litellm_params\` of '${alias}' must be a mapping; found ${describe(plain2.litellm_params)}.`, nodePos(paramsNode));
    const params = plain2.litellm_params;
    const model = params.model;
    if (model === void 0 || model === null || model === "") {
      throw fail(`'${alias}' has no \`litellm_params.model\`; expected \`provider/model\`, e.g. \`openai/Qwen/Qwen3-0.6B\`.${besideNote}`, nodePos(paramsNode));
    }
    if (typeof model !== "string")
      throw fail(
        `\`litellm_params.model\` of '${alias}' must be a string like \`openai/Qwen/Qwen3-0.6B\`; found ${describe(model)}.`,
        nodePos(field(paramsNode, "model"))
      );
    const paramPositions = {};
    for (const pair of effectivePairs(paramsNode, deref)) paramPositions[pair.key] = nodePos(pair.value ?? pair.keyNode);
    const envRefs = [];
    collectEnvRefs(paramsNode, "", envRefs, nodePos, deref);
    const modelInfo = plain2.model_info;
    const mode = isPlainObject(modelInfo) && typeof modelInfo.mode === "string" ? modelInfo.mode : null;
    const id = isPlainObject(modelInfo) ? modelInfo.id : void 0;
    const modelId = typeof id === "string" || typeof id === "number" ? String(id) : null;
    const modelText = model;
    const slash = modelText.indexOf("/");
    deployments.push({
      index,
      order: index,
      file: displayPath,
      absoluteFile: absolutePath,
      alias: String(alias),
      model: modelText,
      provider: slash > 0 ? modelText.slice(0, slash) : null,
      apiBase: typeof params.api_base === "string" ? params.api_base : null,
      params,
      mode,
      modelId,
      envRefs,
      position: nodePos(effectivePairs(entry, deref).find((p) => p.key === "model_name")?.value ?? rawItem),
      paramPositions,
      entryKeys: Object.fromEntries(effectivePairs(entry, deref).map((p) => [p.key, nodePos(p.keyNode)])),
      litellm: null
    });
  });
  const section = (key2) => {
    const value = root[key2];
    return isPlainObject(value) ? value : {};
  };
  const allRefs = [];
  collectEnvRefs(top, "", allRefs, nodePos, deref);
  const settingPositions = {};
  for (const key2 of ["litellm_settings", "general_settings", "router_settings", "environment_variables"]) {
    const node = field(top, key2);
    if ((0, import_yaml4.isMap)(node)) for (const pair of effectivePairs(node, deref)) settingPositions[`${key2}.${pair.key}`] = nodePos(pair.keyNode);
  }
  return {
    displayPath,
    absolutePath,
    deployments,
    litellmSettings: section("litellm_settings"),
    generalSettings: section("general_settings"),
    routerSettings: section("router_settings"),
    environmentVariables: section("environment_variables"),
    raw: root,
    topLevel,
    settingPositions,
    // What the private copy is built from: the lines LiteLLM reads, not a lone \r that only Python breaks at.
    text: read2,
    envRefs: allRefs,
    included: [],
    duplicateKeys
  };
}
function collectEnvRefs(start, path12, out, nodePos, deref, open = /* @__PURE__ */ new Set()) {
  const node = deref(start);
  if (!node || open.has(node)) return;
  if ((0, import_yaml4.isScalar)(node)) {
    if (typeof node.value === "string" && node.value.trim().startsWith(ENV_PREFIX)) {
      out.push({ name: node.value.trim().slice(ENV_PREFIX.length), param: path12, position: nodePos(node) });
    }
  } else if ((0, import_yaml4.isMap)(node)) {
    open.add(node);
    for (const pair of effectivePairs(node, deref)) collectEnvRefs(pair.value, path12 ? `${path12}.${pair.key}` : pair.key, out, nodePos, deref, open);
    open.delete(node);
  } else if ((0, import_yaml4.isSeq)(node)) {
    open.add(node);
    node.items.forEach((child, i) => {
      if ((0, import_yaml4.isMap)(deref(child))) collectEnvRefs(child, `${path12}[${i}]`, out, nodePos, deref, open);
    });
    open.delete(node);
  }
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date (YAML 1.1 timestamp; quote it)";
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return "a tagged value (!!omap, !!set or !!binary)";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${typeof value === "number" ? String(value) : JSON.stringify(value).slice(0, 40)}`;
}

// src/config/rules/shape.ts
var KNOWN_TOP_LEVEL = /* @__PURE__ */ new Set([
  "agents",
  "classifier_plugin",
  "default_vertex_config",
  "pass_through_endpoints",
  "plugins",
  "sandbox_tools",
  "worker_registry",
  "model_list",
  "litellm_settings",
  "general_settings",
  "router_settings",
  "environment_variables",
  "include",
  "credential_list",
  "mcp_servers",
  "mcp_tools",
  "mcp_aliases",
  "guardrails",
  "callback_settings",
  "files_settings",
  "finetune_settings",
  "assistant_settings",
  "vector_store_registry",
  "search_tools",
  "prompts",
  "agent_list",
  "model_group_settings",
  "policies",
  "policy_attachments"
]);
var duplicateKey = (config) => config.duplicateKeys.map(
  (k) => finding(
    config,
    "warning",
    "duplicate-key",
    k.position,
    `\`${k.key}\` is also at line ${k.firstLine}; LiteLLM (PyYAML) silently keeps only this last one.`,
    "Remove one of the two, or merge them.",
    void 0,
    k.file
  )
);
var types = (config) => {
  const out = [];
  const at = (key2) => config.topLevel.get(key2) ?? { line: 1, column: 1 };
  for (const key2 of ["litellm_settings", "general_settings", "router_settings", "environment_variables"]) {
    const value = config.raw[key2];
    if (value !== void 0 && value !== null && !isPlainObject(value)) {
      out.push(finding(config, "error", "type", at(key2), `\`${key2}\` must be a mapping; found ${Array.isArray(value) ? "a list" : typeof value}.`));
    }
  }
  for (const d of config.deployments) {
    const p = d.params;
    const pos = (k) => d.paramPositions[k] ?? d.position;
    const check2 = (key2, ok, expected) => {
      if (p[key2] !== void 0 && p[key2] !== null && !ok(p[key2]))
        out.push(
          finding(
            config,
            "error",
            "type",
            pos(key2),
            `'${d.alias}': litellm_params.${key2} must be ${expected}; found ${Array.isArray(p[key2]) ? "a list" : typeof p[key2]} \`${preview(p[key2])}\`.`,
            void 0,
            d.alias
          )
        );
    };
    check2("api_base", (v) => typeof v === "string", "a URL string");
    check2("api_key", (v) => typeof v !== "object", "a string (e.g. `os.environ/VLLM_KEY`)");
  }
  const ls = config.litellmSettings;
  if (ls.additional_drop_params !== void 0 && !Array.isArray(ls.additional_drop_params))
    out.push(
      finding(
        config,
        "warning",
        "type",
        settingAt(config, "litellm_settings", "additional_drop_params"),
        'litellm_settings.additional_drop_params must be a list, e.g. `["temperature"]`.'
      )
    );
  return out;
};
var emptyModelList = (config) => config.deployments.length > 0 ? [] : [
  finding(
    config,
    "error",
    "yaml",
    config.topLevel.get("model_list") ?? { line: 1, column: 1 },
    "model_list is empty, so there is nothing to verify (LiteLLM accepts it and serves only models added later through its database or admin API, which verify-litellm never uses).",
    "List the routes to check as `- model_name: ...` entries, each with `litellm_params.model`."
  )
];
var unknownKey = (config, at, message, fix, d) => finding(config, "warning", "unknown-key", at, message, fix, d?.alias, d?.file);
var unknownTopLevel = (config) => {
  const out = [];
  for (const [key2, at] of config.topLevel) {
    if (KNOWN_TOP_LEVEL.has(key2)) continue;
    const hint = [...KNOWN_TOP_LEVEL].find((k) => Math.abs(k.length - key2.length) <= 2 && editDistance(k, key2) <= 2);
    if (!hint) continue;
    const shown = key2.length > 60 ? `${key2.slice(0, 60)}...` : key2;
    out.push(unknownKey(config, at, `unknown top-level key \`${shown}\`; LiteLLM ignores it.`, `Did you mean \`${hint}\`?`));
  }
  return out;
};
var sectionInEntry = (config, ctx) => {
  const out = [];
  for (const d of ctx.deployments)
    for (const [key2, at] of Object.entries(d.entryKeys ?? {})) {
      if (!KNOWN_TOP_LEVEL.has(key2)) continue;
      const message = `'${d.alias}': \`${key2}\` is written inside this model_list entry, where LiteLLM never reads it: none of its settings apply.`;
      out.push(unknownKey(config, at, message, `Move \`${key2}:\` to the top level of the file (a section of its own, not indented under the model).`, d));
    }
  return out;
};
var duplicateAlias = (config) => {
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  for (const d of config.deployments) {
    const first = seen.get(d.alias);
    if (first)
      out.push(
        finding(
          config,
          "notice",
          "duplicate-alias",
          d.position,
          `'${d.alias}' is defined again (first at line ${first.position.line}); LiteLLM load-balances between the deployments, so a client's request may reach either one; each is probed on its own.`,
          void 0,
          d.alias
        )
      );
    else seen.set(d.alias, d);
  }
  return out;
};
function preview(value) {
  try {
    return String(JSON.stringify(value)).slice(0, 40);
  } catch {
    return String(typeof value);
  }
}

// src/config/rules/litellm-settings.ts
function settingsFindings(config, answer) {
  const out = [];
  if (answer.masterKey)
    out.push(
      finding(
        config,
        "warning",
        "master-key-refused",
        settingAt(config, "general_settings", "master_key"),
        `LiteLLM ${answer.litellmVersion ?? ""} refuses to start with this general_settings.master_key ("LiteLLM proxy refused to start: ${answer.masterKey.headline}"). verify-litellm starts its proxy with a random key of its own, so its run passes where a proxy started from this file would not.`.replace(
          "  ",
          " "
        ),
        "Read the key from the environment (`master_key: os.environ/LITELLM_MASTER_KEY`, a random `sk-...` value); for local development only, `general_settings.dangerously_permit_weak_or_unset_master_key: true` lets LiteLLM start anyway."
      )
    );
  for (const key2 of answer.routerSettings?.ignored ?? []) {
    const meant = nearMiss(key2, answer.routerSettings?.valid ?? []);
    const shown = key2.length > 60 ? `${key2.slice(0, 60)}...` : key2;
    out.push(
      finding(
        config,
        "warning",
        "unknown-key",
        settingAt(config, "router_settings", key2),
        `\`router_settings.${shown}\` is no setting of LiteLLM ${answer.litellmVersion ?? ""}'s Router: the proxy ignores it (its log says "Key '${shown}' is not a valid argument for Router.__init__(). Ignoring this key.").`.replace(
          "  ",
          " "
        ),
        meant ? `Did you mean \`${meant}\`?` : "Remove it, or move it to the section that reads it (`litellm_settings` or `general_settings`)."
      )
    );
  }
  for (const [key2, sections] of Object.entries(answer.topLevelSettings ?? {})) {
    const at = config.topLevel.get(key2);
    if (!at || KNOWN_TOP_LEVEL.has(key2) || !Array.isArray(sections) || !sections.length) continue;
    const shown = key2.length > 60 ? `${key2.slice(0, 60)}...` : key2;
    const where2 = sections.map((s) => `\`${s}\``).join(" or ");
    const cacheMapping = key2 === "cache" && isPlainObject(config.raw.cache);
    out.push(
      finding(
        config,
        "warning",
        "unknown-key",
        at,
        `\`${shown}\` is written at the top level, where LiteLLM ${answer.litellmVersion ?? ""} never reads it: it is a setting of ${where2}, so it does not apply.`.replace(
          "  ",
          " "
        ),
        cacheMapping ? "Move it under `litellm_settings:` as `cache: true`, with these settings as `cache_params:` (`type`, `host`, `port`, ...)." : `Move it under ${sections.length > 1 ? "the section that should read it" : where2}: \`${sections[0]}: {${shown}: ...}\`.`
      )
    );
  }
  if (answer.cacheError)
    out.push(
      finding(
        config,
        "error",
        "litellm-cache",
        settingAt(config, "litellm_settings", "cache"),
        `\`litellm_settings.cache\` is neither true nor false: LiteLLM ${answer.litellmVersion ?? ""} sets it on the litellm module as it is (only \`cache: true\` builds a cache from \`cache_params\`), and then fails every request: ${answer.cacheError}`.replace(
          "  ",
          " "
        ),
        "Write `cache: true` and move the cache settings under `litellm_settings.cache_params` (`type`, `host`, `port`, ...)."
      )
    );
  for (const o of answer.overridden ?? []) {
    const source = o.file === config.absolutePath ? { displayPath: config.displayPath, topLevel: config.topLevel } : config.includedFiles?.[o.file];
    if (!source) continue;
    const kept = o.keptFrom === config.absolutePath ? config.displayPath : (o.keptFrom && config.includedFiles?.[o.keptFrom]?.displayPath) ?? "a file it includes";
    const key2 = o.key.length > 60 ? `${o.key.slice(0, 60)}...` : o.key;
    out.push(
      finding(
        config,
        "warning",
        "include-override",
        source.topLevel.get(o.key) ?? { line: 1, column: 1 },
        `\`${key2}\` here is replaced whole by the one in ${kept}: LiteLLM's \`include:\` extends lists and overrides every other value, so nothing in this \`${key2}\` applies.`,
        `Write \`${key2}\` once (in ${kept} or here), with everything it should hold.`,
        void 0,
        source.displayPath
      )
    );
  }
  return out;
}

// src/config/rules/litellm.ts
function attachAnswers(config, answer) {
  for (const d of config.deployments) {
    const a = answer.deployments[d.order];
    if (!a) continue;
    d.litellm = a;
    if (a.provider) d.provider = a.provider;
    if (a.mode) d.mode = a.mode;
    if (d.alias.startsWith("os.environ/") && a.alias !== null && a.alias !== "") d.alias = String(a.alias);
    if (d.model.startsWith("os.environ/") && a.model) d.model = a.model;
  }
}
function litellmFindings(config, answer, ctx) {
  if (answer.error)
    return [
      finding(
        config,
        "error",
        "litellm-load",
        errorAt(config, answer.error.at),
        `LiteLLM ${answer.litellmVersion ?? ""} cannot load this config (the proxy would not start): ${answer.error.message}`.replace("  ", " "),
        "Fix what LiteLLM names above."
      )
    ];
  const out = [];
  out.push(...settingsFindings(config, answer));
  for (const d of ctx.deployments) {
    const a = d.litellm;
    if (!a) continue;
    const at = d.paramPositions.model ?? d.position;
    const add = (severity, rule, message, fix, position = at) => out.push(finding(config, severity, rule, position, message, fix, d.alias, d.file));
    if (a.providerError && a.modelUnset) continue;
    if (a.providerError) {
      const base = a.hasApiBase;
      if (a.providerKnown) {
        add(
          "error",
          "provider-prefix",
          `'${d.alias}' routes to \`${a.model ?? d.model}\`: LiteLLM knows that provider but cannot set the route up: ${a.providerError}`,
          `Do what LiteLLM's message asks; if the route needs a login a CI runner cannot do, leave '${d.alias}' out of ${setting("models")} to verify the other routes.`
        );
        continue;
      }
      add(
        "error",
        "provider-prefix",
        `'${d.alias}' routes to \`${a.model ?? d.model}\`, and LiteLLM cannot pick a provider for it: ${a.providerError}`,
        base ? `For an OpenAI-compatible server (vLLM, llama.cpp, ...) write \`model: openai/${a.model ?? d.model}\` (or set \`custom_llm_provider: openai\`).` : "Prefix the model with a provider LiteLLM knows (`openai/`, `anthropic/`, `bedrock/`, ...; see litellm.provider_list)."
      );
      continue;
    }
    if (a.modeKnown === false && a.mode)
      add(
        "warning",
        "unknown-mode",
        `'${d.alias}': model_info.mode '${a.mode}' is no mode LiteLLM ${answer.litellmVersion ?? ""} has a call for: its /health answers "Mode ${a.mode} not supported" for this route, and verify-litellm does not probe it.`.replace(
          "  ",
          " "
        ),
        unknownModeFix(a.mode, a.knownModes ?? null, answer.litellmVersion),
        d.position
      );
    const written = d.params.mode;
    if (typeof written === "string" && written && a.modeSource !== "model_info" && written !== a.mode)
      add(
        "warning",
        "mode-placement",
        `'${d.alias}': \`mode: ${written.slice(0, 40)}\` is under litellm_params, where LiteLLM does not read it (it reads model_info.mode); it treats the route as ${a.mode ? `a ${a.mode} model` : "a model of no known mode"}, and verify-litellm probes it that way.`,
        `Move it under model_info: \`model_info: {mode: ${written.slice(0, 40)}}\`.`,
        d.paramPositions.mode ?? d.position
      );
    if (a.credentialsProblem) {
      const ref = d.envRefs.find((r) => r.param === "vertex_credentials");
      const raw = d.params.vertex_credentials;
      const what = ref ? `the vertex_credentials that os.environ/${ref.name} gives` : a.credentialsProblem.file && typeof raw === "string" ? `vertex_credentials \`${raw.slice(0, 120)}\`` : "its vertex_credentials";
      add(
        "warning",
        "vertex-credentials",
        `'${d.alias}': LiteLLM ${answer.litellmVersion ?? ""} cannot use ${what} where its proxy runs (${a.credentialsProblem.reason}), so the route fails when called${a.credentialsProblem.file ? ' ("Unable to load the vertex credentials file")' : ""}.`.replace(
          "  ",
          " "
        ),
        a.credentialsProblem.file ? "Make the file exist where the proxy runs (a relative path is read from the proxy's working folder), or give the credentials JSON through the environment: `vertex_credentials: os.environ/VERTEX_CREDENTIALS`." : "Give the service-account JSON itself, or a path to it: `vertex_credentials: os.environ/VERTEX_CREDENTIALS`.",
        d.paramPositions.vertex_credentials ?? d.position
      );
    }
    if (a.paramsError)
      add(
        "warning",
        "litellm-params",
        `'${d.alias}': LiteLLM's Router does not accept these litellm_params: ${a.paramsError}`,
        "Fix the value LiteLLM names.",
        d.position
      );
    if (a.temperature === "refuse" && ctx.temperature !== null && sendsTemperature(d.mode))
      add(
        "warning",
        "reasoning-temperature",
        `'${d.alias}' routes to \`${a.model}\`, and LiteLLM ${answer.litellmVersion ?? ""} refuses temperature=${ctx.temperature} for it with nothing set to drop it: ${a.temperatureMessage ?? "UnsupportedParamsError"}`.replace(
          "  ",
          " "
        ),
        "Add `drop_params: true` to this deployment's litellm_params (or `litellm_settings: {drop_params: true}`)."
      );
    const keyFromEnv = d.envRefs.some((r) => r.param === "api_key");
    const keyEnv = a.keyEnv ?? a.implicitEnv;
    if (!a.hasApiKey && !keyFromEnv && a.ownEndpoint === false && keyEnv.length)
      add(
        "warning",
        "missing-key",
        `'${d.alias}': ${a.model} on ${d.apiBase ?? "its api_base"} has no api_key, so LiteLLM reads ${keyEnv.join(", ")} from its environment and sends it to that server (or fails without it). verify-litellm never passes it for this route.`,
        "Add `api_key: os.environ/VLLM_KEY` (any non-empty value such as `api_key: none` when the server has no --api-key).",
        d.position
      );
  }
  return out;
}
function applyAnswer(config, answer, probed, temperature) {
  attachAnswers(config, answer);
  const findings = litellmFindings(config, answer, { deployments: probed, temperature });
  const errors = findings.filter((f) => f.severity === "error" && (f.rule === "litellm-load" || f.rule === "litellm-cache"));
  const first = errors[0];
  return {
    findings,
    error: first ? {
      stage: "config",
      message: `${errors.length} error${errors.length > 1 ? "s" : ""} in ${config.displayPath} (as LiteLLM ${answer.litellmVersion ?? ""} reads it); first: ${first.file}:${first.line}: ${first.message}`.replace(
        "  ",
        " "
      ),
      fix: first.fix ?? null
    } : null
  };
}
function errorAt(config, at) {
  if (!at) return { line: 1, column: 1 };
  return config.settingPositions[at] ?? config.topLevel.get(at.split(".")[0]) ?? { line: 1, column: 1 };
}
function sendsTemperature(mode) {
  return mode === null || mode === "chat" || mode === "responses";
}
function unknownModeFix(mode, known, version) {
  if (!known?.length) return "Write a mode LiteLLM has a call for (its health check lists them: `chat`, `embedding`, ...).";
  const meant = nearMiss(mode, known);
  const list = known.map((m) => `\`${m}\``).join(", ");
  return `${meant ? `Did you mean \`${meant}\`? ` : ""}The modes LiteLLM${version ? ` ${version}` : ""} has a call for: ${list}.`;
}

// src/config/rules/security.ts
var RISKY = /^(HTTPS?_PROXY|ALL_PROXY|NO_PROXY|SSL_.*|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|LD_.*|DYLD_.*|PYTHON.*)$/i;
function riskyEnvironmentVariables(config) {
  const names = Object.keys(config.environmentVariables).filter((n) => RISKY.test(n));
  const at = config.topLevel.get("environment_variables") ?? { line: 1, column: 1 };
  return names.map((name) => ({
    severity: "error",
    rule: "env-risky",
    message: `\`environment_variables\` sets ${name}: it changes where the proxy connects, which certificates it trusts or what its interpreter loads, for every route (a key could be sent through another host while the report shows the real api_base).`,
    fix: `Remove ${name} from \`environment_variables\`; set proxy and certificate settings in the runner's environment, where the workflow (not the config) decides them.`,
    file: config.displayPath,
    line: at.line,
    column: at.column
  }));
}
function deniedVariables(config, ctx) {
  return ctx.deployments.flatMap(
    (d) => d.envRefs.filter((ref) => isDenied(ref.name)).map((ref) => ({
      severity: "error",
      rule: "env-denied",
      message: `'${d.alias}' reads \`os.environ/${ref.name}\` (in ${ref.param}): the runner's own credentials and variables (ACTIONS_*, GITHUB_*, RUNNER_*, INPUT_*) and LITELLM_MASTER_KEY are never passed to the proxy.`,
      fix: `Read the upstream's key from a variable of its own (e.g. \`os.environ/VLLM_KEY\`), or leave '${d.alias}' out of ${setting("models")} to verify the other routes.`,
      file: config.displayPath,
      line: ref.position.line,
      column: ref.position.column,
      alias: d.alias
    }))
  );
}

// src/util/url-host.ts
import { domainToASCII } from "node:url";
function pythonHost(url) {
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim())?.[1];
  if (authority === void 0) return null;
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host2 = (hostPort.startsWith("[") ? hostPort.slice(1, hostPort.indexOf("]")) : hostPort.replace(/:[^:]*$/, "")).toLowerCase();
  return host2 ? domainToASCII(host2) || host2 : null;
}
function agreedHost(url) {
  let node;
  try {
    node = new URL(url.trim()).hostname.toLowerCase().replace(/^\[|\]$/g, "");
  } catch {
    return null;
  }
  if (!node) return null;
  const python = pythonHost(url);
  return python === null || python === node ? { host: node } : { disagree: [node, python] };
}

// src/config/rules/routes.ts
var envUnset = (config, ctx) => {
  const out = [];
  const fromConfig = config.environmentVariables;
  const manager = config.generalSettings.key_management_system;
  const viaManager = typeof manager === "string" && manager ? ` The config reads its secrets through ${manager.slice(0, 40)} (general_settings.key_management_system); verify-litellm's proxy cannot reach it, and LiteLLM then falls back to the environment.` : "";
  for (const d of ctx.deployments) {
    if (answersWithMock(d.params.mock_response)) continue;
    for (const ref of d.envRefs) {
      const value = ctx.env(ref.name);
      if (value !== void 0 && value !== "") continue;
      const late = ref.name in fromConfig ? ` The config's \`environment_variables\` sets ${ref.name}, but only after LiteLLM has read the model list, so it does not reach this route.` : "";
      const how = ctx.inputVariables.includes(ref.name) ? `pass it as ${setting(ref.name)} (in a workflow: \`${ref.name}: \${{ secrets.${ref.name} }}\`)` : `pass it in the step's \`env:\` (\`${ref.name}: \${{ secrets.${ref.name} }}\`) or export it before running the CLI`;
      out.push({
        ...finding(
          config,
          "error",
          "env-unset",
          ref.position,
          `'${d.alias}' reads \`os.environ/${ref.name}\` (in ${ref.param}), but ${ref.name} is ${value === "" ? "empty" : "not set"}. LiteLLM would silently turn it into null: ${unsetEffect(ref.param)}.${late}${viaManager}`,
          `Set ${ref.name}: ${how}.${ctx.inputVariables.includes(ref.name) ? ` Pull requests from forks get no secrets: set ${setting("on-missing-key")} to skip to pass such runs as skipped.` : ""}`,
          d.alias
        ),
        variable: ref.name
      });
    }
  }
  return out;
};
function unsetEffect(param) {
  if (param === "model" || param === "model_name") return "the route has no model and fails";
  if (param === "api_base") return "the route goes to the provider's default endpoint instead (or fails, where the provider has none)";
  if (/key|token|secret|password|credential|auth|header/i.test(param)) return "the route would fail (or send another key)";
  return `the route runs without ${param} (LiteLLM's default, or what it reads from its own environment, takes its place), not as configured`;
}
var mockResponse = (config, ctx) => ctx.deployments.filter((d) => answersWithMock(d.params.mock_response)).map(
  (d) => finding(
    config,
    "notice",
    "mock-response",
    d.paramPositions.mock_response ?? d.position,
    `'${d.alias}' answers with \`mock_response\`: LiteLLM returns that text without calling \`${d.model}\`, so its pass says nothing about the upstream.`,
    "Remove `mock_response` to verify the real route.",
    d.alias
  )
);
function answersWithMock(mock) {
  if (typeof mock === "string") return mock !== "" && !mock.startsWith("os.environ/");
  return mock !== void 0 && mock !== null && mock !== false && mock !== 0;
}
var LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1)$/i;
var PRIVATE = /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|[a-z0-9_-]+|.*\.(local|internal|lan|svc|cluster\.local|home\.arpa)|(?!\d+\.\d+\.\d+\.\d+$).*\.[a-z0-9-]*[0-9-][a-z0-9-]*)$/i;
var DOCKER_BRIDGE = /^(172\.17\.0\.1|host\.docker\.internal)$/i;
var apiBase = (config, ctx) => {
  const out = [];
  const URL_FIX = "Write the full URL with scheme, e.g. `http://127.0.0.1:8000/v1`.";
  for (const d of ctx.deployments) {
    const raw = d.params.api_base;
    if (raw === void 0 || raw === null) continue;
    const at = d.paramPositions.api_base ?? d.position;
    const flag = (severity, rule, message, fix) => out.push(finding(config, severity, rule, at, `'${d.alias}': ${message}`, fix, d.alias));
    if (typeof raw !== "string") {
      flag("error", "api-base-url", `api_base must be a URL string; found ${typeof raw}.`, "Write e.g. `api_base: http://127.0.0.1:8000/v1`.");
      continue;
    }
    if (placeholder(raw)) continue;
    const ref = d.envRefs.find((r) => r.param === "api_base");
    const value = ref ? ctx.env(ref.name) : raw;
    if (!value) continue;
    const shown = ref ? `(from ${ref.name}) ` : `\`${raw}\` `;
    let url;
    try {
      url = new URL(value);
    } catch {
      if (!/^https?:\/\/[A-Za-z0-9._~-]+(:\d{1,5})?(\/\S*)?$/.test(value)) flag("error", "api-base-url", `api_base ${shown}is not an absolute URL.`, URL_FIX);
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      const what = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? `uses ${url.protocol.replace(":", "")}://` : "has no http:// or https:// scheme";
      flag("error", "api-base-url", `api_base ${shown}${what}; LiteLLM needs an http:// or https:// URL.`, URL_FIX);
      continue;
    }
    const agreed = agreedHost(value);
    if (agreed && "disagree" in agreed) {
      flag(
        "error",
        "api-base-url",
        `api_base ${shown}names two hosts: ${agreed.disagree[0]} as Node and browsers read it, ${agreed.disagree[1]} as LiteLLM's HTTP client reads it (a backslash or a character URL parsers disagree on), so the key goes to ${agreed.disagree[1]}.`,
        URL_FIX
      );
      continue;
    }
    const host2 = url.hostname;
    if (DOCKER_BRIDGE.test(host2))
      flag(
        "warning",
        "docker-bridge",
        `api_base ${host2} is the Docker bridge; on a hosted runner it reaches only a server started on that same runner.`,
        "Start the model server in an earlier step of the job, or use a reachable host."
      );
    else if (url.protocol === "http:" && !LOOPBACK.test(host2) && !PRIVATE.test(host2))
      flag(
        "warning",
        "plain-http",
        `api_base uses plain http:// to ${host2}; the API key travels in clear text.`,
        "Use https:// for servers outside your network."
      );
  }
  return out;
};
var KEY_LIKE = /^(sk-|sk_|key-|gsk_|xai-|AIza|hf_|pk-|Bearer )[A-Za-z0-9_\-.]{16,}$|^[A-Za-z0-9_\-.]{32,}$/;
var WORDS = /^(?:sk-|sk_|key-|gsk_|xai-|hf_|pk-)?[a-z]+(?:[-_.][a-z]+)+$/;
var literalKey = (config, ctx) => {
  const out = [];
  for (const d of ctx.deployments) {
    const key2 = d.params.api_key;
    if (typeof key2 !== "string" || key2.startsWith("os.environ/") || !KEY_LIKE.test(key2) || WORDS.test(key2)) continue;
    out.push(
      finding(
        config,
        "warning",
        "literal-key",
        d.paramPositions.api_key ?? d.position,
        `'${d.alias}': api_key is a literal secret committed in the config.`,
        "Rotate the key and read it from the environment: `api_key: os.environ/VLLM_KEY`.",
        d.alias
      )
    );
  }
  return out;
};
var PLACEHOLDER = /^(?:\$\{\{\s*([\w.]+)\s*\}\}|\$\{\s*([A-Za-z_]\w*)\s*(?:[:?=+-][^}]*)?\}|\$([A-Za-z_]\w*)|(?:os\.)?(?:env|getenv|environ\.get)\(\s*["']?([A-Za-z_]\w*)["']?\s*(?:,[^)]*)?\)|\{\{\s*([\w.]+)\s*\}\}|(?:env|environ|os\.env)\/([A-Za-z_]\w*))$/;
function placeholder(value) {
  if (typeof value !== "string" || value.length > 120) return null;
  const m = PLACEHOLDER.exec(value.trim());
  return m ? (m.slice(1).find((g) => g !== void 0) ?? "").split(".").pop() : null;
}
var envPlaceholder = (config, ctx) => {
  const out = [];
  for (const d of ctx.deployments)
    for (const [param, value] of Object.entries(d.params)) {
      const whole = placeholder(value);
      const tail2 = param === "model" && typeof value === "string" ? value.slice(value.indexOf("/") + 1) : "";
      const afterPrefix = whole === null && /^[${]/.test(tail2) ? placeholder(tail2) : null;
      const name = whole ?? afterPrefix;
      if (name === null) continue;
      out.push(
        finding(
          config,
          param === "api_base" || param === "model" ? "error" : "warning",
          "env-placeholder",
          d.paramPositions[param] ?? d.position,
          `'${d.alias}': ${param} is the text \`${String(value).trim()}\`, which LiteLLM does not expand (it reads a variable only through \`os.environ/NAME\`), so it uses that text as the ${param}.`,
          afterPrefix !== null ? `Write \`model: os.environ/${name}\` with the whole \`${String(value).slice(0, String(value).indexOf("/"))}/<model>\` in ${name} (LiteLLM resolves only a whole value), unless something substitutes the file before LiteLLM reads it.` : `Write \`${param}: os.environ/${name}\`, unless something substitutes the file before LiteLLM reads it.`,
          d.alias
        )
      );
    }
  for (const d of ctx.deployments) {
    const name = placeholder(d.alias);
    if (name === null) continue;
    out.push(
      finding(
        config,
        "warning",
        "env-placeholder",
        d.position,
        `'${d.alias}': model_name is the text \`${d.alias.trim().slice(0, 80)}\`, which LiteLLM does not expand: the proxy serves the route under that text, and clients asking for the name you meant are answered "Invalid model name".`,
        `Write \`model_name: os.environ/${name}\` (LiteLLM resolves it there too), unless something substitutes the file before LiteLLM reads it.`,
        d.alias
      )
    );
  }
  const masterKey = placeholder(config.generalSettings.master_key);
  if (masterKey !== null)
    out.push(
      finding(
        config,
        "warning",
        "env-placeholder",
        settingAt(config, "general_settings", "master_key"),
        `general_settings.master_key is the text \`${String(config.generalSettings.master_key).trim().slice(0, 80)}\`, which LiteLLM does not expand: the proxy's master key is that text, and clients sending the key you meant are refused (401).`,
        `Write \`master_key: os.environ/${masterKey}\` (or leave it out: LiteLLM reads LITELLM_MASTER_KEY itself), unless something substitutes the file before LiteLLM reads it.`
      )
    );
  for (const [name, value] of Object.entries(config.environmentVariables)) {
    const inner = placeholder(value);
    if (inner === null) continue;
    out.push(
      finding(
        config,
        "warning",
        "env-placeholder",
        settingAt(config, "environment_variables", name),
        `environment_variables sets ${name.slice(0, 80)} to the text \`${String(value).trim().slice(0, 80)}\`, which LiteLLM does not expand: the proxy's ${name.slice(0, 80)} becomes that text, in place of the value it had.`,
        `Remove the entry (the proxy already has ${name.slice(0, 80)} from its environment), or write \`${name.slice(0, 80)}: os.environ/${inner}\`.`
      )
    );
  }
  return out;
};
var masterKeyPlacement = (config) => {
  const at = config.settingPositions["litellm_settings.master_key"];
  if (!at) return [];
  return [
    finding(
      config,
      "warning",
      "master-key-placement",
      at,
      "`master_key` under `litellm_settings` is ignored by LiteLLM: the proxy runs without the key you meant to set.",
      "Move it to `general_settings: {master_key: os.environ/LITELLM_MASTER_KEY}`."
    )
  ];
};

// src/config/lint.ts
var RULES = [
  duplicateKey,
  emptyModelList,
  types,
  unknownTopLevel,
  sectionInEntry,
  envUnset,
  apiBase,
  literalKey,
  envPlaceholder,
  masterKeyPlacement,
  mockResponse,
  duplicateAlias,
  deniedVariables,
  riskyEnvironmentVariables
];
var MAX_FINDINGS_PER_RULE = 50;
function lintConfig(config, ctx) {
  const order = { error: 0, warning: 1, notice: 2 };
  return RULES.flatMap((rule) => capped(rule(config, ctx))).sort((a, b) => order[a.severity] - order[b.severity] || a.line - b.line);
}
function capped(findings) {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const kept = findings.slice(0, MAX_FINDINGS_PER_RULE);
  const last = kept[kept.length - 1];
  return [
    ...kept,
    {
      ...last,
      alias: void 0,
      variable: void 0,
      message: `... and ${findings.length - kept.length} more like these (${last.rule}); fix the ones above and run again.`,
      fix: void 0
    }
  ];
}

// src/config/secret-refs.ts
var NAME_PATH = /(^|\.)(model_name|litellm_params\.model)$/;
var readOnlyAsName = (name, refs) => refs.filter((r) => r.name === name).every((r) => NAME_PATH.test(r.path));
function secretVariables(config) {
  const refs = [...config.envRefs, ...config.deployments.flatMap((d) => d.envRefs.map((r) => ({ ...r, param: `litellm_params.${r.param}` })))];
  const paths = refs.map((r) => ({ name: r.name, path: r.param }));
  return new Set(refs.map((r) => r.name).filter((name) => !readOnlyAsName(name, paths)));
}

// src/litellm/install.ts
import crypto2 from "node:crypto";
import fs4 from "node:fs";
import path3 from "node:path";

// src/litellm/runtime-lock.ts
import crypto from "node:crypto";
import fs3 from "node:fs";
import path2 from "node:path";
var PIP_DEFAULT_INDEX = "https://pypi.org/simple";
async function releaseInfo(python, version, pip, timeoutMs, run = runCommand) {
  const index = pip.get("index-url") || PIP_DEFAULT_INDEX;
  const result = await run(python.command, [...python.args, ISOLATED, helperScript("index_client.py"), "release"], {
    timeoutMs: Math.min(timeoutMs, 6e4),
    env: installerEnv(),
    input: JSON.stringify({ index, version, cert: pip.get("cert") ?? "" })
  });
  try {
    if (result.code !== 0) throw new Error("the index could not be read");
    const info = JSON.parse(result.stdout.trim().split("\n").pop() ?? "");
    return {
      found: info.found === true,
      uploaded: typeof info.uploaded === "string" ? info.uploaded : null,
      yanked: typeof info.yanked === "string" ? info.yanked : null
    };
  } catch {
    return { found: true, uploaded: null, yanked: null };
  }
}
var LOCK_LINE = /^(?:[A-Za-z0-9][A-Za-z0-9._-]*(?:\[[\w,-]+\])?==[\w.!+-]+(?: ;[ \w.<>=!'"()]+)?(?: \\)?|\s+--hash=sha256:[0-9a-f]{64}(?: \\)?|\s+# via[\w .,[\]-]*|\s+#\s+[\w .,[\]-]*)$/;
function printableLock(text) {
  return text.split(/\r?\n/).filter((line) => LOCK_LINE.test(line));
}
async function resolveRuntimeLock(job) {
  const info = await releaseInfo(job.python, job.version, job.pip, job.remaining());
  if (!info.found)
    throw new VerifyError(`litellm ${job.version} is not on the package index this runner uses.`, "input", {
      fix: "Check the version (`pip index versions litellm` lists what the index has), or use 'auto' to read it from the repository."
    });
  if (info.yanked)
    throw new VerifyError(
      `litellm ${job.version} is refused: the index marks it yanked (${info.yanked.slice(0, 200).replace(/[^\w .,:;()'/-]/g, "")}).`,
      "input",
      {
        fix: "Use a release that is not yanked."
      }
    );
  fs3.mkdirSync(job.dir, { recursive: true });
  const work = fs3.mkdtempSync(path2.join(job.dir, `resolve-${job.version}-`));
  const forget = removeOnExit(work);
  try {
    const input = path2.join(work, "requirements.in");
    const output = path2.join(work, "lock.txt");
    const requirement = requirementOf(job);
    fs3.writeFileSync(input, `${requirement}
`);
    const env = installerEnv();
    const settings = uvIndexSettings(job.pip, env);
    if (unwritableUvCache(env)) settings.env.UV_NO_CACHE = "1";
    const cutoff = info.uploaded ? new Date(Date.parse(info.uploaded) + 36e5).toISOString() : null;
    const args = [
      "pip",
      "compile",
      input,
      "-o",
      output,
      "--generate-hashes",
      "--no-header",
      "--quiet",
      ...NO_BUILD.uv,
      "--python",
      job.python.executable,
      ...settings.args
    ];
    if (cutoff) args.push("--exclude-newer", cutoff);
    const result = await runCommand(job.uv, args, { timeoutMs: job.remaining(), env: { ...env, ...settings.env } });
    check(result, `resolve a lock for ${requirement}`);
    if (/is yanked/i.test(result.stderr) && /litellm==/.test(result.stderr))
      throw new VerifyError(`litellm ${job.version} is refused: the resolver reports it yanked (${tail(result.stderr, 1).slice(0, 200)}).`, "input");
    const text = `# ${requirement} resolved at run time by verify-litellm (not reviewed); dependencies as of ${cutoff ?? "today (the index gave no release date)"}.
${printableLock(fs3.readFileSync(output, "utf8")).join("\n")}
`;
    const sha256 = crypto.createHash("sha256").update(text).digest("hex");
    const file = path2.join(job.dir, `${lockTag(job.version, job.extras)}-runtime-${sha256.slice(0, 12)}.txt`);
    fs3.writeFileSync(path2.join(work, "final.txt"), text);
    fs3.renameSync(path2.join(work, "final.txt"), file);
    return { version: job.version, extras: job.extras, file, text, sha256, reviewed: false, excludeNewer: cutoff };
  } finally {
    fs3.rmSync(work, { recursive: true, force: true });
    forget();
  }
}

// src/litellm/install.ts
function cacheKey(lock, python, platform, arch) {
  const interpreter = crypto2.createHash("sha256").update(python.executable).digest("hex").slice(0, 8);
  const [major, minor] = python.version.split(".");
  return `verify-litellm-${platform}-${arch}-py${major}.${minor}-${interpreter}-${lockTag(lock.version, lock.extras)}-${lock.sha256.slice(0, 12)}`;
}
async function ensureLiteLLM(options) {
  const started = Date.now();
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const deadline = started + options.timeoutMs;
  const remaining = () => {
    const left = deadline - Date.now();
    if (left <= 0)
      throw new VerifyError(`installing LiteLLM took longer than ${Math.round(options.timeoutMs / 1e3)}s and was stopped.`, "install", {
        fix: `Raise ${setting("install-timeout")}, or check the runner can reach the package index.`
      });
    return left;
  };
  checkVersion(options.version);
  const python = await findPython(platform, options.python);
  const extras = [...new Set(options.extras ?? [])].sort();
  const lock = shippedLock(options.version, locksDir(), extras) ?? await runtimeLock({ ...options, extras }, python, platform, remaining);
  const requirement = requirementOf(lock);
  const key2 = cacheKey(lock, python, platform, arch);
  const venvDir = path3.join(options.cacheRoot, key2);
  const wheelsDir = wheelsDirFor(options.cacheRoot, key2);
  const done = (source) => ({
    venvDir,
    python: venvPython(venvDir, platform),
    version: lock.version,
    source,
    durationMs: Date.now() - started,
    cacheKey: key2,
    wheelsDir,
    lock: { file: lock.file, reviewed: lock.reviewed, excludeNewer: lock.excludeNewer ?? null, extras: lock.extras },
    basePython: { command: python.command, args: python.args }
  });
  if (isComplete(venvDir, platform)) {
    options.log(`Using cached LiteLLM ${lock.version}${lock.extras.map((e) => ` + ${e}`).join("")} (${venvDir}).`);
    return done("local-cache");
  }
  let restored = fs4.existsSync(wheelsDir);
  if (!restored && options.remoteCache) {
    try {
      const outcome = await within(options.remoteCache.restore([wheelsDir], key2), remaining());
      if (outcome === "timeout") options.log("Cache restore did not finish in time; installing from the index instead.");
      restored = outcome === true && fs4.existsSync(wheelsDir);
    } catch (error) {
      options.log(`Cache restore failed, installing from the index instead: ${error.message}`);
    }
  }
  fs4.mkdirSync(options.cacheRoot, { recursive: true });
  const install = async (fromWheels) => {
    const partial = `${venvDir}.partial-${process.pid}-${crypto2.randomBytes(3).toString("hex")}`;
    const forget = removeOnExit(partial);
    try {
      const job = { lockFile: lock.file, what: requirement, venvDir: partial, python, platform, cacheRoot: options.cacheRoot, remaining };
      await installLock({ ...job, log: options.log, wheelsDir: fromWheels ? wheelsDir : void 0 });
      await verifyInstalled(partial, python, platform, lock.version, remaining());
      try {
        fs4.renameSync(partial, venvDir);
      } catch (error) {
        if (!isComplete(venvDir, platform)) throw error;
      }
      fs4.writeFileSync(path3.join(venvDir, MARKER), JSON.stringify({ version: lock.version, lock: lock.sha256, python: python.version }) + "\n");
    } finally {
      fs4.rmSync(partial, { recursive: true, force: true });
      forget();
    }
  };
  if (restored) {
    try {
      options.log(`Installing ${requirement} from cached wheels, each checked against the lock's hashes (offline)...`);
      await install(true);
      options.log(`Installed LiteLLM ${lock.version} from the cached wheels in ${((Date.now() - started) / 1e3).toFixed(1)}s.`);
      return done("remote-cache");
    } catch (error) {
      options.log(`The cached wheels could not be installed (${error.message.split("\n")[0]}); installing from the index instead.`);
      fs4.rmSync(wheelsDir, { recursive: true, force: true });
    }
  }
  options.log(`Installing ${requirement} from the hash lock (${path3.basename(lock.file)}) with Python ${python.version}...`);
  await install(false);
  options.log(`Installed LiteLLM ${lock.version} in ${((Date.now() - started) / 1e3).toFixed(1)}s.`);
  return done("installed");
}
async function runtimeLock(options, python, platform, remaining) {
  const dir = path3.join(options.cacheRoot, "locks");
  const tag = lockTag(options.version, options.extras);
  const requirement = requirementOf(options);
  const plus = options.extras.map((e) => ` with its ${e} extra`).join("");
  const earlier = fs4.existsSync(dir) ? fs4.readdirSync(dir).find((f) => f.startsWith(`${tag}-runtime-`) && f.endsWith(".txt")) : void 0;
  let lock;
  if (earlier) {
    const file = path3.join(dir, earlier);
    const text = fs4.readFileSync(file, "utf8");
    const excludeNewer = /dependencies as of (\S+?)\.?$/m.exec(text.split("\n")[0] ?? "")?.[1] ?? null;
    lock = {
      version: options.version,
      extras: options.extras,
      file,
      text,
      sha256: crypto2.createHash("sha256").update(text).digest("hex"),
      reviewed: false,
      excludeNewer
    };
    options.log(`No reviewed lock ships for litellm ${options.version}${plus}; using the lock this cache resolved for it at run time (not reviewed).`);
  } else {
    options.log(`No reviewed lock ships for litellm ${options.version}${plus}; resolving a hash lock at run time (dependencies as of the release date)...`);
    const reading = readPipSettings(python, installerEnv(), remaining());
    const uv = await bootstrapUv({ cacheRoot: options.cacheRoot, python, platform, remaining, log: options.log, pipSettings: () => reading });
    if (!uv) throw new VerifyError(`resolving a lock for litellm ${options.version} needs uv, which could not be installed.`, "install");
    const pip = await reading;
    lock = await resolveRuntimeLock({ version: options.version, extras: options.extras, uv, python, pip, dir, remaining, log: options.log });
  }
  const title = `Hash lock for ${requirement}, resolved at run time, not reviewed (dependencies as of ${lock.excludeNewer ?? "the resolution"})`;
  if (options.group) options.group(title, printableLock(lock.text));
  else options.log(`${title}: ${lock.file}`);
  return lock;
}
function isComplete(venvDir, platform) {
  return fs4.existsSync(path3.join(venvDir, MARKER)) && fs4.existsSync(venvPython(venvDir, platform));
}
async function verifyInstalled(venvDir, base, platform, version, timeoutMs) {
  const [major, minor] = base.version.split(".");
  const sitePackages = platform === "win32" ? path3.join(venvDir, "Lib", "site-packages") : path3.join(venvDir, "lib", `python${major}.${minor}`, "site-packages");
  const infos = fs4.existsSync(sitePackages) ? fs4.readdirSync(sitePackages).filter((f) => /^litellm-[^-]+\.dist-info$/i.test(f)) : [];
  let found;
  if (infos.length === 1) {
    found = /^Version:\s*(\S+)/m.exec(fs4.readFileSync(path3.join(sitePackages, infos[0], "METADATA"), "utf8"))?.[1] ?? "";
  } else {
    const result = await runCommand(venvPython(venvDir, platform), [ISOLATED, "-c", "import importlib.metadata as m; print(m.version('litellm'))"], {
      timeoutMs
    });
    check(result, "read the installed LiteLLM version");
    found = result.stdout.trim();
  }
  if (found !== version) throw new VerifyError(`installed LiteLLM is ${found}, expected ${version}; refusing to run it.`, "install");
}

// src/engine/lint.ts
var LINT_SCHEMA = "verify-litellm/lint@1";
var UnusableInput = class extends VerifyError {
};
async function lintOnly(options) {
  const [one] = await lintConfigs([options], options);
  return one;
}
async function lintConfigs(targets, options) {
  const loaded = targets.map((target) => loadForLint(target, options));
  const asked2 = loaded.filter((l) => "config" in l);
  const answers = await askLiteLLMAbout(asked2, options);
  return loaded.map((l) => report("config" in l ? referencedMasked(l, [...l.findings, ...answers.get(l)]) : l.findings));
}
function referencedMasked({ config, env }, findings) {
  const masker = new Masker();
  for (const name of secretVariables(config)) masker.add(env[name]);
  return findings.map((f) => masker.maskDeep(f));
}
function loadForLint(target, options) {
  const shown = target.configDisplayPath ?? target.configPath;
  const env = target.env ?? options.env;
  let config;
  try {
    if (!fs5.existsSync(target.configPath) || !fs5.statSync(target.configPath).isFile())
      throw new UnusableInput(`${shown}: no such config file.`, "input", { file: shown });
    config = loadConfig(path4.resolve(target.configPath), shown);
  } catch (error) {
    if (error instanceof UnusableInput || !(error instanceof VerifyError)) throw error;
    if (/bytes; a LiteLLM config is expected|binary/.test(error.message)) throw new UnusableInput(error.message, "input", error.detail);
    const d = error.detail;
    return {
      findings: [
        {
          file: d?.file ?? shown,
          line: d?.line ?? 1,
          column: d?.column ?? 1,
          rule: "yaml",
          severity: "error",
          message: error.message.replace(/^[^:]+:(\d+:)?(\d+:)? /, ""),
          fix: d?.fix
        }
      ]
    };
  }
  const lookup2 = (name) => env[name];
  const findings = lintConfig(config, { deployments: config.deployments, env: lookup2, temperature: options.temperature, inputVariables: [] }).map(
    (f) => (
      // No keys here: an unset variable is for the run that starts the proxy to provide.
      f.rule === "env-unset" ? { ...f, severity: "notice" } : f
    )
  );
  return { config, env, findings };
}
async function askLiteLLM(config, options) {
  const one = { config, env: options.env };
  return (await askLiteLLMAbout([one], options)).get(one);
}
async function askLiteLLMAbout(configs, options) {
  const found = /* @__PURE__ */ new Map();
  if (!configs.length) return found;
  const installation = await ensureLiteLLM({
    version: options.litellmVersion,
    cacheRoot: options.cacheRoot,
    python: options.python,
    timeoutMs: options.installTimeoutMs,
    log: options.log ?? (() => void 0),
    remoteCache: options.remoteCache
  });
  options.installed?.(installation);
  const environments = configs.map(({ config, env }) => {
    const vars = {};
    for (const ref of config.envRefs) {
      const value = env[ref.name];
      if (value !== void 0) vars[ref.name] = value;
    }
    return oracleEnvironment(env, vars);
  });
  const tempRoot = options.tempRoot ?? os.tmpdir();
  fs5.mkdirSync(tempRoot, { recursive: true });
  const workDir = fs5.mkdtempSync(path4.join(tempRoot, "verify-litellm-lint-"));
  try {
    const answers = await askOracle({
      python: installation.python,
      // One config: answered in the process's own environment, as always; several: each in its own.
      requests: configs.map(({ config }, i) => ({
        config: config.absolutePath,
        temperature: options.temperature,
        ...configs.length > 1 ? { env: environments[i] } : {}
      })),
      env: environments[0],
      workDir,
      // The import is paid once; each further config costs a fraction of a second.
      timeoutMs: (options.oracleTimeoutMs ?? 12e4) + 1e4 * (configs.length - 1)
    });
    configs.forEach(({ config }, i) => {
      attachAnswers(config, answers[i]);
      found.set(configs[i], litellmFindings(config, answers[i], { deployments: config.deployments, temperature: options.temperature }));
    });
    return found;
  } finally {
    fs5.rmSync(workDir, { recursive: true, force: true });
  }
}
function report(findings) {
  const order = { error: 0, warning: 1, notice: 2 };
  return {
    schema: LINT_SCHEMA,
    findings: findings.sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file) || a.line - b.line).map((f) => ({ file: f.file, line: f.line, column: f.column, rule: f.rule, severity: f.severity, alias: f.alias, message: f.message, fix: f.fix }))
  };
}
function lintExitCode(report2) {
  return report2.findings.some((f) => f.severity === "error") ? 1 : 0;
}

// src/engine/verify.ts
import fs12 from "node:fs";

// src/report/report.ts
var REPORT_SCHEMA = "verify-litellm/report@1";
function countAliases(aliases) {
  return {
    pass: aliases.filter((a) => a.status === "pass").length,
    fail: aliases.filter((a) => a.status === "fail").length,
    skipped: aliases.filter((a) => a.status === "skipped").length
  };
}
var extrasNote = (report2) => (report2.litellmLock?.extras ?? []).map((e) => ` + ${e}`).join("");
function verdictOf(aliases, error) {
  if (error || aliases.some((a) => a.status === "fail")) return "fail";
  return aliases.some((a) => a.status === "pass") ? "pass" : "skipped";
}

// src/engine/folders.ts
import os2 from "node:os";
import path5 from "node:path";
var FOLDER_CODES = /* @__PURE__ */ new Set(["EACCES", "EPERM", "EROFS", "ENOTDIR", "ENOENT", "ENOSPC", "EEXIST", "EDQUOT"]);
function inside(root, file) {
  const relative = path5.relative(root, file);
  return relative === "" || !relative.startsWith("..") && !path5.isAbsolute(relative);
}
function folderError(error, roots) {
  const { code, path: where2, message } = error ?? {};
  if (!code || !FOLDER_CODES.has(code) || typeof where2 !== "string") return null;
  const cause = message.split(", ")[0] ?? code;
  if (inside(roots.cacheRoot, where2))
    return new VerifyError(`the LiteLLM cache folder ${roots.cacheRoot} cannot be written (${cause}, at ${where2}).`, "input", {
      fix: "Make it writable, or keep the cache elsewhere: the action uses RUNNER_TOOL_CACHE (else ~/.cache), the CLI --cache-dir (else XDG_CACHE_HOME or ~/.cache); check HOME when it is the home folder."
    });
  const temps = [...new Set([roots.tempRoot, os2.tmpdir()].filter((t2) => Boolean(t2)))];
  const temp = temps.find((t2) => inside(t2, where2));
  if (temp)
    return new VerifyError(`the temporary folder ${temp} cannot be written (${cause}, at ${where2}).`, "input", {
      fix: "Point TMPDIR (and, in the action, RUNNER_TEMP) at a writable folder; the proxy runs from a private folder made there."
    });
  return null;
}

// src/engine/existing-proxy.ts
import fs6 from "node:fs";

// src/config/select.ts
function selectDeployments(config, models) {
  if (config.deployments.length === 0) {
    throw new VerifyError(`${config.displayPath}: model_list is empty; there is no route to verify.`, "config", {
      file: config.displayPath,
      fix: `Add at least one \`- model_name: ...\` entry with \`litellm_params.model\`, or point ${setting("config")} at the file that has them.`
    });
  }
  if (models === "all") return config.deployments;
  const known = new Set(config.deployments.map((d) => d.alias));
  const missing = models.filter((m) => !known.has(m));
  if (missing.length) {
    throw new VerifyError(
      `${setting("models")} names ${missing.map((m) => `'${m}'`).join(", ")}, not in ${config.displayPath}; the aliases there are: ${[...known].join(", ") || "(none)"}.`,
      "input",
      { file: config.displayPath, fix: "Use model_name values from the config, comma- or newline-separated." }
    );
  }
  const wanted = new Set(models);
  return config.deployments.filter((d) => wanted.has(d.alias));
}

// src/engine/probe-plan.ts
function probePlan(deployments, ownProxy) {
  const count = /* @__PURE__ */ new Map();
  for (const d of deployments) count.set(d.alias, (count.get(d.alias) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Set();
  const plan = [];
  for (const d of deployments) {
    if ((count.get(d.alias) ?? 0) > 1 && (ownProxy || d.modelId)) plan.push({ deployment: d, deploymentId: d.modelId ?? generatedId(d) });
    else if (!seen.has(d.alias)) plan.push({ deployment: d, deploymentId: null });
    seen.add(d.alias);
  }
  return plan;
}
var generatedId = (d) => `verify-litellm-${d.order + 1}`;

// src/probe/http.ts
var import_undici2 = __toESM(require_undici(), 1);

// src/probe/outbound.ts
var import_undici = __toESM(require_undici(), 1);
function proxyVariable(env, scheme) {
  const lower = env[`${scheme}_proxy`];
  if (lower !== void 0) return lower || void 0;
  return env[`${scheme.toUpperCase()}_PROXY`] || void 0;
}
function bypassed(hostname, noProxy) {
  if (!noProxy) return false;
  if (noProxy === "*") return true;
  const host2 = hostname.toLowerCase();
  return noProxy.split(",").map((name) => name.trim().replace(/^\.+/, "").toLowerCase()).filter(Boolean).some((name) => host2 === name || host2.endsWith(`.${name}`));
}
function outboundProxySecrets(env) {
  return Object.entries(env).filter(([name, value]) => /^(?:https?|all)_proxy$/i.test(name) && value).map(([, value]) => value.includes("://") ? value : `http://${value}`);
}
function shownProxy(proxyUrl) {
  try {
    const url = new URL(proxyUrl);
    return `${url.protocol}//${url.username || url.password ? "***@" : ""}${url.host}`;
  } catch {
    return "the outbound proxy (an unreadable URL)";
  }
}
function outboundFor(target, env) {
  if (!env) return null;
  let url;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  const scheme = url.protocol.replace(/:$/, "");
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  const noProxy = env.no_proxy !== void 0 ? env.no_proxy : env.NO_PROXY;
  if (bypassed(hostname, noProxy)) return null;
  const configured = proxyVariable(env, scheme) ?? proxyVariable(env, "all");
  if (!configured) return null;
  const proxyUrl = configured.includes("://") ? configured : `http://${configured}`;
  return { url: proxyUrl, shown: shownProxy(proxyUrl) };
}
function outboundAgent(outbound) {
  return new import_undici.ProxyAgent({ uri: outbound.url, proxyTunnel: false });
}

// src/probe/http.ts
var HttpFailure = class extends Error {
  constructor(message, kind, latencyMs, partial) {
    super(message);
    this.kind = kind;
    this.latencyMs = latencyMs;
    this.partial = partial;
  }
  kind;
  latencyMs;
  partial;
};
async function httpRequest(url, options) {
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  let status;
  const chunks = [];
  const dispatcher = options.outbound ? outboundAgent(options.outbound) : void 0;
  try {
    const res = await (0, import_undici2.request)(url, {
      dispatcher: dispatcher ?? DIRECT,
      method: options.method ?? (options.body === void 0 ? "GET" : "POST"),
      headers: { ...options.body === void 0 ? {} : { "content-type": "application/json" }, ...options.headers },
      body: options.body === void 0 ? void 0 : JSON.stringify(options.body),
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs
    });
    status = res.statusCode;
    let size = 0;
    let truncated = false;
    for await (const chunk of res.body) {
      const room = options.maxBytes - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, Math.max(room, 0)));
        truncated = true;
        break;
      }
      chunks.push(chunk);
      size += chunk.length;
      if (options.onChunk && options.onChunk(chunk.toString("utf8")) === false) break;
    }
    res.body.destroy();
    return {
      status: res.statusCode,
      headers: withUpstreamRetryAfter(res.headers),
      text: Buffer.concat(chunks).toString("utf8"),
      truncated,
      latencyMs: elapsed()
    };
  } catch (error) {
    if (signal.aborted || error.code === "UND_ERR_HEADERS_TIMEOUT" || error.code === "UND_ERR_BODY_TIMEOUT") {
      const partial = status === void 0 ? void 0 : { status, text: Buffer.concat(chunks).toString("utf8") };
      throw new HttpFailure(`no complete answer within ${Math.round(options.timeoutMs / 1e3)}s`, "timeout", elapsed(), partial);
    }
    const code = error.code;
    throw new HttpFailure(`${code ? `${code}: ` : ""}${error.message}`, code === "UND_ERR_SOCKET" ? "body" : "connection", elapsed());
  } finally {
    void dispatcher?.destroy().catch(() => void 0);
  }
}
function withUpstreamRetryAfter(headers) {
  const upstream = headers["llm_provider-retry-after"];
  return headers["retry-after"] === void 0 && upstream !== void 0 ? { ...headers, "retry-after": upstream } : headers;
}

// src/probe/replies.ts
var nullish = (v) => v === null || v === void 0 || v === "None" ? null : String(v);
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function parseProxyError(body, fallbackText = "") {
  if (typeof body !== "object" || body === null) {
    if (!fallbackText.trim()) return null;
    const cut = /^\s*\{\s*"error"\s*:\s*\{\s*"message"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(fallbackText)?.[1];
    const message2 = cut === void 0 ? void 0 : parseJson(`"${cut.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, "")}"`);
    return { message: (message2 !== void 0 ? `${message2.slice(0, 2e3)}\u2026` : fallbackText.trim()).slice(0, 2001), type: null, param: null, code: null };
  }
  const record = body;
  const inner = typeof record.error === "object" && record.error !== null ? record.error : record;
  let message = inner.message ?? inner.detail ?? (typeof record.error === "string" ? record.error : void 0);
  if (message === void 0) return null;
  if (typeof message !== "string") message = JSON.stringify(message);
  return { message, type: nullish(inner.type), param: nullish(inner.param), code: nullish(inner.code) };
}
function parseChatReply(body) {
  if (typeof body !== "object" || body === null) return null;
  const record = body;
  const choices = record.choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const first = choices[0];
  const message = first?.message ?? {};
  const text = (v) => typeof v === "string" ? v : "";
  return {
    content: text(message.content),
    // vLLM's reasoning parsers use reasoning_content; some servers use `reasoning`.
    reasoning: text(message.reasoning_content) || text(message.reasoning),
    servedModel: typeof record.model === "string" ? record.model : null,
    finishReason: nullish(first?.finish_reason)
  };
}
function parseEmbedding(body) {
  if (typeof body !== "object" || body === null) return null;
  const data = body.data;
  if (!Array.isArray(data) || data.length === 0) return null;
  const vector = data[0]?.embedding;
  return Array.isArray(vector) && vector.every((x) => typeof x === "number") ? vector : null;
}
function parseMessagesReply(body) {
  if (typeof body !== "object" || body === null) return null;
  const record = body;
  if (record.type !== "message" || !Array.isArray(record.content)) return null;
  const blocks = record.content;
  const of = (type, field) => blocks.filter((b) => b?.type === type && typeof b[field] === "string").map((b) => b[field]).join("");
  return {
    text: of("text", "text") || of("thinking", "thinking"),
    servedModel: typeof record.model === "string" ? record.model : null,
    finishReason: finishOfStopReason(record.stop_reason)
  };
}
function finishOfStopReason(v) {
  if (typeof v !== "string") return null;
  return v === "refusal" ? "content_filter" : v === "max_tokens" ? "length" : v;
}
function responsesEnd(record) {
  const error = typeof record.error === "object" && record.error !== null ? record.error : null;
  const details = typeof record.incomplete_details === "object" && record.incomplete_details !== null ? record.incomplete_details : null;
  const reason = typeof details?.reason === "string" ? details.reason : null;
  return {
    failed: record.status === "failed" ? {
      message: typeof error?.message === "string" && error.message ? error.message : 'status "failed" without an error message',
      type: null,
      param: null,
      code: nullish(error?.code)
    } : null,
    incompleteReason: record.status === "incomplete" && reason ? reason === "max_output_tokens" ? "length" : reason : null
  };
}
function parseResponsesReply(body) {
  if (typeof body !== "object" || body === null) return null;
  const record = body;
  if (record.object !== "response" || !Array.isArray(record.output)) return null;
  let text = "";
  let reasoning = "";
  for (const item of record.output) {
    const parts = Array.isArray(item?.content) ? item.content : [];
    for (const part of parts) {
      if (typeof part?.text !== "string") continue;
      if (item.type === "message" && part.type === "output_text") text += part.text;
      else if (item.type === "reasoning") reasoning += part.text;
    }
  }
  return {
    text: text || reasoning,
    status: nullish(record.status),
    servedModel: typeof record.model === "string" ? record.model : null,
    ...responsesEnd(record)
  };
}
function parseToolCall(body) {
  if (typeof body !== "object" || body === null) return null;
  const choices = body.choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const calls = choices[0]?.message?.tool_calls;
  if (!Array.isArray(calls) || calls.length === 0) return null;
  const fn = calls[0]?.function;
  const args = typeof fn?.arguments === "string" ? fn.arguments : "";
  const parsed = parseJson(args);
  return {
    name: typeof fn?.name === "string" ? fn.name : "",
    arguments: args,
    argumentsValid: typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
  };
}

// src/engine/remote.ts
function parseModelInfo(body) {
  const data = body?.data;
  if (!Array.isArray(data)) return null;
  return data.flatMap((entry) => {
    if (typeof entry !== "object" || entry === null) return [];
    const alias = entry.model_name ?? entry.id;
    if (typeof alias !== "string") return [];
    const params = entry.litellm_params ?? {};
    const info = entry.model_info ?? {};
    return [
      {
        alias,
        model: typeof params.model === "string" ? params.model : "(remote)",
        apiBase: typeof params.api_base === "string" ? params.api_base : null,
        modelId: typeof info.id === "string" ? info.id : null,
        mode: typeof info.mode === "string" ? info.mode : typeof entry.mode === "string" ? entry.mode : null
      }
    ];
  });
}
async function remoteDeployments(target, models) {
  let found = null;
  for (const path12 of ["/v1/model/info", "/v1/models"]) {
    try {
      const reply = await httpRequest(`${target.baseUrl}${path12}`, {
        headers: { authorization: `Bearer ${target.masterKey}` },
        timeoutMs: target.timeoutMs,
        maxBytes: 8 * 1024 * 1024
      });
      if (reply.status === 401 || reply.status === 403) {
        throw new VerifyError(`the proxy at ${target.baseUrl} refused the key in ${setting("proxy-key")} (HTTP ${reply.status}).`, "input", {
          fix: `Pass a key the proxy accepts (its master key or a virtual key) as ${setting("proxy-key")}.`
        });
      }
      if (reply.status === 200) found = parseModelInfo(parseJson(reply.text));
    } catch (error) {
      if (error instanceof VerifyError) throw error;
      throw new VerifyError(`cannot reach the proxy at ${target.baseUrl}: ${error.message}.`, "start", {
        fix: `Check ${setting("proxy-url")} (e.g. https://litellm.example.com) and that the runner can reach it.`
      });
    }
    if (found) break;
  }
  if (!found)
    throw new VerifyError(`the proxy at ${target.baseUrl} did not list its models (/v1/model/info, /v1/models).`, "start", {
      fix: `Check that ${setting("proxy-url")} points at a LiteLLM proxy, or give the config (${setting("config")}).`
    });
  const wanted = models === "all" ? null : new Set(models);
  if (wanted) {
    const missing = [...wanted].filter((m) => !found.some((r) => r.alias === m));
    if (missing.length)
      throw new VerifyError(
        `${setting("models")} names ${missing.join(", ")}, not served by the proxy (it serves ${found.map((r) => r.alias).join(", ") || "nothing"}).`,
        "input"
      );
  }
  const display = `${target.baseUrl}/v1/models`;
  const deployments = found.filter((r) => !wanted || wanted.has(r.alias)).map((r, index) => ({
    index,
    order: index,
    file: display,
    absoluteFile: display,
    alias: r.alias,
    model: r.model,
    provider: r.model.includes("/") ? r.model.split("/")[0] : null,
    apiBase: r.apiBase,
    params: {},
    mode: r.mode,
    modelId: r.modelId,
    envRefs: [],
    position: { line: 0, column: 0 },
    paramPositions: {},
    litellm: null
  }));
  const config = {
    displayPath: display,
    absolutePath: display,
    deployments,
    litellmSettings: {},
    generalSettings: {},
    routerSettings: {},
    environmentVariables: {},
    raw: {},
    topLevel: /* @__PURE__ */ new Map(),
    settingPositions: {},
    text: "",
    envRefs: [],
    included: [],
    duplicateKeys: []
  };
  return { config, deployments };
}

// src/engine/existing-proxy.ts
async function probeExistingProxy(run, proxy) {
  const { options } = run;
  run.masker.add(proxy.key);
  const local = fs6.existsSync(options.configPath) ? loadConfig(options.configPath, options.configDisplayPath ?? options.configPath) : null;
  const target = run.target(proxy.url.replace(/\/+$/, "").replace(/\/v1$/, ""), proxy.key);
  const { config, deployments } = local ? { config: local, deployments: selectDeployments(local, options.models) } : await remoteDeployments(target, options.models);
  run.admit(local, deployments);
  const plain2 = insecureProxyUrl(proxy.url);
  if (plain2) {
    run.addFinding({
      severity: "warning",
      rule: "proxy-url-http",
      message: `${setting("proxy-url")} is plain http:// to ${plain2}, which is not this machine: the proxy key and every probe travel unencrypted.`,
      fix: `Use https:// for ${setting("proxy-url")} (or reach the proxy over loopback or a private tunnel).`,
      file: "",
      line: 0,
      column: 0
    });
  }
  run.log(
    `Probing the existing proxy at ${target.baseUrl}: ${deployments.length} alias${deployments.length === 1 ? "" : "es"} (${local ? `from ${local.displayPath}` : "from its /v1/models"}).`
  );
  const aliases = await run.probeAll(config, probePlan(deployments, false), target, (name) => isDenied(name) ? void 0 : run.envLookup(name));
  return { config: local, aliases };
}
function insecureProxyUrl(url) {
  try {
    const parsed = new URL(url);
    const host2 = parsed.hostname.replace(/^\[|\]$/g, "").toLowerCase();
    if (parsed.protocol !== "http:") return null;
    return host2 === "localhost" || /^127\./.test(host2) || host2 === "::1" ? null : host2;
  } catch {
    return null;
  }
}

// src/engine/own-proxy.ts
import fs10 from "node:fs";
import os4 from "node:os";
import path8 from "node:path";

// src/litellm/extras.ts
var signsWithGoogleAuth = (provider) => typeof provider === "string" && /^vertex_ai(_|$)/.test(provider);
var needsGoogle = signsWithGoogleAuth;
function extrasFor(deployments) {
  const named = (d) => typeof d.params.custom_llm_provider === "string" ? d.params.custom_llm_provider : d.provider;
  return deployments.some((d) => needsGoogle(named(d))) ? ["google"] : [];
}
function missingExtras(config, answer, probed, installed) {
  if (installed.includes("google")) return [];
  const indices = new Set(probed.map((d) => d.index));
  return answer.deployments.filter((a) => indices.has(a.index) && needsGoogle(a.provider)).map((a) => {
    const d = probed.find((p) => p.index === a.index);
    return finding(
      config,
      "warning",
      "litellm-extra-missing",
      d.paramPositions.model ?? d.position,
      `'${d.alias}' is a Vertex AI route (LiteLLM resolves \`${d.model}\` to ${a.provider}), which LiteLLM signs with google-auth from its \`google\` extra; this run installed litellm[proxy] without it, so LiteLLM fails the route before calling Vertex AI.`,
      `Set ${setting("litellm-extras")} to \`google\` (or \`auto\` with a \`vertex_ai/\` prefix on the model), as LiteLLM's Docker image has it.`,
      d.alias
    );
  });
}

// src/litellm/credentials.ts
var FAMILIES = [
  { when: /^AWS_/, pass: /^AWS_/ },
  { when: /^VERTEX(AI)?_/, pass: /^(VERTEX(AI)?_|GOOGLE_APPLICATION_CREDENTIALS$|GOOGLE_CLOUD_PROJECT$)/ },
  { when: /^AZURE_/, pass: /^AZURE_/ }
];
var withheld = (a) => a.ownEndpoint === false && !signsWithGoogleAuth(a.provider);
function credentialPlan(input) {
  const env = {};
  const why = /* @__PURE__ */ new Map();
  const pass = (name, reason) => {
    const value = input.lookup(name);
    if (value === void 0 || name in env) return;
    env[name] = value;
    why.set(name, reason);
  };
  const refs = input.answer && !input.answer.error ? input.answer.envRefs : input.staticRefs.map((name) => ({ name, path: "the config" }));
  for (const ref of refs) pass(ref.name, `os.environ/${ref.name} in ${ref.path}`);
  for (const d of input.probed) {
    const a = d.litellm;
    if (!a || a.hasApiKey || withheld(a)) continue;
    for (const name of a.implicitEnv) {
      const reason = `LiteLLM reads it for the ${a.provider} route '${d.alias}'`;
      pass(name, reason);
      const family = FAMILIES.find((f) => f.when.test(name));
      if (family) {
        for (const other of Object.keys(input.source).sort()) if (family.pass.test(other)) pass(other, reason);
      }
    }
  }
  const pinned = input.deployments.filter((d) => {
    const a = d.litellm;
    return a && !a.hasApiKey && withheld(a) && a.implicitEnv.some((n) => n in env);
  });
  return { env, reasons: [...why].map(([name, reason]) => `${name} (${reason})`), pinned };
}

// src/litellm/bytecode.ts
import { spawn } from "node:child_process";
import fs7 from "node:fs";
import os3 from "node:os";
import path6 from "node:path";
var BYTECODE_MARKER = ".verify-litellm-bytecode";
var MAX_MODULES = 2e4;
var COMPILE_WORKER = [
  "import importlib.util, os, py_compile, sys, sysconfig",
  "listfile, index, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])",
  "root = os.path.realpath(sysconfig.get_paths()['purelib'])",
  "mode = py_compile.PycInvalidationMode.TIMESTAMP  # what the importer itself writes",
  "try:",
  "    with open(listfile, encoding='utf-8', errors='replace') as f:",
  `        names = f.read(8 * 1024 * 1024).splitlines()[:${MAX_MODULES}]`,
  "    for i, rel in enumerate(names):",
  "        if i % count != index:",
  "            continue",
  "        parts = rel.strip().split('/')",
  "        if not rel.endswith('.py') or not parts[0] or any(p in ('', '.', '..') or '\\\\' in p or ':' in p for p in parts):",
  "            continue",
  "        source = os.path.join(root, *parts)",
  "        if not os.path.realpath(source).startswith(root + os.sep) or not os.path.isfile(source):",
  "            continue",
  "        target = importlib.util.cache_from_source(source)",
  "        if os.path.exists(target):",
  "            continue  # the importer (or another worker) was first",
  "        try:",
  "            py_compile.compile(source, cfile=target, doraise=True, invalidation_mode=mode, quiet=2)",
  "        except Exception:",
  "            pass  # a file the importer cannot compile either: it reports that itself",
  "except KeyboardInterrupt:",
  "    sys.exit(130)"
].join("\n");
function moduleListFor(version, dir = locksDir()) {
  for (const v of [version, DEFAULT_LITELLM_VERSION]) {
    const file = path6.join(dir, `litellm-${v}.modules.txt`);
    if (fs7.existsSync(file)) return file;
  }
  return null;
}
function workerCount(cores = os3.availableParallelism?.() ?? os3.cpus().length) {
  return cores <= 1 ? 1 : Math.min(4, Math.max(2, cores - 1));
}
function startPrecompile(o) {
  const marker = path6.join(o.venvDir, BYTECODE_MARKER);
  const listFile = o.listFile === void 0 ? moduleListFor(o.version) : o.listFile;
  if (!listFile || fs7.existsSync(marker)) return null;
  const count = o.workers ?? workerCount();
  let stopping = false;
  const children = [];
  const ended = Array.from({ length: count }, (_, index) => {
    const child = spawn(o.python, [ISOLATED, "-c", COMPILE_WORKER, listFile, String(index), String(count)], {
      cwd: os3.tmpdir(),
      stdio: "ignore",
      env: baseEnvironment(),
      ...treeSpawnOptions(process.platform)
    });
    children.push(child);
    const release = child.pid ? stopOnExit(child.pid) : () => void 0;
    return new Promise((resolve2) => {
      child.once("error", () => (release(), resolve2(false)));
      child.once("exit", (code) => (release(), resolve2(code === 0)));
    });
  });
  const done = Promise.all(ended).then((oks) => {
    if (stopping) return "stopped";
    if (!oks.every(Boolean)) return "failed";
    try {
      fs7.writeFileSync(marker, `${path6.basename(listFile)}
`);
      return "done";
    } catch {
      return "failed";
    }
  });
  return {
    done,
    stop: async (graceMs = 2e3) => {
      stopping = true;
      const live = children.filter((c) => c.pid && c.exitCode === null && c.signalCode === null);
      for (const c of live) killTree(c.pid, "SIGINT");
      const timer = setTimeout(() => live.forEach((c) => killTree(c.pid, "SIGKILL")), graceMs);
      await done;
      clearTimeout(timer);
    }
  };
}

// src/engine/private-copy.ts
var import_yaml7 = __toESM(require_dist(), 1);
import fs9 from "node:fs";
import path7 from "node:path";

// src/engine/private-includes.ts
var import_yaml6 = __toESM(require_dist(), 1);
import fs8 from "node:fs";
function inlineIncludes(doc, included) {
  if (!doc.has("include")) return;
  for (const file of included) {
    const value = (0, import_yaml6.parseDocument)(fs8.readFileSync(file, "utf8").replace(/\r\n?/g, "\n"), { version: "1.1" }).toJS({ maxAliasCount: 100 });
    if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
    for (const [key2, inner] of Object.entries(value)) {
      if (key2 === "include") continue;
      const base = doc.get(key2, true);
      if (Array.isArray(inner) && (0, import_yaml6.isSeq)(base)) for (const item of inner) base.add(doc.createNode(item));
      else doc.set(key2, doc.createNode(inner));
    }
  }
  doc.delete("include");
}

// src/engine/private-copy.ts
var PINNED_KEY = "verify-litellm-no-key";
var CALLBACK_SETTINGS = ["callbacks", "success_callback", "failure_callback", "service_callback"];
var SHARED_STATE = [
  ["litellm_settings", "cache"],
  ["litellm_settings", "cache_params"],
  ["router_settings", "redis_host"],
  ["router_settings", "redis_port"],
  ["router_settings", "redis_password"],
  ["router_settings", "redis_url"]
];
function privateCopy(config, options = {}) {
  const doc = (0, import_yaml7.parseDocument)(config.text, { version: "1.1", uniqueKeys: false });
  keepLastOfRepeatedKeys(doc.contents);
  inlineIncludes(doc, config.included);
  for (const { deployment: d, deploymentId } of probePlan(config.deployments, true)) {
    if (deploymentId === null || d.modelId !== null) continue;
    const info = doc.getIn(["model_list", d.order, "model_info"], true);
    if ((0, import_yaml7.isMap)(info)) info.set("id", deploymentId);
    else doc.setIn(["model_list", d.order, "model_info"], doc.createNode({ ...(0, import_yaml7.isAlias)(info) ? info.resolve(doc)?.toJSON() ?? {} : {}, id: deploymentId }));
  }
  for (const d of options.pins ?? []) {
    const params = doc.getIn(["model_list", d.order, "litellm_params"], true);
    if ((0, import_yaml7.isMap)(params)) params.set("api_key", PINNED_KEY);
  }
  for (const key2 of ["master_key", "database_url"]) if (doc.hasIn(["general_settings", key2])) doc.deleteIn(["general_settings", key2]);
  for (const key2 of ["DATABASE_URL", "DIRECT_URL"]) if (doc.hasIn(["environment_variables", key2])) doc.deleteIn(["environment_variables", key2]);
  const router = doc.get("router_settings");
  if (router === void 0 || router === null) doc.set("router_settings", doc.createNode({ disable_cooldowns: true }));
  else if ((0, import_yaml7.isMap)(router) && !router.has("disable_cooldowns")) router.set("disable_cooldowns", true);
  const callbacksOff = [];
  const settings = doc.get("litellm_settings", true);
  if ((0, import_yaml7.isMap)(settings)) {
    for (const key2 of CALLBACK_SETTINGS) {
      const list = settings.get(key2, true);
      if ((0, import_yaml7.isSeq)(list)) {
        list.items = list.items.filter((item) => {
          const name = (0, import_yaml7.isScalar)(item) ? item.value : null;
          if (typeof name === "string" && !name.includes(".")) callbacksOff.push(name);
          return !(typeof name === "string" && !name.includes("."));
        });
      } else if ((0, import_yaml7.isScalar)(list) && typeof list.value === "string" && !list.value.includes(".")) {
        callbacksOff.push(list.value);
        settings.delete(key2);
      }
    }
  }
  const detached = [];
  for (const [section, key2] of SHARED_STATE)
    if (doc.hasIn([section, key2])) {
      if (section === "litellm_settings" && key2 === "cache" && doc.getIn([section, key2]) !== true && doc.getIn([section, key2]) !== false) continue;
      doc.deleteIn([section, key2]);
      detached.push(`${section}.${key2}`);
    }
  return { text: doc.toString(), callbacksOff: [...new Set(callbacksOff)], detached };
}
function keepLastOfRepeatedKeys(node, depth = 0) {
  if (depth > 100) return;
  if ((0, import_yaml7.isMap)(node)) {
    const last = /* @__PURE__ */ new Map();
    node.items.forEach((pair, i) => {
      if ((0, import_yaml7.isScalar)(pair.key) && typeof pair.key.value !== "symbol" && pair.key.value !== "<<") last.set(String(pair.key.value), i);
    });
    node.items = node.items.filter(
      (pair, i) => !((0, import_yaml7.isScalar)(pair.key) && typeof pair.key.value !== "symbol" && pair.key.value !== "<<" && last.get(String(pair.key.value)) !== i)
    );
    for (const pair of node.items) keepLastOfRepeatedKeys(pair.value, depth + 1);
  } else if ((0, import_yaml7.isSeq)(node)) for (const item of node.items) keepLastOfRepeatedKeys(item, depth + 1);
}
var MAX_LINKS = 2e3;
function privateFolder(config, workDir, log) {
  const folder = path7.join(workDir, "config");
  fs9.mkdirSync(folder, { recursive: true, mode: 448 });
  const name = path7.basename(config.absolutePath);
  const source = path7.dirname(config.absolutePath);
  let entries = [];
  try {
    entries = fs9.readdirSync(source).filter((e) => e !== name);
  } catch {
  }
  let failed = 0;
  for (const entry of entries.slice(0, MAX_LINKS)) {
    try {
      fs9.symlinkSync(path7.join(source, entry), path7.join(folder, entry));
    } catch {
      failed++;
    }
  }
  if (failed) log(`Could not link ${failed} file(s) next to the private config copy; modules or includes beside the config may not resolve.`);
  return path7.join(folder, name);
}

// src/engine/alias-report.ts
function emptyAliasReport(d) {
  return {
    alias: d.alias,
    model: d.model,
    apiBaseHost: apiBaseHost(d.apiBase),
    endpoint: null,
    status: "skipped",
    httpStatus: null,
    latencyMs: null,
    reply: null,
    diagnosis: null,
    error: null,
    skippedReason: null,
    withoutTemperature: null,
    stream: null,
    attempts: [],
    latencyExceeded: false,
    surfaces: [],
    rejectedParam: null,
    servedModel: null,
    backendSwap: null,
    deploymentId: null,
    line: d.position.line,
    clients: []
  };
}
function apiBaseHost(apiBase2) {
  if (!apiBase2 || apiBase2.startsWith("os.environ/")) return apiBase2 ? "(from environment)" : null;
  try {
    return new URL(apiBase2).host;
  } catch {
    return apiBase2;
  }
}

// src/engine/own-proxy.ts
async function verifyWithOwnProxy(run, state) {
  const { options, hooks, log } = run;
  const config = loadConfig(options.configPath, options.configDisplayPath ?? options.configPath);
  state.config = config;
  const deployments = selectDeployments(config, options.models);
  run.maskReferenced(config);
  const gate = await lintGate(run, state, config, deployments);
  if (gate !== "go") return gate === "skipped" ? null : gate;
  run.admit(config, deployments);
  log(
    `Config ${config.displayPath}: ${deployments.length} alias${deployments.length === 1 ? "" : "es"} to probe (${deployments.map((d) => d.alias).join(", ")}).`
  );
  if (options.litellmVersionNote) log(options.litellmVersionNote);
  const given = options.litellmExtras ?? "auto";
  const extras = given === "auto" ? extrasFor(deployments) : given;
  if (given === "auto" && extras.length)
    log(`Vertex AI routes to probe: installing LiteLLM's ${extras.map((e) => `\`${e}\``).join(", ")} extra beside [proxy], as LiteLLM asks for them.`);
  const installStarted = Date.now();
  const installation = await ensureLiteLLM({
    version: options.litellmVersion,
    extras,
    cacheRoot: options.cacheRoot,
    python: options.python,
    timeoutMs: run.left(options.installTimeoutMs),
    log,
    group: hooks.group ? (title, lines) => hooks.group?.(
      run.masker.mask(title),
      lines.map((l) => run.masker.mask(l))
    ) : void 0,
    remoteCache: hooks.remoteCache
  });
  run.timings.installMs = Date.now() - installStarted;
  state.litellmVersion = installation.version;
  state.litellmLock = { reviewed: installation.lock.reviewed, excludeNewer: installation.lock.excludeNewer, extras: [...installation.lock.extras] };
  hooks.installed?.(installation);
  if (hooks.precompile !== false) {
    state.bytecode = startPrecompile({ venvDir: installation.venvDir, python: installation.python, version: installation.version });
    if (state.bytecode) log("Compiling the modules the proxy imports, beside its first start...");
  }
  const tempRoot = options.tempRoot ?? os4.tmpdir();
  fs10.mkdirSync(tempRoot, { recursive: true });
  const workDir = fs10.mkdtempSync(path8.join(tempRoot, "verify-litellm-"));
  state.workDir = workDir;
  const configFile = privateFolder(config, workDir, log);
  const writeCopy = (pins = []) => {
    const copy = privateCopy(config, { pins });
    fs10.writeFileSync(configFile, copy.text, { mode: 384 });
    return copy;
  };
  const first = writeCopy();
  if (first.detached.length) {
    log(`Shared Redis state detached in the private copy (${first.detached.join(", ")}): the runner has no such server, and a probe needs none.`);
    const at = config.settingPositions[first.detached[0]] ?? { line: 1, column: 1 };
    run.addFinding({
      severity: "notice",
      rule: "not-verified-shared-state",
      message: `Not verified by this run: ${first.detached.map((k) => `\`${k}\``).join(", ")} (detached, as the runner has no Redis). The real proxy connects to that Redis at start-up and exits when it cannot${first.detached.includes("litellm_settings.cache") ? "; a `cache: true` with no host or url in `cache_params` reads REDIS_URL, else REDIS_HOST and REDIS_PORT, from its environment" : ""}.`,
      fix: "Check that the deployment that runs this config has that Redis and its variables.",
      file: config.displayPath,
      line: at.line,
      column: at.column
    });
  }
  if (first.callbacksOff.length)
    log(
      `Observability callbacks turned off in the private copy (a probe run must not report to your ${first.callbacksOff.join(", ")}, and needs neither their packages nor their credentials); custom callback modules stay on.`
    );
  const masterKey = newMasterKey();
  run.masker.add(masterKey);
  const probedRefs = new Set(deployments.flatMap((d) => d.envRefs.map((r) => r.name)));
  const otherRefs = new Set(config.deployments.filter((d) => !deployments.includes(d)).flatMap((d) => d.envRefs.map((r) => r.name)));
  const referenced = [...new Set(config.envRefs.map((r) => r.name))].filter((n) => (probedRefs.has(n) || !otherRefs.has(n)) && !isDenied(n));
  const proxyEnv = proxyEnvironment({ source: options.env, referenced, provided: options.provided, masterKey });
  const servedModelEnv = (name) => proxyEnv[name];
  let stoppedBy = null;
  let decided;
  const decide = (answer) => {
    const outcome = applyAnswer(config, answer, deployments, options.temperature);
    for (const f of [...outcome.findings, ...missingExtras(config, answer, deployments, installation.lock.extras)]) run.addFinding(f);
    if (outcome.error) {
      stoppedBy = outcome.error;
      return null;
    }
    const plan = credentialPlan({
      answer,
      deployments: config.deployments,
      probed: deployments,
      staticRefs: referenced,
      lookup: (name) => isDenied(name) || otherRefs.has(name) && !probedRefs.has(name) ? void 0 : run.envLookup(name),
      source: options.env
    });
    for (const [name, value] of Object.entries(plan.env)) {
      if (!readOnlyAsName(name, answer.envRefs)) run.masker.add(value);
      proxyEnv[name] = value;
    }
    log(
      `LiteLLM ${answer.litellmVersion ?? ""} described ${answer.deployments.length} deployment(s) in ${answer.computeMs ?? "?"} ms after its import.`.replace(
        "  ",
        " "
      )
    );
    log(`Variables passed to the proxy: ${plan.reasons.join("; ") || "none"}.`);
    if (plan.pinned.length) {
      writeCopy(plan.pinned);
      log(
        `api_key pinned to a placeholder in the private copy for ${plan.pinned.map((d) => `'${d.alias}'`).join(", ")}: a route to your own api_base with no api_key must not pick up a provider key passed for another route.`
      );
    }
    return plan.env;
  };
  log("Starting the LiteLLM proxy on 127.0.0.1...");
  const proxy = await startProxy({
    python: installation.python,
    configFile,
    env: proxyEnv,
    masterKey,
    logFile: path8.join(workDir, "proxy.log"),
    cwd: fs10.mkdtempSync(path8.join(workDir, "cwd-")),
    // never the workspace: Python imports what it finds there
    moduleDir: path8.dirname(config.absolutePath),
    memoryBytes: PROXY_MEMORY_BYTES,
    readyTimeoutMs: run.left(options.startTimeoutMs),
    onSpawn: (pid) => hooks.proxyStarted?.({ pid, workDir }),
    oracle: {
      request: { config: configFile, temperature: options.temperature },
      // A retried start (port taken) asks again: the same answer, its findings once.
      decide: (answer) => Promise.resolve(decided !== void 0 ? decided : decided = decide(answer)),
      // Never silent: without LiteLLM's answer the findings rest on the static reading, and a route's implicit
      // variables (validate_environment) are not passed, so the verdict may differ from the real proxy's.
      unanswered: () => run.addFinding({
        severity: "warning",
        rule: "oracle-unanswered",
        message: "LiteLLM gave no description of the config before serving (src/litellm/oracle.py said nothing usable); the checks rest on the static reading of the file, and variables LiteLLM reads without the config naming them were not passed to the proxy.",
        fix: "Look at the proxy log for an error raised while LiteLLM read the config; report it if the config is valid.",
        file: config.displayPath,
        line: 1,
        column: 1
      })
    }
  }).catch((error) => {
    if (stoppedBy) return null;
    throw error;
  });
  if (!proxy) return stoppedBy;
  state.proxy = proxy;
  run.timings.startMs = proxy.startupMs;
  log(`Proxy ready on ${proxy.baseUrl} in ${(proxy.startupMs / 1e3).toFixed(1)}s.`);
  state.aliases = await run.probeAll(config, probePlan(deployments, true), run.target(proxy.baseUrl, masterKey), servedModelEnv);
  if (options.keepRunning && verdictOf(state.aliases, null) !== "fail") {
    state.kept = { pid: proxy.pid, baseUrl: proxy.baseUrl, masterKey, workDir };
    log(`Leaving the proxy running on ${proxy.baseUrl} for the rest of the job.`);
  }
  return null;
}
async function lintGate(run, state, config, deployments) {
  const { options, log } = run;
  for (const f of lintConfig(config, { deployments, env: run.envLookup, temperature: options.temperature, inputVariables: Object.keys(options.provided) }))
    run.addFinding(f);
  const errors = run.findings.filter((f) => f.severity === "error");
  const missingSecrets = errors.filter((f) => f.variable !== void 0 && f.variable in options.provided);
  const stopped = (found) => {
    const first = found[0];
    return {
      stage: "config",
      message: `${found.length} error${found.length > 1 ? "s" : ""} in ${config.displayPath}; first: line ${first.line}: ${first.message}`,
      fix: first.fix ?? null
    };
  };
  const emptySecrets = Object.entries(options.provided).filter(([, value]) => !value).map(([name]) => name);
  if (emptySecrets.length && missingSecrets.length === errors.length && options.onMissingSecret === "skip") {
    const reason = `${emptySecrets.length > 1 ? "secrets" : "the secret"} ${emptySecrets.join(", ")} ${emptySecrets.length > 1 ? "are" : "is"} empty (e.g. a pull request from a fork, which gets no secrets); not verified, and nothing from the config was run.`;
    state.aliases = probePlan(deployments, true).map(({ deployment: d, deploymentId }) => ({ ...emptyAliasReport(d), deploymentId, skippedReason: reason }));
    log(`Skipping: ${reason}`);
    let found = [];
    try {
      found = await askLiteLLM(config, { ...options, log, remoteCache: run.hooks.remoteCache, installed: run.hooks.installed });
      for (const f of found) run.addFinding(f);
    } catch (error) {
      log(`LiteLLM's checks did not run: ${errorMessage(error)}`);
    }
    const broken = found.filter((f) => f.severity === "error");
    if (broken.length) {
      return stopped(broken);
    }
    return "skipped";
  }
  return errors.length ? stopped(errors) : "go";
}

// src/diagnose/servers.ts
var SERVER_NAME = {
  vllm: "vLLM",
  llamacpp: "llama.cpp (llama-server)",
  ollama: "Ollama",
  sglang: "SGLang",
  tgi: "TGI"
};
var WORDS2 = [
  // llama.cpp tools/server: exceed_context_size_error, the --jinja tools refusal, its key refusal.
  ["llamacpp", /exceeds the available context size|exceed_context_size_error|requires --jinja|\binput \(\d+ tokens\) is larger than the max context size/],
  // Ollama server/routes.go and server/images.go.
  ["ollama", /not found, try pulling it first|registry\.ollama\.ai\/|\bdoes not support (?:tools|thinking|chat)\b/],
  // SGLang managers/tokenizer_manager.py `_validate_one_request`.
  ["sglang", /is longer than the model's context length \(\d+ tokens\)|Requested token count exceeds the model's maximum context length of \d+/],
  // TGI router/src/validation.rs.
  ["tgi", /`inputs` tokens \+ `max_new_tokens` must be <=|`inputs` must have less than \d+ tokens|Input validation error: /],
  // vLLM's engine/serving.py and --enable-auto-tool-choice refusal.
  ["vllm", /--enable-auto-tool-choice|max_model_len|'max_tokens' or 'max_completion_tokens' is too large/]
];
var PORTS = [
  ["11434", "ollama"],
  ["30000", "sglang"]
];
function serverFromMessage(message) {
  return WORDS2.find(([, re]) => re.test(message))?.[0] ?? null;
}
function serverFromRoute(d) {
  const provider = d.litellm?.provider ?? d.provider;
  if (provider === "ollama" || provider === "ollama_chat") return "ollama";
  if (provider === "hosted_vllm") return "vllm";
  try {
    const port = d.apiBase ? new URL(d.apiBase).port : "";
    return PORTS.find(([p]) => p === port)?.[1] ?? null;
  } catch {
    return null;
  }
}
function serverOf(message, d) {
  return serverFromMessage(message) ?? serverFromRoute(d);
}

// src/diagnose/context.ts
var num = (s) => s === void 0 ? null : Number(s);
function readContextRefusal(message) {
  let m = /is too large: (\d+)\. This model's maximum context length is (\d+) tokens and your request has (\d+) input tokens/.exec(message);
  if (m) return { asked: num(m[1]), window: num(m[2]), input: num(m[3]) };
  m = /maximum context length is (\d+) tokens\. However, you requested \d+ tokens \((\d+) in the messages, (\d+) in the completion\)/.exec(message);
  if (m) return { window: num(m[1]), input: num(m[2]), asked: num(m[3]) };
  m = /maximum context length is (\d+) tokens\. However, (?:your request has (\d+) input tokens|you requested (\d+) tokens in the messages)/.exec(message);
  if (m) return { window: num(m[1]), input: num(m[2] ?? m[3]), asked: null };
  m = /engine prompt length (\d+) exceeds the max_model_len (\d+)/.exec(message);
  if (m) return { window: num(m[2]), input: num(m[1]), asked: null };
  m = /request \((\d+) tokens\) exceeds the available context size \((\d+) tokens\)|input \((\d+) tokens\) is larger than the max context size \((\d+) tokens\)/.exec(
    message
  );
  if (m) return { window: num(m[2] ?? m[4]), input: num(m[1] ?? m[3]), asked: null };
  m = /The input \((\d+) tokens\) is longer than the model's context length \((\d+) tokens\)/.exec(message);
  if (m) return { window: num(m[2]), input: num(m[1]), asked: null };
  m = /maximum context length of (\d+) tokens\. You requested a total of \d+ tokens: (\d+) tokens from the input messages and (\d+) tokens for the completion/.exec(
    message
  );
  if (m) return { window: num(m[1]), input: num(m[2]), asked: num(m[3]) };
  m = /`inputs` tokens \+ `max_new_tokens` must be <= (\d+)\. Given: (\d+) `inputs` tokens and (\d+) `max_new_tokens`/.exec(message);
  if (m) return { window: num(m[1]), input: num(m[2]), asked: num(m[3]) };
  if (/exceeds the available context size|exceed_context_size_error/.test(message)) return { window: null, asked: null, input: null };
  if (/ContextWindowExceededError|maximum context length|context length exceeded|context_length_exceeded/i.test(message))
    return { window: null, asked: null, input: null };
  return null;
}
function lineOf(config, d) {
  return `${config.displayPath}:${d.position.line}`;
}
var WINDOW_SETTING = {
  vllm: "start vLLM with a larger `--max-model-len` (the model's own limit allows more for most models)",
  // llama.cpp: `-c` is shared by the `--parallel` slots; the error names the slot's share (server-context.cpp).
  llamacpp: "start llama-server with a larger `-c` / `--ctx-size` (with `--parallel N` each request gets a slot of ctx-size / N; `-c 0` takes the model's own length)",
  sglang: "start SGLang with a larger `--context-length` (up to the model's own limit)",
  tgi: "start TGI with a larger `--max-total-tokens` (and `--max-input-tokens` for the prompt alone)",
  ollama: "raise num_ctx: `OLLAMA_CONTEXT_LENGTH` for the Ollama server, or `PARAMETER num_ctx` in the model's Modelfile (Ollama cuts a longer prompt from the front instead of refusing it)"
};
var ANY_SERVER = "raise the server's context window (vLLM `--max-model-len`, llama.cpp `-c`, SGLang `--context-length`, TGI `--max-total-tokens`, Ollama `num_ctx`)";
function diagnoseContext(o, ctx, asked2 = null) {
  if (o.status === null) return null;
  const message = o.error?.message ?? "";
  const found = readContextRefusal(message);
  if (!found || o.status >= 500 && found.window === null) return null;
  const d = ctx.deployment;
  const kind = serverOf(message, d);
  const server = kind ? SERVER_NAME[kind] : "the server";
  const raise = kind ? WINDOW_SETTING[kind] : ANY_SERVER;
  const output = found.asked ?? asked2;
  const window = found.window !== null ? `${found.window} tokens` : "a context window";
  const promptOnly = found.asked === null && found.input !== null && found.window !== null && found.input >= found.window;
  if (promptOnly) {
    return {
      code: "context-window",
      summary: `the upstream behind '${d.alias}'${kind ? ` (${server})` : ""} serves ${window} of context, and the prompt alone (${found.input} tokens) fills it.`,
      fix: `${capital(raise)}, or route '${d.alias}' to a server with a longer context; agents send long system prompts and tool lists.`
    };
  }
  const room = found.window !== null && found.input !== null ? found.window - found.input : null;
  const cap = found.window !== null ? Math.max(1, Math.floor((room ?? found.window) * 0.5)) : "<N>";
  return {
    code: "context-window",
    summary: `the upstream behind '${d.alias}' serves ${window} of context${found.input !== null ? ` (${found.input} taken by the prompt)` : ""}, and the client asked for ${output !== null ? `max_tokens ${output}` : "more output than fits"}: ${server} refuses instead of shortening the answer.`,
    fix: `Either ${raise}, so that it holds prompt + ${output ?? "max_tokens"} (${kind === "vllm" || kind === null ? "vLLM refuses rather than clamps on chat" : `${server} refuses rather than clamps`}); or cap the output in the config: \`model_info: {max_output_tokens: ${cap}}\` on '${d.alias}' (${lineOf(ctx.config, d)}) together with \`litellm_settings: {modify_params: true}\` (LiteLLM 1.108.7 lowers max_tokens only with both; \`litellm_params.max_tokens\` does not cap, the client's own max_tokens wins), or make the client ask for less (Claude Code: \`CLAUDE_CODE_MAX_OUTPUT_TOKENS\`).`
  };
}
var capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// src/probe/outcome.ts
var excerpt = (text, max = 120) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
};
function failureText(o) {
  return o.error?.message ?? o.transport?.message ?? o.reply ?? o.problem ?? null;
}

// src/diagnose/matcher.ts
var msg = (o) => o.error?.message ?? "";
var where = (ctx) => `${ctx.config.displayPath}:${ctx.deployment.position.line}`;
var host = (d) => {
  try {
    return d.apiBase ? new URL(d.apiBase).host : "the provider";
  } catch {
    return d.apiBase ?? "the provider";
  }
};
function upstreamModelOf(d) {
  if (d.litellm?.upstreamModel) return d.litellm.upstreamModel;
  if (d.provider && d.model.startsWith(`${d.provider}/`)) return d.model.slice(d.provider.length + 1);
  return d.model.replace(/^[a-z_]+\//, "");
}
var NAMES_A_MODEL = /does not exist|model_not_found|model\b.*not found|not found.*model/i;
var lacksV1 = (d) => d.apiBase !== null && /^https?:\/\//.test(d.apiBase) && !/\/v1\/?$/.test(d.apiBase);
var paramAt = (ctx, param) => `${ctx.deployment.file}:${(ctx.deployment.paramPositions[param] ?? ctx.deployment.position).line}`;
function messageCore(message, max = 200) {
  const head = message.split(/\n\n(?:LiteLLM: model group|Deployment Info:)|\nstack trace:/)[0] ?? message;
  const core = head.replace(/^litellm\.\w+: /, "").replace(/^\w+(?:Error|Exception): /, "").replace(/^\w+Exception - /, "").replace(/ ssl:<ssl\.SSLContext object at 0x[0-9a-f]+>/gi, "");
  return excerpt(core || message, max);
}
var withCore = (o) => msg(o) ? `: ${messageCore(msg(o)).replace(/\.$/, "")}` : "";

// src/diagnose/provider.ts
var NO_CLOUD_CREDENTIALS = /Unable to locate credentials|NoCredentialsError|could not find default credentials|DefaultCredentialsError|Your default credentials were not found|DefaultAzureCredential failed|ClientAuthenticationError|AZURE_AD_TOKEN|The security token included in the request is invalid|UnrecognizedClientException|InvalidClientTokenId|SignatureDoesNotMatch/i;
function variablesFor(provider, named) {
  const extra = provider === "bedrock" || provider === "sagemaker" || provider === "sagemaker_chat" || provider === "bedrock_converse" ? ["AWS_REGION_NAME (or aws_region_name)", "AWS_SESSION_TOKEN for temporary credentials"] : provider?.startsWith("vertex_ai") ? ["GOOGLE_APPLICATION_CREDENTIALS (a service-account JSON file), or vertex_credentials in litellm_params"] : provider?.startsWith("azure") ? ["AZURE_API_KEY, or AZURE_CLIENT_ID / AZURE_TENANT_ID / AZURE_CLIENT_SECRET for Azure AD"] : [];
  return [.../* @__PURE__ */ new Set([...named, ...extra])].join(", ");
}
var oidcStep = (provider) => provider?.startsWith("vertex_ai") ? "google-github-actions/auth (it sets GOOGLE_APPLICATION_CREDENTIALS)" : provider?.startsWith("bedrock") || provider?.startsWith("sagemaker") ? "aws-actions/configure-aws-credentials" : "your cloud's login action";
function cloudCredentials(o, ctx) {
  const m = o.error?.message ?? o.reply ?? "";
  if (!NO_CLOUD_CREDENTIALS.test(m)) return null;
  const d = ctx.deployment;
  const provider = d.litellm?.provider ?? d.provider;
  const vars = variablesFor(provider, d.litellm?.implicitEnv ?? []);
  const invalid = /security token included in the request is invalid|UnrecognizedClientException|InvalidClientTokenId|SignatureDoesNotMatch/i.test(m);
  return {
    code: "auth",
    summary: invalid ? `${provider ?? "the provider"} refused the credentials LiteLLM signed '${d.alias}' with (HTTP ${o.status ?? "?"}).` : `LiteLLM found no ${provider ?? "cloud"} credentials for '${d.alias}' (HTTP ${o.status ?? "?"}): it reads them from the environment, not from api_key.`,
    fix: invalid ? `Check the values of ${vars || "the credential variables"} in the step's env: (they must belong to an identity allowed to call the model).` : `Set ${vars || "the provider's credential variables"} in the step's \`env:\` (from secrets, or an OIDC step such as ${oidcStep(provider)} before this one); verify-litellm passes them to the proxy for this route.`
  };
}
function credentialsUnusable(o, ctx) {
  const d = ctx.deployment;
  const problem = d.litellm?.credentialsProblem;
  if (!problem || o.status === null && !o.error) return null;
  const line = `${d.file}:${(d.paramPositions.vertex_credentials ?? d.position).line}`;
  return {
    code: "auth",
    summary: `LiteLLM cannot use the vertex_credentials of '${d.alias}' where the proxy runs (${problem.reason}), so it never called Vertex AI: the HTTP ${o.status ?? "error"} is LiteLLM's own.`,
    fix: problem.file ? `Make the file named at ${line} exist where the proxy runs (a relative path is read from the proxy's working folder), or give the credentials JSON through the environment: \`vertex_credentials: os.environ/VERTEX_CREDENTIALS\`.` : `Give the service-account JSON itself, or a path to it, at ${line}: \`vertex_credentials: os.environ/VERTEX_CREDENTIALS\`.`
  };
}
var PACKAGE_MISSING = /Install it with: pip install|\bpip install [\w'[\]-]+|No module named '[\w.]+'|ModuleNotFoundError/;
var QUOTES_A_BODY = /\{\s*"(?:error|detail|object|message)"\s*:|Traceback \(most recent call last\)/;
function packageMissing(o, ctx) {
  const message = o.error?.message ?? "";
  if (!PACKAGE_MISSING.test(message)) return null;
  const d = ctx.deployment;
  if ((d.litellm?.openaiCompatible ?? d.provider === "openai") || QUOTES_A_BODY.test(message)) return null;
  return {
    code: "proxy-error",
    summary: `LiteLLM cannot call '${ctx.deployment.alias}' in verify-litellm's install: it lacks a Python package for this route${withCore(o)}. Nothing was sent upstream, and nothing says the route's config is wrong.`,
    fix: `verify-litellm installs \`litellm[proxy]\` from its hash lock, plus the LiteLLM extras in ${setting("litellm-extras")} (\`google\` for Vertex AI routes); a proxy that has the package LiteLLM names (LiteLLM's Docker images have them) calls this route. Set ${setting("litellm-extras")} to the extra that has it, or leave the route out of ${setting("models")} to verify the others.`
  };
}
function azureNotFound(o, ctx) {
  const d = ctx.deployment;
  const provider = d.litellm?.provider ?? d.provider;
  if (!provider?.startsWith("azure") || !(o.status === 404 || /NotFoundError|DeploymentNotFound|Resource not found/i.test(o.error?.message ?? ""))) return null;
  const deployment = (d.litellm?.upstreamModel ?? d.model).replace(/^azure(_ai)?\//, "");
  const line = (param) => `${d.file}:${(d.paramPositions[param] ?? d.position).line}`;
  const version = typeof d.params.api_version === "string" ? ` (api_version \`${d.params.api_version}\` at ${line("api_version")})` : " (api_version from AZURE_API_VERSION)";
  return {
    code: "upstream-model-not-found",
    summary: `Azure has no deployment \`${deployment}\` for '${d.alias}' at ${d.apiBase ?? "its api_base"}, or does not serve it with this api_version${version}.`,
    fix: `Write the Azure *deployment* name (not the model name) after \`azure/\` at ${line("model")}, and an api_version the resource serves; api_base is the resource root (https://<resource>.openai.azure.com), without /openai or /v1.`
  };
}
function providerMissing(o, ctx) {
  if (!/LLM Provider NOT provided/.test(o.error?.message ?? "")) return null;
  const d = ctx.deployment;
  const line = `${d.file}:${(d.paramPositions.model ?? d.position).line}`;
  return {
    code: "no-deployment",
    summary: `LiteLLM cannot pick a provider for \`${d.model}\` ('${d.alias}'), so it never calls an upstream.`,
    fix: d.apiBase ? `For an OpenAI-compatible server write \`model: openai/${d.model}\` at ${line} (or set \`custom_llm_provider: openai\`).` : `Prefix the model at ${line} with a provider LiteLLM knows (\`openai/\`, \`anthropic/\`, \`bedrock/\`, ...).`
  };
}

// src/diagnose/connection.ts
import { isIP } from "node:net";
var CAUSES = [
  [
    "tls",
    /CERTIFICATE_VERIFY_FAILED|certificate verify failed|SSLCertVerificationError|SSLError|\[SSL[:\]]|WRONG_VERSION_NUMBER|self[- ]signed certificate|unable to (?:get local issuer|verify the first) certificate|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_/i
  ],
  [
    "dns",
    /Name or service not known|nodename nor servname|Temporary failure in name resolution|No address associated with hostname|Name does not resolve|gaierror|getaddrinfo|ENOTFOUND|EAI_AGAIN|Could not resolve host/i
  ],
  ["refused", /Connection refused|ECONNREFUSED|Errno 111\]|Errno 61\]|Connect call failed|actively refused/i]
];
function connectionCauseIn(text) {
  return CAUSES.find(([, re]) => re.test(text))?.[0] ?? null;
}
var NEVER_RESOLVES = /\.(?:invalid|test|example)\.?$/i;
function possibleConnectionCauses(apiBase2) {
  let url;
  try {
    url = new URL(apiBase2 ?? "https://provider.default");
  } catch {
    return ["dns", "refused", "tls"];
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (NEVER_RESOLVES.test(hostname)) return ["dns"];
  const literal = isIP(hostname) !== 0 || hostname === "localhost" || hostname.endsWith(".localhost");
  return [...literal ? [] : ["dns"], "refused", ...url.protocol === "https:" ? ["tls"] : []];
}
function causeLine(message, cause) {
  const re = CAUSES.find(([c]) => c === cause)[1];
  const line = message.split("\n").find((l) => re.test(l)) ?? message;
  return excerpt(messageCore(line, 1e3).replace(/^[\w.]+(?:Error|Exception|gaierror): /, ""), 100);
}
var connection = (o, ctx) => {
  const m = msg(o);
  const named = connectionCauseIn(m);
  if (!named && !/Connection error|APIConnectionError|ConnectError|Cannot connect/i.test(m)) return null;
  const d = ctx.deployment;
  if (d.params.api_base === void 0 || d.params.api_base === null)
    return {
      code: "connection",
      summary: `LiteLLM could not connect to ${d.litellm?.provider ?? d.provider ?? "the provider"}'s endpoint for '${d.alias}'${withCore(o)}.`,
      fix: "The route has no api_base, so LiteLLM used the provider's own endpoint: check the runner's network access to it (HTTPS_PROXY / NO_PROXY, firewall), or set api_base if the route should go elsewhere."
    };
  const at = paramAt(ctx, "api_base");
  let url = null;
  try {
    url = d.apiBase ? new URL(d.apiBase) : null;
  } catch {
    url = null;
  }
  const target = url ? url.host : d.apiBase ?? "the provider's default endpoint";
  const hostname = url?.hostname ?? "";
  const possible = possibleConnectionCauses(d.apiBase);
  const cause = named ?? (possible.length === 1 ? possible[0] : null);
  const serviceName = hostname !== "" && !hostname.includes(".") && hostname !== "localhost" && isIP(hostname) === 0;
  const fixFor = {
    dns: `${hostname ? `the host name \`${hostname}\`` : "the provider's host name"} must resolve from the runner${serviceName ? ` (\`${hostname}\` looks like a Docker Compose or Kubernetes service name, which resolves only inside that network; from the runner use 127.0.0.1 and the published port)` : ""}`,
    refused: `the model server must be running and listening on ${target} before this step (check host, port and http/https)`,
    tls: /WRONG_VERSION_NUMBER/i.test(m) ? "the server does not speak TLS on that port: use http:// in api_base" : "the server's certificate must be one the proxy trusts: for a self-signed or private-CA certificate set SSL_CERT_FILE to its CA bundle in the step's env (the proxy inherits it), or as a last resort `litellm_settings: {ssl_verify: false}`; for a plain-HTTP server use http://"
  };
  const said = named ? ` (${named === "tls" ? "TLS" : named === "dns" ? "DNS" : "connection refused"}: ${causeLine(m, named)})` : "";
  if (named === "dns" && hostname && !possible.includes("dns")) {
    const hf = (d.litellm?.provider ?? d.provider) === "huggingface";
    return {
      code: "connection",
      summary: `a DNS lookup failed for '${d.alias}'${said}, but api_base's host \`${hostname}\` is an address that needs none: the name that did not resolve is another host LiteLLM calls for this route${hf ? " (for huggingface/, https://huggingface.co, which it asks for the model's task before it calls api_base)" : ""}.`,
      fix: hf ? `Let the proxy reach huggingface.co (DNS, HTTPS_PROXY / NO_PROXY, the runner's egress allow-list), or, for a text-embeddings-inference server, route it as \`openai/<model>\` with api_base ending in /v1 (TEI serves the OpenAI-style /v1/embeddings), which calls only api_base (${at}).` : `api_base (${at}) needs no lookup: check the runner's DNS and outbound proxy (HTTPS_PROXY / NO_PROXY) for the other hosts this route's provider calls.`
    };
  }
  if (cause === "dns") {
    return {
      code: "connection",
      summary: `LiteLLM cannot resolve ${hostname ? `the host name \`${hostname}\`` : "the provider's host name"} for '${d.alias}'${said || (NEVER_RESOLVES.test(hostname) ? " (a reserved name that never resolves)" : " (DNS)")}.`,
      fix: `Fix the host in api_base at ${at}: ${fixFor.dns}.`
    };
  }
  if (cause === "refused") {
    return {
      code: "connection",
      summary: named ? `nothing accepted LiteLLM's connection to ${target} for '${d.alias}'${said}.` : `LiteLLM's connection to ${target} for '${d.alias}' was refused, or closed before an answer ("Connection error.").`,
      fix: `Check api_base at ${at}: ${fixFor.refused}.`
    };
  }
  if (cause === "tls") {
    return {
      code: "connection",
      summary: `LiteLLM's TLS handshake with ${target} failed for '${d.alias}'${said}.`,
      fix: `Check api_base at ${at}: ${fixFor.tls}.`
    };
  }
  const reasons = {
    dns: "the host name does not resolve from the runner",
    refused: "nothing accepts connections on that port",
    tls: "the TLS handshake fails (an untrusted or self-signed certificate, or https:// to a plain-HTTP port)"
  };
  return {
    code: "connection",
    summary: `LiteLLM cannot connect to ${target} for '${d.alias}': ${possible.map((c) => reasons[c]).join(", or ")} (LiteLLM says only "Connection error.").`,
    fix: `Check api_base at ${at}: ${possible.map((c) => fixFor[c]).join("; ")}.`
  };
};
function connectedYetBroken(o, ctx, via = null) {
  const base = ctx.deployment.params.api_base === void 0 ? null : ctx.deployment.apiBase;
  if (connectionCauseIn(msg(o)) || !base || !/^http:\/\//i.test(base)) return null;
  const target = host(ctx.deployment);
  return {
    code: "connection",
    summary: `the runner connects to ${target}${via ? ` through the outbound proxy ${via.shown}` : ""}, yet LiteLLM's exchange with it for '${ctx.deployment.alias}' failed ("Connection error."): the server accepted the connection, then closed it mid-reply or sent a reply LiteLLM's client could not read (a Content-Encoding or Content-Length that does not match the body).`,
    fix: `A server is listening at api_base (${paramAt(ctx, "api_base")}): check its logs and any reverse proxy in front of it (compression, a body cut short), and HTTPS_PROXY / NO_PROXY if the proxy's traffic goes through another host.`
  };
}
function outboundUnreachable(ctx, via, seen) {
  const target = host(ctx.deployment);
  return {
    code: "connection",
    summary: `LiteLLM could not connect to ${target} for '${ctx.deployment.alias}' ("Connection error."), and the runner could not either, ${excerpt(seen, 300)}.`,
    fix: `Requests to api_base (${paramAt(ctx, "api_base")}) go through the outbound proxy ${via.shown} (HTTPS_PROXY / HTTP_PROXY in the step's environment, which the LiteLLM proxy follows): check that this proxy is up and lets ${target} through, or list the host in NO_PROXY if it is to be reached directly.`
  };
}
function unreachableBecause(o, d, seen) {
  if (d.code !== "connection" || seen === "connected") return null;
  const cause = connectionCauseIn(`${msg(o)}
${seen ?? ""}`);
  if (seen === null && cause === null) return null;
  const because = {
    dns: "its host name does not resolve",
    refused: "nothing accepts connections there",
    tls: "the TLS handshake with it fails"
  };
  return cause ? because[cause] : "the runner cannot reach it either";
}

// src/diagnose/params.ts
var temperatureByLiteLLM = (o, ctx) => {
  if (!/UnsupportedParamsError/.test(msg(o)) || !/temperature/i.test(msg(o))) return null;
  return {
    code: "temperature-rejected-by-litellm",
    summary: `LiteLLM rejects temperature=${ctx.temperature ?? "?"} for \`${ctx.deployment.model}\` (it only accepts temperature=1), before anything reaches the upstream.`,
    fix: `Set \`drop_params: true\` in the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}), or \`litellm_settings: {drop_params: true}\` for every alias.`
  };
};
var temperatureByUpstream = (o, ctx) => {
  const m = msg(o);
  const aboutTemperature = o.error?.param === "temperature" || /'temperature'|temperature.*(not supported|does not support|unsupported)/i.test(m);
  if (!aboutTemperature || o.status === null || o.status >= 500) return null;
  const already = dropsTemperature(ctx.config, ctx.deployment);
  return {
    code: "temperature-rejected-by-upstream",
    summary: `the upstream at ${host(ctx.deployment)} rejects temperature=${ctx.temperature ?? "?"} for '${ctx.deployment.alias}' (a reasoning model such as GPT-5 behind \`${ctx.deployment.model}\`?).`,
    // drop_params only drops what LiteLLM believes the model cannot take; behind a name like gpt-4o it keeps temperature.
    fix: already ? `drop_params is on but LiteLLM still forwards temperature for \`${ctx.deployment.model}\`: add \`additional_drop_params: ["temperature"]\` to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}).` : `Add \`additional_drop_params: ["temperature"]\` to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}); \`drop_params: true\` drops it only when the model name says it is a reasoning model (e.g. \`openai/gpt-5\`).`
  };
};
var unsupportedParam = (o, ctx) => {
  const m = msg(o);
  const listed = /does not support parameters: \[([^\]\n\r]+)\]/.exec(m)?.[1];
  const one = /Unsupported (?:parameter|value): '([\w.-]+)'/.exec(m)?.[1] ?? /doesn't support ([\w.-]+)=/.exec(m)?.[1] ?? /Unrecognized request arguments? supplied: ([\w.-]+)/.exec(m)?.[1] ?? // OpenAI, for a parameter it does not know
  (o.error?.param && /unsupported|not supported/i.test(m) ? paramName(o.error.param) ?? void 0 : void 0);
  const names = listed ? listed.split(",").map((n) => paramName(n.trim().replace(/^['"]|['"]$/g, ""))).filter((n) => n !== null) : one ? [one] : [];
  const byLiteLLM = /UnsupportedParamsError/.test(m);
  if (!names.length && !byLiteLLM) return null;
  const d = ctx.deployment;
  const named = names.map((n) => `\`${n}\``).join(", ");
  const drop = `\`additional_drop_params: [${names.map((n) => `"${n}"`).join(", ")}]\``;
  if (!names.length) {
    return {
      code: "unsupported-param",
      summary: `LiteLLM rejects a request parameter for \`${d.model}\`${withCore(o)}.`,
      fix: `Set \`drop_params: true\` in the litellm_params of '${d.alias}' (${where(ctx)}).`
    };
  }
  return {
    code: "unsupported-param",
    summary: byLiteLLM ? `LiteLLM rejects the request parameter${names.length > 1 ? "s" : ""} ${named} for \`${d.model}\`, before anything reaches the upstream.` : `the upstream at ${host(d)} rejects the request parameter${names.length > 1 ? "s" : ""} ${named} for '${d.alias}'.`,
    fix: byLiteLLM ? `Set \`drop_params: true\` (or ${drop}) in the litellm_params of '${d.alias}' (${where(ctx)}), or stop sending ${named}.` : `Add ${drop} to the litellm_params of '${d.alias}' (${where(ctx)}) (\`drop_params: true\` drops only what LiteLLM knows the model cannot take), or stop sending ${named}.`
  };
};
function dropsTemperature(config, d) {
  const lists = [d.params.additional_drop_params, config.litellmSettings.additional_drop_params];
  if (lists.some((l) => Array.isArray(l) && l.includes("temperature"))) return true;
  const on = (v) => v === true || v === 1 || typeof v === "string" && /^(1|on|t|true|y|yes)$/i.test(v.trim());
  return on(d.params.drop_params) || on(config.litellmSettings.drop_params);
}

// src/diagnose/model-refusals.ts
var ROUTER_UNKNOWN = /\bmodel '[^'\n]{0,200}' not found\b|^model not found$/;
var ROUTER_NOT_LOADED = /^model is not loaded$/;
var LMSTUDIO_UNKNOWN = /^Invalid model identifier "[^"\n]{0,200}"\. Please specify a valid downloaded model/;
var LMSTUDIO_NONE = /^No models loaded\. Please load a model/;
var modelRefused = (o, ctx) => {
  if (o.status !== 400) return null;
  const core = messageCore(msg(o), 1e3).trim();
  const d = ctx.deployment;
  const model = upstreamModelOf(d);
  const found = (summary, fix) => ({ code: "upstream-model-not-found", summary, fix });
  if (LMSTUDIO_UNKNOWN.test(core))
    return found(
      `LM Studio at ${host(d)} has no model \`${model}\` (it names the ones it has in its message).`,
      `Make litellm_params.model at ${paramAt(ctx, "model")} name a model LM Studio lists at ${d.apiBase ?? "its"}/models (\`lms ls\` on that machine), or download it there (\`lms get\`).`
    );
  if (LMSTUDIO_NONE.test(core))
    return found(
      `LM Studio at ${host(d)} has no model loaded, and does not load one on request (just-in-time loading is off).`,
      `Load the model on that machine (\`lms load ${model}\`), or turn on just-in-time model loading in LM Studio's server settings.`
    );
  if (serverOf(msg(o), d) === "ollama") return null;
  if (ROUTER_UNKNOWN.test(core))
    return found(
      `the upstream at ${host(d)} does not know \`${model}\` (HTTP 400: llama-server in router mode answers an unknown model so).`,
      `Make litellm_params.model at ${paramAt(ctx, "model")} name a model the server lists at ${d.apiBase ?? "its"}/models (llama-server's router: a GGUF in its --models-dir or an entry of its --models-preset), or add the model there.`
    );
  if (ROUTER_NOT_LOADED.test(core))
    return found(
      `the upstream at ${host(d)} knows \`${model}\` but has not loaded it, and does not load models on demand (llama-server's router with autoload off).`,
      "Load the model on the server first (llama-server's router: POST /models/load), or start the router with models autoload on (its default)."
    );
  return null;
};
var errorIn200 = (o, ctx) => {
  if (!/^Error in response object$/.test(messageCore(msg(o)).trim())) return null;
  const d = ctx.deployment;
  const noV1 = lacksV1(d);
  return {
    code: "invalid-response",
    summary: `the server at ${host(d)} answered HTTP 200 with an error instead of a completion, so LiteLLM failed '${d.alias}' with a 422 of its own ("Error in response object")${noV1 ? `; api_base \`${d.apiBase}\` does not end in /v1, and LM Studio answers so for a path it does not serve` : ""}.`,
    fix: noV1 ? `End api_base at ${paramAt(ctx, "api_base")} with /v1 (LiteLLM appends /chat/completions to it; LM Studio serves the OpenAI API under /v1 only).` : `Check what the server answers at ${d.apiBase ?? "its api_base"}/chat/completions: its error is in the body of a 200 (LM Studio does this for paths it does not serve).`
  };
};

// src/diagnose/responses-api.ts
var RESPONSES = /* @__PURE__ */ new Set(["responses", "responses-tools"]);
var MESSAGES = /* @__PURE__ */ new Set(["messages", "messages-tools"]);
var noResponsesApi = (o, ctx) => {
  if (o.status !== 404 || !ctx.chatWorks) return null;
  const provider = ctx.deployment.litellm?.provider ?? ctx.deployment.provider;
  const viaMessages = MESSAGES.has(o.endpoint) && provider === "openai";
  if (!RESPONSES.has(o.endpoint) && !viaMessages) return null;
  if (NAMES_A_MODEL.test(messageCore(msg(o), 1e3))) return null;
  const d = ctx.deployment;
  const what = viaMessages ? "Anthropic Messages requests on an `openai/` route" : "the Responses API";
  const model = upstreamModelOf(d);
  return {
    code: "upstream-model-not-found",
    summary: `'${d.alias}' answers chat completions, but the server at ${host(d)} has no Responses API: LiteLLM sends ${what} to its /v1/responses, which answered 404 (TGI has none).`,
    fix: viaMessages ? `Route '${d.alias}' as \`hosted_vllm/${model}\` at ${paramAt(ctx, "model")} (LiteLLM 1.108.7 then bridges Anthropic Messages to /v1/chat/completions), or serve the model from a server with /v1/responses.` : "Serve this model from a server that has /v1/responses (vLLM, SGLang, Ollama and LM Studio do; TGI does not): LiteLLM sends the Responses API there on every OpenAI-compatible route."
  };
};

// src/diagnose/gateways.ts
var challenged = (o, ctx) => {
  if (!o.challenge) return null;
  const where2 = o.challenge === "upstream" ? `in front of the upstream at ${host(ctx.deployment)}` : "in front of the proxy";
  return {
    code: "upstream-blocked",
    summary: `Cloudflare ${where2} answered '${ctx.deployment.alias}' with a browser check (HTTP ${o.status ?? "?"}, cf-mitigated: challenge) instead of passing the request on; no key was looked at.`,
    fix: `Let API clients through at Cloudflare for that host: a WAF rule that skips the challenge for the API path (or for the runner's addresses), or a Cloudflare Access service token; no HTTP client without a browser (${o.challenge === "upstream" ? "LiteLLM's" : "verify-litellm's"} included) passes a browser check.`
  };
};
var basicAuthAsked = (o, ctx) => {
  if (!o.authScheme || /^bearer$/i.test(o.authScheme)) return null;
  const basic = /^basic$/i.test(o.authScheme);
  return {
    code: "auth",
    summary: `the server at ${host(ctx.deployment)} asks for HTTP ${o.authScheme} credentials (WWW-Authenticate: ${o.authScheme}) for '${ctx.deployment.alias}' (HTTP ${o.status ?? "?"}): a reverse proxy in front of the model server, which does not take the Bearer key LiteLLM sends.`,
    fix: basic ? `Send the reverse proxy's credentials: add \`headers: {Authorization: os.environ/NAME}\` to the litellm_params at ${paramAt(ctx, "api_base")}, NAME holding "Basic <base64 of user:password>" (LiteLLM sends that header in place of the key; a user and password inside api_base make its client fail).` : `The reverse proxy wants ${o.authScheme} authentication, which LiteLLM does not do: let API requests through it with a Bearer key, or point api_base past it.`
  };
};
var credentialsInApiBase = (o, ctx) => /Cannot combine AUTHORIZATION header with AUTH argument or credentials encoded in URL/.test(msg(o)) ? {
  code: "auth",
  summary: `api_base for '${ctx.deployment.alias}' carries a user and password, and LiteLLM's HTTP client will not send them beside the Authorization header of the api_key ("Cannot combine AUTHORIZATION header with ... credentials encoded in URL"): no request reached ${host(ctx.deployment)}.`,
  fix: `Take user:password out of api_base at ${paramAt(ctx, "api_base")} and send them as \`headers: {Authorization: os.environ/NAME}\` in the same litellm_params, NAME holding "Basic <base64 of user:password>".`
} : null;

// src/diagnose/reply-shape.ts
var PYTHON_JSON_ERROR = /(?:Expecting (?:value|property name enclosed in double quotes|',' delimiter|':' delimiter)|Unterminated string starting at|Extra data|Invalid control character at|Invalid \\(?:escape|uXXXX escape)): line \d+ column \d+ \(char \d+\)/;
var PYTHON_JSON_TOO_DEEP = /maximum recursion depth exceeded while decoding a JSON/;
var NOT_UTF8 = /'utf-8' codec can't decode byte/;
var invalidResponse = (o, ctx) => {
  if (NOT_UTF8.test(msg(o)) && o.endpoint !== "stream")
    return {
      code: "invalid-response",
      summary: `the server at ${host(ctx.deployment)} answered with bytes that are not UTF-8 text, so LiteLLM could not read the reply${withCore(o)}.`,
      fix: `Look at the raw bytes the server answers at ${ctx.deployment.apiBase ?? "its api_base"}/chat/completions: a character cut between tokens or buffers is a server bug (llama-server has had such), another charset a server or proxy setting.`
    };
  if (!(o.problem === "not-json" || /Empty or invalid response|JSONDecodeError|Expecting value/i.test(msg(o)) || PYTHON_JSON_ERROR.test(msg(o)) || PYTHON_JSON_TOO_DEEP.test(msg(o))))
    return null;
  return {
    code: "invalid-response",
    summary: `the server at ${host(ctx.deployment)} answered with something that is not an OpenAI-compatible JSON reply${PYTHON_JSON_ERROR.test(msg(o)) ? ` (LiteLLM could not parse it${withCore(o)})` : ""}.`,
    fix: `Check that api_base points at the model server's API (ending in /v1), not at a web page or a reverse proxy's error page; a body cut short points at the server or a proxy in front of it.`
  };
};
var NO_CHOICES = /provider returned a response with no 'choices'\. Raw keys: \[([^\]\n]{0,600})\]/;
var notACompletion = (o, ctx) => {
  const raw = NO_CHOICES.exec(msg(o))?.[1];
  if (raw === void 0) return null;
  const keys = raw.split(",").map((k) => k.trim().replace(/^'(.*)'$/, "$1")).filter((k) => /^[\w.-]{1,40}$/.test(k)).slice(0, 12);
  const has = (k) => keys.includes(k);
  const where2 = `${ctx.deployment.apiBase ?? "its api_base"}/chat/completions`;
  if (has("choices"))
    return {
      code: "invalid-response",
      summary: `'${ctx.deployment.alias}' answered 200 with an empty choices list, which LiteLLM fails as "no 'choices'" (a content filter answers so on some providers; an answer cut by max_tokens still has a choice).`,
      fix: `Check what the server at ${host(ctx.deployment)} answers for this prompt (${setting("prompt")}): a filter in front of the model, or a gateway that drops the choices.`
    };
  const format = has("type") && has("content") ? ": it has the shape of Anthropic's Messages format" : has("error") || has("object") && has("message") ? ": an error object sent with HTTP 200" : "";
  return {
    code: "invalid-response",
    summary: `the server at ${host(ctx.deployment)} answered 200 with JSON that is no chat completion (no \`choices\`; its keys: ${keys.join(", ") || "none"})${format}, so LiteLLM failed '${ctx.deployment.alias}' with a 500 of its own.`,
    fix: format.includes("Anthropic") ? `The server answers in Anthropic's Messages format, not OpenAI's chat completion: if it serves Anthropic's API, route it with LiteLLM's provider for that API (\`anthropic/<model>\`, api_base without /v1); otherwise point api_base at its OpenAI-compatible API.` : `Check that api_base points at the model server's OpenAI-compatible API (LiteLLM posts to ${where2}) and what the server answers there.`
  };
};
var unreadableReply = (o, ctx) => /\bInvalid response object\b/.test(msg(o)) ? {
  code: "invalid-response",
  summary: `the server at ${host(ctx.deployment)} answered 200 with a chat completion LiteLLM could not read ("Invalid response object"): a field whose type OpenAI's format does not allow, such as message.content as a list of blocks (Mistral's reasoning replies) or a null message.`,
  fix: `Compare what the server answers at ${ctx.deployment.apiBase ?? "its api_base"}/chat/completions with OpenAI's chat completion format; for Mistral's API write the model as \`mistral/<model>\` (LiteLLM's mistral/ provider reads its content blocks) instead of \`openai/<model>\`.`
} : null;
var proxyFailed = (o, ctx) => o.status === 500 && msg(o).trim() === "Internal Server Error" ? {
  code: "proxy-error",
  summary: `the LiteLLM proxy itself failed while handling '${ctx.deployment.alias}' (a bare 500 "Internal Server Error", not LiteLLM's error object, which carries every upstream failure): nothing says the upstream at ${host(ctx.deployment)} failed.`,
  fix: `The proxy log has the traceback: run LiteLLM on this config and send the same request. LiteLLM fails so on a reply it cannot pass on, such as text with half a UTF-16 surrogate pair (a gateway cutting through an emoji); check what the server at ${host(ctx.deployment)} answers.`
} : null;
var SERVER_ERROR_TYPES = /^(?:api_error|overloaded_error|internal_server_error)$/;
var failedMidStream = (o, ctx) => o.status === 200 && o.endpoint !== "stream" && o.error && (/^5\d\d$/.test(o.error.code ?? "") || SERVER_ERROR_TYPES.test(o.error.type ?? "")) ? {
  code: "upstream-error",
  summary: `the upstream at ${host(ctx.deployment)} failed after the proxy's 200: the streamed reply for '${ctx.deployment.alias}' carried an error event${withCore(o)}.`,
  fix: "Check the model server's logs for this request (a server-side failure, not a config mistake)."
} : null;
var failedResponse = (o, ctx) => o.problem === "failed-response" ? {
  code: "upstream-error",
  summary: `the server at ${host(ctx.deployment)} answered '${ctx.deployment.alias}' with HTTP 200 and a response of status "failed"${withCore(o)}.`,
  fix: "Check the model server's logs for this request; it gave up on it (a server-side failure, not a config mistake)."
} : null;
var noChoices = (o, ctx) => o.problem === "no-choices" ? {
  code: "invalid-response",
  summary: `'${ctx.deployment.alias}' answered 200 with no choices at all (an answer cut by max_tokens still has one, with finish_reason "length").`,
  fix: `Check what the server at ${host(ctx.deployment)} answers for a chat completion: a gateway or filter in front of the model that drops the choices, or a server that is not OpenAI-compatible.`
} : null;
var oversized = (o, ctx) => o.problem === "truncated" ? {
  code: "invalid-response",
  summary: `the reply for '${ctx.deployment.alias}' ran past the size verify-litellm reads of one reply (a short prompt's answer is a few KB).`,
  fix: `Check what the server at ${host(ctx.deployment)} answers: a reply that size is a runaway or misbehaving server, not a model's answer.`
} : null;
var oversizedHeaders = (o, ctx) => o.transport && /UND_ERR_HEADERS_OVERFLOW/.test(o.transport.message) ? {
  code: "invalid-response",
  summary: `the proxy's reply for '${ctx.deployment.alias}' carried more than 16 KiB of headers, more than Node's HTTP clients read (fetch and undici stop there): LiteLLM passes every header the server at ${host(ctx.deployment)} sends on, renamed llm_provider-<name>. Python clients (httpx, up to 100 KiB) may still read it.`,
  fix: `Look at the headers the server at ${host(ctx.deployment)} answers with (curl -sD- -o /dev/null on its chat completions) and remove what adds that many bytes, at the server or at a reverse proxy in front of it.`
} : null;
var FILTERED = "content_filter";
var filteredFix = (ctx) => `Probe with a prompt the filter lets through (${setting("prompt")}), or review the content filter in front of the model at ${host(ctx.deployment)} (Azure OpenAI: the deployment's content filter configuration).`;
var emptyReply = (o, ctx) => {
  if (o.problem !== "empty-reply" && o.problem !== "no-vector") return null;
  if (o.finishReason === FILTERED)
    return {
      code: "empty-reply",
      summary: `'${ctx.deployment.alias}' answered 200 with no content: a content filter withheld the answer (finish_reason "content_filter").`,
      fix: filteredFix(ctx)
    };
  return {
    code: "empty-reply",
    summary: `'${ctx.deployment.alias}' answered 200 with no content${o.endpoint === "embeddings" ? " (no vector)" : ""}${o.finishReason === "length" ? ` (finish_reason "length": max_tokens ran out before any content)` : ""}.`,
    fix: `Raise ${setting("max-tokens")} (a thinking model may spend them all thinking), or check the server's chat template and reasoning parser.`
  };
};
var REPEATED_CHUNK = /The model is repeating the same chunk = ([\s\S]{0,200}?)\.(?:\n|$)/;
var streamBroken = (o, ctx) => {
  if (o.endpoint !== "stream") return null;
  if (o.problem === "empty-reply" && o.finishReason === FILTERED)
    return {
      code: "stream-broken",
      summary: 'the streamed reply had no content: a content filter withheld it (finish_reason "content_filter").',
      fix: filteredFix(ctx)
    };
  const broken = o.status === 200 && o.error || ["unterminated-stream", "empty-reply", "stalled-stream", "endless-stream", "truncated"].includes(o.problem ?? "");
  if (!broken) return null;
  const looped = o.error ? REPEATED_CHUNK.exec(o.error.message) : null;
  if (looped)
    return {
      code: "stream-broken",
      summary: `LiteLLM cut the stream: the model sent the same chunk (${JSON.stringify(excerpt(looped[1] ?? "", 40))}) over and over, and LiteLLM's loop guard ends a stream at 100 identical chunks in a row (REPEATED_STREAMING_CHUNK_LIMIT).`,
      fix: `The model loops on this prompt (a small model, this temperature, or a chat template that does not fit it): try another ${setting("prompt")} or ${setting("temperature")}, and check the server's chat template. A LiteLLM proxy with its defaults ends this model's streams for real clients the same way (the proxy's environment variable REPEATED_STREAMING_CHUNK_LIMIT sets the limit).`
    };
  if (o.problem === "endless-stream")
    return {
      code: "stream-broken",
      summary: `the stream opened (HTTP 200) and kept sending (${o.deltas ?? "more"} content deltas, more than max_tokens (${ctx.maxTokens ?? "?"}) allows) and did not end within ${Math.round(ctx.timeoutMs / 1e3)}s: the server does not stop at max_tokens.`,
      fix: `Check that the model server honours max_tokens on streamed requests (a stream that never ends never ends an agent's turn either), and that nothing in front of it replays the stream.`
    };
  return {
    code: "stream-broken",
    summary: o.error ? `the streamed reply carried an error event: ${messageCore(o.error.message)}` : o.problem === "empty-reply" ? "the streamed reply had no content." : o.problem === "stalled-stream" ? `the stream opened (HTTP 200) but ${o.reply ? `stopped after "${o.reply}"` : "sent no content"} and did not end within ${Math.round(ctx.timeoutMs / 1e3)}s.` : o.problem === "truncated" ? "the stream ran past the size verify-litellm reads of one reply without ending." : "the stream ended without [DONE].",
    fix: "Non-streaming requests work, so the route is right; check the model server's streaming (its log) and any reverse proxy buffering SSE."
  };
};

// src/diagnose/diagnose.ts
var unknownAlias = (o, ctx) => /Invalid model name passed in model=/.test(msg(o)) ? {
  code: "unknown-alias",
  summary: `the proxy does not know the alias '${ctx.deployment.alias}'.`,
  fix: `Check model_name at ${where(ctx)}; the proxy lists its aliases at /v1/models.`
} : null;
var noDeployment = (o, ctx) => {
  if (!/no healthy deployments|LLM Provider NOT provided/i.test(msg(o))) return null;
  const d = ctx.deployment;
  const at = `${ctx.config.displayPath}:${(d.paramPositions.model ?? d.position).line}`;
  if (d.litellm?.providerKnown && d.litellm.providerError)
    return {
      code: "no-deployment",
      summary: `LiteLLM knows the provider of '${d.alias}' (\`${d.model}\`) but cannot set the route up: ${messageCore(d.litellm.providerError)}`,
      fix: `Do what LiteLLM's message asks; if the route needs a login a CI runner cannot do, leave '${d.alias}' out of ${setting("models")} to verify the other routes.`
    };
  return {
    code: "no-deployment",
    summary: `LiteLLM cannot route '${d.alias}' to \`${d.model}\`: no provider it knows.`,
    fix: d.apiBase ? `Prefix the model with its provider at ${at}: for an OpenAI-compatible server (vLLM) write \`openai/${d.model.replace(/^[^/]+\/(?=.*\/)/, "")}\`.` : `Prefix the model with its provider at ${at} (\`vertex_ai/\`, \`openai/\`, \`anthropic/\`, ...; see litellm.provider_list).`
  };
};
var PROXY_KEY_REFUSED = /No connected db\.|Invalid proxy server token|LiteLLM Virtual Key expected|Malformed API Key passed|Authentication Error, No api key passed/;
var auth = (o, ctx) => {
  if (PROXY_KEY_REFUSED.test(msg(o))) {
    return {
      code: "auth",
      summary: `the proxy refused the key verify-litellm called it with (HTTP ${o.status ?? "?"}${withCore(o)}), so '${ctx.deployment.alias}' was never tried.`,
      fix: "Pass the proxy's master key (or a virtual key; virtual keys need the proxy's database) as the proxy key."
    };
  }
  if (!(o.status === 401 || o.status === 403 || /AuthenticationError|PermissionDeniedError|api_key client option must be set|Missing credentials/.test(msg(o))))
    return null;
  const key2 = ctx.deployment.envRefs.find((r) => r.param === "api_key");
  const missing = /Missing credentials/.test(msg(o));
  if (missing && /All fallback attempts failed/.test(msg(o)))
    return {
      code: "auth",
      summary: `'${ctx.deployment.alias}' failed, and so did the fallback LiteLLM tried after it, which had no API key to send (HTTP ${o.status ?? "?"}: LiteLLM's OpenAI client refuses to call without one).`,
      fix: `Give the deployment '${ctx.deployment.alias}' falls back to an api_key (its litellm_params.fallbacks, or the fallbacks in router_settings / litellm_settings); the proxy log says why '${ctx.deployment.alias}' itself failed.`
    };
  return {
    code: "auth",
    summary: missing ? `LiteLLM had no API key to send for '${ctx.deployment.alias}' (HTTP ${o.status ?? "?"}): ${key2 ? `${key2.name} reached the proxy empty` : "the deployment sets no api_key"}.` : `the upstream at ${host(ctx.deployment)} refused the key for '${ctx.deployment.alias}' (HTTP ${o.status ?? "?"}).`,
    fix: key2 ? `Check the value of ${key2.name} (the secret must be the key the upstream was started with: \`--api-key\` for vLLM, llama-server, SGLang and TGI alike).` : `Set api_key for '${ctx.deployment.alias}' (${where(ctx)}) to \`os.environ/VLLM_KEY\` and pass the key as a secret.`
  };
};
var modelNotFound = (o, ctx) => {
  if (!(o.status === 404 || /NotFoundError|does not exist|model_not_found/.test(msg(o)))) return null;
  const model = upstreamModelOf(ctx.deployment);
  const fixModel = `Make litellm_params.model at ${paramAt(ctx, "model")} match a model id the server lists at ${ctx.deployment.apiBase ?? "its"}/models (vLLM and SGLang: its --served-model-name; llama-server in router mode: its models dir or preset).`;
  if (!NAMES_A_MODEL.test(messageCore(msg(o), 1e3))) {
    const noV1 = lacksV1(ctx.deployment);
    const base = ctx.deployment.apiBase !== null;
    const openaiStyle = ctx.deployment.litellm?.openaiCompatible ?? true;
    return {
      code: "upstream-model-not-found",
      summary: `the upstream at ${host(ctx.deployment)} answered 404 without naming a model: the path${noV1 && openaiStyle ? ` (api_base \`${ctx.deployment.apiBase}\` does not end in /v1)` : ""} or the model id \`${model}\` is wrong.`,
      fix: `${!base ? "" : noV1 && openaiStyle ? `If the server serves under /v1 (vLLM does; llama.cpp serves both), end api_base at ${paramAt(ctx, "api_base")} with /v1 (LiteLLM appends /chat/completions to it). ` : `Check that api_base at ${paramAt(ctx, "api_base")} is the server's API root. `}${fixModel}`
    };
  }
  const ollama = serverOf(msg(o), ctx.deployment) === "ollama";
  const pull = `\`ollama pull ${model}\``;
  return {
    code: "upstream-model-not-found",
    summary: `the upstream at ${host(ctx.deployment)}${ollama ? " (Ollama)" : ""} does not serve \`${model}\`${ollama ? ": it is not pulled there" : ""}.`,
    fix: ollama ? `Pull it on the Ollama server (${pull}), or make litellm_params.model at ${paramAt(ctx, "model")} name a model \`ollama list\` shows, with its tag (no tag means \`:latest\`).` : `${fixModel}${/model '[^'\n]*' not found/.test(msg(o)) ? ` On Ollama, pull it: ${pull}.` : ""}`
  };
};
var timeout = (o, ctx) => {
  if (!(o.transport?.kind === "timeout" || o.status === 408 || /litellm\.Timeout|APITimeoutError|timed out/i.test(msg(o)))) return null;
  const limit = /timeout value=([\d.]+)/.exec(msg(o))?.[1];
  return {
    code: "timeout",
    summary: o.transport ? `no answer through the proxy within ${Math.round(ctx.timeoutMs / 1e3)}s.` : `the upstream at ${host(ctx.deployment)} did not answer '${ctx.deployment.alias}' ${limit ? `within LiteLLM's timeout of ${Number(limit)}s` : "in time"}.`,
    fix: `Check the server is up and not overloaded; for a slow first token raise ${setting("timeout")} and litellm_params.timeout${ctx.deployment.paramPositions.timeout ? ` at ${paramAt(ctx, "timeout")}` : ""}.`
  };
};
var rateLimit = (o, ctx) => o.status === 429 || /RateLimitError/.test(msg(o)) ? {
  code: "rate-limit",
  // retry-after is seconds or an HTTP date; LiteLLM forwards the upstream's (see withUpstreamRetryAfter).
  summary: `the upstream at ${host(ctx.deployment)} is rate-limiting '${ctx.deployment.alias}'${o.retryAfter ? ` (retry after ${/^\d+(?:\.\d+)?$/.test(o.retryAfter.trim()) ? `${o.retryAfter.trim()}s` : o.retryAfter.trim()})` : ""}.`,
  fix: "Probe less often, raise the quota, or add `rpm`/`tpm` limits so LiteLLM paces requests."
} : null;
var redirect = (o, ctx) => /Error code: 30[12378]\b/.test(msg(o)) || o.status !== null && [301, 302, 303, 307, 308].includes(o.status) ? {
  code: "upstream-redirect",
  summary: `the upstream at ${host(ctx.deployment)} answered '${ctx.deployment.alias}' with a redirect (HTTP ${/Error code: (30\d)/.exec(msg(o))?.[1] ?? o.status})${o.location ? ` to ${o.location}` : ""}; the proxy does not follow redirects, so a key never goes to a host the config does not name.`,
  fix: `Set api_base${ctx.deployment.paramPositions.api_base ? ` at ${paramAt(ctx, "api_base")}` : ""} to the address the server answers at${o.location ? ` (the redirect points at ${o.location})` : ""}: often https:// instead of http://, or another host or path.`
} : null;
var reasonLost = (o, ctx) => {
  if (o.status === null || o.status < 400 || o.status >= 500 || !/^Error code: \d+$/.test(messageCore(msg(o)).trim())) return null;
  const tgi = o.status === 422;
  return {
    code: "bad-request",
    summary: `the upstream at ${host(ctx.deployment)} refused the request for '${ctx.deployment.alias}' with HTTP ${o.status} and LiteLLM relayed no reason (the server's error was not an OpenAI-style object${tgi ? "; TGI answers its input validation errors so, most often prompt + max_tokens past its --max-total-tokens" : ""}).`,
    fix: `Read the reason in the model server's log, or send it the same request directly${tgi ? "; on TGI, start it with a larger `--max-total-tokens` or have the client ask for fewer max_tokens" : ""}.`
  };
};
var upstreamError = (o, ctx) => o.status !== null && o.status >= 500 || o.transport ? {
  code: "upstream-error",
  summary: o.transport ? `the exchange with the proxy broke: ${o.transport.message}.` : `the upstream at ${host(ctx.deployment)} failed with HTTP ${o.status}${withCore(o)}.`,
  fix: "Check the model server's logs; this is a server-side failure, not a config mistake."
} : null;
var badRequest = (o, ctx) => o.status === 400 ? {
  code: "bad-request",
  summary: `the request for '${ctx.deployment.alias}' was rejected as invalid${withCore(o)}.`,
  fix: "Read the error message; it names what the upstream did not accept."
} : null;
var routedAliasFailed = (o, ctx) => ctx.deployment.litellm?.provider === "auto_router" && (o.status !== null || o.error) ? {
  code: "routed-alias-failed",
  summary: `'${ctx.deployment.alias}' is a LiteLLM auto router: it sent the request on to one of the aliases it routes to, and that one failed${withCore(o)}.`,
  fix: `The aliases '${ctx.deployment.alias}' routes to (its router config at ${where(ctx)}) have rows of their own in this report: fix the failing one.`
} : null;
var MATCHERS = [
  streamBroken,
  failedResponse,
  routedAliasFailed,
  diagnoseContext,
  temperatureByLiteLLM,
  temperatureByUpstream,
  unsupportedParam,
  unknownAlias,
  providerMissing,
  noDeployment,
  credentialsUnusable,
  packageMissing,
  cloudCredentials,
  challenged,
  credentialsInApiBase,
  basicAuthAsked,
  auth,
  timeout,
  rateLimit,
  unreadableReply,
  invalidResponse,
  noChoices,
  notACompletion,
  oversized,
  oversizedHeaders,
  connection,
  azureNotFound,
  noResponsesApi,
  modelRefused,
  modelNotFound,
  emptyReply,
  redirect,
  errorIn200,
  reasonLost,
  proxyFailed,
  failedMidStream,
  upstreamError,
  badRequest
];
function diagnose(outcome, ctx) {
  for (const matcher of MATCHERS) {
    const found = matcher(outcome, ctx);
    if (found) return found;
  }
  return {
    code: "unknown",
    // No guess: the proxy's own words (the report also keeps the whole message verbatim, masked).
    summary: `'${ctx.deployment.alias}' failed${outcome.status ? ` with HTTP ${outcome.status}` : ""}${withCore(outcome) || "; see the proxy's message"}.`,
    fix: "The proxy's message is shown verbatim; if it names a setting, change it in the config."
  };
}
function proxyUnresponsive(ctx) {
  return {
    code: "proxy-unresponsive",
    summary: `no answer for '${ctx.deployment.alias}' within ${Math.round(ctx.timeoutMs / 1e3)}s, and the LiteLLM proxy itself stopped answering (its /health/liveliness too): something blocked the whole proxy, so this route is not shown to be at fault.`,
    fix: "Look for the route whose upstream misbehaves (an error body of several MB, even gzip-compressed, keeps LiteLLM's single worker busy for seconds per MB), in the proxy log or by probing the aliases one at a time; then fix or remove that route."
  };
}
function isTemperatureDiagnosis(d) {
  return d.code === "temperature-rejected-by-litellm" || d.code === "temperature-rejected-by-upstream";
}

// src/probe/send.ts
async function sendToProxy(target, endpoint, path12, body, headers = {}, auth2 = "bearer") {
  const key2 = auth2 === "x-api-key" ? { "x-api-key": target.masterKey } : { authorization: `Bearer ${target.masterKey}` };
  try {
    return {
      reply: await httpRequest(`${target.baseUrl}${path12}`, {
        body,
        headers: { ...key2, ...headers },
        timeoutMs: target.timeoutMs,
        maxBytes: target.maxBytes
      })
    };
  } catch (error) {
    return { failed: transportOutcome(endpoint, error) };
  }
}
function interpretReply(endpoint, reply, read2) {
  const base = { endpoint, status: reply.status, latencyMs: reply.latencyMs };
  const body = parseJson(reply.text);
  if (reply.status !== 200) return errorOutcome(base, reply, body);
  if (reply.truncated) return { ...base, ok: false, problem: "truncated" };
  if (body === void 0) return { ...base, ok: false, problem: "not-json", reply: excerpt(reply.text) };
  return read2(body) ?? { ...base, ok: false, problem: "empty-reply", reply: excerpt(reply.text) };
}
function errorOutcome(base, reply, body) {
  const header = (name) => {
    const v = reply.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const retryAfter = header("retry-after")?.trim();
  const location = header("llm_provider-location")?.trim();
  const authScheme = /^\s*([A-Za-z][A-Za-z0-9._-]{0,30})\b/.exec(header("llm_provider-www-authenticate") ?? "")?.[1];
  const challenge = header("llm_provider-cf-mitigated")?.trim() === "challenge" ? "upstream" : header("cf-mitigated")?.trim() === "challenge" ? "proxy" : void 0;
  return {
    ...base,
    ok: false,
    error: parseProxyError(body, reply.text) ?? { message: `HTTP ${reply.status} with an empty body`, type: null, param: null, code: String(reply.status) },
    retryAfter: retryAfter !== void 0 && (/^\d{1,7}(?:\.\d+)?$/.test(retryAfter) || retryAfter.length <= 40 && !Number.isNaN(Date.parse(retryAfter))) ? retryAfter : void 0,
    location: location !== void 0 && location.length <= 300 && /^https?:\/\/[^\s]+$/i.test(location) ? location : void 0,
    ...challenge ? { challenge } : {},
    ...authScheme && reply.status === 401 ? { authScheme } : {}
  };
}
function transportOutcome(endpoint, error) {
  if (error instanceof HttpFailure)
    return { endpoint, ok: false, status: null, latencyMs: error.latencyMs, transport: { kind: error.kind, message: error.message } };
  return { endpoint, ok: false, status: null, latencyMs: 0, transport: { kind: "connection", message: String(error) } };
}

// src/probe/chat.ts
function chatRequestBody(probe) {
  const body = {
    ...probe.params,
    model: probe.alias,
    messages: [{ role: "user", content: probe.prompt }],
    max_tokens: probe.maxTokens
  };
  if (probe.temperature !== null) body.temperature = probe.temperature;
  return body;
}
function withoutParam(probe, name) {
  if (name === "temperature") return { ...probe, temperature: null };
  const { [name]: _dropped, ...params } = probe.params ?? {};
  return { ...probe, params };
}
function sentParams(probe) {
  return [...probe.temperature !== null ? ["temperature"] : [], ...Object.keys(probe.params ?? {})];
}
async function probeChat(target, probe) {
  const { reply, failed } = await sendToProxy(target, "chat", "/v1/chat/completions", chatRequestBody(probe));
  return reply ? interpretChat(reply) : failed;
}
function interpretChat(reply) {
  return interpretReply("chat", reply, (json) => {
    const base = { endpoint: "chat", status: reply.status, latencyMs: reply.latencyMs };
    const choices = json?.choices;
    if (Array.isArray(choices) && choices.length === 0) return { ...base, ok: false, problem: "no-choices", reply: excerpt(reply.text) };
    const chat = parseChatReply(json);
    if (!chat) return null;
    const text = chat.content.trim() || chat.reasoning.trim();
    if (!text) return { ...base, ok: false, problem: "empty-reply", servedModel: chat.servedModel, finishReason: chat.finishReason };
    return { ...base, ok: true, reply: excerpt(text), servedModel: chat.servedModel };
  });
}

// src/probe/tools.ts
var TOOL_PROMPT = "What time is it in UTC right now? Use the get_current_time tool to find out.";
var NAME = "get_current_time";
var DESCRIPTION = "Returns the current time in a time zone.";
var SCHEMA = {
  type: "object",
  properties: { timezone: { type: "string", description: "IANA time zone, e.g. UTC" } },
  required: ["timezone"]
};
var PROBE_TOOL = { type: "function", function: { name: NAME, description: DESCRIPTION, parameters: SCHEMA } };
var TOOL_ENDPOINT = { chat: "tools", messages: "messages-tools", responses: "responses-tools" };
function toolRequest(surface, probe) {
  const temperature = probe.temperature !== null ? { temperature: probe.temperature } : {};
  if (surface === "messages") {
    return {
      path: "/v1/messages",
      headers: { "anthropic-version": "2023-06-01" },
      body: {
        ...probe.params,
        model: probe.alias,
        max_tokens: probe.maxTokens,
        ...temperature,
        messages: [{ role: "user", content: TOOL_PROMPT }],
        tools: [{ name: NAME, description: DESCRIPTION, input_schema: SCHEMA }],
        tool_choice: { type: "auto" }
      }
    };
  }
  if (surface === "responses") {
    return {
      path: "/v1/responses",
      headers: {},
      body: {
        ...probe.params,
        model: probe.alias,
        max_output_tokens: probe.maxTokens,
        ...temperature,
        input: TOOL_PROMPT,
        tools: [{ type: "function", name: NAME, description: DESCRIPTION, parameters: SCHEMA }],
        tool_choice: "auto"
      }
    };
  }
  return {
    path: "/v1/chat/completions",
    headers: {},
    body: { ...chatRequestBody({ ...probe, prompt: TOOL_PROMPT }), tools: [PROBE_TOOL], tool_choice: "auto" }
  };
}
async function probeToolCall(surface, target, probe) {
  const endpoint = TOOL_ENDPOINT[surface];
  const { path: path12, body, headers } = toolRequest(surface, probe);
  const { reply, failed } = await sendToProxy(target, endpoint, path12, body, surface === "messages" ? { ...headers, "x-api-key": target.masterKey } : headers);
  if (!reply) return failed;
  return interpretReply(endpoint, reply, (json) => judgeToolReply(endpoint, json, reply.status, reply.latencyMs, reply.text));
}
function judgeToolReply(endpoint, json, status, latencyMs, text) {
  const base = { endpoint, status, latencyMs };
  const call = endpoint === "messages-tools" ? messagesToolCall(json) : endpoint === "responses-tools" ? responsesToolCall(json) : parseToolCall(json);
  if (!call) return gaveUp(endpoint, json, base) ?? { ...base, ok: false, problem: "no-tool-call", reply: excerpt(replyText(json) || text) };
  if (!call.argumentsValid || missingRequired([PROBE_TOOL], call).length > 0)
    return { ...base, ok: false, problem: "bad-tool-arguments", reply: excerpt(`${call.name}(${call.arguments})`) };
  return { ...base, ok: true, reply: excerpt(`${call.name}(${call.arguments})`) };
}
function gaveUp(endpoint, json, base) {
  if (endpoint === "responses-tools") {
    const parsed2 = parseResponsesReply(json);
    if (parsed2?.failed) return { ...base, ok: false, problem: "failed-response", error: parsed2.failed };
    return parsed2 && !parsed2.text.trim() && parsed2.incompleteReason ? { ...base, ok: false, problem: "empty-reply", finishReason: parsed2.incompleteReason } : null;
  }
  const parsed = endpoint === "messages-tools" ? parseMessagesReply(json) : parseChatReply(json);
  const text = parsed ? "content" in parsed ? parsed.content + parsed.reasoning : parsed.text : "";
  return parsed && !text.trim() && parsed.finishReason ? { ...base, ok: false, problem: "empty-reply", finishReason: parsed.finishReason } : null;
}
function missingRequired(tools, call) {
  const offered = Array.isArray(tools) ? tools : [];
  const tool = offered.find((t2) => (isObject(t2.function) ? t2.function.name : t2.name) === call.name);
  const fn = tool && isObject(tool.function) ? tool.function : tool;
  const schema = fn?.parameters ?? fn?.input_schema;
  const required = isObject(schema) && Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === "string") : [];
  const args = parseJson(call.arguments);
  return isObject(args) ? required.filter((name) => !(name in args)) : required;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function messagesToolCall(body) {
  if (!isObject(body) || !Array.isArray(body.content)) return null;
  const block = body.content.find((b) => isObject(b) && b.type === "tool_use");
  if (!block) return null;
  return { name: String(block.name ?? ""), arguments: JSON.stringify(block.input ?? null), argumentsValid: isObject(block.input) };
}
function responsesToolCall(body) {
  if (!isObject(body) || !Array.isArray(body.output)) return null;
  const item = body.output.find((i) => isObject(i) && i.type === "function_call");
  if (!item) return null;
  const args = typeof item.arguments === "string" ? item.arguments : "";
  return { name: String(item.name ?? ""), arguments: args, argumentsValid: isObject(parseJson(args)) };
}
function replyText(body) {
  if (!isObject(body)) return "";
  const pieces = [];
  const walk = (v, depth) => {
    if (depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isObject(v)) {
      for (const key2 of ["text", "content"]) if (typeof v[key2] === "string") pieces.push(v[key2]);
      for (const key2 of ["choices", "message", "content", "output"]) if (typeof v[key2] === "object") walk(v[key2], depth + 1);
    }
  };
  walk(body, 0);
  return pieces.join(" ");
}
function looksLikeToolCall(text) {
  return /<tool_call>|<\|tool_call|"name"\s*:\s*"[^"]+"\s*,\s*"(arguments|parameters)"\s*:/.test(text);
}

// src/diagnose/tools.ts
var NO_PARSER = /enable-auto-tool-choice|tool-call-parser|tool[ _]choice.*(not supported|requires)|does not support (tools|tool calling|function calling)|tools? (is|are) not supported|tools param requires --jinja/i;
var NO_TOOLS_5XX = /tools param requires --jinja/;
var VLLM_FIX = "start vLLM with `--enable-auto-tool-choice --tool-call-parser <parser>` (e.g. `hermes` for Qwen3, `llama3_json` for Llama 3.1+)";
var SGLANG_FIX = "start SGLang with `--tool-call-parser <parser>` (e.g. `qwen25` for Qwen, `llama3` for Llama 3.1+)";
var FIXES = {
  vllm: `${capital2(VLLM_FIX)}, or route this alias to a server with tool calling.`,
  llamacpp: "Start llama-server with `--jinja` (it renders the tools with the model's own chat template; recent builds turn it on by default and `--no-jinja` turns it off), and with a template that supports tools (`--chat-template-file` if the GGUF's own does not), or route this alias to a server with tool calling.",
  ollama: "This Ollama model's template has no tool support: use a model Ollama lists with the `tools` capability (`ollama show <model>` prints its capabilities; e.g. qwen3, llama3.1, mistral-nemo), or route this alias to a server with tool calling.",
  sglang: `${capital2(SGLANG_FIX)}, or route this alias to a server with tool calling.`,
  tgi: "TGI serves tools by grammar: check that the alias really reaches TGI's /v1/chat/completions and that the client sends `tools`, or route this alias to a server with tool calling."
};
var ANY_FIX = `Turn on the server's tool-call parser: ${VLLM_FIX}; ${SGLANG_FIX}; llama.cpp: start llama-server with \`--jinja\`; or route this alias to a server with tool calling.`;
function capital2(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
var TOOL_ENDPOINTS = /* @__PURE__ */ new Set(["tools", "messages-tools", "responses-tools"]);
function diagnoseTools(o, ctx) {
  if (!TOOL_ENDPOINTS.has(o.endpoint)) return null;
  const message = o.error?.message ?? "";
  const kind = serverOf(message, ctx.deployment);
  const FIX = kind ? FIXES[kind] : ANY_FIX;
  const refused = o.status !== null && o.status >= 400 && (o.status < 500 ? NO_PARSER.test(message) : NO_TOOLS_5XX.test(message));
  if (refused) {
    return {
      code: "tools-unsupported",
      summary: kind === "ollama" ? `Ollama refuses tools for the model behind '${ctx.deployment.alias}': the model has no tool support, and every agent sends tools.` : kind === "llamacpp" ? `llama-server behind '${ctx.deployment.alias}' refuses any request with tools (HTTP ${o.status}): it was started without \`--jinja\`, and every agent sends tools.` : `the upstream behind '${ctx.deployment.alias}' refuses \`tool_choice: auto\`, which every agent sends: the server was started without tool calling enabled.`,
      fix: FIX
    };
  }
  if (o.problem === "no-tool-call") {
    const reply = o.reply ?? "";
    return {
      code: "tools-unsupported",
      summary: looksLikeToolCall(reply) ? `'${ctx.deployment.alias}' answered with text that only looks like a tool call (${reply}): no tool-call parser turned it into a structured call, so an agent sees text.` : `'${ctx.deployment.alias}' answered a request whose natural answer is a tool call with plain text (no tool parser, or a model without tool use).`,
      fix: FIX
    };
  }
  if (o.problem === "bad-tool-arguments") {
    return {
      code: "tools-unsupported",
      summary: `'${ctx.deployment.alias}' returned a tool call whose arguments are not a JSON object with the tool's required fields: ${o.reply ?? ""}${// LiteLLM's Messages adapter "repairs" arguments it cannot parse (see missingRequired in probe/tools.ts).
      o.endpoint === "messages-tools" ? " (LiteLLM's Messages API turns arguments it cannot parse into a repaired object, often {}: the call was cut or malformed upstream)" : ""}`,
      fix: "Use the tool-call parser that matches the model's chat template (vLLM and SGLang: `--tool-call-parser`)."
    };
  }
  return null;
}

// src/probe/clients/reply.ts
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var objectArgs = (s) => isObject2(parseJson(s));
function sseEvents(body) {
  const out = [];
  for (const block of body.split(/\r?\n\r?\n/)) {
    const lines = block.split(/\r?\n/);
    const event = lines.find((l) => l.startsWith("event:"))?.slice(6).trim() ?? null;
    const data = lines.filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
    if (!data) continue;
    const parsed = data === "[DONE]" ? null : parseJson(data);
    out.push({ event, data: isObject2(parsed) ? parsed : null });
  }
  return out;
}
function readClientReply(surface, text, streamed) {
  if (!streamed) return readWhole(surface, parseJson(text));
  const events = sseEvents(text);
  const error = events.map((e) => e.data).find((d) => d && (d.type === "error" || d.error !== void 0) && !("choices" in d));
  const base = { error: error ? parseProxyError(error) ?? { message: JSON.stringify(error), type: null, param: null, code: null } : null };
  if (surface === "messages") {
    let call2 = null;
    let json = "";
    let out2 = "";
    let stop = null;
    for (const { data } of events) {
      if (!data) continue;
      const block = data.content_block;
      const delta = data.delta;
      if (data.type === "message_delta" && isObject2(delta) && delta.stop_reason !== void 0) stop = delta.stop_reason;
      if (data.type === "content_block_start" && block?.type === "tool_use" && !call2)
        call2 = { id: String(block.id), name: String(block.name), arguments: "", argumentsValid: false };
      if (data.type === "content_block_delta" && delta?.type === "input_json_delta") json += String(delta.partial_json ?? "");
      if (data.type === "content_block_delta" && delta?.type === "text_delta") out2 += String(delta.text ?? "");
    }
    if (call2) call2 = { ...call2, arguments: json || "{}", argumentsValid: objectArgs(json || "{}") };
    return { ...base, call: call2, text: out2, finishReason: finishOfStopReason(stop), unterminated: !events.some((e) => e.data?.type === "message_stop") };
  }
  if (surface === "responses") {
    const end = events.find((e) => ["response.completed", "response.failed", "response.incomplete"].includes(String(e.data?.type)))?.data?.response;
    const items = events.filter((e) => e.data?.type === "response.output_item.done").map((e) => e.data.item);
    const whole = readWhole("responses", isObject2(end) ? end : { object: "response", output: items });
    return { ...whole, ...base, error: base.error ?? whole.error, unterminated: end === void 0 };
  }
  let call = null;
  let out = "";
  for (const { data } of events) {
    for (const choice of Array.isArray(data?.choices) ? data.choices.filter(isObject2) : []) {
      const delta = isObject2(choice.delta) ? choice.delta : {};
      if (typeof delta.content === "string") out += delta.content;
      for (const tc of Array.isArray(delta.tool_calls) ? delta.tool_calls.filter(isObject2) : []) {
        const fn = isObject2(tc.function) ? tc.function : {};
        call ??= { id: String(tc.id ?? "call_0"), name: "", arguments: "", argumentsValid: false };
        if (typeof fn.name === "string") call.name += fn.name;
        if (typeof fn.arguments === "string") call.arguments += fn.arguments;
      }
    }
  }
  if (call) call.argumentsValid = objectArgs(call.arguments);
  return { ...base, call, text: out, unterminated: !events.some((e) => e.data === null) };
}
function readWhole(surface, body) {
  const none = { call: null, text: "", error: null, unterminated: false };
  if (!isObject2(body)) return none;
  if (surface === "messages") {
    const blocks = Array.isArray(body.content) ? body.content.filter(isObject2) : [];
    const use = blocks.find((b) => b.type === "tool_use");
    const text = blocks.filter((b) => b.type === "text").map((b) => String(b.text ?? "")).join("");
    const args2 = JSON.stringify(use?.input ?? null);
    return {
      ...none,
      text,
      finishReason: finishOfStopReason(body.stop_reason),
      call: use ? { id: String(use.id), name: String(use.name), arguments: args2, argumentsValid: isObject2(use.input) } : null
    };
  }
  if (surface === "responses") {
    const items = Array.isArray(body.output) ? body.output.filter(isObject2) : [];
    const fc = items.find((i) => i.type === "function_call");
    const text = items.filter((i) => i.type === "message").flatMap((i) => Array.isArray(i.content) ? i.content.filter(isObject2) : []).map((c) => String(c.text ?? "")).join("");
    const args2 = typeof fc?.arguments === "string" ? fc.arguments : "";
    const end = responsesEnd(body);
    return {
      ...none,
      error: end.failed,
      failed: end.failed !== null,
      finishReason: end.incompleteReason,
      text,
      call: fc ? { id: String(fc.call_id ?? fc.id), name: String(fc.name), arguments: args2, argumentsValid: objectArgs(args2) } : null
    };
  }
  const first = Array.isArray(body.choices) ? body.choices[0] : void 0;
  const message = isObject2(first) && isObject2(first.message) ? first.message : {};
  const called = Array.isArray(message.tool_calls) ? message.tool_calls[0] : void 0;
  const tc = isObject2(called) ? called : void 0;
  const fn = tc?.function ?? {};
  const args = typeof fn.arguments === "string" ? fn.arguments : "";
  return {
    ...none,
    text: typeof message.content === "string" ? message.content : "",
    call: tc ? { id: String(tc.id), name: String(fn.name), arguments: args, argumentsValid: objectArgs(args) } : null
  };
}

// src/probe/clients/run.ts
var TOOL_ENDPOINT2 = { chat: "tools", messages: "messages-tools", responses: "responses-tools" };
function isBackgroundAlias(profile, alias) {
  return profile.background !== void 0 && new RegExp(profile.background.aliasPattern, "i").test(alias);
}
function firstTurnBody(profile, alias, without = null) {
  const body = { model: alias, ...structuredClone(profile.firstTurn) };
  if (without) delete body[without];
  return body;
}
async function runClient(profile, target, alias, without = null) {
  if (isBackgroundAlias(profile, alias)) {
    const body = { model: alias, ...structuredClone(profile.background.body) };
    const { outcome } = await exchange(profile, target, body, profile.surface, "background request");
    return { step: "background request", outcome, askedTokens: asked(body) };
  }
  const first = firstTurnBody(profile, alias, without);
  const turn = await exchange(profile, target, first, TOOL_ENDPOINT2[profile.surface], "first turn");
  if (!turn.outcome.ok) return { step: "first turn", outcome: turn.outcome, askedTokens: asked(first) };
  const call = turn.reply.call;
  const follow = followUp(profile, first, call);
  const back = await exchange(profile, target, follow, profile.surface, "tool round trip");
  return { step: "tool round trip", outcome: back.outcome, askedTokens: asked(follow) };
}
function asked(body) {
  const v = body.max_tokens ?? body.max_output_tokens ?? body.max_completion_tokens;
  return typeof v === "number" ? v : null;
}
async function exchange(profile, target, body, endpoint, step) {
  const streamed = body.stream === true;
  const headers = { ...streamed ? { accept: "text/event-stream" } : {}, ...profile.headers };
  const { reply, failed } = await sendToProxy(target, endpoint, profile.path, body, headers, profile.auth);
  if (!reply) return { outcome: failed };
  const base = { endpoint, status: reply.status, latencyMs: reply.latencyMs };
  if (reply.status !== 200) return { outcome: errorOutcome(base, reply, parseJson(reply.text)) };
  if (reply.truncated) return { outcome: { ...base, ok: false, problem: "truncated" } };
  const read2 = readClientReply(profile.surface, reply.text, streamed);
  if (read2.error) return { outcome: { ...base, ok: false, error: read2.error, ...read2.failed ? { problem: "failed-response" } : {} } };
  if (!read2.call && !read2.text.trim() && read2.finishReason)
    return { outcome: { ...base, ok: false, problem: "empty-reply", finishReason: read2.finishReason } };
  if (step === "first turn") {
    if (!read2.call) return { outcome: { ...base, ok: false, problem: "no-tool-call", reply: excerpt(read2.text || reply.text) } };
    if (!read2.call.argumentsValid || missingRequired(body.tools, read2.call).length > 0)
      return { outcome: { ...base, ok: false, problem: "bad-tool-arguments", reply: excerpt(`${read2.call.name}(${read2.call.arguments})`) } };
    return { outcome: { ...base, ok: true, reply: excerpt(`${read2.call.name}(${read2.call.arguments})`) }, reply: read2 };
  }
  if (read2.unterminated) return { outcome: { ...base, ok: false, problem: "unterminated-stream", reply: excerpt(read2.text) } };
  if (!read2.text.trim() && !read2.call) return { outcome: { ...base, ok: false, problem: "empty-reply" } };
  return { outcome: { ...base, ok: true, reply: excerpt(read2.text || `${read2.call.name}(${read2.call.arguments})`) }, reply: read2 };
}
function followUp(profile, first, call) {
  const result = profile.toolResult;
  if (profile.surface === "messages") {
    const messages2 = [
      ...first.messages,
      { role: "assistant", content: [{ type: "tool_use", id: call.id, name: call.name, input: JSON.parse(call.arguments) }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: call.id, content: result }] }
    ];
    return { ...first, messages: messages2 };
  }
  if (profile.surface === "responses") {
    const input = [
      ...first.input,
      { type: "function_call", name: call.name, arguments: call.arguments, call_id: call.id },
      { type: "function_call_output", call_id: call.id, output: result }
    ];
    return { ...first, input };
  }
  const messages = [
    ...first.messages,
    { role: "assistant", content: null, tool_calls: [{ id: call.id, type: "function", function: { name: call.name, arguments: call.arguments } }] },
    { role: "tool", tool_call_id: call.id, content: result }
  ];
  return { ...first, messages };
}

// src/engine/refused-param.ts
var MAX_PARAM_TRIES = 6;
var NOT_ABOUT_A_PARAM = /* @__PURE__ */ new Set(["unknown-alias", "context-window", "tools-unsupported", "invalid-response"]);
async function findRejectedParam(outcome, diagnosis, probe, send) {
  const refused = outcome.status === 400 || outcome.status === 422;
  const candidates = isTemperatureDiagnosis(diagnosis) ? ["temperature"] : refused && !NOT_ABOUT_A_PARAM.has(diagnosis.code) ? sentParams(probe) : [];
  let withoutTemperature = null;
  for (const name of candidates.slice(0, MAX_PARAM_TRIES)) {
    const again = await send(withoutParam(probe, name));
    if (name === "temperature") withoutTemperature = { status: again.ok ? "pass" : "fail", httpStatus: again.status };
    if (again.ok) {
      const culprit = isTemperatureDiagnosis(diagnosis) || diagnosis.code === "unsupported-param" ? diagnosis : paramDiagnosis(name, diagnosis);
      return { diagnosis: { ...culprit, summary: `route works without ${name}; ${culprit.summary}` }, withoutTemperature, rejectedParam: name };
    }
  }
  if (withoutTemperature)
    return {
      diagnosis: { ...diagnosis, summary: `the route also fails without temperature (HTTP ${withoutTemperature.httpStatus ?? "-"}); ${diagnosis.summary}` },
      withoutTemperature,
      rejectedParam: null
    };
  return { diagnosis, withoutTemperature, rejectedParam: null };
}
function paramDiagnosis(name, d) {
  return {
    code: "unsupported-param",
    summary: `the request is refused because of \`${name}\` (${d.summary})`,
    fix: `Add \`additional_drop_params: ["${name}"]\` to the alias's litellm_params, or stop the client sending it.`
  };
}

// src/engine/retry.ts
var MAX_BACKOFF_MS = 3e4;
function isTransient(o) {
  if (o.ok) return false;
  if (o.transport) return true;
  return o.status === 408 || o.status === 429 || o.status !== null && o.status >= 500;
}
function backoffDelay(n, baseMs, retryAfter) {
  const seconds = retryAfter !== void 0 ? Number(retryAfter) : NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1e3, MAX_BACKOFF_MS);
  return Math.min(baseMs * 2 ** (n - 2), MAX_BACKOFF_MS);
}
async function withAttempts(attempts, backoffMs, send, log) {
  let outcome;
  for (let n = 1; n <= Math.max(1, attempts); n++) {
    if (n > 1) await sleep(backoffDelay(n, backoffMs, outcome?.retryAfter));
    outcome = await send();
    log.push({
      httpStatus: outcome.status,
      latencyMs: outcome.latencyMs,
      error: outcome.ok ? null : outcome.error?.message ?? outcome.transport?.message ?? outcome.problem ?? null
    });
    if (!isTransient(outcome)) break;
  }
  return outcome;
}

// src/engine/messages-bridge.ts
var BRIDGED_PROVIDERS = /* @__PURE__ */ new Set(["openai"]);
async function throughBridge(o, d, ask) {
  const messages = o.endpoint === "messages" || o.endpoint === "messages-tools";
  if (!messages || o.problem !== "empty-reply" || !BRIDGED_PROVIDERS.has(d.litellm?.provider ?? d.provider ?? "")) return o;
  const r = await ask(o.endpoint === "messages" ? "responses" : "responses-tools");
  const says = r.problem === "failed-response" || r.problem === "empty-reply" && r.finishReason;
  return says ? { ...r, endpoint: o.endpoint, latencyMs: o.latencyMs, bridged: "responses" } : o;
}
function bridgeNoted(d, o) {
  if (o.bridged !== "responses") return d;
  return {
    ...d,
    summary: `${d.summary.replace(/\.$/, "")} (LiteLLM's Messages API answered an empty reply: it sends this route's Messages requests to the server's Responses API, and the same request there says this).`
  };
}

// src/probe/surfaces.ts
var SURFACES = ["chat", "messages", "responses"];
async function probeMessages(target, probe) {
  const body = {
    ...probe.params,
    model: probe.alias,
    max_tokens: probe.maxTokens,
    messages: [{ role: "user", content: probe.prompt }]
  };
  if (probe.temperature !== null) body.temperature = probe.temperature;
  const { reply, failed } = await sendToProxy(target, "messages", "/v1/messages", body, { "anthropic-version": "2023-06-01", "x-api-key": target.masterKey });
  if (!reply) return failed;
  return interpretReply("messages", reply, (json) => {
    const parsed = parseMessagesReply(json);
    if (parsed && !parsed.text.trim())
      return { endpoint: "messages", ok: false, status: reply.status, latencyMs: reply.latencyMs, problem: "empty-reply", finishReason: parsed.finishReason };
    if (!parsed) return null;
    return { endpoint: "messages", ok: true, status: reply.status, latencyMs: reply.latencyMs, reply: excerpt(parsed.text), servedModel: parsed.servedModel };
  });
}
async function probeResponses(target, probe) {
  const body = { ...probe.params, model: probe.alias, input: probe.prompt, max_output_tokens: probe.maxTokens };
  if (probe.temperature !== null) body.temperature = probe.temperature;
  const { reply, failed } = await sendToProxy(target, "responses", "/v1/responses", body);
  if (!reply) return failed;
  return interpretReply("responses", reply, (json) => {
    const parsed = parseResponsesReply(json);
    const base = { endpoint: "responses", status: reply.status, latencyMs: reply.latencyMs };
    if (parsed?.failed) return { ...base, ok: false, problem: "failed-response", error: parsed.failed };
    if (parsed && !parsed.text.trim() && parsed.incompleteReason) return { ...base, ok: false, problem: "empty-reply", finishReason: parsed.incompleteReason };
    if (!parsed || !parsed.text.trim()) return null;
    return { endpoint: "responses", ok: true, status: reply.status, latencyMs: reply.latencyMs, reply: excerpt(parsed.text), servedModel: parsed.servedModel };
  });
}
function probeSurface(surface, target, probe) {
  switch (surface) {
    case "chat-tools":
    case "messages":
      return probeMessages(target, probe);
    case "responses":
      return probeResponses(target, probe);
    case "tools":
      return probeToolCall("chat", target, probe);
    case "messages-tools":
      return probeToolCall("messages", target, probe);
    case "responses-tools":
      return probeToolCall("responses", target, probe);
    default:
      return probeChat(target, probe);
  }
}

// src/engine/client-probe.ts
async function probeClient(profile, target, alias, options, context, log) {
  let run;
  await withAttempts(options.attempts, options.backoffMs, async () => (run = await runClient(profile, target, alias)).outcome, log);
  const { step, askedTokens } = run;
  const probe = { alias, prompt: options.prompt, temperature: options.temperature, maxTokens: options.maxTokens, params: options.requestParams };
  const outcome = await throughBridge(run.outcome, context.deployment, (surface) => probeSurface(surface, target, probe));
  const base = {
    client: profile.client,
    step,
    status: outcome.ok ? "pass" : "fail",
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs
  };
  if (outcome.ok) return { ...base, reply: outcome.reply ?? null, diagnosis: null, error: null };
  let diagnosis = bridgeNoted(diagnoseTools(outcome, context) ?? diagnoseContext(outcome, context, askedTokens) ?? diagnose(outcome, context), outcome);
  if (step === "first turn" && (outcome.status === 400 || outcome.status === 422) && !NOT_ABOUT_A_PARAM.has(diagnosis.code)) {
    for (const name of profile.optionalParams.slice(0, MAX_PARAM_TRIES)) {
      const again = await runClient(profile, target, alias, name);
      if (again.step === "first turn" && again.outcome.ok) {
        const culprit = diagnosis.code === "unsupported-param" ? diagnosis : paramDiagnosis(name, diagnosis);
        diagnosis = { ...culprit, summary: `the request works without \`${name}\`; ${culprit.summary}` };
        break;
      }
    }
  }
  return { ...base, reply: null, diagnosis, error: failureText(outcome) };
}
function clientNotes(profiles, aliases) {
  const notes = [];
  for (const p of profiles) {
    if (!p.background) continue;
    const pattern = new RegExp(p.background.aliasPattern, "i");
    const found = aliases.filter((a) => pattern.test(a));
    notes.push(
      found.length ? `${p.client}: ${found.map((a) => `'${a}'`).join(", ")} probed as ${p.client}'s small/fast background model (its background request, no tools).` : `${p.client}: the config has no alias for ${p.client}'s small/fast background model (a name with '${p.background.aliasPattern}'); ${p.client} sends background work to it (ANTHROPIC_DEFAULT_HAIKU_MODEL / ANTHROPIC_SMALL_FAST_MODEL), so point that setting at an alias the config has, or add one.`
    );
  }
  return [...new Set(notes)];
}

// src/util/map-bounded.ts
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/litellm/provider-hosts.ts
import fs11 from "node:fs";
import path9 from "node:path";
var read = /* @__PURE__ */ new Map();
function shippedProviderHosts(version, dir = locksDir()) {
  for (const v of [version, DEFAULT_LITELLM_VERSION]) {
    const file = path9.join(dir, `litellm-${v}.hosts.json`);
    if (!read.has(file)) read.set(file, fs11.existsSync(file) ? parseProviderHosts(fs11.readFileSync(file, "utf8")) : null);
    const found = read.get(file);
    if (found) return found;
  }
  return null;
}
function parseProviderHosts(text) {
  try {
    const value = JSON.parse(text);
    if (value?.schema !== "verify-litellm/hosts@1" || typeof value.hosts !== "object" || value.hosts === null) return null;
    const hosts = {};
    for (const [provider, names] of Object.entries(value.hosts))
      if (Array.isArray(names) && names.every((n) => typeof n === "string")) hosts[provider] = names.map((n) => n.toLowerCase());
    return { schema: value.schema, litellmVersion: String(value.litellmVersion), hosts };
  } catch {
    return null;
  }
}

// src/engine/allowed-hosts.ts
var HARD_CODED = {
  anthropic: ["api.anthropic.com"],
  // `or "https://api.anthropic.com/v1/messages"` (and /v1/complete)
  cohere: ["api.cohere.com", "api.cohere.ai"],
  // v2 chat `or "https://api.cohere.com/v2/chat"`, v1 `or "https://api.cohere.ai/v1/chat"`
  cohere_chat: ["api.cohere.com", "api.cohere.ai"],
  openrouter: ["openrouter.ai"]
  // `or "https://openrouter.ai/api/v1"`
};
var BASE_VARIABLE = /(_API_BASE|_BASE_URL|_API_URL|_ENDPOINT)$/i;
var DESTINATION_VARIABLES = /* @__PURE__ */ new Set([
  "DATABRICKS_HOST",
  "WATSONX_URL",
  "WML_URL",
  "WX_URL",
  "WATSONX_IAM_URL",
  "AZURE_AUTHORITY_HOST",
  "GIGACHAT_AUTH_URL",
  "AGENTCORE_GATEWAY_URL"
]);
function hostOf(url) {
  const agreed = agreedHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
  return agreed && "host" in agreed ? agreed.host : null;
}
function routeHosts(d, read2, version = DEFAULT_LITELLM_VERSION) {
  const raw = d.params.api_base;
  const base = typeof raw === "string" ? raw.startsWith("os.environ/") ? read2(raw.slice("os.environ/".length)) : raw : void 0;
  if (base) {
    const host2 = hostOf(base);
    return host2 ? [host2] : null;
  }
  if (!d.provider) return null;
  const known = shippedProviderHosts(version)?.hosts[d.provider] ?? HARD_CODED[d.provider];
  return known?.length ? [...known] : null;
}
function twoHosts(d, read2) {
  const raw = d.params.api_base;
  const base = typeof raw === "string" ? raw.startsWith("os.environ/") ? read2(raw.slice("os.environ/".length)) : raw : void 0;
  const agreed = base ? agreedHost(base) : null;
  return agreed && "disagree" in agreed ? `: it reads as ${agreed.disagree[0]} here but LiteLLM's HTTP client connects to ${agreed.disagree[1]}` : "";
}
function hostAllowed(host2, allowed) {
  return allowed.some((a) => a.startsWith("*.") ? host2.endsWith(a.slice(1)) : host2 === a.replace(/^\[|\]$/g, ""));
}
function checkAllowedHosts(config, deployments, allowed, read2, version = DEFAULT_LITELLM_VERSION) {
  const applied = asTheProxyReads(read2, config.environmentVariables);
  const outside = [];
  for (const d of deployments) {
    const hosts = routeHosts(d, read2, version);
    if (hosts === null)
      outside.push(
        d.params.api_base ? `'${d.alias}' (its api_base has no host this check can read${twoHosts(d, read2)})` : `'${d.alias}' (${d.provider ?? "unknown provider"}: no api_base, and LiteLLM names no default host for it)`
      );
    else for (const host2 of hosts.filter((h) => !hostAllowed(h, allowed))) outside.push(`'${d.alias}' -> ${host2}`);
  }
  const bases = Object.keys(config.environmentVariables).filter((name) => BASE_VARIABLE.test(name) || DESTINATION_VARIABLES.has(name.toUpperCase())).map((name) => [`environment_variables.${name}`, applied(name)]);
  const global = config.litellmSettings.api_base;
  if (typeof global === "string")
    bases.push(["litellm_settings.api_base", global.startsWith("os.environ/") ? applied(global.slice("os.environ/".length)) : global]);
  for (const [where2, value] of bases) {
    if (!value) continue;
    const host2 = hostOf(value);
    if (host2 === null || !hostAllowed(host2, allowed)) outside.push(`${where2} -> ${host2 ?? "no host"}`);
  }
  if (!outside.length) return;
  throw new VerifyError(
    `${outside.length} route${outside.length > 1 ? "s or settings" : " or setting"} would send a key outside ${setting("allowed-hosts")} (${allowed.join(", ")}): ${outside.join("; ")}. Nothing was started.`,
    "config",
    {
      fix: `Add the host to ${setting("allowed-hosts")} if it is yours, give the route an explicit api_base, or leave the route out with ${setting("models")}.`
    }
  );
}

// src/probe/embeddings.ts
async function probeEmbeddings(target, alias, input) {
  const { reply, failed } = await sendToProxy(target, "embeddings", "/v1/embeddings", { model: alias, input });
  if (!reply) return failed;
  return interpretReply("embeddings", reply, (json) => {
    const base = { endpoint: "embeddings", status: reply.status, latencyMs: reply.latencyMs };
    const vector = parseEmbedding(json);
    if (!vector || vector.length === 0) return { ...base, ok: false, problem: "no-vector" };
    const served = json.model;
    return { ...base, ok: true, reply: `vector of ${vector.length} dimensions`, servedModel: typeof served === "string" ? served : null };
  });
}

// src/probe/reachability.ts
import { lookup } from "node:dns/promises";
import net from "node:net";
import tls from "node:tls";
var errorText = (error) => {
  const e = error;
  const text = e.reason ?? String(e.message ?? error);
  return e.code && !text.includes(e.code) ? `${text} (${e.code})` : text;
};
function connect(open, ready, timeoutMs) {
  return new Promise((resolve2) => {
    const socket = open();
    const done = (result) => (socket.destroy(), resolve2(result));
    socket.setTimeout(timeoutMs, () => done("timeout"));
    socket.once(ready, () => done(null));
    socket.once("error", (error) => done(errorText(error)));
  });
}
async function runnerConnectionCheck(apiBase2, timeoutMs, outboundEnv) {
  let url;
  try {
    url = new URL(apiBase2);
  } catch {
    return null;
  }
  const outbound = outboundFor(apiBase2, outboundEnv);
  if (outbound) return throughOutbound(url, outbound, timeoutMs);
  const host2 = url.hostname.replace(/^\[|\]$/g, "");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  if (net.isIP(host2) === 0) {
    const resolved = await within(
      lookup(host2).then(
        () => null,
        (error) => `getaddrinfo: ${errorText(error)}`
      ),
      timeoutMs
    );
    if (resolved !== null) return resolved === "timeout" ? null : resolved;
  }
  const tcp = await connect(() => net.connect({ host: host2, port }), "connect", timeoutMs);
  if (tcp !== null) return tcp === "timeout" ? null : tcp;
  if (url.protocol !== "https:") return "connected";
  const handshake = await connect(() => tls.connect({ host: host2, port, servername: net.isIP(host2) ? void 0 : host2 }), "secureConnect", timeoutMs);
  return handshake === "timeout" ? null : handshake ?? "connected";
}
async function throughOutbound(url, outbound, timeoutMs) {
  const via = `through the outbound proxy ${outbound.shown}`;
  try {
    const reply = await httpRequest(url.href, { timeoutMs, maxBytes: 1024, outbound });
    if (url.protocol === "http:" && (reply.status === 502 || reply.status === 504))
      return `${via}: the proxy answered ${reply.status} for ${url.host} (it could not reach it, or the server itself answered so)`;
    return "connected";
  } catch (error) {
    if (!(error instanceof HttpFailure) || error.kind === "timeout") return null;
    const refused = /Proxy response \((\d{3})\)/.exec(error.message);
    if (refused) return `${via}: the proxy answered ${refused[1]} to CONNECT ${url.hostname}:${url.port || 443}`;
    return `${via}: ${error.message.replace(/^[A-Z_]+: /, "")}`;
  }
}
async function proxyAnswers(baseUrl, timeoutMs) {
  try {
    return (await httpRequest(`${baseUrl}/health/liveliness`, { timeoutMs, maxBytes: 4096 })).status === 200;
  } catch {
    return false;
  }
}

// src/probe/stream.ts
function readEventStream(body) {
  let text = "";
  let deltas = 0;
  let done = false;
  let error = null;
  let finishReason = null;
  for (const block of body.split(/\r?\n\r?\n/)) {
    const data = block.split(/\r?\n/).filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
    if (!data) continue;
    if (data === "[DONE]") {
      done = true;
      continue;
    }
    const event = parseJson(data);
    if (!event) continue;
    if (event.error) {
      error = parseProxyError(event) ?? { message: data, type: null, param: null, code: null };
      continue;
    }
    const choices = Array.isArray(event.choices) ? event.choices : [];
    for (const choice of choices) {
      if (typeof choice?.finish_reason === "string") finishReason = choice.finish_reason;
      const delta = choice?.delta ?? {};
      const piece = [delta.content, delta.reasoning_content, delta.reasoning].filter((v) => typeof v === "string").join("");
      if (piece) {
        deltas++;
        text += piece;
      }
    }
  }
  return { text, deltas, done, error, finishReason };
}
async function probeStream(target, probe) {
  const started = performance.now();
  let firstTokenMs = null;
  let reply;
  try {
    reply = await httpRequest(`${target.baseUrl}/v1/chat/completions`, {
      body: { ...chatRequestBody(probe), stream: true },
      headers: { authorization: `Bearer ${target.masterKey}`, accept: "text/event-stream" },
      timeoutMs: target.timeoutMs,
      maxBytes: target.maxBytes,
      onChunk: (chunk) => {
        if (firstTokenMs === null && /"(content|reasoning_content|reasoning)":"[^"]/.test(chunk)) firstTokenMs = Math.round(performance.now() - started);
      }
    });
  } catch (error) {
    if (error instanceof HttpFailure && error.partial?.status === 200) {
      const events2 = readEventStream(error.partial.text);
      if (events2.error) return { endpoint: "stream", ok: false, status: 200, latencyMs: error.latencyMs, error: events2.error, firstTokenMs };
      const endless = events2.deltas > probe.maxTokens;
      return {
        ...transportOutcome("stream", error),
        status: 200,
        problem: endless ? "endless-stream" : "stalled-stream",
        reply: excerpt(events2.text),
        ...endless ? { deltas: events2.deltas } : {},
        firstTokenMs
      };
    }
    return { ...transportOutcome("stream", error) };
  }
  const base = { endpoint: "stream", status: reply.status, latencyMs: reply.latencyMs, firstTokenMs };
  if (reply.status !== 200) return { ...errorOutcome(base, reply, parseJson(reply.text)), firstTokenMs };
  const events = readEventStream(reply.text);
  if (events.error) return { ...base, ok: false, error: events.error };
  if (reply.truncated) return { ...base, ok: false, problem: "truncated" };
  if (events.deltas === 0) return { ...base, ok: false, problem: "empty-reply", finishReason: events.finishReason };
  if (!events.done) return { ...base, ok: false, problem: "unterminated-stream", reply: excerpt(events.text) };
  return { ...base, ok: true, reply: excerpt(events.text) };
}

// src/probe/upstream.ts
function resolve(value, env) {
  if (typeof value !== "string") return void 0;
  return value.startsWith("os.environ/") ? env(value.slice("os.environ/".length)) || void 0 : value;
}
var MAX_MODEL_ID = 200;
async function askUpstream(d, access, request2) {
  const base = resolve(d.params.api_base, access.env);
  if (!base || !/^https?:\/\//.test(base)) return null;
  const key2 = resolve(d.params.api_key, access.env);
  const url = `${base.replace(/\/+$/, "")}${request2.path}`;
  try {
    return await httpRequest(url, {
      outbound: outboundFor(url, access.outboundEnv),
      body: request2.body,
      headers: key2 ? { authorization: `Bearer ${key2}` } : {},
      timeoutMs: access.timeoutMs,
      maxBytes: request2.maxBytes
    });
  } catch {
    return null;
  }
}
async function servedModel(d, access) {
  const upstreamModel = d.litellm?.openaiCompatible ? d.litellm.upstreamModel : null;
  if (!upstreamModel) return null;
  const body = { model: upstreamModel, messages: [{ role: "user", content: "Say OK." }], max_tokens: 1 };
  const reply = await askUpstream(d, access, { path: "/chat/completions", body, maxBytes: 256 * 1024 });
  const model = reply && parseJson(reply.text)?.model;
  if (reply?.status !== 200 || typeof model !== "string") return null;
  return model.length > MAX_MODEL_ID ? `${model.slice(0, MAX_MODEL_ID - 1)}\u2026` : model;
}
function modelFamily(name) {
  return name.toLowerCase().replace(/^.*\//, "").replace(/[-_@](\d{4}-\d{2}-\d{2}|\d{8}|\d{4})$/, "");
}
function isSwap(configured, served) {
  const a = modelFamily(configured);
  const b = modelFamily(served);
  return !(a === b || b.startsWith(`${a}-`) || a.startsWith(`${b}-`));
}
var NAMEABLE = /^[^\s\p{Cc}\p{Cf}]+$/u;
var NOT_CHAT = /embed|rerank|whisper|tts|transcribe|dall-e|gpt-image|moderation/i;
async function firstListedModel(d, access) {
  if (!d.litellm?.openaiCompatible) return null;
  const reply = await askUpstream(d, access, { path: "/models", maxBytes: 1024 * 1024 });
  const data = reply?.status === 200 ? parseJson(reply.text)?.data : void 0;
  const ids = (Array.isArray(data) ? data : []).map((m) => m?.id).filter((id) => typeof id === "string" && id.length <= MAX_MODEL_ID && NAMEABLE.test(id));
  return ids.find((id) => !NOT_CHAT.test(id)) ?? ids[0] ?? null;
}

// src/engine/probe-alias.ts
var PROBED_MODES = /* @__PURE__ */ new Set(["chat", "embedding", "responses"]);
var SERVED_MODEL_TIMEOUT_MS = 15e3;
async function probeAlias(config, d, target, options, deploymentId = null) {
  const base = { ...emptyAliasReport(d), deploymentId };
  if (d.mode !== null && !PROBED_MODES.has(d.mode)) {
    const source = d.litellm?.modeSource === "model_map" ? "LiteLLM's model map" : "model_info.mode";
    const unknown = d.litellm?.modeKnown === false ? ", a mode LiteLLM has no call for (see the unknown-mode finding)" : "";
    return { ...base, skippedReason: `not probed: mode '${d.mode}' (${source}${unknown}); verify-litellm probes chat and embedding routes.` };
  }
  let requested = deploymentId ?? d.alias;
  if (deploymentId === null && d.alias.includes("*")) {
    const env = options.routeEnv ?? options.upstreamEnv;
    const id = env ? await firstListedModel(d, { env, timeoutMs: Math.min(options.timeoutMs, 15e3), outboundEnv: options.outboundEnv }) : null;
    if (!id)
      return {
        ...base,
        skippedReason: `not probed: '${d.alias}' is a wildcard route and no concrete model for it is known (only an OpenAI-compatible upstream's /v1/models is asked).`
      };
    requested = d.alias.replace("*", id);
  }
  const attempts = [];
  const probe = {
    alias: requested,
    prompt: options.prompt,
    temperature: options.temperature,
    maxTokens: options.maxTokens,
    params: options.requestParams
  };
  const context = { config, deployment: d, temperature: options.temperature, timeoutMs: options.timeoutMs, maxTokens: options.maxTokens };
  const explain = (o) => bridgeNoted(diagnoseTools(o, context) ?? diagnose(o, context), o);
  const apis = d.mode === "embedding" ? [] : [...new Set(options.apis?.length ? options.apis : ["chat"])];
  const primary = apis[0] ?? "chat";
  const send = async (api, p) => throughBridge(await probeSurface(api === "tools" ? "tools" : api, target, p), d, (surface) => probeSurface(surface, target, p));
  const streamAttempts = [];
  const streaming = options.stream && primary === "chat" && d.mode !== "embedding" ? withAttempts(options.attempts, options.backoffMs, () => probeStream(target, probe), streamAttempts) : null;
  const outcome = d.mode === "embedding" ? await withAttempts(options.attempts, options.backoffMs, () => probeEmbeddings(target, requested, options.prompt), attempts) : await withAttempts(options.attempts, options.backoffMs, () => send(primary, probe), attempts);
  if (outcome.ok && primary === "chat" && d.mode !== "embedding") context.chatWorks = true;
  let report2 = {
    ...base,
    endpoint: outcome.endpoint,
    status: outcome.ok ? "pass" : "fail",
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
    reply: outcome.ok ? outcome.reply ?? null : null,
    attempts
  };
  let notRun = null;
  let seen = null;
  if (!outcome.ok) {
    let diagnosis = explain(outcome);
    if (streaming && /^Error code: \d+$/.test(messageCore(outcome.error?.message ?? "").trim())) {
      const streamed = await streaming;
      if (!streamed.ok && streamed.error?.message && !/^Error code: \d+$/.test(messageCore(streamed.error.message).trim())) {
        const worded = explain({ ...streamed, endpoint: outcome.endpoint });
        if (worded.code !== "unknown")
          diagnosis = { ...worded, summary: `${worded.summary} (the reason as the streamed request got it; the plain one came back without it)` };
      }
    }
    if (diagnosis.code === "connection" && d.apiBase) {
      const via = outboundFor(d.apiBase, options.outboundEnv);
      seen = await runnerConnectionCheck(d.apiBase, Math.min(options.timeoutMs, 5e3), options.outboundEnv);
      const error = outcome.error ?? { message: "", type: null, param: null, code: null };
      if (seen === "connected") diagnosis = connectedYetBroken(outcome, context, via) ?? diagnosis;
      else if (seen && via) diagnosis = outboundUnreachable(context, via, seen);
      else if (seen && possibleConnectionCauses(d.apiBase).length > 1)
        diagnosis = explain({ ...outcome, error: { ...error, message: `${error.message}
${seen} (seen from the runner)` } });
    }
    if (diagnosis.code === "timeout" && outcome.transport?.kind === "timeout" && !await proxyAnswers(target.baseUrl, Math.min(options.timeoutMs, 5e3)))
      diagnosis = proxyUnresponsive(context);
    await streaming;
    const found = await findRejectedParam(outcome, diagnosis, probe, (p) => send(primary, p));
    report2 = { ...report2, ...found, error: failureText(outcome) };
    const because = unreachableBecause(outcome, report2.diagnosis ?? diagnosis, seen);
    if (because) notRun = notRunVerdict(primary, because, report2.diagnosis ?? diagnosis);
  } else if (streaming) {
    const streamed = await streaming;
    attempts.push(...streamAttempts);
    report2.stream = {
      status: streamed.ok ? "pass" : "fail",
      httpStatus: streamed.status,
      latencyMs: streamed.latencyMs,
      firstTokenMs: streamed.firstTokenMs ?? null,
      error: streamed.ok ? null : failureText(streamed)
    };
    if (!streamed.ok) report2 = { ...report2, status: "fail", diagnosis: streamDiagnosis(diagnose(streamed, context)), error: failureText(streamed) };
  }
  const toolProbes = options.tools && d.mode !== "embedding" ? apis.map((a) => a === "chat" ? "tools" : `${a}-tools`) : [];
  for (const api of [...apis.slice(1), ...toolProbes]) {
    if (notRun) {
      report2.surfaces.push({ api, ...notRun });
      continue;
    }
    const surfaceAttempts = [];
    const o = await withAttempts(options.attempts, options.backoffMs, () => send(api, probe), surfaceAttempts);
    attempts.push(...surfaceAttempts);
    const diagnosis = o.ok ? null : explain(o);
    report2.surfaces.push({
      api,
      status: o.ok ? "pass" : "fail",
      httpStatus: o.status,
      latencyMs: o.latencyMs,
      reply: o.reply ?? null,
      diagnosis,
      error: o.ok ? null : failureText(o)
    });
    if (!o.ok && report2.status === "pass")
      report2 = { ...report2, status: "fail", diagnosis: { ...diagnosis, summary: `${api}: ${diagnosis.summary}` }, error: failureText(o) };
  }
  for (const profile of d.mode === "embedding" ? [] : options.clients ?? []) {
    if (notRun) {
      report2.clients.push({ client: profile.client, step: isBackgroundAlias(profile, requested) ? "background request" : "first turn", ...notRun });
      continue;
    }
    const client = await probeClient(profile, target, requested, options, context, attempts);
    report2.clients.push(client);
    if (client.status === "fail" && report2.status === "pass")
      report2 = {
        ...report2,
        status: "fail",
        httpStatus: client.httpStatus,
        diagnosis: { ...client.diagnosis, summary: `${profile.client}: FAIL on the ${client.step}: ${client.diagnosis.summary}` },
        error: client.error
      };
  }
  if (report2.status === "pass" && options.maxLatencyMs !== null && report2.latencyMs !== null && report2.latencyMs > options.maxLatencyMs) {
    report2.latencyExceeded = true;
    if (options.latencyPolicy === "fail") {
      report2 = {
        ...report2,
        status: "fail",
        diagnosis: {
          code: "slow",
          summary: `'${d.alias}' answered in ${report2.latencyMs} ms; ${setting("max-latency-ms")} is ${options.maxLatencyMs}.`,
          fix: `Check the server's load and the model size, or raise ${setting("max-latency-ms")}; with ${setting("latency")} set to warn, a slow answer is reported without failing.`
        }
      };
    }
  }
  const unreachable = report2.diagnosis?.code === "connection" || report2.diagnosis?.code === "timeout" || report2.diagnosis?.code === "proxy-unresponsive";
  if (options.upstreamEnv && d.mode !== "embedding" && !unreachable) {
    report2.servedModel = await servedModel(d, {
      env: options.upstreamEnv,
      timeoutMs: Math.min(options.timeoutMs, SERVED_MODEL_TIMEOUT_MS),
      outboundEnv: options.outboundEnv
    });
    const configured = upstreamModelOf(d);
    if (report2.servedModel && isSwap(configured, report2.servedModel)) report2.backendSwap = { configured, served: report2.servedModel };
  }
  return report2;
}
function streamDiagnosis(d) {
  return d.code === "stream-broken" ? d : { ...d, summary: `streaming: ${d.summary}` };
}
function notRunVerdict(primary, because, diagnosis) {
  return {
    status: "skipped",
    httpStatus: null,
    latencyMs: null,
    reply: null,
    diagnosis,
    error: null,
    skippedReason: `not run: the ${primary} request showed the route unreachable (${because}), and this one goes to the same upstream.`
  };
}

// src/engine/run.ts
var DEFAULT_MAX_REPLY_BYTES = 1024 * 1024;
var MAX_ALIASES = 500;
var Run = class {
  constructor(options, hooks) {
    this.options = options;
    this.hooks = hooks;
    this.masker = hooks.masker ?? new Masker();
    for (const value of Object.values(options.provided)) this.masker.add(value);
    for (const value of outboundProxySecrets(options.env)) this.masker.add(value);
    this.deadline = options.runTimeoutMs ? this.started + options.runTimeoutMs : Infinity;
  }
  options;
  hooks;
  started = Date.now();
  masker;
  findings = [];
  timings = { installMs: null, startMs: null, probeMs: null };
  /** When the whole run must be over (run-timeout); Infinity without a bound. */
  deadline;
  /** The deadline passed: the proxy was stopped under the probes. */
  expired = false;
  /** A stage's own bound, cut to what is left of the run's. */
  left(bound) {
    return Math.max(1, Math.min(bound, this.deadline - Date.now()));
  }
  expiredError() {
    return {
      stage: "internal",
      message: `The whole run took longer than ${setting("run-timeout")} (${Math.round((this.options.runTimeoutMs ?? 0) / 1e3)}s) and was stopped.`,
      fix: `Raise ${setting("run-timeout")}, or probe fewer aliases at once (${setting("models")}, ${setting("concurrency")}).`
    };
  }
  /** What the proxy's environment holds for NAME (never a denied variable): what a route's `os.environ/NAME` resolves to. */
  proxyReads() {
    return (name) => isDenied(name) ? void 0 : this.envLookup(name);
  }
  /** Before anything is installed or started: not too many routes, and no key to a host the workflow did not allow. */
  admit(config, deployments) {
    if (deployments.length > MAX_ALIASES)
      throw new VerifyError(`${deployments.length} routes to probe; one run probes at most ${MAX_ALIASES}.`, "config", {
        fix: `Name the aliases to probe with ${setting("models")}, or split the config.`
      });
    if (config && this.options.allowedHosts) checkAllowedHosts(config, deployments, this.options.allowedHosts, this.proxyReads(), this.options.litellmVersion);
  }
  log = (line) => this.hooks.log?.(this.masker.mask(line));
  /** What `os.environ/NAME` reads: the inputs that stand for variables first, then the environment. */
  envLookup = (name) => this.options.provided[name] ?? this.options.env[name];
  addFinding(f) {
    this.findings.push(f);
    this.hooks.finding?.(this.masker.maskDeep(f));
  }
  /** Every value a referenced variable holds is treated as a secret, whatever its name, but for a name (config/secret-refs.ts). */
  maskReferenced(config) {
    for (const name of secretVariables(config)) this.masker.add(this.envLookup(name));
  }
  target(baseUrl, key2) {
    return { baseUrl, masterKey: key2, timeoutMs: this.options.timeoutMs, maxBytes: this.options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES };
  }
  /** Probes the plan `concurrency` at a time; `upstreamEnv` is what the served-model request reads, exactly what the proxy reads. */
  async probeAll(config, plan, target, upstreamEnv) {
    const probeStarted = Date.now();
    const { options } = this;
    const results = await mapBounded(plan, options.concurrency, async ({ deployment: d, deploymentId }) => {
      const probeOptions = { ...options, routeEnv: upstreamEnv, upstreamEnv: options.checkServedModel ? upstreamEnv : void 0, outboundEnv: options.env };
      const result = this.masker.maskDeep(await probeAlias(config, d, target, probeOptions, deploymentId));
      this.hooks.alias?.(result);
      return result;
    });
    this.timings.probeMs = Date.now() - probeStarted;
    return results;
  }
};

// src/engine/verify.ts
async function verify(options, hooks = {}) {
  return (await verifyRoutes(options, hooks)).report;
}
async function verifyRoutes(options, hooks = {}) {
  const run = new Run(options, hooks);
  const state = { config: null, aliases: [], litellmVersion: null, litellmLock: null, proxy: null, workDir: null, kept: null };
  const finish = (error) => ({
    kept: state.kept,
    report: run.masker.maskDeep({
      schema: REPORT_SCHEMA,
      result: verdictOf(state.aliases, error),
      config: state.config?.displayPath ?? options.configDisplayPath ?? options.configPath,
      litellmVersion: state.litellmVersion,
      litellmLock: state.litellmLock,
      startedAt: new Date(run.started).toISOString(),
      durationMs: Date.now() - run.started,
      timings: run.timings,
      error,
      findings: run.findings,
      notes: clientNotes(options.clients ?? [], state.config?.deployments.map((d) => d.alias) ?? []),
      aliases: state.aliases,
      counts: countAliases(state.aliases)
    })
  });
  const deadlineTimer = Number.isFinite(run.deadline) ? setTimeout(() => {
    run.expired = true;
    void state.proxy?.stop(0);
  }, run.deadline - run.started) : void 0;
  try {
    if (options.existingProxy) {
      const { config, aliases } = await probeExistingProxy(run, options.existingProxy);
      Object.assign(state, { config, aliases });
      return finish(run.expired ? run.expiredError() : null);
    }
    const error = await verifyWithOwnProxy(run, state);
    return finish(run.expired ? run.expiredError() : error);
  } catch (error) {
    if (run.expired || Date.now() >= run.deadline) return finish(run.expiredError());
    const e = error instanceof VerifyError ? error : folderError(error, options) ?? new VerifyError(errorMessage(error), "internal");
    return finish({ stage: e.stage, message: run.masker.mask(e.message), fix: e.detail?.fix ?? null });
  } finally {
    clearTimeout(deadlineTimer);
    await state.bytecode?.stop();
    if (!state.kept) {
      if (state.proxy) await state.proxy.stop(0);
      if (state.workDir) fs12.rmSync(state.workDir, { recursive: true, force: true });
    }
  }
}

// src/engine/rehearse.ts
var key = (a) => a.deploymentId ? `${a.alias} (${a.deploymentId})` : a.alias;
function compareReleases(versions, reports) {
  const names = [...new Set(reports.flatMap((r) => r.aliases.map(key)))];
  const differences = [];
  const aliases = names.map((name) => {
    const found = reports.map((r) => r.aliases.find((a) => key(a) === name));
    const statuses = found.map((a) => a?.status ?? "not run");
    const outcome = (a, i) => {
      if (!a) return `not run on ${versions[i]}${reports[i]?.error ? ` (${reports[i].error.stage} failed)` : ""}`;
      if (a.status !== "fail") return `${a.status === "pass" ? "passes" : "skipped"} on ${versions[i]}`;
      return `fails on ${versions[i]}: ${a.diagnosis?.summary ?? "failed"}`;
    };
    const codes = found.map((a) => a ? `${a.status}:${a.status === "fail" ? a.diagnosis?.code ?? "" : ""}` : "not run");
    if (new Set(codes).size > 1) differences.push(`'${name}' ${found.map(outcome).join("; ")}`);
    return { alias: name, statuses };
  });
  return {
    versions: versions.map((version, i) => ({
      version,
      result: reports[i].result,
      reviewedLock: reports[i].litellmLock?.reviewed ?? null,
      error: reports[i].error?.message.split("\n")[0] ?? null
    })),
    aliases,
    differences
  };
}
async function rehearse(options, versions, hooks = {}) {
  const reports = [];
  for (const [i, version] of versions.entries()) {
    hooks.log?.(`Upgrade rehearsal ${i + 1}/${versions.length}: LiteLLM ${version}`);
    reports.push((await verifyRoutes({ ...options, litellmVersion: version, keepRunning: false }, hooks)).report);
  }
  const rehearsal = compareReleases(versions, reports);
  hooks.log?.(
    rehearsal.differences.length ? `Where the releases differ:
${rehearsal.differences.map((d) => `  ${d}`).join("\n")}` : `Every alias has the same outcome on ${versions.join(", ")}.`
  );
  const first = reports[0];
  const aliases = first.aliases.map((a) => {
    const i = reports.findIndex((r) => r.aliases.some((x) => key(x) === key(a) && x.status === "fail"));
    const failing = i < 0 ? void 0 : reports[i].aliases.find((x) => key(x) === key(a) && x.status === "fail");
    if (!failing || i === 0) return a;
    return { ...failing, diagnosis: failing.diagnosis ? { ...failing.diagnosis, summary: `on LiteLLM ${versions[i]}: ${failing.diagnosis.summary}` } : null };
  });
  const e = reports.findIndex((r) => r.error);
  const error = e < 0 ? null : { ...reports[e].error, message: `LiteLLM ${versions[e]}: ${reports[e].error.message}` };
  const result = error || aliases.some((a) => a.status === "fail") || reports.some((r) => r.result === "fail") ? "fail" : first.result;
  const report2 = { ...first, result, error, aliases, counts: countAliases(aliases), litellmVersion: versions.join(", "), rehearsal };
  return { report: report2, kept: null };
}

// src/report/text.ts
var plain = { green: (s) => s, red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };
var ansi = {
  green: (s) => `\x1B[32m${s}\x1B[39m`,
  red: (s) => `\x1B[31m${s}\x1B[39m`,
  yellow: (s) => `\x1B[33m${s}\x1B[39m`,
  dim: (s) => `\x1B[2m${s}\x1B[22m`,
  bold: (s) => `\x1B[1m${s}\x1B[22m`
};
var t = (text) => oneLine(text ?? "");
function aliasLogLine(a) {
  const latency = a.latencyMs !== null ? ` ${a.latencyMs} ms` : "";
  const [alias, model] = [t(a.alias), t(a.model)];
  if (a.status === "pass") return `PASS ${alias} -> ${model}${latency}: ${t(a.reply)}`;
  if (a.status === "skipped") return `SKIP ${alias}: ${t(a.skippedReason)}`;
  return `FAIL ${alias} -> ${model}${latency}: ${t(a.diagnosis?.summary)} Fix: ${t(a.diagnosis?.fix)}`;
}
function aliasLine(a, style = plain) {
  const mark = a.status === "pass" ? style.green("PASS") : a.status === "fail" ? style.red("FAIL") : style.yellow("SKIP");
  const latency = a.latencyMs !== null ? style.dim(` ${a.latencyMs} ms`) : "";
  const head = `  ${mark} ${style.bold(t(a.alias))}${a.deploymentId ? style.dim(` [id ${t(a.deploymentId)}]`) : ""} -> ${t(a.model)}${a.apiBaseHost ? ` @ ${t(a.apiBaseHost)}` : ""}${latency}`;
  const extra = [
    ...a.surfaces.map((sfc) => `       ${verdictMark(sfc.status, style)} ${sfc.api}: ${verdictDetail(sfc, style)}`),
    ...a.clients.map((c) => `       ${verdictMark(c.status, style)} as ${t(c.client)} (${c.step}): ${verdictDetail(c, style)}`),
    ...a.backendSwap ? [`       ${style.yellow("backend swap")}: configured ${t(a.backendSwap.configured)}, served ${t(a.backendSwap.served)}`] : []
  ];
  if (a.status === "pass") return [`${head}
       ${style.dim(t(a.reply))}`, ...extra].join("\n");
  if (a.status === "skipped") return `${head}
       ${t(a.skippedReason)}`;
  const lines = [head, `       ${t(a.diagnosis?.summary ?? "failed")}`];
  if (a.diagnosis?.fix) lines.push(`       fix: ${t(a.diagnosis.fix)}`);
  if (a.error) lines.push(`       ${style.dim(`proxy said: ${t(excerpt(safeLines(a.error).split("\n")[0] ?? "", 500))}`)}`);
  return [...lines, ...extra].join("\n");
}
var verdictMark = (status, style) => status === "pass" ? style.green("pass") : status === "fail" ? style.red("fail") : style.yellow("skip");
var verdictDetail = (v, style) => v.status === "pass" ? style.dim(t(v.reply)) : v.status === "skipped" ? style.dim(t(v.skippedReason)) : t(v.diagnosis?.summary ?? "failed");
function renderText(report2, style = plain) {
  const out = [];
  for (const f of report2.findings) {
    const tag = f.severity === "error" ? style.red("error") : f.severity === "warning" ? style.yellow("warning") : style.dim("notice");
    out.push(`${tag} ${t(f.file)}:${f.line}:${f.column} ${t(f.message)}${f.fix ? `
       fix: ${t(f.fix)}` : ""}`);
  }
  if (report2.error) {
    out.push(style.red(`Stopped at ${t(report2.error.stage)}: ${safeLines(report2.error.message)}`));
    if (report2.error.fix) out.push(`fix: ${t(report2.error.fix)}`);
  }
  for (const n of report2.notes) out.push(style.yellow(`note: ${t(n)}`));
  const { pass, fail, skipped } = report2.counts;
  const verdict = report2.result === "pass" ? style.green("PASS") : report2.result === "fail" ? style.red("FAIL") : style.yellow("SKIPPED");
  out.push(
    `${verdict}: ${pass} passed, ${fail} failed, ${skipped} skipped (LiteLLM ${t(report2.litellmVersion ?? "-")}${t(extrasNote(report2))}${report2.litellmLock && !report2.litellmLock.reviewed ? ", lock resolved at run time, not reviewed" : ""}, ${(report2.durationMs / 1e3).toFixed(1)}s)`
  );
  return out.join("\n");
}

// src/util/proxy-guard.ts
import fs13 from "node:fs";
function guardProxy(cancelled, graceMs = 3e3) {
  let running;
  let releaseExit = () => {
  };
  let handling;
  const onSignal = (signal) => {
    handling ??= (async () => {
      const proxy = running;
      if (proxy) {
        await stopProcessTree(proxy.pid, graceMs);
        fs13.rmSync(proxy.workDir, { recursive: true, force: true });
      }
      cancelled(signal, proxy !== void 0);
    })();
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  const forget = () => {
    running = void 0;
    releaseExit();
    releaseExit = () => {
    };
  };
  return {
    started(proxy) {
      running = proxy;
      releaseExit = stopOnExit(proxy.pid);
    },
    handOver: forget,
    release() {
      forget();
      process.removeListener("SIGTERM", onSignal);
      process.removeListener("SIGINT", onSignal);
    },
    cancelling: () => handling ?? Promise.resolve()
  };
}

// src/options/defaults.ts
var DEFAULTS = {
  mode: "verify",
  config: "example_configs/test-local/config-litellm.yaml",
  VLLM_KEY: "",
  models: "all",
  prompt: "Say hello in one short sentence.",
  temperature: "0.7",
  "max-tokens": "512",
  timeout: "60",
  "litellm-version": "",
  // the shipped lock (DEFAULT_LITELLM_VERSION)
  "litellm-extras": "auto",
  "on-missing-key": "fail",
  "report-file": "",
  concurrency: "4",
  "install-timeout": "600",
  "start-timeout": "120",
  "run-timeout": "1800",
  python: "",
  stream: "true",
  attempts: "1",
  "max-latency-ms": "",
  latency: "fail",
  "proxy-url": "",
  "proxy-key": "",
  "allowed-hosts": "",
  "keep-running": "false",
  api: "chat",
  tools: "false",
  client: "",
  "request-params": "",
  "check-served-model": "true",
  cache: "true"
};
var SETTING_NAMES = Object.keys(DEFAULTS);
var BACKOFF_MS = 2e3;

// src/options/options.ts
import path11 from "node:path";

// src/litellm/version-from-repo.ts
import fs14 from "node:fs";
import path10 from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".cache", ".tox", "site-packages"]);
var MAX_DEPTH = 4;
var MAX_FILES = 5e3;
var MAX_BYTES = 2 * 1024 * 1024;
var IMAGE = /(?:ghcr\.io\/|docker\.io\/)?berriai\/(litellm[\w-]*):([\w.-]+)/gi;
var RELEASE = /^(?:main-|litellm_stable_release_branch-)?v?(\d+\.\d+\.\d+(?:\.post\d+|rc\d+)?)(?:[-.][\w.-]*)?$/;
var PIN = /^\s*["']?litellm(?:\[[\w,\s-]*\])?\s*===?\s*v?(\d+\.\d+\.\d+(?:\.post\d+|rc\d+)?)\b/gim;
var LOCKED = /\[\[package\]\]\s*\r?\nname\s*=\s*"litellm"\s*\r?\nversion\s*=\s*"([^"]+)"/g;
var POETRY = /^\s*litellm\s*=\s*(?:\{[^}\n]*version\s*=\s*)?["'](?:==?)?(\d+\.\d+\.\d+(?:\.post\d+|rc\d+)?)["']/gim;
function kindOf(name) {
  const lower = name.toLowerCase();
  if (/^dockerfile|\.dockerfile$|^containerfile/.test(lower) || /^(docker-)?compose.*\.ya?ml$/.test(lower)) return ["image"];
  if (lower === "uv.lock" || lower === "poetry.lock") return ["lock"];
  if (/^requirements.*\.(txt|in)$/.test(lower) || lower === "pyproject.toml" || lower === "setup.cfg" || lower === "pylock.toml") return ["pin"];
  return [];
}
function lineOf2(text, index) {
  return text.slice(0, index).split("\n").length;
}
function findLiteLLMVersions(root) {
  const found = { image: [], lock: [], pin: [] };
  let files = 0;
  const walk = (dir, depth) => {
    let entries;
    try {
      entries = fs14.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files++ > MAX_FILES) return;
      const full = path10.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH && !SKIP_DIRS.has(entry.name)) walk(full, depth + 1);
        continue;
      }
      if (!entry.isFile()) continue;
      const kinds = kindOf(entry.name).concat(path10.basename(dir) === "requirements" && /\.(txt|in)$/.test(entry.name) ? ["pin"] : []);
      if (!kinds.length) continue;
      let text;
      try {
        if (fs14.statSync(full).size > MAX_BYTES) continue;
        text = fs14.readFileSync(full, "utf8");
      } catch {
        continue;
      }
      const where2 = (i) => `${path10.relative(root, full).split(path10.sep).join("/")}:${lineOf2(text, i)}`;
      for (const kind of new Set(kinds)) {
        if (kind === "image")
          for (const m of text.matchAll(IMAGE)) {
            const tag = m[2];
            found.image.push({ version: RELEASE.exec(tag)?.[1] ?? null, where: where2(m.index), what: `image berriai/${m[1]}:${tag}` });
          }
        if (kind === "lock")
          for (const m of text.matchAll(LOCKED)) found.lock.push({ version: m[1], where: where2(m.index), what: `litellm ${m[1]} in ${entry.name}` });
        if (kind === "pin") {
          for (const m of text.matchAll(PIN)) found.pin.push({ version: m[1], where: where2(m.index), what: `litellm==${m[1]}` });
          if (entry.name === "pyproject.toml")
            for (const m of text.matchAll(POETRY)) found.pin.push({ version: m[1], where: where2(m.index), what: `litellm = "${m[1]}"` });
        }
      }
    }
  };
  walk(root, 0);
  const images = [...found.image.filter((f) => f.version), ...found.image.filter((f) => !f.version)];
  return [...images, ...found.lock, ...found.pin];
}
function autoVersion(root, fallback) {
  const all = findLiteLLMVersions(root);
  const first = all[0];
  if (!first) return null;
  const others = [
    ...new Set(
      all.slice(1).filter((f) => f.version && f.version !== first.version).map((f) => `${f.version} (${f.where})`)
    )
  ];
  const also = others.length ? `; other pins seen: ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", ..." : ""}` : "";
  if (!first.version)
    return {
      version: fallback,
      note: `${setting("litellm-version")} auto: ${first.what} at ${first.where} is a floating tag (no release); using the default lock ${fallback}${also}.`
    };
  return { version: first.version, note: `${setting("litellm-version")} auto: ${first.version} from ${first.what} at ${first.where}${also}.` };
}

// src/probe/clients/claude-code.json
var claude_code_default = {
  client: "claude-code",
  clientVersion: "Claude Code 2.1.328 (`claude -p`)",
  sources: [
    "test/fixtures/client-requests/claude-code-2.1.328-print.json: the first request Claude Code 2.1.328 (npm @anthropic-ai/claude-code 2.1.328) sent to a custom ANTHROPIC_BASE_URL with an API key and ANTHROPIC_MODEL set to an alias, captured on 28 Nov 2026 (headers, anthropic-beta list, body keys and values, the Bash and Read input schemas, the mid-conversation system message)",
    "LiteLLM 1.108.7 litellm/llms/anthropic/common_utils.py is_claude_code_user_agent (`claude-cli/`) with litellm/proxy/litellm_pre_call_utils.py should_auto_drop_params_for_agentic_cli, and x-claude-code-session-id (litellm/proxy/litellm_pre_call_utils.py get_chain_id_from_headers, litellm/router.py's session router): what of the headers LiteLLM reads",
    "Anthropic Messages API reference (tools with input_schema, tool_use / tool_result blocks, cache_control): https://docs.anthropic.com/en/api/messages",
    "Claude Code model configuration (ANTHROPIC_DEFAULT_HAIKU_MODEL / ANTHROPIC_SMALL_FAST_MODEL: the small, fast model for background work): https://docs.anthropic.com/en/docs/claude-code/model-config"
  ],
  approximated: "The captured body was 48 kB: Claude Code's system prompt, its environment text and its 12 tools' descriptions are its own and much longer. This profile keeps their shape (system as text blocks, the billing-header block first, cache_control where Claude Code puts it; the user turn with a <system-reminder> block before the prompt; the environment as a mid-conversation `role: system` message after it, as 2.1.328 sends it; the Bash and Read tools with their captured input schemas (JSON Schema 2020-12) and shortened descriptions, and the deferred-loading placeholder tool) with short texts, and leaves out the other nine tools. The background request (haiku) is approximated from the docs: a short non-streaming request without tools.",
  surface: "messages",
  path: "/v1/messages?beta=true",
  headers: {
    accept: "application/json",
    "user-agent": "claude-cli/2.1.328 (external, sdk-cli)",
    "x-claude-code-session-id": "00000000-0000-4000-8000-000000000000",
    "x-stainless-arch": "x64",
    "x-stainless-lang": "js",
    "x-stainless-os": "Linux",
    "x-stainless-package-version": "0.128.0",
    "x-stainless-retry-count": "0",
    "x-stainless-runtime": "node",
    "x-stainless-runtime-version": "v26.12.1",
    "x-stainless-timeout": "600",
    "anthropic-beta": "claude-code-20250219,interleaved-thinking-2025-05-14,context-management-2025-06-27,mid-conversation-tool-changes-2026-07-01,thinking-token-count-2026-05-13,advanced-tool-use-2025-11-20,effort-2025-11-24",
    "anthropic-dangerous-direct-browser-access": "true",
    "anthropic-version": "2023-06-01",
    "x-app": "cli"
  },
  auth: "x-api-key",
  optionalParams: ["thinking", "output_config", "context_management", "metadata"],
  firstTurn: {
    messages: [
      {
        role: "user",
        content: [
          {
            type: "text",
            text: "<system-reminder>\nAs you answer the user's questions, you can use the following context: the working directory is /home/runner/work/repo.\n</system-reminder>\n"
          },
          {
            type: "text",
            text: "What is the current date and time in UTC? Run `date -u` with the Bash tool to find out."
          }
        ]
      },
      {
        role: "system",
        content: [
          {
            type: "text",
            text: "# Environment\nYou have been invoked in the following environment: \n - Primary working directory: /home/runner/work/repo\n - Is a git repository: true\n - Platform: linux\n - Shell: bash\n",
            cache_control: {
              type: "ephemeral"
            }
          }
        ]
      }
    ],
    system: [
      {
        type: "text",
        text: "x-anthropic-billing-header: cc_version=2.1.328.912; cc_entrypoint=sdk-cli;"
      },
      {
        type: "text",
        text: "You are a Claude agent, built on Anthropic's Claude Agent SDK.",
        cache_control: {
          type: "ephemeral"
        }
      },
      {
        type: "text",
        text: "\nYou are an agent working with the user toward their goals, using your own judgment along the way. Use the tools available to you to assist the user.",
        cache_control: {
          type: "ephemeral"
        }
      }
    ],
    tools: [
      {
        name: "Bash",
        description: "Executes a given bash command and returns its output.",
        input_schema: {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          type: "object",
          properties: {
            command: {
              description: "The command to execute",
              type: "string"
            },
            timeout: {
              description: "Optional timeout in milliseconds (max 600000 for a foreground command)",
              type: "number"
            },
            description: {
              description: `Clear, concise description of what this command does in active voice. Never use words like "complex" or "risk" in the description - just describe what it does.

Say what the command does in plain words: do not echo the command's text, its flags, or file paths - the user reads this description, often without seeing the command.

For simple commands (git, npm, standard CLI tools), keep it brief (5-10 words):
- ls \u2192 "List files in current directory"
- git status \u2192 "Show working tree status"
- npm install \u2192 "Install package dependencies"

For commands that are harder to parse at a glance (piped commands, obscure flags, etc.), add enough context to clarify what it does:
- find . -name "*.tmp" -exec rm {} \\; \u2192 "Find and delete all .tmp files recursively"
- git reset --hard origin/main \u2192 "Discard all local changes and match remote main"
- curl -s url | jq '.data[]' \u2192 "Fetch JSON from URL and extract data array elements"`,
              type: "string"
            },
            run_in_background: {
              description: "Set to true to run this command in the background. With it, `timeout` limits how long the command may run in the background before it is stopped (default 600000 ms, max 7200000 ms).",
              type: "boolean"
            },
            dangerouslyDisableSandbox: {
              description: "Set this to true to dangerously override sandbox mode and run commands without sandboxing.",
              type: "boolean"
            }
          },
          required: ["command"],
          additionalProperties: false
        }
      },
      {
        name: "Read",
        description: "Reads a file from the local filesystem.",
        input_schema: {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          type: "object",
          properties: {
            file_path: {
              description: "The absolute path to the file to read",
              type: "string"
            },
            offset: {
              description: "The line number to start reading from. Only provide if the file is too large to read at once",
              type: "integer",
              minimum: 0,
              maximum: 9007199254740991
            },
            limit: {
              description: "The number of lines to read. Only provide if the file is too large to read at once.",
              type: "integer",
              exclusiveMinimum: 0,
              maximum: 9007199254740991
            },
            pages: {
              description: 'Page range for PDF files (e.g., "1-5", "3", "10-20"). Only applicable to PDF files. Maximum 20 pages per request.',
              type: "string"
            },
            allow_large: {
              description: "Set to true to read a text file, or a line range of one, that is over the usual size limits, up to what still fits in your context. Only use this when you genuinely need all of it or the user asked for the whole file; otherwise read it in parts with offset and limit, or search it.",
              type: "boolean"
            }
          },
          required: ["file_path"],
          additionalProperties: false
        }
      },
      {
        name: "DeferredToolPlaceholder",
        description: "Reserved placeholder that keeps deferred tool loading active; never call this tool.",
        input_schema: {
          type: "object",
          properties: {}
        },
        defer_loading: true
      }
    ],
    metadata: {
      user_id: '{"device_id":"0000000000000000000000000000000000000000000000000000000000000000","account_uuid":"","session_id":"00000000-0000-4000-8000-000000000000"}'
    },
    max_tokens: 32e3,
    thinking: {
      type: "adaptive",
      display: "omitted"
    },
    context_management: {
      edits: [
        {
          type: "clear_thinking_20251015",
          keep: "all"
        }
      ]
    },
    output_config: {
      effort: "high"
    },
    stream: true
  },
  toolResult: "Thu Nov 27 12:00:00 UTC 2026",
  background: {
    aliasPattern: "haiku",
    body: {
      max_tokens: 512,
      stream: false,
      system: [
        {
          type: "text",
          text: "Summarize this coding conversation in under 50 characters. Capture the main task."
        }
      ],
      messages: [
        {
          role: "user",
          content: "What is the current date and time in UTC?"
        }
      ]
    }
  }
};

// src/probe/clients/codex.json
var codex_default = {
  client: "codex",
  clientVersion: "Codex CLI 0.169.0 (`codex exec`)",
  sources: [
    "test/fixtures/client-requests/codex-0.169.0-exec.json: the request Codex CLI 0.169.0 (npm @openai/codex 0.169.0) sent on its first turn, captured on 28 Nov 2026 (headers, body keys and values, the exec_command tool schema)",
    "openai/codex codex-rs/core/src/default_client.rs @ bdba7852f205b71b162383b2933d860b26424a43: get_codex_user_agent, `{originator}/{version} ({os} {os version}; {arch}) {terminal}`, and the `originator` header on every request",
    "LiteLLM 1.108.7 litellm/proxy/litellm_pre_call_utils.py should_auto_drop_params_for_agentic_cli with litellm/litellm_core_utils/core_helpers.py is_codex_user_agent (`^codex[-_ /]`): a Codex user agent turns drop_params on when the config does not set it, so the user agent changes the verdict"
  ],
  approximated: "Codex's base instructions, its skills and permissions texts and its environment context are long texts of its own (the captured body was 39523 bytes); this profile keeps their place (developer messages first, then the environment context and the question as user messages, each with an id as Codex sends them) with short texts, and offers only the exec_command tool of the nine it sent (the others include the hosted `web_search` tool). The ids are placeholders; the user agent is the captured one. The tool result's wording is approximated.",
  surface: "responses",
  path: "/v1/responses",
  headers: {
    "user-agent": "codex_exec/0.169.0 (Debian 12.0.0; x86_64) xterm (codex_exec; 0.169.0)",
    originator: "codex_exec",
    "session-id": "00000000-0000-4000-8000-000000000001",
    "thread-id": "00000000-0000-4000-8000-000000000001",
    "x-client-request-id": "00000000-0000-4000-8000-000000000001",
    "x-codex-window-id": "00000000-0000-4000-8000-000000000001:0",
    "x-codex-beta-features": "remote_compaction_v2",
    "x-codex-turn-metadata": '{"installation_id":"00000000-0000-4000-8000-000000000002","session_id":"00000000-0000-4000-8000-000000000001","thread_id":"00000000-0000-4000-8000-000000000001","turn_id":"00000000-0000-4000-8000-000000000003","window_id":"00000000-0000-4000-8000-000000000001:0","request_kind":"turn","thread_source":"user","turn_trigger":"exec","sandbox":"seccomp","sandbox_mode":"workspace-write","model":"codex"}'
  },
  auth: "bearer",
  optionalParams: ["reasoning", "include", "store", "prompt_cache_key", "parallel_tool_calls", "client_metadata"],
  firstTurn: {
    stream: true,
    input: [
      {
        type: "message",
        id: "msg_00000000-0000-5000-8000-000000000001",
        role: "developer",
        content: [
          {
            type: "input_text",
            text: "You are a coding agent running in the Codex CLI, a terminal-based coding assistant. Use the tools to run commands when they help."
          }
        ]
      },
      {
        type: "message",
        id: "msg_00000000-0000-7000-8000-000000000002",
        role: "developer",
        content: [
          {
            type: "input_text",
            text: "<permissions instructions>\nFilesystem sandboxing defines which files can be read or written. `sandbox_mode` is `workspace-write`.\n</permissions instructions>"
          }
        ]
      },
      {
        type: "message",
        id: "msg_00000000-0000-7000-8000-000000000003",
        role: "user",
        content: [
          {
            type: "input_text",
            text: "<environment_context>\n  <cwd>/home/runner/work/repo</cwd>\n  <shell>bash</shell>\n  <current_date>2026-11-27</current_date>\n  <timezone>Etc/UTC</timezone>\n</environment_context>"
          }
        ]
      },
      {
        type: "message",
        id: "msg_00000000-0000-7000-8000-000000000004",
        role: "user",
        content: [
          {
            type: "input_text",
            text: "What is the current date and time in UTC? Run `date -u` to find out."
          }
        ]
      }
    ],
    tools: [
      {
        type: "function",
        name: "exec_command",
        description: "Runs a command in a PTY, returning output or a session ID for ongoing interaction.",
        strict: false,
        parameters: {
          type: "object",
          properties: {
            cmd: {
              type: "string",
              description: "Shell command to execute."
            },
            justification: {
              type: "string",
              description: "User-facing approval question for `require_escalated`; omit otherwise."
            },
            login: {
              type: "boolean",
              description: "True runs the shell with -l/-i semantics; false disables them. Defaults to true."
            },
            max_output_tokens: {
              type: "number",
              description: "Output token budget. Defaults to 10000 tokens; larger requests may be capped by policy."
            },
            prefix_rule: {
              type: "array",
              description: 'Reusable approval prefix for `cmd`, only with `sandbox_permissions: "require_escalated"`; for example ["git", "pull"].',
              items: {
                type: "string"
              }
            },
            sandbox_permissions: {
              type: "string",
              description: "Per-command sandbox override. Defaults to `use_default`; use `require_escalated` for unsandboxed execution.",
              enum: ["use_default", "require_escalated"]
            },
            shell: {
              type: "string",
              description: "Shell binary to launch. Defaults to the user's default shell."
            },
            tty: {
              type: "boolean",
              description: "True allocates a PTY for the command; false or omitted uses plain pipes."
            },
            workdir: {
              type: "string",
              description: "Working directory for the command. Defaults to the turn cwd."
            },
            yield_time_ms: {
              type: "number",
              description: "Wait before yielding output. Defaults to 10000 ms; effective range is 250-30000 ms."
            }
          },
          required: ["cmd"],
          additionalProperties: false
        }
      }
    ],
    tool_choice: "auto",
    parallel_tool_calls: true,
    reasoning: {
      summary: "auto"
    },
    store: false,
    include: ["reasoning.encrypted_content"],
    prompt_cache_key: "00000000-0000-4000-8000-000000000001",
    client_metadata: {
      "x-codex-installation-id": "00000000-0000-4000-8000-000000000002",
      turn_id: "00000000-0000-4000-8000-000000000003",
      thread_id: "00000000-0000-4000-8000-000000000001",
      session_id: "00000000-0000-4000-8000-000000000001",
      "x-codex-window-id": "00000000-0000-4000-8000-000000000001:0",
      root_turn_id: "00000000-0000-4000-8000-000000000003",
      "x-codex-turn-metadata": '{"installation_id":"00000000-0000-4000-8000-000000000002","session_id":"00000000-0000-4000-8000-000000000001","thread_id":"00000000-0000-4000-8000-000000000001","turn_id":"00000000-0000-4000-8000-000000000003","window_id":"00000000-0000-4000-8000-000000000001:0","request_kind":"turn","thread_source":"user","turn_trigger":"exec","sandbox":"seccomp","sandbox_mode":"workspace-write","model":"codex"}'
    }
  },
  toolResult: "Chunk ID: 1\nWall time: 0.0100 seconds\nProcess exited with code 0\nOutput:\nThu Nov 27 12:00:00 UTC 2026\n"
};

// src/probe/clients/openai.json
var openai_default = {
  client: "openai",
  clientVersion: "OpenAI Python SDK 3.57.0 chat.completions, as agents built on it call it",
  sources: [
    "test/fixtures/client-requests/openai-python-3.57.0-chat.json: the request the OpenAI Python SDK 3.57.0 sent for these fields, captured on 28 Nov 2026 (its default headers: user agent, x-stainless-*)",
    "openai/openai-python src/openai/_base_client.py @ e43b422412a9e96c9cc5192c61fffbe2d7e04836: default_headers (Accept, Content-Type, User-Agent `OpenAI/Python {version}`), platform_headers (X-Stainless-*), x-stainless-retry-count / x-stainless-read-timeout per request; src/openai/_client.py: X-Stainless-Async",
    "OpenAI Chat Completions API reference (tools, tool_choice, tool_calls, role tool messages): https://platform.openai.com/docs/api-reference/chat/create"
  ],
  approximated: "A generic chat agent, not one product: a system message, one function tool, tool_choice auto spelled out (the default when tools are sent), no streaming, and the follow-up carrying the tool result as a role tool message.",
  surface: "chat",
  path: "/v1/chat/completions",
  headers: {
    accept: "application/json",
    "user-agent": "OpenAI/Python 3.57.0",
    "x-stainless-lang": "python",
    "x-stainless-package-version": "3.57.0",
    "x-stainless-os": "Linux",
    "x-stainless-arch": "x64",
    "x-stainless-runtime": "CPython",
    "x-stainless-runtime-version": "3.11.7",
    "x-stainless-async": "false",
    "x-stainless-retry-count": "0",
    "x-stainless-read-timeout": "600"
  },
  auth: "bearer",
  optionalParams: ["temperature"],
  firstTurn: {
    max_tokens: 1024,
    temperature: 0.7,
    stream: false,
    messages: [
      {
        role: "system",
        content: "You are a helpful assistant. Use the tools when they help."
      },
      {
        role: "user",
        content: "What is the current time in UTC? Use the get_current_time tool to find out."
      }
    ],
    tools: [
      {
        type: "function",
        function: {
          name: "get_current_time",
          description: "Returns the current time in a time zone.",
          parameters: {
            type: "object",
            properties: {
              timezone: {
                type: "string",
                description: "IANA time zone, e.g. UTC"
              }
            },
            required: ["timezone"]
          }
        }
      }
    ],
    tool_choice: "auto"
  },
  toolResult: "2026-11-27T12:00:00Z"
};

// src/probe/clients/profile.ts
var CLIENT_NAMES = ["claude-code", "codex", "openai"];
var PROFILES = {
  "claude-code": claude_code_default,
  codex: codex_default,
  openai: openai_default
};
function clientProfile(name) {
  return PROFILES[name];
}
function parseClients(raw) {
  const names = raw.split(/[\s,]+/).map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !CLIENT_NAMES.includes(n));
  return { clients: [...new Set(names.filter((n) => CLIENT_NAMES.includes(n)))], unknown };
}

// src/options/parse.ts
var import_yaml8 = __toESM(require_dist(), 1);
function parseUrl(name, raw) {
  const text = raw.trim();
  if (!text) return void 0;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new VerifyError(`${setting(name)} must be an absolute http(s) URL like https://litellm.example.com; found '${raw}'.`, "input");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new VerifyError(`${setting(name)} must use http:// or https://; found '${url.protocol}'.`, "input");
  if (url.username || url.password)
    throw new VerifyError(
      `${setting(name)} carries credentials (user:password@ before the host); they are never sent, and would be printed with the URL.`,
      "input",
      { fix: `Remove them from ${setting(name)}; the proxy's key goes in ${setting("proxy-key")} (sent as \`Authorization: Bearer\`).` }
    );
  return text;
}
function parseList(raw) {
  const items = raw.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
  return items.length === 0 || items.length === 1 && items[0] === "all" ? "all" : [...new Set(items)];
}
function parseTemperature(raw, name = "temperature") {
  const text = raw.trim();
  if (text === "") return 0.7;
  if (/^(none|null|omit)$/i.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 2) {
    throw new VerifyError(`${setting(name)} must be a number from 0 to 2, or 'none' to omit it; found '${raw}'.`, "input");
  }
  return value;
}
function parseNumber(name, raw, fallback, min, max) {
  if (raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VerifyError(`${setting(name)} must be a whole number from ${min} to ${max}; found '${raw}'.`, "input");
  }
  return value;
}
function parseApis(raw, name = "api") {
  const items = raw.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (items.length === 0) return ["chat"];
  const unknown = items.filter((i) => !SURFACES.includes(i));
  if (unknown.length) throw new VerifyError(`${setting(name)} takes ${SURFACES.join(", ")} (comma-separated); found '${unknown.join(", ")}'.`, "input");
  return [...new Set(items)];
}
function parseClientList(raw, name = "client") {
  const { clients, unknown } = parseClients(raw.toLowerCase());
  if (unknown.length) throw new VerifyError(`${setting(name)} takes ${CLIENT_NAMES.join(", ")} (comma-separated); found '${unknown.join(", ")}'.`, "input");
  return clients;
}
var RESERVED_PARAMS = ["model", "messages", "input", "stream", "tools", "tool_choice"];
function parseRequestParams(raw, name = "request-params") {
  if (!raw.trim()) return {};
  let value;
  try {
    value = (0, import_yaml8.parse)(raw, { maxAliasCount: 0 });
  } catch (error) {
    throw new VerifyError(
      `${setting(name)} must be a JSON or YAML mapping like {"top_p": 0.9}; it does not parse: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      "input"
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new VerifyError(
      `${setting(name)} must be a mapping of parameter names to values, like {"top_p": 0.9, "reasoning_effort": "low"}; found ${Array.isArray(value) ? "a list" : typeof value === "object" ? "nothing" : `a ${typeof value}`}.`,
      "input"
    );
  }
  const reserved = Object.keys(value).filter((k) => RESERVED_PARAMS.includes(k));
  if (reserved.length)
    throw new VerifyError(
      `${setting(name)} may not set ${reserved.join(", ")}: the probe sets ${reserved.length > 1 ? "them" : "it"} (use ${["models", "prompt", "stream", "tools"].map(setting).join(", ")}).`,
      "input"
    );
  if ("temperature" in value) throw new VerifyError(`${setting(name)} may not set temperature: use ${setting("temperature")}.`, "input");
  return value;
}
function parseHosts(raw, name = "allowed-hosts") {
  const hosts = raw.split(/[\s,]+/).map((h) => h.trim().toLowerCase()).filter(Boolean);
  for (const host2 of hosts) {
    if (!/^(\*\.)?[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?$|^\[?[0-9a-f:.]+\]?$/.test(host2)) {
      throw new VerifyError(`${setting(name)}: '${host2.slice(0, 80)}' is not a host name (e.g. api.example.com, *.example.com, 10.0.0.5).`, "input");
    }
  }
  return hosts.length ? hosts : null;
}
function parseBoolean(name, raw, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  if (["true", "yes", "on", "1"].includes(text)) return true;
  if (["false", "no", "off", "0"].includes(text)) return false;
  throw new VerifyError(`${setting(name)} must be true or false; found '${raw}'.`, "input");
}
function parseChoice(name, raw, choices, fallback) {
  const text = raw.trim().toLowerCase();
  if (text === "") return fallback;
  if (choices.includes(text)) return text;
  throw new VerifyError(`${setting(name)} must be one of ${choices.join(", ")}; found '${raw}'.`, "input");
}
function parseExtras(raw, name = "litellm-extras") {
  const items = raw.split(/[,\n]/).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (items.length === 0 || items.length === 1 && items[0] === "auto") return "auto";
  if (items.length === 1 && items[0] === "none") return [];
  for (const item of items)
    if (!KNOWN_EXTRAS.includes(item))
      throw new VerifyError(
        `${setting(name)}: '${item.slice(0, 80)}' is not a LiteLLM extra verify-litellm installs; use auto, none, or ${KNOWN_EXTRAS.join(", ")}.`,
        "input"
      );
  return [...new Set(items)].sort();
}

// src/options/options.ts
function parseOptions(get, ctx) {
  const raw = (name) => {
    const given = get(name);
    return given.trim() === "" ? DEFAULTS[name] : given;
  };
  const configPath = path11.resolve(ctx.workspace, raw("config"));
  const relative = path11.relative(ctx.workspace, configPath);
  const { versions: litellmVersions, note: litellmVersionNote } = parseLiteLLMVersions(raw("litellm-version"), ctx.workspace);
  const litellmVersion = litellmVersions[0];
  if (litellmVersions.length > 1 && (raw("keep-running").trim().toLowerCase() === "true" || raw("proxy-url").trim()))
    throw new VerifyError(
      `${setting("litellm-version")} lists several releases (an upgrade rehearsal); it installs and starts each in turn, so ${setting("keep-running")} and ${setting("proxy-url")} do not apply.`,
      "input"
    );
  const reportFile = raw("report-file");
  const maxLatency = raw("max-latency-ms");
  return {
    mode: parseChoice("mode", raw("mode"), ["verify", "lint"], "verify"),
    configPath,
    configDisplayPath: (relative && !relative.startsWith("..") && !path11.isAbsolute(relative) ? relative : configPath).split(path11.sep).join("/"),
    vllmKey: get("VLLM_KEY"),
    models: parseList(raw("models")),
    prompt: raw("prompt"),
    temperature: parseTemperature(raw("temperature")),
    maxTokens: parseNumber("max-tokens", raw("max-tokens"), 0, 1, 1e6),
    timeoutMs: parseNumber("timeout", raw("timeout"), 0, 1, 3600) * 1e3,
    litellmVersion,
    litellmVersions,
    litellmVersionNote,
    litellmExtras: parseExtras(raw("litellm-extras")),
    installTimeoutMs: parseNumber("install-timeout", raw("install-timeout"), 0, 10, 7200) * 1e3,
    startTimeoutMs: parseNumber("start-timeout", raw("start-timeout"), 0, 5, 1800) * 1e3,
    runTimeoutMs: parseNumber("run-timeout", raw("run-timeout"), 0, 10, 6 * 3600) * 1e3,
    concurrency: parseNumber("concurrency", raw("concurrency"), 0, 1, 64),
    python: raw("python") || void 0,
    onMissingKey: parseChoice("on-missing-key", raw("on-missing-key"), ["fail", "skip", "warn"], "fail"),
    reportFile: reportFile ? path11.resolve(ctx.workspace, reportFile) : void 0,
    cache: parseBoolean("cache", raw("cache"), true),
    cacheRoot: ctx.cacheRoot,
    tempRoot: ctx.tempRoot,
    stream: parseBoolean("stream", raw("stream"), true),
    attempts: parseNumber("attempts", raw("attempts"), 0, 1, 10),
    maxLatencyMs: maxLatency.trim() ? parseNumber("max-latency-ms", maxLatency, 0, 1, 36e5) : null,
    latencyPolicy: parseChoice("latency", raw("latency"), ["fail", "warn"], "fail"),
    proxyUrl: parseUrl("proxy-url", raw("proxy-url")),
    proxyKey: get("proxy-key"),
    allowedHosts: parseHosts(raw("allowed-hosts")),
    keepRunning: parseBoolean("keep-running", raw("keep-running"), false),
    apis: parseApis(raw("api")),
    tools: parseBoolean("tools", raw("tools"), false),
    clients: parseClientList(raw("client")),
    requestParams: parseRequestParams(raw("request-params")),
    checkServedModel: parseBoolean("check-served-model", raw("check-served-model"), true)
  };
}
function parseLiteLLMVersions(value, workspace) {
  const notes = [];
  const versions = (value.trim() ? value.split(",") : [""]).map((item) => {
    const v = item.trim();
    if (!v) return DEFAULT_LITELLM_VERSION;
    if (v.toLowerCase() !== "auto") return v;
    const found = autoVersion(workspace, DEFAULT_LITELLM_VERSION);
    if (!found)
      throw new VerifyError(
        `${setting("litellm-version")} is 'auto', but no LiteLLM version is pinned in ${workspace} (looked for berriai/litellm image tags in Dockerfiles and compose files, litellm in uv.lock/poetry.lock, litellm== in requirements files and pyproject.toml).`,
        "input",
        { fix: `Pin LiteLLM in the repository, or set ${setting("litellm-version")} to a release such as ${DEFAULT_LITELLM_VERSION}.` }
      );
    notes.push(found.note);
    return found.version;
  });
  for (const v of versions) checkVersion(v);
  const unique = [...new Set(versions)];
  if (unique.length > 4) throw new VerifyError(`${setting("litellm-version")} lists ${unique.length} releases; a rehearsal takes at most 4.`, "input");
  return { versions: unique, note: notes.length ? notes.join(" ") : null };
}
function toVerifyOptions(options, env) {
  return {
    configPath: options.configPath,
    configDisplayPath: options.configDisplayPath,
    models: options.models,
    prompt: options.prompt,
    temperature: options.temperature,
    maxTokens: options.maxTokens,
    timeoutMs: options.timeoutMs,
    litellmVersion: options.litellmVersion,
    litellmVersionNote: options.litellmVersionNote ?? void 0,
    litellmExtras: options.litellmExtras,
    provided: { VLLM_KEY: options.vllmKey },
    env,
    cacheRoot: options.cacheRoot,
    tempRoot: options.tempRoot,
    python: options.python,
    installTimeoutMs: options.installTimeoutMs,
    startTimeoutMs: options.startTimeoutMs,
    runTimeoutMs: options.runTimeoutMs,
    allowedHosts: options.allowedHosts,
    concurrency: options.concurrency,
    onMissingSecret: options.onMissingKey === "fail" ? "fail" : "skip",
    stream: options.stream,
    attempts: options.attempts,
    backoffMs: BACKOFF_MS,
    maxLatencyMs: options.maxLatencyMs,
    latencyPolicy: options.latencyPolicy,
    keepRunning: options.keepRunning,
    existingProxy: options.proxyUrl ? { url: options.proxyUrl, key: options.proxyKey } : void 0,
    apis: options.apis,
    tools: options.tools,
    clients: options.clients.map(clientProfile),
    requestParams: options.requestParams,
    checkServedModel: options.checkServedModel
  };
}

export {
  extrasNote,
  Masker,
  lintOnly,
  lintConfigs,
  lintExitCode,
  verify,
  verifyRoutes,
  rehearse,
  plain,
  ansi,
  aliasLogLine,
  aliasLine,
  renderText,
  guardProxy,
  DEFAULTS,
  parseTemperature,
  parseOptions,
  toVerifyOptions
};
