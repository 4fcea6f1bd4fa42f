import { useApolloClient } from '@apollo/client/react';
import { addTranslations, RemoteMarker } from '@fieldloop/portal-kit';
import { createElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { BoardPage } from './board-page';
import { CasePage } from './case-page';
import { complaintsTranslations } from './translations';

addTranslations('complaints', complaintsTranslations);

/** The complaints area, mounted by the shell at /complaints/*. */
export default function ComplaintsApp() {
  return (
    <>
      <RemoteMarker name="complaints" react={createElement} client={useApolloClient()} />
      <Routes>
        <Route path="board" element={<BoardPage />} />
        <Route path="cases/:id" element={<CasePage />} />
        <Route path="*" element={<Navigate to="board" replace />} />
      </Routes>
    </>
  );
}
