import { createRouter, createWebHistory, type Router } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { homeFor, resolveNavigation } from './guard'

declare module 'vue-router' {
  interface RouteMeta {
    /** Open without logging in. */
    public?: boolean
    /** i18n key of the page title. */
    title?: string
  }
}

export function buildRouter(): Router {
  const router = createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', redirect: () => homeFor(useSessionStore()) },
      { path: '/login', component: () => import('@/features/account/LoginPage.vue'), meta: { public: true, title: 'login.title' } },
      { path: '/register', component: () => import('@/features/account/RegisterPage.vue'), meta: { public: true, title: 'register.title' } },
      { path: '/password-reset', component: () => import('@/features/account/ResetPasswordPage.vue'), meta: { public: true, title: 'reset.title' } },
      { path: '/password', component: () => import('@/features/account/ChangePasswordPage.vue'), meta: { title: 'changePassword.title' } },
      { path: '/profile', component: () => import('@/features/profile/ProfilePage.vue'), meta: { title: 'profile.title' } },
      { path: '/exams', component: () => import('@/features/exam/ExamSearchPage.vue'), meta: { public: true, title: 'exams.title' } },
      { path: '/applications', component: () => import('@/features/application/MyApplicationsPage.vue'), meta: { title: 'applications.title' } },
      {
        path: '/applications/:id/edit',
        component: () => import('@/features/application/ApplicationWizardPage.vue'),
        meta: { title: 'wizard.title' },
      },
      {
        path: '/applications/:id/materials',
        component: () => import('@/features/material/MaterialsPage.vue'),
        meta: { title: 'materials.title' },
      },
      { path: '/operator', component: () => import('@/features/account/OperatorPage.vue'), meta: { title: 'operator.title' } },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
    scrollBehavior: () => ({ top: 0 }),
  })
  router.beforeEach((to) => resolveNavigation(to, useSessionStore()))
  return router
}
