import { NavigationBar, PageMeta } from '@tarojs/components'

/**
 * WeChat: 1rem = the font size the user chose in WeChat. The page template (`enablePageMeta` in
 * each page config) always carries a navigation-bar inside page-meta, so it is given the title
 * and the colours here, or it would fall back to black on our red bar.
 */
export function PageChrome({ title }: { title: string }): JSX.Element | null {
  return (
    <PageMeta rootFontSize="system" pageFontSize="system">
      <NavigationBar title={title} frontColor="#ffffff" backgroundColor="#b71c1c" />
    </PageMeta>
  )
}
