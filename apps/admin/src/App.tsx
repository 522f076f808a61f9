import { Admin, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { markets } from './markets';
import { regions } from './regions';
import { createStore } from './store';

const store = createStore();

/** The console, served at /admin/: sign-in first, then one resource per API resource. */
export const App = () => (
  // Real paths under /admin (the API falls back to index.html), not react-admin's default hash router.
  <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '')}>
    <Admin
      title="Partner Enrollment Hub"
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={store}
      loginPage={LoginPage}
      layout={Layout}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      <Resource {...markets} />
      <Resource {...regions} />
    </Admin>
  </BrowserRouter>
);
