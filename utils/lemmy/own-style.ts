/** Set on the root by the manifest's stylesheet (./page-style): the page has our rules without a `<style>` of ours. */
export const SHEET_MARK = '--threadlens-page-style';
/** The `<style>` that stands in for the manifest's stylesheet where a page lacks it. */
export const PAGE_STYLE_ID = 'threadlens-page-style';

const withSheet = new WeakMap<Document, boolean>();

/**
 * Whether the page has our rules: the manifest's stylesheet, or our stand-in.
 * The manifest's is looked for once per document, in the root's computed
 * style, which the next frame needs anyway.
 */
export function hasOurRules(doc: Document): boolean {
  let manifest = withSheet.get(doc);
  if (manifest === undefined) {
    manifest = !!doc.defaultView?.getComputedStyle(doc.documentElement).getPropertyValue(SHEET_MARK).trim();
    withSheet.set(doc, manifest);
  }
  return manifest || !!doc.getElementById(PAGE_STYLE_ID);
}

/** A <style> element of ours in the page, created on first use. */
export function ownStyle(doc: Document, id: string): HTMLStyleElement {
  const found = doc.getElementById(id);
  if (found instanceof HTMLStyleElement) return found;
  const style = doc.createElement('style');
  style.id = id;
  (doc.head ?? doc.documentElement).append(style);
  return style;
}
