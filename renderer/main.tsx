import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@fontsource/source-serif-4/400.css';
import '@fontsource/source-serif-4/400-italic.css';
import '@fontsource/source-serif-4/600.css';
import './ui/tokens.css';
import './ui/ui.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { createAppServices } from './app/app-services';
import { createPathPrompt } from './transport/path-prompt';
import { selectTransport } from './transport/select-transport';

const pathPrompt = createPathPrompt();
const transport = selectTransport(pathPrompt);
const services = createAppServices({ transport, pathPrompt: transport.kind === 'browser' ? pathPrompt : null });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders services={services}>
      <App />
    </AppProviders>
  </StrictMode>,
);
