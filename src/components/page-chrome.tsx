/**
 * Page-level native nodes: rem follows the user's font size, and the title bar. This file is the
 * default (H5 and tests); `page-chrome.weapp.tsx` is the mini program's.
 */
import { useEffect } from 'react'
import { setNavigationBarTitle } from '@tarojs/taro'

/** Web: rem already follows the browser's font size (the root font size is never overridden). */
export function PageChrome({ title }: { title: string }): JSX.Element | null {
  useEffect(() => {
    void setNavigationBarTitle({ title })
  }, [title])
  return null
}
