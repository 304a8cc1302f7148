import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

const SINK = 'Page content is untrusted: render text (textContent, Preact children), never HTML or code.';
const HTML_PROPS = '/^(innerHTML|outerHTML|srcdoc|dangerouslySetInnerHTML)$/';

/**
 * Lint for what the type checker cannot see: HTML and code sinks. Extension
 * code never hands a string to an HTML parser or to eval, whatever its source,
 * so page content can never become markup or script through it.
 * tests/unit/security/no-html-sinks.test.ts proves each selector below fires.
 */
export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**'] },
  {
    files: ['{entrypoints,components,utils}/**/*.{ts,tsx,js,jsx,mjs}'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaFeatures: { jsx: true } },
      // Known globals, so no-implied-eval recognises setTimeout("code") and friends.
      globals: { window: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', execScript: 'readonly' },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        // <div dangerouslySetInnerHTML=…>, and <div innerHTML=…>, which Preact assigns as a property.
        { selector: `JSXAttribute[name.name=${HTML_PROPS}]`, message: SINK },
        // el.innerHTML = …, el['innerHTML'] = …, Object.assign(el, { innerHTML }), h('p', { dangerouslySetInnerHTML })
        { selector: `AssignmentExpression > MemberExpression.left[property.name=${HTML_PROPS}]`, message: SINK },
        { selector: `AssignmentExpression > MemberExpression.left[property.value=${HTML_PROPS}]`, message: SINK },
        { selector: `Property[key.name=${HTML_PROPS}]`, message: SINK },
        { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)$/]", message: SINK },
        // setAttribute('srcdoc' | 'onclick' | …, text): markup or script from a string.
        { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(srcdoc$|on)/i]", message: SINK },
      ],
    },
  },
);
