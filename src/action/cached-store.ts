/** Moved to src/adapters/store/cached.ts (the CLI uses it too); kept for the action's imports. */
export { RunCachedStore } from '../adapters/store/cached';
