export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/test-helpers.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
