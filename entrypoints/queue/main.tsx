import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueuePage } from '../../components/queue/QueuePage';
import '../../components/common/page.css';
import '../../components/queue/queue.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueuePage variant="page" />
  </StrictMode>,
);
