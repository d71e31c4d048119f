export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '诉求详情', enablePullDownRefresh: true })
