/**
 * Page-level native nodes: rem follows the user's font size, and the title bar. Platform files
 * implement it (`page-chrome.weapp.tsx`, `page-chrome.h5.tsx`).
 */
export declare function PageChrome(props: { title: string }): JSX.Element | null
