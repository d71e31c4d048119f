// Main package: home, the bind page and the dev user picker. Role pages live in subpackages (SPEC §11).
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index', 'pages/bind/index'],
  subPackages: [
    {
      root: 'features/requests',
      pages: ['pages/submit/index', 'pages/mine/index', 'pages/detail/index', 'pages/list/index'],
    },
    {
      root: 'features/inbox',
      pages: ['pages/index/index'],
    },
    {
      root: 'features/township',
      pages: ['pages/dispatch/index', 'pages/supervision/index'],
    },
    {
      root: 'features/notifications',
      pages: ['pages/index/index'],
    },
    {
      root: 'features/checkin',
      pages: ['pages/index/index', 'pages/consent/index', 'pages/history/index', 'pages/health/index'],
    },
    {
      root: 'features/care',
      pages: ['pages/tasks/index', 'pages/task/index', 'pages/overview/index'],
    },
    {
      root: 'features/dashboard',
      pages: ['pages/index/index'],
    },
    {
      root: 'features/admin',
      pages: ['pages/calendar/index', 'pages/users/index', 'pages/invites/index', 'pages/settings/index', 'pages/audit/index', 'pages/import/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#b71c1c',
    navigationBarTitleText: '前帮后援',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
  },
  lazyCodeLoading: 'requiredComponents',
})
