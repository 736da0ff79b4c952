// ESLint flat config. All TypeScript is parsed by typescript-eslint with type information (the two tsconfig
// projects: LWC + preview app, and Node), so the promise rules see what is a promise: a fire-and-forget promise or an
// async callback where a void one is expected is an error. LWC sources keep Salesforce's LWC rules. tsc (strict,
// noUnusedLocals) owns undefined and unused names, so the core scope rules that do not know types are off for TS.
import lwcConfig from '@salesforce/eslint-config-lwc';
import jestPlugin from 'eslint-plugin-jest';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const TS_FILES = ['**/*.ts'];
const LWC_FILES = ['force-app/**/lwc/**/*.ts', 'preview/app/**/*.ts'];
const TEST_FILES = ['**/__tests__/**/*.ts'];
const NODE_FILES = [
    'scripts/**/*.ts',
    'lib/**/*.ts',
    'test/**/*.ts',
    'preview/**/*.ts',
    'e2e/**/*.ts',
    'bench/**/*.ts',
    '*.js'
];
const TS_OFF = { 'no-undef': 'off', 'no-unused-vars': 'off', 'no-restricted-globals': 'off' };

/** The promise rules: each finding is a promise whose rejection nobody handles, or one that is never waited for. */
export const PROMISE_RULES = {
    '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's describe/it return promises the runner itself awaits.
        {
            allowForKnownSafeCalls: [
                { from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }
            ]
        }
    ],
    '@typescript-eslint/no-misused-promises': 'error',
    '@typescript-eslint/await-thenable': 'error',
    // `void promise;` marks a deliberate fire-and-forget (the LWC config bans void everywhere else).
    'no-void': ['error', { allowAsStatement: true }]
};

export default [
    {
        ignores: [
            'node_modules/**',
            'force-app/**/lwc/*/*.js',
            'types/generated/**',
            'preview/dist/**',
            '.ci-out/**',
            'coverage/**',
            // Lints on purpose in typed-lint.test.ts: it holds the mistakes the promise rules must catch.
            'scripts/__tests__/data/promises.ts'
        ]
    },
    ...lwcConfig.configs.recommendedTs.map((config) => ({ ...config, files: LWC_FILES })),
    { files: LWC_FILES, rules: TS_OFF },
    {
        files: TEST_FILES,
        ...jestPlugin.configs['flat/recommended'],
        rules: {
            ...jestPlugin.configs['flat/recommended'].rules,
            ...TS_OFF,
            '@lwc/lwc/no-async-operation': 'off',
            '@lwc/lwc/no-unexpected-wire-adapter-usages': 'off',
            // The gate's negative tests assert through expectBreak().
            'jest/expect-expect': ['warn', { assertFunctionNames: ['expect', 'expectBreak'] }]
        }
    },
    {
        files: NODE_FILES,
        ignores: ['preview/app/**'],
        languageOptions: { globals: { ...globals.node } },
        rules: { 'no-console': 'off', eqeqeq: 'error', 'no-var': 'error', 'prefer-const': 'error' }
    },
    {
        files: TS_FILES,
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: {
                sourceType: 'module',
                project: ['./tsconfig.json', './tsconfig.node.json'],
                tsconfigRootDir: import.meta.dirname
            }
        },
        plugins: { '@typescript-eslint': tseslint.plugin },
        rules: { ...TS_OFF, ...PROMISE_RULES }
    }
];
