import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import './plain-button.less'

interface Props {
  /** 'default': grey outline (NutUI's default outline); 'primary': the brand colour's outline */
  tone?: 'default' | 'primary'
  size?: 'normal' | 'large'
  block?: boolean
  className?: string
  onClick: () => void
}

/**
 * A button in a plain view, drawn like NutUI's outline button. The first screens (home, the
 * picker, the loading/failed block) use it: NutUI's Button brings its icon set and config
 * provider into the app bundle that every visit loads before its first paint.
 */
export function PlainButton({ tone = 'default', size = 'normal', block, className, onClick, children }: PropsWithChildren<Props>) {
  const cls = ['qb-button', `qb-button--${tone}`, `qb-button--${size}`, block ? 'qb-button--block' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={cls} role="button" onClick={onClick}>
      {children}
    </View>
  )
}
