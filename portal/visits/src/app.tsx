import { useApolloClient } from '@apollo/client/react';
import { addTranslations, RemoteMarker } from '@fieldloop/portal-kit';
import { createElement } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PersonPage } from './person-page';
import { ScorecardsPage } from './scorecards-page';
import { TeamPage } from './team-page';
import { TodayPage } from './today-page';
import { visitsTranslations } from './translations';

addTranslations('visits', visitsTranslations);

/** The visits area, mounted by the shell at /visits/*. */
export default function VisitsApp() {
  return (
    <>
      <RemoteMarker name="visits" react={createElement} client={useApolloClient()} />
      <Routes>
        <Route path="today" element={<TodayPage />} />
        <Route path="team" element={<TeamPage />} />
        <Route path="scorecards" element={<ScorecardsPage />} />
        <Route path="people/:id" element={<PersonPage />} />
        <Route path="*" element={<Navigate to="today" replace />} />
      </Routes>
    </>
  );
}
