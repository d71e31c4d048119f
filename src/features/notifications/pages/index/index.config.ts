export default definePageConfig({ enablePageMeta: true, navigationBarTitleText: '消息通知', enablePullDownRefresh: true })
