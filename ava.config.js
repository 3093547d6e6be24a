// `npm test` runs the compiled tests in dist/, the same JS the workers load.
// GILVM_TEST_SRC=1 runs the TypeScript tests through tsx instead, for quick work on
// modules that do not start workers: GILVM_TEST_SRC=1 npx ava test/compiler/*.test.ts
const fromSource = process.env.GILVM_TEST_SRC === '1';

export default fromSource
  ? {
      files: ['test/**/*.test.ts'],
      extensions: { ts: 'module' },
      nodeArguments: ['--import=tsx'],
      workerThreads: false,
      timeout: '2m',
    }
  : {
      files: ['dist/test/**/*.test.js'],
      timeout: '2m',
      workerThreads: false,
    };
