// Jest (sfdx-lwc-jest) for the LWC components and every pure TypeScript module: force-app, the preview's Apex
// stand-in, the metadata reader (lib) and the gate's own scripts. Coverage is measured on the .ts sources, not the emitted .js.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

export default {
    ...jestConfig,
    roots: ['force-app', 'lib', 'preview', 'scripts', 'test']
        .filter(existsSync)
        .map((dir) => `<rootDir>/${dir}`),
    testPathIgnorePatterns: [
        '/node_modules/',
        '/preview/dist/',
        '<rootDir>/.ci-out/',
        '/__tests__/(?:data|utils)/'
    ],
    modulePathIgnorePatterns: ['<rootDir>/.ci-out/', '<rootDir>/preview/dist/'],
    setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv ?? []),
        '<rootDir>/config/jest/setup.ts'
    ],
    collectCoverageFrom: [
        'force-app/**/lwc/**/*.ts',
        'preview/apex/**/*.ts',
        '!**/__tests__/**',
        '!**/*.d.ts'
    ],
    coverageDirectory: '<rootDir>/coverage',
    coverageReporters: ['text-summary', 'json-summary', 'lcov']
};
