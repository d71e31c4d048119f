import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { PageChrome } from './page-chrome'
import './screen.less'

/** The frame of every page: its title, the system font size, background, safe padding. */
export function Screen({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <>
      <PageChrome title={title} />
      <View className="qb-screen">{children}</View>
    </>
  )
}
