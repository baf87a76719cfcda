export const id = 123;
export const ids = [123];
export const modules = {

/***/ 25123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   simulateCommand: () => (/* binding */ simulateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _sim_memory_store__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10872);
/* harmony import */ var _sim_report__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(51001);
/* harmony import */ var _sim_scenario__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35109);
/* harmony import */ var _sim_simulate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27043);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77593);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(71604);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(52633);











/** Writes every file of the simulated repository under `dir`, laid out as the repository holds them. */
async function writeRepository(store, dir) {
    const written = [];
    for (const file of store.snapshot()) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file.path);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, file.content);
        }
        catch (err) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Cannot write ${target} (--out): ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}.`);
        }
        written.push(file.path);
    }
    return written;
}
/**
 * `--out DIR` must be new or empty: the simulated repository (invented advisories, StateBoxes)
 * must never land over files a person keeps there. `--force` writes over it anyway.
 */
async function checkOut(dir, given, force) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return;
        if (code === 'ENOTDIR')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--out ${given} is a file, not a directory: give a new or empty directory.`);
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Cannot read --out ${given} (${dir}): ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}.`);
    }
    if (entries.length === 0 || force)
        return;
    const shown = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? `, … (${entries.length} entries)` : '');
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`--out ${given} is not empty (${shown}): krd simulate writes a whole simulated repository there. Give a new or empty directory, or add --force to write over it.`);
}
const simulateCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_9__/* .SIMULATE */ .lt,
    async run(args, io) {
        const { values, positionals } = (0,_args__WEBPACK_IMPORTED_MODULE_8__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_9__/* .SIMULATE */ .lt, args, true);
        if (positionals.length !== 1)
            throw new _io__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .e(positionals.length === 0 ? 'a scenario FILE is required.' : `one scenario FILE at a time; got ${positionals.length}.`);
        if (values.force && !values.out)
            throw new _io__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .e('--force only applies with --out DIR.');
        const outDir = values.out === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.out);
        // Before the simulation runs: a refusal costs nothing.
        if (outDir !== undefined)
            await checkOut(outDir, values.out, Boolean(values.force));
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, positionals[0]);
        const scenario = (0,_sim_scenario__WEBPACK_IMPORTED_MODULE_6__/* .loadScenario */ .df)(file);
        const expectFile = values.expect ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.expect) : undefined;
        let expectations;
        if (expectFile) {
            let text;
            try {
                text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(expectFile, 'utf8');
            }
            catch (err) {
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`Cannot read the expect file ${expectFile}: ${(0,_core_errors__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err)}.`);
            }
            expectations = (0,_sim_report__WEBPACK_IMPORTED_MODULE_5__/* .parseExpectations */ .LC)(text, expectFile);
        }
        const store = new _sim_memory_store__WEBPACK_IMPORTED_MODULE_4__/* .MemoryStore */ .n({ describe: `simulated repository (${scenario.name})` });
        const { report } = await (0,_sim_simulate__WEBPACK_IMPORTED_MODULE_7__/* .runSimulation */ .Hb)(scenario, { store });
        let written = [];
        if (outDir !== undefined)
            written = await writeRepository(store, outDir);
        if (values.json)
            io.stdout(`${JSON.stringify(report)}\n`);
        else {
            io.stdout((0,_sim_report__WEBPACK_IMPORTED_MODULE_5__/* .formatSummary */ .kq)(report));
            if (outDir !== undefined)
                io.stdout(`\nWrote ${written.length} file${written.length === 1 ? '' : 's'} under ${outDir}.\n`);
        }
        if (expectations) {
            const problems = (0,_sim_report__WEBPACK_IMPORTED_MODULE_5__/* .checkExpectations */ .Ez)(report, expectations);
            if (problems.length > 0) {
                io.stderr(`krd simulate: ${scenario.name} did not end as ${expectFile} expects:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
                return 1;
            }
            if (!values.json)
                io.stdout(`Ended as ${expectFile} expects.\n`);
        }
        return 0;
    },
};


/***/ })

};
