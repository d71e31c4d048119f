export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '关怀任务', enablePullDownRefresh: true })
