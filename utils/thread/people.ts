import type { Author } from './types';

/** The number of an author the page did not name (no author link): nobody, not one more person. */
export const NOBODY = -1;

export interface People {
  /** A number for the author: the same for the same name@instance, counting up from 0; NOBODY when unnamed. */
  idOf(author: Author): number;
  /** How many different people were seen (the unnamed not counted). */
  readonly size: number;
}

/**
 * Numbers the people of a thread. Keyed by name, then instance, so that no
 * "name@instance" string is built per comment: on a 10,000-comment thread that
 * garbage lands in the same task as the figures that count people.
 */
export function people(): People {
  const byName = new Map<string, Map<string, number>>();
  let size = 0;
  return {
    idOf({ name, instance }) {
      if (!name) return NOBODY;
      let instances = byName.get(name);
      if (!instances) byName.set(name, (instances = new Map()));
      let id = instances.get(instance);
      if (id === undefined) instances.set(instance, (id = size++));
      return id;
    },
    get size() {
      return size;
    },
  };
}
