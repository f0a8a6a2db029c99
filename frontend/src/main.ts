import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { i18n, setLocale, currentLocale } from './i18n'
import { buildRouter } from './router'
import { setUnauthorizedHandler } from './api/client'
import { ElMessage } from 'element-plus'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
const router = buildRouter()
app.use(router)
app.use(ElementPlus)
setLocale(currentLocale())

setUnauthorizedHandler(() => {
  ElMessage({ type: 'warning', message: i18n.global.t('errors.sessionExpired') })
  const here = router.currentRoute.value
  if (!here.meta.public) void router.push({ path: '/login', query: { redirect: here.fullPath } })
})

app.mount('#app')
