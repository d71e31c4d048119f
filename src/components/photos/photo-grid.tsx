import { View, Image, Text } from '@tarojs/components'
import { previewImage } from '@tarojs/taro'
import { fileUrl } from './file-url'
import './photos.less'

interface Props {
  photos: string[]
  /** short-lived URLs by fileID, as the function answered them with the request */
  urls?: Record<string, string>
  /** remove a photo (forms); without it the grid only shows and previews */
  onRemove?: (index: number) => void
  /** an "add" tile after the photos (forms) */
  onAdd?: () => void
  addLabel?: string
}

/** Thumbnails; a tap opens them full screen (`previewImage`), swiping through all of them. */
export function PhotoGrid({ photos, urls: given, onRemove, onAdd, addLabel = '添加照片' }: Props) {
  const urls = photos.map((p) => fileUrl(p, given))
  const preview = (i: number) => void previewImage({ urls: urls.filter(Boolean), current: urls[i] })
  if (photos.length === 0 && !onAdd) return null
  return (
    <View className="qb-photos">
      {urls.map((url, i) => (
        <View key={photos[i]} className="qb-photos__item">
          {url ? (
            <Image className="qb-photos__img" src={url} mode="aspectFill" lazyLoad onClick={() => preview(i)} />
          ) : (
            // a private file this phone holds no URL for (a draft's photo after a restart): still listed, removable
            <Text className="qb-photos__pending">已上传</Text>
          )}
          {onRemove && (
            <View className="qb-photos__remove" onClick={() => onRemove(i)} aria-label="删除照片">
              <Text>×</Text>
            </View>
          )}
        </View>
      ))}
      {onAdd && (
        <View className="qb-photos__item qb-photos__add" onClick={onAdd}>
          <Text className="qb-photos__plus">＋</Text>
          <Text className="qb-photos__add-label">{addLabel}</Text>
        </View>
      )}
    </View>
  )
}
