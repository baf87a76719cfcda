export const id = 779;
export const ids = [779];
export const modules = {

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATEBOX_COMMANDS: () => (/* binding */ STATEBOX_COMMANDS),
/* harmony export */   stateboxCheckCommand: () => (/* binding */ stateboxCheckCommand),
/* harmony export */   stateboxFmtCommand: () => (/* binding */ stateboxFmtCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _statebox_yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32544);
/* harmony import */ var _args__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _io__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71604);
/* harmony import */ var _specs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52633);







async function readText(file, io) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), 'utf8');
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (0,_core_errors__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err);
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Cannot read ${file}: ${why}.`);
    }
}
async function readReleaseFile(file, io) {
    return (0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseReleaseFileText */ .ER)(await readText(file, io), file);
}
const stateboxFmtCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_5__/* .STATEBOX_FMT */ .Nz,
    async run(args, io) {
        const { positionals } = (0,_args__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_5__/* .STATEBOX_FMT */ .Nz, args, true);
        if (positionals.length !== 1)
            throw new _io__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`expected exactly one FILE, got ${positionals.length}.`);
        const file = await readReleaseFile(positionals[0], io);
        io.stdout((0,_statebox_yaml__WEBPACK_IMPORTED_MODULE_3__/* .serializeReleaseFile */ ._8)(file));
        return 0;
    },
};
async function checkOne(file, io) {
    try {
        const parsed = await readReleaseFile(file, io);
        return { file, valid: true, errors: [], kind: parsed.kind };
    }
    catch (err) {
        if (err instanceof _statebox_yaml__WEBPACK_IMPORTED_MODULE_3__/* .StateBoxError */ .lr)
            return { file, valid: false, errors: [...err.problems] };
        if (err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            return { file, valid: false, errors: [err.message] };
        throw err;
    }
}
const stateboxCheckCommand = {
    ..._specs__WEBPACK_IMPORTED_MODULE_5__/* .STATEBOX_CHECK */ .kh,
    async run(args, io) {
        const { positionals, values } = (0,_args__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandArgs */ .Qx)(_specs__WEBPACK_IMPORTED_MODULE_5__/* .STATEBOX_CHECK */ .kh, args, true);
        if (positionals.length === 0)
            throw new _io__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e('expected at least one FILE.');
        const files = [];
        for (const file of positionals)
            files.push(await checkOne(file, io));
        if (values.json) {
            io.stdout(`${JSON.stringify({ files })}\n`);
        }
        else {
            for (const r of files) {
                if (r.valid)
                    io.stdout(`${r.file}: valid${r.kind === 'tracking' ? ' (y-stream tracking file)' : ''}\n`);
                else
                    io.stdout(`${r.file}: invalid\n${r.errors.map((e) => `  ${e}\n`).join('')}`);
            }
        }
        return files.every((r) => r.valid) ? 0 : 1;
    },
};
const STATEBOX_COMMANDS = [stateboxFmtCommand, stateboxCheckCommand];


/***/ })

};
