/**
 * File names of browser libraries that projects commit as copies (`static/jquery.js`, `js/underscore-min.js`),
 * which GitHub's linguist treats as vendored without being told. Reviewing someone else's library buries the
 * project's own findings; `.gitattributes` `-linguist-vendored` (or `linguist-vendored=false`) keeps such a file.
 * Names only, with an optional version and `.min`: `jquery.js`, `jquery-3.7.1.js`, `jquery.ui.widget.js`,
 * `underscore-min.js`, `d3.v7.js`.
 */
const WELL_KNOWN_LIBRARY =
  /(^|\/)(jquery([.-][a-z][\w-]*)*|underscore|backbone|lodash|modernizr|d3|handlebars|mustache|knockout|moment|mootools)([.-]v?\d+(\.\d+)*)?([.-]min)?\.[cm]?js$/i;

export function isWellKnownLibrary(file: string): boolean {
  return WELL_KNOWN_LIBRARY.test(file);
}
