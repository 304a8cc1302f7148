import { defineConfig } from 'wxt';
import { PAGE_STYLESHEET, PAGE_STYLESHEET_FILE } from './utils/lemmy/page-style';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // THREADLENS_OUT lets parallel builds (a benchmark beside a test run) keep apart.
  outDir: process.env.THREADLENS_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The interface's words: utils/i18n/locales/*.yml, built into _locales/<lang>/messages.json.
  i18n: { localesDir: 'utils/i18n/locales' },
  // AMO's sources zip: what builds the add-on, not screenshots or test artifacts.
  // The welcome page shows the README's sidebar screenshot (bundled from docs/), so that one stays.
  zip: { excludeSources: ['docs/**', 'tests/e2e/artifacts/**', '.output-*/**'], includeSources: ['docs/sidebar-light.png'] },
  // Explicit imports keep module boundaries visible in each file's import lines.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // What each permission is for: README, "Permissions". No host is required: the content
    // script's own matches cover the built-in instances; any other is an optional grant.
    permissions: ['storage', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    ...(browser === 'firefox'
      ? {
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'threadlens@threadlens.invalid',
              // 140 is the ESR Debian ships; it has the Custom Highlight API quotes use.
              strict_min_version: '140.0',
              // Nothing is collected: the only requests go to the page's own instance, for its public
              // comments, when the reader asks (README, "Security and privacy").
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          optional_host_permissions: ['*://*/*'],
          // The Custom Highlight API quotes use (105); Firefox's floor is set above.
          minimum_chrome_version: '105',
        }),
  }),
  // Our rules for Lemmy's pages, from utils/lemmy/page-style.ts, as a stylesheet the manifest lists
  // beside the content script: in the page before its first style, where a <style> added later
  // would restyle every element of a big thread.
  hooks: {
    'build:publicAssets': (_, files) => {
      files.push({ relativeDest: PAGE_STYLESHEET_FILE, contents: PAGE_STYLESHEET });
    },
    'build:manifestGenerated': (_, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/lemmy.js')) script.css = [...(script.css ?? []), PAGE_STYLESHEET_FILE];
      }
    },
  },
  vite: ({ command }) => {
    // THREADLENS_NOMINIFY=1 keeps names readable in CPU profiles (tests/bench/profile.ts); `wxt`
    // (dev) does not minify either. Otherwise terser (four passes): about 2 KB gzip less content
    // script than WXT's default esbuild minifier.
    const minify = command === 'build' && !process.env.THREADLENS_NOMINIFY;
    return {
      build: {
        minify: minify ? 'terser' : false,
        terserOptions: { ecma: 2020, compress: { passes: 4 } },
        // THREADLENS_SOURCEMAP=1: what the content script is made of (tests/tools/bundle-sizes.ts).
        sourcemap: !!process.env.THREADLENS_SOURCEMAP,
      },
      oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
      esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    };
  },
});
