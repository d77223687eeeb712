/**
 * The Sheets sidebar gets no change events: it is an iframe served by Apps Script, and the
 * spreadsheet's edit triggers run on the server, which cannot call into a page. What the sidebar can
 * see is the rep coming back to it after working in the grid — the window regaining focus, or the
 * page becoming visible again — so that is when it reads the wizard's sheet again.
 */
import type { WatchWorkbook } from '../../shared/ui/workbook-watch';

export function sidebarWorkbookWatch(page: Window): WatchWorkbook {
  return (onChange) => {
    const onFocus = () => onChange();
    const onVisibility = () => {
      if (page.document.visibilityState === 'visible') onChange();
    };
    page.addEventListener('focus', onFocus);
    page.document.addEventListener('visibilitychange', onVisibility);
    return () => {
      page.removeEventListener('focus', onFocus);
      page.document.removeEventListener('visibilitychange', onVisibility);
    };
  };
}
