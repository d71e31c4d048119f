export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '打卡记录', enablePullDownRefresh: true })
