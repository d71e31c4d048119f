export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '每日打卡' })
