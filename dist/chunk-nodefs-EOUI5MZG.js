import { createRequire as __pgCreateRequire } from "node:module"; import { fileURLToPath as __pgFileURLToPath } from "node:url"; import { dirname as __pgDirname } from "node:path"; const require = __pgCreateRequire(import.meta.url); const __filename = __pgFileURLToPath(import.meta.url); const __dirname = __pgDirname(__filename);
import {
  Ce,
  I,
  u
} from "./chunk-chunk-T726AHK6.js";
import "./chunk-chunk-SZAZ6YND.js";

// node_modules/@electric-sql/pglite/dist/fs/nodefs.js
import * as o from "fs";
import * as r from "path";
u();
var m = class extends Ce {
  constructor(t) {
    super(t), this.rootDir = r.resolve(t), o.existsSync(r.join(this.rootDir)) || o.mkdirSync(this.rootDir);
  }
  async init(t, e) {
    return this.pg = t, { emscriptenOpts: { ...e, preRun: [...e.preRun || [], (s) => {
      let c = s.NODEFS;
      s.FS.mkdirTree(I), s.FS.mount(c, { root: this.rootDir }, I);
    }] } };
  }
  async closeFs() {
    this.pg.Module.FS.quit();
  }
};
export {
  m as NodeFS
};
