#!/usr/bin/env node
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/core/errors.ts
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
class PermanentError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'PermanentError';
}
/** Bad input from a user, a file or a scenario; the message is one clear sentence. */
class InputError extends Error {
    name = 'InputError';
}
/** A compare-and-swap write lost: someone else wrote the file since it was read. */
class ConflictError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ConflictError';
}
function isTransient(err) {
    return err instanceof TransientError;
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/** Every `krd` command. Each lives in its own module beside this one. */
const COMMANDS = [];

;// CONCATENATED MODULE: ./src/cli/io.ts
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

;// CONCATENATED MODULE: ./src/cli/main.ts



function helpText() {
    const width = Math.max(...COMMANDS.map((c) => c.usage.length), 10);
    const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
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
async function run(argv = process.argv.slice(2), io = processIO()) {
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
        if (err instanceof UsageError) {
            io.stderr(`krd ${found.command.path.join(' ')}: ${err.message}\nUsage: krd ${found.command.usage}\n`);
            return 2;
        }
        io.stderr(`krd ${found.command.path.join(' ')}: ${errorMessage(err)}\n`);
        return err instanceof InputError ? 1 : 1;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

run().then((code) => {
    process.exitCode = code;
});

