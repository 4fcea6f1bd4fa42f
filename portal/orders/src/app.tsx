import { useApolloClient } from '@apollo/client/react';
import { addTranslations, RemoteMarker } from '@fieldloop/portal-kit';
import { createElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { DeskPage } from './desk-page';
import { ExceptionsPage } from './exceptions-page';
import { OrderPage } from './order-page';
import { QuotaPage } from './quota-page';
import { ordersTranslations } from './translations';

addTranslations('orders', ordersTranslations);

/** The orders area, mounted by the shell at /orders/*. */
export default function OrdersApp() {
  return (
    <>
      <RemoteMarker name="orders" react={createElement} client={useApolloClient()} />
      <Routes>
        <Route path="desk" element={<DeskPage />} />
        <Route path="exceptions" element={<ExceptionsPage />} />
        <Route path="quotas" element={<QuotaPage />} />
        <Route path=":id" element={<OrderPage />} />
        <Route path="*" element={<Navigate to="desk" replace />} />
      </Routes>
    </>
  );
}
