import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Tests import libs by package name; point those names at the sources so unit
// tests need no build. Services under test in e2e run from their build output.
const libsDir = fileURLToPath(new URL('./libs', import.meta.url));
const alias = Object.fromEntries(
  readdirSync(libsDir).map((name) => [`@demarche/${name}`, `${libsDir}/${name}/src/index.ts`]),
);

// SWC keeps decorator metadata, which Nest's dependency injection needs.
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  plugins,
  resolve: { alias },
  test: {
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['libs/*/src/**/*.spec.ts', 'services/*/src/**/*.spec.ts'],
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['services/*/test/**/*.int-spec.ts', 'test/**/*.e2e-spec.ts'],
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
