import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueuePage } from '../../components/queue/QueuePage';
import '../../components/shared/page.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueuePage />
  </StrictMode>,
);
