export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '待派单', enablePullDownRefresh: true })
