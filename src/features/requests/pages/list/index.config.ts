export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '诉求列表', enablePullDownRefresh: true })
