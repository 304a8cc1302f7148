import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PageFeatures } from '../../utils/features/types';

/** The open post page's session and features, for every view inside the sidebar. */
export const PageContext = createContext<PageFeatures | null>(null);

export function usePage(): PageFeatures {
  const page = useContext(PageContext);
  if (!page) throw new Error('usePage outside a PageContext');
  return page;
}
