import { useApolloClient } from '@apollo/client/react';
import { addTranslations, RemoteMarker } from '@fieldloop/portal-kit';
import { createElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RetailerListPage } from './retailer-list-page';
import { RetailerPage } from './retailer-page';
import { customersTranslations } from './translations';

addTranslations('customers', customersTranslations);

/** The customers area, mounted by the shell at /customers/*. */
export default function CustomersApp() {
  return (
    <>
      <RemoteMarker name="customers" react={createElement} client={useApolloClient()} />
      <Routes>
        <Route path="retailers" element={<RetailerListPage />} />
        <Route path="retailers/:id" element={<RetailerPage />} />
        <Route path="*" element={<Navigate to="retailers" replace />} />
      </Routes>
    </>
  );
}
