export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '待办工单', enablePullDownRefresh: true })
