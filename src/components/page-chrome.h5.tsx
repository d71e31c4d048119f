import { useEffect } from 'react'
import { setNavigationBarTitle } from '@tarojs/taro'

/** Web: rem already follows the browser's font size (the root font size is never overridden). */
export function PageChrome({ title }: { title: string }) {
  useEffect(() => {
    void setNavigationBarTitle({ title })
  }, [title])
  return null
}
