// ESLint flat config: typescript-eslint's recommended rules over src/, test/ and bench/, and the
// one dependency rule of the layout: the product (src/, bin/) never imports the benchmarks (bench/)
// or the tests (test/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', '.neo4j/', 'neo4j/target/', 'dist/', 'test/artifacts/', '.scratch/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**', 'bin/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(bench|test|harness)(/|$)',
              message:
                'src/ never imports bench/, test/ or harness/: they use the product, not the other way.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression[source.value=/(^|\\/)(bench|test|harness)(\\/|$)/]',
          message:
            'src/ never imports bench/, test/ or harness/: they use the product, not the other way.',
        },
      ],
    },
  },
);
