/**
 * classList.contains without classList: reading 10,000 comments from a
 * content script, every DOMTokenList is one more JS wrapper the isolated world
 * has to create and look up in a table; the class attribute is a plain string.
 */
export function hasClass(el: Element, name: string): boolean {
  return inClassList(el.getAttribute('class'), name);
}

/** Whether a class attribute's value holds `name` (read it once to test several names). */
export function inClassList(cls: string | null, name: string): boolean {
  if (!cls) return false;
  for (let at = cls.indexOf(name); at >= 0; at = cls.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || isSpace(cls.charCodeAt(at - 1))) && (end === cls.length || isSpace(cls.charCodeAt(end)))) return true;
  }
  return false;
}

/** ASCII whitespace, which separates class names (space, tab, LF, FF, CR). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}
