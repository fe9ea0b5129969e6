// npm run build: bundles the server and the command-line tools into dist/ with esbuild, after
// `tsc` has type-checked them. One file per entry point instead of several hundred modules
// takes most of the module loading out of start-up, which Node 20 cannot cache.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'

rmSync('dist', { recursive: true, force: true })
await build({
  entryPoints: ['src/server.ts', 'src/cli/seed.ts', 'src/cli/write-openapi.ts'],
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.11',
  sourcemap: true,
  // Less to parse at start-up; identifiers are not minified, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  // Loaded from node_modules at run time: a native addon, and a UI that serves its own files.
  external: ['better-sqlite3', '@fastify/swagger-ui'],
  // Bundled CommonJS packages still call require() for Node's built-ins and the externals.
  banner: { js: "import { createRequire as roleatlasCreateRequire } from 'node:module'; const require = roleatlasCreateRequire(import.meta.url);" },
  logLevel: 'warning'
})
