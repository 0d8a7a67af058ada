import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/__generated__/**', '**/node_modules/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Lire la configuration via server/src/config/env.ts.' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Authorization is decided in policy files only: the primitives that read roles and permissions are
    // imported by `*.policy.ts` (and the authorization kernel itself), never by a service, resolver or route.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/authz/**', '**/*.policy.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/authz/index.js', '**/authz/policy.js', '**/authz/permissions.js'],
              importNames: [
                'can',
                'canSomewhere',
                'canForBody',
                'permissionsIn',
                'demand',
                'ROLE_PERMISSIONS',
                'permissionToManage',
              ],
              message: 'Une décision d’autorisation s’écrit dans le fichier *.policy.ts du module.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name='memberships'][object.name=/^(viewer|ctx)$/], MemberExpression[property.name='memberships'][object.property.name='viewer']",
          message: 'Les rôles du spectateur se lisent dans un fichier *.policy.ts.',
        },
      ],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  {
    files: ['server/src/config/env.ts', 'test/support/**', 'test/bench/**', 'test/e2e/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
