#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ TEST_RESULT_EVALUATE),
/* harmony export */   Ms: () => (/* binding */ DEMO),
/* harmony export */   Nz: () => (/* binding */ STATEBOX_FMT),
/* harmony export */   RN: () => (/* binding */ DRIVE),
/* harmony export */   Uz: () => (/* binding */ ISSUE_ADD),
/* harmony export */   VZ: () => (/* binding */ ISSUE_RESOLVE),
/* harmony export */   XQ: () => (/* binding */ STATUS),
/* harmony export */   kh: () => (/* binding */ STATEBOX_CHECK),
/* harmony export */   lt: () => (/* binding */ SIMULATE)
/* harmony export */ });
const STORE_USAGE = '--store DIR|github [--ref REF]';
const STATEBOX_FMT = {
    path: ['statebox', 'fmt'],
    usage: 'statebox fmt FILE',
    summary: 'Validate a StateBox and print it in our (upstream-compatible) YAML layout.',
};
const STATEBOX_CHECK = {
    path: ['statebox', 'check'],
    usage: 'statebox check FILE... [--json]',
    summary: 'Validate StateBox files; exit 1 if any is invalid.',
};
const TEST_RESULT_EVALUATE = {
    path: ['test-result', 'evaluate'],
    usage: 'test-result evaluate FILE… [--json]',
    summary: 'Compute the BO3 verdict of test-result files from their job data (JSON Lines with --json).',
};
const ISSUE_ADD = {
    path: ['issue', 'add'],
    usage: `issue add RELEASE TEXT [--blocker] [--task NAME]... ${STORE_USAGE}`,
    summary: 'Add an issue to a release StateBox (safe with concurrent writers).',
};
const ISSUE_RESOLVE = {
    path: ['issue', 'resolve'],
    usage: `issue resolve RELEASE INDEX TEXT ${STORE_USAGE}`,
    summary: 'Resolve issue INDEX (1-based, as summaries show it) of a release StateBox.',
};
const DRIVE = {
    path: ['drive'],
    usage: 'drive [--release R]… [--store DIR|github] [--ref REF] [--world FILE] [--now ISO] [--owner EMAIL] [--json]',
    summary: 'One run: advance every active release (or those named) one step; exit 1 if any is Red.',
};
const STATUS = {
    path: ['status'],
    usage: 'status [--release R]... [--store DIR|github] [--ref REF] [--now ISO] [--json]',
    summary: 'Overall status, task table, waits and blockers of each active release (from the StateBox files); exit 1 if any is Red.',
};
const SIMULATE = {
    path: ['simulate'],
    usage: 'simulate FILE [--out DIR] [--json] [--expect FILE]',
    summary: 'Run a scenario (a simulated world on a clock) to its end through the real driver and print its report.',
};
const DEMO = {
    path: ['demo'],
    usage: 'demo [--keep]',
    summary: 'What `npm start` runs: a bundled scenario told run by run, ending with the release summary.',
};


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ processIO),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
const processIO = () => ({
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
});
/** A usage error: exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ PermanentError),
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* unused harmony export isTransient */
/** Errors carry a kind so the driver knows whether to retry next run or stop the release. */
/** Network failures, 5xx, 429: leave the task as it was and retry on a later run. */
class TransientError extends Error {
    retryAfterMs;
    name = 'TransientError';
    constructor(message, retryAfterMs, options) {
        super(message, options);
        this.retryAfterMs = retryAfterMs;
    }
}
/** Auth failures, invalid releases, task failures: mark the task Fail, the release Red, notify, stop. */
class PermanentError extends Error {
    name = 'PermanentError';
}
/** Bad input from a user, a file or a scenario; the message is one clear sentence. */
class InputError extends Error {
    name = 'InputError';
}
/** A compare-and-swap write lost: someone else wrote the file since it was read. */
class ConflictError extends Error {
    name = 'ConflictError';
}
function isTransient(err) {
    return err instanceof TransientError;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 6954:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("worker_threads");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/cli/commands/specs.ts
var specs = __nccwpck_require__(2633);
;// CONCATENATED MODULE: ./src/cli/commands/index.ts

/**
 * A command whose module is imported only when it runs (ncc bundles each as its own chunk):
 * `krd --help` loads none, `krd test-result evaluate` never loads Octokit, Slack or Sheets.
 */
function lazy(spec, load) {
    return { ...spec, run: async (args, io) => (await load()).run(args, io) };
}
/** Every `krd` command. Each lives in its own module beside this one; what help shows is in specs.ts. */
const COMMANDS = [
    lazy(specs/* STATEBOX_FMT */.Nz, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6779))).stateboxFmtCommand),
    lazy(specs/* STATEBOX_CHECK */.kh, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6779))).stateboxCheckCommand),
    lazy(specs/* TEST_RESULT_EVALUATE */.$6, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(499)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3499))).testResultEvaluateCommand),
    lazy(specs/* ISSUE_ADD */.Uz, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(552), __nccwpck_require__.e(642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8642))).issueAddCommand),
    lazy(specs/* ISSUE_RESOLVE */.VZ, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(552), __nccwpck_require__.e(642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8642))).issueResolveCommand),
    lazy(specs/* DRIVE */.RN, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(552), __nccwpck_require__.e(952), __nccwpck_require__.e(492), __nccwpck_require__.e(713)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8713))).driveCommand),
    lazy(specs/* STATUS */.XQ, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(552), __nccwpck_require__.e(952), __nccwpck_require__.e(470)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7470))).statusCommand),
    lazy(specs/* SIMULATE */.lt, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(552), __nccwpck_require__.e(952), __nccwpck_require__.e(185), __nccwpck_require__.e(492), __nccwpck_require__.e(43), __nccwpck_require__.e(123)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5123))).simulateCommand),
    lazy(specs/* DEMO */.Ms, async () => (await Promise.all(/* import() */[__nccwpck_require__.e(649), __nccwpck_require__.e(815), __nccwpck_require__.e(727), __nccwpck_require__.e(552), __nccwpck_require__.e(952), __nccwpck_require__.e(185), __nccwpck_require__.e(492), __nccwpck_require__.e(43), __nccwpck_require__.e(331)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9331))).demoCommand),
];

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/main.ts



function helpText() {
    // Usage on one line, what it does indented below: usages are too long for columns.
    const lines = COMMANDS.flatMap((c) => [`  krd ${c.usage}`, `      ${c.summary}`]);
    return [
        'krd: drives OpenShift z-stream releases through the Konflux release flow.',
        '',
        'Usage: krd <command> [options]',
        '',
        ...lines,
        '',
        'Global options: --debug (stack traces), --help',
        'Exit codes: 0 success, 1 check failed / invalid input / release Red, 2 usage error.',
        '',
    ].join('\n');
}
function findCommand(argv) {
    let best;
    for (const command of COMMANDS) {
        const n = command.path.length;
        if (argv.length >= n && command.path.every((w, i) => argv[i] === w)) {
            if (!best || n > best.command.path.length)
                best = { command, rest: argv.slice(n) };
        }
    }
    return best;
}
/** Runs the CLI and returns its exit code; the only place that turns errors into exit codes. */
async function run(argv = process.argv.slice(2), io = (0,cli_io/* processIO */.W)()) {
    const debug = argv.includes('--debug');
    const args = argv.filter((a) => a !== '--debug');
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
        io.stdout(helpText());
        return args.length === 0 ? 2 : 0;
    }
    const found = findCommand(args);
    if (!found) {
        io.stderr(`krd: unknown command "${args.slice(0, 2).join(' ')}". Run "krd --help" for the list.\n`);
        return 2;
    }
    if (found.rest.includes('--help') || found.rest.includes('-h')) {
        io.stdout(`Usage: krd ${found.command.usage}\n\n${found.command.summary}\n`);
        return 0;
    }
    try {
        return await found.command.run(found.rest, io);
    }
    catch (err) {
        if (debug && err instanceof Error && err.stack)
            io.stderr(`${err.stack}\n`);
        if (err instanceof cli_io/* UsageError */.e) {
            io.stderr(`krd ${found.command.path.join(' ')}: ${err.message}\nUsage: krd ${found.command.usage}\n`);
            return 2;
        }
        io.stderr(`krd ${found.command.path.join(' ')}: ${(0,errors/* errorMessage */.gJ)(err)}\n`);
        return err instanceof errors/* InputError */.dz ? 1 : 1;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

// `krd simulate --json | head`: the reader went away, which is not an error of ours.
process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE')
        throw err;
    process.exit(process.exitCode ?? 0);
});
run().then((code) => {
    process.exitCode = code;
});

