// ESLint flat config. LWC sources (TypeScript) get Salesforce's LWC rules. Babel's parser does not tell type-only
// names from values, so the scope rules report interface members (`status`, `name`) and type names: tsc (strict,
// noUnusedLocals) owns those checks instead, and these three rules are off for TypeScript.
import lwcConfig from '@salesforce/eslint-config-lwc';
import jestPlugin from 'eslint-plugin-jest';
import babelParser from '@babel/eslint-parser';
import globals from 'globals';

const LWC_FILES = ['force-app/**/lwc/**/*.ts', 'preview/app/**/*.ts'];
const TEST_FILES = ['**/__tests__/**/*.ts'];
const NODE_FILES = [
    'scripts/**/*.ts',
    'test/**/*.ts',
    'preview/**/*.ts',
    'e2e/**/*.ts',
    'bench/**/*.ts',
    '*.js'
];
const TS_OFF = { 'no-undef': 'off', 'no-unused-vars': 'off', 'no-restricted-globals': 'off' };

const nodeTypeScript = {
    parser: babelParser,
    parserOptions: {
        requireConfigFile: false,
        sourceType: 'module',
        babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] }
    },
    globals: { ...globals.node }
};

export default [
    {
        ignores: [
            'node_modules/**',
            'force-app/**/lwc/*/*.js',
            'types/generated/**',
            'preview/dist/**',
            '.ci-out/**',
            'coverage/**'
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
        languageOptions: nodeTypeScript,
        rules: { 'no-console': 'off', eqeqeq: 'error', 'no-var': 'error', 'prefer-const': 'error' }
    }
];
