export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '我的诉求', enablePullDownRefresh: true })
