import { Admin, Resource } from 'react-admin';
import { BrowserRouter } from 'react-router';
import { dataProvider } from './api/dataProvider';
import { isPartnerKind, isStaffKind } from './api/useViewer';
import { authProvider, type Me } from './authProvider';
import { agreementVersions } from './agreement-versions';
import { customers } from './customers';
import { locations } from './locations';
import { Dashboard } from './dashboard/Dashboard';
import { enrollments } from './enrollments';
import { fxRates } from './fx-rates';
import { searchMisses } from './directory-insights';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { leads } from './leads';
import { markets } from './markets';
import { partners } from './partners';
import { programSettings } from './program-settings';
import { myListing, providers } from './providers';
import { regions } from './regions';
import { resellerProviders } from './relationships';
import { revenueRecords } from './revenue-records';
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
      theme={theme}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      {(permissions: Me | undefined) => (
        <>
          {/* A partner's users: their company and its applications. Staff: every application. */}
          {isPartnerKind(permissions?.kind) && <Resource {...partners} />}
          {isPartnerKind(permissions?.kind) && (
            <Resource {...enrollments} options={{ label: 'resources.enrollments.mine' }} />
          )}
          {isStaffKind(permissions?.kind) && <Resource {...enrollments} />}
          {isPartnerKind(permissions?.kind) && <Resource {...revenueRecords} />}
          {isPartnerKind(permissions?.kind) && <Resource {...customers} />}
          {isPartnerKind(permissions?.kind) && <Resource {...locations} />}
          {(isPartnerKind(permissions?.kind) || isStaffKind(permissions?.kind)) && (
            <Resource {...resellerProviders} options={{ label: 'relationships.providers_title' }} />
          )}
          {isStaffKind(permissions?.kind) && <Resource {...fxRates} />}
          {/* Directory listings: the distributor's own, and the reviewers' moderation. */}
          {permissions?.kind === 'distributor' && <Resource {...myListing} />}
          {isStaffKind(permissions?.kind) && <Resource {...providers} />}
          {isStaffKind(permissions?.kind) && <Resource {...searchMisses} />}
          {/* A distributor's staff: the resellers who wrote to their provider. */}
          {permissions?.kind === 'distributor' && <Resource {...leads} />}
          {permissions?.kind === 'distributor' && (
            <Resource {...resellerProviders} options={{ label: 'relationships.resellers_title' }} />
          )}
          {isStaffKind(permissions?.kind) && <Resource {...programSettings} />}
          {(isStaffKind(permissions?.kind) || isPartnerKind(permissions?.kind)) && (
            <Resource {...agreementVersions} />
          )}
          <Resource {...markets} />
          <Resource {...regions} />
        </>
      )}
    </Admin>
  </BrowserRouter>
);
