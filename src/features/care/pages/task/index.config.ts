export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '关怀任务详情', enablePullDownRefresh: true })
