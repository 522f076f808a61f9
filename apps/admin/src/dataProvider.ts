import simpleRestProvider from 'ra-data-simple-rest';
import { fetchWithToken } from './authProvider';

/** The API's react-admin simple REST dialect (`sort`, `range`, `filter`, Content-Range), with the bearer token. */
export const dataProvider = simpleRestProvider('/api', fetchWithToken);
