export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '督办', enablePullDownRefresh: true })
