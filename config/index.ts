import path from 'node:path'
import { constants } from 'node:zlib'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import CompressionPlugin from 'compression-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

// NutUI React Taro is drawn at a 375-wide design; our own styles use the same width.
const DESIGN_WIDTH = 375
/** H5 pages a visit can open on; see webpackChain below */
const START_PAGES = ['pages/index/index', 'pages/login/index']

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'qianbang-houyuan',
    date: '2026-11-23',
    designWidth: DESIGN_WIDTH,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    mini: {
      miniCssExtractPluginOption: { ignoreOrder: true },
      // Modules used only by one subpackage's pages move into that subpackage.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      // View, Text, Input, Image, Button, Picker, ScrollView as React components over plain HTML
      // elements (@tarojs/components-react) instead of Stencil web components: no custom-element
      // runtime to boot and upgrade on the first screen (Lighthouse: TBT 730 → 310 ms, LCP −0.4 s).
      // Components without an HTML version (Textarea, …) still come from the web-component library.
      useHtmlComponents: true,
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        // px stays px on the web: the CSS viewport of a phone is already ~375 px wide,
        // and rem stays relative to the browser's (user's) font size.
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // The pages a visit opens on (home; the demo-user picker) ride in the app bundle instead of
        // lazy chunks, so the first paint waits for one script round trip, not three in series.
        for (const page of START_PAGES) chain.entry('app').add(path.resolve(__dirname, '..', 'src', page))
        // A `.br` and a `.gz` beside each text asset: the local gateway (sirv) sends the one the
        // browser accepts, as the cloud's static hosting sends compressed text.
        const test = /\.(js|css|html|svg|json|txt)$/
        chain.plugin('brotli').use(CompressionPlugin, [
          { test, filename: '[path][base].br', algorithm: 'brotliCompress', compressionOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } } },
        ])
        chain.plugin('gzip').use(CompressionPlugin, [{ test, filename: '[path][base].gz', algorithm: 'gzip', compressionOptions: { level: 9 } }])
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
